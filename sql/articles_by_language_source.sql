-- articles_by_language_source.sql: how many articles each language and
-- source gives, how long they are, and how much money they mention; then
-- the articles that could not be read, with the reason.
-- Runs on a database made by sql/build.sql, without the extension:
--
--   sqlite3 -readonly news.db < sql/articles_by_language_source.sql
.mode box
.headers on
SELECT coalesce(lang, '?') AS lang, coalesce(source, '(none)') AS source, articles, words,
       amounts, round(total_usd / 1e6, 1) AS usd_millions
FROM news_by_language_source;

SELECT path, error FROM news_articles WHERE error IS NOT NULL ORDER BY path;
