/* test-import-entry-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose entries stand in columns of their own inside the
 * main column: each job's title, employer and dates at the left, its
 * duties in a column well right of them, each duty marked by a dot drawn
 * as a shape (a Canva design). Each page is drawn here, in our own
 * words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The line that ends in @text. */
static VitaeTextLine *
line_ending (GPtrArray  *lines,
             const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_suffix (line->text, text))
        return line;
    }
  g_error ("no line ends in %s", text);
  return NULL;
}

static const char * const jobs[][5] = {
  { "Harbour pilot", "Saltvik Port Authority", "2021 - 2024", "Guided cargo ships through the narrows at night",
    "Kept the log of soundings for the chart office" },
  { "Deckhand", "Northern Ferry Line", "2018 - 2021", "Moored the ferry at nine landings a day",
    "Trained the summer crew in the use of the winch" },
};

/* Text of 8 points drawn at @y has the middle of its small letters some
 * 7 points below. */
#define MIDDLE 7.0

/* A job's title, employer and dates at x 40, its duties at x 220, 180
 * points (over twenty ems) right of any other line's start, each with a
 * dot drawn 8 points left of it. */
static void
draw_duty_column (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Ingrid Haugen", 20, TRUE);
  draw_text (cr, 40, 72, "ingrid.haugen@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 14, TRUE);
  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    {
      draw_text (cr, 40, y, jobs[e][0], 11, FALSE);
      draw_text (cr, 40, y + 15, jobs[e][1], 9, FALSE);
      draw_text (cr, 40, y + 28, jobs[e][2], 8, FALSE);
      for (guint i = 3; i < 5; i++)
        {
          double top = y + (i - 3) * 13;

          cairo_new_path (cr);
          cairo_arc (cr, 212, top + MIDDLE, 1.6, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_text (cr, 220, top, jobs[e][i], 8, FALSE);
        }
      y += 60;
    }
}

/* The dots drawn far right of where the entries' lines start still mark
 * the duties as items. */
static void
test_duty_column (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_duty_column);

  for (guint e = 0; e < G_N_ELEMENTS (jobs); e++)
    for (guint i = 3; i < 5; i++)
      g_assert_true (g_str_has_prefix (line_ending (lines, jobs[e][i])->text, "• "));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-entry-columns/duty-column", test_duty_column);

  return g_test_run ();
}
