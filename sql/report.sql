-- report.sql: the main report of a news database made by sql/build.sql: the
-- headline figures, then the ten largest sums of money. `make run` prints it.
-- Plain SQL over the built tables: no extension needed.
--
--   sqlite3 -readonly news.db < sql/report.sql
.mode box
.headers on

-- USD figures are at each article's own date; amounts in articles without a
-- date have none (without_usd), and restatements ("X yuan (Y dollars)") are
-- counted once.
SELECT articles, dated, languages, amounts, restatements, currencies,
       round(total_usd / 1e6, 1) AS total_usd_millions, without_usd
FROM news_summary;

SELECT path, published, text, currency,
       round(usd / 1e6, 1) AS usd_millions
FROM news_largest_amounts
LIMIT 10;
