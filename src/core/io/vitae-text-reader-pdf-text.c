/* vitae-text-reader-pdf-text.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The text a parser gets out of a PDF (vitae_pdf_read_text()): poppler's
 * text in its reading order, what the parse check compares with the
 * resume; a page that reads right to left, as the importer reads it;
 * a line's letters composed with their marks. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"

#define RLE 0x202B
#define PDF 0x202C

/* poppler gives right-to-left text in the order it is drawn, right to
 * left, each character wrapped in RLE … PDF marks: "ב" "י" "ב" "א" " " "ל"
 * "ת" for "תל אביב". A run of such characters (and the spaces between
 * them) is put back in reading order, without the marks. */
static void
append_logical (GString    *out,
                const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      GArray *run;
      const char *q;

      if (g_utf8_get_char (p) != RLE)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }

      run = g_array_new (FALSE, FALSE, sizeof (gunichar));
      q = p;
      for (;;)
        {
          const char *r = q;
          guint n_spaces = 0;
          gunichar c;

          while (*r == ' ')
            r++, n_spaces++;
          if (g_utf8_get_char (r) != RLE)
            break;
          r = g_utf8_next_char (r);
          c = g_utf8_get_char (r);
          if (c == 0 || c == PDF)
            break;
          r = g_utf8_next_char (r);
          if (g_utf8_get_char (r) != PDF)
            break;
          for (guint i = 0; i < n_spaces; i++)
            {
              gunichar space = ' ';

              g_array_append_val (run, space);
            }
          g_array_append_val (run, c);
          q = g_utf8_next_char (r);
        }

      if (run->len == 0)
        {
          /* A mark that wraps more than one character: keep it as it is. */
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
      else
        {
          for (guint i = run->len; i > 0; i--)
            g_string_append_unichar (out, g_array_index (run, gunichar, i - 1));
          p = q;
        }
      g_array_unref (run);
    }
}

/* Whether a fifth or more of the letters of @text read right to left. */
static gboolean
reads_right_to_left (const char *text)
{
  guint n_rtl = 0, n_ltr = 0;

  for (const char *q = text; *q; q = g_utf8_next_char (q))
    {
      int direction = _vitae_pdf_char_direction (g_utf8_get_char (q));

      n_rtl += direction < 0;
      n_ltr += direction > 0;
    }
  return n_rtl > 0 && n_rtl * 4 >= n_ltr;
}

/* The lines of a right-to-left page as the importer reads them (in
 * reading order, none left out), a line each: poppler's own text of such
 * a page leaves lines out and runs words together. */
static void
append_page_lines (GString     *text,
                   PopplerPage *page,
                   int          page_number)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  _vitae_pdf_page_lines (page, page_number, lines);
  for (guint k = 0; k < lines->len; k++)
    {
      g_autofree char *line = g_strdup (((VitaeTextLine *) g_ptr_array_index (lines, k))->text);

      g_strdelimit (line, "\t", ' ');
      g_string_append_printf (text, "%s\n", line);
    }
}

/**
 * vitae_pdf_read_text:
 * @pdf: a PDF file's bytes
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the text of every page in reading
 *   order, pages separated by a form feed
 */
char *
vitae_pdf_read_text (GBytes  *pdf,
                     GError **error)
{
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  GString *text;

  g_return_val_if_fail (pdf != NULL, NULL);

  if (g_bytes_get_size (pdf) > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("The PDF is larger than %d MB"), VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  document = poppler_document_new_from_bytes (pdf, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   /* Translators: %s is poppler's reason */
                   _("The PDF cannot be read: %s"), local_error->message);
      return NULL;
    }

  text = g_string_new (NULL);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      /* poppler-glib 22 has no autoptr for its types. */
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = page ? poppler_page_get_text (page) : NULL;

      if (i > 0)
        g_string_append_c (text, '\f');
      if (page_text != NULL && reads_right_to_left (page_text))
        append_page_lines (text, page, i);
      else if (page_text != NULL)
        append_logical (text, page_text);
      g_clear_object (&page);
    }
  g_object_unref (document);

  return g_string_free (text, FALSE);
}

/* @text with its combining marks composed with their letters (NFC),
 * a dotless i or j under a mark first made the letter with its dot, as
 * TeX sets an accented i ("ı" and "◌̈" for "ï"); or NULL when it has no
 * combining mark. */
char *
_vitae_pdf_dup_composed (const char *text)
{
  g_autoptr(GString) letters = NULL;
  gboolean any = FALSE;

  for (const char *q = text; *q && !any; q = g_utf8_next_char (q))
    any = g_unichar_type (g_utf8_get_char (q)) == G_UNICODE_NON_SPACING_MARK;
  if (!any)
    return NULL;
  letters = g_string_new (NULL);
  for (const char *q = text; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      gunichar after = g_utf8_get_char (g_utf8_next_char (q));

      if ((c == 0x131 || c == 0x237) && after >= 0x300 && after <= 0x314)
        c = c == 0x131 ? 'i' : 'j';
      g_string_append_unichar (letters, c);
    }
  return g_utf8_normalize (letters->str, -1, G_NORMALIZE_NFC);
}
