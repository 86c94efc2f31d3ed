/* bench-import.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a 2-page PDF: Vitae's export of tests/data/render/everything.json
 * (two pages in the classic template) read back into a resume with
 * vitae_import_bytes(), beside the peer, poppler's own text extraction of
 * the same bytes (poppler_document_new_from_bytes + poppler_page_get_text
 * on every page, what pdftotext does), and the DOCX import of the same
 * resume. Prints the median of 50 runs of each; the budget is 50 ms for
 * the PDF import.
 *
 * For bench-import-instr.sh, which counts instructions with callgrind:
 *   bench-import --save OUT.pdf   writes the PDF it imports
 *   bench-import --once [IN.pdf]  imports it (or IN.pdf) once after a
 *                                 warm-up run (poppler loaded, caches
 *                                 filled), in import_once(), and runs the
 *                                 peer once in peer_once()
 */

#include "config.h"

#include <locale.h>
#include <poppler.h>
#include <stdio.h>

#include "bench-common.h"
#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-import.h"

#define RUNS 50

static void
poppler_text (GBytes *bytes)
{
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, NULL);

  g_assert (document != NULL);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_object_unref (page);
    }
  g_object_unref (document);
}

/* What callgrind counts (--toggle-collect): one run each, warmed up. */
G_GNUC_NO_INLINE static void
import_once (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_bytes (bytes, VITAE_IMPORT_PDF, "bench", NULL, &error);

  g_assert_no_error (error);
}

G_GNUC_NO_INLINE static void
peer_once (GBytes *bytes)
{
  poppler_text (bytes);
}

static int
run_once (GBytes     *pdf,
          const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) warm = NULL;

  if (path != NULL)
    {
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);

      if (mapped == NULL)
        {
          fprintf (stderr, "bench-import: %s\n", error->message);
          return 1;
        }
      bytes = g_mapped_file_get_bytes (mapped);
    }
  else
    bytes = g_bytes_ref (pdf);
  /* (The warm-up, outside what is counted.) */
  g_clear_object (&warm);
  warm = vitae_import_bytes (bytes, VITAE_IMPORT_PDF, "bench", NULL, &error);
  g_assert_no_error (error);
  poppler_text (bytes);
  import_once (bytes);
  peer_once (bytes);
  return 0;
}

static double
time_import (GBytes            *bytes,
             VitaeImportFormat  format)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = now_ns (), elapsed;
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_import_bytes (bytes, format, "bench", NULL, &error);

      g_assert_no_error (error);
      elapsed = now_ns () - start;
      g_array_append_val (times, elapsed);
    }
  return median_ms (times);
}

int
main (int   argc,
      char *argv[])
{
  const char *root = g_getenv ("VITAE_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root ? root : ".", "tests", "data", "render", "everything.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GArray) peer = g_array_new (FALSE, FALSE, sizeof (gint64));
  PopplerDocument *check = NULL;
  int n_pages;
  VitaeRenderOptions options;
  double pdf_ms, docx_ms;

  setlocale (LC_ALL, "C.UTF-8");
  vitae_core_init ();

  document = vitae_document_load (path, &error);
  if (document == NULL)
    {
      fprintf (stderr, "bench-import: %s (run from the source tree or set VITAE_SOURCE_ROOT)\n", error->message);
      return 1;
    }
  vitae_render_options_init (&options);
  options.template_id = "classic";
  pdf = vitae_export_render (document, &options, VITAE_EXPORT_PDF, &error);
  g_assert_no_error (error);
  docx = vitae_export_render (document, &options, VITAE_EXPORT_DOCX, &error);
  g_assert_no_error (error);
  if (argc >= 3 && g_str_equal (argv[1], "--save"))
    {
      if (!g_file_set_contents (argv[2], g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
        {
          fprintf (stderr, "bench-import: %s\n", error->message);
          return 1;
        }
      return 0;
    }
  if (argc >= 2 && g_str_equal (argv[1], "--once"))
    return run_once (pdf, argc >= 3 ? argv[2] : NULL);

  check = poppler_document_new_from_bytes (pdf, NULL, NULL);
  n_pages = poppler_document_get_n_pages (check);
  g_object_unref (check);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = now_ns (), elapsed;

      poppler_text (pdf);
      elapsed = now_ns () - start;
      g_array_append_val (peer, elapsed);
    }
  pdf_ms = time_import (pdf, VITAE_IMPORT_PDF);
  docx_ms = time_import (docx, VITAE_IMPORT_DOCX);

  printf ("import of a %d-page PDF (%" G_GSIZE_FORMAT " bytes), median of %d runs:\n",
          n_pages, g_bytes_get_size (pdf), RUNS);
  printf ("  vitae_import_bytes (PDF)          %8.2f ms   (budget 50 ms)\n", pdf_ms);
  printf ("  peer: poppler text extraction     %8.2f ms\n", median_ms (peer));
  printf ("  vitae_import_bytes (DOCX, same)   %8.2f ms\n", docx_ms);

  return pdf_ms < 50 ? 0 : 1;
}
