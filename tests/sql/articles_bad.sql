-- Awkward files (tests/fixtures.sh): each is a row, with its error when it
-- cannot be read; nothing aborts the scan.
select 'all-rows', (select count(*) from articles('fx/bad')) = 20;
select 'hidden-skipped', (select count(*) from articles('fx/bad') where path like '%.hidden%' or path like '.git%') = 0;
select 'empty', (select body = '' and words = 0 and error is null and lang is null from articles('fx/bad') where path = 'empty.txt');
select 'invalid-utf8', (select encoding = 'UTF-8' and body = 'Prezzo: 5 € e poi ' || char(65533, 65533) || ' byte rotti, caffè.' || char(10)
   from articles('fx/bad') where path = 'invalid-utf8.txt');
select 'utf16le', (select encoding = 'UTF-16LE' and body = 'Hello UTF-16 world, café.' || char(10) from articles('fx/bad') where path = 'utf16le.txt');
select 'utf16be', (select encoding = 'UTF-16BE' and body = 'Hello UTF-16 world, café.' || char(10) from articles('fx/bad') where path = 'utf16be.txt');
select 'bom-crlf', (select encoding = 'UTF-8' and body = 'With a BOM and' || char(10) || 'CRLF line ends.' || char(10) from articles('fx/bad') where path = 'bom-crlf.txt');
select 'gb18030', (select encoding = 'GB18030' and body LIKE '新华社北京3月5日电 中国海关总署%' and lang = 'zh' and dateline = '北京' and source = '新华社'
   and published = '2023-03-05' from articles('fx/bad') where path = 'gb18030.txt');
select 'shift-jis', (select encoding = 'Shift_JIS' and lang = 'ja' and dateline = '東京' and body LIKE '東京3月5日 日本の輸出%'
   from articles('fx/bad') where path = 'shift-jis.txt');
select 'big5', (select encoding = 'Big5' and lang = 'zh' and source = '中央社' and dateline = '台北' and body LIKE '中央社台北3月5日電 財政部%'
   from articles('fx/bad') where path = 'big5.txt');
select 'cp1252', (select encoding = 'windows-1252' and body LIKE 'Café “la déjà vu” coûte 5 € – naïve%' from articles('fx/bad') where path = 'cp1252.txt');
select 'nfc', (select body = 'été' || char(10) from articles('fx/bad') where path = 'nfd.txt');
select 'binary', (select body is null and error = 'binary file (contains NUL bytes)' from articles('fx/bad') where path = 'binary.bin');
select 'fifo', (select error = 'not a regular file (a FIFO)' and size is null from articles('fx/bad') where path = 'fifo');
select 'dangling', (select error = 'broken symlink: its target does not exist' from articles('fx/bad') where path = 'dangling.txt');
select 'loop', (select count(*) from articles('fx/bad') where path like 'loop%' and error = 'symlink loop') = 2;
select 'outside', (select error = 'symlink to a place outside the folder, not followed' and body is null from articles('fx/bad') where path = 'outside.txt');
select 'dirlink', (select error = 'symlink to a folder, not followed' from articles('fx/bad') where path = 'dirlink');
select 'inside-link', (select body = 'Inner file.' || char(10) and error is null from articles('fx/bad') where path = 'inside-link.txt');
select 'subfolder', (select body = 'Inner file.' || char(10) from articles('fx/bad') where path = 'sub/inner.txt');
select 'non-utf8-name', (select path = 'caf' || char(65533) || '.txt' and body = 'Nome non UTF-8.' || char(10) from articles('fx/bad') where path like 'caf%');
select 'path-eq-fifo', (select error from articles('fx/bad') where path = 'fifo') = 'not a regular file (a FIFO)';
select 'path-eq-hidden', (select count(*) from articles('fx/bad') where path = '.hidden.txt') = 0;
select 'path-eq-through-dirlink', (select count(*) from articles('fx/bad') where path = 'dirlink/inner.txt') = 0;
select 'path-eq-sub', (select count(*) from articles('fx/bad') where path = 'sub/inner.txt') = 1;
-- Big, many, deep.
select 'big', (select size = 52428800 and length(body) = 52428800 and words = 1 and error is null from articles('fx/big'));
select 'many', (select count(*) = 10000 and min(path) = '00001.txt' and max(path) = '10000.txt' from articles('fx/many'));
select 'many-path-eq', (select count(*) from articles('fx/many') where path = '05000.txt') = 1;
select 'deep', (select group_concat(coalesce(error, 'ok'), '|') from articles('fx/deep'))
   = 'folder nested deeper than 32 levels, not read|ok';
-- Front matter and datelines in other languages.
select 'front-matter', (select title = 'Stated title' and published = '2022-03-04' and published_how = 'front matter'
   and source = 'ANSA' and lang = 'it' and url = 'https://example.org/a' and body = 'Un testo breve senza data.' || char(10)
   and error is null from articles('fx/meta') where path = 'front.txt');
select 'front-matter-bad-date', (select published is null and error = 'front matter: date ''4 marzo'' is not a date like 2021-12-14'
   and body like 'Some text%' from articles('fx/meta') where path = 'bad-date.txt');
select 'dateline-zh', (select source = '新华社' and dateline = '北京' and published = '2023-03-05' and published_how = 'dateline + year in text'
   from articles('fx/meta') where path = 'zh.txt');
select 'dateline-vi', (select dateline = 'HÀ NỘI' and published = '2024-05-12' and title = 'Xuất khẩu tăng mạnh'
   from articles('fx/meta') where path = 'vi.txt');
select 'dateline-en-year', (select source = 'Xinhua' and dateline = 'BEIJING' and published = '2021-12-14' and published_how = 'stated'
   from articles('fx/meta') where path = 'en-year.txt');
select 'dateline-no-year', (select dateline = 'BEIJING' and published is null and published_how is null
   from articles('fx/meta') where path = 'no-year.txt');
select 'sorted', (select group_concat(path, ' ') from articles('fx/bad') where path glob '[b-d]*')
   = 'big5.txt binary.bin bom-crlf.txt caf' || char(65533) || '.txt cp1252.txt dangling.txt dirlink';
