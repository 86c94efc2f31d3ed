#!/usr/bin/env python3
# check-lazy-libraries.py
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Poppler and libarchive are loaded when a PDF, or a Word, OpenDocument or
# LinkedIn file, is first read or written (src/core/io/vitae-lazy-libs.c),
# not by every start of the program: a verb that needs neither does not
# load them, and the verbs that do still work. The dynamic loader says what
# it loads (LD_DEBUG=libs).
#
#   check-lazy-libraries.py VITAE SAMPLES_DIR

import os
import subprocess
import sys
import tempfile

vitae, samples = sys.argv[1], sys.argv[2]
LAZY = ("libpoppler-glib.so", "libarchive.so")


def run(*args):
    env = dict(os.environ, LD_DEBUG="libs")
    proc = subprocess.run([vitae, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=600)
    if proc.returncode != 0:
        sys.exit(f"vitae {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    # "calling init: /usr/lib/.../libfoo.so.1": what the loader started.
    loaded = [line.split("calling init:", 1)[1].strip()
              for line in proc.stderr.splitlines() if "calling init:" in line]
    return proc.stdout, loaded


def has(loaded, name):
    return any(os.path.basename(path).startswith(name) for path in loaded)


failures = []


def check(what, ok):
    print(("ok" if ok else "FAILED") + ": " + what)
    if not ok:
        failures.append(what)


junior = os.path.join(samples, "junior-weak.vitae")
senior = os.path.join(samples, "senior-backend.vitae")

with tempfile.TemporaryDirectory() as tmp:
    text, loaded = run("convert", junior, "-", "--to", "txt")
    check("convert loads some libraries (LD_DEBUG works)", len(loaded) > 3)
    for name in LAZY:
        check(f"convert does not load {name}", not has(loaded, name))
    check("convert writes the resume", "Experience" in text or "EXPERIENCE" in text)

    pdf = os.path.join(tmp, "senior.pdf")
    run("export", senior, "-o", pdf)
    out = os.path.join(tmp, "from-pdf.vitae")
    _, loaded = run("import", pdf, out)
    check("importing a PDF loads Poppler", has(loaded, "libpoppler-glib.so"))
    with open(out) as f:
        check("the PDF's bullets come back", f.read().count("<bullet") >= 10)

    docx = os.path.join(tmp, "senior.docx")
    _, loaded = run("export", senior, "-o", docx)
    check("writing a .docx loads libarchive", has(loaded, "libarchive.so"))
    check("writing a .docx does not load Poppler", not has(loaded, "libpoppler-glib.so"))
    out = os.path.join(tmp, "from-docx.vitae")
    run("import", docx, out)
    with open(out) as f:
        check("the .docx's bullets come back", f.read().count("<bullet") >= 10)

sys.exit(1 if failures else 0)
