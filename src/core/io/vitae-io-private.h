/* vitae-io-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-io.h"

G_BEGIN_DECLS

/* What the readers and writers of io/ share (vitae-io.c). */

/* Refuses @length above VITAE_MAX_FILE_SIZE, naming @filename. */
gboolean _vitae_io_check_size        (gsize           length,
                                      const char     *filename,
                                      GError        **error);
/* Sets @error to VITAE_ERROR_INVALID with "@where: " and the message. */
void     _vitae_io_set_invalid_valist (GError        **error,
                                       const char     *where,
                                       const char     *format,
                                       va_list         args) G_GNUC_PRINTF (3, 0);
/* A document just read: an empty history, and unmodified. */
void     _vitae_io_mark_loaded       (VitaeDocument  *document);

/* A write that runs in a worker thread: what it writes was prepared in the
 * calling thread, and it runs to its end once begun. */
typedef gboolean (*VitaeIoWriteFunc) (gpointer   job,
                                      GError   **error);

/* Runs @func on @job in a worker thread for @task, unless @task's
 * cancellable is cancelled first; @free_job frees @job with @task. */
void     _vitae_io_run_write         (GTask            *task,
                                      VitaeIoWriteFunc  func,
                                      gpointer          job,
                                      GDestroyNotify    free_job);
gboolean _vitae_io_write_finish      (GAsyncResult     *result,
                                      GError          **error);

G_END_DECLS
