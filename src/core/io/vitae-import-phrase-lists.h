/* vitae-import-phrase-lists.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-phrase-lists.c: whether the list of line @i, an item
 * under a heading of skills or interests, is one of phrases, and the
 * entry its items then go to. */
gboolean
_vitae_import_in_list_of_phrases (Reader *r,
                                  guint   i);

void
_vitae_import_start_items_of_phrases (Builder *builder);

gboolean
_vitae_import_read_sentence_of_skills (Builder             *builder,
                                       const VitaeTextLine *line,
                                       const char          *text);

/* vitae-import-words.c: the item with a glyph on line @i with the lines
 * it wraps onto; whether an item reads as a phrase. */
char *
_vitae_import_item_with_wraps (Reader     *r,
                               guint       i,
                               const char *text,
                               guint      *end);

gboolean
_vitae_import_is_phrase_of_words (const char *item);

G_END_DECLS
