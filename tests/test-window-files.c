/* test-window-files.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Lose nothing" in the window: opening over unsaved work asks first, a file
 * changed on disk is not overwritten silently, a failing autosave says so,
 * Discard drops only the snapshot it names, a restored snapshot goes to the
 * one window showing its file, and Save As keeps the name the chooser gave.
 *
 * Set VITAE_SCREENSHOT_DIR to keep a picture of each banner and dialog.
 */

/* unshare() and CLONE_NEWPID */
#define _GNU_SOURCE

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <string.h>
#include <unistd.h>

#include "vitae-core.h"
#include "vitae-import-review.h"
#include "vitae-parse-check-dialog.h"
#include "vitae-window-private.h"

static char *tmpdir;

/* Helpers */

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @check holds, for at most a minute (a busy
 * machine under ASan is slow; the outcome does not depend on the time). */
static gboolean
iterate_until (gboolean (*check) (gpointer),
               gpointer   data)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!check (data) && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return check (data);
}

/* Keeps the result of an asynchronous call in @data (a GAsyncResult **). */
static void
got_result (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* Whether @data (a GAsyncResult **) holds a result yet. */
static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* No save of @data (a window) is being written or waits to be. */
static gboolean
save_settled (gpointer data)
{
  VitaeWindow *window = data;

  return window->saving_file == NULL && !window->save_queued && window->save_queued_file == NULL;
}

static char *
make_resume (const char *name,
             const char *person)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Cut the build from 40 to 9 minutes by caching the dependencies");
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  vitae_node_set_text (VITAE_NODE (document), "name", person);
  vitae_node_set_text (VITAE_NODE (entry), "organization", "Lighthouse Freight");
  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);
  g_assert_true (vitae_document_save (document, path, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static const char *
get_name (VitaeWindow *window)
{
  VitaeDocument *document = vitae_window_get_document (window);

  return document ? vitae_node_get_text (VITAE_NODE (document), "name") : NULL;
}

static VitaeWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  return window;
}

static guint
count_windows (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l; l = l->next)
    if (VITAE_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      n++;

  return n;
}

/* The message dialog shown over @window, if any. */
static AdwMessageDialog *
find_dialog (VitaeWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      return l->data;

  return NULL;
}

static void
respond (VitaeWindow *window,
         const char  *response)
{
  AdwMessageDialog *dialog = find_dialog (window);

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (50);
}

/* Keeps a PNG of @widget when VITAE_SCREENSHOT_DIR is set. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("VITAE_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  iterate (400);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
type_change (VitaeWindow *window,
             const char  *name)
{
  /* Through the model, as the editor's field bindings do. */
  vitae_node_set_text (VITAE_NODE (vitae_window_get_document (window)), "name", name);
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));
  _vitae_window_autosave_now (window);
}

static gboolean
has_snapshot (VitaeWindow *window)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (window->autosave_slot == NULL)
    return FALSE;

  name = g_strconcat (window->autosave_slot, ".vitae", NULL);
  path = g_build_filename (window->autosave_dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Writes a snapshot as a crashed process leaves it: no lock held. */
static void
write_orphan (const char *slot,
              const char *original,
              const char *person,
              gint64      saved_at)
{
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autofree char *vitae = g_strconcat (slot, ".vitae", NULL);
  g_autofree char *ini = g_strconcat (slot, ".ini", NULL);
  g_autofree char *vitae_path = g_build_filename (dir, vitae, NULL);
  g_autofree char *ini_path = g_build_filename (dir, ini, NULL);
  g_autofree char *source = make_resume ("orphan-source.vitae", person);
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (vitae_path, contents, -1, NULL));
  info = g_strdup_printf ("[autosave]\noriginal=%s\nsaved-at=%" G_GINT64_FORMAT "\n", original, saved_at);
  g_assert_true (g_file_set_contents (ini_path, info, -1, NULL));
}

static gboolean
slot_exists (const char *slot)
{
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autofree char *ini = g_strconcat (slot, ".ini", NULL);
  g_autofree char *path = g_build_filename (dir, ini, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
close_window (VitaeWindow *window)
{
  if (vitae_window_get_document (window) != NULL)
    vitae_document_set_modified (vitae_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* Drops @file on @window, as a file manager would. */
static gboolean
drop_file (VitaeWindow *window,
           GFile       *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
          break;
        }
    }

  return accepted;
}

/* Tests */

/* 19.2: opening another resume over unsaved work asks Save / Discard /
 * Cancel, and keeps the work and its snapshot until the person decided. */
static void
test_open_asks_first (void)
{
  g_autofree char *first = make_resume ("ask-first.vitae", "Ana First");
  g_autofree char *second = make_resume ("ask-second.vitae", "Bo Second");
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  g_autoptr(VitaeDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  VitaeWindow *window = open_window (first);

  type_change (window, "Ana Typed");
  g_assert_true (has_snapshot (window));

  /* Open: the window asks, and nothing is replaced or dropped meanwhile. */
  g_assert_true (vitae_window_open_file (window, second_file));
  iterate (50);
  g_assert_nonnull (find_dialog (window));
  screenshot (GTK_WIDGET (find_dialog (window)), "open-asks-first");
  g_assert_cmpstr (get_name (window), ==, "Ana Typed");
  g_assert_true (has_snapshot (window));

  /* Cancel keeps everything. */
  respond (window, "cancel");
  g_assert_cmpstr (get_name (window), ==, "Ana Typed");
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));
  g_assert_true (has_snapshot (window));

  /* Save writes the work, then opens the other file. */
  g_assert_true (vitae_window_open_file (window, second_file));
  iterate (50);
  respond (window, "save");
  g_assert_true (iterate_until (save_settled, window));
  g_assert_cmpstr (get_name (window), ==, "Bo Second");
  saved = vitae_document_load (first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (saved), "name"), ==, "Ana Typed");

  /* Discard lets the work go, on purpose, and only then its snapshot. */
  type_change (window, "Bo Typed");
  g_assert_true (has_snapshot (window));
  g_assert_true (vitae_window_open_file (window, first_file));
  iterate (50);
  g_assert_true (has_snapshot (window));
  respond (window, "discard");
  g_assert_cmpstr (get_name (window), ==, "Ana Typed");
  g_assert_false (has_snapshot (window));
  g_assert_null (find_dialog (window));

  /* Nothing unsaved: no question. */
  g_assert_true (vitae_window_open_file (window, second_file));
  iterate (50);
  g_assert_null (find_dialog (window));
  g_assert_cmpstr (get_name (window), ==, "Bo Second");

  /* A file dropped on the window asks the same. */
  type_change (window, "Bo Dropped On");
  g_assert_true (drop_file (window, first_file));
  iterate (50);
  g_assert_nonnull (find_dialog (window));
  g_assert_cmpstr (get_name (window), ==, "Bo Dropped On");
  g_assert_true (has_snapshot (window));
  respond (window, "cancel");
  g_assert_cmpstr (get_name (window), ==, "Bo Dropped On");
  g_assert_true (has_snapshot (window));

  /* So does an import. */
  {
    g_autofree char *json = g_build_filename (tmpdir, "import.json", NULL);
    g_autoptr(GFile) json_file = g_file_new_for_path (json);

    g_assert_true (g_file_set_contents (json, "{\"basics\": {\"name\": \"Cy Imported\"}}", -1, NULL));
    _vitae_window_import_chosen (window, json_file);
    iterate (50);
    g_assert_nonnull (find_dialog (window));
    g_assert_cmpstr (get_name (window), ==, "Bo Dropped On");
    respond (window, "discard");
    g_assert_cmpstr (get_name (window), ==, "Cy Imported");
    g_assert_null (vitae_window_get_file (window));
  }

  close_window (window);
}

static gboolean
banner_shown (gpointer data)
{
  return gtk_revealer_get_reveal_child (data);
}

/* 19.3: a file changed on disk by another program shows a banner, and Save
 * asks before it overwrites the change. */
static void
test_changed_on_disk (void)
{
  g_autofree char *path = make_resume ("changed.vitae", "Ana Before");
  g_autoptr(VitaeDocument) outside = NULL;
  g_autoptr(VitaeDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  VitaeWindow *window = open_window (path);

  g_assert_false (gtk_revealer_get_reveal_child (window->changed_revealer));
  g_assert_false (_vitae_window_changed_on_disk (window));

  /* Our own save changes the file, but is no change "on disk". */
  type_change (window, "Ana Mine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (iterate_until (save_settled, window));
  iterate (50);
  g_assert_null (find_dialog (window));
  g_assert_false (gtk_revealer_get_reveal_child (window->changed_revealer));
  g_assert_false (_vitae_window_changed_on_disk (window));
  type_change (window, "Ana Mine Again");

  /* Another program saves the file. */
  outside = vitae_document_load (path, &error);
  g_assert_no_error (error);
  vitae_node_set_text (VITAE_NODE (outside), "name", "Ana Outside");
  g_assert_true (vitae_document_save (outside, path, &error));
  g_assert_no_error (error);

  g_assert_true (_vitae_window_changed_on_disk (window));
  g_assert_true (iterate_until (banner_shown, window->changed_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->changed_label), "changed.vitae"));
  screenshot (GTK_WIDGET (window), "changed-on-disk-banner");

  /* Save asks; Cancel leaves the other program's file alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  iterate (50);
  g_assert_nonnull (find_dialog (window));
  g_assert_true (adw_message_dialog_has_response (find_dialog (window), "reload"));
  g_assert_true (adw_message_dialog_has_response (find_dialog (window), "save-as"));
  screenshot (GTK_WIDGET (find_dialog (window)), "changed-on-disk-dialog");
  respond (window, "cancel");
  on_disk = vitae_document_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (on_disk), "name"), ==, "Ana Outside");
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));

  /* Save Anyway writes ours, and the file is ours again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  iterate (50);
  respond (window, "save");
  g_assert_true (iterate_until (save_settled, window));
  g_clear_object (&on_disk);
  on_disk = vitae_document_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (on_disk), "name"), ==, "Ana Mine Again");
  g_assert_false (_vitae_window_changed_on_disk (window));

  /* Changed again outside: Reload shows the file as it is now. */
  g_assert_true (vitae_document_save (outside, path, &error));
  g_assert_no_error (error);
  g_assert_true (iterate_until (banner_shown, window->changed_revealer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  iterate (50);
  g_assert_cmpstr (get_name (window), ==, "Ana Outside");
  g_assert_false (gtk_revealer_get_reveal_child (window->changed_revealer));

  close_window (window);
}

/* The child of the next test: shows @path in a window of its own process,
 * says "ready", and waits to be killed. */
static int
run_holder_child (const char *path)
{
  VitaeWindow *window;

  adw_init ();
  vitae_core_init ();
  window = open_window (path);
  g_assert_nonnull (vitae_window_get_document (window));
  g_print ("ready\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

/* 19.3: opening a file a window already shows brings that window to the
 * front; a file another Vitae process shows is opened only if asked. */
static void
test_already_open (void)
{
  g_autofree char *path = make_resume ("already.vitae", "Ana Open");
  g_autofree char *other = make_resume ("elsewhere.vitae", "Bo Elsewhere");
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-window-files", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *line = NULL;
  VitaeWindow *first = open_window (path);
  VitaeWindow *second = vitae_window_new (NULL);
  guint n_windows;

  gtk_window_present (GTK_WINDOW (second));
  iterate (100);
  n_windows = count_windows ();

  g_assert_true (_vitae_window_find_showing (file) == first);
  _vitae_window_open_checked (second, file);
  iterate (50);
  g_assert_null (vitae_window_get_document (second));
  g_assert_cmpuint (count_windows (), ==, n_windows);

  /* Another process shows "elsewhere.vitae". */
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            self_path, "--hold", other, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* The main loop runs while the child starts: blocked for longer than a
   * toast shows, libadwaita 1.2 frees the toast before its animation ends
   * and crashes. */
  g_data_input_stream_read_line_async (out, G_PRIORITY_DEFAULT, NULL, got_result, &result);
  g_assert_true (iterate_until (has_result, &result));
  line = g_data_input_stream_read_line_finish (out, result, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");

  g_assert_true (_vitae_window_open_elsewhere (other_file));
  {
    g_autofree char *nobody = make_resume ("shown-nowhere.vitae", "Cy Nobody");
    g_autoptr(GFile) nobody_file = g_file_new_for_path (nobody);

    g_assert_false (_vitae_window_open_elsewhere (nobody_file));
  }
  _vitae_window_open_checked (second, other_file);
  iterate (50);
  g_assert_nonnull (find_dialog (second));
  screenshot (GTK_WIDGET (find_dialog (second)), "already-open-elsewhere");
  g_assert_null (vitae_window_get_document (second));
  respond (second, "open");
  g_assert_cmpstr (get_name (second), ==, "Bo Elsewhere");

  g_subprocess_force_exit (child);
  g_assert_true (g_subprocess_wait (child, NULL, &error));

  close_window (second);
  close_window (first);
}

static gboolean
banner_hidden (gpointer data)
{
  return !gtk_revealer_get_reveal_child (data);
}

/* 19.4: while snapshots cannot be written, a banner says so; it is tried
 * again, and the banner goes once a snapshot is written. */
static void
test_autosave_failure_banner (void)
{
  g_autofree char *path = make_resume ("autosave-fails.vitae", "Ana Autosave");
  g_autofree char *blocker = g_build_filename (tmpdir, "not-a-folder", NULL);
  g_autofree char *saved_dir = NULL;
  VitaeWindow *window = open_window (path);

  /* The snapshot folder cannot be made: a file stands in its way, as a full
   * or read-only disk would stop it. */
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  saved_dir = g_steal_pointer (&window->autosave_dir);
  window->autosave_dir = g_build_filename (blocker, "autosave", NULL);

  type_change (window, "Ana Unsafe");
  g_assert_true (gtk_revealer_get_reveal_child (window->autosave_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->autosave_label), "not-a-folder"));
  g_assert_cmpuint (window->autosave_retry_source, !=, 0);
  screenshot (GTK_WIDGET (window), "autosave-failed-banner");

  /* Still failing: still shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-autosave", NULL));
  g_assert_true (gtk_revealer_get_reveal_child (window->autosave_revealer));

  /* The disk is fine again: the retry writes the snapshot, the banner goes. */
  g_assert_no_errno (g_unlink (blocker));
  g_assert_true (iterate_until (banner_hidden, window->autosave_revealer) ||
                 gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-autosave", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (window->autosave_revealer));
  g_assert_true (has_snapshot (window));
  g_assert_cmpuint (window->autosave_retry_source, ==, 0);

  close_window (window);
}

static gboolean
autosave_settled (gpointer data)
{
  VitaeWindow *window = data;

  return !window->autosave_busy && window->autosave_source == 0 && has_snapshot (window);
}

static gboolean
autosave_idle (gpointer data)
{
  return !VITAE_WINDOW (data)->autosave_busy;
}

/* The autosave timer writes the snapshot in a worker thread: the call
 * returns with the write under way, the snapshot is there once it is
 * done, and a save that discards the slot meanwhile leaves no snapshot. */
static void
test_autosave_in_background (void)
{
  g_autofree char *path = make_resume ("autosave-background.vitae", "Ana Background");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *slot = NULL;
  g_autofree char *snapshot = NULL;

  g_settings_set_uint (window->settings, "autosave-interval", 1);

  /* Typed: the timer starts, fires and writes in the background. */
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Typed");
  g_assert_cmpuint (window->autosave_source, !=, 0);
  g_assert_true (iterate_until (autosave_settled, window));
  g_assert_cmpuint (window->autosaved_revision, ==, vitae_document_get_revision (document));

  /* Called directly: it returns while the snapshot is being written. */
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Typed Again");
  _vitae_window_autosave_in_background (window);
  g_assert_true (window->autosave_busy);
  g_assert_true (iterate_until (autosave_idle, window));
  g_assert_true (has_snapshot (window));
  g_assert_cmpuint (window->autosaved_revision, ==, vitae_document_get_revision (document));

  /* Saved while a snapshot is being written: the slot goes, and the write
   * does not bring it back. */
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Saved");
  _vitae_window_autosave_in_background (window);
  slot = g_strdup (window->autosave_slot);
  snapshot = g_strconcat (window->autosave_dir, G_DIR_SEPARATOR_S, slot, ".vitae", NULL);
  _vitae_window_save_to (window, file);
  g_assert_true (iterate_until (save_settled, window));
  g_assert_true (iterate_until (autosave_idle, window));
  iterate (50);
  g_assert_false (g_file_test (snapshot, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_revealer_get_reveal_child (window->autosave_revealer));

  g_settings_reset (window->settings, "autosave-interval");
  close_window (window);
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static char *
name_on_disk (const char *path)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = vitae_document_load (path, &error);
  g_assert_no_error (error);

  return g_strdup (vitae_node_get_text (VITAE_NODE (document), "name"));
}

static void
set_name (VitaeWindow *window,
          const char  *name)
{
  VitaeDocument *document = vitae_window_get_document (window);

  vitae_node_set_text (VITAE_NODE (document), "name", name);
  vitae_history_break (vitae_document_get_history (document));
}

/* #15: an explicit Save is written in a worker thread. It returns while the
 * file is written, and only the completed write marks the document saved;
 * what is typed meanwhile stays unsaved, and undo back to the saved point
 * shows it saved; a Save asked for meanwhile follows it; closing waits for
 * it; a failed write says so and closes nothing. */
static void
test_save_in_background (void)
{
  g_autofree char *path = make_resume ("background-save.vitae", "Ana Opened");
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "resume.vitae", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  g_autofree char *name = NULL;

  /* Save returns at once; the document is saved only once written. */
  set_name (window, "Ana One");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_nonnull (window->saving_file);
  g_assert_true (vitae_document_get_modified (document));

  /* Typed while it is written: not in the file, still unsaved. */
  set_name (window, "Ana Two");
  g_assert_true (iterate_until (save_settled, window));
  name = name_on_disk (path);
  g_assert_cmpstr (name, ==, "Ana One");
  g_assert_true (vitae_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_null (find_dialog (window));
  g_assert_false (gtk_revealer_get_reveal_child (window->changed_revealer));

  /* Undo comes back to what the file holds: saved; redo: unsaved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (get_name (window), ==, "Ana One");
  g_assert_false (vitae_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (vitae_document_get_modified (document));

  /* A second Save while one is written follows it, with what was typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  set_name (window, "Ana Three");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (iterate_until (save_settled, window));
  g_clear_pointer (&name, g_free);
  name = name_on_disk (path);
  g_assert_cmpstr (name, ==, "Ana Three");
  g_assert_false (vitae_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* A write that fails says why, keeps the document unsaved and its file. */
  set_name (window, "Ana Four");
  _vitae_window_save_as_chosen (window, missing_file);
  g_assert_true (iterate_until (save_settled, window));
  iterate (50);
  g_assert_nonnull (find_dialog (window));
  respond (window, "close");
  g_assert_true (vitae_document_get_modified (document));
  g_assert_cmpstr (g_file_peek_path (vitae_window_get_file (window)), ==, path);

  /* Closing while it is written asks nothing and waits for the file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (window);
  g_assert_null (find_dialog (window));
  g_assert_true (iterate_until (window_gone, &window));
  g_clear_pointer (&name, g_free);
  name = name_on_disk (path);
  g_assert_cmpstr (name, ==, "Ana Four");
}

/* 19.5: Discard drops the snapshot the banner names, and offers the next. */
static void
test_discard_names_one (void)
{
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autoptr(GPtrArray) orphans = NULL;
  VitaeWindow *window = vitae_window_new (NULL);

  write_orphan ("newer-1", "/home/ana/newer.vitae", "Ana Newer", 2000);
  write_orphan ("older-1", "/home/ana/older.vitae", "Ana Older", 1000);
  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 2);

  gtk_window_present (GTK_WINDOW (window));
  vitae_window_offer_recovery (window, orphans);
  iterate (100);
  g_assert_true (gtk_revealer_get_reveal_child (window->recovery_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->recovery_label), "newer.vitae"));
  /* The time with the month's name, never an ambiguous "01/01/70". */
  g_assert_nonnull (strstr (gtk_label_get_label (window->recovery_label), "1 January 1970 at 00:33"));
  screenshot (GTK_WIDGET (window), "recovery-banner");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-recovery", NULL));
  g_assert_false (slot_exists ("newer-1"));
  g_assert_true (slot_exists ("older-1"));
  g_assert_true (gtk_revealer_get_reveal_child (window->recovery_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->recovery_label), "older.vitae"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-recovery", NULL));
  g_assert_false (slot_exists ("older-1"));
  g_assert_false (gtk_revealer_get_reveal_child (window->recovery_revealer));

  close_window (window);
}

/* 11: restoring a snapshot of a file a window shows (the last file, reopened
 * at start) restores into that window; no second window for the file. */
static void
test_restore_into_one_window (void)
{
  g_autofree char *path = make_resume ("restore.vitae", "Ana Saved");
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = open_window (path);
  guint n_windows = count_windows ();

  write_orphan ("restore-1", path, "Ana Restored", 3000);
  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  vitae_window_offer_recovery (window, orphans);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-recovery", NULL));
  iterate (100);
  g_assert_cmpuint (count_windows (), ==, n_windows);
  g_assert_true (_vitae_window_find_showing (file) == window);
  g_assert_cmpstr (get_name (window), ==, "Ana Restored");
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));
  g_assert_false (gtk_revealer_get_reveal_child (window->recovery_revealer));
  g_assert_false (slot_exists ("restore-1"));
  /* Kept safe again under this process. */
  g_assert_true (has_snapshot (window));

  /* A window with unsaved changes of its own is asked first, and the
   * snapshot stays until the answer. */
  write_orphan ("restore-2", path, "Ana Restored Twice", 4000);
  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  vitae_window_offer_recovery (window, orphans);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-recovery", NULL));
  iterate (50);
  g_assert_nonnull (find_dialog (window));
  g_assert_true (slot_exists ("restore-2"));
  respond (window, "cancel");
  g_assert_true (slot_exists ("restore-2"));
  g_assert_cmpstr (get_name (window), ==, "Ana Restored");
  g_assert_true (gtk_revealer_get_reveal_child (window->recovery_revealer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-recovery", NULL));
  iterate (50);
  respond (window, "discard");
  g_assert_cmpstr (get_name (window), ==, "Ana Restored Twice");
  g_assert_false (slot_exists ("restore-2"));
  g_assert_cmpuint (count_windows (), ==, n_windows);

  close_window (window);
  left = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (left->len, ==, 0);
}

/* 18.2: Save As and Export write the very name the chooser returned, even
 * without an extension (through the portal no other name may exist), in
 * the format asked for. */
static void
test_save_as_keeps_name (void)
{
  g_autofree char *path = make_resume ("keeps-name.vitae", "Ana Named");
  g_autofree char *chosen = g_build_filename (tmpdir, "My Resume", NULL);
  g_autofree char *appended = g_strconcat (chosen, ".vitae", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "my-resume-pdf", NULL);
  g_autofree char *pdf_appended = g_strconcat (pdf, ".pdf", NULL);
  g_autoptr(GFile) chosen_file = g_file_new_for_path (chosen);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autofree char *contents = NULL;
  g_autoptr(VitaeDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  VitaeWindow *window = open_window (path);

  type_change (window, "Ana Renamed");
  _vitae_window_save_as_chosen (window, chosen_file);
  g_assert_true (iterate_until (save_settled, window));
  iterate (50);
  g_assert_null (find_dialog (window));
  g_assert_false (g_file_test (appended, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (chosen, &contents, &len, NULL));
  back = vitae_xml_parse (contents, len, "My Resume", &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (back, vitae_window_get_document (window)));
  g_assert_true (g_file_equal (vitae_window_get_file (window), chosen_file));
  g_assert_false (vitae_document_get_modified (vitae_window_get_document (window)));

  /* Saved again under that name, still as .vitae. */
  type_change (window, "Ana Renamed Twice");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (iterate_until (save_settled, window));
  g_clear_pointer (&contents, g_free);
  g_clear_object (&back);
  g_assert_true (g_file_get_contents (chosen, &contents, &len, NULL));
  back = vitae_xml_parse (contents, len, "My Resume", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (back), "name"), ==, "Ana Renamed Twice");

  /* And it opens again, by its content. */
  {
    VitaeWindow *again = vitae_window_new (NULL);

    g_assert_true (vitae_window_open_file (again, chosen_file));
    g_assert_cmpstr (get_name (again), ==, "Ana Renamed Twice");
    close_window (again);
  }

  _vitae_window_export_pdf_chosen (window, pdf_file);
  iterate (50);
  g_assert_null (find_dialog (window));
  g_assert_false (g_file_test (pdf_appended, G_FILE_TEST_EXISTS));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 5);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  close_window (window);
}

/* Activates win.export and returns the name of the first filter of the
 * chooser GTK 4.8 shows in-process, or NULL (a portal is in use). */
static char *
export_chooser_first_filter (VitaeWindow *window)
{
  char *name = NULL;
#if !GTK_CHECK_VERSION (4, 10, 0)
  GtkWidget *chooser = NULL;
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  while (chooser == NULL && g_get_monotonic_time () < until)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l; l = l->next)
        if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
          chooser = l->data;
      g_main_context_iteration (NULL, FALSE);
    }

  if (chooser != NULL)
    {
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);

      g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 5);
      name = g_strdup (gtk_file_filter_get_name (first));
      if (GTK_IS_DIALOG (chooser))
        gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
      G_GNUC_END_IGNORE_DEPRECATIONS
      iterate (100);
    }
#endif
  if (name == NULL)
    g_test_message ("no in-process file chooser appeared (a portal is in use)");

  return name;
}

/* Export writes every format under the name the chooser gave, in the
 * format chosen (the name need not say it), and offers all five formats in
 * one chooser: PDF first, then the one used last. */
static void
test_export_formats (void)
{
  static const struct { VitaeExportFormat format; const char *magic; } formats[] = {
    { VITAE_EXPORT_PDF, "%PDF-" },
    { VITAE_EXPORT_DOCX, "PK\x03\x04" },
    { VITAE_EXPORT_ODT, "PK\x03\x04" },
    { VITAE_EXPORT_TEXT, "Ana Export" },
    { VITAE_EXPORT_JSON_RESUME, "{" },
  };
  g_autofree char *path = make_resume ("export.vitae", "Ana Export");
  VitaeWindow *window = open_window (path);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;

  /* All five formats in one chooser, PDF first... */
  first = export_chooser_first_filter (window);
  if (first != NULL)
    g_assert_cmpstr (first, ==, "PDF Document");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("Export %u", i);
      g_autofree char *target = g_build_filename (tmpdir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autofree char *contents = NULL;
      gsize len = 0;

      _vitae_window_export_chosen (window, file, formats[i].format);
      iterate (50);
      g_assert_null (find_dialog (window));
      g_assert_true (g_file_get_contents (target, &contents, &len, NULL));
      g_assert_cmpuint (len, >=, strlen (formats[i].magic));
      g_assert_true (g_str_has_prefix (contents, formats[i].magic));
    }

  /* ...then the format used last. */
  again = export_chooser_first_filter (window);
  if (again != NULL)
    g_assert_cmpstr (again, ==, "JSON Resume");


  close_window (window);
}

/* What an ATS reads: the dialog lists every piece of the resume beside the
 * text a parser got, PDF first, then Word; nothing is missed here. */
static void
test_parse_check_dialog (void)
{
  g_autofree char *path = make_resume ("parse.vitae", "Ana Parse");
  VitaeWindow *window = open_window (path);
  VitaeParseCheckDialog *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.parse-check", NULL));
  iterate (100);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l; l = l->next)
      if (VITAE_IS_PARSE_CHECK_DIALOG (l->data))
        dialog = l->data;
  }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  /* The name, the EXPERIENCE heading, the organisation and the bullet. */
  g_assert_cmpuint (vitae_parse_check_dialog_get_n_pieces (dialog), ==, 4);
  g_assert_cmpuint (vitae_parse_check_dialog_get_n_problems (dialog), ==, 0);
  g_assert_nonnull (strstr (vitae_parse_check_dialog_get_text (dialog), "Ana Parse"));
  screenshot (GTK_WIDGET (dialog), "parse-check");

  vitae_parse_check_dialog_set_format (dialog, VITAE_EXPORT_DOCX);
  iterate (50);
  g_assert_cmpuint (vitae_parse_check_dialog_get_n_problems (dialog), ==, 0);
  g_assert_nonnull (strstr (vitae_parse_check_dialog_get_text (dialog), "Cut the build from 40 to 9 minutes"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (50);
  close_window (window);
}

/* File → Import: a Word file is recovered, shown for review, and becomes
 * the window's document (unsaved) once the review says Import. */
static void
test_import_review (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples",
                                              "senior-backend.vitae", NULL);
  g_autofree char *docx = g_build_filename (tmpdir, "import.docx", NULL);
  g_autoptr(VitaeDocument) original = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (docx);
  g_autoptr(GError) error = NULL;
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeImportReview *review = NULL;

  original = vitae_document_load (source, &error);
  g_assert_no_error (error);
  bytes = vitae_export_render (original, NULL, VITAE_EXPORT_DOCX, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (docx, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  _vitae_window_import_with_review (window, file);
  iterate (100);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l; l = l->next)
      if (VITAE_IS_IMPORT_REVIEW (l->data))
        review = l->data;
  }
  g_assert_nonnull (review);
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 0);
  screenshot (GTK_WIDGET (review), "import-review");

  g_signal_emit_by_name (review, "import", vitae_import_review_get_document (review));
  iterate (100);
  g_assert_cmpstr (get_name (window), ==, "Marisol Okafor");
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));
  g_assert_null (vitae_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (review));
  iterate (50);
  close_window (window);
}

/* A PDF given on the command line or dropped on the window goes through
 * the import review (it used to be refused as "not a .vitae or JSON
 * file"), and the window keeps its document until the review says Import. */
static void
test_open_pdf_reviews (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples",
                                              "senior-backend.vitae", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "dropped.pdf", NULL);
  g_autoptr(VitaeDocument) original = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeImportReview *review = NULL;
  VitaeDocument *before;

  original = vitae_document_load (source, &error);
  g_assert_no_error (error);
  bytes = vitae_export_render (original, NULL, VITAE_EXPORT_PDF, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  before = vitae_window_get_document (window);
  _vitae_window_open_checked (window, file);
  iterate (100);
  g_assert_null (find_dialog (window));
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l; l = l->next)
      if (VITAE_IS_IMPORT_REVIEW (l->data))
        review = l->data;
  }
  g_assert_nonnull (review);
  g_assert_true (vitae_window_get_document (window) == before);
  /* Vitae's own export comes back whole: nothing to check, not even the
   * lines where a title and its dates share a line of the PDF's text. */
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 0);

  g_signal_emit_by_name (review, "import", vitae_import_review_get_document (review));
  iterate (100);
  g_assert_cmpstr (get_name (window), ==, "Marisol Okafor");
  g_assert_null (vitae_window_get_file (window));
  {
    g_autofree char *contents = NULL;
    gsize length = 0;

    /* The PDF itself is left as it was. */
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, ==, g_bytes_get_size (bytes));
  }

  gtk_window_destroy (GTK_WINDOW (review));
  iterate (50);
  close_window (window);
}

/* A file that cannot be opened leaves Recent (the chooser put it there). */
static void
test_failed_open_leaves_recent (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "broken.vitae", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  VitaeWindow *window = vitae_window_new (NULL);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<resume", -1, NULL));
  g_assert_true (gtk_recent_manager_add_item (recent, uri));
  iterate (100);
  g_assert_true (gtk_recent_manager_has_item (recent, uri));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (vitae_window_open_file (window, file));
  iterate (100);
  g_assert_false (gtk_recent_manager_has_item (recent, uri));
  if ((dialog = find_dialog (window)) != NULL)
    adw_message_dialog_response (dialog, "close");
  iterate (50);

  close_window (window);
}

/* The child of the next test, run with the portal-like rename shim: saves
 * under the granted name, then under another, and says how each went. */
static int
run_portal_child (const char *dir)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autofree char *granted = g_build_filename (dir, "Resume", NULL);
  g_autofree char *other = g_build_filename (dir, "Resume.vitae", NULL);
  g_autoptr(GError) error = NULL;

  vitae_core_init ();
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Portal");

  g_print ("granted %s\n", _vitae_window_write_checked (document, granted, VITAE_FORMAT_VITAE, &error) ? "saved" : "refused");
  g_clear_error (&error);
  /* What the old Save As did: append ".vitae" and trust the rename. */
  g_print ("unchecked %s\n", vitae_document_save (document, other, &error) ? "saved" : "refused");
  g_clear_error (&error);
  g_print ("other %s\n", _vitae_window_write_checked (document, other, VITAE_FORMAT_VITAE, &error) ? "saved" : "refused");
  g_print ("%s\n", error ? error->message : "");

  return 0;
}

/* 18.2: through the portal a rename onto another name than the granted one
 * succeeds into a hidden file.  A save is only reported once the file is
 * there and holds what was written. */
static void
test_save_checks_target (void)
{
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-window-files", NULL);
  g_autofree char *dir = g_build_filename (tmpdir, "portal-like", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *granted = g_build_filename (dir, "Resume", NULL);
  g_autofree char *hidden = g_build_filename (dir, ".xdp-Resume.vitae-hidden", NULL);
  const char *shim = g_getenv ("VITAE_FAULT_RENAME");
  g_autofree char *preload = NULL;

  if (shim == NULL || !g_file_test (shim, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The rename shim is not built (run through meson test)");
      return;
    }

  g_assert_no_errno (g_mkdir (dir, 0700));
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  preload = g_getenv ("LD_PRELOAD") ? g_strconcat (shim, ":", g_getenv ("LD_PRELOAD"), NULL) : g_strdup (shim);
  g_subprocess_launcher_setenv (launcher, "LD_PRELOAD", preload, TRUE);
  g_subprocess_launcher_setenv (launcher, "VITAE_FAULT_RENAME_ONLY", "Resume", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, "--portal-save", dir, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (child));
  g_test_message ("%s", out);

  /* The granted name is saved and is there. */
  g_assert_nonnull (strstr (out, "granted saved\n"));
  g_assert_true (g_file_test (granted, G_FILE_TEST_IS_REGULAR));
  /* Another name: the rename "worked", into a hidden file; the old way
   * said saved, the checked save says it is not. */
  g_assert_nonnull (strstr (out, "unchecked saved\n"));
  g_assert_true (g_file_test (hidden, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (out, "other refused\n"));
  g_assert_nonnull (strstr (out, "Resume.vitae"));
}

/* The child of the next test: opens @path, types, lets the snapshot be
 * written, and crashes. */
static int
run_crash_child (const char *path)
{
  VitaeWindow *window;

  adw_init ();
  vitae_core_init ();
  window = open_window (path);
  type_change (window, "Ana Before The Crash");
  if (!has_snapshot (window))
    return 2;
  raise (SIGKILL);

  return 3;
}

/* Runs @argv as process 2 of a new PID namespace, as Flatpak runs the app,
 * and returns how it ended (128 + signal), or -1 where this system does not
 * let a test make one.  Only async-signal-safe calls after fork(). */
static int
run_as_pid_2 (const char * const *argv)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      pid_t init, app;

      if (unshare (CLONE_NEWPID) != 0)
        _exit (100);
      init = fork ();
      if (init < 0)
        _exit (101);
      if (init == 0)
        {
          app = fork ();
          if (app < 0)
            _exit (101);
          if (app == 0)
            {
              execv (argv[0], (char **) argv);
              _exit (127);
            }
          while (waitpid (app, &status, 0) < 0)
            if (errno != EINTR)
              _exit (102);
          _exit (WIFSIGNALED (status) ? 128 + WTERMSIG (status) : WEXITSTATUS (status));
        }
      while (waitpid (init, &status, 0) < 0)
        if (errno != EINTR)
          _exit (102);
      _exit (WIFEXITED (status) ? WEXITSTATUS (status) : 103);
    }

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status) == 100 ? -1 : WEXITSTATUS (status);
}

/* 19.5, 18.1: the window crashes as Flatpak runs it, as process 2 of its
 * own PID namespace; the next start, whatever its pid, offers the snapshot
 * and restores it into the window that shows the file. */
static void
test_crash_in_pid_namespace (void)
{
  g_autofree char *path = make_resume ("namespace.vitae", "Ana Saved Before");
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-window-files", NULL);
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  const char *argv[] = { self_path, "--crash-child", path, NULL };
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) left = NULL;
  VitaeAutosaveItem *item;
  VitaeWindow *window;
  guint n_windows;
  int result;

  result = run_as_pid_2 (argv);
  if (result < 0)
    {
      g_test_skip ("This system does not let a test make a PID namespace (needs root or CAP_SYS_ADMIN)");
      return;
    }
  g_assert_cmpint (result, ==, 128 + SIGKILL);

  /* The relaunch opens the last file, then offers the snapshot. */
  window = open_window (path);
  n_windows = count_windows ();
  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  item = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (item->original_path, ==, path);
  {
    /* It was written by process 2 (the slot names its writer's pid). */
    g_auto(GStrv) parts = g_strsplit (item->slot, "-", 3);

    g_assert_cmpuint (g_strv_length (parts), ==, 3);
    g_assert_cmpstr (parts[1], ==, "2");
  }
  vitae_window_offer_recovery (window, orphans);
  g_clear_pointer (&orphans, g_ptr_array_unref);
  screenshot (GTK_WIDGET (window), "recovery-after-crash-as-pid-2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-recovery", NULL));
  iterate (100);
  g_assert_cmpuint (count_windows (), ==, n_windows);
  g_assert_cmpstr (get_name (window), ==, "Ana Before The Crash");
  g_assert_true (vitae_document_get_modified (vitae_window_get_document (window)));

  close_window (window);
  left = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (left->len, ==, 0);
}

static const char *
get_subtitle (VitaeWindow *window)
{
  g_autoptr(GQueue) queue = g_queue_new ();

  /* The header bar is somewhere in the content: search the whole tree. */
  g_queue_push_tail (queue, window);
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *widget = g_queue_pop_head (queue);

      if (ADW_IS_WINDOW_TITLE (widget))
        return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget));
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (queue, child);
    }

  return NULL;
}

/* Issue 18, defect 5: a file the document portal passed in lives at
 * $XDG_RUNTIME_DIR/doc/ID/NAME; the subtitle names the folder the person
 * chose, from the portal's xattr, and never the portal's own. */
static void
test_subtitle_portal_host_path (void)
{
  g_autofree char *made = make_resume ("portal.vitae", "Pia Portal");
  g_autofree char *doc_dir = g_build_filename (g_get_user_runtime_dir (), "doc", "744445be", NULL);
  g_autofree char *doc = g_build_filename (doc_dir, "portal.vitae", NULL);
  g_autofree char *bare_dir = g_build_filename (g_get_user_runtime_dir (), "doc", "1c2d3e4f", NULL);
  g_autofree char *bare = g_build_filename (bare_dir, "portal.vitae", NULL);
  g_autofree char *host = g_build_filename (g_get_home_dir (), "Documents", "Jobs", "portal.vitae", NULL);
  g_autofree char *plain = make_resume ("plain.vitae", "Pat Plain");
  g_autofree char *plain_dir = g_path_get_dirname (plain);
  g_autofree char *contents = NULL;
  gsize length;
  VitaeWindow *window;

  g_assert_no_errno (g_mkdir_with_parents (doc_dir, 0700));
  g_assert_no_errno (g_mkdir_with_parents (bare_dir, 0700));
  g_assert_true (g_file_get_contents (made, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (doc, contents, length, NULL));
  g_assert_true (g_file_set_contents (bare, contents, length, NULL));
  if (setxattr (doc, "user.document-portal.host-path", host, strlen (host) + 1, 0) != 0)
    {
      g_test_skip_printf ("no user xattrs in %s: %s", doc_dir, g_strerror (errno));
      return;
    }

  window = open_window (doc);
  g_assert_cmpstr (get_subtitle (window), ==, "~/Documents/Jobs");
  close_window (window);

  /* Without the xattr, no folder rather than the portal's. */
  window = open_window (bare);
  g_assert_null (strstr (get_subtitle (window) ? get_subtitle (window) : "", "/doc/"));
  close_window (window);

  /* Anywhere else, the file's own folder. */
  window = open_window (plain);
  g_assert_cmpstr (get_subtitle (window), ==, plain_dir);
  close_window (window);
}

/* Whether the Recent menu of @window offers @path. */
static gboolean
recent_menu_offers (VitaeWindow *window,
                    const char  *path)
{
  GMenuModel *menu = G_MENU_MODEL (window->recent_menu);

  _vitae_window_update_recent_menu (window);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), path))
        return TRUE;
    }

  return FALSE;
}

/* Issue 18, defect 5: in the sandbox a file handed over on the command line
 * is a transient document of the portal, gone after a new login. Recent
 * still offers it, by the folder the portal said it came from, and opening
 * it asks the chooser there; a portal path whose origin was never known is
 * not offered. */
static void
test_recent_portal_gone (void)
{
  g_autofree char *made = make_resume ("gone.vitae", "Gia Gone");
  g_autofree char *doc_dir = g_build_filename (g_get_user_runtime_dir (), "doc", "5a6b7c8d", NULL);
  g_autofree char *doc = g_build_filename (doc_dir, "gone.vitae", NULL);
  g_autofree char *host_dir = g_build_filename (tmpdir, "Jobs", NULL);
  g_autofree char *host = g_build_filename (host_dir, "gone.vitae", NULL);
  g_autofree char *plain = make_resume ("stays.vitae", "Sam Stays");
  g_autofree char *contents = NULL;
  gsize length;
  VitaeWindow *window;

  g_assert_no_errno (g_mkdir_with_parents (doc_dir, 0700));
  g_assert_no_errno (g_mkdir_with_parents (host_dir, 0700));
  g_assert_true (g_file_get_contents (made, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (doc, contents, length, NULL));
  g_assert_true (g_file_set_contents (host, contents, length, NULL));
  if (setxattr (doc, "user.document-portal.host-path", host, strlen (host) + 1, 0) != 0)
    {
      g_test_skip_printf ("no user xattrs in %s: %s", doc_dir, g_strerror (errno));
      return;
    }

  window = open_window (doc);
  g_assert_true (recent_menu_offers (window, doc));
  close_window (window);

  /* A new login: the portal's document is gone. */
  g_assert_no_errno (g_unlink (doc));
  g_assert_no_errno (g_rmdir (doc_dir));

  window = open_window (plain);
  g_assert_true (recent_menu_offers (window, doc));

#if !GTK_CHECK_VERSION (4, 10, 0)
  {
    GtkWidget *chooser = NULL;
    gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", doc));
    while (chooser == NULL && g_get_monotonic_time () < until)
      {
        g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

        for (GList *l = toplevels; l; l = l->next)
          if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
            chooser = l->data;
        g_main_context_iteration (NULL, FALSE);
      }

    if (chooser != NULL)
      {
        G_GNUC_BEGIN_IGNORE_DEPRECATIONS
        g_autoptr(GFile) folder = NULL;
        g_autofree char *folder_path = NULL;

        /* The chooser goes to its folder once it has read it. */
        until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
        while ((folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser))) == NULL &&
               g_get_monotonic_time () < until)
          g_main_context_iteration (NULL, FALSE);
        folder_path = folder ? g_file_get_path (folder) : NULL;

        g_assert_cmpstr (folder_path, ==, host_dir);
        g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (chooser)), "gone.vitae"));
        /* The window still shows its own file: nothing was opened. */
        g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_window_get_document (window)), "name"),
                         ==, "Sam Stays");
        if (GTK_IS_DIALOG (chooser))
          gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
        G_GNUC_END_IGNORE_DEPRECATIONS
        iterate (100);
      }
    else
      g_test_message ("no in-process file chooser appeared (a portal is in use)");
  }
#endif
  close_window (window);

  /* Without a known origin a gone portal path is not offered. */
  {
    g_autofree char *bare_dir = g_build_filename (g_get_user_runtime_dir (), "doc", "9e8d7c6b", NULL);
    g_autofree char *bare = g_build_filename (bare_dir, "bare.vitae", NULL);

    g_assert_no_errno (g_mkdir_with_parents (bare_dir, 0700));
    g_assert_true (g_file_set_contents (bare, contents, length, NULL));
    window = open_window (bare);
    close_window (window);
    g_assert_no_errno (g_unlink (bare));
    g_assert_no_errno (g_rmdir (bare_dir));
    window = open_window (plain);
    g_assert_false (recent_menu_offers (window, bare));
    close_window (window);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  if (argc == 3 && g_str_equal (argv[1], "--portal-save"))
    return run_portal_child (argv[2]);

  if (argc == 3 && g_str_equal (argv[1], "--crash-child"))
    {
      g_set_prgname ("test-window-files");
      gtk_init ();
      return run_crash_child (argv[2]);
    }

  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    {
      g_set_prgname ("test-window-files");
      gtk_init ();
      return run_holder_child (argv[2]);
    }

  tmpdir = g_dir_make_tmp ("vitae-test-window-files-XXXXXX", &error);
  g_assert_no_error (error);
  {
    /* Snapshots, recent files and the "open elsewhere" locks of this test
     * stay in its own folder, and its children's. */
    g_autofree char *cache = g_build_filename (tmpdir, "cache", NULL);
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);
    g_autofree char *runtime = g_build_filename (tmpdir, "runtime", NULL);

    g_assert_no_errno (g_mkdir (runtime, 0700));
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vitae_core_init ();

  g_test_add_func ("/vitae/window-files/open-asks-first", test_open_asks_first);
  g_test_add_func ("/vitae/window-files/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/vitae/window-files/already-open", test_already_open);
  g_test_add_func ("/vitae/window-files/autosave-failure-banner", test_autosave_failure_banner);
  g_test_add_func ("/vitae/window-files/autosave-in-background", test_autosave_in_background);
  g_test_add_func ("/vitae/window-files/save-in-background", test_save_in_background);
  g_test_add_func ("/vitae/window-files/crash-in-pid-namespace", test_crash_in_pid_namespace);
  g_test_add_func ("/vitae/window-files/discard-names-one", test_discard_names_one);
  g_test_add_func ("/vitae/window-files/restore-into-one-window", test_restore_into_one_window);
  g_test_add_func ("/vitae/window-files/save-as-keeps-name", test_save_as_keeps_name);
  g_test_add_func ("/vitae/window-files/save-checks-target", test_save_checks_target);
  g_test_add_func ("/vitae/window-files/export-formats", test_export_formats);
  g_test_add_func ("/vitae/window-files/parse-check-dialog", test_parse_check_dialog);
  g_test_add_func ("/vitae/window-files/import-review", test_import_review);
  g_test_add_func ("/vitae/window-files/open-pdf-reviews", test_open_pdf_reviews);
  g_test_add_func ("/vitae/window-files/failed-open-leaves-recent", test_failed_open_leaves_recent);
  g_test_add_func ("/vitae/window-files/subtitle-portal-host-path", test_subtitle_portal_host_path);
  g_test_add_func ("/vitae/window-files/recent-portal-gone", test_recent_portal_gone);

  ret = g_test_run ();

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmpdir);
  }
  g_free (tmpdir);

  return ret;
}
