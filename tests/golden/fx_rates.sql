-- fx_rates: rows, constraints, order; currencies: names, digits, coverage.
.headers on
select * from fx_rates where currency = 'EUR' and month >= '2021-11' limit 2;
select * from fx_rates where currency = 'eur' limit 1;
select currency, month from fx_rates where month = '2002-02' and currency in ('DEM', 'EUR');
select count(*) from fx_rates where currency = 'EUR' and month > '2021-12-14' and month < '2022-03';
select count(*) from fx_rates where currency = 'EUR' and month between '2021' and '2022';
select count(*) from fx_rates where month = 202112;
select currency, count(*), min(month), max(month) from fx_rates where currency in ('CNY', 'AFN', 'ITL') group by 1;
select source, count(*) from fx_rates group by 1 order by 2 desc;
explain query plan select * from fx_rates where currency = 'EUR' and month >= '2021' order by currency, month;
select code, name, symbol, digits, first_month, last_month from currencies where code in ('CNY', 'EUR', 'ITL', 'JPY', 'USD', 'VND', 'XCG');
select code, name, symbol from currencies('it') where code in ('CNY', 'EUR', 'USD');
select code, name, symbol from currencies('zh-Hans') where code in ('CNY', 'USD');
select code, name, symbol from currencies('vi') where code in ('CNY', 'VND');
select count(*), count(first_month), sum(code = upper(code) and length(code) = 3) from currencies;
select count(*) from currencies(null);
