# to_usd() throughput against the same conversion done as a SQL join with a
# plain, indexed rates table, in the same run on the same rows.
#   bash bench/fx.sh EXTENSION.so [ROWS]
set -eu
so=$(realpath "$1")
rows=${2:-2000000}
db=$(mktemp --suffix=.db)
trap 'rm -f "$db"' EXIT
sqlite3 -batch "$db" ".load $so" "
  CREATE TABLE rates AS SELECT currency, month, units_per_usd FROM fx_rates;
  CREATE UNIQUE INDEX rates_key ON rates(currency, month);
  CREATE TABLE calls AS
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < $rows - 1)
    SELECT (i % 997) * 1000.0 AS value,
           json_extract('[\"CNY\",\"EUR\",\"JPY\",\"VND\",\"GBP\",\"KRW\",\"INR\",\"BRL\"]',
                        '\$[' || (i % 8) || ']') AS currency,
           date('2000-01-01', '+' || ((i * 7919) % 9000) || ' days') AS date
    FROM n;"
timed(){  # prints the wall-clock seconds of one query
  printf '.load %s\n.timer on\n%s\n' "$so" "$1" | sqlite3 -batch "$db" | awk '/^Run Time/ {print $4}' | tail -1
}
scan=$(timed "SELECT sum(value) FROM calls;")
udf=$(timed "SELECT sum(to_usd(value, currency, date)) FROM calls;")
join=$(timed "SELECT sum(c.value / r.units_per_usd) FROM calls c
              JOIN rates r ON r.currency = c.currency AND r.month = substr(c.date, 1, 7);")
same=$(sqlite3 -batch "$db" ".load $so" "SELECT count(*) FROM calls c
  JOIN rates r ON r.currency = c.currency AND r.month = substr(c.date, 1, 7)
  WHERE fx_rate(c.currency, substr(c.date, 1, 7)) <> r.units_per_usd;")
awk -v n="$rows" -v scan="$scan" -v udf="$udf" -v join="$join" -v same="$same" 'BEGIN {
  printf "fx: %d rows (8 currencies, days 2000-2024; one process, one core)\n", n
  printf "  %-44s %8.3f s\n", "scan only: sum(value)", scan
  printf "  %-44s %8.3f s  %6.2f M calls/s\n", "to_usd(value, currency, date)", udf, n/udf/1e6
  printf "  %-44s %8.3f s  %6.2f M rows/s\n", "join with an indexed rates table", join, n/join/1e6
  printf "  to_usd() is %.1fx the join; monthly rates agree on all rows: %s\n", join/udf, same==0 ? "yes" : "NO"
  printf "  to_usd() calls/s net of the scan: %.2f M\n", n/(udf-scan)/1e6
}'
