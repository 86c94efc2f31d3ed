/* vitae-import-icon-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of list items marked by an icon font's glyph
 * (VITAE_TEXT_LINE_ICON: the reader leaves the glyph out, so the item's
 * line starts where its text does) whose wrapped lines start right under
 * that text: a line that goes on with a sentence, and an item that is a
 * label ("Tide model:") with its description on the lines under it. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether line @next stands under line @line as an item's wrapped line
 * does: as far left (within a point), on the same page, as close (half
 * an em at most), in the same size, not in bold and not marked itself. */
static gboolean
wraps_right_under (VitaeTextLine *line,
                   VitaeTextLine *next)
{
  return next->page == line->page && ABS (next->x - line->x) < 1 && next->size > 0 &&
         ABS (next->size - line->size) < 0.5 && next->gap <= 0.5 * next->size &&
         !(next->flags & (VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_BOLD)) &&
         _vitae_import_after_bullet (next->text) == NULL && strchr (next->text, '\t') == NULL;
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
         wraps_right_under (line, line_at (r, i + 1));
}

/* Whether line @i goes on with the item above it, marked by an icon
 * font's glyph, starting right under its text: under the item's label,
 * its description, a paragraph whatever its sentences; or under the
 * item's first line when that reached its column's edge without ending
 * a sentence ("… card reader and Java" / "FX. The software …", a capital
 * that starts no item, since the items are marked). If so, adds it to
 * the item. (A label's description is looked for a few lines up only.) */
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
  if (!wraps_right_under (above, line))
    return FALSE;
  for (k = i - 1; k > 0 && i - k < 8 && !(line_at (r, k)->flags & VITAE_TEXT_LINE_ICON) &&
                  wraps_right_under (line_at (r, k - 1), line_at (r, k)); k--)
    ;
  first = line_at (r, k);
  if (!(first->flags & VITAE_TEXT_LINE_ICON) || ABS (first->x - r->bullet_x) >= 1)
    return FALSE;
  if (!is_label (first->text) &&
      (k != i - 1 || _vitae_import_ends_sentence (above->text) || r->col_right[i - 1] <= 0 ||
       above->right < r->col_right[i - 1] - line->size))
    return FALSE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return TRUE;
}
