/* test-import-side-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One list set in two sub-columns inside a column of an imported PDF,
 * its marks drawn, not written: a dark sidebar's tools, white dots
 * before each, two items a row; or written, a small "o" before the right
 * sub-column's. Each item is one line, the left sub-column's read
 * first. Each page is drawn here, in our own words
 * (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const left_tools[] = { "Compass", "Sextant", "Echo sounder", "Log", "Chart plotter", "Radar", "Sonar", "Tide tables" };
static const char * const right_tools[] = { "Theodolite", "Level", "Total station", "GNSS rover", "Drone", "Hand lead", "Tape", "Rod" };

static const char * const duties[] = {
  "Charted the silted channel before the spring dredging.",
  "Cut the survey's turnaround from three weeks to nine days.",
  "Trained four deckhands to run the echo sounder on their own.",
  "Kept the soundings of eleven harbours in one database.",
  "Wrote the office's guide to reading old charts.",
  "Checked the buoys of the northern approach each month.",
  "Logged the depth at each berth after the winter storms.",
};

/* A white dot drawn centred at (@x, @y), without a glyph. */
static void
draw_dot (cairo_t *cr,
          double   x,
          double   y)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 1.8, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* A dark sidebar whose tools stand in two sub-columns, two a row, each
 * with a white dot drawn before it, the right sub-column's a little
 * lower; beside it a main column in smaller print, its lines longer and
 * more of them than any other size's. */
static void
draw_side_list (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.15, 0.22, 0.25);
  cairo_rectangle (cr, 0, 0, 200, 842);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  draw_text (cr, 24, 40, "Maren Solberg", 14, TRUE);
  draw_text (cr, 24, 80, "maren.solberg@example.no", 7.5, FALSE);
  draw_text (cr, 24, 120, "Tools", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (left_tools); i++)
    {
      draw_dot (cr, 31, 150 + 13 * i + 6.5);
      draw_text (cr, 38, 150 + 13 * i, left_tools[i], 7.5, FALSE);
      draw_dot (cr, 117, 152 + 13 * i + 6.5);
      draw_text (cr, 124, 152 + 13 * i, right_tools[i], 7.5, FALSE);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 240, 40, "Experience", 12, TRUE);
  for (guint e = 0; e < 2; e++)
    {
      double y = 70 + 120 * e;

      draw_text (cr, 240, y, e == 0 ? "Harbour Survey Office" : "Tidewater Instruments", 9, TRUE);
      draw_text (cr, 240, y + 14, "2019 - 2023", 6, FALSE);
      for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
        draw_text (cr, 250, y + 28 + 11 * i, duties[i], 6, FALSE);
    }
}

/* The index of the line that reads "• @text", or -1. */
static int
item_line (GPtrArray  *lines,
           const char *text)
{
  g_autofree char *item = g_strconcat ("• ", text, NULL);

  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, item) == 0)
      return i;
  return -1;
}

static void
test_two_sub_columns (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_side_list);
  int prev = -1;

  /* Each tool is an item of its own (the dots white on the dark ground,
   * the tools set larger than most of the page), the left sub-column's
   * first, top to bottom, then the right one's. */
  for (guint i = 0; i < 2 * G_N_ELEMENTS (left_tools); i++)
    {
      const char *tool = i < G_N_ELEMENTS (left_tools) ? left_tools[i] : right_tools[i - G_N_ELEMENTS (left_tools)];
      int at = item_line (lines, tool);

      g_assert_cmpint (at, >, prev);
      prev = at;
    }
}

static void
test_two_sub_columns_import (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_side_list);
  g_autofree char *bullets = all_bullets (document);
  g_autoptr(GString) expected = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (left_tools); i++)
    g_string_append_printf (expected, "%s\n", left_tools[i]);
  for (guint i = 0; i < G_N_ELEMENTS (right_tools); i++)
    g_string_append_printf (expected, "%s\n", right_tools[i]);
  g_assert_nonnull (strstr (bullets, expected->str));
}

/* The tools, one a line, are more lines than the main column's smaller
 * print, but much less of the text: the body's size stays the print's. */
static void
test_body_size (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_side_list);

  g_assert_cmpfloat_with_epsilon (_vitae_import_body_font_size (lines), 8, 0.5);
}

static const char * const methods[] = { "Surveying with total stations", "Hydrographic charting", "Scheduling field crews" };
static const char * const gauges[] = { "Tide gauges", "Echo sounders", "Side-scan sonar" };

/* A list in two sub-columns whose marks are written: a bullet before
 * each item of the left one, a small "o" standing alone before each of
 * the right one's (a word processor's second-level items). */
static void
draw_written_marks (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Solberg", 16, TRUE);
  draw_text (cr, 40, 70, "SKILLS", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      draw_text (cr, 54, 90 + 13 * i, "•", 8, FALSE);
      draw_text (cr, 72, 90 + 13 * i, methods[i], 8, FALSE);
      draw_text (cr, 330, 90 + 13 * i, "o", 8, FALSE);
      draw_text (cr, 348, 90 + 13 * i, gauges[i], 8, FALSE);
    }
  draw_text (cr, 40, 150, "EXPERIENCE", 10, TRUE);
  draw_text (cr, 40, 170, "Harbour Survey Office", 8, TRUE);
  draw_text (cr, 40, 184, "Charted the silted channel before the spring dredging.", 8, FALSE);
}

/* The index of the line that ends in @text and holds no tab after it, or
 * -1. */
static int
line_ending_alone (GPtrArray  *lines,
                   const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      if (g_str_has_suffix (line, text) && strstr (line, text) == line + strlen (line) - strlen (text) &&
          strchr (line + strlen (line) - strlen (text), '\t') == NULL && strlen (line) <= strlen (text) + 4)
        return i;
    }
  return -1;
}

static void
test_written_sub_columns (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_written_marks);
  int prev = -1;

  /* Each item is a line of its own (its mark before it), the left
   * sub-column's first, then the right one's. */
  for (guint i = 0; i < 2 * G_N_ELEMENTS (methods); i++)
    {
      const char *item = i < G_N_ELEMENTS (methods) ? methods[i] : gauges[i - G_N_ELEMENTS (methods)];
      int at = line_ending_alone (lines, item);

      g_assert_cmpint (at, >, prev);
      prev = at;
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-side-lists/two-sub-columns", test_two_sub_columns);
  g_test_add_func ("/import-side-lists/two-sub-columns-import", test_two_sub_columns_import);
  g_test_add_func ("/import-side-lists/body-size", test_body_size);
  g_test_add_func ("/import-side-lists/written-sub-columns", test_written_sub_columns);
  return g_test_run ();
}
