/* vitae-analysis.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-analysis"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vitae-analysis-private.h"
#include "vitae-analysis.h"
#include "vitae-bullet.h"
#include "vitae-catalog.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"

/* How long typing must pause before the document is analysed again. */
#define DEFAULT_DELAY_MSEC 250

struct _VitaeAnalysis
{
  GObject           parent_instance;

  /* owned */
  VitaeDocument    *document;
  gulong            changed_handler;
  char             *role;
  char             *job_text;
  VitaeCoverage    *coverage;
  char             *coverage_json;  /* what the coverage said last, to notify only on change */
  VitaeCoachReport *report;
  GHashTable       *results;        /* VitaeBullet → VitaeCoachResult */
  GHashTable       *grades;         /* VitaeSection → VitaeGrade + 1 */
  GListStore       *issues;         /* of VitaeAnalysisIssue, worst first */
  guint             update_source;

  gint64            last_change;
  guint             delay;
  guint             score;
  guint             ats_score;
  guint             n_unfilled_slots;
  guint             n_bullets;
};

G_DEFINE_FINAL_TYPE (VitaeAnalysis, vitae_analysis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ROLE,
  PROP_JOB_TEXT,
  PROP_COACH_REPORT,
  PROP_COVERAGE,
  PROP_SCORE,
  PROP_ATS_SCORE,
  PROP_N_UNFILLED_SLOTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  BULLET_CHANGED,
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static int
compare_worst_first (gconstpointer a,
                     gconstpointer b)
{
  VitaeAnalysisIssue *x = *(VitaeAnalysisIssue * const *) a;
  VitaeAnalysisIssue *y = *(VitaeAnalysisIssue * const *) b;
  guint sx = vitae_analysis_issue_get_score (x);
  guint sy = vitae_analysis_issue_get_score (y);
  guint px = _vitae_analysis_issue_get_position (x);
  guint py = _vitae_analysis_issue_get_position (y);

  if (sx != sy)
    return sx < sy ? -1 : 1;

  return px < py ? -1 : (px > py);
}

/* Puts @items in the issues model, unless it holds the same already, so a
 * view bound to it is not rebuilt for nothing. */
static void
update_issues (VitaeAnalysis *self,
               GPtrArray     *items)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->issues));
  gboolean same = n == items->len;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(VitaeAnalysisIssue) old = g_list_model_get_item (G_LIST_MODEL (self->issues), i);
      VitaeAnalysisIssue *item = g_ptr_array_index (items, i);

      same = vitae_analysis_issue_get_bullet (old) == vitae_analysis_issue_get_bullet (item) &&
             _vitae_analysis_results_equal (vitae_analysis_issue_get_result (old), vitae_analysis_issue_get_result (item));
    }

  if (!same)
    g_list_store_splice (self->issues, 0, n, items->pdata, items->len);
}

static char *
dup_coverage_json (VitaeCoverage *coverage)
{
  g_autoptr(JsonNode) node = vitae_coverage_to_json (coverage);

  return json_to_string (node, FALSE);
}

static void
set_uint (VitaeAnalysis *self,
          guint         *field,
          guint          value,
          guint          prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Replaces the per-bullet results and says which bullets' results changed. */
static GPtrArray *
swap_results (VitaeAnalysis *self,
              GHashTable    *results)
{
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, results);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!_vitae_analysis_results_equal (g_hash_table_lookup (self->results, key), value))
      g_ptr_array_add (changed, g_object_ref (key));

  g_hash_table_iter_init (&iter, self->results);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (results, key))
      g_ptr_array_add (changed, g_object_ref (key));

  g_hash_table_unref (self->results);
  self->results = g_hash_table_ref (results);

  return changed;
}

static GHashTable *
new_result_table (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) vitae_coach_result_unref);
}

static GHashTable *
new_grade_table (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

typedef struct
{
  GHashTable *results;
  GHashTable *grades;
  GPtrArray  *issues;
  guint       n_bullets;
  guint       score;
  guint       n_unfilled_slots;
} Tally;

static void
tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->results, g_hash_table_unref);
  g_clear_pointer (&tally->grades, g_hash_table_unref);
  g_clear_pointer (&tally->issues, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tally, tally_clear)

/* Walks @document beside @report (the coach lists its bullets in document
 * order) to tie each result to its bullet and sum up what the views show.
 * A bullet the coach does not score (empty, or just started) is not
 * judged: it is not counted, graded or listed. Its slots still count: they
 * would print as they are. */
static void
tally_report (Tally            *tally,
              VitaeDocument    *document,
              VitaeCoachReport *report)
{
  guint n_reports = vitae_coach_report_get_n_bullets (report);
  guint k = 0;

  tally->results = new_result_table ();
  tally->grades = new_grade_table ();
  tally->issues = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);
      guint64 section_total = 0;
      guint section_count = 0;
      VitaeGrade grade = VITAE_GRADE_NONE;

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry) && k < n_reports; b++, k++)
            {
              VitaeBullet *bullet = vitae_entry_get_bullet (entry, b);
              VitaeCoachResult *result = vitae_coach_report_get_bullet (report, k)->result;
              guint score = vitae_coach_result_get_score (result);

              g_hash_table_insert (tally->results, g_object_ref (bullet), vitae_coach_result_ref (result));
              tally->n_unfilled_slots += vitae_analysis_count_slots (result);
              if (!vitae_analysis_result_is_judged (result))
                continue;

              tally->n_bullets++;
              section_total += score;
              section_count++;
              if (vitae_coach_result_get_n_issues (result) > 0)
                g_ptr_array_add (tally->issues, _vitae_analysis_issue_new (bullet, result, k));
            }
        }

      if (section_count > 0)
        grade = vitae_grade_from_score ((guint) ((section_total + section_count / 2) / section_count), NULL);
      g_hash_table_insert (tally->grades, g_object_ref (section), GINT_TO_POINTER (grade + 1));
    }

  g_ptr_array_sort (tally->issues, compare_worst_first);
  /* The coach's own mean over the bullets it scores, as `vitae check`
   * prints it. */
  tally->score = vitae_coach_report_get_score (report);
}

static gboolean
update (VitaeAnalysis  *self,
        GError        **error)
{
  g_autoptr(VitaeCoachReport) report = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autofree char *coverage_json = NULL;
  g_auto(Tally) tally = { 0 };

  g_clear_handle_id (&self->update_source, g_source_remove);

  if (self->document != NULL)
    {
      if (!vitae_coverage_analyze (self->coverage, self->document, vitae_analysis_get_role (self),
                                   self->job_text, error))
        return FALSE;
      coverage_json = dup_coverage_json (self->coverage);

      report = vitae_coach_analyze_document (vitae_coach_get_default (), self->document);
      tally_report (&tally, self->document, report);
    }
  else
    {
      tally.results = new_result_table ();
      tally.grades = new_grade_table ();
      tally.issues = g_ptr_array_new ();
    }

  g_object_freeze_notify (G_OBJECT (self));

  if (!_vitae_analysis_reports_equal (self->report, report))
    {
      g_clear_pointer (&self->report, vitae_coach_report_unref);
      self->report = g_steal_pointer (&report);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COACH_REPORT]);
    }

  if (g_strcmp0 (coverage_json, self->coverage_json) != 0)
    {
      g_free (self->coverage_json);
      self->coverage_json = g_steal_pointer (&coverage_json);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COVERAGE]);
    }

  changed = swap_results (self, tally.results);
  g_hash_table_unref (self->grades);
  self->grades = g_hash_table_ref (tally.grades);
  update_issues (self, tally.issues);
  self->n_bullets = tally.n_bullets;

  set_uint (self, &self->score, tally.score, PROP_SCORE);
  set_uint (self, &self->ats_score,
            self->coverage_json != NULL ? vitae_coverage_get_score (self->coverage) : 0,
            PROP_ATS_SCORE);
  set_uint (self, &self->n_unfilled_slots, tally.n_unfilled_slots, PROP_N_UNFILLED_SLOTS);

  g_object_thaw_notify (G_OBJECT (self));

  for (guint i = 0; i < changed->len; i++)
    g_signal_emit (self, signals[BULLET_CHANGED], 0, g_ptr_array_index (changed, i));

  g_signal_emit (self, signals[UPDATED], 0);

  return TRUE;
}


/* Callbacks */

static gboolean
update_timeout_cb (gpointer user_data)
{
  VitaeAnalysis *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 quiet = (g_get_monotonic_time () - self->last_change) / 1000;

  /* Typing went on since the timer started: wait for the pause. */
  if (quiet < self->delay)
    {
      self->update_source = g_timeout_add (self->delay - quiet, update_timeout_cb, self);
      g_source_set_name_by_id (self->update_source, "[vitae] analysis");
      return G_SOURCE_REMOVE;
    }

  self->update_source = 0;
  if (!update (self, &error))
    g_warning ("Could not analyse the resume: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* One timer for every change: a keystroke only notes the time, and the
 * timer waits until changes pause for the delay. */
static void
schedule_update (VitaeAnalysis *self)
{
  self->last_change = g_get_monotonic_time ();

  if (self->update_source != 0)
    return;

  self->update_source = g_timeout_add (self->delay, update_timeout_cb, self);
  g_source_set_name_by_id (self->update_source, "[vitae] analysis");
}

/* Overrides */

static void
vitae_analysis_dispose (GObject *object)
{
  VitaeAnalysis *self = (VitaeAnalysis *)object;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_object (&self->document);
  g_hash_table_remove_all (self->results);
  g_hash_table_remove_all (self->grades);
  g_list_store_remove_all (self->issues);
  g_clear_pointer (&self->report, vitae_coach_report_unref);

  G_OBJECT_CLASS (vitae_analysis_parent_class)->dispose (object);
}

static void
vitae_analysis_finalize (GObject *object)
{
  VitaeAnalysis *self = (VitaeAnalysis *)object;

  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->job_text, g_free);
  g_clear_pointer (&self->coverage_json, g_free);
  g_clear_object (&self->coverage);
  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->grades, g_hash_table_unref);
  g_clear_object (&self->issues);

  G_OBJECT_CLASS (vitae_analysis_parent_class)->finalize (object);
}

static void
vitae_analysis_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VitaeAnalysis *self = VITAE_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, vitae_analysis_get_document (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, vitae_analysis_get_role (self));
      break;

    case PROP_JOB_TEXT:
      g_value_set_string (value, vitae_analysis_get_job_text (self));
      break;

    case PROP_COACH_REPORT:
      g_value_set_boxed (value, vitae_analysis_get_coach_report (self));
      break;

    case PROP_COVERAGE:
      g_value_set_object (value, vitae_analysis_get_coverage (self));
      break;

    case PROP_SCORE:
      g_value_set_uint (value, vitae_analysis_get_score (self));
      break;

    case PROP_ATS_SCORE:
      g_value_set_uint (value, vitae_analysis_get_ats_score (self));
      break;

    case PROP_N_UNFILLED_SLOTS:
      g_value_set_uint (value, vitae_analysis_get_n_unfilled_slots (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_analysis_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VitaeAnalysis *self = VITAE_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      vitae_analysis_set_document (self, g_value_get_object (value));
      break;

    case PROP_ROLE:
      vitae_analysis_set_role (self, g_value_get_string (value));
      break;

    case PROP_JOB_TEXT:
      vitae_analysis_set_job_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_analysis_class_init (VitaeAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vitae_analysis_dispose;
  object_class->finalize = vitae_analysis_finalize;
  object_class->get_property = vitae_analysis_get_property;
  object_class->set_property = vitae_analysis_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         VITAE_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeAnalysis:role:
   *
   * The id of the catalog role whose keywords are checked; %NULL sets the
   * catalog's default role.
   */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeAnalysis:job-text:
   *
   * A job description to compare the resume with, or %NULL for none.
   */
  properties[PROP_JOB_TEXT] =
    g_param_spec_string ("job-text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COACH_REPORT] =
    g_param_spec_boxed ("coach-report", NULL, NULL,
                        VITAE_TYPE_COACH_REPORT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeAnalysis:coverage:
   *
   * The keyword coverage. It stays the same object; it is notified when
   * what it says changed.
   */
  properties[PROP_COVERAGE] =
    g_param_spec_object ("coverage", NULL, NULL,
                         VITAE_TYPE_COVERAGE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeAnalysis:score:
   *
   * The resume's score: the mean score of its written bullets, 0 to 100.
   */
  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, 100, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ATS_SCORE] =
    g_param_spec_uint ("ats-score", NULL, NULL, 0, 100, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeAnalysis:n-unfilled-slots:
   *
   * How many bracketed slots such as “[p99 latency]” the bullets still
   * hold, as the coach finds them.
   */
  properties[PROP_N_UNFILLED_SLOTS] =
    g_param_spec_uint ("n-unfilled-slots", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VitaeAnalysis::bullet-changed:
   * @self: the analysis
   * @bullet: a bullet
   *
   * Fires after an update for each bullet whose result differs from the
   * one before (it may now be %NULL, for a bullet no longer in the
   * document). Look the result up with vitae_analysis_get_bullet_result().
   */
  signals[BULLET_CHANGED] =
    g_signal_new ("bullet-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  g_cclosure_marshal_VOID__OBJECT,
                  G_TYPE_NONE, 1, VITAE_TYPE_BULLET);
  g_signal_set_va_marshaller (signals[BULLET_CHANGED],
                              G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__OBJECTv);

  /**
   * VitaeAnalysis::updated:
   * @self: the analysis
   *
   * Fires after each analysis of the document, whether or not anything
   * changed, once the properties are notified.
   */
  signals[UPDATED] =
    g_signal_new ("updated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vitae_analysis_init (VitaeAnalysis *self)
{
  self->delay = DEFAULT_DELAY_MSEC;
  self->coverage = vitae_coverage_new (vitae_catalog_get_default ());
  self->results = new_result_table ();
  self->grades = new_grade_table ();
  self->issues = g_list_store_new (VITAE_TYPE_ANALYSIS_ISSUE);
}

/* Public API */

/**
 * vitae_analysis_new:
 *
 * Creates the analysis of one window (or of one command): the coach and
 * the keyword coverage of a document, kept up to date as it changes.
 *
 * Returns: (transfer full): a new #VitaeAnalysis
 */
VitaeAnalysis *
vitae_analysis_new (void)
{
  return g_object_new (VITAE_TYPE_ANALYSIS, NULL);
}

/**
 * vitae_analysis_get_document:
 * @self: a #VitaeAnalysis
 *
 * Returns: (transfer none) (nullable): the document analysed
 */
VitaeDocument *
vitae_analysis_get_document (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return self->document;
}

/**
 * vitae_analysis_set_document:
 * @self: a #VitaeAnalysis
 * @document: (nullable): the document to analyse
 *
 * Follows @document: every change to it schedules an update once changes
 * pause. The first update is scheduled too; call
 * vitae_analysis_update_now() to have it at once.
 */
void
vitae_analysis_set_document (VitaeAnalysis *self,
                             VitaeDocument *document)
{
  g_return_if_fail (VITAE_IS_ANALYSIS (self));
  g_return_if_fail (!document || VITAE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->changed_handler = g_signal_connect_object (document, "content-changed",
                                                     G_CALLBACK (schedule_update), self,
                                                     G_CONNECT_SWAPPED);

  schedule_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * vitae_analysis_get_role:
 * @self: a #VitaeAnalysis
 *
 * Returns: the id of the role whose keywords are checked
 */
const char *
vitae_analysis_get_role (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  if (self->role == NULL)
    return vitae_catalog_get_default_role (vitae_coverage_get_catalog (self->coverage));

  return self->role;
}

void
vitae_analysis_set_role (VitaeAnalysis *self,
                         const char    *role)
{
  g_return_if_fail (VITAE_IS_ANALYSIS (self));

  if (g_strcmp0 (role, self->role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  schedule_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * vitae_analysis_get_job_text:
 * @self: a #VitaeAnalysis
 *
 * Returns: (nullable): the job description, or %NULL for none
 */
const char *
vitae_analysis_get_job_text (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return self->job_text;
}

void
vitae_analysis_set_job_text (VitaeAnalysis *self,
                             const char    *job_text)
{
  g_return_if_fail (VITAE_IS_ANALYSIS (self));

  if (g_strcmp0 (job_text, self->job_text) == 0)
    return;

  g_free (self->job_text);
  self->job_text = g_strdup (job_text);
  schedule_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_TEXT]);
}

/**
 * vitae_analysis_get_delay:
 * @self: a #VitaeAnalysis
 *
 * Returns: how long changes must pause, in milliseconds, before an update
 */
guint
vitae_analysis_get_delay (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), 0);

  return self->delay;
}

void
vitae_analysis_set_delay (VitaeAnalysis *self,
                          guint          msec)
{
  g_return_if_fail (VITAE_IS_ANALYSIS (self));

  self->delay = msec;
}

/**
 * vitae_analysis_update_now:
 * @self: a #VitaeAnalysis
 * @error: return location for an error
 *
 * Analyses the document at once, rather than after the typing pause, and
 * cancels the pending update. The command line calls this; so does a view
 * when the user asks for a result (a rewrite applied, a role picked).
 *
 * Returns: %FALSE if the role is not one of the catalog's
 */
gboolean
vitae_analysis_update_now (VitaeAnalysis  *self,
                           GError        **error)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update (self, error);
}

/**
 * vitae_analysis_is_pending:
 * @self: a #VitaeAnalysis
 *
 * Returns: whether an update waits for changes to pause
 */
gboolean
vitae_analysis_is_pending (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), FALSE);

  return self->update_source != 0;
}

/**
 * vitae_analysis_get_coach_report:
 * @self: a #VitaeAnalysis
 *
 * Returns: (transfer none) (nullable): the coach's report on every bullet
 *   (empty ones included, as the command line lists them)
 */
VitaeCoachReport *
vitae_analysis_get_coach_report (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return self->report;
}

/**
 * vitae_analysis_get_coverage:
 * @self: a #VitaeAnalysis
 *
 * Returns: (transfer none): the keyword coverage
 */
VitaeCoverage *
vitae_analysis_get_coverage (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return self->coverage;
}

guint
vitae_analysis_get_score (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), 0);

  return self->score;
}

guint
vitae_analysis_get_ats_score (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), 0);

  return self->ats_score;
}

guint
vitae_analysis_get_n_unfilled_slots (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), 0);

  return self->n_unfilled_slots;
}

/**
 * vitae_analysis_get_n_bullets:
 * @self: a #VitaeAnalysis
 *
 * Returns: how many bullets were judged: the written ones, not the empty
 */
guint
vitae_analysis_get_n_bullets (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), 0);

  return self->n_bullets;
}

/**
 * vitae_analysis_get_bullet_result:
 * @self: a #VitaeAnalysis
 * @bullet: a bullet of the document
 *
 * The result may be for an older text of @bullet while an update waits:
 * compare vitae_coach_result_get_text() with the bullet's text.
 *
 * Returns: (transfer none) (nullable): the coach's result for @bullet as
 *   of the last update
 */
VitaeCoachResult *
vitae_analysis_get_bullet_result (VitaeAnalysis *self,
                                  VitaeBullet   *bullet)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return g_hash_table_lookup (self->results, bullet);
}

/**
 * vitae_analysis_get_section_grade:
 * @self: a #VitaeAnalysis
 * @section: a section of the document
 *
 * A section's health: the grade of the mean score of its written bullets.
 *
 * Returns: the grade, or %VITAE_GRADE_NONE for a section without bullets
 */
VitaeGrade
vitae_analysis_get_section_grade (VitaeAnalysis *self,
                                  VitaeSection  *section)
{
  gpointer value;

  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), VITAE_GRADE_NONE);

  value = g_hash_table_lookup (self->grades, section);
  if (value == NULL)
    return VITAE_GRADE_NONE;

  return GPOINTER_TO_INT (value) - 1;
}

/**
 * vitae_analysis_get_issues:
 * @self: a #VitaeAnalysis
 *
 * Returns: (transfer none): a list of #VitaeAnalysisIssue: the written
 *   bullets with at least one issue, lowest score first, then in document
 *   order
 */
GListModel *
vitae_analysis_get_issues (VitaeAnalysis *self)
{
  g_return_val_if_fail (VITAE_IS_ANALYSIS (self), NULL);

  return G_LIST_MODEL (self->issues);
}
