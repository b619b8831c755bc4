#!/usr/bin/env bash
# Builds the folders the SQL tests read, under $1 (a scratch folder):
# awkward files of every kind, made fresh each run so that nothing odd
# (FIFOs, loops, 50 MB files, 10,000 files) is committed.
set -euo pipefail
fx=$1
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$fx"
cd "$fx"

# --- legacy/: tests/articles in the charsets older sites still serve; ----
# --- pages/: tests/pages. Read whole by golden/articles_columns.sql -------
mkdir -p legacy pages
for f in "$here"/articles/*.txt; do
  name=$(basename "$f")
  case $name in
    zh_*) charset=GB18030 ;;
    vi_*) charset=WINDOWS-1258 ;;
    *)    charset=WINDOWS-1252 ;;
  esac
  iconv -f UTF-8 -t "$charset" "$f" > "legacy/$name"
done
cp "$here"/pages/*.html pages/

# --- bad/: one file of each awkward kind ----------------------------------
mkdir -p bad/sub bad/.git
: > bad/empty.txt
printf 'Prezzo: 5 \xe2\x82\xac e poi \xff\xfe byte rotti, caff\xc3\xa8.\n' > bad/invalid-utf8.txt
{ printf '\xff\xfe'; printf 'Hello UTF-16 world, caf\xc3\xa9.\r\n' | iconv -f UTF-8 -t UTF-16LE; } > bad/utf16le.txt
{ printf '\xfe\xff'; printf 'Hello UTF-16 world, caf\xc3\xa9.\r\n' | iconv -f UTF-8 -t UTF-16BE; } > bad/utf16be.txt
printf '\xef\xbb\xbfWith a BOM and\r\nCRLF line ends.\r\n' > bad/bom-crlf.txt
printf '新华社北京3月5日电 中国海关总署今天发布数据，今年前两个月，我国货物贸易进出口总值6.18万亿元人民币，比去年同期增长8.7%%。其中，出口3.5万亿元，增长11.2%%。2023年的外贸形势依然严峻，企业需要开拓新市场。\n' \
  | iconv -f UTF-8 -t GB18030 > bad/gb18030.txt
printf 'Caf\xc3\xa9 \xe2\x80\x9cla d\xc3\xa9j\xc3\xa0 vu\xe2\x80\x9d co\xc3\xbbte 5 \xe2\x82\xac \xe2\x80\x93 na\xc3\xafve fa\xc3\xa7ade, tr\xc3\xa8s \xc3\xa9l\xc3\xa9gant.\n' \
  | iconv -f UTF-8 -t WINDOWS-1252 > bad/cp1252.txt
printf '東京3月5日 日本の輸出は先月、前年同月比で大幅に増加した。財務省が発表した貿易統計によると、自動車や半導体製造装置の輸出が好調だった。\n' \
  | iconv -f UTF-8 -t SHIFT_JIS > bad/shift-jis.txt
printf '中央社台北3月5日電 財政部今天公布貿易統計，今年前兩個月出口總額較去年同期大幅成長，電子零組件與資通訊產品出口表現亮眼。\n' \
  | iconv -f UTF-8 -t BIG5 > bad/big5.txt
printf 'PK\x03\x04\x00\x00binary\x00data' > bad/binary.bin
printf 'e\xcc\x81t\xc3\xa9\n' > bad/nfd.txt                # "é" decomposed, then composed
mkfifo bad/fifo
ln -s missing.txt bad/dangling.txt
ln -s loop2.txt bad/loop1.txt
ln -s loop1.txt bad/loop2.txt
ln -s /etc/hostname bad/outside.txt
ln -s ../bad/sub/inner.txt bad/inside-link.txt
ln -s sub bad/dirlink
printf 'Inner file.\n' > bad/sub/inner.txt
printf 'hidden\n' > bad/.hidden.txt
printf 'hidden\n' > bad/.git/config.txt
printf 'Nome non UTF-8.\n' > "bad/caf$(printf '\xe9').txt"

# --- big/: a 50 MB file on one line -----------------------------------------
mkdir -p big
head -c 52428800 /dev/zero | tr '\0' 'a' > big/one-line.txt

# --- many/: 10,000 files in one folder --------------------------------------
mkdir -p many
( cd many && seq -w 1 10000 | sed 's/$/.txt/' | xargs touch )

# --- deep/: folders nested past the depth cap ------------------------------
d=deep
for i in $(seq 1 40); do d=$d/d$i; done
mkdir -p "$d"
printf 'too deep\n' > "$d/bottom.txt"
printf 'shallow\n' > deep/top.txt

# --- meta/: front matter and datelines in several languages -----------------
mkdir -p meta
cat > meta/front.txt <<'TXT'
---
title: "Stated title"
date: 2022-03-04
source: ANSA
lang: it
url: https://example.org/a
author: somebody
---
Un testo breve senza data.
TXT
cat > meta/bad-date.txt <<'TXT'
---
date: 4 marzo
---
Some text here that is long enough to read as English prose for sure.
TXT
cat > meta/zh.txt <<'TXT'
新华社北京3月5日电 中国海关总署今天发布数据，今年前两个月，我国货物贸易进出口总值6.18万亿元人民币，比去年同期增长8.7%。2023年的外贸形势依然严峻。
TXT
cat > meta/vi.txt <<'TXT'
Xuất khẩu tăng mạnh
HÀ NỘI, ngày 12/5 - Kim ngạch xuất khẩu của Việt Nam trong bốn tháng đầu năm 2024 đạt 123 tỷ USD, tăng 15% so với cùng kỳ năm trước.
TXT
cat > meta/en-year.txt <<'TXT'
BEIJING, Dec. 14, 2021 (Xinhua) -- China's foreign trade rose by a fifth in the first eleven months of the year, customs data showed on Tuesday.
TXT
cat > meta/no-year.txt <<'TXT'
BEIJING, Dec. 14 (Xinhua) -- China's foreign trade rose by a fifth in the first eleven months, customs data showed on Tuesday.
TXT

# --- locale/: the locale of an article: front matter, dateline, language -----
mkdir -p locale
cat > locale/front-locale.txt <<'TXT'
---
locale: es_MX
---
Las ventas de la empresa sumaron $500 millones en el trimestre, informó la compañía.
TXT
cat > locale/front-lang-region.txt <<'TXT'
---
lang: fr-CA
---
Le contrat de 5 millions $ a été signé hier à Montréal par les deux entreprises.
TXT
cat > locale/dateline-es-mx.txt <<'TXT'
CIUDAD DE MÉXICO, 3 mar (Reuters) - Las ventas de la empresa sumaron $500 millones en el trimestre, informó la compañía en un comunicado.
TXT
cat > locale/dateline-en-mx.txt <<'TXT'
MEXICO CITY, March 3 (Reuters) - Sales at the company reached $500 million in the quarter, the company said in a statement on Tuesday.
TXT
cat > locale/dateline-it-cn.txt <<'TXT'
PECHINO, 5 mar - Le esportazioni cinesi sono cresciute del 7 per cento a febbraio, per un valore di 300 miliardi di dollari, secondo le dogane.
TXT
cat > locale/language.txt <<'TXT'
Il valore della produzione industriale del distretto ha raggiunto i 9,29 miliardi di yuan nel corso dell'anno passato.
TXT
cat > locale/bad-lang.txt <<'TXT'
---
lang: Italian
---
Il valore della produzione industriale del distretto ha raggiunto i 9,29 miliardi di yuan nel corso dell'anno passato.
TXT
cat > locale/bad-locale.txt <<'TXT'
---
locale: zz-ZZ
date: someday
---
Il valore della produzione industriale del distretto ha raggiunto i 9,29 miliardi di yuan nel corso dell'anno passato.
TXT

# --- period/: the period an article reports on -------------------------------
mkdir -p period
cat > period/vi-undated.txt <<'TXT'
Tính đến cuối tháng 11/2022, kim ngạch xuất khẩu của tỉnh đạt 12 tỷ USD, tăng 8% so với cùng kỳ năm trước. Tỉnh đặt mục tiêu đến năm 2030 đạt 30 tỷ USD.
TXT
cat > period/it-dated.txt <<'TXT'
Pubblicato il 15 gennaio 2024

Nel quarto trimestre del 2023 le esportazioni del distretto hanno raggiunto 3 miliardi di euro; entro il 2026 il gruppo punta a raddoppiarle.
TXT
cat > period/en-none.txt <<'TXT'
The company said exports rose sharply, and it expects them to double by 2030 as new plants open in Asia and Africa.
TXT

# --- readers/: JSON Lines, JSON arrays, WARC, compressed files, bad ones -----
mkdir -p readers
/usr/bin/python3 - <<'PY'
import gzip, json
recs = [
  {"title": "Export di giocattoli in crescita", "maintext": "Il distretto di Chenghai ha esportato giocattoli per un valore di 2,73 miliardi di yuan nei primi sette mesi dell'anno, secondo le autorità locali.", "date_publish": "2021-12-14 09:30:00", "language": "it", "url": "https://example.it/a", "source_domain": "example.it"},
  {"headline": "Shipping costs rise", "text": "Freight rates between Shanghai and Rotterdam rose to $8,000 per container, the highest level since 2022, brokers said on Thursday.", "published": "2024-03-07T10:00:00Z", "lang": "en", "link": "https://example.com/b"},
  {"title": "None", "maintext": "Las ventas de la empresa sumaron $500 millones en el trimestre, informó la compañía en un comunicado.", "date_publish": "None", "language": "es-MX", "url": None},
]
lines = [json.dumps(r, ensure_ascii=False) for r in recs]
lines.insert(2, '{"title": "broken", "maintext": ')              # not JSON: line 3
lines.insert(3, json.dumps({"title": "no text here", "url": "https://example.com/c"}))   # line 4
lines.insert(4, "")                                                 # a blank line is no record
data = ("\n".join(lines) + "\n").encode()
open("readers/news.jsonl", "wb").write(data)
open("readers/copy.jsonl.gz", "wb").write(gzip.compress(data))
open("readers/array.json", "w").write(json.dumps([recs[0], recs[1]], ensure_ascii=False))
# One line longer than the limit tests/sql/readers_limits.sql sets, then a good one.
open("readers/long.jsonl", "w").write(json.dumps({"text": "x" * 3000000}) + "\n" + lines[0] + "\n")
page = ("<!DOCTYPE html><html lang=\"fr-CA\"><head><meta charset=\"utf-8\"><title>Contrat signé | Le Journal</title>"
        "<meta property=\"og:site_name\" content=\"Le Journal\"></head><body><nav>Accueil Économie Sports</nav>"
        "<article><h1>Contrat signé</h1><p>MONTRÉAL, 5 mars 2024 - Le contrat de 5 millions $ a été signé hier par les deux entreprises.</p>"
        "<p>La livraison commencera en juin.</p></article><footer>© Le Journal</footer></body></html>").encode()
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
text = "Exports rose 9.9% to $3.8 billion in 2023, the ministry said.".encode()
def warc(kind, uri, ctype, payload, date="2024-03-06T12:00:00Z"):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"
archive = (warc("warcinfo", "", "application/warc-fields", b"software: test\r\n")
  + warc("request", "https://example.ca/contrat", "application/http; msgtype=request", b"GET /contrat HTTP/1.1\r\nHost: example.ca\r\n\r\n")
  + warc("response", "https://example.ca/contrat", "application/http; msgtype=response", http)
  + warc("metadata", "https://example.ca/contrat", "application/warc-fields", b"fetchTimeMs: 12\r\n")
  + warc("response", "https://example.ca/logo.png", "application/http; msgtype=response",
         b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n")
  + warc("response", "https://example.com/note.txt", "application/http; msgtype=response",
         b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + text))
open("readers/crawl.warc.gz", "wb").write(gzip.compress(archive))
PY
# A JSON Lines file whose one line is 50 MB, then a short one: both read.
/usr/bin/python3 -c 'import json; open("readers/huge-line.jsonl", "w").write(json.dumps({"title": "huge", "text": "Contratto da 5 milioni di euro. " + "x" * 50000000}) + "\n" + json.dumps({"text": "Fine."}) + "\n")'
zstd -q -f -o readers/copy-zst.jsonl.zst readers/news.jsonl
xz -k -c readers/news.jsonl > readers/copy-xz.jsonl.xz
bzip2 -k -c readers/news.jsonl > readers/copy-bz2.jsonl.bz2
printf 'Il valore della produzione ha raggiunto i 9,29 miliardi di yuan nel 2021.\n' | gzip -c > readers/note.txt.gz
head -c 5000000 /dev/zero | gzip -c > readers/bomb.txt.gz          # 5 MB of zeros: past the limit
gzip -c < readers/news.jsonl | head -c 120 > readers/truncated.jsonl.gz
