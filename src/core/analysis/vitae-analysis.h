/* vitae-analysis.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-analysis-issue.h"
#include "vitae-coach.h"
#include "vitae-coverage.h"
#include "vitae-grade.h"
#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_ANALYSIS (vitae_analysis_get_type ())

G_DECLARE_FINAL_TYPE (VitaeAnalysis, vitae_analysis, VITAE, ANALYSIS, GObject)

VitaeAnalysis      *vitae_analysis_new                     (void);
VitaeDocument      *vitae_analysis_get_document            (VitaeAnalysis       *self);
void                vitae_analysis_set_document            (VitaeAnalysis       *self,
                                                            VitaeDocument       *document);
const char         *vitae_analysis_get_role                (VitaeAnalysis       *self);
void                vitae_analysis_set_role                (VitaeAnalysis       *self,
                                                            const char          *role);
const char         *vitae_analysis_get_job_text            (VitaeAnalysis       *self);
void                vitae_analysis_set_job_text            (VitaeAnalysis       *self,
                                                            const char          *job_text);
guint               vitae_analysis_get_delay               (VitaeAnalysis       *self);
void                vitae_analysis_set_delay               (VitaeAnalysis       *self,
                                                            guint                msec);

gboolean            vitae_analysis_update_now              (VitaeAnalysis       *self,
                                                            GError             **error);
gboolean            vitae_analysis_is_pending              (VitaeAnalysis       *self);

VitaeCoachReport   *vitae_analysis_get_coach_report        (VitaeAnalysis       *self);
VitaeCoverage      *vitae_analysis_get_coverage            (VitaeAnalysis       *self);
guint               vitae_analysis_get_score               (VitaeAnalysis       *self);
guint               vitae_analysis_get_ats_score           (VitaeAnalysis       *self);
guint               vitae_analysis_get_n_unfilled_slots    (VitaeAnalysis       *self);
guint               vitae_analysis_get_n_bullets           (VitaeAnalysis       *self);
VitaeCoachResult   *vitae_analysis_get_bullet_result       (VitaeAnalysis       *self,
                                                            VitaeBullet         *bullet);
VitaeGrade          vitae_analysis_get_section_grade       (VitaeAnalysis       *self,
                                                            VitaeSection        *section);
GListModel         *vitae_analysis_get_issues              (VitaeAnalysis       *self);

G_END_DECLS
