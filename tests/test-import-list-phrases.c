/* test-import-list-phrases.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items once kept whole as another field: an item after a year set
 * in a column of its own (read as an entry's title, its mark and all),
 * and the items of a list under a heading of skills that are phrases
 * (read as one keyword each). The lines are given as a PDF's reader
 * gives them (their place, size and the gap above them), in our own
 * words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Whether any entry of @document has @word among its keywords. */
static gboolean
in_keywords (VitaeDocument *document,
             const char    *word)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));

          if (g_strv_contains ((const char * const *) vitae_node_get_list (entry, "keywords"), word))
            return TRUE;
        }
    }
  return FALSE;
}

/* Courses and awards each after the year, a tab from it, and a list's
 * mark (a middle dot, a long dash); a second item of the same year under
 * the first, at its mark's edge. Each year is an
 * entry with its items, and no title keeps a mark. */
static void
test_year_then_marked_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line (lines, 200, 400, 20, 0, "Wilma Oyelaran")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 200, 400, 11, 6, "wilma.oyelaran@example.org");
  add_line (lines, 54, 220, 11, 14, "FURTHER TRAINING");
  add_cells (lines, 70, 123, 400, 11, 12, 0, "2021\t\u00b7 Soil chemistry for gardeners, Open Campus, online");
  add_cells (lines, 70, 123, 420, 11, 3, 0, "2020\t\u00b7 Pruning of fruit trees, County Orchard School");
  add_line (lines, 123, 380, 11, 3, "\u00b7 Beekeeping for beginners, Valley Guild");
  add_line (lines, 54, 220, 11, 14, "AWARDS");
  add_cells (lines, 124, 152, 550, 10, 1, 0, "2018\t\u2014 Prize for the best school garden of the district");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Soil chemistry for gardeners, Open Campus, online\n"
                   "Pruning of fruit trees, County Orchard School\n"
                   "Beekeeping for beginners, Valley Guild\n"
                   "Prize for the best school garden of the district\n");
  section = section_titled (document, "Further Training");
  g_assert_nonnull (section);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 2);
  entry = vitae_section_get_entry (section, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2020");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* The same columns, the dates going on after a dash in the second cell:
 * dates and a title, no item. */
static void
test_year_then_dash_and_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 200, 400, 20, 0, "Wilma Oyelaran")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 200, 400, 11, 6, "wilma.oyelaran@example.org");
  add_line (lines, 54, 220, 11, 14, "EXPERIENCE");
  add_cells (lines, 70, 123, 400, 11, 12, 0, "2019\t\u2013 Present\tGardener, Linden Parks");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
}

/* Under a heading of skills, a lead-in without a mark and a list of what
 * the person can do, most of it phrases of four words or more, one of
 * two words; then a list that starts with words set apart by commas;
 * then a list of skills' names, one of them of four words. The phrases
 * are items, all of their list, under the lead-in as its title; the
 * words set apart and the names stay groups of words. */
static void
test_skills_of_phrases (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line (lines, 200, 400, 20, 0, "Tomasz Okafor")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 200, 400, 10, 6, "tomasz.okafor@example.net");
  add_line (lines, 190, 220, 12, 30, "Skills");
  add_line (lines, 190, 340, 10, 2, "Greenhouse laboratory work");
  add_cells (lines, 201, 226, 400, 10, 0.3, 0, "\u2022\tCulturing soil bacteria on selective media");
  add_cells (lines, 201, 226, 290, 10, 0.2, 0, "\u2022\tPlant genetics");
  add_cells (lines, 201, 226, 520, 10, 0.2, 0, "\u2022\tTrials with automated watering rigs (Raspberry Pi,");
  add_line (lines, 226, 300, 10, 0.2, "moisture sensors)");
  add_cells (lines, 201, 226, 450, 10, 0.2, 0, "\u2022\tStatistics of field trials in R");
  add_line (lines, 190, 260, 12, 12, "Technical Skills");
  add_cells (lines, 90, 108, 240, 9, 7, 0, "\u2022\tPython, R, SQL");
  add_cells (lines, 90, 108, 200, 9, -2, 0, "\u2022\tSoil Science and Plant Ecology");
  add_cells (lines, 90, 108, 280, 9, -2, 0, "\u2022\tField Methods in Plant Biology");
  add_cells (lines, 90, 108, 230, 9, -2, 0, "\u2022\tDatabase Design for Scientists");
  add_line (lines, 190, 260, 12, 12, "Studio Skills");
  add_cells (lines, 86, 104, 200, 10, 11, 0, "\u2022\tSound Mixing");
  add_cells (lines, 86, 104, 260, 10, 0.4, 0, "\u2022\tAudio Restoration & Noise Removal");
  add_cells (lines, 86, 104, 180, 10, 0.4, 0, "\u2022\tMastering");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Culturing soil bacteria on selective media\n"
                   "Plant genetics\n"
                   "Trials with automated watering rigs (Raspberry Pi, moisture sensors)\n"
                   "Statistics of field trials in R\n"
                   "Soil Science and Plant Ecology\n"
                   "Field Methods in Plant Biology\n"
                   "Database Design for Scientists\n");
  section = section_titled (document, "Skills");
  g_assert_nonnull (section);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Greenhouse laboratory work");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "keywords"));
  g_assert_true (in_keywords (document, "Python"));
  g_assert_true (in_keywords (document, "Audio Restoration & Noise Removal"));
  g_assert_true (in_keywords (document, "Mastering"));
}

/* Under a heading of skills, a line of words, then roles' headings
 * with their years in brackets, each followed by sentences without a
 * mark, one a line or wrapped onto the next: the duties of the role (a
 * heading above them that the import did not read as one left them
 * there), not one keyword each. A sentence under no such heading stays
 * a group's words. */
static void
test_duties_under_dated_role (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;

  add_line (lines, 200, 400, 24, 0, "Ingrid Vasquez")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 200, 400, 11, 6, "ingrid.vasquez@example.com");
  add_line (lines, 190, 230, 11, 17, "SKILLS");
  add_line (lines, 190, 400, 11, 0, "Knows the bakery trade and its ovens well.");
  add_line (lines, 183, 420, 11, 40, "DATA ENGINEER (2020-2023)");
  add_line (lines, 183, 520, 11, 0, "Built the nightly loading of sales data into the warehouse.");
  add_line (lines, 183, 520, 11, 0, "Cut the cost of the cluster by a third through smaller");
  add_line (lines, 183, 330, 11, 0, "machines and better scheduling.");
  add_line (lines, 183, 300, 11, 17, "BAKER (2018)");
  add_line (lines, 183, 500, 11, 0, "Baked bread for three village shops every morning.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Built the nightly loading of sales data into the warehouse.\n"
                   "Cut the cost of the cluster by a third through smaller machines and better scheduling.\n"
                   "Baked bread for three village shops every morning.\n");
  section = section_titled (document, "Skills");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, 1)), "title"), ==,
                   "DATA ENGINEER (2020-2023)");
  g_assert_true (in_keywords (document, "Knows the bakery trade and its ovens well."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-list-phrases/year-then-marked-item", test_year_then_marked_item);
  g_test_add_func ("/import-list-phrases/year-then-dash-and-dates", test_year_then_dash_and_dates);
  g_test_add_func ("/import-list-phrases/skills-of-phrases", test_skills_of_phrases);
  g_test_add_func ("/import-list-phrases/duties-under-dated-role", test_duties_under_dated_role);
  return g_test_run ();
}
