/* vitae-io.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-types.h"
/* The formats, one header each; included here for the callers that read
 * and write through vitae-io.h. */
#include "vitae-json-resume.h"
#include "vitae-xml.h"

G_BEGIN_DECLS

/* Files larger than this are refused before they are read. */
#define VITAE_MAX_FILE_SIZE (16 * 1024 * 1024)
/* A loaded resume may have no field longer than this (bytes)... */
#define VITAE_MAX_FIELD_SIZE (64 * 1024)
/* ...and no more entries, nor more bullets, nor more list items (keywords,
 * courses, roles) in all, than this. */
#define VITAE_MAX_ITEMS 10000

/* Counts no resume comes near, refused in both formats before the document
 * is built: by a scan of the bytes before RELAX NG validation for .vitae,
 * and on the parsed arrays for JSON Resume (vitae-sanitize.c says why). A
 * two-page resume has 3–6 sections, 2–6 entries in each, 3–6 bullets per
 * entry and 5–15 keywords per skill group. */
#define VITAE_MAX_SECTIONS            100
#define VITAE_MAX_ENTRIES_PER_SECTION 1000
#define VITAE_MAX_BULLETS_PER_ENTRY   200
#define VITAE_MAX_ITEMS_PER_LIST      500
#define VITAE_MAX_PROFILES            100

typedef enum
{
  VITAE_LIMIT_SECTIONS,
  VITAE_LIMIT_ENTRIES_PER_SECTION,
  VITAE_LIMIT_BULLETS_PER_ENTRY,
  VITAE_LIMIT_ITEMS_PER_LIST,
  VITAE_LIMIT_PROFILES,
  VITAE_LIMIT_ENTRIES,
  VITAE_LIMIT_BULLETS,
  VITAE_LIMIT_LIST_ITEMS,
  VITAE_N_LIMITS
} VitaeLimit;

typedef enum
{
  VITAE_FORMAT_UNKNOWN,
  VITAE_FORMAT_VITAE,
  VITAE_FORMAT_JSON_RESUME,
  VITAE_FORMAT_TEXT,
  VITAE_FORMAT_PDF,
} VitaeFormat;

VitaeFormat    vitae_format_from_path      (const char     *path);

/* The largest count @limit allows, and the check of a @count against it:
 * the error says what is over the limit, after @where (the file name, and
 * the line or the place in the file). vitae-sanitize.c */
guint          vitae_limit_get_max         (VitaeLimit      limit);
gboolean       vitae_limit_check           (VitaeLimit      limit,
                                            guint           count,
                                            const char     *where,
                                            GError        **error);

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
/* In @format: VITAE, JSON_RESUME or TEXT. */
char          *vitae_document_serialize    (VitaeDocument  *document,
                                            VitaeFormat     format,
                                            gsize          *len,
                                            GError        **error);
/* By extension: .vitae, .json or .txt. */
gboolean       vitae_document_save         (VitaeDocument  *document,
                                            const char     *path,
                                            GError        **error);
/* The same with the write and its fsyncs in a worker thread; the document
 * is serialised in the calling thread, at the call. */
void           vitae_document_save_async   (VitaeDocument        *document,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean       vitae_document_save_finish  (GAsyncResult         *result,
                                            GError              **error);
void           vitae_write_file_atomic_async  (const char          *path,
                                               GBytes              *contents,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       vitae_write_file_atomic_finish (GAsyncResult        *result,
                                               GError             **error);

/* Plain text for ATS web forms (vitae-text-export.c) */
char          *vitae_text_export           (VitaeDocument  *document);

G_END_DECLS
