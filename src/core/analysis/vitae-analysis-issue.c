/* vitae-analysis-issue.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-analysis-issue.h"
#include "vitae-analysis-private.h"
#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"

/* One bullet that needs work: an item of the analysis' issues list model. */
struct _VitaeAnalysisIssue
{
  GObject           parent_instance;

  /* owned */
  VitaeBullet      *bullet;
  VitaeCoachResult *result;
  char             *summary;

  guint             position;     /* in document order, among all bullets */
};

G_DEFINE_FINAL_TYPE (VitaeAnalysisIssue, vitae_analysis_issue, G_TYPE_OBJECT)

/* Overrides */

static void
vitae_analysis_issue_finalize (GObject *object)
{
  VitaeAnalysisIssue *self = (VitaeAnalysisIssue *)object;

  g_clear_object (&self->bullet);
  g_clear_pointer (&self->result, vitae_coach_result_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (vitae_analysis_issue_parent_class)->finalize (object);
}

static void
vitae_analysis_issue_class_init (VitaeAnalysisIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_analysis_issue_finalize;
}

static void
vitae_analysis_issue_init (VitaeAnalysisIssue *self)
{
}

/* Private API */

VitaeAnalysisIssue *
_vitae_analysis_issue_new (VitaeBullet      *bullet,
                           VitaeCoachResult *result,
                           guint             position)
{
  VitaeAnalysisIssue *issue = g_object_new (VITAE_TYPE_ANALYSIS_ISSUE, NULL);

  issue->bullet = g_object_ref (bullet);
  issue->result = vitae_coach_result_ref (result);
  issue->summary = vitae_analysis_describe_issues (result);
  issue->position = position;

  return issue;
}

guint
_vitae_analysis_issue_get_position (VitaeAnalysisIssue *self)
{
  return self->position;
}

/* Equal results: the same text, score and issues. The rewrites follow from
 * those, and are not compared: the coach writes them only when asked, and
 * asking for a thousand bullets' rewrites after each pause would cost more
 * than the rest of the analysis. */
gboolean
_vitae_analysis_results_equal (VitaeCoachResult *a,
                               VitaeCoachResult *b)
{
  guint n;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (vitae_coach_result_get_score (a) != vitae_coach_result_get_score (b) ||
      g_strcmp0 (vitae_coach_result_get_text (a), vitae_coach_result_get_text (b)) != 0)
    return FALSE;

  n = vitae_coach_result_get_n_issues (a);
  if (n != vitae_coach_result_get_n_issues (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachIssue *x = vitae_coach_result_get_issue (a, i);
      const VitaeCoachIssue *y = vitae_coach_result_get_issue (b, i);

      if (x->kind != y->kind || x->start != y->start || x->end != y->end ||
          g_strcmp0 (x->message, y->message) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
_vitae_analysis_reports_equal (VitaeCoachReport *a,
                               VitaeCoachReport *b)
{
  guint n;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  n = vitae_coach_report_get_n_bullets (a);
  if (n != vitae_coach_report_get_n_bullets (b) ||
      vitae_coach_report_get_score (a) != vitae_coach_report_get_score (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachBulletReport *x = vitae_coach_report_get_bullet (a, i);
      const VitaeCoachBulletReport *y = vitae_coach_report_get_bullet (b, i);

      if (x->section_index != y->section_index || x->entry != y->entry || x->index != y->index ||
          g_strcmp0 (x->section, y->section) != 0 || !_vitae_analysis_results_equal (x->result, y->result))
        return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * vitae_analysis_get_issue_label:
 * @kind: an issue kind
 *
 * Returns: a short, translated name for @kind, for chips and lists
 */
const char *
vitae_analysis_get_issue_label (VitaeCoachIssueKind kind)
{
  switch (kind)
    {
    case VITAE_COACH_ISSUE_WEAK_VERB:     return _("weak verb");
    case VITAE_COACH_ISSUE_NO_METRIC:     return _("no metric");
    case VITAE_COACH_ISSUE_VAGUE:         return _("vague");
    case VITAE_COACH_ISSUE_PASSIVE:       return _("passive");
    case VITAE_COACH_ISSUE_FIRST_PERSON:  return _("first person");
    case VITAE_COACH_ISSUE_FILLER:        return _("filler");
    case VITAE_COACH_ISSUE_TOO_LONG:      return _("too long");
    case VITAE_COACH_ISSUE_TOO_SHORT:     return _("too short");
    case VITAE_COACH_ISSUE_PLACEHOLDER:   return _("unfilled slot");
    case VITAE_COACH_ISSUE_REPEATED_VERB: return _("repeated verb");
    case VITAE_COACH_ISSUE_LANGUAGE:      return _("not English");
    case VITAE_COACH_N_ISSUE_KINDS:
    default:                              return "";
    }
}

/**
 * vitae_analysis_describe_issues:
 * @result: a bullet's result
 *
 * Returns: (transfer full): the labels of the kinds of issue @result has,
 *   each once, joined by " · "
 */
char *
vitae_analysis_describe_issues (VitaeCoachResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint seen = 0;
  guint n;

  g_return_val_if_fail (result != NULL, NULL);

  n = vitae_coach_result_get_n_issues (result);
  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      /* Two passive clauses are one kind of problem to read about. */
      if (seen & (1u << issue->kind))
        continue;
      seen |= 1u << issue->kind;

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, vitae_analysis_get_issue_label (issue->kind));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
get_section_title (const char *id)
{
  VitaeSectionKind kind;

  if (id == NULL)
    return _("Skills");
  if (g_str_equal (id, "summary"))
    return _("Summary");
  if (g_str_equal (id, "basics"))
    return _("Basics");
  if (vitae_section_kind_from_id (id, &kind))
    return vitae_section_kind_get_title (kind);

  return id;
}

/**
 * vitae_analysis_describe_missing:
 * @group: (nullable): the role's group the keyword belongs to
 * @keyword: a keyword the resume lacks
 * @job_section: (nullable): for a job's keyword, the id of the section it
 *   belongs in
 *
 * Returns: (transfer full): where to add @keyword, as advice to the user
 */
char *
vitae_analysis_describe_missing (const VitaeCoverageGroup *group,
                                 const char               *keyword,
                                 const char               *job_section)
{
  g_return_val_if_fail (keyword != NULL, NULL);

  if (job_section != NULL)
    /* Translators: the first %s is a keyword, the second the title of a
     * resume section, such as “Experience”, quoted as a name */
    return g_strdup_printf (_("Add “%s” to your “%s” section, if you have used it."),
                            keyword, get_section_title (job_section));

  if (group != NULL && group->needs_context)
    /* Translators: %s is a keyword such as Kafka */
    return g_strdup_printf (_("Add “%s” to a bullet under Experience that shows what you built with it and the result, and list it under Skills — if you have used it."), keyword);

  /* Translators: %s is a keyword such as PostgreSQL */
  return g_strdup_printf (_("Add “%s” to your Skills section, if you have used it."), keyword);
}

/**
 * vitae_analysis_count_text_slots:
 * @text: a bullet's text
 * @first: (out) (optional) (nullable) (transfer full): the first slot,
 *   brackets included
 *
 * The one way unfilled slots are counted: each "[" closed by a "]" is a
 * slot, a "[" opened again restarting it, as the coach reads them for its
 * placeholder issue. The window, `vitae check` and `vitae export` all count
 * with this.
 *
 * Returns: how many slots @text holds
 */
guint
vitae_analysis_count_text_slots (const char  *text,
                                 char       **first)
{
  const char *open = NULL;
  guint count = 0;

  g_return_val_if_fail (text != NULL, 0);

  if (first != NULL)
    *first = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '[')
        open = p;
      else if (*p == ']' && open != NULL)
        {
          if (count == 0 && first != NULL)
            *first = g_strndup (open, p + 1 - open);
          count++;
          open = NULL;
        }
    }

  return count;
}

/**
 * vitae_analysis_count_slots:
 * @result: a bullet's result
 *
 * Returns: how many slots the bullet still holds, as
 *   vitae_analysis_count_text_slots() counts them
 */
guint
vitae_analysis_count_slots (VitaeCoachResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return vitae_analysis_count_text_slots (vitae_coach_result_get_text (result), NULL);
}

/**
 * vitae_analysis_score_bullet:
 * @bullet: a #VitaeBullet
 * @user_data: unused
 *
 * The coach's score of @bullet's text, in the shape of the scoring function
 * vitae_layout_dup_cut_candidates() takes, so that the preview and `vitae
 * export --pages` name the same weakest bullets. A bullet of a resume is
 * scored in the resume's language, as the analysis scores it: a French
 * bullet of a French resume gets the French coach's score.
 *
 * Returns: the score, 0 to 100
 */
int
vitae_analysis_score_bullet (VitaeBullet *bullet,
                             gpointer     user_data)
{
  VitaeCoach *coach = vitae_coach_get_default ();
  VitaeDocument *document = vitae_node_get_document (VITAE_NODE (bullet));
  g_autoptr(VitaeCoachResult) result = NULL;

  /* The analysis of the same document has set the same language, so this
   * keeps the coach's cache in the window. */
  if (document != NULL)
    vitae_coach_set_language (coach, vitae_document_get_language (document));
  result = vitae_coach_analyze_bullet (coach, vitae_bullet_get_text (bullet));

  return (int) vitae_coach_result_get_score (result);
}

/**
 * vitae_analysis_count_document_slots:
 * @document: a resume
 * @first: (out) (optional) (nullable) (transfer full): the first slot
 *
 * Counts the slots of every bullet of @document, without asking the
 * coach (so without loading the catalog), the same way the analysis
 * counts them.
 *
 * Returns: how many slots the bullets still hold
 */
guint
vitae_analysis_count_document_slots (VitaeDocument  *document,
                                     char          **first)
{
  guint count = 0;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), 0);

  if (first != NULL)
    *first = NULL;

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            {
              const char *text = vitae_bullet_get_text (vitae_entry_get_bullet (entry, b));
              g_autofree char *slot = NULL;

              count += vitae_analysis_count_text_slots (text, first && *first == NULL ? &slot : NULL);
              if (slot != NULL)
                *first = g_steal_pointer (&slot);
            }
        }
    }

  return count;
}

/**
 * vitae_analysis_result_is_judged:
 * @result: a bullet's result
 *
 * A bullet the coach does not score (empty, or just started: see
 * vitae_coach_result_is_scored()) is not judged: it has no score pill, no
 * grade, and is not listed among the bullets that need work.
 *
 * Returns: whether @result counts
 */
gboolean
vitae_analysis_result_is_judged (VitaeCoachResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return vitae_coach_result_is_scored (result);
}

/**
 * vitae_analysis_issue_get_bullet:
 * @self: a #VitaeAnalysisIssue
 *
 * Returns: (transfer none): the bullet that needs work
 */
VitaeBullet *
vitae_analysis_issue_get_bullet (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), NULL);

  return self->bullet;
}

/**
 * vitae_analysis_issue_get_result:
 * @self: a #VitaeAnalysisIssue
 *
 * Returns: (transfer none): the coach's result for the bullet
 */
VitaeCoachResult *
vitae_analysis_issue_get_result (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), NULL);

  return self->result;
}

guint
vitae_analysis_issue_get_score (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), 0);

  return vitae_coach_result_get_score (self->result);
}

VitaeGrade
vitae_analysis_issue_get_grade (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), VITAE_GRADE_NONE);

  return vitae_grade_from_score (vitae_coach_result_get_score (self->result), NULL);
}

const char *
vitae_analysis_issue_get_text (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), NULL);

  return vitae_coach_result_get_text (self->result);
}

/**
 * vitae_analysis_issue_get_summary:
 * @self: a #VitaeAnalysisIssue
 *
 * Returns: the kinds of issue, as vitae_analysis_describe_issues() puts them
 */
const char *
vitae_analysis_issue_get_summary (VitaeAnalysisIssue *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS_ISSUE (self), NULL);

  return self->summary;
}
