#!/usr/bin/env bash
# Building the news database of the long bench corpus (bench/corpus.sh:
# LONG articles of 2 to 6 KB, default 15000) four ways, alternating, RUNS
# times (default 3), each into a new database: sql/build.sql run by the
# sqlite3 shell, `tradenews build -j 1`, `tradenews build -j N` (N: the
# cores) and tradenews.dask.build on a LocalCluster of N worker processes
# (the cluster's start not counted). Prints the fastest and the median of
# each and their speed-up over -j 1 (target: -j 2 at least 1.7x on 2 cores).
#   bash bench/build.sh EXTENSION.so COMMAND
set -eu
so=$(realpath "$1")
cli=$(realpath "$2")
long=${LONG:-15000}
runs=${RUNS:-3}
cores=$(nproc)
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
bash "$top/bench/corpus.sh" "$so" 0 "$long"
touch -d '2024-01-01' long/*
mb=$(du -sm long | cut -f1)
cat > dask_build.py <<'PY'
import sys, time
from dask.distributed import Client, LocalCluster
import tradenews.dask
if __name__ == "__main__":
    with LocalCluster(n_workers=int(sys.argv[3]), threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, silence_logs=50) as cluster, Client(cluster) as client:
        t = time.monotonic()
        tradenews.dask.build(sys.argv[1], sys.argv[2], client)
        print("%.3f" % (time.monotonic() - t))
PY
secs(){ local t0; t0=$(date +%s.%N); "$@" > /dev/null; echo "$(date +%s.%N) - $t0" | bc; }
: > times
for r in $(seq "$runs"); do
  rm -f *.db
  echo "0 $(secs sh -c "sqlite3 -batch shell.db -cmd '.load $so' -cmd '.parameter set :dir long' < '$top/sql/build.sql'")" >> times
  echo "1 $(secs "$cli" build long -o j1.db -j 1)" >> times
  echo "2 $(secs "$cli" build long -o jn.db -j "$cores")" >> times
  echo "3 $(TRADENEWS_SO=$so PYTHONPATH=$top/python /usr/bin/python3 dask_build.py long dask.db "$cores")" >> times
done
awk -v n="$long" -v mb="$mb" -v runs="$runs" -v cores="$cores" '
  BEGIN { name[0] = "sql/build.sql in the sqlite3 shell"; name[1] = "tradenews build -j 1"
          name[2] = "tradenews build -j " cores; name[3] = "tradenews.dask.build, " cores " local workers" }
  { t[$1, ++c[$1]] = $2 }
  END {
    printf "news database build: %d articles (%d MB), %d cores; fastest and median of %d runs, alternating\n", n, mb, cores, runs
    for (k = 0; k < 4; k++) {
      m = c[k]
      for (i = 1; i <= m; i++) v[i] = t[k, i]
      for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j] < v[j - 1]; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
      best[k] = v[1]; med[k] = v[int((m + 1) / 2)]
    }
    for (k = 0; k < 4; k++)
      printf "  %-40s %7.2f s %6.1f MB/s %5.2fx -j 1   median %7.2f s %5.2fx\n", name[k], best[k], mb / best[k],
             best[1] / best[k], med[k], med[1] / med[k]
    printf "  -j %d over -j 1 (target >= 1.7x on 2 cores): %s\n", cores, (best[1] / best[2] >= 1.7) ? "met" : "NOT MET"
  }' times
