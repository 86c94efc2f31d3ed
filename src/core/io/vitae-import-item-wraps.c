/* vitae-import-item-wraps.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an item's wrapped line that looks like a
 * heading: a word alone that an item with a glyph wrapped ("… in
 * Software and" / "Projects"), or the second line of an item set in
 * bold capitals all through (a school's name in a Word page's list);
 * a line wrapped after a little word that ends after a wide gap; and a
 * line under an item that stands apart from it, by its space or by its
 * slant. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-item-wraps.h"
#include "vitae-import-private.h"

/* Whether line @line, under the item's first line @above, starts right
 * under that line's first letter after a drawn mark (its text_x) and is
 * set as it is: in bold if it is, in capitals if it is. A heading stands
 * at its section's edge, not under an item's letters; a line there in
 * the item's own face is the item's, however short its first line ends
 * (the item's box may be narrower than its column). */
static gboolean
under_item_letters (VitaeTextLine *line,
                    VitaeTextLine *above)
{
  return above->text_x > 0 && ABS (line->x - above->text_x) < 1 && _vitae_import_after_bullet (above->text) != NULL &&
         (line->flags & VITAE_TEXT_LINE_BOLD) == (above->flags & VITAE_TEXT_LINE_BOLD) &&
         _vitae_import_is_upper_text (line->text) == _vitae_import_is_upper_text (_vitae_import_after_bullet (above->text));
}

/* Whether line @i, which looks like a heading, is rather a word that an
 * item with a glyph wrapped onto its next line ("… in Software and" /
 * "Projects"): indented under the item's text, set no larger and no
 * bolder, close under a line that filled its column without ending a
 * sentence; or a line right under the letters of an item's first line,
 * set as it is (under_item_letters()), bold capitals under bold
 * capitals. If so, adds it to the item. */
gboolean
_vitae_import_wraps_heading_word (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text)
{
  VitaeTextLine *above;
  gboolean under_letters;

  if (r->builder.previous != ROLE_BULLET || !r->bullet_glyph || r->bullet_x < 0 || r->in_header || i == 0 ||
      line->size <= 0 || line->x <= r->bullet_x + 2 || line->x >= r->bullet_x + 3 * line->size ||
      line->size > r->bullet_size + 0.5 || line->gap > 0.5 * line->size)
    return FALSE;
  above = line_at (r, i - 1);
  under_letters = above->page == line->page && under_item_letters (line, above);
  if ((line->flags & VITAE_TEXT_LINE_BOLD) && !under_letters)
    return FALSE;
  if (above->page != line->page || _vitae_import_ends_sentence (above->text) ||
      (_vitae_import_ends_short (r, i, text) && !under_letters))
    return FALSE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return TRUE;
}

/* Whether line @i, which holds a wide gap (a tab), goes on with the item
 * with a glyph above it all the same: indented under the item's text,
 * set as it is and as close under it as its lines, under a line that
 * cannot end there ("… the original data using" / "Inference Attacks
 * <tab> (Project)"), and not dated. A line cut by a gap is otherwise read
 * as a row of its own (an entry's title and place), and its words would
 * fall out of the item; the gap is a space in the item's text. If so,
 * adds it to the item. */
gboolean
_vitae_import_continues_across_gap (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line,
                                    const char    *text)
{
  g_autofree char *spaced = NULL;
  VitaeTextLine *above;

  if (r->builder.previous != ROLE_BULLET || !r->bullet_glyph || r->bullet_x < 0 || r->in_header || i == 0 ||
      line->size <= 0 || strchr (text, '\t') == NULL || r->dated[i] || r->heading_like[i] ||
      line->x <= r->bullet_x + 2 || line->x >= r->bullet_x + 3 * line->size)
    return FALSE;
  above = line_at (r, i - 1);
  if (above->page != line->page || ABS (line->size - above->size) >= 0.5 ||
      (line->flags & VITAE_TEXT_LINE_BOLD) != (above->flags & VITAE_TEXT_LINE_BOLD) ||
      line->gap > MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size || !_vitae_import_runs_on (above->text))
    return FALSE;
  spaced = g_strdelimit (g_strdup (text), "\t", ' ');
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, spaced);
  return TRUE;
}

/* Whether @line, under an item's line @above that ends short and does
 * not run on, is set in another size than it and starts with a capital:
 * with more space above it than above that line, the title of the next
 * of an entry's projects, set between its items ("Mobile bank | Kotlin,
 * Compose" a point larger than the items), not a wrapped line (a line
 * goes on with an item in its size). */
static gboolean
sized_apart (Reader        *r,
             guint          i,
             VitaeTextLine *line,
             VitaeTextLine *above)
{
  return ABS (line->size - above->size) >= 0.5 && g_unichar_isupper (g_utf8_get_char (line->text)) &&
         _vitae_import_ends_short (r, i, line->text) && !_vitae_import_runs_on (above->text);
}

/* Whether line @i stands apart from the line of an item above it:
 * further under it than a paragraph's lines stand, and than that line
 * under the one above it, by a third of an em, when that line ends a
 * sentence (a project's grade under its last item, after a clear
 * space), or by more than an em whatever it ends in (the next entry's
 * company, set where the items' text starts, under an item that ends
 * without a full stop or in dates at its right); or by a point, set in
 * another size, when that line ends short (sized_apart()); or by half
 * an em, set smaller than that line, which does not run on (the tools of
 * a job set as a row of tags under its items, however long its last
 * item: a wrapped line is set in its item's size). */
gboolean
_vitae_import_apart_from_item (Reader        *r,
                               guint          i,
                               VitaeTextLine *line,
                               VitaeTextLine *above)
{
  double usual = MAX (r->line_gap, r->size_gap[i]);

  if (line->page != above->page)
    return FALSE;
  if (line->gap > above->gap + 1 && sized_apart (r, i, line, above))
    return TRUE;
  if (line->size > 0 && line->size < above->size - 0.5 && line->gap > above->gap + 0.5 * line->size &&
      !_vitae_import_runs_on (above->text))
    return TRUE;
  return line->gap > above->gap + 0.3 * line->size &&
         ((_vitae_import_ends_sentence (above->text) && line->gap > usual + 0.3 * line->size) ||
          line->gap > usual + line->size);
}

/* Whether @line is set in another slant than the item's line above it
 * (italic under upright, or upright under italic) and stands further
 * under it than that line stands under the one above it, by a tenth of
 * an em: the tools an item was done with, listed under it ("React,
 * Typescript, Jest" in italics), not a wrapped line of it. */
gboolean
_vitae_import_slant_apart (VitaeTextLine *line,
                           VitaeTextLine *above)
{
  return (line->flags & VITAE_TEXT_LINE_ITALIC) != (above->flags & VITAE_TEXT_LINE_ITALIC) &&
         line->page == above->page && line->gap > above->gap + 0.1 * line->size;
}

/**
 * _vitae_import_unseen_mark_item:
 * @r: the reader
 * @i: a line under a list's item, without a mark
 *
 * Whether line @i starts the list's next item, whose mark the reader did
 * not see (an arrow drawn as a picture): under an item whose mark it saw,
 * it stands where a wrapped line of that item would (under its text, up
 * to three ems in, not apart from it by its space or slant, not in bold),
 * starts with a capital under a line that does not run on, and stands
 * further under that line than the line right under it, as far left and
 * in its size, stands under line @i, by a quarter of an em. Line @i and
 * that line are then an item's first line and its wrapped one, the items
 * set further apart than their lines; a paragraph sets its lines evenly.
 */
gboolean
_vitae_import_unseen_mark_item (Reader        *r,
                                guint          i,
                                VitaeTextLine *line)
{
  VitaeTextLine *above, *below;

  if (r->builder.previous != ROLE_BULLET || r->in_header || !r->bullet_glyph || r->bullet_x < 0 || i == 0 ||
      i + 1 >= r->lines->len || line->size <= 0 || line->x <= r->bullet_x + 2 ||
      line->x > r->bullet_x + 3 * line->size + 0.5 || (line->flags & VITAE_TEXT_LINE_BOLD) ||
      !g_unichar_isupper (g_utf8_get_char (line->text)) || strchr (line->text, '\t') != NULL)
    return FALSE;
  above = line_at (r, i - 1);
  below = line_at (r, i + 1);
  if (above->page != line->page || ABS (above->size - line->size) >= 0.5 || _vitae_import_runs_on (above->text) ||
      _vitae_import_apart_from_item (r, i, line, above) || _vitae_import_slant_apart (line, above))
    return FALSE;
  return below->page == line->page && ABS (below->x - line->x) < 1 && ABS (below->size - line->size) < 0.5 &&
         !(below->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) &&
         _vitae_import_after_bullet (below->text) == NULL && !r->heading_like[i + 1] &&
         line->gap > below->gap + 0.25 * line->size;
}
