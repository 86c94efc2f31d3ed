/* test-analysis.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vitae-analysis.h"
#include "vitae-core.h"

/* Bullets in our own words, each opening with a different verb so that no
 * bullet's result depends on its neighbours (repeated verbs). */
#define STRONG_1 "Cut checkout p99 latency from 1.9 s to 340 ms by batching PostgreSQL queries"
#define STRONG_2 "Migrated 14 services to Kubernetes with Terraform, saving $410K a year"
#define WEAK_1   "Responsible for maintaining various internal tools for the team"
#define WEAK_2   "Helped with the database and worked on several other tasks"
#define SLOTTED  "Reduced [metric] for [team] users from 3 s to 1 s"

typedef struct
{
  guint notify[16];
  guint bullet_changed;
  guint updated;
  VitaeBullet *last_bullet;
} Counts;

static const char *watched[] = {
  "document", "role", "job-text", "coach-report", "coverage", "score", "ats-score", "n-unfilled-slots",
};

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counts     *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    if (g_str_equal (pspec->name, watched[i]))
      counts->notify[i]++;
}

static guint
n_notify (Counts     *counts,
          const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    if (g_str_equal (name, watched[i]))
      return counts->notify[i];

  g_assert_not_reached ();
}

static void
bullet_changed_cb (VitaeAnalysis *analysis,
                   VitaeBullet   *bullet,
                   Counts        *counts)
{
  counts->bullet_changed++;
  counts->last_bullet = bullet;
}

static void
updated_cb (VitaeAnalysis *analysis,
            Counts        *counts)
{
  counts->updated++;
}

static void
watch (VitaeAnalysis *analysis,
       Counts        *counts)
{
  memset (counts, 0, sizeof *counts);
  g_signal_connect (analysis, "notify", G_CALLBACK (notify_cb), counts);
  g_signal_connect (analysis, "bullet-changed", G_CALLBACK (bullet_changed_cb), counts);
  g_signal_connect (analysis, "updated", G_CALLBACK (updated_cb), counts);
}

static VitaeEntry *
add_entry (VitaeSection       *section,
           const char * const *texts)
{
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();

  for (guint i = 0; texts[i]; i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[i]);

      vitae_entry_append_bullet (entry, bullet);
    }
  vitae_section_append_entry (section, entry);

  return entry;
}

/* Experience with two strong bullets, projects with two weak ones, and an
 * empty awards section. */
static VitaeDocument *
build_document (void)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeSection) projects = vitae_section_new (VITAE_SECTION_PROJECTS);
  g_autoptr(VitaeSection) awards = vitae_section_new (VITAE_SECTION_AWARDS);
  const char *strong[] = { STRONG_1, STRONG_2, NULL };
  const char *weak[] = { WEAK_1, WEAK_2, NULL };

  vitae_node_set_text (VITAE_NODE (document), "name", "Test Person");
  add_entry (experience, strong);
  add_entry (projects, weak);
  vitae_document_append_section (document, experience);
  vitae_document_append_section (document, projects);
  vitae_document_append_section (document, awards);

  return document;
}

static VitaeBullet *
get_bullet (VitaeDocument *document,
            guint          section,
            guint          bullet)
{
  return vitae_entry_get_bullet (vitae_section_get_entry (vitae_document_get_section (document, section), 0), bullet);
}

static guint
coach_score (const char *text)
{
  g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), text);

  return vitae_coach_result_get_score (result);
}

static void
test_grades (void)
{
  struct {
    guint      score;
    VitaeGrade grade;
    const char *id;
  } cases[] = {
    { 0, VITAE_GRADE_POOR, "poor" },
    { 39, VITAE_GRADE_POOR, "poor" },
    { 40, VITAE_GRADE_FAIR, "fair" },
    { 69, VITAE_GRADE_FAIR, "fair" },
    { 70, VITAE_GRADE_GOOD, "good" },
    { 100, VITAE_GRADE_GOOD, "good" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *label = NULL;

      g_assert_cmpint (vitae_grade_from_score (cases[i].score, &label), ==, cases[i].grade);
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_cmpstr (vitae_grade_to_id (cases[i].grade), ==, cases[i].id);
      g_assert_cmpint (vitae_grade_from_score (cases[i].score, NULL), ==, cases[i].grade);
    }
  g_assert_null (vitae_grade_to_id (VITAE_GRADE_NONE));

  /* Each band has its own words. */
  {
    const char *poor, *fair, *good;

    vitae_grade_from_score (10, &poor);
    vitae_grade_from_score (60, &fair);
    vitae_grade_from_score (90, &good);
    g_assert_cmpstr (poor, !=, fair);
    g_assert_cmpstr (fair, !=, good);
  }

  /* The grades are the coach's bands: one bullet's grade is its band. */
  {
    const char *texts[] = {
      STRONG_1, STRONG_2, WEAK_1, WEAK_2, SLOTTED, "", "Led", "Did things",
      "Worked on the backend of the company website",
      "Built a Go service for billing",
      "Was responsible for the migration of 14 services to Kubernetes",
    };
    const VitaeCoachBand bands[] = {
      [VITAE_GRADE_POOR] = VITAE_COACH_BAND_WEAK,
      [VITAE_GRADE_FAIR] = VITAE_COACH_BAND_FAIR,
      [VITAE_GRADE_GOOD] = VITAE_COACH_BAND_STRONG,
    };
    guint seen = 0;

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), texts[i]);
        VitaeGrade grade = vitae_grade_from_score (vitae_coach_result_get_score (result), NULL);

        if (!vitae_analysis_result_is_judged (result))
          {
            g_assert_cmpint (vitae_coach_result_get_band (result), ==, VITAE_COACH_BAND_NONE);
            continue;
          }
        g_assert_cmpint (vitae_coach_result_get_band (result), ==, bands[grade]);
        seen |= 1u << grade;
      }
    /* The texts reach every band. */
    g_assert_cmpuint (seen, ==, 7);
  }
}

static void
test_properties (void)
{
  VitaeAnalysis *analysis = vitae_analysis_new ();
  g_autoptr(VitaeDocument) document = build_document ();
  g_autofree char *role = NULL;
  g_autofree char *job = NULL;
  VitaeDocument *got = NULL;
  Counts counts;

  watch (analysis, &counts);

  /* The default role, and no job. */
  g_assert_cmpstr (vitae_analysis_get_role (analysis), ==,
                   vitae_catalog_get_default_role (vitae_catalog_get_default ()));
  g_assert_null (vitae_analysis_get_job_text (analysis));
  g_assert_null (vitae_analysis_get_document (analysis));
  g_assert_null (vitae_analysis_get_coach_report (analysis));
  g_assert_nonnull (vitae_analysis_get_coverage (analysis));

  g_object_set (analysis, "role", "frontend-developer", NULL);
  g_object_set (analysis, "role", "frontend-developer", NULL);
  g_assert_cmpuint (n_notify (&counts, "role"), ==, 1);
  g_object_get (analysis, "role", &role, NULL);
  g_assert_cmpstr (role, ==, "frontend-developer");

  g_object_set (analysis, "job-text", "We need Go and PostgreSQL.", NULL);
  g_object_set (analysis, "job-text", "We need Go and PostgreSQL.", NULL);
  g_assert_cmpuint (n_notify (&counts, "job-text"), ==, 1);
  g_object_get (analysis, "job-text", &job, NULL);
  g_assert_cmpstr (job, ==, "We need Go and PostgreSQL.");
  vitae_analysis_set_job_text (analysis, NULL);
  g_assert_cmpuint (n_notify (&counts, "job-text"), ==, 2);

  g_object_set (analysis, "document", document, NULL);
  vitae_analysis_set_document (analysis, document);
  g_assert_cmpuint (n_notify (&counts, "document"), ==, 1);
  g_object_get (analysis, "document", &got, NULL);
  g_assert_true (got == document);
  g_object_unref (got);

  /* Setting the inputs only schedules an update. */
  g_assert_true (vitae_analysis_is_pending (analysis));
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (n_notify (&counts, "score"), ==, 0);

  g_assert_finalize_object (analysis);
}

static void
test_update_now (void)
{
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autoptr(VitaeDocument) document = build_document ();
  g_autoptr(GError) error = NULL;
  guint expected;
  guint score, ats;
  Counts counts;

  watch (analysis, &counts);
  vitae_analysis_set_document (analysis, document);

  g_assert_true (vitae_analysis_update_now (analysis, &error));
  g_assert_no_error (error);
  g_assert_false (vitae_analysis_is_pending (analysis));
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (n_notify (&counts, "coach-report"), ==, 1);
  g_assert_cmpuint (n_notify (&counts, "coverage"), ==, 1);
  g_assert_cmpuint (n_notify (&counts, "score"), ==, 1);
  g_assert_cmpuint (n_notify (&counts, "ats-score"), ==, 1);
  g_assert_cmpuint (n_notify (&counts, "n-unfilled-slots"), ==, 0);
  g_assert_cmpuint (counts.bullet_changed, ==, 4);

  /* The score is the mean of the bullets' scores, as the coach gives them. */
  expected = (coach_score (STRONG_1) + coach_score (STRONG_2) + coach_score (WEAK_1) + coach_score (WEAK_2) + 2) / 4;
  g_object_get (analysis, "score", &score, "ats-score", &ats, NULL);
  g_assert_cmpuint (score, ==, expected);
  g_assert_cmpuint (vitae_analysis_get_score (analysis), ==, expected);
  g_assert_cmpuint (ats, ==, vitae_coverage_get_score (vitae_analysis_get_coverage (analysis)));
  g_assert_cmpuint (ats, >, 0);
  g_assert_cmpuint (vitae_analysis_get_n_bullets (analysis), ==, 4);
  g_assert_cmpuint (vitae_coach_report_get_n_bullets (vitae_analysis_get_coach_report (analysis)), ==, 4);

  /* Nothing changed: nothing is notified, though the update ran. */
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (counts.updated, ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_assert_cmpuint (counts.notify[i], <=, 1);
  g_assert_cmpuint (counts.bullet_changed, ==, 4);

  /* A slot: one notify for the count, one for the score and report. */
  vitae_bullet_set_text (get_bullet (document, 1, 0), SLOTTED);
  g_assert_true (vitae_analysis_is_pending (analysis));
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (vitae_analysis_get_n_unfilled_slots (analysis), ==, 2);
  g_assert_cmpuint (n_notify (&counts, "n-unfilled-slots"), ==, 1);
  g_assert_cmpuint (n_notify (&counts, "coach-report"), ==, 2);
  g_assert_cmpuint (counts.bullet_changed, ==, 5);
  g_assert_true (counts.last_bullet == get_bullet (document, 1, 0));

  /* A role changes the coverage, not the coach. */
  vitae_analysis_set_role (analysis, "frontend-developer");
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (n_notify (&counts, "coverage"), ==, 2);
  g_assert_cmpuint (n_notify (&counts, "coach-report"), ==, 2);
  g_assert_cmpstr (vitae_coverage_get_role (vitae_analysis_get_coverage (analysis)), ==, "frontend-developer");

  /* An unknown role is an error, for the command line to report. */
  vitae_analysis_set_role (analysis, "astronaut");
  g_assert_false (vitae_analysis_update_now (analysis, &error));
  g_assert_nonnull (error);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_debounce (void)
{
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autoptr(VitaeDocument) document = build_document ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  VitaeBullet *bullet = get_bullet (document, 1, 1);
  Counts counts;
  gulong handler;

  vitae_analysis_set_delay (analysis, 20);
  vitae_analysis_set_document (analysis, document);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  watch (analysis, &counts);

  /* Five changes in a row, then the pause: one update. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", WEAK_2, i);

      vitae_bullet_set_text (bullet, text);
    }
  g_assert_true (vitae_analysis_is_pending (analysis));
  g_assert_cmpuint (counts.updated, ==, 0);

  handler = g_signal_connect_swapped (analysis, "updated", G_CALLBACK (g_main_loop_quit), loop);
  g_main_loop_run (loop);
  g_signal_handler_disconnect (analysis, handler);

  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (counts.bullet_changed, ==, 1);
  g_assert_true (counts.last_bullet == bullet);
  g_assert_cmpstr (vitae_coach_result_get_text (vitae_analysis_get_bullet_result (analysis, bullet)), ==, WEAK_2 " 4");
  g_assert_false (vitae_analysis_is_pending (analysis));

  /* No second update follows: give the loop well over the delay. */
  g_timeout_add (100, quit_cb, loop);
  g_main_loop_run (loop);
  g_assert_cmpuint (counts.updated, ==, 1);

  /* update_now takes the pending update with it. */
  vitae_bullet_set_text (bullet, WEAK_2);
  g_assert_true (vitae_analysis_is_pending (analysis));
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_false (vitae_analysis_is_pending (analysis));
  g_timeout_add (100, quit_cb, loop);
  g_main_loop_run (loop);
  g_assert_cmpuint (counts.updated, ==, 2);
}

static void
test_bullet_results (void)
{
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autoptr(VitaeDocument) document = build_document ();
  g_autoptr(VitaeBullet) removed = NULL;
  VitaeEntry *entry = vitae_section_get_entry (vitae_document_get_section (document, 0), 0);
  VitaeBullet *bullet = get_bullet (document, 0, 1);
  VitaeCoachResult *result;
  Counts counts;

  vitae_analysis_set_document (analysis, document);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  watch (analysis, &counts);

  result = vitae_analysis_get_bullet_result (analysis, bullet);
  g_assert_nonnull (result);
  g_assert_cmpstr (vitae_coach_result_get_text (result), ==, STRONG_2);

  /* The result follows the text, after the update. */
  vitae_bullet_set_text (bullet, WEAK_1);
  g_assert_cmpstr (vitae_coach_result_get_text (vitae_analysis_get_bullet_result (analysis, bullet)), ==, STRONG_2);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (counts.bullet_changed, ==, 1);
  g_assert_true (counts.last_bullet == bullet);
  g_assert_cmpstr (vitae_coach_result_get_text (vitae_analysis_get_bullet_result (analysis, bullet)), ==, WEAK_1);

  /* Undo brings the old text and the old result back, with a signal. */
  vitae_history_undo (vitae_document_get_history (document));
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (counts.bullet_changed, ==, 2);
  g_assert_cmpstr (vitae_coach_result_get_text (vitae_analysis_get_bullet_result (analysis, bullet)), ==, STRONG_2);

  /* A removed bullet loses its result. */
  removed = g_object_ref (bullet);
  vitae_entry_remove_bullet (entry, 1);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (counts.bullet_changed, ==, 3);
  g_assert_true (counts.last_bullet == removed);
  g_assert_null (vitae_analysis_get_bullet_result (analysis, removed));
}

static void
test_sections_and_issues (void)
{
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autoptr(VitaeDocument) document = build_document ();
  VitaeSection *experience = vitae_document_get_section (document, 0);
  VitaeSection *projects = vitae_document_get_section (document, 1);
  VitaeSection *awards = vitae_document_get_section (document, 2);
  GListModel *issues;
  guint score, n_issues, previous = 0;
  Counts counts;

  /* The texts are what their names say. */
  g_assert_cmpint (vitae_grade_from_score (coach_score (STRONG_1), NULL), ==, VITAE_GRADE_GOOD);
  g_assert_cmpint (vitae_grade_from_score (coach_score (STRONG_2), NULL), ==, VITAE_GRADE_GOOD);
  g_assert_cmpint (vitae_grade_from_score (coach_score (WEAK_1), NULL), ==, VITAE_GRADE_POOR);
  g_assert_cmpint (vitae_grade_from_score (coach_score (WEAK_2), NULL), ==, VITAE_GRADE_POOR);

  vitae_analysis_set_document (analysis, document);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));

  g_assert_cmpint (vitae_analysis_get_section_grade (analysis, experience), ==, VITAE_GRADE_GOOD);
  g_assert_cmpint (vitae_analysis_get_section_grade (analysis, projects), ==, VITAE_GRADE_POOR);
  g_assert_cmpint (vitae_analysis_get_section_grade (analysis, awards), ==, VITAE_GRADE_NONE);

  /* Worst first: the weak bullets lead, each with its issues named. */
  issues = vitae_analysis_get_issues (analysis);
  n_issues = g_list_model_get_n_items (issues);
  g_assert_cmpuint (n_issues, >=, 2);
  for (guint i = 0; i < n_issues; i++)
    {
      g_autoptr(VitaeAnalysisIssue) issue = g_list_model_get_item (issues, i);
      VitaeCoachResult *result = vitae_analysis_issue_get_result (issue);

      g_assert_cmpuint (vitae_analysis_issue_get_score (issue), >=, previous);
      previous = vitae_analysis_issue_get_score (issue);
      g_assert_cmpuint (vitae_coach_result_get_n_issues (result), >, 0);
      g_assert_true (vitae_analysis_get_bullet_result (analysis, vitae_analysis_issue_get_bullet (issue)) == result);
      g_assert_cmpstr (vitae_analysis_issue_get_text (issue), ==, vitae_bullet_get_text (vitae_analysis_issue_get_bullet (issue)));
      g_assert_cmpstr (vitae_analysis_issue_get_summary (issue), !=, "");
      g_assert_cmpint (vitae_analysis_issue_get_grade (issue), ==, vitae_grade_from_score (previous, NULL));
    }

  /* Bullets not written yet (empty, or just started) are not judged: not
   * scored, counted, listed or graded. */
  watch (analysis, &counts);
  score = vitae_analysis_get_score (analysis);
  {
    g_autoptr(VitaeBullet) empty = vitae_bullet_new ("");
    g_autoptr(VitaeBullet) started = vitae_bullet_new ("Led");
    g_autoptr(VitaeBullet) blank = vitae_bullet_new ("  ");
    g_autoptr(VitaeSection) volunteer = vitae_section_new (VITAE_SECTION_VOLUNTEER);
    g_autoptr(VitaeEntry) entry = vitae_entry_new ();

    vitae_entry_append_bullet (vitae_section_get_entry (experience, 0), empty);
    vitae_entry_append_bullet (vitae_section_get_entry (experience, 0), started);
    vitae_entry_append_bullet (entry, blank);
    vitae_section_append_entry (volunteer, entry);
    vitae_document_append_section (document, volunteer);
    g_assert_true (vitae_analysis_update_now (analysis, NULL));

    g_assert_cmpuint (vitae_analysis_get_score (analysis), ==, score);
    g_assert_cmpuint (n_notify (&counts, "score"), ==, 0);
    g_assert_cmpuint (vitae_analysis_get_n_bullets (analysis), ==, 4);
    g_assert_cmpuint (g_list_model_get_n_items (issues), ==, n_issues);
    g_assert_cmpint (vitae_analysis_get_section_grade (analysis, experience), ==, VITAE_GRADE_GOOD);
    g_assert_cmpint (vitae_analysis_get_section_grade (analysis, volunteer), ==, VITAE_GRADE_NONE);
    /* The report still lists them, as `vitae check` does. */
    g_assert_cmpuint (vitae_coach_report_get_n_bullets (vitae_analysis_get_coach_report (analysis)), ==, 7);
  }

  /* Strengthening both weak bullets changes the projects' grade. */
  vitae_bullet_set_text (get_bullet (document, 1, 0), STRONG_1);
  vitae_bullet_set_text (get_bullet (document, 1, 1), STRONG_2);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpint (vitae_analysis_get_section_grade (analysis, projects), ==,
                   vitae_grade_from_score ((coach_score (STRONG_1) + coach_score (STRONG_2) + 1) / 2, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (issues), <, n_issues);
}

static void
test_labels (void)
{
  g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), SLOTTED);
  g_autofree char *summary = vitae_analysis_describe_issues (result);
  g_autofree char *skills = vitae_analysis_describe_missing (NULL, "PostgreSQL", NULL);
  g_autofree char *job = vitae_analysis_describe_missing (NULL, "Kafka", "experience");

  for (guint kind = 0; kind < VITAE_COACH_N_ISSUE_KINDS; kind++)
    g_assert_cmpstr (vitae_analysis_get_issue_label (kind), !=, "");

  /* Two slots are one kind of issue to read about, and count twice. */
  g_assert_cmpuint (vitae_analysis_count_slots (result), ==, 2);
  g_assert_nonnull (strstr (summary, vitae_analysis_get_issue_label (VITAE_COACH_ISSUE_PLACEHOLDER)));
  g_assert_null (strstr (strstr (summary, vitae_analysis_get_issue_label (VITAE_COACH_ISSUE_PLACEHOLDER)) + 1,
                         vitae_analysis_get_issue_label (VITAE_COACH_ISSUE_PLACEHOLDER)));

  g_assert_nonnull (strstr (skills, "PostgreSQL"));
  g_assert_nonnull (strstr (job, "Kafka"));
  g_assert_nonnull (strstr (job, vitae_section_kind_get_title (VITAE_SECTION_EXPERIENCE)));
}

/* Slots are counted one way: as many as the coach flags placeholders, in
 * the bullet alone and over a document, empty bullets aside. */
static void
test_slots (void)
{
  struct {
    const char *text;
    guint       count;
    const char *first;
  } cases[] = {
    { "Cut build time by 40%", 0, NULL },
    { SLOTTED, 2, "[metric]" },
    { "Reduced [p99 latency] for Łódź users from [X] to [Y]", 3, "[p99 latency]" },
    { "Kept [] and [an [inner] slot]", 2, "[]" },
    { "An open [bracket and a closing one] ] later", 1, "[bracket and a closing one]" },
    { "No closing [bracket here", 0, NULL },
  };
  g_autoptr(VitaeDocument) document = build_document ();
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autofree char *first = NULL;
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), cases[i].text);
      g_autofree char *slot = NULL;
      guint placeholders = 0;

      for (guint j = 0; j < vitae_coach_result_get_n_issues (result); j++)
        if (vitae_coach_result_get_issue (result, j)->kind == VITAE_COACH_ISSUE_PLACEHOLDER)
          placeholders++;

      g_assert_cmpuint (vitae_analysis_count_text_slots (cases[i].text, &slot), ==, cases[i].count);
      g_assert_cmpstr (slot, ==, cases[i].first);
      g_assert_cmpuint (vitae_analysis_count_slots (result), ==, cases[i].count);
      g_assert_cmpuint (placeholders, ==, cases[i].count);
    }

  /* Over a document: two bullets with slots, and a blank one with none. */
  vitae_bullet_set_text (get_bullet (document, 0, 1), cases[2].text);
  vitae_bullet_set_text (get_bullet (document, 1, 0), SLOTTED);
  {
    g_autoptr(VitaeBullet) blank = vitae_bullet_new ("  ");

    vitae_entry_append_bullet (vitae_section_get_entry (vitae_document_get_section (document, 1), 0), blank);
  }
  total = vitae_analysis_count_document_slots (document, &first);
  g_assert_cmpuint (total, ==, 5);
  g_assert_cmpstr (first, ==, "[p99 latency]");

  vitae_analysis_set_document (analysis, document);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  g_assert_cmpuint (vitae_analysis_get_n_unfilled_slots (analysis), ==, total);
}

/* The preview and `vitae export --pages` rank the bullets to cut with the
 * coach's own score. */
static void
test_score_bullet (void)
{
  const char *texts[] = {
    "Responsible for the website.",
    "Cut checkout latency from 900 ms to 210 ms by caching prices in Redis, for 2 million shoppers.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[i]);
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), texts[i]);

      g_assert_cmpint (vitae_analysis_score_bullet (bullet, NULL), ==,
                       (int) vitae_coach_result_get_score (result));
    }
}

/* A bullet of a French resume is scored by the French coach, whatever
 * language the shared coach was last set to: the preview's cuts and
 * `vitae export --pages` rank it as the analysis grades it. */
static void
test_score_bullet_language (void)
{
  const char *text = "Responsable de la migration des serveurs vers Kubernetes";
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, NULL);
  g_autoptr(VitaeCoach) french = vitae_coach_new (catalog, NULL);
  g_autoptr(VitaeCoach) neutral = vitae_coach_new (catalog, NULL);
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) work = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new (text);
  g_autoptr(VitaeCoachResult) in_french = NULL;
  g_autoptr(VitaeCoachResult) in_english = NULL;

  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (work, entry);
  vitae_document_append_section (document, work);
  vitae_document_set_language (document, "fr-FR");

  vitae_coach_set_language (french, "fr-FR");
  in_french = vitae_coach_analyze_bullet (french, text);
  vitae_coach_set_language (neutral, "en");
  in_english = vitae_coach_analyze_bullet (neutral, text);
  /* The French coach weighs the duty opening and the missing result its
   * own way; the neutral checks of a foreign bullet score it otherwise. */
  g_assert_cmpuint (vitae_coach_result_get_score (in_french), !=, vitae_coach_result_get_score (in_english));

  vitae_coach_set_language (vitae_coach_get_default (), "en");
  g_assert_cmpint (vitae_analysis_score_bullet (bullet, NULL), ==,
                   (int) vitae_coach_result_get_score (in_french));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/analysis/grades", test_grades);
  g_test_add_func ("/vitae/analysis/properties", test_properties);
  g_test_add_func ("/vitae/analysis/update-now", test_update_now);
  g_test_add_func ("/vitae/analysis/debounce", test_debounce);
  g_test_add_func ("/vitae/analysis/bullet-results", test_bullet_results);
  g_test_add_func ("/vitae/analysis/sections-and-issues", test_sections_and_issues);
  g_test_add_func ("/vitae/analysis/labels", test_labels);
  g_test_add_func ("/vitae/analysis/slots", test_slots);
  g_test_add_func ("/vitae/analysis/score-bullet", test_score_bullet);
  g_test_add_func ("/vitae/analysis/score-bullet-language", test_score_bullet_language);

  return g_test_run ();
}
