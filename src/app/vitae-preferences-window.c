/* vitae-preferences-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-preferences-window.h"

struct _VitaePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* owned */
  GSettings            *settings;

  /* children */
  AdwComboRow          *paper_row;
  GtkSpinButton        *autosave_spin;
};

G_DEFINE_FINAL_TYPE (VitaePreferencesWindow, vitae_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The paper-size key's values, in the order the combo row lists them. */
static const char * const paper_ids[] = { "auto", "a4", "letter" };

static void
paper_selected_cb (VitaePreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->paper_row);

  if (selected < G_N_ELEMENTS (paper_ids))
    g_settings_set_string (self->settings, "paper-size", paper_ids[selected]);
}

static void
autosave_changed_cb (VitaePreferencesWindow *self)
{
  g_settings_set_uint (self->settings, "autosave-interval",
                       (guint) gtk_spin_button_get_value_as_int (self->autosave_spin));
}

static void
vitae_preferences_window_dispose (GObject *object)
{
  VitaePreferencesWindow *self = (VitaePreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vitae_preferences_window_parent_class)->dispose (object);
}

static void
vitae_preferences_window_class_init (VitaePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vitae_preferences_window_dispose;
}

static void
vitae_preferences_window_init (VitaePreferencesWindow *self)
{
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *output = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *safety = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *autosave_row;

  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 420);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  gtk_string_list_append (papers, _("From Your Region"));
  gtk_string_list_append (papers, _("A4"));
  gtk_string_list_append (papers, _("US Letter"));
  self->paper_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paper_row), _("Paper Size"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->paper_row), _("For the preview and exported PDFs"));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));

  adw_preferences_group_set_title (output, _("Pages"));
  adw_preferences_group_add (output, GTK_WIDGET (self->paper_row));

  self->autosave_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 60, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->autosave_spin), GTK_ALIGN_CENTER);
  autosave_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (autosave_row), _("Keep Unsaved Work Every"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (autosave_row),
                               _("Seconds between copies of unsaved changes, offered back after a crash"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (autosave_row), GTK_WIDGET (self->autosave_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (autosave_row), GTK_WIDGET (self->autosave_spin));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->autosave_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Autosave interval in seconds"),
                                  -1);

  adw_preferences_group_set_title (safety, _("Autosave"));
  adw_preferences_group_add (safety, autosave_row);

  adw_preferences_page_add (page, output);
  adw_preferences_page_add (page, safety);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

/**
 * vitae_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the app's settings
 *
 * Returns: (transfer floating): a preferences window editing @settings
 */
GtkWidget *
vitae_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  VitaePreferencesWindow *self;
  g_autofree char *paper = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (VITAE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->settings = g_object_ref (settings);

  paper = g_settings_get_string (settings, "paper-size");
  for (guint i = 0; i < G_N_ELEMENTS (paper_ids); i++)
    if (g_str_equal (paper, paper_ids[i]))
      adw_combo_row_set_selected (self->paper_row, i);
  gtk_spin_button_set_value (self->autosave_spin, g_settings_get_uint (settings, "autosave-interval"));

  g_signal_connect_object (self->paper_row, "notify::selected", G_CALLBACK (paper_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave_spin, "value-changed", G_CALLBACK (autosave_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
