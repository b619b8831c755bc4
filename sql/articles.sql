-- The main job of `make run`: what tradenews reads from each article of
-- seeds/. Run with the extension loaded:
--   sqlite3 -cmd '.load ./tradenews' :memory: < sql/articles.sql
.mode box
.headers on
SELECT path, encoding, lang, published, published_how, source, dateline,
       words, substr(title, 1, 40) AS title, error
FROM articles('seeds')
ORDER BY path;
