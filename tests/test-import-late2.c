/* test-import-late2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs in layouts met in real resumes late in the measuring,
 * as their lines come from the reader, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A page exported from a network's profile, as its lines come: a
 * sidebar read first, under the heading of the contact details
 * ("Contato"), then the main column with the name set largest of all,
 * over a headline and a place. */
static VitaeDocument *
import_profile_export (const char *contact_heading)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  add_line (lines, 22, 70, 13, 0, contact_heading);
  add_line (lines, 22, 140, 10.5, 4, "(21) 98765-4321 (Mobile)");
  add_line (lines, 22, 150, 10.5, -2, "marta.q@example.com.br");
  add_line (lines, 22, 160, 13, 17, "Principais competências");
  add_line (lines, 22, 50, 10.5, 4, "Figma");
  add_line (lines, 22, 50, 10.5, 3, "Sketch");
  add_line (lines, 22, 60, 13, 17, "Idiomas");
  add_line (lines, 22, 150, 10.5, 4, "Espanhol (Professional Working)");
  add_line (lines, 224, 420, 26, 0, "Marta Quintela");
  add_line (lines, 224, 400, 12, 0, "Designer de interfaces | Estúdio Maré");
  add_line (lines, 224, 390, 12, -1, "Niterói, Rio de Janeiro, Brasil");
  add_line (lines, 224, 280, 15.8, 17, "Resumo");
  add_line (lines, 224, 560, 10.5, 7, "Desenho telas de lojas virtuais e testo cada uma com quem compra.");
  add_line (lines, 224, 300, 15.8, 33, "Experiência");
  add_line (lines, 224, 300, 11.5, 12, "Estúdio Maré");
  add_line (lines, 224, 350, 10.5, 0, "Designer de interfaces");
  add_line (lines, 224, 430, 10.5, 0, "março de 2020 - Present (3 anos)");
  return vitae_import_lines (lines, NULL);
}

static void
test_profile_export (void)
{
  static const char * const headings[] = { "Contato", "Contact", "KONTAKT" };

  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    {
      g_autoptr(VitaeDocument) document = import_profile_export (headings[h]);

      g_test_message ("%s", headings[h]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Marta Quintela");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "marta.q@example.com.br");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(21) 98765-4321");
    }
}

/* A page whose narrow sidebar on the right holds the contact details,
 * as its lines come: the phone number level with the first entry's
 * heading and dates (a cell of that line), the e-mail address wrapped
 * at its "@". */
static void
test_sidebar_contacts (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 90, 370, 28, 0, "LOTTA BERGQVIST");
  add_line (lines, 180, 290, 12, 12, "Data Engineer");
  add_line (lines, 470, 550, 17, 30, "KONTAKT");
  add_line (lines, 34, 210, 17, 8, "ARBEITSERFAHRUNG");
  add_line (lines, 486, 560, 10, -10, "Ringstrasse 9");
  add_line (lines, 34, 560, 10, 3, "Data Engineer\tMärz 2021 - Heute\t+46 70 123 45 67");
  add_line (lines, 34, 300, 10, 0, "Nordlicht Logistik AB");
  add_line (lines, 486, 560, 10, -6, "lotta.bergqvist");
  add_line (lines, 486, 550, 10, -1, "@example.se");
  add_line (lines, 50, 330, 10, -7, "• Moved the nightly loads to a queue that retries on its own.");
  add_line (lines, 50, 330, 10, -2, "• Wrote the checks that stop a broken file before it is loaded.");
  add_line (lines, 34, 560, 10, 15, "Data Analyst\tJan. 2018 - Feb. 2021");
  add_line (lines, 34, 300, 10, 0, "Hamnverket AB");
  add_line (lines, 50, 330, 10, 7, "• Built the weekly report of ships in and out of the harbour.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "lotta.bergqvist@example.se");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+46 70 123 45 67");
}

/* "Arbeitserfahrung" is a heading of work, as "Berufserfahrung" is. */
static void
test_arbeitserfahrung (void)
{
  static const char * const texts[] = {
    "Jonas Feldberg", "jonas.feldberg@example.ch",
    "ARBEITSERFAHRUNG", "Elektriker, Werkhof Brugg\t2019 - 2023", "• Verteilkästen in zwölf Neubauten verdrahtet",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeSection *section;

  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  g_assert_nonnull (section);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-late2/profile-export", test_profile_export);
  g_test_add_func ("/import-late2/sidebar-contacts", test_sidebar_contacts);
  g_test_add_func ("/import-late2/arbeitserfahrung", test_arbeitserfahrung);
  return g_test_run ();
}
