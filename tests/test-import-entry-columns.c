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

static const char * const side_lines[] = {
  "Tools", "Spreadsheets", "Tide tables", "Radio", "Charts", "About me", "I grew up on an island",
  "and have worked at sea", "since I was sixteen.", "Languages", "Norwegian", "English",
};

static const char * const side_jobs[][10] = {
  { "Harbour pilot", "Saltvik Port Authority", "2021 - 2024", "Guided cargo ships through the narrows",
    "Kept the log of soundings", "Trained two new pilots", "Checked the buoys each week", "Wrote the night rota",
    "Met the coast guard monthly", "Renewed the harbour charts" },
  { "Deckhand", "Northern Ferry Line", "2018 - 2021", "Moored the ferry at nine landings",
    "Trained the summer crew", "Painted the hull each spring", "Sold tickets on board", "Loaded the cars",
    "Cleaned the passenger deck", "Kept the lifeboats ready" },
  { "Boat builder", "Lofoten Yard", "2015 - 2018", "Planked two fishing boats", "Caulked the seams",
    "Fitted the engines", "Steamed the ribs", "Ordered the timber", "Tarred the keels", "Sanded the decks" },
};

/* A dark sidebar at the left (its text white, 10 points, at a leading
 * of its own), a main column from x 245 with a heading set larger, and
 * in it, each job's title, employer and dates at x 245 beside its
 * duties at x 381, each marked by a drawn dot: more lines start at the
 * duties' column than anywhere else, but it is no column of the page. */
static void
draw_sidebar_entries (cairo_t *cr)
{
  double y = 90;

  cairo_set_source_rgb (cr, 0.15, 0.2, 0.22);
  cairo_rectangle (cr, 0, 0, 215, 842);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  /* (Pango's sizes are pixels: 7.5 is 10 points.) */
  draw_text (cr, 28, 24, "Ingrid Haugen", 18, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (side_lines); i++, y += 17.3)
    draw_text (cr, 28, y, side_lines[i], 7.5, FALSE);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 245, 10, "Experience", 14, TRUE);
  y = 52;
  for (guint e = 0; e < G_N_ELEMENTS (side_jobs); e++)
    {
      draw_text (cr, 245, y, side_jobs[e][0], 9.4, FALSE);
      draw_text (cr, 245, y + 16, side_jobs[e][1], 7.9, FALSE);
      draw_text (cr, 245, y + 30, side_jobs[e][2], 5.6, FALSE);
      for (guint i = 3; i < 10; i++)
        {
          double top = y + (i - 3) * 12.7;

          cairo_new_path (cr);
          cairo_arc (cr, 373, top + 5.6, 1.4, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_text (cr, 381, top, side_jobs[e][i], 6, FALSE);
        }
      y += 100;
    }
}

/* The index of the line that ends in @text. */
static guint
index_ending (GPtrArray  *lines,
              const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_suffix (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, text))
      return i;
  g_error ("no line ends in %s", text);
  return 0;
}

/* The sidebar reads first, whole, then each job before its duties: the
 * page parts at the main column's edge, not at the duties'. */
static void
test_sidebar_entries (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_sidebar_entries);
  g_autoptr(VitaeDocument) document = import_drawn (draw_sidebar_entries);
  guint n_bullets = 0;

  for (guint i = 0; i + 1 < G_N_ELEMENTS (side_lines); i++)
    g_assert_cmpuint (index_ending (lines, side_lines[i]) + 1, ==, index_ending (lines, side_lines[i + 1]));
  g_assert_cmpuint (index_ending (lines, side_lines[G_N_ELEMENTS (side_lines) - 1]), <,
                    index_ending (lines, "Experience"));
  for (guint e = 0; e < G_N_ELEMENTS (side_jobs); e++)
    {
      g_assert_cmpuint (index_ending (lines, side_jobs[e][2]), <, index_ending (lines, side_jobs[e][3]));
      g_assert_cmpuint (index_ending (lines, side_jobs[e][9]), <,
                        e + 1 < G_N_ELEMENTS (side_jobs) ? index_ending (lines, side_jobs[e + 1][0]) : lines->len);
    }
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    n_bullets += vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, e));
  g_assert_cmpuint (n_bullets, ==, 7 * G_N_ELEMENTS (side_jobs));
}

/* A line of @size points at @x, @gap points under the line above. */
static void
add_line (GPtrArray  *lines,
          const char *text,
          double      size,
          double      x,
          double      gap,
          gboolean    bold)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->size = size;
  line->x = x;
  line->right = x + 0.5 * size * g_utf8_strlen (text, -1);
  line->gap = gap;
  line->tab_x = -1;
  line->flags = bold ? VITAE_TEXT_LINE_BOLD : 0;
  line->top = lines->len * 14;
  g_ptr_array_add (lines, line);
}

/* A sidebar read after the main column sets its text larger (12
 * points) than the main column's duties (8 points, the body's size),
 * with room under its headings (18 points): the paragraph under
 * "Interests" is the section's text, its first line no heading. */
static void
test_larger_sidebar_text (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  static const char * const duties[] = {
    "Guided cargo ships through the narrows", "Kept the log of soundings", "Trained two new pilots",
    "Checked the buoys each week", "Wrote the night rota", "Met the coast guard monthly",
  };

  add_line (lines, "Ingrid Haugen", 24, 28, 0, TRUE);
  add_line (lines, "ingrid.haugen@example.no", 8, 28, 6, FALSE);
  add_line (lines, "Experience", 18, 245, 12, TRUE);
  add_line (lines, "Harbour pilot, Saltvik Port Authority, 2021 - 2024", 10, 245, 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      g_autofree char *item = g_strconcat ("• ", duties[i], NULL);

      add_line (lines, item, 8, 245, 3, FALSE);
    }
  add_line (lines, "Interests", 18, 28, 12, TRUE);
  add_line (lines, "Sailing wooden boats,", 12, 28, 11, FALSE);
  add_line (lines, "reading sea charts and baking bread for", 12, 28, 2, FALSE);
  add_line (lines, "the whole crew on the fjord.", 12, 28, 2, FALSE);
  document = vitae_import_lines (lines, NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      g_test_message ("section %s", vitae_section_get_title (section));
      g_assert_false (g_str_has_prefix (vitae_section_get_title (section) ? vitae_section_get_title (section) : "",
                                        "Sailing"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-entry-columns/duty-column", test_duty_column);
  g_test_add_func ("/import-entry-columns/sidebar-entries", test_sidebar_entries);
  g_test_add_func ("/import-entry-columns/larger-sidebar-text", test_larger_sidebar_text);

  return g_test_run ();
}
