/* vitae-side-panel.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_SIDE_PANEL (vitae_side_panel_get_type ())

G_DECLARE_DERIVABLE_TYPE (VitaeSidePanel, vitae_side_panel, VITAE, SIDE_PANEL, AdwBin)

/*
 * A page of the side panel that follows the document itself (the preview):
 * it is rebuilt at once when the document is set, and once typing pauses
 * after a change, so that a keystroke never pays for it. The coach and
 * keywords pages bind to the window's VitaeAnalysis instead.
 */
struct _VitaeSidePanelClass
{
  AdwBinClass parent_class;

  /* Shows the current document (which may be %NULL). */
  void (*rebuild) (VitaeSidePanel *self);

  /*< private >*/
  gpointer _reserved[4];
};

VitaeDocument *vitae_side_panel_get_document      (VitaeSidePanel *self);
void           vitae_side_panel_set_document      (VitaeSidePanel *self,
                                                   VitaeDocument  *document);
void           vitae_side_panel_set_refresh_delay (VitaeSidePanel *self,
                                                   guint           msec);
void           vitae_side_panel_refresh           (VitaeSidePanel *self);
void           vitae_side_panel_schedule_refresh  (VitaeSidePanel *self);

G_END_DECLS
