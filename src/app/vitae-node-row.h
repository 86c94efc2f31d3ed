/* vitae-node-row.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_NODE_ROW (vitae_node_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (VitaeNodeRow, vitae_node_row, VITAE, NODE_ROW, GtkListBoxRow)

/* What a row of the editor does with its node among its siblings: the
 * section cards, entry cards and bullet rows share their menus' moves,
 * copies and removals, their Alt+arrow keys and their drag and drop. */
struct _VitaeNodeRowClass
{
  GtkListBoxRowClass parent_class;

  /* The type of the row's node: what it takes from a drop. */
  GType        node_type;
  /* Whether a node dropped from another parent moves here (bullets go from
   * one entry to another; entries stay within their section). */
  gboolean     drop_across_parents;

  /* The list of @parent the row's node stands in, and its changes. */
  GListModel *(*get_siblings) (VitaeNode    *parent);
  void        (*insert)       (VitaeNode    *parent,
                               guint         position,
                               VitaeNode    *node);
  void        (*remove)       (VitaeNode    *parent,
                               guint         position);
  void        (*move)         (VitaeNode    *parent,
                               guint         from,
                               guint         to);
  /* A copy of @node, or NULL for no Duplicate. */
  VitaeNode  *(*copy)         (VitaeNode    *node);
  /* Moves the focus into @self after a move, copy or removal; NULL: the
   * focus stays where it is. */
  void        (*focus)        (VitaeNodeRow *self);
};

VitaeNode *vitae_node_row_get_node          (VitaeNodeRow  *self);
gboolean   vitae_node_row_get_position      (VitaeNodeRow  *self,
                                             VitaeNode    **parent,
                                             guint         *position);
gboolean   vitae_node_row_move_by           (VitaeNodeRow  *self,
                                             int            delta);
void       vitae_node_row_duplicate         (VitaeNodeRow  *self);
void       vitae_node_row_remove            (VitaeNodeRow  *self,
                                             const char    *toast_title);
gboolean   vitae_node_row_handle_move_key   (VitaeNodeRow  *self,
                                             guint          keyval,
                                             GdkModifierType state);
void       vitae_node_row_set_menu          (VitaeNodeRow  *self,
                                             GtkMenuButton *button,
                                             GMenuModel    *menu);
void       vitae_node_row_add_drag_source   (VitaeNodeRow  *self,
                                             GtkWidget     *handle,
                                             GtkWidget     *icon);

void       vitae_node_row_move_up_action    (GtkWidget     *widget,
                                             const char    *action_name,
                                             GVariant      *param);
void       vitae_node_row_move_down_action  (GtkWidget     *widget,
                                             const char    *action_name,
                                             GVariant      *param);
void       vitae_node_row_duplicate_action  (GtkWidget     *widget,
                                             const char    *action_name,
                                             GVariant      *param);

void       vitae_show_undo_toast            (GtkWidget     *widget,
                                             VitaeDocument *document,
                                             const char    *message);

G_END_DECLS
