/* vitae-section.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-section"

#include "config.h"

#include "vitae-entry.h"
#include "vitae-node-private.h"
#include "vitae-section.h"

struct _VitaeSection
{
  VitaeNode         parent_instance;

  VitaeSectionKind  kind;

  /* owned */
  GListStore       *entries;
};

G_DEFINE_FINAL_TYPE (VitaeSection, vitae_section, VITAE_TYPE_NODE)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vitae_section_dispose (GObject *object)
{
  VitaeSection *self = (VitaeSection *)object;

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (vitae_section_parent_class)->dispose (object);
}

static void
vitae_section_foreach_store (VitaeNode             *node,
                             VitaeNodeForeachStore  func,
                             gpointer               user_data)
{
  func (VITAE_SECTION (node)->entries, user_data);
}

static gboolean
vitae_section_content_equal (VitaeNode *node,
                             VitaeNode *other)
{
  VitaeSection *self = VITAE_SECTION (node);
  VitaeSection *that = VITAE_SECTION (other);

  return self->kind == that->kind
         && _vitae_node_stores_equal (G_LIST_MODEL (self->entries), G_LIST_MODEL (that->entries));
}

static void
vitae_section_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VitaeSection *self = VITAE_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_section_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VitaeSection *self = VITAE_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_section_class_init (VitaeSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VitaeNodeClass *node_class = VITAE_NODE_CLASS (klass);

  object_class->dispose = vitae_section_dispose;
  object_class->get_property = vitae_section_get_property;
  object_class->set_property = vitae_section_set_property;

  node_class->foreach_store = vitae_section_foreach_store;
  node_class->content_equal = vitae_section_content_equal;

  /**
   * VitaeSection:kind:
   *
   * The #VitaeSectionKind of the section, fixed at construction.
   */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      0, VITAE_N_SECTION_KINDS - 1, VITAE_SECTION_CUSTOM,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vitae_section_init (VitaeSection *self)
{
  self->entries = g_list_store_new (VITAE_TYPE_ENTRY);
}

/**
 * vitae_section_new:
 * @kind: the kind of section
 *
 * Returns: (transfer full): a new, empty section
 */
VitaeSection *
vitae_section_new (VitaeSectionKind kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);

  return g_object_new (VITAE_TYPE_SECTION, "kind", kind, NULL);
}

/**
 * vitae_section_copy:
 * @self: a #VitaeSection
 *
 * Returns: (transfer full): a detached deep copy of @self
 */
VitaeSection *
vitae_section_copy (VitaeSection *self)
{
  VitaeSection *copy;
  guint n;

  g_return_val_if_fail (VITAE_IS_SECTION (self), NULL);

  copy = vitae_section_new (self->kind);
  _vitae_node_copy_fields (VITAE_NODE (copy), VITAE_NODE (self));

  n = vitae_section_get_n_entries (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VitaeEntry) entry_copy = vitae_entry_copy (vitae_section_get_entry (self, i));

      vitae_section_append_entry (copy, entry_copy);
    }

  return copy;
}

VitaeSectionKind
vitae_section_get_kind (VitaeSection *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION (self), VITAE_SECTION_CUSTOM);

  return self->kind;
}

/**
 * vitae_section_get_id:
 * @self: a #VitaeSection
 *
 * Returns: the id of the section's kind, as used in `vitae check`
 */
const char *
vitae_section_get_id (VitaeSection *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION (self), NULL);

  return vitae_section_kind_to_id (self->kind);
}

/**
 * vitae_section_get_title:
 * @self: a #VitaeSection
 *
 * Returns: the heading of the section: its own title, or the translated
 *   standard heading of its kind
 */
const char *
vitae_section_get_title (VitaeSection *self)
{
  const char *title;

  g_return_val_if_fail (VITAE_IS_SECTION (self), NULL);

  title = vitae_node_get_text (VITAE_NODE (self), "title");
  if (title[0] != '\0')
    return title;

  return vitae_section_kind_get_title (self->kind);
}

/**
 * vitae_section_get_entries:
 * @self: a #VitaeSection
 *
 * Returns: (transfer none): a #GListModel of #VitaeEntry
 */
GListModel *
vitae_section_get_entries (VitaeSection *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION (self), NULL);

  return G_LIST_MODEL (self->entries);
}

guint
vitae_section_get_n_entries (VitaeSection *self)
{
  g_return_val_if_fail (VITAE_IS_SECTION (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->entries));
}

/**
 * vitae_section_get_entry:
 * @self: a #VitaeSection
 * @position: the index of the entry
 *
 * Returns: (transfer none) (nullable): the entry at @position
 */
VitaeEntry *
vitae_section_get_entry (VitaeSection *self,
                         guint         position)
{
  g_autoptr(VitaeEntry) entry = NULL;

  g_return_val_if_fail (VITAE_IS_SECTION (self), NULL);

  /* The store keeps its own reference, so a borrowed pointer is safe. */
  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

  return entry;
}

void
vitae_section_insert_entry (VitaeSection *self,
                            guint         position,
                            VitaeEntry   *entry)
{
  g_return_if_fail (VITAE_IS_SECTION (self));
  g_return_if_fail (VITAE_IS_ENTRY (entry));
  g_return_if_fail (position <= vitae_section_get_n_entries (self));
  g_return_if_fail (vitae_node_get_parent (VITAE_NODE (entry)) == NULL);

  _vitae_node_list_insert (VITAE_NODE (self), self->entries, position, VITAE_NODE (entry));
}

void
vitae_section_append_entry (VitaeSection *self,
                            VitaeEntry   *entry)
{
  g_return_if_fail (VITAE_IS_SECTION (self));

  vitae_section_insert_entry (self, vitae_section_get_n_entries (self), entry);
}

void
vitae_section_remove_entry (VitaeSection *self,
                            guint         position)
{
  g_return_if_fail (VITAE_IS_SECTION (self));
  g_return_if_fail (position < vitae_section_get_n_entries (self));

  _vitae_node_list_remove (VITAE_NODE (self), self->entries, position);
}

void
vitae_section_move_entry (VitaeSection *self,
                          guint         from,
                          guint         to)
{
  g_return_if_fail (VITAE_IS_SECTION (self));
  g_return_if_fail (from < vitae_section_get_n_entries (self));
  g_return_if_fail (to < vitae_section_get_n_entries (self));

  _vitae_node_list_move (VITAE_NODE (self), self->entries, from, to);
}
