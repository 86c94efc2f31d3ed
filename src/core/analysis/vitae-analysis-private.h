/* vitae-analysis-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-analysis-issue.h"

G_BEGIN_DECLS

VitaeAnalysisIssue *_vitae_analysis_issue_new          (VitaeBullet        *bullet,
                                                        VitaeCoachResult   *result,
                                                        guint               position);
guint               _vitae_analysis_issue_get_position (VitaeAnalysisIssue *self);
gboolean            _vitae_analysis_results_equal      (VitaeCoachResult   *a,
                                                        VitaeCoachResult   *b);
gboolean            _vitae_analysis_reports_equal      (VitaeCoachReport   *a,
                                                        VitaeCoachReport   *b);

G_END_DECLS
