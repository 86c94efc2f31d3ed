/* vitae-import-item-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an item's dates set at the right of its
 * last line, after a wide gap ("… – Tunnels]. <tab> (May 2021)"): the
 * line goes on with the item above, the dates are no part of its text;
 * and of a line ending in dates that is one more item of a list drawn
 * without glyphs. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/* The dates of @cell, bare or in brackets ("(2017-June 2022)"), as
 * _vitae_import_parse_dates() reads them; whether there were. */
static gboolean
parse_cell_dates (const char *cell,
                  char      **bare)
{
  g_autofree char *s = NULL, *e = NULL;
  gsize len = strlen (cell);

  if (len > 2 && cell[0] == '(' && cell[len - 1] == ')')
    *bare = g_strstrip (g_strndup (cell + 1, len - 2));
  else
    *bare = g_strdup (cell);
  if (_vitae_import_parse_dates (*bare, &s, &e))
    return TRUE;
  g_clear_pointer (bare, g_free);
  return FALSE;
}

/* Whether line @i is the last line of the item with a glyph above it,
 * its dates at its right after a wide gap: indented under the item's
 * text, as close under it as its lines, its text a single cell before
 * the dates. If so, adds its text to the item and, when the item is its
 * entry's first and the entry has no dates, gives them to the entry (a
 * degree's years); other items' dates are their own, which an item
 * cannot hold. */
gboolean
_vitae_import_continue_dated_item (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text)
{
  Builder *builder = &r->builder;
  VitaeTextLine *above;
  g_autofree char *left = NULL, *right = NULL, *dates = NULL;
  VitaeNode *entry;

  if (builder->previous != ROLE_BULLET || !r->bullet_glyph || r->bullet_x < 0 || r->in_header || i == 0 ||
      line->size <= 0 || builder->entry == NULL || vitae_entry_get_n_bullets (builder->entry) == 0 ||
      strchr (text, '\t') == NULL)
    return FALSE;
  above = line_at (r, i - 1);
  if (above->page != line->page || line->gap > 0.5 * line->size || ABS (line->size - above->size) >= 0.5 ||
      line->x <= r->bullet_x + 2 || line->x >= r->bullet_x + 3 * line->size)
    return FALSE;
  _vitae_import_split_right (text, &left, &right);
  if (right == NULL || *left == '\0' || strchr (left, '\t') != NULL || _vitae_import_after_bullet (left) != NULL ||
      !parse_cell_dates (right, &dates))
    return FALSE;

  _vitae_import_continue_last (builder, ROLE_BULLET, left);
  entry = VITAE_NODE (builder->entry);
  if (vitae_entry_get_n_bullets (builder->entry) == 1 && !vitae_node_has (entry, "start") &&
      !vitae_node_has (entry, "end") && !vitae_node_has (entry, "date"))
    _vitae_import_set_dates (builder, entry, dates);
  return TRUE;
}

/* Whether line @i, which ends in dates, is rather one more of the items
 * drawn without a glyph, one a line, right above it: set as they are (at
 * their left edge, in their size, not bold), as close under the last as
 * a paragraph's lines ("Diploma in Design - 2008-2011" in a list). */
gboolean
_vitae_import_next_item_with_dates (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line)
{
  return r->builder.previous == ROLE_BULLET && !r->bullet_glyph && r->bullet_x >= 0 && line->size > 0 && i > 0 &&
         ABS (line_at (r, i - 1)->x - r->bullet_x) < 1 &&
         ABS (line->x - r->bullet_x) < 1 && ABS (line->size - r->bullet_size) < 0.5 && !strchr (line->text, '\t') &&
         !(line->flags & VITAE_TEXT_LINE_BOLD) && line->gap <= r->line_gap + 0.1 * line->size;
}

/* Whether @text is a year and a tab before a single other part: a line
 * of a list of years inside an item ("• Wrote the tasks" / "2014 <tab>
 * A phone app for the buses" / "2015 <tab> …"), which the item goes on
 * with. */
static gboolean
is_year_cell (const char *text)
{
  return strlen (text) > 6 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]) &&
         g_ascii_isdigit (text[3]) && (text[0] == '1' || text[0] == '2') && text[4] == '\t' &&
         strchr (text + 5, '\t') == NULL && g_unichar_isalpha (g_utf8_get_char (text + 5));
}

/* Goes on with a glyph's item in a line of its list of years under its
 * text (is_year_cell()), the tab a space. Returns whether it did. */
gboolean
_vitae_import_continue_with_year_cell (Reader        *r,
                                       VitaeTextLine *line,
                                       const char    *text)
{
  g_autofree char *spaced = NULL;

  if (r->builder.previous != ROLE_BULLET || r->bullet_x < 0 || !r->bullet_glyph || line->x <= r->bullet_x + 2 ||
      line->x >= r->bullet_x + 3 * line->size || !is_year_cell (text))
    return FALSE;
  spaced = g_strdup (text);
  spaced[4] = ' ';
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, spaced);
  return TRUE;
}
