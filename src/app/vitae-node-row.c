/* vitae-node-row.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-node-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vitae-node-row.h"

typedef struct
{
  VitaeNode *node;
} VitaeNodeRowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (VitaeNodeRow, vitae_node_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Focus goes to the row at @position of @list_box, once it exists (the
 * list box makes its rows as soon as the model changes). */
static void
focus_row_at (GtkWidget *list_box,
              guint      position)
{
  GtkListBoxRow *row;

  if (!GTK_IS_LIST_BOX (list_box))
    return;

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), position);
  if (VITAE_IS_NODE_ROW (row) && VITAE_NODE_ROW_GET_CLASS (row)->focus != NULL)
    VITAE_NODE_ROW_GET_CLASS (row)->focus (VITAE_NODE_ROW (row));
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

static GdkContentProvider *
drag_prepare_cb (VitaeNodeRow  *self,
                 double         x,
                 double         y,
                 GtkDragSource *source)
{
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  return gdk_content_provider_new_typed (VITAE_NODE_ROW_GET_CLASS (self)->node_type, priv->node);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *icon)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (icon);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (VitaeNodeRow  *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  VitaeNodeRowClass *klass = VITAE_NODE_ROW_GET_CLASS (self);
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);
  VitaeNode *dropped = g_value_get_object (value);
  VitaeNode *parent, *dropped_parent;
  VitaeHistory *history;
  guint position, from;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (dropped, klass->node_type) || dropped == priv->node)
    return FALSE;
  if (!vitae_node_row_get_position (self, &parent, &position))
    return FALSE;

  dropped_parent = vitae_node_get_parent (dropped);
  if (dropped_parent == NULL ||
      !G_TYPE_CHECK_INSTANCE_TYPE (dropped_parent, G_OBJECT_TYPE (parent)) ||
      !g_list_store_find (G_LIST_STORE (klass->get_siblings (dropped_parent)), dropped, &from))
    return FALSE;

  if (dropped_parent == parent)
    {
      klass->move (parent, from, position);
      return TRUE;
    }
  if (!klass->drop_across_parents)
    return FALSE;

  /* Moving to another parent is one undo step. */
  {
    g_autoptr(VitaeNode) moved = g_object_ref (dropped);

    history = vitae_document_get_history (vitae_node_get_document (parent));
    vitae_history_begin_group (history);
    klass->remove (dropped_parent, from);
    klass->insert (parent, position, moved);
    vitae_history_end_group (history);
  }

  return TRUE;
}

/* Overrides */

/* A row takes drops of its own kind of node; the kind is the subclass's,
 * known from here on (not yet in the instance's init). */
static void
vitae_node_row_constructed (GObject *object)
{
  VitaeNodeRow *self = (VitaeNodeRow *)object;
  GtkDropTarget *target;

  G_OBJECT_CLASS (vitae_node_row_parent_class)->constructed (object);

  target = gtk_drop_target_new (VITAE_NODE_ROW_GET_CLASS (self)->node_type, GDK_ACTION_MOVE);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
vitae_node_row_dispose (GObject *object)
{
  VitaeNodeRow *self = (VitaeNodeRow *)object;
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  g_clear_object (&priv->node);

  G_OBJECT_CLASS (vitae_node_row_parent_class)->dispose (object);
}

static void
vitae_node_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VitaeNodeRow *self = VITAE_NODE_ROW (object);
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_object (value, priv->node);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_node_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VitaeNodeRow *self = VITAE_NODE_ROW (object);
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_NODE:
      priv->node = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_node_row_class_init (VitaeNodeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vitae_node_row_constructed;
  object_class->dispose = vitae_node_row_dispose;
  object_class->get_property = vitae_node_row_get_property;
  object_class->set_property = vitae_node_row_set_property;

  klass->node_type = VITAE_TYPE_NODE;

  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL,
                         VITAE_TYPE_NODE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vitae_node_row_init (VitaeNodeRow *self)
{
}

/* Public API */

/**
 * vitae_node_row_get_node:
 * @self: a #VitaeNodeRow
 *
 * Returns: (transfer none): the node the row edits
 */
VitaeNode *
vitae_node_row_get_node (VitaeNodeRow *self)
{
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_NODE_ROW (self), NULL);

  return priv->node;
}

/**
 * vitae_node_row_get_position:
 * @self: a #VitaeNodeRow
 * @parent: (out) (transfer none): the node holding the row's node
 * @position: (out): where the row's node stands among its siblings
 *
 * Returns: whether the node has a parent
 */
gboolean
vitae_node_row_get_position (VitaeNodeRow  *self,
                             VitaeNode    **parent,
                             guint         *position)
{
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_NODE_ROW (self), FALSE);

  *parent = priv->node != NULL ? vitae_node_get_parent (priv->node) : NULL;
  if (*parent == NULL)
    return FALSE;

  return g_list_store_find (G_LIST_STORE (VITAE_NODE_ROW_GET_CLASS (self)->get_siblings (*parent)),
                            priv->node, position);
}

/**
 * vitae_node_row_move_by:
 * @self: a #VitaeNodeRow
 * @delta: how many places down (up if negative)
 *
 * Moves the row's node among its siblings, and the focus with it.
 *
 * Returns: whether it moved
 */
gboolean
vitae_node_row_move_by (VitaeNodeRow *self,
                        int           delta)
{
  VitaeNodeRowClass *klass = VITAE_NODE_ROW_GET_CLASS (self);
  GtkWidget *list_box = gtk_widget_get_parent (GTK_WIDGET (self));
  VitaeNode *parent;
  guint position;
  int target;

  if (!vitae_node_row_get_position (self, &parent, &position))
    return FALSE;

  target = (int) position + delta;
  if (target < 0 || target >= (int) g_list_model_get_n_items (klass->get_siblings (parent)))
    return FALSE;

  klass->move (parent, position, target);
  focus_row_at (list_box, target);

  return TRUE;
}

/**
 * vitae_node_row_duplicate:
 * @self: a #VitaeNodeRow
 *
 * Puts a copy of the row's node right after it, and the focus in it.
 */
void
vitae_node_row_duplicate (VitaeNodeRow *self)
{
  VitaeNodeRowClass *klass = VITAE_NODE_ROW_GET_CLASS (self);
  VitaeNodeRowPrivate *priv = vitae_node_row_get_instance_private (self);
  GtkWidget *list_box = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autoptr(VitaeNode) copy = NULL;
  VitaeNode *parent;
  guint position;

  if (klass->copy == NULL || !vitae_node_row_get_position (self, &parent, &position))
    return;

  copy = klass->copy (priv->node);
  klass->insert (parent, position + 1, copy);
  focus_row_at (list_box, position + 1);
}

/**
 * vitae_node_row_remove:
 * @self: a #VitaeNodeRow
 * @toast_title: (nullable): what to call the node in a toast that offers
 *   to undo the removal, or %NULL for no toast
 *
 * Removes the row's node; the focus goes to the row that takes its place.
 */
void
vitae_node_row_remove (VitaeNodeRow *self,
                       const char   *toast_title)
{
  VitaeNodeRowClass *klass = VITAE_NODE_ROW_GET_CLASS (self);
  GtkWidget *list_box = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *message = NULL;
  VitaeDocument *document;
  VitaeNode *parent;
  guint position, n;

  if (!vitae_node_row_get_position (self, &parent, &position))
    return;

  document = vitae_node_get_document (parent);
  klass->remove (parent, position);
  n = g_list_model_get_n_items (klass->get_siblings (parent));
  if (n > 0)
    focus_row_at (list_box, MIN (position, n - 1));

  if (toast_title == NULL || document == NULL || overlay == NULL)
    return;

  /* Translators: %s names what was removed: a section's title, as
   * "Experience", or an entry, as "Engineer at Acme" */
  message = g_strdup_printf (_("“%s” removed"), toast_title);
  vitae_show_undo_toast (overlay, document, message);
}

/**
 * vitae_node_row_handle_move_key:
 * @self: a #VitaeNodeRow
 * @keyval: the key pressed
 * @state: the modifiers held
 *
 * Alt+Up and Alt+Down move the row's node.
 *
 * Returns: whether the key was one of them
 */
gboolean
vitae_node_row_handle_move_key (VitaeNodeRow    *self,
                                guint            keyval,
                                GdkModifierType  state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (mods != GDK_ALT_MASK)
    return FALSE;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    vitae_node_row_move_by (self, -1);
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    vitae_node_row_move_by (self, 1);
  else
    return FALSE;

  return TRUE;
}

/**
 * vitae_node_row_set_menu:
 * @self: a #VitaeNodeRow
 * @button: the row's menu button
 * @menu: its menu
 *
 * Gives @button its @menu when it is first opened.
 */
void
vitae_node_row_set_menu (VitaeNodeRow  *self,
                         GtkMenuButton *button,
                         GMenuModel    *menu)
{
  g_return_if_fail (VITAE_IS_NODE_ROW (self));

  gtk_menu_button_set_create_popup_func (button, create_menu_cb, menu, NULL);
}

/**
 * vitae_node_row_add_drag_source:
 * @self: a #VitaeNodeRow
 * @handle: the widget to drag the row by
 * @icon: (nullable): the widget the drag shows, or %NULL for the default
 *
 * Lets the row's node be dragged onto a sibling's row.
 */
void
vitae_node_row_add_drag_source (VitaeNodeRow *self,
                                GtkWidget    *handle,
                                GtkWidget    *icon)
{
  GtkDragSource *source;

  g_return_if_fail (VITAE_IS_NODE_ROW (self));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  if (icon != NULL)
    g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), icon);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
}

/* The menus' actions, for the subclasses to install under their names. */

void
vitae_node_row_move_up_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  vitae_node_row_move_by (VITAE_NODE_ROW (widget), -1);
}

void
vitae_node_row_move_down_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  vitae_node_row_move_by (VITAE_NODE_ROW (widget), 1);
}

void
vitae_node_row_duplicate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  vitae_node_row_duplicate (VITAE_NODE_ROW (widget));
}

/* The toast that takes a removal back */

typedef struct
{
  GWeakRef document;
  guint64  position;
} UndoToast;

static void
undo_toast_free (gpointer  data,
                 GClosure *closure)
{
  UndoToast *undo = data;

  g_weak_ref_clear (&undo->document);
  g_free (undo);
}

static void
undo_toast_clicked_cb (AdwToast  *toast,
                       UndoToast *undo)
{
  g_autoptr(VitaeDocument) document = g_weak_ref_get (&undo->document);
  VitaeHistory *history;

  if (document == NULL)
    return;

  /* Undo the removal, and only it: after other changes, Ctrl+Z is the way. */
  history = vitae_document_get_history (document);
  if (vitae_history_get_position (history) == undo->position)
    vitae_history_undo (history);
}

/**
 * vitae_show_undo_toast:
 * @widget: a widget inside the window's toast overlay
 * @document: the document just changed
 * @message: what was done, as "“Experience” removed"
 *
 * Says what a removal did, with an Undo button that takes back that step
 * as long as nothing was changed after it.
 */
void
vitae_show_undo_toast (GtkWidget     *widget,
                       VitaeDocument *document,
                       const char    *message)
{
  GtkWidget *overlay;
  AdwToast *toast;
  UndoToast *undo;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (VITAE_IS_DOCUMENT (document));

  overlay = ADW_IS_TOAST_OVERLAY (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  undo = g_new0 (UndoToast, 1);
  g_weak_ref_init (&undo->document, document);
  undo->position = vitae_history_get_position (vitae_document_get_history (document));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_toast_clicked_cb), undo,
                         undo_toast_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
