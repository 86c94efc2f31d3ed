#!/usr/bin/env python3
# check-potfiles.py — po/POTFILES.in lists every file with translatable text.
#
# Copyright 2026 The Vitae authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-potfiles.py SRCDIR           exit 1 and name what is missing or stale
#   check-potfiles.py SRCDIR --write   rewrite po/POTFILES.in, sorted
#
# A C file or header belongs when it marks a string with _(), N_(), C_(),
# NC_() or g_dngettext() (the catalog's strings are in a generated header,
# see catalog-strings.py); a .ui file when it has translatable="yes"; from
# data/, the desktop file, metainfo, GSettings schema and MIME type.  meson runs the
# first form as the test "potfiles".

import os
import re
import sys

MARK = re.compile(r'\b(_|N_|C_|NC_)\s*\(\s*"|g_dngettext\s*\(|translatable="yes"')
DATA = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml', '.mime.xml')
HEADER = ("# List of source files containing translatable strings.\n"
          "# Please keep this file sorted alphabetically.\n")


def wanted(srcdir):
    found = []
    for top in ('src', 'ui', 'data'):
        for root, _, names in os.walk(os.path.join(srcdir, top)):
            for name in names:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, srcdir)
                if top == 'data':
                    if name.endswith(DATA):
                        found.append(rel)
                    continue
                if not name.endswith(('.c', '.h', '.ui')):
                    continue
                with open(path, encoding='utf-8') as f:
                    if MARK.search(f.read()):
                        found.append(rel)
    return sorted(found)


def main():
    srcdir = sys.argv[1]
    potfiles = os.path.join(srcdir, 'po', 'POTFILES.in')
    files = wanted(srcdir)
    if '--write' in sys.argv[2:]:
        with open(potfiles, 'w', encoding='utf-8') as f:
            f.write(HEADER + ''.join(p + '\n' for p in files))
        return 0
    with open(potfiles, encoding='utf-8') as f:
        listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    missing = sorted(set(files) - set(listed))
    stale = sorted(set(listed) - set(files))
    for p in missing:
        print(f"po/POTFILES.in: {p} has translatable text and is not listed")
    for p in stale:
        print(f"po/POTFILES.in: {p} is listed but has no translatable text (or is gone)")
    if listed != sorted(listed):
        print("po/POTFILES.in: not sorted")
    if missing or stale or listed != sorted(listed):
        print("run: build-aux/check-potfiles.py . --write")
        return 1
    print(f"po/POTFILES.in lists all {len(files)} files with translatable text")
    return 0


if __name__ == '__main__':
    sys.exit(main())
