#!/usr/bin/env bash
# Installs the Debian packages tradenews needs, only those missing.
# Used by `make deps` (and so by `make run` and `make test`).
set -euo pipefail

# package: the file or pkg-config module that shows it is installed
declare -A need=(
  [build-essential]="cmd:g++"
  [pkg-config]="cmd:pkg-config"
  [sqlite3]="cmd:sqlite3"
  [libsqlite3-dev]="pc:sqlite3"
  [libicu-dev]="pc:icu-i18n"
  [libutf8proc-dev]="pc:libutf8proc"
  [libcld2-dev]="file:/usr/include/cld2/public/compact_lang_det.h"
  [libgumbo-dev]="pc:gumbo"        # HTML pages (src/core/read/html.c)
  [libarchive-dev]="pc:libarchive" # gzip, zstd, xz, bzip2 (src/core/read/stream.c)
  [git]="cmd:git"
  [strace]="cmd:strace"        # tests/integration/lazy.sh
  [zstd]="cmd:zstd"            # tests/fixtures.sh: compressed fixtures
  [xz-utils]="cmd:xz"
  [bzip2]="cmd:bzip2"
  [python3]="file:/usr/bin/python3"   # make eval, tests: Debian's python3 loads extensions
  [sqlite-utils]="cmd:sqlite-utils"   # tests/integration/clients.sh
  [python3-distributed]="file:/usr/lib/python3/dist-packages/distributed/__init__.py"  # python/tradenews/dask.py
)

missing=()
for pkg in "${!need[@]}"; do
  check=${need[$pkg]}
  case $check in
    cmd:*)  command -v "${check#cmd:}" >/dev/null 2>&1 || missing+=("$pkg") ;;
    pc:*)   command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "${check#pc:}" || missing+=("$pkg") ;;
    file:*) [ -e "${check#file:}" ] || missing+=("$pkg") ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

IFS=$'\n' missing=($(sort <<<"${missing[*]}")); unset IFS
cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
echo "tradenews: installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "tradenews: cannot install them here (needs root and apt-get). Run:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! sh -c "$cmd"; then
  echo "tradenews: the install failed. Run it by hand to see why:" >&2
  echo "  $cmd" >&2
  exit 1
fi
