-- The examples of README.md, run as they stand there; readme.out holds
-- the output the README shows.
.mode box
SELECT tradenews_version();
SELECT path, lang, published, published_how, source, dateline FROM articles('seeds');
SELECT path, substr(title, 1, 40) AS title, words FROM articles('seeds', '00[23]*');
SELECT path, encoding, size, substr(body, 1, 40) AS body FROM articles('seeds') WHERE path = '000_030d9a3b1f9c0522.txt';
CREATE VIRTUAL TABLE temp.news USING articles(dir='seeds', pattern='*.txt');
SELECT lang, count(*) AS articles, sum(words) AS words FROM temp.news GROUP BY lang ORDER BY lang;
SELECT detect_lang('Thành phố dự kiến thu về 300 tỷ nhân dân tệ doanh thu vào năm 2025.') AS vi,
       detect_lang('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') AS it,
       detect_lang('3 $') AS too_short;
.mode list
SELECT * FROM articles('no/such/folder');
SELECT detect_lang(42);
