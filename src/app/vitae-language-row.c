/* vitae-language-row.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-language-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-language.h"
#include "vitae-language-row.h"

/* The document language: the picker shows the document's, and sets it
 * through the model, so that a change is undone like any edit. The first
 * item is no language of its own: the interface's, or English. */
struct _VitaeLanguageRow
{
  AdwComboRow    parent_instance;

  VitaeDocument *document;
};

G_DEFINE_FINAL_TYPE (VitaeLanguageRow, vitae_language_row, ADW_TYPE_COMBO_ROW)

static void
document_language_cb (VitaeLanguageRow *self)
{
  const VitaeLanguageInfo *info = vitae_language_lookup (vitae_document_get_language (self->document));
  const VitaeLanguageInfo *list;
  guint n, selected = 0;

  list = vitae_language_get_supported (&n);
  for (guint i = 0; info != NULL && i < n; i++)
    if (&list[i] == info)
      selected = i + 1;

  if (adw_combo_row_get_selected (ADW_COMBO_ROW (self)) != selected)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self), selected);
}

static void
selected_cb (VitaeLanguageRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  const char *language = vitae_document_get_language (self->document);
  const VitaeLanguageInfo *current = vitae_language_lookup (language);
  const VitaeLanguageInfo *list;
  guint n;

  list = vitae_language_get_supported (&n);
  if (selected == GTK_INVALID_LIST_POSITION || selected > n)
    return;
  if (selected == 0 && language != NULL)
    vitae_document_set_language (self->document, NULL);
  else if (selected > 0 && current != &list[selected - 1])
    vitae_document_set_language (self->document, list[selected - 1].tag);
}

static void
vitae_language_row_dispose (GObject *object)
{
  VitaeLanguageRow *self = (VitaeLanguageRow *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_language_row_parent_class)->dispose (object);
}

static void
vitae_language_row_class_init (VitaeLanguageRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vitae_language_row_dispose;
}

static void
vitae_language_row_init (VitaeLanguageRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const VitaeLanguageInfo *list;
  guint n;

  /* Translators: the document language picker's first item: the resume
   * uses the language of Vitae's interface */
  gtk_string_list_append (names, _("Same as Interface"));
  list = vitae_language_get_supported (&n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (names, list[i].endonym);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Document Language"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("Headings and dates of the exported resume"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (names));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document Language"),
                                  -1);
}

/**
 * vitae_language_row_new:
 * @document: the document whose language the row picks
 *
 * Returns: a row that shows and sets the language of @document
 */
GtkWidget *
vitae_language_row_new (VitaeDocument *document)
{
  VitaeLanguageRow *self;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  self = g_object_new (VITAE_TYPE_LANGUAGE_ROW, NULL);
  self->document = g_object_ref (document);
  document_language_cb (self);
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
  g_signal_connect_object (document, "notify::language", G_CALLBACK (document_language_cb),
                           self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
