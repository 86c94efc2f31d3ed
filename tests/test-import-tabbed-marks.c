/* test-import-tabbed-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose list items set a tab between their mark and their
 * text, with no hanging indent: an item's wrapped lines go back left of
 * its text, to about where its mark stands (a word processor's list in
 * a Europass page, its labels right aligned at the left). Each page is
 * drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

#define LEADING 10.6

/* Each list's label, then its items: one line, or two (the item's
 * first line and its wrapped line). */
static const char * const tabbed_rows[][3] = {
  { "Garden skills", "Pruning fruit trees and grapevines in the late winter, learned from",
    "the orchard keeper of our village over four seasons" },
  { NULL, "Raising seedlings under glass for the spring market", NULL },
  { NULL, "Building raised beds and dry stone walls with the neighbours, as well as",
    "mending the old ones after the floods" },
  { NULL, "Keeping bees in two hives", NULL },
  { NULL, "Composting kitchen and garden waste for the whole street", NULL },
  { "Other skills", "Patient teaching of children on school garden days", NULL },
  { NULL, "Planning the work of a season on a single sheet of paper, so that the",
    "volunteers always knew what came next" },
  { NULL, "Mending hand tools and sharpening blades on a whetstone, both at home",
    "and for the allotment society" },
  { NULL, "Reading maps and soil surveys", NULL },
};

static void
draw_tabbed_marks (cairo_t *cr)
{
  double y = 90;

  draw_text (cr, 190, 40, "Curriculum vitae", 7.5, FALSE);
  draw_text (cr, 455, 40, "Ingrid Solberg", 7.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (tabbed_rows); k++, y += LEADING)
    {
      if (tabbed_rows[k][0] != NULL)
        {
          y += k > 0 ? 40 : 0;
          draw_right_aligned (cr, 168, y, tabbed_rows[k][0], 6.75);
        }
      draw_text (cr, 184, y, "▪", 6.75, FALSE);
      draw_text (cr, 220, y, tabbed_rows[k][1], 6.75, FALSE);
      if (tabbed_rows[k][2] != NULL)
        draw_text (cr, 190, y += LEADING, tabbed_rows[k][2], 6.75, FALSE);
    }
  draw_text (cr, 187, 800, "Page 2 / 2", 5.25, FALSE);
}

/* The page is one column: each wrapped line, left of where the items'
 * text starts, comes right after its item's first line, not after all
 * of the items as a column of its own. */
static void
test_wraps_stay_with_items (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_tabbed_marks);
  gboolean after_first = FALSE;

  for (guint i = 1; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *above = g_ptr_array_index (lines, i - 1);

      if (g_str_has_prefix (line->text, "the orchard keeper"))
        after_first = strstr (above->text, "Pruning fruit trees") != NULL;
    }
  g_assert_true (after_first);
}

/* Each item reads whole, its wrapped line with it, the first one of
 * each list (on its label's row) too; the labels stay the lists'
 * headings, without the next item's mark. */
static void
test_items_whole (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_tabbed_marks);
  g_autofree char *bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Pruning fruit trees and grapevines in the late winter, learned from the "
                                     "orchard keeper of our village over four seasons\n"));
  g_assert_nonnull (strstr (bullets, "Building raised beds and dry stone walls with the neighbours, as well as "
                                     "mending the old ones after the floods\n"));
  g_assert_nonnull (strstr (bullets, "Planning the work of a season on a single sheet of paper, so that the "
                                     "volunteers always knew what came next\n"));
  g_assert_nonnull (strstr (bullets, "Mending hand tools and sharpening blades on a whetstone, both at home and "
                                     "for the allotment society\n"));
  g_assert_nonnull (strstr (bullets, "\nPatient teaching of children on school garden days\n"));
  g_assert_nonnull (section_titled (document, "Other skills"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-tabbed-marks/wraps-stay-with-items", test_wraps_stay_with_items);
  g_test_add_func ("/import-tabbed-marks/items-whole", test_items_whole);
  return g_test_run ();
}
