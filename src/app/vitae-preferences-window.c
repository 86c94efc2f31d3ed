/* vitae-preferences-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-preferences-window"

#include "config.h"

#include "vitae-preferences-window.h"

struct _VitaePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwComboRow          *paper_row;
  GtkSpinButton        *autosave_spin;
};

G_DEFINE_FINAL_TYPE (VitaePreferencesWindow, vitae_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The paper-size key's values, in the order the combo row lists them.
 * This row is the key's one writer; the preview follows it. */
static const char * const paper_ids[] = { "auto", "a4", "letter" };

static gboolean
paper_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *paper = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_ids); i++)
    if (g_str_equal (paper, paper_ids[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
paper_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (paper_ids))
    return NULL;

  return g_variant_new_string (paper_ids[selected]);
}

static void
vitae_preferences_window_class_init (VitaePreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaePreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, VitaePreferencesWindow, autosave_spin);
}

static void
vitae_preferences_window_init (VitaePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (VITAE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);

  g_settings_bind_with_mapping (settings, "paper-size", self->paper_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, paper_get_mapping, paper_set_mapping, NULL, NULL);
  g_settings_bind (settings, "autosave-interval",
                   gtk_spin_button_get_adjustment (self->autosave_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
