#!/bin/sh
# bench-import-instr.sh
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The PDF import of bench-import (a 2-page export of
# tests/data/render/everything.json), and of any PDFs given, beside the
# peer, poppler's own text extraction of the same bytes:
#   instructions  counted by callgrind in one import and one peer run,
#                 after a warm-up run of each (poppler loaded, its caches
#                 filled); they repeat exactly, unlike time on a shared
#                 machine
# then bench-import's medians of wall time.
#
# Usage: tests/bench/bench-import-instr.sh [BUILDDIR] [FILE.pdf…]

set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
builddir=${1:-$root/_build}
[ $# -gt 0 ] && shift
bench=$builddir/tests/bench/bench-import
work=$(mktemp -d "${TMPDIR:-/tmp}/vitae-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -x "$bench" ] || { echo "bench-import-instr: build first: $bench is missing" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "bench-import-instr: valgrind is missing" >&2; exit 1; }
export VITAE_SOURCE_ROOT="$root"

# The instructions of one run of $1 (import_once or peer_once) on $2.
instructions () {
  valgrind --tool=callgrind --toggle-collect="$1" --callgrind-out-file="$work/callgrind.out" \
    "$bench" --once "$2" 2>"$work/valgrind.log" >/dev/null || { cat "$work/valgrind.log" >&2; exit 1; }
  awk '/Collected :/ { print $NF }' "$work/valgrind.log"
}

"$bench" --save "$work/bench.pdf"
printf '%-32s %14s %14s %8s\n' PDF "vitae import" "peer" "× peer"
for pdf in "$work/bench.pdf" "$@"; do
  import=$(instructions import_once "$pdf")
  peer=$(instructions peer_once "$pdf")
  name=$(basename "$pdf")
  [ "$pdf" = "$work/bench.pdf" ] && name="bench (2 pages)"
  printf '%-32s %14s %14s %8s\n' "$name" "$import" "$peer" \
    "$(awk -v a="$import" -v b="$peer" 'BEGIN { printf "%.2f", a / b }')"
done

echo
"$bench" || true
