/* test-import-dated.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs met in a tuning set: a list of certificates each with a
 * day's date at its right ("14-02-2023"), the wrapped lines of a glyph's
 * items set back at the glyph's edge in a smaller size than the glyph,
 * and a main column whose first heading stands a little higher than the
 * name at the top of a sidebar left of it; dates written short, and a
 * row of headings side by side that ends a section. Pages are drawn
 * here, in our own words (vitae-test-draw.h), or given as the reader's
 * lines. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Certificates, one a line after a diamond, each with the day it was
 * earned at the right: a tab before it, or a space where the title runs
 * near it; a title that starts with a code in brackets. The dates are
 * no entries' spans ("02-07-2024" is no span from 2002 to 2024): the
 * lines are one list's items, read without their dates. */
static void
test_dated_certificates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 60, 200, 20, 0, "Marta Lindqvist")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 220, 10, 6, "marta.lindqvist@example.se");
  add_line (lines, 60, 150, 14, 14, "Certificates");
  add_line (lines, 60, 540, 10, 11, "\u22c4 Network Basics for Small Offices,\t14-02-2023");
  add_line (lines, 60, 540, 10, 6, "\u22c4 Backup Planning,\t02-07-2022");
  add_line (lines, 60, 540, 10, 6, "\u22c4 Storage Administration in Mixed Networks, 09-10-2021");
  add_line (lines, 60, 540, 10, 6, "\u22c4 (LX-101) Linux Essentials,\t30-12-2020");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Network Basics for Small Offices,\nBackup Planning,\n"
                   "Storage Administration in Mixed Networks,\n(LX-101) Linux Essentials,\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_CERTIFICATIONS), ==, 1);
}

/* Workshops and field trips one a line after a bullet, each with its
 * day at the right, right under their heading; the longer ones wrap onto
 * a line under their text; the list ends where a heading in bold is set
 * back at its heading's edge, its rule typed as underscores beside it.
 * One list's items, read without their dates, not entries. */
static void
test_dated_items_wrapped (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 36, 200, 20, 0, "Ilse Brandvold")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 36, 220, 11, 6, "ilse.brandvold@example.no");
  add_line (lines, 36, 180, 11, 12, "WORKSHOPS & FIELD TRIPS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 54, 524, 11, 5.7, "\u2022\tHarbour Engineering Research Day of the Coastal Institute\t02/14/2024");
  add_line (lines, 54, 524, 11, 0, "\u2022\tTide Symposium 2023, Bergen\t11/15/2023");
  add_line (lines, 54, 525, 11, 0, "\u2022\tField trip of the Coastal Institute to the harbour works and the\t06/16/2023");
  add_line (lines, 72, 260, 11, 0.4, "breakwater of the north pier");
  add_line (lines, 54, 524, 11, 0.1, "\u2022\tSeminar on dam safety of the Department of Civil Engineering\t12/04/2019");
  add_line (lines, 72, 160, 11, 0.4, "University of Trondheim");
  add_line (lines, 54, 512, 11, 0, "\u2022\tDam of Lysevatn, Rogaland, Norway\t03/2017");
  add_line (lines, 36, 320, 11, 11.9, "HOBBIES\t______")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 54, 170, 11, 5.7, "\u2022\tSailing");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_true (g_str_has_prefix (bullets,
                                   "Harbour Engineering Research Day of the Coastal Institute\n"
                                   "Tide Symposium 2023, Bergen\n"
                                   "Field trip of the Coastal Institute to the harbour works and the breakwater of the north pier\n"
                                   "Seminar on dam safety of the Department of Civil Engineering University of Trondheim\n"
                                   "Dam of Lysevatn, Rogaland, Norway\n"));
}

/* Courses one a line after drawn marks, right under their heading and
 * up to the next, each with its year or span at the right (one with a
 * word there instead, "Ongoing"), the marks a point apart: one list's
 * items, read without what stands at their right, not entries. */
static void
test_dated_courses (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 300, 30, 0, "Lucas Ferreira Lima")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 260, 11, 4, "lucas.lima@example.com.br");
  add_line (lines, 40, 180, 19, 20, "Experience");
  add_line (lines, 60, 565, 12, 2, "Baltic Foods - Shift Supervisor\t2021 - 2025");
  add_line (lines, 45, 500, 8, 7, "\u2022 Ran the packing line of the night shift.");
  add_line (lines, 45, 420, 8, 1, "\u2022 Trained the new staff.");
  add_line (lines, 11, 90, 19, 20, "Courses");
  add_line (lines, 20, 535, 12, 3, "\u2022 Learnhub - SQL and Python\tOngoing");
  add_line (lines, 19, 536, 12, 0.5, "\u2022 OpenSchool - Data Analysis with Python\t2024 - 2025");
  add_line (lines, 19, 535, 12, 0.5, "\u2022 City College - Spreadsheets for Managers\t2023 - 2024");
  add_line (lines, 20, 535, 12, 1, "\u2022 Port Institute - Project Planning\t2025");
  add_line (lines, 19, 535, 12, 1, "\u2022 Trade School - Cost Accounting\t2025");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Ran the packing line of the night shift.\nTrained the new staff.\n"
                   "Learnhub - SQL and Python\nOpenSchool - Data Analysis with Python\n"
                   "City College - Spreadsheets for Managers\nPort Institute - Project Planning\n"
                   "Trade School - Cost Accounting\n");
}

/* Entries whose dates, a span of months, stand in a column a space
 * before the role (no wider gap: the column ends where the role's text
 * starts), the employer after a tab: the dates are the entry's, the
 * role its title. */
static void
test_dates_a_space_before_role (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 220, 390, 26, 0, "Rosa Almeida");
  add_line (lines, 220, 330, 10, 4, "rosa@example.pt");
  add_line (lines, 172, 280, 14, 20, "Experience")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 172, 569, 10, 11, "08/15 - 12/15 Intern\tPorto Tools, Porto");
  add_line (lines, 235, 530, 10, 2, "Wrote the libraries of the firm's products.");
  add_line (lines, 172, 569, 10, 15, "01/14 - 07/15 Assistant\tDouro Labs, Braga");
  add_line (lines, 235, 450, 10, 2, "Built prototypes for the design team.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_true (g_str_has_prefix (vitae_node_get_text (VITAE_NODE (entry), "role"), "Intern"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2015-08");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2015-12");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_true (g_str_has_prefix (vitae_node_get_text (VITAE_NODE (entry), "role"), "Assistant"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2014-01");
}

/* Items after a diamond set larger than their text, each wrapped line
 * back at the diamond's edge (no hanging indent), in the text's smaller
 * size, closer under its item than the items stand apart: the item goes
 * on there. */
static void
test_wrap_at_glyph_edge (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 60, 200, 20, 0, "Tomas Berglund")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 220, 10, 6, "tomas.berglund@example.se");
  add_line (lines, 60, 150, 14, 14, "Summary");
  add_line (lines, 60, 520, 10, 10, "Systems engineer who keeps the servers of small firms running");
  add_line (lines, 60, 510, 10, 3, "and their staff able to work, with ten years in schools, shops");
  add_line (lines, 60, 515, 10, 3, "and offices in the north of the country, and a liking for plain");
  add_line (lines, 60, 300, 10, 3, "tools that last.");
  add_line (lines, 60, 150, 14, 14, "Experience");
  add_line (lines, 60, 330, 11, 10, "Systems Engineer - Norrland Data AB")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 60, 300, 11, 1.5, "03/2019-06/2023 | Umeå")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 556, 10, 8.3, "⋄ Moved the file shares of the four offices to one server and set up the");
  add_line (lines, 60, 200, 9, 5.4, "nightly backups ;");
  add_line (lines, 60, 556, 10, 7.5, "⋄ Wrote the guides for the help desk and trained the new colleagues in");
  add_line (lines, 60, 240, 9, 5.4, "the use of the ticket system ;");
  add_line (lines, 60, 400, 10, 7.5, "⋄ Replaced the printers of the warehouse.");
  add_line (lines, 60, 330, 11, 12, "Help Desk Assistant - Kiruna Print")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 60, 300, 11, 1.5, "01/2016-02/2019 | Kiruna")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 556, 10, 8.3, "⋄ Answered the calls of the staff of the printing hall and of the office about");
  add_line (lines, 60, 220, 9, 5.4, "their computers and phones ;");
  add_line (lines, 60, 420, 10, 7.5, "⋄ Set up the laptops of the new staff.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Moved the file shares of the four offices to one server and set up the nightly backups ;\n"
                   "Wrote the guides for the help desk and trained the new colleagues in the use of the ticket "
                   "system ;\n"
                   "Replaced the printers of the warehouse.\n"
                   "Answered the calls of the staff of the printing hall and of the office about their computers "
                   "and phones ;\n"
                   "Set up the laptops of the new staff.\n");
}

/* A sidebar at the left, its name at the top; the main column's first
 * heading level with the name but standing a little higher, on a
 * baseline of its own (a row of its own). The columns begin at that heading:
 * the sidebar reads first, then the main column under its heading. */
static void
draw_heading_beside_name (cairo_t *cr)
{
  const char *items[] = {
    "• Planned the network of the new warehouse",
    "• Kept the mail server running for all staff",
    "• Wrote the guides for the help desk",
  };

  draw_text (cr, 30, 42, "Ingrid Solberg", 13, TRUE);
  draw_text (cr, 220, 32, "Experience", 13, TRUE);
  draw_text (cr, 30, 100, "Profile", 11, TRUE);
  draw_text (cr, 30, 120, "Network engineer who likes", 9, FALSE);
  draw_text (cr, 30, 133, "plain tools that last and", 9, FALSE);
  draw_text (cr, 30, 146, "quiet server rooms.", 9, FALSE);
  draw_text (cr, 30, 180, "Contact", 11, TRUE);
  draw_text (cr, 30, 200, "ingrid.solberg@example.no", 9, FALSE);
  draw_text (cr, 30, 215, "+47 912 34 567", 9, FALSE);
  draw_text (cr, 30, 250, "Languages", 11, TRUE);
  draw_text (cr, 30, 270, "Norwegian, English", 9, FALSE);
  for (guint j = 0; j < 3; j++)
    {
      double y = 70 + j * 110;

      draw_text (cr, 220, y, j == 0 ? "Network Engineer, Fjord Freight" : j == 1 ? "Systems Administrator, Nordkapp Bank"
                                                                               : "Help Desk Technician, Lofoten Print",
                 10, TRUE);
      draw_text (cr, 220, y + 15, j == 0 ? "2020 – 2024" : j == 1 ? "2017 – 2020" : "2015 – 2017", 10, FALSE);
      for (guint k = 0; k < 3; k++)
        draw_text (cr, 220, y + 35 + k * 15, items[k], 9, FALSE);
    }
}

static void
test_heading_beside_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_heading_beside_name);
  document = import_drawn (draw_heading_beside_name);
  g_free (all_bullets (document));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ingrid Solberg");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Planned the network of the new warehouse");
}

/* Jobs each under a title in italics, its dates and place on the line
 * right under it in the same size, after a bar ("01/2020 – Present |
 * Umeå"), the length of a span in brackets after it. Each title heads
 * its entry with those dates and place. */
static void
test_dates_and_place_under_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 60, 200, 20, 0, "Tomas Berglund")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 220, 10, 6, "tomas.berglund@example.se");
  add_line (lines, 60, 150, 14, 14, "Experience");
  add_line (lines, 60, 330, 11, 10, "Systems Engineer - Norrland Data AB")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 60, 300, 11, 1.5, "01/2020–Present | Umeå, Sweden")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 400, 10, 8.3, "\u22c4 Moved the file shares to one server.");
  add_line (lines, 60, 420, 10, 7.5, "\u22c4 Replaced the printers of the warehouse.");
  add_line (lines, 60, 330, 11, 12, "Help Desk Assistant - Kiruna Print")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 60, 300, 11, 1.5, "03/2017–12/2019 (2 years) | Kiruna, Sweden")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 420, 10, 8.3, "\u22c4 Set up the laptops of the new staff.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Moved the file shares to one server.\nReplaced the printers of the warehouse.\n"
                   "Set up the laptops of the new staff.\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Systems Engineer - Norrland Data AB");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2020-01");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Umeå, Sweden");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Help Desk Assistant - Kiruna Print");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2017-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2019-12");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Kiruna, Sweden");
}

/* An entry's dates and place after a calendar's icon (the line starts
 * with an icon font's glyph, its text in from the title's edge), once
 * a season's ("Summer 2022"), once with the place's own icon between
 * them ("2019 – 2023 <tab> * <tab> Luleå"): the entry's dates, not a
 * list item. */
static void
test_dates_after_icon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 30, 200, 20, 0, "Tomas Berglund")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 30, 220, 10, 6, "tomas.berglund@example.se");
  add_line (lines, 30, 150, 17, 14, "EDUCATION");
  add_line (lines, 30, 330, 12, 10, "Computer Science | Luleå University");
  add_line (lines, 45, 260, 9, 5.2, "2019 – 2023\t*\tLuleå, Sweden")->flags = VITAE_TEXT_LINE_ICON;
  add_line (lines, 30, 150, 17, 14, "PROJECTS");
  add_line (lines, 30, 100, 12, 10, "Booking site");
  add_line (lines, 30, 130, 10, 2.3, "Fjäll Cabins")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 43, 260, 9, 2.8, "Summer 2022\tKiruna, Sweden")->flags = VITAE_TEXT_LINE_ICON;
  add_line (lines, 33, 330, 10, 2.4, "– Built the booking pages of the cabins");
  add_line (lines, 33, 330, 10, 2.3, "– Wrote the tests of the payment");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "Built the booking pages of the cabins\nWrote the tests of the payment\n");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2023");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Luleå, Sweden");
  entry = entry_at (document, VITAE_SECTION_PROJECTS, n_entries_of (document, VITAE_SECTION_PROJECTS) - 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2022");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Kiruna, Sweden");
}

/* A centred ornament ("⋆⋆", "* * *") between two jobs, under the first
 * one's items: no part of the resume (not the entry's summary), and the
 * job under it starts an entry of its own. */
static void
test_ornament_between_entries (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 60, 200, 20, 0, "Tomas Berglund")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 220, 10, 6, "tomas.berglund@example.se");
  add_line (lines, 60, 150, 14, 14, "Experience");
  add_line (lines, 60, 540, 11, 10, "Systems Engineer, Norrland Data AB\t2020 – 2024")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 400, 10, 6, "• Moved the file shares to one server.");
  add_line (lines, 60, 420, 10, 3, "• Replaced the printers of the warehouse.");
  add_line (lines, 290, 322, 11, 5.2, "* * *");
  add_line (lines, 60, 540, 11, 6.3, "Help Desk Assistant, Kiruna Print\t2017 – 2019")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 420, 10, 6, "• Set up the laptops of the new staff.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Moved the file shares to one server.\nReplaced the printers of the warehouse.\n"
                   "Set up the laptops of the new staff.\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "description"));
}

/* Entries in a table whose narrow first column holds their dates, in a
 * size and on rows of their own: "2023 -" beside the entry's second
 * line, "now" under it, a year alone beside a course's title. Each
 * entry's title reads with those dates; its description line (set
 * smaller under the title, at its edge) and the pieces of its dates are
 * no list items. A heading set as the known ones, with less space
 * above it than the page's text, is one too, between them. */
static void
add_dated_entry (GPtrArray  *lines,
                 const char *title,
                 const char *first,
                 const char *second,
                 const char *item)
{
  add_line (lines, 102, 400, 9, 2.6, title);
  add_line (lines, 102, 460, 8, 0.2, "Kept the lines of the regional trains running:");
  add_line (lines, 64, 64 + 5 * strlen (first), 9, -4.5, first);
  add_line (lines, 118, 470, 8, -4.4, item);
  if (second != NULL)
    add_line (lines, 69, 84, 9, -3.0, second);
  add_line (lines, 118, 380, 8, second != NULL ? -5.9 : 0.5, "• Wrote the timetables of the night trains.");
}

static void
test_date_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 200, 412, 24, 0, "Sigrid Aalto");
  add_line (lines, 52, 470, 9, 12, "+358 40 123 4567\tsigrid.aalto@example.fi");
  add_line (lines, 50, 214, 14, 16, "Work and volunteering");
  add_dated_entry (lines, "Nordic Rail - Timetables - Planner", "2023 -", "now",
                   "• Planned the stops of the new coastal line.");
  add_dated_entry (lines, "Baltic Ferries - Schedules - Planner", "2021 -", "2023",
                   "• Moved the booking system to a new server.");
  add_line (lines, 66, 388, 9, 2.4, "2020,\tSummer school - Teacher")->tab_x = 102;
  add_line (lines, 50, 98, 14, 5.1, "Seminars");
  add_line (lines, 102, 391, 9, 10.5, "Tampere University - Scheduling theory");
  add_line (lines, 67, 86, 9, -2.6, "2021");
  add_line (lines, 102, 473, 8, -5.2, "Built a solver for the timetables of a small town.");
  add_line (lines, 50, 114, 14, 5.1, "Projects");
  add_line (lines, 102, 234, 9, 10.6, "railmap - a map of the stations");
  add_line (lines, 67, 86, 9, -2.7, "2020");
  add_line (lines, 102, 427, 8, -5.1, "Drew the map of the stations from the open data.");
  add_line (lines, 50, 142, 14, 5.1, "Education");
  add_line (lines, 102, 318, 9, 10.6, "University of Oulu - Computer science");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Planned the stops of the new coastal line.\nWrote the timetables of the night trains.\n"
                   "Moved the booking system to a new server.\nWrote the timetables of the night trains.\n");
  entry = vitae_section_get_entry (section_titled (document, "Work and volunteering"), 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Nordic Rail - Timetables - Planner");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2023");
  entry = vitae_section_get_entry (section_titled (document, "Work and volunteering"), 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2023");
  entry = vitae_section_get_entry (section_titled (document, "Seminars"), 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Tampere University - Scheduling theory");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2021");
}

/* A course's title, its year under it after a calendar's icon (in
 * from the title's edge, set smaller and a little further under it than
 * half its own size): the entry's date, not a list item. */
static void
test_year_after_icon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 180, 560, 24, 0, "Sigrid Aalto");
  add_line (lines, 182, 470, 9, 8, "sigrid.aalto@example.fi");
  add_line (lines, 182, 480, 17, 29, "FURTHER TRAINING");
  add_line (lines, 182, 470, 12, 10, "Oulu Academy: Backend development in Kotlin");
  add_line (lines, 197.5, 218, 9, 5.2, "2023")->flags = VITAE_TEXT_LINE_ICON;
  add_line (lines, 182, 290, 10, 5.3, "• Final grade: 96%");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "Final grade: 96%\n");
  entry = vitae_section_get_entry (vitae_document_get_section (document, 0), 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2023");
}

/* A sidebar's headings met in French resumes: "À propos de moi" over
 * a paragraph (the summary, not an entry), "Contacts" over the contact
 * details (no part of the summary), "Soft Skills" and "Hard Skills"
 * over lists of skills. */
static void
test_sidebar_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  const char *summary;

  add_line (lines, 44, 153, 14, 0, "Aino Virtanen")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 52, 144, 11, 60, "À PROPOS DE MOI")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 23, 173, 11, 12, "Ingénieure réseau attachée aux");
  add_line (lines, 20, 176, 11, 3.6, "outils simples et durables, avec");
  add_line (lines, 45, 151, 11, 3.6, "six ans d’expérience.");
  add_line (lines, 74, 122, 11, 16, "Contacts")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 30, 137, 10, 23, "aino.virtanen@example.fi");
  add_line (lines, 68, 128, 11, 16, "Soft Skills")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 26, 110, 11, 12.8, "• Esprit d’équipe");
  add_line (lines, 26, 116, 11, 2.5, "• Rigueur");
  add_line (lines, 67, 130, 11, 20, "Hard Skills")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 26, 170, 11, 12.8, "• Réseaux: Cisco, Juniper, MikroTik");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  summary = vitae_node_get_text (VITAE_NODE (document), "summary");
  g_assert_nonnull (summary);
  g_assert_nonnull (strstr (summary, "six ans d’expérience."));
  g_assert_null (strstr (bullets, "six ans"));
  g_assert_null (strstr (summary, "Contacts"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "aino.virtanen@example.fi");
  g_assert_cmpint (vitae_section_get_kind (section_titled (document, "Soft Skills")), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (vitae_section_get_kind (section_titled (document, "Hard Skills")), ==, VITAE_SECTION_SKILLS);
}

/* Entries' titles with their dates at the right, not in bold, in the
 * text's size: a year shortened after an opening quote ("‘19", the
 * apostrophe typed the wrong way round) and a span whose first month
 * has no year of its own ("May - Aug ‘17": the year of its end). */
static void
test_short_year_spans (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 45, 230, 24, 0, "ODILE FERRAND");
  add_line (lines, 285, 550, 9, -17, "odile.ferrand@example.net");
  add_line (lines, 45, 120, 13, 17, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 45, 550, 11, -2, "Night Porter - Harbour Hotel\tSept \u201819 - Present");
  add_line (lines, 45, 420, 11, -3, "Kept the front desk open from midnight to six");
  add_line (lines, 45, 550, 11, 7, "Kitchen Hand - Old Mill Caf\u00e9\tNov - Feb \u201819");
  add_line (lines, 45, 380, 11, -3, "Washed and stored the pans after each service");
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019-09");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2018-11");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2019-02");
}

/* Two months that share one year written once, after the second, in a
 * column of dates left of the entry's title ("03-08/2015 <tab> …"). */
static void
test_months_of_one_year (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 180, 420, 24, 0, "Tobias Wrenfield");
  add_line (lines, 44, 548, 10, 10, "tobias.wrenfield@example.net");
  add_line_full (lines, 0, 68, 180, 10, 15, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line (lines, 48, 554, 10, 10, "03-08/2015\tLab Assistant, 5 months\tRiverside Institute, Leeds");
  add_line (lines, 136, 520, 10, 13, "Prepared the samples for the weekly soil tests");
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2015-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2015-08");
}

/* A section of the full width whose entries have their dates in a
 * column left of their titles and their items indented under them,
 * drawn without a glyph, then boxes side by side whose headings the
 * reader joins into one row ("Skills <tab> Activities") with their
 * lines set further left: the boxes are not the section's lines, and
 * the indented lines are its items. */
static void
test_heading_row_ends_section (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 180, 420, 24, 0, "Tobias Wrenfield");
  add_line (lines, 44, 548, 10, 10, "tobias.wrenfield@example.net");
  add_line_full (lines, 0, 68, 180, 10, 15, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line (lines, 48, 554, 10, 10, "2016 - 2017\tLab Assistant, 6 months\tRiverside Institute, Leeds")->tab_x = 125.6;
  add_line (lines, 136, 520, 10, 13, "Prepared the samples for the weekly soil tests");
  add_line (lines, 136, 510, 10, 4, "Kept the records of the greenhouse trials");
  add_line (lines, 48, 554, 10, 12, "2014\tSummer Job\tHarbour Books, York")->tab_x = 125.6;
  add_line (lines, 136, 300, 10, 13, "Sorted the returns");
  add_line (lines, 136, 500, 10, 6, "Helped with the stocktaking at the end of the season");
  add_line_full (lines, 0, 65, 440, 10, 16, VITAE_TEXT_LINE_BOLD, "Computer skills\tActivities")->tab_x = 330;
  add_line (lines, 60.5, 500, 10, 12, "\u2022 Good: C, Python, Git,\tCaptain of the chess club")->tab_x = 336;
  add_line (lines, 60.5, 520, 10, 2, "Linux, shell scripts\tTreasurer of the rowing club")->tab_x = 336;
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* Dates in a column of their own with a list beside them, its first
 * item ("- …") on the dates' baseline after a tab, the next under it
 * from the same mark: both are items, the dates none of them. */
static void
test_dates_beside_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 172.9, 400, 24, 0, VITAE_TEXT_LINE_BOLD, "Salma Trabelsi");
  add_line_full (lines, 0, 172.9, 380, 10, 6, 0, "salma.trabelsi@example.tn");
  add_line_full (lines, 0, 172.9, 426.7, 17.2, 30, VITAE_TEXT_LINE_BOLD, "Activités extraprofessionnelles");
  add_line_full (lines, 0, 172.9, 414.9, 10, 13.5, VITAE_TEXT_LINE_BOLD,
                 "2019-2021\t- Bénévole à la banque alimentaire de Sfax")->tab_x = 235;
  add_line_full (lines, 0, 235, 330.2, 10, 2, VITAE_TEXT_LINE_BOLD, "- Membre du club d'astronomie");
  add_line_full (lines, 0, 172.9, 384.2, 17.2, 44, VITAE_TEXT_LINE_BOLD, "Langues");
  add_line_full (lines, 0, 172.9, 300, 10, 13.5, 0, "Arabe, français, anglais");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Bénévole à la banque alimentaire de Sfax\n"
                   "Membre du club d'astronomie\n");
}

/* A timeline: years in a column at the left, an entry's title and
 * place beside them, and its first "•" item on the baseline of the
 * years' end ("2021" or "present", after a tab), a sidebar's heading
 * read between it and the next item: each "•" line is an item. */
static void
test_years_beside_bullet (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 75.6, 253, 21.6, 0, 0, "JOOST VAN DAM");
  add_line_full (lines, 0, 423.8, 509, 9.6, 6.5, VITAE_TEXT_LINE_ICON, "joost.vandam@example.nl");
  add_line_full (lines, 0, 100.8, 251, 13.2, 12, VITAE_TEXT_LINE_ICON, "PROJECT EXPERIENCE");
  add_line_full (lines, 0, 44.7, 292, 9.6, 41, VITAE_TEXT_LINE_BOLD, "2020\tTide gauges along the dikes")->tab_x = 101.5;
  add_line_full (lines, 0, 52.9, 378, 9, -0.2, 0, "|\tWith the Delta Water Institute\tDelft")->tab_x = 101.5;
  add_line_full (lines, 0, 44.7, 344, 8.4, 1, 0, "2021\t• Measured the tides of a whole winter.")->tab_x = 102.3;
  add_line_full (lines, 0, 410.4, 455, 13.2, 0, 0, "HOBBIES");
  add_line_full (lines, 0, 102.3, 356, 8.4, -2.1, 0, "• Learned to calibrate pressure sensors.");
  add_line_full (lines, 0, 44.7, 173, 9.6, 13.5, VITAE_TEXT_LINE_BOLD, "2021\tBoat counts at the locks")->tab_x = 101.5;
  add_line_full (lines, 0, 52.9, 378, 9, -0.4, 0, "|\tWith the Port of Zeeland\tVlissingen")->tab_x = 101.5;
  add_line_full (lines, 0, 40, 260, 8.4, 1, 0, "present\t• Counted the barges passing each lock.")->tab_x = 102.3;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Measured the tides of a whole winter.\n"
                   "Learned to calibrate pressure sensors.\n"
                   "Counted the barges passing each lock.\n");
}

/* Schools with their years in a column of their own at the left
 * ("2013 - 2016 <tab> School"), each with a line or two set smaller
 * under it and in from where its name starts: items of the school's,
 * not a degree. */
static void
test_items_in_from_dated_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 229.1, 553.2, 31.1, 0, "Maren Oakhurst Lindqvist");
  add_line (lines, 247.8, 285.9, 20.1, 4.4, "Mo");
  add_line (lines, 245.4, 331.5, 19.8, 52.2, "About Me");
  add_line (lines, 247.0, 581.5, 9.8, 2.9, "Second-year student of civil engineering with an eye for bridges and a soft spot for the");
  add_line (lines, 92.0, 166.6, 13.6, 6.6, "C O N T A C T");
  add_line (lines, 74.9, 190.3, 13.6, 33.3, "maren.oakhurst@example.org");
  add_line (lines, 74.6, 182.6, 13.6, 23.0, "0 7 12 - 3 4 5 - 6 7 8 9");
  add_line (lines, 74.6, 192.7, 13.6, 21.5, "Harbour Lane 4, Westport,");
  add_line (lines, 74.6, 197.3, 13.6, 2.7, "Northshire, Ireland");
  add_line (lines, 92.5, 162.7, 13.6, 13.3, "S K I L L S");
  add_line (lines, 50.3, 137.6, 12.2, 12.8, "AUTOCAD (2D, 3D)");
  add_line (lines, 50.8, 100.1, 12.2, 22.7, "SURVEYING");
  add_line (lines, 50.4, 124.0, 13.6, 19.6, "Structural analysis");
  add_line (lines, 247.0, 581.5, 9.8, 0, "old stone ones. I am looking for a summer placement in a design office near the coast, where");
  add_line (lines, 247.0, 382.6, 9.8, 2.0, "I can learn from engineers.");
  add_line (lines, 296.5, 384.5, 13.6, 17.8, "EDUCATION");
  add_line (lines, 258.6, 469.2, 11.2, 15.5, "2010 - 2013\tHillcrest Middle School")->tab_x = 319.0;
  add_line (lines, 329.6, 461.8, 10.0, 5.0, "Played in the school orchestra");
  add_line (lines, 258.8, 421.3, 11.2, 28.0, "2013 - 2016\tRiverbend High School")->tab_x = 319.0;
  add_line (lines, 329.6, 500.0, 10.0, 5.4, "Led the astronomy club for two years in a row");
  add_line (lines, 329.3, 458.2, 10.0, 2.2, "Member of the rowing team (2014-2016),");
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "degree"), ==, "");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 1);
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "degree"), ==, "");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* Jobs headed by their span and a colon before the role in capitals
 * ("JUNE – AUGUST 2019: INTERN IN …"), the firm and its place on the line
 * under (in bold under the second), a paragraph under that: each heading
 * an entry with its role, firm and dates. An award that starts with its year and a colon, written in
 * sentence case, stays an item. */
static void
test_dates_colon_role (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 229, 377, 25.9, 0, "SOLVEIG HARTMANN");
  add_line (lines, 229, 380, 10, 6, "solveig.hartmann@example.de");
  add_line (lines, 239, 337, 11, 27, "WORK EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 239, 519, 10.1, 13.2, "JUNE \u2013 AUGUST 2019: INTERN IN HARBOUR ENGINEERING");
  add_line (lines, 239, 394, 10.1, 10.1, "Nordhafen Works \u2013 Kiel, Germany");
  add_line (lines, 239, 590, 10.1, 7.2, "Measured the silt of the inner basin over a whole summer and kept the");
  add_line (lines, 239, 446, 10.1, 3.8, "readings in one shared sheet for the engineers.");
  add_line (lines, 239, 541, 10.1, 12.0, "2017 \u2013 2018: RESEARCH ASSISTANT IN HYDRAULICS");
  add_line (lines, 239, 378, 10.1, 10.1, "Coastal Institute \u2013 Rostock, Germany")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 239, 528, 10.1, 7.2, "Ran the wave flume for the tests of two doctoral students.");
  add_line (lines, 239, 300, 11, 14, "AWARDS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 254, 500, 10.1, 10, "\u2022 2019: Won the regional prize for a model of the pier");
  add_line (lines, 254, 480, 10.1, 4, "\u2022 2018: Rowed for the university in the spring regatta");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "INTERN IN HARBOUR ENGINEERING");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019-06");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2019-08");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "RESEARCH ASSISTANT IN HYDRAULICS");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Coastal Institute \u2013 Rostock, Germany");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2017");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2018");
  g_assert_cmpstr (bullets, ==,
                   "2019: Won the regional prize for a model of the pier\n"
                   "2018: Rowed for the university in the spring regatta\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-dated/dated-certificates", test_dated_certificates);
  g_test_add_func ("/import-dated/dated-courses", test_dated_courses);
  g_test_add_func ("/import-dated/dates-a-space-before-role", test_dates_a_space_before_role);
  g_test_add_func ("/import-dated/wrap-at-glyph-edge", test_wrap_at_glyph_edge);
  g_test_add_func ("/import-dated/heading-beside-name", test_heading_beside_name);
  g_test_add_func ("/import-dated/dates-and-place-under-title", test_dates_and_place_under_title);
  g_test_add_func ("/import-dated/dates-after-icon", test_dates_after_icon);
  g_test_add_func ("/import-dated/ornament-between-entries", test_ornament_between_entries);
  g_test_add_func ("/import-dated/date-column", test_date_column);
  g_test_add_func ("/import-dated/year-after-icon", test_year_after_icon);
  g_test_add_func ("/import-dated/sidebar-headings", test_sidebar_headings);
  g_test_add_func ("/import-dated/short-year-spans", test_short_year_spans);
  g_test_add_func ("/import-dated/months-of-one-year", test_months_of_one_year);
  g_test_add_func ("/import-dated/heading-row-ends-section", test_heading_row_ends_section);
  g_test_add_func ("/import-dated/dates-beside-item", test_dates_beside_item);
  g_test_add_func ("/import-dated/years-beside-bullet", test_years_beside_bullet);
  g_test_add_func ("/import-dated/items-in-from-dated-title", test_items_in_from_dated_title);
  g_test_add_func ("/import-dated/dated-items-wrapped", test_dated_items_wrapped);
  g_test_add_func ("/import-dated/dates-colon-role", test_dates_colon_role);
  return g_test_run ();
}
