/* vitae-import-icon-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of list items marked by an icon font's glyph
 * (VITAE_TEXT_LINE_ICON: the reader leaves the glyph out, so the item's
 * line starts where its text does) whose wrapped lines start right under
 * that text: a line that goes on with a sentence, lines set closer than
 * the items, and an item that is a label ("Tide model:") with its
 * description on the lines under it. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether line @line starts with a list's mark, drawn or written. */
static gboolean
is_marked (VitaeTextLine *line)
{
  return (line->flags & (VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_LIST)) || _vitae_import_after_bullet (line->text) != NULL;
}

/* The gap above the marked line nearest line @i in direction @step (the
 * item's own first line above it, the next item below it), where the
 * last item stood and in line @i's size, a few lines away at most, on
 * its page and before any heading; or -1. An item first on its page
 * stands under nothing: looking up, the list's item before it, at the
 * foot of the page before, tells how far apart the items stand. */
static double
item_gap (Reader *r,
          guint   i,
          int     step)
{
  int page = line_at (r, i)->page;
  double size = line_at (r, i)->size;

  for (int k = (int) i + step; k >= 0 && k < (int) r->lines->len && ABS (k - (int) i) <= 8; k += step)
    {
      VitaeTextLine *other = line_at (r, k);

      if (other->page != page || ABS (other->size - size) >= 0.5 || r->heading_like[k])
        return -1;
      if (!is_marked (other))
        continue;
      if (ABS (other->x - r->bullet_x) >= 1)
        return -1;
      if (step > 0 || k == 0 || line_at (r, k - 1)->page == page)
        return other->gap;
      page = line_at (r, k - 1)->page;
    }
  return -1;
}

/**
 * _vitae_import_close_as_next_item:
 * @r: the reader
 * @i: a line without a mark under a list's item
 *
 * Whether line @i stands no further under the line above it than its
 * item's first line or the next item of the list stands under the line
 * above that, and less than an em: a list never sets the wrapped lines
 * of its items further apart than the items, however wide its leading
 * (a word processor's one and a half lines sets them more than half an
 * em apart; a line whose glyphs the reader boxes taller measures closer).
 */
gboolean
_vitae_import_close_as_next_item (Reader *r,
                                  guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  if (r->bullet_x < 0 || line->size <= 0 || line->gap >= line->size)
    return FALSE;
  return line->gap <= MAX (item_gap (r, i, -1), item_gap (r, i, 1)) + 0.1 * line->size;
}

/* Whether line @i stands clearly closer under the line above it than
 * the list's items stand apart: than its item's first line under what
 * is above it and the next item under its item, where they are known
 * (not at a page's top, nor after a heading), by a twentieth of an em. */
static gboolean
closer_than_items (Reader *r,
                   guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  double own = item_gap (r, i, -1), next = item_gap (r, i, 1), least = G_MAXDOUBLE;

  if (own > 0)
    least = own;
  if (next > 0)
    least = MIN (least, next);
  return least < G_MAXDOUBLE && line->gap + 0.05 * line->size < least;
}

/* Whether @line starts with an opening bracket or quotation mark, which
 * TeX may hang a little into the margin (microtype's protrusion). */
static gboolean
opens (VitaeTextLine *line)
{
  gunichar c = g_utf8_get_char (line->text);
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_OPEN_PUNCTUATION || type == G_UNICODE_INITIAL_PUNCTUATION || c == '"' || c == '\'';
}

/* Whether line @i, in bold, can be a wrapped line all the same: the
 * line above it reached its column's edge in the middle of a sentence
 * (an award set in bold, "… to the core coursework" / "for the biology
 * major (2023)"; a paper whose venue is in bold). A title in bold under
 * an item stands under one that ended. */
static gboolean
bold_goes_on (Reader *r,
              guint   i)
{
  VitaeTextLine *above = line_at (r, i - 1);

  return !(line_at (r, i)->flags & VITAE_TEXT_LINE_BOLD) ||
         (r->col_right[i - 1] > 0 && above->right >= r->col_right[i - 1] - 0.5 * above->size &&
          !_vitae_import_ends_sentence (above->text));
}

/* Whether line @next (line @i) stands under line @line (line @i - 1) as
 * an item's wrapped line does: as far left (within a point, or a third
 * of an em where either starts with a bracket: opens()), on the same
 * page, as close (half an em at most, or as the list's items stand), in
 * the same size, not in bold unless the sentence above runs on into it
 * (bold_goes_on()) and not marked itself. */
static gboolean
wraps_right_under (Reader        *r,
                   VitaeTextLine *line,
                   guint          i)
{
  VitaeTextLine *next = line_at (r, i);
  double slack = opens (line) || opens (next) ? MAX (1, 0.3 * next->size) : 1;

  return next->page == line->page && ABS (next->x - line->x) < slack && next->size > 0 &&
         ABS (next->size - line->size) < 0.5 &&
         (next->gap <= 0.5 * next->size || _vitae_import_close_as_next_item (r, i)) &&
         bold_goes_on (r, i) && !is_marked (next) && strchr (next->text, '\t') == NULL;
}

/* Whether the lines from line @i on, each right under the one above as
 * an item's wrapped lines stand (wraps_right_under()), a few at most,
 * end right above the list's next item: marked by an icon font's glyph
 * where the last item stood, in their size. A list whose items all have
 * their mark has no line of its own between two of them: such lines are
 * the item's, whatever their sentences (a link alone, a sentence after
 * one that ended short). */
static gboolean
runs_to_next_item (Reader *r,
                   guint   i)
{
  for (guint k = i; k + 1 < r->lines->len && k - i < 8; k++)
    {
      VitaeTextLine *line = line_at (r, k), *next = line_at (r, k + 1);

      if ((next->flags & VITAE_TEXT_LINE_ICON) && next->page == line->page && ABS (next->x - r->bullet_x) < 1 &&
          ABS (next->size - line->size) < 0.5 && !r->heading_like[k + 1])
        return TRUE;
      if (!wraps_right_under (r, line, k + 1))
        return FALSE;
    }
  return FALSE;
}

/* Whether @text is a label: a few words ending in a colon ("Tide
 * model:", "Ray tracer (course work):"). */
static gboolean
is_label (const char *text)
{
  return g_str_has_suffix (text, ":") && _vitae_import_count_words (text) <= 6 && strchr (text, '\t') == NULL;
}

/* Whether line @i, marked by an icon font's glyph, is an item that is a
 * label, its description right under it, even a word alone ("Tidy:"),
 * which is no title of an entry when it is so marked. */
gboolean
_vitae_import_heads_label_item (Reader        *r,
                                guint          i,
                                VitaeTextLine *line,
                                const char    *text)
{
  return (line->flags & VITAE_TEXT_LINE_ICON) && is_label (text) && i + 1 < r->lines->len &&
         wraps_right_under (r, line, i + 1);
}

/* Whether line @i goes on with the item above it, marked by an icon
 * font's glyph, starting right under its text: under the item's label,
 * its description, a paragraph whatever its sentences; under any line
 * of the item that reached its column's edge without ending a sentence
 * ("… card reader and Java" / "FX. The software …", a capital that
 * starts no item, since the items are marked); or, after a sentence's
 * end or a short line too ("… with Python." / "Used numpy …"), when it
 * stands clearly closer under the line above than the items stand apart
 * (closer_than_items()). If so, adds it to the item. (A label's
 * description is looked for a few lines up only.) */
gboolean
_vitae_import_continue_icon_item (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text)
{
  VitaeTextLine *above, *first;
  guint k;

  if (r->builder.previous != ROLE_BULLET || !r->bullet_glyph || r->in_header || i == 0 || line->size <= 0)
    return FALSE;
  above = line_at (r, i - 1);
  if (!wraps_right_under (r, above, i))
    return FALSE;
  for (k = i - 1; k > 0 && i - k < 8 && !(line_at (r, k)->flags & VITAE_TEXT_LINE_ICON) &&
                  wraps_right_under (r, line_at (r, k - 1), k); k--)
    ;
  first = line_at (r, k);
  if (!(first->flags & VITAE_TEXT_LINE_ICON) || ABS (first->x - r->bullet_x) >= 1)
    return FALSE;
  if (!is_label (first->text) && !closer_than_items (r, i) && !runs_to_next_item (r, i) &&
      (_vitae_import_ends_sentence (above->text) || r->col_right[i - 1] <= 0 ||
       above->right < r->col_right[i - 1] - line->size))
    return FALSE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return TRUE;
}

/* Whether line @i, a web address alone, goes on with the item above it,
 * marked by an icon font's glyph, as one of the lines between it and the
 * list's next item (runs_to_next_item()). If so, adds it to the item. */
gboolean
_vitae_import_link_in_icon_item (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 const char    *text)
{
  return runs_to_next_item (r, i) && _vitae_import_continue_icon_item (r, i, line, text);
}

/**
 * _vitae_import_heads_icon_list:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i, set as a heading (or a short line in bold), stands over a list whose items an
 * icon font's glyph marks: the two lines right under it each so marked,
 * at one left edge, of two words or more and no contact detail
 * ("Highlights" over "<glyph> Experience in Java <glyph> UI / UX"). The
 * header ends at such a heading, as it does at a written mark.
 */
gboolean
_vitae_import_heads_icon_list (Reader *r,
                               guint   i)
{
  VitaeTextLine *heading = line_at (r, i);

  if (i + 2 >= r->lines->len || strchr (heading->text, '\t') != NULL ||
      !(r->heading_like[i] ||
        ((heading->flags & VITAE_TEXT_LINE_BOLD) && _vitae_import_count_words (heading->text) <= 3 &&
         g_unichar_isupper (g_utf8_get_char (heading->text)) && !_vitae_import_is_contact_line (heading->text))))
    return FALSE;
  for (guint k = i + 1; k <= i + 2; k++)
    {
      VitaeTextLine *line = line_at (r, k);
      g_autofree char *first = g_strndup (line->text, strcspn (line->text, "\t"));

      if (!(line->flags & VITAE_TEXT_LINE_ICON) || line->page != heading->page ||
          ABS (line->x - line_at (r, i + 1)->x) >= 1 || _vitae_import_count_words (first) < 2 ||
          _vitae_import_is_contact_line (line->text) || _vitae_import_has_phone (line->text))
        return FALSE;
    }
  return TRUE;
}
