#!/usr/bin/env bash
# The bench corpora, made in the current folder from the articles of
# tests/articles and the seeds:
#   small/  SMALL files of about 1 KB: one article a file, digits varied;
#   long/   LONG articles of 2 to 6 KB in every language: bodies of one
#           language joined (a tenth, *0.txt, has every language).
#   bash bench/corpus.sh EXTENSION.so SMALL LONG
set -eu
so=$1
small=$2
long=$3
top=$(cd "$(dirname "$0")/.." && pwd)
sqlite3 -batch :memory: ".load $so" "
  SELECT json_group_array(json_object('lang', lang, 'body', body)) FROM (
    SELECT lang, body FROM articles('$top/seeds') UNION ALL
    SELECT lang, body FROM articles('$top/tests/articles', '*.txt') ORDER BY 1, 2);" > bodies.json
/usr/bin/python3 - "$small" "$long" <<'PY'
import json, os, sys
small, long = int(sys.argv[1]), int(sys.argv[2])
bodies = json.load(open("bodies.json"))
def vary(text, i):   # the same article with other figures: no two files alike
    return text.replace("1", str(i % 10)).replace("2", str(i // 10 % 10))
os.mkdir("small")
for i in range(small):
    with open(f"small/{i:06d}.txt", "w") as f:
        f.write(vary(bodies[i % len(bodies)]["body"], i))
by_lang = {}
for b in bodies:
    by_lang.setdefault(b["lang"], []).append(b["body"])
langs = sorted(by_lang)
os.mkdir("long")
for i in range(long):
    pool = by_lang[langs[(i + i // 10) % len(langs)]]   # a tenth (*0.txt) has every language
    want = 2048 + (i * 7919) % 3200           # then one more body: 2 to 6 KB
    parts, size, k = [], 0, i // len(langs)   # each language through all its bodies
    while size < want:
        parts.append(pool[k % len(pool)])
        size += len(parts[-1].encode()) + 2
        k += 1
    with open(f"long/{i:06d}.txt", "w") as f:
        f.write(vary("\n\n".join(parts), i))
PY
rm bodies.json
