#!/usr/bin/env bash
# The Python package python/tradenews/ from Debian's python3: load() into a
# connection, the nofs entry point, loadable_path() from TRADENEWS_SO, in
# the checkout, and its error when nothing is found.
set -eu
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
fail(){ echo "python: $*" >&2; exit 1; }
cat > load.py <<'END'
import sqlite3, tradenews
con = tradenews.load(sqlite3.connect(":memory:"))
print(con.execute("SELECT extract_amount('oltre 10 miliardi di yuan', 'it')").fetchone()[0])
print(con.execute("SELECT count(*) FROM articles('seeds')").fetchone()[0])
con = tradenews.load(sqlite3.connect(":memory:"), "sqlite3_tradenewsnofs_init")
print(con.execute("SELECT count(*) FROM pragma_module_list WHERE name = 'articles'").fetchone()[0])
try:
    con.execute("SELECT load_extension('x')")
    print("loading left on")
except sqlite3.OperationalError:
    print("loading off")
END
got=$(TRADENEWS_SO=$TN_SO PYTHONPATH=$TN_TOP/python /usr/bin/python3 load.py)
[ "$got" = "10000000000.0
5
0
loading off" ] || fail "got: $got"
# Without TRADENEWS_SO: the extension of the checkout; a copy of the package
# with none beside it says where it looked.
[ "$(PYTHONPATH=$TN_TOP/python /usr/bin/python3 -c 'import tradenews; print(tradenews.loadable_path())')" \
  = "$TN_TOP/tradenews.so" ] || fail "loadable_path() in the checkout"
mkdir -p lone/python && cp -r "$TN_TOP/python/tradenews" lone/python/
msg=$(PYTHONPATH=lone/python /usr/bin/python3 -c 'import tradenews; tradenews.loadable_path()' 2>&1 || true)
echo "$msg" | grep -q "FileNotFoundError: tradenews.so not found (set TRADENEWS_SO); tried: " || fail "no clear error: $msg"
echo "python: ok"
