/* test-import-layouts3.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose sections' headings stand in a column of their own
 * at the left, each a little over its section's text (indented right of
 * it) rather than beside it, under a rule set as a letter (a Hangul "ㅡ",
 * as a word processor's template sets it). Each page is drawn here, in
 * our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

#define RULE "\u3161"

/* Draws a heading of the left column under its rule at @y; returns where
 * the section's text starts, a little lower, at the right. */
static double
draw_heading (cairo_t    *cr,
              double      y,
              const char *title)
{
  draw_text (cr, 57, y, RULE, 10.5, TRUE);
  draw_text (cr, 57, y + 20, title, 9, TRUE);
  return y + 35;
}

/* Draws the lines @text from @x, @y; returns where the next line would
 * stand. */
static double
draw_lines (cairo_t            *cr,
            double              x,
            double              y,
            const char * const *text)
{
  for (guint k = 0; text[k]; k++, y += 12)
    draw_text (cr, x, y, text[k], 7.5, FALSE);
  return y;
}

static void
draw_headings_over_sections (cairo_t *cr)
{
  static const char * const profile[] = {
    "Field geologist who maps river terraces and trains the volunteers",
    "who sample them each summer, with six years of survey work.",
    NULL
  };
  static const char * const job[] = {
    "\u25cf  Mapped forty kilometres of terraces with a drone and a rod.",
    "\u25cf  Trained twelve volunteers in sampling the gravel beds.",
    "\u25cf  Wrote the survey's yearly report for the county.",
    NULL
  };
  static const char * const school[] = {
    "Idaho State University / Geology",
    "2012 \u2013 2016, Pocatello, ID",
    NULL
  };
  double y;

  draw_text (cr, 57, 40, "Jonah Pike", 18, TRUE);
  draw_text (cr, 223, 44, "Boise, ID | 208.555.0143 | jonah@pike.example | jonahpike.net", 8, FALSE);
  y = draw_heading (cr, 110, "Profile");
  y = draw_lines (cr, 223, y, profile);
  y = draw_heading (cr, y + 30, "Experience");
  draw_text (cr, 223, y, "Snake River Survey / Field Geologist", 8.25, TRUE);
  draw_text (cr, 223, y + 13, "2019 \u2013 2024, Boise, ID", 6.75, FALSE);
  y = draw_lines (cr, 241, y + 26, job);
  y = draw_heading (cr, y + 30, "Education");
  draw_lines (cr, 223, y, school);
}

/* The headings' column is no column of its own: the page reads top to
 * bottom, each heading before its section's text; the contact details
 * level with the name are the header's, and the rules no headings. */
static void
test_headings_over_sections (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *job;

  log_lines (draw_headings_over_sections);
  document = import_drawn (draw_headings_over_sections);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Jonah Pike");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "jonah@pike.example");
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (document), "summary"), "Field geologist"));
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (document), "summary"), RULE));
  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (job);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 3);
  g_assert_cmpstr (bullet_text (job, 0), ==, "Mapped forty kilometres of terraces with a drone and a rod.");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, i)), !=, RULE);
}

/* A rule set as a letter alone on its line, over each heading: no
 * heading, no line of the section above it. */
static void
test_rule_letters (void)
{
  static const char * const rules[] = { RULE, RULE RULE RULE, "\u2500\u2500\u2500\u2500" };

  for (guint k = 0; k < G_N_ELEMENTS (rules); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      VitaeEntry *job;

      add_line_full (lines, 0, 57, 190, 24, 0, VITAE_TEXT_LINE_BOLD, "Jonah Pike");
      add_line (lines, 57, 400, 10, 4, "jonah@pike.example | 208.555.0143");
      add_line_full (lines, 0, 57, 64, 14, 30, VITAE_TEXT_LINE_BOLD, rules[k]);
      add_line_full (lines, 0, 57, 110, 12, 4, VITAE_TEXT_LINE_BOLD, "Profile");
      add_line (lines, 57, 540, 10, 4, "Field geologist who maps river terraces and trains the volunteers.");
      add_line_full (lines, 0, 57, 64, 14, 30, VITAE_TEXT_LINE_BOLD, rules[k]);
      add_line_full (lines, 0, 57, 130, 12, 4, VITAE_TEXT_LINE_BOLD, "Experience");
      add_line_full (lines, 0, 57, 400, 11, 6, VITAE_TEXT_LINE_BOLD, "Field Geologist\t2019 \u2013 2024");
      add_line (lines, 66, 540, 10, 2, "\u2022 Mapped forty kilometres of terraces with a drone and a rod.");
      add_line (lines, 66, 540, 10, 2, "\u2022 Trained twelve volunteers in sampling the gravel beds.");
      add_line_full (lines, 0, 57, 64, 14, 30, VITAE_TEXT_LINE_BOLD, rules[k]);
      add_line_full (lines, 0, 57, 120, 12, 4, VITAE_TEXT_LINE_BOLD, "Skills");
      add_line (lines, 57, 540, 10, 4, "Mapping: drones, total stations, GIS");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", rules[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "summary"), ==,
                       "Field geologist who maps river terraces and trains the volunteers.");
      job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
      g_assert_nonnull (job);
      g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 2);
      for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
        {
          VitaeSection *section = vitae_document_get_section (document, i);

          g_assert_cmpstr (vitae_section_get_title (section), !=, rules[k]);
          for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
            g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, e)), "name"),
                                   rules[k]));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-layouts3/headings-over-sections", test_headings_over_sections);
  g_test_add_func ("/import-layouts3/rule-letters", test_rule_letters);
  return g_test_run ();
}
