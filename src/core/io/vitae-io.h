/* vitae-io.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-types.h"

G_BEGIN_DECLS

/* Files larger than this are refused before they are read. */
#define VITAE_MAX_FILE_SIZE (16 * 1024 * 1024)
/* A loaded resume may have no field longer than this (bytes)... */
#define VITAE_MAX_FIELD_SIZE (64 * 1024)
/* ...and no more entries, nor more bullets, than this. */
#define VITAE_MAX_ITEMS 10000

typedef enum
{
  VITAE_FORMAT_UNKNOWN,
  VITAE_FORMAT_VITAE,
  VITAE_FORMAT_JSON_RESUME,
  VITAE_FORMAT_TEXT,
  VITAE_FORMAT_PDF,
} VitaeFormat;

VitaeFormat    vitae_format_from_path      (const char     *path);

/* Reads a whole file of at most VITAE_MAX_FILE_SIZE bytes, checking that it
 * is a regular file and valid UTF-8. Errors name the file. */
gboolean       vitae_read_text_file        (const char     *path,
                                            char          **contents,
                                            gsize          *length,
                                            GError        **error);
/* Writes atomically: a temporary file in the same folder, fsync, rename. On
 * failure the old file, if any, is left as it was. */
gboolean       vitae_write_file_atomic     (const char     *path,
                                            const char     *contents,
                                            gssize          length,
                                            GError        **error);
/* Removes the temporary files that killed saves of @path left behind. */
void           vitae_write_file_cleanup    (const char     *path);

/* By extension: .vitae or .json. */
VitaeDocument *vitae_document_load         (const char     *path,
                                            GError        **error);
/* The same, adding to @notes one line per change made to what the file
 * holds (vitae-sanitize.c), for the user to read. */
VitaeDocument *vitae_document_load_full    (const char     *path,
                                            GPtrArray      *notes,
                                            GError        **error);
/* The rules every loaded document follows (vitae-sanitize.c). */
gboolean       vitae_document_sanitize     (VitaeDocument  *document,
                                            const char     *display,
                                            GPtrArray      *notes,
                                            GError        **error);
/* By extension: .vitae, .json or .txt. */
gboolean       vitae_document_save         (VitaeDocument  *document,
                                            const char     *path,
                                            GError        **error);

/* .vitae XML (vitae-xml.c) */
VitaeDocument *vitae_xml_parse             (const char     *data,
                                            gsize           length,
                                            const char     *filename,
                                            GError        **error);
char          *vitae_xml_serialize         (VitaeDocument  *document,
                                            gsize          *length);

/* JSON Resume v1.0.0 (vitae-json-resume.c) */
VitaeDocument *vitae_json_resume_parse     (const char     *data,
                                            gsize           length,
                                            const char     *filename,
                                            GError        **error);
char          *vitae_json_resume_serialize (VitaeDocument  *document,
                                            gsize          *length);

/* Plain text for ATS web forms (vitae-text-export.c) */
char          *vitae_text_export           (VitaeDocument  *document);

G_END_DECLS
