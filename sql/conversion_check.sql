-- conversion_check.sql: where an article states a sum in two currencies
-- ("100 milioni di yuan (circa 14,2 milioni di dollari)"), how its own
-- conversion compares with to_usd() at the article's date, per article.
-- ratio = stated USD / our USD: 1.00 means the two agree; far from 1 points
-- at a misread amount, a wrong article date, or a rough figure in the text.
-- implied_rate is the article's own units per USD, known even when the
-- article has no date (our_rate and ratio are then empty).
-- Runs on a database made by sql/build.sql, without the extension:
--
--   sqlite3 -readonly news.db < sql/conversion_check.sql
.mode box
.headers on
SELECT path, published, count(*) AS conversions,
       round(avg(implied_rate), 4) AS implied_rate,
       round(avg(our_rate), 4) AS our_rate,
       round(avg(ratio), 3) AS mean_ratio,
       round(min(ratio), 3) AS min_ratio,
       round(max(ratio), 3) AS max_ratio
FROM news_conversions
GROUP BY path, published
ORDER BY path;

-- Each conversion.
SELECT path, stated, conversion, round(implied_rate, 4) AS implied_rate,
       round(our_rate, 4) AS our_rate, round(ratio, 3) AS ratio
FROM news_conversions;
