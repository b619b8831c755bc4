-- The main job of `make run`: what tradenews reads from each article of
-- seeds/. Run with the extension loaded:
--   sqlite3 -cmd '.load ./tradenews' :memory: < sql/articles.sql
.mode box
.headers on
SELECT path, encoding, lang, published, published_how, source, dateline,
       words, substr(title, 1, 40) AS title, error
FROM articles('seeds')
ORDER BY path;

-- Every sum of money, with its value in US dollars at the article's date.
SELECT a.path, m.text, m.value, m.currency, m.kind,
       round(to_usd(m.value, m.currency, a.published)) AS usd
FROM articles('seeds') AS a, amounts(a.body, a.lang) AS m;
