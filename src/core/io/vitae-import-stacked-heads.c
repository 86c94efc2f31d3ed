/* vitae-import-stacked-heads.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's head set as a stack of short lines, one under another at
 * one edge (flush left, or flush right in a sidebar's timeline):
 *
 *                 Night Porter      (the role, set larger)
 *            March 2019-2021        (its dates, smaller)
 *      Harbour Hotel, Norway        (its employer and place, as small)
 *
 * The role over its dates is the entry's title wherever the stack is
 * aligned (_vitae_import_over_own_dates(), which asks
 * _vitae_import_set_flush()); the line right under the dates, set as
 * small as they are, is the entry's subtitle, not an item of its, even
 * where the section's items are that small and set in that far; its
 * place after a comma is the entry's place
 * (_vitae_import_stacked_place_cells(), read in
 * _vitae_import_read_subtitle_row()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether lines @a and @b, one under the other, start at one x or end
 * at one right edge (set flush right, their starts apart). */
gboolean
_vitae_import_set_flush (const VitaeTextLine *a,
                         const VitaeTextLine *b)
{
  return ABS (a->x - b->x) < 1 || (a->right > 0 && b->right > 0 && ABS (a->right - b->right) < 1);
}

/* Whether line @i, short and set as small as the line of dates right
 * above it, which stands under an entry's title set larger, all three
 * at one edge and close together, names the entry's employer (and
 * place): the last line of a stacked head. */
gboolean
_vitae_import_under_stacked_dates (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text)
{
  VitaeTextLine *dates, *head;
  VitaeNode *entry = VITAE_NODE (r->builder.entry);

  if (i < 2 || line->size <= 0 || r->builder.previous != ROLE_TITLE || entry == NULL ||
      !(vitae_node_has (entry, "start") || vitae_node_has (entry, "date")))
    return FALSE;
  dates = line_at (r, i - 1);
  head = line_at (r, i - 2);
  /* (The head is the entry's title, not the section's heading over it.) */
  if (dates->page != line->page || head->page != line->page || dates->size <= 0 || head->size <= 0 ||
      r->heading_like[i - 2] || _vitae_import_kind_from_heading (head->text) >= 0 ||
      ABS (line->size - dates->size) >= 0.5 || head->size < dates->size + 1 || line->gap >= line->size ||
      dates->gap >= dates->size || !_vitae_import_set_flush (head, dates) || !_vitae_import_set_flush (dates, line) ||
      strchr (dates->text, '\t') != NULL || !_vitae_import_is_dates_line (dates->text))
    return FALSE;
  /* (Not a label over the entry's text: "Coursework:".) */
  return strchr (text, '\t') == NULL && _vitae_import_count_words (text) <= 6 && !_vitae_import_ends_sentence (text) &&
         !g_str_has_suffix (text, ":") &&
         !_vitae_import_has_dates (text) && _vitae_import_after_bullet (text) == NULL &&
         !_vitae_import_is_contact_line (text);
}

/* The last line of a stacked head, @text, split where its place starts
 * after its comma ("Harbour Hotel, Norway": a word or three, each a
 * capital's, no digits), as a subtitle's cells are ("Harbour
 * Hotel<tab>Norway"); or NULL when it names no place. (With two commas
 * or more, the line may be a place alone: "Tromsø, Troms, Norway".) */
char *
_vitae_import_stacked_place_cells (const char *text)
{
  const char *comma = strstr (text, ", ");
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (comma == NULL || comma == text || strstr (comma + 2, ", ") != NULL || _vitae_import_has_digit (comma))
    return NULL;
  words = g_strsplit (comma + 2, " ", -1);
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] != '\0' && (++n > 3 || !g_unichar_isupper (g_utf8_get_char (words[k]))))
      return NULL;
  return n == 0 ? NULL : g_strdup_printf ("%.*s\t%s", (int) (comma - text), text, comma + 2);
}
