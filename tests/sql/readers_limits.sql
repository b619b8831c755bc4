-- Limits: nothing read past SQLITE_LIMIT_LENGTH, as an error row, never a crash.
.limit length 1000000
select 'bomb', (select error = 'larger than 1000000 bytes once decompressed: not read' and body is null
  from articles('fx/readers') where path = 'bomb.txt.gz');
select 'long-line', (select error = 'line 1: longer than 1000000 bytes: not read' from articles('fx/readers') where path = 'long.jsonl' and record = 0);
select 'after-long-line', (select title = 'Export di giocattoli in crescita' from articles('fx/readers') where path = 'long.jsonl' and record = 1);
