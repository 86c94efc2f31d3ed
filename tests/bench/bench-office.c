/* bench-office.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOCX and ODT export beside the PDF's, in process, on the same resume:
 * the budget is within 2x of the PDF.  Also the parse check (export, read
 * back, compare) for each, which the window runs on demand.
 *
 *   bench-office RESUME [RUNS]
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "bench-common.h"
#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-parse-check.h"

static double
time_export (VitaeDocument     *document,
             VitaeExportFormat  format,
             guint              runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      gint64 t0 = now_ns (), t;

      bytes = vitae_export_render (document, NULL, format, NULL);
      g_assert (bytes != NULL);
      t = now_ns () - t0;
      g_array_append_val (times, t);
    }

  return median_ms (times);
}

static double
time_parse_check (VitaeDocument     *document,
                  VitaeExportFormat  format,
                  guint              runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GPtrArray) differences = NULL;
      gint64 t0 = now_ns (), t;

      differences = vitae_parse_check (document, NULL, format, NULL, NULL);
      g_assert (differences != NULL);
      t = now_ns () - t0;
      g_array_append_val (times, t);
    }

  return median_ms (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 21;
  double pdf, docx, odt;

  setlocale (LC_ALL, "");
  vitae_core_init ();

  if (argc < 2)
    {
      fprintf (stderr, "Usage: bench-office RESUME [RUNS]\n");
      return 2;
    }
  if (!(document = vitae_document_load (argv[1], &error)))
    {
      fprintf (stderr, "bench-office: %s\n", error->message);
      return 1;
    }
  runs = MAX (runs, 1);

  /* Warm the font caches once, as any export after the first finds them. */
  g_bytes_unref (vitae_export_render (document, NULL, VITAE_EXPORT_PDF, NULL));

  pdf = time_export (document, VITAE_EXPORT_PDF, runs);
  docx = time_export (document, VITAE_EXPORT_DOCX, runs);
  odt = time_export (document, VITAE_EXPORT_ODT, runs);

  printf ("PDF export (layout + PDF)      %.2f ms median of %u\n", pdf, runs);
  printf ("DOCX export                    %.2f ms median of %u   %.2fx the PDF (budget <= 2x)\n",
          docx, runs, docx / pdf);
  printf ("ODT export                     %.2f ms median of %u   %.2fx the PDF (budget <= 2x)\n",
          odt, runs, odt / pdf);
  printf ("parse check, PDF               %.2f ms median of %u\n",
          time_parse_check (document, VITAE_EXPORT_PDF, runs), runs);
  printf ("parse check, DOCX              %.2f ms median of %u\n",
          time_parse_check (document, VITAE_EXPORT_DOCX, runs), runs);

  return 0;
}
