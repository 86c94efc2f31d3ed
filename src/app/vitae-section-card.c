/* vitae-section-card.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-section-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vitae-entry-card.h"
#include "vitae-section-card.h"

struct _VitaeSectionCard
{
  VitaeNodeRow      parent_instance;

  /* borrowed from the parent class */
  VitaeSection     *section;

  /* template widgets */
  GtkImage         *drag_handle;
  GtkLabel         *title_label;
  AdwButtonContent *add_entry_content;
  GtkListBox       *entries_list;
  GtkLabel         *empty_label;
  GtkMenuButton    *menu_button;
  GMenuModel       *section_menu;
};

G_DEFINE_FINAL_TYPE (VitaeSectionCard, vitae_section_card, VITAE_TYPE_NODE_ROW)

/* Helpers */

static const char *
get_add_label (VitaeSectionKind kind)
{
  switch (kind)
    {
    case VITAE_SECTION_EXPERIENCE:     return _("Add _Position");
    case VITAE_SECTION_EDUCATION:      return _("Add _Degree");
    case VITAE_SECTION_SKILLS:         return _("Add Skill _Group");
    case VITAE_SECTION_PROJECTS:       return _("Add _Project");
    case VITAE_SECTION_CERTIFICATIONS: return _("Add _Certificate");
    case VITAE_SECTION_LANGUAGES:      return _("Add _Language");
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_VOLUNTEER:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:                           return _("Add _Entry");
    }
}

static void
update_title (VitaeSectionCard *self)
{
  gtk_label_set_label (self->title_label, vitae_section_get_title (self->section));
}

static void
update_empty (VitaeSectionCard *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          vitae_section_get_n_entries (self->section) == 0);
}

static GtkWidget *
create_entry_card_cb (gpointer item,
                      gpointer user_data)
{
  return vitae_entry_card_new (VITAE_ENTRY (item));
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VitaeSectionCard *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "rename") == 0)
    {
      g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
      const char *standard = vitae_section_kind_get_title (vitae_section_get_kind (self->section));

      /* The standard heading is what ATS parsers expect, so keep it unset
       * rather than copied when the user picks it. */
      vitae_node_set_text (VITAE_NODE (self->section), "title",
                           g_strcmp0 (title, standard) == 0 ? NULL : title);
    }
}

static void
show_rename_dialog (VitaeSectionCard *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Rename Section"),
                                                       _("Applicant tracking systems look for standard headings such as “Experience” and “Skills”; keep close to them.")));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), vitae_section_get_title (self->section));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Section heading"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whether entries of @kind carry dates, and so are listed newest first. */
static gboolean
kind_is_dated (VitaeSectionKind kind)
{
  const VitaeFieldInfo *fields;
  guint n_fields;

  fields = vitae_section_kind_get_fields (kind, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].type == VITAE_FIELD_DATE)
      return TRUE;

  return FALSE;
}

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  VitaeSectionCard *self = VITAE_SECTION_CARD (widget);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  GtkListBoxRow *row;
  guint position;

  if (vitae_section_kind_has_bullets (vitae_section_get_kind (self->section)))
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (NULL);

      vitae_entry_append_bullet (entry, bullet);
    }

  /* A new dated entry goes first, as resumes list the most recent
   * first; a skill group, a language or an interest goes last. */
  position = kind_is_dated (vitae_section_get_kind (self->section))
             ? 0 : vitae_section_get_n_entries (self->section);
  vitae_section_insert_entry (self->section, position, entry);
  row = gtk_list_box_get_row_at_index (self->entries_list, position);
  if (VITAE_IS_ENTRY_CARD (row))
    vitae_entry_card_focus_first_field (VITAE_ENTRY_CARD (row));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  show_rename_dialog (VITAE_SECTION_CARD (widget));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VitaeSectionCard *self = VITAE_SECTION_CARD (widget);
  g_autofree char *title = g_strdup (vitae_section_get_title (self->section));

  vitae_node_row_remove (VITAE_NODE_ROW (self), title);
}

/* The section's place among the document's sections */

static GListModel *
get_siblings (VitaeNode *parent)
{
  return vitae_document_get_sections (VITAE_DOCUMENT (parent));
}

static void
insert_section (VitaeNode *parent,
                guint      position,
                VitaeNode *node)
{
  vitae_document_insert_section (VITAE_DOCUMENT (parent), position, VITAE_SECTION (node));
}

static void
remove_section (VitaeNode *parent,
                guint      position)
{
  vitae_document_remove_section (VITAE_DOCUMENT (parent), position);
}

static void
move_section (VitaeNode *parent,
              guint      from,
              guint      to)
{
  vitae_document_move_section (VITAE_DOCUMENT (parent), from, to);
}

/* Overrides */

static void
vitae_section_card_constructed (GObject *object)
{
  VitaeSectionCard *self = (VitaeSectionCard *)object;

  G_OBJECT_CLASS (vitae_section_card_parent_class)->constructed (object);

  self->section = VITAE_SECTION (vitae_node_row_get_node (VITAE_NODE_ROW (self)));
  adw_button_content_set_label (self->add_entry_content, get_add_label (vitae_section_get_kind (self->section)));
  update_title (self);
  g_signal_connect_object (self->section, "changed::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->entries_list, vitae_section_get_entries (self->section),
                           create_entry_card_cb, self, NULL);
  update_empty (self);
  g_signal_connect_object (vitae_section_get_entries (self->section), "items-changed",
                           G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
}

static void
vitae_section_card_dispose (GObject *object)
{
  VitaeSectionCard *self = (VitaeSectionCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VITAE_TYPE_SECTION_CARD);
  self->section = NULL;

  G_OBJECT_CLASS (vitae_section_card_parent_class)->dispose (object);
}

static void
vitae_section_card_class_init (VitaeSectionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VitaeNodeRowClass *row_class = VITAE_NODE_ROW_CLASS (klass);

  object_class->constructed = vitae_section_card_constructed;
  object_class->dispose = vitae_section_card_dispose;

  row_class->node_type = VITAE_TYPE_SECTION;
  row_class->get_siblings = get_siblings;
  row_class->insert = insert_section;
  row_class->remove = remove_section;
  row_class->move = move_section;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-section-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, add_entry_content);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, entries_list);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, empty_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeSectionCard, section_menu);

  gtk_widget_class_install_action (widget_class, "section.add-entry", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "section.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "section.move-up", NULL, vitae_node_row_move_up_action);
  gtk_widget_class_install_action (widget_class, "section.move-down", NULL, vitae_node_row_move_down_action);
  gtk_widget_class_install_action (widget_class, "section.remove", NULL, remove_action);
}

static void
vitae_section_card_init (VitaeSectionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vitae_node_row_set_menu (VITAE_NODE_ROW (self), self->menu_button, self->section_menu);
  vitae_node_row_add_drag_source (VITAE_NODE_ROW (self), GTK_WIDGET (self->drag_handle), NULL);
}

/* Public API */

GtkWidget *
vitae_section_card_new (VitaeSection *section)
{
  g_return_val_if_fail (VITAE_IS_SECTION (section), NULL);

  return g_object_new (VITAE_TYPE_SECTION_CARD, "node", section, NULL);
}

/**
 * vitae_section_card_get_section:
 * @self: a #VitaeSectionCard
 *
 * Returns: (transfer none): the section
 */
VitaeSection *
vitae_section_card_get_section (VitaeSectionCard *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION_CARD (self), NULL);

  return self->section;
}

/**
 * vitae_section_card_get_entries_list:
 * @self: a #VitaeSectionCard
 *
 * Returns: (transfer none): the list of #VitaeEntryCard
 */
GtkListBox *
vitae_section_card_get_entries_list (VitaeSectionCard *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION_CARD (self), NULL);

  return self->entries_list;
}
