/* test-import-item-breaks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where an imported resume's list items start and end, in layouts met
 * in real ones: the next project's title set between an entry's items
 * in another size; an entry's heading of two rows marked by a glyph
 * that stands between them; an entry's duties set as sentences in
 * paragraphs of their own, without marks; two skills of a row of
 * columns set closer than the columns stand; a skill's own list in
 * parentheses; items whose marks are arrows drawn as lines. Pages are
 * drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* An entry holds two projects, each a title ("Name | tools") set a
 * point larger than the items and a little deeper than their text,
 * then its items with glyphs. The second title stands under the first
 * project's last item, which ends short: it is no wrapped line of that
 * item. */
static void
draw_project_titles (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Selma Okonkwo", 20, TRUE);
  draw_text (cr, 40, 70, "selma.okonkwo@example.org", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "Riverbank Studio, Mobile Developer, 2019 - 2023", 11, TRUE);
  draw_text (cr, 62, 150, "Ferry timetable | Kotlin, Room, WorkManager", 11, FALSE);
  draw_text (cr, 40, 170, "•", 10, FALSE);
  draw_text (cr, 52, 170, "Rebuilt the offline timetable so that it loads in under a second on old phones", 10, FALSE);
  draw_text (cr, 40, 188, "•", 10, FALSE);
  draw_text (cr, 52, 188, "Added the delay alerts the harbour office wanted", 10, FALSE);
  draw_text (cr, 62, 209, "Parking permits | Swift, SwiftUI, Core Data", 11, FALSE);
  draw_text (cr, 40, 229, "•", 10, FALSE);
  draw_text (cr, 52, 229, "Wrote the renewal flow and its reminders", 10, FALSE);
  draw_text (cr, 40, 247, "•", 10, FALSE);
  draw_text (cr, 52, 247, "Moved the payments to the city's new provider", 10, FALSE);
}

static void
test_project_titles (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_project_titles);
  g_autofree char *bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "\nAdded the delay alerts the harbour office wanted\n"));
  g_assert_nonnull (strstr (bullets, "\nWrote the renewal flow and its reminders\n"));
  g_assert_null (strstr (bullets, "Parking permits"));
}

/* Each entry is one item of a LaTeX list: its heading a row of two
 * cells (the school and its town), over a row of the degree and its
 * years, the list's glyph set a little lower than the first row. The
 * glyph marks the heading, not the degree as an item; the entry's own
 * items are nested under it with another glyph. */
static void
draw_glyph_between_rows (cairo_t *cr)
{
  static const char * const schools[][4] = {
    { "Northern Polytechnic", "Tromsø, Norway", "Bachelor of Science in Marine Engineering and Ship Design",
      "Aug 2016 – Jun 2020" },
    { "Lakeside Institute", "Bergen, Norway", "Master of Science in Offshore Systems", "Aug 2020 – Jun 2022" },
  };

  draw_text (cr, 40, 40, "Håkon Rasmussen", 20, TRUE);
  draw_text (cr, 40, 70, "hakon.rasmussen@example.no", 10, FALSE);
  draw_text (cr, 40, 104, "Education", 14, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    {
      double y = 130 + 64 * k;

      draw_text (cr, 52, y, schools[k][0], 10, FALSE);
      draw_right_aligned (cr, 555, y, schools[k][1], 10);
      draw_text (cr, 40, y + 6, "•", 10, FALSE);
      draw_text (cr, 52, y + 14, schools[k][2], 9, FALSE);
      draw_right_aligned (cr, 555, y + 14, schools[k][3], 9);
      draw_text (cr, 64, y + 30, "◦ Thesis on the cooling of ship engines in cold water", 10, FALSE);
    }
}

static void
test_glyph_between_rows (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_glyph_between_rows);
  g_autofree char *bullets = all_bullets (document);
  VitaeSection *section = vitae_document_get_section (document, 0);

  g_assert_cmpint (vitae_section_get_kind (section), ==, VITAE_SECTION_EDUCATION);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 2);
  g_assert_null (strstr (bullets, "Bachelor"));
  g_assert_null (strstr (bullets, "Master"));
}

/* Under each job's two rows (employer and years, role and town), its
 * duties without marks: a sentence a paragraph, the paragraphs further
 * apart than their lines, one of them wrapped. The two paragraphs under
 * the first job are two duties, not its description. */
static void
draw_sentence_paragraphs (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Vermeulen", 20, TRUE);
  draw_text (cr, 40, 70, "ilse.vermeulen@example.nl", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, FALSE);
  draw_text (cr, 40, 130, "City Library of Zwolle", 10, FALSE);
  draw_right_aligned (cr, 555, 130, "March 2022 - Present", 10);
  draw_text (cr, 40, 145, "Head of the reading room", 10, FALSE);
  draw_right_aligned (cr, 555, 145, "Zwolle", 10);
  draw_text (cr, 40, 166, "Running a team of six volunteers at the front desk.", 10, FALSE);
  draw_wrapped (cr, 40, 187, 330, "Main contact for the schools of the region and planner of their visits to the archive.",
                10);
  draw_text (cr, 40, 233, "Harbour Bookshop", 10, FALSE);
  draw_right_aligned (cr, 555, 233, "2019 - 2022", 10);
  draw_text (cr, 40, 248, "Bookseller", 10, FALSE);
  draw_right_aligned (cr, 555, 248, "Kampen", 10);
  draw_text (cr, 40, 269, "Advising customers on travel guides and maps.", 10, FALSE);
}

static void
test_sentence_paragraphs (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_sentence_paragraphs);
  g_autofree char *bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Running a team of six volunteers at the front desk.\n"));
  g_assert_nonnull (strstr (bullets, "Main contact for the schools of the region and planner of their visits to the archive.\n"));
}

/* Soft skills in a grid of four columns, each with its glyph; the first
 * skill is too long for its column, so the second follows it after a
 * space, not at its column's edge. */
static void
draw_close_cells (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Nadia Ferreira", 20, TRUE);
  draw_text (cr, 40, 70, "nadia.ferreira@example.pt", 10, FALSE);
  draw_text (cr, 40, 104, "Skills", 14, TRUE);
  draw_text (cr, 40, 126, "Soft Skills", 11, TRUE);
  draw_text (cr, 44, 144, "• Careful with the figures • Patience", 10, FALSE);
  draw_text (cr, 300, 144, "• Humour", 10, FALSE);
  draw_text (cr, 420, 144, "• Listening", 10, FALSE);
  draw_text (cr, 44, 160, "• Teaching", 10, FALSE);
  draw_text (cr, 190, 160, "• Planning", 10, FALSE);
  draw_text (cr, 300, 160, "• Writing", 10, FALSE);
  draw_text (cr, 420, 160, "• Teamwork", 10, FALSE);
}

static void
test_close_cells (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_close_cells);
  VitaeSection *section = section_titled (document, "Soft Skills");
  g_autoptr(GString) words = g_string_new (NULL);

  g_assert_nonnull (section);
  for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
    {
      VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, k));
      const char * const *list = vitae_node_get_list (entry, "keywords");

      for (guint j = 0; list != NULL && list[j]; j++)
        g_string_append_printf (words, "%s\n", list[j]);
    }
  g_assert_nonnull (strstr (words->str, "Careful with the figures\nPatience\n"));
  g_assert_null (strstr (words->str, "•"));
}

/* A skill with the tools it covers in parentheses, in a list of
 * skills split at commas: the parentheses' list stays the skill's. */
static void
draw_parenthesised_skill (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tariq Haddad", 20, TRUE);
  draw_text (cr, 40, 70, "tariq.haddad@example.org", 10, FALSE);
  draw_text (cr, 40, 104, "Skills", 14, TRUE);
  draw_text (cr, 40, 128, "Mapping (QGIS, PostGIS, Leaflet), Surveying, Drone flying", 10, FALSE);
}

static void
test_parenthesised_skill (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_parenthesised_skill);
  VitaeSection *section = vitae_document_get_section (document, 0);
  g_autoptr(GString) words = g_string_new (NULL);

  g_assert_cmpint (vitae_section_get_kind (section), ==, VITAE_SECTION_SKILLS);
  for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
    {
      VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, k));
      const char * const *list = vitae_node_get_list (entry, "keywords");

      for (guint j = 0; list != NULL && list[j]; j++)
        g_string_append_printf (words, "%s\n", list[j]);
    }
  g_assert_cmpstr (words->str, ==, "Mapping (QGIS, PostGIS, Leaflet)\nSurveying\nDrone flying\n");
}

/* A group of words whose line breaks a word at a hyphen ("Deep Lear-" /
 * "ning, ML."): the word is whole again in the group. */
static void
test_group_broken_word (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  VitaeSection *section;

  add_line_full (lines, 0, 36, 300, 18, 0, VITAE_TEXT_LINE_BOLD, "Tomasz Wierzba");
  add_line_full (lines, 0, 36, 300, 12, 16, 0, "tomasz.wierzba@example.pl");
  add_line_full (lines, 0, 36, 122, 14, 26, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 36, 520, 11, 6, 0, "• Machine learning: Computer Vision, Speech Recognition (ASR), Deep Lear-");
  add_line_full (lines, 0, 46, 100, 11, 2.6, 0, "ning, RL.");
  add_line_full (lines, 0, 36, 500, 11, 4.6, 0, "• Libraries: PyTorch, JAX, Pandas.");
  document = vitae_import_lines (lines, NULL);
  section = vitae_document_get_section (document, 0);
  g_assert_cmpint (vitae_section_get_kind (section), ==, VITAE_SECTION_SKILLS);
  for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
    {
      const char * const *list = vitae_node_get_list (VITAE_NODE (vitae_section_get_entry (section, k)), "keywords");

      for (guint j = 0; list != NULL && list[j]; j++)
        g_string_append_printf (words, "%s\n", list[j]);
    }
  g_assert_cmpstr (words->str, ==, "Computer Vision\nSpeech Recognition (ASR)\nDeep Learning\nRL\nPyTorch\nJAX\nPandas\n");
}

/* Under each job's items, its tools as a row of tags set a point
 * smaller, a little further under the last item than the items' lines
 * stand, where the items' marks stand: the tags are no wrapped line of
 * the item above, even when that item fills its line; the summary's
 * lines stand further apart than the items' lines do. */
static void
test_tags_under_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *line;

  add_line (lines, 39.7, 300, 32, 0, "Ingrid Solberg Moe");
  add_line (lines, 53.4, 300, 10, 35, "ingrid.moe@example.no");
  add_line (lines, 39.7, 420, 10, 9, "Data engineer of ten years in shipping, at home in the ledgers of freight and the");
  add_line (lines, 39.7, 425, 10, 2, "streams of harbour traffic, who likes a pipeline that the planners can trust and");
  add_line (lines, 39.7, 418, 10, 2, "read without her; now looking for a team that moves goods by sea or by rail, with");
  add_line (lines, 39.7, 200, 10, 2, "data at the heart of its work.");
  add_line (lines, 39.7, 190, 16, 10, "Professional Experience");
  line = add_line (lines, 60, 555.6, 10, 1.8, "Fjord Freight\tBergen, Norway");
  line->tab_x = 509;
  line = add_line (lines, 60, 555.6, 8, -1.6, "Data Engineer\t2022 - Present");
  line->tab_x = 512;
  add_line (lines, 39.7, 431, 9, 5.3, "\u2022 Moved the nightly loads of the shipping ledger to streaming jobs, so that the");
  add_line (lines, 46.6, 231, 9, -1, "planners see each container within minutes");
  add_line (lines, 39.7, 432, 9, -1, "\u2022 Wrote the checks that compare the ledger with the harbour's own counts each day");
  add_line (lines, 41.9, 428, 8, 4.3, "Kafka Python Terraform Airflow PostgreSQL Grafana CI/CD Docker Kubernetes");
  line = add_line (lines, 60, 555.6, 10, 5, "Harbour Data\tStavanger, Norway");
  line->tab_x = 509;
  line = add_line (lines, 60, 555.6, 8, -1.6, "Data Analyst\t2019 - 2022");
  line->tab_x = 512;
  add_line (lines, 39.7, 424, 9, 5.3, "\u2022 Built the dashboards of the berth bookings for the port's planners and its pilots");
  add_line (lines, 39.7, 430, 9, -1, "\u2022 Cleaned ten years of berth records of their doubles before the move to the cloud");
  add_line (lines, 41.9, 334, 8, 4.3, "Python SQL Tableau Excel");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Moved the nightly loads of the shipping ledger to streaming jobs, so that the planners see each container within minutes\n"
                   "Wrote the checks that compare the ledger with the harbour's own counts each day\n"
                   "Built the dashboards of the berth bookings for the port's planners and its pilots\n"
                   "Cleaned ten years of berth records of their doubles before the move to the cloud\n");
}

/* An arrow drawn as lines, no glyph, before a list's item. */
static void
draw_arrow (cairo_t *cr,
            double   x,
            double   y)
{
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + 14, y);
  cairo_move_to (cr, x + 11, y - 2.5);
  cairo_line_to (cr, x + 14, y);
  cairo_line_to (cr, x + 11, y + 2.5);
  cairo_stroke (cr);
}

/* A job's duties: the first marked by a written glyph, the two after it
 * by arrows drawn as lines, under its text; each of these wraps once,
 * its two lines set closer than the items stand apart. They are three
 * items, not one; the duty under the next job, which wraps twice at
 * even spacing, stays one. */
static void
draw_drawn_arrows (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tamsin Oyelaran", 20, TRUE);
  draw_text (cr, 40, 70, "tamsin.oyelaran@example.org", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "Harbour Kitchen, Volunteer, 2020 - 2023", 11, TRUE);
  draw_text (cr, 40, 152, "\u2022 Welcoming guests at the door", 10, FALSE);
  draw_arrow (cr, 40, 178);
  draw_text (cr, 58, 171, "Cooking the Sunday meals for the", 10, FALSE);
  draw_text (cr, 58, 184, "neighbourhood", 10, FALSE);
  draw_arrow (cr, 40, 210);
  draw_text (cr, 58, 203, "Sorting the donated clothes and", 10, FALSE);
  draw_text (cr, 58, 216, "shoes by size", 10, FALSE);
  draw_text (cr, 40, 246, "Town Archive, Clerk, 2018 - 2020", 11, TRUE);
  draw_text (cr, 40, 268, "\u2022 Scanning the old parish registers", 10, FALSE);
  draw_text (cr, 40, 287, "\u2022 Answering the letters of families who were", 10, FALSE);
  draw_text (cr, 51, 300, "Looking for their ancestors in the records of", 10, FALSE);
  draw_text (cr, 51, 313, "the harbour and the parish", 10, FALSE);
}

static void
test_drawn_arrows (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_drawn_arrows);
  g_autofree char *bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Welcoming guests at the door\n"
                   "Cooking the Sunday meals for the neighbourhood\n"
                   "Sorting the donated clothes and shoes by size\n"
                   "Scanning the old parish registers\n"
                   "Answering the letters of families who were Looking for their ancestors in the records of the harbour "
                   "and the parish\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-breaks/project-titles", test_project_titles);
  g_test_add_func ("/import-item-breaks/glyph-between-rows", test_glyph_between_rows);
  g_test_add_func ("/import-item-breaks/sentence-paragraphs", test_sentence_paragraphs);
  g_test_add_func ("/import-item-breaks/close-cells", test_close_cells);
  g_test_add_func ("/import-item-breaks/parenthesised-skill", test_parenthesised_skill);
  g_test_add_func ("/import-item-breaks/tags-under-items", test_tags_under_items);
  g_test_add_func ("/import-item-breaks/drawn-arrows", test_drawn_arrows);
  g_test_add_func ("/import-item-breaks/group-broken-word", test_group_broken_word);
  return g_test_run ();
}
