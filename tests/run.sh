#!/usr/bin/env bash
# The test runner: `bash tests/run.sh EXTENSION.so UNIT_TEST_BINARY`.
#
#  1. C unit tests of the core: the binary prints "ok NAME" / "FAIL NAME: …".
#  2. SQL assertion tests, tests/sql/*.sql: every `select 'ID', EXPR;` must
#     come back exactly once as "ID|1"; an error or a missing row fails it.
#     A file whose first line is `-- entry: NAME` is loaded with that entry.
#  2b. The examples beside each language's data, data/lang/*/examples.tsv:
#     LOCALE <tab> TEXT <tab> EXPECTED, where EXPECTED is what amounts(TEXT,
#     LOCALE) finds, "VALUE CURRENCY" joined by "; " (value as %.15g,
#     currency "-" when none), or "none".
#  3. Exact-output tests, tests/golden/*.sql: stdout and stderr together must
#     equal the .out file beside it.
#  4. Integration: the README documents exactly what the extension
#     registers, and tests/integration/*.sh.
# SQL runs in a scratch folder holding seeds/ and the fixtures of
# tests/fixtures.sh. TN_PRELOAD, if set, is preloaded into sqlite3 (make
# asan uses it for the sanitizer runtime). Last line: "N passed, N failed".
set -u
so=$(realpath "$1")
unit=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass(){ passed=$((passed+1)); echo "PASS $1"; }
fail(){ failed=$((failed+1)); echo "FAIL $1${2:+  ($2)}"; }
sql(){ env ${TN_PRELOAD:+"LD_PRELOAD=$TN_PRELOAD"} sqlite3 -batch "$@"; }

# 1. unit tests
"$unit" > "$work/unit.out" 2>&1
rc=$?
while IFS= read -r line; do
  case $line in
    "ok "*)   pass "unit.${line#ok }" ;;
    "FAIL "*) name=${line#FAIL }; fail "unit.${name%%:*}" "${name#*: }" ;;
  esac
done < "$work/unit.out"
if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$work/unit.out"; then
  fail unit.exit "unit test binary exited $rc"; tail -20 "$work/unit.out"
fi

# Scratch folder for SQL tests.
cp -r "$top/seeds" "$work/seeds"
bash "$here/fixtures.sh" "$work/fx" || fail fixtures "tests/fixtures.sh failed"

# 2. SQL assertion tests
for f in "$here"/sql/*.sql; do
  base=$(basename "$f" .sql)
  entry=$(sed -n '1s/^-- entry: *//p' "$f")
  (cd "$work" && sql -noheader -list -cmd ".load $so $entry" :memory: < "$f" > "$work/$base.out" 2> "$work/$base.err")
  ids=$(grep -oiE "^select '[^']+'" "$f" | sed -E "s/^[sS][eE][lL][eE][cC][tT] '//; s/'\$//")
  dup=$(sort <<<"$ids" | uniq -d)
  [ -n "$dup" ] && fail "$base.duplicate-ids" "$dup"
  for id in $ids; do
    got=$(grep -F "$id|" "$work/$base.out" | grep -c "^$id|")
    val=$(grep "^$id|" "$work/$base.out" | head -1 | cut -d'|' -f2-)
    if [ "$got" = 1 ] && [ "$val" = 1 ]; then
      pass "$base.$id"
    else
      fail "$base.$id" "rows: $got, value: '${val}'"
    fi
  done
  if [ -s "$work/$base.err" ] && grep -q . "$work/$base.err"; then
    echo "  stderr of $base.sql:"; sed 's/^/    /' "$work/$base.err" | head -20
  fi
  # Under make asan a sanitizer's report (often at unload, after the last
  # row) fails the file even when every row came back right.
  if grep -q 'Sanitizer' "$work/$base.err"; then fail "$base.sanitizer" "see stderr above"; fi
done

# 2b. examples beside the data
for f in "$top"/data/lang/*/examples.tsv; do
  [ -e "$f" ] || continue
  lang=$(basename "$(dirname "$f")")
  awk -F'\t' -v lang="$lang" '
    /^#/ || NF==0 { next }
    NF!=3 { printf "select %s, %s;\n", q("examples." lang "." NR), q("bad line: " NF " fields"); next }
    { printf "select %s, coalesce((select group_concat(printf(%s, value) || %s || coalesce(currency, %s), %s) from amounts(%s, %s)), %s);\n",
             q("examples." lang "." NR), q("%.15g"), q(" "), q("-"), q("; "), q($2), q($1), q("none") }
    function q(s){ gsub(/\x27/, "\x27\x27", s); return "\x27" s "\x27" }' "$f" > "$work/examples.sql"
  (cd "$work" && sql -noheader -list -cmd ".load $so" :memory: < "$work/examples.sql" > "$work/examples.out" 2>&1)
  awk -F'\t' '/^#/ || NF==0 { next } { print NR "\t" $3 }' "$f" > "$work/examples.want"
  while IFS=$'\t' read -r line want; do
    id="examples.$lang.$line"
    got=$(awk -F'|' -v id="$id" '$1==id { sub(/^[^|]*[|]/, ""); print; exit }' "$work/examples.out")
    if [ "$got" = "$want" ]; then pass "$id"; else fail "$id" "want '$want', got '$got'"; fi
  done < "$work/examples.want"
done

# 3. exact-output tests
for f in "$here"/golden/*.sql; do
  base=$(basename "$f" .sql)
  entry=$(sed -n '1s/^-- entry: *//p' "$f")
  (cd "$work" && sql -cmd ".load $so $entry" :memory: < "$f" > "$work/$base.golden" 2>&1)
  if diff -u "${f%.sql}.out" "$work/$base.golden" > "$work/$base.diff"; then
    pass "golden.$base"
  else
    fail "golden.$base" "output differs"; head -40 "$work/$base.diff"
  fi
done

# 4. integration
registered=$(sql :memory: \
  "CREATE TEMP TABLE before AS SELECT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list;" \
  ".load $so" \
  "SELECT DISTINCT name FROM (SELECT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list) WHERE name NOT IN (SELECT name FROM temp.before) ORDER BY 1;")
documented=$(grep -oE '^### `[a-z_0-9]+' "$top/README.md" | sed 's/^### `//' | sort -u)
if [ -n "$registered" ] && [ "$registered" = "$documented" ]; then
  pass inventory.readme
else
  fail inventory.readme "registered: $(echo $registered) / documented: $(echo $documented)"
fi
for t in "$here"/integration/*.sh; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .sh)
  if out=$(cd "$work" && TN_SO=$so TN_TOP=$top bash "$t" 2>&1); then pass "integration.$name"; else fail "integration.$name"; echo "$out" | head -20; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
