#!/usr/bin/env python3
# check-layout.py — keep the source tree the shape HACKING.md describes.
#
# Copyright 2026 The Vitae authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-layout.py SRCDIR             check the allowed include arrows
#   check-layout.py SRCDIR --lengths   print the longest files and functions
#
# The core is a pipeline, file → model → analysis → render, and each stage
# lives in its own folder of src/core/.  A stage may include headers of its
# own folder and of the folders ARROWS allows; src/core/vitae-core.[ch], the
# umbrella, and the fronts (src/app, src/cli) may include any.  No file of the
# core includes GTK or libadwaita.  The first mode exits 1 and names every
# file and line that breaks a rule; meson runs it as the test "layout".

import os
import re
import sys

STAGES = ("model", "io", "analysis", "render")

# What each stage may include besides itself.
ARROWS = {
    "model": set(),
    "io": {"model"},
    "analysis": {"model"},
    "render": {"model"},
}

MAX_FILE_LINES = 900
MAX_FUNCTION_LINES = 120

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+[<"]([^">]+)[">]')
GTK_RE = re.compile(r'^(gtk|gdk|adwaita|adw)[/.]')


def stage_headers(core):
    """Map every header basename in a stage folder to its stage."""
    headers = {}
    for stage in STAGES:
        for name in os.listdir(os.path.join(core, stage)):
            if name.endswith(".h"):
                headers[name] = stage
    return headers


def check_includes(srcdir):
    core = os.path.join(srcdir, "src", "core")
    headers = stage_headers(core)
    problems = []
    for stage in STAGES:
        folder = os.path.join(core, stage)
        allowed = ARROWS[stage] | {stage}
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, srcdir)
            with open(path, encoding="utf-8") as f:
                for lineno, line in enumerate(f, 1):
                    m = INCLUDE_RE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    base = os.path.basename(target)
                    if GTK_RE.match(target):
                        problems.append(f"{rel}:{lineno}: the core may not include {target}")
                    elif base == "vitae-core.h":
                        problems.append(f"{rel}:{lineno}: {stage}/ may not include the umbrella "
                                        f"vitae-core.h; include the headers it needs")
                    elif base in headers and headers[base] not in allowed:
                        problems.append(f"{rel}:{lineno}: {stage}/ may not include "
                                        f"{headers[base]}/{base} (allowed: "
                                        f"{', '.join(sorted(allowed))})")
    return problems


FUNC_START_RE = re.compile(r'^([a-z_][a-z0-9_]*)\s*\(')


def function_lengths(path):
    """Yield (name, first line, length) of each top-level function in GNU style:
    the name at the start of a line, the body's braces in column 0."""
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    name = None
    start = None
    for i, line in enumerate(lines):
        m = FUNC_START_RE.match(line)
        if m and name is None:
            name = m.group(1)
            continue
        if name and line.startswith("{"):
            start = i
            continue
        if start is not None and line.startswith("}"):
            yield name, start + 1, i - start + 1
            name = start = None
            continue
        if name and start is None and line.strip().endswith(";"):
            name = None  # a prototype


def lengths(srcdir):
    files = []
    functions = []
    for root, _, names in os.walk(os.path.join(srcdir, "src")):
        for name in names:
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, srcdir)
            with open(path, encoding="utf-8") as f:
                files.append((sum(1 for _ in f), rel))
            if name.endswith(".c"):
                for fn, line, n in function_lengths(path):
                    functions.append((n, f"{rel}:{line}", fn))
    files.sort(reverse=True)
    functions.sort(reverse=True)
    over_files = [f for f in files if f[0] > MAX_FILE_LINES]
    over_functions = [f for f in functions if f[0] > MAX_FUNCTION_LINES]
    print(f"longest files (limit {MAX_FILE_LINES} lines; {len(over_files)} over):")
    for n, rel in files[:max(10, len(over_files))]:
        print(f"  {n:5d}  {rel}")
    print(f"longest functions (limit {MAX_FUNCTION_LINES} lines; {len(over_functions)} over):")
    for n, where, fn in functions[:max(10, len(over_functions))]:
        print(f"  {n:5d}  {fn} ({where})")
    return len(over_files) + len(over_functions)


def main():
    if len(sys.argv) < 2:
        print("usage: check-layout.py SRCDIR [--lengths]", file=sys.stderr)
        return 2
    srcdir = sys.argv[1]
    if "--lengths" in sys.argv[2:]:
        return 1 if lengths(srcdir) else 0
    problems = check_includes(srcdir)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) break the pipeline's arrows (see HACKING.md)")
        return 1
    print("every include in src/core follows the pipeline's arrows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
