#!/usr/bin/env bash
# The tradenews command: build (summary, refresh, failed files, quiet when
# stderr is no terminal, the same tables as sql/build.sql run by the shell
# with one worker and with two, Ctrl-C in the middle leaving the database as
# it was), report, dashboard,
# amounts, article, every --help and the exit statuses.
# Run by tests/run.sh in a scratch folder holding seeds/; the command is
# beside the extension TN_SO.
set -eu
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
cli=$(dirname "$TN_SO")/tradenews
fail(){ echo "cli: $*" >&2; exit 1; }
summary(){ sed -E 's/; [0-9.]+ s$//'; }       # the time varies
tables(){
  sqlite3 -batch -readonly "$1" "SELECT * FROM news_articles ORDER BY path, record;" \
    "SELECT * FROM news_amounts ORDER BY path, record, seq;" "SELECT * FROM news_currencies ORDER BY code;" \
    "SELECT path, record FROM news_search_docs ORDER BY id;"
}

mkdir -p cli_news && cp seeds/* cli_news/ && touch -d '2024-01-01 00:00:00' cli_news/*
# 1. A first build: the summary on stdout, nothing on stderr (no terminal).
"$cli" build cli_news -o cli.db > out.txt 2> err.txt || fail "build failed: $(cat err.txt)"
[ -s err.txt ] && fail "build wrote to stderr without a terminal: $(cat err.txt)"
[ "$(summary < out.txt)" = "tradenews: cli.db: read 5 files (5 new, 0 changed), 0 unchanged, 0 removed, 0 failed; 14 amounts" ] \
  || fail "summary: $(cat out.txt)"
# ... the same tables as build.sql run by the shell.
sqlite3 -batch shell.db -cmd ".load $TN_SO" -cmd ".parameter set :dir cli_news" < "$TN_TOP/sql/build.sql"
[ "$(tables cli.db)" = "$(tables shell.db)" ] || fail "the command's tables differ from build.sql's"
# 2. A refresh: an unchanged folder; then a new, a changed, a removed and a failed file.
[ "$("$cli" build cli_news -o cli.db | summary)" = "tradenews: cli.db: read 0 files (0 new, 0 changed), 5 unchanged, 0 removed, 0 failed; 0 amounts" ] \
  || fail "refresh of an unchanged folder"
printf 'Alibaba investirà 2,5 miliardi di euro nel 2024.\n' > cli_news/new.txt
printf '\nIl governo ha stanziato 3 milioni di euro.\n' >> cli_news/000_030d9a3b1f9c0522.txt
rm cli_news/003_17849deb6f011a06.txt
printf -- '---\nlang: Italian\n---\nIl distretto ha esportato merci.\n' > cli_news/bad.txt
"$cli" build cli_news -o cli.db > out.txt
[ "$(head -1 out.txt | summary)" = "tradenews: cli.db: read 3 files (2 new, 1 changed), 3 unchanged, 1 removed, 1 failed; 5 amounts" ] \
  || fail "refresh summary: $(cat out.txt)"
grep -q "^  failed: bad.txt: front matter: lang 'Italian'" out.txt || fail "no reason for the failed file: $(cat out.txt)"
# 3. Ctrl-C while a file is read: exit 130, the database as it was.
sqlite3 -batch cli.db .dump > before.sql
printf '\nUn accordo da 7 milioni di dollari.\n' | tee -a cli_news/*.txt > /dev/null
set +e
strace -f -o /dev/null -P "$PWD/cli_news/002_20efa504432d0a2c.txt" -e trace=openat -e inject=openat:signal=INT \
  "$cli" build cli_news -o cli.db > /dev/null 2> err.txt
status=$?
set -e
[ "$status" = 130 ] || fail "Ctrl-C: exit $status, want 130 ($(cat err.txt))"
grep -q "interrupted: cli.db is as it was" err.txt || fail "Ctrl-C: $(cat err.txt)"
sqlite3 -batch cli.db .dump > after.sql
cmp -s before.sql after.sql || fail "Ctrl-C changed the database"
# ... and with two workers, stopped while a worker reads.
set +e
strace -f -o /dev/null -P "$PWD/cli_news/002_20efa504432d0a2c.txt" -e trace=openat -e inject=openat:signal=INT \
  "$cli" build cli_news -o cli.db -j 2 > /dev/null 2> err.txt
status=$?
set -e
[ "$status" = 130 ] || fail "Ctrl-C with -j 2: exit $status, want 130 ($(cat err.txt))"
sqlite3 -batch cli.db .dump > after.sql
cmp -s before.sql after.sql || fail "Ctrl-C with -j 2 changed the database"
# 4. -j 1 and -j 2 on 700 files (11 parts, two search batches): the same
# tables as each other and as build.sql run by the shell, the same search.
mkdir many
sqlite3 -batch :memory: -cmd ".load $TN_SO" "
  CREATE TABLE seed AS SELECT row_number() OVER (ORDER BY path) - 1 AS k, body FROM articles('seeds');
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 699)
  SELECT count(writefile(printf('many/%04d.txt', i), replace(body, '1', char(48 + i % 10))))
  FROM n JOIN seed ON seed.k = n.i % (SELECT count(*) FROM seed);" > /dev/null
touch -d '2024-01-01 00:00:00' many/*
"$cli" build many -o j1.db -j 1 > /dev/null
"$cli" build many -o j2.db -j2 > /dev/null
sqlite3 -batch shell2.db -cmd ".load $TN_SO" -cmd ".parameter set :dir many" < "$TN_TOP/sql/build.sql"
[ "$(tables j1.db | wc -l)" -gt 2000 ] || fail "-j 1 built too little: $(tables j1.db | wc -l) lines"
[ "$(tables j1.db)" = "$(tables j2.db)" ] || fail "-j 1 and -j 2 built different tables"
[ "$(tables j2.db)" = "$(tables shell2.db)" ] || fail "-j 2 and build.sql built different tables"
found(){
  sqlite3 -batch "$1" -cmd ".load $TN_SO" "INSERT INTO news_search(news_search) VALUES ('integrity-check');" \
    "SELECT count(*), sum(rowid) FROM news_search WHERE news_search MATCH 'miliardi OR dollari OR usd';"
}
[ "$(found j2.db)" = "$(found j1.db)" ] && [ "$(found j1.db | cut -d'|' -f1)" -gt 100 ] \
  || fail "search after -j 2: $(found j2.db), after -j 1: $(found j1.db)"
# 5. Errors: exit 1 naming the folder, 2 for usage.
set +e
"$cli" build no/such -o x.db 2> err.txt; s1=$?
"$cli" build 2> /dev/null; s2=$?
"$cli" frobnicate 2> /dev/null; s3=$?
"$cli" 2> /dev/null; s4=$?
"$cli" build many -j 0 2> err2.txt; s5=$?
set -e
[ "$s1$s2$s3$s4$s5" = 12222 ] || fail "exit statuses $s1 $s2 $s3 $s4 $s5"
grep -q "build: -j takes a number of workers from 1 to 256, not '0'" err2.txt || fail "-j 0: $(cat err2.txt)"
grep -q "no/such: No such file or directory" err.txt || fail "error: $(cat err.txt)"
# 6. report, dashboard, amounts, article.
"$cli" report cli.db | grep -q 'total_usd_millions' || fail "report"
"$cli" dashboard cli.db -o dash.html && grep -q '<svg' dash.html || fail "dashboard"
[ "$("$cli" amounts 'Exports rose from $8 billion to $10 billion' --locale en | tail -2 | cut -f1,2,4)" = "8000000000.0	USD	from
10000000000.0	USD	to" ] || fail "amounts"
"$cli" article seeds/002_20efa504432d0a2c.txt | grep -q '^published *2020-10-28' || fail "article: $("$cli" article seeds/002_20efa504432d0a2c.txt)"
# 7. --help of every command: exit 0, its usage on stdout.
for c in build report dashboard sql amounts article; do
  "$cli" "$c" --help | grep -q "^usage: tradenews $c" || fail "$c --help"
done
"$cli" --help | grep -q '^usage: tradenews COMMAND' || fail "--help"
echo "cli: ok"
