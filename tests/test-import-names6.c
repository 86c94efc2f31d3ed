/* test-import-names6.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs in layouts met in real resumes, each page given
 * as the reader's lines in our own words: a name with its title after a
 * bar, a document's title in Czech over a name with its degrees in a
 * cell of their own, a heading of personal details in Slovak or Turkish
 * beside or over the name, a family name set smaller centred under a
 * given name. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The name set large and bold, a bar right after it, then the person's
 * title: "NAME| TITLE". */
static void
test_title_after_bar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 38, 330, 20, 0, VITAE_TEXT_LINE_BOLD, "LUANA PEDROSO| ENGENHEIRA DE DADOS");
  add_line (lines, 38, 300, 11.5, 2.5, "+55 (21) 95555-0101 | luana.pedroso@example.com | LinkedIn");
  add_line (lines, 38, 560, 11.5, 18, "Engenheira de dados em formação, interessada em bancos de dados e nuvem.");
  add_line_full (lines, 0, 38, 160, 13, 18, VITAE_TEXT_LINE_BOLD, "EXPERIÊNCIA");
  add_line_full (lines, 0, 38, 240, 11.5, 14, VITAE_TEXT_LINE_BOLD, "Estagiária de Dados - Exemplo Ltda");
  add_line (lines, 40, 98, 11.5, 2.5, "2024 – atual");
  add_line (lines, 55, 500, 9.5, 12, "• Criação de painéis de indicadores para a equipe de vendas.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "LUANA PEDROSO");
  g_assert_cmpstr (basics (document, "label"), ==, "ENGENHEIRA DE DADOS");
}

/* A document's title set alone at the top ("Životopis"), its Latin
 * words under it, then a table of two columns: the name's line in bold
 * with a degree's abbreviation in the first column ("Mgr." <tab> "Bc.
 * Name"), the contact details' labels under it. */
static void
test_degree_cell_before_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 261, 350, 17.2, 0, "ŽIVOTOPIS");
  add_line (lines, 134, 208, 10, 65, "Curriculum vitae");
  add_line_full (lines, 0, 134, 240, 10, 7.5, VITAE_TEXT_LINE_BOLD, "Mgr.\tBc. Petra Dvořáková")->tab_x = 160;
  add_line (lines, 134, 230, 10, 6.5, "Tel.:\t00420 777 123 456")->tab_x = 157;
  add_line (lines, 134, 245, 10, 5, "email: petra.dvorakova@example.cz");
  add_line_full (lines, 0, 134, 200, 10, 15, VITAE_TEXT_LINE_BOLD, "VZDĚLÁNÍ:");
  add_line (lines, 146, 478, 10, 6.5, "• Univerzita Karlova, Filozofická fakulta - titul Mgr.");
  add_line_full (lines, 0, 134, 280, 10, 7.5, VITAE_TEXT_LINE_BOLD, "PRACOVNÍ ZKUŠENOSTI:");
  add_line (lines, 146, 478, 10, 6.5, "• Knihovna města Brna - katalogizace a péče o fond ( 2019-2024 )");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Mgr. Bc. Petra Dvořáková");
  g_assert_cmpstr (basics (document, "phone"), ==, "00420 777 123 456");
}

/* A title set small at the top, then a table: the personal details'
 * heading in Slovak in the first column, the name in the second on the
 * same line ("OSOBNÉ ÚDAJE" <tab> "Name"), the address, phone and
 * e-mail address under the name. */
static void
test_slovak_personal_heading_beside_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 174, 213, 9.8, 0, "Životopis");
  add_line (lines, 90, 260, 14, 31.5, "OSOBNÉ ÚDAJE\tMarek Kováčik")->tab_x = 172;
  add_line (lines, 188, 314, 8.9, 16, "Hlavná 12, 040 01 Košice");
  add_line (lines, 188, 254, 8.9, 10, "+421 900 123 456");
  add_line (lines, 188, 276, 8.9, 10, "marek.kovacik@example.sk");
  add_line (lines, 110, 160, 8.9, 15, "VZDELANIE");
  add_line (lines, 112, 510, 11.2, 7, "2012 - 2016\tTechnická univerzita v Košiciach")->tab_x = 172;
  add_line (lines, 60, 160, 8.9, 16, "PRIEBEH ZAMESTNANÍ");
  add_line (lines, 89, 207, 11.2, 7, "05/2016 - doteraz\ttechnik")->tab_x = 172;
  add_line (lines, 172, 470, 8.9, 0.7, "- správa serverov a počítačov");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Marek Kováčik");
  g_assert_cmpstr (basics (document, "email"), ==, "marek.kovacik@example.sk");
}

/* The personal details' heading in Turkish capitals first ("KİŞİSEL
 * BİLGİLER", its dotted capital İ folding to an i with a combining dot),
 * then the name set large with a date beside it after a wide gap. */
static void
test_turkish_personal_heading_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 42, 130, 12, 0, "KİŞİSEL BİLGİLER");
  add_line (lines, 139, 506, 17.2, 20, "Elif Yıldırımoğlu\tTarih: 12/03/2015")->tab_x = 439;
  add_line (lines, 139, 400, 8, 12, "Adres : Cumhuriyet Mah. 12. Sok. Kadıköy/İSTANBUL");
  add_line (lines, 139, 234, 8, 3, "Doğum Tarihi : 02.05.1990");
  add_line (lines, 139, 209, 8, 3, "Medeni Hal : Bekar");
  add_line (lines, 42, 132, 12, 23, "EĞİTİM BİLGİLERİ");
  add_line (lines, 179, 474, 8, 14, "Üniversite :\tÖrnek Üniversitesi")->tab_x = 399;
  add_line (lines, 42, 106, 12, 40, "İŞ DENEYİMİ");
  add_line (lines, 170, 285, 8, 12, "Örnek Yazılım - İstanbul");
  add_line (lines, 455, 559, 9, 0, "elif.yildirim@example.com");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Elif Yıldırımoğlu");
}

/* A one-word given name set very large and bold, centred over the
 * family name set two thirds as large, an apostrophe inside its word
 * ("TO’XTAYEV"), a sidebar with the contact details read after. */
static void
test_centred_smaller_family_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 280, 485, 43, 0, VITAE_TEXT_LINE_BOLD, "JASUR");
  add_line_full (lines, 0, 262, 504, 28, 0.6, VITAE_TEXT_LINE_BOLD, "TO’XTAYEV");
  add_line_full (lines, 0, 316, 452, 14.4, 28, VITAE_TEXT_LINE_BOLD, "WEB DEVELOPER");
  add_line (lines, 375, 434, 10.6, 44, "PROFILE");
  add_line (lines, 207, 554, 9.4, 20, "I study Python and build small web services with my friends.");
  add_line (lines, 88, 154, 10.6, 62, "CONTACT");
  add_line (lines, 57, 148, 11.9, 23, "+998 90 123 45 67");
  add_line (lines, 57, 244, 11.9, 16, "jasurtoxtayev7@example.com");
  add_line (lines, 352, 436, 10.6, 0, "EDUCATION");
  add_line (lines, 338, 431, 12, 17, "CODE SCHOOL");
  add_line (lines, 350, 418, 12, 5.6, "2022 - 2023");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "JASUR TO’XTAYEV");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names6/title-after-bar", test_title_after_bar);
  g_test_add_func ("/import-names6/degree-cell-before-name", test_degree_cell_before_name);
  g_test_add_func ("/import-names6/slovak-personal-heading-beside-name", test_slovak_personal_heading_beside_name);
  g_test_add_func ("/import-names6/turkish-personal-heading-over-name", test_turkish_personal_heading_over_name);
  g_test_add_func ("/import-names6/centred-smaller-family-name", test_centred_smaller_family_name);
  return g_test_run ();
}
