/* vitae-export.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-document.h"
#include "vitae-render.h"

G_BEGIN_DECLS

/* What a resume can be exported as, chosen by the output's extension. */
typedef enum
{
  VITAE_EXPORT_UNKNOWN,
  VITAE_EXPORT_PDF,
  VITAE_EXPORT_DOCX,
  VITAE_EXPORT_ODT,
  VITAE_EXPORT_TEXT,
  VITAE_EXPORT_JSON_RESUME,
} VitaeExportFormat;

VitaeExportFormat  vitae_export_format_from_path     (const char                *path);
const char        *vitae_export_format_get_extension (VitaeExportFormat          format);
GBytes            *vitae_export_render               (VitaeDocument             *document,
                                                      const VitaeRenderOptions  *options,
                                                      VitaeExportFormat          format,
                                                      GError                   **error);
gboolean           vitae_export_to_file              (VitaeDocument             *document,
                                                      const VitaeRenderOptions  *options,
                                                      VitaeExportFormat          format,
                                                      const char                *path,
                                                      GError                   **error);
gboolean           vitae_pdf_export                  (VitaeDocument             *document,
                                                      const VitaeRenderOptions  *options,
                                                      const char                *path,
                                                      GError                   **error);

G_END_DECLS
