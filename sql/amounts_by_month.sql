-- amounts_by_month.sql: articles, amounts and US dollars by month of
-- publication, every month from the first to the last (months without
-- articles show zeros), then the undated articles as one row.
-- Runs on a database made by sql/build.sql, without the extension:
--
--   sqlite3 -readonly news.db < sql/amounts_by_month.sql
.mode box
.headers on
SELECT m.month, coalesce(b.articles, 0) AS articles, coalesce(b.amounts, 0) AS amounts,
       round(coalesce(b.total_usd, 0) / 1e6, 1) AS usd_millions
FROM news_months AS m LEFT JOIN news_by_month AS b USING (month)
UNION ALL
SELECT 'undated', articles, amounts, NULL FROM news_by_month WHERE month IS NULL
ORDER BY 1;
