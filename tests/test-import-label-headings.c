/* test-import-label-headings.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs that set each section's name in a narrow column at the
 * left, right aligned against the text of the section beside it, the
 * contact details at the page's foot under a label of their own, as the
 * PDF reader gives their lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Each section's name right aligned in the column at the left (so each
 * starts elsewhere), beside the first line of its text or, over two
 * lines, beside its first two; the contact block at the foot of the
 * page, its label beside the middle one of its three rows. */
static void
test_right_aligned_labels (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *job, *school;

  add_line_full (lines, 0, 150, 460, 48, 0, 0, "Mira Okafor");
  add_line_full (lines, 0, 180, 430, 12, 6, VITAE_TEXT_LINE_BOLD, "FIELD ECOLOGY STUDENT");
  add_line_full (lines, 0, 112, 158, 12.8, 10, VITAE_TEXT_LINE_BOLD, "WORK");
  add_line_full (lines, 0, 70, 158, 12.8, -1.8, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 188, 380, 9.6, 0, VITAE_TEXT_LINE_BOLD, "Survey Assistant - Lakeside Trust");
  add_line (lines, 188, 520, 9.5, 1.5, "\u2022 Counted nesting birds along six transects every spring morning");
  add_line (lines, 188, 500, 9.5, 0.8, "\u2022 Logged water samples from the marsh into the trust's database");
  add_line_full (lines, 0, 189, 360, 9.6, 12, VITAE_TEXT_LINE_BOLD, "Volunteer - River Watch");
  add_line (lines, 189, 510, 9.5, 1.5, "\u2022 Cleared invasive weeds from the banks with a crew of ten");
  add_line_full (lines, 0, 80, 158, 12.8, 20, VITAE_TEXT_LINE_BOLD, "PERSONAL");
  add_line_full (lines, 0, 82, 158, 12.8, 0.4, VITAE_TEXT_LINE_BOLD, "PROJECTS");
  add_line_full (lines, 0, 190, 240, 9.6, 0, VITAE_TEXT_LINE_BOLD, "Owl Map");
  add_line (lines, 189, 530, 9.5, 1.5, "\u2022 Built a web map of owl sightings reported by hikers (Python, Leaflet)");
  add_cells (lines, 107, 187, 440, 12.8, 11, 0, "SKILLS\tLanguages: Python, R, SQL");
  add_line (lines, 186, 410, 9.6, -2.9, "Tools: QGIS, Git, Jupyter, PostgreSQL");
  add_cells (lines, 72, 188, 350, 12.8, 7.7, VITAE_TEXT_LINE_BOLD, "EDUCATION\t2016-2020 | University of Leeds");
  add_line (lines, 188, 430, 9.6, -2.8, "Bachelor of Science in Ecology");
  add_cells (lines, 186, 342, 560, 9.6, 15.6, 0, "(555) 201-3344\thttps://www.linkedin.com/in/mira-okafor-55/");
  add_cells (lines, 90, 186, 292, 12.8, -1.6, 0, "CONTACT\tmira.okafor@leeds.example");
  add_cells (lines, 186, 340, 460, 9.6, -3.4, 0, "mira.okafor@mail.example\thttps://github.com/miraokafor");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (job);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 2);
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (school);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (school), "organization"), "University of Leeds"));
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (school), "summary"), "mail.example"));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), >=, 1);
  g_assert_false (in_sections (document, "SKILLS"));
  g_assert_false (in_sections (document, "CONTACT"));
  g_assert_false (in_sections (document, "mira.okafor"));
  g_assert_false (in_sections (document, "555"));
  g_assert_cmpstr (basics (document, "phone"), ==, "(555) 201-3344");
  g_assert_true (has_profile (document, "https://github.com/miraokafor") ||
                 has_profile (document, "miraokafor"));
  /* (The label beside the details is no line left out.) */
  unplaced = vitae_import_unplaced_lines (document, "CONTACT\tmira.okafor@leeds.example\n");
  g_assert_cmpuint (unplaced->len, ==, 0);
}

/* An academic CV's column of field names ("Title", "Summary") right
 * aligned beside each thesis, under headings set in the text's column:
 * the field names are no sections' headings. */
static void
test_field_names_beside_entries (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 74, 200, 34, 0, 0, "Tomas Brandt");
  add_line_full (lines, 0, 300, 420, 11, 4, VITAE_TEXT_LINE_ITALIC, "tomas.brandt@example.org");
  add_line (lines, 152, 220, 17, 40, "Education");
  add_cells (lines, 90, 152, 400, 12, 8, 0, "2012\u20132016\tBachelor's Degree in Geology, University of Graz");
  add_line (lines, 152, 260, 17, 16, "Bachelor's thesis");
  add_cells (lines, 120, 152, 380, 12, 40, VITAE_TEXT_LINE_ITALIC, "Title\tSediment cores of two alpine lakes");
  add_cells (lines, 97, 152, 520, 12, 8, 0, "Summary\tA comparison of the layers laid down in two lakes since the ice age,");
  add_line (lines, 152, 500, 12, 3, "with a count of the pollen in each layer and a model of the");
  add_line (lines, 152, 400, 12, 3, "climate they record.");
  add_line (lines, 152, 260, 17, 16, "Master's thesis");
  add_cells (lines, 120, 152, 380, 12, 40, VITAE_TEXT_LINE_ITALIC, "Title\tDating landslides by their lichens");
  add_cells (lines, 97, 152, 520, 12, 8, 0, "Summary\tHow fast lichens grow on fresh rock, and what that says of old");
  add_line (lines, 152, 500, 12, 3, "slides in the valleys of Styria, with a map of sixty slides and");
  add_line (lines, 152, 400, 12, 3, "the ages read from their lichens.");
  add_line (lines, 152, 230, 17, 16, "Languages");
  add_cells (lines, 107, 152, 240, 12, 9, VITAE_TEXT_LINE_BOLD, "German\tNative language");
  add_cells (lines, 104, 152, 300, 12, 7, VITAE_TEXT_LINE_BOLD, "English\tFluent, spoken and written");
  document = vitae_import_lines (lines, NULL);

  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      const char *title = vitae_section_get_title (vitae_document_get_section (document, i));

      g_test_message ("section %s", title);
      g_assert_cmpstr (title, !=, "Title");
      g_assert_cmpstr (title, !=, "Summary");
    }
}

/* Side headings at the page's left edge, the first the contact
 * details' over two lines ("CONTACT" / "INFORMATION") beside the
 * person's address and, in a column of their own, labelled details:
 * the details are the person's, the address stays, no entry is made
 * of the heading. */
static void
test_contact_side_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeNode *node;

  add_line_full (lines, 0, 200, 400, 17, 0, 0, "Lena Varga");
  add_cells (lines, 57, 146, 520, 10, 30, 0, "CONTACT\tInstitute of Soil Science\tEmail: lvarga@northfield.example");
  add_cells (lines, 57, 146, 540, 10, 2, 0, "INFORMATION\tNorthfield University\tEmail: lena.varga@mail.example");
  add_cells (lines, 146, 340, 540, 10, 2, 0, "12 Harbour Road\tWebsite: lenavarga.example.org");
  add_line (lines, 146, 260, 10, 2, "Northfield 4410");
  add_cells (lines, 57, 146, 300, 10, 20, 0, "EDUCATION\tPh.D. in Soil Science");
  add_cells (lines, 150, 520, 540, 10, 2, 0, "\u25a0 Northfield University\t2021");
  add_cells (lines, 57, 146, 330, 10, 20, 0, "EXPERIENCE\tResearch Assistant, Soil Lab\t2019 \u2013 2021");
  add_line (lines, 150, 520, 10, 2, "\u25a0 Sampled clay soils across forty farms for a study of drainage");
  add_line (lines, 150, 500, 10, 2, "\u25a0 Wrote the lab's guide to measuring soil moisture by hand");
  document = vitae_import_lines (lines, NULL);

  node = VITAE_NODE (document);
  g_assert_cmpstr (basics (document, "email"), ==, "lvarga@northfield.example");
  g_assert_true (has_profile (document, "lena.varga@mail.example"));
  g_assert_false (in_sections (document, "Email"));
  g_assert_false (in_sections (document, "lena.varga"));
  g_assert_false (in_sections (document, "Website"));
  g_assert_cmpstr (vitae_node_get_text (node, "url"), ==, "lenavarga.example.org");
  /* (The address's lines are kept.) */
  g_assert_true (in_sections (document, "Northfield 4410"));
  g_assert_true (in_sections (document, "Institute of Soil Science"));
  g_assert_false (in_sections (document, "CONTACT"));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
}

/* Adds a line at @top on the first page, the text after its tab at
 * @tab_x. */
static VitaeTextLine *
add_row (GPtrArray  *lines,
         double      top,
         double      x,
         double      tab_x,
         double      right,
         double      size,
         double      gap,
         const char *text)
{
  VitaeTextLine *line = add_placed (lines, 0, top, x, right, size, gap, 0, text);

  line->tab_x = tab_x;
  return line;
}

/* LaTeX's res style: the name with the headline right aligned on its
 * row, and side headings in small capitals at the left edge, the first
 * one unknown ("Areas of" over "Expertise", before "Overview"; "Computer"
 * over "Skills"), a raised letter of its row read before one of them:
 * each is a heading, from the first, and the summary keeps no heading's
 * word. */
static void
test_side_headings_before_known (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  const char *summary;
  gboolean expertise = FALSE, computer = FALSE;
  VitaeEntry *job;

  add_row (lines, 73, 36, 400, 562, 12, 0, "Nadia Ferreira\tHydrologist | Flood Modeller");
  add_row (lines, 110, 36, 130, 560, 10, 25, "Areas of\tFlood forecasting, sediment transport, groundwater recharge, field");
  add_row (lines, 122, 36, 130, 560, 10, 2, "Expertise\tsurveys of small rivers and the training of gauging crews.");
  add_row (lines, 150, 36, 130, 560, 10, 18, "Overview\tHydrologist with ten years of river gauging and flood forecasting,");
  add_row (lines, 162, 130, -1, 480, 10, 2, "keen on field work and on models that planners can read.");
  add_row (lines, 190, 175, 200, 560, 10, 18, "A\tQGIS, HEC-RAS, PostgreSQL,");
  add_row (lines, 190, 36, 130, 200, 10, -10, "Computer\tPython, LTEX,");
  add_row (lines, 202, 36, 130, 400, 10, 2, "Skills\tGit, R, Fortran.");
  add_row (lines, 230, 36, 130, 300, 10, 18, "Professional\tDelta Water Board")->flags |= VITAE_TEXT_LINE_BOLD;
  add_row (lines, 243, 36, 130, 560, 10, 3, "Experience\tSenior Hydrologist\tMarch 2018 - Present");
  add_row (lines, 265, 134, -1, 560, 10, 12, "\u2022 Rebuilt the board's flood model for three river basins in Python");
  add_row (lines, 280, 134, -1, 520, 10, 5, "\u2022 Trained four gauging crews to measure flow at high water");
  add_row (lines, 295, 134, -1, 560, 10, 5, "\u2022 Wrote the flood warnings sent to twelve towns along the Douro,");
  add_row (lines, 307, 144, -1, 400, 10, 2, "read out on the radio each wet season");
  add_row (lines, 330, 130, -1, 300, 10, 13, "Porto Rivers Institute")->flags |= VITAE_TEXT_LINE_BOLD;
  add_row (lines, 343, 130, 430, 560, 10, 3, "Field Hydrologist\tJune 2012 - February 2018");
  add_row (lines, 365, 134, -1, 540, 10, 12, "\u2022 Gauged the flow of nine small rivers every month, in all weathers");
  add_row (lines, 380, 134, -1, 500, 10, 5, "\u2022 Mapped the springs of the upper Tâmega valley with a hand GPS");
  add_row (lines, 410, 36, 130, 300, 10, 20, "Education\tUniversity of Porto");
  add_row (lines, 425, 140, -1, 300, 10, 5, "M.Sc., Hydrology, 2012");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Nadia Ferreira");
  g_assert_cmpstr (basics (document, "label"), ==, "Hydrologist | Flood Modeller");
  summary = basics (document, "summary");
  g_assert_nonnull (summary);
  g_assert_nonnull (strstr (summary, "river gauging"));
  g_assert_null (strstr (summary, "Overview"));
  g_assert_null (strstr (summary, "sediment"));
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);
      const char *title = vitae_section_get_title (section);

      g_test_message ("section %s", title);
      expertise |= g_strcmp0 (title, "Areas of Expertise") == 0;
      computer |= g_strcmp0 (title, "Computer Skills") == 0 && vitae_section_get_kind (section) == VITAE_SECTION_SKILLS;
    }
  g_assert_true (expertise);
  g_assert_true (computer);
  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (job);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 3);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  /* (The heading beside the summary is no line left out.) */
  unplaced = vitae_import_unplaced_lines (document, "Overview\tHydrologist with ten years of river gauging and flood forecasting,\n");
  g_assert_cmpuint (unplaced->len, ==, 0);
}

/* A form's rows at the left edge over the first side heading
 * ("Location", "Email", "Phone" and "Residency", their values beside
 * them): the person's details, no headings; "Work" is the heading of
 * the experience. */
static void
test_form_rows_before_side_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_row (lines, 67, 90, -1, 200, 20, 0, "rui tavares");
  add_row (lines, 100, 14, 90, 150, 10, 12, "Location\tBraga, PT");
  add_row (lines, 118, 14, 90, 170, 10, 6, "Email\tcv@ruitavares.example");
  add_row (lines, 135, 14, 90, 160, 10, 6, "Phone\t+351 912 000 321");
  add_row (lines, 152, 14, 90, 130, 10, 6, "Residency\tPortugal");
  add_row (lines, 185, 14, 90, 505, 10, 22, "Work\tField Technician\tSept. 2016 \u2013 today");
  add_row (lines, 198, 90, -1, 240, 10, 2, "Minho Water Services, Braga, PT");
  add_row (lines, 210, 94, -1, 480, 10, 2, "\u2022 Installed and serviced forty river level gauges");
  add_row (lines, 222, 94, -1, 480, 10, 2, "\u2022 Trained new staff in sampling drinking water");
  add_row (lines, 239, 90, 418, 505, 10, 7, "Lab Assistant\tMar. 2014 \u2013 Aug. 2016");
  add_row (lines, 252, 90, -1, 260, 10, 2, "Cávado Soil Lab, Barcelos, PT");
  add_row (lines, 264, 94, -1, 480, 10, 2, "\u2022 Sieved and weighed soil samples for farm surveys");
  add_row (lines, 276, 94, -1, 480, 10, 2, "\u2022 Kept the lab's sample register up to date");
  add_row (lines, 303, 14, 90, 505, 10, 17, "Education\tBachelor's Degree in Geology\tOct. 2010 \u2013 2014");
  add_row (lines, 316, 90, -1, 280, 10, 2, "University of Minho, Braga, PT");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+351 912 000 321");
  g_assert_cmpstr (basics (document, "email"), ==, "cv@ruitavares.example");
  g_assert_false (in_sections (document, "Residency"));
  g_assert_false (in_sections (document, "Phone"));
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      const char *title = vitae_section_get_title (vitae_document_get_section (document, i));

      g_test_message ("section %s", title);
      g_assert_null (strstr (title, "Residency"));
      g_assert_null (strstr (title, "Location"));
    }
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-label-headings/right-aligned", test_right_aligned_labels);
  g_test_add_func ("/import-label-headings/field-names", test_field_names_beside_entries);
  g_test_add_func ("/import-label-headings/contact-side-heading", test_contact_side_heading);
  g_test_add_func ("/import-label-headings/before-known", test_side_headings_before_known);
  g_test_add_func ("/import-label-headings/form-rows", test_form_rows_before_side_headings);
  return g_test_run ();
}
