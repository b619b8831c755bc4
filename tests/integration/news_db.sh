#!/usr/bin/env bash
# sql/build.sql and the scripts over its database: exact figures of the
# seeds, every analysis and the dashboard without the extension, refresh
# (add, change, delete) equal to a fresh build, a killed refresh leaving the
# previous state, and an unchanged folder leaving the file untouched.
# Run by tests/run.sh in a scratch folder holding seeds/; TN_SO and TN_TOP
# name the extension and the repository.
set -eu
# Under make asan the extension needs the sanitizer runtime in every program
# that loads it (sqlite3, python3, sqlite-utils); leaks are checked by the
# SQL tests, not in these interpreters.
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
sql=$TN_TOP/sql
fail(){ echo "news_db: $*" >&2; exit 1; }
build(){  # build DB DIR: build.sql with the extension; stderr kept in build.err
  sqlite3 -batch "$1" -cmd ".load $TN_SO" -cmd ".parameter set :dir $2" < "$sql/build.sql" 2> build.err
}
plain(){ sqlite3 -batch -readonly "$@"; }   # no extension loaded
tables(){  # every row of every table but news_build, in key order
  plain "$1" "SELECT * FROM news_articles ORDER BY path, record;" \
             "SELECT * FROM news_amounts ORDER BY path, record, seq;" \
             "SELECT * FROM news_currencies ORDER BY code;"
}
expect(){  # expect DB NAME SQL WANT
  local got
  got=$(plain "$1" "$3")
  [ "$got" = "$4" ] || fail "$2: got '$got', want '$4'"
}

# The seeds, dated in the past so that no file is "racy" (see build.sql).
mkdir -p news && cp seeds/* news/ && touch -d '2024-01-01 00:00:00' news/*
build seeds.db news || { cat build.err; fail "build failed"; }

# 1. Exact counts and figures.
expect seeds.db counts "SELECT articles, dated, amounts, restatements, currencies, without_usd FROM news_summary" \
  "5|2|14|4|2|2"
expect seeds.db cny-day "SELECT value, currency, rate, rate_period, round(usd, 2) FROM news_amounts
  WHERE path = '000_030d9a3b1f9c0522.txt' AND seq = 2" "9290000000.0|CNY|6.36272|2021-12-14|1460067392.56"
expect seeds.db usd "SELECT text, usd, rate, rate_period FROM news_amounts
  WHERE path = '002_20efa504432d0a2c.txt'" '$3.8 billion|3800000000.0|1.0|2020-10-28'
expect seeds.db undated "SELECT count(*) FROM news_amounts AS m JOIN news_articles USING (path, record)
  WHERE published IS NULL AND usd IS NULL AND rate IS NULL" "3"
# An undated article is converted at the period it reports on, said so.
expect seeds.db period "SELECT period, count(*), min(m.rate_period), min(m.usd_basis) FROM news_amounts AS m
  JOIN news_articles USING (path, record) WHERE usd_basis = 'period'" "2022-12|7|2022-12|period"
expect seeds.db basis "SELECT count(*) FROM news_amounts AS m JOIN news_articles AS a USING (path, record)
  WHERE (m.usd_basis = 'published') <> (a.published IS NOT NULL AND m.usd IS NOT NULL)" "0"
expect seeds.db restates "SELECT group_concat(path || ':' || seq || '>' || restates, ' ') FROM news_amounts
  WHERE restates IS NOT NULL" \
  "001_d563fd38f9ff7281.txt:3>2 004_a2b98f21798d0d4c.txt:2>1 004_a2b98f21798d0d4c.txt:4>3 004_a2b98f21798d0d4c.txt:6>5"
expect seeds.db currencies "SELECT code, name, amounts, restatements, articles, total, round(total_usd), without_usd
  FROM news_currencies ORDER BY code" \
  "CNY|Chinese Yuan|9|0|3|4987120000000.0|713825443134.0|2
USD|US Dollar|5|4|3|3800000000.0|3800000000.0|0"
expect seeds.db conversions "SELECT seq, round(implied_rate, 4), our_usd IS NULL FROM news_conversions" \
  "2|7.0423|1
1|6.865|0
3|6.8904|0
5|6.9091|0"
expect seeds.db by-month "SELECT month, articles, amounts, round(total_usd) FROM news_by_month" \
  "2020-10|1|1|3800000000.0
2021-12|1|3|3460784067.0
|3|6|710364659067.0"

# Restatements written three ways (a parenthesis, a word, a word after a
# comma) are counted once in the totals; changes keep their roles.
mkdir -p three && touch -d '2024-01-01 00:00:00' three
printf '%s\n' '---' 'date: 2021-12-14' 'lang: it' '---' \
  'Il distretto ha esportato merci per 100 milioni di yuan, pari a circa 14 milioni di dollari.' > three/a.txt
printf '%s\n' '---' 'date: 2021-12-14' 'lang: en' '---' \
  'The firm signed a 200 million yuan ($28 million) deal.' > three/b.txt
printf '%s\n' '---' 'date: 2021-12-14' 'lang: zh' '---' \
  '项目投资300亿元，约合42亿美元。出口从50亿元增至80亿元。' > three/c.txt
touch -d '2024-01-01 00:00:00' three/*
build three.db three || { cat build.err; fail "build of three failed"; }
expect three.db three-restates "SELECT group_concat(path || ':' || seq || '>' || restates, ' ') FROM news_amounts
  WHERE restates IS NOT NULL" "a.txt:2>1 b.txt:2>1 c.txt:2>1"
expect three.db three-totals "SELECT code, amounts, restatements, total FROM news_currencies ORDER BY code" \
  "CNY|5|0|43300000000.0
USD|3|3|0.0"
expect three.db three-roles "SELECT group_concat(role, ' ') FROM news_amounts WHERE path = 'c.txt'" \
  "level level from to"

# 2. Every analysis script and the dashboard, on the database alone.
for f in "$sql"/*.sql; do
  case $(basename "$f") in build.sql|search.sql) continue ;; esac   # these two need the extension
  plain seeds.db < "$f" > out.txt 2> err.txt || fail "$(basename "$f") failed: $(cat err.txt)"
  [ -s err.txt ] && fail "$(basename "$f") wrote to stderr: $(cat err.txt)"
  [ -s out.txt ] || fail "$(basename "$f") printed nothing"
done
plain seeds.db < "$sql/report.sql" | grep -q '717625.4 .* 710364.7' || fail "report.sql: no total of 717625.4 million USD, 710364.7 of it estimated"
plain seeds.db < "$sql/conversion_check.sql" | grep -q '6.865' || fail "conversion_check.sql: no implied rate 6.865"
for v in $(plain seeds.db "SELECT name FROM sqlite_schema WHERE type = 'view' AND name <> 'news_found'"); do
  plain seeds.db "SELECT count(*) FROM $v" > /dev/null || fail "view $v does not run without the extension"
done
# The search, with the extension: sql/search.sql and the news_found view.
sqlite3 -batch seeds.db -cmd ".load $TN_SO" -cmd ".parameter set :q giocattoli" < "$sql/search.sql" > out.txt 2> err.txt \
  || fail "search.sql failed: $(cat err.txt)"
grep -q '000_030d9a3b1f9c0522.txt' out.txt || fail "search.sql did not find giocattoli: $(cat out.txt)"
searches(){  # the index checked, then the paths some searches find
  sqlite3 -batch "$1" -cmd ".load $TN_SO" "INSERT INTO news_search(news_search) VALUES ('integrity-check');" \
    "SELECT group_concat(path, ' ') FROM (SELECT path FROM news_found WHERE query MATCH 'giocattoli OR yuan OR dollari OR USD OR alibaba' ORDER BY path);" \
    "SELECT group_concat(path, ' ') FROM (SELECT path FROM news_found WHERE query MATCH '\"nhan dan te\"' ORDER BY path);" \
    "SELECT count(*) FROM news_search_docs;"
}
[ "$(searches seeds.db)" = "000_030d9a3b1f9c0522.txt 001_d563fd38f9ff7281.txt 003_17849deb6f011a06.txt 004_a2b98f21798d0d4c.txt
004_a2b98f21798d0d4c.txt
5" ] || fail "searches on the seeds: $(searches seeds.db)"

# 3. The dashboard: well-formed, one SVG per section, the seeds' figures.
plain seeds.db < "$sql/dashboard.sql" > dashboard.html
/usr/bin/python3 - dashboard.html <<'EOF' || fail "dashboard.html"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()       # raises on malformed markup
sections = root.findall('.//section')
assert len(sections) == 6, len(sections)
for s in sections:
    svgs = s.findall('{http://www.w3.org/2000/svg}svg')
    assert len(svgs) == 1, (s.get('id'), len(svgs))
text = ET.tostring(root, encoding='unicode')
for want in ['$717.63 bn', '$710.36 bn', 'of which estimated', '$3.80 bn', '$3.46 bn', 'CNY Chinese Yuan', '2021-12', '9,29 miliardi di yuan', 'estimated at 2022-12']:
    assert want in text, want
assert '<script' not in text and 'http://' not in text.replace('http://www.w3.org/2000/svg', '')
EOF

# 4. Refresh: an unchanged folder leaves the file as it was.
cp seeds.db before.db
build seeds.db news || { cat build.err; fail "refresh failed"; }
cmp -s seeds.db before.db || fail "a refresh of an unchanged folder changed the database"

# 5. Refresh after adding, changing and deleting files equals a fresh build.
# A change that keeps both size and mtime is caught while the mtime is not
# older than the last run's start (a file rewritten in the second the run
# read it): a future mtime makes that so without racing the clock.
printf 'Alibaba investirà 2,5 miliardi di euro nel 2024.\n' > news/new.txt
printf '\nIl governo ha stanziato 3 milioni di euro.\n' >> news/000_030d9a3b1f9c0522.txt
rm news/003_17849deb6f011a06.txt
future=$(( $(date +%s) + 3600 ))
touch -d "@$future" news/004_a2b98f21798d0d4c.txt
build seeds.db news || { cat build.err; fail "refresh failed"; }
sed -i 's/43,7 tỷ USD/43,9 tỷ USD/' news/004_a2b98f21798d0d4c.txt   # same size ...
touch -d "@$future" news/004_a2b98f21798d0d4c.txt                   # ... same mtime
build seeds.db news || { cat build.err; fail "refresh failed"; }
build fresh.db news || { cat build.err; fail "fresh build failed"; }
[ "$(tables seeds.db)" = "$(tables fresh.db)" ] || fail "refresh differs from a fresh build"
[ "$(searches seeds.db)" = "$(searches fresh.db)" ] || fail "the refreshed search index differs from a fresh build"
expect seeds.db refreshed "SELECT (SELECT count(*) FROM news_articles), (SELECT count(*) FROM news_amounts),
  (SELECT value FROM news_amounts WHERE path = 'new.txt'),
  (SELECT value FROM news_amounts WHERE path = '004_a2b98f21798d0d4c.txt' AND seq = 2)" \
  "5|16|2500000000.0|43900000000.0"

# 6. A refresh killed midway (SIGKILL as it opens a changed file, after it
# has deleted the old rows) leaves the previous state; the next run completes.
plain seeds.db .dump > before.sql
printf '\nUn accordo da 7 milioni di dollari.\n' | tee -a news/*.txt > /dev/null
if ( strace -f -o /dev/null -P "$PWD/news/002_20efa504432d0a2c.txt" -e trace=openat -e inject=openat:signal=KILL \
       sqlite3 -batch seeds.db -cmd ".load $TN_SO" -cmd ".parameter set :dir news" < "$sql/build.sql" ) 2> /dev/null; then
  fail "the refresh was not killed"
fi
[ -e seeds.db-journal ] || fail "no hot journal: the refresh was killed before it wrote"
sqlite3 -batch seeds.db .dump > after.sql
cmp -s before.sql after.sql || fail "a killed refresh changed the database"
build seeds.db news || { cat build.err; fail "refresh after the kill failed"; }
rm -f fresh.db && build fresh.db news
[ "$(tables seeds.db)" = "$(tables fresh.db)" ] || fail "refresh after a kill differs from a fresh build"
[ "$(searches seeds.db)" = "$(searches fresh.db)" ] || fail "search index after a kill differs from a fresh build"

# 7. Without a folder, build.sql stops before touching anything.
cp seeds.db before.db
if sqlite3 -batch seeds.db -cmd ".load $TN_SO" < "$sql/build.sql" 2> err.txt; then fail "build.sql ran without :dir"; fi
grep -q 'build.sql needs the folder: .parameter set :dir FOLDER' err.txt || fail "no clear error without :dir: $(cat err.txt)"
cmp -s seeds.db before.db || fail "build.sql without :dir changed the database"
# 8. A file with a bad front-matter value is a row with its error; the build
# completes and reads the rest, amounts in each article's locale.
mkdir -p mixed && cp news/new.txt mixed/
printf -- '---\nlang: Italian\n---\nIl distretto industriale della provincia ha esportato merci per un valore di 3 milioni di euro nel corso del mese passato.\n' > mixed/bad.txt
printf -- '---\nlocale: es-MX\n---\nLas ventas sumaron $500 millones en el trimestre.\n' > mixed/mx.txt
touch -d '2024-01-01 00:00:00' mixed/*
build mixed.db mixed || { cat build.err; fail "a bad front-matter value stopped the build"; }
expect mixed.db bad-row "SELECT lang, locale, error FROM news_articles WHERE path = 'bad.txt'" \
  "it|it|front matter: lang 'Italian' is not a language code ICU knows (expected 'it' or 'es-MX')"
expect mixed.db locales "SELECT group_concat(path || ':' || currency, ' ') FROM (SELECT * FROM news_amounts ORDER BY path, record, seq)" \
  "bad.txt:EUR mx.txt:MXN new.txt:EUR new.txt:USD"

# 9. A database of an older tradenews (no locale columns) is not refreshed
# in place: a clear message, the file untouched.
plain mixed.db .dump | sed 's/  locale TEXT,.*//; s/  locale_how TEXT,.*//' > old.sql
grep -v "^INSERT INTO news_articles" old.sql | sqlite3 -batch old.db
cp old.db before.db
if build old.db mixed; then fail "build.sql refreshed a database of an older schema"; fi
grep -q 'built by an older tradenews: delete it and run build.sql again' build.err || fail "no clear error on an old database: $(cat build.err)"
cmp -s old.db before.db || fail "build.sql changed a database of an older schema"
# 10. Without the extension, build.sql says to load it and touches nothing.
cp seeds.db before.db
if sqlite3 -batch seeds.db -cmd ".parameter set :dir news" < "$sql/build.sql" 2> err.txt; then fail "build.sql ran without the extension"; fi
grep -q "build.sql needs the tradenews extension: sqlite3 news.db -cmd '.load ./tradenews'" err.txt \
  || fail "no clear error without the extension: $(cat err.txt)"
cmp -s seeds.db before.db || fail "build.sql without the extension changed the database"
echo "news_db: ok"
