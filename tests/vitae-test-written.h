/* vitae-test-written.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A one-page PDF written by hand, its content stream given, for the
 * import tests that need the text layer just so (a symbol font's sign
 * that reads as a control character, spaces widened one by one):
 * shared by test-import-rows.c and test-import-label-column.c; and any
 * PDF of objects given, for test-import-contacts5.c's fonts of drawn
 * glyphs.
 */

#pragma once

#include <glib.h>
#include <string.h>

/* A PDF of the @n_objects objects @objects, numbered from 1 (the first
 * is the catalog), those from @first_stream on written as streams; the
 * cross-reference table and trailer around them. */
static inline GBytes *
written_pdf_objects (const char * const *objects,
                     guint               n_objects,
                     guint               first_stream)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize offset, xref;

  for (guint i = 0; i < n_objects; i++)
    {
      offset = pdf->len;
      g_array_append_val (offsets, offset);
      g_string_append_printf (pdf, "%u 0 obj\n", i + 1);
      if (i >= first_stream)
        g_string_append_printf (pdf, "<< /Length %zu >>\nstream\n%s\nendstream", strlen (objects[i]) + 1, objects[i]);
      else
        g_string_append (pdf, objects[i]);
      g_string_append (pdf, "\nendobj\n");
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer << /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          offsets->len + 1, xref);
  return g_string_free_to_bytes (pdf);
}

/* A one-page PDF written by hand around the content stream @content: its
 * fonts are /F1 (Helvetica), /F2 (Helvetica-Bold) and /F3, a font of
 * icons named @icon_font that is not embedded and reads as WinAnsi
 * letters (as icon fonts without a map to Unicode do); "MathSigns" has
 * one sign, at code 28, which reads as a control character. */
static inline GBytes *
written_pdf (const char *content,
             const char *icon_font)
{
  g_autofree char *icons =
    g_strdup_printf ("<< /Type /Font /Subtype /Type1 /BaseFont /%s %s >>", icon_font,
                     /* (a sign at code 28 named as no letter is, as wide as a letter) */
                     g_str_equal (icon_font, "MathSigns")
                       ? "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ 28 /lessmuch ] >> "
                         "/FirstChar 28 /LastChar 28 /Widths [ 700 ]"
                       : "/Encoding /WinAnsiEncoding");
  const char *objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [ 3 0 R ] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    "/Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    icons,
    content,
  };

  return written_pdf_objects (objects, G_N_ELEMENTS (objects), 6);
}
