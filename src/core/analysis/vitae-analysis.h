/* vitae-analysis.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-coach.h"
#include "vitae-coverage.h"
#include "vitae-types.h"

G_BEGIN_DECLS

/**
 * VitaeGrade:
 * @VITAE_GRADE_NONE: nothing to judge (no bullet written yet)
 * @VITAE_GRADE_POOR: a score below 50
 * @VITAE_GRADE_FAIR: a score from 50 to 79
 * @VITAE_GRADE_GOOD: a score of 80 or more
 *
 * The bands every view shows a score in: the score pills, the coach's list
 * and the outline's section marks.
 */
typedef enum
{
  VITAE_GRADE_NONE = -1,
  VITAE_GRADE_POOR,
  VITAE_GRADE_FAIR,
  VITAE_GRADE_GOOD,
} VitaeGrade;

#define VITAE_TYPE_ANALYSIS       (vitae_analysis_get_type ())
#define VITAE_TYPE_ANALYSIS_ISSUE (vitae_analysis_issue_get_type ())

G_DECLARE_FINAL_TYPE (VitaeAnalysis, vitae_analysis, VITAE, ANALYSIS, GObject)
G_DECLARE_FINAL_TYPE (VitaeAnalysisIssue, vitae_analysis_issue, VITAE, ANALYSIS_ISSUE, GObject)

VitaeGrade          vitae_grade_from_score                 (guint                score,
                                                            const char         **label);
const char         *vitae_grade_get_label                  (VitaeGrade           grade);
const char         *vitae_grade_to_id                      (VitaeGrade           grade);

const char         *vitae_analysis_get_issue_label         (VitaeCoachIssueKind  kind);
char               *vitae_analysis_describe_issues         (VitaeCoachResult    *result);
char               *vitae_analysis_describe_missing        (const VitaeCoverageGroup *group,
                                                            const char          *keyword,
                                                            const char          *job_section);
guint               vitae_analysis_count_slots             (VitaeCoachResult    *result);
gboolean            vitae_analysis_result_is_judged        (VitaeCoachResult    *result);

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

VitaeBullet        *vitae_analysis_issue_get_bullet        (VitaeAnalysisIssue  *self);
VitaeCoachResult   *vitae_analysis_issue_get_result        (VitaeAnalysisIssue  *self);
guint               vitae_analysis_issue_get_score         (VitaeAnalysisIssue  *self);
VitaeGrade          vitae_analysis_issue_get_grade         (VitaeAnalysisIssue  *self);
const char         *vitae_analysis_issue_get_text          (VitaeAnalysisIssue  *self);
const char         *vitae_analysis_issue_get_summary       (VitaeAnalysisIssue  *self);

G_END_DECLS
