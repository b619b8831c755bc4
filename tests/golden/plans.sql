-- Query plans: path = ? is a lookup, ORDER BY path needs no sort. The index
-- number has a bit for each argument and path = ? (1 to 16), and one for
-- each column asked for (32 for path on), which the read-ahead computes.
EXPLAIN QUERY PLAN SELECT * FROM articles('seeds') WHERE path = 'x.txt';
EXPLAIN QUERY PLAN SELECT path FROM articles('seeds') ORDER BY path;
EXPLAIN QUERY PLAN SELECT path FROM articles('seeds') ORDER BY path DESC;
