/* test-import-names2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs printed on two lines or set as display type, in
 * layouts met in real resumes: the rest of a one-word name set smaller
 * under it, a name spread wide and flush right over its last word, a
 * name set letter-spaced in a sidebar under a job title set larger, and
 * a name set largest in a right column read after a sidebar that opens
 * with a caption. Each page is given as the reader's lines, in our own
 * words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A family name in capitals set large, the given name under it from the
 * same edge a quarter smaller; and, in another document, a given name
 * over a family name of two words set a little smaller and in bold. The
 * second line is no section of its own. */
static void
test_rest_set_smaller (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) second = NULL;

  add_line (lines, 250, 450, 48, 0, "NOWAK");
  add_line (lines, 250, 400, 36, 12, "EWA");
  add_line (lines, 250, 360, 16, 11, "Technicienne réseau");
  add_line_full (lines, 0, 35, 100, 11, 12, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_line (lines, 35, 160, 9, 6, "ewa.nowak@example.fr");
  add_line_full (lines, 0, 250, 330, 11, 12, VITAE_TEXT_LINE_BOLD, "FORMATION");
  add_line (lines, 250, 420, 9, 6, "Lycée Jean Moulin, Lyon");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "NOWAK EWA");

  add_line (other, 36, 150, 26, 0, "Halima");
  add_line_full (other, 0, 36, 200, 24, 5.5, VITAE_TEXT_LINE_BOLD, "El Mansouri");
  add_line_full (other, 0, 39, 82, 12, 200, VITAE_TEXT_LINE_BOLD, "Adresse:");
  add_line (other, 39, 150, 9, 2, "Lindenweg 4, 10115 Berlin");
  add_line (other, 39, 150, 9, 2, "halima.mansouri@example.de");
  second = vitae_import_lines (other, NULL);
  g_assert_cmpstr (basics (second, "name"), ==, "Halima El Mansouri");
}

/* A job title in capitals, then a name in capitals set large and flush
 * right, its first two words spread wide apart, its last word on the line
 * under it; a sidebar with the contact details after them. */
static void
test_flush_right_spread (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 340, 548, 12, 0, "TÉCNICA EN REDES");
  add_line (lines, 200, 548, 30, 8, "PAULA\tANDREA");
  add_line (lines, 420, 548, 30, 6, "RESTREPO");
  add_line_full (lines, 0, 36, 140, 14, 28, VITAE_TEXT_LINE_BOLD, "CONTACTO");
  add_line (lines, 54, 140, 10, 9, "+54 11 5555 0101");
  add_line (lines, 54, 160, 10, 5, "paula.restrepo@example.com");
  add_line_full (lines, 0, 36, 160, 14, 30, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA");
  add_line (lines, 36, 300, 10, 8, "Soporte técnico, Redes del Sur");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "PAULA ANDREA RESTREPO");
}

/* A job title set largest at the top of the main column, then a sidebar
 * whose name is set letter-spaced, each letter a word and the two words
 * apart by a wide gap, no larger than its headings; the contact details
 * under a heading a little further down. */
static void
test_letter_spaced_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 275, 540, 23, 0, "INGÉNIEUR SYSTÈME");
  add_line (lines, 241, 410, 5.5, 45, "EXPÉRIENCE PROFESSIONNELLE");
  add_line (lines, 17, 150, 5.5, 33, "L u c a s\tM E R C I E R");
  add_line (lines, 17, 175, 4.4, 15, "35 ANS, PERMIS B");
  add_line (lines, 17, 90, 5.5, 40, "À PROPOS");
  add_line (lines, 17, 180, 11, 14, "Curieux, rigoureux et patient");
  add_line (lines, 17, 110, 6.3, 39, "COORDONNÉES");
  add_line (lines, 17, 115, 13, 20, "Tél: 06 12 34 56 78");
  add_line (lines, 17, 180, 13, 6, "lucas.mercier@example.fr");
  add_line (lines, 241, 550, 8.5, 30, "• Administrer les serveurs Linux de l'agence");
  add_line (lines, 241, 550, 8.5, 1.5, "• Automatiser les sauvegardes nocturnes");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lucas MERCIER");
}

/* A sidebar read first, opening with a small caption under a picture
 * ("scan me") and a heading of the profile, then a heading of the contact
 * details that a phone follows; the main column after it, its name in
 * capitals set largest on two lines. */
static void
test_name_after_captioned_sidebar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 8, 38, 7, 0, VITAE_TEXT_LINE_BOLD, "scan me");
  add_line_full (lines, 0, 49, 207, 15, 170, VITAE_TEXT_LINE_BOLD, "PERSÖNLICHES PROFIL");
  add_line (lines, 35, 223, 10, 5, "Ich baue gern Netze, die nachts");
  add_line (lines, 35, 223, 10, 1.3, "niemanden wecken.");
  add_line_full (lines, 0, 67, 172, 16, 24, VITAE_TEXT_LINE_BOLD, "Meine Daten");
  add_line (lines, 43, 152, 9, 7, "Handy\t0170-555-0123");
  add_line (lines, 43, 195, 9, 1.5, "E-Mail\tjfalk.kabel@example.de");
  add_line_full (lines, 0, 81, 162, 16, 17, VITAE_TEXT_LINE_BOLD, "Zertifikate");
  add_line (lines, 35, 228, 9, 6, "Netzwerktechnik Grundlagen");
  add_line_full (lines, 0, 340, 464, 29.8, 0, VITAE_TEXT_LINE_BOLD, "JONAS");
  add_line_full (lines, 0, 340, 480, 29.8, -12, VITAE_TEXT_LINE_BOLD, "FALK");
  add_line_full (lines, 0, 334, 480, 16, 18, VITAE_TEXT_LINE_BOLD, "BERUFSERFAHRUNG");
  add_line_full (lines, 0, 287, 578, 11, 20, VITAE_TEXT_LINE_BOLD, "Netzwerktechniker\t2019 – 2023")->tab_x = 495;
  add_line (lines, 300, 500, 10, 5, "• Verkabelung von drei Bürogebäuden geplant");
  add_line (lines, 300, 500, 10, 5, "• Störungen im Lager binnen einer Stunde behoben");
  add_line (lines, 300, 500, 10, 5, "• Neue Kolleginnen und Kollegen eingearbeitet");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "JONAS FALK");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names2/rest-set-smaller", test_rest_set_smaller);
  g_test_add_func ("/import-names2/flush-right-spread", test_flush_right_spread);
  g_test_add_func ("/import-names2/letter-spaced-name", test_letter_spaced_name);
  g_test_add_func ("/import-names2/name-after-captioned-sidebar", test_name_after_captioned_sidebar);
  return g_test_run ();
}
