/* vitae-io.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitae-document.h"
#include "vitae-error.h"
#include "vitae-history.h"
#include "vitae-io-private.h"
#include "vitae-json-resume.h"
#include "vitae-xml.h"

/**
 * vitae_format_from_path:
 * @path: a file name
 *
 * Returns: the format that the extension of @path stands for
 */
VitaeFormat
vitae_format_from_path (const char *path)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, VITAE_FORMAT_UNKNOWN);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".vitae"))
    return VITAE_FORMAT_VITAE;
  if (g_str_has_suffix (lower, ".json"))
    return VITAE_FORMAT_JSON_RESUME;
  if (g_str_has_suffix (lower, ".txt"))
    return VITAE_FORMAT_TEXT;
  if (g_str_has_suffix (lower, ".pdf"))
    return VITAE_FORMAT_PDF;

  return VITAE_FORMAT_UNKNOWN;
}

/**
 * vitae_read_text_file:
 * @path: the file to read
 * @contents: (out): the bytes of the file, nul-terminated
 * @length: (out) (optional): their number
 * @error: a #GError
 *
 * Reads a whole regular file of at most %VITAE_MAX_FILE_SIZE bytes of valid
 * UTF-8. The size is checked before anything is read, so a huge file is
 * refused at once.
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_read_text_file (const char  *path,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  g_autofree char *display = NULL;
  g_autofree char *data = NULL;
  const char *bad = NULL;
  GStatBuf st;
  gsize len = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  display = vitae_display_name (path);

  /* Open first and check the descriptor, so what we measure is what we read. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not open “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  /* A failed fstat() leaves st undefined: take it as "not a regular file". */
  if (fstat (fd, &st) != 0)
    st.st_mode = 0;

  if (!S_ISREG (st.st_mode))
    {
      gboolean is_dir = S_ISDIR (st.st_mode);

      close (fd);
      g_set_error (error, G_FILE_ERROR, is_dir ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   is_dir ? _("“%s” is a folder, not a file") : _("“%s” is not a regular file"),
                   display);
      return FALSE;
    }

  if (st.st_size > VITAE_MAX_FILE_SIZE)
    {
      close (fd);
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("“%s” is too large: resumes are refused above %d MB"),
                   display, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* Read one byte more than allowed, in case the file grew meanwhile. */
  data = g_malloc ((gsize) st.st_size + 2);
  while (len <= (gsize) st.st_size)
    {
      gssize r = read (fd, data + len, (gsize) st.st_size + 1 - len);

      if (r < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (r < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not read “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      if (r == 0)
        break;
      len += r;
    }
  close (fd);

  if (len > (gsize) st.st_size || len > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("“%s” changed while it was read"), display);
      return FALSE;
    }
  data[len] = '\0';

  if (len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("“%s” is empty"), display);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_autofree char *prefix = g_strndup (data, bad - data);
      guint line = 1;

      for (const char *p = prefix; *p; p++)
        line += (*p == '\n');

      g_set_error (error, VITAE_ERROR, VITAE_ERROR_ENCODING,
                   /* Translators: %s is a file name, %u a line number */
                   _("“%s” is not valid UTF-8 text (line %u)"), display, line);
      return FALSE;
    }

  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = len;

  return TRUE;
}

/**
 * vitae_document_load:
 * @path: a .vitae or .json file
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the document, unmodified, with an
 *   empty history
 */
VitaeDocument *
vitae_document_load (const char  *path,
                     GError     **error)
{
  return vitae_document_load_full (path, NULL, error);
}

/**
 * vitae_document_load_full:
 * @path: a .vitae or .json file
 * @notes: (nullable) (element-type utf8): where to add one line for each
 *   change made to what the file holds, such as invisible characters removed
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the document, unmodified, with an
 *   empty history
 */
VitaeDocument *
vitae_document_load_full (const char  *path,
                          GPtrArray   *notes,
                          GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display = NULL;
  VitaeDocument *document = NULL;
  VitaeFormat format;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display = vitae_display_name (path);
  format = vitae_format_from_path (path);
  if (format != VITAE_FORMAT_VITAE && format != VITAE_FORMAT_JSON_RESUME)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   _("Cannot open “%s”: Vitae opens .vitae and JSON Resume (.json) files"),
                   display);
      return NULL;
    }

  if (!vitae_read_text_file (path, &data, &len, error))
    return NULL;

  if (format == VITAE_FORMAT_VITAE)
    document = vitae_xml_parse (data, len, display, error);
  else
    document = vitae_json_resume_parse_full (data, len, display, notes, error);

  if (document != NULL && !vitae_document_sanitize (document, display, notes, error))
    g_clear_object (&document);

  if (document != NULL)
    _vitae_io_mark_loaded (document);

  return document;
}

/**
 * vitae_document_serialize:
 * @document: a document
 * @format: .vitae, JSON Resume or plain text
 * @len: (out): the length of what is returned
 * @error: a #GError, set for a format that is not written this way
 *
 * Returns: (transfer full) (nullable): @document in @format
 */
char *
vitae_document_serialize (VitaeDocument  *document,
                          VitaeFormat     format,
                          gsize          *len,
                          GError        **error)
{
  char *data;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (len != NULL, NULL);

  switch (format)
    {
    case VITAE_FORMAT_VITAE:
      return vitae_xml_serialize (document, len);

    case VITAE_FORMAT_JSON_RESUME:
      return vitae_json_resume_serialize (document, len);

    case VITAE_FORMAT_TEXT:
      data = vitae_text_export (document);
      *len = strlen (data);
      return data;

    case VITAE_FORMAT_PDF:
    case VITAE_FORMAT_UNKNOWN:
    default:
      /* A caller's mistake: PDF is rendered, not serialised. */
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   "vitae_document_serialize(): format %d is not serialised", (int) format);
      return NULL;
    }
}

static char *
serialize_for_path (VitaeDocument  *document,
                    const char     *path,
                    gsize          *len,
                    GError        **error)
{
  VitaeFormat format = vitae_format_from_path (path);
  g_autofree char *display = NULL;

  if (format == VITAE_FORMAT_VITAE || format == VITAE_FORMAT_JSON_RESUME || format == VITAE_FORMAT_TEXT)
    return vitae_document_serialize (document, format, len, error);

  display = vitae_display_name (path);
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
               _("Cannot write “%s”: use a .vitae, .json or .txt file name"),
               display);
  return NULL;
}

/**
 * vitae_document_save:
 * @document: a #VitaeDocument
 * @path: a .vitae, .json or .txt file
 * @error: a #GError
 *
 * Writes @document atomically in the format the extension of @path names.
 * It does not change the modified state: the caller knows whether the file
 * is the document's own.
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_document_save (VitaeDocument  *document,
                     const char     *path,
                     GError        **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(data = serialize_for_path (document, path, &len, error)))
    return FALSE;

  return vitae_write_file_atomic (path, data, len, error);
}

typedef struct
{
  char   *path;
  GBytes *contents;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_free (job->path);
  g_bytes_unref (job->contents);
  g_free (job);
}

static gboolean
write_job_run (gpointer   data,
               GError   **error)
{
  WriteJob *job = data;
  gsize size;
  const char *contents = g_bytes_get_data (job->contents, &size);

  return vitae_write_file_atomic (job->path, contents ? contents : "", size, error);
}

/**
 * vitae_write_file_atomic_async:
 * @path: the file to write
 * @contents: what to write
 * @cancellable: (nullable): cancels a write that has not begun
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Does what vitae_write_file_atomic() does (write, fsync, rename, fsync of
 * the folder) in a worker thread, so that the caller's main loop goes on.
 */
void
vitae_write_file_atomic_async (const char          *path,
                               GBytes              *contents,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (contents != NULL);

  job = g_new0 (WriteJob, 1);
  job->path = g_strdup (path);
  job->contents = g_bytes_ref (contents);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vitae_write_file_atomic_async);
  _vitae_io_run_write (task, write_job_run, job, write_job_free);
}

/**
 * vitae_write_file_atomic_finish:
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: %TRUE when the file was written
 */
gboolean
vitae_write_file_atomic_finish (GAsyncResult  *result,
                                GError       **error)
{
  return _vitae_io_write_finish (result, error);
}

/**
 * vitae_document_save_async:
 * @document: a document
 * @path: a .vitae, .json or .txt file
 * @cancellable: (nullable): cancels a write that has not begun
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Serialises @document at once, in the calling thread (the document is not
 * thread-safe; this takes a few milliseconds even for a long resume), then
 * writes it atomically in a worker thread, where the fsyncs wait for the
 * disk. Changes made to @document after the call are not in the file.
 */
void
vitae_document_save_async (VitaeDocument       *document,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize len = 0;

  g_return_if_fail (VITAE_IS_DOCUMENT (document));
  g_return_if_fail (path != NULL);

  if (!(data = serialize_for_path (document, path, &len, &error)))
    {
      g_task_report_error (NULL, callback, user_data, vitae_write_file_atomic_async,
                           g_steal_pointer (&error));
      return;
    }

  bytes = g_bytes_new_take (data, len);
  vitae_write_file_atomic_async (path, bytes, cancellable, callback, user_data);
}

/**
 * vitae_document_save_finish:
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: %TRUE when the document was written
 */
gboolean
vitae_document_save_finish (GAsyncResult  *result,
                            GError       **error)
{
  return vitae_write_file_atomic_finish (result, error);
}

/* Shared by the readers and writers of io/ (vitae-io-private.h) */

gboolean
_vitae_io_check_size (gsize        length,
                      const char  *filename,
                      GError     **error)
{
  if (length <= VITAE_MAX_FILE_SIZE)
    return TRUE;

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
               /* Translators: %s is a file name, %d a number of megabytes */
               _("%s: the file is too large: resumes are refused above %d MB"),
               filename, VITAE_MAX_FILE_SIZE / (1024 * 1024));
  return FALSE;
}

void
_vitae_io_set_invalid_valist (GError     **error,
                              const char  *where,
                              const char  *format,
                              va_list      args)
{
  g_autofree char *reason = g_strdup_vprintf (format, args);

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID, "%s: %s", where, reason);
}

void
_vitae_io_mark_loaded (VitaeDocument *document)
{
  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);
}

typedef struct
{
  VitaeIoWriteFunc func;
  gpointer         job;
  GDestroyNotify   free_job;
} ThreadWrite;

static void
thread_write_free (gpointer data)
{
  ThreadWrite *write = data;

  write->free_job (write->job);
  g_free (write);
}

static void
thread_write_cb (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ThreadWrite *write = task_data;
  GError *error = NULL;

  /* Once begun, a write runs to its end: it is atomic either way. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (write->func (write->job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
_vitae_io_run_write (GTask            *task,
                     VitaeIoWriteFunc  func,
                     gpointer          job,
                     GDestroyNotify    free_job)
{
  ThreadWrite *write = g_new0 (ThreadWrite, 1);

  write->func = func;
  write->job = job;
  write->free_job = free_job;
  g_task_set_task_data (task, write, thread_write_free);
  g_task_run_in_thread (task, thread_write_cb);
}

gboolean
_vitae_io_write_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
