/* test-import-date-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose jobs are the rows of a table under a heading: a
 * narrow cell of dates at the page's edge, the duties in a wide cell
 * right of it, on the same row. The PDF reader reads the cells of dates
 * as a column of their own; the import puts each back on its row. The
 * page is drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-date-rows.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* Each job: its dates, the start and end they read as ("" for none),
 * its duties. */
static const char * const jobs[][4] = {
  { "2022", "", "2022",
    "Summer job at a sawmill in Ostrava: sorted the planks by grade and kept the log of the drying kilns "
    "for the night shift." },
  { "2020 - 2022:", "2020", "2022", "Cashier at a corner bakery, beside my studies at the college." },
  { "2019:", "", "2019", "Painted the scenery for the spring play of the grammar school." },
  { "2017 - 2019:", "2017", "2019",
    "Stocked the shelves of a hardware store on Saturdays and helped customers to find the screws and "
    "hinges they were after." },
  { "2016:", "", "2016", "Walked the neighbours' dogs during the summer holidays." },
};

/* Unpaid work, the table's second part under a heading of its own. */
static const char * const unpaid[][2] = {
  { "2021 - 2023", "Coached the under-twelves of the village football club." },
  { "2018", "Helped to rebuild the footbridge over the mill race." },
};

/* A title, the details at the page's edge (x 72), then a heading and
 * the jobs' rows: each date at the edge, its duties at x 160, wrapped
 * within the page; a heading and two rows more. Then a heading and a
 * paragraph across the page. */
static void
draw_date_rows (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 230, 60, "CV - Jana Horáková", 15, FALSE);
  draw_text (cr, 72, 100, "Jana Horáková, born 2001", 7.5, FALSE);
  draw_text (cr, 72, 115, "Lipová 12, 702 00 Ostrava", 7.5, FALSE);
  draw_text (cr, 72, y, "E-mail: jana.horakova@example.cz", 7.5, FALSE);
  draw_text (cr, 72, y + 30, "Work experience", 10.5, FALSE);
  y += 60;
  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    {
      draw_wrapped (cr, 72, y, 80, jobs[e][0], 7.5);
      y += draw_wrapped (cr, 160, y, 365, jobs[e][3], 10) + 6;
    }
  draw_text (cr, 72, y + 15, "Volunteering", 10.5, FALSE);
  y += 45;
  for (guint e = 0; e < G_N_ELEMENTS (unpaid); e++)
    {
      draw_wrapped (cr, 72, y, 80, unpaid[e][0], 7.5);
      y += draw_wrapped (cr, 160, y, 365, unpaid[e][1], 10) + 6;
    }
  draw_text (cr, 72, y + 20, "Interests", 10.5, FALSE);
  draw_wrapped (cr, 72, y + 45, 450,
                "I carve spoons from birch, sing in a choir and walk the hills of the Beskydy with a map "
                "and no phone whenever the weather lets me.",
                7.5);
}

/* Each row reads as one job: its dates and its duties. */
static void
test_dates_on_their_rows (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_date_rows);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, G_N_ELEMENTS (jobs));
  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);
      const char *role = vitae_node_get_text (VITAE_NODE (entry), "role");
      g_autofree char *first_words = g_strndup (jobs[e][3], 20);

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, jobs[e][1]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, jobs[e][2]);
      g_assert_nonnull (role);
      g_assert_true (g_str_has_prefix (role, first_words));
    }
  /* (The heading between the rows reads in its place, before its own.) */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_VOLUNTEER), ==, G_N_ELEMENTS (unpaid));
  for (guint e = 0; e < G_N_ELEMENTS (unpaid); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_VOLUNTEER, e);

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, e == 0 ? "2023" : "2018");
    }
}

/* Dates alone one under another with no text level with them (a list
 * of years) stay where they are. */
static void
draw_years_apart (cairo_t *cr)
{
  draw_text (cr, 230, 60, "CV - Jana Horáková", 15, FALSE);
  draw_text (cr, 72, 100, "Work experience", 10.5, FALSE);
  draw_wrapped (cr, 72, 130, 80, "2019", 7.5);
  draw_wrapped (cr, 72, 150, 80, "2018", 7.5);
  draw_wrapped (cr, 72, 170, 80, "2017", 7.5);
  draw_wrapped (cr, 160, 200, 365, "Carried the post around the village every morning before school, in the rain as in the snow.", 7.5);
}

static void
test_years_apart_stay (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_years_apart);
  g_autoptr(GPtrArray) joined = _vitae_import_join_date_rows (lines);

  g_assert_null (joined);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-date-rows/dates-on-their-rows", test_dates_on_their_rows);
  g_test_add_func ("/import-date-rows/years-apart-stay", test_years_apart_stay);

  return g_test_run ();
}
