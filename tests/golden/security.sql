-- articles is direct-only: a persistent view or trigger cannot read files
-- through it; a TEMP view can.
CREATE VIEW v AS SELECT path FROM articles('seeds');
SELECT count(*) FROM v;
CREATE TEMP VIEW tv AS SELECT path FROM articles('seeds');
SELECT count(*) FROM tv;
CREATE TABLE log(x);
CREATE TRIGGER trg AFTER INSERT ON log BEGIN SELECT count(*) FROM articles('seeds'); END;
INSERT INTO log VALUES(1);
-- Every pure function and table keeps working in a persistent view with
-- trusted_schema off: one view pure_NAME for each name of the registry.
PRAGMA trusted_schema=OFF;
CREATE VIEW pure_detect_lang AS SELECT detect_lang('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') AS v;
CREATE VIEW pure_tradenews_version AS SELECT tradenews_version() GLOB '*.*.*' AS v;
CREATE VIEW pure_tradenews_info AS SELECT length(tradenews_info()) > 100 AS v;
CREATE VIEW pure_extract_amount AS SELECT extract_amount('Las ventas sumaron $500 millones.', 'es-MX') AS v;
CREATE VIEW pure_extract_currency AS SELECT extract_currency('Las ventas sumaron $500 millones.', 'es-MX') AS v;
CREATE VIEW pure_amounts AS SELECT text || ' ' || currency AS v FROM amounts('Ventas por $500 millones.', 'es-MX');
CREATE VIEW pure_percents AS SELECT text || ' ' || unit AS v FROM percents('Exporte +3,5 Prozent', 'de');
CREATE VIEW pure_tokens AS SELECT group_concat(token, ' ') AS v FROM tokens('出口 xuất khẩu');
CREATE VIEW pure_to_usd AS SELECT round(to_usd(100, 'USD', '2021-12'), 2) AS v;
CREATE VIEW pure_fx_rate AS SELECT fx_rate('USD', '2021-12') AS v;
CREATE VIEW pure_fx_convert AS SELECT fx_convert(100, 'USD', 'USD', '2021-12') AS v;
CREATE VIEW pure_fx_period AS SELECT fx_period('EUR', '2021-12') AS v;
CREATE VIEW pure_fx_rates AS SELECT count(*) > 0 AS v FROM fx_rates WHERE currency = 'EUR';
CREATE VIEW pure_currencies AS SELECT name AS v FROM currencies('it') WHERE code = 'CNY';
CREATE VIEW pure_dates AS SELECT start || ' ' || grain AS v FROM dates('nei primi tre trimestri del 2021', 'it');
CREATE VIEW pure_extract_date AS SELECT extract_date('hôm qua', 'vi', '2024-03-07') AS v;
SELECT 'detect_lang', v FROM pure_detect_lang UNION ALL SELECT 'tradenews_version', v FROM pure_tradenews_version
UNION ALL SELECT 'tradenews_info', v FROM pure_tradenews_info UNION ALL SELECT 'extract_amount', v FROM pure_extract_amount
UNION ALL SELECT 'extract_currency', v FROM pure_extract_currency UNION ALL SELECT 'amounts', v FROM pure_amounts
UNION ALL SELECT 'percents', v FROM pure_percents UNION ALL SELECT 'tokens', v FROM pure_tokens
UNION ALL SELECT 'to_usd', v FROM pure_to_usd UNION ALL SELECT 'fx_rate', v FROM pure_fx_rate
UNION ALL SELECT 'fx_convert', v FROM pure_fx_convert UNION ALL SELECT 'fx_period', v FROM pure_fx_period
UNION ALL SELECT 'fx_rates', v FROM pure_fx_rates UNION ALL SELECT 'currencies', v FROM pure_currencies
UNION ALL SELECT 'dates', v FROM pure_dates UNION ALL SELECT 'extract_date', v FROM pure_extract_date;
-- A name of the registry with no view here (none: a new function must get one).
SELECT 'no view for', value FROM json_each(tradenews_info(), '$.registered')
WHERE value <> 'articles' AND 'pure_' || value NOT IN (SELECT name FROM sqlite_schema WHERE type = 'view');
