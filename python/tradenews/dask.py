"""tradenews.dask: the news database of a folder, built on a Dask cluster.

    from dask.distributed import Client
    import tradenews.dask
    client = Client("tcp://scheduler:8786")
    tradenews.dask.build("/shared/articles", "news.db", client)

build(paths_or_dirs, out_db, client) runs sql/build.sql as `tradenews build`
does, with the reading of files (build.sql's step 3: articles, dates,
amounts) done by the cluster: the files to read are cut into shards of
consecutive paths, each worker reads a shard into an in-memory database
with the extension and sends back its rows, and this process merges them
in path order into out_db, runs step 4 (the search index) on them and the
rest of build.sql, in build.sql's one transaction. The result has the same
schema, rows and values as a local build of the same files; a later
`tradenews build` or build() refreshes it.

paths_or_dirs is a folder, or a list of files and folders: then the
database holds the articles of those only, named relative to their common
folder. Workers need the articles at the same path (a shared filesystem,
or the same copy on every machine), Python with this package and the
extension (TRADENEWS_SO).

A worker that dies has its shards run again elsewhere (Dask's scheduler
does that); a shard whose reading fails is tried once more. A shard that
fails twice is not dropped in silence: the others are committed, and
build() raises ShardsFailed naming each failed shard's files and reason;
those files have no rows, so the next build reads them as new.
"""
import os
import sqlite3
from pathlib import Path

from . import load, loadable_path

__all__ = ["build", "ShardsFailed"]

FILES_PER_SHARD = 256
SHARDS_PER_INDEX = 4     # step 4 every this many shards: fewer, larger FTS5 segments


class ShardsFailed(Exception):
    """Shards that failed twice: failures is a list of (first file, files, reason)."""

    def __init__(self, failures):
        self.failures = failures
        super().__init__("%d shard(s) failed twice; their files were not read: %s" % (
            len(failures), "; ".join("%s and %d more: %s" % (f, n - 1, why) for f, n, why in failures)))


def build_sql_path():
    """sql/build.sql: where TRADENEWS_BUILD_SQL says, in the checkout, or
    installed beside the extension (PREFIX/share/tradenews/build.sql)."""
    env = os.environ.get("TRADENEWS_BUILD_SQL")
    if env:
        return env
    here = Path(__file__).resolve().parent
    tried = [here.parent.parent / "sql" / "build.sql"]
    try:
        tried.append(Path(loadable_path()).resolve().parent.parent / "share" / "tradenews" / "build.sql")
    except FileNotFoundError:
        pass
    for path in tried:
        if path.is_file():
            return str(path)
    raise FileNotFoundError("build.sql not found (set TRADENEWS_BUILD_SQL); tried: "
                            + ", ".join(str(p) for p in tried))


def _steps(script, *heads):
    """script cut at the headers '-- N. ' of build.sql's steps heads."""
    cuts = [0]
    for n in heads:
        at = script.find("\n-- %d. " % n)
        if at < 0:
            raise ValueError("build.sql has no step %d" % n)
        cuts.append(at)
    cuts.append(len(script))
    return [script[a:b] for a, b in zip(cuts, cuts[1:])]


def _run(con, script, root):
    """Runs SQL with sqlite3 shell dot-commands (passed over), binding :dir."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (line.startswith(".") or not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            con.execute(statement, {"dir": root} if ":dir" in statement else ())
            statement = ""


def _read_shard(root, paths, step3, schema):
    """On a worker: build.sql's step 3 on paths; the rows it makes."""
    con = load(sqlite3.connect(":memory:", isolation_level=None))
    try:
        con.executescript(schema)
        con.execute("CREATE TEMP TABLE batch(path TEXT)")
        con.executemany("INSERT INTO temp.batch VALUES (?)", [(p,) for p in paths])
        _run(con, step3, root)
        return (con.execute("SELECT * FROM news_articles").fetchall(),
                con.execute("SELECT * FROM news_amounts").fetchall())
    finally:
        con.close()


def _root_and_selection(paths_or_dirs):
    if isinstance(paths_or_dirs, (str, os.PathLike)):
        root = os.path.abspath(paths_or_dirs)
        if not os.path.isdir(root):
            raise NotADirectoryError("tradenews.dask.build: %s is not a folder" % paths_or_dirs)
        return root, None
    items = [os.path.abspath(p) for p in paths_or_dirs]
    if not items:
        raise ValueError("tradenews.dask.build: paths_or_dirs is empty")
    for p in items:
        if not os.path.exists(p):
            raise FileNotFoundError("tradenews.dask.build: %s: no such file or folder" % p)
    root = os.path.commonpath(items)
    if not os.path.isdir(root):
        root = os.path.dirname(root)
    return root, [os.path.relpath(p, root) for p in items]


def _insert(con, table, rows):
    if rows:
        con.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * len(rows[0]))), rows)


def build(paths_or_dirs, out_db, client, files_per_shard=FILES_PER_SHARD, progress=None):
    """Builds or refreshes out_db from paths_or_dirs on the Dask client's
    cluster; returns a dict of counts (read, shards, amounts). progress, if
    given, is called as progress(shards_merged, shards) after each shard."""
    root, selection = _root_and_selection(paths_or_dirs)
    script = Path(build_sql_path()).read_text(encoding="utf-8")
    head, step2, step3, step4, rest = _steps(script, 2, 3, 4, 5)
    con = load(sqlite3.connect(out_db, isolation_level=None))
    try:
        _run(con, head, root)
        if selection is not None and "." not in selection:
            con.execute("CREATE TEMP TABLE build_only(path TEXT PRIMARY KEY)")
            con.executemany("INSERT OR IGNORE INTO temp.build_only VALUES (?)", [(p,) for p in selection])
            con.execute("""DELETE FROM temp.on_disk WHERE NOT EXISTS (
                             SELECT 1 FROM temp.build_only AS o
                             WHERE on_disk.path = o.path OR substr(on_disk.path, 1, length(o.path) + 1) = o.path || '/')""")
        _run(con, step2, root)
        schema = ";\n".join(sql for (sql,) in con.execute(
            "SELECT sql FROM main.sqlite_schema WHERE name IN ('news_articles', 'news_amounts')"))
        paths = [p for (p,) in con.execute("SELECT path FROM temp.to_read ORDER BY path")]
        shards = [paths[i:i + files_per_shard] for i in range(0, len(paths), files_per_shard)]
        futures = [client.submit(_read_shard, root, shard, step3, schema, retries=1, pure=False)
                   for shard in shards]
        con.execute("DELETE FROM temp.batch")
        failures, amounts, unindexed = [], 0, 0
        for k, (shard, future) in enumerate(zip(shards, futures)):
            try:
                articles, found = future.result()
            except Exception as e:     # failed twice, or its worker died too often
                failures.append((shard[0], len(shard), "%s: %s" % (type(e).__name__, e)))
            else:
                _insert(con, "news_articles", articles)
                _insert(con, "news_amounts", found)
                con.executemany("INSERT INTO temp.batch VALUES (?)", [(p,) for p in shard])
                amounts += len(found)
                unindexed += 1
            future.release()
            if unindexed and (unindexed == SHARDS_PER_INDEX or k == len(shards) - 1):
                _run(con, step4, root)
                con.execute("DELETE FROM temp.batch")
                unindexed = 0
            if progress:
                progress(k + 1, len(shards))
        if unindexed:
            _run(con, step4, root)
        _run(con, rest, root)
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    if failures:
        raise ShardsFailed(failures)
    return {"read": len(paths), "shards": len(shards), "amounts": amounts}
