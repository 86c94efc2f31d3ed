/* vitae-node.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_NODE (vitae_node_get_type ())

G_DECLARE_DERIVABLE_TYPE (VitaeNode, vitae_node, VITAE, NODE, GObject)

typedef void (*VitaeNodeForeachStore) (GListStore *store,
                                       gpointer    user_data);

struct _VitaeNodeClass
{
  GObjectClass parent_class;

  /*< private >*/
  /* Calls @func for every child node list (entries, bullets, …); a node
   * without children leaves it NULL. */
  void     (*foreach_store)  (VitaeNode             *self,
                              VitaeNodeForeachStore  func,
                              gpointer               user_data);
  /* Whether what a subclass holds beyond its fields is equal; @other has
   * the same type as @self and equal fields. NULL means nothing more. */
  gboolean (*content_equal)  (VitaeNode             *self,
                              VitaeNode             *other);

  gpointer _reserved[2];
};

/*
 * A node is a part of the resume that holds named fields: the basics of the
 * document, a section, an entry, a profile or a bullet. Text fields hold one
 * string, list fields (keywords, courses, roles) hold an ordered string
 * array. An empty value is the same as no value.
 *
 * Every change made through these functions is recorded in the document's
 * undo history and announced with the detailed "changed" signal, whose detail
 * and argument is the field's key.
 */
VitaeDocument      *vitae_node_get_document (VitaeNode          *self);
VitaeNode          *vitae_node_get_parent   (VitaeNode          *self);
const char         *vitae_node_get_text     (VitaeNode          *self,
                                             const char         *key);
void                vitae_node_set_text     (VitaeNode          *self,
                                             const char         *key,
                                             const char         *value);
const char * const *vitae_node_get_list     (VitaeNode          *self,
                                             const char         *key);
void                vitae_node_set_list     (VitaeNode          *self,
                                             const char         *key,
                                             const char * const *values);
gboolean            vitae_node_has          (VitaeNode          *self,
                                             const char         *key);
GStrv               vitae_node_dup_keys     (VitaeNode          *self);

G_END_DECLS
