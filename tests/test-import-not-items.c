/* test-import-not-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lines of imported PDFs set in from their entry's edge as items drawn
 * without a glyph are, but which the page does not mark as items, in
 * layouts met in real resumes, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Each job: its dates and employer (or its dates alone) on a line at
 * the section's edge, a sentence on what the job was, wrapped, set in a
 * little from that edge, then a few keywords written with a glyph,
 * further in still.
 * The sentence is the entry's text; only the keywords are items. */
static void
test_description_over_written_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 60, 200, 18, 0, 0, "Ottilie Brandauer");
  add_line (lines, 82, 170, 9, 5, "ottilie.b@example.ch");
  add_line_full (lines, 0, 60, 120, 18, 38, 0, "WORK");
  add_cells (lines, 71, 168, 260, 9, 13, 0, "MAR 2019 – JUN 2021\tLINDENHOF ATELIER");
  add_line (lines, 82, 520, 9, 6.7, "Model maker – In the workshop of a small studio I built the mock-ups of lamps and");
  add_line (lines, 82, 300, 9, 0.9, "chairs for their first shows.");
  add_line (lines, 87, 180, 9, 9.9, "\u2022 Model making");
  add_line (lines, 87, 150, 9, 6.9, "\u2022 Woodwork");
  add_line (lines, 71, 140, 9, 18, "JAN 2017 – FEB 2019");
  add_line (lines, 82, 510, 9, 6.7, "Draughtsman – I turned the sketches of the designers into drawings for the");
  add_line (lines, 82, 290, 9, 0.9, "joiners who made the furniture.");
  add_line (lines, 87, 170, 9, 9.9, "\u2022 Technical drawing");
  add_line (lines, 87, 140, 9, 6.9, "\u2022 Sketching");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "Model making\nWoodwork\nTechnical drawing\nSketching\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  if (entry == NULL)
    entry = entry_at (document, VITAE_SECTION_CUSTOM, 1);
  g_assert_nonnull (entry);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), "joiners who made the furniture."));
}

/* Every line of the sections set a few points in from where the name
 * and the headings start: under "Education", each school in bold with
 * its years after a tab, its degree on the line under it. The degree
 * lines are indented from the page's edge but not from their section's
 * lines: they are the schools' degrees, not items. (The papers, more
 * lines than any section's, start at the headings' edge.) */
static void
test_section_set_in_as_a_whole (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 69, 360, 24, 0, VITAE_TEXT_LINE_BOLD, "MARGARETA OYELARAN");
  add_line (lines, 69, 250, 12, 8, "m.oyelaran@example.org | +44 20 7946 0321");
  add_line_full (lines, 0, 69, 142, 12, 40, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_cells (lines, 74.5, 434, 489, 10, 13.8, VITAE_TEXT_LINE_BOLD, "University of Dunmore\t2014 – 2017");
  add_line (lines, 74.5, 260, 10, 2.7, "Master of Science, Marine Biology");
  add_cells (lines, 74.5, 434, 489, 10, 15, VITAE_TEXT_LINE_BOLD, "Harrowgate College\t2011 – 2014");
  add_line (lines, 74.5, 300, 10, 3, "Bachelor of Science, Biology with Chemistry");
  add_line_full (lines, 0, 69, 240, 12, 37, VITAE_TEXT_LINE_BOLD, "PROFESSIONAL EXPERIENCE");
  add_cells (lines, 74.5, 434, 489, 10, 13.8, VITAE_TEXT_LINE_BOLD, "Coastal Survey Office, Dunmore\t2017 – 2020");
  add_line (lines, 74.5, 350, 10, -0.2, "Field Scientist, Seabed Mapping Team");
  add_line_full (lines, 0, 69, 160, 12, 37, VITAE_TEXT_LINE_BOLD, "PUBLICATIONS");
  add_line (lines, 69, 529, 10, 13.8, "Tidal sediment maps of the northern bays, drawn again from sonar survey data of three");
  add_line (lines, 69, 500, 10, 0, "summers. M. Oyelaran and K. Lindqvist. Journal of Coastal Studies 12 (2), 2019.");
  add_line (lines, 69, 529, 10, 12, "What the kelp forests tell us of the water's warmth, a survey of twenty years of");
  add_line (lines, 69, 480, 10, 0, "records. M. Oyelaran, P. Adeyemi and R. Stone. Marine Notes 4, 2018.");
  add_line (lines, 69, 420, 10, 12, "A cheap frame for seabed cameras. M. Oyelaran. Field Methods 7, 2017.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_null (strstr (bullets, "Master of Science"));
  g_assert_null (strstr (bullets, "Bachelor of Science"));
  g_assert_null (strstr (bullets, "Field Scientist"));
  for (guint k = 0; k < 2; k++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EDUCATION, k)), ==, 0);
}

/* Each job: its role with its dates after a tab, its employer under it,
 * then a paragraph on the job set in from the section's edge, justified
 * to the column's right. Each project: its name with its year, then one
 * line in from the edge holding two sentences. Nothing on the page is
 * marked as an item: the paragraphs and lines are the entries' text. */
static void
test_paragraphs_in_from_the_edge (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 210, 380, 14, 0, 0, "Rosalind Ebersole");
  add_line (lines, 200, 400, 10, 2, "r.ebersole@example.net | +32 470 11 22 33");
  add_line_full (lines, 0, 250, 350, 12, 30, 0, "Work Experience");
  add_cells (lines, 45, 480, 564, 10, 19, 0, "Night porter\tmarch 2020 – now");
  add_line (lines, 45, 170, 10, 3, "Hotel Aubépine, Namur, Belgium");
  add_line (lines, 67, 565, 10, 8, "I looked after the guests who came back late and kept the books of the bar and of");
  add_line (lines, 67, 330, 10, 3, "the rooms in order until the morning shift.");
  add_cells (lines, 45, 510, 564, 10, 8, 0, "Cashier\t2017 – 2020");
  add_line (lines, 45, 180, 10, 3, "Marché Vert, Dinant, Belgium");
  add_line (lines, 67, 565, 10, 8, "Working the tills on busy Saturdays taught me to stay calm. I also trained the new");
  add_line (lines, 67, 200, 10, 3, "students each summer.");
  add_line_full (lines, 0, 270, 330, 12, 16, 0, "Projects");
  add_cells (lines, 45, 540, 564, 10, 19, 0, "Tide Clock – Personal project\t2021");
  add_line (lines, 67, 500, 10, 8, "A clock that shows the tides of the coast. Learnt: C, soldering, stepper motors.");
  add_cells (lines, 45, 540, 564, 10, 8, 0, "Birdsong – School project\t2019");
  add_line (lines, 67, 480, 10, 8, "A web page that names the birds it hears. Learnt: Python, audio filters.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), "until the morning shift."));
}

/* Each job's paragraph indents its first line alone, as a paragraph in
 * a letter does; its next lines start back at the section's edge. The
 * duties marked with a glyph under it are the only items. */
static void
test_paragraph_first_line_indented (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 300, 480, 24, 0, VITAE_TEXT_LINE_BOLD, "Jules Marchetti");
  add_line (lines, 160, 430, 10, 12, "jules.marchetti@example.fr | +33 6 12 34 56 78");
  add_line_full (lines, 0, 44, 210, 12, 35, VITAE_TEXT_LINE_BOLD, "Expériences professionnelles");
  add_line_full (lines, 0, 44, 420, 11, 10, VITAE_TEXT_LINE_BOLD, "Depuis 2021\tAtelier Rivière\tDéveloppeur");
  add_line (lines, 80, 544, 10, 4.4, "Travail sur le site de vente en ligne d'un atelier de meubles, dans une équipe de");
  add_line (lines, 44, 300, 10, 2.3, "cinq personnes, avec des livraisons chaque semaine.");
  add_line (lines, 80, 480, 10, 6.9, "\u2022 Écriture du module de devis pour les clients.");
  add_line (lines, 80, 420, 10, 2.3, "\u2022 Tests des commandes de bout en bout.");
  add_line_full (lines, 0, 44, 350, 11, 12.8, VITAE_TEXT_LINE_BOLD, "2018\t2021\tBureau Levant\tDéveloppeur");
  add_line (lines, 80, 544, 10, 6.3, "Mission de trois ans au Québec dans une équipe qui tenait l'outil de paie de");
  add_line (lines, 44, 480, 10, 2.2, "plusieurs mairies. Reprise des écrans de saisie des heures.");
  add_line (lines, 80, 440, 10, 5.1, "\u2022 Migration des rapports vers un nouveau moteur.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_null (strstr (bullets, "Travail sur le site"));
  g_assert_null (strstr (bullets, "Mission de trois ans"));
  g_assert_nonnull (strstr (bullets, "Migration des rapports"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-not-items/description-over-written-items", test_description_over_written_items);
  g_test_add_func ("/import-not-items/section-set-in-as-a-whole", test_section_set_in_as_a_whole);
  g_test_add_func ("/import-not-items/paragraphs-in-from-the-edge", test_paragraphs_in_from_the_edge);
  g_test_add_func ("/import-not-items/paragraph-first-line-indented", test_paragraph_first_line_indented);
  return g_test_run ();
}
