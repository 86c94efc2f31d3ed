#!/bin/sh
# bench-export-instr.sh
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `vitae export` of the senior sample beside its floor, pango-view writing
# the same text to PDF, in one run:
#   instructions  counted by callgrind from exec to exit (they repeat
#                 exactly, unlike time on a shared machine)
#   wall time     the median of RUNS runs of each, interleaved
# and the same export with VITAE_SYSTEM_FONTS=1, which lays out with all of
# the system's fonts instead of the templates' private font set, to show
# what that set saves. The budget is vitae ≤ 1.15 × pango-view.
#
# Usage: tests/bench/bench-export-instr.sh [BUILDDIR] [RUNS]

set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
builddir=${1:-$root/_build}
runs=${2:-15}
vitae=$builddir/src/vitae
sample=$root/data/samples/senior-backend.json
work=$(mktemp -d "${TMPDIR:-/tmp}/vitae-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -x "$vitae" ] || { echo "bench-export-instr: build first: $vitae is missing" >&2; exit 1; }
for tool in valgrind pango-view pdffonts; do
  command -v $tool >/dev/null || { echo "bench-export-instr: $tool is missing" >&2; exit 1; }
done

# The same text for the floor, as the plain-text export prints it.
"$vitae" convert "$sample" "$work/resume.txt"

# Each tool's command, run as is or under valgrind ($1).
run_vitae () { "$@" "$vitae" export "$sample" -o "$work/vitae.pdf"; }
run_system () { VITAE_SYSTEM_FONTS=1 "$@" "$vitae" export "$sample" -o "$work/system.pdf"; }
run_floor () { "$@" pango-view --font="Noto Serif 10.5" --width=480 --wrap=word --output="$work/floor.pdf" -q "$work/resume.txt"; }

instructions () {
  "run_$1" valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" 2>"$work/valgrind.log" >/dev/null ||
    { cat "$work/valgrind.log" >&2; exit 1; }
  awk '/Collected :/ { print $NF }' "$work/valgrind.log"
}

now_ns () { date +%s%N; }
time_us () {
  start=$(now_ns)
  "run_$1" >/dev/null 2>&1 || { echo "bench-export-instr: $1 failed" >&2; exit 1; }
  end=$(now_ns)
  echo $(( (end - start) / 1000 ))
}
median_ms () { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }

tools="vitae system floor"
for tool in $tools; do
  eval "instr_$tool=\$(instructions $tool)"
done

for tool in $tools; do time_us "$tool" >/dev/null; done
for i in $(seq "$runs"); do
  for tool in $tools; do
    time_us "$tool" >> "$work/$tool.times"
  done
done

printf '%-8s %14s %8s %10s %8s   %s\n' tool instructions "× floor" "median ms" "× floor" "fonts"
for tool in $tools; do
  eval "instr=\$instr_$tool"
  ms=$(median_ms "$work/$tool.times")
  fonts=$(pdffonts "$work/$tool.pdf" | tail -n +3 | awk '{ sub (/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' ')
  printf '%-8s %14s %8s %10s %8s   %s\n' "$tool" "$instr" \
    "$(awk -v a="$instr" -v b="$instr_floor" 'BEGIN { printf "%.2f", a / b }')" "$ms" \
    "$(awk -v a="$ms" -v b="$(median_ms "$work/floor.times")" 'BEGIN { printf "%.2f", a / b }')" "$fonts"
done

printf '\nvitae / floor = %s in instructions (budget ≤ 1.15)\n' \
  "$(awk -v a="$instr_vitae" -v b="$instr_floor" 'BEGIN { printf "%.2f", a / b }')"
if pdftotext "$work/vitae.pdf" - | cmp -s - "$(pdftotext "$work/system.pdf" "$work/system.txt" && echo "$work/system.txt")"; then
  echo "vitae and system: the same text"
else
  echo "vitae and system: the text DIFFERS"
fi
