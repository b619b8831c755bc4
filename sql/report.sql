-- report.sql: the main report of a news database made by sql/build.sql: the
-- headline figures, then the ten largest sums of money. `make run` prints it.
-- Plain SQL over the built tables: no extension needed.
--
--   sqlite3 -readonly news.db < sql/report.sql
.mode box
.headers on

-- USD figures are at each article's own date; in an undated article, at
-- the period its text reports on: estimates, shown apart (estimated_usd,
-- and usd_basis 'period'). Amounts with neither have no USD (without_usd);
-- restatements ("X yuan (Y dollars)") are counted once.
SELECT articles, dated, languages, amounts, restatements, currencies,
       round(total_usd / 1e6, 1) AS total_usd_millions,
       round(coalesce(estimated_usd, 0) / 1e6, 1) AS of_which_estimated, without_usd
FROM news_summary;

SELECT path, published, text, currency,
       round(usd / 1e6, 1) AS usd_millions, usd_basis
FROM news_largest_amounts
LIMIT 10;
