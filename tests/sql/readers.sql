-- Readers: JSON Lines, JSON arrays, WARC and compressed files, one row per
-- record; bad records and bad files are rows with their errors.
select 'jsonl.rows', (select group_concat(record, ',') from articles('fx/readers') where path = 'news.jsonl') = '0,1,2,3,4';
select 'jsonl.format', (select count(*) from articles('fx/readers') where path = 'news.jsonl' and format = 'jsonl') = 5;
select 'jsonl.news-please', (select title = 'Export di giocattoli in crescita' and published = '2021-12-14'
  and published_how = 'record' and lang = 'it' and url = 'https://example.it/a' and source = 'example.it'
  and body like 'Il distretto di Chenghai%' and error is null from articles('fx/readers') where path = 'news.jsonl' and record = 0);
select 'jsonl.alternates', (select title = 'Shipping costs rise' and published = '2024-03-07' and url = 'https://example.com/b'
  from articles('fx/readers') where path = 'news.jsonl' and record = 1);
select 'jsonl.bad-line', (select error = 'line 3: not JSON: unexpected end at byte 32' and body is null
  from articles('fx/readers') where path = 'news.jsonl' and record = 2);
select 'jsonl.no-text', (select error = 'line 4: no text field (maintext, text, content, body, article)'
  from articles('fx/readers') where path = 'news.jsonl' and record = 3);
select 'jsonl.none-is-missing', (select title is null and published is null and url is null and locale = 'es-MX'
  and locale_how = 'markup' from articles('fx/readers') where path = 'news.jsonl' and record = 4);
select 'jsonl.amounts-in-locale', (select group_concat(m.currency) from articles('fx/readers') as a, amounts(a.body, a.locale) as m
  where a.path = 'news.jsonl' and a.record = 4) = 'MXN';
select 'json.array', (select group_concat(record || ':' || substr(title, 1, 6), ',') from articles('fx/readers') where path = 'array.json')
  = '0:Export,1:Shippi';
-- The same records through gzip, zstd, xz and bzip2.
select 'compressed.same', (select count(distinct body) = 3 and count(*) = 12 from articles('fx/readers')
  where path glob 'copy*' and error is null) and (select count(*) from articles('fx/readers') where path glob 'copy*') = 20;
select 'compressed.text', (select format = 'text' and body like 'Il valore della produzione%' and lang = 'it'
  from articles('fx/readers') where path = 'note.txt.gz');
select 'truncated', (select error like 'cannot read: truncated gzip input%' and body is null
  from articles('fx/readers') where path = 'truncated.jsonl.gz');
-- WARC: the responses that are pages or text, not the requests and metadata.
select 'warc.rows', (select count(*) from articles('fx/readers') where path = 'crawl.warc.gz') = 2;
select 'warc.page', (select format = 'warc' and url = 'https://example.ca/contrat' and title = 'Contrat signé'
  and locale = 'fr-CA' and source = 'Le Journal' and published = '2024-03-05'
  and body = 'MONTRÉAL, 5 mars 2024 - Le contrat de 5 millions $ a été signé hier par les deux entreprises.' || char(10) || char(10)
             || 'La livraison commencera en juin.'
  from articles('fx/readers') where path = 'crawl.warc.gz' and record = 0);
select 'warc.fetched-date', (select published = '2024-03-06' and published_how = 'fetched' and url = 'https://example.com/note.txt'
  from articles('fx/readers') where path = 'crawl.warc.gz' and record = 1);
select 'warc.amounts-cad', (select group_concat(m.currency) from articles('fx/readers') as a, amounts(a.body, a.locale) as m
  where a.path = 'crawl.warc.gz' and a.record = 0) = 'CAD';
-- A file's records by path = ?, and a forced format.
select 'path-eq', (select count(*) from articles('fx/readers') where path = 'copy.jsonl.gz') = 5;
select 'forced-format', (select format = 'text' and body like '{"title"%' from articles('fx/readers', 'news.jsonl', 'text'));
select 'forced-encoding', (select encoding = 'windows-1252' from articles('fx/readers', 'note.txt.gz', NULL, 'windows-1252')) is null
  or (select encoding = 'windows-1252' from articles('fx/readers', 'note.txt.gz', 'text', 'windows-1252'));
select 'huge-line', (select title = 'huge' and length(body) > 50000000 and error is null
  from articles('fx/readers') where path = 'huge-line.jsonl' and record = 0);
select 'after-huge-line', (select body = 'Fine.' from articles('fx/readers') where path = 'huge-line.jsonl' and record = 1);
-- A charset ICU's detector does not know, stated; NULL format or encoding gives no rows.
select 'encoding.stated-1258', (select encoding = 'windows-1258' and lang = 'vi' and published = '2024-03-04'
  and body like 'Cập nhật: Thứ hai%' from articles('fx/legacy', 'vi_01.txt', 'text', 'windows-1258'));
select 'encoding.null-args', (select count(*) from articles('fx/legacy', '*', NULL)) = 0
  and (select count(*) from articles('fx/legacy', '*', 'text', NULL)) = 0;
