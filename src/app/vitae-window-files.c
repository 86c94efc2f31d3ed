/* vitae-window-files.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's file, and the rules that keep work from being lost: a
 * document is only replaced once its unsaved changes were saved or let go
 * on purpose; a file changed on disk since it was read is not overwritten
 * without asking; a snapshot that cannot be written says so until it can.
 */

#define G_LOG_DOMAIN "vitae-window-files"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitae-import.h"
#include "vitae-window-private.h"

/* Helpers */

static char *
get_file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return vitae_display_name (basename);
}

static void
read_stamp (GFile          *file,
            VitaeFileStamp *stamp)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  struct stat st;

  memset (stamp, 0, sizeof *stamp);
  if (path == NULL || stat (path, &st) != 0)
    return;

  stamp->valid = TRUE;
  stamp->dev = st.st_dev;
  stamp->ino = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_sec = st.st_mtim.tv_sec;
  stamp->mtime_nsec = st.st_mtim.tv_nsec;
}

static gboolean
stamp_equal (const VitaeFileStamp *a,
             const VitaeFileStamp *b)
{
  return a->valid == b->valid &&
         (!a->valid ||
          (a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec));
}

static gboolean
same_file (GFile *a,
           GFile *b)
{
  VitaeFileStamp sa, sb;

  if (g_file_equal (a, b))
    return TRUE;

  /* The same file under another name (a link, a bind mount). */
  read_stamp (a, &sa);
  read_stamp (b, &sb);

  return sa.valid && sb.valid && sa.dev == sb.dev && sa.ino == sb.ino;
}

/* Another Vitae process showing a file holds a lock named after its path in
 * the user's runtime folder; the kernel drops it when that process ends. */
static char *
get_open_lock_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *canonical = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  if (path == NULL)
    return NULL;

  canonical = realpath (path, NULL);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical ? canonical : path, -1);
  name = g_strconcat (hash, ".lock", NULL);

  return g_build_filename (g_get_user_runtime_dir (), "vitae", "open", name, NULL);
}

static void
release_open_lock (VitaeWindow *self)
{
  if (self->open_lock_fd >= 0)
    {
      close (self->open_lock_fd);
      self->open_lock_fd = -1;
    }
}

static void
take_open_lock (VitaeWindow *self)
{
  g_autofree char *lock = NULL;
  g_autofree char *dir = NULL;
  int fd;

  release_open_lock (self);
  if (self->file == NULL || !(lock = get_open_lock_path (self->file)))
    return;

  dir = g_path_get_dirname (lock);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return;

  fd = g_open (lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
  if (fd < 0)
    return;

  /* Shared: every window showing the file holds it; a newcomer asks for it
   * exclusively to learn whether anyone does. */
  if (flock (fd, LOCK_SH | LOCK_NB) != 0)
    {
      close (fd);
      return;
    }

  self->open_lock_fd = fd;
}

static void
hide_changed_banner (VitaeWindow *self)
{
  gtk_revealer_set_reveal_child (self->changed_revealer, FALSE);
}

static void
check_disk_cb (VitaeWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  VitaeFileStamp now;

  /* Our own save is being written: it takes the new stamp when done. */
  if (self->file == NULL || self->saving_file != NULL)
    return;

  read_stamp (self->file, &now);
  if (stamp_equal (&now, &self->stamp))
    {
      hide_changed_banner (self);
      return;
    }

  name = get_file_display_name (self->file);
  if (now.valid)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("“%s” was changed on disk by another program."), name);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("“%s” was deleted or moved on disk. Save to keep it."), name);

  gtk_label_set_label (self->changed_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->changed_reload_button), now.valid);
  gtk_revealer_set_reveal_child (self->changed_revealer, TRUE);
}

static void
file_monitor_changed_cb (VitaeWindow       *self,
                         GFile             *file,
                         GFile             *other_file,
                         GFileMonitorEvent  event,
                         GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT ||
      event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  /* Our own saves change the file too, but they update the stamp first. */
  check_disk_cb (self);
}

/* Replacing the document */

typedef struct
{
  VitaeDocument   *document;
  GFile           *file;
  VitaeWindowThen  then;
  gpointer         data;
  GDestroyNotify   destroy;
} Replacement;

static void
replacement_free (Replacement *replacement)
{
  g_clear_object (&replacement->document);
  g_clear_object (&replacement->file);
  if (replacement->destroy != NULL)
    replacement->destroy (replacement->data);
  g_free (replacement);
}

static void
replace_now (VitaeWindow *self,
             gpointer     data)
{
  Replacement *replacement = data;

  _vitae_window_set_document (self, replacement->document, replacement->file);
  if (replacement->then != NULL)
    replacement->then (self, replacement->data);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VitaeWindow      *self)
{
  Replacement *replacement = g_object_steal_data (G_OBJECT (dialog), "replacement");

  if (replacement == NULL)
    return;

  if (g_strcmp0 (response, "discard") == 0)
    {
      /* The person let the changes go: only now may their snapshot go. */
      replace_now (self, replacement);
      replacement_free (replacement);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      _vitae_window_set_pending (self, replace_now, replacement, (GDestroyNotify) replacement_free);
      _vitae_window_save (self);
    }
  else
    replacement_free (replacement);
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VitaeWindow      *self)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (g_strcmp0 (response, "reload") != 0 || self->file == NULL)
    return;

  file = g_object_ref (self->file);
  path = g_file_get_path (file);
  if (path == NULL || !(document = vitae_document_load_full (path, notes, &error)))
    {
      _vitae_window_show_error (self, _("Could Not Reload the Resume"), error);
      return;
    }

  _vitae_window_set_document (self, document, file);
  for (guint i = 0; i < notes->len; i++)
    _vitae_window_toast (self, g_ptr_array_index (notes, i));
}

/* Opening a file another window shows */

static void
open_elsewhere_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            VitaeWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "open") == 0 && file != NULL)
    vitae_window_open_file (self, file);
}

/* Actions */

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _vitae_window_reload (VITAE_WINDOW (widget));
}

static void
dismiss_changed_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  hide_changed_banner (VITAE_WINDOW (widget));
}

static void
retry_autosave_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _vitae_window_retry_autosave (VITAE_WINDOW (widget));
}

/* Private API */

void
_vitae_window_files_init (VitaeWindow *self)
{
  self->open_lock_fd = -1;
}

void
_vitae_window_files_class_init (VitaeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-changed", NULL, dismiss_changed_action);
  gtk_widget_class_install_action (widget_class, "win.retry-autosave", NULL, retry_autosave_action);
}

void
_vitae_window_files_dispose (VitaeWindow *self)
{
  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->file_monitor, file_monitor_changed_cb, self);
      g_file_monitor_cancel (self->file_monitor);
      g_clear_object (&self->file_monitor);
    }
  release_open_lock (self);
}

/* Remembers what self->file is on disk now, watches it, and tells other
 * processes that this window shows it.  Called once the window read or
 * wrote the file. */
void
_vitae_window_follow_file (VitaeWindow *self)
{
  read_stamp (self->file, &self->stamp);
  hide_changed_banner (self);

  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->file_monitor, file_monitor_changed_cb, self);
      g_file_monitor_cancel (self->file_monitor);
      g_clear_object (&self->file_monitor);
    }

  if (self->file != NULL)
    {
      self->file_monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, NULL);
      if (self->file_monitor != NULL)
        g_signal_connect_object (self->file_monitor, "changed",
                                 G_CALLBACK (file_monitor_changed_cb), self, G_CONNECT_SWAPPED);
    }

  take_open_lock (self);
}

/**
 * _vitae_window_changed_on_disk:
 * @self: a #VitaeWindow
 *
 * Returns: whether self->file is no longer what this window last read or
 *   wrote (another program saved it, or it is gone)
 */
gboolean
_vitae_window_changed_on_disk (VitaeWindow *self)
{
  VitaeFileStamp now;

  if (self->file == NULL || !self->stamp.valid)
    return FALSE;

  read_stamp (self->file, &now);

  return !stamp_equal (&now, &self->stamp);
}

/**
 * _vitae_window_ask_save_changes:
 * @self: a #VitaeWindow
 * @body: what is lost without saving
 *
 * Asks whether to save unsaved changes first: Cancel, Discard or Save.
 * The caller connects to "response"; the dialog is shown at the next
 * main loop iteration.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *
_vitae_window_ask_save_changes (VitaeWindow *self,
                                const char  *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * _vitae_window_replace:
 * @self: a #VitaeWindow
 * @document: the document to show instead
 * @file: (nullable): its file
 * @then: (nullable): what to do once it is shown
 *
 * Shows @document, once the unsaved changes of the current document are
 * saved or let go: if there are any, the person is asked first (Save,
 * Discard or Cancel), and nothing, not even the snapshot of those changes,
 * is dropped before they decided. On Cancel, @data is freed unused.
 */
void
_vitae_window_replace (VitaeWindow     *self,
                       VitaeDocument   *document,
                       GFile           *file,
                       VitaeWindowThen  then,
                       gpointer         data,
                       GDestroyNotify   destroy)
{
  Replacement *replacement = g_new0 (Replacement, 1);
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  replacement->document = g_object_ref (document);
  replacement->file = file ? g_object_ref (file) : NULL;
  replacement->then = then;
  replacement->data = data;
  replacement->destroy = destroy;

  if (self->document == NULL || !vitae_document_get_modified (self->document))
    {
      replace_now (self, replacement);
      replacement_free (replacement);
      return;
    }

  /* Saving what there is to save: replaced once it is written. */
  if (_vitae_window_when_saved (self, replace_now, replacement, (GDestroyNotify) replacement_free))
    return;

  name = self->file ? get_file_display_name (self->file) : g_strdup (_("Untitled Resume"));
  /* Translators: %s is a file name */
  body = g_strdup_printf (_("“%s” has unsaved changes. If you open another resume here without saving, they will be permanently lost."),
                          name);
  dialog = _vitae_window_ask_save_changes (self, body);
  g_object_set_data_full (G_OBJECT (dialog), "replacement", replacement, (GDestroyNotify) replacement_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
}

/**
 * _vitae_window_find_showing:
 * @file: a file
 *
 * Returns: (transfer none) (nullable): the window of this process that
 *   shows @file
 */
VitaeWindow *
_vitae_window_find_showing (GFile *file)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (VITAE_IS_WINDOW (l->data) && VITAE_WINDOW (l->data)->file != NULL &&
        same_file (VITAE_WINDOW (l->data)->file, file))
      return l->data;

  return NULL;
}

/**
 * _vitae_window_open_elsewhere:
 * @file: a file
 *
 * Returns: whether another Vitae process shows @file
 */
gboolean
_vitae_window_open_elsewhere (GFile *file)
{
  g_autofree char *lock = get_open_lock_path (file);
  gboolean held;
  int fd;

  if (lock == NULL || (fd = g_open (lock, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0)) < 0)
    return FALSE;

  /* Our own windows hold it too, but they are found by
   * _vitae_window_find_showing() first. */
  held = flock (fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);

  return held;
}

/* Files Vitae reads only through the import review, never opens as a
 * document to save over. */
static gboolean
is_import_only (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    return FALSE;

  switch (vitae_import_format_from_path (path))
    {
    case VITAE_IMPORT_PDF:
    case VITAE_IMPORT_DOCX:
    case VITAE_IMPORT_ODT:
    case VITAE_IMPORT_LINKEDIN:
      return TRUE;
    case VITAE_IMPORT_JSON:
    case VITAE_IMPORT_UNKNOWN:
    default:
      return FALSE;
    }
}

/**
 * _vitae_window_open_checked:
 * @self: the window the person asked from
 * @file: the file to open
 *
 * Opens @file as a person asked: a window that shows it already comes to the
 * front instead; a file another Vitae shows is opened only if the person
 * says so; the document of @self is only replaced once its changes are safe.
 */
void
_vitae_window_open_checked (VitaeWindow *self,
                            GFile       *file)
{
  VitaeWindow *showing;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  /* A PDF, Word or OpenDocument resume, or LinkedIn's export, given on the
   * command line or dropped on the window is brought in as File → Import
   * does: shown for review first, and the file itself is never written. */
  if (is_import_only (file))
    {
      _vitae_window_import_with_review (self, file);
      return;
    }

  showing = _vitae_window_find_showing (file);
  if (showing != NULL)
    {
      name = get_file_display_name (file);
      gtk_window_present (GTK_WINDOW (showing));
      {
        /* Translators: %s is a file name */
        g_autofree char *message = g_strdup_printf (_("“%s” is already open"), name);

        _vitae_window_toast (showing, message);
      }
      return;
    }

  if (!_vitae_window_open_elsewhere (file))
    {
      vitae_window_open_file (self, file);
      return;
    }

  name = get_file_display_name (file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Already Open in Another Window"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is a file name */
                                  _("Another Vitae window shows “%s”. If both change it, the one saved last replaces the other’s changes."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Anyway"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_elsewhere_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A resume saved under a name without an extension (the person typed it
 * so in the chooser, which Vitae never changes) opens by its content. */
static VitaeDocument *
load_without_extension (const char  *path,
                        GPtrArray   *notes,
                        GError     **error)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *display = vitae_display_name (path);
  g_autofree char *data = NULL;
  const char *p;
  gsize len = 0;

  if (!vitae_read_text_file (path, &data, &len, error))
    return NULL;

  for (p = data; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'; p++)
    ;

  if (*p == '<')
    document = vitae_xml_parse (data, len, display, error);
  else if (*p == '{')
    document = vitae_json_resume_parse (data, len, display, error);
  else
    return vitae_document_load_full (path, notes, error);

  if (document == NULL || !vitae_document_sanitize (document, display, notes, error))
    return NULL;

  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);

  return g_steal_pointer (&document);
}

/* Says what was cleaned on the way in (invisible direction marks and the
 * like), so nothing changes behind the user's back. */
static void
show_notes (VitaeWindow *self,
            gpointer     data)
{
  GPtrArray *notes = data;

  for (guint i = 0; i < notes->len; i++)
    _vitae_window_toast (self, g_ptr_array_index (notes, i));
}

/**
 * vitae_window_open_file:
 * @self: a #VitaeWindow
 * @file: a .vitae or JSON Resume file
 *
 * Loads @file into the window. A file that cannot be used is refused with a
 * dialog that says why, and the window keeps what it had. If the window has
 * unsaved changes, the person is asked first whether to save them (see
 * _vitae_window_replace()).
 *
 * Returns: %TRUE if the file was read (and is shown, or will be once the
 *   person decided)
 */
gboolean
vitae_window_open_file (VitaeWindow *self,
                        GFile       *file)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (VITAE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Vitae opens local files only"));
  else if (vitae_format_from_path (path) == VITAE_FORMAT_UNKNOWN)
    document = load_without_extension (path, notes, &error);
  else
    document = vitae_document_load_full (path, notes, &error);

  if (document == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      /* The file chooser lists what it gave in Recent; a file that could
       * not be opened does not belong there. */
      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      _vitae_window_show_error (self, _("Could Not Open the Resume"), error);
      return FALSE;
    }

  _vitae_window_replace (self, document, file, show_notes, g_steal_pointer (&notes),
                         (GDestroyNotify) g_ptr_array_unref);

  return TRUE;
}

/* Shows the banner for the first snapshot on offer, or hides it. */
void
_vitae_window_show_recovery (VitaeWindow *self)
{
  VitaeAutosaveItem *item;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *time = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->recovery_items == NULL || self->recovery_items->len == 0)
    {
      gtk_revealer_set_reveal_child (self->recovery_revealer, FALSE);
      _vitae_window_actions_update (self);
      return;
    }

  item = g_ptr_array_index (self->recovery_items, 0);
  when = g_date_time_new_from_unix_local (item->saved_at);
  /* Translators: the date and time of an autosaved snapshot, in g_date_time_format()'s
   * notation: put the parts in your language's order; %B is the month's name, so that
   * 1 December 2026 and 12 January 2026 can never be mixed up as "12/01/26" can */
  time = when ? g_date_time_format (when, _("%-d %B %Y at %H:%M")) : g_strdup ("");
  name = item->original_path ? g_path_get_basename (item->original_path) : g_strdup (_("an untitled resume"));

  /* Translators: the first %s is a file name, the second a date and time */
  message = g_strdup_printf (_("Vitae closed unexpectedly. Unsaved changes to %s from %s can be restored."), name, time);
  gtk_label_set_label (self->recovery_label, message);
  gtk_revealer_set_reveal_child (self->recovery_revealer, TRUE);
  _vitae_window_actions_update (self);
}

/* Reads the file again, dropping unsaved changes only if the person says. */
void
_vitae_window_reload (VitaeWindow *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;

  if (self->file == NULL)
    return;

  if (self->document == NULL || !vitae_document_get_modified (self->document))
    {
      reload_response_cb (NULL, "reload", self);
      return;
    }

  name = get_file_display_name (self->file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes and Reload?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is a file name */
                                  _("Reloading “%s” shows it as it is on disk now. Your unsaved changes will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Discard and Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
