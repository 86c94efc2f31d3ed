/* test-import-skill-sentences.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose skills list holds sentences, each after a written
 * dash, wrapped back to the dash's edge in a narrow side column, as real
 * resumes set them, in our own words: each sentence is one item, whole
 * with its wrapped lines, and no wrapped line is a group of words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static void
test_wrapped_to_dash (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 50, 260, 18, 0, VITAE_TEXT_LINE_BOLD, "Wendeline Ostrova");
  add_line_full (lines, 0, 50, 220, 9, 2, 0, "w.ostrova@example.com");
  add_line_full (lines, 0, 410, 440, 9, 60, VITAE_TEXT_LINE_BOLD, "SKILLS");
  add_line_full (lines, 0, 410, 520, 9, 15, 0, "- Steady, careful and");
  add_line_full (lines, 0, 410, 530, 9, 2.7, 0, "thorough with the details of");
  add_line_full (lines, 0, 410, 480, 9, 2.9, 0, "every order.");
  add_line_full (lines, 0, 410, 535, 9, 8.9, 0, "- Happy to learn new tools");
  add_line_full (lines, 0, 410, 476, 9, 2.9, 0, "quickly.");
  add_line_full (lines, 0, 410, 515, 9, 8.9, 0, "- Good at planning.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Steady, careful and thorough with the details of every order.\n"
                   "Happy to learn new tools quickly.\n"
                   "Good at planning.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-skill-sentences/wrapped-to-dash", test_wrapped_to_dash);
  return g_test_run ();
}
