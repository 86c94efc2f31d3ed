/* vitae-autosave.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitae-autosave.h"
#include "vitae-error.h"
#include "vitae-document.h"
#include "vitae-io-private.h"
#include "vitae-xml.h"

/* Helpers */

/* Each slot has a lock file, SLOT.lock, that its writer keeps locked with
 * flock() for as long as it owns the slot.  The kernel drops the lock when
 * the process dies however it dies, so "is the writer alive" is answered by
 * trying to take the lock: process ids say nothing inside a PID namespace
 * (in Flatpak every launch is PID 2) and are reused anyway. */

G_LOCK_DEFINE_STATIC (held);
/* Held while a snapshot is written and while a slot is discarded, so that
 * a write in a worker thread never brings back a slot just discarded. */
G_LOCK_DEFINE_STATIC (writing);
/* lock path -> descriptor, for the slots this process writes */
static GHashTable *held;

static char *
slot_file (const char *dir,
           const char *slot,
           const char *suffix)
{
  g_autofree char *name = g_strconcat (slot, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Opens @path and takes its lock without waiting.  Returns the descriptor,
 * or -1 with errno set (EWOULDBLOCK: another open file holds it). */
static int
open_locked (const char *path,
             gboolean    create)
{
  struct stat fd_st, path_st;
  int fd;

  fd = g_open (path, O_RDWR | O_CLOEXEC | O_NOCTTY | (create ? O_CREAT : 0), 0600);
  if (fd < 0)
    return -1;

  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EINTR)
        continue;
      close (fd);
      errno = saved_errno;
      return -1;
    }

  /* Whoever held it may have removed the file before letting go: the lock
   * is only worth something on the file that still has this name. */
  if (fstat (fd, &fd_st) != 0 || stat (path, &path_st) != 0 ||
      fd_st.st_dev != path_st.st_dev || fd_st.st_ino != path_st.st_ino)
    {
      close (fd);
      errno = EWOULDBLOCK;
      return -1;
    }

  return fd;
}

static gboolean
hold_slot (const char  *dir,
           const char  *slot,
           GError     **error)
{
  g_autofree char *lock = slot_file (dir, slot, ".lock");
  gboolean ok = TRUE;

  G_LOCK (held);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_hash_table_contains (held, lock))
    {
      int fd = open_locked (lock, TRUE);

      if (fd >= 0)
        g_hash_table_insert (held, g_steal_pointer (&lock), GINT_TO_POINTER (fd));
      else
        {
          int saved_errno = errno;
          g_autofree char *display = vitae_display_name (lock);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not lock the autosave file “%s”: %s"), display, g_strerror (saved_errno));
          ok = FALSE;
        }
    }
  G_UNLOCK (held);

  return ok;
}

static void
release_slot (const char *lock)
{
  gpointer key, value;

  G_LOCK (held);
  if (held != NULL && g_hash_table_steal_extended (held, lock, &key, &value))
    {
      close (GPOINTER_TO_INT (value));
      g_free (key);
    }
  G_UNLOCK (held);
}

static gboolean
slot_is_held (const char *dir,
              const char *slot)
{
  g_autofree char *lock = slot_file (dir, slot, ".lock");
  gboolean is_held;

  G_LOCK (held);
  is_held = held != NULL && g_hash_table_contains (held, lock);
  G_UNLOCK (held);

  return is_held;
}

/* Writes the snapshot and its information file of a slot this process
 * holds; a slot discarded since is left alone. */
static gboolean
write_slot (const char  *dir,
            const char  *slot,
            GBytes      *snapshot_data,
            GBytes      *info_data,
            GError     **error)
{
  g_autofree char *snapshot = slot_file (dir, slot, ".vitae");
  g_autofree char *info = slot_file (dir, slot, ".ini");
  gsize snapshot_len, info_len;
  const char *snapshot_bytes = g_bytes_get_data (snapshot_data, &snapshot_len);
  const char *info_bytes = g_bytes_get_data (info_data, &info_len);
  gboolean ok;

  G_LOCK (writing);
  if (!slot_is_held (dir, slot))
    {
      G_UNLOCK (writing);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The autosave slot was discarded");
      return FALSE;
    }
  ok = vitae_write_file_atomic (snapshot, snapshot_bytes ? snapshot_bytes : "", snapshot_len, error) &&
       vitae_write_file_atomic (info, info_bytes ? info_bytes : "", info_len, error);
  G_UNLOCK (writing);

  return ok;
}

/* Holds the slot (creating the folder) and serialises what it will hold. */
static gboolean
prepare_slot (const char     *dir,
              const char     *slot,
              VitaeDocument  *document,
              const char     *original_path,
              GBytes        **snapshot_data,
              GBytes        **info_data,
              GError        **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  char *data;
  gsize len = 0;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = vitae_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the autosave folder “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (!hold_slot (dir, slot, error))
    return FALSE;

  data = vitae_xml_serialize (document, &len);
  *snapshot_data = g_bytes_new_take (data, len);

  if (original_path != NULL)
    g_key_file_set_string (keyfile, "autosave", "original", original_path);
  g_key_file_set_int64 (keyfile, "autosave", "saved-at", g_get_real_time () / G_USEC_PER_SEC);
  data = g_key_file_to_data (keyfile, &len, NULL);
  *info_data = g_bytes_new_take (data, len);

  return TRUE;
}

/* Public API */

/**
 * vitae_autosave_get_default_dir:
 *
 * Returns: (transfer full): the folder for snapshots, in the user's cache
 */
char *
vitae_autosave_get_default_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "vitae", "autosave", NULL);
}

/**
 * vitae_autosave_new_slot:
 *
 * The name is unique among processes without relying on the process id,
 * which is the same for every launch inside a PID namespace.
 *
 * Returns: (transfer full): a new slot name
 */
char *
vitae_autosave_new_slot (void)
{
  static guint counter;

  return g_strdup_printf ("%" G_GINT64_FORMAT "-%d-%u-%08x", g_get_real_time () / G_USEC_PER_SEC,
                          (int) getpid (), g_atomic_int_add (&counter, 1), g_random_int ());
}

/**
 * vitae_autosave_write:
 * @dir: the autosave folder, created if needed
 * @slot: the slot of the document
 * @document: the document to keep
 * @original_path: (nullable): the file the document belongs to
 * @error: a #GError
 *
 * Writes a snapshot atomically: a crash while writing leaves the previous
 * snapshot.  The first write of a slot locks it for the life of this process
 * (or until vitae_autosave_discard()), so that no other process takes the
 * snapshot for an orphan while this one is alive.
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_autosave_write (const char     *dir,
                      const char     *slot,
                      VitaeDocument  *document,
                      const char     *original_path,
                      GError        **error)
{
  g_autoptr(GBytes) snapshot_data = NULL;
  g_autoptr(GBytes) info_data = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);

  return prepare_slot (dir, slot, document, original_path, &snapshot_data, &info_data, error) &&
         write_slot (dir, slot, snapshot_data, info_data, error);
}

typedef struct
{
  char   *dir;
  char   *slot;
  GBytes *snapshot_data;
  GBytes *info_data;
} AutosaveJob;

static void
autosave_job_free (gpointer data)
{
  AutosaveJob *job = data;

  g_free (job->dir);
  g_free (job->slot);
  g_clear_pointer (&job->snapshot_data, g_bytes_unref);
  g_clear_pointer (&job->info_data, g_bytes_unref);
  g_free (job);
}

static gboolean
autosave_job_run (gpointer   data,
                  GError   **error)
{
  AutosaveJob *job = data;

  return write_slot (job->dir, job->slot, job->snapshot_data, job->info_data, error);
}

/**
 * vitae_autosave_write_async:
 * @dir: the autosave folder
 * @slot: a slot from vitae_autosave_new_slot()
 * @document: the document
 * @original_path: (nullable): the file the document came from
 * @cancellable: (nullable): cancels a write that has not begun
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Does what vitae_autosave_write() does, with the writes and their fsyncs
 * in a worker thread: the slot is taken and @document serialised at once,
 * in the calling thread. A slot discarded before the write begins is not
 * written (the result is then %G_IO_ERROR_CANCELLED); a discard waits for
 * a write that has begun.
 */
void
vitae_autosave_write_async (const char          *dir,
                            const char          *slot,
                            VitaeDocument       *document,
                            const char          *original_path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  AutosaveJob *job;

  g_return_if_fail (dir != NULL);
  g_return_if_fail (slot != NULL);
  g_return_if_fail (VITAE_IS_DOCUMENT (document));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vitae_autosave_write_async);

  job = g_new0 (AutosaveJob, 1);
  job->dir = g_strdup (dir);
  job->slot = g_strdup (slot);

  if (!prepare_slot (dir, slot, document, original_path, &job->snapshot_data, &job->info_data, &error))
    {
      autosave_job_free (job);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  _vitae_io_run_write (task, autosave_job_run, job, autosave_job_free);
}

/**
 * vitae_autosave_write_finish:
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: %TRUE when the snapshot was written
 */
gboolean
vitae_autosave_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  return _vitae_io_write_finish (result, error);
}

/**
 * vitae_autosave_discard:
 * @dir: the autosave folder
 * @slot: a slot
 *
 * Removes the slot's snapshot, once its document was saved or closed, and
 * lets go of its lock.
 */
void
vitae_autosave_discard (const char *dir,
                        const char *slot)
{
  g_autofree char *snapshot = NULL;
  g_autofree char *info = NULL;
  g_autofree char *lock = NULL;

  g_return_if_fail (dir != NULL);
  g_return_if_fail (slot != NULL);

  snapshot = slot_file (dir, slot, ".vitae");
  info = slot_file (dir, slot, ".ini");
  lock = slot_file (dir, slot, ".lock");
  /* After a write a worker thread began; before any it has not. */
  G_LOCK (writing);
  g_unlink (info);
  g_unlink (snapshot);
  /* A crash while a snapshot was written leaves its temporary file, which
   * no later save of another slot would remove. */
  vitae_write_file_cleanup (info);
  vitae_write_file_cleanup (snapshot);
  /* The lock goes last: while it is held nobody else looks at the slot. */
  g_unlink (lock);
  release_slot (lock);
  G_UNLOCK (writing);
}

/**
 * vitae_autosave_find_orphans:
 * @dir: the autosave folder
 *
 * Finds the snapshots whose writer is gone: their lock is free.  Each one
 * returned stays locked by this process until its item is freed (or its
 * slot discarded), so that two processes never offer the same snapshot.
 *
 * Returns: (transfer full) (element-type VitaeAutosaveItem): the snapshots
 *   whose process is gone, newest first
 */
GPtrArray *
vitae_autosave_find_orphans (const char *dir)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) vitae_autosave_item_free);
  g_autoptr(GDir) gdir = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(gdir = g_dir_open (dir, 0, NULL)))
    return g_steal_pointer (&items);

  while ((name = g_dir_read_name (gdir)))
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(VitaeAutosaveItem) item = NULL;
      g_autofree char *info = NULL;
      g_autofree char *slot = NULL;
      g_autofree char *lock = NULL;
      int lock_fd;

      if (!g_str_has_suffix (name, ".ini") || name[0] == '.')
        continue;

      slot = g_strndup (name, strlen (name) - strlen (".ini"));
      lock = slot_file (dir, slot, ".lock");

      /* A slot from before locks existed has no lock file: made here, it is
       * free, as its writer is long gone. */
      lock_fd = open_locked (lock, TRUE);
      if (lock_fd < 0)
        continue;

      item = g_new0 (VitaeAutosaveItem, 1);
      item->lock_fd = lock_fd;

      /* Discarded meanwhile by the writer that just let go. */
      info = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (keyfile, info, G_KEY_FILE_NONE, NULL))
        {
          if (!g_file_test (info, G_FILE_TEST_EXISTS))
            g_unlink (lock);
          continue;
        }

      item->slot = g_steal_pointer (&slot);
      item->snapshot_path = slot_file (dir, item->slot, ".vitae");
      item->original_path = g_key_file_get_string (keyfile, "autosave", "original", NULL);
      item->saved_at = g_key_file_get_int64 (keyfile, "autosave", "saved-at", NULL);

      if (g_file_test (item->snapshot_path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (items, g_steal_pointer (&item));
    }

  /* Newest first. */
  for (guint i = 1; i < items->len; i++)
    for (guint j = i; j > 0; j--)
      {
        VitaeAutosaveItem *a = g_ptr_array_index (items, j - 1);
        VitaeAutosaveItem *b = g_ptr_array_index (items, j);

        if (a->saved_at >= b->saved_at)
          break;
        items->pdata[j - 1] = b;
        items->pdata[j] = a;
      }

  return g_steal_pointer (&items);
}

/**
 * vitae_autosave_item_load:
 * @item: a snapshot
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the document of the snapshot, marked
 *   modified since it was never saved
 */
VitaeDocument *
vitae_autosave_item_load (VitaeAutosaveItem  *item,
                          GError            **error)
{
  VitaeDocument *document;

  g_return_val_if_fail (item != NULL, NULL);

  if (!(document = vitae_document_load (item->snapshot_path, error)))
    return NULL;

  vitae_document_set_modified (document, TRUE);

  return document;
}

void
vitae_autosave_item_free (VitaeAutosaveItem *item)
{
  if (item == NULL)
    return;

  if (item->lock_fd > 0)
    close (item->lock_fd);
  g_free (item->slot);
  g_free (item->snapshot_path);
  g_free (item->original_path);
  g_free (item);
}
