#!/bin/sh
# bench-export.sh
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `vitae export` of a 2-page resume as a whole process, side by side in one
# run with its floor and its peers on the same resume:
#   floor     pango-view writing the same text straight to PDF
#   pdflatex  one pass on an equivalent LaTeX resume (peers/resume.tex)
#   chromium  headless Chromium printing an equivalent page (peers/resume.html)
#   typst     a Typst compile of an equivalent .typ (peers/resume.typ) with
#             the npm package @myriaddreamin/typst-ts-node-compiler
# Medians over RUNS runs each (interleaved, so noise hits all alike) and
# ratios to vitae, then the in-process figures from bench-export.
#
# Usage: tests/bench/bench-export.sh [BUILDDIR] [RUNS]
# Missing peers are installed with apt-get and npm; set BENCH_NO_INSTALL=1
# to skip those instead.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
builddir=${1:-$root/_build}
runs=${2:-15}
vitae=$builddir/src/vitae
sample=$root/data/samples/senior-backend.json
work=$(mktemp -d "${TMPDIR:-/tmp}/vitae-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -x "$vitae" ] || { echo "bench-export: build first: $vitae is missing" >&2; exit 1; }

install_apt () {
  [ "${BENCH_NO_INSTALL:-0}" = 1 ] && return 0
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null
  fi
}

command -v pango-view >/dev/null || install_apt pango1.0-tools
command -v pdflatex >/dev/null || install_apt texlive-latex-base texlive-latex-recommended
command -v chromium >/dev/null || install_apt chromium
command -v node >/dev/null || install_apt nodejs npm

# The Typst compiler lives in a folder of its own, installed once.
typst_dir=${XDG_CACHE_HOME:-$HOME/.cache}/vitae-bench/typst
if [ ! -d "$typst_dir/node_modules/@myriaddreamin/typst-ts-node-compiler" ] && [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
  mkdir -p "$typst_dir"
  (cd "$typst_dir" && npm install --silent --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler >/dev/null)
fi
cat > "$work/typst.js" <<'EOF'
const fs = require ('fs');
const path = require ('path');
const { NodeCompiler } = require ('@myriaddreamin/typst-ts-node-compiler');
const [input, output] = process.argv.slice (2);
const compiler = NodeCompiler.create ({
  workspace: path.dirname (input),
  fontArgs: [ { fontPaths: [ '/usr/share/fonts' ] } ],
});
fs.writeFileSync (output, compiler.pdf ({ mainFilePath: input }));
EOF

# The same text for the floor, as the plain-text export prints it.
"$vitae" convert "$sample" "$work/resume.txt"
cp "$here/peers/resume.tex" "$here/peers/resume.html" "$here/peers/resume.typ" "$work/"

now_ns () { date +%s%N; }

# Runs a command once, discarding output, and prints its milliseconds.
time_ms () {
  start=$(now_ns)
  "$@" >/dev/null 2>&1 || { echo "bench-export: failed: $*" >&2; exit 1; }
  end=$(now_ns)
  echo $(( (end - start) / 1000 ))
}

run_vitae () { "$vitae" export "$sample" -o "$work/vitae.pdf"; }
run_floor () { pango-view --font="Noto Serif 10.5" --width=480 --wrap=word --output="$work/floor.pdf" -q "$work/resume.txt"; }
run_pdflatex () { (cd "$work" && pdflatex -interaction=batchmode -halt-on-error resume.tex); }
run_chromium () {
  rm -rf "$work/chromium-profile"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$work/chromium-profile" --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$work/resume.html"
}
run_typst () { NODE_PATH="$typst_dir/node_modules" node "$work/typst.js" "$work/resume.typ" "$work/typst.pdf"; }

tools="vitae floor"
command -v pdflatex >/dev/null && tools="$tools pdflatex"
command -v chromium >/dev/null && tools="$tools chromium"
[ -d "$typst_dir/node_modules/@myriaddreamin/typst-ts-node-compiler" ] && tools="$tools typst"

# One warm-up each (page cache, font cache), then interleaved runs.
for tool in $tools; do time_ms "run_$tool" >/dev/null; done
for i in $(seq "$runs"); do
  for tool in $tools; do
    time_ms "run_$tool" >> "$work/$tool.times"
  done
done

median_ms () { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }

vitae_median=$(median_ms "$work/vitae.times")
printf '%-10s %10s %10s   %s\n' tool "median ms" "× vitae" "pages"
for tool in $tools; do
  m=$(median_ms "$work/$tool.times")
  pdf=$work/$tool.pdf
  [ "$tool" = pdflatex ] && pdf=$work/resume.pdf
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  printf '%-10s %10s %10s   %s\n' "$tool" "$m" "$(awk -v a="$m" -v b="$vitae_median" 'BEGIN { printf "%.2f", a / b }')" "${pages:-?}"
done
floor_median=$(median_ms "$work/floor.times")
printf '\nvitae / floor = %s (budget ≤ 1.5)\n\n' "$(awk -v a="$vitae_median" -v b="$floor_median" 'BEGIN { printf "%.2f", a / b }')"

"$builddir/tests/bench/bench-export" "$sample" 50
