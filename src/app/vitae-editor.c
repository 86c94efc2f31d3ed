/* vitae-editor.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-bullet-row.h"
#include "vitae-editor-private.h"
#include "vitae-entry-card.h"
#include "vitae-field-binding.h"
#include "vitae-language-row.h"
#include "vitae-section-card.h"

G_DEFINE_FINAL_TYPE (VitaeEditor, vitae_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  const char *key;
  const char *label;
} FieldRow;

/* The Basics' fields, then the ones under Location and a profile's. */
static const FieldRow contact_fields[] = {
  { "name", N_("Full Name") }, { "label", N_("Headline") }, { "email", N_("Email") },
  { "phone", N_("Phone") }, { "url", N_("Website") }, { NULL, NULL },
};

static const FieldRow location_fields[] = {
  { "city", N_("City") }, { "region", N_("Region") }, { "country-code", N_("Country Code") },
  { "address", N_("Address") }, { "postal-code", N_("Postal Code") }, { NULL, NULL },
};

static const FieldRow profile_fields[] = {
  { "network", N_("Network") }, { "username", N_("Username") }, { "url", N_("Link") }, { NULL, NULL },
};

/* Helpers */

static void
clear_page (VitaeEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page))))
    gtk_box_remove (self->page, child);

  self->basics_group = NULL;
  self->name_row = NULL;
  self->profiles_group = NULL;
  self->profiles_list = NULL;
  self->summary_group = NULL;
  self->summary_view = NULL;
  self->sections_list = NULL;
}

static GtkWidget *
create_entry_row (VitaeNode  *node,
                  const char *key,
                  const char *label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  vitae_bind_editable (GTK_EDITABLE (row), node, key);

  return row;
}

/* The rows inside an expander row (Location, a profile) are made when it
 * is first expanded: collapsed, they are never seen, and each entry row is
 * a dozen widgets. The row holds the node they edit until then. */
static void
expanded_add_rows_cb (AdwExpanderRow *row,
                      GParamSpec     *pspec,
                      const FieldRow *fields)
{
  VitaeNode *node = g_object_get_data (G_OBJECT (row), "vitae-rows-node");

  if (node == NULL || !adw_expander_row_get_expanded (row))
    return;

  for (guint i = 0; fields[i].key != NULL; i++)
    adw_expander_row_add_row (row, create_entry_row (node, fields[i].key, _(fields[i].label)));
  g_object_set_data (G_OBJECT (row), "vitae-rows-node", NULL);
}

static void
add_rows_when_expanded (AdwExpanderRow *row,
                        VitaeNode      *node,
                        const FieldRow *fields)
{
  g_object_set_data_full (G_OBJECT (row), "vitae-rows-node", g_object_ref (node), g_object_unref);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_add_rows_cb), (gpointer) fields);
  expanded_add_rows_cb (row, NULL, fields);
}

/* A part of the page gets the same heading as a section card: Basics and
 * Summary read at the size of Experience and Skills. */
static GtkWidget *
create_heading (const char *title,
                const char *description,
                GtkWidget  *suffix)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (GTK_BOX (line), label);
  if (suffix != NULL)
    gtk_box_append (GTK_BOX (line), suffix);
  gtk_box_append (GTK_BOX (box), line);

  if (description != NULL)
    {
      GtkWidget *text = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_widget_add_css_class (text, "dim-label");
      gtk_box_append (GTK_BOX (box), text);
    }
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (box, "part-heading");

  return box;
}

/* A part of the page: its heading over its group, scrolled to as one. */
static void
append_part (VitaeEditor *self,
             GtkWidget   *heading,
             GtkWidget   *group)
{
  GtkWidget *part = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (part), heading);
  gtk_box_append (GTK_BOX (part), group);
  gtk_box_append (self->page, part);
}

static void
remove_profile_cb (GtkButton  *button,
                   VitaeEntry *profile)
{
  VitaeDocument *document = vitae_node_get_document (VITAE_NODE (profile));
  guint position;

  if (document != NULL &&
      g_list_store_find (G_LIST_STORE (vitae_document_get_profiles (document)), profile, &position))
    vitae_document_remove_profile (document, position);
}

static void
update_profile_title (AdwExpanderRow *row,
                      const char     *key,
                      VitaeNode      *profile)
{
  const char *network = vitae_node_get_text (profile, "network");
  const char *url = vitae_node_get_text (profile, "url");
  g_autofree char *title = g_markup_escape_text (network[0] ? network : _("New Profile"), -1);
  g_autofree char *subtitle = g_markup_escape_text (url, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
}

static GtkWidget *
create_profile_row_cb (gpointer item,
                       gpointer user_data)
{
  VitaeNode *profile = VITAE_NODE (item);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Profile"));
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_profile_cb),
                         g_object_ref (profile), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  add_rows_when_expanded (ADW_EXPANDER_ROW (row), profile, profile_fields);

  update_profile_title (ADW_EXPANDER_ROW (row), NULL, profile);
  g_signal_connect_object (profile, "changed", G_CALLBACK (update_profile_title), row, G_CONNECT_SWAPPED);

  if (vitae_node_get_text (profile, "network")[0] == '\0')
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  return row;
}

static void
add_profile_cb (VitaeEditor *self)
{
  g_autoptr(VitaeEntry) profile = vitae_entry_new ();

  vitae_document_append_profile (self->document, profile);
}

static GtkWidget *
create_section_card_cb (gpointer item,
                        gpointer user_data)
{
  return vitae_section_card_new (VITAE_SECTION (item));
}

static void
build_page (VitaeEditor *self)
{
  VitaeNode *basics = VITAE_NODE (self->document);
  GtkWidget *location_row;
  GtkWidget *add_profile;
  GtkWidget *frame;

  /* Basics */
  self->basics_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  for (guint i = 0; contact_fields[i].key != NULL; i++)
    {
      GtkWidget *row = create_entry_row (basics, contact_fields[i].key, _(contact_fields[i].label));

      adw_preferences_group_add (self->basics_group, row);
      if (self->name_row == NULL)
        self->name_row = row;
    }
  location_row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (location_row), _("Location"));
  add_rows_when_expanded (ADW_EXPANDER_ROW (location_row), basics, location_fields);
  adw_preferences_group_add (self->basics_group, location_row);
  adw_preferences_group_add (self->basics_group, vitae_language_row_new (self->document));
  append_part (self,
               create_heading (_("Basics"),
                               _("Contact details go in the body of the resume, where every parser reads them."),
                               NULL),
               GTK_WIDGET (self->basics_group));

  /* Profiles */
  self->profiles_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  add_profile = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (add_profile, "flat");
  gtk_widget_set_tooltip_text (add_profile, _("Add Profile"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_profile),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Profile"),
                                  -1);
  g_signal_connect_object (add_profile, "clicked", G_CALLBACK (add_profile_cb), self, G_CONNECT_SWAPPED);
  self->profiles_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->profiles_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->profiles_list), "boxed-list");
  gtk_list_box_bind_model (self->profiles_list, vitae_document_get_profiles (self->document),
                           create_profile_row_cb, self, NULL);
  {
    GtkWidget *placeholder = gtk_label_new (_("Links to GitHub, LinkedIn or a portfolio show your work."));

    gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_widget_set_margin_start (placeholder, 12);
    gtk_widget_set_margin_end (placeholder, 12);
    gtk_list_box_set_placeholder (self->profiles_list, placeholder);
  }
  adw_preferences_group_add (self->profiles_group, GTK_WIDGET (self->profiles_list));
  append_part (self, create_heading (_("Profiles"), NULL, add_profile), GTK_WIDGET (self->profiles_group));

  /* Summary */
  self->summary_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->summary_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->summary_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->summary_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_view), "summary-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Summary"),
                                  -1);
  vitae_bind_text_view (self->summary_view, basics, "summary");
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "view");
  gtk_widget_add_css_class (frame, "summary-frame");
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->summary_view));
  adw_preferences_group_add (self->summary_group, frame);
  append_part (self,
               create_heading (_("Summary"),
                               _("Two or three sentences: your level, your strongest skills and the results they brought."),
                               NULL),
               GTK_WIDGET (self->summary_group));

  /* Sections */
  self->sections_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->sections_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->sections_list), "sections-list");
  gtk_list_box_bind_model (self->sections_list, vitae_document_get_sections (self->document),
                           create_section_card_cb, self, NULL);
  gtk_box_append (self->page, GTK_WIDGET (self->sections_list));
}

/* Building the rows that show
 *
 * An entry card, and a bullet row in it, is an empty row of about its
 * height until it comes within half a screen of the viewport (see
 * vitae-entry-card.c and vitae-bullet-row.c). After a layout the editor
 * builds the cards and rows that did; their true heights then change the
 * layout, and GTK lays out again in the same frame, so no empty row is ever
 * painted on screen. A card built in one pass has its rows built in the
 * next. Sections and entries outside the range are passed over whole, so a
 * pass costs what is near the screen. */

static gboolean
intersects (GtkWidget *widget,
            GtkWidget *scrolled,
            double     top,
            double     bottom)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return FALSE;

  return bounds.origin.y <= bottom && bounds.origin.y + bounds.size.height >= top;
}

/* Returns whether it built an entry card, whose rows wait for a layout.
 * Without @build, only tells each entry card whether it is far from the
 * screen, where it paints nothing (vitae-entry-card.c). */
static gboolean
build_rows_near_screen (VitaeEditor *self,
                        gboolean     build)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  GtkWidget *scrolled = _vitae_editor_get_scrolled (self);
  gboolean built_card = FALSE;
  double top, bottom;

  if (self->sections_list == NULL || page_size <= 0)
    return FALSE;

  top = value - page_size / 2;
  bottom = value + page_size * 1.5;

  for (GtkWidget *s = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list)); s; s = gtk_widget_get_next_sibling (s))
    {
      gboolean section_near;

      if (!VITAE_IS_SECTION_CARD (s))
        continue;

      section_near = intersects (s, scrolled, top, bottom);
      for (GtkWidget *e = gtk_widget_get_first_child (GTK_WIDGET (vitae_section_card_get_entries_list (VITAE_SECTION_CARD (s))));
           e; e = gtk_widget_get_next_sibling (e))
        {
          gboolean near = section_near && VITAE_IS_ENTRY_CARD (e) && intersects (e, scrolled, top, bottom);

          if (VITAE_IS_ENTRY_CARD (e))
            vitae_entry_card_set_far_from_screen (VITAE_ENTRY_CARD (e), !near);
          if (!near)
            continue;
          /* Come near without a scroll (moved, or one above removed):
           * built in the next pass. */
          if (!build)
            {
              if (!vitae_entry_card_is_built (VITAE_ENTRY_CARD (e)))
                self->rows_pending = TRUE;
              continue;
            }
          if (!vitae_entry_card_is_built (VITAE_ENTRY_CARD (e)))
            {
              vitae_entry_card_ensure_built (VITAE_ENTRY_CARD (e));
              built_card = TRUE;
              continue;
            }

          for (GtkWidget *b = gtk_widget_get_first_child (GTK_WIDGET (vitae_entry_card_get_bullets_list (VITAE_ENTRY_CARD (e))));
               b; b = gtk_widget_get_next_sibling (b))
            if (VITAE_IS_BULLET_ROW (b) &&
                !vitae_bullet_row_is_built (VITAE_BULLET_ROW (b)) &&
                intersects (b, scrolled, top, bottom))
              vitae_bullet_row_ensure_built (VITAE_BULLET_ROW (b));
        }
    }

  return built_card;
}

/* Only after the first layout of a frame, or the second when the first
 * built entry cards (for their rows): GTK lays out again for what was just
 * built, but only a few times before it paints, so rows that come into
 * view later in the frame (the estimates were high) wait for the next one. */
static void
clock_layout_cb (VitaeEditor *self)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (self->clock);

  if (frame != self->layout_frame)
    {
      self->layout_frame = frame;
      self->layout_passes = 0;
      self->build_passes = 1;
    }
  if (!self->rows_pending || self->layout_passes >= self->build_passes)
    {
      /* After every layout, which can move a card to or from the screen. */
      build_rows_near_screen (self, FALSE);
      return;
    }

  self->layout_passes++;
  self->rows_pending = FALSE;
  if (build_rows_near_screen (self, TRUE) && self->layout_passes == 1)
    {
      self->build_passes = 2;
      self->rows_pending = TRUE;
    }
}

static void
clock_after_paint_cb (VitaeEditor *self)
{
  if (self->rows_pending)
    gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* Something moved: check at the end of the next layout. */
static void
queue_build_rows (VitaeEditor *self)
{
  self->rows_pending = TRUE;
  if (self->clock != NULL)
    gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

static void
root_focus_changed_cb (VitaeEditor *self)
{
  GtkWidget *focus = self->root ? gtk_root_get_focus (self->root) : NULL;

  g_signal_group_set_target (self->buffer_signals,
                             GTK_IS_TEXT_VIEW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page))
                             ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)) : NULL);
  _vitae_editor_queue_reveal_focus (self);
}

/* Overrides */

static void
vitae_editor_root (GtkWidget *widget)
{
  VitaeEditor *self = VITAE_EDITOR (widget);

  GTK_WIDGET_CLASS (vitae_editor_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "notify::focus-widget", G_CALLBACK (root_focus_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
vitae_editor_map (GtkWidget *widget)
{
  VitaeEditor *self = VITAE_EDITOR (widget);

  GTK_WIDGET_CLASS (vitae_editor_parent_class)->map (widget);

  /* After GTK's own handler: the allocations are then those of this frame. */
  self->clock = gtk_widget_get_frame_clock (widget);
  self->layout_frame = -1;
  if (self->clock != NULL)
    {
      self->layout_handler = g_signal_connect_object (self->clock, "layout", G_CALLBACK (clock_layout_cb),
                                                      self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      self->after_paint_handler = g_signal_connect_object (self->clock, "after-paint", G_CALLBACK (clock_after_paint_cb),
                                                           self, G_CONNECT_SWAPPED);
    }
  queue_build_rows (self);
}

static void
vitae_editor_unmap (GtkWidget *widget)
{
  VitaeEditor *self = VITAE_EDITOR (widget);

  if (self->clock != NULL)
    {
      g_clear_signal_handler (&self->layout_handler, self->clock);
      g_clear_signal_handler (&self->after_paint_handler, self->clock);
    }
  self->clock = NULL;

  GTK_WIDGET_CLASS (vitae_editor_parent_class)->unmap (widget);
}

static void
vitae_editor_unroot (GtkWidget *widget)
{
  VitaeEditor *self = VITAE_EDITOR (widget);

  g_signal_handlers_disconnect_by_func (self->root, root_focus_changed_cb, self);
  g_signal_group_set_target (self->buffer_signals, NULL);
  self->root = NULL;

  GTK_WIDGET_CLASS (vitae_editor_parent_class)->unroot (widget);
}

static void
vitae_editor_dispose (GObject *object)
{
  VitaeEditor *self = (VitaeEditor *)object;

  g_clear_object (&self->document);
  if (self->reveal_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
      self->reveal_tick = 0;
    }
  if (self->buffer_signals != NULL)
    g_signal_group_set_target (self->buffer_signals, NULL);
  g_clear_object (&self->buffer_signals);

  G_OBJECT_CLASS (vitae_editor_parent_class)->dispose (object);
}

static void
vitae_editor_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VitaeEditor *self = VITAE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_editor_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VitaeEditor *self = VITAE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      vitae_editor_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_editor_class_init (VitaeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_editor_dispose;
  object_class->get_property = vitae_editor_get_property;
  object_class->set_property = vitae_editor_set_property;

  widget_class->root = vitae_editor_root;
  widget_class->unroot = vitae_editor_unroot;
  widget_class->map = vitae_editor_map;
  widget_class->unmap = vitae_editor_unmap;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         VITAE_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "vitae-editor");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, VitaeEditor, page);
}

static void
vitae_editor_init (VitaeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->layout_frame = -1;

  /* The layout changed (a card opened, a text wrapped) or the cursor moved:
   * the focus may have left the screen. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (_vitae_editor_queue_reveal_focus), self, G_CONNECT_SWAPPED);
  /* Scrolled or resized: other rows come near the screen. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (queue_build_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (queue_build_rows), self, G_CONNECT_SWAPPED);
  self->buffer_signals = g_signal_group_new (GTK_TYPE_TEXT_BUFFER);
  g_signal_group_connect_object (self->buffer_signals, "notify::cursor-position",
                                 G_CALLBACK (_vitae_editor_queue_reveal_focus), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->buffer_signals, "mark-set",
                                 G_CALLBACK (_vitae_editor_queue_reveal_focus), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
vitae_editor_new (void)
{
  return g_object_new (VITAE_TYPE_EDITOR, NULL);
}

/**
 * vitae_editor_get_document:
 * @self: a #VitaeEditor
 *
 * Returns: (transfer none) (nullable): the document being edited
 */
VitaeDocument *
vitae_editor_get_document (VitaeEditor *self)
{
  g_return_val_if_fail (VITAE_IS_EDITOR (self), NULL);

  return self->document;
}

void
vitae_editor_set_document (VitaeEditor   *self,
                           VitaeDocument *document)
{
  g_return_if_fail (VITAE_IS_EDITOR (self));
  g_return_if_fail (!document || VITAE_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  clear_page (self);
  if (document != NULL)
    build_page (self);
  queue_build_rows (self);

  /* Another resume starts at its top, not where the last one was left. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * vitae_editor_reveal_widget:
 * @self: a #VitaeEditor
 * @widget: a descendant of the editor
 *
 * Scrolls so that @widget shows near the top.
 */
void
vitae_editor_reveal_widget (VitaeEditor *self,
                            GtkWidget   *widget)
{
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_return_if_fail (VITAE_IS_EDITOR (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!gtk_widget_compute_point (widget, _vitae_editor_get_scrolled (self), &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
}

/**
 * vitae_editor_scroll_to:
 * @self: a #VitaeEditor
 * @position: %VITAE_EDITOR_BASICS, %VITAE_EDITOR_SUMMARY or a section index
 *
 * Scrolls to a part of the resume and moves the focus into it.
 */
void
vitae_editor_scroll_to (VitaeEditor *self,
                        int          position)
{
  GtkWidget *target = NULL;

  g_return_if_fail (VITAE_IS_EDITOR (self));

  if (self->document == NULL)
    return;

  if (position == VITAE_EDITOR_BASICS)
    target = gtk_widget_get_parent (GTK_WIDGET (self->basics_group));
  else if (position == VITAE_EDITOR_SUMMARY)
    target = gtk_widget_get_parent (GTK_WIDGET (self->summary_group));
  else if (position >= 0)
    target = GTK_WIDGET (gtk_list_box_get_row_at_index (self->sections_list, position));

  if (target == NULL)
    return;

  vitae_editor_reveal_widget (self, target);
  if (position == VITAE_EDITOR_SUMMARY)
    gtk_widget_grab_focus (GTK_WIDGET (self->summary_view));
  else if (position == VITAE_EDITOR_BASICS && self->name_row != NULL)
    gtk_widget_grab_focus (self->name_row);
  else
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
}

/**
 * vitae_editor_get_sections_list:
 * @self: a #VitaeEditor
 *
 * Returns: (transfer none) (nullable): the list of #VitaeSectionCard
 */
GtkListBox *
vitae_editor_get_sections_list (VitaeEditor *self)
{
  g_return_val_if_fail (VITAE_IS_EDITOR (self), NULL);

  return self->sections_list;
}

/**
 * vitae_editor_find_bullet_row:
 * @self: a #VitaeEditor
 * @bullet: a bullet of the document
 *
 * Returns: (transfer none) (nullable): the #VitaeBulletRow editing @bullet
 */
GtkWidget *
vitae_editor_find_bullet_row (VitaeEditor *self,
                              VitaeBullet *bullet)
{
  VitaeEntry *entry;
  VitaeSection *section;
  GtkListBoxRow *section_row, *entry_row;
  guint s, e, b;

  g_return_val_if_fail (VITAE_IS_EDITOR (self), NULL);
  g_return_val_if_fail (VITAE_IS_BULLET (bullet), NULL);

  if (self->document == NULL ||
      !(entry = vitae_bullet_get_entry (bullet)) ||
      !(section = vitae_entry_get_section (entry)) ||
      !g_list_store_find (G_LIST_STORE (vitae_document_get_sections (self->document)), section, &s) ||
      !g_list_store_find (G_LIST_STORE (vitae_section_get_entries (section)), entry, &e) ||
      !g_list_store_find (G_LIST_STORE (vitae_entry_get_bullets (entry)), bullet, &b))
    return NULL;

  section_row = gtk_list_box_get_row_at_index (self->sections_list, s);
  if (!VITAE_IS_SECTION_CARD (section_row))
    return NULL;

  entry_row = gtk_list_box_get_row_at_index (vitae_section_card_get_entries_list (VITAE_SECTION_CARD (section_row)), e);
  if (!VITAE_IS_ENTRY_CARD (entry_row))
    return NULL;

  return GTK_WIDGET (gtk_list_box_get_row_at_index (vitae_entry_card_get_bullets_list (VITAE_ENTRY_CARD (entry_row)), b));
}
