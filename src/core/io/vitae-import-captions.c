/* vitae-import-captions.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A caption set in larger type left of a list, under a logo ("Harbor
 * Works" under a company's picture) and level with one of the list's
 * lines, which the reader gives as one row with a wide gap:
 *
 *                  Did this and that.
 *                  Kept the other in order.
 *   Harbor Works   Led the team of three.
 *
 * The row's text after the gap starts where the lines above it do, in
 * their smaller size, right under them: it is the list's line, and the
 * caption goes on a line of its own after it
 * (_vitae_import_split_captions()). Read whole, the row's larger size
 * made it an entry's title and the lines around it a paragraph. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* The caption of line @line (under @above), when it is one beside a
 * list's line (see the top of the file): its cell before the gap, a few
 * words in type a quarter larger than the line above, the text after
 * the gap starting where that line does and right under it. Else NULL. */
static char *
caption_of (const VitaeTextLine *line,
            const VitaeTextLine *above)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *cell = NULL;

  if (tab == NULL || above == NULL || above->page != line->page || line->tab_x <= line->x || above->size <= 0 ||
      line->lead_size < 1.25 * above->size || above->tab_x > above->x || ABS (above->x - line->tab_x) >= 1 ||
      line->gap < 0 || line->gap >= above->size || strchr (tab + 1, '\t') != NULL || _vitae_import_after_bullet (line->text) != NULL)
    return NULL;
  cell = g_strstrip (g_strndup (line->text, tab - line->text));
  if (cell[0] == '\0' || _vitae_import_count_words (cell) > 4 || _vitae_import_count_words (tab + 1) == 0)
    return NULL;
  return g_steal_pointer (&cell);
}

/* Adds @caption to @result, whose last line is the list's line @item
 * beside it: before the title the list stands under (larger than the
 * list, where its lines start), as a logo's caption names whose entry it
 * is; or, with no such title, after @item. */
static void
insert_caption (GPtrArray     *result,
                VitaeTextLine *caption,
                VitaeTextLine *item)
{
  guint k = result->len - 1;

  while (k > 0 && result->len - k < 12)
    {
      VitaeTextLine *other = g_ptr_array_index (result, k - 1);

      if (other->page != item->page || ABS (other->x - item->x) >= 1)
        break;
      if (other->size >= item->size + 0.5)
        {
          caption->gap = 0;
          caption->right = other->x + (caption->right - caption->x);
          caption->x = other->x;
          g_ptr_array_insert (result, k, caption);
          return;
        }
      if (ABS (other->size - item->size) >= 0.5)
        break;
      k--;
    }
  g_ptr_array_add (result, caption);
}

/**
 * _vitae_import_split_captions:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * Parts a caption set beside a list's line from that line (see the top
 * of the file): the line, as the list's others are, then the caption.
 *
 * Returns: (transfer full) (nullable): new lines, or NULL when no row
 *   holds a caption
 */
GPtrArray *
_vitae_import_split_captions (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *above = i > 0 ? g_ptr_array_index (lines, i - 1) : NULL;
      g_autofree char *caption = caption_of (line, above);
      g_autofree char *rest = NULL;
      VitaeTextLine *item, *label;

      if (caption == NULL)
        {
          if (result != NULL)
            g_ptr_array_add (result, vitae_text_line_copy (line, NULL));
          continue;
        }
      if (result == NULL)
        result = vitae_text_lines_copy_n (lines, i);
      g_debug ("a caption beside a list's line: %s", caption);
      rest = g_strstrip (g_strdup (strchr (line->text, '\t') + 1));
      item = vitae_text_line_copy (line, rest);
      item->x = line->tab_x;
      item->tab_x = -1;
      item->lead_size = 0;
      item->size = above->size;
      item->gap = above->gap;
      g_ptr_array_add (result, item);
      label = vitae_text_line_copy (line, caption);
      label->right = line->tab_x - 1;
      label->tab_x = -1;
      label->size = line->lead_size;
      label->lead_size = 0;
      label->flags |= LINE_CAPTION;
      insert_caption (result, label, item);
    }
  return result;
}
