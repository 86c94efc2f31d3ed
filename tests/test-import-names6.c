/* test-import-names6.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs in layouts met in real resumes, each page given
 * as the reader's lines in our own words: a name with its title after a
 * bar, a document's title in Czech over a name with its degrees in a
 * cell of their own. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

static const char *
basics (VitaeDocument *document,
        const char    *key)
{
  return vitae_node_get_text (VITAE_NODE (document), key);
}

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names6/title-after-bar", test_title_after_bar);
  g_test_add_func ("/import-names6/degree-cell-before-name", test_degree_cell_before_name);
  return g_test_run ();
}
