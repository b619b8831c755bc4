-- articles is direct-only: a persistent view or trigger cannot read files
-- through it; a TEMP view can.
CREATE VIEW v AS SELECT path FROM articles('seeds');
SELECT count(*) FROM v;
CREATE TEMP VIEW tv AS SELECT path FROM articles('seeds');
SELECT count(*) FROM tv;
CREATE TABLE log(x);
CREATE TRIGGER trg AFTER INSERT ON log BEGIN SELECT count(*) FROM articles('seeds'); END;
INSERT INTO log VALUES(1);
-- Pure functions keep working in a persistent view with trusted_schema off.
PRAGMA trusted_schema=OFF;
CREATE VIEW langs AS SELECT detect_lang('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') AS lang;
SELECT lang FROM langs;
