/* vitae-matcher-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What building the automaton (vitae-matcher-build.c) and scanning with it
 * (vitae-matcher.c) share: the patterns, the automaton's tables and the
 * symbol and transition functions both run, inline for the scan's sake.
 */

#pragma once

#include "vitae-matcher.h"

G_BEGIN_DECLS

/* The symbol every separator (space, tab, newline, hyphen, no-break space,
 * Unicode hyphens) folds to, so "event-driven" and "event  driven" read the
 * same. */
#define SEP ' '
#define NO_STATE G_MAXUINT32

enum {
  PATTERN_MATCH_CASE   = 1 << 0,
  PATTERN_JOINS_HYPHEN = 1 << 1,
  PATTERN_PLURAL       = 1 << 2,
};

typedef struct
{
  guint  keyword;
  guint  n_symbols;
  guint  flags;
  /* The spelling with separators collapsed to one SEP, one byte per symbol:
   * what case-sensitive spellings are compared with. */
  char  *spelling;
  /* The same, folded: the symbols the automaton reads. */
  char  *folded;
  /* The next pattern ending in the same state, plus one (0: none). */
  guint  next;
} Pattern;

struct _VitaeMatcher
{
  GObject     parent_instance;

  /* owned */
  GPtrArray  *keywords;
  GArray     *facets;
  GArray     *user;
  GArray     *kinds;
  GHashTable *ids;
  GArray     *patterns;

  /* The automaton, states numbered breadth-first so that the children of
   * a state are consecutive: state s's children are first_child[s] up to
   * first_child[s + 1], sorted by the symbol on the edge into them
   * (label[]). The root's transitions are a table of 256. */
  guint32    *first_child;
  guint8     *label;
  guint32    *fail;
  guint32    *dict;
  guint32    *first_pattern;
  guint32     root[256];
  /* The root's children (states 1 to n_first) have tables of 256 too:
   * a scan spends most of its time within one symbol of the root. */
  guint32    *first_rows;
  guint       n_first;

  guint       n_states;
  guint       ring_mask;
  guint       revision;
};

static inline guint8
fold_ascii (guint8 byte)
{
  if (byte >= 'A' && byte <= 'Z')
    return byte + ('a' - 'A');
  if (byte == '-' || byte == ' ' || byte == '\t' || byte == '\n' ||
      byte == '\r' || byte == '\f' || byte == '\v')
    return SEP;
  return byte;
}

/* Reads one symbol of @text at @i: ASCII folded, the multi-byte spaces and
 * hyphens as SEP, any other byte as itself. Returns the bytes consumed. */
static inline guint
read_symbol (const guint8 *text,
             gsize         i,
             gsize         length,
             guint8       *symbol)
{
  guint8 byte = text[i];

  if (byte < 0x80)
    {
      *symbol = fold_ascii (byte);
      return 1;
    }

  /* U+00A0 no-break space. */
  if (byte == 0xC2 && i + 1 < length && text[i + 1] == 0xA0)
    {
      *symbol = SEP;
      return 2;
    }

  /* U+2009 thin space, U+2010 hyphen, U+2011 non-breaking hyphen and
   * U+202F narrow no-break space. */
  if (byte == 0xE2 && i + 2 < length && text[i + 1] == 0x80 &&
      (text[i + 2] == 0x89 || text[i + 2] == 0x90 || text[i + 2] == 0x91 || text[i + 2] == 0xAF))
    {
      *symbol = SEP;
      return 3;
    }

  *symbol = byte;
  return 1;
}

/*
 * Whether @c continues a word, so that a keyword next to it is part of a
 * longer word: letters, digits, combining marks and underscores do. Letters
 * of scripts written without spaces between words (Chinese, Japanese, Thai…)
 * do not, since a Latin keyword sits right against them in such text.
 */
/* The child of @state reached by @symbol, or NO_STATE. */
static inline guint32
child_of (const VitaeMatcher *self,
          guint32             state,
          guint8              symbol)
{
  guint32 lo, hi, end;

  if (state == 0)
    return self->root[symbol] ? self->root[symbol] : NO_STATE;
  if (state <= self->n_first)
    {
      guint32 next = self->first_rows[(gsize) (state - 1) * 256 + symbol];

      return next ? next : NO_STATE;
    }

  lo = self->first_child[state];
  end = hi = self->first_child[state + 1];

  /* Narrow a long run of children down to a few, then look along. */
  while (hi - lo > 8)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (self->label[mid] < symbol)
        lo = mid + 1;
      else
        hi = mid + 1;
    }
  for (; lo < end && self->label[lo] <= symbol; lo++)
    if (self->label[lo] == symbol)
      return lo;

  return NO_STATE;
}

/* The Aho-Corasick transition: the child, or the failure links' child. */
static inline guint32
next_state (const VitaeMatcher *self,
            guint32             state,
            guint8              symbol)
{
  for (;;)
    {
      guint32 next = child_of (self, state, symbol);

      if (next != NO_STATE)
        return next;
      if (state == 0)
        return 0;
      state = self->fail[state];
    }
}

void     _vitae_matcher_clear_pattern   (gpointer      data);
gboolean _vitae_matcher_load_patterns   (VitaeMatcher *self,
                                         VitaeCatalog *catalog);
void     _vitae_matcher_build_automaton (VitaeMatcher *self);

G_END_DECLS
