# amounts() throughput beside a baseline in the same run (length(body) over
# the same rows), and the peak memory of each run, on two corpora made from
# seeds/ with varied digits (not kept):
#   news   at least MEGABYTES (default 200) of whole articles;
#   dense  a quarter of that of the text around each amount of the seeds
#          (90 bytes either side), some 6 amounts per KB: the text of
#          trade reports, where every sentence has a figure.
# Each query runs RUNS times (default 5), alternating, and the fastest and
# the median are printed, with the speed of amounts() and of percents() as a
# share of the baseline's (the targets: a quarter on news, a fifth on dense
# text).
#   bash bench/amounts.sh EXTENSION.so [MEGABYTES]
set -eu
so=$(realpath "$1")
mb=${2:-200}
runs=${RUNS:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
db=$(mktemp --suffix=.db)
ext=$(mktemp -d)
trap 'rm -rf "$db" "$db.base" "$db.amt" "$db.pct" "$ext"' EXIT
# A copy of the extension is loaded (see bench/articles.sh: peak memory is
# the query's, not the page cache's of a file the linker has just written).
cp "$so" "$ext/tradenews.so" && so="$ext/tradenews.so"
sqlite3 -batch "$db" ".load $so" "
  CREATE TABLE seed AS SELECT body, locale FROM articles('$top/seeds');
  CREATE TABLE dense_seed AS
    SELECT group_concat(substr(seed.body, max(1, m.pos - 90), m.len + 180), ' ') AS body, seed.locale
    FROM seed, amounts(seed.body, seed.locale) AS m GROUP BY seed.rowid;
  CREATE TABLE news AS
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n
                            WHERE i < ($mb * 1048576) / (SELECT sum(length(CAST(body AS BLOB))) FROM seed))
    SELECT replace(replace(replace(body, '1', char(48 + i % 10)), '2', char(48 + (i / 10) % 10)),
                   '3', char(48 + (i / 100) % 10)) AS body, locale
    FROM n, seed;
  CREATE TABLE dense AS
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n
                            WHERE i < ($mb * 262144) / (SELECT sum(length(CAST(body AS BLOB))) FROM dense_seed))
    SELECT replace(replace(replace(body, '1', char(48 + i % 10)), '2', char(48 + (i / 10) % 10)),
                   '3', char(48 + (i / 100) % 10)) AS body, locale
    FROM n, dense_seed;"
run(){  # prints "seconds peak_kb" for one query
  local out
  out=$( { /usr/bin/time -f 'PEAK %M' sh -c "printf '.load %s\n.timer on\n%s\n' '$so' \"\$1\" | sqlite3 -batch '$db'" _ "$1"; } 2>&1 )
  echo "$(echo "$out" | awk '/^Run Time/ {print $4}' | tail -1) $(echo "$out" | awk '/^PEAK/ {print $2}')"
}
best_median(){  # "fastest median" of the seconds on stdin
  sort -n | awk '{t[NR]=$1} END {print t[1], t[int((NR+1)/2)]}'
}
for corpus in news dense; do
  bytes=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB))) FROM $corpus;")
  : > "$db.base"; : > "$db.amt"; : > "$db.pct"
  for _ in $(seq "$runs"); do
    run "SELECT sum(length(body)) FROM $corpus;" >> "$db.base"
    run "SELECT count(*), sum(a.value) FROM $corpus, amounts($corpus.body, $corpus.locale) AS a;" >> "$db.amt"
    run "SELECT count(*), sum(p.value) FROM $corpus, percents($corpus.body, $corpus.locale) AS p;" >> "$db.pct"
  done
  read -r base base_median <<<"$(cut -d' ' -f1 "$db.base" | best_median)"
  read -r amt amt_median <<<"$(cut -d' ' -f1 "$db.amt" | best_median)"
  read -r pct pct_median <<<"$(cut -d' ' -f1 "$db.pct" | best_median)"
  base_kb=$(cut -d' ' -f2 "$db.base" | sort -n | tail -1)
  amt_kb=$(cut -d' ' -f2 "$db.amt" | sort -n | tail -1)
  read -r _ half_kb <<<"$(run "SELECT count(*) FROM (SELECT * FROM $corpus LIMIT (SELECT count(*) / 2 FROM $corpus)) AS c, amounts(c.body, c.locale);")"
  found=$(sqlite3 -batch "$db" ".load $so" "SELECT count(*) FROM $corpus, amounts($corpus.body, $corpus.locale);")
  percents=$(sqlite3 -batch "$db" ".load $so" "SELECT count(*) FROM $corpus, percents($corpus.body, $corpus.locale);")
  awk -v corpus="$corpus" -v bytes="$bytes" -v base="$base" -v amt="$amt" -v bm="$base_median" -v am="$amt_median" \
      -v pct="$pct" -v pm="$pct_median" -v percents="$percents" \
      -v bk="$base_kb" -v ak="$amt_kb" -v hk="$half_kb" -v found="$found" -v runs="$runs" 'BEGIN {
    mb = bytes / 1048576
    printf "amounts, %s: %.0f MB of text, %d amounts found (%.1f per KB); one core, fastest of %d runs (median)\n",
           corpus, mb, found, found / (bytes / 1024), runs
    printf "  %-30s %7.3f s  %7.1f MB/s (%6.1f)  peak %6.1f MB\n", "baseline: length(body)", base, mb/base, mb/bm, bk/1024
    printf "  %-30s %7.3f s  %7.1f MB/s (%6.1f)  peak %6.1f MB\n", "amounts(body, locale)", amt, mb/amt, mb/am, ak/1024
    printf "  %-30s %7.3f s  %7.1f MB/s (%6.1f)  %d percentages\n", "percents(body, locale)", pct, mb/pct, mb/pm, percents
    printf "  amounts() at %.2fx the speed of the baseline (%.2fx of medians), percents() at %.2fx (%.2fx);\n",
           base/amt, bm/am, base/pct, bm/pm
    printf "  amounts() peak memory on half the corpus %.1f MB (flat: %s)\n", hk/1024, (ak - hk) < 0.1 * ak ? "yes" : "NO"
  }'
done
