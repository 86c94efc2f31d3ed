/* test-import-labelled.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's duties each led by a short label and a colon, one a line
 * without a mark ("Teaching: …" / "Research: …"), as the reader's lines
 * of imported PDFs give them, in layouts met in real resumes, in our own
 * words: spaced apart at the text's edge beside a column of dates, some
 * wrapped, one label in bold, a later entry's one line set as they were;
 * set close under a project's title, with the project's technologies
 * after them; and the labelled lines that are no duties: a phone number,
 * a client and a place, a job's tools alone, a supervisor's name. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Adds an entry's title after its dates, in a column of dates left of
 * the text, which starts at @text_x. */
static void
add_dated_title (GPtrArray  *lines,
                 double      x,
                 double      text_x,
                 double      gap,
                 const char *text)
{
  VitaeTextLine *line = add_line (lines, x, 520, 10.9, gap, text);

  line->tab_x = text_x;
}

/* Jobs beside a column of dates, their duties at the text's edge, each
 * led by a label and a colon, spaced further apart than a paragraph's
 * lines, a long one wrapped close under it: under the first title three
 * (the first label in bold makes its short line read as bold), under
 * the second one alone, set as they were, under the third two. Items,
 * not a paragraph run together. */
static void
test_spaced_labelled_duties (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 44, 250, 33.9, 0, "Ines Marbach");
  add_line (lines, 44, 300, 10, 8, "ines.marbach@example.org");
  add_line_full (lines, 0, 116.4, 190, 14.3, 40, VITAE_TEXT_LINE_BOLD, "Experience");
  add_dated_title (lines, 46.3, 116, 9, "2022 - 2025\tLecturer, Hollow Hill University, Leeds, England");
  add_line_full (lines, 0, 116.4, 210, 10.9, 6.6, VITAE_TEXT_LINE_BOLD, "Teaching : statistics");
  add_line (lines, 116, 240, 10.9, 6.6, "Research : river sediment group");
  add_line (lines, 116, 552, 10.9, 7.6, "Outreach and public work: open days of the department for the schools of");
  add_line (lines, 116.4, 330, 10.9, 3.9, "the region, their guides and their field trips");
  add_dated_title (lines, 52.9, 116.4, 7.6, "2019 - 2022\tResearch Fellow, Tarn Institute, York, England");
  add_line (lines, 116.4, 550, 10.9, 7.6, "Research topic: Measuring the drift of fine sand in slow rivers with cheap");
  add_line (lines, 116.4, 300, 10.9, 3.9, "sensors built by the students");
  add_dated_title (lines, 52.9, 116.4, 7.6, "2017 - 2019\tTeaching Assistant, Tarn Institute, York, England");
  add_line (lines, 116, 552, 10.9, 7.6, "Teaching (second year) : Fluid mechanics, Field methods, Statistics,");
  add_line (lines, 116, 300, 10.9, 3.9, "Data analysis, Mapping");
  add_line (lines, 116.4, 550, 10.9, 7.6, "Field work (estuary) : boat surveys of the mouth of the river every spring");
  add_line_full (lines, 0, 116.4, 180, 14.3, 15, VITAE_TEXT_LINE_BOLD, "Education");
  add_dated_title (lines, 85.6, 116.4, 9, "2017\tPhD, Tarn Institute, York, England");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Teaching : statistics\n"
                   "Research : river sediment group\n"
                   "Outreach and public work: open days of the department for the schools of the region, their guides "
                   "and their field trips\n"
                   "Research topic: Measuring the drift of fine sand in slow rivers with cheap sensors built by the "
                   "students\n"
                   "Teaching (second year) : Fluid mechanics, Field methods, Statistics, Data analysis, Mapping\n"
                   "Field work (estuary) : boat surveys of the mouth of the river every spring\n");
  for (guint k = 0; k < 3; k++)
    g_assert_false (vitae_node_has (VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, k)), "summary"));
}

/* A project's parts each led by a label, set as close as a paragraph's
 * lines right under its title, one wrapped in lower case; the line of
 * its technologies under them stays its keywords. */
static void
test_close_labelled_duties (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 50, 260, 24, 0, "Tomasz Wierzbicki");
  add_line (lines, 50, 300, 10, 8, "tomasz.wierzbicki@example.pl");
  add_line_full (lines, 0, 50, 140, 13, 18, VITAE_TEXT_LINE_BOLD, "PROJECTS");
  add_line_full (lines, 0, 50, 300, 11, 6, VITAE_TEXT_LINE_BOLD, "Harbour Tide Tracker");
  add_line (lines, 50, 540, 10, 2.1, "Backend: wrote the readings service in Go and stored the series in SQLite");
  add_line (lines, 50, 545, 10, 2.1, "Frontend: drew the tide charts in the browser with plain JavaScript and the");
  add_line (lines, 50, 200, 10, 2.1, "canvas element");
  add_line (lines, 50, 500, 10, 2.1, "Testing: checked each parser against a year of recorded gauge data");
  add_line (lines, 50, 260, 10, 2.1, "Technologies: Go, SQLite, JavaScript");
  add_line_full (lines, 0, 50, 140, 13, 18, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 50, 400, 11, 6, VITAE_TEXT_LINE_BOLD, "BSc Computer Science, Gdynia Maritime University");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Backend: wrote the readings service in Go and stored the series in SQLite\n"
                   "Frontend: drew the tide charts in the browser with plain JavaScript and the canvas element\n"
                   "Testing: checked each parser against a year of recorded gauge data\n");
  entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) vitae_node_get_list (VITAE_NODE (entry), "keywords")), ==, 3);
}

/* Labelled lines that are no duties: a phone number in the header; under
 * jobs, a client's name and a place, each a few words, a job's tools
 * alone under its title, and a project with the person who supervised
 * it, a name after a title. None is an item. */
static void
test_labelled_fields_stay (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 50, 260, 24, 0, "Aiko Brennan");
  add_line (lines, 50, 300, 10, 8, "Tel: +44 20 7946 0321");
  add_line_full (lines, 0, 50, 140, 13, 18, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 50, 300, 11, 6, VITAE_TEXT_LINE_BOLD, "Signal Engineer, Northway Rail\t2020 - 2024");
  add_line (lines, 50, 200, 10, 2.1, "Client: Midland Lines");
  add_line (lines, 50, 180, 10, 2.1, "Location: Derby");
  add_line_full (lines, 0, 50, 300, 11, 8, VITAE_TEXT_LINE_BOLD, "Junior Analyst, Weftworks\t2018 - 2020");
  add_line (lines, 50, 260, 10, 2.1, "Tools: Excel, SQL, Python");
  add_line_full (lines, 0, 50, 300, 11, 8, VITAE_TEXT_LINE_BOLD, "Research Intern, Kestrel Bridges\t2017");
  add_line (lines, 50, 500, 10, 2.1, "Project: modelled the load of the bridge cables under strong wind");
  add_line (lines, 50, 300, 10, 2.1, "Supervisor: Dr. Ada Quist (Kestrel Bridges)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==,
                   "+44 20 7946 0321");
}

static VitaeTextLine *
line_at_end (GPtrArray *lines)
{
  return g_ptr_array_index (lines, lines->len - 1);
}

/* A job's duties each a paragraph led by its name and a colon, the name
 * set larger than the paragraph's lines (so that its first line reads as
 * set larger), spaced apart, the lines of each close; one name of seven
 * words written as a name. Each paragraph an item, not the job's
 * summary. */
static void
test_larger_labels (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 44, 250, 30, 0, "Oskar Lindqvist");
  add_line (lines, 44, 300, 10, 8, "oskar.lindqvist@example.se");
  add_line_full (lines, 0, 116.4, 190, 14.3, 40, VITAE_TEXT_LINE_BOLD, "Experience");
  add_dated_title (lines, 46.3, 116, 9, "2021 - 2024\tData Engineer, Fjord Freight, Bergen, Norway");
  line_at_end (lines)->size = 12.2;
  line_at_end (lines)->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 116, 550, 12.2, 7, "Port Queue Forecast: Predicted how long ships would wait at the quay from");
  add_line (lines, 116, 548, 10.9, 3.9, "three years of berth logs, with a gradient boosted model refreshed every");
  add_line (lines, 116, 300, 10.9, 3.9, "night from the harbour's database.");
  add_line (lines, 116, 552, 12.2, 7.6, "Return of Crates - Tracking Their Route: Built a small service that");
  add_line (lines, 116, 400, 10.9, 3.9, "follows each crate from the dock back to the depot.");
  add_line (lines, 116, 540, 12.2, 7.6, "Invoice Reading: Read the totals of scanned invoices with a trained");
  add_line (lines, 116, 330, 10.9, 3.9, "character model and checked them by hand.");
  add_line_full (lines, 0, 116.4, 180, 14.3, 30, VITAE_TEXT_LINE_BOLD, "Education");
  add_dated_title (lines, 85.6, 116.4, 9, "2020\tMSc Statistics, Fjell University, Bergen, Norway");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Port Queue Forecast: Predicted how long ships would wait at the quay from three years of berth "
                   "logs, with a gradient boosted model refreshed every night from the harbour's database.\n"
                   "Return of Crates - Tracking Their Route: Built a small service that follows each crate from "
                   "the dock back to the depot.\n"
                   "Invoice Reading: Read the totals of scanned invoices with a trained character model and checked "
                   "them by hand.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-labelled/spaced-labelled-duties", test_spaced_labelled_duties);
  g_test_add_func ("/import-labelled/close-labelled-duties", test_close_labelled_duties);
  g_test_add_func ("/import-labelled/labelled-fields-stay", test_labelled_fields_stay);
  g_test_add_func ("/import-labelled/larger-labels", test_larger_labels);
  return g_test_run ();
}
