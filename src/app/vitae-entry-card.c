/* vitae-entry-card.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-entry-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vitae-bullet-row.h"
#include "vitae-coach.h"
#include "vitae-editor.h"
#include "vitae-entry-card.h"
#include "vitae-field-binding.h"

struct _VitaeEntryCard
{
  GtkListBoxRow     parent_instance;

  /* owned */
  VitaeEntry       *entry;
  VitaeSectionKind  kind;

  /* template widgets */
  AdwExpanderRow   *details_row;
  GtkImage         *drag_handle;
  GtkListBox       *bullets_list;
  GtkButton        *add_bullet_button;
  GtkMenuButton    *menu_button;
  GMenuModel       *entry_menu;

  /* borrowed: the first field row, once built */
  GtkWidget        *first_field;
  GtkWidget        *end_row;
  GtkWidget        *present_row;
  GtkSwitch        *present_switch;

  /* The field rows are made when the entry is first expanded: a long career
   * of collapsed entries then costs one row each. */
  guint             fields_built : 1;
  guint             typing_date : 1;
};

G_DEFINE_FINAL_TYPE (VitaeEntryCard, vitae_entry_card, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

char *
vitae_entry_describe_title (VitaeEntry       *entry,
                            VitaeSectionKind  kind)
{
  VitaeNode *node = VITAE_NODE (entry);
  const char *heading = vitae_node_get_text (node, vitae_section_kind_get_heading_key (kind));
  const char *organization = vitae_node_get_text (node, "organization");

  g_return_val_if_fail (VITAE_IS_ENTRY (entry), NULL);

  if ((kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_VOLUNTEER) &&
      heading[0] != '\0' && organization[0] != '\0')
    /* Translators: a position and the organization it was held at */
    return g_strdup_printf (_("%s at %s"), heading, organization);

  if (kind == VITAE_SECTION_EDUCATION)
    {
      const char *degree = vitae_node_get_text (node, "degree");
      const char *area = vitae_node_get_text (node, "area");

      if (degree[0] != '\0' || area[0] != '\0')
        return g_strdup_printf ("%s%s%s%s%s", degree, degree[0] && area[0] ? ", " : "", area,
                                heading[0] ? " — " : "", heading);
    }

  if (heading[0] != '\0')
    return g_strdup (heading);
  if (organization[0] != '\0')
    return g_strdup (organization);

  return g_strdup (_("New Entry"));
}

char *
vitae_entry_describe_dates (VitaeEntry       *entry,
                            VitaeSectionKind  kind)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (VITAE_IS_ENTRY (entry), NULL);

  if (vitae_node_has (node, "date"))
    return vitae_date_format (vitae_node_get_text (node, "date"));

  if (!vitae_node_has (node, "start"))
    return g_strdup (vitae_node_get_text (node, "end"));

  start = vitae_date_format (vitae_node_get_text (node, "start"));
  end = vitae_node_has (node, "end")
        ? vitae_date_format (vitae_node_get_text (node, "end"))
        : g_strdup (C_("end date", "Present"));

  /* Translators: a date range: start – end */
  return g_strdup_printf (_("%s – %s"), start, end);
}

static void
update_heading (VitaeEntryCard *self)
{
  g_autofree char *title = vitae_entry_describe_title (self->entry, self->kind);
  g_autofree char *dates = vitae_entry_describe_dates (self->entry, self->kind);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_dates = g_markup_escape_text (dates, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->details_row), escaped_title);
  adw_expander_row_set_subtitle (self->details_row, escaped_dates);
}

static void
validate_date_cb (GtkEditable *editable)
{
  const char *text = gtk_editable_get_text (editable);
  const char *label = g_object_get_data (G_OBJECT (editable), "date-label");
  int year, month;

  if (text[0] == '\0' || vitae_date_parse (text, &year, &month))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editable), label);
    }
  else
    {
      g_autofree char *title = NULL;

      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      /* Translators: a date field's label, then what it expects */
      title = g_strdup_printf (_("%s — a month and year, as Jun 2022 or 2022-06"), label);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editable), title);
    }
}

/* Typing a date is one thing, deciding whether the position is current
 * another: the date rows say when a change is the user's typing, and the
 * "Present" switch then stays as it is. */
static void
date_typing_begin_cb (GtkEditable    *editable,
                      VitaeEntryCard *self)
{
  self->typing_date = TRUE;
}

static void
date_typing_end_cb (GtkEditable    *editable,
                    VitaeEntryCard *self)
{
  self->typing_date = FALSE;
}

/* Leaving a date field writes what was typed in its ISO form: "June 2022"
 * becomes 2022-06. */
static void
date_normalize (GtkEditable *editable)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *iso = vitae_date_normalize (text);

  if (iso != NULL && g_strcmp0 (iso, text) != 0)
    gtk_editable_set_text (editable, iso);
}

static void
date_activate_cb (AdwEntryRow *row)
{
  date_normalize (GTK_EDITABLE (row));
}

/* End greys out for a current position; the focus never stays in a greyed
 * row, it moves on to the switch. */
static void
set_end_sensitive (VitaeEntryCard *self,
                   gboolean        sensitive)
{
  if (self->end_row == NULL || gtk_widget_get_sensitive (self->end_row) == sensitive)
    return;

  if (!sensitive && (gtk_widget_get_state_flags (self->end_row) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0)
    gtk_widget_grab_focus (self->present_row);
  gtk_widget_set_sensitive (self->end_row, sensitive);
}

static void
present_toggled_cb (GtkSwitch      *toggle,
                    GParamSpec     *pspec,
                    VitaeEntryCard *self)
{
  gboolean present = gtk_switch_get_active (toggle);

  set_end_sensitive (self, !present);
  if (present)
    vitae_node_set_text (VITAE_NODE (self->entry), "end", NULL);
}

/* Follows the model (undo, redo, a reload) when the change is not the user
 * typing a date: a start with no end is a current position. */
static void
sync_present (VitaeEntryCard *self)
{
  gboolean present;

  if (self->present_switch == NULL || self->typing_date)
    return;

  present = vitae_node_has (VITAE_NODE (self->entry), "start") &&
            !vitae_node_has (VITAE_NODE (self->entry), "end");
  if (gtk_switch_get_active (self->present_switch) != present)
    {
      g_signal_handlers_block_by_func (self->present_switch, present_toggled_cb, self);
      gtk_switch_set_active (self->present_switch, present);
      g_signal_handlers_unblock_by_func (self->present_switch, present_toggled_cb, self);
    }
  set_end_sensitive (self, !present);
}

static void
entry_changed_cb (VitaeEntryCard *self,
                  const char     *key,
                  VitaeNode      *node)
{
  update_heading (self);
  if (g_strcmp0 (key, "start") == 0 || g_strcmp0 (key, "end") == 0)
    sync_present (self);
}

static GtkWidget *
create_multiline_row (VitaeEntryCard       *self,
                      const VitaeFieldInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (vitae_field_info_get_label (info));
  GtkWidget *view = gtk_text_view_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "field-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vitae_field_info_get_label (info),
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  vitae_bind_text_view (GTK_TEXT_VIEW (view), VITAE_NODE (self->entry), info->key);

  return row;
}

static void
build_fields (VitaeEntryCard *self)
{
  const VitaeFieldInfo *fields;
  GtkWidget *end_row = NULL;
  guint n_fields;

  if (self->fields_built)
    return;
  self->fields_built = TRUE;

  fields = vitae_section_kind_get_fields (self->kind, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const VitaeFieldInfo *info = &fields[i];
      GtkWidget *row;

      switch (info->type)
        {
        case VITAE_FIELD_MULTILINE:
          row = create_multiline_row (self, info);
          break;

        case VITAE_FIELD_LIST:
          row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vitae_field_info_get_label (info));
          gtk_widget_set_tooltip_text (row, _("Separate items with commas"));
          vitae_bind_list_editable (GTK_EDITABLE (row), VITAE_NODE (self->entry), info->key);
          break;

        case VITAE_FIELD_DATE:
          row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vitae_field_info_get_label (info));
          gtk_widget_set_tooltip_text (row, _("A month and year, as Jun 2022 or 2022-06"));
          g_object_set_data (G_OBJECT (row), "date-label", (gpointer) vitae_field_info_get_label (info));
          g_signal_connect (row, "changed", G_CALLBACK (validate_date_cb), NULL);
          g_signal_connect (row, "changed", G_CALLBACK (date_typing_begin_cb), self);
          g_signal_connect_after (row, "changed", G_CALLBACK (date_typing_end_cb), self);
          vitae_bind_editable (GTK_EDITABLE (row), VITAE_NODE (self->entry), info->key);
          g_signal_connect (row, "entry-activated", G_CALLBACK (date_activate_cb), NULL);
          {
            GtkEventController *focus = gtk_event_controller_focus_new ();

            g_signal_connect_swapped (focus, "leave", G_CALLBACK (date_normalize), row);
            gtk_widget_add_controller (row, focus);
          }
          validate_date_cb (GTK_EDITABLE (row));
          if (g_str_equal (info->key, "end"))
            end_row = row;
          break;

        case VITAE_FIELD_TEXT:
        case VITAE_FIELD_URL:
        default:
          row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vitae_field_info_get_label (info));
          vitae_bind_editable (GTK_EDITABLE (row), VITAE_NODE (self->entry), info->key);
          break;
        }

      adw_expander_row_add_row (self->details_row, row);
      if (self->first_field == NULL)
        self->first_field = row;

      /* A current position has a start and no end: say so with a switch of
       * its own, right after End, so neither greys the other's way. */
      if (row == end_row)
        {
          GtkWidget *toggle = gtk_switch_new ();

          self->end_row = end_row;
          self->present_row = adw_action_row_new ();
          self->present_switch = GTK_SWITCH (toggle);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->present_row), C_("end date", "_Present"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->present_row), TRUE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->present_row), _("Still going: no end date"));
          gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
          /* The row takes the focus and toggles: one Tab stop, as in
           * libadwaita's own switch rows. */
          gtk_widget_set_focusable (toggle, FALSE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (self->present_row), toggle);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->present_row), toggle);
          gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, C_("end date", "Present"),
                                          -1);
          adw_expander_row_add_row (self->details_row, self->present_row);
          sync_present (self);
          g_signal_connect (toggle, "notify::active", G_CALLBACK (present_toggled_cb), self);
        }
    }
}

static void
expanded_changed_cb (VitaeEntryCard *self)
{
  if (adw_expander_row_get_expanded (self->details_row))
    build_fields (self);
}

/* The menu's popover is made when the menu is first opened: a long resume
 * then carries one button per row, not a popover of some thirty widgets. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  GMenuModel *menu = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
create_bullet_row_cb (gpointer item,
                      gpointer user_data)
{
  /* The row follows the window's analysis of its bullet by itself. */
  return vitae_bullet_row_new (VITAE_BULLET (item));
}

static gboolean
get_position (VitaeEntryCard  *self,
              VitaeSection   **section,
              guint           *position)
{
  *section = vitae_entry_get_section (self->entry);
  if (*section == NULL)
    return FALSE;

  return g_list_store_find (G_LIST_STORE (vitae_section_get_entries (*section)), self->entry, position);
}

static void
focus_entry_at (GtkWidget *list_box,
                guint      position)
{
  GtkListBoxRow *row;

  if (!GTK_IS_LIST_BOX (list_box))
    return;

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), position);
  if (VITAE_IS_ENTRY_CARD (row))
    vitae_entry_card_focus (VITAE_ENTRY_CARD (row));
}

static void
entry_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (widget);
  GtkWidget *list_box = gtk_widget_get_parent (widget);
  VitaeSection *section;
  guint position, n;

  if (g_str_equal (action_name, "entry.add-bullet"))
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (NULL);
      GtkListBoxRow *row;

      vitae_entry_append_bullet (self->entry, bullet);
      row = gtk_list_box_get_row_at_index (self->bullets_list, vitae_entry_get_n_bullets (self->entry) - 1);
      if (VITAE_IS_BULLET_ROW (row))
        vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), FALSE);
      return;
    }

  if (!get_position (self, &section, &position))
    return;

  n = vitae_section_get_n_entries (section);

  if (g_str_equal (action_name, "entry.move-up") && position > 0)
    {
      vitae_section_move_entry (section, position, position - 1);
      focus_entry_at (list_box, position - 1);
    }
  else if (g_str_equal (action_name, "entry.move-down") && position + 1 < n)
    {
      vitae_section_move_entry (section, position, position + 1);
      focus_entry_at (list_box, position + 1);
    }
  else if (g_str_equal (action_name, "entry.duplicate"))
    {
      g_autoptr(VitaeEntry) copy = vitae_entry_copy (self->entry);

      vitae_section_insert_entry (section, position + 1, copy);
      focus_entry_at (list_box, position + 1);
    }
  else if (g_str_equal (action_name, "entry.delete"))
    {
      VitaeDocument *document = vitae_node_get_document (VITAE_NODE (self->entry));
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *title = vitae_entry_describe_title (self->entry, self->kind);
      gboolean worth_a_toast = vitae_entry_get_n_bullets (self->entry) > 0 ||
                               vitae_node_get_text (VITAE_NODE (self->entry), vitae_section_kind_get_heading_key (self->kind))[0] != '\0';

      vitae_section_remove_entry (section, position);
      if (n > 1)
        focus_entry_at (list_box, MIN (position, n - 2));

      /* Losing a position and its bullets to a stray click is one toast
       * away from being taken back. */
      if (worth_a_toast && document != NULL && overlay != NULL)
        {
          /* Translators: %s names an entry, as "Engineer at Acme" */
          g_autofree char *message = g_strdup_printf (_("“%s” removed"), title);

          vitae_show_undo_toast (overlay, document, message);
        }
    }
}

static gboolean
key_pressed_cb (VitaeEntryCard        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (mods != GDK_ALT_MASK)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    gtk_widget_activate_action (GTK_WIDGET (self), "entry.move-up", NULL);
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    gtk_widget_activate_action (GTK_WIDGET (self), "entry.move-down", NULL);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static GdkContentProvider *
drag_prepare_cb (VitaeEntryCard *self,
                 double          x,
                 double          y,
                 GtkDragSource  *source)
{
  return gdk_content_provider_new_typed (VITAE_TYPE_ENTRY, self->entry);
}

static void
drag_begin_cb (VitaeEntryCard *self,
               GdkDrag        *drag,
               GtkDragSource  *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self->details_row));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (VitaeEntryCard *self,
         const GValue   *value,
         double          x,
         double          y,
         GtkDropTarget  *target)
{
  VitaeEntry *dropped = g_value_get_object (value);
  VitaeSection *section;
  guint position, from;

  if (!VITAE_IS_ENTRY (dropped) || dropped == self->entry)
    return FALSE;
  if (!get_position (self, &section, &position))
    return FALSE;

  /* Entries move within their section: an education entry makes no sense
   * among positions. */
  if (vitae_entry_get_section (dropped) != section ||
      !g_list_store_find (G_LIST_STORE (vitae_section_get_entries (section)), dropped, &from))
    return FALSE;

  vitae_section_move_entry (section, from, position);

  return TRUE;
}

/* Overrides */

static void
vitae_entry_card_constructed (GObject *object)
{
  VitaeEntryCard *self = (VitaeEntryCard *)object;
  gboolean has_bullets;

  G_OBJECT_CLASS (vitae_entry_card_parent_class)->constructed (object);

  update_heading (self);
  g_signal_connect_object (self->details_row, "notify::expanded", G_CALLBACK (expanded_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  has_bullets = vitae_section_kind_has_bullets (self->kind);
  gtk_widget_set_visible (GTK_WIDGET (self->add_bullet_button), has_bullets);
  gtk_list_box_bind_model (self->bullets_list, vitae_entry_get_bullets (self->entry),
                           create_bullet_row_cb, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->bullets_list), has_bullets || vitae_entry_get_n_bullets (self->entry) > 0);

  /* A brand-new entry opens for typing; a filled one stays compact. */
  if (vitae_node_get_text (VITAE_NODE (self->entry), vitae_section_kind_get_heading_key (self->kind))[0] == '\0')
    adw_expander_row_set_expanded (self->details_row, TRUE);
}

static void
vitae_entry_card_dispose (GObject *object)
{
  VitaeEntryCard *self = (VitaeEntryCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VITAE_TYPE_ENTRY_CARD);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (vitae_entry_card_parent_class)->dispose (object);
}

static void
vitae_entry_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_entry_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_entry_card_class_init (VitaeEntryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vitae_entry_card_constructed;
  object_class->dispose = vitae_entry_card_dispose;
  object_class->get_property = vitae_entry_card_get_property;
  object_class->set_property = vitae_entry_card_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         VITAE_TYPE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      0, VITAE_N_SECTION_KINDS - 1, VITAE_SECTION_CUSTOM,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-entry-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, details_row);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, bullets_list);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, add_bullet_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, entry_menu);

  gtk_widget_class_install_action (widget_class, "entry.add-bullet", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "entry.move-up", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "entry.move-down", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "entry.duplicate", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "entry.delete", NULL, entry_action_cb);
}

static void
vitae_entry_card_init (VitaeEntryCard *self)
{
  GtkEventController *key;
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self->entry_menu, NULL);

  key = gtk_event_controller_key_new ();
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->details_row), key);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->drag_handle), GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (VITAE_TYPE_ENTRY, GDK_ACTION_MOVE);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* Public API */

GtkWidget *
vitae_entry_card_new (VitaeEntry       *entry,
                      VitaeSectionKind  kind)
{
  g_return_val_if_fail (VITAE_IS_ENTRY (entry), NULL);

  return g_object_new (VITAE_TYPE_ENTRY_CARD, "entry", entry, "kind", kind, NULL);
}

/**
 * vitae_entry_card_get_entry:
 * @self: a #VitaeEntryCard
 *
 * Returns: (transfer none): the entry
 */
VitaeEntry *
vitae_entry_card_get_entry (VitaeEntryCard *self)
{
  g_return_val_if_fail (VITAE_IS_ENTRY_CARD (self), NULL);

  return self->entry;
}

/**
 * vitae_entry_card_get_bullets_list:
 * @self: a #VitaeEntryCard
 *
 * Returns: (transfer none): the list of #VitaeBulletRow
 */
GtkListBox *
vitae_entry_card_get_bullets_list (VitaeEntryCard *self)
{
  g_return_val_if_fail (VITAE_IS_ENTRY_CARD (self), NULL);

  return self->bullets_list;
}

void
vitae_entry_card_set_expanded (VitaeEntryCard *self,
                               gboolean        expanded)
{
  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  adw_expander_row_set_expanded (self->details_row, expanded);
}

/**
 * vitae_entry_card_focus_first_field:
 * @self: a #VitaeEntryCard
 *
 * Opens the entry and puts the cursor in its first field, ready for typing.
 */
void
vitae_entry_card_focus_first_field (VitaeEntryCard *self)
{
  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  adw_expander_row_set_expanded (self->details_row, TRUE);
  build_fields (self);
  if (self->first_field != NULL)
    gtk_widget_grab_focus (self->first_field);
}

/**
 * vitae_entry_card_focus:
 * @self: a #VitaeEntryCard
 *
 * Moves the keyboard focus to the entry's heading row.
 */
void
vitae_entry_card_focus (VitaeEntryCard *self)
{
  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->details_row));
}
