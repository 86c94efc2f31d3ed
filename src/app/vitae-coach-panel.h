/* vitae-coach-panel.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-analysis.h"
#include "vitae-coach.h"
#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_COACH_PANEL (vitae_coach_panel_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCoachPanel, vitae_coach_panel, VITAE, COACH_PANEL, AdwBin)

GtkWidget        *vitae_coach_panel_new          (void);
VitaeCoachReport *vitae_coach_panel_get_report   (VitaeCoachPanel *self);
void              vitae_coach_panel_set_analysis (VitaeCoachPanel *self,
                                                  VitaeAnalysis   *analysis);

G_END_DECLS
