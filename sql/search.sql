-- Search the news: the articles whose title or body has the words of :q,
-- best first, with a snippet of each. Needs the extension loaded (its
-- tokenizer cuts Chinese, Japanese, Thai and Vietnamese words):
--   sqlite3 news.db -cmd '.load ./tradenews' -cmd ".parameter set :q '出口'" < sql/search.sql
-- :q is an FTS5 query: words ("xuat khau" finds "xuất khẩu"), "phrases",
-- prefixes (export*), AND, OR, NOT, NEAR(a b, 10).
.mode box
SELECT path, title, published, snippet
FROM news_found
WHERE query MATCH :q
ORDER BY rank
LIMIT 20;
