/* vitae-bullet.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-bullet"

#include "config.h"

#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-node-private.h"

struct _VitaeBullet
{
  VitaeNode parent_instance;
};

G_DEFINE_FINAL_TYPE (VitaeBullet, vitae_bullet, VITAE_TYPE_NODE)

static void
vitae_bullet_class_init (VitaeBulletClass *klass)
{
}

static void
vitae_bullet_init (VitaeBullet *self)
{
}

/**
 * vitae_bullet_new:
 * @text: (nullable): the text of the bullet
 *
 * Returns: (transfer full): a new bullet
 */
VitaeBullet *
vitae_bullet_new (const char *text)
{
  VitaeBullet *self = g_object_new (VITAE_TYPE_BULLET, NULL);

  if (text != NULL)
    vitae_node_set_text (VITAE_NODE (self), "text", text);

  return self;
}

/**
 * vitae_bullet_copy:
 * @self: a #VitaeBullet
 *
 * Returns: (transfer full): a detached copy of @self
 */
VitaeBullet *
vitae_bullet_copy (VitaeBullet *self)
{
  VitaeBullet *copy;

  g_return_val_if_fail (VITAE_IS_BULLET (self), NULL);

  copy = g_object_new (VITAE_TYPE_BULLET, NULL);
  _vitae_node_copy_fields (VITAE_NODE (copy), VITAE_NODE (self));

  return copy;
}

const char *
vitae_bullet_get_text (VitaeBullet *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET (self), "");

  return vitae_node_get_text (VITAE_NODE (self), "text");
}

void
vitae_bullet_set_text (VitaeBullet *self,
                       const char  *text)
{
  g_return_if_fail (VITAE_IS_BULLET (self));

  vitae_node_set_text (VITAE_NODE (self), "text", text);
}

/**
 * vitae_bullet_get_entry:
 * @self: a #VitaeBullet
 *
 * Returns: (transfer none) (nullable): the entry holding the bullet
 */
VitaeEntry *
vitae_bullet_get_entry (VitaeBullet *self)
{
  VitaeNode *parent;

  g_return_val_if_fail (VITAE_IS_BULLET (self), NULL);

  parent = vitae_node_get_parent (VITAE_NODE (self));

  return VITAE_IS_ENTRY (parent) ? VITAE_ENTRY (parent) : NULL;
}
