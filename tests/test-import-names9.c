/* test-import-names9.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs stacked a word or two a line, each line in a
 * size of its own: three words down the page, the middle one set larger;
 * a family name of two words over the given name set a little smaller;
 * the given name set smaller over a family name of two words; and a
 * name with its headline beside it, a wide gap between them. Each page
 * is given as the reader's lines in our own words, with where each line
 * stands on the page. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A name a word a line, centred over a main column, its middle word set
 * larger in bold; a headline under it, a sidebar of contact details read
 * after. */
static void
test_three_words_stacked (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 75, 340, 460, 32, 0, 0, "FARHAN");
  add_placed (lines, 0, 104, 336, 500, 40, -17, VITAE_TEXT_LINE_BOLD, "IMTIAZ");
  add_placed (lines, 0, 144, 331, 512, 32, -18, 0, "CHOWDHURY");
  add_placed (lines, 0, 200, 332, 520, 18, 9, 0, "Third-year Student");
  add_placed (lines, 0, 264, 37, 140, 14, 38, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_placed (lines, 0, 288, 231, 560, 12.5, 3.6, 0, "Reading computer science at a university by the sea,");
  add_placed (lines, 0, 296, 45, 129, 12.8, -7, 0, "01711555321");
  add_placed (lines, 0, 305, 234, 480, 12.5, -7, 0, "in the second of four years.");
  add_placed (lines, 0, 321, 45, 170, 9.8, 1.3, 0, "chowdhury.imtiaz@example.com");
  add_placed (lines, 0, 347, 43, 176, 9.5, 14.8, 0, "Station Road 4, Sylhet");
  add_placed (lines, 0, 380, 231, 400, 14, 20, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_placed (lines, 0, 400, 231, 520, 12.5, 4, 0, "Sylhet Model School ( 2014 - 2020 )");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "FARHAN IMTIAZ CHOWDHURY");
}

/* A family name of two words in bold over the given name, set a little
 * smaller and not in bold, from the same edge, at the top of a main
 * column beside a sidebar of labelled details. */
static void
test_family_over_given_smaller (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 59, 252, 430, 53, 0, VITAE_TEXT_LINE_BOLD, "Van Dam");
  add_placed (lines, 0, 109, 252, 380, 45, -13, 0, "Lotte");
  add_placed (lines, 0, 111, 80, 132, 14, -52, VITAE_TEXT_LINE_BOLD, "PROFIEL");
  add_placed (lines, 0, 155, 38, 77, 16, 27, VITAE_TEXT_LINE_BOLD, "Naam");
  add_placed (lines, 0, 172, 38, 140, 14, -4, 0, "Van Dam Lotte");
  add_placed (lines, 0, 211, 38, 90, 16, 19, VITAE_TEXT_LINE_BOLD, "Leeftijd");
  add_placed (lines, 0, 235, 38, 80, 14, 1.7, 0, "19 jaar");
  add_placed (lines, 0, 272, 38, 100, 16, 18, VITAE_TEXT_LINE_BOLD, "E-mail");
  add_placed (lines, 0, 296, 38, 182, 14, 2.8, 0, "lottevandam7@example.nl");
  add_placed (lines, 0, 170, 252, 560, 11, -150, 0, "Student informatica, tweede jaar, Hogeschool Zwolle");
  add_placed (lines, 0, 200, 252, 420, 14, 15, VITAE_TEXT_LINE_BOLD, "WERKERVARING");
  add_placed (lines, 0, 220, 252, 520, 12, 4, VITAE_TEXT_LINE_BOLD, "Fietsenmaker De Spaak, Zwolle");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Van Dam Lotte");
}

/* The given name set smaller, centred on a line of its own over the
 * family names set larger. */
static void
test_given_smaller_over_family (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 262, 332, 20, 0, 0, "TOMÁS");
  add_placed (lines, 0, 64, 200, 395, 30, -4, VITAE_TEXT_LINE_BOLD, "REYES LUNA");
  add_placed (lines, 0, 104, 230, 365, 12, 6, 0, "Desarrollador web");
  add_placed (lines, 0, 124, 150, 445, 10, 6, 0, "tomas.reyes@example.es\t+34 600 555 210")->tab_x = 330;
  add_placed (lines, 0, 160, 40, 160, 14, 24, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA");
  add_placed (lines, 0, 180, 40, 400, 11, 4, VITAE_TEXT_LINE_BOLD, "Programador, Librería del Puerto");
  add_placed (lines, 0, 196, 50, 500, 10, 3, VITAE_TEXT_LINE_LIST, "• Llevé la tienda en línea de la librería a un servidor propio");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TOMÁS REYES LUNA");
}

/* A job title set so over the name, smaller and centred, no word of it
 * in the e-mail address: no part of the name. */
static void
test_title_smaller_over_family (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 245, 350, 20, 0, 0, "CARPINTERO");
  add_placed (lines, 0, 64, 200, 395, 30, -4, VITAE_TEXT_LINE_BOLD, "REYES LUNA");
  add_placed (lines, 0, 124, 150, 445, 10, 26, 0, "tomas.reyes@example.es\t+34 600 555 210")->tab_x = 330;
  add_placed (lines, 0, 160, 40, 160, 14, 24, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA");
  add_placed (lines, 0, 180, 40, 400, 11, 4, VITAE_TEXT_LINE_BOLD, "Oficial, Taller del Puerto");
  add_placed (lines, 0, 196, 50, 500, 10, 3, VITAE_TEXT_LINE_LIST, "• Hice a medida las puertas y ventanas de veinte casas");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "REYES LUNA");
}

/* The name in capitals and, far beside it on its baseline, the headline
 * in the text's case: the name is the first part, the headline the
 * label. */
static void
test_name_headline_beside (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 30, 36, 560, 22, 0, VITAE_TEXT_LINE_BOLD, "KARIM BEN SALAH\tCloud Architect")->tab_x = 430;
  add_placed (lines, 0, 60, 36, 500, 10, 8, 0, "karim.bensalah@example.fr | +33 6 55 50 12 34 | Lyon");
  add_placed (lines, 0, 90, 36, 160, 13, 16, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_placed (lines, 0, 110, 36, 400, 11, 4, VITAE_TEXT_LINE_BOLD, "Platform engineer, Rhône Logistique");
  add_placed (lines, 0, 126, 46, 520, 10, 3, VITAE_TEXT_LINE_LIST, "• Moved the parcel tracking service to managed containers");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "KARIM BEN SALAH");
  g_assert_cmpstr (basics (document, "label"), ==, "Cloud Architect");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names9/three-words-stacked", test_three_words_stacked);
  g_test_add_func ("/import-names9/family-over-given-smaller", test_family_over_given_smaller);
  g_test_add_func ("/import-names9/given-smaller-over-family", test_given_smaller_over_family);
  g_test_add_func ("/import-names9/title-smaller-over-family", test_title_smaller_over_family);
  g_test_add_func ("/import-names9/name-headline-beside", test_name_headline_beside);
  return g_test_run ();
}
