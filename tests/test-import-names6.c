/* test-import-names6.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs in layouts met in real resumes, each page given
 * as the reader's lines in our own words: a name with its title after a
 * bar. */

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names6/title-after-bar", test_title_after_bar);
  return g_test_run ();
}
