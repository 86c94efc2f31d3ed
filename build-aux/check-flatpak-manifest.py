#!/usr/bin/env python3
# Copyright 2026 The Vitae authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest against what the project promises.

The sandbox is part of Vitae's privacy promise: a resume never leaves the
machine, so the manifest must not grow network or filesystem access by
accident.  This script fails when the manifest does not parse, names the
wrong app, runtime or command, or holds any finish-arg beyond the four
that a GTK application needs.  The app module must build without tests
(-Dtests=false) from either a git source with tag and commit (the release
manifest) or the source tree as a dir (the local one that
build-aux/flatpak-check builds); every other module's downloads need a
SHA-256.

Usage: check-flatpak-manifest.py MANIFEST [--self-test]

With --self-test it also breaks the manifest in memory in several ways and
fails unless every broken copy is refused, so the checker itself is tested.
"""

import copy
import json
import os
import re
import sys

EXPECTED = {
    "app-id": "io.github.vitae.Vitae",
    "runtime": "org.gnome.Platform",
    "sdk": "org.gnome.Sdk",
    "command": "vitae",
}
FINISH_ARGS = [
    "--device=dri",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
]
CLEANUP = ["/include", "/lib/pkgconfig", "/share/man", "*.la", "*.a"]


def reject_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError("duplicate key “%s”" % key)
        seen[key] = value
    return seen


def parse(text):
    return json.loads(text, object_pairs_hook=reject_duplicate_keys)


def check(manifest, base_dir):
    """Return a list of problems; an empty list means the manifest is fine."""
    errors = []
    if not isinstance(manifest, dict):
        return ["the manifest is not a JSON object"]

    for key, value in EXPECTED.items():
        if manifest.get(key) != value:
            errors.append("%s is %r, expected %r" % (key, manifest.get(key), value))

    version = manifest.get("runtime-version")
    if not isinstance(version, str) or not version:
        errors.append("runtime-version must be a non-empty string, got %r" % (version,))

    args = manifest.get("finish-args")
    if not isinstance(args, list) or sorted(args) != sorted(FINISH_ARGS):
        errors.append("finish-args are %r, expected exactly %r" % (args, FINISH_ARGS))

    cleanup = manifest.get("cleanup")
    if not isinstance(cleanup, list) or any(c not in cleanup for c in CLEANUP):
        errors.append("cleanup is %r, expected it to hold %r" % (cleanup, CLEANUP))

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        errors.append("modules must be a non-empty list")
        return errors

    app = modules[-1]
    if not isinstance(app, dict):
        errors.append("the last module must be an object, not a file reference")
        return errors
    if app.get("name") != "vitae":
        errors.append("the last module is %r, expected the app, 'vitae'" % (app.get("name"),))
    if app.get("buildsystem") != "meson":
        errors.append("the app module must use buildsystem meson")
    if app.get("builddir") is not True:
        errors.append("the app module must set builddir to true")

    if "-Dtests=false" not in (app.get("config-opts") or []):
        errors.append("the app module must build without tests and benchmarks (-Dtests=false)")

    # The release manifest builds a tagged commit, as Flathub does; the local
    # one (build-aux/flatpak-check) the source tree it sits in.
    sources = app.get("sources")
    local = sources == [{"type": "dir", "path": ".."}]
    if local:
        if not os.path.isfile(os.path.join(base_dir, "..", "meson.build")):
            errors.append("the app source dir %s holds no meson.build"
                          % os.path.normpath(os.path.join(base_dir, "..")))
    elif (not isinstance(sources, list) or len(sources) != 1 or not isinstance(sources[0], dict)
          or sources[0].get("type") != "git" or not sources[0].get("url")
          or not sources[0].get("tag")
          or not re.fullmatch(r"[0-9a-f]{40}", str(sources[0].get("commit")))):
        errors.append("the app sources are %r, expected a git source with url, tag and commit,"
                      " or the source tree as a dir" % (sources,))

    # Every other module is downloaded with a SHA-256 (a file reference is read).
    for module in modules[:-1]:
        if isinstance(module, str):
            try:
                with open(os.path.join(base_dir, module), encoding="utf-8") as f:
                    module = parse(f.read())
            except (OSError, ValueError) as e:
                errors.append("module %s: %s" % (module, e))
                continue
        for source in module.get("sources", []) if isinstance(module, dict) else []:
            if source.get("type") in ("file", "archive") and (
                    not source.get("url", "").startswith(("https://", "http://deb.debian.org/"))
                    or not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256")))):
                errors.append("module %s: source %s needs a url and a sha256"
                              % (module.get("name"), source.get("url")))
    return errors


def self_test(manifest, base_dir):
    """Each mutation must be refused; return the names of those that were not."""

    def mutate(fn):
        broken = copy.deepcopy(manifest)
        fn(broken)
        return broken

    mutations = {
        "network access": lambda m: m["finish-args"].append("--share=network"),
        "home folder access": lambda m: m["finish-args"].append("--filesystem=home"),
        "missing wayland": lambda m: m["finish-args"].remove("--socket=wayland"),
        "duplicated finish-arg": lambda m: m["finish-args"].append("--share=ipc"),
        "wrong app id": lambda m: m.update({"app-id": "io.github.vitae.Vitae.Devel"}),
        "wrong runtime": lambda m: m.update({"runtime": "org.freedesktop.Platform"}),
        "wrong sdk": lambda m: m.pop("sdk"),
        "wrong command": lambda m: m.update({"command": "vitae-gui"}),
        "numeric runtime-version": lambda m: m.update({"runtime-version": 49}),
        "app not last": lambda m: m["modules"].append({"name": "extra", "buildsystem": "simple"}),
        "no builddir": lambda m: m["modules"][-1].pop("builddir"),
        "wrong source": lambda m: m["modules"][-1].update({"sources": [{"type": "git", "url": "x"}]}),
        "git source without commit": lambda m: m["modules"][-1].update(
            {"sources": [{"type": "git", "url": "https://github.com/vitae/vitae.git", "tag": "v1"}]}),
        "tests built": lambda m: m["modules"][-1].pop("config-opts"),
        "font without sha256": lambda m: m["modules"].insert(0, {
            "name": "f", "sources": [{"type": "file", "url": "https://example.org/f.ttf"}]}),
        "no cleanup": lambda m: m.pop("cleanup"),
    }
    accepted = [name for name, fn in mutations.items() if not check(mutate(fn), base_dir)]

    try:
        parse('{"app-id": "a", "app-id": "b"}')
        accepted.append("duplicate key")
    except ValueError:
        pass
    return accepted


def main(argv):
    args = [a for a in argv[1:] if a != "--self-test"]
    if len(args) != 1:
        print("usage: %s MANIFEST [--self-test]" % os.path.basename(argv[0]), file=sys.stderr)
        return 2

    path = args[0]
    base_dir = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, encoding="utf-8") as f:
            manifest = parse(f.read())
    except (OSError, ValueError) as e:
        print("%s: %s" % (path, e), file=sys.stderr)
        return 1

    errors = check(manifest, base_dir)
    for error in errors:
        print("%s: %s" % (path, error), file=sys.stderr)
    if errors:
        return 1

    if "--self-test" in argv:
        accepted = self_test(manifest, base_dir)
        for name in accepted:
            print("self-test: a manifest with %s was accepted" % name, file=sys.stderr)
        if accepted:
            return 1

    print("%s: ok" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
