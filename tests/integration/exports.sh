# The extension exports its two entry points and nothing else.
set -eu
got=$(nm -D --defined-only "$TN_SO" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort | tr '\n' ' ')
want="sqlite3_tradenews_init sqlite3_tradenewsnofs_init "
[ "$got" = "$want" ] || { echo "exported: $got"; exit 1; }
