/* test-save-async.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-core.h"

/*
 * Saving and autosaving with the writes in a worker thread
 * (vitae_document_save_async(), vitae_autosave_write_async()): the file
 * holds what the synchronous save writes, as the document was at the call;
 * a cancelled save writes nothing; a slot discarded while its snapshot is
 * being written is not brought back; failures come back as errors.
 */

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} Wait;

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Wait *wait = data;

  if (g_task_get_source_tag (G_TASK (result)) == (gpointer) vitae_autosave_write_async)
    wait->ok = vitae_autosave_write_finish (result, &wait->error);
  else
    wait->ok = vitae_document_save_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static VitaeDocument *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "senior-backend.vitae", NULL);
  VitaeDocument *document = vitae_document_load (path, &error);

  g_assert_no_error (error);
  return document;
}

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("vitae-test-save-async-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

static void
test_save (void)
{
  g_autoptr(VitaeDocument) document = load_sample ();
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "async.vitae", NULL);
  g_autofree char *sync_path = g_build_filename (folder, "sync.vitae", NULL);
  g_autofree char *json = g_build_filename (folder, "async.json", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  g_assert_true (vitae_document_save (document, sync_path, &error));
  g_assert_no_error (error);

  vitae_document_save_async (document, path, NULL, done_cb, &wait);
  /* Changed after the call: not in the file. */
  vitae_node_set_text (VITAE_NODE (document), "name", "Someone Else");
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_true (g_file_get_contents (sync_path, &expected, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  /* JSON Resume by its extension, like the synchronous save. */
  vitae_document_save_async (document, json, NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_true (g_file_test (json, G_FILE_TEST_IS_REGULAR));

  g_unlink (path);
  g_unlink (sync_path);
  g_unlink (json);
  g_rmdir (folder);
  g_main_loop_unref (wait.loop);
}

static void
test_errors (void)
{
  g_autoptr(VitaeDocument) document = load_sample ();
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "cancelled.vitae", NULL);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "resume.vitae", NULL);
  g_autofree char *pdf = g_build_filename (folder, "resume.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait wait = { g_main_loop_new (NULL, FALSE), TRUE, NULL };

  g_cancellable_cancel (cancellable);
  vitae_document_save_async (document, path, cancellable, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (wait.ok);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&wait.error);

  vitae_document_save_async (document, missing, NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_nonnull (wait.error);
  g_assert_false (wait.ok);
  g_clear_error (&wait.error);

  wait.ok = TRUE;
  vitae_document_save_async (document, pdf, NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_error (wait.error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED);
  g_assert_false (wait.ok);
  g_clear_error (&wait.error);

  g_rmdir (folder);
  g_main_loop_unref (wait.loop);
}

static void
test_autosave (void)
{
  g_autoptr(VitaeDocument) document = load_sample ();
  g_autofree char *folder = make_folder ();
  g_autofree char *dir = g_build_filename (folder, "autosave", NULL);
  g_autofree char *slot = vitae_autosave_new_slot ();
  g_autofree char *snapshot = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  vitae_autosave_write_async (dir, slot, document, "/somewhere/resume.vitae", NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);

  snapshot = g_strconcat (dir, G_DIR_SEPARATOR_S, slot, ".vitae", NULL);
  info = g_strconcat (dir, G_DIR_SEPARATOR_S, slot, ".ini", NULL);
  g_assert_true (g_file_test (snapshot, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (info, G_FILE_TEST_IS_REGULAR));

  /* Discarded at once, while the worker may be writing or about to: the
   * snapshot stays gone. */
  for (guint i = 0; i < 20; i++)
    {
      vitae_autosave_write_async (dir, slot, document, NULL, NULL, done_cb, &wait);
      vitae_autosave_discard (dir, slot);
      g_main_loop_run (wait.loop);
      if (!wait.ok)
        g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&wait.error);
      g_assert_false (g_file_test (snapshot, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (info, G_FILE_TEST_EXISTS));
    }

  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 0);

  g_rmdir (dir);
  g_rmdir (folder);
  g_main_loop_unref (wait.loop);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/save-async/save", test_save);
  g_test_add_func ("/vitae/save-async/errors", test_errors);
  g_test_add_func ("/vitae/save-async/autosave", test_autosave);

  return g_test_run ();
}
