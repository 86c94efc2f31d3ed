/* vitae-test-nodes.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/*
 * What a widget painted, for the tests and benchmarks that count render
 * nodes: GTK keeps each widget's last render node and a frame reuses it
 * until the widget is redrawn, so the tree a GtkWidgetPaintable shows is
 * the one the last frame drew.
 */

/* What @widget painted in the last frame that drew it; %NULL when it
 * painted nothing. */
static inline GskRenderNode *
painted_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  return gtk_snapshot_free_to_node (snapshot);
}

/* The one child of a node that wraps one, else %NULL. */
static inline GskRenderNode *
get_only_child (GskRenderNode *node)
{
  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_TRANSFORM_NODE:
      return gsk_transform_node_get_child (node);
    case GSK_OPACITY_NODE:
      return gsk_opacity_node_get_child (node);
    case GSK_CLIP_NODE:
      return gsk_clip_node_get_child (node);
    case GSK_ROUNDED_CLIP_NODE:
      return gsk_rounded_clip_node_get_child (node);
    case GSK_COLOR_MATRIX_NODE:
      return gsk_color_matrix_node_get_child (node);
    case GSK_SHADOW_NODE:
      return gsk_shadow_node_get_child (node);
    case GSK_DEBUG_NODE:
      return gsk_debug_node_get_child (node);
    case GSK_REPEAT_NODE:
      return gsk_repeat_node_get_child (node);
    default:
      return NULL;
    }
}

/* How many nodes the tree under @node holds, @node included. */
static inline guint
count_nodes (GskRenderNode *node)
{
  guint n = 1;

  if (node == NULL)
    return 0;

  if (gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      n += count_nodes (gsk_container_node_get_child (node, i));
  else
    n += count_nodes (get_only_child (node));

  return n;
}
