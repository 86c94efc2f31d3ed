/* vitae-posting-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the reading of a posting's parts and phrases (vitae-posting-parts.c)
 * and the judgement of its terms (vitae-posting.c) share.
 */

#pragma once

#include "vitae-posting.h"

G_BEGIN_DECLS

struct _VitaePosting
{
  char    *text;
  gsize    length;
  GArray  *matches;     /* VitaeMatch, with the coordinated ones added */
  GArray  *parts;       /* guint pairs: offset where a part starts, part */
  GArray  *terms;       /* VitaePostingTerm, asked */
  GArray  *dropped;     /* VitaePostingTerm, not asked */
};

gboolean _vitae_posting_is_word_byte    (char                c);
gssize   _vitae_posting_find_phrase     (const char         *text,
                                         gsize               start,
                                         gsize               end,
                                         const char         *phrase,
                                         gboolean            last);
gboolean _vitae_posting_any_phrase      (const char         *text,
                                         gsize               start,
                                         gsize               end,
                                         const char * const *phrases);
void     _vitae_posting_sentence_bounds (const char         *text,
                                         gsize               length,
                                         gsize               offset,
                                         gsize              *start,
                                         gsize              *end);
void     _vitae_posting_clause_bounds   (const char         *text,
                                         gsize               m_start,
                                         gsize               m_end,
                                         gsize              *start,
                                         gsize              *end);
void     _vitae_posting_split_parts     (VitaePosting       *self);

G_END_DECLS
