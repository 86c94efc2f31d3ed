/* test-import-empty.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose lines set like headings head nothing, in layouts
 * met in real resumes, in our own words: a job title under the name, the
 * heading of the contact details, a heading wrapped onto two lines. None
 * is left as a section with no entries. */

#define _GNU_SOURCE
#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The number of custom sections with no entries, and whether one is
 * titled @title when it is not NULL. */
static guint
n_empty (VitaeDocument *document,
         const char    *title)
{
  guint n = 0;

  for (guint k = 0; k < vitae_document_get_n_sections (document); k++)
    {
      VitaeSection *section = vitae_document_get_section (document, k);

      if (vitae_section_get_kind (section) == VITAE_SECTION_CUSTOM && vitae_section_get_n_entries (section) == 0 &&
          (title == NULL || g_str_equal (vitae_section_get_title (section), title)))
        n++;
    }
  return n;
}

/* A job title in capitals, centred under the name and smaller, set like
 * the sidebar's headings: the person's label, no section. */
static void
test_title_under_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 180, 420, 24, 0, "MARISOL QUEIROGA");
  add_line (lines, 236, 364, 13, 13, "BACKEND ENGINEER");
  add_line (lines, 25, 120, 14, 50, "HABILIDADES");
  add_line (lines, 25, 150, 10, 19, "◦\tPYTHON AVANÇADO");
  add_line (lines, 25, 140, 10, 7, "◦\tSQL INTERMEDIÁRIO");
  add_line (lines, 25, 110, 14, 40, "IDIOMAS");
  add_line (lines, 25, 120, 10, 19, "Inglês avançado");
  add_line (lines, 25, 120, 10, 7, "mqueiroga@example.com.br");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "MARISOL QUEIROGA");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "Backend Engineer");
  g_assert_cmpuint (n_empty (document, NULL), ==, 0);
}

/* The heading over the contact details in a sidebar, in Polish: its
 * lines go to the basics and it heads no section. */
static void
test_contact_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 40, 260, 22, 0, VITAE_TEXT_LINE_BOLD, "Zofia Wąsowicz");
  add_line_full (lines, 0, 40, 160, 12, 30, VITAE_TEXT_LINE_BOLD, "DANE KONTAKTOWE");
  add_line (lines, 40, 180, 9, 10, "zofia.wasowicz@example.pl");
  add_line (lines, 40, 140, 9, 4, "+48 601 234 567");
  add_line_full (lines, 0, 40, 160, 12, 30, VITAE_TEXT_LINE_BOLD, "DOŚWIADCZENIE");
  add_line_full (lines, 0, 40, 300, 10, 10, VITAE_TEXT_LINE_BOLD, "Analityczka danych, Sieć Wodna\t2021 – 2024");
  add_line (lines, 40, 400, 10, 4, "• Przygotowała raporty zużycia wody dla gmin.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "zofia.wasowicz@example.pl");
  g_assert_cmpuint (n_empty (document, NULL), ==, 0);
  g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE));
}

/* A heading too long for its column, wrapped onto a second line just
 * under the first, broken at a hyphen: one heading over its entries. */
static void
test_wrapped_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 40, 400, 40, 0, VITAE_TEXT_LINE_BOLD, "Lennart Oswaldt");
  add_line (lines, 40, 180, 9, 10, "lennart.oswaldt@example.de");
  add_line_full (lines, 0, 43, 160, 30, 30, VITAE_TEXT_LINE_BOLD, "Berufs-");
  add_line_full (lines, 0, 29, 176, 30, 7, VITAE_TEXT_LINE_BOLD, "erfahrung");
  add_line_full (lines, 0, 40, 300, 10, 20, VITAE_TEXT_LINE_BOLD, "Lagerist, Nordhafen Logistik\t2019 – 2023");
  add_line (lines, 40, 400, 10, 4, "• Stellte Sendungen für den Versand zusammen.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_empty (document, NULL), ==, 0);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
}

/* Two headings one over the other with a heading's gap between them
 * stay two: the first is no wrapped line. */
static void
test_stacked_headings_stay (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 40, 260, 22, 0, VITAE_TEXT_LINE_BOLD, "Ines Carvalhal");
  add_line (lines, 40, 180, 9, 10, "ines.carvalhal@example.pt");
  add_line_full (lines, 0, 40, 160, 14, 30, VITAE_TEXT_LINE_BOLD, "VOLUNTEERING");
  add_line_full (lines, 0, 40, 160, 14, 30, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 40, 300, 10, 12, VITAE_TEXT_LINE_BOLD, "Nurse, Hospital da Luz\t2020 – 2024");
  add_line (lines, 40, 400, 10, 4, "• Ran the night shift of the ward.");
  document = vitae_import_lines (lines, NULL);

  g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE));
  g_assert_null (vitae_document_find_section (document, VITAE_SECTION_CUSTOM));
}

/* A side heading and its first entry's title set in the same type on
 * one row, each a line of its own, stay a heading and a title. */
static void
test_side_heading_beside_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 72, 400, 22, 0, VITAE_TEXT_LINE_BOLD, "Oriol Bastida Ferrer");
  add_line (lines, 72, 380, 9, 10, "oriol.bastida@example.es | Girona");
  line = add_line_full (lines, 0, 72, 250, 10, 17, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  line->top = 380;
  line = add_line_full (lines, 0, 157, 250, 10, 0, VITAE_TEXT_LINE_BOLD, "PORT ALBA CHANDLERY");
  line->top = 380;
  add_line_full (lines, 0, 157, 420, 10, 3, 0, "Store Lead | March 2021 – May 2024");
  add_line (lines, 157, 520, 10, 6, "• Ordered rigging stock for the season.");
  document = vitae_import_lines (lines, NULL);

  g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE));
  for (guint k = 0; k < vitae_document_get_n_sections (document); k++)
    {
      VitaeSection *section = vitae_document_get_section (document, k);

      g_assert_null (strcasestr (vitae_section_get_title (section), "Experience Port"));
      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        g_assert_null (strcasestr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, e)), "title"),
                                   "Experience"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/empty/title-under-name", test_title_under_name);
  g_test_add_func ("/import/empty/contact-heading", test_contact_heading);
  g_test_add_func ("/import/empty/wrapped-heading", test_wrapped_heading);
  g_test_add_func ("/import/empty/stacked-headings-stay", test_stacked_headings_stay);
  g_test_add_func ("/import/empty/side-heading-beside-title", test_side_heading_beside_title);

  return g_test_run ();
}
