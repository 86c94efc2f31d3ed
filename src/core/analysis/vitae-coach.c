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
#include "vitae-coach-fr.h"
#include "vitae-coach-load.h"
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
G_DEFINE_BOXED_TYPE (VitaeCoachReport, vitae_coach_report, vitae_coach_report_ref, vitae_coach_report_unref)

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
  self->nominals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _vitae_coach_free_nominal);
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
  self->areas = g_ptr_array_new_with_free_func (_vitae_coach_free_area);
  self->cache = new_cache ();
  self->old_cache = new_cache ();
  self->first_person = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CoachToken), 64);
  self->lower = g_string_sized_new (512);
}

/* The coach's French (vitae-coach-fr.c), kept beside the English tables. */
static GQuark
fr_quark (void)
{
  return g_quark_from_static_string ("vitae-coach-fr");
}

VitaeCoachResult *
_vitae_coach_analyze_text (VitaeCoach       *self,
                           const char       *text,
                           CoachAnalyzeMode  mode)
{
  CoachFr *fr = g_object_get_qdata (G_OBJECT (self), fr_quark ());

  if (fr != NULL && _vitae_coach_fr_applies (fr, self->language, text))
    return _vitae_coach_fr_analyze (self, fr, text, mode);

  return _vitae_coach_analyze (self, text, mode);
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
  g_autoptr(GError) fr_error = NULL;
  CoachFr *fr;
  sqlite3 *db;

  g_return_val_if_fail (VITAE_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (VITAE_TYPE_COACH, NULL);
  db = vitae_catalog_get_db (catalog);

  if (!_vitae_coach_load_catalog (self, db, error))
    return NULL;

  fr = _vitae_coach_fr_load (db, &fr_error);
  if (fr_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&fr_error));
      return NULL;
    }
  if (fr != NULL)
    g_object_set_qdata_full (G_OBJECT (self), fr_quark (), fr, _vitae_coach_fr_free);

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
    result = _vitae_coach_analyze_text (self, text, COACH_ANALYZE_ISSUES);

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

  if ((found = _vitae_coach_find_area (self, area, NULL)) == NULL)
    return FALSE;

  for (guint i = 0; i < found->verbs->len; i++)
    if (g_str_equal (g_ptr_array_index (found->verbs, i), lower))
      return TRUE;

  return FALSE;
}
