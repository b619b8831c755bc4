-- amounts_by_currency.sql: how much money the articles mention in each
-- currency, and what it comes to in US dollars at each article's date.
-- Runs on a database made by sql/build.sql, without the extension:
--
--   sqlite3 -readonly news.db < sql/amounts_by_currency.sql
--
-- total is in the currency's own units; total_usd leaves out the amounts
-- that have no USD value (their article has no date: without_usd counts them)
-- and the restatements of another amount ("X yuan (Y dollars)"), so that a
-- sum stated twice counts once.
.mode box
.headers on
SELECT code, name, amounts, restatements, articles,
       printf('%.4g', total) AS total,
       round(total_usd / 1e6, 1) AS total_usd_millions,
       without_usd,
       round(100.0 * total_usd / (SELECT sum(total_usd) FROM news_currencies), 1) AS usd_share_pct
FROM news_currencies
ORDER BY total_usd IS NULL, total_usd DESC, code;
