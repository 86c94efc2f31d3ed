/* vitae-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-bullet-row.h"
#include "vitae-remembered.h"
#include "vitae-window-private.h"

G_DEFINE_FINAL_TYPE (VitaeWindow, vitae_window, ADW_TYPE_APPLICATION_WINDOW)

#define MAX_RECENT 8


/* Helpers */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from a build tree without the compiled schema still works; the
   * window just forgets its size. */
  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, "io.github.vitae.Vitae", TRUE)))
    return NULL;

  return g_settings_new ("io.github.vitae.Vitae");
}

static char *
get_display_name (VitaeWindow *self)
{
  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      return vitae_display_name (basename);
    }

  return g_strdup (_("Untitled Resume"));
}

/* The folder the subtitle names.  A file the document portal passed in lives
 * at $XDG_RUNTIME_DIR/doc/ID/NAME, which means nothing to the person: the
 * portal keeps the real path in an extended attribute.  Without it no folder
 * is shown rather than the portal's. */
static char *
get_folder_to_show (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *host = NULL;

  if (path == NULL)
    return NULL;
  if (!_vitae_is_portal_path (path))
    return g_path_get_dirname (path);
  if ((host = _vitae_portal_host_path (path)) == NULL)
    return NULL;

  return g_path_get_dirname (host);
}

void
_vitae_window_update_title (VitaeWindow *self)
{
  g_autofree char *name = get_display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean modified = self->document && vitae_document_get_modified (self->document);

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Vitae"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Vitae"));
      return;
    }

  /* The dot is GNOME's mark for unsaved changes. */
  title = modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);

  if (self->file != NULL)
    {
      g_autofree char *path = get_folder_to_show (self->file);
      const char *home = g_get_home_dir ();

      if (path != NULL && home != NULL && g_str_has_prefix (path, home))
        subtitle = g_strconcat ("~", path + strlen (home), NULL);
      else
        subtitle = g_steal_pointer (&path);
    }
  else if (modified)
    subtitle = g_strdup (_("Not saved yet"));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  {
    /* Translators: the window title: a file name, then the app name */
    g_autofree char *window_title = g_strdup_printf (_("%s — Vitae"), title);

    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

static void
document_content_changed_cb (VitaeWindow   *self,
                             VitaeDocument *document)
{
  /* The first change after a snapshot starts the clock. */
  _vitae_window_autosave_later (self);
}

/* The first analysis of a document shown before the first frame. */
static gboolean
first_analysis_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->first_analysis_source = 0;
  self->defer_analysis = FALSE;
  if (self->document != NULL && vitae_analysis_get_document (self->analysis) != self->document)
    {
      _vitae_window_pages_choose_role (self);
      vitae_analysis_set_document (self->analysis, self->document);
      if (!vitae_analysis_update_now (self->analysis, &error))
        g_warning ("Could not analyse the resume: %s", error->message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->side_stack), TRUE);

  return G_SOURCE_REMOVE;
}

/* Called as the first frame begins; an idle added now runs once it is
 * painted (the frame clock paints in one higher-priority dispatch). */
static gboolean
first_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  if (self->first_analysis_source == 0)
    self->first_analysis_source = g_idle_add (first_analysis_cb, self);

  return G_SOURCE_REMOVE;
}

static void
document_modified_cb (VitaeWindow *self)
{
  _vitae_window_update_title (self);
  _vitae_window_actions_update (self);
}

static void
outline_activate_cb (VitaeWindow  *self,
                     int           position,
                     VitaeOutline *outline)
{
  vitae_editor_scroll_to (self->editor, position);
  if (adw_flap_get_folded (self->outline_flap))
    adw_flap_set_reveal_flap (self->outline_flap, FALSE);
}

static gboolean
drop_cb (VitaeWindow   *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GdkFileList *list = g_value_get_boxed (value);
  g_autoptr(GSList) files = gdk_file_list_get_files (list);

  if (files == NULL)
    return FALSE;

  _vitae_window_open_checked (self, files->data);

  return TRUE;
}

static void
close_after_save (VitaeWindow *self,
                  gpointer     data)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   VitaeWindow      *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      vitae_document_set_modified (self->document, FALSE);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      /* Closes once saved, also after Save As or a question about changes
       * on disk; not if the save fails or is cancelled. */
      _vitae_window_set_pending (self, close_after_save, NULL, NULL);
      _vitae_window_save (self);
    }
}

static void
save_settings (VitaeWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "show-side-panel", adw_flap_get_reveal_flap (self->side_flap));
  g_settings_set_int (self->settings, "side-panel-width", self->side_panel_width);
  if (self->full_preview && self->full_return_page != NULL)
    g_settings_set_string (self->settings, "side-panel-page", self->full_return_page);
  else if (adw_view_stack_get_visible_child_name (self->side_stack) != NULL)
    g_settings_set_string (self->settings, "side-panel-page", adw_view_stack_get_visible_child_name (self->side_stack));
}

static void
coach_activate_bullet_cb (VitaeWindow     *self,
                          VitaeBullet     *bullet,
                          VitaeCoachPanel *panel)
{
  GtkWidget *row = vitae_editor_find_bullet_row (self->editor, bullet);

  if (row == NULL)
    return;

  vitae_editor_reveal_widget (self->editor, row);
  vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), TRUE);
  if (adw_flap_get_folded (self->side_flap))
    adw_flap_set_reveal_flap (self->side_flap, FALSE);
}

static void
add_side_page (VitaeWindow *self,
               GtkWidget   *page,
               const char  *name,
               const char  *title,
               const char  *icon_name)
{
  AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->side_stack, page, name, title);

  adw_view_stack_page_set_icon_name (stack_page, icon_name);
}

/* Overrides */

/* Whether the window is narrow follows its width; the change waits for the
 * allocation to end, as it changes what the header bar needs. */
static void
vitae_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VitaeWindow *self = VITAE_WINDOW (widget);

  GTK_WIDGET_CLASS (vitae_window_parent_class)->size_allocate (widget, width, height, baseline);

  _vitae_window_layout_allocated (self);
}

static gboolean
vitae_window_close_request (GtkWindow *window)
{
  VitaeWindow *self = VITAE_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  save_settings (self);

  if (self->document == NULL || !vitae_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (vitae_window_parent_class)->close_request (window);

  /* Saving what there is to save: closes once it is written. */
  if (_vitae_window_when_saved (self, close_after_save, NULL, NULL))
    return TRUE;

  name = get_display_name (self);
  /* Translators: %s is a file name */
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes which are not saved will be permanently lost."), name);
  dialog = _vitae_window_ask_save_changes (self, body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);

  return TRUE;
}

static void
vitae_window_dispose (GObject *object)
{
  VitaeWindow *self = (VitaeWindow *)object;

  /* A window closed on purpose leaves no snapshot behind: either the work
   * was saved, or the user chose to discard it. */
  if (self->autosave_slot != NULL)
    vitae_autosave_discard (self->autosave_dir, self->autosave_slot);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->narrow_source, g_source_remove);
  g_clear_handle_id (&self->side_width_source, g_source_remove);
  g_clear_handle_id (&self->first_analysis_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  _vitae_window_files_dispose (self);
  _vitae_window_save_dispose (self);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), VITAE_TYPE_WINDOW);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->analysis);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->exported_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->narrow_section);
  g_clear_weak_pointer (&self->full_return_focus);
  g_clear_pointer (&self->recovery_items, g_ptr_array_unref);

  G_OBJECT_CLASS (vitae_window_parent_class)->dispose (object);
}

static void
vitae_window_finalize (GObject *object)
{
  VitaeWindow *self = (VitaeWindow *)object;

  g_clear_pointer (&self->autosave_dir, g_free);
  g_clear_pointer (&self->autosave_slot, g_free);
  g_clear_pointer (&self->full_return_page, g_free);

  G_OBJECT_CLASS (vitae_window_parent_class)->finalize (object);
}

/* F6 and Shift+F6 move between the panes, outline → editor → side panel,
 * skipping hidden ones, and come back to where the focus was in each. */
static gboolean
cycle_panes_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  VitaeWindow *self = VITAE_WINDOW (widget);
  int step = g_variant_get_boolean (args) ? -1 : 1;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *panes[3];
  gboolean shown[3];
  int current = -1;

  panes[0] = GTK_WIDGET (self->outline);
  shown[0] = adw_flap_get_reveal_flap (self->outline_flap);
  panes[1] = GTK_WIDGET (self->main_stack);
  shown[1] = TRUE;
  panes[2] = GTK_WIDGET (self->side_panel);
  shown[2] = adw_flap_get_reveal_flap (self->side_flap);

  for (int i = 0; i < 3; i++)
    if (focus != NULL && (focus == panes[i] || gtk_widget_is_ancestor (focus, panes[i])))
      {
        current = i;
        g_object_set_data_full (G_OBJECT (panes[i]), "vitae-pane-focus",
                                g_object_ref (focus), g_object_unref);
      }

  for (int n = 1; n <= 3; n++)
    {
      int i = ((current < 0 ? (step > 0 ? -1 : 3) : current) + step * n + 6) % 3;
      GtkWidget *last = g_object_get_data (G_OBJECT (panes[i]), "vitae-pane-focus");

      if (i == current || !shown[i] || !gtk_widget_get_mapped (panes[i]))
        continue;
      if (last != NULL && gtk_widget_is_ancestor (last, panes[i]) &&
          gtk_widget_get_mapped (last) && gtk_widget_grab_focus (last))
        return TRUE;
      if (gtk_widget_child_focus (panes[i], GTK_DIR_TAB_FORWARD))
        return TRUE;
    }

  return TRUE;
}

static void
vitae_window_class_init (VitaeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vitae_window_dispose;
  object_class->finalize = vitae_window_finalize;
  widget_class->size_allocate = vitae_window_size_allocate;
  window_class->close_request = vitae_window_close_request;

  g_type_ensure (VITAE_TYPE_EDITOR);
  g_type_ensure (VITAE_TYPE_OUTLINE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, outline_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, full_preview_bin);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, side_scroller);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, open_narrow_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, side_panel_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, recovery_revealer);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, recovery_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, changed_revealer);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, changed_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, changed_reload_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, autosave_revealer);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, autosave_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, outline_flap);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, side_flap);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, VitaeWindow, main_menu);

  _vitae_window_class_actions_init (klass);
  _vitae_window_files_class_init (klass);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, 0, cycle_panes_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, cycle_panes_cb, "b", TRUE);
}

static void
vitae_window_init (VitaeWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  _vitae_window_files_init (self);

  self->settings = create_settings ();
  self->autosave_dir = vitae_autosave_get_default_dir ();

  _vitae_window_layout_init (self);

  self->document_signals = g_signal_group_new (VITAE_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::modified",
                                 G_CALLBACK (document_modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "content-changed",
                                 G_CALLBACK (document_content_changed_cb), self, G_CONNECT_SWAPPED);

  self->history_signals = g_signal_group_new (VITAE_TYPE_HISTORY);
  g_signal_group_connect_object (self->history_signals, "notify::can-undo",
                                 G_CALLBACK (_vitae_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->history_signals, "notify::can-redo",
                                 G_CALLBACK (_vitae_window_actions_update), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->outline, "activate", G_CALLBACK (outline_activate_cb), self, G_CONNECT_SWAPPED);

  /* One analysis of the document that every view of the window binds to. */
  self->analysis = vitae_analysis_new ();
  vitae_outline_set_analysis (self->outline, self->analysis);

  self->coach_panel = VITAE_COACH_PANEL (vitae_coach_panel_new ());
  vitae_coach_panel_set_analysis (self->coach_panel, self->analysis);
  g_signal_connect_object (self->coach_panel, "activate-bullet", G_CALLBACK (coach_activate_bullet_cb), self, G_CONNECT_SWAPPED);
  add_side_page (self, GTK_WIDGET (self->coach_panel), "coach", _("Coach"), "emblem-ok-symbolic");

  /* The Keywords and Preview pages are built the first time they show
   * (or anything asks for them): the first frame shows the Coach. */
  self->keywords_page = ADW_BIN (adw_bin_new ());
  add_side_page (self, GTK_WIDGET (self->keywords_page), "keywords", _("Keywords"), "edit-find-symbolic");
  self->preview_page = ADW_BIN (adw_bin_new ());
  add_side_page (self, GTK_WIDGET (self->preview_page), "preview", _("Preview"), "document-print-preview-symbolic");
  _vitae_window_pages_init (self);

  if (self->settings != NULL)
    {
      g_autofree char *page = g_settings_get_string (self->settings, "side-panel-page");

      if (adw_view_stack_get_child_by_name (self->side_stack, page) != NULL)
        adw_view_stack_set_visible_child_name (self->side_stack, page);
    }

  /* A file opened here is added to the recent files once GIO has told
   * its type, and other windows and applications add theirs: the menu
   * follows. */
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_vitae_window_queue_recent_menu), self, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  _vitae_window_update_title (self);
  _vitae_window_update_recent_menu (self);
  _vitae_window_actions_update (self);
}

/* Private API */

/**
 * _vitae_window_defer_first_analysis:
 * @self: a #VitaeWindow not shown yet
 *
 * For the application's start: the document opened before the first
 * frame is analysed right after that frame is painted, and the side
 * panel, whose pages show the analysis, stays empty until then. Without
 * this (the tests' windows), a document is analysed as it is opened.
 */
void
_vitae_window_defer_first_analysis (VitaeWindow *self)
{
  if (self->defer_analysis)
    return;

  self->defer_analysis = TRUE;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), first_tick_cb, NULL, NULL);
}

void
_vitae_window_toast (VitaeWindow *self,
                     const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_vitae_window_show_error (VitaeWindow  *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_vitae_window_set_document (VitaeWindow   *self,
                            VitaeDocument *document,
                            GFile         *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VITAE_IS_WINDOW (self));

  if (document == NULL)
    _vitae_window_set_full_preview (self, FALSE);

  /* Callers replace a document only once its changes are saved or the
   * person let them go (_vitae_window_replace()): its snapshot goes too. */
  if (self->autosave_slot != NULL)
    vitae_autosave_discard (self->autosave_dir, self->autosave_slot);
  g_clear_pointer (&self->autosave_slot, g_free);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosaved_revision = 0;
  _vitae_window_autosave_ok (self);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  _vitae_window_follow_file (self);

  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->history_signals, document ? vitae_document_get_history (document) : NULL);

  /* Analysed before the editor builds its rows, so they start with their
   * results; but not before the window shows the resume for the first time:
   * the first frame shows it unjudged (no grades, scores or coach page),
   * and the analysis lands right after it. */
  if (document != NULL && self->defer_analysis)
    {
      vitae_analysis_set_document (self->analysis, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->side_stack), FALSE);
    }
  else
    {
      if (document != NULL)
        _vitae_window_pages_choose_role (self);
      vitae_analysis_set_document (self->analysis, document);
      if (!vitae_analysis_update_now (self->analysis, &error))
        g_warning ("Could not analyse the resume: %s", error->message);
    }

  vitae_editor_set_document (self->editor, document);
  vitae_outline_set_document (self->outline, document);
  if (self->preview != NULL)
    vitae_side_panel_set_document (VITAE_SIDE_PANEL (self->preview), document);
  gtk_stack_set_visible_child_name (self->main_stack, document ? "editor" : "empty");

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *path = g_file_get_path (file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      if (path != NULL)
        _vitae_remembered_add (path);
      if (self->settings != NULL && path != NULL)
        g_settings_set_string (self->settings, "last-file", path);
    }

  _vitae_window_update_title (self);
  _vitae_window_update_recent_menu (self);
  _vitae_window_actions_update (self);
}

void
_vitae_window_update_recent_menu (VitaeWindow *self)
{
  g_autolist(GtkRecentInfo) items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint added = 0;

  g_menu_remove_all (self->recent_menu);

  for (GList *l = items; l && added < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *detailed = NULL;
      g_autofree char *host = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL ||
          (vitae_format_from_path (path) != VITAE_FORMAT_VITAE &&
           vitae_format_from_path (path) != VITAE_FORMAT_JSON_RESUME))
        continue;
      /* A document-portal path gone after a new login is still listed
       * while the folder it came from is known: opening it asks the
       * chooser there (open-recent). */
      if (!gtk_recent_info_exists (info) &&
          (host = _vitae_remembered_host_path (path)) == NULL)
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", path);
      g_menu_append_item (self->recent_menu, item);
      added++;
    }

  if (self->narrow)
    _vitae_window_update_narrow_section (self);
}

/* Public API */

VitaeWindow *
vitae_window_new (VitaeApplication *application)
{
  return g_object_new (VITAE_TYPE_WINDOW, "application", application, NULL);
}

/**
 * vitae_window_get_document:
 * @self: a #VitaeWindow
 *
 * Returns: (transfer none) (nullable): the document shown
 */
VitaeDocument *
vitae_window_get_document (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * vitae_window_get_file:
 * @self: a #VitaeWindow
 *
 * Returns: (transfer none) (nullable): the file of the document
 */
GFile *
vitae_window_get_file (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * vitae_window_get_editor:
 * @self: a #VitaeWindow
 *
 * Returns: (transfer none): the editor
 */
VitaeEditor *
vitae_window_get_editor (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  return self->editor;
}

/**
 * vitae_window_get_analysis:
 * @self: a #VitaeWindow
 *
 * Returns: (transfer none): the analysis of the document that the views
 *   of the window show
 */
VitaeAnalysis *
vitae_window_get_analysis (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  return self->analysis;
}

/**
 * vitae_window_offer_recovery:
 * @self: a #VitaeWindow
 * @items: (element-type VitaeAutosaveItem) (transfer none): snapshots left
 *   by a process that did not close cleanly
 *
 * Shows a banner offering to restore the newest snapshot.
 */
void
vitae_window_offer_recovery (VitaeWindow *self,
                             GPtrArray   *items)
{
  g_return_if_fail (VITAE_IS_WINDOW (self));

  if (items == NULL || items->len == 0)
    return;

  g_clear_pointer (&self->recovery_items, g_ptr_array_unref);
  self->recovery_items = g_ptr_array_ref (items);
  _vitae_window_show_recovery (self);
}
