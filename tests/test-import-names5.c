/* test-import-names5.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names, e-mail addresses and phones of imported PDFs in layouts met in
 * real resumes, each page given as the reader's lines in our own words:
 * a phone after a Portuguese label in a grid of labelled cells. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A name set large, a heading, then rows of labelled cells, the phone
 * after "Telemóvel" (the Portuguese of Portugal's word). */
static void
test_phone_after_telemovel (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 173, 400, 36, 0, "Rita Moreira");
  add_line (lines, 193, 410, 14, -3, "Estudante de Mestrado e Programadora");
  add_line_full (lines, 0, 173, 212, 17, 41, VITAE_TEXT_LINE_BOLD, "Sobre");
  add_line (lines, 173, 360, 10, 8.5, "Nome Completo Rita Sofia Moreira");
  add_line (lines, 173, 520, 10, 12, "Morada Rua do Sol 12\tCódigo Postal 4700 123\tLocalidade Braga")->tab_x = 308;
  add_line (lines, 173, 510, 10, 12, "Telemóvel 912345678\tEmail rita.m@example.pt\tSexo Feminino")->tab_x = 308;
  add_line_full (lines, 0, 173, 300, 17, 30, VITAE_TEXT_LINE_BOLD, "Experiência");
  add_line (lines, 173, 500, 10, 8, "Programadora, Exemplo Lda\t2021 – 2024")->tab_x = 450;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "912345678");
  g_assert_cmpstr (basics (document, "email"), ==, "rita.m@example.pt");
}

/* A title set largest, then a quotation in two italic lines, then the
 * personal details' heading and its rows, the first the name's. */
static void
test_quotation_over_name_row (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 283, 528, 37.9, 0, "Curriculum Vit\u00e6");
  add_line_full (lines, 0, 190, 410, 12, 28, VITAE_TEXT_LINE_ITALIC, "\u201cA ship in harbour is safe,");
  add_line_full (lines, 0, 186, 417, 12, 2.9, VITAE_TEXT_LINE_ITALIC, "but not for staying there.\u201d \u2013 J. A. Shedd");
  add_line_full (lines, 0, 149, 268, 14, 43, VITAE_TEXT_LINE_BOLD, "Persönliche Daten");
  add_line (lines, 113, 225, 11, 15.5, "Name\tJonas Albrecht")->tab_x = 149;
  add_line (lines, 99, 317, 11, 6.6, "Anschrift\tLindenweg 4, 52062 Aachen")->tab_x = 149;
  add_line (lines, 107, 232, 11, 6.6, "Telefon\t+49 151 2345678")->tab_x = 149;
  add_line (lines, 110, 252, 11, 6.6, "E-Mail\tj.albrecht@example.de")->tab_x = 149;
  add_line_full (lines, 0, 149, 220, 14, 19.6, VITAE_TEXT_LINE_BOLD, "Ausbildung");
  add_line (lines, 94, 528, 11, 17.5, "09/2016 \u2013\tGymnasium am Park, Aachen, Abitur.")->tab_x = 149;
  add_line_full (lines, 0, 149, 253, 14, 20.4, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line (lines, 94, 519, 11, 17.5, "04/2021 \u2013\tTutor für Mathematik, RWTH Aachen")->tab_x = 149;
  add_line (lines, 102, 528, 10, 2.9, "09/2022\tJede Woche eine Übung mit zwanzig Studierenden, deren")->tab_x = 149;
  add_line (lines, 149, 528, 10, 3.1, "Lösungen ich korrigiert und deren nächste Aufgaben ich mit ihnen");
  add_line (lines, 149, 313, 10, 3.1, "vorbereitet habe.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Jonas Albrecht");
  /* (Nor is the end of a quotation, before its author, a name.) */
  g_assert_false (_vitae_import_is_plausible_name ("but not for staying there.\u201d"));
  g_assert_true (_vitae_import_is_plausible_name ("Jonas Albrecht"));
}

/* An internship sought, in capitals with an ampersand, set a little
 * larger than the name and its age under it. */
static void
test_internship_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 57, 460, 13, 0, VITAE_TEXT_LINE_BOLD, "STAGE DESIGN & COMMUNICATION - 6 SEMAINES");
  add_line_full (lines, 0, 61, 200, 12, 29.5, VITAE_TEXT_LINE_BOLD, "Lucie Marchand - 19 ans");
  add_line_full (lines, 0, 61, 364, 12, -0.4, VITAE_TEXT_LINE_BOLD, "Étudiante en design graphique à Lyon");
  add_line_full (lines, 0, 63, 108, 12, 22.7, VITAE_TEXT_LINE_BOLD, "Contact");
  add_line (lines, 63, 146, 10, 3.1, "06 12 34 56 78");
  add_line (lines, 63, 165, 10, 6.7, "l.marchand@example.fr");
  add_line_full (lines, 0, 63, 112, 12, 26.8, VITAE_TEXT_LINE_BOLD, "Langues");
  add_line (lines, 63, 150, 10, 0.3, "• Français | Langue maternelle");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lucie Marchand");
}

/* A given name set large and letter-spaced, a ligature's two letters
 * together ("J o h a nn e s"), the family name under it, beside a sidebar
 * of contact details read after it. */
static void
test_letter_spaced_given_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 227, 357, 30, 0, "J o h a nn e s");
  add_line (lines, 227, 299, 30, 0.7, "Brunner");
  add_line (lines, 227, 413, 16, 9, "Maschineningenieur HF");
  add_line (lines, 227, 410, 14, 25, "PROFIL");
  add_line (lines, 227, 553, 11, 7.4, "Nach zehn Jahren im Anlagenbau möchte ich in die Datenanalyse wechseln");
  add_line (lines, 227, 488, 11, 0, "und meine Erfahrung mit Messreihen einbringen.");
  add_line (lines, 10, 77, 14, -2.5, "KONTAKT");
  add_line (lines, 11, 110, 12, 10.6, "Dorfstrasse 12");
  add_line (lines, 11, 83, 12, 5.1, "3400 Burgdorf");
  add_line (lines, 11, 94, 12, 4.9, "+41 79 123 45 67");
  add_line (lines, 11, 166, 12, 5, "johannes.brunner@example.ch");
  add_line (lines, 13, 183, 14, 23.4, "BERUFSERFAHRUNG");
  add_line (lines, 10, 122, 12, 8.9, "2015 – 2025\tProjektleiter, Beispiel AG")->tab_x = 60;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Johannes Brunner");
}

/* A long name set large on two lines from the same edge, an initial
 * and a given name over three family names, the contact details under
 * it. */
static void
test_long_name_on_two_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 43, 130, 25, 0, "R. Amine");
  add_line (lines, 43, 340, 25, -3.8, "Belkacem Haddou Ferhat");
  add_line (lines, 43, 167, 10, 9.6, "Mobil: (+49) 160 1234567");
  add_line (lines, 43, 199, 10, 3.1, "E-Mail: aminehaddou@example.com");
  add_line (lines, 43, 193, 10, 3.1, "Wohnort: Kassel, Deutschland");
  add_line (lines, 43, 133, 12, 22.5, "KURZPROFIL");
  add_line (lines, 43, 569, 10, 13.1, "Student der Informatik mit Erfahrung in der Auswertung von Sensordaten.");
  add_line (lines, 43, 148, 12, 22.8, "BILDUNGSWEG");
  add_line (lines, 43, 569, 10, 13.1, "Universität Kassel\tKassel, Deutschland")->tab_x = 470;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "R. Amine Belkacem Haddou Ferhat");
}

/* A running title, one word at the top right of each page, set as large
 * as the name centred under it; then a summary and sections. */
static void
test_running_title_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 475, 551, 15.4, 0, "Dossier");
  add_line_full (lines, 0, 238, 335, 15.4, 113.8, VITAE_TEXT_LINE_BOLD, "MARA VIDAL");
  add_line (lines, 214, 357, 15.4, -5.8, "MOTION DESIGNER");
  add_line (lines, 56, 506, 11, 14.1, "I am a motion designer who likes to tell small stories with moving");
  add_line (lines, 51, 511, 11, -1.2, "shapes, for brands, museums and the odd music video.");
  add_line_full (lines, 0, 44, 255, 33.5, 9.8, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 52, 263, 10, 0.1, VITAE_TEXT_LINE_BOLD, "Escuela de Artes Visuales");
  add_line (lines, 52, 353, 10, 0, "Diploma in animation and visual effects");
  add_line_full (lines, 0, 44, 381, 33.5, 32.5, VITAE_TEXT_LINE_BOLD, "WORK EXPERIENCE");
  add_line_full (lines, 0, 53, 246, 10, 25.3, VITAE_TEXT_LINE_BOLD, "2018 - PRESENT Freelance Animator");
  add_line (lines, 53, 252, 10, 0.2, "Animated the titles of a festival of short films.");
  add_line_full (lines, 1, 475, 551, 15.4, 0, 0, "Dossier");
  add_line_full (lines, 1, 323, 486, 10, 97.4, VITAE_TEXT_LINE_BOLD, "2012 - 2018 Motion Designer");
  add_line_full (lines, 1, 323, 528, 10, 0.2, 0, "I made the idents of a regional television channel.");
  add_line_full (lines, 1, 44, 300, 33.5, 30, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_line_full (lines, 1, 53, 250, 10, 10, 0, "mara.vidal@example.com");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "MARA VIDAL");
}

/* Two columns of one size, the main column read first; the name in
 * bold at the top of the sidebar, a tagline and headings under it, and
 * no e-mail address on the page. */
static void
test_bold_name_in_sidebar_read_last (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 205, 271, 12, 0, VITAE_TEXT_LINE_BOLD, "EDUCACIÓN");
  add_line (lines, 205, 365, 12, 13.7, "Licenciatura en Biología Marina");
  add_line (lines, 205, 540, 12, -1, "Universidad del Litoral | 2015");
  add_line_full (lines, 0, 205, 361, 12, 13.7, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA PROFESIONAL");
  add_line_full (lines, 0, 11, 172, 12, 15, VITAE_TEXT_LINE_BOLD, "CAROLINA RUIZ PAZ");
  add_line_full (lines, 0, 11, 115, 12, 12, VITAE_TEXT_LINE_BOLD, "INVESTIGACIÓN");
  add_line_full (lines, 0, 11, 73, 12, 12, VITAE_TEXT_LINE_BOLD, "OBJETIVO");
  add_line (lines, 11, 166, 12, -1.8, "Aportar mi experiencia en el estudio");
  add_line (lines, 11, 161, 12, -1.8, "de arrecifes y costas.");
  add_line_full (lines, 0, 11, 95, 12, 12, VITAE_TEXT_LINE_BOLD, "HABILIDADES");
  add_line (lines, 11, 98, 12, -1.8, "Trabajo en equipo");
  add_line (lines, 11, 90, 12, -1.8, "Buceo");
  add_line (lines, 205, 389, 12, 0, "Instituto del Mar");
  add_line (lines, 205, 432, 12, 13.7, "Asistente de laboratorio | 2018");
  add_line (lines, 205, 440, 12, -1, "Muestreo de aguas y registro de datos.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "CAROLINA RUIZ PAZ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names5/phone-after-telemovel", test_phone_after_telemovel);
  g_test_add_func ("/import-names5/quotation-over-name-row", test_quotation_over_name_row);
  g_test_add_func ("/import-names5/internship-over-name", test_internship_over_name);
  g_test_add_func ("/import-names5/letter-spaced-given-name", test_letter_spaced_given_name);
  g_test_add_func ("/import-names5/long-name-on-two-lines", test_long_name_on_two_lines);
  g_test_add_func ("/import-names5/running-title-over-name", test_running_title_over_name);
  g_test_add_func ("/import-names5/bold-name-in-sidebar-read-last", test_bold_name_in_sidebar_read_last);
  return g_test_run ();
}
