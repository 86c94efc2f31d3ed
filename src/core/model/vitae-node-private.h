/* vitae-node-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-node.h"

G_BEGIN_DECLS

void     _vitae_node_attach           (VitaeNode     *self,
                                       VitaeNode     *parent,
                                       VitaeDocument *document);
void     _vitae_node_detach           (VitaeNode     *self);
void     _vitae_node_copy_fields      (VitaeNode     *dest,
                                       VitaeNode     *src);
gboolean _vitae_node_fields_equal     (VitaeNode     *a,
                                       VitaeNode     *b);

/* Sets a field without recording it, used by undo and redo. */
void     _vitae_node_apply_value      (VitaeNode     *self,
                                       const char    *key,
                                       GVariant      *value);

/* List changes go through these so that they are recorded and announced.
 * @owner is the node that owns @store. */
void     _vitae_node_list_insert      (VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position,
                                       VitaeNode     *item);
void     _vitae_node_list_remove      (VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position);
void     _vitae_node_list_move        (VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          from,
                                       guint          to);
/* Applies a list change without recording it, used by undo and redo. */
void     _vitae_node_list_apply_insert(VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position,
                                       VitaeNode     *item);
void     _vitae_node_list_apply_remove(VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position);
/* Calls @func for every child node list of @self (entries, bullets…). */
void     _vitae_node_foreach_store    (VitaeNode     *self,
                                       VitaeNodeForeachStore func,
                                       gpointer       user_data);
/* Deep equality: same type, fields and children, in order. */
gboolean _vitae_node_equal            (VitaeNode     *a,
                                       VitaeNode     *b);
gboolean _vitae_node_stores_equal     (GListModel    *a,
                                       GListModel    *b);

/* In vitae-document.c */
VitaeHistory *_vitae_document_get_recording_history (VitaeDocument *self);
void          _vitae_document_content_changed       (VitaeDocument *self);
void          _vitae_document_update_modified       (VitaeDocument *self);

/* In vitae-history.c */
void     _vitae_history_record_set    (VitaeHistory  *self,
                                       VitaeNode     *node,
                                       const char    *key,
                                       GVariant      *old_value,
                                       GVariant      *new_value);
void     _vitae_history_record_insert (VitaeHistory  *self,
                                       VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position,
                                       VitaeNode     *item);
void     _vitae_history_record_remove (VitaeHistory  *self,
                                       VitaeNode     *owner,
                                       GListStore    *store,
                                       guint          position,
                                       VitaeNode     *item);
gboolean _vitae_history_is_replaying  (VitaeHistory  *self);

G_END_DECLS
