#!/usr/bin/env bash
# The readers, beside a raw read of the same bytes in the same run:
# HTML pages (tests/pages, copied), a JSON Lines file gzipped, and a WARC
# gzipped, each MB/s of `SELECT sum(length(body))` against SQLite's own
# readfile() of the same files (fsdir()); then peak memory reading a JSON
# Lines .gz of MEGABYTES (default 1024) and of a tenth of it: flat when the
# two are alike. Files are made in a scratch folder and not kept.
#   bash bench/readers.sh EXTENSION.so [MEGABYTES]
set -eu
so=$(realpath "$1")
mb=${2:-1024}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir pages jsonl warc big small
for i in $(seq 1 200); do for f in "$top"/tests/pages/*.html; do cp "$f" "pages/${i}_$(basename "$f")"; done; done
/usr/bin/python3 - "$top" "$mb" <<'PY'
import glob, gzip, json, sys
top, mb = sys.argv[1], int(sys.argv[2])
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(top + "/tests/articles/*.txt"))]
def records(n_bytes):
    i = 0
    while n_bytes > 0:
        line = json.dumps({"title": f"article {i}", "maintext": texts[i % len(texts)], "date_publish": "2024-03-07 10:00:00",
                           "language": "en", "url": f"https://example.com/{i}"}, ensure_ascii=False) + "\n"
        n_bytes -= len(line.encode())
        i += 1
        yield line.encode()
with gzip.open("jsonl/news.jsonl.gz", "wb", 1) as f:
    for line in records(50 << 20): f.write(line)
with gzip.open("big/news.jsonl.gz", "wb", 1) as f:
    for line in records(mb << 20): f.write(line)
with gzip.open("small/news.jsonl.gz", "wb", 1) as f:
    for line in records((mb << 20) // 10): f.write(line)
page = open(top + "/tests/pages/it.html", "rb").read()
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
with gzip.open("warc/crawl.warc.gz", "wb", 1) as f:
    for i in range(5000):
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/{i}\r\n"
                f"WARC-Date: 2024-03-07T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        f.write(head + http + b"\r\n\r\n")
PY
run(){  # "seconds peak_kb" of one query
  local out
  out=$( { /usr/bin/time -f 'PEAK %M' sh -c "printf '.load %s\n.timer on\n%s\n' '$so' \"\$1\" | sqlite3 -batch :memory:" _ "$1"; } 2>&1 )
  echo "$(echo "$out" | awk '/^Run Time/ {print $4}' | tail -1) $(echo "$out" | awk '/^PEAK/ {print $2}')"
}
bytes_of(){  # bytes the readers read in a folder: decompressed
  local n=0 f
  for f in "$1"/*; do case $f in *.gz) n=$((n + $(gzip -dc "$f" | wc -c))) ;; *) n=$((n + $(wc -c < "$f"))) ;; esac; done
  echo $n
}
echo "readers: one core; MB/s of the bytes read (decompressed), beside a raw readfile() of the same files"
for d in pages jsonl warc; do
  read -r raw _ <<<"$(run "SELECT sum(length(readfile(name))) FROM fsdir('$d') WHERE name GLOB '*.*';")"
  read -r rd _ <<<"$(run "SELECT sum(length(body)) FROM articles('$d');")"
  awk -v d="$d" -v b="$(bytes_of "$d")" -v raw="$raw" -v rd="$rd" 'BEGIN {
    m = b / 1048576
    printf "  %-6s %7.1f MB: raw read %7.3f s, articles() %7.3f s, %7.1f MB/s (%.1fx the raw read)\n", d, m, raw, rd, m/rd, rd/raw }'
done
read -r t_small kb_small <<<"$(run "SELECT count(*), sum(length(body)) FROM articles('small');")"
read -r t_big kb_big <<<"$(run "SELECT count(*), sum(length(body)) FROM articles('big');")"
awk -v mb="$mb" -v ts="$t_small" -v tb="$t_big" -v ks="$kb_small" -v kb="$kb_big" 'BEGIN {
  printf "  jsonl.gz of %d MB: %.1f s, peak %.1f MB; of %d MB: %.1f s, peak %.1f MB (flat: %s)\n",
         mb, tb, kb/1024, mb/10, ts, ks/1024, (kb - ks) < 0.2 * ks ? "yes" : "NO" }'
