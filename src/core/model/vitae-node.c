/* vitae-node.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-node"

#include "config.h"

#include "vitae-history.h"
#include "vitae-node-private.h"

typedef struct
{
  GVariant    *variant;  /* "s" or "as" */
  const char **strv;     /* for lists: the strings of @variant */
} FieldValue;

typedef struct
{
  /* owned: interned key → FieldValue */
  GHashTable    *fields;

  /* borrowed: set while the node is part of a document */
  VitaeNode     *parent;
  VitaeDocument *document;
} VitaeNodePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (VitaeNode, vitae_node, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static const char * const empty_list[] = { NULL };

/* Helpers */

static FieldValue *
field_value_new (GVariant *variant)
{
  FieldValue *fv = g_new0 (FieldValue, 1);

  fv->variant = g_variant_ref (variant);
  if (g_variant_is_of_type (variant, G_VARIANT_TYPE_STRING_ARRAY))
    fv->strv = g_variant_get_strv (variant, NULL);

  return fv;
}

static void
field_value_free (FieldValue *fv)
{
  g_clear_pointer (&fv->variant, g_variant_unref);
  g_free (fv->strv);
  g_free (fv);
}

static GVariant *
lookup_variant (VitaeNodePrivate *priv,
                const char       *interned)
{
  FieldValue *fv = g_hash_table_lookup (priv->fields, interned);

  return fv ? fv->variant : NULL;
}

static gboolean
value_is_empty (GVariant *value)
{
  if (value == NULL)
    return TRUE;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_get_string (value, NULL)[0] == '\0';
  return g_variant_n_children (value) == 0;
}

static gboolean
values_equal (GVariant *a,
              GVariant *b)
{
  if (value_is_empty (a) && value_is_empty (b))
    return TRUE;
  if (value_is_empty (a) || value_is_empty (b))
    return FALSE;
  return g_variant_equal (a, b);
}

static void
set_value (VitaeNode  *self,
           const char *key,
           GVariant   *value,
           gboolean    record)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);
  g_autoptr(GVariant) sunk = value ? g_variant_ref_sink (value) : NULL;
  GVariant *old_value;
  const char *interned = g_intern_string (key);

  old_value = lookup_variant (priv, interned);
  if (values_equal (old_value, sunk))
    return;

  if (record && priv->document != NULL)
    {
      VitaeHistory *history = _vitae_document_get_recording_history (priv->document);

      if (history != NULL)
        _vitae_history_record_set (history, self, interned, old_value, sunk);
    }

  if (value_is_empty (sunk))
    g_hash_table_remove (priv->fields, interned);
  else
    g_hash_table_insert (priv->fields, (gpointer) interned, field_value_new (sunk));

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (interned), interned);

  if (priv->document != NULL)
    _vitae_document_content_changed (priv->document);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Overrides */

static void
vitae_node_finalize (GObject *object)
{
  VitaeNode *self = (VitaeNode *)object;
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);

  g_clear_pointer (&priv->fields, g_hash_table_unref);

  G_OBJECT_CLASS (vitae_node_parent_class)->finalize (object);
}

static void
vitae_node_class_init (VitaeNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_node_finalize;

  /**
   * VitaeNode::changed:
   * @self: the node
   * @key: the key of the field that changed
   *
   * Fires after a field of the node changed, whether by an edit, an undo or
   * a redo. The signal detail is the key.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
vitae_node_init (VitaeNode *self)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);

  priv->fields = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) field_value_free);
}

/* Private API */

void
_vitae_node_foreach_store (VitaeNode             *self,
                           VitaeNodeForeachStore  func,
                           gpointer               user_data)
{
  VitaeNodeClass *klass = VITAE_NODE_GET_CLASS (self);

  if (klass->foreach_store != NULL)
    klass->foreach_store (self, func, user_data);
}

gboolean
_vitae_node_equal (VitaeNode *a,
                   VitaeNode *b)
{
  VitaeNodeClass *klass = VITAE_NODE_GET_CLASS (a);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  if (!_vitae_node_fields_equal (a, b))
    return FALSE;

  return klass->content_equal == NULL || klass->content_equal (a, b);
}

gboolean
_vitae_node_stores_equal (GListModel *a,
                          GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VitaeNode) x = g_list_model_get_item (a, i);
      g_autoptr(VitaeNode) y = g_list_model_get_item (b, i);

      if (!_vitae_node_equal (x, y))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  VitaeNode     *parent;
  VitaeDocument *document;
} AttachData;

static void
attach_store_cb (GListStore *store,
                 gpointer    user_data)
{
  AttachData *data = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VitaeNode) child = g_list_model_get_item (G_LIST_MODEL (store), i);

      _vitae_node_attach (child, data->parent, data->document);
    }
}

void
_vitae_node_attach (VitaeNode     *self,
                    VitaeNode     *parent,
                    VitaeDocument *document)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);
  AttachData data = { self, document };

  priv->parent = parent;
  priv->document = document;
  _vitae_node_foreach_store (self, attach_store_cb, &data);
}

void
_vitae_node_detach (VitaeNode *self)
{
  _vitae_node_attach (self, NULL, NULL);
}

void
_vitae_node_copy_fields (VitaeNode *dest,
                         VitaeNode *src)
{
  VitaeNodePrivate *dpriv = vitae_node_get_instance_private (dest);
  VitaeNodePrivate *spriv = vitae_node_get_instance_private (src);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, spriv->fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (dpriv->fields, key, field_value_new (((FieldValue *) value)->variant));
}

gboolean
_vitae_node_fields_equal (VitaeNode *a,
                          VitaeNode *b)
{
  VitaeNodePrivate *apriv = vitae_node_get_instance_private (a);
  VitaeNodePrivate *bpriv = vitae_node_get_instance_private (b);
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (apriv->fields) != g_hash_table_size (bpriv->fields))
    return FALSE;

  g_hash_table_iter_init (&iter, apriv->fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GVariant *other = lookup_variant (bpriv, key);

      if (other == NULL || !g_variant_equal (((FieldValue *) value)->variant, other))
        return FALSE;
    }

  return TRUE;
}

void
_vitae_node_apply_value (VitaeNode  *self,
                         const char *key,
                         GVariant   *value)
{
  set_value (self, key, value, FALSE);
}

void
_vitae_node_list_apply_insert (VitaeNode  *owner,
                               GListStore *store,
                               guint       position,
                               VitaeNode  *item)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (owner);

  _vitae_node_attach (item, owner, priv->document);
  g_list_store_insert (store, position, item);

  if (priv->document != NULL)
    _vitae_document_content_changed (priv->document);
}

void
_vitae_node_list_apply_remove (VitaeNode  *owner,
                               GListStore *store,
                               guint       position)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (owner);
  g_autoptr(VitaeNode) item = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_list_store_remove (store, position);
  _vitae_node_detach (item);

  if (priv->document != NULL)
    _vitae_document_content_changed (priv->document);
}

static VitaeHistory *
get_recording_history (VitaeNode *owner)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (owner);

  if (priv->document == NULL)
    return NULL;

  return _vitae_document_get_recording_history (priv->document);
}

void
_vitae_node_list_insert (VitaeNode  *owner,
                         GListStore *store,
                         guint       position,
                         VitaeNode  *item)
{
  VitaeHistory *history = get_recording_history (owner);

  if (history != NULL)
    _vitae_history_record_insert (history, owner, store, position, item);

  _vitae_node_list_apply_insert (owner, store, position, item);
}

void
_vitae_node_list_remove (VitaeNode  *owner,
                         GListStore *store,
                         guint       position)
{
  VitaeHistory *history = get_recording_history (owner);

  if (history != NULL)
    {
      g_autoptr(VitaeNode) item = g_list_model_get_item (G_LIST_MODEL (store), position);

      _vitae_history_record_remove (history, owner, store, position, item);
    }

  _vitae_node_list_apply_remove (owner, store, position);
}

void
_vitae_node_list_move (VitaeNode  *owner,
                       GListStore *store,
                       guint       from,
                       guint       to)
{
  VitaeHistory *history = get_recording_history (owner);
  g_autoptr(VitaeNode) item = NULL;

  if (from == to)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (store), from);

  /* A move is one undo step made of a removal and an insertion. */
  if (history != NULL)
    vitae_history_begin_group (history);
  _vitae_node_list_remove (owner, store, from);
  _vitae_node_list_insert (owner, store, to, item);
  if (history != NULL)
    vitae_history_end_group (history);
}

/* Public API */

/**
 * vitae_node_get_document:
 * @self: a #VitaeNode
 *
 * Returns: (transfer none) (nullable): the document the node is part of
 */
VitaeDocument *
vitae_node_get_document (VitaeNode *self)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_NODE (self), NULL);

  return priv->document;
}

/**
 * vitae_node_get_parent:
 * @self: a #VitaeNode
 *
 * Returns: (transfer none) (nullable): the node that holds this one
 */
VitaeNode *
vitae_node_get_parent (VitaeNode *self)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_NODE (self), NULL);

  return priv->parent;
}

/**
 * vitae_node_get_text:
 * @self: a #VitaeNode
 * @key: a field key
 *
 * Returns: (transfer none): the text of the field, "" when unset. The
 *   string is valid until the field changes.
 */
const char *
vitae_node_get_text (VitaeNode  *self,
                     const char *key)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);
  GVariant *value;

  g_return_val_if_fail (VITAE_IS_NODE (self), "");
  g_return_val_if_fail (key != NULL, "");

  value = lookup_variant (priv, g_intern_string (key));
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return "";

  return g_variant_get_string (value, NULL);
}

/**
 * vitae_node_set_text:
 * @self: a #VitaeNode
 * @key: a field key
 * @value: (nullable): the new text; %NULL or "" clears the field
 *
 * Sets a text field. The text must be valid UTF-8.
 */
void
vitae_node_set_text (VitaeNode  *self,
                     const char *key,
                     const char *value)
{
  g_return_if_fail (VITAE_IS_NODE (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL));

  set_value (self, key, value ? g_variant_new_string (value) : NULL, TRUE);
}

/**
 * vitae_node_get_list:
 * @self: a #VitaeNode
 * @key: a field key
 *
 * Returns: (transfer none) (array zero-terminated=1): the list, empty when
 *   unset. It is valid until the field changes.
 */
const char * const *
vitae_node_get_list (VitaeNode  *self,
                     const char *key)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);
  FieldValue *fv;

  g_return_val_if_fail (VITAE_IS_NODE (self), empty_list);
  g_return_val_if_fail (key != NULL, empty_list);

  fv = g_hash_table_lookup (priv->fields, g_intern_string (key));
  if (fv == NULL || fv->strv == NULL)
    return empty_list;

  return fv->strv;
}

/**
 * vitae_node_set_list:
 * @self: a #VitaeNode
 * @key: a field key
 * @values: (nullable) (array zero-terminated=1): the new list
 *
 * Sets a list field; %NULL or an empty list clears it.
 */
void
vitae_node_set_list (VitaeNode          *self,
                     const char         *key,
                     const char * const *values)
{
  g_return_if_fail (VITAE_IS_NODE (self));
  g_return_if_fail (key != NULL);

  set_value (self, key, values ? g_variant_new_strv (values, -1) : NULL, TRUE);
}

gboolean
vitae_node_has (VitaeNode  *self,
                const char *key)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_NODE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return g_hash_table_contains (priv->fields, g_intern_string (key));
}

/**
 * vitae_node_dup_keys:
 * @self: a #VitaeNode
 *
 * Returns: (transfer full): the keys of the fields that are set, sorted
 */
GStrv
vitae_node_dup_keys (VitaeNode *self)
{
  VitaeNodePrivate *priv = vitae_node_get_instance_private (self);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (VITAE_IS_NODE (self), NULL);

  g_hash_table_iter_init (&iter, priv->fields);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, g_strdup (key));
  g_ptr_array_sort (keys, compare_strings);
  g_ptr_array_add (keys, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
}
