#!/usr/bin/env bash
# The body, the language alone, the article parse (language, dateline, stated date, year rule) and the
# period, per MB, beside a raw read of the same files in the same run:
# SQLite's own fsdir() + readfile(). The corpus is tests/articles and the
# seeds with varied digits, copied to FILES files (default 5000); it is not
# kept. Each query runs RUNS times (default 3), alternating; the fastest is
# printed with its ratio to the raw read.
#   bash bench/articles.sh EXTENSION.so [FILES]
set -eu
so=$(realpath "$1")
files=${2:-5000}
runs=${RUNS:-3}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/news"
cd "$work"
sqlite3 -batch ":memory:" ".load $so" "
  CREATE TABLE seed AS SELECT row_number() OVER (ORDER BY path) - 1 AS k, body
    FROM (SELECT path, body FROM articles('$top/seeds') UNION ALL
          SELECT path, body FROM articles('$top/tests/articles', '*.txt'));
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < $files - 1)
  SELECT count(writefile(printf('news/%06d.txt', i),
           replace(replace(body, '1', char(48 + i % 10)), '2', char(48 + (i / 10) % 10))))
  FROM n JOIN seed ON seed.k = n.i % (SELECT count(*) FROM seed);" > /dev/null
bytes=$(du -sb news | cut -f1)
run(){  # the seconds of one query
  printf '.load %s\n.timer on\n%s\n' "$so" "$1" | sqlite3 -batch :memory: | awk '/^Run Time/ {print $4}' | tail -1
}
fastest(){ sort -n | head -1; }
: > raw; : > body; : > lang; : > parse; : > period
for _ in $(seq "$runs"); do
  run "SELECT sum(length(readfile(name))) FROM fsdir('news') WHERE name GLOB '*.txt';" >> raw
  run "SELECT sum(length(body)) FROM articles('news');" >> body
  run "SELECT count(lang) FROM articles('news');" >> lang
  run "SELECT count(published), count(dateline), count(source) FROM articles('news');" >> parse
  run "SELECT count(period) FROM articles('news');" >> period
done
awk -v bytes="$bytes" -v files="$files" -v runs="$runs" \
    -v raw="$(fastest < raw)" -v body="$(fastest < body)" -v lang="$(fastest < lang)" -v parse="$(fastest < parse)" -v period="$(fastest < period)" 'BEGIN {
  mb = bytes / 1048576
  printf "articles: %d files, %.1f MB; one core, fastest of %d runs\n", files, mb, runs
  printf "  %-44s %7.3f s  %7.1f MB/s\n", "raw read: fsdir() + readfile()", raw, mb/raw
  printf "  %-44s %7.3f s  %7.1f MB/s  %5.1fx raw\n", "articles(): body", body, mb/body, body/raw
  printf "  %-44s %7.3f s  %7.1f MB/s  %5.1fx raw\n", "articles(): lang", lang, mb/lang, lang/raw
  printf "  %-44s %7.3f s  %7.1f MB/s  %5.1fx raw\n", "articles(): published, dateline, source", parse, mb/parse, parse/raw
  printf "  %-44s %7.3f s  %7.1f MB/s  %5.1fx raw\n", "articles(): period (every date expression)", period, mb/period, period/raw
}'
