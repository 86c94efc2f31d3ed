/* vitae-entry.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-entry"

#include "config.h"

#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-node-private.h"
#include "vitae-section.h"

struct _VitaeEntry
{
  VitaeNode   parent_instance;

  /* owned */
  GListStore *bullets;
};

G_DEFINE_FINAL_TYPE (VitaeEntry, vitae_entry, VITAE_TYPE_NODE)

static void
vitae_entry_dispose (GObject *object)
{
  VitaeEntry *self = (VitaeEntry *)object;

  g_clear_object (&self->bullets);

  G_OBJECT_CLASS (vitae_entry_parent_class)->dispose (object);
}

static void
vitae_entry_foreach_store (VitaeNode             *node,
                           VitaeNodeForeachStore  func,
                           gpointer               user_data)
{
  func (VITAE_ENTRY (node)->bullets, user_data);
}

static gboolean
vitae_entry_content_equal (VitaeNode *node,
                           VitaeNode *other)
{
  return _vitae_node_stores_equal (G_LIST_MODEL (VITAE_ENTRY (node)->bullets),
                                   G_LIST_MODEL (VITAE_ENTRY (other)->bullets));
}

static void
vitae_entry_class_init (VitaeEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VitaeNodeClass *node_class = VITAE_NODE_CLASS (klass);

  object_class->dispose = vitae_entry_dispose;

  node_class->foreach_store = vitae_entry_foreach_store;
  node_class->content_equal = vitae_entry_content_equal;
}

static void
vitae_entry_init (VitaeEntry *self)
{
  self->bullets = g_list_store_new (VITAE_TYPE_BULLET);
}

/**
 * vitae_entry_key_is_known:
 * @key: a field key
 * @is_list: (out) (optional): whether the field holds a list
 *
 * The keys an entry of a section may hold, as listed in vitae-entry.h and in
 * the .vitae schema: importers keep to them, so that whatever they read can
 * be saved and read back unchanged.
 *
 * Returns: %TRUE if @key is one of them
 */
gboolean
vitae_entry_key_is_known (const char *key,
                          gboolean   *is_list)
{
  static const char * const text_keys[] = {
    "title", "organization", "role", "location", "url", "start", "end", "date",
    "summary", "description", "area", "degree", "score", "awarder", "issuer",
    "publisher", "level", "fluency", "reference", "entity", "type", NULL
  };
  static const char * const list_keys[] = { "keywords", "courses", "roles", NULL };
  gboolean list;

  g_return_val_if_fail (key != NULL, FALSE);

  list = g_strv_contains (list_keys, key);
  if (is_list != NULL)
    *is_list = list;

  return list || g_strv_contains (text_keys, key);
}

/**
 * vitae_entry_new:
 *
 * Returns: (transfer full): a new, empty entry
 */
VitaeEntry *
vitae_entry_new (void)
{
  return g_object_new (VITAE_TYPE_ENTRY, NULL);
}

/**
 * vitae_entry_copy:
 * @self: a #VitaeEntry
 *
 * Returns: (transfer full): a detached deep copy of @self
 */
VitaeEntry *
vitae_entry_copy (VitaeEntry *self)
{
  VitaeEntry *copy;
  guint n;

  g_return_val_if_fail (VITAE_IS_ENTRY (self), NULL);

  copy = vitae_entry_new ();
  _vitae_node_copy_fields (VITAE_NODE (copy), VITAE_NODE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->bullets));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VitaeBullet) bullet = g_list_model_get_item (G_LIST_MODEL (self->bullets), i);
      g_autoptr(VitaeBullet) bullet_copy = vitae_bullet_copy (bullet);

      vitae_entry_append_bullet (copy, bullet_copy);
    }

  return copy;
}

/**
 * vitae_entry_get_section:
 * @self: a #VitaeEntry
 *
 * Returns: (transfer none) (nullable): the section holding the entry
 */
VitaeSection *
vitae_entry_get_section (VitaeEntry *self)
{
  VitaeNode *parent;

  g_return_val_if_fail (VITAE_IS_ENTRY (self), NULL);

  parent = vitae_node_get_parent (VITAE_NODE (self));

  return VITAE_IS_SECTION (parent) ? VITAE_SECTION (parent) : NULL;
}

/**
 * vitae_entry_get_bullets:
 * @self: a #VitaeEntry
 *
 * Returns: (transfer none): a #GListModel of #VitaeBullet
 */
GListModel *
vitae_entry_get_bullets (VitaeEntry *self)
{
  g_return_val_if_fail (VITAE_IS_ENTRY (self), NULL);

  return G_LIST_MODEL (self->bullets);
}

guint
vitae_entry_get_n_bullets (VitaeEntry *self)
{
  g_return_val_if_fail (VITAE_IS_ENTRY (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->bullets));
}

/**
 * vitae_entry_get_bullet:
 * @self: a #VitaeEntry
 * @position: the index of the bullet
 *
 * Returns: (transfer none) (nullable): the bullet at @position
 */
VitaeBullet *
vitae_entry_get_bullet (VitaeEntry *self,
                        guint       position)
{
  g_autoptr(VitaeBullet) bullet = NULL;

  g_return_val_if_fail (VITAE_IS_ENTRY (self), NULL);

  /* The store keeps its own reference, so a borrowed pointer is safe. */
  bullet = g_list_model_get_item (G_LIST_MODEL (self->bullets), position);

  return bullet;
}

void
vitae_entry_insert_bullet (VitaeEntry  *self,
                           guint        position,
                           VitaeBullet *bullet)
{
  g_return_if_fail (VITAE_IS_ENTRY (self));
  g_return_if_fail (VITAE_IS_BULLET (bullet));
  g_return_if_fail (position <= vitae_entry_get_n_bullets (self));
  g_return_if_fail (vitae_node_get_parent (VITAE_NODE (bullet)) == NULL);

  _vitae_node_list_insert (VITAE_NODE (self), self->bullets, position, VITAE_NODE (bullet));
}

void
vitae_entry_append_bullet (VitaeEntry  *self,
                           VitaeBullet *bullet)
{
  g_return_if_fail (VITAE_IS_ENTRY (self));

  vitae_entry_insert_bullet (self, vitae_entry_get_n_bullets (self), bullet);
}

void
vitae_entry_remove_bullet (VitaeEntry *self,
                           guint       position)
{
  g_return_if_fail (VITAE_IS_ENTRY (self));
  g_return_if_fail (position < vitae_entry_get_n_bullets (self));

  _vitae_node_list_remove (VITAE_NODE (self), self->bullets, position);
}

void
vitae_entry_move_bullet (VitaeEntry *self,
                         guint       from,
                         guint       to)
{
  g_return_if_fail (VITAE_IS_ENTRY (self));
  g_return_if_fail (from < vitae_entry_get_n_bullets (self));
  g_return_if_fail (to < vitae_entry_get_n_bullets (self));

  _vitae_node_list_move (VITAE_NODE (self), self->bullets, from, to);
}
