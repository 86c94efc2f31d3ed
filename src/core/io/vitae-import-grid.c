/* vitae-import-grid.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of list items set side by side in cells whose
 * lines wrap under each other: which cells a line under a row of them
 * goes on with (_vitae_import_grid_wraps()); and two cells of such a
 * row set closer than a tab apart (_vitae_import_split_close_cells()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-grid.h"
#include "vitae-import-private.h"

/* The cells of @next, a line under @line (a row of @n items side by
 * side, its first cell's mark written, its second starting at its
 * tab_x), that go on with @line's: a line as close as a paragraph's,
 * in its size, starting under its text (not its mark), with no mark,
 * its first gap where @line has its own (within a point) and two cells
 * or more, but no more than @line. Or, when @line has two cells and the
 * second is no date, a line of one cell starting where that second cell
 * does (within a point): its wrap, where the first cell ended a line
 * higher. Returns @n cells (those it has not, empty), or NULL. */
GStrv
_vitae_import_grid_wraps (VitaeTextLine *line,
                          GStrv          cells,
                          VitaeTextLine *next)
{
  guint n = g_strv_length (cells);
  g_auto(GStrv) more = g_strsplit (next->text, "\t", -1);
  guint n_more = g_strv_length (more);
  g_autofree char *s = NULL, *e = NULL;
  GStrv result;

  if (next->page != line->page || ABS (next->size - line->size) >= 0.5 || next->gap > 0.5 * line->size ||
      n_more > n || _vitae_import_after_bullet (next->text) != NULL)
    return NULL;
  if (n_more == 1 && n == 2 && ABS (next->x - line->tab_x) < 1 && !_vitae_import_parse_dates (cells[1], &s, &e))
    {
      result = g_new0 (char *, 3);
      result[0] = g_strdup ("");
      result[1] = g_strdup (more[0]);
      return result;
    }
  if (next->x <= line->x + 0.25 * line->size || next->x >= line->x + 3 * line->size ||
      ABS (next->tab_x - line->tab_x) >= 1 || n_more < 2)
    return NULL;
  result = g_new0 (char *, n + 1);
  for (guint k = 0; k < n; k++)
    result[k] = g_strdup (k < n_more ? more[k] : "");
  return result;
}

/* @row, the cells of a row of list items side by side after the first
 * one's mark ("Detail • Patience <tab> • Humour"), with a tab before
 * each mark that stands between spaces inside a cell, the glyph of the
 * row's later cells: two items set closer than a tab apart, the first
 * one's words too long for its column. Only round glyphs and squares, no
 * dash (a dash between spaces is a phrase's). */
char *
_vitae_import_split_close_cells (const char *row)
{
  static const char * const glyphs[] = { "•", "◦", "●", "▪", "■", "·", NULL };
  for (guint i = 0; glyphs[i]; i++)
    {
      g_autofree char *mark = g_strconcat ("\t", glyphs[i], " ", NULL);
      g_autofree char *inside = g_strconcat (" ", glyphs[i], " ", NULL);

      if (strstr (row, mark) != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (row, inside, -1);

          return g_strjoinv (mark, parts);
        }
    }
  return g_strdup (row);
}
