/* test-import-names4.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs in layouts met in real resumes: a cover's
 * title and the name after a dash ("CV – Given Family"), set largest,
 * with the name also set small over the address or a tagline under it;
 * the name only as the value of a "Name:" row under a heading of
 * personal details; a place and its country after a dash in a contact
 * column above a larger name; and a badge of the name's initials set
 * larger than the name under it. Each page is given as the reader's
 * lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The name, small, over the address at the page's top left; then the
 * title "CV - Given Family" centred and set largest; then the first
 * section. */
static void
test_title_dash_name_over_sections (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 34, 66, 6, 0, "Lena Borg");
  add_line (lines, 34, 110, 6, 0.1, "Ekvägen 4, 123 45");
  add_line (lines, 34, 50, 6, 0.1, "Solna");
  add_line (lines, 34, 71, 6, 0.1, "0701-234567");
  add_line (lines, 34, 93, 6, 7.3, "lena.b@example.se");
  add_line_full (lines, 0, 265, 410, 18, 44, VITAE_TEXT_LINE_BOLD, "CV - Lena Borg");
  add_line_full (lines, 0, 43, 160, 12, 18.4, VITAE_TEXT_LINE_BOLD, "About me and my goals");
  add_line (lines, 43, 385, 9, -1.5, "I am a teacher who wants to become a programmer, and I have been learning to");
  add_line (lines, 43, 391, 9, 0.2, "code in the evenings for two years now. I grew up in a small town by the sea");
  add_line (lines, 43, 402, 9, 0.2, "and I now live in the city with my partner and our two cats. When I do not write");
  add_line (lines, 43, 300, 9, 0.2, "code I sing in a choir and play chess in a club.");
  add_line_full (lines, 0, 43, 182, 12, 28, VITAE_TEXT_LINE_BOLD, "Recent work experience");
  add_line_full (lines, 0, 43, 195, 9, 1.4, VITAE_TEXT_LINE_BOLD, "2019\tTeacher, Solna School")->tab_x = 101;
  add_line (lines, 101, 400, 9, 0.2, "Taught mathematics and science to classes of thirty pupils in years seven to nine.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lena Borg");
  /* (The name set small over the address is no headline.) */
  g_assert_false (vitae_node_has (VITAE_NODE (document), "label"));
  g_assert_cmpstr (basics (document, "phone"), ==, "0701-234567");
}

/* "Lebenslauf — Given Family" first and largest, a tagline on two
 * smaller lines under it, then labelled rows. */
static void
test_title_dash_name_over_tagline (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 57, 256, 16, 0, VITAE_TEXT_LINE_BOLD, "Lebenslauf — Jonas Keller");
  add_line (lines, 57, 190, 11, 8.6, "Backend und Cloud Entwickler");
  add_line (lines, 57, 246, 11, 5, "mit Erfahrung in Banken.");
  add_line (lines, 57, 265, 10, 24, "Geburtsdatum:\t3. Mai 1998")->tab_x = 200;
  add_line (lines, 57, 300, 10, 6.2, "Geburtsort:\tMannheim")->tab_x = 200;
  add_line_full (lines, 0, 57, 320, 13, 42, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line (lines, 59, 300, 11, 8.8, "Entwickler, Beispiel GmbH\t2021 – 2024")->tab_x = 250;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Jonas Keller");
}

/* "CV – " and a job set largest, the name smaller under it: the e-mail
 * address has the name's words, not the job's. */
static void
test_title_dash_job (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 57, 300, 20, 0, VITAE_TEXT_LINE_BOLD, "CV – Software Engineer");
  add_line (lines, 57, 190, 14, 8, "Priya Nair");
  add_line (lines, 57, 246, 10, 5, "priya.nair@example.in");
  add_line_full (lines, 0, 57, 320, 13, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 59, 300, 10, 8.8, "Developer, Example Ltd\t2019 – 2024")->tab_x = 250;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Priya Nair");
}

/* A title in capitals, then a heading of personal details and its rows:
 * labels flush right against a column of values, the first "Name:". */
static void
test_name_row_under_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 71, 154, 16, 0, VITAE_TEXT_LINE_BOLD, "LEBENSLAUF");
  add_line_full (lines, 0, 71, 120, 11, 18.2, VITAE_TEXT_LINE_BOLD, "Angaben");
  add_line (lines, 176, 300, 11, -4.3, "Name:\tMeier Lukas Andreas")->tab_x = 234;
  add_line (lines, 168, 390, 11, -4.3, "Adresse:\tBahnhofweg 3, 8500 Frauenfeld")->tab_x = 234;
  add_line (lines, 170, 304, 11, -6.1, "Telefon:\t052 / 123 45 67")->tab_x = 234;
  add_line (lines, 175, 325, 11, -6.1, "e-mail:\tlukas.meier@example.ch")->tab_x = 234;
  add_line_full (lines, 0, 71, 113, 11, 9.7, VITAE_TEXT_LINE_BOLD, "Sprachen");
  add_line (lines, 136, 270, 11, -4.3, "Muttersprache:\tDeutsch")->tab_x = 234;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Meier Lukas Andreas");
}

/* The same rows with the given name and the surname apart, or "Nom :". */
static void
test_name_parts_under_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) french = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) nom = NULL;

  add_line_full (lines, 0, 71, 120, 11, 0, VITAE_TEXT_LINE_BOLD, "Personalien");
  add_line (lines, 160, 270, 11, -4.3, "Vorname:\tSilvan")->tab_x = 234;
  add_line (lines, 150, 280, 11, -4.3, "Nachname:\tKeller")->tab_x = 234;
  add_line (lines, 168, 390, 11, -4.3, "Adresse:\tSeeweg 5, 6300 Zug")->tab_x = 234;
  add_line_full (lines, 0, 71, 113, 11, 9.7, VITAE_TEXT_LINE_BOLD, "Sprachen");
  add_line (lines, 136, 270, 11, -4.3, "Muttersprache:\tDeutsch")->tab_x = 234;
  document = vitae_import_lines (lines, NULL);
  add_line_full (french, 0, 71, 120, 11, 0, VITAE_TEXT_LINE_BOLD, "Identité");
  add_line (french, 176, 300, 11, -4.3, "Nom :\tClaire Dubois")->tab_x = 234;
  add_line (french, 168, 390, 11, -4.3, "Adresse :\t3 rue Haute, 69001 Lyon")->tab_x = 234;
  add_line_full (french, 0, 71, 113, 11, 9.7, VITAE_TEXT_LINE_BOLD, "Langues");
  add_line (french, 136, 270, 11, -4.3, "Anglais :\tcourant")->tab_x = 234;
  nom = vitae_import_lines (french, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Silvan Keller");
  g_assert_cmpstr (basics (nom, "name"), ==, "Claire Dubois");
}

/* A contact column at the right whose first line, "Place – Country",
 * stands a little above the name's top; the name, set far larger, with
 * a web address beside it. */
static void
test_place_dash_country_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 360, 446, 10, 0, VITAE_TEXT_LINE_ICON, "Grenoble – France");
  add_line_full (lines, 0, 367, 446, 10, 4.9, VITAE_TEXT_LINE_ICON, "+33 6 12 34 56 78");
  add_line_full (lines, 0, 42.5, 446, 44.8, -2.3, 0, "Inès Marchal\tr www.inesmarchal.fr")->tab_x = 343;
  add_line_full (lines, 0, 359, 446, 10, -35, VITAE_TEXT_LINE_ICON, "contact@inesmarchal.fr");
  add_line (lines, 42.5, 446, 19.9, 15, "Étudiante en informatique\t22 ans – Permis B")->tab_x = 369;
  add_line (lines, 127, 190, 14.3, 32.8, "Expérience");
  add_line (lines, 80, 455, 10.9, 6, "Stage - Développeuse web, Exemple SA, Lyon\t2016")->tab_x = 400;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Inès Marchal");
}

/* A badge of the name's initials, centred and set larger than the
 * centred name under it, under the line a browser prints at a page's
 * top (the day, the page's title); the mailbox a generic one. */
static void
test_initials_badge_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 24, 434, 8, 0, "03/05/2026, 09:12\tKarim Wardak – Cloud Enthusiast")->tab_x = 267;
  add_line (lines, 281, 330, 72, 18, "KW");
  add_line (lines, 208, 405, 35, 27.5, "Karim Wardak");
  add_line (lines, 240, 372, 12.3, 72, "Führerschein Klasse B");
  add_line (lines, 59, 497, 15.6, -3.4, "Als Student der Informatik arbeite ich gern mit Servern und Automatisierung.");
  add_line (lines, 46, 95, 10.5, 48, "Kontakt");
  add_line (lines, 46, 200, 10.5, 4, "post@example.de");
  add_line (lines, 46, 95, 10.5, 30, "Berufserfahrung");
  add_line (lines, 46, 400, 10.5, 4, "Werkstudent, Beispiel AG\t2023 – 2024")->tab_x = 300;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Karim Wardak");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names4/title-dash-name-over-sections", test_title_dash_name_over_sections);
  g_test_add_func ("/import-names4/title-dash-name-over-tagline", test_title_dash_name_over_tagline);
  g_test_add_func ("/import-names4/title-dash-job", test_title_dash_job);
  g_test_add_func ("/import-names4/name-row-under-heading", test_name_row_under_heading);
  g_test_add_func ("/import-names4/name-parts-under-heading", test_name_parts_under_heading);
  g_test_add_func ("/import-names4/place-dash-country-over-name", test_place_dash_country_over_name);
  g_test_add_func ("/import-names4/initials-badge-over-name", test_initials_badge_over_name);
  return g_test_run ();
}
