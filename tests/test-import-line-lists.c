/* test-import-line-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lists without marks, one item a line (papers, talks, courses), as a
 * PDF's reader gives their lines, in our own words: lines set alike
 * under a heading or an entry's title, none running on into the next,
 * are items, not a summary; a paragraph, lines that head lines of their
 * own, or words one a line are not; phrases set centred one a line
 * under a summary's heading are items, a centred paragraph is not. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func (vitae_text_line_free);
}

/* Every summary of the document's entries, one a line. */
static char *
all_summaries (VitaeDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          const char *summary = vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, e)), "summary");

          if (summary != NULL)
            g_string_append_printf (out, "%s\n", summary);
        }
    }
  return g_string_free (out, FALSE);
}

/* The head of a page: a name and an e-mail address. */
static void
add_head (GPtrArray *lines)
{
  add_line (lines, 220, 380, 20, 0, "MARTA OLIVEIRA");
  add_line (lines, 200, 400, 10, 6, "marta.oliveira@example.pt\t|\tPorto")->tab_x = 330;
}

/* Papers one a line under a heading of their own, each with where and
 * when it came out in a column at the right: each paper is an item (its
 * title, and where it came out after a tab), not a line of a summary. */
static void
test_papers_with_venue_column (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  g_autofree char *summaries = NULL;

  add_head (lines);
  add_line_full (lines, 0, 43, 200, 13, 14, VITAE_TEXT_LINE_BOLD, "PATENTS / PAPERS");
  add_line (lines, 51, 572, 11, 7, "Reading Tide Tables with Small Neural Networks\tHarbour Press 2023")->tab_x = 470;
  add_line (lines, 51, 572, 11, 3, "A Cheap Sensor for the Salt of Estuaries\tPatent 2022")->tab_x = 520;
  add_line (lines, 51, 572, 11, 3, "Sand Waves: Counting Them from a Small Boat\tCOAST 2021")->tab_x = 515;
  add_line (lines, 51, 572, 11, 3, "Gulls as Weather Vanes, a Field Study\tSHORE 2019")->tab_x = 512;
  add_line_full (lines, 0, 43, 140, 13, 12, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 43, 572, 10.6, 7, VITAE_TEXT_LINE_ITALIC, "MSc in Oceanography\tUniversity of Porto")->tab_x = 480;
  add_line (lines, 53, 360, 11, 5, "- Thesis: the tides of the Douro's mouth");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  summaries = all_summaries (document);
  g_test_message ("summaries:\n%s", summaries);
  /* (Where each came out stays in its text: nothing is left out.) */
  g_assert_nonnull (strstr (bullets, "Reading Tide Tables with Small Neural Networks\tHarbour Press 2023\n"
                                     "A Cheap Sensor for the Salt of Estuaries\tPatent 2022\n"
                                     "Sand Waves: Counting Them from a Small Boat\tCOAST 2021\n"
                                     "Gulls as Weather Vanes, a Field Study\tSHORE 2019\n"));
  g_assert_null (strstr (summaries, "Tide Tables"));
}

/* A school's courses one a line under its title with dates, the first
 * ending well short of the column, so that the next would have gone on
 * there were it one paragraph: each course an item; a line alone under
 * the school above is its subtitle still, and a paragraph whose first
 * line fills the column is no list. */
static void
test_courses_under_school (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line (lines, 20, 100, 12, 14, "EDUCATION");
  add_line (lines, 20, 575, 10, 16, "Engineering Degree, Porto School of Engineering,\t2020 – 2024")->tab_x = 524;
  add_line (lines, 20, 290, 10, 3, "Applied Mathematics and Computing, Data Track");
  add_line (lines, 20, 575, 10, 6, "Master's Degree in Applied Statistics (M2), University of Coimbra,\t2023 – 2024")->tab_x = 524;
  add_line (lines, 20, 420, 10, 3, "Advanced Statistics: discrete random processes and continuous-time random processes");
  add_line (lines, 20, 150, 10, 3, "Control of reservoirs");
  add_line (lines, 20, 575, 10, 6, "Preparatory Classes in Mathematics, Lycée of Braga,\t2018 – 2020")->tab_x = 524;
  add_line (lines, 20, 110, 12, 17, "EXPERIENCE");
  add_line (lines, 20, 575, 10, 16, "Analyst, Douro Water Board\t2024 – now")->tab_x = 480;
  add_line (lines, 20, 560, 10, 3, "I built the board's forecasts of the river's level for the coming week from");
  add_line (lines, 20, 300, 10, 3, "the gauges along the valley.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "Advanced Statistics: discrete random processes and continuous-time random processes\n"
                                     "Control of reservoirs\n"));
  g_assert_null (strstr (bullets, "Applied Mathematics and Computing"));
  g_assert_null (strstr (bullets, "the gauges along the valley."));
}

/* Talks set alike, each over its place set further in: entries with
 * lines of their own, no list of items one a line. */
static void
test_talks_with_places (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line_full (lines, 0, 43, 200, 13, 14, VITAE_TEXT_LINE_BOLD, "INVITED TALKS");
  add_line (lines, 51, 572, 11, 7, "Sand Waves of the Northern Shelf\t2023")->tab_x = 540;
  add_line (lines, 63, 250, 10, 3, "Shelf Science Days, Vigo");
  add_line (lines, 51, 572, 11, 7, "Gulls as Weather Vanes\t2021")->tab_x = 540;
  add_line (lines, 63, 240, 10, 3, "Coastal Week, Aveiro");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_null (strstr (bullets, "Sand Waves of the Northern Shelf\n"));
}

/* Courses one a line under a teacher's post, each marked with the
 * letter "o" and its term at the right, set further in than the post:
 * the post's items (without their terms, a column of their own), not
 * entries of their own. */
static void
test_courses_nested_with_terms (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line (lines, 36, 115, 20, 16, "TEACHING");
  add_line_full (lines, 0, 36, 576, 11, 3, VITAE_TEXT_LINE_BOLD, "Harbour University\tPorto")->tab_x = 540;
  add_line (lines, 39.6, 576, 11, 0.2, "• Lecturer in Coastal Science\t2019-2023")->tab_x = 527;
  add_line (lines, 46.8, 576, 11, 1.5, "o Tides and Waves (Python)\tSpring 2023")->tab_x = 523;
  add_line (lines, 46.8, 576, 11, 1.5, "o Field Methods for Estuaries (R)\tFall 2022")->tab_x = 536;
  add_line (lines, 46.8, 576, 11, 1.5, "o Coastal Mapping with QGIS\tFall 2020-Spring 2021")->tab_x = 480;
  add_line_full (lines, 0, 36, 576, 11, 15.7, VITAE_TEXT_LINE_BOLD, "Lakeside College\tAveiro")->tab_x = 511;
  add_line (lines, 39.6, 576, 11, 0.2, "• Teaching Assistant\t2017-2019")->tab_x = 539;
  add_line (lines, 46.8, 576, 11, 1.5, "o Statics of Small Structures\tSpring 2018")->tab_x = 523;
  add_line (lines, 46.8, 576, 11, 1.5, "o Introduction to Surveying\tFall 2017")->tab_x = 536;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "Tides and Waves (Python)\n"
                                     "Field Methods for Estuaries (R)\n"
                                     "Coastal Mapping with QGIS\n"));
  g_assert_nonnull (strstr (bullets, "Statics of Small Structures\n"
                                     "Introduction to Surveying\n"));
}

/* Awards one a line under their heading, each with its date at the
 * right: entries with their dates, as before, not items. */
static void
test_dated_awards_stay_entries (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line_full (lines, 0, 36, 82, 12, 13, VITAE_TEXT_LINE_BOLD, "AWARDS");
  add_line_full (lines, 0, 46.8, 570, 10, 7, VITAE_TEXT_LINE_BOLD, "Winner of the Harbour Robot Race\t08.2023")->tab_x = 534;
  add_line_full (lines, 0, 46.8, 570, 10, 7.8, VITAE_TEXT_LINE_BOLD, "First Prize in the Estuary Data Challenge\t06.2019")->tab_x = 534;
  add_line_full (lines, 0, 46.8, 570, 10, 7.8, VITAE_TEXT_LINE_BOLD, "Second Prize of the Student Sensor Fair\t04.2018")->tab_x = 534;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_null (strstr (bullets, "Winner of the Harbour Robot Race"));
}

/* A section of work that holds nothing but lines set alike one a line,
 * from its heading to the next, each led by its year and ending well
 * short of the column: no entry has a title there, so each line is an
 * item, not a line of a summary. */
static void
test_work_lines_alone_under_heading (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line_full (lines, 0, 237, 290, 11, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 237, 500, 11, 10, "2024 Painting the hulls of fishing boats at the marina");
  add_line (lines, 237, 400, 11, 10, "2022 Ferry deck hand on the river");
  add_line (lines, 237, 470, 11, 10, "2019 Mending nets for the harbour's fishermen");
  add_line (lines, 237, 450, 11, 10, "2016/18 Guide of the lighthouse in summer");
  add_line_full (lines, 0, 237, 280, 11, 30, VITAE_TEXT_LINE_BOLD, "Education");
  add_line (lines, 237, 410, 11, 10, "2015 Diploma of Seamanship, Porto");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "2024 Painting the hulls of fishing boats at the marina\n"
                                     "2022 Ferry deck hand on the river\n"
                                     "2019 Mending nets for the harbour's fishermen\n"
                                     "2016/18 Guide of the lighthouse in summer\n"));
}

/* The same lines, but each over a line of its own set further in: they
 * are the entries' titles, no list of items. */
static void
test_work_titles_over_lines_stay (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_head (lines);
  add_line_full (lines, 0, 237, 290, 11, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 237, 500, 11, 10, "2024 Painting the hulls of fishing boats at the marina");
  add_line (lines, 250, 420, 10, 2, "Two coats a hull, by hand, in the dry dock");
  add_line (lines, 237, 400, 11, 10, "2022 Ferry deck hand on the river");
  add_line (lines, 250, 380, 10, 2, "Ropes, tickets and the gangway");
  add_line_full (lines, 0, 237, 280, 11, 30, VITAE_TEXT_LINE_BOLD, "Education");
  add_line (lines, 237, 410, 11, 10, "2015 Diploma of Seamanship, Porto");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_null (strstr (bullets, "2022 Ferry deck hand on the river"));
}

/* Under "Summary", phrases set centred one a line, each far shorter
 * than the widest: each is an item; a centred paragraph whose lines
 * break where the next word would not fit stays the summary. */
static void
test_centred_summary_phrases (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) prose = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) paragraph = NULL;
  g_autofree char *bullets = NULL;
  g_autofree char *none = NULL;

  add_line (lines, 240, 360, 22, 0, "Ilse Marchetti");
  add_line (lines, 270, 330, 14, 8, "Summary");
  add_line (lines, 262, 338, 11, 5, "Mobile Games");
  add_line (lines, 200, 400, 11, 0.2, "Two years of testing at a game studio");
  add_line (lines, 270, 330, 11, 0.2, "Level Designer");
  add_line (lines, 170, 430, 11, 0.2, "Curious, Patient, Good with players, Loves puzzles");
  add_line (lines, 270, 330, 14, 9, "Experience");
  add_line (lines, 60, 300, 11, 5, "Tester, Pinecone Games\t2021 - 2023");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Mobile Games\nTwo years of testing at a game studio\nLevel Designer\n"
                   "Curious, Patient, Good with players, Loves puzzles\n");

  add_line (prose, 240, 360, 22, 0, "Ilse Marchetti");
  add_line (prose, 270, 330, 14, 8, "Summary");
  add_line (prose, 150, 450, 11, 5, "Games tester who has played through every level of three");
  add_line (prose, 152, 448, 11, 0.2, "released titles and written thousands of clear reports for");
  add_line (prose, 230, 370, 11, 0.2, "the designers and the coders.");
  add_line (prose, 270, 330, 14, 9, "Experience");
  add_line (prose, 60, 300, 11, 5, "Tester, Pinecone Games\t2021 - 2023");
  paragraph = vitae_import_lines (prose, NULL);
  none = all_bullets (paragraph);
  g_assert_cmpstr (none, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-line-lists/papers-with-venue-column", test_papers_with_venue_column);
  g_test_add_func ("/import-line-lists/courses-under-school", test_courses_under_school);
  g_test_add_func ("/import-line-lists/courses-nested-with-terms", test_courses_nested_with_terms);
  g_test_add_func ("/import-line-lists/talks-with-places", test_talks_with_places);
  g_test_add_func ("/import-line-lists/dated-awards-stay-entries", test_dated_awards_stay_entries);
  g_test_add_func ("/import-line-lists/work-lines-alone-under-heading", test_work_lines_alone_under_heading);
  g_test_add_func ("/import-line-lists/work-titles-over-lines-stay", test_work_titles_over_lines_stay);
  g_test_add_func ("/import-line-lists/centred-summary-phrases", test_centred_summary_phrases);
  return g_test_run ();
}
