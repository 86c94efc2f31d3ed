/* vitae-matcher.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-catalog.h"

G_BEGIN_DECLS

#define VITAE_TYPE_MATCHER (vitae_matcher_get_type ())

G_DECLARE_FINAL_TYPE (VitaeMatcher, vitae_matcher, VITAE, MATCHER, GObject)

/**
 * VitaeKeywordKind:
 * @VITAE_KIND_NONE: the catalog says nothing (a user's keyword)
 * @VITAE_KIND_LANGUAGE: a programming, query or markup language
 * @VITAE_KIND_FRAMEWORK: a framework or library
 * @VITAE_KIND_DATA_STORE: a database, cache, search engine or storage
 * @VITAE_KIND_CLOUD_SERVICE: a cloud provider or one of its services
 * @VITAE_KIND_TOOL: a tool, product or platform
 * @VITAE_KIND_PRACTICE: a practice, method, architecture or standard
 * @VITAE_KIND_DISCIPLINE: a discipline such as DevOps or data engineering
 * @VITAE_KIND_QUALITY: a word describing software ("reliability"), never
 *   a requirement of a job description by itself
 *
 * What kind of term a keyword is, from the technology vocabulary.
 */
typedef enum
{
  VITAE_KIND_NONE,
  VITAE_KIND_LANGUAGE,
  VITAE_KIND_FRAMEWORK,
  VITAE_KIND_DATA_STORE,
  VITAE_KIND_CLOUD_SERVICE,
  VITAE_KIND_TOOL,
  VITAE_KIND_PRACTICE,
  VITAE_KIND_DISCIPLINE,
  VITAE_KIND_QUALITY,
} VitaeKeywordKind;

/**
 * VitaeMatch:
 * @keyword: the keyword's id in the matcher (see vitae_matcher_get_keyword())
 * @start: the byte offset where the match starts in the scanned text
 * @end: the byte offset just past the match
 *
 * One keyword found in a text. Offsets count bytes of the UTF-8 text; use
 * vitae_match_get_char_range() for the Unicode character offsets that
 * GtkTextBuffer and the command line's JSON use.
 */
typedef struct
{
  guint keyword;
  guint start;
  guint end;
} VitaeMatch;

/*
 * A matcher finds every keyword and alias of a catalog (the user's keywords
 * included) in one pass over a text, with an Aho-Corasick automaton built
 * once. Matches respect word boundaries (a letter or digit of a spaced
 * script next to a match cancels it) and each spelling's case rule; hyphens,
 * spaces and runs of spaces are interchangeable inside a keyword, and a
 * plural "s" is accepted after a case-insensitive one. A match lying inside a
 * longer one ("SQL" in "SQL Server") is dropped. A one-letter keyword ("C",
 * "R") is not found next to "&" ("R&D") nor after a word that makes it a
 * label ("Series C", "Plan B", "Vitamin D").
 */
VitaeMatcher      *vitae_matcher_new              (VitaeCatalog  *catalog);
guint              vitae_matcher_get_revision     (VitaeMatcher  *self);
GArray            *vitae_matcher_scan             (VitaeMatcher  *self,
                                                   const char    *text,
                                                   gssize         length);
guint              vitae_matcher_get_n_keywords   (VitaeMatcher  *self);
const char        *vitae_matcher_get_keyword      (VitaeMatcher  *self,
                                                   guint          keyword);
gboolean           vitae_matcher_lookup           (VitaeMatcher  *self,
                                                   const char    *canonical,
                                                   guint         *keyword);
VitaeKeywordFacet  vitae_matcher_get_facets       (VitaeMatcher  *self,
                                                   guint          keyword);
gboolean           vitae_matcher_is_user_keyword  (VitaeMatcher  *self,
                                                   guint          keyword);
VitaeKeywordKind   vitae_matcher_get_kind         (VitaeMatcher  *self,
                                                   guint          keyword);
gsize              vitae_matcher_get_memory_size  (VitaeMatcher  *self);
guint              vitae_matcher_get_n_patterns   (VitaeMatcher  *self);
guint              vitae_matcher_get_n_states     (VitaeMatcher  *self);

void               vitae_match_get_char_range     (const VitaeMatch *match,
                                                   const char       *text,
                                                   glong            *start,
                                                   glong            *end);

/**
 * vitae_span_compare:
 * @a_start: where the first span starts
 * @a_end: where it ends
 * @b_start: where the second span starts
 * @b_end: where it ends
 *
 * The order matches are read in: by where they start, and at the same
 * start the longer first. Inline: sorting a scan's matches calls it for
 * every comparison.
 *
 * Returns: a negative number if the first span comes first, a positive one
 *   if the second does, 0 if they are the same
 */
static inline int
vitae_span_compare (guint a_start,
                    guint a_end,
                    guint b_start,
                    guint b_end)
{
  if (a_start != b_start)
    return a_start < b_start ? -1 : 1;
  if (a_end != b_end)
    return a_end > b_end ? -1 : 1;
  return 0;
}

G_END_DECLS
