/* test-import-names8.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs printed in parts, each page given as the
 * reader's lines in our own words, with where each line stands on the
 * page: the name's large type going on over three lines, on the same
 * row past a column's edge, under it after a sidebar read between; a
 * headline in the name's type under it; the family name first with its
 * comma; the name before a comma and its headline; the e-mail address
 * made of the name's initials; the name among contact details set apart
 * by marks. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A name set very large, a word a line, its last word with a quotation
 * set small beside it. */
static void
test_name_words_down_the_page (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 20, 120, 470, 11, 0, 0, "+36 30 555 0101\tkovacs.petra.anna@example.com\tSzeged");
  add_placed (lines, 0, 60, 280, 350, 21, 28, 0, "STUDIO");
  add_placed (lines, 0, 95, 60, 230, 76, 6, 0, "KOVÁCS");
  add_placed (lines, 0, 158, 60, 250, 76, -13, 0, "PETRA");
  add_placed (lines, 0, 221, 60, 340, 76, -13, 0, "ANNA\tbetter done than perfect,");
  add_placed (lines, 0, 215, 190, 340, 12.5, -67, 0, "\"Start small, finish well:");
  add_placed (lines, 0, 245, 190, 300, 12.5, 13, 0, "every single time.\"");
  add_placed (lines, 0, 330, 77, 216, 15, 75, VITAE_TEXT_LINE_BOLD, "Munkatapasztalat");
  add_placed (lines, 0, 350, 77, 180, 12, 13, VITAE_TEXT_LINE_BOLD, "Napfény Pékség Kft");
  add_placed (lines, 0, 366, 69, 312, 11, 4, 0, "Pénztárosként a napi zárást és a készletet");
  add_placed (lines, 0, 380, 69, 312, 11, -1.6, 0, "vezettem, a beszállítókkal egyeztettem, és");
  add_placed (lines, 0, 394, 69, 250, 11, -1.6, 0, "betanítottam az új kollégákat.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "KOVÁCS PETRA ANNA");
}

/* A name centred over two columns, cut by the right column's edge into
 * a line read at the top of the left column and its second word read
 * at the top of the right one; its third word centred under both. */
static void
test_name_cut_by_column_edge (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 93, 125, 300, 27.5, 0, VITAE_TEXT_LINE_BOLD, "BEATRIZ");
  add_placed (lines, 0, 125, 225, 370, 27.5, -2, VITAE_TEXT_LINE_BOLD, "MONTEIRO");
  add_placed (lines, 0, 170, 227, 373, 14.6, 12, 0, "Analista de dados");
  add_placed (lines, 0, 211, 58, 143, 9.5, 23, VITAE_TEXT_LINE_BOLD, "PERFIL PESSOAL");
  add_placed (lines, 0, 230, 58, 287, 7, 9, 0, "Analista com dez anos de experiência em relatórios");
  add_placed (lines, 0, 240, 58, 287, 7, 0, 0, "e painéis para equipes de vendas e de compras.");
  add_placed (lines, 0, 262, 58, 108, 9.5, 17, VITAE_TEXT_LINE_BOLD, "CONTATO");
  add_placed (lines, 0, 280, 60, 133, 7, 12, 0, "Celular: (11) 95555-0199");
  add_placed (lines, 0, 290, 60, 129, 7, 0, 0, "bsantos.dados@example.com");
  add_placed (lines, 0, 93, 312, 476, 27.5, 0, VITAE_TEXT_LINE_BOLD, "SANTOS");
  add_placed (lines, 0, 211, 312, 447, 9.6, 85, VITAE_TEXT_LINE_BOLD, "HISTÓRICO PROFISSIONAL");
  add_placed (lines, 0, 228, 313, 405, 8.5, 10, VITAE_TEXT_LINE_BOLD, "Analista de Dados");
  add_placed (lines, 0, 240, 313, 448, 8, 0.7, 0, "Mercado Bom Preço | 2020 – Atual");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "BEATRIZ SANTOS MONTEIRO");
}

/* Given names and a family name on the first line of a main column, a
 * second family name under them, read after the sidebar beside them. */
static void
test_name_goes_on_after_sidebar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 55, 221, 448, 36, 0, 0, "Grace Adeyemi");
  add_placed (lines, 0, 60, 45, 150, 10, -41, VITAE_TEXT_LINE_BOLD, "gade.works@example.com");
  add_placed (lines, 0, 76, 45, 120, 10, 4, VITAE_TEXT_LINE_BOLD, "+234 800 555 0123");
  add_placed (lines, 0, 94, 45, 100, 10, 4, 0, "Abuja Nigeria");
  add_placed (lines, 0, 125, 45, 76, 14, 19, 0, "Skills");
  add_placed (lines, 0, 143, 45, 75, 10, 4, VITAE_TEXT_LINE_LIST, "• Excel");
  add_placed (lines, 0, 155, 45, 75, 10, 0.4, VITAE_TEXT_LINE_LIST, "• Python");
  add_placed (lines, 0, 91, 221, 330, 36, 0, 0, "Okonkwo");
  add_placed (lines, 0, 150, 221, 300, 14, 19, 0, "Summary");
  add_placed (lines, 0, 168, 221, 500, 10, 4, 0, "Analyst who turns sales records into weekly reports.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Grace Adeyemi Okonkwo");
}

/* A job title under the name in the very same type: an abbreviation in
 * capitals before a word that is not. */
static void
test_headline_in_name_type (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 36, 36, 170, 21, 0, VITAE_TEXT_LINE_BOLD, "Nora Lindgren");
  add_placed (lines, 0, 61, 36, 160, 21, 4.3, VITAE_TEXT_LINE_BOLD, "QA Engineer");
  add_placed (lines, 0, 40, 438, 560, 10, 0, 0, "nora.lindgren@example.com");
  add_placed (lines, 0, 54, 438, 510, 10, 2, 0, "www.example.com");
  add_placed (lines, 0, 150, 36, 430, 11, 68, VITAE_TEXT_LINE_BOLD, "EXPERIENCE\tTest Engineer\tFreelance\tMar 2021 — May 2023")->tab_x = 169;
  add_placed (lines, 0, 170, 169, 547, 11, 12, 0, "Wrote test plans for a shop's checkout and its mobile app,");
  add_placed (lines, 0, 184, 169, 574, 11, 2.3, 0, "ran them before each release and reported what failed to");
  add_placed (lines, 0, 198, 169, 400, 11, 2.3, 0, "the developers with steps to repeat it.");
  add_placed (lines, 0, 224, 169, 544, 11, 12, 0, "Automated the checkout's tests so that they run each night.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Nora Lindgren");
}

/* The family name first with its comma over the given names, set
 * largest on the page in a main column read after a sidebar of
 * labelled details. */
static void
test_family_name_first_over_given (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 34, 70, 10, 0, VITAE_TEXT_LINE_BOLD, "PHONE");
  add_placed (lines, 0, 52, 34, 116, 10, -2.5, 0, "+63 917 555 0188");
  add_placed (lines, 0, 66, 34, 66, 10, 2.5, VITAE_TEXT_LINE_BOLD, "EMAIL");
  add_placed (lines, 0, 78, 34, 170, 10, -2.5, 0, "marisoldelacruz@example.com");
  add_placed (lines, 0, 92, 34, 93, 10, 2.7, VITAE_TEXT_LINE_BOLD, "WEBSITE");
  add_placed (lines, 0, 104, 34, 190, 10, -2.5, 0, "https://marisol.example.com/");
  add_placed (lines, 0, 380, 35, 174, 14, 265, VITAE_TEXT_LINE_BOLD, "CAREER SUMMARY");
  add_placed (lines, 0, 398, 23, 200, 10, 4, 0, "Recent graduate eager to support a");
  add_placed (lines, 0, 410, 23, 200, 10, -0.5, 0, "school's help desk and its network.");
  add_placed (lines, 0, 100, 251, 397, 30, 0, VITAE_TEXT_LINE_BOLD, "DELACRUZ,");
  add_placed (lines, 0, 124, 251, 490, 30, -6, VITAE_TEXT_LINE_BOLD, "MARISOL P.");
  add_placed (lines, 0, 160, 250, 263, 15, 3.8, 0, "IT");
  add_placed (lines, 0, 200, 249, 337, 14, 38, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_placed (lines, 0, 218, 251, 500, 10, 4.5, VITAE_TEXT_LINE_BOLD, "Batangas State University");
  add_placed (lines, 0, 232, 251, 306, 10, 2.7, 0, "2019 - 2024");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "DELACRUZ, MARISOL P.");
}

/* The name and its headline on one line set large, a comma between
 * them; columns of details under it. */
static void
test_name_comma_headline (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 109, 486, 20, 0, VITAE_TEXT_LINE_BOLD, "Harriet Vance, Web Developer EN/DE");
  add_line (lines, 60, 316, 12, 2.6, "12 Rue des Lilas\tMSc Software Engineering")->tab_x = 200;
  add_line (lines, 60, 298, 12, 0.1, "1201 Genève\tBA Physics")->tab_x = 218;
  add_line (lines, 60, 431, 12, 20, "(+41) 22 555 0142\tEnglish native\t03/05/1994")->tab_x = 224;
  add_line (lines, 60, 431, 12, 0.1, "hattie.vance@example.com\tGerman B2\tSingle")->tab_x = 230;
  add_line_full (lines, 0, 60, 111, 12, 28, VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC, "Objectives");
  add_line (lines, 57, 537, 12, 5.8, "Having finished my degree, I would like a first post building web shops.");
  add_line_full (lines, 0, 60, 113, 12, 11.8, VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC, "Experience");
  add_line (lines, 60, 365, 12, 8.5, "2019-now\tWeb Developer @ Lakeside Shop")->tab_x = 108;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Harriet Vance");
}

/* A name followed by the degrees the person signs with, after a comma,
 * its headline on the next line: the degrees stay with the name, the
 * headline is the headline. */
static void
test_name_comma_degrees (void)
{
  static const char * const degrees[] = { "PhD", "Ph.D.", "MBA, PMP", "Jr." };

  for (guint k = 0; k < G_N_ELEMENTS (degrees); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *name = g_strconcat ("Tobias Brandt, ", degrees[k], NULL);

      add_line (lines, 60, 300, 22, 0, name);
      add_line (lines, 60, 220, 13, 6, "Soil Scientist & Teacher");
      add_line (lines, 380, 540, 10, -30, "tobias.brandt@example.net")->tab_x = -1;
      add_line_full (lines, 0, 60, 140, 12, 28, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
      add_line (lines, 60, 540, 11, 8, "Field Ecology Lab\t2019 – 2024")->tab_x = 480;
      add_line (lines, 72, 540, 11, 3, "•\tSampled the soils of forty farms each spring.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", name);
      g_assert_cmpstr (basics (document, "name"), ==, name);
      g_assert_cmpstr (basics (document, "label"), ==, "Soil Scientist & Teacher");
    }
}

/* A section's heading first in a main column, the name set largest at
 * the top of a sidebar read after it, the e-mail address made of its
 * initials and another family name. */
static void
test_email_of_initials (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 50, 79, 184, 11.4, 0, 0, "PERFIL PROFESIONAL");
  add_placed (lines, 0, 70, 58, 258, 8, 15.7, 0, "Destaco en las siguientes áreas:");
  add_placed (lines, 0, 82, 72, 169, 8, 3.4, VITAE_TEXT_LINE_LIST, "• Redes de datos");
  add_placed (lines, 0, 94, 72, 245, 8, 3.4, VITAE_TEXT_LINE_LIST, "• Soporte a usuarios de oficina");
  add_placed (lines, 0, 140, 79, 202, 11.4, 39, 0, "EXPERIENCIA LABORAL");
  add_placed (lines, 0, 160, 58, 400, 9.1, 15, 0, "Técnico de redes\tMar 2015 - Actualmente")->tab_x = 315;
  add_placed (lines, 0, 172, 58, 136, 8, 2.6, 0, "Redes Norte, Lugo");
  add_placed (lines, 0, 50, 453, 553, 13.7, 0, 0, "Lucía Ferreiro");
  add_placed (lines, 0, 68, 460, 547, 9.1, 6.3, 0, "Técnica de Redes");
  add_placed (lines, 0, 110, 462, 492, 8, 35, 0, "Lugo");
  add_placed (lines, 0, 124, 461, 502, 8, 12, 0, "600555123");
  add_placed (lines, 0, 138, 463, 529, 8, 12, 0, "lfcastro@example.com");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lucía Ferreiro");
}

/* The name as the first of a line of contact details set apart by
 * marks, in the size of the text. */
static void
test_name_among_marked_details (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 129, 466, 10, 0,
            "\xe2\x97\x8f Maarten de Wit \xe2\x97\x8f maartenwit@example.nl \xe2\x97\x8f (+31) 612345678 \xe2\x97\x8f Zwolle");
  add_line (lines, 36, 80, 11, 20, "Education");
  add_line_full (lines, 0, 36, 559, 9, 10, VITAE_TEXT_LINE_BOLD, "Leiden University\tLeiden, 2019 – 2021")->tab_x = 410;
  add_line (lines, 36, 139, 9, 10, "Master Data Science");
  add_line (lines, 36, 80, 11, 20, "Experience");
  add_line_full (lines, 0, 36, 559, 9, 10, VITAE_TEXT_LINE_BOLD, "Fietsplan BV\tZwolle, 2021 – now")->tab_x = 410;
  add_line (lines, 36, 300, 9, 10, "Data analyst for the route planner");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Maarten de Wit");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names8/name-words-down-the-page", test_name_words_down_the_page);
  g_test_add_func ("/import-names8/name-cut-by-column-edge", test_name_cut_by_column_edge);
  g_test_add_func ("/import-names8/name-goes-on-after-sidebar", test_name_goes_on_after_sidebar);
  g_test_add_func ("/import-names8/headline-in-name-type", test_headline_in_name_type);
  g_test_add_func ("/import-names8/family-name-first-over-given", test_family_name_first_over_given);
  g_test_add_func ("/import-names8/name-comma-headline", test_name_comma_headline);
  g_test_add_func ("/import-names8/name-comma-degrees", test_name_comma_degrees);
  g_test_add_func ("/import-names8/email-of-initials", test_email_of_initials);
  g_test_add_func ("/import-names8/name-among-marked-details", test_name_among_marked_details);
  return g_test_run ();
}
