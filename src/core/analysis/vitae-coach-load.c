/* vitae-coach-load.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-catalog.h"
#include "vitae-coach-load.h"
#include "vitae-coach-private.h"
#include "vitae-error.h"
#include "vitae-sql.h"

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

void
_vitae_coach_free_area (gpointer data)
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

/**
 * _vitae_coach_finish_sql:
 * @q: a #VitaeSql the coach read its tables with
 * @french: whether they are the French tables (31-coach-fr.sql) rather
 *   than the English ones (30-coach.sql)
 * @error: a #GError
 *
 * Finishes @q and reports its first failure, with SQLite's message, as
 * tables of the coach that cannot be read.
 *
 * Returns: %TRUE if every step of @q succeeded
 */
gboolean
_vitae_coach_finish_sql (VitaeSql  *q,
                         gboolean   french,
                         GError   **error)
{
  g_autoptr(GError) failure = NULL;

  if (vitae_sql_finish (q, &failure) == SQLITE_OK)
    return TRUE;

  if (french)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 /* Translators: %s is SQLite's message */
                 _("The coach's French tables in the keyword catalog (31-coach-fr.sql) cannot be read: %s"),
                 failure->message);
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 /* Translators: %s is SQLite's message */
                 _("The coach's tables in the keyword catalog (30-coach.sql) cannot be read: %s"),
                 failure->message);

  return FALSE;
}

/**
 * _vitae_coach_has_table:
 * @db: the catalog's connection
 * @name: a table's name
 *
 * Whether the catalog has the table @name: a user's own, older catalog may
 * lack the ones added since. A schema that cannot be read is reported as a
 * warning, and reads as no table.
 */
gboolean
_vitae_coach_has_table (sqlite3    *db,
                        const char *name)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  gboolean found = FALSE;

  vitae_sql_prepare (&q, db, "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1");
  vitae_sql_bind_text (&q, 1, name);
  found = vitae_sql_step (&q);

  return vitae_sql_finish (&q, NULL) == SQLITE_OK && found;
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
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT list, word FROM coach_lexicon");

  while (vitae_sql_step (&q))
    {
      const char *list = (const char *) sqlite3_column_text (q.stmt, 0);
      const char *word = (const char *) sqlite3_column_text (q.stmt, 1);

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        if (g_str_equal (list, lists[i].list))
          add_lex (self, word, lists[i].bit);
    }

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

static gboolean
load_phrases (VitaeCoach  *self,
              sqlite3     *db,
              GError     **error)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  GHashTableIter iter;
  gpointer value;

  vitae_sql_prepare (&q, db, "SELECT kind, phrase, scope FROM coach_phrases");

  while (vitae_sql_step (&q))
    {
      const char *kind = (const char *) sqlite3_column_text (q.stmt, 0);
      const char *text = (const char *) sqlite3_column_text (q.stmt, 1);
      CoachPhrase *phrase = g_new0 (CoachPhrase, 1);
      const char *scope = (const char *) sqlite3_column_text (q.stmt, 2);
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

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

static gboolean
load_irregular (VitaeCoach  *self,
                sqlite3     *db,
                GError     **error)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT form, past FROM coach_irregular");

  while (vitae_sql_step (&q))
    {
      const char *past = (const char *) sqlite3_column_text (q.stmt, 1);

      /* "Ran", "Wrote": an irregular past opening a bullet is its verb. */
      add_lex (self, past, LEX_PAST);
      g_hash_table_insert (self->irregular,
                           g_strdup ((const char *) sqlite3_column_text (q.stmt, 0)),
                           g_strdup (past));
    }

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

void
_vitae_coach_free_nominal (gpointer data)
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
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT lang, word FROM coach_first_person");

  while (vitae_sql_step (&q))
    g_hash_table_add (self->first_person,
                      g_strdup_printf ("%s:%s", (const char *) sqlite3_column_text (q.stmt, 0),
                                       (const char *) sqlite3_column_text (q.stmt, 1)));

  return _vitae_coach_finish_sql (&q, FALSE, error);
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
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT category, verb FROM coach_object_verbs ORDER BY category, rank");
  while (vitae_sql_step (&q))
    {
      const char *category = (const char *) sqlite3_column_text (q.stmt, 0);
      const char *verb = (const char *) sqlite3_column_text (q.stmt, 1);

      for (guint i = 0; i < COACH_N_OBJECTS; i++)
        if (g_str_equal (category, categories[i]))
          g_ptr_array_add (self->object_verbs[i], g_strdup (verb));
      add_lex (self, verb, LEX_STRONG_VERB);
    }
  if (!_vitae_coach_finish_sql (&q, FALSE, error))
    return FALSE;

  vitae_sql_prepare (&q, db, "SELECT noun, verb, slot FROM coach_nominals");
  while (vitae_sql_step (&q))
    {
      CoachNominal *nominal = g_new0 (CoachNominal, 1);

      nominal->verb = g_strdup ((const char *) sqlite3_column_text (q.stmt, 1));
      nominal->slot = g_strdup ((const char *) sqlite3_column_text (q.stmt, 2));
      g_hash_table_replace (self->nominals, g_strdup ((const char *) sqlite3_column_text (q.stmt, 0)), nominal);
    }
  if (!_vitae_coach_finish_sql (&q, FALSE, error))
    return FALSE;

  vitae_sql_prepare (&q, db, "SELECT word, slot FROM coach_vague_slots");
  while (vitae_sql_step (&q))
    g_hash_table_replace (self->vague_slots,
                          g_strdup ((const char *) sqlite3_column_text (q.stmt, 0)),
                          g_strdup ((const char *) sqlite3_column_text (q.stmt, 1)));

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

CoachArea *
_vitae_coach_find_area (VitaeCoach *self,
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
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT id FROM coach_areas ORDER BY rank");

  while (self->areas->len < COACH_MAX_AREAS && vitae_sql_step (&q))
    {
      CoachArea *area = g_new0 (CoachArea, 1);

      area->id = g_intern_string ((const char *) sqlite3_column_text (q.stmt, 0));
      area->verbs = g_ptr_array_new_with_free_func (g_free);
      area->tool_verbs = g_ptr_array_new ();
      area->patterns = g_ptr_array_new_with_free_func (free_pattern);
      g_ptr_array_add (self->areas, area);
    }
  if (!_vitae_coach_finish_sql (&q, FALSE, error))
    return FALSE;

  self->general = _vitae_coach_find_area (self, "general", NULL);
  if (self->general == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no “general” coaching area"));
      return FALSE;
    }

  vitae_sql_prepare (&q, db, "SELECT area, verb, takes_tool FROM coach_verbs ORDER BY area, rank");
  while (vitae_sql_step (&q))
    {
      CoachArea *area = _vitae_coach_find_area (self, (const char *) sqlite3_column_text (q.stmt, 0), NULL);
      char *verb = g_strdup ((const char *) sqlite3_column_text (q.stmt, 1));

      if (area == NULL)
        {
          g_free (verb);
          continue;
        }
      g_ptr_array_add (area->verbs, verb);
      if (sqlite3_column_int (q.stmt, 2))
        g_ptr_array_add (area->tool_verbs, verb);
      add_lex (self, verb, LEX_STRONG_VERB);
    }
  if (!_vitae_coach_finish_sql (&q, FALSE, error))
    return FALSE;

  vitae_sql_prepare (&q, db,
                     "SELECT id, area, context, technique, result FROM coach_patterns ORDER BY area, rank");
  while (vitae_sql_step (&q))
    {
      CoachArea *area = _vitae_coach_find_area (self, (const char *) sqlite3_column_text (q.stmt, 1), NULL);
      CoachPattern *pattern;

      if (area == NULL)
        continue;
      pattern = g_new0 (CoachPattern, 1);
      pattern->id = g_intern_string ((const char *) sqlite3_column_text (q.stmt, 0));
      pattern->context = g_strdup ((const char *) sqlite3_column_text (q.stmt, 2));
      pattern->technique = g_strdup ((const char *) sqlite3_column_text (q.stmt, 3));
      pattern->result = g_strdup ((const char *) sqlite3_column_text (q.stmt, 4));
      g_ptr_array_add (area->patterns, pattern);
    }
  if (!_vitae_coach_finish_sql (&q, FALSE, error))
    return FALSE;

  if (self->general->verbs->len == 0 || self->general->patterns->len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no verbs or patterns for the general coaching area"));
      return FALSE;
    }

  vitae_sql_prepare (&q, db, "SELECT area, cue, weight FROM coach_area_cues");
  while (vitae_sql_step (&q))
    {
      const char *cue = (const char *) sqlite3_column_text (q.stmt, 1);
      CoachCue *entry;
      guint index;

      if (_vitae_coach_find_area (self, (const char *) sqlite3_column_text (q.stmt, 0), &index) == NULL)
        continue;

      entry = g_hash_table_lookup (self->cues, cue);
      if (entry == NULL)
        {
          entry = g_new0 (CoachCue, 1);
          g_hash_table_insert (self->cues, g_strdup (cue), entry);
        }
      entry->weight[index] = CLAMP (sqlite3_column_int (q.stmt, 2), 0, G_MAXUINT8);
    }

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

/* The catalog's keywords and aliases (10-keywords.sql) name terms a rewrite
 * must never drop, even where they look like ordinary words. The coach's own
 * rules already keep every word that looks technical, so a catalog without
 * those tables is no error, and a read of them that fails is a warning that
 * names the query. Multi-word keywords need no entry: the coach drops single
 * words only. */
static void
load_keywords (VitaeCoach *self,
               sqlite3    *db)
{
  static const struct {
    const char *table;
    const char *sql;
    guint       bits;
  } queries[] = {
    { "keywords", "SELECT lower(name) FROM keywords WHERE instr(name, ' ') = 0", LEX_KEYWORD },
    { "aliases", "SELECT lower(alias) FROM aliases WHERE instr(alias, ' ') = 0", LEX_KEYWORD },
    /* "security" is a common noun, "Kubernetes" a name. */
    { "keywords", "SELECT name FROM keywords WHERE instr(name, ' ') = 0 AND name = lower(name)",
      LEX_COMMON_KEYWORD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_auto(VitaeSql) q = VITAE_SQL_INIT;

      if (!_vitae_coach_has_table (db, queries[i].table))
        continue;
      vitae_sql_prepare (&q, db, queries[i].sql);
      while (vitae_sql_step (&q))
        {
          const char *word = (const char *) sqlite3_column_text (q.stmt, 0);

          if (word != NULL)
            add_lex (self, word, queries[i].bits);
        }
      vitae_sql_finish (&q, NULL);
    }
}

/* Reads every table of the coach from @db into @self. */
gboolean
_vitae_coach_load_catalog (VitaeCoach  *self,
                           sqlite3     *db,
                           GError     **error)
{
  if (!_vitae_coach_load_words (self, db, error) ||
      !load_lexicon (self, db, error) ||
      !load_phrases (self, db, error) ||
      !load_irregular (self, db, error) ||
      !load_areas (self, db, error) ||
      !load_grammar (self, db, error) ||
      !load_first_person (self, db, error))
    return FALSE;

  load_keywords (self, db);

  return TRUE;
}
