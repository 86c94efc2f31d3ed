#!/usr/bin/env python3
# gen-lexicon.py
#
# Copyright 2026 The Vitae authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts the English lexicon the bullet coach needs from WordNet 3.0 into
# data/catalog/20-lexicon.sql, so that the shipped catalog (and the Flatpak)
# needs no WordNet at run time. Run it once after changing what it extracts:
#
#   apt-get install wordnet-base        # Debian: /usr/share/wordnet
#   build-aux/gen-lexicon.py [WORDNET_DIR] > data/catalog/20-lexicon.sql
#
# It keeps only what the coach reads a bullet's opening with:
#   verb       single-word verb lemmas ("implement", "lead")
#   verb-exc   irregular verb forms and their lemmas ("led:lead", "shipped:ship")
#   nominal    nouns naming an action and the verb they come from
#              ("creation:create", "migration:migrate", "design:design")
#   adverb     single-word adverbs ending in -ly ("actively")
#   noun-first verbs that are far more often a noun or an adjective in
#              WordNet's tagged corpus (cntlist) than a verb ("team", "tool",
#              "full", "script"), so that "Team lead for…" or "Full stack
#              implementation…" opening a bullet read as fragments
# Each list is one row of space-separated words, which keeps the file small
# and the catalog quick to load.

import os
import re
import sys

WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")

# Endings of nouns that name an action ("migration", "deployment",
# "maintenance", "refactoring", "upgrade"). A noun equal to its verb
# ("design", "support") is kept too.
NOMINAL_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "al", "age",
                   "ure", "ery", "ysis", "sis", "ization", "isation", "ship")


def words_of_index(path):
    out = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0]
            if "_" in lemma or not WORD.match(lemma):
                continue
            out.add(lemma)
    return out


def read_exc(path):
    pairs = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            form, lemma = parts[0], parts[1]
            if WORD.match(form) and WORD.match(lemma) and form != lemma:
                pairs.append((form, lemma))
    return pairs


def read_synsets(path):
    """offset → list of words, and per word index the lexical pointers."""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            offset = fields[0]
            n_words = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(n_words)]
            p = 4 + 2 * n_words
            n_ptrs = int(fields[p])
            ptrs = []
            for i in range(n_ptrs):
                sym, target, pos, st = fields[p + 1 + 4 * i: p + 5 + 4 * i]
                ptrs.append((sym, target, pos, int(st[:2], 16), int(st[2:], 16)))
            synsets[offset] = (words, ptrs)
    return synsets


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = words_of_index(os.path.join(wn, "index.verb"))
    adverbs = {w for w in words_of_index(os.path.join(wn, "index.adv"))
               if w.endswith("ly") and len(w) > 4}
    exc = [(f, l) for f, l in read_exc(os.path.join(wn, "verb.exc")) if l in verbs]

    verb_synsets = read_synsets(os.path.join(wn, "data.verb"))
    noun_synsets = read_synsets(os.path.join(wn, "data.noun"))
    nominal = {}
    for words, ptrs in noun_synsets.values():
        for sym, target, pos, src, dst in ptrs:
            if sym != "+" or pos != "v" or src == 0 or dst == 0:
                continue
            noun = words[src - 1]
            verb = verb_synsets[target][0][dst - 1]
            if not WORD.match(noun) or verb not in verbs:
                continue
            if not (noun == verb or noun.endswith(NOMINAL_ENDINGS)):
                continue
            # The verb must share the noun's stem: "creation:create", not
            # "creation:make".
            if noun[:3] != verb[:3]:
                continue
            # A gerund ("testing") is read as a verb form already.
            if noun.endswith("ing"):
                continue
            # Prefer the verb closest to the noun ("development:develop"
            # over "development:evolve"), then the shortest.
            best = nominal.get(noun)
            key = (-len(os.path.commonprefix([noun, verb])), len(verb), verb)
            if best is None or key < best[0]:
                nominal[noun] = (key, verb)

    counts = {}
    with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, n = line.split()
            lemma, rest = key.split("%", 1)
            pos = int(rest[0])
            c = counts.setdefault(lemma, [0, 0])
            if pos == 2:
                c[0] += int(n)
            else:
                c[1] += int(n)
    noun_first = sorted(w for w in verbs
                        if w in counts and counts[w][1] >= 3 and 4 * counts[w][0] < counts[w][1])

    out = sys.stdout
    out.write("""-- 20-lexicon.sql: generated by build-aux/gen-lexicon.py from WordNet 3.0;
-- do not edit by hand, run the script again.
--
-- WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
-- Used under the WordNet 3.0 licence: see LICENSE-WordNet in this folder.
--
-- The English words the bullet coach reads a bullet's opening with: verb
-- lemmas, irregular verb forms, nouns that name an action with their verb,
-- -ly adverbs, and the verbs that are mostly nouns or adjectives. One row per list, words separated by single spaces;
-- pairs are written "form:lemma".
CREATE TABLE coach_words (
  list   TEXT PRIMARY KEY CHECK (list IN ('verb', 'verb-exc', 'nominal', 'adverb', 'noun-first')),
  words  TEXT NOT NULL
);

""")

    def row(name, items):
        text = " ".join(items)
        out.write("INSERT INTO coach_words (list, words) VALUES ('%s',\n'%s');\n\n"
                  % (name, text.replace("'", "''")))

    row("verb", sorted(verbs))
    row("verb-exc", ["%s:%s" % p for p in sorted(exc)])
    row("nominal", ["%s:%s" % (n, v[1]) for n, v in sorted(nominal.items())])
    row("adverb", sorted(adverbs))
    row("noun-first", noun_first)


if __name__ == "__main__":
    main()
