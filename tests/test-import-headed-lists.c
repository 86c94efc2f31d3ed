/* test-import-headed-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A table of short lists side by side in an imported PDF, each under a
 * heading of its own on one row, their marks drawn, the section's name
 * in a margin column of labels beside the headings' row. Each list is
 * read under its heading, the left one first, not row by row across
 * them. The page is drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const headings[] = { "Maps", "Office", "Boats", "Radio" };
static const char * const field[] = { "Levelling", "Total station", "Tide poles" };
static const char * const office[] = { "Chart plotting", "Drafting" };
static const char * const boats[] = { "Skiff handling", "Towing", "Knots" };
static const char * const radio[] = { "VHF licence" };

static const char * const duties[] = {
  "Charted the silted channel before the spring dredging began.",
  "Cut the survey's turnaround from three weeks to nine days.",
  "Trained four deckhands to run the echo sounder on their own.",
};

static void
draw_dot (cairo_t *cr,
          double   x,
          double   y)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 1.6, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* A list of @n @items under @heading at @x, from @top down, each with a
 * dot drawn before it. */
static void
draw_column (cairo_t            *cr,
             double              x,
             double              top,
             const char         *heading,
             const char * const *items,
             guint               n)
{
  draw_text (cr, x, top, heading, 9, TRUE);
  for (guint i = 0; i < n; i++)
    {
      draw_dot (cr, x + 6, top + 18 + 13 * i + 6);
      draw_text (cr, x + 12, top + 18 + 13 * i, items[i], 9, FALSE);
    }
}

/* Section names in a margin column at the left, beside their text; the
 * skills a table of four lists, the row of their headings beside the
 * section's name, under a line set at the right (a school's place and
 * year), so that the name reads as if a column at the left began. */
static void
draw_table (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Solberg", 18, TRUE);
  draw_text (cr, 40, 68, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 110, "EXPERIENCE", 8, TRUE);
  draw_text (cr, 150, 110, "Harbour Survey Office, Bergen", 9, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      draw_dot (cr, 156, 128 + 13 * i + 6);
      draw_text (cr, 162, 128 + 13 * i, duties[i], 9, FALSE);
    }
  draw_text (cr, 40, 200, "EDUCATION", 8, TRUE);
  draw_text (cr, 150, 200, "Coastal College", 9, TRUE);
  draw_text (cr, 150, 214, "BSc in Geodesy", 9, FALSE);
  draw_right_aligned (cr, 555, 228, "Stavanger, 2017", 9);
  draw_text (cr, 40, 260, "SKILLS", 8, TRUE);
  draw_column (cr, 150, 260, headings[0], field, G_N_ELEMENTS (field));
  draw_column (cr, 255, 260, headings[1], office, G_N_ELEMENTS (office));
  draw_column (cr, 360, 260, headings[2], boats, G_N_ELEMENTS (boats));
  draw_column (cr, 465, 260, headings[3], radio, G_N_ELEMENTS (radio));
}

/* The index of the first line from @from that reads @text (after its
 * mark, if any), or -1. */
static int
line_reading (GPtrArray  *lines,
              guint       from,
              const char *text)
{
  for (guint i = from; i < lines->len; i++)
    {
      const char *line = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      if (g_str_has_prefix (line, "• "))
        line += strlen ("• ");
      if (g_strcmp0 (line, text) == 0)
        return i;
    }
  return -1;
}

static void
test_columns_read_apart (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_table);
  const char * const *lists[] = { field, office, boats, radio };
  guint n[] = { G_N_ELEMENTS (field), G_N_ELEMENTS (office), G_N_ELEMENTS (boats), G_N_ELEMENTS (radio) };
  int prev = 0;

  /* Each heading (the first beside the section's name) then its items,
   * each a line of its own, one list after the other. */
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      int at = c == 0 ? line_reading (lines, prev, "SKILLS\tMaps") : line_reading (lines, prev, headings[c]);

      g_assert_cmpint (at, >=, prev);
      prev = at;
      for (guint i = 0; i < n[c]; i++)
        {
          at = line_reading (lines, prev, lists[c][i]);
          g_assert_cmpint (at, ==, prev + 1);
          prev = at;
        }
    }
}

static void
test_columns_import (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_table);
  VitaeSection *section = section_titled (document, "Skills");
  g_autofree char *bullets = all_bullets (document);
  const char * const *lists[] = { field, office, boats, radio };
  guint n[] = { G_N_ELEMENTS (field), G_N_ELEMENTS (office), G_N_ELEMENTS (boats), G_N_ELEMENTS (radio) };

  /* A group of each list, its items whole, in the lists' order, none
   * joined with a heading; the table stays in the skills, not in the
   * education above it (its line at the right, then the section's name
   * at the left, read as two columns of the page would be). */
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, G_N_ELEMENTS (lists));
  for (guint c = 0; c < G_N_ELEMENTS (lists); c++)
    {
      VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, c));
      const char * const *list = vitae_node_get_list (entry, "keywords");

      g_assert_nonnull (list);
      g_assert_cmpuint (g_strv_length ((GStrv) list), ==, n[c]);
      for (guint i = 0; i < n[c]; i++)
        g_assert_cmpstr (list[i], ==, lists[c][i]);
    }
}

/* Two sections side by side at the foot of a page, each under its own
 * heading set larger than the text, the headings on one row: the left
 * one's lines (one of them wrapped, a second heading among them) and
 * the right one's, some level with each other, some not. */
static const char * const hobbies[] = { "Rowing: club races since 2015", "Birdwatching on the fjords" };
static const char * const walks[] = { "Guided coastal walks for", "the youth club" };
static const char * const tools[] = { "Mapping: QGIS, ArcGIS, Global Mapper", "Survey: Trimble, Leica, echo sounders",
                                      "Office: spreadsheets, report writing" };

static void
draw_two_sections (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Solberg", 18, TRUE);
  draw_text (cr, 40, 68, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "Experience", 13, FALSE);
  for (guint e = 0; e < 3; e++)
    {
      double top = 122 + 70 * e;

      draw_text (cr, 40, top, e == 0 ? "Harbour Survey Office, Bergen" : e == 1 ? "Fjord Ferries, Hardanger"
                                                                              : "Coast Watch, Stavanger", 9, TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
        draw_text (cr, 40, top + 16 + 13 * i, duties[i], 9, FALSE);
    }
  draw_text (cr, 40, 340, "Hobbies", 13, FALSE);
  draw_text (cr, 300, 340, "Tools", 13, FALSE);
  draw_text (cr, 40, 362, hobbies[0], 9, FALSE);
  draw_text (cr, 40, 375, hobbies[1], 9, FALSE);
  draw_text (cr, 40, 396, "Volunteering", 13, FALSE);
  draw_text (cr, 40, 418, walks[0], 9, FALSE);
  draw_text (cr, 40, 431, walks[1], 9, FALSE);
  draw_text (cr, 300, 362, tools[0], 9, FALSE);
  draw_text (cr, 300, 375, tools[1], 9, FALSE);
  draw_text (cr, 300, 402, tools[2], 9, FALSE);
}

static void
test_two_sections (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_two_sections);
  const char * const order[] = { "Hobbies", hobbies[0], hobbies[1], "Volunteering", walks[0], walks[1],
                                 "Tools", tools[0], tools[1], tools[2] };
  int prev = line_reading (lines, 0, "Experience");

  /* Each section under its heading, the left one first, each line whole
   * and on its own. */
  g_assert_cmpint (prev, >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      int at = line_reading (lines, prev, order[i]);

      g_assert_cmpint (at, >, prev);
      prev = at;
    }
}

/* Entries each under a row of their dates and title, both set larger
 * than the entries' lines (the dates in a column at the left): no pair
 * of sections side by side, each entry's row read whole. */
static const char * const titles[] = { "Harbour thesis", "Ferry logbook", "Tide survey" };

static void
draw_dated_titles (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Solberg", 18, TRUE);
  draw_text (cr, 40, 68, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "Experience", 13, FALSE);
  for (guint e = 0; e < 3; e++)
    draw_text (cr, 40, 122 + 17 * e, duties[e], 9, FALSE);
  draw_text (cr, 40, 180, "Projects", 13, FALSE);
  for (guint e = 0; e < G_N_ELEMENTS (titles); e++)
    {
      double top = 204 + 34 * e;
      g_autofree char *years = g_strdup_printf ("%u – %u", 2015 + e, 2016 + e);

      draw_text (cr, 40, top, years, 11, TRUE);
      draw_text (cr, 160, top, titles[e], 11, TRUE);
    }
  draw_text (cr, 160, 221, "Soundings charted by hand", 7, FALSE);
  draw_text (cr, 40, 300, "Trained four deckhands to run the echo sounder on their own and kept the logs.", 9, FALSE);
}

static void
test_dated_titles (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_dated_titles);
  int prev = 0;

  for (guint e = 0; e < G_N_ELEMENTS (titles); e++)
    {
      g_autofree char *row = g_strdup_printf ("%u – %u\t%s", 2015 + e, 2016 + e, titles[e]);
      int at = line_reading (lines, prev, row);

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
  g_test_add_func ("/import-headed-lists/columns-read-apart", test_columns_read_apart);
  g_test_add_func ("/import-headed-lists/columns-import", test_columns_import);
  g_test_add_func ("/import-headed-lists/two-sections", test_two_sections);
  g_test_add_func ("/import-headed-lists/dated-titles", test_dated_titles);
  return g_test_run ();
}
