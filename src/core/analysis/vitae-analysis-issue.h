/* vitae-analysis-issue.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-coach.h"
#include "vitae-coverage.h"
#include "vitae-grade.h"
#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_ANALYSIS_ISSUE (vitae_analysis_issue_get_type ())

G_DECLARE_FINAL_TYPE (VitaeAnalysisIssue, vitae_analysis_issue, VITAE, ANALYSIS_ISSUE, GObject)

const char         *vitae_analysis_get_issue_label         (VitaeCoachIssueKind  kind);
char               *vitae_analysis_describe_issues         (VitaeCoachResult    *result);
char               *vitae_analysis_describe_missing        (const VitaeCoverageGroup *group,
                                                            const char          *keyword,
                                                            const char          *job_section);
guint               vitae_analysis_count_text_slots        (const char          *text,
                                                            char               **first);
guint               vitae_analysis_count_slots             (VitaeCoachResult    *result);
guint               vitae_analysis_count_document_slots    (VitaeDocument       *document,
                                                            char               **first);
gboolean            vitae_analysis_result_is_judged        (VitaeCoachResult    *result);
int                 vitae_analysis_score_bullet            (VitaeBullet         *bullet,
                                                            gpointer             user_data);

VitaeBullet        *vitae_analysis_issue_get_bullet        (VitaeAnalysisIssue  *self);
VitaeCoachResult   *vitae_analysis_issue_get_result        (VitaeAnalysisIssue  *self);
guint               vitae_analysis_issue_get_score         (VitaeAnalysisIssue  *self);
VitaeGrade          vitae_analysis_issue_get_grade         (VitaeAnalysisIssue  *self);
const char         *vitae_analysis_issue_get_text          (VitaeAnalysisIssue  *self);
const char         *vitae_analysis_issue_get_summary       (VitaeAnalysisIssue  *self);

G_END_DECLS
