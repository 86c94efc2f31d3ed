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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-list-phrases/year-then-marked-item", test_year_then_marked_item);
  g_test_add_func ("/import-list-phrases/year-then-dash-and-dates", test_year_then_dash_and_dates);
  return g_test_run ();
}
