/* vitae-coach-panel.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-coach.h"
#include "vitae-core.h"
#include "vitae-side-panel.h"

G_BEGIN_DECLS

#define VITAE_TYPE_COACH_PANEL (vitae_coach_panel_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCoachPanel, vitae_coach_panel, VITAE, COACH_PANEL, VitaeSidePanel)

GtkWidget        *vitae_coach_panel_new          (void);
VitaeCoachReport *vitae_coach_panel_get_report   (VitaeCoachPanel *self);

/* Pure helpers, for tests: the bullet a report line is about, and the
 * order the panel lists them in. */
VitaeBullet      *vitae_coach_report_find_bullet (VitaeDocument                *document,
                                                  const VitaeCoachBulletReport *bullet);
GPtrArray        *vitae_coach_report_dup_worst_first (VitaeCoachReport *report);

G_END_DECLS
