/* bench-export.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "vitae-core.h"
#include "vitae-pdf.h"
#include "vitae-render.h"

/* Prints the in-process medians that bench-export.sh puts beside the
 * whole-process figures: laying a resume out and rendering it to PDF bytes,
 * and redrawing page 1 onto an image surface as the preview does at 1.5×. */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return values[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeLayout) preview = NULL;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 50;
  double *layout_times, *render_times, *draw_times;
  cairo_surface_t *surface;
  double width, height;

  setlocale (LC_ALL, "");
  vitae_core_init ();

  if (argc < 2)
    {
      fprintf (stderr, "Usage: bench-export RESUME [RUNS]\n");
      return 2;
    }

  if (!(document = vitae_document_load (argv[1], &error)))
    {
      fprintf (stderr, "bench-export: %s\n", error->message);
      return 1;
    }

  layout_times = g_new (double, runs);
  render_times = g_new (double, runs);
  draw_times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(VitaeLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      gint64 t0, t1, t2;

      t0 = g_get_monotonic_time ();
      layout = vitae_layout_new (document, NULL);
      t1 = g_get_monotonic_time ();
      pdf = vitae_pdf_render (layout, NULL, NULL);
      t2 = g_get_monotonic_time ();
      g_assert (pdf != NULL);

      layout_times[i] = (t1 - t0) / 1000.0;
      render_times[i] = (t2 - t0) / 1000.0;
    }

  preview = vitae_layout_new (document, NULL);
  vitae_layout_get_page_size (preview, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.5), (int) (height * 1.5));
  for (guint i = 0; i < runs; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = g_get_monotonic_time ();

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 1.5, 1.5);
      vitae_layout_draw_page (preview, 0, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      draw_times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  cairo_surface_destroy (surface);

  printf ("pages                          %u\n", vitae_layout_get_n_pages (preview));
  printf ("layout (in process)            %.2f ms median of %u\n", median (layout_times, runs), runs);
  printf ("layout + PDF (in process)      %.2f ms median of %u\n", median (render_times, runs), runs);
  printf ("preview redraw of page 1       %.2f ms median of %u\n", median (draw_times, runs), runs);

  g_free (layout_times);
  g_free (render_times);
  g_free (draw_times);

  return 0;
}
