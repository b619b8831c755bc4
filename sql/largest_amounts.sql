-- largest_amounts.sql: the twenty largest sums of money, in US dollars at
-- the article's date, with the article they come from. Amounts without a USD
-- value (undated articles) follow, largest first in their own currency.
-- Runs on a database made by sql/build.sql, without the extension:
--
--   sqlite3 -readonly news.db < sql/largest_amounts.sql
.mode box
.headers on
SELECT published, lang, source, text, kind,
       printf('%.4g', value) AS value, currency,
       round(usd / 1e6, 1) AS usd_millions, rate_period, path
FROM news_largest_amounts
LIMIT 20;
