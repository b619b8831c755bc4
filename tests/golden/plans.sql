-- Query plans: path = ? is a lookup, ORDER BY path needs no sort.
EXPLAIN QUERY PLAN SELECT * FROM articles('seeds') WHERE path = 'x.txt';
EXPLAIN QUERY PLAN SELECT path FROM articles('seeds') ORDER BY path;
EXPLAIN QUERY PLAN SELECT path FROM articles('seeds') ORDER BY path DESC;
