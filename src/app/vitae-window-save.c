/* vitae-window-save.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving the window's document, and its snapshots. Both are serialised on
 * the main thread (the document is not thread-safe) and written, flushed
 * and, for a save, read back in a worker thread, so that no keystroke waits
 * for the disk. One save is written at a time: a Save asked for meanwhile
 * runs once it is done, and what waits on a save (closing, opening another
 * resume) runs only once the file holds the document.
 */

#define G_LOG_DOMAIN "vitae-window-save"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vitae-remembered.h"
#include "vitae-window-private.h"

/* Autosave that failed is tried again this often (seconds), typing or not. */
#define AUTOSAVE_RETRY_SECONDS 10

struct _VitaeWindowPending
{
  VitaeWindowThen then;
  gpointer        data;
  GDestroyNotify  destroy;
};

static void
pending_free (VitaeWindowPending *pending)
{
  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_free (pending);
}

/* Keeps @then to run once the document is saved; one at a time. */
void
_vitae_window_set_pending (VitaeWindow     *self,
                           VitaeWindowThen  then,
                           gpointer         data,
                           GDestroyNotify   destroy)
{
  VitaeWindowPending *pending = g_new0 (VitaeWindowPending, 1);

  pending->then = then;
  pending->data = data;
  pending->destroy = destroy;
  g_clear_pointer (&self->pending, pending_free);
  self->pending = pending;
}

/* Runs what waited on a save if it was @saved; forgets it either way (a
 * cancelled or failed save keeps the document as it is). */
void
_vitae_window_finish_pending (VitaeWindow *self,
                              gboolean     saved)
{
  VitaeWindowPending *pending = g_steal_pointer (&self->pending);

  if (pending == NULL)
    return;

  if (saved && pending->then != NULL)
    pending->then (self, pending->data);
  pending_free (pending);
}

/**
 * _vitae_window_when_saved:
 * @self: a #VitaeWindow
 *
 * When a save is being written that holds every change made so far, keeps
 * @then to run once it is done (as _vitae_window_set_pending() does) and
 * returns %TRUE; else returns %FALSE and leaves @data to the caller.
 */
gboolean
_vitae_window_when_saved (VitaeWindow     *self,
                          VitaeWindowThen  then,
                          gpointer         data,
                          GDestroyNotify   destroy)
{
  if (self->saving_file == NULL || self->document == NULL ||
      vitae_document_get_revision (self->document) != self->saving_revision)
    return FALSE;

  _vitae_window_set_pending (self, then, data, destroy);

  return TRUE;
}

/* Writing and checking */

/* The bytes written, then read back: a save is only reported once the file
 * is there and holds what was written (through the document portal a rename
 * can land elsewhere and still succeed). Any thread. */
static gboolean
write_bytes_checked (const char  *path,
                     const char  *data,
                     gsize        len,
                     GError     **error)
{
  g_autofree char *back = NULL;
  gsize back_len = 0;

  if (!vitae_write_file_atomic (path, data, len, error))
    return FALSE;

  if (!g_file_get_contents (path, &back, &back_len, NULL) ||
      back_len != len || memcmp (back, data, len) != 0)
    {
      g_autofree char *display = vitae_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file name */
                   _("“%s” does not hold what was saved: the folder may not allow saving under this name. Try another folder or name."),
                   display);
      return FALSE;
    }

  return TRUE;
}

/**
 * _vitae_window_write_checked:
 * @document: a document
 * @path: where to write it, used as it is
 * @format: the format to write, whatever the extension of @path
 * @error: a #GError
 *
 * Writes @document atomically, then reads the file back, in this thread.
 *
 * Returns: %TRUE on success
 */
gboolean
_vitae_window_write_checked (VitaeDocument  *document,
                             const char     *path,
                             VitaeFormat     format,
                             GError        **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (format != VITAE_FORMAT_JSON_RESUME && format != VITAE_FORMAT_TEXT)
    format = VITAE_FORMAT_VITAE;
  if (!(data = vitae_document_serialize (document, format, &len, error)))
    return FALSE;

  return write_bytes_checked (path, data, len, error);
}

/* Saving */

typedef struct
{
  GWeakRef       window;
  VitaeDocument *document;
  GFile         *file;
  char          *path;
  GBytes        *bytes;
  guint64        revision;   /* what the file holds */
  guint64        position;   /* the same, in the history */
} SaveRun;

static void
save_run_free (SaveRun *run)
{
  g_weak_ref_clear (&run->window);
  g_clear_object (&run->document);
  g_clear_object (&run->file);
  g_free (run->path);
  g_bytes_unref (run->bytes);
  g_free (run);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveRun *run = task_data;
  GError *error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (run->bytes, &len);

  if (write_bytes_checked (run->path, data, len, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The document as the file now holds it: unmodified, or, when it changed
 * while the file was written, unmodified again once undo brings it back. */
static void
mark_saved (VitaeDocument *document,
            SaveRun       *run)
{
  VitaeHistory *history = vitae_document_get_history (document);

  if (vitae_document_get_revision (document) == run->revision)
    vitae_document_set_modified (document, FALSE);
  else if (history != NULL && vitae_history_get_position (history) != run->position)
    vitae_document_set_saved_position (document, run->position);
  /* else changed outside the history: it stays modified. */
}

/* Whether the Recent menu lists @path first already. */
static gboolean
recent_menu_starts_with (VitaeWindow *self,
                         const char  *path)
{
  GMenuModel *menu = G_MENU_MODEL (self->recent_menu);
  g_autoptr(GVariant) target = NULL;

  if (g_menu_model_get_n_items (menu) == 0)
    return FALSE;

  target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), path) == 0;
}


static void
saved (VitaeWindow *self,
       SaveRun     *run)
{
  g_autofree char *basename = g_file_get_basename (run->file);
  g_autofree char *message = NULL;
  g_autofree char *uri = g_file_get_uri (run->file);

  /* A snapshot holds nothing the file does not, unless typed meanwhile. */
  if (vitae_document_get_revision (self->document) == run->revision)
    {
      if (self->autosave_slot != NULL)
        vitae_autosave_discard (self->autosave_dir, self->autosave_slot);
      g_clear_pointer (&self->autosave_slot, g_free);
      _vitae_window_autosave_ok (self);
    }

  g_set_object (&self->file, run->file);
  _vitae_window_follow_file (self);
  mark_saved (self->document, run);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  _vitae_remembered_add (run->path);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-file", run->path);

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved “%s”"), basename);
  _vitae_window_toast (self, message);
  _vitae_window_update_title (self);
  _vitae_window_actions_update (self);

  /* Rebuilding the menu reads every recent file: not for a file that is
   * first already, and else not in the dispatch that just did the rest. */
  if (!recent_menu_starts_with (self, run->path))
    _vitae_window_queue_recent_menu (self);
}

static void
save_written_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SaveRun *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(VitaeWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) queued_file = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* Closed, or showing another resume by now: the file is written. */
  if (self == NULL)
    return;
  g_clear_object (&self->saving_file);
  queued_file = g_steal_pointer (&self->save_queued_file);
  if (self->document != run->document)
    {
      self->save_queued = FALSE;
      _vitae_window_actions_update (self);
      return;
    }

  if (!ok)
    {
      self->save_queued = FALSE;
      _vitae_window_actions_update (self);
      _vitae_window_show_error (self, _("Could Not Save"), error);
      _vitae_window_finish_pending (self, FALSE);
      return;
    }

  saved (self, run);

  /* Asked for while this one was written. */
  if (queued_file != NULL)
    {
      self->save_queued = FALSE;
      _vitae_window_save_to (self, queued_file);
      return;
    }
  if (self->save_queued)
    {
      self->save_queued = FALSE;
      if (vitae_document_get_modified (self->document))
        {
          _vitae_window_save (self);
          return;
        }
    }

  _vitae_window_finish_pending (self, TRUE);
}

/**
 * _vitae_window_save_to:
 * @self: a #VitaeWindow
 * @file: where to save the document
 *
 * Saves the document to @file: serialised now, written in a worker thread.
 * Once the file holds it, the window takes @file as its file and finishes
 * what was pending; if it cannot be written, the person is told why and
 * what was pending is dropped. While another save is written, this one
 * waits for it.
 */
void
_vitae_window_save_to (VitaeWindow *self,
                       GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = g_file_get_path (file);
  VitaeHistory *history;
  VitaeFormat format;
  SaveRun *run;
  char *data;
  gsize len = 0;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Vitae saves to local files only"));
      _vitae_window_show_error (self, _("Could Not Save"), error);
      _vitae_window_finish_pending (self, FALSE);
      return;
    }

  if (self->saving_file != NULL)
    {
      g_set_object (&self->save_queued_file, file);
      return;
    }

  /* The document's own file is a .vitae file, whatever its name says (the
   * name is the person's: through the portal it may not even be changed). */
  format = vitae_format_from_path (path);
  if (format != VITAE_FORMAT_JSON_RESUME)
    format = VITAE_FORMAT_VITAE;
  if (!(data = vitae_document_serialize (self->document, format, &len, &error)))
    {
      _vitae_window_show_error (self, _("Could Not Save"), error);
      _vitae_window_finish_pending (self, FALSE);
      return;
    }

  /* What is typed from now on is a step of its own: undo can come back to
   * what the file holds. */
  history = vitae_document_get_history (self->document);
  if (history != NULL)
    vitae_history_break (history);

  run = g_new0 (SaveRun, 1);
  g_weak_ref_init (&run->window, self);
  run->document = g_object_ref (self->document);
  run->file = g_object_ref (file);
  run->path = g_steal_pointer (&path);
  run->bytes = g_bytes_new_take (data, len);
  run->revision = vitae_document_get_revision (self->document);
  run->position = history ? vitae_history_get_position (history) : 0;

  self->saving_file = g_object_ref (file);
  self->saving_revision = run->revision;
  _vitae_window_actions_update (self);

  task = g_task_new (NULL, NULL, save_written_cb, NULL);
  g_task_set_source_tag (task, _vitae_window_save_to);
  g_task_set_task_data (task, run, (GDestroyNotify) save_run_free);
  g_task_run_in_thread (task, save_thread);
}

/* Saving over a file changed on disk */

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      VitaeWindow      *self)
{
  if (g_strcmp0 (response, "save") == 0)
    _vitae_window_save_to (self, self->file);
  else if (g_strcmp0 (response, "save-as") == 0)
    /* Save As finishes what waits on the save. */
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else if (g_strcmp0 (response, "reload") == 0)
    {
      _vitae_window_finish_pending (self, FALSE);
      _vitae_window_reload (self);
    }
  else
    _vitae_window_finish_pending (self, FALSE);
}

/**
 * _vitae_window_save:
 * @self: a #VitaeWindow
 *
 * Saves the document to its file, asking for one if it has none, and asking
 * what to do if the file changed on disk since it was read. Then finishes
 * what was pending. While a save is written, this one follows it.
 */
void
_vitae_window_save (VitaeWindow *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  if (self->document == NULL)
    {
      _vitae_window_finish_pending (self, FALSE);
      return;
    }

  /* Our own write changes the file on disk: asked again once it is done. */
  if (self->saving_file != NULL)
    {
      self->save_queued = TRUE;
      return;
    }

  if (self->file == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
      return;
    }

  if (!_vitae_window_changed_on_disk (self))
    {
      _vitae_window_save_to (self, self->file);
      return;
    }

  basename = g_file_get_basename (self->file);
  name = vitae_display_name (basename);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is a file name */
                                  _("“%s” was changed by another program since it was opened here. Saving replaces those changes with yours."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    "save-as", _("Save _As…"),
                                    "save", _("Save A_nyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Autosave */

/* Shows, until a snapshot succeeds again, that unsaved work is not kept
 * safe, and tries again on a timer whether or not the person types. */
static gboolean
autosave_retry_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;

  self->autosave_retry_source = 0;
  /* Try at once, even though nothing new was typed. */
  self->autosaved_revision = 0;
  _vitae_window_autosave_now (self);

  return G_SOURCE_REMOVE;
}

void
_vitae_window_autosave_failed (VitaeWindow  *self,
                               const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the system's reason, such as "No space left on device" */
  message = g_strdup_printf (_("Unsaved changes cannot be kept safe in case Vitae closes unexpectedly: %s. Save the resume, or free some disk space."),
                             error ? error->message : _("unknown error"));
  gtk_label_set_label (self->autosave_label, message);
  gtk_revealer_set_reveal_child (self->autosave_revealer, TRUE);

  if (self->autosave_retry_source == 0)
    self->autosave_retry_source = g_timeout_add_seconds (AUTOSAVE_RETRY_SECONDS, autosave_retry_cb, self);
}

void
_vitae_window_autosave_ok (VitaeWindow *self)
{
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->autosave_revealer, FALSE);
}

void
_vitae_window_retry_autosave (VitaeWindow *self)
{
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  autosave_retry_cb (self);
}

static gboolean
autosave_timeout_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;

  self->autosave_source = 0;
  /* The timer fires as the person types: the disk is waited for in a
   * worker thread. */
  _vitae_window_autosave_in_background (self);

  return G_SOURCE_REMOVE;
}

/* Starts the clock for the next snapshot unless it runs, so that at most
 * one interval of typing can be lost. */
void
_vitae_window_autosave_later (VitaeWindow *self)
{
  guint interval = self->settings ? g_settings_get_uint (self->settings, "autosave-interval") : 3;

  if (self->autosave_source == 0)
    self->autosave_source = g_timeout_add_seconds (MAX (interval, 1), autosave_timeout_cb, self);
}

/* Whether a snapshot is to be written now (into self->autosave_slot, made
 * here), unless @busy writing one: not when nothing is unsaved or the last
 * snapshot has it all. */
static gboolean
autosave_wanted (VitaeWindow *self,
                 gboolean     busy)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->document == NULL || !vitae_document_get_modified (self->document))
    {
      /* Nothing unsaved: nothing to keep safe. */
      _vitae_window_autosave_ok (self);
      return FALSE;
    }

  if (vitae_document_get_revision (self->document) == self->autosaved_revision || busy)
    return FALSE;

  if (self->autosave_slot == NULL)
    self->autosave_slot = vitae_autosave_new_slot ();

  return TRUE;
}

/* Writes a snapshot now, in this thread: for a Restore that must not wait. */
void
_vitae_window_autosave_now (VitaeWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;

  if (!autosave_wanted (self, FALSE))
    return;

  original = self->file ? g_file_get_path (self->file) : NULL;
  if (!vitae_autosave_write (self->autosave_dir, self->autosave_slot, self->document, original, &error))
    {
      /* Autosave never interrupts typing, but a banner stays while the
       * work is not kept safe, and it is tried again. */
      _vitae_window_autosave_failed (self, error);
      return;
    }

  self->autosaved_revision = vitae_document_get_revision (self->document);
  _vitae_window_autosave_ok (self);
}

typedef struct
{
  GWeakRef window;
  guint64  revision;
} AutosaveRun;

static void
autosave_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  AutosaveRun *run = user_data;
  g_autoptr(VitaeWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(GError) error = NULL;
  gboolean ok = vitae_autosave_write_finish (result, &error);
  guint64 revision = run->revision;

  g_weak_ref_clear (&run->window);
  g_free (run);

  if (self == NULL)
    return;

  self->autosave_busy = FALSE;

  /* The slot was discarded meanwhile: saved, closed or replaced. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (!ok)
    {
      _vitae_window_autosave_failed (self, error);
      return;
    }

  self->autosaved_revision = revision;
  _vitae_window_autosave_ok (self);

  /* Typed on while it was written, when the timer found it busy: the next
   * snapshot's clock starts now. */
  if (self->document != NULL && vitae_document_get_revision (self->document) != revision &&
      vitae_document_get_modified (self->document))
    _vitae_window_autosave_later (self);
}

/*
 * _vitae_window_autosave_in_background:
 *
 * What _vitae_window_autosave_now() does, for the timer that fires while
 * the person types: the document is serialised here (a few milliseconds
 * for a long resume), and the snapshot written and flushed to disk in a
 * worker thread, so that no keystroke waits for the disk.
 */
void
_vitae_window_autosave_in_background (VitaeWindow *self)
{
  g_autofree char *original = NULL;
  AutosaveRun *run;

  /* One at a time: the one being written schedules the next. */
  if (!autosave_wanted (self, self->autosave_busy))
    return;

  original = self->file ? g_file_get_path (self->file) : NULL;
  run = g_new0 (AutosaveRun, 1);
  g_weak_ref_init (&run->window, self);
  run->revision = vitae_document_get_revision (self->document);
  self->autosave_busy = TRUE;
  vitae_autosave_write_async (self->autosave_dir, self->autosave_slot, self->document, original,
                              NULL, autosave_written_cb, run);
}

void
_vitae_window_save_dispose (VitaeWindow *self)
{
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->recent_menu_source, g_source_remove);
  g_clear_pointer (&self->pending, pending_free);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->save_queued_file);
}

static gboolean
update_recent_menu_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;

  self->recent_menu_source = 0;
  _vitae_window_update_recent_menu (self);

  return G_SOURCE_REMOVE;
}

/**
 * _vitae_window_queue_recent_menu:
 * @self: a #VitaeWindow
 *
 * Rebuilds the Recent menu of @self when the main loop is next idle, once
 * for any number of calls before then.
 */
void
_vitae_window_queue_recent_menu (VitaeWindow *self)
{
  if (self->recent_menu_source == 0)
    self->recent_menu_source = g_idle_add (update_recent_menu_cb, self);
}
