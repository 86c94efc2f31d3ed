/* vitae-window-actions.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-export.h"
#include "vitae-import-review.h"
#include "vitae-import.h"
#include "vitae-parse-check-dialog.h"
#include "vitae-pdf.h"
#include "vitae-preferences-window.h"
#include "vitae-remembered.h"
#include "vitae-window-private.h"

/* Helpers */

static char *
suggest_name (VitaeWindow *self,
              const char  *extension)
{
  g_autofree char *stem = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      stem = g_steal_pointer (&basename);
    }
  else if (self->document != NULL && vitae_node_has (VITAE_NODE (self->document), "name"))
    stem = g_strdup (vitae_node_get_text (VITAE_NODE (self->document), "name"));
  else
    stem = g_strdup (_("Resume"));

  return g_strconcat (stem, extension, NULL);
}

static void
open_chosen_cb (VitaeWindow *self,
                GFile       *file)
{
  if (file != NULL)
    _vitae_window_open_checked (self, file);
}

/* The chooser's file is used as it is: the suggested name and the filter
 * carry the extension, and through the document portal no other name may
 * exist. */
void
_vitae_window_save_as_chosen (VitaeWindow *self,
                              GFile       *file)
{
  if (file != NULL)
    _vitae_window_save_to (self, file);
  else
    _vitae_window_finish_pending (self, FALSE);
}

/* An export counts as done once the file is there and holds every byte
 * that was made: through the document portal a rename can land elsewhere
 * and still succeed. */
static gboolean
write_export_checked (GBytes      *bytes,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *display = vitae_display_name (path);
  g_autofree char *back = NULL;
  gsize size, back_size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!vitae_write_file_atomic (path, data, size, error))
    return FALSE;

  if (!g_file_get_contents (path, &back, &back_size, NULL) ||
      back_size != size || memcmp (back, data, size) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file name */
                   _("“%s” does not hold what was saved: the folder may not allow saving under this name. Try another folder or name."),
                   display);
      return FALSE;
    }

  return TRUE;
}

/**
 * _vitae_window_export_chosen:
 * @self: the window
 * @file: (nullable): the file the chooser gave, used as it is
 * @format: what to write, whatever the name's extension says
 *
 * Writes the export and reports it with a toast that can open it.
 */
void
_vitae_window_export_chosen (VitaeWindow       *self,
                             GFile             *file,
                             VitaeExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  VitaeRenderOptions options;
  AdwToast *toast;

  if (file == NULL || self->document == NULL)
    return;

  path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  /* PDF, Word and OpenDocument in the template and paper the preview shows. */
  vitae_preview_get_options (_vitae_window_get_preview (self), &options);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Vitae saves to local files only"));
  if (path == NULL ||
      !(bytes = vitae_export_render (self->document, &options, format, &error)) ||
      !write_export_checked (bytes, path, &error))
    {
      _vitae_window_show_error (self, _("Could Not Export"), error);
      return;
    }

  self->export_format = format;
  g_set_object (&self->exported_file, file);

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported “%s”"), basename);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_vitae_window_export_pdf_chosen (VitaeWindow *self,
                                 GFile       *file)
{
  _vitae_window_export_chosen (self, file, VITAE_EXPORT_PDF);
}

static void
choose_export (VitaeWindow       *self,
               VitaeExportFormat  format)
{
  g_autofree char *name = suggest_name (self, vitae_export_format_get_extension (format));

  _vitae_window_choose_export (self, name, format, _vitae_window_export_chosen);
}

static void
unfilled_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      VitaeWindow      *self)
{
  if (g_strcmp0 (response, "export") == 0)
    choose_export (self, self->export_format);
}

/* Asks for a file in @format's chooser, first saying so when a [slot] is
 * left in a bullet: it would print as it is. */
static void
start_export (VitaeWindow       *self,
              VitaeExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  guint unfilled;

  if (self->document == NULL)
    return;

  self->export_format = format;
  if (format == VITAE_EXPORT_JSON_RESUME)
    {
      choose_export (self, format);
      return;
    }

  /* With the analysis up to the last keystroke. */
  if (!vitae_analysis_update_now (self->analysis, &error))
    g_warning ("Could not analyse the resume: %s", error->message);
  unfilled = vitae_analysis_get_n_unfilled_slots (self->analysis);
  if (unfilled == 0)
    {
      choose_export (self, format);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Unfilled Slots"), NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u [slot] still waits for a figure only you know. It will print as it is.",
                                               "%u [slots] still wait for figures only you know. They will print as they are.",
                                               unfilled),
                                  unfilled);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Go Back"),
                                    "export", _("_Export Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unfilled_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_exported_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->exported_file == NULL)
    return;

#if GTK_CHECK_VERSION (4, 10, 0)
/* Newer than GDK_VERSION_MAX_ALLOWED, which keeps the rest of the code at 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (self->exported_file);

    gtk_file_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
  }
G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    g_autofree char *uri = g_file_get_uri (self->exported_file);

    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  }
#endif
}

void
_vitae_window_import_chosen (VitaeWindow *self,
                             GFile       *file)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL || !(document = vitae_document_load (path, &error)))
    {
      _vitae_window_show_error (self, _("Could Not Import"), error);
      return;
    }

  /* An import becomes a new, unsaved .vitae resume; the JSON stays as it
   * was. It replaces what this window shows only once that is safe. */
  vitae_document_set_modified (document, TRUE);
  _vitae_window_replace (self, document, NULL, NULL, NULL, NULL);
}

static void
import_reviewed_cb (VitaeImportReview *review,
                    VitaeDocument     *document,
                    VitaeWindow       *self)
{
  /* A new, unsaved .vitae resume; what this window shows is replaced only
   * once that is safe (the unsaved-changes dialog). */
  vitae_document_set_modified (document, TRUE);
  _vitae_window_replace (self, document, NULL, NULL, NULL, NULL);
}

/* File → Import: the resume is recovered from the file, then shown beside
 * the file's text for the person to check before it becomes the document. */
void
_vitae_window_import_with_review (VitaeWindow *self,
                                  GFile       *file)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  VitaeImportReview *review;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Vitae reads local files only"));
  if (path == NULL || !(document = vitae_import_file (path, notes, &error)))
    {
      _vitae_window_show_error (self, _("Could Not Import"), error);
      return;
    }

  source = vitae_import_source_text (path);
  review = vitae_import_review_new (GTK_WINDOW (self), document, source ? source : "", notes);
  g_signal_connect_object (review, "import", G_CALLBACK (import_reviewed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (review));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _vitae_window_choose_file (VITAE_WINDOW (widget), FALSE, _("Import a Resume"), NULL,
                             VITAE_FILE_FILTER_IMPORT, _vitae_window_import_with_review);
}

static VitaeWindow *
get_target_window (VitaeWindow *self)
{
  GtkApplication *app;
  VitaeWindow *window;

  /* Reuse this window while it holds nothing worth keeping. */
  if (self->document == NULL ||
      (self->file == NULL && !vitae_document_get_modified (self->document)))
    return self;

  app = gtk_window_get_application (GTK_WINDOW (self));
  window = vitae_window_new (VITAE_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

typedef struct
{
  VitaeWindow *banner;   /* the window offering the snapshot */
  char        *slot;
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_object (&restore->banner);
  g_free (restore->slot);
  g_free (restore);
}

static void
restored_cb (VitaeWindow *target,
             gpointer     data)
{
  Restore *restore = data;
  VitaeWindow *banner = restore->banner;

  /* The restored work is unsaved: snapshot it again under this process, so a
   * second crash does not lose it, before letting go of the old snapshot. */
  vitae_document_set_modified (target->document, TRUE);
  _vitae_window_autosave_now (target);
  vitae_autosave_discard (banner->autosave_dir, restore->slot);

  if (banner->recovery_items != NULL)
    for (guint i = 0; i < banner->recovery_items->len; i++)
      {
        VitaeAutosaveItem *item = g_ptr_array_index (banner->recovery_items, i);

        if (g_strcmp0 (item->slot, restore->slot) == 0)
          {
            g_ptr_array_remove_index (banner->recovery_items, i);
            break;
          }
      }

  _vitae_window_show_recovery (banner);
  gtk_window_present (GTK_WINDOW (target));
  _vitae_window_toast (target, _("Unsaved changes restored"));
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VitaeWindow *self = get_target_window (VITAE_WINDOW (widget));
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  static const VitaeSectionKind starters[] = {
    VITAE_SECTION_EXPERIENCE,
    VITAE_SECTION_SKILLS,
    VITAE_SECTION_EDUCATION,
  };

  /* A blank resume starts with the sections every resume needs, in the
   * order recruiters read them. */
  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    {
      g_autoptr(VitaeSection) section = vitae_section_new (starters[i]);

      vitae_document_append_section (document, section);
    }
  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);

  _vitae_window_set_document (self, document, NULL);
  vitae_editor_scroll_to (self->editor, VITAE_EDITOR_BASICS);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  _vitae_window_choose_file (self, FALSE, _("Open Resume"), NULL,
                             VITAE_FILE_FILTER_RESUMES, open_chosen_cb);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  const char *path = g_variant_get_string (param, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *host = NULL;

  /* In the Flatpak sandbox a file handed over on the command line is a
   * document of the portal only until the next login: where it lived is
   * known, so the chooser opens there for the person to give it again. */
  if (!g_file_query_exists (file, NULL) && (host = _vitae_remembered_host_path (path)) != NULL)
    {
      g_autofree char *name = g_path_get_basename (host);
      g_autofree char *display = vitae_display_name (name);
      g_autofree char *dir = g_path_get_dirname (host);
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      /* Translators: a file chooser's title; %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Open “%s” Again"), display);

      _vitae_window_choose_file_in (self, FALSE, title, NULL, folder,
                                    VITAE_FILE_FILTER_RESUMES, open_chosen_cb);
      return;
    }

  _vitae_window_open_checked (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->document == NULL)
    return;

  /* A save asked for by itself finishes nothing that waited before; while
   * one is written, it follows that one, which still finishes its own. */
  if (self->saving_file == NULL)
    _vitae_window_finish_pending (self, FALSE);
  _vitae_window_save (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  g_autofree char *name = suggest_name (self, ".vitae");

  _vitae_window_choose_file (self, TRUE, _("Save Resume"), name,
                             VITAE_FILE_FILTER_VITAE, _vitae_window_save_as_chosen);
}

static void
parse_check_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  VitaeParseCheckDialog *dialog;
  VitaeRenderOptions options;

  if (self->document == NULL)
    return;

  /* The export the person would send: the preview's template and paper. */
  vitae_preview_get_options (_vitae_window_get_preview (self), &options);
  dialog = vitae_parse_check_dialog_new (GTK_WINDOW (self), self->document, &options);
  if (self->export_format == VITAE_EXPORT_DOCX || self->export_format == VITAE_EXPORT_ODT)
    vitae_parse_check_dialog_set_format (dialog, self->export_format);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  start_export (self, self->export_format != VITAE_EXPORT_UNKNOWN ? self->export_format : VITAE_EXPORT_PDF);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  start_export (VITAE_WINDOW (widget), VITAE_EXPORT_JSON_RESUME);
}

static void
export_text_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  start_export (VITAE_WINDOW (widget), VITAE_EXPORT_TEXT);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  start_export (VITAE_WINDOW (widget), VITAE_EXPORT_PDF);
}

static void
import_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  _vitae_window_choose_file (self, FALSE, _("Import JSON Resume"), NULL,
                             VITAE_FILE_FILTER_JSON, _vitae_window_import_chosen);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->document != NULL)
    vitae_history_undo (vitae_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->document != NULL)
    vitae_history_redo (vitae_document_get_history (self->document));
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  g_autoptr(VitaeSection) section = NULL;
  VitaeSectionKind kind;
  guint position;

  if (self->document == NULL ||
      !vitae_section_kind_from_id (g_variant_get_string (param, NULL), &kind))
    return;

  section = vitae_section_new (kind);
  vitae_document_append_section (self->document, section);
  position = vitae_document_get_n_sections (self->document) - 1;
  vitae_editor_scroll_to (self->editor, position);
}

static void
toggle_outline_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->outline_flap, !adw_flap_get_reveal_flap (self->outline_flap));
}

static void
toggle_side_panel_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->side_flap, !adw_flap_get_reveal_flap (self->side_flap));
}

/* Toggles the preview over the whole window. */
static void
full_preview_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  _vitae_window_set_full_preview (self, !self->full_preview);
}

static void
leave_full_preview_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  _vitae_window_set_full_preview (VITAE_WINDOW (widget), FALSE);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->settings == NULL)
    return;

  gtk_window_present (GTK_WINDOW (vitae_preferences_window_new (GTK_WINDOW (self), self->settings)));
}

/* The shortcuts window (515 widgets) is built when it is first asked for,
 * not with every window: GtkApplication would build it from gtk/help-overlay.ui
 * at start-up, so it lives under another name in the resources. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (VITAE_SHORTCUTS_RESOURCE);

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
restore_recovery_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  VitaeAutosaveItem *item;
  VitaeWindow *target = NULL;
  Restore *restore;

  if (self->recovery_items == NULL || self->recovery_items->len == 0)
    return;

  item = g_ptr_array_index (self->recovery_items, 0);
  if (!(document = vitae_autosave_item_load (item, &error)))
    {
      _vitae_window_show_error (self, _("Could Not Restore"), error);
      return;
    }

  /* Into the one window that shows the file, if one does (the last file is
   * reopened at start, before the banner is answered). */
  if (item->original_path != NULL)
    {
      file = g_file_new_for_path (item->original_path);
      target = _vitae_window_find_showing (file);
    }
  if (target == NULL)
    target = get_target_window (self);

  restore = g_new0 (Restore, 1);
  restore->banner = g_object_ref (self);
  restore->slot = g_strdup (item->slot);

  /* The snapshot is let go only once it is shown. */
  _vitae_window_replace (target, document, file, restored_cb, restore, (GDestroyNotify) restore_free);
}

static void
discard_recovery_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  VitaeAutosaveItem *item;

  if (self->recovery_items == NULL || self->recovery_items->len == 0)
    return;

  /* Only the snapshot the banner names; the next one, if any, is offered
   * next. */
  item = g_ptr_array_index (self->recovery_items, 0);
  vitae_autosave_discard (self->autosave_dir, item->slot);
  g_ptr_array_remove_index (self->recovery_items, 0);
  _vitae_window_show_recovery (self);
}

/* Private API */

void
_vitae_window_actions_update (VitaeWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  VitaeHistory *history = self->document ? vitae_document_get_history (self->document) : NULL;
  gboolean has_document = self->document != NULL;
  gboolean has_recovery = self->recovery_items != NULL && self->recovery_items->len > 0;

  gtk_widget_action_set_enabled (widget, "win.save", has_document);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_document);
  gtk_widget_action_set_enabled (widget, "win.export-json", has_document);
  gtk_widget_action_set_enabled (widget, "win.export-text", has_document);
  gtk_widget_action_set_enabled (widget, "win.export-pdf", has_document);
  gtk_widget_action_set_enabled (widget, "win.export", has_document);
  gtk_widget_action_set_enabled (widget, "win.parse-check", has_document);
  gtk_widget_action_set_enabled (widget, "win.add-section", has_document);
  gtk_widget_action_set_enabled (widget, "win.full-preview", has_document);
  gtk_widget_action_set_enabled (widget, "win.leave-full-preview", self->full_preview);
  gtk_widget_action_set_enabled (widget, "win.undo", history && vitae_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", history && vitae_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.restore-recovery", has_recovery);
  gtk_widget_action_set_enabled (widget, "win.preferences", self->settings != NULL);
  gtk_widget_action_set_enabled (widget, "win.discard-recovery", has_recovery);
}

void
_vitae_window_class_actions_init (VitaeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "win.export-text", NULL, export_text_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", NULL, open_exported_action);
  gtk_widget_class_install_action (widget_class, "win.parse-check", NULL, parse_check_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, import_json_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.add-section", "s", add_section_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-outline", NULL, toggle_outline_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-side-panel", NULL, toggle_side_panel_action);
  gtk_widget_class_install_action (widget_class, "win.full-preview", NULL, full_preview_action);
  gtk_widget_class_install_action (widget_class, "win.leave-full-preview", NULL, leave_full_preview_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.restore-recovery", NULL, restore_recovery_action);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", NULL, discard_recovery_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  /* Every shortcut here is listed in ui/gtk/help-overlay.ui; Ctrl+? itself
   * is the application's (vitae-application.c), as GtkApplication has it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-outline", NULL);
  /* F10 opens the main menu, as in every GNOME app (the menu button is primary). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_CONTROL_MASK, "win.toggle-side-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  /* The page over the whole window; Escape comes back (and does nothing
   * else meanwhile: the action is off outside the full preview). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.full-preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-full-preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
}
