/* vitae-history.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-history"

#include "config.h"

#include "vitae-document.h"
#include "vitae-history.h"
#include "vitae-node-private.h"

/* Older steps are dropped past this many, so a long session stays small. */
#define MAX_STEPS 2000

typedef enum
{
  OP_SET,
  OP_INSERT,
  OP_REMOVE,
} OpKind;

typedef struct
{
  OpKind      kind;
  /* The node whose field changed, or that owns @store. Held strongly unless
   * it is the document itself, which owns this history. */
  VitaeNode  *node;
  gboolean    node_owned;
  const char *key;          /* interned */
  GVariant   *old_value;
  GVariant   *new_value;
  GListStore *store;
  guint       position;
  VitaeNode  *item;
} Op;

typedef struct
{
  guint64    id;
  GPtrArray *ops;
} Step;

struct _VitaeHistory
{
  GObject  parent_instance;

  /* borrowed: the history is owned by its document */
  VitaeDocument *document;

  /* owned: arrays of Step */
  GQueue   undo;
  GQueue   redo;

  guint64  next_id;
  guint    group_depth;
  guint    replaying : 1;
  guint    open_group : 1;
  guint    broken : 1;
};

G_DEFINE_FINAL_TYPE (VitaeHistory, vitae_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
op_free (Op *op)
{
  if (op->node_owned)
    g_clear_object (&op->node);
  g_clear_pointer (&op->old_value, g_variant_unref);
  g_clear_pointer (&op->new_value, g_variant_unref);
  g_clear_object (&op->store);
  g_clear_object (&op->item);
  g_free (op);
}

static void
step_free (Step *step)
{
  g_ptr_array_unref (step->ops);
  g_free (step);
}

static Op *
op_new (VitaeHistory *self,
        OpKind        kind,
        VitaeNode    *node)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->node_owned = (gpointer) node != (gpointer) self->document;
  op->node = op->node_owned ? g_object_ref (node) : node;

  return op;
}

static void
clear_queue (GQueue *queue)
{
  Step *step;

  while ((step = g_queue_pop_head (queue)))
    step_free (step);
}

static void
notify_state (VitaeHistory *self,
              gboolean      could_undo,
              gboolean      could_redo)
{
  if (could_undo != vitae_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != vitae_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static Step *
push_step (VitaeHistory *self)
{
  Step *step = g_new0 (Step, 1);

  step->id = ++self->next_id;
  step->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  g_queue_push_tail (&self->undo, step);

  while (self->undo.length > MAX_STEPS)
    step_free (g_queue_pop_head (&self->undo));

  return step;
}

/* Adds @op to the step it belongs to, merging consecutive edits of one text
 * field into one step. */
static void
record (VitaeHistory *self,
        Op           *op)
{
  gboolean could_undo = vitae_history_get_can_undo (self);
  gboolean could_redo = vitae_history_get_can_redo (self);
  Step *top = g_queue_peek_tail (&self->undo);

  clear_queue (&self->redo);

  if (self->group_depth > 0)
    {
      if (self->open_group || top == NULL)
        top = push_step (self);
      self->open_group = FALSE;
      g_ptr_array_add (top->ops, op);
    }
  else if (op->kind == OP_SET && !self->broken && top != NULL && top->ops->len == 1)
    {
      Op *last = g_ptr_array_index (top->ops, 0);

      if (last->kind == OP_SET && last->node == op->node && last->key == op->key)
        {
          g_clear_pointer (&last->new_value, g_variant_unref);
          last->new_value = g_steal_pointer (&op->new_value);
          op_free (op);
        }
      else
        g_ptr_array_add (push_step (self)->ops, op);
    }
  else
    g_ptr_array_add (push_step (self)->ops, op);

  self->broken = FALSE;
  notify_state (self, could_undo, could_redo);
}

static void
apply_op (Op       *op,
          gboolean  forward)
{
  switch (op->kind)
    {
    case OP_SET:
      _vitae_node_apply_value (op->node, op->key, forward ? op->new_value : op->old_value);
      break;

    case OP_INSERT:
      if (forward)
        _vitae_node_list_apply_insert (op->node, op->store, op->position, op->item);
      else
        _vitae_node_list_apply_remove (op->node, op->store, op->position);
      break;

    case OP_REMOVE:
      if (forward)
        _vitae_node_list_apply_remove (op->node, op->store, op->position);
      else
        _vitae_node_list_apply_insert (op->node, op->store, op->position, op->item);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Overrides */

static void
vitae_history_finalize (GObject *object)
{
  VitaeHistory *self = (VitaeHistory *)object;

  clear_queue (&self->undo);
  clear_queue (&self->redo);

  G_OBJECT_CLASS (vitae_history_parent_class)->finalize (object);
}

static void
vitae_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VitaeHistory *self = VITAE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, vitae_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, vitae_history_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_history_class_init (VitaeHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_history_finalize;
  object_class->get_property = vitae_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vitae_history_init (VitaeHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

/* Private API */

VitaeHistory *
_vitae_history_new (VitaeDocument *document);

VitaeHistory *
_vitae_history_new (VitaeDocument *document)
{
  VitaeHistory *self = g_object_new (VITAE_TYPE_HISTORY, NULL);

  self->document = document;

  return self;
}

gboolean
_vitae_history_is_replaying (VitaeHistory *self)
{
  return self->replaying;
}

void
_vitae_history_record_set (VitaeHistory *self,
                           VitaeNode    *node,
                           const char   *key,
                           GVariant     *old_value,
                           GVariant     *new_value)
{
  Op *op;

  g_assert (VITAE_IS_HISTORY (self));

  if (self->replaying)
    return;

  op = op_new (self, OP_SET, node);
  op->key = key;
  op->old_value = old_value ? g_variant_ref (old_value) : NULL;
  op->new_value = new_value ? g_variant_ref (new_value) : NULL;
  record (self, op);
}

void
_vitae_history_record_insert (VitaeHistory *self,
                              VitaeNode    *owner,
                              GListStore   *store,
                              guint         position,
                              VitaeNode    *item)
{
  Op *op;

  g_assert (VITAE_IS_HISTORY (self));

  if (self->replaying)
    return;

  op = op_new (self, OP_INSERT, owner);
  op->store = g_object_ref (store);
  op->position = position;
  op->item = g_object_ref (item);
  record (self, op);
}

void
_vitae_history_record_remove (VitaeHistory *self,
                              VitaeNode    *owner,
                              GListStore   *store,
                              guint         position,
                              VitaeNode    *item)
{
  Op *op;

  g_assert (VITAE_IS_HISTORY (self));

  if (self->replaying)
    return;

  op = op_new (self, OP_REMOVE, owner);
  op->store = g_object_ref (store);
  op->position = position;
  op->item = g_object_ref (item);
  record (self, op);
}

/* Public API */

gboolean
vitae_history_get_can_undo (VitaeHistory *self)
{
  g_return_val_if_fail (VITAE_IS_HISTORY (self), FALSE);

  return self->undo.length > 0;
}

gboolean
vitae_history_get_can_redo (VitaeHistory *self)
{
  g_return_val_if_fail (VITAE_IS_HISTORY (self), FALSE);

  return self->redo.length > 0;
}

/**
 * vitae_history_begin_group:
 * @self: a #VitaeHistory
 *
 * Starts a group: every change until the matching
 * vitae_history_end_group() is undone and redone as one step. Groups nest.
 */
void
vitae_history_begin_group (VitaeHistory *self)
{
  g_return_if_fail (VITAE_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->open_group = TRUE;
}

void
vitae_history_end_group (VitaeHistory *self)
{
  g_return_if_fail (VITAE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth == 0)
    {
      self->open_group = FALSE;
      self->broken = TRUE;
    }
}

/**
 * vitae_history_break:
 * @self: a #VitaeHistory
 *
 * Ends merging: the next text edit starts a new undo step.
 */
void
vitae_history_break (VitaeHistory *self)
{
  g_return_if_fail (VITAE_IS_HISTORY (self));

  self->broken = TRUE;
}

/* Takes the last step off the undo stack and reverts it (@forward FALSE),
 * or off the redo stack and applies it again (@forward TRUE), then keeps
 * it on the other stack. */
static gboolean
replay (VitaeHistory *self,
        gboolean      forward)
{
  GQueue *from = forward ? &self->redo : &self->undo;
  GQueue *to = forward ? &self->undo : &self->redo;
  gboolean could_undo = vitae_history_get_can_undo (self);
  gboolean could_redo = vitae_history_get_can_redo (self);
  Step *step;

  if (!(step = g_queue_pop_tail (from)))
    return FALSE;

  self->replaying = TRUE;
  for (guint i = 0; i < step->ops->len; i++)
    apply_op (g_ptr_array_index (step->ops, forward ? i : step->ops->len - 1 - i), forward);
  self->replaying = FALSE;

  g_queue_push_tail (to, step);
  self->broken = TRUE;
  if (self->document != NULL)
    _vitae_document_update_modified (self->document);
  notify_state (self, could_undo, could_redo);

  return TRUE;
}

/**
 * vitae_history_undo:
 * @self: a #VitaeHistory
 *
 * Reverts the last step.
 *
 * Returns: %TRUE if there was a step to undo
 */
gboolean
vitae_history_undo (VitaeHistory *self)
{
  g_return_val_if_fail (VITAE_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  return replay (self, FALSE);
}

/**
 * vitae_history_redo:
 * @self: a #VitaeHistory
 *
 * Applies again the last step that was undone.
 *
 * Returns: %TRUE if there was a step to redo
 */
gboolean
vitae_history_redo (VitaeHistory *self)
{
  g_return_val_if_fail (VITAE_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  return replay (self, TRUE);
}

void
vitae_history_clear (VitaeHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (VITAE_IS_HISTORY (self));

  could_undo = vitae_history_get_can_undo (self);
  could_redo = vitae_history_get_can_redo (self);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  self->broken = TRUE;
  notify_state (self, could_undo, could_redo);
}

/**
 * vitae_history_get_position:
 * @self: a #VitaeHistory
 *
 * Returns: an id for the state the history is at: it is the same after an
 *   undo and a redo, and differs after any new change
 */
guint64
vitae_history_get_position (VitaeHistory *self)
{
  Step *top;

  g_return_val_if_fail (VITAE_IS_HISTORY (self), 0);

  top = g_queue_peek_tail (&self->undo);

  return top ? top->id : 0;
}
