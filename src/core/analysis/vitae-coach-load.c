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

/* Adds one row of a coach's table to @self. */
typedef void (*CoachRowFunc) (VitaeCoach   *self,
                              sqlite3_stmt *row);

/* Reads every row of @sql into @self with @add_row. */
static gboolean
load_rows (VitaeCoach    *self,
           sqlite3       *db,
           const char    *sql,
           CoachRowFunc   add_row,
           GError       **error)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, sql);
  while (vitae_sql_step (&q))
    add_row (self, q.stmt);

  return _vitae_coach_finish_sql (&q, FALSE, error);
}

static inline const char *
column (sqlite3_stmt *row,
        int           i)
{
  return (const char *) sqlite3_column_text (row, i);
}

static void
add_lexicon_row (VitaeCoach   *self,
                 sqlite3_stmt *row)
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

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_str_equal (column (row, 0), lists[i].list))
      add_lex (self, column (row, 1), lists[i].bit);
}

static void
add_phrase_row (VitaeCoach   *self,
                sqlite3_stmt *row)
{
  const char *kind = column (row, 0);
  const char *text = column (row, 1);
  CoachPhrase *phrase = g_new0 (CoachPhrase, 1);
  const char *scope = column (row, 2);
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

/* The phrases under each first word, longest first. */
static void
sort_phrases (VitaeCoach *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->phrases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_phrases);
}

static void
add_irregular_row (VitaeCoach   *self,
                   sqlite3_stmt *row)
{
  const char *past = column (row, 1);

  /* "Ran", "Wrote": an irregular past opening a bullet is its verb. */
  add_lex (self, past, LEX_PAST);
  g_hash_table_insert (self->irregular, g_strdup (column (row, 0)), g_strdup (past));
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
static void
add_first_person_row (VitaeCoach   *self,
                      sqlite3_stmt *row)
{
  g_hash_table_add (self->first_person, g_strdup_printf ("%s:%s", column (row, 0), column (row, 1)));
}

/* The verbs that fit an object, the nouns that name an action and the slots
 * that stand for vague nouns: what keeps a rewrite grammatical. */
static void
add_object_verb_row (VitaeCoach   *self,
                     sqlite3_stmt *row)
{
  static const char * const categories[COACH_N_OBJECTS] = {
    [COACH_OBJECT_PEOPLE] = "people",
    [COACH_OBJECT_TICKET] = "ticket",
    [COACH_OBJECT_ACTIVITY] = "activity",
    [COACH_OBJECT_OUTCOME] = "outcome",
    [COACH_OBJECT_DUTY] = "duty",
    [COACH_OBJECT_HELPED_PEOPLE] = "helped-people",
  };
  const char *verb = column (row, 1);

  for (guint i = 0; i < COACH_N_OBJECTS; i++)
    if (g_str_equal (column (row, 0), categories[i]))
      g_ptr_array_add (self->object_verbs[i], g_strdup (verb));
  add_lex (self, verb, LEX_STRONG_VERB);
}

static void
add_nominal_row (VitaeCoach   *self,
                 sqlite3_stmt *row)
{
  CoachNominal *nominal = g_new0 (CoachNominal, 1);

  nominal->verb = g_strdup (column (row, 1));
  nominal->slot = g_strdup (column (row, 2));
  g_hash_table_replace (self->nominals, g_strdup (column (row, 0)), nominal);
}

static void
add_vague_slot_row (VitaeCoach   *self,
                    sqlite3_stmt *row)
{
  g_hash_table_replace (self->vague_slots, g_strdup (column (row, 0)), g_strdup (column (row, 1)));
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

/* The coaching areas, in their order; the catalog's first COACH_MAX_AREAS. */
static void
add_area_row (VitaeCoach   *self,
              sqlite3_stmt *row)
{
  CoachArea *area;

  if (self->areas->len >= COACH_MAX_AREAS)
    return;
  area = g_new0 (CoachArea, 1);
  area->id = g_intern_string (column (row, 0));
  area->verbs = g_ptr_array_new_with_free_func (g_free);
  area->tool_verbs = g_ptr_array_new ();
  area->patterns = g_ptr_array_new_with_free_func (free_pattern);
  g_ptr_array_add (self->areas, area);
}

static void
add_area_verb_row (VitaeCoach   *self,
                   sqlite3_stmt *row)
{
  CoachArea *area = _vitae_coach_find_area (self, column (row, 0), NULL);
  char *verb;

  if (area == NULL)
    return;
  verb = g_strdup (column (row, 1));
  g_ptr_array_add (area->verbs, verb);
  if (sqlite3_column_int (row, 2))
    g_ptr_array_add (area->tool_verbs, verb);
  add_lex (self, verb, LEX_STRONG_VERB);
}

static void
add_pattern_row (VitaeCoach   *self,
                 sqlite3_stmt *row)
{
  CoachArea *area = _vitae_coach_find_area (self, column (row, 1), NULL);
  CoachPattern *pattern;

  if (area == NULL)
    return;
  pattern = g_new0 (CoachPattern, 1);
  pattern->id = g_intern_string (column (row, 0));
  pattern->context = g_strdup (column (row, 2));
  pattern->technique = g_strdup (column (row, 3));
  pattern->result = g_strdup (column (row, 4));
  g_ptr_array_add (area->patterns, pattern);
}

static void
add_cue_row (VitaeCoach   *self,
             sqlite3_stmt *row)
{
  const char *cue = column (row, 1);
  CoachCue *entry;
  guint index;

  if (_vitae_coach_find_area (self, column (row, 0), &index) == NULL)
    return;

  entry = g_hash_table_lookup (self->cues, cue);
  if (entry == NULL)
    {
      entry = g_new0 (CoachCue, 1);
      g_hash_table_insert (self->cues, g_strdup (cue), entry);
    }
  entry->weight[index] = CLAMP (sqlite3_column_int (row, 2), 0, G_MAXUINT8);
}

static gboolean
load_areas (VitaeCoach  *self,
            sqlite3     *db,
            GError     **error)
{
  if (!load_rows (self, db, "SELECT id FROM coach_areas ORDER BY rank", add_area_row, error))
    return FALSE;

  self->general = _vitae_coach_find_area (self, "general", NULL);
  if (self->general == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no “general” coaching area"));
      return FALSE;
    }

  if (!load_rows (self, db, "SELECT area, verb, takes_tool FROM coach_verbs ORDER BY area, rank",
                  add_area_verb_row, error) ||
      !load_rows (self, db, "SELECT id, area, context, technique, result FROM coach_patterns ORDER BY area, rank",
                  add_pattern_row, error))
    return FALSE;

  if (self->general->verbs->len == 0 || self->general->patterns->len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("The keyword catalog (30-coach.sql) has no verbs or patterns for the general coaching area"));
      return FALSE;
    }

  return load_rows (self, db, "SELECT area, cue, weight FROM coach_area_cues", add_cue_row, error);
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
      !load_rows (self, db, "SELECT list, word FROM coach_lexicon", add_lexicon_row, error) ||
      !load_rows (self, db, "SELECT kind, phrase, scope FROM coach_phrases", add_phrase_row, error))
    return FALSE;
  sort_phrases (self);

  if (!load_rows (self, db, "SELECT form, past FROM coach_irregular", add_irregular_row, error) ||
      !load_areas (self, db, error) ||
      !load_rows (self, db, "SELECT category, verb FROM coach_object_verbs ORDER BY category, rank",
                  add_object_verb_row, error) ||
      !load_rows (self, db, "SELECT noun, verb, slot FROM coach_nominals", add_nominal_row, error) ||
      !load_rows (self, db, "SELECT word, slot FROM coach_vague_slots", add_vague_slot_row, error) ||
      !load_rows (self, db, "SELECT lang, word FROM coach_first_person", add_first_person_row, error))
    return FALSE;

  load_keywords (self, db);

  return TRUE;
}
