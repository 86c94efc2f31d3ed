/* test-import-drawn-fonts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs set in fonts of drawn glyphs (Type 3, as a browser's
 * print to PDF writes them), whose size poppler guesses from one glyph:
 * tests/data/import/drawn-fonts.pdf, written for this test (by
 * drawn-fonts.py beside it). Its first font, guessed three times its
 * size, boxes its glyphs taller than two lines: a sidebar's line set
 * half a line down from the main column's lines read with both lines
 * beside it, their letters interleaved, and poppler saw no spaces
 * between its words. */

#include "config.h"

#include <locale.h>

#include "vitae-text-reader.h"

static GPtrArray *
read_lines (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "drawn-fonts.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GPtrArray *lines;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  pdf = g_bytes_new_take (g_steal_pointer (&data), length);
  lines = vitae_pdf_read_lines (pdf, 1, &error);
  g_assert_no_error (error);
  return lines;
}

static const VitaeTextLine *
line_of (GPtrArray  *lines,
         const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (g_strcmp0 (line->text, text) == 0)
        return line;
    }
  g_test_message ("no line reads \"%s\"", text);
  return NULL;
}

/* Each line reads alone, its words apart, at the size its letters'
 * advances say (about 11 points: Helvetica's letters at 10), not the
 * 30 points guessed. */
static void
test_lines_apart (void)
{
  g_autoptr(GPtrArray) lines = read_lines ();
  static const char * const texts[] = {
    "Welsh", "Spanish", "Wrote the booking site in Go", "Ran the weekly release train", "Led the on-call rota",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const VitaeTextLine *line = line_of (lines, texts[i]);

      g_assert_nonnull (line);
      g_assert_cmpfloat (line->size, <, 13);
      g_assert_cmpfloat (line->size, >, 9);
    }
}

/* A word whose capital is drawn from another font than its other
 * letters (guessed at a third of their size) stays whole. */
static void
test_word_of_two_fonts (void)
{
  g_autoptr(GPtrArray) lines = read_lines ();

  g_assert_nonnull (line_of (lines, "First-aid trainer"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-drawn-fonts/lines-apart", test_lines_apart);
  g_test_add_func ("/import-drawn-fonts/word-of-two-fonts", test_word_of_two_fonts);

  return g_test_run ();
}
