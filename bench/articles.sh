#!/usr/bin/env bash
# articles() beside a raw read of the same files, on two corpora made in a
# scratch folder (not kept):
#   small  SMALL files (default 20000) of about 1 KB: the articles of
#          tests/articles and the seeds, one a file, digits varied;
#   long   LONG articles (default 15000) of 2 to 6 KB in every language of
#          tests/articles and the seeds: bodies of one language joined.
# For each, in one run, the queries alternate RUNS times (default 5) and the
# fastest and the median are printed with their ratios to the raw read
# (fsdir() + readfile()): each articles() column alone (columns that need
# the same work share a line), then the whole pipeline, articles() x
# amounts() x to_usd(). Times are wall-clock; the CPU time of the fastest
# run (user + system, every thread) is printed beside it, as articles()
# reads ahead in a second thread when the machine has two processors.
# Last, the pipeline's peak memory on a tenth of the files (pattern
# '*0.txt') and on all of them: flat when they are alike.
#   bash bench/articles.sh EXTENSION.so
set -eu
so=$(realpath "$1")
small=${SMALL:-20000}
long=${LONG:-15000}
runs=${RUNS:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the extension is loaded: a file the linker has just written can
# sit in the page cache so that the loader maps some 1.6 MB more of it
# (measured: the same bytes copied, or read again after the cache was
# dropped, do not), which peak memory would count as the query's.
mkdir "$work/ext" && cp "$so" "$work/ext/tradenews.so" && so="$work/ext/tradenews.so"
cd "$work"
bash "$top/bench/corpus.sh" "$so" "$small" "$long"

run(){  # "seconds cpu_seconds peak_kb" of one query
  local out
  out=$( { /usr/bin/time -f 'PEAK %M' sh -c "printf '.load %s\n.timer on\n%s\n' '$so' \"\$1\" | sqlite3 -batch :memory:" _ "$1"; } 2>&1 )
  echo "$(echo "$out" | awk '/^Run Time/ {t=$4; c=$6+$8} END {print t, c}') $(echo "$out" | awk '/^PEAK/ {print $2}')"
}
# name|query, in the order printed; @DIR@ stands for the corpus's folder.
queries="raw read: fsdir() + readfile()|SELECT sum(length(readfile(name))) FROM fsdir('@DIR@') WHERE name GLOB '*.txt';
path, size, mtime (the walk)|SELECT count(path), sum(size) FROM articles('@DIR@');
body|SELECT sum(length(body)) FROM articles('@DIR@');
words|SELECT sum(words) FROM articles('@DIR@');
lang|SELECT count(lang) FROM articles('@DIR@');
title, source, dateline, locale, published|SELECT count(published) FROM articles('@DIR@');
period|SELECT count(period) FROM articles('@DIR@');
pipeline: articles x amounts x to_usd|SELECT count(*), sum(to_usd(m.value, m.currency, a.published)) FROM articles('@DIR@') AS a, amounts(a.body, a.locale) AS m;"
pipeline="SELECT count(*), sum(to_usd(m.value, m.currency, a.published)) FROM articles('@DIR@'PATTERN) AS a, amounts(a.body, a.locale) AS m;"

for corpus in small long; do
  n=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  : > times
  for r in $(seq "$runs"); do
    k=0
    while IFS='|' read -r _ q; do
      echo "$k $(run "${q//@DIR@/$corpus}" | cut -d' ' -f1,2)" >> times
      k=$((k + 1))
    done <<< "$queries"
  done
  tenth=$(run "$(echo "${pipeline//@DIR@/$corpus}" | sed "s/PATTERN/, '*0.txt'/")" | cut -d' ' -f3)
  all=$(run "$(echo "${pipeline//@DIR@/$corpus}" | sed "s/PATTERN//")" | cut -d' ' -f3)
  echo "$queries" | cut -d'|' -f1 > names
  awk -v corpus="$corpus" -v n="$n" -v bytes="$bytes" -v runs="$runs" -v tenth="$tenth" -v all="$all" '
    FNR == NR { name[FNR - 1] = $0; next }
    { t[$1, ++c[$1]] = $2; cpu[$1, c[$1]] = $3 }
    END {
      mb = bytes / 1048576
      printf "articles, %s corpus: %d files, %.1f MB; fastest and median of %d runs, alternating; CPU time of the fastest\n", corpus, n, mb, runs
      for (k = 0; k in name; k++) {
        m = c[k]
        for (i = 1; i <= m; i++) { v[i] = t[k, i]; w[i] = cpu[k, i] }
        for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j] < v[j - 1]; j--) {
          x = v[j]; v[j] = v[j - 1]; v[j - 1] = x; x = w[j]; w[j] = w[j - 1]; w[j - 1] = x
        }
        best[k] = v[1]; med[k] = v[int((m + 1) / 2)]; bcpu[k] = w[1]
        if (k == 0)
          printf "  %-42s %7.3f s %7.1f MB/s   median %7.3f s   CPU %6.3f s\n", name[k], best[k], mb / best[k], med[k], bcpu[k]
        else
          printf "  %-42s %7.3f s %7.1f MB/s %6.1fx raw   median %7.3f s %6.1fx raw   CPU %6.3f s %6.1fx raw\n",
                 name[k], best[k], mb / best[k], best[k] / best[0], med[k], med[k] / med[0], bcpu[k], bcpu[k] / bcpu[0]
      }
      printf "  pipeline peak memory: %.1f MB on a tenth of the files, %.1f MB on all\n", tenth / 1024, all / 1024
    }' names times
done
