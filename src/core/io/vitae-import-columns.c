/* vitae-import-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's measures of a PDF's columns: where each line's column
 * ends (_vitae_import_column_rights()) and the leading of the text of
 * each size (_vitae_import_size_gaps()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether line @k of a PDF reaches as far right as the column of line
 * @i reaches. Lines of another page, size or column do not, nor does a
 * line read after (or before) a column set right of line @i's (three
 * lines or more, in a row) when it runs across where that column
 * starts and line @i does not: a section set across the page under two
 * columns, whose lines start where the left column's do. */
static gboolean
reaches_column (GPtrArray *lines,
                guint      i,
                guint      k,
                guint      header_end)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  VitaeTextLine *other = g_ptr_array_index (lines, k);
  int step = k > i ? 1 : -1;
  guint n_beside = 0;
  double beside_x = G_MAXDOUBLE, cross_x = G_MAXDOUBLE;

  if (other->page != line->page || ABS (other->x - line->x) >= 100 || ABS (other->size - line->size) >= 1 ||
      (k < header_end) != (i < header_end))
    return FALSE;
  for (guint j = i + step; j != k; j += step)
    {
      VitaeTextLine *between = g_ptr_array_index (lines, j);

      if (between->page == line->page && between->x > line->x + 100 && between->x > line->right)
        {
          beside_x = MIN (beside_x, between->x);
          if (++n_beside >= 3)
            cross_x = MIN (cross_x, beside_x);
        }
      else
        n_beside = 0, beside_x = G_MAXDOUBLE;
    }
  return other->right <= cross_x;
}

/* Where the column of each line of a PDF ends: the furthest right any
 * line of its page that starts near it (within 100 points) ends
 * (reaches_column()), the header's lines (before line @header_end) and
 * the sections' apart: a summary across the page's width over two
 * columns of sections. */
double *
_vitae_import_column_rights (GPtrArray *lines,
                             guint      header_end)
{
  double *rights = g_new0 (double, lines->len + 1);

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      rights[i] = line->right > 0 ? line->right : 0;
      for (guint k = 0; k < lines->len && line->right > 0; k++)
        if (k != i && reaches_column (lines, i, k, header_end))
          rights[i] = MAX (rights[i], ((VitaeTextLine *) g_ptr_array_index (lines, k))->right);
    }
  return rights;
}

/* The gap between the lines of a paragraph for each line's font size:
 * the smallest gap met three times or more between two lines of that
 * size, one under the other, or 0. A document sets its text of each size
 * with its own leading. */
double *
_vitae_import_size_gaps (GPtrArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) best = g_hash_table_new (g_direct_hash, g_direct_equal);
  double *gaps = g_new0 (double, lines->len + 1);

  for (guint i = 1; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *above = g_ptr_array_index (lines, i - 1);
      int size = (int) (line->size * 2 + 0.5);
      int gap = (int) (MAX (line->gap, 0) * 2 + 0.5);
      gpointer key = GINT_TO_POINTER (size * 10000 + gap);
      guint n;

      if (line->size <= 0 || above->page != line->page || ABS (above->size - line->size) >= 0.5 ||
          line->gap <= -1 || line->gap >= line->size || gap >= 10000)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;
      g_hash_table_insert (counts, key, GUINT_TO_POINTER (n));
      if (n >= 3 && (!g_hash_table_contains (best, GINT_TO_POINTER (size)) ||
                     gap < GPOINTER_TO_INT (g_hash_table_lookup (best, GINT_TO_POINTER (size)))))
        g_hash_table_insert (best, GINT_TO_POINTER (size), GINT_TO_POINTER (gap));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      gpointer size = GINT_TO_POINTER ((int) (line->size * 2 + 0.5));

      if (g_hash_table_contains (best, size))
        gaps[i] = GPOINTER_TO_INT (g_hash_table_lookup (best, size)) / 2.0;
    }
  return gaps;
}
