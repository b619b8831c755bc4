# Reading ahead in articles() changes nothing a scan gives: every
# column over the fixtures, and the pipeline with amounts() and to_usd(),
# the same with it (the default on a machine of two processors or more) and
# without (TRADENEWS_THREADS=0); a scan stopped early (LIMIT) and one made
# again for each row of an outer loop end cleanly.
set -eu
q(){ env ${TN_PRELOAD:+"LD_PRELOAD=$TN_PRELOAD"} ${THREADS:+TRADENEWS_THREADS=$THREADS} sqlite3 -batch -cmd ".load $TN_SO" :memory: "$@"; }
columns=$(cat "$TN_TOP/tests/golden/articles_columns.sql")
pipeline="SELECT a.path, a.record, a.locale, a.published, m.text, m.value, m.currency, m.pos,
                 to_usd(m.value, m.currency, a.published)
          FROM articles('seeds') AS a, amounts(a.body, a.locale) AS m ORDER BY a.path, m.pos;"
for query in "$columns" "$pipeline"; do
  ahead=$(echo "$query" | q)
  here=$(echo "$query" | THREADS=0 q)
  [ -n "$ahead" ] || { echo "no rows"; exit 1; }
  [ "$ahead" = "$here" ] || { echo "read ahead and not, the rows differ:"; diff <(echo "$ahead") <(echo "$here") | head; exit 1; }
done
# A scan of the columns alone, where the query's thread makes rows too while
# it waits for one: the same rows in the same order.
mkdir -p shared
for i in $(seq 40); do for f in "$TN_TOP"/tests/articles/*.txt; do cp "$f" "shared/${i}_${f##*/}"; done; done
scan="SELECT rowid, path, lang, length(body), words, published, error FROM articles('shared');"
ahead=$(q "$scan")
here=$(THREADS=0 q "$scan")
[ "$(echo "$ahead" | wc -l)" = "$(ls shared | wc -l)" ] || { echo "shared: $(echo "$ahead" | wc -l) rows"; exit 1; }
[ "$ahead" = "$here" ] || { echo "read ahead by both threads and not, the rows differ"; exit 1; }
# Stopped after 3 of 10,000 files, with rows made ahead and not yet asked.
[ "$(q "SELECT count(*) FROM (SELECT path, body FROM articles('many') LIMIT 3);")" = 3 ] || { echo "LIMIT 3"; exit 1; }
# The inner loop of a join: a scan made again for each outer row.
seeds=$(q "SELECT count(lang) FROM articles('seeds');")
twice=$(q "SELECT count(a.lang) FROM (SELECT 'seeds' AS d UNION ALL SELECT 'seeds') AS x, articles(x.d) AS a;")
[ "$seeds" -gt 0 ] && [ "$twice" = $((2 * seeds)) ] || { echo "rescanned: $twice rows, not 2 x $seeds"; exit 1; }
