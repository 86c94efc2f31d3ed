/* vitae-autosave.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "vitae-autosave.h"
#include "vitae-document.h"
#include "vitae-io.h"

/* Helpers */

static gboolean
process_is_alive (gint64 pid)
{
  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (pid == getpid ())
    return TRUE;

  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static char *
slot_file (const char *dir,
           const char *slot,
           const char *suffix)
{
  g_autofree char *name = g_strconcat (slot, suffix, NULL);

  return g_build_filename (dir, name, NULL);
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
 * Returns: (transfer full): a slot name unique to this process
 */
char *
vitae_autosave_new_slot (void)
{
  static guint counter;

  return g_strdup_printf ("%d-%u-%" G_GINT64_FORMAT, (int) getpid (),
                          g_atomic_int_add (&counter, 1), g_get_real_time () / G_USEC_PER_SEC);
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
 * snapshot.
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
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *snapshot = NULL;
  g_autofree char *info = NULL;
  g_autofree char *data = NULL;
  g_autofree char *ini = NULL;
  gsize len = 0;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the autosave folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  snapshot = slot_file (dir, slot, ".vitae");
  info = slot_file (dir, slot, ".ini");

  data = vitae_xml_serialize (document, &len);
  if (!vitae_write_file_atomic (snapshot, data, len, error))
    return FALSE;

  if (original_path != NULL)
    g_key_file_set_string (keyfile, "autosave", "original", original_path);
  g_key_file_set_int64 (keyfile, "autosave", "saved-at", g_get_real_time () / G_USEC_PER_SEC);
  ini = g_key_file_to_data (keyfile, &len, NULL);

  return vitae_write_file_atomic (info, ini, len, error);
}

/**
 * vitae_autosave_discard:
 * @dir: the autosave folder
 * @slot: a slot
 *
 * Removes the slot's snapshot, once its document was saved or closed.
 */
void
vitae_autosave_discard (const char *dir,
                        const char *slot)
{
  g_autofree char *snapshot = NULL;
  g_autofree char *info = NULL;

  g_return_if_fail (dir != NULL);
  g_return_if_fail (slot != NULL);

  snapshot = slot_file (dir, slot, ".vitae");
  info = slot_file (dir, slot, ".ini");
  g_unlink (info);
  g_unlink (snapshot);
  /* A crash while a snapshot was written leaves its temporary file, which
   * no later save of another slot would remove. */
  vitae_write_file_cleanup (info);
  vitae_write_file_cleanup (snapshot);
}

/**
 * vitae_autosave_find_orphans:
 * @dir: the autosave folder
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
      gint64 pid;

      if (!g_str_has_suffix (name, ".ini"))
        continue;

      slot = g_strndup (name, strlen (name) - strlen (".ini"));
      pid = g_ascii_strtoll (slot, NULL, 10);
      if (process_is_alive (pid))
        continue;

      info = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (keyfile, info, G_KEY_FILE_NONE, NULL))
        continue;

      item = g_new0 (VitaeAutosaveItem, 1);
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

  g_free (item->slot);
  g_free (item->snapshot_path);
  g_free (item->original_path);
  g_free (item);
}
