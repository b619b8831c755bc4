# The search index: FTS5 with the tokenizer tradenews beside SQLite's own
# unicode61 and trigram, on the same text in one run: MEGABYTES (default
# 50) of the articles of tests/articles and the seeds, in eight languages
# (Chinese and Vietnamese among them), digits varied, made in a scratch
# file (not kept). Each index is built RUNS times (default 3), alternating;
# printed: the fastest and the median time, MB/s, the index's size, and the
# time as a ratio to unicode61's (the target: within 1.5x).
#   bash bench/search.sh EXTENSION.so [MEGABYTES]
set -eu
so=$(realpath "$1")
mb=${2:-50}
runs=${RUNS:-3}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sqlite3 -batch "$work/corpus.db" ".load $so" "
  CREATE TABLE seed AS SELECT body FROM articles('$top/seeds')
                       UNION ALL SELECT body FROM articles('$top/tests/articles', '*.txt');
  CREATE TABLE corpus AS
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n
                            WHERE i < ($mb * 1048576) / (SELECT sum(length(CAST(body AS BLOB))) FROM seed))
    SELECT replace(replace(body, '1', char(48 + i % 10)), '2', char(48 + (i / 10) % 10)) AS body
    FROM n, seed;"
bytes=$(sqlite3 "$work/corpus.db" "SELECT sum(length(CAST(body AS BLOB))) FROM corpus;")
base_pages=$(sqlite3 "$work/corpus.db" "PRAGMA page_count;")
tokenizers="tradenews|unicode61|unicode61 remove_diacritics 2|trigram"
run(){  # "seconds index_bytes" of one build of an index with tokenizer $1
  cp "$work/corpus.db" "$work/run.db"
  local t
  t=$(printf '.load %s\n.timer on\nCREATE VIRTUAL TABLE idx USING fts5(body, tokenize = %s);\nINSERT INTO idx(rowid, body) SELECT rowid, body FROM corpus;\n' \
        "$so" "'$1'" | sqlite3 -batch "$work/run.db" | awk '/^Run Time/ {t=$4} END {print t}')
  echo "$t $(( ($(sqlite3 "$work/run.db" 'PRAGMA page_count;') - base_pages) * 4096 ))"
}
: > "$work/times"
for r in $(seq "$runs"); do
  k=0
  while IFS= read -r tok; do
    echo "$k $(run "$tok")" >> "$work/times"
    k=$((k + 1))
  done <<< "$(tr '|' '\n' <<< "$tokenizers")"
done
echo "search index: $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}') MB of articles in 8 languages; one core; fastest and median of $runs builds, alternating"
k=0
while IFS= read -r tok; do
  awk -v k="$k" '$1 == k {print $2, $3}' "$work/times" | sort -n > "$work/one"
  awk '$1 == 1 {print $2}' "$work/times" | sort -n | head -1 > "$work/base"     # unicode61's fastest
  awk -v tok="$tok" -v b="$bytes" -v base="$(cat "$work/base")" '
    {t[NR]=$1; s=$2} END {
      best=t[1]; med=t[int((NR+1)/2)]
      printf "  %-32s %7.3f s  %6.1f MB/s   median %7.3f s   index %6.1f MB   %4.2fx unicode61\n",
             "fts5 " tok, best, b/1048576/best, med, s/1048576, best/base }' "$work/one"
  k=$((k + 1))
done <<< "$(tr '|' '\n' <<< "$tokenizers")"
