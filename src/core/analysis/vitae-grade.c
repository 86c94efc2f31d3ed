/* vitae-grade.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-grade"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-grade.h"

/* The score bands, the one place the views take them from. They are the
 * coach's (VitaeCoachBand: weak 0–39, fair 40–69, strong 70–100), which
 * grades one bullet; a grade also applies to a mean, such as a section's.
 * test-analysis checks that the two agree. */
#define GRADE_GOOD_MIN 70
#define GRADE_FAIR_MIN 40

/**
 * vitae_grade_from_score:
 * @score: a score from 0 to 100
 * @label: (out) (optional) (transfer none): a short, translated verdict
 *
 * Returns: the band @score falls in
 */
VitaeGrade
vitae_grade_from_score (guint        score,
                        const char **label)
{
  VitaeGrade grade = score >= GRADE_GOOD_MIN ? VITAE_GRADE_GOOD
                     : score >= GRADE_FAIR_MIN ? VITAE_GRADE_FAIR
                     : VITAE_GRADE_POOR;

  if (label != NULL)
    *label = vitae_grade_get_label (grade);

  return grade;
}

/**
 * vitae_grade_get_label:
 * @grade: a grade
 *
 * Returns: (nullable): a short, translated verdict, or %NULL for
 *   %VITAE_GRADE_NONE
 */
const char *
vitae_grade_get_label (VitaeGrade grade)
{
  switch (grade)
    {
    case VITAE_GRADE_POOR: return _("Needs work");
    case VITAE_GRADE_FAIR: return _("Could be stronger");
    case VITAE_GRADE_GOOD: return _("Strong");
    case VITAE_GRADE_NONE:
    default:               return NULL;
    }
}

/**
 * vitae_grade_to_id:
 * @grade: a grade
 *
 * Returns: (nullable): "poor", "fair" or "good" (the views' style
 *   classes), or %NULL for %VITAE_GRADE_NONE
 */
const char *
vitae_grade_to_id (VitaeGrade grade)
{
  switch (grade)
    {
    case VITAE_GRADE_POOR: return "poor";
    case VITAE_GRADE_FAIR: return "fair";
    case VITAE_GRADE_GOOD: return "good";
    case VITAE_GRADE_NONE:
    default:               return NULL;
    }
}
