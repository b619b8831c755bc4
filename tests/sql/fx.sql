-- to_usd(), fx_rate(), fx_convert(): the compiled rates.
-- Conversions the seed articles state themselves (within 1.5%).
select 'seed-cny-2020', abs(to_usd(1e8, 'CNY', '2020-04-08') / 14.2e6 - 1) < 0.015;
select 'seed-cny-2023a', abs(to_usd(3e11, 'CNY', '2023-01') / 43.7e9 - 1) < 0.015;
-- The Vietnamese article counts "since the start of the year": early January.
select 'seed-cny-2023b', abs(to_usd(503e9, 'CNY', '2023-01-03') / 73e9 - 1) < 0.015;
select 'seed-cny-2023c', abs(to_usd(152e9, 'CNY', '2023-01-03') / 22e9 - 1) < 0.015;
-- Spot values against the sources (monthly averages).
select 'spot-cny', fx_rate('CNY', '2020-04') = 7.075899;
select 'spot-eur', fx_rate('EUR', '2021-12') = 0.88466345;
select 'spot-jpy', fx_rate('JPY', '2024-07') = 157.8532;
select 'spot-vnd', fx_rate('VND', '2023-01') = 23604.78;
select 'to-usd-is-division', to_usd(23604.78, 'VND', '2023-01') = 1.0;
-- A day uses the daily rate where there is one, else its month.
select 'daily', fx_rate('EUR', '2021-12-14') = 0.88425148;
select 'daily-time', fx_rate('EUR', '2021-12-14 10:00:00') = 0.88425148;
select 'daily-iso-t', fx_rate('EUR', '2021-12-14T10:00') = 0.88425148;
select 'daily-zone', fx_rate('EUR', '2021-12-14T23:30:00-05:00') = fx_rate('EUR', '2021-12-15');
select 'daily-zone-z', fx_rate('EUR', '2021-12-14 23:30Z') = 0.88425148;
select 'julian-day', fx_rate('EUR', julianday('2021-12-14')) = 0.88425148;
select 'julian-text', fx_rate('EUR', '2459562.5') = 0.88425148;
select 'weekend-month', fx_rate('EUR', '2021-12-11') = 0.88466345;
select 'spaces', fx_rate('EUR', ' 2021-12 ') = 0.88466345;
-- A year is the mean of its months.
select 'year-mean', fx_rate('EUR', '2021') = (select avg(units_per_usd) from fx_rates where currency = 'EUR' and month between '2021-01' and '2021-12');
select 'year-partial', fx_rate('EUR', '2026') = (select avg(units_per_usd) from fx_rates where currency = 'EUR' and month like '2026-%');
-- Coverage: before the first month, none; after the last, the last.
select 'before-first', fx_rate('CNY', '1980-12') is null;
select 'first-month', fx_rate('CNY', '1981-01') = 1.5518;
select 'year-before-first', fx_rate('TWD', '1983') is null;
select 'after-last', fx_rate('CNY', '2030-01-01') = fx_rate('CNY', '2026-09');
select 'latest', fx_rate('CNY') = fx_rate('CNY', '2026-09');
select 'latest-to-usd', to_usd(100, 'EUR') = 100 / fx_rate('EUR', '2026-09');
select 'gap', fx_rate('AFN', '2022-03') is null;
-- An ISO 4217 code the data lack, current or historical, is no rate, not an error.
select 'iso-without-rates', to_usd(1, 'CUC', '2020') is null and fx_rate('cuc') is null and fx_convert(1, 'EUR', 'CUC') is null and to_usd(1, 'BRB') is null;
select 'gap-year', fx_rate('AFN', '2022') is null;
-- Legacy currencies: their own rates in their years, then through their successor.
select 'legacy-itl', fx_rate('ITL', '2001-06') = 2269.6087;
select 'legacy-dem-1990', fx_rate('DEM', '1990-01') > 1.5 and fx_rate('DEM', '1990-01') < 2.0;
select 'legacy-itl-after', abs(fx_rate('ITL', '2010-05') - fx_rate('EUR', '2010-05') * 1936.27) < 1e-9;
select 'legacy-sit-after', abs(fx_rate('SIT', '2007-01-02') - fx_rate('EUR', '2007-01-02') * 239.64) < 1e-9;
select 'legacy-latest', abs(fx_rate('DEM') - fx_rate('EUR') * 1.95583) < 1e-12;
select 'legacy-trl', abs(fx_rate('TRL', '2010') - fx_rate('TRY', '2010') * 1e6) < 1e-3;
select 'convert-legacy', abs(fx_convert(100, 'DEM', 'FRF', '2001-06') - 100 / 1.95583 * 6.55957) < 0.01;
-- USD is 1 at every date; codes are case-insensitive.
select 'usd', fx_rate('USD', '1900-01-01') = 1.0 and to_usd(5, 'usd') = 5.0;
select 'lowercase', fx_rate('eur', '2021-12') = 0.88466345;
select 'convert', fx_convert(100, 'EUR', 'JPY', '2024-07') = 100 / fx_rate('EUR', '2024-07') * 157.8532;
select 'convert-same', fx_convert(7, 'CNY', 'CNY', '2020-04') = 7.0;
select 'numeric-text-value', to_usd('12', 'EUR', '2021-12') = 12 / 0.88466345;
-- fx_period(): which period's rate fx_rate() gives.
select 'period-day', fx_period('EUR', '2021-12-14') = '2021-12-14';
select 'period-no-daily', fx_period('EUR', '2021-12-11') = '2021-12';
select 'period-month', fx_period('CNY', '2020-04') = '2020-04';
select 'period-year', fx_period('CNY', '2021') = '2021';
select 'period-after-last', fx_period('CNY', '2030-01-01') = '2026-09';
select 'period-latest', fx_period('CNY') = '2026-09';
select 'period-successor', fx_period('DEM', '2010-05-03') = fx_period('EUR', '2010-05-03');
select 'period-usd', fx_period('usd', '2020-04-08') = '2020-04-08' and fx_period('USD') is null;
select 'period-no-rate', fx_period('CNY', '1970') is null and fx_period('AFN', '2022-03') is null;
select 'period-null', fx_period(null) is null and fx_period('EUR', null) is null;
-- NULL in, NULL out.
select 'null-value', to_usd(null, 'EUR', '2021') is null;
select 'null-currency', to_usd(1, null, '2021') is null;
select 'null-date', to_usd(1, 'EUR', null) is null;
select 'null-rate', fx_rate(null) is null;
select 'null-convert', fx_convert(1, 'EUR', null) is null;
