/* fuzz-render.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gprintf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-pdf.h"
#include "vitae-render.h"
#include "vitae-render-private.h"

#include "tests/vitae-test-pdf.h"

#include "fuzz-common.h"

/*
 * The renderer on arbitrary JSON Resume bytes: what imports and passes the
 * loader's rules is laid out (the template and paper picked by the input's
 * length, so that all are reached) and rendered to a PDF in memory. Then:
 *
 * - everything fits: no line wider than the column, nothing past the
 *   bottom margin (vitae_layout_check_fit()), and the PDF is made;
 * - every link annotation is a /URI to http, https, mailto or tel, with
 *   no character of PDF or cairo syntax in it, and lies inside the page;
 * - every bullet's text is on the pages, in the lines drawn inside the
 *   page (white space aside, as lines break at spaces).
 */

/* Reports a broken check and aborts, which libFuzzer catches and saves the
 * input for (g_error() traps, and a trap is not caught). */
G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN static void
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();

  return 0;
}

static void
append_squeezed (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  VitaeRenderOptions options;
  double width, height;
  const char *bytes;
  gsize length;

  document = vitae_json_resume_parse ((const char *) data, size, "fuzz.json", &error);
  if (document == NULL || !vitae_document_sanitize (document, "fuzz.json", NULL, &error))
    {
      g_assert_nonnull (error);
      return 0;
    }

  vitae_render_options_init (&options);
  options.template_id = vitae_template_get_nth (size % vitae_template_get_count ())->id;
  options.paper = (size / 7) % 2 ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
  options.language = "en";
  layout = vitae_layout_new (document, &options);
  vitae_layout_get_page_size (layout, &width, &height);

  if (!vitae_layout_check_fit (layout, &error))
    fail ("%s", error->message);

  pdf = vitae_pdf_render (layout, &options, &error);
  g_assert_no_error (error);
  bytes = g_bytes_get_data (pdf, &length);

  links = test_pdf_list_links (bytes, length);
  g_assert_cmpuint (test_pdf_count_annotations (bytes, length), ==, links->len);
  for (guint i = 0; i < links->len; i++)
    {
      TestPdfLink *link = &g_array_index (links, TestPdfLink, i);

      g_assert_true (link->well_formed);
      if (!test_pdf_uri_allowed (link->uri))
        fail ("link to “%s”", link->uri);
      if (!test_pdf_link_inside (link, width, height))
        fail ("link rectangle [%g %g %g %g] past the page", link->rect[0], link->rect[1],
                 link->rect[2], link->rect[3]);
    }

  for (guint page = 0; page < vitae_layout_get_n_pages (layout); page++)
    {
      g_autofree char *page_text = _vitae_layout_dup_page_text (layout, page);

      append_squeezed (text, page_text);
    }

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            {
              g_autoptr(GString) bullet = g_string_new (NULL);

              append_squeezed (bullet, vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)));
              if (strstr (text->str, bullet->str) == NULL)
                fail ("bullet “%s” is not on the pages", bullet->str);
            }
        }
    }

  return 0;
}
