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
#include "vitae-entry-card.h"
#include "vitae-field-binding.h"

struct _VitaeEntryCard
{
  VitaeNodeRow      parent_instance;

  /* borrowed from the parent class, and its section's kind */
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

  /* The card's widgets are made when it comes near the screen (or is
   * used), as a bullet row's are; the field rows when the entry is first
   * expanded: a long career of collapsed entries then costs one row each. */
  guint             built : 1;
  guint             fields_built : 1;
  guint             typing_date : 1;
  /* Far from the editor's viewport, as the editor says after each layout:
   * the card paints nothing (see the snapshot). */
  guint             far_from_screen : 1;
};

G_DEFINE_FINAL_TYPE (VitaeEntryCard, vitae_entry_card, VITAE_TYPE_NODE_ROW)

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
validate_date_cb (GtkEditable          *editable,
                  const VitaeFieldInfo *info)
{
  const char *text = gtk_editable_get_text (editable);
  const char *label = vitae_field_info_get_label (info);
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
  if (!self->built)
    return;

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
          g_signal_connect (row, "changed", G_CALLBACK (validate_date_cb), (gpointer) info);
          g_signal_connect (row, "changed", G_CALLBACK (date_typing_begin_cb), self);
          g_signal_connect_after (row, "changed", G_CALLBACK (date_typing_end_cb), self);
          vitae_bind_editable (GTK_EDITABLE (row), VITAE_NODE (self->entry), info->key);
          g_signal_connect (row, "entry-activated", G_CALLBACK (date_activate_cb), NULL);
          {
            GtkEventController *focus = gtk_event_controller_focus_new ();

            g_signal_connect_swapped (focus, "leave", G_CALLBACK (date_normalize), row);
            gtk_widget_add_controller (row, focus);
          }
          validate_date_cb (GTK_EDITABLE (row), info);
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

static GtkWidget *
create_bullet_row_cb (gpointer item,
                      gpointer user_data)
{
  /* The row follows the window's analysis of its bullet by itself. */
  return vitae_bullet_row_new (VITAE_BULLET (item));
}

static void
add_bullet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (widget);
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new (NULL);
  GtkListBoxRow *row;

  vitae_entry_card_ensure_built (self);
  vitae_entry_append_bullet (self->entry, bullet);
  row = gtk_list_box_get_row_at_index (self->bullets_list, vitae_entry_get_n_bullets (self->entry) - 1);
  if (VITAE_IS_BULLET_ROW (row))
    vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), FALSE);
}

/* Losing a position and its bullets to a stray click is one toast away
 * from being taken back. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (widget);
  g_autofree char *title = vitae_entry_describe_title (self->entry, self->kind);
  gboolean worth_a_toast = vitae_entry_get_n_bullets (self->entry) > 0 ||
                           vitae_node_get_text (VITAE_NODE (self->entry), vitae_section_kind_get_heading_key (self->kind))[0] != '\0';

  vitae_node_row_remove (VITAE_NODE_ROW (self), worth_a_toast ? title : NULL);
}

static gboolean
key_pressed_cb (VitaeEntryCard        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  return vitae_node_row_handle_move_key (VITAE_NODE_ROW (self), keyval, state);
}

/* The entry's place among its section's entries */

static GListModel *
get_siblings (VitaeNode *parent)
{
  return vitae_section_get_entries (VITAE_SECTION (parent));
}

static void
insert_entry (VitaeNode *parent,
              guint      position,
              VitaeNode *node)
{
  vitae_section_insert_entry (VITAE_SECTION (parent), position, VITAE_ENTRY (node));
}

static void
remove_entry (VitaeNode *parent,
              guint      position)
{
  vitae_section_remove_entry (VITAE_SECTION (parent), position);
}

static void
move_entry (VitaeNode *parent,
            guint      from,
            guint      to)
{
  vitae_section_move_entry (VITAE_SECTION (parent), from, to);
}

static VitaeNode *
copy_entry (VitaeNode *node)
{
  return VITAE_NODE (vitae_entry_copy (VITAE_ENTRY (node)));
}

static void
focus_card (VitaeNodeRow *row)
{
  vitae_entry_card_focus (VITAE_ENTRY_CARD (row));
}

/* The height a card not built yet holds: its heading row, Add Bullet and
 * margins, and a line of text per so many characters of each bullet, as
 * the built card measured in the editor's column. A guess, corrected when
 * built. */
#define CARD_BASE_HEIGHT       75
#define CARD_NO_BULLETS_HEIGHT 72
#define BULLET_BASE_HEIGHT     42
#define BULLET_LINE_HEIGHT     20
#define BULLET_LINE_CHARS      80

static int
estimate_height (VitaeEntryCard *self)
{
  guint n_bullets = vitae_entry_get_n_bullets (self->entry);
  int height;

  if (!vitae_section_kind_has_bullets (self->kind) && n_bullets == 0)
    return CARD_NO_BULLETS_HEIGHT;

  height = CARD_BASE_HEIGHT;
  for (guint i = 0; i < n_bullets; i++)
    {
      const char *text = vitae_bullet_get_text (vitae_entry_get_bullet (self->entry, i));
      glong n_chars = text != NULL ? g_utf8_strlen (text, -1) : 0;

      height += BULLET_BASE_HEIGHT + BULLET_LINE_HEIGHT * (int) (MAX (1, (n_chars + BULLET_LINE_CHARS - 1) / BULLET_LINE_CHARS) - 1);
    }

  return height;
}

static void
update_estimate (VitaeEntryCard *self)
{
  if (!self->built)
    gtk_widget_set_size_request (GTK_WIDGET (self), -1, estimate_height (self));
}

/* Overrides */

static void
vitae_entry_card_constructed (GObject *object)
{
  VitaeEntryCard *self = (VitaeEntryCard *)object;
  VitaeSection *section;

  G_OBJECT_CLASS (vitae_entry_card_parent_class)->constructed (object);

  self->entry = VITAE_ENTRY (vitae_node_row_get_node (VITAE_NODE_ROW (self)));
  section = vitae_entry_get_section (self->entry);
  self->kind = section != NULL ? vitae_section_get_kind (section) : VITAE_SECTION_CUSTOM;

  g_signal_connect_object (self->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  /* A brand-new entry opens for typing: it is built at once. */
  if (vitae_node_get_text (VITAE_NODE (self->entry), vitae_section_kind_get_heading_key (self->kind))[0] == '\0')
    {
      vitae_entry_card_ensure_built (self);
      adw_expander_row_set_expanded (self->details_row, TRUE);
      return;
    }

  update_estimate (self);
  g_signal_connect_object (vitae_entry_get_bullets (self->entry), "items-changed",
                           G_CALLBACK (update_estimate), self, G_CONNECT_SWAPPED);
}

/* Focus that comes to a card not built yet (Tab, the arrow keys) builds it
 * and goes on into it. */
static gboolean
vitae_entry_card_focus_vfunc (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  vitae_entry_card_ensure_built (VITAE_ENTRY_CARD (widget));

  return GTK_WIDGET_CLASS (vitae_entry_card_parent_class)->focus (widget, direction);
}

static gboolean
vitae_entry_card_grab_focus (GtkWidget *widget)
{
  VitaeEntryCard *self = VITAE_ENTRY_CARD (widget);

  if (!self->built)
    {
      vitae_entry_card_ensure_built (self);
      return gtk_widget_grab_focus (GTK_WIDGET (self->details_row));
    }

  return GTK_WIDGET_CLASS (vitae_entry_card_parent_class)->grab_focus (widget);
}

static void
vitae_entry_card_dispose (GObject *object)
{
  VitaeEntryCard *self = (VitaeEntryCard *)object;

  if (self->built)
    gtk_widget_dispose_template (GTK_WIDGET (self), VITAE_TYPE_ENTRY_CARD);
  self->entry = NULL;

  G_OBJECT_CLASS (vitae_entry_card_parent_class)->dispose (object);
}

/* GTK 4.8's Cairo renderer draws every node in every frame, clipped to
 * what changed but not culled: a hundred built cards off screen cost their
 * two boxed lists' blurred shadows at each keystroke. */
static void
vitae_entry_card_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  if (VITAE_ENTRY_CARD (widget)->far_from_screen)
    return;

  GTK_WIDGET_CLASS (vitae_entry_card_parent_class)->snapshot (widget, snapshot);
}

static void
vitae_entry_card_class_init (VitaeEntryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VitaeNodeRowClass *row_class = VITAE_NODE_ROW_CLASS (klass);

  object_class->constructed = vitae_entry_card_constructed;
  object_class->dispose = vitae_entry_card_dispose;
  widget_class->focus = vitae_entry_card_focus_vfunc;
  widget_class->grab_focus = vitae_entry_card_grab_focus;
  widget_class->snapshot = vitae_entry_card_snapshot;

  row_class->node_type = VITAE_TYPE_ENTRY;
  row_class->get_siblings = get_siblings;
  row_class->insert = insert_entry;
  row_class->remove = remove_entry;
  row_class->move = move_entry;
  row_class->copy = copy_entry;
  row_class->focus = focus_card;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-entry-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, details_row);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, bullets_list);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, add_bullet_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeEntryCard, entry_menu);

  gtk_widget_class_install_action (widget_class, "entry.add-bullet", NULL, add_bullet_action);
  gtk_widget_class_install_action (widget_class, "entry.move-up", NULL, vitae_node_row_move_up_action);
  gtk_widget_class_install_action (widget_class, "entry.move-down", NULL, vitae_node_row_move_down_action);
  gtk_widget_class_install_action (widget_class, "entry.duplicate", NULL, vitae_node_row_duplicate_action);
  gtk_widget_class_install_action (widget_class, "entry.delete", NULL, delete_action);
}

static void
vitae_entry_card_init (VitaeEntryCard *self)
{
  /* What the template says of the row itself; but focusable until built,
   * so that Tab and the arrow keys come to it and build it. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
}

/* Public API */

/**
 * vitae_entry_card_new:
 * @entry: an entry of a section
 *
 * Returns: a card that edits @entry as its section's kind has it
 */
GtkWidget *
vitae_entry_card_new (VitaeEntry *entry)
{
  g_return_val_if_fail (VITAE_IS_ENTRY (entry), NULL);

  return g_object_new (VITAE_TYPE_ENTRY_CARD, "node", entry, NULL);
}

/**
 * vitae_entry_card_ensure_built:
 * @self: a #VitaeEntryCard
 *
 * Makes the card's widgets (its heading row, bullets list and menu) if they
 * are not made yet. The editor calls it for the cards that come near the
 * screen; every function here that hands out or works on a widget calls it
 * too. The bullet rows in it are then built as they come near the screen.
 */
void
vitae_entry_card_ensure_built (VitaeEntryCard *self)
{
  GtkEventController *key;
  gboolean has_bullets;

  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  if (self->built)
    return;
  self->built = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, -1);
  g_signal_handlers_disconnect_by_func (vitae_entry_get_bullets (self->entry), update_estimate, self);

  vitae_node_row_set_menu (VITAE_NODE_ROW (self), self->menu_button, self->entry_menu);
  vitae_node_row_add_drag_source (VITAE_NODE_ROW (self), GTK_WIDGET (self->drag_handle), GTK_WIDGET (self->details_row));

  key = gtk_event_controller_key_new ();
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->details_row), key);

  update_heading (self);
  g_signal_connect_object (self->details_row, "notify::expanded", G_CALLBACK (expanded_changed_cb), self, G_CONNECT_SWAPPED);

  has_bullets = vitae_section_kind_has_bullets (self->kind);
  gtk_widget_set_visible (GTK_WIDGET (self->add_bullet_button), has_bullets);
  gtk_list_box_bind_model (self->bullets_list, vitae_entry_get_bullets (self->entry),
                           create_bullet_row_cb, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->bullets_list), has_bullets || vitae_entry_get_n_bullets (self->entry) > 0);
}

/**
 * vitae_entry_card_is_built:
 * @self: a #VitaeEntryCard
 *
 * Returns: whether the card's widgets are made
 */
gboolean
vitae_entry_card_is_built (VitaeEntryCard *self)
{
  g_return_val_if_fail (VITAE_IS_ENTRY_CARD (self), FALSE);

  return self->built;
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

  vitae_entry_card_ensure_built (self);

  return self->bullets_list;
}

/**
 * vitae_entry_card_set_far_from_screen:
 * @self: a #VitaeEntryCard
 * @far: whether the card is far from the editor's viewport
 *
 * A card far from the screen paints nothing. The editor sets this after
 * each layout, so before the frame that shows the card paints it.
 */
void
vitae_entry_card_set_far_from_screen (VitaeEntryCard *self,
                                      gboolean        far)
{
  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  if (self->far_from_screen == !!far)
    return;

  self->far_from_screen = !!far;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
vitae_entry_card_set_expanded (VitaeEntryCard *self,
                               gboolean        expanded)
{
  g_return_if_fail (VITAE_IS_ENTRY_CARD (self));

  vitae_entry_card_ensure_built (self);
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

  vitae_entry_card_ensure_built (self);
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

  vitae_entry_card_ensure_built (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->details_row));
}
