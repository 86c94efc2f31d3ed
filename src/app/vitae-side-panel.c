/* vitae-side-panel.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-side-panel"

#include "config.h"

#include "vitae-side-panel.h"

typedef struct
{
  /* owned */
  VitaeDocument *document;
  gulong         changed_handler;
  guint          refresh_source;

  guint          refresh_delay;

  /* A panel out of sight is rebuilt when it next shows, not while the
   * user types (or while a resume opens behind another page). */
  guint          stale : 1;
} VitaeSidePanelPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (VitaeSidePanel, vitae_side_panel, ADW_TYPE_BIN)

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  VitaeSidePanel *self = user_data;
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  priv->refresh_source = 0;
  priv->stale = FALSE;
  VITAE_SIDE_PANEL_GET_CLASS (self)->rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
vitae_side_panel_map (GtkWidget *widget)
{
  VitaeSidePanel *self = VITAE_SIDE_PANEL (widget);
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  GTK_WIDGET_CLASS (vitae_side_panel_parent_class)->map (widget);

  if (priv->stale)
    vitae_side_panel_refresh (self);
}

static void
vitae_side_panel_dispose (GObject *object)
{
  VitaeSidePanel *self = (VitaeSidePanel *)object;
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_clear_handle_id (&priv->refresh_source, g_source_remove);
  if (priv->document != NULL)
    g_clear_signal_handler (&priv->changed_handler, priv->document);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (vitae_side_panel_parent_class)->dispose (object);
}

static void
vitae_side_panel_real_rebuild (VitaeSidePanel *self)
{
}

static void
vitae_side_panel_class_init (VitaeSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vitae_side_panel_dispose;
  GTK_WIDGET_CLASS (klass)->map = vitae_side_panel_map;
  klass->rebuild = vitae_side_panel_real_rebuild;
}

static void
vitae_side_panel_init (VitaeSidePanel *self)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  priv->refresh_delay = 250;
}

/**
 * vitae_side_panel_get_document:
 * @self: a #VitaeSidePanel
 *
 * Returns: (transfer none) (nullable): the document the panel follows
 */
VitaeDocument *
vitae_side_panel_get_document (VitaeSidePanel *self)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_return_val_if_fail (VITAE_IS_SIDE_PANEL (self), NULL);

  return priv->document;
}

void
vitae_side_panel_set_document (VitaeSidePanel *self,
                               VitaeDocument  *document)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_return_if_fail (VITAE_IS_SIDE_PANEL (self));
  g_return_if_fail (!document || VITAE_IS_DOCUMENT (document));

  if (priv->document == document)
    return;

  if (priv->document != NULL)
    g_clear_signal_handler (&priv->changed_handler, priv->document);
  g_set_object (&priv->document, document);
  if (document != NULL)
    priv->changed_handler = g_signal_connect_swapped (document, "content-changed",
                                                      G_CALLBACK (vitae_side_panel_schedule_refresh), self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    vitae_side_panel_refresh (self);
  else
    {
      g_clear_handle_id (&priv->refresh_source, g_source_remove);
      priv->stale = TRUE;
    }
}

/**
 * vitae_side_panel_set_refresh_delay:
 * @self: a #VitaeSidePanel
 * @msec: how long typing must pause before the panel follows
 */
void
vitae_side_panel_set_refresh_delay (VitaeSidePanel *self,
                                    guint           msec)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_return_if_fail (VITAE_IS_SIDE_PANEL (self));

  priv->refresh_delay = msec;
}

/**
 * vitae_side_panel_refresh:
 * @self: a #VitaeSidePanel
 *
 * Rebuilds the panel now rather than after the typing pause.
 */
void
vitae_side_panel_refresh (VitaeSidePanel *self)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_return_if_fail (VITAE_IS_SIDE_PANEL (self));

  g_clear_handle_id (&priv->refresh_source, g_source_remove);
  priv->stale = FALSE;
  VITAE_SIDE_PANEL_GET_CLASS (self)->rebuild (self);
}

/**
 * vitae_side_panel_schedule_refresh:
 * @self: a #VitaeSidePanel
 *
 * Rebuilds the panel once changes pause for the refresh delay.
 */
void
vitae_side_panel_schedule_refresh (VitaeSidePanel *self)
{
  VitaeSidePanelPrivate *priv = vitae_side_panel_get_instance_private (self);

  g_return_if_fail (VITAE_IS_SIDE_PANEL (self));

  g_clear_handle_id (&priv->refresh_source, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      priv->stale = TRUE;
      return;
    }
  priv->refresh_source = g_timeout_add (priv->refresh_delay, refresh_timeout_cb, self);
}
