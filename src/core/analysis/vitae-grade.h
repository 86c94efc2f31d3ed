/* vitae-grade.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VitaeGrade:
 * @VITAE_GRADE_NONE: nothing to judge (no bullet written yet)
 * @VITAE_GRADE_POOR: a score below 40 (the coach's weak band)
 * @VITAE_GRADE_FAIR: a score from 40 to 69 (fair)
 * @VITAE_GRADE_GOOD: a score of 70 or more (strong)
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

VitaeGrade  vitae_grade_from_score (guint        score,
                                    const char **label);
const char *vitae_grade_get_label  (VitaeGrade   grade);
const char *vitae_grade_to_id      (VitaeGrade   grade);

G_END_DECLS
