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
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

static const char *
basics (VitaeDocument *document,
        const char    *key)
{
  return vitae_node_get_text (VITAE_NODE (document), key);
}

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names5/phone-after-telemovel", test_phone_after_telemovel);
  return g_test_run ();
}
