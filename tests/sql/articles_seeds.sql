-- The five sample articles: what the articles table reads from them
-- (../shared/corpora/seeds/gold.jsonl has the labels).
select 'count', (select count(*) from articles('seeds')) = 5;
select 'order', (select group_concat(substr(path,1,3), ',') from articles('seeds')) = '000,001,002,003,004';
select 'lang', (select group_concat(lang, ',') from articles('seeds')) = 'it,it,en,en,vi';
select 'published', (select group_concat(coalesce(published, 'NULL'), ',') from articles('seeds'))
   = '2021-12-14,NULL,2020-10-28,NULL,NULL';
select 'published_how', (select group_concat(coalesce(published_how, 'NULL'), '|') from articles('seeds'))
   = 'dateline + year in text|NULL|stated|NULL|NULL';
select 'source', (select group_concat(coalesce(source, 'NULL'), '|') from articles('seeds'))
   = 'XINHUA|XINHUA|NULL|China News Agency|NULL';
select 'dateline', (select group_concat(coalesce(dateline, 'NULL'), '|') from articles('seeds'))
   = 'CANTON|HANGZHOU|NULL|Beijing|NULL';
select 'title-000', (select title is null from articles('seeds') where path like '000%');
select 'title-002', (select title from articles('seeds') where path like '002%') = 'Pioneer regions keep sector alive';
select 'title-004', (select title from articles('seeds') where path like '004%') = 'Trung Quốc muốn xây thủ phủ livestream bán hàng online';
select 'encoding', (select count(*) from articles('seeds') where encoding = 'UTF-8') = 5;
select 'error', (select count(*) from articles('seeds') where error is null) = 5;
select 'size', (select size from articles('seeds') where path = '000_030d9a3b1f9c0522.txt') = 2146;
select 'body-length', (select length(body) from articles('seeds') where path = '000_030d9a3b1f9c0522.txt') = 2137;
select 'body-starts', (select body from articles('seeds') where path like '000%') LIKE '(XINHUA) - CANTON, 14 DIC - Per superare%';
select 'body-no-cr', (select count(*) from articles('seeds') where instr(body, char(13))) = 0;
select 'words', (select words from articles('seeds') where path like '002%') between 370 and 400;
select 'mtime', (select count(*) from articles('seeds') where mtime GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z') = 5;
select 'url-null', (select count(*) from articles('seeds') where url is null) = 5;
-- Arguments, hidden columns and plans.
select 'pattern', (select count(*) from articles('seeds', '00[12]*')) = 2;
select 'pattern-none', (select count(*) from articles('seeds', '*.pdf')) = 0;
select 'hidden-dir', (select dir from articles('seeds') limit 1) = 'seeds';
select 'where-dir', (select count(*) from articles where dir = 'seeds') = 5;
select 'path-eq', (select lang from articles('seeds') where path = '004_a2b98f21798d0d4c.txt') = 'vi';
select 'path-eq-missing', (select count(*) from articles('seeds') where path = 'nope.txt') = 0;
select 'path-eq-escape', (select count(*) from articles('seeds') where path = '../seeds/000_030d9a3b1f9c0522.txt') = 0;
select 'null-dir', (select count(*) from articles(NULL)) = 0;
select 'null-pattern', (select count(*) from articles('seeds', NULL)) = 0;
select 'trailing-slash', (select count(*) from articles('seeds/')) = 5;
select 'join-detect', (select count(*) from articles('seeds') where detect_lang(body) = lang) = 5;
-- Persistent form.
CREATE VIRTUAL TABLE temp.news USING articles(dir='seeds', pattern='*.txt');
select 'create', (select count(*) from temp.news) = 5;
select 'create-lang', (select group_concat(lang, ',') from temp.news) = 'it,it,en,en,vi';
select 'create-path-eq', (select source from temp.news where path = '003_17849deb6f011a06.txt') = 'China News Agency';
CREATE VIRTUAL TABLE temp.only_vi USING articles(dir = "seeds", pattern = '004*');
select 'create-pattern', (select count(*) from temp.only_vi) = 1;
-- A TEMP view over articles works (a persistent one is refused: golden/security).
CREATE TEMP VIEW v AS SELECT path, lang FROM articles('seeds');
select 'temp-view', (select count(*) from v where lang = 'it') = 2;
-- lang asked alone (no dateline or date search) is the lang of the whole parse.
select 'lang.alone-is-whole', (select count(*) from
  (select path, record, lang from articles('seeds') union all select path, record, lang from articles('fx/readers')) as alone
  join (select path, record, published, lang from articles('seeds')
        union all select path, record, published, lang from articles('fx/readers')) as whole using (path, record)
  where alone.lang is not whole.lang) = 0
  and (select group_concat(distinct lang) from (select lang from articles('seeds') order by lang)) = 'en,it,vi';
