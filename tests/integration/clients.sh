#!/usr/bin/env bash
# The README's instructions for other clients: Debian's python3 (its sqlite3
# module can load extensions) and sqlite-utils, with the extension loaded and
# on a database built by sql/build.sql without it.
# Run by tests/run.sh in a scratch folder holding seeds/.
set -eu
# Under make asan the extension needs the sanitizer runtime in every program
# that loads it (sqlite3, python3, sqlite-utils); leaks are checked by the
# SQL tests, not in these interpreters.
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
fail(){ echo "clients: $*" >&2; exit 1; }
sqlite3 -batch clients.db -cmd ".load $TN_SO" -cmd ".parameter set :dir seeds" < "$TN_TOP/sql/build.sql"

got=$(/usr/bin/python3 - "$TN_SO" clients.db <<'PY'
import sqlite3, sys
so, db = sys.argv[1], sys.argv[2]
# Load the extension: by path (the entry point follows from the file name),
# and by path and entry point through SQL.
con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension(so)
print(con.execute("SELECT extract_amount('oltre 10 miliardi di yuan', 'it'), "
                  "extract_currency('oltre 10 miliardi di yuan', 'it')").fetchone())
con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.execute("SELECT load_extension(?, 'sqlite3_tradenewsnofs_init')", (so,))
print(con.execute("SELECT round(to_usd(1e8, 'CNY', '2020-04-08'))").fetchone())
# The built database, without the extension.
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
print(con.execute("SELECT articles, amounts, currencies FROM news_summary").fetchone())
PY
)
want="(10000000000.0, 'CNY')
(14151631.0,)
(5, 14, 2)"
[ "$got" = "$want" ] || fail "python3: got '$got', want '$want'"

got=$(sqlite-utils query :memory: "SELECT extract_amount('\$3.8 billion', 'en') AS v" --load-extension "$TN_SO")
[ "$got" = '[{"v": 3800000000.0}]' ] || fail "sqlite-utils with the extension: got '$got'"
got=$(sqlite-utils query clients.db "SELECT code, amounts FROM news_currencies ORDER BY code" --csv | tr -d "\r")
[ "$got" = "$(printf 'code,amounts\nCNY,9\nUSD,5')" ] || fail "sqlite-utils on the database: got '$got'"
echo "clients: ok"
