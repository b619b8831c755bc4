# Laziness, seen from the system calls: listing paths opens no article, and
# path = ? neither opens nor lists the folder beyond the one file.
set -eu
if ! command -v strace >/dev/null; then echo "strace is missing (make deps installs it)"; exit 1; fi
# Under make asan the sanitizer runtime is preloaded into sqlite3 only, and
# leaks are not checked here: LeakSanitizer cannot run under ptrace (the
# other tests check them).
trace(){ strace -f ${TN_PRELOAD:+-E "LD_PRELOAD=$TN_PRELOAD" -E ASAN_OPTIONS=detect_leaks=0} -e trace=openat,open,getdents64 -o trace.out sqlite3 -cmd ".load $TN_SO" :memory: "$1" >/dev/null; }
trace "SELECT path, size, mtime FROM articles('seeds')"
if grep -E 'open.*seeds/0' trace.out; then echo "listing paths opened an article"; exit 1; fi
trace "SELECT body FROM articles('fx/many') WHERE path = '05000.txt'"
if grep -q getdents64 trace.out && grep -B1 getdents64 trace.out | grep -q 'many'; then echo "path = ? listed the folder"; exit 1; fi
grep -q 'many/05000.txt' trace.out || { echo "path = ? did not open the file"; exit 1; }
[ "$(grep -c 'open.*many/' trace.out)" = 1 ] || { echo "path = ? opened more than one file"; grep 'open.*many/' trace.out; exit 1; }
