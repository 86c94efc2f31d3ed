/* vitae-coach-language.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-coach-private.h"
#include "vitae-language.h"

/*
 * "Automatisierung der Release-Prozesse…": a bullet in a language the coach
 * does not rewrite is never given an English word. It gets the checks that
 * hold in any language (its length, its figures, first person where the
 * catalog knows the words) and an issue that says so.
 */


static gboolean
is_english (const char *language)
{
  return g_ascii_strncasecmp (language, "en", 2) == 0 &&
         (language[2] == '\0' || language[2] == '-' || language[2] == '_');
}

/* Whether token @i is a number that measures something in any language:
 * "30 %", "€40K", "20 Kunden", "20人"; not a year, a version or a name. */
static gboolean
is_neutral_figure (const CoachAnalysis *analysis,
                   guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const char *word = coach_token_lower (analysis, i);
  const char *end;
  gsize len;

  if (_vitae_coach_is_metric_at (analysis, i))
    return TRUE;
  if (!(token->flags & TOKEN_FIRST_DIGIT))
    return FALSE;

  len = strspn (word, "0123456789.,");
  end = word + len;
  if (memchr (word, '.', len) != NULL && strchr (end, '.') != NULL)
    return FALSE;
  if (*end == '\0' && _vitae_coach_is_year (word, len))
    return FALSE;
  /* "20人", "3件", "5万": a counter glued to the number */
  if (*end != '\0')
    return coach_is_cjk (g_utf8_get_char (end)) || *end == '+';

  /* "20 Kunden", "15 клиентов": a number before a word */
  return i + 1 < analysis->n_tokens && (analysis->tokens[i + 1].flags & TOKEN_ALPHA) &&
         !(analysis->tokens[i + 1].flags & TOKEN_DIGIT) &&
         !(i > 0 && _vitae_coach_is_name (&analysis->tokens[i - 1]));
}

/* The length in bytes of the first-person word of @language that token @i
 * is ("ich", "мы") or opens with ("j'ai", and in Chinese, Japanese and
 * Korean, which write no spaces, "私は…"), or 0. */
static gsize
foreign_first_person (const CoachAnalysis *analysis,
                      const char          *language,
                      guint                i)
{
  char key[64];
  const char *word = coach_token_lower (analysis, i);
  char primary[3] = { language[0], language[1], '\0' };
  const char *apostrophe = strpbrk (word, "'\xe2");

  /* a language the detector could not name: any the catalog knows */
  if (g_str_equal (language, "und"))
    {
      static const char * const languages[] = { "de", "fr", "es", "pt", "it", "nl", "ru" };

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          gsize length = foreign_first_person (analysis, languages[l], i);

          if (length > 0)
            return length;
        }
      return 0;
    }

  if (g_snprintf (key, sizeof key, "%s:%s", primary, word) < (int) sizeof key &&
      g_hash_table_contains (analysis->coach->first_person, key))
    return analysis->tokens[i].bend - analysis->tokens[i].bstart;

  /* "j'ai": the part before the apostrophe */
  if (apostrophe != NULL && apostrophe > word && (gsize) (apostrophe - word) < 16)
    {
      g_snprintf (key, sizeof key, "%s:%.*s", primary, (int) (apostrophe - word), word);
      if (g_hash_table_contains (analysis->coach->first_person, key))
        return apostrophe - word;
    }

  if (g_str_equal (primary, "ja") || g_str_equal (primary, "zh") || g_str_equal (primary, "ko"))
    {
      GHashTableIter iter;
      gpointer k;
      gsize best = 0;

      g_hash_table_iter_init (&iter, analysis->coach->first_person);
      while (g_hash_table_iter_next (&iter, &k, NULL))
        if (g_str_has_prefix (k, primary) && ((const char *) k)[2] == ':' &&
            g_str_has_prefix (analysis->text + analysis->tokens[i].bstart, (const char *) k + 3))
          best = MAX (best, strlen ((const char *) k + 3));
      return best;
    }

  return 0;
}

/* Short words of other languages that English does not have. */
static const char * const foreign_words[] = {
  "der", "das", "und", "mit", "für", "von", "ist", "ein", "eine", "einer", "dem", "des",
  "auf", "bei", "zur", "zum", "wurde", "le", "les", "du", "et", "pour", "avec", "une",
  "au", "aux", "sur", "dans", "par", "est", "los", "las", "y", "para", "del", "por",
  "una", "os", "com", "da", "dos", "das", "em", "um", "uma", "il", "gli", "della", "di",
  "het", "een", "van", "voor", "met", "ik", "w", "z", "na", "dla", "oraz", "ich", "wir",
  "habe", "hat", "haben", "nicht", "je", "nous", "yo", "eu", "nosotros", "wij",
};

static gpointer
build_foreign_words (gpointer data)
{
  GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint f = 0; f < G_N_ELEMENTS (foreign_words); f++)
    g_hash_table_add (words, (gpointer) foreign_words[f]);

  return words;
}

/* Whether the bullet may be in another language than English: it has a
 * letter outside ASCII or a short word of another language. A bullet with
 * neither is English, and the language detector is not asked. */
static gboolean
has_foreign_signal (const CoachAnalysis *analysis)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *words = g_once (&once, build_foreign_words, NULL);

  for (const char *p = analysis->text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80 && g_unichar_isalpha (g_utf8_get_char_validated (p, -1)))
      return TRUE;
  for (guint i = 0; i < analysis->n_tokens; i++)
    if (!(analysis->tokens[i].flags & (TOKEN_DIGIT | TOKEN_SLOT)) &&
        g_hash_table_contains (words, coach_token_lower (analysis, i)) &&
        /* "et al." cites in English */
        !(coach_token_is (analysis, i, "et") && coach_token_is (analysis, i + 1, "al")))
      return TRUE;

  return FALSE;
}

/* Whether a bullet whose language the detector could not tell (too short,
 * mostly names) still reads as English: most of its plain words are words
 * the English lexicon knows. "Ich habe die Datenbank migriert" does not. */
static gboolean
reads_as_english (const CoachAnalysis *analysis)
{
  guint known = 0, plain = 0, words = 0, other_script = 0;

  /* "Английский - Upper-Intermediate": a third of its words in another
   * script; "Optimized the 日本 search…" is English */
  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      const CoachToken *token = &analysis->tokens[i];

      if (!(token->flags & TOKEN_ALPHA) || (token->flags & (TOKEN_DIGIT | TOKEN_SLOT)))
        continue;
      words++;
      for (const char *p = analysis->text + token->bstart; p < analysis->text + token->bend; p = g_utf8_next_char (p))
        if (g_utf8_get_char (p) >= 0x370 && g_unichar_isalpha (g_utf8_get_char (p)))
          {
            other_script++;
            break;
          }
    }
  if (other_script * 3 >= words && other_script > 0)
    return FALSE;

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      const CoachToken *token = &analysis->tokens[i];
      const char *word = coach_token_lower (analysis, i);

      if (!(token->flags & TOKEN_ALPHA) ||
          (token->flags & (TOKEN_DIGIT | TOKEN_SLOT | TOKEN_ALL_UPPER | TOKEN_INNER_UPPER | TOKEN_INNER_PUNCT)) ||
          ((token->flags & TOKEN_FIRST_UPPER) && i > 0))
        continue;
      plain++;
      if (token->lex != 0 || (token->lemma != NULL && *token->lemma != '\0') ||
          _vitae_coach_nominal_verb (analysis->coach, word) != NULL ||
          _vitae_coach_is_adverb_word (analysis->coach, word) ||
          _vitae_coach_is_noun_first (analysis->coach, word))
        known++;
    }

  return plain < 3 || known * 2 >= plain;
}

/* A bullet in a language the coach does not rewrite gets only the checks
 * that hold in any language — its length, its figures, first person where
 * the catalog knows the words — and an issue that says so. It is scored on
 * those alone: 25 for what the coach cannot judge (the verb and the
 * detail), 35 for a figure, 15 for its length, less 5 for first person. */
void
_vitae_coach_analyze_other (CoachAnalysis    *analysis,
                            VitaeCoachResult *result,
                            const char       *language,
                            guint             n_chars)
{
  const VitaeLanguageInfo *info = vitae_language_lookup (language);
  guint n_words = 0;
  gint score = 25;

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      const CoachToken *token = &analysis->tokens[i];
      guint n_cjk = 0;
      gsize length;

      for (const char *p = analysis->text + token->bstart; p < analysis->text + token->bend; p = g_utf8_next_char (p))
        if (coach_is_cjk (g_utf8_get_char (p)))
          n_cjk++;
      /* a word of Chinese or Japanese is about two characters */
      n_words += n_cjk > 0 ? MAX (1, (n_cjk + 1) / 2) : 1;

      if (token->flags & TOKEN_SLOT)
        {
          if (token->flags & TOKEN_SLOT_FIGURE)
            analysis->has_metric = TRUE;
          continue;
        }
      if (!analysis->has_metric && is_neutral_figure (analysis, i))
        analysis->has_metric = TRUE;
      if (!analysis->first_person && (length = foreign_first_person (analysis, language, i)) > 0)
        {
          analysis->first_person = TRUE;
          if (!analysis->quiet)
            {
              g_autofree char *word = g_strndup (analysis->text + token->bstart, length);

              _vitae_coach_result_add (result, VITAE_COACH_ISSUE_FIRST_PERSON, token->cstart,
                                       token->cstart + g_utf8_strlen (word, -1),
                                       /* Translators: %s is a pronoun such as “I” or “We” */
                                       g_strdup_printf (_("Leave out “%s”: a resume speaks for you without pronouns"),
                                                        word));
            }
        }
    }
  analysis->n_words = n_words;

  if (!analysis->quiet)
    {
      char *message;

      /* French is coached in a resume whose language is French
       * (vitae-coach-fr.c); a French bullet here is in another's. */
      if (g_str_has_prefix (language, "fr"))
        message = g_strdup (_("The coach rewrites French bullets when the resume’s language is French "
                              "(Basics): here it checks the length, the figures and the first person"));
      else if (info != NULL)
        /* Translators: %s is the name of a language in itself, such as “Deutsch” */
        message = g_strdup_printf (_("The coach rewrites bullets in English and French: in %s it "
                                     "checks the length, the figures and the first person"),
                                   info->endonym);
      else
        message = g_strdup (_("The coach rewrites bullets in English and French: in this language "
                              "it checks the length, the figures and the first person"));
      _vitae_coach_result_add (result, VITAE_COACH_ISSUE_LANGUAGE, 0, n_chars, message);
      _vitae_coach_check_shape (result, analysis->has_metric, n_words, 0, n_chars);
    }

  if (analysis->has_metric)
    score += 35;
  score += _vitae_coach_length_points (n_words);
  if (analysis->first_person)
    score -= 5;

  g_array_sort (result->issues, _vitae_coach_compare_issues);
  result->base_score = CLAMP (score, 0, 100);
  result->score = result->base_score;
  result->scored = n_words >= 3;
  result->area = analysis->coach->general->id;
  /* nothing to rewrite: the suggestions are known */
  result->suggested = TRUE;
}

/* The language of the bullet when it is not English, else NULL: the
 * bullet's own text when it clearly says, else the document's language.
 * The detector is asked only where another language than English may be: a
 * document in another language, a letter outside ASCII, a short word of
 * another language. */
const char *
_vitae_coach_other_language (const CoachAnalysis *analysis)
{
  VitaeCoach *self = analysis->coach;
  const char *language = NULL;

  if ((self->language != NULL && !is_english (self->language)) || has_foreign_signal (analysis))
    {
      const char *detected = vitae_language_detect (analysis->text);

      language = detected != NULL ? detected : self->language;
      /* a language the detector cannot name: checked as one we do not
       * rewrite ("und", undetermined) */
      if (language == NULL && !reads_as_english (analysis))
        language = "und";
      if (language != NULL && is_english (language))
        language = NULL;
    }

  return language;
}
