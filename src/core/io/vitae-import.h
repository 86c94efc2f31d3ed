/* vitae-import.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-types.h"

G_BEGIN_DECLS

typedef enum
{
  VITAE_IMPORT_UNKNOWN,
  VITAE_IMPORT_JSON,       /* JSON Resume as people write it, or FRESH */
  VITAE_IMPORT_PDF,
  VITAE_IMPORT_DOCX,
  VITAE_IMPORT_ODT,
  VITAE_IMPORT_LINKEDIN,   /* LinkedIn's data export, a .zip of CSV files */
} VitaeImportFormat;

/* A PDF with more pages than this is not a resume. */
#define VITAE_IMPORT_MAX_PAGES 50

VitaeImportFormat  vitae_import_format_from_path (const char         *path);
VitaeDocument     *vitae_import_bytes            (GBytes             *bytes,
                                                  VitaeImportFormat   format,
                                                  const char         *display,
                                                  GPtrArray          *notes,
                                                  GError            **error);
VitaeDocument     *vitae_import_file             (const char         *path,
                                                  GPtrArray          *notes,
                                                  GError            **error);
/* The structure of a resume from its lines (VitaeTextLine), vitae-import.c. */
VitaeDocument     *vitae_import_lines            (GPtrArray          *lines,
                                                  GPtrArray          *notes);
/* A date or a span of dates as resumes write them, as the importer reads
 * it (vitae-import.c). */
gboolean           vitae_import_read_dates       (const char         *text,
                                                  char              **start,
                                                  char              **end);
/* What an import could not place (vitae-import-unplaced.c). */
char              *vitae_import_source_text      (const char         *path);
GPtrArray         *vitae_import_unplaced_lines   (VitaeDocument      *document,
                                                  const char         *source_text);
/* LinkedIn's data export (vitae-linkedin.c). */
VitaeDocument     *vitae_linkedin_import         (GBytes             *zip,
                                                  GPtrArray          *notes,
                                                  GError            **error);

G_END_DECLS
