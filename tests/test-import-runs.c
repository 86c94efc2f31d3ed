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
 * name and a surname set far apart on one row, a cover's title set with a
 * ligature, phone numbers set large, with an en dash, or under an address
 * that ends in a postal code, a wrapped line that starts with the word
 * "o", a name whose last word is set on a line of its own, items marked
 * with a symbol font's circle that reads as "{", entries whose dates
 * stand smaller under their title and whose items stand one a line
 * without a mark, items run in after a bullet at a line's end. Pages
 * are drawn here, in our own words (vitae-test-draw.h), or given as the
 * reader's lines. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

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

/* A document's title set with a ligature ("Curriculum Vitæ") over the
 * name, smaller than the title: the title is no name. */
static void
test_title_with_ligature (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 370, 16, 0, "Curriculum Vitæ");
  add_line (lines, 220, 380, 11, 20, "Inês Carvalho Lopes");
  add_line (lines, 200, 400, 10, 6, "il2291@alunos.example.pt · +351 91 234 56 78");
  add_line (lines, 60, 200, 13, 20, "Formação")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 500, 10, 6, "Licenciatura em Informática, Universidade do Minho\t2010 – 2014")->tab_x = 420;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Inês Carvalho Lopes");
}

/* Phone numbers: one set larger than the text in a sidebar, with space
 * above it, in a header that no known heading has ended yet (no
 * heading); one written with an en dash; and one under an
 * address line that ends in a house's number and a postal code. */
static void
test_phones (void)
{
  g_autoptr(GPtrArray) sidebar = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) dashed = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) postal = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) a = NULL, b = NULL, c = NULL;

  add_line (sidebar, 230, 500, 32, 0, "Rokas Petrauskas")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (sidebar, 230, 320, 15, 1, "Developer");
  add_line (sidebar, 230, 575, 17, 12, "About me\tgithub.com/rokas-p")->tab_x = 415;
  add_line (sidebar, 230, 575, 9, 13, "I study software engineering and build web shops for small firms in");
  add_line (sidebar, 230, 575, 9, 1, "my town, from the first sketch to the server they run on, and I");
  add_line (sidebar, 30, 110, 17, -9, "Contacts")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (sidebar, 30, 120, 13, 12, "+370 612 345 67");
  add_line (sidebar, 30, 120, 12, 5, "rokas@example.lt");
  add_line (sidebar, 30, 75, 17, 30, "Skills")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (sidebar, 45, 180, 10, 10, "Object-oriented programming:");
  add_line (sidebar, 45, 105, 10, 1, "C#, Java, Go");
  add_line (sidebar, 45, 170, 10, 8, "Web development:");
  add_line (sidebar, 45, 175, 10, 1, "TypeScript, Vue, SQL");
  add_line (sidebar, 226, 575, 9, 0, "keep learning new tools at the university and in my own projects.");
  a = vitae_import_lines (sidebar, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "phone"), ==, "+370 612 345 67");

  add_line (dashed, 60, 300, 20, 0, "Helena Souza")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (dashed, 60, 300, 10, 6, "Telefone: (051) 91234–5678");
  add_line (dashed, 60, 300, 10, 2, "helena.souza@example.br");
  add_line (dashed, 60, 200, 13, 20, "Formação")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (dashed, 60, 500, 10, 6, "Bacharelado em Biologia\t2012 – 2016")->tab_x = 420;
  b = vitae_import_lines (dashed, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "phone"), ==, "(051) 91234–5678");

  add_line (postal, 60, 300, 20, 0, "Paulo Mendes")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (postal, 60, 300, 10, 6, "Rua das Acácias, 118, ap 204 91350-210");
  add_line (postal, 60, 300, 10, 2, "Porto Alegre – RS");
  add_line (postal, 60, 300, 10, 2, "(51) 998877665");
  add_line (postal, 60, 300, 10, 2, "paulo.mendes@example.br");
  add_line (postal, 60, 200, 13, 20, "Formação")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (postal, 60, 500, 10, 6, "Bacharelado em Física\t2012 – 2016")->tab_x = 420;
  c = vitae_import_lines (postal, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (c), "phone"), ==, "(51) 998877665");
}

/* An item whose wrapped line starts with the Portuguese article "o",
 * under a line that fills the column without ending a sentence: the
 * line goes on with the item; it is no second-level item marked "o". */
static void
test_wrapped_line_starts_with_o (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 51, 300, 20, 0, "Renata Farias")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 51, 300, 10, 6, "renata.farias@example.br");
  add_line (lines, 51, 200, 13, 20, "Experiência")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 51, 544, 11, 8, "Analista de Sistemas, Cooperativa Vale Verde\t2020 – 2024")->tab_x = 470;
  add_line (lines, 51, 544, 11, 1, "• Controle de Estoque: entrei na equipe que precisava levar para a nuvem");
  add_line (lines, 62, 544, 11, -0.5, "o cadastro antigo dos armazéns, feito em planilhas soltas, com tudo o que");
  add_line (lines, 62, 330, 11, -0.5, "ele guardava desde a fundação.");
  add_line (lines, 51, 544, 11, 1, "• Painel de Vendas: montei os relatórios semanais que a diretoria usa nas");
  add_line (lines, 62, 300, 11, -0.5, "reuniões de segunda-feira.");
  document = vitae_import_lines (lines, NULL);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Controle de Estoque: entrei na equipe que precisava levar para a nuvem o cadastro antigo dos "
                   "armazéns, feito em planilhas soltas, com tudo o que ele guardava desde a fundação.");
}

/* A name set large on two lines, its last word alone on the second
 * ("Beatriz de Almeida" / "Costa"), the contact details at the right
 * read between them: the word is in the e-mail address, so it is the
 * name's, not a headline. */
static void
test_surname_on_second_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 360, 470, 10, 0, "Rua dos Andradas, 1200");
  add_line (lines, 44, 290, 34, -3, "Beatriz de Almeida");
  add_line (lines, 390, 470, 10, -25, "(51) 991234567");
  add_line (lines, 340, 470, 10, 1, "beatrizcosta@example.br");
  add_line (lines, 44, 160, 34, -3, "Costa");
  add_line (lines, 44, 200, 14, 30, "Formação")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 500, 10, 6, "Bacharelado em Química\t2012 – 2016")->tab_x = 420;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Beatriz de Almeida Costa");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "");
}

/* Items whose circles, from a symbol font, the text layer gives as an
 * opening brace that nothing closes ("{ 2019 - Course …"), a wrapped
 * line indented under the item's text. */
static void
test_brace_marks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 116, 300, 24, 0, "Lucas Prado")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 116, 300, 10, 6, "lucas.prado@example.br");
  add_line (lines, 116, 250, 14, 20, "Cursos")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 116, 550, 10.9, 8, "{ 2019 - Curso de Extensão em Redes de Computadores para pequenas empresas (teoria e");
  add_line (lines, 126, 220, 10.9, 2, "prática) - Senac");
  add_line (lines, 116, 470, 10.9, 5, "{ 2021 - Curso de Gestão de Projetos com quadros Kanban");
  add_line (lines, 116, 250, 14, 20, "Idiomas")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 116, 300, 10.9, 8, "Inglês - avançado");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "2019 - Curso de Extensão em Redes de Computadores para pequenas empresas (teoria e prática) - Senac\n"
                   "2021 - Curso de Gestão de Projetos com quadros Kanban\n");
}

/* Entries as a web editor sets them: a title line without dates, its
 * dates set smaller right under it, then the items one a line, without
 * a mark or an indent, set smaller again. */
static void
test_items_one_a_line_under_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 110, 490, 33, 0, "NOWAK Julia")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 100, 12, 45, "PROFILE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 294, 9, 10, "Second year student of chemistry at the university of Gdańsk,");
  add_line (lines, 50, 140, 9, 3, "looking for a summer job");
  add_line (lines, 50, 130, 12, 20, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 330, 11, 10, "Harbour Café, Kitchen — Summer job");
  add_line (lines, 50, 90, 8, -0.3, "2021-2022");
  add_line (lines, 50, 190, 9, 4, "Washing up after lunch");
  add_line (lines, 50, 283, 9, 3, "Ordering vegetables from the farms in the valley");
  add_line (lines, 50, 150, 9, 3, "Cleaning the fridges");
  add_line (lines, 50, 300, 11, 17, "Town Library — Volunteer");
  add_line (lines, 50, 130, 8, -0.3, "3 - 7 March 2019");
  add_line (lines, 50, 160, 9, 4, "Shelving returned books");
  add_line (lines, 50, 210, 9, 3, "Reading to children on Saturdays");
  add_line (lines, 50, 150, 9, 3, "Repairing torn covers");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Washing up after lunch\nOrdering vegetables from the farms in the valley\nCleaning the fridges\n"
                   "Shelving returned books\nReading to children on Saturdays\nRepairing torn covers\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2022");
}

/* A word processor's entry whose items run in after its dates: the
 * first item's bullet ends the dates' line, the next one stands inside
 * the paragraph after the first item's full stop; the paragraph is set
 * in small capitals, its lines spaced wider than half their size. Each
 * is an item; the dates' line keeps no bullet. */
static void
draw_run_in (cairo_t *cr)
{
  draw_text (cr, 54, 40, "Jonas Ebert", 18, TRUE);
  draw_text (cr, 54, 72, "jonas.ebert@example.de", 8, FALSE);
  draw_text (cr, 54, 110, "Berufserfahrung", 14, TRUE);
  draw_text (cr, 54, 140, "EVENT ASSISTANT ACCREDITATION", 8, TRUE);
  draw_text (cr, 54, 154, "CITY MARATHON, DRESDEN | 2022–2023 •", 8, TRUE);
  draw_text (cr, 54, 172, "ISSUED THE PASSES OF MORE THAN", 6, FALSE);
  draw_text (cr, 54, 186, "400 RUNNERS AND HELPERS. • KEPT THE", 6, FALSE);
  draw_text (cr, 54, 200, "START AREA CLEAR OF CARS ON", 6, FALSE);
  draw_text (cr, 54, 214, "THE DAY OF THE RACE.", 6, FALSE);
  draw_text (cr, 54, 260, "Ausbildung", 14, TRUE);
  draw_text (cr, 54, 290, "Abitur, Gymnasium Pirna", 8, TRUE);
  draw_text (cr, 400, 290, "2014 – 2022", 8, FALSE);
}

static void
test_run_in_bullets (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_run_in);
  document = import_drawn (draw_run_in);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "ISSUED THE PASSES OF MORE THAN 400 RUNNERS AND HELPERS.\n"
                                "KEPT THE START AREA CLEAR OF CARS ON THE DAY OF THE RACE.\n");
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
  g_test_add_func ("/import-runs/title-with-ligature", test_title_with_ligature);
  g_test_add_func ("/import-runs/phones", test_phones);
  g_test_add_func ("/import-runs/wrapped-line-starts-with-o", test_wrapped_line_starts_with_o);
  g_test_add_func ("/import-runs/surname-on-second-line", test_surname_on_second_line);
  g_test_add_func ("/import-runs/brace-marks", test_brace_marks);
  g_test_add_func ("/import-runs/items-one-a-line-under-title", test_items_one_a_line_under_title);
  g_test_add_func ("/import-runs/run-in-bullets", test_run_in_bullets);
  return g_test_run ();
}
