/* vitae-field-binding.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-field-binding"

#include "config.h"

#include "vitae-field-binding.h"

/* A pause longer than this between keystrokes starts a new undo step. */
#define UNDO_PAUSE_USEC (G_USEC_PER_SEC)

typedef enum
{
  KIND_EDITABLE,
  KIND_LIST,
  KIND_TEXT_VIEW,
} BindingKind;

typedef struct
{
  BindingKind  kind;
  GWeakRef     node;
  char        *key;
  GtkWidget   *widget;   /* borrowed: the binding lives as long as it */
  gint64       last_edit;
  gulong       node_handler;
  guint        updating : 1;
} Binding;

/* A binding lives on the widget it binds, which may be any editable or
 * text view: it has no field of its own to hold it. */
static G_DEFINE_QUARK (vitae-field-binding, binding)

static void
binding_free (Binding *binding)
{
  g_autoptr(VitaeNode) node = g_weak_ref_get (&binding->node);

  if (node != NULL && binding->node_handler != 0 &&
      g_signal_handler_is_connected (node, binding->node_handler))
    g_signal_handler_disconnect (node, binding->node_handler);
  g_weak_ref_clear (&binding->node);
  g_free (binding->key);
  g_free (binding);
}

char *
vitae_list_to_text (const char * const *items)
{
  return g_strjoinv (", ", (char **) items);
}

GStrv
vitae_list_from_text (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);

  for (guint i = 0; parts[i]; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (item[0] != '\0')
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

static char *
widget_get_text (Binding *binding)
{
  if (binding->kind == KIND_TEXT_VIEW)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (binding->widget)));
}

static void
widget_set_text (Binding    *binding,
                 const char *text)
{
  binding->updating = TRUE;
  if (binding->kind == KIND_TEXT_VIEW)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (binding->widget), text);
  binding->updating = FALSE;
}

static void
sync_from_node (Binding *binding)
{
  g_autoptr(VitaeNode) node = g_weak_ref_get (&binding->node);
  g_autofree char *current = NULL;
  g_autofree char *wanted = NULL;

  if (node == NULL)
    return;

  current = widget_get_text (binding);

  if (binding->kind == KIND_LIST)
    {
      g_auto(GStrv) typed = vitae_list_from_text (current);

      /* Leave what the user is typing alone when it means the same list. */
      if (g_strv_equal ((const char * const *) typed, vitae_node_get_list (node, binding->key)))
        return;
      wanted = vitae_list_to_text (vitae_node_get_list (node, binding->key));
    }
  else
    wanted = g_strdup (vitae_node_get_text (node, binding->key));

  if (g_strcmp0 (current, wanted) != 0)
    widget_set_text (binding, wanted);
}

static void
node_changed_cb (VitaeNode  *node,
                 const char *key,
                 GtkWidget  *widget)
{
  Binding *binding = g_object_get_qdata (G_OBJECT (widget), binding_quark ());

  if (binding != NULL && !binding->updating)
    sync_from_node (binding);
}

static void
widget_changed_cb (Binding *binding)
{
  g_autoptr(VitaeNode) node = g_weak_ref_get (&binding->node);
  g_autofree char *text = NULL;
  VitaeDocument *document;
  gint64 now;

  if (binding->updating || node == NULL)
    return;

  document = vitae_node_get_document (node);
  now = g_get_monotonic_time ();
  if (document != NULL && now - binding->last_edit > UNDO_PAUSE_USEC)
    vitae_history_break (vitae_document_get_history (document));
  binding->last_edit = now;

  text = widget_get_text (binding);

  binding->updating = TRUE;
  if (binding->kind == KIND_LIST)
    {
      g_auto(GStrv) items = vitae_list_from_text (text);

      vitae_node_set_list (node, binding->key, (const char * const *) items);
    }
  else
    vitae_node_set_text (node, binding->key, text);
  binding->updating = FALSE;
}

static void
focus_leave_cb (Binding *binding)
{
  g_autoptr(VitaeNode) node = g_weak_ref_get (&binding->node);

  /* Leaving a field ends its undo step, and a list shows its tidy form. */
  if (node != NULL && vitae_node_get_document (node) != NULL)
    vitae_history_break (vitae_document_get_history (vitae_node_get_document (node)));
  binding->last_edit = 0;

  if (node != NULL && binding->kind == KIND_LIST)
    {
      g_autofree char *tidy = vitae_list_to_text (vitae_node_get_list (node, binding->key));
      g_autofree char *current = widget_get_text (binding);

      if (g_strcmp0 (tidy, current) != 0)
        widget_set_text (binding, tidy);
    }
}

static void
bind (GtkWidget   *widget,
      BindingKind  kind,
      VitaeNode   *node,
      const char  *key)
{
  GtkEventController *focus;
  Binding *binding;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (VITAE_IS_NODE (node));
  g_return_if_fail (key != NULL);

  binding = g_new0 (Binding, 1);
  binding->kind = kind;
  binding->widget = widget;
  binding->key = g_strdup (key);
  g_weak_ref_init (&binding->node, node);
  g_object_set_qdata_full (G_OBJECT (widget), binding_quark (), binding, (GDestroyNotify) binding_free);

  sync_from_node (binding);

  if (kind == KIND_TEXT_VIEW)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

      /* The document's history is the only undo. */
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      g_signal_connect_swapped (buffer, "changed", G_CALLBACK (widget_changed_cb), binding);
    }
  else
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      g_signal_connect_swapped (widget, "changed", G_CALLBACK (widget_changed_cb), binding);
    }

  {
    g_autofree char *signal = g_strconcat ("changed::", key, NULL);

    binding->node_handler = g_signal_connect_object (node, signal, G_CALLBACK (node_changed_cb), widget, 0);
  }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), binding);
  gtk_widget_add_controller (widget, focus);
}

void
vitae_bind_editable (GtkEditable *editable,
                     VitaeNode   *node,
                     const char  *key)
{
  bind (GTK_WIDGET (editable), KIND_EDITABLE, node, key);
}

void
vitae_bind_list_editable (GtkEditable *editable,
                          VitaeNode   *node,
                          const char  *key)
{
  bind (GTK_WIDGET (editable), KIND_LIST, node, key);
}

void
vitae_bind_text_view (GtkTextView *text_view,
                      VitaeNode   *node,
                      const char  *key)
{
  bind (GTK_WIDGET (text_view), KIND_TEXT_VIEW, node, key);
}

/**
 * vitae_binding_set_node:
 * @widget: a widget bound with one of the vitae_bind functions
 * @node: (nullable): the node whose same field it edits from now on
 *
 * Shows @node's field in @widget; with no node, the widget is emptied and
 * its typing goes nowhere.
 */
void
vitae_binding_set_node (GtkWidget *widget,
                        VitaeNode *node)
{
  Binding *binding;
  g_autoptr(VitaeNode) old = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (!node || VITAE_IS_NODE (node));

  binding = g_object_get_qdata (G_OBJECT (widget), binding_quark ());
  g_return_if_fail (binding != NULL);

  old = g_weak_ref_get (&binding->node);
  if (old == node)
    return;
  if (old != NULL && binding->node_handler != 0 &&
      g_signal_handler_is_connected (old, binding->node_handler))
    g_signal_handler_disconnect (old, binding->node_handler);
  binding->node_handler = 0;
  binding->last_edit = 0;
  g_weak_ref_set (&binding->node, node);

  if (node == NULL)
    {
      widget_set_text (binding, "");
      return;
    }

  {
    g_autofree char *signal = g_strconcat ("changed::", binding->key, NULL);

    binding->node_handler = g_signal_connect_object (node, signal, G_CALLBACK (node_changed_cb), widget, 0);
  }
  sync_from_node (binding);
}
