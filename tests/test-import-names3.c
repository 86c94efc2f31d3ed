/* test-import-names3.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names, e-mail addresses and phone numbers of imported PDFs in layouts
 * met in real resumes: a job title in capitals over a main column read
 * before a sidebar whose name is set larger, a name only in the running
 * header of a page printed from a browser, a sidebar opening with an
 * introduction before a name set largest, an e-mail address set
 * letter-spaced, a job title in capitals over cells of the address and
 * the phone number, and a phone number in international form in a cell
 * beside the main column's text. Each page is given as the reader's
 * lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A job title in capitals and bold at the top of the main column, read
 * first; then a sidebar whose name, in capitals on two lines, is set
 * larger than it, over the heading of its contact details (the mailbox
 * is a generic one). */
static void
test_title_over_larger_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 230, 580, 23, 0, VITAE_TEXT_LINE_BOLD, "GARDENER & LANDSCAPE DESIGNER");
  add_line_full (lines, 0, 236, 300, 14, 32, VITAE_TEXT_LINE_BOLD, "SKILLS");
  add_line (lines, 240, 560, 10, 16, "Planting plans, irrigation, stone walls");
  add_line_full (lines, 0, 40, 170, 25.4, 1, VITAE_TEXT_LINE_BOLD, "LINDQVIST");
  add_line (lines, 50, 160, 25.4, 7, "MARTA");
  add_line_full (lines, 0, 15, 93, 14, 21, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_line (lines, 33, 130, 12, 20, "+46 70 123 45 67");
  add_line (lines, 33, 194, 12, 12, "hello@lindqvistgardens.se");
  add_line_full (lines, 0, 15, 100, 14, 21, VITAE_TEXT_LINE_BOLD, "ABOUT ME");
  add_line (lines, 15, 198, 10, 15, "Patient, careful and fond of old trees.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "LINDQVIST MARTA");
}

/* A page printed from a browser: the date and the page's title over the
 * page, "Title | Name | site" and "Title | Name <tab> 1/2" under it, the
 * same on the next page; the page's own first line is a title, set as
 * large as the headings. The name is in the running header only. */
static void
test_name_in_running_header (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  for (int page = 0; page < 2; page++)
    {
      g_autofree char *number = g_strdup_printf ("Profil und Werdegang | Tilda Brenner\t%d/2", page + 1);

      add_line_full (lines, page, 24, 480, 8, 0, 0,
                     "02.11.2026\tProfil und Werdegang | Tilda Brenner | tbrenner.example.org")->tab_x = 244;
      if (page == 0)
        {
          add_line_full (lines, 0, 35, 205, 18, 11, VITAE_TEXT_LINE_BOLD, "Profil und Werdegang");
          add_line_full (lines, 0, 35, 96, 18, 15, VITAE_TEXT_LINE_BOLD, "Adresse");
          add_line (lines, 35, 117, 12, 15, "Lindenallee 3");
          add_line (lines, 35, 139, 12, 0.2, "79098 Freiburg");
          add_line (lines, 35, 185, 12, 0.2, "E-Mail: tildabrenner@example.de");
          add_line (lines, 35, 152, 12, 0.2, "Telefon: 0151 23 45 67 89");
          add_line_full (lines, 0, 30, 130, 18, 9, VITAE_TEXT_LINE_BOLD, "Berufspraxis");
          add_line (lines, 41, 467, 12, 7, "•\t03/2024 - 09/2024 Werkstudium Tontechnik, Studio Nord");
        }
      else
        {
          add_line_full (lines, 1, 30, 130, 18, 9, VITAE_TEXT_LINE_BOLD, "Ausbildung");
          add_line (lines, 41, 467, 12, 7, "•\t2019 - 2023 Bachelor Medientechnik, Hochschule Offenburg");
        }
      add_line_full (lines, page, 24, 588, 8, 400, 0, number)->tab_x = 577;
    }
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Tilda Brenner");
}

/* A sidebar read first, opening with an introduction under its heading
 * set no larger than the other headings; the main column after it, the
 * contact details on one line over the name, set three times as large as
 * any heading (the mailbox is too short to hold a name). */
static void
test_introduction_before_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 14, 79, 12, 0, "Introduction");
  add_line (lines, 14, 183, 8, 0.5, "Twelve years of building bridges and");
  add_line (lines, 14, 183, 8, -2, "teaching others how to inspect them.");
  add_line (lines, 14, 60, 12, 4, "Languages");
  add_line (lines, 22, 105, 8, 7, "• Dutch; native speaker");
  add_line (lines, 22, 133, 8, 4, "• English; fluent");
  add_line (lines, 14, 66, 12, 10, "Education");
  add_line (lines, 19, 136, 8, 7, "• 2010 - TU Delft, Civil Engineering");
  add_line_full (lines, 0, 228, 577, 9.6, 0, 0, "Delft, Netherlands\tme@bakker.example\t+31 6 1234 5678")->tab_x = 365;
  add_line (lines, 206, 578, 38.9, 11, "Pieter BAKKER");
  add_line (lines, 284, 487, 13.6, 3, "Senior Structural Engineer");
  add_line (lines, 205, 300, 13, 6, "Work Experience");
  add_line_full (lines, 0, 208, 565, 12, 6, 0, "Brugwerk\tRotterdam\tSince 2020")->tab_x = 517;
  add_line (lines, 224, 421, 9, 0, "• Inspected forty steel bridges a year");
  add_line (lines, 224, 421, 9, 0, "• Led a team of six engineers");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Pieter BAKKER");
}

/* An e-mail address set letter-spaced in a sidebar: its characters drawn
 * so far apart that the reader took each for a word ("j o n a s 7 @ …"). */
static void
test_letter_spaced_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 30, 330, 36, 0, VITAE_TEXT_LINE_BOLD, "YARA DOUMBIA");
  add_line (lines, 30, 260, 18, 4, "Élève ingénieure en réseaux");
  add_line_full (lines, 0, 370, 470, 18, 20, VITAE_TEXT_LINE_BOLD, "Contact");
  add_line (lines, 370, 569, 12, 6, "d o u m b i a ya ra 07 @ g m a i l .co m");
  add_line (lines, 370, 495, 12, 12, "+2 2 5 0 7 1 2 3 4 5 6 7");
  add_line_full (lines, 0, 37, 146, 18.6, 60, VITAE_TEXT_LINE_BOLD, "Expérience");
  add_line (lines, 44, 308, 11.5, 5, "• Stage : supervision du réseau d'un campus");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "doumbiayara07@gmail.com");
}

/* A name set large, a job title in capitals under it set as large as the
 * headings, then cells of the address, the birth and the phone number in
 * two columns, the e-mail address under them; a sidebar after it. */
static void
test_title_over_contact_cells (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 220, 542, 27, 0, "IRINA WALDMEYER");
  add_line (lines, 280, 482, 16, 4, "DATA ANALYSIS");
  add_line_full (lines, 0, 197, 488, 12, 33, 0, "Birkenweg 7\t3. März 1985")->tab_x = 420;
  add_line_full (lines, 0, 197, 524, 12, 2, 0, "04109 Leipzig\tgeb. in Omsk")->tab_x = 420;
  add_line_full (lines, 0, 197, 566, 12, 2, 0, "0157 12345678\tseit 2001 in Deutschland")->tab_x = 420;
  add_line (lines, 197, 350, 12, 18, "irina@waldmeyer.example");
  add_line_full (lines, 0, 51, 136, 15, 38, VITAE_TEXT_LINE_BOLD, "SPRACHEN");
  add_line (lines, 71, 119, 10, 4, "DEUTSCH");
  add_line (lines, 35, 156, 10, 2, "MUTTERSPRACHE");
  add_line (lines, 71, 119, 10, 8, "ENGLISCH");
  add_line (lines, 35, 156, 10, 2, "FLIESSEND");
  add_line_full (lines, 0, 46, 143, 15, 18, VITAE_TEXT_LINE_BOLD, "KENNTNISSE");
  add_line (lines, 80, 106, 10, 3, "SQL");
  add_line (lines, 62, 124, 10, 2, "PYTHON");
  add_line (lines, 62, 124, 10, 2, "TABLEAU");
  add_line_full (lines, 0, 204, 361, 15, 0, VITAE_TEXT_LINE_BOLD, "BERUFSERFAHRUNG");
  add_line (lines, 204, 500, 10, 8, "• Berichte für den Vertrieb erstellt");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "IRINA WALDMEYER");
  g_assert_cmpstr (basics (document, "phone"), ==, "0157 12345678");
  g_assert_cmpstr (basics (document, "email"), ==, "irina@waldmeyer.example");
}

/* A main column's heading read first, then a sidebar's name and its
 * contact details, each beside a small label of the main column's
 * template that the reader set in a cell after it; the phone number, in
 * international form, drawn after an icon the reader did not keep. */
static void
test_international_phone_in_cell (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 201, 297, 18, 0, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 83, 180, 20.7, -7, "Olga Wrona");
  add_line_full (lines, 0, 246, 276, 8, -10, VITAE_TEXT_LINE_BOLD, "2022\tII");
  add_line (lines, 237, 276, 6, 6, "Position / Role");
  add_line_full (lines, 0, 41, 276, 9, 4, VITAE_TEXT_LINE_ICON, "+48 601-222-333\tProject overview")->tab_x = 232;
  add_line_full (lines, 0, 41, 104, 9, 23, VITAE_TEXT_LINE_ICON, "Gdansk, Poland");
  add_line_full (lines, 0, 41, 276, 9, 21, VITAE_TEXT_LINE_ICON, "olga.wrona@example.com\tResponsibilities")->tab_x = 234;
  add_line_full (lines, 0, 41, 173, 9, 23, VITAE_TEXT_LINE_ICON, "github.com/owrona");
  add_line (lines, 8, 57, 20.7, 6, "Skills");
  add_line (lines, 13, 138, 8, 5, "Java • Kotlin • SQL");
  add_line (lines, 13, 138, 8, 3, "Docker • Gradle");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "olga.wrona@example.com");
  g_assert_cmpstr (basics (document, "phone"), ==, "+48 601-222-333");
}

/* A web page printed: the main column opens with the kind of contract
 * sought, set largest ("Alternance de Développement" / "web"); a sidebar
 * read after it gives the name, its family name in lower case, over
 * age, licence and a generic mailbox at the person's own domain. */
static void
test_name_in_own_domain (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 48, 380, 21.8, 0, VITAE_TEXT_LINE_BOLD, "Alternance de Développement");
  add_line_full (lines, 0, 144, 284, 21.8, -7.9, VITAE_TEXT_LINE_BOLD, "web");
  add_line_full (lines, 0, 39, 105, 13.1, 20, VITAE_TEXT_LINE_BOLD, "Formation");
  add_line (lines, 51, 160, 8.7, 11.4, "\u2022 BTS Services informatiques");
  add_line (lines, 61, 180, 8.7, 5.6, "Lycée Jean Moulin (Rouen) - 2019-2021");
  add_line_full (lines, 0, 39, 125, 13.1, 28.7, VITAE_TEXT_LINE_BOLD, "Compétences");
  add_line (lines, 39, 240, 9.3, 1.5, "Langages : Python, TypeScript, SQL");
  add_line_full (lines, 0, 459, 575, 15.3, 0, VITAE_TEXT_LINE_BOLD, "Lucie fontaine");
  add_line (lines, 506, 533, 8.7, 12.4, "21 ans");
  add_line_full (lines, 0, 501, 539, 8.7, 1.7, VITAE_TEXT_LINE_BOLD, "Permis B");
  add_line (lines, 463, 577, 8.7, 10.5, "contact@lucie-fontaine.fr");
  add_line (lines, 484, 556, 8.7, 1.7, "+33 6.41.27.80.55");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lucie fontaine");
  g_assert_cmpstr (basics (document, "email"), ==, "contact@lucie-fontaine.fr");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names3/title-over-larger-name", test_title_over_larger_name);
  g_test_add_func ("/import-names3/name-in-running-header", test_name_in_running_header);
  g_test_add_func ("/import-names3/introduction-before-name", test_introduction_before_name);
  g_test_add_func ("/import-names3/letter-spaced-email", test_letter_spaced_email);
  g_test_add_func ("/import-names3/title-over-contact-cells", test_title_over_contact_cells);
  g_test_add_func ("/import-names3/international-phone-in-cell", test_international_phone_in_cell);
  g_test_add_func ("/import-names3/name-in-own-domain", test_name_in_own_domain);
  return g_test_run ();
}
