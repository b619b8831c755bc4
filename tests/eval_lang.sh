#!/usr/bin/env bash
# make eval (language part): accuracy of detect_lang() on the labelled
# sentences of ../shared/corpora/recognizers/*.jsonl, per language.
set -euo pipefail
so=$(realpath "$1")
corpus=$(cd "$(dirname "$0")/.." && pwd)/../shared/corpora/recognizers
if ! ls "$corpus"/*.jsonl >/dev/null 2>&1; then
  echo "eval: $corpus not found, skipping (it lives in ../shared beside the checkout)"
  exit 0
fi
sqlite3 -cmd ".load $so" -cmd '.mode box' :memory: <<SQL
CREATE TEMP TABLE s(lang TEXT, text TEXT);
$(for f in "$corpus"/*.jsonl; do
  echo "INSERT INTO s SELECT json_extract(line, '\$.lang'), json_extract(line, '\$.text')
        FROM (SELECT value AS line FROM json_each('[' || replace(trim(readfile('$f'), char(10)), char(10), ',') || ']'));"
done)
CREATE TEMP TABLE r AS SELECT lang, detect_lang(text) AS got FROM s;
SELECT lang, count(*) AS sentences, sum(got = lang) AS right, sum(got IS NULL) AS no_answer,
       printf('%.1f%%', 100.0 * sum(got = lang) / count(*)) AS accuracy
FROM r GROUP BY lang
UNION ALL
SELECT 'all', count(*), sum(got = lang), sum(got IS NULL), printf('%.1f%%', 100.0 * sum(got = lang) / count(*)) FROM r;
SQL
