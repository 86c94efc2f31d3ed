/* vitae-import-described.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass reads a line set in from its section's edge, under an
 * entry, as an item whose mark is drawn and not written
 * (_vitae_import_entry_role()). Some pages indent an entry's description
 * as well: a paragraph in from the edge right under the entry's title, a
 * paragraph whose first line alone is indented, or a line of several
 * sentences ("Wrote a small game. Learnt: C, SDL."). Those are the entry's
 * text, not items. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/**
 * _vitae_import_has_inner_sentence_end:
 * @text: a line's text
 *
 * Whether a sentence ends inside @text: "… and illustrations. Design …"
 * (a word of two lower-case letters or more, a full stop, a capital).
 */
gboolean
_vitae_import_has_inner_sentence_end (const char *text)
{
  for (const char *p = strpbrk (text, ".!?"); p != NULL; p = strpbrk (p + 1, ".!?"))
    if (p - text >= 2 && g_ascii_islower (p[-1]) && g_ascii_islower (p[-2]) && p[1] == ' ' &&
        g_unichar_isupper (g_utf8_get_char (p + 2)))
      return TRUE;
  return FALSE;
}

/* Whether line @k is set as @first is, on its page, at its left edge,
 * in its size, without a mark: another item of a list whose items wrap. */
static gboolean
set_like (Reader        *r,
          guint          k,
          VitaeTextLine *first)
{
  VitaeTextLine *other = k < r->lines->len ? line_at (r, k) : NULL;

  return other != NULL && other->page == first->page && ABS (other->x - first->x) < 1 &&
         ABS (other->size - first->size) < 0.5 &&
         !(other->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) && _vitae_import_after_bullet (other->text) == NULL;
}

/* Whether a line of the section above line @i, on its page, is set as
 * @first is (set_like()) right under the end of a sentence set back at
 * the edge: the second item of a list whose items indent their first
 * lines (a paragraph alone under each entry's title follows no such
 * end). */
static gboolean
another_precedes (Reader        *r,
                  guint          i,
                  VitaeTextLine *first)
{
  for (guint k = i; k > 1 && !r->heading_like[k - 1] && line_at (r, k - 1)->page == first->page; k--)
    if (set_like (r, k - 1, first) && line_at (r, k - 2)->x < first->x - first->size &&
        _vitae_import_ends_sentence (line_at (r, k - 2)->text))
      return TRUE;
  return FALSE;
}

/* Whether line @i is a paragraph's first line, indented alone: it ends
 * so near its column's edge that the first word of the line under it
 * would not have fitted there, and that line, close under it, in its
 * size, starts back to its left in lower case ("Ran the shop's web site
 * in a team" / "of four, with its orders and stock."); and neither
 * the line after that paragraph nor an item above it in its section
 * is set where it is (a list whose items indent their first lines). */
static gboolean
first_line_indent (Reader        *r,
                   guint          i,
                   VitaeTextLine *line)
{
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  glong word;
  guint k;

  if ((r->builder.previous != ROLE_TITLE && r->builder.previous != ROLE_SUBTITLE) || next == NULL ||
      next->page != line->page || next->x > line->x - line->size ||
      ABS (next->size - line->size) >= 0.5 || next->gap >= 0.5 * line->size ||
      !g_unichar_islower (g_utf8_get_char (next->text)) || r->col_right[i] <= 0)
    return FALSE;
  word = g_utf8_strlen (next->text, strcspn (next->text, " \t"));
  if (r->col_right[i] - line->right > (0.6 * word + 1) * line->size)
    return FALSE;
  k = i + 1;
  while (k + 1 < r->lines->len && line_at (r, k + 1)->page == line->page && ABS (line_at (r, k + 1)->x - next->x) < 1 &&
         ABS (line_at (r, k + 1)->size - next->size) < 0.5 && line_at (r, k + 1)->gap < 0.5 * line->size)
    k++;
  return !set_like (r, k + 1, line) && !another_precedes (r, i, line);
}

/* Whether line @i, under its entry's title or subtitle, heads a
 * paragraph that wraps in the middle of a sentence (its second line in
 * lower case: the longest of items one a line reaches the column's edge
 * too, as its measure) and is alone in from
 * the edge: the line after its last starts elsewhere (the next entry's
 * title back at the edge, a heading), not where it does (the next item
 * of a list whose items wrap, set_like()). */
static gboolean
lone_paragraph (Reader        *r,
                guint          i,
                VitaeTextLine *line)
{
  guint k = i;

  if ((r->builder.previous != ROLE_TITLE && r->builder.previous != ROLE_SUBTITLE) ||
      _vitae_import_ends_sentence (line->text) || !_vitae_import_wraps_into_next (r, i) ||
      !g_unichar_islower (g_utf8_get_char (line_at (r, i + 1)->text)))
    return FALSE;
  while (k + 1 < r->lines->len && _vitae_import_wraps_into_next (r, k))
    k++;
  return !set_like (r, k + 1, line);
}

/**
 * _vitae_import_describes_entry:
 * @r: the reader
 * @i: a line set in from its section's edge, under an entry
 * @line: line @i
 *
 * Whether line @i is its entry's description rather than an item drawn
 * without a written mark: a paragraph alone in from the edge, right
 * under the entry's title or subtitle (lone_paragraph(); under a
 * paragraph of the entry, a paragraph set in further is an item of it;
 * a line that reaches the column's edge with its sentence is an item of
 * one line); a paragraph whose first line alone
 * is indented (first_line_indent()); or a line in which a sentence ends
 * and another begins, which an item drawn so seldom holds.
 */
gboolean
_vitae_import_describes_entry (Reader        *r,
                               guint          i,
                               VitaeTextLine *line)
{
  return lone_paragraph (r, i, line) || first_line_indent (r, i, line) || _vitae_import_has_inner_sentence_end (line->text);
}
