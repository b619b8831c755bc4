-- Every error message a user can meet, exactly.
SELECT * FROM articles('no/such/folder');
SELECT * FROM articles('seeds/000_030d9a3b1f9c0522.txt');
SELECT * FROM articles;
CREATE VIRTUAL TABLE temp.t1 USING articles(folder='seeds');
CREATE VIRTUAL TABLE temp.t2 USING articles(dir='seeds', dir='x');
CREATE VIRTUAL TABLE temp.t3 USING articles(pattern='*.txt');
CREATE VIRTUAL TABLE temp.t4 USING articles(dir='no/such/folder');
SELECT count(*) FROM temp.t4;
SELECT detect_lang(42);
SELECT detect_lang(x'00');
SELECT detect_lang();
