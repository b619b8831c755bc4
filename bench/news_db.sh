#!/usr/bin/env bash
# sql/build.sql on a folder of generated articles: the first build, a
# refresh after changing 1% of the files, a refresh of the unchanged folder,
# and a full rebuild in the same run for comparison (target: the 1% refresh
# costs under 5% of the rebuild). The articles are the seeds with varied
# digits, one file each; they are not kept.
#   bash bench/news_db.sh EXTENSION.so [FILES]
set -eu
so=$(realpath "$1")
files=${2:-20000}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/news"
cd "$work"
sqlite3 -batch ":memory:" ".load $so" "
  CREATE TABLE seed AS SELECT row_number() OVER (ORDER BY path) - 1 AS k, body FROM articles('$top/seeds');
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < $files - 1)
  SELECT count(writefile(printf('news/%06d.txt', i),
           replace(replace(replace(body, '1', char(48 + i % 10)), '2', char(48 + (i / 10) % 10)),
                   '3', char(48 + (i / 100) % 10))))
  FROM n JOIN seed ON seed.k = n.i % (SELECT count(*) FROM seed);" > /dev/null
touch -d '2024-01-01' news/*                      # not "racy" (see build.sql)
mb=$(du -sm news | cut -f1)
build(){  # prints the seconds one run of build.sql takes
  local t0 t1
  t0=$(date +%s.%N)
  sqlite3 -batch news.db -cmd ".load $so" -cmd '.parameter set :dir news' < "$top/sql/build.sql"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
first=$(build)
changed=$(( files / 100 ))
for f in $(ls news | awk -v step=100 'NR % step == 0' | head -n "$changed"); do
  printf '\nUn accordo da 7 milioni di dollari.\n' >> "news/$f"
  touch -d '2024-01-02' "news/$f"
done
refresh=$(build)
unchanged=$(build)
rm news.db
rebuild=$(build)
amounts=$(sqlite3 news.db "SELECT count(*) FROM news_amounts")
awk -v n="$files" -v mb="$mb" -v c="$changed" -v a="$amounts" -v f="$first" -v r="$refresh" \
    -v u="$unchanged" -v b="$rebuild" 'BEGIN {
  printf "news database: %d articles (%d MB), %d amounts; build.sql, one core\n", n, mb, a
  printf "  %-40s %8.2f s\n", "first build", f
  printf "  %-40s %8.2f s\n", "full rebuild", b
  printf "  %-40s %8.2f s  %5.1f%% of the rebuild (target < 5%%: %s)\n", \
         "refresh after changing " c " files (1%)", r, 100 * r / b, r < 0.05 * b ? "met" : "NOT MET"
  printf "  %-40s %8.2f s  %5.1f%% of the rebuild\n", "refresh of the unchanged folder", u, 100 * u / b
}'
