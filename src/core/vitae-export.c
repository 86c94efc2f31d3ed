/* vitae-export.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where the pipeline's stages meet: the renderer makes the bytes of an
 * output format, io writes them.  Neither stage includes the other (see
 * HACKING.md), so their joins live here, beside the umbrella header. */

#define G_LOG_DOMAIN "vitae-export"

#include "config.h"

#include "vitae-export.h"
#include "vitae-io.h"
#include "vitae-pdf.h"

/**
 * vitae_pdf_export:
 * @document: the resume
 * @options: (nullable): how to lay it out
 * @path: the PDF file to write
 * @error: a #GError
 *
 * Lays @document out and writes it to @path atomically: the whole PDF is
 * made first, then written to a temporary file in the same folder, flushed
 * and renamed, so a failure never leaves a partial PDF nor harms an existing
 * file.
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_pdf_export (VitaeDocument             *document,
                  const VitaeRenderOptions  *options,
                  const char                *path,
                  GError                   **error)
{
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = vitae_layout_new (document, options);
  if (!(pdf = vitae_pdf_render (layout, options, error)))
    return FALSE;

  data = g_bytes_get_data (pdf, &size);

  return vitae_write_file_atomic (path, data, size, error);
}
