/* vitae-import-marked-titles.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Entries' titles that a resume marks as it marks list items ("> NIGHT
 * PORTER", in bold), told from the items by the line under them: their
 * employer (or school), place and dates, set apart in italics or
 * smaller, further in, or a project's detail in italics ("Platform:
 * Android"). Read as items, the entries would lose those. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-marked-titles.h"
#include "vitae-text-reader.h"

/* Whether list item @i, in bold and without a full stop, is over a line
 * in italics or set smaller, not in bold, without a mark, close under
 * it and further in, that ends in dates after words ("> NIGHT PORTER" /
 * "Harbour Hotel, Leith, 2021"): an entry's title marked as an item,
 * its employer, place and dates under it, and its text under them. A
 * bold item's wrapped line is set as the item is, not slanted nor
 * smaller. */
gboolean
_vitae_import_heads_dated_subtitle (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line)
{
  VitaeTextLine *next = i + 2 < r->lines->len ? line_at (r, i + 1) : NULL;
  VitaeTextLine *under = next != NULL ? line_at (r, i + 2) : NULL;
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  /* (Something set further in under the two lines, items or a
   * paragraph: the entry's text. The next item under them instead, from
   * the same edge, makes them one of a list of items each with its
   * details under it, "• Tide Model" / "Numerical Methods - Fall
   * 2019".) */
  if (under == NULL || under->page != line->page || under->x <= line->x + 2 || r->heading_like[i + 2])
    return FALSE;
  if (line->size <= 0 || !(line->flags & VITAE_TEXT_LINE_BOLD) || next->page != line->page ||
      next->size <= 0 || next->x <= line->x + 2 || next->gap >= 0.5 * line->size || r->heading_like[i + 1] ||
      (next->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ICON)) || strchr (next->text, '\t') != NULL ||
      _vitae_import_ends_sentence (line->text) || _vitae_import_after_bullet (next->text) != NULL ||
      (!(next->flags & VITAE_TEXT_LINE_ITALIC) && next->size > line->size - 0.5))
    return FALSE;
  _vitae_import_split_right (next->text, &left, &right);
  if (right != NULL && left[0] != '\0' && _vitae_import_parse_dates (right, &s, &e))
    return TRUE;
  /* (Or a short detail in italics, a label and its value, "Platform:
   * Android", over the paragraph that tells the project.) */
  return (next->flags & VITAE_TEXT_LINE_ITALIC) && strstr (next->text, ": ") != NULL &&
         g_utf8_strlen (next->text, -1) < 60 && !_vitae_import_ends_sentence (next->text) &&
         !_vitae_import_runs_on (next->text);
}

/* The role of line @i, @text, when it is the line under such a title
 * (read as the entry's title just before), else ROLE_NONE: ROLE_DONE
 * when it was read as the employer and place before the entry's dates,
 * or the entry's subtitle, a detail without dates. */
Role
_vitae_import_marked_subtitle_role (Reader     *r,
                                    guint       i,
                                    const char *text)
{
  VitaeNode *node;
  VitaeTextLine *above;
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;
  gsize len;

  if (i == 0 || r->builder.previous != ROLE_TITLE || r->builder.entry == NULL)
    return ROLE_NONE;
  above = line_at (r, i - 1);
  if (_vitae_import_after_bullet (above->text) == NULL || !_vitae_import_heads_dated_subtitle (r, i - 1, above))
    return ROLE_NONE;
  node = VITAE_NODE (r->builder.entry);
  _vitae_import_split_right (text, &left, &right);
  if (right == NULL || !_vitae_import_parse_dates (right, &s, &e))
    return ROLE_SUBTITLE;
  if (vitae_node_has (node, "start") || vitae_node_has (node, "end") || vitae_node_has (node, "date"))
    return ROLE_NONE;
  /* (Without the comma or dash that led on to the dates.) */
  len = strlen (left);
  while (len > 0 && strchr (",- ", left[len - 1]) != NULL)
    left[--len] = '\0';
  _vitae_import_set_dates (&r->builder, node, right);
  if (left[0] != '\0')
    _vitae_import_read_subtitle (&r->builder, left);
  return ROLE_DONE;
}
