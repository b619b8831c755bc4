-- dates() and extract_date(): every date expression, in each language's
-- forms, as the period it means.
select 'it.quarters', (select start = '2021-01-01' and end = '2021-09-30' and grain = 'quarter'
  and text = 'primi tre trimestri del 2021' from dates('Nei primi tre trimestri del 2021 il valore è salito.', 'it'));
select 'it.range', (select start = '2024-03-03' and end = '2024-03-05' and grain = 'range'
  from dates('La fiera dal 3 al 5 marzo 2024 a Milano.', 'it'));
select 'it.month', (select start = '2020-02-01' and end = '2020-02-29' and grain = 'month'
  from dates('a febbraio 2020 le vendite', 'it'));
select 'en.quarter', (select group_concat(start || '/' || end, ' ') from dates('in Q3 2021 and the third quarter of 2022', 'en'))
  = '2021-07-01/2021-09-30 2022-07-01/2022-09-30';
select 'en.range-days', (select start = '2023-10-15' and end = '2023-10-24' and grain = 'range'
  from dates('The fair ran Oct 15-24, 2023 in Canton.', 'en'));
select 'en.range-months', (select start = '2024-03-01' and end = '2024-05-31' from dates('from March to May 2024', 'en'));
select 'en.years', (select group_concat(text, '|') from dates('Exports in 2021 were up; between 2019 and 2021 they doubled.', 'en'))
  = '2021|between 2019 and 2021';
select 'fr.range', (select start = '2024-03-03' and end = '2024-03-05' from dates('du 3 au 5 mars 2024', 'fr'));
select 'fr.quarter', (select start = '2023-01-01' and end = '2023-03-31' from dates('au premier trimestre 2023', 'fr'));
select 'de.quarter', (select start = '2023-01-01' and end = '2023-03-31' from dates('im ersten Quartal 2023', 'de'));
select 'de.day', (select start = '2024-03-03' and grain = 'day' from dates('am 3. März 2024', 'de'));
select 'es.day', (select start = '2024-03-03' from dates('el 3 de marzo de 2024', 'es'));
select 'pt.quarter', (select start = '2023-01-01' and end = '2023-03-31' from dates('no primeiro trimestre de 2023', 'pt'));
select 'vi.month', (select text = 'tháng 11/2022' and start = '2022-11-01' and end = '2022-11-30' and grain = 'month'
  from dates('tính đến cuối tháng 11/2022', 'vi'));
select 'vi.quarter', (select start = '2021-07-01' and end = '2021-09-30' from dates('quý 3/2021', 'vi'));
select 'zh.quarters', (select text = '2021年前三季度' and start = '2021-01-01' and end = '2021-09-30'
  from dates('2021年前三季度出口增长', 'zh'));
select 'zh.month', (select start = '2022-11-01' and grain = 'month' from dates('2022年11月数据显示', 'zh'));
-- Relative dates: their period with ref, none without.
select 'rel.en', (select group_concat(text || '=' || start || '/' || end, ' ')
  from dates('yesterday and last year', 'en', '2024-03-07')) = 'yesterday=2024-03-06/2024-03-06 last year=2023-01-01/2023-12-31';
select 'rel.it', extract_date('ieri', 'it', '2024-03-07') = '2024-03-06';
select 'rel.vi', extract_date('năm ngoái', 'vi', '2024-03-07') = '2023-01-01';
select 'rel.zh-week', (select start = '2024-02-26' and end = '2024-03-03' and grain = 'week' from dates('上周', 'zh', '2024-03-07'));
select 'rel.fr-month', (select start = '2024-02-01' and end = '2024-02-29' from dates('le mois dernier', 'fr', '2024-03-07T10:00:00'));
select 'rel.no-ref', (select start is null and end is null and grain = 'day' from dates('yesterday', 'en'));
select 'day.no-year', (select start is null and grain = 'day' from dates('on March 5', 'en'));
select 'day.ref-year', (select start = '2024-03-05' from dates('on March 5', 'en', '2024-03-07'));
-- Not dates: percentages, amounts, phone numbers, model numbers, counts.
select 'not-dates', (select count(*) from dates('up 9.9%, 2021 employees, call 1900 555 012, an A320, 2,021 tonnes, 2021.5', 'en')) = 0;
select 'positions', (select substr('Nel 2021 e nel 2022', pos, len) = text from dates('Nel 2021 e nel 2022', 'it') where text = '2022');
select 'extract.first', extract_date('Firmato il 12 gennaio 2023, consegna a marzo 2024', 'it') = '2023-01-12';
select 'extract.none', extract_date('nessuna data qui', 'it') is null;
select 'null-text', (select count(*) from dates(NULL)) = 0 and extract_date(NULL) is null;
select 'null-ref', (select count(*) from dates('ieri', 'it', NULL)) = 0;
select 'detected', (select start = '2021-01-01' from dates('Nei primi tre trimestri del 2021 il valore della produzione è salito'));
-- articles.period: the latest past period the text names, never a target.
select 'period.undated', (select published is null and period = '2022-11' from articles('fx/period') where path = 'vi-undated.txt');
select 'period.dated', (select published = '2024-01-15' and period = '2023-12' from articles('fx/period') where path = 'it-dated.txt');
select 'period.none', (select period is null from articles('fx/period') where path = 'en-none.txt');
