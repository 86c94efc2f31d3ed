/* vitae-coach.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/**
 * VitaeCoachIssueKind:
 *
 * What the coach finds wrong with a bullet. The ids ("weak-verb",
 * "no-metric"…) are part of the command line's JSON contract.
 */
typedef enum
{
  VITAE_COACH_ISSUE_WEAK_VERB,
  VITAE_COACH_ISSUE_NO_METRIC,
  VITAE_COACH_ISSUE_VAGUE,
  VITAE_COACH_ISSUE_PASSIVE,
  VITAE_COACH_ISSUE_FIRST_PERSON,
  VITAE_COACH_ISSUE_FILLER,
  VITAE_COACH_ISSUE_TOO_LONG,
  VITAE_COACH_ISSUE_TOO_SHORT,
  VITAE_COACH_ISSUE_PLACEHOLDER,
  VITAE_COACH_ISSUE_REPEATED_VERB,
  VITAE_COACH_ISSUE_LANGUAGE,
  VITAE_COACH_N_ISSUE_KINDS
} VitaeCoachIssueKind;

/**
 * VitaeCoachIssue:
 * @kind: what is wrong
 * @start: first Unicode character of the span, counted from 0
 * @end: the character after the span (end exclusive)
 * @message: a short sentence for the user, translated
 */
typedef struct
{
  VitaeCoachIssueKind  kind;
  guint                start;
  guint                end;
  char                *message;
} VitaeCoachIssue;

/**
 * VitaeCoachSuggestion:
 * @text: the rewritten bullet; figures the user must supply are [slots]
 * @pattern: the id of the rewrite pattern it follows (interned)
 */
typedef struct
{
  char *text;
  const char *pattern;
} VitaeCoachSuggestion;

/**
 * VitaeCoachBand:
 * @VITAE_COACH_BAND_NONE: not scored: an empty or just-started bullet
 *   (under three words); it does not count in the resume's score
 * @VITAE_COACH_BAND_WEAK: 0–39, says little: no action verb, or a weak
 *   opener or fragment with neither a figure nor a named tool or technique
 * @VITAE_COACH_BAND_FAIR: 40–69, on its way: an action verb with a tool but
 *   no figure, a figure behind a weak opener, a fragment or a passive
 * @VITAE_COACH_BAND_STRONG: 70–100, the guide's shape: an action verb, a
 *   figure that measures the result, and at 85 and above a named tool or
 *   technique and a length read at a glance
 *
 * What a bullet's score means. The score adds up what the hiring guide
 * asks of a bullet: an action verb opens it (30 points; a weak opener 10,
 * a noun fragment or a passive 5), it is specific — a named tool, product or
 * technique (up to 20) —, a figure measures the result (35), and it reads at
 * a glance, 8 to 35 words (15; 8 at 5–7 or 36–42 words). A pronoun costs 5,
 * each vague word 4 (at most 8), each filler 3 (at most 6), a verb the
 * entry already opened a bullet with 10. A weak opener, a noun fragment, a
 * passive and a pronoun opener never reach the strong band. An unfilled
 * [slot] counts as what it stands for (a figure slot as the figure), so
 * applying a suggestion never lowers the score; text inside a slot is
 * never analysed.
 */
typedef enum
{
  VITAE_COACH_BAND_NONE,
  VITAE_COACH_BAND_WEAK,
  VITAE_COACH_BAND_FAIR,
  VITAE_COACH_BAND_STRONG,
} VitaeCoachBand;

typedef struct _VitaeCoachResult VitaeCoachResult;
typedef struct _VitaeCoachReport VitaeCoachReport;

/**
 * VitaeCoachBulletReport:
 * @section: the section's id ("experience", "projects"…)
 * @section_index: the section's position in the document
 * @entry: the entry's position in its section
 * @index: the bullet's position in its entry
 * @result: the bullet's analysis, with its entry's repeated verbs
 */
typedef struct
{
  const char       *section;
  guint             section_index;
  guint             entry;
  guint             index;
  VitaeCoachResult *result;
} VitaeCoachBulletReport;

#define VITAE_TYPE_COACH        (vitae_coach_get_type ())
#define VITAE_TYPE_COACH_RESULT (vitae_coach_result_get_type ())
#define VITAE_TYPE_COACH_REPORT (vitae_coach_report_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCoach, vitae_coach, VITAE, COACH, GObject)

const char                   *vitae_coach_issue_kind_to_id           (VitaeCoachIssueKind  kind);
gboolean                      vitae_coach_issue_kind_from_id         (const char          *id,
                                                                      VitaeCoachIssueKind *kind);

VitaeCoach                   *vitae_coach_new                        (VitaeCatalog        *catalog,
                                                                      GError             **error);
VitaeCoach                   *vitae_coach_get_default                (void);
VitaeCoachResult             *vitae_coach_analyze_bullet             (VitaeCoach          *self,
                                                                      const char          *text);
GPtrArray                    *vitae_coach_analyze_bullets            (VitaeCoach          *self,
                                                                      const char * const  *texts,
                                                                      gssize               n_texts);
GPtrArray                    *vitae_coach_analyze_entry              (VitaeCoach          *self,
                                                                      VitaeEntry          *entry);
VitaeCoachReport             *vitae_coach_analyze_document           (VitaeCoach          *self,
                                                                      VitaeDocument       *document);
void                          vitae_coach_clear_cache                (VitaeCoach          *self);
void                          vitae_coach_set_language               (VitaeCoach          *self,
                                                                      const char          *language);
const char                   *vitae_coach_get_language               (VitaeCoach          *self);
guint                         vitae_coach_get_cache_size             (VitaeCoach          *self);
gboolean                      vitae_coach_is_strong_verb             (VitaeCoach          *self,
                                                                      const char          *word,
                                                                      const char          *area);

GType                         vitae_coach_result_get_type            (void) G_GNUC_CONST;
VitaeCoachResult             *vitae_coach_result_ref                 (VitaeCoachResult    *self);
void                          vitae_coach_result_unref               (VitaeCoachResult    *self);
const char                   *vitae_coach_result_get_text            (VitaeCoachResult    *self);
guint                         vitae_coach_result_get_score           (VitaeCoachResult    *self);
gboolean                      vitae_coach_result_is_scored           (VitaeCoachResult    *self);
VitaeCoachBand                vitae_coach_result_get_band            (VitaeCoachResult    *self);
const char                   *vitae_coach_band_describe              (VitaeCoachBand       band);
const char                   *vitae_coach_result_get_area            (VitaeCoachResult    *self);
guint                         vitae_coach_result_get_n_issues        (VitaeCoachResult    *self);
const VitaeCoachIssue        *vitae_coach_result_get_issue           (VitaeCoachResult    *self,
                                                                      guint                position);
gboolean                      vitae_coach_result_has_issue           (VitaeCoachResult    *self,
                                                                      VitaeCoachIssueKind  kind);
guint                         vitae_coach_result_get_n_suggestions   (VitaeCoachResult    *self);
const VitaeCoachSuggestion   *vitae_coach_result_get_suggestion      (VitaeCoachResult    *self,
                                                                      guint                position);
void                          vitae_coach_result_add_json_members    (VitaeCoachResult    *self,
                                                                      JsonBuilder         *builder);
JsonNode                     *vitae_coach_result_to_json             (VitaeCoachResult    *self);

GType                         vitae_coach_report_get_type            (void) G_GNUC_CONST;
VitaeCoachReport             *vitae_coach_report_ref                 (VitaeCoachReport    *self);
void                          vitae_coach_report_unref               (VitaeCoachReport    *self);
guint                         vitae_coach_report_get_score           (VitaeCoachReport    *self);
guint                         vitae_coach_report_get_n_bullets       (VitaeCoachReport    *self);
const VitaeCoachBulletReport *vitae_coach_report_get_bullet          (VitaeCoachReport    *self,
                                                                      guint                position);
guint                         vitae_coach_report_get_n_issues        (VitaeCoachReport    *self);
const char * const           *vitae_coach_report_get_repeated_verbs  (VitaeCoachReport    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeCoachResult, vitae_coach_result_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeCoachReport, vitae_coach_report_unref)

G_END_DECLS
