-- Every amount of the seed articles, converted to US dollars at its article's
-- date; the undated ones at January 2023 (the Vietnamese article's time).
create temp table m as
  select a.path, a.published, m.value, m.currency, m.text,
         to_usd(m.value, m.currency, coalesce(a.published, '2023-01')) as usd
  from articles('seeds') as a, amounts(a.body, a.locale) as m;
select 'seed-amounts', (select count(*) from m) = 14;
select 'seed-all-converted', (select count(*) from m where usd is null) = 0;
select 'seed-currencies', (select group_concat(currency || ':' || n, ' ') from (select currency, count(*) as n from m group by currency order by currency)) = 'CNY:9 USD:5';
select 'seed-usd-identity', (select count(*) from m where currency = 'USD' and usd <> value) = 0;
select 'seed-cny-2021', (select abs(usd - 9.29e9 / 6.36272) < 1e3 from m where text = '9,29 miliardi di yuan');
select 'seed-vi-pair', (select abs(usd / 43.7e9 - 1) < 0.015 from m where text = '300 tỷ nhân dân tệ');
select 'seed-total', (select round(sum(usd) / 1e9) from m) = 877;
