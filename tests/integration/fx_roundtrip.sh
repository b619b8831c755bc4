# Every row of data/fx/usd_rates_monthly.csv comes back from fx_rates, by a
# full scan and by `currency = ? AND month = ?` lookups, and from fx_rate()
# of its month; nothing else comes back. Rates are compared as the CSV
# writes them (8 significant digits): SQLite's own text-to-REAL conversion
# can be one unit in the last place off the correctly rounded double that
# the compiled table holds.
set -eu
csv="$TN_TOP/data/fx/usd_rates_monthly.csv"
rows=$(($(wc -l < "$csv") - 1))
out=$(env ${TN_PRELOAD:+"LD_PRELOAD=$TN_PRELOAD"} sqlite3 -batch :memory: \
  ".load $TN_SO" ".import --csv $csv csv" "
  CREATE TEMP VIEW compiled AS
    SELECT currency, month, printf('%.8g', units_per_usd) AS units_per_usd, source FROM fx_rates;
  SELECT count(*) FROM csv;
  SELECT count(*) FROM (SELECT * FROM csv EXCEPT SELECT * FROM compiled);
  SELECT count(*) FROM (SELECT * FROM compiled EXCEPT SELECT * FROM csv);
  SELECT count(*) FROM csv t WHERE t.units_per_usd IS NOT
    (SELECT printf('%.8g', units_per_usd) FROM fx_rates f WHERE f.currency = t.currency AND f.month = t.month);
  SELECT count(*) FROM csv WHERE printf('%.8g', fx_rate(currency, month)) <> units_per_usd;")
want=$(printf '%s\n0\n0\n0\n0' "$rows")
[ "$out" = "$want" ] || { echo "got: $out"; echo "want: $want"; exit 1; }
