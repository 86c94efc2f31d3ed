/* test-import-item-shapes.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shapes of imported PDFs' list items met in real resumes, as their
 * lines come from the reader, in our own words: an emoji after an item's
 * mark. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Certificates marked "•", the first two with a star emoji glued to
 * their text as well ("• ⭐Data Basics …"): the star is a second mark,
 * no part of the item's text. */
static void
test_emoji_after_mark (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 150, 450, 16, 0, VITAE_TEXT_LINE_BOLD, "Marta Quiroga Lenz");
  add_line_full (lines, 0, 120, 480, 10, 2, 0, "marta.quiroga@example.org | +54 11 5555-0101");
  add_line_full (lines, 0, 61, 200, 11, 14, VITAE_TEXT_LINE_BOLD, "CERTIFICATIONS");
  add_line_full (lines, 0, 72, 330, 9.6, 5, 0, "• ⭐Data Basics for Planners – Open Academy (2024)");
  add_line_full (lines, 0, 72, 230, 9.6, 1.6, 0, "• ⭐\ufe0fSafe Lifting – City Institute (2023)");
  add_line_full (lines, 0, 72, 220, 9.6, 4.6, 0, "• Spreadsheets – Night School (2022)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Data Basics for Planners – Open Academy (2024)\n"
                   "Safe Lifting – City Institute (2023)\n"
                   "Spreadsheets – Night School (2022)\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-shapes/emoji-after-mark", test_emoji_after_mark);
  return g_test_run ();
}
