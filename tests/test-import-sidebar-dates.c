/* test-import-sidebar-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs with a sidebar beside a main column set as a table: each
 * entry's dates in a narrow column at the main column's left, its text
 * in a wider one right of them, the main column's headings and summary
 * starting a little left of the dates. The page is drawn here, in our
 * own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const side_lines[] = {
  "Contact", "14 Quay Road", "Bergen", "ingrid.haugen@example.no", "+47 555 01 234", "Interests", "Rowing",
  "Knots and splices",
};

static const char * const jobs[][5] = {
  { "2021 – 2024", "Harbour pilot", "Saltvik Port Authority", "Guided cargo ships through the narrows",
    "Kept the log of soundings" },
  { "2018 – 2021", "Deckhand", "Northern Ferry Line", "Moored the ferry at nine landings",
    "Trained the summer crew" },
  { "2015 – 2018", "Boat builder", "Lofoten Yard", "Planked two fishing boats", "Fitted the engines" },
};

static const char * const schools[][3] = {
  { "2012 – 2015", "Coastal navigation", "Bergen Maritime School" },
  { "2009 – 2012", "Carpentry", "Voss Trade School" },
};

/* A dark sidebar at the left, its lines at a leading of their own; a
 * main column from x 215: its summary and headings at its edge, each
 * entry's dates at x 222 beside its text at x 310, where most lines
 * start. */
static void
draw_label_column (cairo_t *cr)
{
  double y = 40;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.3);
  cairo_rectangle (cr, 0, 0, 190, 842);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (side_lines); i++, y += 23)
    draw_text (cr, 24, y, side_lines[i], 7.5, FALSE);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 260, 24, "Pilot, deckhand and shipwright", 13, TRUE);
  y = 60 + draw_wrapped (cr, 215, 60, 350,
                         "Twelve years at sea and in the yard: I know the fjord's narrows by night and a hull "
                         "by the sound of its planks.", 8);
  draw_text (cr, 215, y + 16, "Experience", 13, TRUE);
  y += 46;
  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    {
      draw_text (cr, 222, y, jobs[e][0], 8, FALSE);
      draw_text (cr, 310, y, jobs[e][1], 8, TRUE);
      for (guint i = 2; i < 5; i++)
        draw_text (cr, 310, y + (i - 1) * 12, jobs[e][i], 8, FALSE);
      y += 62;
    }
  draw_text (cr, 215, y, "Education", 13, TRUE);
  y += 30;
  for (guint s = 0; s < G_N_ELEMENTS (schools); s++)
    {
      draw_text (cr, 222, y, schools[s][0], 8, FALSE);
      draw_text (cr, 310, y, schools[s][1], 8, TRUE);
      draw_text (cr, 310, y + 12, schools[s][2], 8, FALSE);
      y += 36;
    }
}

/* The index of the line that holds @text. */
static guint
index_of (GPtrArray  *lines,
          const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, text) != NULL)
      return i;
  g_error ("no line holds %s", text);
  return 0;
}

/* Each entry's dates read right before its text, on its first line,
 * not with the sidebar: the page parts at the main column's edge, not
 * where the entries' text starts; the sidebar reads whole. */
static void
test_dates_beside_entries (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_label_column);
  g_autoptr(VitaeDocument) document = import_drawn (draw_label_column);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (side_lines); i++)
    g_assert_cmpuint (index_of (lines, side_lines[i]) + 1, ==, index_of (lines, side_lines[i + 1]));
  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);
      g_autofree char *start = g_strndup (jobs[e][0], 4);

      g_assert_cmpuint (index_of (lines, jobs[e][0]), ==, index_of (lines, jobs[e][1]));
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, start);
    }
  for (guint s = 0; s < G_N_ELEMENTS (schools); s++)
    g_assert_cmpuint (index_of (lines, schools[s][0]), ==, index_of (lines, schools[s][1]));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-sidebar-dates/dates-beside-entries", test_dates_beside_entries);

  return g_test_run ();
}
