/* vitae-text-reader-pdf-surface.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The images a page's parts are rendered on to look for what the text
 * layer does not tell (drawn marks, bars): bounded, so that a hostile
 * page's size cannot ask for gigabytes. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <cairo.h>

#include "vitae-text-reader-private.h"

#define MAX_PIXELS 8000

/* An image of @width by @height pixels to render a part of a page on,
 * or NULL when a side is longer than MAX_PIXELS (a hostile page's size)
 * or it cannot be made. */
cairo_surface_t *
_vitae_pdf_new_surface (double width,
                        double height)
{
  cairo_surface_t *surface;

  if (width > MAX_PIXELS || height > MAX_PIXELS)
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

/* As _vitae_pdf_new_surface(), for a caller that paints every pixel
 * before it draws: its pixels are not cleared first (at 3 pixels a point
 * a page's height of places is megabytes). */
cairo_surface_t *
_vitae_pdf_new_paper (double width,
                      double height)
{
  static const cairo_user_data_key_t key;
  cairo_surface_t *surface;
  guchar *data;
  int stride;

  if (width > MAX_PIXELS || height > MAX_PIXELS)
    return NULL;
  stride = cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, (int) width);
  data = stride > 0 && (int) height > 0 ? g_try_malloc ((gsize) stride * (int) height) : NULL;
  if (data == NULL)
    return NULL;
  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_RGB24, (int) width, (int) height, stride);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_set_user_data (surface, &key, data, g_free) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_free (data);
      return NULL;
    }
  return surface;
}
