#!/usr/bin/env python3
# bench-startup.py
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start-up to the first frame, side by side in one run:
#   vitae      on each sample in data/samples and on generated resumes of
#              10 and 1,000 bullets (gen-large-resume.py)
#   gte        GNOME Text Editor (Debian's gnome-text-editor) on a small
#              text file; skipped, with a message, when it is not installed
#   empty      an empty libadwaita window (bench-startup-empty), the floor
#
# Each process is stopped by bench-startup-hook.so (preloaded into all of
# them alike) at the end of the first frame its window paints: it writes its
# resident memory there and leaves with _exit(). Instructions are counted by
# callgrind from exec to that point (median of RUNS runs: the count varies a
# little with timing); RSS and wall time come from RUNS runs without
# valgrind. Wall time on a shared machine is noise; instructions are not.
# The runs without valgrind also give the heap in use and the widgets at
# the first frame, and the first of them where its RSS lies (smaps); with
# BENCH_SCREENSHOTS=DIR each case leaves a PNG of its first frame there.
#
# Run it under a display, as:
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#       tests/bench/bench-startup.py [BUILDDIR] [RUNS]
#
# GSK_RENDERER=cairo for every process: GTK's GL renderer on Mesa's llvmpipe
# (what a machine without a GPU has) paints on the CPU and would dominate
# and blur the counts. Settings are kept in memory and the XDG folders
# (config, data, state and cache) are fresh, so every run is a first start
# with no session to restore, and leaves nothing behind in the user's own;
# the font and shader caches are linked in warm (see warm_caches).

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
builddir = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, "_build")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
# BENCH_ONLY: a comma-separated list of words; only the cases whose label
# holds one run. BENCH_CALLGRIND_RUNS: how many of the RUNS go under
# callgrind (it is slow and its counts barely vary).
only = os.environ.get("BENCH_ONLY")
callgrind_runs = int(os.environ.get("BENCH_CALLGRIND_RUNS", runs))

vitae = os.path.join(builddir, "src", "vitae")
hook = os.path.join(builddir, "tests", "bench", "bench-startup-hook.so")
empty = os.path.join(builddir, "tests", "bench", "bench-startup-empty")
gte = shutil.which("gnome-text-editor")
valgrind = shutil.which("valgrind")

for path in (vitae, hook, empty):
    if not os.path.exists(path):
        sys.exit(f"bench-startup: build first: {path} is missing")
if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
    sys.exit("bench-startup: no display; run under xvfb-run (see the top of this file)")

work = tempfile.mkdtemp(prefix="vitae-bench-startup-")


def generate(kind, n):
    path = os.path.join(work, f"{kind}-{n}.json")
    with open(path, "w") as out:
        subprocess.run([sys.executable, os.path.join(here, "gen-large-resume.py"), kind, str(n)],
                       stdout=out, check=True)
    return path


def small_text():
    # About what a short note is: 40 lines of prose.
    path = os.path.join(work, "notes.txt")
    with open(path, "w") as out:
        for i in range(40):
            out.write(f"Line {i}: cut deploy time from forty minutes to six by caching layers.\n")
    return path


real_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
# Caches a first start would otherwise fill, which a real start finds
# filled: linked into each run's fresh cache folder, so that no count
# includes rebuilding a font cache (fontconfig's own, beside the system's
# in /var/cache/fontconfig) or Mesa's shader cache.
warm_caches = ("fontconfig", "mesa_shader_cache")


def fresh_env(tag):
    env = dict(os.environ)
    base = os.path.join(work, "home-" + tag)
    # The cache folder too: a process stopped at its first frame may leave
    # a recovery snapshot there (Vitae's autosave), which the user's next
    # real start would offer to restore.
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.makedirs(os.path.join(base, name), exist_ok=True)
        env[name] = os.path.join(base, name)
    for name in warm_caches:
        source = os.path.join(real_cache, name)
        target = os.path.join(env["XDG_CACHE_HOME"], name)
        if os.path.isdir(source) and not os.path.lexists(target):
            os.symlink(source, target)
    env["GSETTINGS_BACKEND"] = "memory"
    env["GSK_RENDERER"] = "cairo"
    env["GDK_DEBUG"] = ""
    env["LD_PRELOAD"] = hook
    env["VITAE_BENCH_STARTUP_REPORT"] = os.path.join(base, "report")
    env.pop("G_DEBUG", None)
    return env, env["VITAE_BENCH_STARTUP_REPORT"]


def read_report(path):
    values = {}
    with open(path) as f:
        for line in f:
            key, value = line.split()
            values[key] = float(value)
    return values


counter = 0


def run_once(argv, under_valgrind, smaps=None, screenshot=None):
    global counter
    counter += 1
    env, report = fresh_env(str(counter))
    if os.path.exists(report):
        os.unlink(report)
    if not under_valgrind:
        env["VITAE_BENCH_STARTUP_DETAILS"] = "1"
    if smaps:
        env["VITAE_BENCH_STARTUP_SMAPS"] = smaps
    if screenshot:
        env["VITAE_BENCH_STARTUP_SCREENSHOT"] = screenshot
    if under_valgrind:
        argv = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                "--trace-children=no"] + argv
    proc = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=1800)
    if not os.path.exists(report):
        sys.stderr.write(proc.stderr[-2000:])
        raise RuntimeError(f"{argv[-1]}: no first frame (exit status {proc.returncode})")
    values = read_report(report)
    if under_valgrind:
        m = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
        if not m:
            sys.stderr.write(proc.stderr[-2000:])
            raise RuntimeError("no instruction count from callgrind")
        values["ir"] = float(m.group(1))
    return values


# Where the resident memory of a process lies, from /proc/PID/smaps: by
# kind of mapping, and by file for the shared libraries.
def read_smaps(path):
    kinds = {"heap": 0, "anon": 0, "program": 0, "libs": 0, "fonts": 0, "other": 0}
    libs = {}
    name = None
    with open(path) as f:
        for line in f:
            fields = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                name = fields[5] if len(fields) > 5 else ""
            elif fields and fields[0] == "Rss:":
                kb = int(fields[1])
                base = os.path.basename(name)
                if name == "[heap]":
                    kind = "heap"
                elif name == "" or name.startswith("["):
                    kind = "anon"
                elif ".so" in base:
                    kind = "libs"
                    libs[base] = libs.get(base, 0) + kb
                elif "/fonts/" in name or "fontconfig" in name:
                    kind = "fonts"
                elif os.access(name, os.X_OK):
                    kind = "program"
                else:
                    kind = "other"
                kinds[kind] += kb
    return kinds, libs


def measure(argv, label):
    tag = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
    smaps = os.path.join(work, f"smaps-{tag}")
    shots = os.environ.get("BENCH_SCREENSHOTS")
    screenshot = os.path.join(shots, f"first-frame-{tag}.png") if shots else None
    native = [run_once(argv, False, smaps if i == 0 else None, screenshot if i == 0 else None)
              for i in range(runs)]
    counted = [run_once(argv, True) for _ in range(callgrind_runs)] if valgrind else []
    result = {
        "rss_mib": statistics.median(v["rss_kb"] for v in native) / 1024,
        "hwm_mib": statistics.median(v["hwm_kb"] for v in native) / 1024,
        "wall_ms": statistics.median(v["wall_ms"] for v in native),
        "heap_mib": statistics.median(v.get("heap_used_kb", 0) for v in native) / 1024,
        "widgets": statistics.median(v.get("widgets", 0) for v in native),
    }
    if os.path.exists(smaps):
        result["smaps"] = read_smaps(smaps)
    if counted:
        irs = [v["ir"] for v in counted]
        result["ir"] = statistics.median(irs)
        result["ir_spread"] = (max(irs) - min(irs)) / result["ir"] if result["ir"] else 0
    return result


def main():
    cases = []
    samples = os.path.join(root, "data", "samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".vitae"):
            cases.append((f"vitae {name}", [vitae, os.path.join(samples, name)]))
    cases.append(("vitae 10 bullets", [vitae, generate("bullets", 10)]))
    cases.append(("vitae 1,000 bullets", [vitae, generate("bullets", 1000)]))
    if gte:
        cases.append(("gnome-text-editor, 40 lines", [gte, "--standalone", "--ignore-session", small_text()]))
    else:
        print("bench-startup: gnome-text-editor is not installed: skipping the peer "
              "(apt-get install gnome-text-editor)")
    cases.append(("empty libadwaita window", [empty]))
    if only:
        wanted = only.split(",")
        cases = [c for c in cases if any(w in c[0] for w in wanted)]

    if not valgrind:
        print("bench-startup: valgrind is not installed: no instruction counts")

    # One start each not measured: the font and icon caches warm up.
    for label, argv in cases:
        run_once(argv, False)

    results = {}
    for label, argv in cases:
        results[label] = measure(argv, label)
        print(f"  measured {label}", file=sys.stderr)

    floor = results.get("empty libadwaita window")
    peer = results.get("gnome-text-editor, 40 lines")
    print(f"Start-up to the first frame (GSK_RENDERER=cairo; medians of {callgrind_runs} runs "
          f"under callgrind and {runs} without)")
    print(f"  {'':32} {'M instr':>9} {'×empty':>7} {'×gte':>6} {'RSS MiB':>8} {'×gte':>6} {'wall ms':>8}"
          f" {'heap MiB':>9} {'widgets':>8}")
    for label, r in results.items():
        ir = r.get("ir")
        cols = [f"{ir / 1e6:9.0f}" if ir else f"{'-':>9}"]
        cols.append(f"{ir / floor['ir']:7.2f}" if ir and floor and floor.get("ir") else f"{'-':>7}")
        cols.append(f"{ir / peer['ir']:6.2f}" if ir and peer and peer.get("ir") else f"{'-':>6}")
        cols.append(f"{r['rss_mib']:8.1f}")
        cols.append(f"{r['rss_mib'] / peer['rss_mib']:6.2f}" if peer else f"{'-':>6}")
        cols.append(f"{r['wall_ms']:8.0f}")
        cols.append(f"{r['heap_mib']:9.1f}")
        cols.append(f"{r['widgets']:8.0f}")
        print(f"  {label:32} " + " ".join(cols))
    # The resident memory at the first frame by kind of mapping ("heap" is
    # malloc's main arena; "anon" holds the threads' arenas, large blocks
    # and stacks), and the libraries a process has that the peer has not.
    print("RSS at the first frame by mapping, MiB (first run of each)")
    kinds = ("heap", "anon", "program", "libs", "fonts", "other")
    print(f"  {'':32} " + " ".join(f"{k:>7}" for k in kinds))
    for label, r in results.items():
        if "smaps" in r:
            print(f"  {label:32} " + " ".join(f"{r['smaps'][0][k] / 1024:7.1f}" for k in kinds))
    if peer and "smaps" in peer:
        peer_libs = peer["smaps"][1]
        for label, r in results.items():
            if r is peer or "smaps" not in r:
                continue
            own = {k: v for k, v in r["smaps"][1].items() if k not in peer_libs}
            top = sorted(own.items(), key=lambda kv: -kv[1])[:6]
            print(f"  {label}: libraries gnome-text-editor has not: {sum(own.values()) / 1024:.1f} MiB"
                  + (" (" + ", ".join(f"{k.split('.so')[0]} {v / 1024:.1f}" for k, v in top) + ")" if top else ""))
    small = results.get("vitae 10 bullets")
    large = results.get("vitae 1,000 bullets")
    if small and large:
        if small.get("ir") and large.get("ir"):
            print(f"  1,000 vs 10 bullets: {large['ir'] / small['ir']:.2f}× the instructions (goal ≤ 1.5×), "
                  f"{large['rss_mib'] / small['rss_mib']:.2f}× the RSS (goal ≤ 1.3×)")
        else:
            print(f"  1,000 vs 10 bullets: {large['rss_mib'] / small['rss_mib']:.2f}× the RSS (goal ≤ 1.3×)")
    spreads = [r.get("ir_spread", 0) for r in results.values()]
    if spreads and max(spreads) > 0:
        print(f"  (largest spread of the instruction counts between runs: {max(spreads) * 100:.1f} %)")


try:
    main()
finally:
    shutil.rmtree(work, ignore_errors=True)
