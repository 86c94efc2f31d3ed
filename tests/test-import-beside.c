/* test-import-beside.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose text stands beside other text on a row, as the
 * reader's lines give them, in layouts met in real resumes, in our own
 * words: an entry's dates stacked in a column of their own, the end over
 * the start, beside its title and first item; drawn marks that stand as
 * high as the capitals. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Jobs whose dates stand flush right in a column of their own, the end
 * over the start: the title beside the end after a tab, the first of
 * the duties (each after a "∠", wrapped under its text) beside the
 * start. Each job is an entry with its span, its duties its items. */
static void
test_stacked_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 42, 170, 17, 0, 0, "Tomás Ledesma");
  add_line_full (lines, 0, 52, 260, 9, 2, 0, "tomas.ledesma@example.com.ar");
  add_line_full (lines, 0, 64, 215, 14.3, 20, VITAE_TEXT_LINE_BOLD, "WORK HISTORY");
  add_line_full (lines, 0, 88, 300, 10, 14, 0, "Present\tBackend Developer, Lumbre S.R.L.");
  add_line_full (lines, 0, 57, 551, 10, -0.6, 0,
                 "October 2020\t∠\tDesigned the billing service and the queues that feed it, with tests for")->tab_x = 143;
  add_line_full (lines, 0, 151.6, 330, 10, -0.6, 0, "every one of its endpoints.");
  add_line_full (lines, 0, 143, 240, 10, -0.6, 0, "∠\tOn-call support.");
  add_line_full (lines, 0, 72, 380, 10, 10, 0, "March 2020\tField Technician, Sonora Audio");
  add_line_full (lines, 0, 79, 420, 10, -0.6, 0, "May 2017\t∠\tTuned the halls' sound systems before each concert.")->tab_x = 143;
  add_line_full (lines, 0, 143, 330, 10, -0.6, 0, "∠\tKept the cable stock.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Designed the billing service and the queues that feed it, with tests for every one of its endpoints.\n"
                   "On-call support.\n"
                   "Tuned the halls' sound systems before each concert.\n"
                   "Kept the cable stock.\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2020-10");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2017-05");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2020-03");
}

static const char * const high_items[] = {
  "Modelled the flow of the river through the old town",
  "Calibrated the model",
  "Compared the runs against the gauges of three winters",
};

/* Items marked with chevrons drawn as high as the capitals: their
 * middle a third of the line above the letters' middle, their top above
 * the letters' box. */
static void
draw_high_chevrons (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Ilse Marchetti", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.marchetti@example.it", 9, FALSE);
  draw_text (cr, 40, 100, "Research", 12, TRUE);
  draw_text (cr, 40, y, "Hydraulics Laboratory, Delft", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (high_items); i++)
    {
      double x = 48, middle = (y += 18) + 3.5;

      cairo_save (cr);
      cairo_new_path (cr);
      cairo_set_source_rgb (cr, 0.1, 0.3, 0.5);
      cairo_move_to (cr, x, middle - 4);
      cairo_line_to (cr, x + 3, middle - 4);
      cairo_line_to (cr, x + 6, middle);
      cairo_line_to (cr, x + 3, middle + 4);
      cairo_line_to (cr, x, middle + 4);
      cairo_line_to (cr, x + 3, middle);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_text (cr, x + 10, y, high_items[i], 10, FALSE);
    }
}

static void
test_high_chevrons (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_high_chevrons);
  g_autofree char *bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Modelled the flow of the river through the old town\n"
                   "Calibrated the model\n"
                   "Compared the runs against the gauges of three winters\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-beside/stacked-dates", test_stacked_dates);
  g_test_add_func ("/import-beside/high-chevrons", test_high_chevrons);
  return g_test_run ();
}
