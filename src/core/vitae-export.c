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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-export.h"
#include "vitae-io.h"
#include "vitae-office.h"
#include "vitae-pdf.h"

static const struct
{
  VitaeExportFormat  format;
  const char        *extension;
} extensions[] = {
  { VITAE_EXPORT_PDF,         ".pdf" },
  { VITAE_EXPORT_DOCX,        ".docx" },
  { VITAE_EXPORT_ODT,         ".odt" },
  { VITAE_EXPORT_TEXT,        ".txt" },
  { VITAE_EXPORT_JSON_RESUME, ".json" },
};

/**
 * vitae_export_format_from_path:
 * @path: an output file name
 *
 * Returns: the format its extension names, any case
 */
VitaeExportFormat
vitae_export_format_from_path (const char *path)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, VITAE_EXPORT_UNKNOWN);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i].extension))
      return extensions[i].format;

  return VITAE_EXPORT_UNKNOWN;
}

/**
 * vitae_export_format_get_extension:
 * @format: an export format
 *
 * Returns: its file name extension with the dot, ".docx", or %NULL
 */
const char *
vitae_export_format_get_extension (VitaeExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (extensions[i].format == format)
      return extensions[i].extension;

  return NULL;
}

/**
 * vitae_export_render:
 * @document: the resume
 * @options: (nullable): how to lay it out (PDF, DOCX, ODT)
 * @format: the output format
 * @error: a #GError
 *
 * Makes the whole output in memory, so that a failure writes nothing.
 *
 * Returns: (transfer full) (nullable): the output's bytes
 */
GBytes *
vitae_export_render (VitaeDocument             *document,
                     const VitaeRenderOptions  *options,
                     VitaeExportFormat          format,
                     GError                   **error)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  switch (format)
    {
    case VITAE_EXPORT_PDF:
      {
        g_autoptr(VitaeLayout) layout = vitae_layout_new (document, options);

        return vitae_pdf_render (layout, options, error);
      }

    case VITAE_EXPORT_DOCX:
      return vitae_docx_render (document, options, error);

    case VITAE_EXPORT_ODT:
      return vitae_odt_render (document, options, error);

    case VITAE_EXPORT_TEXT:
      {
        char *text = vitae_text_export (document);

        return g_bytes_new_take (text, strlen (text));
      }

    case VITAE_EXPORT_JSON_RESUME:
      {
        gsize length = 0;
        char *json = vitae_json_resume_serialize (document, &length);

        return g_bytes_new_take (json, length);
      }

    case VITAE_EXPORT_UNKNOWN:
    default:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO,
                   _("Unknown export format: use .pdf, .docx, .odt, .txt or .json"));
      return NULL;
    }
}

/**
 * vitae_export_to_file:
 * @document: the resume
 * @options: (nullable): how to lay it out
 * @format: the output format
 * @path: the file to write
 * @error: a #GError
 *
 * Writes @document to @path atomically (see vitae_write_file_atomic()).
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_export_to_file (VitaeDocument             *document,
                      const VitaeRenderOptions  *options,
                      VitaeExportFormat          format,
                      const char                *path,
                      GError                   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = vitae_export_render (document, options, format, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  return vitae_write_file_atomic (path, data, size, error);
}

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
