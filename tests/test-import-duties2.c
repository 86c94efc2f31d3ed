/* test-import-duties2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's duties one a line without a mark, in layouts met in real
 * resumes, in our own words: spaced apart under a title whose line
 * gives the role and employer, then after a tab the dates and, behind
 * a bar, the place; under section names set in a column at the page's
 * left edge, one of them on the row of its section's first line; each
 * a short paragraph, unevenly apart, some wrapped onto a line that
 * starts with a capital or a parenthesis (and paragraphs under a role
 * set close under its employer, which stay a description). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A job's title line "Role | Employer | <tab> dates | place", larger
 * than the lines under it, then four duties each a sentence of one
 * line, set further apart than a paragraph's lines: one item each,
 * and the title line no summary. */
static void
test_spaced_duties_under_title_with_place (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 150, 400, 18, 0, VITAE_TEXT_LINE_BOLD, "Idris Monteverde Salas");
  add_line (lines, 150, 540, 12, 5.5, "Phone: (+34) 600 111 222 | Email address: idris.ms@example.es |");
  add_line (lines, 150, 520, 12, 2, "Address: Calle del Faro, 9, 38700, Puerto Bajo, Spain (Home)");
  add_line_full (lines, 0, 40, 100, 8, 45, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line (lines, 40, 430, 12, 7.5, "Cook helper | Casa Marinera |\t03/05/2018 - 30/09/2021 | Puerto Bajo, Spain");
  add_line (lines, 40, 360, 10, 8.5, "Prepared the fish and the vegetables before each service.");
  add_line (lines, 40, 330, 10, 9.8, "Kept the cold rooms clean and checked their temperature.");
  add_line (lines, 40, 300, 10, 9.8, "Received the morning deliveries from the harbour.");
  add_line (lines, 40, 420, 10, 9.8, "Helped the head cook plan the weekly menu and the orders of the kitchen");
  add_line_full (lines, 0, 40, 110, 8, 16.5, VITAE_TEXT_LINE_BOLD, "Education & Training");
  add_line (lines, 40, 500, 12, 7.5, "Cooking Diploma | Escuela de Hostelería | 2016 - 2018 | Puerto Bajo, Spain");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Prepared the fish and the vegetables before each service.\n"
                   "Kept the cold rooms clean and checked their temperature.\n"
                   "Received the morning deliveries from the harbour.\n"
                   "Helped the head cook plan the weekly menu and the orders of the kitchen\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* Section names in a column at the page's left edge, each alone on its
 * row but one, which the text beside it shares ("Experience <tab> the
 * tools of the first job", a little under that job's title, which
 * starts the block after a wide space); the jobs' duties under them,
 * marked. The duties are the jobs' items, not skills. */
static void
test_side_heading_on_row_of_text (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 40, 200, 23, 0, VITAE_TEXT_LINE_BOLD, "Teodora Vasquez");
  add_line (lines, 480, 565, 6.5, 2, "teodora@example.py");
  add_line (lines, 92, 510, 9, 40, "I like to build a product from its first sketch to the last screw in it.");
  add_line_full (lines, 0, 40, 104, 9, 12, VITAE_TEXT_LINE_BOLD, "Technical Skills");
  add_line (lines, 172, 540, 7, -3.5, "Likes: rust go sqlite linux");
  add_line (lines, 170, 560, 7, 20, "Backend Developer - Riverside Bikes\tMar 2020 - Current");
  add_cells (lines, 40, 170, 250, 9, 1, 0, "Experience\trust, sqlite, nginx");
  add_line (lines, 198, 320, 7, 8.5, "\u2022 Wrote the booking service");
  add_line (lines, 198, 340, 7, 6.4, "\u2022 Moved the shop to a new server");
  add_line (lines, 170, 560, 7, 23, "Web Developer - Hillside Bakery\tJan 2018 - Feb 2020");
  add_line (lines, 170, 330, 7, 2.1, "php, mysql, javascript");
  add_line (lines, 198, 320, 7, 9.6, "\u2022 Built the order form");
  add_line (lines, 198, 330, 7, 6.4, "\u2022 Kept the site running");
  add_line (lines, 170, 420, 7, 23, "Clean Code - R. Martin - https://example.org/clean-code");
  add_line_full (lines, 0, 40, 80, 9, 1, VITAE_TEXT_LINE_BOLD, "Readings");
  add_line (lines, 170, 440, 7, 11, "The Pragmatic Programmer - A. Hunt - https://example.org/pragprog");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_nonnull (strstr (bullets, "Wrote the booking service\nMoved the shop to a new server\n"));
  g_assert_nonnull (strstr (bullets, "Built the order form\nKept the site running\n"));
}

/* Two jobs whose duties are each a short paragraph without a mark: its
 * lines as close as a paragraph's, the duties three to five points
 * apart, a wrapped line starting with a parenthesis or a capital ("… the
 * Harbour" / "Market"). Each paragraph is one item, in the second job
 * too, where two stand as the first job's did. */
static void
test_uneven_spaced_paragraph_duties (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 220, 18, 0, VITAE_TEXT_LINE_BOLD, "Maelle Quintard");
  add_line (lines, 40, 200, 11, 2, "maelle.q@example.fr");
  add_line_full (lines, 0, 40, 120, 12, 8, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 40, 330, 12, 2, VITAE_TEXT_LINE_BOLD, "Mars | Oct 2021\tLes Halles du Port");
  add_line (lines, 40, 340, 11, 3.8, "Ordered the fresh produce for three stalls every morning");
  add_line (lines, 40, 350, 11, -1.5, "(fruit, vegetables, cheese and bread from four farms)");
  add_line (lines, 40, 320, 11, 5.2, "Set the prices of the day with the stall keepers");
  add_line (lines, 40, 335, 11, 3.2, "Wrote the weekly letter of the market sent to the Harbour");
  add_line (lines, 40, 120, 11, -1.5, "Market Club");
  add_line (lines, 40, 260, 11, 4.4, "Trained two new sellers");
  add_line_full (lines, 0, 40, 330, 12, 26, VITAE_TEXT_LINE_BOLD, "Jan | Feb 2020\tBoulangerie Soleil");
  add_line (lines, 40, 345, 11, 2.3, "Baked the bread for the shop and for two restaurants");
  add_line (lines, 40, 150, 11, -1.5, "Of the Old Town");
  add_line (lines, 40, 330, 11, 4.1, "Cleaned the ovens and kept the flour stock in order,");
  add_line (lines, 40, 160, 11, -1.5, "every Saturday");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Ordered the fresh produce for three stalls every morning (fruit, vegetables, cheese and bread "
                   "from four farms)\n"
                   "Set the prices of the day with the stall keepers\n"
                   "Wrote the weekly letter of the market sent to the Harbour Market Club\n"
                   "Trained two new sellers\n"
                   "Baked the bread for the shop and for two restaurants Of the Old Town\n"
                   "Cleaned the ovens and kept the flour stock in order, every Saturday\n");
}

/* A role set as close under its employer's line as a paragraph's
 * lines, then paragraphs further apart, one of a line: the role is the
 * entry's, the paragraphs its description, no items. */
static void
test_paragraphs_under_close_role (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 220, 18, 0, VITAE_TEXT_LINE_BOLD, "Oskar Lindqvist");
  add_line (lines, 40, 200, 11, 2, "oskar.l@example.se");
  add_line_full (lines, 0, 40, 120, 12, 8, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 40, 550, 11, 4, "Coastal Studies Institute (Lund, Sweden)\tMay 2019 - Present");
  add_line (lines, 40, 160, 11, 3.9, "Research Assistant");
  add_line (lines, 40, 550, 11, 10.6, "Tides and Town Budgets: Evidence from Forty Harbours of the Baltic Sea (draft");
  add_line (lines, 40, 260, 11, 3.9, "paper with two colleagues)");
  add_line (lines, 40, 420, 11, 10.6, "Counting the Boats of the Summer Ferries");
  add_line (lines, 40, 550, 11, 10.6, "Do Small Ports Pay? Evidence from the Closing and Opening of Ten Ports");
  add_line (lines, 40, 330, 11, 3.9, "in Sweden (paper by three authors of the institute)");
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
  g_test_add_func ("/import-duties2/spaced-duties-under-title-with-place", test_spaced_duties_under_title_with_place);
  g_test_add_func ("/import-duties2/side-heading-on-row-of-text", test_side_heading_on_row_of_text);
  g_test_add_func ("/import-duties2/uneven-spaced-paragraph-duties", test_uneven_spaced_paragraph_duties);
  g_test_add_func ("/import-duties2/paragraphs-under-close-role", test_paragraphs_under_close_role);
  return g_test_run ();
}
