/* test-import-runs.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs met in a tuning set: lists not set as lists (items
 * typed one after the other into a paragraph, each after an asterisk),
 * a birth date in the header that is no phone number, a name that ends
 * in an abbreviation, an e-mail address broken over two lines, a given
 * name and a surname set far apart on one row. Pages are drawn here, in our own words
 * (vitae-test-draw.h), or given as the reader's lines. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* Two jobs whose items were typed into one text box each, an asterisk
 * before each: glued to the item's first word or a space apart, at a
 * line's start, in its middle or at its end. A word set in emphasis
 * between asterisks ("*every*") marks no item. */
static void
draw_starred (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Halina Sobczak", 20, TRUE);
  draw_text (cr, 40, 70, "halina.sobczak@example.pl", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 128, "Network Administrator", 10, TRUE);
  draw_text (cr, 460, 128, "2019 – 2023", 10, FALSE);
  draw_text (cr, 40, 143, "Lindholm Logistics", 10, FALSE);
  draw_wrapped (cr, 40, 160, 420,
                "*Planned the new office network for three floors and moved the old servers into the rack "
                "room *Kept the mail server and the file shares running for the whole staff *Wrote the "
                "guides for the help desk and trained the two new colleagues in them *Replaced the printers",
                10);
  draw_text (cr, 40, 250, "Help Desk Assistant", 10, TRUE);
  draw_text (cr, 460, 250, "2017 – 2019", 10, FALSE);
  draw_text (cr, 40, 265, "Marek Print House", 10, FALSE);
  draw_wrapped (cr, 40, 282, 420,
                "* Answered the phone for the staff of the printing hall and the office * Set up the "
                "laptops of new staff * Backed up the order database *",
                10);
  draw_text (cr, 40, 350, "Intern", 10, TRUE);
  draw_text (cr, 460, 350, "2016", 10, FALSE);
  draw_text (cr, 40, 365, "Marek Print House", 10, FALSE);
  draw_text (cr, 40, 382, "• Backed up the order database *every* night * Kept the log", 10, FALSE);
}

static void
test_starred_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_starred);
  document = import_drawn (draw_starred);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Planned the new office network for three floors and moved the old servers into the rack room\n"
                   "Kept the mail server and the file shares running for the whole staff\n"
                   "Wrote the guides for the help desk and trained the two new colleagues in them\n"
                   "Replaced the printers\n"
                   "Answered the phone for the staff of the printing hall and the office\n"
                   "Set up the laptops of new staff\n"
                   "Backed up the order database\n"
                   "Backed up the order database *every* night * Kept the log\n");
}

/* A line of a PDF: where it starts and ends, its size, the gap above. */
static VitaeTextLine *
add_line (GPtrArray  *lines,
          double      x,
          double      right,
          double      size,
          double      gap,
          const char *text)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->x = x;
  line->right = right;
  line->size = size;
  line->gap = gap;
  line->tab_x = -1;
  g_ptr_array_add (lines, line);
  return line;
}

/* A header line with the birth date, its year in full, and more numbers
 * after it ("… 04/09/1991 - 2 children"): no phone number; the phone is
 * the labelled one further down. A name that ends in "Jr." keeps the
 * abbreviation's full stop. */
static void
test_birth_date_and_abbreviation (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 150, 420, 18, 0, "Tiago Almeida Ramos Jr.")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 150, 430, 10, 6, "Nascido em Braga, 04/09/1991 - 2 filhos - Casado");
  add_line (lines, 150, 430, 10, 2, "Rua das Flores, 12, Porto");
  add_line (lines, 60, 160, 12, 20, "CONTATO")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 150, 520, 10, 8, "Email: tiago.ramos@example.pt\tCelular: 22 9876-5432")->tab_x = 380;
  add_line (lines, 60, 160, 12, 20, "PERFIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 150, 520, 10, 8, "Programador de sistemas para lojas e armazéns.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Tiago Almeida Ramos Jr.");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "22 9876-5432");
}

/* An e-mail address broken at a line's end in a narrow column, beside
 * the other column's lines: before its "@" at a full stop, the rest a
 * cell of the line under it; or at its "@", the domain alone under it,
 * in a centred column. */
static void
test_broken_address (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) centred = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) other = NULL;

  add_line (lines, 200, 400, 20, 0, "HANA DVOŘÁKOVÁ")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 100, 300, 12, 20, "PRAXE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 100, 330, 10, 6, "Účetní | Pekárna Klas | 2019-2023");
  add_line (lines, 360, 520, 10, 10, "hana.dvorakova.\t601-234-567")->tab_x = 465;
  add_line (lines, 100, 440, 12, -4, "VZDĚLÁNÍ\t77@example.cz")->tab_x = 368;
  add_line (lines, 100, 330, 10, 6, "Obchodní akademie Brno | 2015-2019");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "hana.dvorakova.77@example.cz");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "601-234-567");

  add_line (centred, 60, 200, 20, 0, "Rui Duarte")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (centred, 180, 560, 12, 20, "Sobre")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (centred, 180, 560, 10, 4, "Gosto de construir sistemas para laboratórios e de ensinar o que");
  add_line (centred, 90, 560, 10, 2, "Email\taprendi a quem começa, em cursos curtos e em projetos abertos.");
  add_line (centred, 70, 560, 10, -2, "ruiduartesilva@\tNas horas livres, conserto bicicletas.");
  add_line (centred, 100, 150, 10, 2, "example.pt");
  other = vitae_import_lines (centred, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (other), "email"), ==, "ruiduartesilva@example.pt");
}

/* A given name at the top of the left column and the surname on the
 * same row at the top of the right one, both large: the reader gives
 * the surname as the right column's first line, after the left column. */
static void
test_surname_in_other_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 120, 200, 22, 0, "EWA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 250, 12, 90, "PROFIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 280, 10, 6, "Od pięciu lat testuję aplikacje bankowe i sklepy internetowe.");
  add_line (lines, 60, 250, 12, 20, "KONTAKT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 280, 10, 6, "ewa.kowalczyk@example.pl");
  add_line (lines, 370, 500, 22, 0, "KOWALCZYK")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 330, 520, 12, 90, "DOŚWIADCZENIE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 330, 560, 10, 6, "2019 - 2023 Tester, Sklep Lipa");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "EWA KOWALCZYK");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-runs/starred-items", test_starred_items);
  g_test_add_func ("/import-runs/birth-date-and-abbreviation", test_birth_date_and_abbreviation);
  g_test_add_func ("/import-runs/broken-address", test_broken_address);
  g_test_add_func ("/import-runs/surname-in-other-column", test_surname_in_other_column);
  return g_test_run ();
}
