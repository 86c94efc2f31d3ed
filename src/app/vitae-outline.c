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
#include "vitae-outline.h"

struct _VitaeOutline
{
  AdwBin         parent_instance;

  /* owned */
  VitaeDocument *document;
  VitaeAnalysis *analysis;

  /* children */
  GtkListBox    *fixed_list;
  GtkListBox    *sections_list;
};

G_DEFINE_FINAL_TYPE (VitaeOutline, vitae_outline, ADW_TYPE_BIN)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static GtkWidget *
create_row (const char *title,
            const char *icon_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *dot = gtk_label_new ("●");

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (dot, "health-dot");
  gtk_widget_set_visible (dot, FALSE);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "title-label", label);
  g_object_set_data (G_OBJECT (row), "health-dot", dot);

  return row;
}

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

static void
update_section_title (GtkListBoxRow *row,
                      const char    *key,
                      VitaeSection  *section)
{
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "title-label"),
                       vitae_section_get_title (section));
}

/* Shows a small mark beside a section: red, amber or green. */
static void
show_grade (GtkWidget  *row,
            VitaeGrade  grade)
{
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "health-dot");
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

static VitaeGrade
get_section_grade (VitaeOutline *self,
                   VitaeSection *section)
{
  if (self->analysis == NULL || section == NULL)
    return VITAE_GRADE_NONE;

  return vitae_analysis_get_section_grade (self->analysis, section);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (VITAE_TYPE_SECTION, g_object_get_data (G_OBJECT (row), "section"));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  VitaeSection *dropped = g_value_get_object (value);
  VitaeSection *section = g_object_get_data (G_OBJECT (row), "section");
  VitaeDocument *document = vitae_node_get_document (VITAE_NODE (section));
  guint from, to;

  if (document == NULL || dropped == section ||
      !g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), dropped, &from) ||
      !g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &to))
    return FALSE;

  vitae_document_move_section (document, from, to);

  return TRUE;
}

static gboolean
section_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkWidget             *row)
{
  VitaeSection *section = g_object_get_data (G_OBJECT (row), "section");
  VitaeDocument *document = vitae_node_get_document (VITAE_NODE (section));
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  GtkListBox *list_box = GTK_LIST_BOX (gtk_widget_get_parent (row));
  guint position, n;
  int target;

  if (mods != GDK_ALT_MASK || document == NULL ||
      (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down) ||
      !g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &position))
    return GDK_EVENT_PROPAGATE;

  n = vitae_document_get_n_sections (document);
  target = (int) position + (keyval == GDK_KEY_Up ? -1 : 1);
  if (target < 0 || target >= (int) n)
    return GDK_EVENT_STOP;

  vitae_document_move_section (document, position, target);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list_box, target)));

  return GDK_EVENT_STOP;
}

static GtkWidget *
create_section_row_cb (gpointer item,
                       gpointer user_data)
{
  VitaeSection *section = VITAE_SECTION (item);
  GtkWidget *row = create_row (vitae_section_get_title (section),
                               get_icon_name (vitae_section_get_kind (section)));
  GtkEventController *key;
  GtkDragSource *source;
  GtkDropTarget *target;

  g_object_set_data_full (G_OBJECT (row), "section", g_object_ref (section), g_object_unref);
  g_signal_connect_object (section, "changed::title", G_CALLBACK (update_section_title), row, G_CONNECT_SWAPPED);

  gtk_widget_set_tooltip_text (row, _("Alt+Up and Alt+Down move the section"));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (VITAE_TYPE_SECTION, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (section_key_pressed_cb), row);
  gtk_widget_add_controller (row, key);

  show_grade (row, get_section_grade (user_data, section));

  return row;
}

/* Callbacks */

static void
analysis_report_changed_cb (VitaeOutline *self)
{
  GtkWidget *row;

  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      show_grade (row, get_section_grade (self, g_object_get_data (G_OBJECT (row), "section")));
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
}

static void
vitae_outline_init (VitaeOutline *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *scroller, *box, *add_button, *content;

  self->fixed_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->fixed_list), "navigation-sidebar");
  gtk_list_box_append (self->fixed_list, create_row (_("Basics"), "avatar-default-symbolic"));
  gtk_list_box_append (self->fixed_list, create_row (_("Summary"), "format-justify-left-symbolic"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fixed_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contact details and summary"),
                                  -1);
  g_signal_connect_object (self->fixed_list, "row-activated", G_CALLBACK (fixed_row_activated_cb), self, G_CONNECT_SWAPPED);

  self->sections_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->sections_list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sections_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"),
                                  -1);
  g_signal_connect_object (self->sections_list, "row-activated", G_CALLBACK (section_row_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fixed_list, "row-selected", G_CALLBACK (row_selected_cb), self->sections_list, 0);
  g_signal_connect_object (self->sections_list, "row-selected", G_CALLBACK (row_selected_cb), self->fixed_list, 0);

  for (guint i = 0; i < VITAE_N_SECTION_KINDS; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.add-section::%s", vitae_section_kind_to_id (i));

      g_menu_append (menu, vitae_section_kind_get_title (i), action);
    }

  add_button = gtk_menu_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Section"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (add_button), content);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add_button), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_margin_start (add_button, 6);
  gtk_widget_set_margin_end (add_button, 6);
  gtk_widget_set_margin_bottom (add_button, 6);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->fixed_list));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sections_list));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), add_button);
  gtk_widget_set_size_request (box, 220, -1);
  adw_bin_set_child (ADW_BIN (self), box);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
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
