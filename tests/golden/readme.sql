-- The examples of README.md, run as they stand there; readme.out holds
-- the output the README shows.
.mode box
SELECT tradenews_version();
SELECT path, lang, published, published_how, source, dateline FROM articles('seeds');
SELECT path, lang, locale, locale_how, dateline FROM articles('seeds');
SELECT path, substr(title, 1, 40) AS title, words FROM articles('seeds', '00[23]*');
SELECT path, encoding, size, substr(body, 1, 40) AS body FROM articles('seeds') WHERE path = '000_030d9a3b1f9c0522.txt';
CREATE VIRTUAL TABLE temp.news USING articles(dir='seeds', pattern='*.txt');
SELECT lang, count(*) AS articles, sum(words) AS words FROM temp.news GROUP BY lang ORDER BY lang;
SELECT detect_lang('Thành phố dự kiến thu về 300 tỷ nhân dân tệ doanh thu vào năm 2025.') AS vi,
       detect_lang('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') AS it,
       detect_lang('3 $') AS too_short;
SELECT value, currency, text, pos, len, kind, low, high
FROM amounts('Il fatturato è salito a oltre 10 miliardi di yuan, circa 1,4 miliardi di dollari; '
             || 'tra 2 e 3 milioni di euro nel 2021.', 'it');
SELECT t.column1 AS locale, m.text, m.value, m.currency
FROM (VALUES ('es', 'Ventas por $500 millones'), ('es-MX', 'Ventas por $500 millones'),
             ('fr-CA', 'un contrat de 5 millions $'), ('de-CH', 'Fr. 3''400.– pro Monat'),
             ('fr-SN', '50 milliards de FCFA'), ('pt-PT', '2 biliões de euros'),
             ('th', 'มูลค่า 5 ล้านบาท')) AS t,
     amounts(t.column2, t.column1) AS m;
SELECT extract_amount('Export per 2,73 miliardi di yuan', 'it') AS it,
       extract_amount('thu về 300 tỷ nhân dân tệ') AS vi,
       extract_amount('no money here') AS none;
SELECT extract_currency('$3.8 billion') AS en, extract_currency('¥100', 'zh') AS zh,
       extract_currency('¥100', 'ja') AS ja, extract_currency('1200亿美元', 'zh') AS usd;
SELECT text, pos, len, start, end, grain
FROM dates('Nei primi tre trimestri del 2021 l''export è salito; ieri, dal 3 al 5 marzo 2024, '
           || 'la fiera; a febbraio 2020 il 9,9% in più.', 'it', '2024-03-07');
SELECT extract_date('hôm qua', 'vi', '2024-03-07') AS vi, extract_date('2021年前三季度', 'zh') AS zh,
       extract_date('yesterday', 'en') AS no_ref;
SELECT round(to_usd(1e8, 'CNY', '2020-04-08')) AS cny_2020,
       round(to_usd(3e11, 'cny', '2023-01') / 1e9, 2) AS bn_2023,
       round(to_usd(1e6, 'ITL', '1995'), 2) AS lire,
       to_usd(100, 'CNY', '1970') AS too_early;
SELECT fx_rate('CNY', '2020-04') AS cny, fx_rate('EUR', '2021-12') AS eur,
       fx_rate('EUR', '2021-12-14') AS eur_day, fx_rate('JPY', '2024-07') AS jpy,
       fx_rate('VND', '2023-01') AS vnd;
SELECT round(fx_convert(100, 'EUR', 'JPY', '2024-07'), 2) AS yen,
       round(fx_convert(100, 'DEM', 'FRF', '2001'), 4) AS francs;
SELECT fx_period('EUR', '2021-12-14') AS weekday, fx_period('EUR', '2021-12-11') AS saturday,
       fx_period('CNY', '2030-01-01') AS after_last, fx_period('CNY', '1970') AS none;
SELECT * FROM fx_rates WHERE currency = 'EUR' AND month >= '2021-11' LIMIT 2;
SELECT c.code, c.name, c.symbol, c.digits, c.first_month, c.last_month, it.name AS name_it
FROM currencies AS c JOIN currencies('it') AS it USING (code)
WHERE code IN ('CNY', 'ITL', 'VND');
.mode list
SELECT * FROM articles('no/such/folder');
SELECT detect_lang(42);
.mode box
SELECT value, unit, kind, low, high, text, pos, len
FROM percents('Exports rose 9.9% to a record, margins widened 2 percentage points after a cut of '
              || '50 basis points; GDP -0.5%, inflation between 3% and 5%, more than 10 per cent.', 'en');
SELECT t.column1 AS locale, p.text, p.value, p.unit
FROM (VALUES ('it', 'in crescita del 16,5 per cento'), ('zh', '增长百分之十五，下降0.5个百分点'),
             ('vi', 'tăng 5 phần trăm'), ('de', 'um 1,5 Prozentpunkte'), ('tr', 'yüzde 5, %15'),
             ('fr', 'une hausse de 9,9 %')) AS t, percents(t.column2, t.column1) AS p;
.mode box
SELECT token, pos, len FROM tokens('Xuất khẩu đạt 43,7 tỷ USD', 'vi');
SELECT t.column1 AS text, (SELECT group_concat(token, ' ') FROM tokens(t.column1)) AS tokens
FROM (VALUES ('中国出口额增长9.9%'), ('dell''Europa, l’export'), ('ประเทศไทยส่งออกข้าว'),
             ('日本の輸出はトヨタ'), ('Straße ＡＢＣ 1''250')) AS t;
CREATE VIRTUAL TABLE temp.docs USING fts5(body, tokenize = 'tradenews');
INSERT INTO temp.docs VALUES ('今年前三季度，中国出口额增长9.9%。'), ('Kim ngạch xuất khẩu đạt 43,7 tỷ USD.'),
                             ('Il peso dell''Europa e l''export italiano.');
SELECT q.column1 AS query, highlight(docs, 0, '[', ']') AS found
FROM (VALUES ('出口'), ('"xuat khau"'), ('europa'), ('expo*')) AS q
JOIN temp.docs ON docs MATCH q.column1;
