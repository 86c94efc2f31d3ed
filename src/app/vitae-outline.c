/* vitae-outline.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-editor.h"
#include "vitae-node-row.h"
#include "vitae-outline.h"

struct _VitaeOutline
{
  AdwBin         parent_instance;

  /* owned */
  VitaeDocument *document;
  VitaeAnalysis *analysis;

  /* template widgets */
  GtkListBox    *fixed_list;
  GtkListBox    *sections_list;
  GtkMenuButton *add_button;
};

G_DEFINE_FINAL_TYPE (VitaeOutline, vitae_outline, ADW_TYPE_BIN)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A section's row: its icon, title and health, moved like the section's
 * card (Alt+Up and Alt+Down, drag and drop). */

#define VITAE_TYPE_OUTLINE_ROW (vitae_outline_row_get_type ())

G_DECLARE_FINAL_TYPE (VitaeOutlineRow, vitae_outline_row, VITAE, OUTLINE_ROW, VitaeNodeRow)

struct _VitaeOutlineRow
{
  VitaeNodeRow  parent_instance;

  GtkImage     *icon;
  GtkLabel     *title_label;
  GtkLabel     *health_dot;
};

G_DEFINE_FINAL_TYPE (VitaeOutlineRow, vitae_outline_row, VITAE_TYPE_NODE_ROW)

static const char *
get_icon_name (VitaeSectionKind kind)
{
  switch (kind)
    {
    case VITAE_SECTION_EXPERIENCE:     return "emblem-documents-symbolic";
    case VITAE_SECTION_EDUCATION:      return "accessories-dictionary-symbolic";
    case VITAE_SECTION_SKILLS:         return "applications-engineering-symbolic";
    case VITAE_SECTION_PROJECTS:       return "folder-symbolic";
    case VITAE_SECTION_CERTIFICATIONS: return "application-certificate-symbolic";
    case VITAE_SECTION_AWARDS:         return "starred-symbolic";
    case VITAE_SECTION_LANGUAGES:      return "emoji-flags-symbolic";
    case VITAE_SECTION_PUBLICATIONS:   return "x-office-document-symbolic";
    case VITAE_SECTION_VOLUNTEER:      return "emote-love-symbolic";
    case VITAE_SECTION_INTERESTS:      return "emoji-activities-symbolic";
    case VITAE_SECTION_REFERENCES:     return "emoji-people-symbolic";
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:                           return "text-x-generic-symbolic";
    }
}

static VitaeSection *
row_get_section (VitaeOutlineRow *row)
{
  return VITAE_SECTION (vitae_node_row_get_node (VITAE_NODE_ROW (row)));
}

static void
update_section_title (VitaeOutlineRow *row)
{
  gtk_label_set_label (row->title_label, vitae_section_get_title (row_get_section (row)));
}

/* Shows a small mark beside a section: red, amber or green. */
static void
show_grade (VitaeOutlineRow *row,
            VitaeGrade       grade)
{
  GtkWidget *dot = GTK_WIDGET (row->health_dot);
  const char *label = NULL;
  const char *id = vitae_grade_to_id (grade);

  gtk_widget_set_visible (dot, id != NULL);
  for (VitaeGrade i = VITAE_GRADE_POOR; i <= VITAE_GRADE_GOOD; i++)
    if (i != grade)
      gtk_widget_remove_css_class (dot, vitae_grade_to_id (i));
  if (id == NULL)
    return;

  gtk_widget_add_css_class (dot, id);
  label = vitae_grade_get_label (grade);
  gtk_widget_set_tooltip_text (dot, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static gboolean
row_key_pressed_cb (VitaeOutlineRow *row,
                    guint            keyval,
                    guint            keycode,
                    GdkModifierType  state)
{
  return vitae_node_row_handle_move_key (VITAE_NODE_ROW (row), keyval, state);
}

static GListModel *
row_get_siblings (VitaeNode *parent)
{
  return vitae_document_get_sections (VITAE_DOCUMENT (parent));
}

static void
row_move (VitaeNode *parent,
          guint      from,
          guint      to)
{
  vitae_document_move_section (VITAE_DOCUMENT (parent), from, to);
}

static void
row_focus (VitaeNodeRow *row)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
vitae_outline_row_constructed (GObject *object)
{
  VitaeOutlineRow *self = (VitaeOutlineRow *)object;
  VitaeSection *section;

  G_OBJECT_CLASS (vitae_outline_row_parent_class)->constructed (object);

  section = row_get_section (self);
  gtk_image_set_from_icon_name (self->icon, get_icon_name (vitae_section_get_kind (section)));
  update_section_title (self);
  g_signal_connect_object (section, "changed::title", G_CALLBACK (update_section_title), self, G_CONNECT_SWAPPED);
}

static void
vitae_outline_row_class_init (VitaeOutlineRowClass *klass)
{
  VitaeNodeRowClass *row_class = VITAE_NODE_ROW_CLASS (klass);

  G_OBJECT_CLASS (klass)->constructed = vitae_outline_row_constructed;

  row_class->node_type = VITAE_TYPE_SECTION;
  row_class->get_siblings = row_get_siblings;
  row_class->move = row_move;
  row_class->focus = row_focus;
}

static void
vitae_outline_row_init (VitaeOutlineRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkEventController *key;

  self->icon = GTK_IMAGE (gtk_image_new ());
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  self->health_dot = GTK_LABEL (gtk_label_new ("●"));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->health_dot), "health-dot");
  gtk_widget_set_visible (GTK_WIDGET (self->health_dot), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->icon));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->health_dot));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Alt+Up and Alt+Down move the section"));
  vitae_node_row_add_drag_source (VITAE_NODE_ROW (self), GTK_WIDGET (self), NULL);
  key = gtk_event_controller_key_new ();
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (row_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

/* Helpers */

static VitaeGrade
get_section_grade (VitaeOutline *self,
                   VitaeSection *section)
{
  if (self->analysis == NULL || section == NULL)
    return VITAE_GRADE_NONE;

  return vitae_analysis_get_section_grade (self->analysis, section);
}

static GtkWidget *
create_section_row_cb (gpointer item,
                       gpointer user_data)
{
  VitaeOutlineRow *row = g_object_new (VITAE_TYPE_OUTLINE_ROW, "node", item, NULL);

  show_grade (row, get_section_grade (user_data, VITAE_SECTION (item)));

  return GTK_WIDGET (row);
}

/* Callbacks */

static void
analysis_report_changed_cb (VitaeOutline *self)
{
  GtkWidget *row;

  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (VITAE_IS_OUTLINE_ROW (row))
      show_grade (VITAE_OUTLINE_ROW (row), get_section_grade (self, row_get_section (VITAE_OUTLINE_ROW (row))));
}

static void
fixed_row_activated_cb (VitaeOutline  *self,
                        GtkListBoxRow *row)
{
  gtk_list_box_unselect_all (self->sections_list);
  g_signal_emit (self, signals[ACTIVATE], 0,
                 gtk_list_box_row_get_index (row) == 0 ? VITAE_EDITOR_BASICS : VITAE_EDITOR_SUMMARY);
}

/* The outline is one list in two parts: a row selected in one part, by
 * a click or by the arrow keys, clears the other, so one row is lit. */
static void
row_selected_cb (GtkListBox    *list_box,
                 GtkListBoxRow *row,
                 GtkListBox    *other)
{
  if (row != NULL)
    gtk_list_box_unselect_all (other);
}

static void
section_row_activated_cb (VitaeOutline  *self,
                          GtkListBoxRow *row)
{
  gtk_list_box_unselect_all (self->fixed_list);
  g_signal_emit (self, signals[ACTIVATE], 0, gtk_list_box_row_get_index (row));
}

/* Overrides */

static void
vitae_outline_dispose (GObject *object)
{
  VitaeOutline *self = (VitaeOutline *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->analysis);

  G_OBJECT_CLASS (vitae_outline_parent_class)->dispose (object);
}

static void
vitae_outline_class_init (VitaeOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_outline_dispose;

  /**
   * VitaeOutline::activate:
   * @self: the outline
   * @position: %VITAE_EDITOR_BASICS, %VITAE_EDITOR_SUMMARY or a section index
   *
   * Fires when the user picks a part of the resume to go to.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "vitae-outline");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeOutline, fixed_list);
  gtk_widget_class_bind_template_child (widget_class, VitaeOutline, sections_list);
  gtk_widget_class_bind_template_child (widget_class, VitaeOutline, add_button);
  gtk_widget_class_bind_template_callback (widget_class, fixed_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_row_activated_cb);
}

static void
vitae_outline_init (VitaeOutline *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The outline is one list in two parts: see row_selected_cb(). */
  g_signal_connect_object (self->fixed_list, "row-selected", G_CALLBACK (row_selected_cb), self->sections_list, 0);
  g_signal_connect_object (self->sections_list, "row-selected", G_CALLBACK (row_selected_cb), self->fixed_list, 0);

  for (guint i = 0; i < VITAE_N_SECTION_KINDS; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.add-section::%s", vitae_section_kind_to_id (i));

      g_menu_append (menu, vitae_section_kind_get_title (i), action);
    }
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
}

/* Public API */

GtkWidget *
vitae_outline_new (void)
{
  return g_object_new (VITAE_TYPE_OUTLINE, NULL);
}

void
vitae_outline_set_document (VitaeOutline  *self,
                            VitaeDocument *document)
{
  g_return_if_fail (VITAE_IS_OUTLINE (self));

  if (!g_set_object (&self->document, document))
    return;

  gtk_list_box_bind_model (self->sections_list,
                           document ? vitae_document_get_sections (document) : NULL,
                           document ? create_section_row_cb : NULL, self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), document != NULL);
}

/**
 * vitae_outline_set_analysis:
 * @self: a #VitaeOutline
 * @analysis: (nullable): the analysis of the document
 *
 * Marks each section with its health, as @analysis grades it.
 */
void
vitae_outline_set_analysis (VitaeOutline  *self,
                            VitaeAnalysis *analysis)
{
  g_return_if_fail (VITAE_IS_OUTLINE (self));
  g_return_if_fail (!analysis || VITAE_IS_ANALYSIS (analysis));

  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_report_changed_cb, self);
  if (!g_set_object (&self->analysis, analysis))
    return;
  if (analysis != NULL)
    g_signal_connect_object (analysis, "notify::coach-report",
                             G_CALLBACK (analysis_report_changed_cb), self, G_CONNECT_SWAPPED);

  analysis_report_changed_cb (self);
}
