/* test-import-place-titles.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Entries of imported PDFs laid out as a word processor's templates lay
 * them out: the employer or school and, after a dash, the role or
 * degree, set larger than the text (in bold or not, larger than the
 * headings too); the place under it, smaller; the dates under that in
 * small capitals; the text under them. Each page is given as the
 * reader's lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"
#include "vitae-test-draw.h"

static const char *
field (VitaeEntry *entry,
       const char *key)
{
  g_assert_nonnull (entry);
  return vitae_node_get_text (VITAE_NODE (entry), key);
}

/* Two schools and three jobs, each title over its place and dates (the
 * last job's dates right under it, no place), the titles in bold or
 * not: each is an entry of its section, its parts where they belong. */
static void
test_title_place_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  guint bold = VITAE_TEXT_LINE_BOLD;
  VitaeEntry *entry;

  add_line_full (lines, 0, 50, 380, 31, 0, bold, "Morag Lindsay");
  add_line_full (lines, 0, 50, 160, 10, 4.6, bold, "Marine Biologist");
  add_line_full (lines, 0, 50, 110, 10, 53, bold, "EDUCATION");
  add_line_full (lines, 0, 50, 240, 12, 2.7, bold, "Harbour College — BA, MA");
  add_line (lines, 50, 120, 10, -1.2, "Leith, Scotland");
  add_line (lines, 50, 175, 8, 1.3, "SEPTEMBER 2012 - JUNE 2016");
  add_line (lines, 50, 97, 9.5, 1.2, "Marine Biology");
  add_line (lines, 50, 280, 12, 18.6, "Glenmore Academy — Higher Certificate");
  add_line (lines, 50, 123, 10, -0.4, "Dundee, Scotland");
  add_line (lines, 50, 148, 8, 1.3, "AUGUST 2010 - MAY 2012");
  add_line (lines, 50, 230, 9.5, 1.2, "Head of the chess club for two years.");
  add_line_full (lines, 0, 50, 115, 10, 37, bold, "EXPERIENCE");
  add_line (lines, 50, 350, 12, 2.7, "Harbour Trust — Deck Clerk");
  add_line (lines, 50, 120, 10, -1.2, "Leith, Scotland");
  add_line (lines, 50, 163, 8, 1.3, "MAY 2016 - JUNE 2021");
  add_line (lines, 50, 377, 9.5, 1.2, "Kept the logs of forty ships a week and the harbour's tide tables.");
  add_line_full (lines, 0, 50, 372, 12, 18.6, bold, "Coastal Survey — Field Assistant");
  add_line (lines, 50, 120, 10, -0.4, "Oban, Scotland");
  add_line (lines, 50, 180, 8.5, 0.9, "JULY 2021 - PRESENT");
  add_line (lines, 50, 375, 9.5, 1.8, "Measured the tides at six stations along the coast.");
  add_line_full (lines, 0, 50, 222, 12, 18.6, bold, "Tide Watch — Writer");
  add_line (lines, 50, 197, 8.5, -0.5, "MARCH 2019 - MAY 2020");
  add_line (lines, 50, 377, 9.5, 1.8, "Wrote a monthly column on the tides for a local paper.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (field (entry, "organization"), ==, "Harbour College");
  g_assert_cmpstr (field (entry, "degree"), ==, "BA, MA");
  g_assert_cmpstr (field (entry, "area"), ==, "Marine Biology");
  g_assert_cmpstr (field (entry, "location"), ==, "Leith, Scotland");
  g_assert_cmpstr (field (entry, "start"), ==, "2012-09");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_cmpstr (field (entry, "organization"), ==, "Glenmore Academy");
  g_assert_cmpstr (field (entry, "location"), ==, "Dundee, Scotland");
  g_assert_cmpstr (field (entry, "end"), ==, "2012-05");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (field (entry, "organization"), ==, "Harbour Trust");
  g_assert_cmpstr (field (entry, "role"), ==, "Deck Clerk");
  g_assert_cmpstr (field (entry, "location"), ==, "Leith, Scotland");
  g_assert_cmpstr (field (entry, "start"), ==, "2016-05");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (field (entry, "organization"), ==, "Coastal Survey");
  g_assert_cmpstr (field (entry, "location"), ==, "Oban, Scotland");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 2);
  g_assert_cmpstr (field (entry, "role"), ==, "Tide Watch — Writer");
  g_assert_cmpstr (field (entry, "start"), ==, "2019-03");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_CUSTOM), ==, 0);

  /* (Each title's parts are in the resume: no line is left out.) */
  unplaced = vitae_import_unplaced_lines (document, "Harbour College — BA, MA\nCoastal Survey — Field Assistant\n");
  g_assert_cmpuint (unplaced->len, ==, 0);
}

/* A title with a dash over a line that is no place (a sentence, a
 * field's words with a digit) keeps its title whole. */
static void
test_no_place_under_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 50, 380, 24, 0, VITAE_TEXT_LINE_BOLD, "Morag Lindsay");
  add_line_full (lines, 0, 50, 115, 10, 30, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 50, 350, 11, 6, VITAE_TEXT_LINE_BOLD, "Harbour Trust — Deck Clerk\tMay 2016 – June 2021")->tab_x = 300;
  add_line (lines, 50, 377, 10, 2, "Team of 4 clerks");
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (field (entry, "role"), ==, "Harbour Trust — Deck Clerk");
  g_assert_cmpstr (field (entry, "location"), ==, "");
}

/* A degree over its school, as academic resumes set them ("Bachelor of
 * Science in Marine Biology <tab> 2019 – 2023" / "Lakeside University,
 * Porto, Portugal"): the school is the organisation, its town and
 * country the place, the title the degree (with its field, which
 * vitae_import_bytes() reads apart). A school over its degree stays as
 * it is. */
static void
test_degree_over_school (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 50, 380, 24, 0, VITAE_TEXT_LINE_BOLD, "Morag Lindsay");
  add_line_full (lines, 0, 50, 115, 10, 30, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 50, 550, 10, 6, VITAE_TEXT_LINE_BOLD, "Bachelor of Science in Marine Biology\t2019 – 2023")->tab_x = 480;
  add_line (lines, 50, 300, 10, 2, "Lakeside University, Porto, Portugal");
  add_line_full (lines, 0, 50, 550, 10, 6, VITAE_TEXT_LINE_BOLD, "Harbour College\t2017 – 2019")->tab_x = 480;
  add_line (lines, 50, 300, 10, 2, "Higher Certificate, Oceanography");
  document = vitae_import_lines (lines, NULL);

  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (field (entry, "organization"), ==, "Lakeside University");
  g_assert_cmpstr (field (entry, "location"), ==, "Porto, Portugal");
  g_assert_cmpstr (field (entry, "degree"), ==, "Bachelor of Science in Marine Biology");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_cmpstr (field (entry, "organization"), ==, "Harbour College");
  g_assert_cmpstr (field (entry, "degree"), ==, "Higher Certificate");
  g_assert_cmpstr (field (entry, "area"), ==, "Oceanography");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-place-titles/title-place-dates", test_title_place_dates);
  g_test_add_func ("/import-place-titles/no-place-under-title", test_no_place_under_title);
  g_test_add_func ("/import-place-titles/degree-over-school", test_degree_over_school);
  return g_test_run ();
}
