/* vitae-coach.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-catalog.h"
#include "vitae-coach-private.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-section.h"

/* Each cache generation holds at most this many bullets: far more than a
 * resume has, so that only stale drafts of edited bullets are dropped. */
#define CACHE_GENERATION_SIZE 4096

struct _VitaeCoachReport
{
  grefcount  ref_count;
  guint      score;
  guint      n_issues;
  GArray    *bullets;        /* VitaeCoachBulletReport */
  GPtrArray *repeated_verbs; /* char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (VitaeCoach, vitae_coach, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (VitaeCoachResult, vitae_coach_result, vitae_coach_result_ref, vitae_coach_result_unref)
G_DEFINE_BOXED_TYPE (VitaeCoachReport, vitae_coach_report, vitae_coach_report_ref, vitae_coach_report_unref)

/* Results ******************************************************************/

static void
clear_issue (gpointer data)
{
  VitaeCoachIssue *issue = data;

  g_clear_pointer (&issue->message, g_free);
}

static void
clear_suggestion (gpointer data)
{
  VitaeCoachSuggestion *suggestion = data;

  g_clear_pointer (&suggestion->text, g_free);
}

VitaeCoachResult *
_vitae_coach_result_new (const char *text)
{
  VitaeCoachResult *self = g_new0 (VitaeCoachResult, 1);

  g_ref_count_init (&self->ref_count);
  self->text = g_strdup (text);
  self->issues = g_array_new (FALSE, FALSE, sizeof (VitaeCoachIssue));
  g_array_set_clear_func (self->issues, clear_issue);
  self->suggestions = g_array_new (FALSE, FALSE, sizeof (VitaeCoachSuggestion));
  g_array_set_clear_func (self->suggestions, clear_suggestion);
  g_weak_ref_init (&self->coach, NULL);

  return self;
}

VitaeCoachResult *
_vitae_coach_result_copy (VitaeCoachResult *self)
{
  VitaeCoachResult *copy = _vitae_coach_result_new (self->text);

  copy->score = self->score;
  copy->base_score = self->base_score;
  copy->scored = self->scored;
  copy->area = self->area;
  copy->opening = g_strdup (self->opening);
  copy->opening_start = self->opening_start;
  copy->opening_end = self->opening_end;
  copy->suggested = self->suggested;
  {
    g_autoptr(VitaeCoach) coach = g_weak_ref_get (&self->coach);

    g_weak_ref_set (&copy->coach, coach);
  }

  for (guint i = 0; i < self->issues->len; i++)
    {
      const VitaeCoachIssue *issue = &g_array_index (self->issues, VitaeCoachIssue, i);

      _vitae_coach_result_add (copy, issue->kind, issue->start, issue->end, g_strdup (issue->message));
    }

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      VitaeCoachSuggestion suggestion = g_array_index (self->suggestions, VitaeCoachSuggestion, i);

      suggestion.text = g_strdup (suggestion.text);
      g_array_append_val (copy->suggestions, suggestion);
    }

  return copy;
}

/* Takes @message. */
void
_vitae_coach_result_add (VitaeCoachResult    *self,
                         VitaeCoachIssueKind  kind,
                         guint                start,
                         guint                end,
                         char                *message)
{
  VitaeCoachIssue issue = { kind, start, end, message };

  g_array_append_val (self->issues, issue);
}

/* Writes the suggestions of @self the first time they are asked for, with
 * the coach that analysed it (or the default one, if that is gone). */
static void
ensure_suggestions (VitaeCoachResult *self)
{
  g_autoptr(VitaeCoach) coach = NULL;
  g_autoptr(VitaeCoachResult) full = NULL;

  if (self->suggested)
    return;

  self->suggested = TRUE;
  coach = g_weak_ref_get (&self->coach);
  if (coach == NULL)
    coach = g_object_ref (vitae_coach_get_default ());
  full = _vitae_coach_analyze (coach, self->text, COACH_ANALYZE_SUGGEST);
  g_array_unref (self->suggestions);
  self->suggestions = g_array_ref (full->suggestions);
}

/**
 * vitae_coach_result_ref:
 * @self: a #VitaeCoachResult
 *
 * Returns: (transfer full): @self
 */
VitaeCoachResult *
vitae_coach_result_ref (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * vitae_coach_result_unref:
 * @self: (transfer full): a #VitaeCoachResult
 */
void
vitae_coach_result_unref (VitaeCoachResult *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self->opening);
      g_array_unref (self->issues);
      g_array_unref (self->suggestions);
      g_weak_ref_clear (&self->coach);
      g_free (self);
    }
}

/**
 * vitae_coach_result_get_text:
 * @self: a #VitaeCoachResult
 *
 * Returns: the analysed bullet text
 */
const char *
vitae_coach_result_get_text (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * vitae_coach_result_get_score:
 * @self: a #VitaeCoachResult
 *
 * Returns: the bullet's score, from 0 (says nothing) to 100 (no issue)
 */
guint
vitae_coach_result_get_score (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->score;
}

/**
 * vitae_coach_result_is_scored:
 * @self: a #VitaeCoachResult
 *
 * Returns: whether the bullet is scored: an empty or just-started bullet
 *   (under three words) is not, and does not count in the resume's score
 */
gboolean
vitae_coach_result_is_scored (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->scored;
}

/**
 * vitae_coach_result_get_band:
 * @self: a #VitaeCoachResult
 *
 * Returns: the band the bullet's score falls in (see #VitaeCoachBand)
 */
VitaeCoachBand
vitae_coach_result_get_band (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, VITAE_COACH_BAND_NONE);

  if (!self->scored)
    return VITAE_COACH_BAND_NONE;
  if (self->score >= 70)
    return VITAE_COACH_BAND_STRONG;
  if (self->score >= 40)
    return VITAE_COACH_BAND_FAIR;

  return VITAE_COACH_BAND_WEAK;
}

/**
 * vitae_coach_band_describe:
 * @band: a #VitaeCoachBand
 *
 * Returns: a short translated sentence saying what the band means, for a
 *   tooltip on a bullet's score
 */
const char *
vitae_coach_band_describe (VitaeCoachBand band)
{
  switch (band)
    {
    case VITAE_COACH_BAND_WEAK:
      return _("Weak (0–39): say what you did with an action verb, how, and a figure for the result");
    case VITAE_COACH_BAND_FAIR:
      return _("Fair (40–69): a figure for the result, or a stronger opening, would make it strong");
    case VITAE_COACH_BAND_STRONG:
      return _("Strong (70–100): an action verb and a measured result; 85 and up also names the tool or technique");
    case VITAE_COACH_BAND_NONE:
    default:
      return _("Not scored yet: a bullet counts once it has three words");
    }
}

/**
 * vitae_coach_result_get_area:
 * @self: a #VitaeCoachResult
 *
 * Returns: the id of the skill area the bullet is about ("database",
 *   "api"…, or "general"), which chose the rewrites' verbs and patterns
 */
const char *
vitae_coach_result_get_area (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->area;
}

guint
vitae_coach_result_get_n_issues (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->issues->len;
}

/**
 * vitae_coach_result_get_issue:
 * @self: a #VitaeCoachResult
 * @position: an index below vitae_coach_result_get_n_issues()
 *
 * Issues are ordered by where they start in the text.
 *
 * Returns: (transfer none): the issue
 */
const VitaeCoachIssue *
vitae_coach_result_get_issue (VitaeCoachResult *self,
                              guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->issues->len, NULL);

  return &g_array_index (self->issues, VitaeCoachIssue, position);
}

gboolean
vitae_coach_result_has_issue (VitaeCoachResult    *self,
                              VitaeCoachIssueKind  kind)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->issues->len; i++)
    if (g_array_index (self->issues, VitaeCoachIssue, i).kind == kind)
      return TRUE;

  return FALSE;
}

guint
vitae_coach_result_get_n_suggestions (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_suggestions (self);

  return self->suggestions->len;
}

/**
 * vitae_coach_result_get_suggestion:
 * @self: a #VitaeCoachResult
 * @position: an index below vitae_coach_result_get_n_suggestions()
 *
 * Suggestions are ranked, best first.
 *
 * Returns: (transfer none): the suggestion
 */
const VitaeCoachSuggestion *
vitae_coach_result_get_suggestion (VitaeCoachResult *self,
                                   guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);

  ensure_suggestions (self);
  g_return_val_if_fail (position < self->suggestions->len, NULL);

  return &g_array_index (self->suggestions, VitaeCoachSuggestion, position);
}

/**
 * vitae_coach_result_add_json_members:
 * @self: a #VitaeCoachResult
 * @builder: a #JsonBuilder inside an object
 *
 * Adds the members "text", "score", "issues" and "suggestions" that
 * `vitae suggest` prints for a bullet, so that `vitae check` can print
 * the same ones after its own "section", "entry" and "index".
 */
void
vitae_coach_result_add_json_members (VitaeCoachResult *self,
                                     JsonBuilder      *builder)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, self->text);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, self->score);

  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->issues->len; i++)
    {
      const VitaeCoachIssue *issue = &g_array_index (self->issues, VitaeCoachIssue, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, vitae_coach_issue_kind_to_id (issue->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, issue->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, issue->end);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, issue->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  ensure_suggestions (self);
  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      const VitaeCoachSuggestion *suggestion = &g_array_index (self->suggestions, VitaeCoachSuggestion, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, suggestion->text);
      json_builder_set_member_name (builder, "pattern");
      json_builder_add_string_value (builder, suggestion->pattern);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * vitae_coach_result_to_json:
 * @self: a #VitaeCoachResult
 *
 * Returns: (transfer full): the object `vitae suggest --format json`
 *   prints for the bullet
 */
JsonNode *
vitae_coach_result_to_json (VitaeCoachResult *self)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  vitae_coach_result_add_json_members (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reports ******************************************************************/

static void
clear_bullet_report (gpointer data)
{
  VitaeCoachBulletReport *bullet = data;

  g_clear_pointer (&bullet->result, vitae_coach_result_unref);
}

VitaeCoachReport *
vitae_coach_report_ref (VitaeCoachReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

void
vitae_coach_report_unref (VitaeCoachReport *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->bullets);
      g_ptr_array_unref (self->repeated_verbs);
      g_free (self);
    }
}

/**
 * vitae_coach_report_get_score:
 * @self: a #VitaeCoachReport
 *
 * Returns: the resume's score: the mean of its scored bullets' scores (an
 *   empty or just-started bullet is not scored), or 0 for a resume without
 *   any, which shows no achievement yet
 */
guint
vitae_coach_report_get_score (VitaeCoachReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->score;
}

guint
vitae_coach_report_get_n_bullets (VitaeCoachReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bullets->len;
}

/**
 * vitae_coach_report_get_bullet:
 * @self: a #VitaeCoachReport
 * @position: an index below vitae_coach_report_get_n_bullets()
 *
 * Bullets come in document order.
 *
 * Returns: (transfer none): where the bullet is, and its result
 */
const VitaeCoachBulletReport *
vitae_coach_report_get_bullet (VitaeCoachReport *self,
                               guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->bullets->len, NULL);

  return &g_array_index (self->bullets, VitaeCoachBulletReport, position);
}

/**
 * vitae_coach_report_get_n_issues:
 * @self: a #VitaeCoachReport
 *
 * Returns: the number of issues across all bullets
 */
guint
vitae_coach_report_get_n_issues (VitaeCoachReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_issues;
}

/**
 * vitae_coach_report_get_repeated_verbs:
 * @self: a #VitaeCoachReport
 *
 * Returns: (transfer none) (array zero-terminated=1): the lower-case verbs
 *   that open more than one bullet of the resume, the most used first
 */
const char * const *
vitae_coach_report_get_repeated_verbs (VitaeCoachReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->repeated_verbs->pdata;
}

/* Loading the catalog ******************************************************/

static void
free_phrase (gpointer data)
{
  CoachPhrase *phrase = data;

  g_strfreev (phrase->words);
  g_free (phrase);
}

static void
free_pattern (gpointer data)
{
  CoachPattern *pattern = data;

  g_free (pattern->context);
  g_free (pattern->technique);
  g_free (pattern->result);
  g_free (pattern);
}

static void
free_area (gpointer data)
{
  CoachArea *area = data;

  g_ptr_array_unref (area->verbs);
  g_ptr_array_unref (area->tool_verbs);
  g_ptr_array_unref (area->patterns);
  g_free (area);
}

static int
compare_phrases (gconstpointer a,
                 gconstpointer b)
{
  const CoachPhrase *x = *(const CoachPhrase * const *) a;
  const CoachPhrase *y = *(const CoachPhrase * const *) b;

  return (int) y->n_words - (int) x->n_words;
}

static gboolean
prepare (sqlite3       *db,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  if (sqlite3_prepare_v2 (db, sql, -1, stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: %s is SQLite's message */
                   _("The coach's tables in the keyword catalog (30-coach.sql) cannot be read: %s"),
                   sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

static gboolean
finish (sqlite3       *db,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The coach's tables in the keyword catalog (30-coach.sql) cannot be read: %s"),
                   sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

static void
add_lex (VitaeCoach *self,
         const char *word,
         guint       bits)
{
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (self->lexicon, word));

  g_hash_table_replace (self->lexicon, g_strdup (word), GUINT_TO_POINTER (old | bits));
}

static gboolean
load_lexicon (VitaeCoach  *self,
              sqlite3     *db,
              GError     **error)
{
  static const struct {
    const char *list;
    guint       bit;
  } lists[] = {
    { "first-person", LEX_FIRST_PERSON },
    { "passive-aux", LEX_PASSIVE_AUX },
    { "participle", LEX_PARTICIPLE },
    { "not-participle", LEX_NOT_PARTICIPLE },
    { "not-gerund", LEX_NOT_GERUND },
    { "unit", LEX_UNIT },
    { "count-noun", LEX_COUNT_NOUN },
    { "number-word", LEX_NUMBER_WORD },
    { "figure-word", LEX_FIGURE_WORD },
    { "technique", LEX_TECHNIQUE },
    { "function-word", LEX_FUNCTION_WORD },
    { "determiner", LEX_DETERMINER },
    { "quantity-lead", LEX_QUANTITY_LEAD },
    { "context", LEX_CONTEXT },
    { "particle", LEX_PARTICLE },
    { "lead-adverb", LEX_LEAD_ADVERB },
    { "bare-verb", LEX_BARE_VERB },
    { "team", LEX_TEAM },
    { "role-noun", LEX_ROLE_NOUN },
    { "plain-verb", LEX_PLAIN_VERB },
    { "clause-lead", LEX_CLAUSE_LEAD },
    { "object-people", LEX_OBJECT_PEOPLE },
    { "object-ticket", LEX_OBJECT_TICKET },
    { "object-activity", LEX_OBJECT_ACTIVITY },
    { "object-outcome", LEX_OBJECT_OUTCOME },
    { "object-duty", LEX_OBJECT_DUTY },
    { "no-outcome", LEX_NO_OUTCOME },
  };
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (db, "SELECT list, word FROM coach_lexicon", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *list = (const char *) sqlite3_column_text (stmt, 0);
      const char *word = (const char *) sqlite3_column_text (stmt, 1);

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        if (g_str_equal (list, lists[i].list))
          add_lex (self, word, lists[i].bit);
    }

  return finish (db, stmt, rc, error);
}

static gboolean
load_phrases (VitaeCoach  *self,
              sqlite3     *db,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  GHashTableIter iter;
  gpointer value;
  int rc;

  if (!prepare (db, "SELECT kind, phrase, scope FROM coach_phrases", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      CoachPhrase *phrase = g_new0 (CoachPhrase, 1);
      const char *scope = (const char *) sqlite3_column_text (stmt, 2);
      const char *key;
      GPtrArray *list;

      if (!vitae_coach_issue_kind_from_id (kind, &phrase->kind))
        g_assert_not_reached ();

      phrase->words = g_strsplit (text, " ", -1);
      phrase->n_words = g_strv_length (phrase->words);
      phrase->scope = scope == NULL ? SCOPE_NONE :
                      g_str_equal (scope, "shared") ? SCOPE_SHARED :
                      g_str_equal (scope, "duty") ? SCOPE_DUTY :
                      g_str_equal (scope, "tool") ? SCOPE_TOOL :
                      g_str_equal (scope, "skill") ? SCOPE_SKILL : SCOPE_NONE;
      phrase->tool_object = phrase->scope == SCOPE_TOOL;

      if (phrase->kind == VITAE_COACH_ISSUE_WEAK_VERB && phrase->n_words == 1)
        add_lex (self, phrase->words[0], LEX_WEAK_VERB);

      /* A weak phrase is filed under its verb's lemma, so that "helps",
       * "helping" and "helped" all find "helped". */
      key = phrase->kind == VITAE_COACH_ISSUE_WEAK_VERB
            ? _vitae_coach_verb_lemma (self, phrase->words[0], NULL) : NULL;
      if (key == NULL)
        key = phrase->words[0];
      list = g_hash_table_lookup (self->phrases, key);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (free_phrase);
          g_hash_table_insert (self->phrases, g_strdup (key), list);
        }
      g_ptr_array_add (list, phrase);
    }

  g_hash_table_iter_init (&iter, self->phrases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_phrases);

  return finish (db, stmt, rc, error);
}

static gboolean
load_irregular (VitaeCoach  *self,
                sqlite3     *db,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (db, "SELECT form, past FROM coach_irregular", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *past = (const char *) sqlite3_column_text (stmt, 1);

      /* "Ran", "Wrote": an irregular past opening a bullet is its verb. */
      add_lex (self, past, LEX_PAST);
      g_hash_table_insert (self->irregular,
                           g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_strdup (past));
    }

  return finish (db, stmt, rc, error);
}

static void
free_nominal (gpointer data)
{
  CoachNominal *nominal = data;

  g_free (nominal->verb);
  g_free (nominal->slot);
  g_free (nominal);
}

/* First-person words of the languages the coach does not rewrite: "I" is
 * a fault of style in a bullet in any language. */
static gboolean
load_first_person (VitaeCoach  *self,
                   sqlite3     *db,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (db, "SELECT lang, word FROM coach_first_person", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (self->first_person,
                      g_strdup_printf ("%s:%s", (const char *) sqlite3_column_text (stmt, 0),
                                       (const char *) sqlite3_column_text (stmt, 1)));

  return finish (db, stmt, rc, error);
}

/* The verbs that fit an object, the nouns that name an action and the slots
 * that stand for vague nouns: what keeps a rewrite grammatical. */
static gboolean
load_grammar (VitaeCoach  *self,
              sqlite3     *db,
              GError     **error)
{
  static const char * const categories[COACH_N_OBJECTS] = {
    [COACH_OBJECT_PEOPLE] = "people",
    [COACH_OBJECT_TICKET] = "ticket",
    [COACH_OBJECT_ACTIVITY] = "activity",
    [COACH_OBJECT_OUTCOME] = "outcome",
    [COACH_OBJECT_DUTY] = "duty",
    [COACH_OBJECT_HELPED_PEOPLE] = "helped-people",
  };
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (db, "SELECT category, verb FROM coach_object_verbs ORDER BY category, rank", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *category = (const char *) sqlite3_column_text (stmt, 0);
      const char *verb = (const char *) sqlite3_column_text (stmt, 1);

      for (guint i = 0; i < COACH_N_OBJECTS; i++)
        if (g_str_equal (category, categories[i]))
          g_ptr_array_add (self->object_verbs[i], g_strdup (verb));
      add_lex (self, verb, LEX_STRONG_VERB);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  if (!prepare (db, "SELECT noun, verb, slot FROM coach_nominals", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CoachNominal *nominal = g_new0 (CoachNominal, 1);

      nominal->verb = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      nominal->slot = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_hash_table_replace (self->nominals, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), nominal);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  if (!prepare (db, "SELECT word, slot FROM coach_vague_slots", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (self->vague_slots,
                          g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                          g_strdup ((const char *) sqlite3_column_text (stmt, 1)));

  return finish (db, stmt, rc, error);
}

static CoachArea *
find_area (VitaeCoach *self,
           const char *id,
           guint      *index)
{
  for (guint i = 0; i < self->areas->len; i++)
    {
      CoachArea *area = g_ptr_array_index (self->areas, i);

      if (g_str_equal (area->id, id))
        {
          if (index != NULL)
            *index = i;
          return area;
        }
    }

  return NULL;
}

static gboolean
load_areas (VitaeCoach  *self,
            sqlite3     *db,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (db, "SELECT id FROM coach_areas ORDER BY rank", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && self->areas->len < COACH_MAX_AREAS)
    {
      CoachArea *area = g_new0 (CoachArea, 1);

      area->id = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      area->verbs = g_ptr_array_new_with_free_func (g_free);
      area->tool_verbs = g_ptr_array_new ();
      area->patterns = g_ptr_array_new_with_free_func (free_pattern);
      g_ptr_array_add (self->areas, area);
    }
  if (rc == SQLITE_ROW)
    rc = SQLITE_DONE;

  if (!finish (db, stmt, rc, error))
    return FALSE;

  self->general = find_area (self, "general", NULL);
  if (self->general == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no “general” coaching area"));
      return FALSE;
    }

  if (!prepare (db, "SELECT area, verb, takes_tool FROM coach_verbs ORDER BY area, rank", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CoachArea *area = find_area (self, (const char *) sqlite3_column_text (stmt, 0), NULL);
      char *verb = g_strdup ((const char *) sqlite3_column_text (stmt, 1));

      if (area == NULL)
        {
          g_free (verb);
          continue;
        }
      g_ptr_array_add (area->verbs, verb);
      if (sqlite3_column_int (stmt, 2))
        g_ptr_array_add (area->tool_verbs, verb);
      add_lex (self, verb, LEX_STRONG_VERB);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  if (!prepare (db,
                "SELECT id, area, context, technique, result FROM coach_patterns ORDER BY area, rank",
                &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CoachArea *area = find_area (self, (const char *) sqlite3_column_text (stmt, 1), NULL);
      CoachPattern *pattern;

      if (area == NULL)
        continue;
      pattern = g_new0 (CoachPattern, 1);
      pattern->id = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      pattern->context = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      pattern->technique = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      pattern->result = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (area->patterns, pattern);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  if (self->general->verbs->len == 0 || self->general->patterns->len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no verbs or patterns for the general coaching area"));
      return FALSE;
    }

  if (!prepare (db, "SELECT area, cue, weight FROM coach_area_cues", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *cue = (const char *) sqlite3_column_text (stmt, 1);
      CoachCue *entry;
      guint index;

      if (find_area (self, (const char *) sqlite3_column_text (stmt, 0), &index) == NULL)
        continue;

      entry = g_hash_table_lookup (self->cues, cue);
      if (entry == NULL)
        {
          entry = g_new0 (CoachCue, 1);
          g_hash_table_insert (self->cues, g_strdup (cue), entry);
        }
      entry->weight[index] = CLAMP (sqlite3_column_int (stmt, 2), 0, G_MAXUINT8);
    }

  return finish (db, stmt, rc, error);
}

/* The catalog's keywords and aliases (10-keywords.sql) name terms a rewrite
 * must never drop, even where they look like ordinary words. The coach's own
 * rules already keep every word that looks technical, so a catalog without
 * those tables is no error. Multi-word keywords need no entry: the coach
 * drops single words only. */
static void
load_keywords (VitaeCoach *self,
               sqlite3    *db)
{
  static const struct {
    const char *sql;
    guint       bits;
  } queries[] = {
    { "SELECT lower(name) FROM keywords WHERE instr(name, ' ') = 0", LEX_KEYWORD },
    { "SELECT lower(alias) FROM aliases WHERE instr(alias, ' ') = 0", LEX_KEYWORD },
    /* "security" is a common noun, "Kubernetes" a name. */
    { "SELECT name FROM keywords WHERE instr(name, ' ') = 0 AND name = lower(name)", LEX_COMMON_KEYWORD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, queries[i].sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *word = (const char *) sqlite3_column_text (stmt, 0);

          if (word != NULL)
            add_lex (self, word, queries[i].bits);
        }
      sqlite3_finalize (stmt);
    }
}

/* Object *******************************************************************/

static void
vitae_coach_finalize (GObject *object)
{
  VitaeCoach *self = (VitaeCoach *)object;

  g_clear_pointer (&self->lexicon, g_hash_table_unref);
  g_clear_pointer (&self->phrases, g_hash_table_unref);
  g_clear_pointer (&self->irregular, g_hash_table_unref);
  g_clear_pointer (&self->cues, g_hash_table_unref);
  g_clear_pointer (&self->nominals, g_hash_table_unref);
  g_clear_pointer (&self->vague_slots, g_hash_table_unref);
  g_clear_pointer (&self->verbs, g_hash_table_unref);
  g_clear_pointer (&self->verb_exc, g_hash_table_unref);
  g_clear_pointer (&self->verb_ed, g_hash_table_unref);
  g_clear_pointer (&self->nominal_verbs, g_hash_table_unref);
  g_clear_pointer (&self->adverbs, g_hash_table_unref);
  g_clear_pointer (&self->noun_first, g_hash_table_unref);
  g_clear_pointer (&self->word_lists, g_ptr_array_unref);
  for (guint i = 0; i < COACH_N_OBJECTS; i++)
    g_clear_pointer (&self->object_verbs[i], g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->old_cache, g_hash_table_unref);
  g_clear_pointer (&self->first_person, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->tokens, g_array_unref);
  if (self->lower != NULL)
    g_string_free (g_steal_pointer (&self->lower), TRUE);

  G_OBJECT_CLASS (vitae_coach_parent_class)->finalize (object);
}

static void
vitae_coach_class_init (VitaeCoachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_coach_finalize;
}

static GHashTable *
new_cache (void)
{
  /* The key is the result's own text. */
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                (GDestroyNotify) vitae_coach_result_unref);
}

static void
vitae_coach_init (VitaeCoach *self)
{
  self->lexicon = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->irregular = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->nominals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_nominal);
  self->vague_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->word_lists = g_ptr_array_new_with_free_func (g_free);
  self->verbs = g_hash_table_new (g_str_hash, g_str_equal);
  self->verb_exc = g_hash_table_new (g_str_hash, g_str_equal);
  self->verb_ed = g_hash_table_new (g_str_hash, g_str_equal);
  self->nominal_verbs = g_hash_table_new (g_str_hash, g_str_equal);
  self->adverbs = g_hash_table_new (g_str_hash, g_str_equal);
  self->noun_first = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < COACH_N_OBJECTS; i++)
    self->object_verbs[i] = g_ptr_array_new_with_free_func (g_free);
  self->areas = g_ptr_array_new_with_free_func (free_area);
  self->cache = new_cache ();
  self->old_cache = new_cache ();
  self->first_person = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CoachToken), 64);
  self->lower = g_string_sized_new (512);
}

guint
_vitae_coach_lookup_lex (VitaeCoach *self,
                         const char *word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->lexicon, word));
}

/* Public API ***************************************************************/

/**
 * vitae_coach_new:
 * @catalog: the catalog holding the coach's tables (30-coach.sql)
 * @error: a #GError
 *
 * Reads the coach's phrases, verbs and patterns from @catalog once, into
 * memory, so that analysing a bullet never queries SQLite.
 *
 * Returns: (transfer full) (nullable): a new coach
 */
VitaeCoach *
vitae_coach_new (VitaeCatalog  *catalog,
                 GError       **error)
{
  g_autoptr(VitaeCoach) self = NULL;
  sqlite3 *db;

  g_return_val_if_fail (VITAE_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (VITAE_TYPE_COACH, NULL);
  db = vitae_catalog_get_db (catalog);

  if (!_vitae_coach_load_words (self, db, error) ||
      !load_lexicon (self, db, error) ||
      !load_phrases (self, db, error) ||
      !load_irregular (self, db, error) ||
      !load_areas (self, db, error) ||
      !load_grammar (self, db, error) ||
      !load_first_person (self, db, error))
    return NULL;

  load_keywords (self, db);

  return g_steal_pointer (&self);
}

/**
 * vitae_coach_get_default:
 *
 * Returns: (transfer none): the coach of the shipped catalog
 */
VitaeCoach *
vitae_coach_get_default (void)
{
  static VitaeCoach *instance;

  if (g_once_init_enter (&instance))
    {
      g_autoptr(GError) error = NULL;
      VitaeCoach *coach = vitae_coach_new (vitae_catalog_get_default (), &error);

      /* The shipped catalog is part of the program: failing to read it is a bug. */
      if (coach == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&instance, coach);
    }

  return instance;
}

/**
 * vitae_coach_analyze_bullet:
 * @self: a #VitaeCoach
 * @text: the bullet's text, UTF-8
 *
 * Analyses one bullet on its own (so without repeated-verb, which needs its
 * neighbours) and suggests rewrites when it needs them. Results are cached
 * by text: analysing an unchanged bullet again costs one hash lookup. The
 * coach belongs to the thread that created it.
 *
 * Returns: (transfer full): the result
 */
VitaeCoachResult *
vitae_coach_analyze_bullet (VitaeCoach *self,
                            const char *text)
{
  VitaeCoachResult *result;

  g_return_val_if_fail (VITAE_IS_COACH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  if ((result = g_hash_table_lookup (self->cache, text)))
    return vitae_coach_result_ref (result);

  if ((result = g_hash_table_lookup (self->old_cache, text)))
    {
      /* Still in use: bring it into the current generation. */
      g_hash_table_steal (self->old_cache, text);
    }
  else
    result = _vitae_coach_analyze (self, text, COACH_ANALYZE_ISSUES);

  if (g_hash_table_size (self->cache) >= CACHE_GENERATION_SIZE)
    {
      g_hash_table_unref (self->old_cache);
      self->old_cache = g_steal_pointer (&self->cache);
      self->cache = new_cache ();
    }
  g_hash_table_insert (self->cache, result->text, result);

  return vitae_coach_result_ref (result);
}

static gboolean
is_opening_verb (const char *opening)
{
  return opening != NULL && g_unichar_isalpha (g_utf8_get_char (opening));
}

/* Flags each bullet (after the first) that opens with the same verb as an
 * earlier one of @results, replacing its cached result by a copy. */
static void
flag_repeated_verbs (GPtrArray *results)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < results->len; i++)
    {
      VitaeCoachResult *result = g_ptr_array_index (results, i);
      g_autofree char *verb = NULL;
      VitaeCoachResult *copy;
      gpointer first;

      if (!is_opening_verb (result->opening))
        continue;

      if (!g_hash_table_lookup_extended (seen, result->opening, NULL, &first))
        {
          g_hash_table_insert (seen, result->opening, GUINT_TO_POINTER (i));
          continue;
        }

      verb = g_utf8_substring (result->text, result->opening_start, result->opening_end);
      copy = _vitae_coach_result_copy (result);
      _vitae_coach_result_add (copy, VITAE_COACH_ISSUE_REPEATED_VERB,
                               copy->opening_start, copy->opening_end,
                               /* Translators: %u is the number of an earlier bullet, %s a verb */
                               g_strdup_printf (_("Bullet %u already opens with “%s”: vary the verb"),
                                                GPOINTER_TO_UINT (first) + 1, verb));
      g_array_sort (copy->issues, _vitae_coach_compare_issues);
      copy->score = _vitae_coach_score (copy);
      g_ptr_array_index (results, i) = copy;
      vitae_coach_result_unref (result);
    }
}

/**
 * vitae_coach_analyze_bullets:
 * @self: a #VitaeCoach
 * @texts: (array length=n_texts): the bullets of one entry, in order
 * @n_texts: the number of @texts, or -1 if @texts is %NULL-terminated
 *
 * Analyses bullets together: as vitae_coach_analyze_bullet() does each,
 * plus repeated-verb on the bullets whose opening verb an earlier one
 * already used.
 *
 * Returns: (transfer container) (element-type VitaeCoachResult): the results,
 *   in the order of @texts
 */
GPtrArray *
vitae_coach_analyze_bullets (VitaeCoach         *self,
                             const char * const *texts,
                             gssize              n_texts)
{
  GPtrArray *results;

  g_return_val_if_fail (VITAE_IS_COACH (self), NULL);
  g_return_val_if_fail (texts != NULL || n_texts == 0, NULL);

  if (n_texts < 0)
    n_texts = g_strv_length ((char **) texts);

  results = g_ptr_array_new_full (n_texts, (GDestroyNotify) vitae_coach_result_unref);
  for (gssize i = 0; i < n_texts; i++)
    g_ptr_array_add (results, vitae_coach_analyze_bullet (self, texts[i]));
  flag_repeated_verbs (results);

  return results;
}

/**
 * vitae_coach_analyze_entry:
 * @self: a #VitaeCoach
 * @entry: an entry of a resume
 *
 * Returns: (transfer container) (element-type VitaeCoachResult): the results
 *   of the entry's bullets, in order, with repeated verbs flagged
 */
GPtrArray *
vitae_coach_analyze_entry (VitaeCoach *self,
                           VitaeEntry *entry)
{
  guint n;
  g_autofree const char **texts = NULL;

  g_return_val_if_fail (VITAE_IS_COACH (self), NULL);
  g_return_val_if_fail (VITAE_IS_ENTRY (entry), NULL);

  n = vitae_entry_get_n_bullets (entry);
  texts = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    texts[i] = vitae_bullet_get_text (vitae_entry_get_bullet (entry, i));

  return vitae_coach_analyze_bullets (self, texts, n);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  guint cx = GPOINTER_TO_UINT (g_hash_table_lookup (counts, x));
  guint cy = GPOINTER_TO_UINT (g_hash_table_lookup (counts, y));

  if (cx != cy)
    return cx > cy ? -1 : 1;
  return strcmp (x, y);
}

/**
 * vitae_coach_analyze_document:
 * @self: a #VitaeCoach
 * @document: a resume
 *
 * Analyses every bullet of @document. Unchanged bullets come from the
 * cache, so calling this after each keystroke costs one bullet's analysis
 * plus a lookup per other bullet.
 *
 * Returns: (transfer full): the report
 */
VitaeCoachReport *
vitae_coach_analyze_document (VitaeCoach    *self,
                              VitaeDocument *document)
{
  g_autoptr(GHashTable) counts = NULL;
  VitaeCoachReport *report;
  guint64 total = 0;
  guint n_scored = 0;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (VITAE_IS_COACH (self), NULL);
  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  /* Bullets too short to tell their language follow the document's; a
   * rewrite asked for later (the window asks for the focused bullet's)
   * must follow it too, so the coach keeps it until another document's
   * analysis sets another. */
  vitae_coach_set_language (self, vitae_document_get_language (document));

  report = g_new0 (VitaeCoachReport, 1);
  g_ref_count_init (&report->ref_count);
  report->bullets = g_array_new (FALSE, FALSE, sizeof (VitaeCoachBulletReport));
  g_array_set_clear_func (report->bullets, clear_bullet_report);
  report->repeated_verbs = g_ptr_array_new_with_free_func (g_free);
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          g_autoptr(GPtrArray) results = vitae_coach_analyze_entry (self, vitae_section_get_entry (section, e));

          for (guint b = 0; b < results->len; b++)
            {
              VitaeCoachBulletReport bullet = {
                vitae_section_get_id (section), s, e, b,
                vitae_coach_result_ref (g_ptr_array_index (results, b)),
              };

              if (bullet.result->scored)
                {
                  total += bullet.result->score;
                  n_scored++;
                }
              report->n_issues += bullet.result->issues->len;
              if (is_opening_verb (bullet.result->opening))
                {
                  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, bullet.result->opening));

                  g_hash_table_replace (counts, g_strdup (bullet.result->opening), GUINT_TO_POINTER (count + 1));
                }
              g_array_append_val (report->bullets, bullet);
            }
        }
    }

  report->score = n_scored > 0 ? (guint) ((total + n_scored / 2) / n_scored) : 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > 1)
      g_ptr_array_add (report->repeated_verbs, g_strdup (key));
  g_ptr_array_sort_with_data (report->repeated_verbs, compare_counts, counts);
  g_ptr_array_add (report->repeated_verbs, NULL);

  return report;
}

/**
 * vitae_coach_clear_cache:
 * @self: a #VitaeCoach
 *
 * Forgets every cached result, so that the next analyses start afresh.
 */
void
vitae_coach_clear_cache (VitaeCoach *self)
{
  g_return_if_fail (VITAE_IS_COACH (self));

  g_hash_table_remove_all (self->cache);
  g_hash_table_remove_all (self->old_cache);
}

/**
 * vitae_coach_set_language:
 * @self: a #VitaeCoach
 * @language: (nullable): a BCP 47 tag, the document's language, or %NULL
 *
 * Sets the language a bullet is taken to be in when its own text does not
 * clearly say (a short bullet, a list of names). A bullet in another
 * language than English — by its text, or by @language when its text does
 * not say — is never rewritten with English words: it gets the checks that
 * hold in any language (length, figures, first person) and an issue of
 * kind %VITAE_COACH_ISSUE_LANGUAGE that says so.
 */
void
vitae_coach_set_language (VitaeCoach *self,
                          const char *language)
{
  g_return_if_fail (VITAE_IS_COACH (self));

  if (language != NULL && *language == '\0')
    language = NULL;
  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  /* a result depends on the language for the bullets that do not say */
  vitae_coach_clear_cache (self);
}

/**
 * vitae_coach_get_language:
 * @self: a #VitaeCoach
 *
 * Returns: (nullable): the language set by vitae_coach_set_language()
 */
const char *
vitae_coach_get_language (VitaeCoach *self)
{
  g_return_val_if_fail (VITAE_IS_COACH (self), NULL);

  return self->language;
}

/**
 * vitae_coach_get_cache_size:
 * @self: a #VitaeCoach
 *
 * Returns: the number of bullet texts whose results are cached
 */
guint
vitae_coach_get_cache_size (VitaeCoach *self)
{
  g_return_val_if_fail (VITAE_IS_COACH (self), 0);

  return g_hash_table_size (self->cache) + g_hash_table_size (self->old_cache);
}

/**
 * vitae_coach_is_strong_verb:
 * @self: a #VitaeCoach
 * @word: a verb, in any case
 * @area: (nullable): a skill area id, or %NULL for any area
 *
 * Returns: whether the catalog lists @word as a strong opening verb of @area
 */
gboolean
vitae_coach_is_strong_verb (VitaeCoach *self,
                            const char *word,
                            const char *area)
{
  g_autofree char *lower = NULL;
  CoachArea *found;

  g_return_val_if_fail (VITAE_IS_COACH (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  lower = g_utf8_strdown (word, -1);
  if (area == NULL)
    return (_vitae_coach_lookup_lex (self, lower) & LEX_STRONG_VERB) != 0;

  if ((found = find_area (self, area, NULL)) == NULL)
    return FALSE;

  for (guint i = 0; i < found->verbs->len; i++)
    if (g_str_equal (g_ptr_array_index (found->verbs, i), lower))
      return TRUE;

  return FALSE;
}
