#!/usr/bin/env bash
# tradenews.dask.build on a LocalCluster of 2 worker processes (loopback
# only) from Debian's python3: the same tables as `tradenews build` with one
# worker killed in the middle; shards that fail twice reported
# (ShardsFailed) with the others committed; a list of files and folders.
set -eu
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
fail(){ echo "dask: $*" >&2; exit 1; }
cli=$(dirname "$TN_SO")/tradenews
tables(){
  sqlite3 -batch -readonly "$1" "SELECT * FROM news_articles ORDER BY path, record;" \
    "SELECT * FROM news_amounts ORDER BY path, record, seq;" "SELECT * FROM news_currencies ORDER BY code;" \
    "SELECT path, record FROM news_search_docs ORDER BY id;"
}
mkdir -p dask_news/sub
sqlite3 -batch :memory: -cmd ".load $TN_SO" "
  CREATE TABLE seed AS SELECT row_number() OVER (ORDER BY path) - 1 AS k, body FROM articles('seeds');
  WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 299)
  SELECT count(writefile(printf('dask_news/%s%03d.txt', CASE WHEN i % 3 = 0 THEN 'sub/' ELSE '' END, i),
                         replace(body, '1', char(48 + i % 10))))
  FROM n JOIN seed ON seed.k = n.i % (SELECT count(*) FROM seed);" > /dev/null
touch -d '2024-01-01 00:00:00' dask_news/*.txt dask_news/sub/*
"$cli" build dask_news -o local.db -j 1 > /dev/null
cat > run.py <<'END'
import os, signal, sqlite3, sys
from dask.distributed import Client, LocalCluster
import tradenews.dask

def main():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=50)
    client = Client(cluster)
    # 1. One worker killed once the first shard is in.
    killed = []
    def kill_one(done, total):
        if not killed:
            pid = sorted(client.run(os.getpid).values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append((done, total))
    got = tradenews.dask.build("dask_news", "cluster.db", client, files_per_shard=10, progress=kill_one)
    print("killed after", killed[0][0], "of", killed[0][1], "shards; read", got["read"], "shards", got["shards"])
    # 2. Every shard failing twice: ShardsFailed, nothing lost in silence.
    client.wait_for_workers(2)
    client.run(lambda: os.environ.__setitem__("TRADENEWS_SO", "/no/such/tradenews.so"))
    try:
        tradenews.dask.build("dask_news", "failed.db", client, files_per_shard=100)
        print("no error")
    except tradenews.dask.ShardsFailed as e:
        print("failed", len(e.failures), e.failures[0][0], e.failures[0][1])
    print("articles after failure", sqlite3.connect("failed.db").execute("SELECT count(*) FROM news_articles").fetchone()[0])
    client.run(lambda: os.environ.__setitem__("TRADENEWS_SO", os.environ["TN_SO"]))
    got = tradenews.dask.build("dask_news", "failed.db", client, files_per_shard=100)
    print("rerun read", got["read"])
    # 3. A list of files and folders.
    got = tradenews.dask.build(["dask_news/sub", "dask_news/001.txt"], "some.db", client)
    print("list read", got["read"])
    client.close()
    cluster.close()

if __name__ == "__main__":
    main()
END
got=$(TRADENEWS_SO=$TN_SO PYTHONPATH=$TN_TOP/python /usr/bin/python3 run.py 2> err.txt) \
  || fail "run.py: $(tail -5 err.txt)"
[ "$got" = "killed after 1 of 30 shards; read 300 shards 30
failed 3 001.txt 100
articles after failure 0
rerun read 300
list read 101" ] || fail "got: $got ($(tail -3 err.txt))"
[ "$(tables cluster.db | wc -l)" -gt 1000 ] || fail "the cluster built too little"
[ "$(tables cluster.db)" = "$(tables local.db)" ] || fail "the cluster's tables differ from tradenews build's"
[ "$(tables failed.db)" = "$(tables local.db)" ] || fail "the rerun's tables differ from tradenews build's"
[ "$(sqlite3 some.db "SELECT min(path), max(path), count(*) FROM news_articles")" = "001.txt|sub/297.txt|101" ] \
  || fail "a list: $(sqlite3 some.db "SELECT min(path), max(path), count(*) FROM news_articles")"
echo "dask: ok"
