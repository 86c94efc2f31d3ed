/* vitae-coach-fr.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-coach-fr.h"
#include "vitae-coach-load.h"
#include "vitae-error.h"
#include "vitae-language.h"
#include "vitae-sql.h"

/*
 * The coach in French. A bullet of a document whose language is French, in
 * French itself, gets the checks the English coach makes — a weak opening,
 * a figure, vague words, filler, pronouns, length — with the phrases and
 * word lists of 31-coach-fr.sql, and rewrites that keep the person's words
 * and add French [slots] for what only they know. French resumes open a
 * bullet with a noun naming the action ("Mise en place d'…") or a past
 * participle ("Développé…"): both are strong.
 */

struct _CoachFr
{
  GPtrArray  *phrases;  /* FrPhrase *, owned */
  GHashTable *first;    /* first word → GPtrArray of FrPhrase, longest first */
  GHashTable *words;    /* word → FrWordList bits */
  GHashTable *slots;    /* name → slot */
};

/* Loading ******************************************************************/

static void
free_phrase (gpointer data)
{
  FrPhrase *phrase = data;

  g_strfreev (phrase->words);
  g_free (phrase);
}

void
_vitae_coach_fr_free (gpointer data)
{
  CoachFr *fr = data;

  if (fr == NULL)
    return;
  g_hash_table_unref (fr->first);
  g_hash_table_unref (fr->words);
  g_hash_table_unref (fr->slots);
  g_ptr_array_unref (fr->phrases);
  g_free (fr);
}

static int
compare_length (gconstpointer a,
                gconstpointer b)
{
  const FrPhrase *x = *(const FrPhrase * const *) a;
  const FrPhrase *y = *(const FrPhrase * const *) b;

  return (int) y->n_words - (int) x->n_words;
}

/* "responsable de l'" → "responsable", "de", "l'": the words as the
 * tokenizer cuts them, an elided article keeping its apostrophe. */
static char **
split_phrase (const char *phrase)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char *p = phrase;

  while (*p != '\0')
    {
      const char *start;

      while (*p == ' ')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ' && *p != '\'')
        p++;
      if (*p == '\'')
        p++;
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

static void
add_phrase (CoachFr      *fr,
            FrPhraseKind  kind,
            const char   *text,
            CoachScope    scope,
            FrForm        form,
            const char   *class)
{
  FrPhrase *phrase = g_new0 (FrPhrase, 1);
  GPtrArray *list;

  phrase->kind = kind;
  phrase->scope = scope;
  phrase->form = form;
  phrase->class = class != NULL ? g_intern_string (class) : NULL;
  phrase->words = split_phrase (text);
  phrase->n_words = g_strv_length (phrase->words);
  if (phrase->n_words == 0)
    {
      free_phrase (phrase);
      return;
    }
  g_ptr_array_add (fr->phrases, phrase);

  list = g_hash_table_lookup (fr->first, phrase->words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (fr->first, g_strdup (phrase->words[0]), list);
    }
  g_ptr_array_add (list, phrase);
  g_ptr_array_sort (list, compare_length);
}

static CoachScope
scope_from_id (const char *id)
{
  if (g_strcmp0 (id, "shared") == 0)
    return SCOPE_SHARED;
  if (g_strcmp0 (id, "duty") == 0)
    return SCOPE_DUTY;
  if (g_strcmp0 (id, "tool") == 0)
    return SCOPE_TOOL;
  if (g_strcmp0 (id, "skill") == 0)
    return SCOPE_SKILL;
  return SCOPE_NONE;
}

static void
add_row (CoachFr    *fr,
         guint       table,
         const char *a,
         const char *b,
         const char *c)
{
  if (table == 0)
    add_phrase (fr, g_str_equal (a, "weak-verb") ? FR_PHRASE_WEAK :
                    g_str_equal (a, "vague") ? FR_PHRASE_VAGUE : FR_PHRASE_FILLER,
                b, scope_from_id (c), FR_FORM_NOUN, NULL);
  else if (table == 1)
    add_phrase (fr, FR_PHRASE_OPENER, a, SCOPE_NONE,
                g_str_equal (b, "participle") ? FR_FORM_PARTICIPLE :
                g_str_equal (b, "infinitive") ? FR_FORM_INFINITIVE : FR_FORM_NOUN, c);
  else if (table == 2)
    {
      guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (fr->words, b));

      bits |= g_str_equal (a, "first-person") ? FR_WORD_FIRST_PERSON :
              g_str_equal (a, "auxiliary") ? FR_WORD_AUXILIARY :
              g_str_equal (a, "number") ? FR_WORD_NUMBER : FR_WORD_UNIT;
      g_hash_table_replace (fr->words, g_strdup (b), GUINT_TO_POINTER (bits));
    }
  else
    g_hash_table_replace (fr->slots, g_strdup (a), g_strdup (b));
}

/*
 * Reads the French tables of @db. A catalog without them (a user's own,
 * older one) is no error: the coach then coaches English only, and %NULL
 * comes back with @error unset.
 */
CoachFr *
_vitae_coach_fr_load (sqlite3  *db,
                      GError  **error)
{
  static const char * const queries[] = {
    "SELECT kind, phrase, scope FROM coach_fr_phrases",
    "SELECT phrase, form, class FROM coach_fr_openers",
    "SELECT list, word, NULL FROM coach_fr_words",
    "SELECT name, slot, NULL FROM coach_fr_slots",
  };
  CoachFr *fr;

  if (!_vitae_coach_has_table (db, "coach_fr_phrases"))
    return NULL;

  fr = g_new0 (CoachFr, 1);
  fr->phrases = g_ptr_array_new_with_free_func (free_phrase);
  fr->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  fr->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fr->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint table = 0; table < G_N_ELEMENTS (queries); table++)
    {
      g_auto(VitaeSql) q = VITAE_SQL_INIT;

      vitae_sql_prepare (&q, db, queries[table]);
      while (vitae_sql_step (&q))
        {
          const char *a = (const char *) sqlite3_column_text (q.stmt, 0);
          const char *b = (const char *) sqlite3_column_text (q.stmt, 1);

          if (a != NULL && b != NULL)
            add_row (fr, table, a, b, (const char *) sqlite3_column_text (q.stmt, 2));
        }
      if (!_vitae_coach_finish_sql (&q, TRUE, error))
        {
          _vitae_coach_fr_free (fr);
          return NULL;
        }
    }

  return fr;
}

const char *
_vitae_coach_fr_slot (CoachFr    *fr,
                      const char *name)
{
  return g_hash_table_lookup (fr->slots, name);
}

/* The FrWordList bits of token @i's word. */
guint
_vitae_coach_fr_token_bits (const FrAnalysis *analysis,
                            guint             i)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (analysis->fr->words, fr_token_lower (analysis, i)));
}

/* Analysis *****************************************************************/

/* Starts the analysis of @text: its words, cut as the tables read them. */
void
_vitae_coach_fr_analysis_init (FrAnalysis *analysis,
                               VitaeCoach *coach,
                               CoachFr    *fr,
                               const char *text)
{
  *analysis = (FrAnalysis) { 0 };
  analysis->coach = coach;
  analysis->fr = fr;
  analysis->text = text;
  analysis->tokens = g_array_new (FALSE, FALSE, sizeof (FrToken));
  analysis->lower = g_string_new (NULL);
  _vitae_coach_fr_tokenize (analysis);
}

void
_vitae_coach_fr_analysis_clear (FrAnalysis *analysis)
{
  g_clear_pointer (&analysis->tokens, g_array_unref);
  if (analysis->lower != NULL)
    g_string_free (g_steal_pointer (&analysis->lower), TRUE);
}

/* Words ********************************************************************/

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0xa0 || c == 0x202f;
}

/* "l", "d", "qu": a word French elides before a vowel ("l'API"). */
static gboolean
is_elision (const char *start,
            gsize       len)
{
  static const char * const elided[] = { "l", "d", "j", "m", "n", "s", "t", "c", "qu",
                                         "jusqu", "lorsqu", "puisqu", "quoiqu" };
  g_autofree char *lower = g_utf8_strdown (start, len);

  for (guint e = 0; e < G_N_ELEMENTS (elided); e++)
    if (g_str_equal (lower, elided[e]))
      return TRUE;

  return FALSE;
}

static void
add_token (FrAnalysis *analysis,
           const char *start,
           const char *end,
           guint       cstart,
           guint       flags)
{
  FrToken token = { 0 };
  g_autofree char *lower = g_utf8_strdown (start, end - start);
  GString *folded = analysis->lower;
  guint n_upper = 0, n_chars = 0;
  gboolean digit = FALSE;

  token.bstart = start - analysis->text;
  token.bend = end - analysis->text;
  token.cstart = cstart;
  token.cend = cstart + g_utf8_strlen (start, end - start);
  token.lower = folded->len;
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019)
        g_string_append_c (folded, '\'');
      else
        g_string_append_unichar (folded, c);
    }
  g_string_append_c (folded, '\0');

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      n_chars++;
      if (g_unichar_isupper (c))
        n_upper++;
      if (g_unichar_isdigit (c))
        digit = TRUE;
    }
  if (flags & FR_TOKEN_WORD)
    {
      if (g_unichar_isupper (g_utf8_get_char (start)))
        flags |= FR_TOKEN_CAPITAL;
      if ((n_upper >= 2) || digit || (n_upper == 1 && !g_unichar_isupper (g_utf8_get_char (start))) ||
          strpbrk (lower, "./+#") != NULL)
        flags |= FR_TOKEN_NAME;
    }
  token.flags = flags;
  g_array_append_val (analysis->tokens, token);
}

/* The end of a number at @p: "1 234,5", "40", "2.5", and a unit glued to
 * it ("40%", "3ème", "5k€", "24h"). */
static const char *
scan_number (const char *p)
{
  for (;;)
    {
      const char *q;

      while (g_ascii_isdigit (*p))
        p++;
      /* a decimal "2,5" or "2.5" */
      if ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1]))
        {
          p++;
          continue;
        }
      /* a group of thousands after a space: "1 234" */
      q = p;
      if (is_space (g_utf8_get_char (q)))
        {
          q = g_utf8_next_char (q);
          if (g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && !g_ascii_isdigit (q[3]))
            {
              p = q;
              continue;
            }
        }
      break;
    }
  while (*p != '\0' && (g_unichar_isalpha (g_utf8_get_char (p)) || *p == '%' ||
                        g_utf8_get_char (p) == 0x20ac || *p == '$'))
    p = g_utf8_next_char (p);

  return p;
}

void
_vitae_coach_fr_tokenize (FrAnalysis *analysis)
{
  const char *p = analysis->text;
  guint chars = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      guint cstart = chars;

      if (c == '[')
        {
          const char *close = strchr (p, ']');
          guint flags = FR_TOKEN_SLOT;

          p = close != NULL ? close + 1 : p + strlen (p);
          /* "[de combien ?]", "[de X à Y]", "[30 %]" stand for a figure */
          if (g_strstr_len (start, p - start, "combien") != NULL || g_strstr_len (start, p - start, "X") != NULL)
            flags |= FR_TOKEN_SLOT_FIGURE;
          for (const char *q = start; q < p; q++)
            if (*q == '%' || g_ascii_isdigit (*q))
              flags |= FR_TOKEN_SLOT_FIGURE;
          add_token (analysis, start, p, cstart, flags);
        }
      else if (g_unichar_isdigit (c))
        {
          p = scan_number (p);
          add_token (analysis, start, p, cstart, FR_TOKEN_NUMBER);
        }
      else if (g_unichar_isalpha (c))
        {
          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);
              const char *next = g_utf8_next_char (p);

              if (g_unichar_isalnum (d))
                p = next;
              else if (is_apostrophe (d) && is_elision (start, p - start))
                {
                  p = next;
                  add_token (analysis, start, p, cstart, FR_TOKEN_WORD | FR_TOKEN_ELIDED);
                  break;
                }
              else if ((d == '-' || d == '/' || d == '.' || d == '_' || is_apostrophe (d)) &&
                       g_unichar_isalnum (g_utf8_get_char (next)))
                p = next;
              else if ((d == '+' || d == '#') && p > start)
                p = next;
              else
                break;
            }
          if (analysis->tokens->len == 0 || fr_token (analysis, analysis->tokens->len - 1)->bstart != (guint) (start - analysis->text))
            add_token (analysis, start, p, cstart, FR_TOKEN_WORD);
        }
      else
        {
          p = g_utf8_next_char (p);
          if (c == '%' || c == 0x20ac || c == '$' || c == 0xd7 || c == '+')
            add_token (analysis, start, p, cstart, FR_TOKEN_SYMBOL);
        }
      chars += g_utf8_strlen (start, p - start);
    }
}

/* The longest phrase of @kind at token @i, and the token after it. */
const FrPhrase *
_vitae_coach_fr_match (const FrAnalysis *analysis,
                       guint             i,
                       FrPhraseKind      kind,
                       guint            *end)
{
  GPtrArray *list;

  if (i >= analysis->tokens->len || (fr_token (analysis, i)->flags & FR_TOKEN_SLOT))
    return NULL;
  list = g_hash_table_lookup (analysis->fr->first, fr_token_lower (analysis, i));
  if (list == NULL)
    return NULL;

  for (guint k = 0; k < list->len; k++)
    {
      const FrPhrase *phrase = g_ptr_array_index (list, k);
      guint w;

      if (phrase->kind != kind || i + phrase->n_words > analysis->tokens->len)
        continue;
      for (w = 1; w < phrase->n_words; w++)
        if (!g_str_equal (fr_token_lower (analysis, i + w), phrase->words[w]))
          break;
      if (w == phrase->n_words)
        {
          if (end != NULL)
            *end = i + phrase->n_words;
          return phrase;
        }
    }

  return NULL;
}

/* Language *****************************************************************/

static gboolean
is_french_tag (const char *tag)
{
  return tag != NULL && g_ascii_strncasecmp (tag, "fr", 2) == 0 &&
         (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_');
}

/* Short words of French the other languages of a French resume lack. */
static const char * const french_words[] = {
  "le", "la", "les", "du", "des", "de", "et", "pour", "avec", "une", "un", "au", "aux",
  "sur", "dans", "par", "en", "d'", "l'", "j'", "je", "nous", "ai", "avons",
};

/* Whether a bullet too short for the language detector reads as French: a
 * French opening, a letter with an accent or a short French word. */
static gboolean
has_french_signal (CoachFr    *fr,
                   const char *text)
{
  FrAnalysis analysis;
  gboolean french = FALSE;

  _vitae_coach_fr_analysis_init (&analysis, NULL, fr, text);

  for (const char *p = text; *p != '\0' && !french; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0x80 && g_unichar_isalpha (g_utf8_get_char (p)))
      french = TRUE;
  for (guint i = 0; i < analysis.tokens->len && !french; i++)
    for (guint w = 0; w < G_N_ELEMENTS (french_words) && !french; w++)
      french = g_str_equal (fr_token_lower (&analysis, i), french_words[w]);

  _vitae_coach_fr_analysis_clear (&analysis);

  return french;
}

/* Whether the bullet opens with a French word the tables know and English
 * has not ("Développé", "Mise en place"), even where the detector, misled by
 * the names of tools, says English. */
static gboolean
opens_in_french (CoachFr    *fr,
                 const char *text)
{
  FrAnalysis analysis;
  guint end = 0;
  gboolean french = FALSE;

  _vitae_coach_fr_analysis_init (&analysis, NULL, fr, text);

  if (analysis.tokens->len > 0)
    {
      const FrPhrase *phrase = _vitae_coach_fr_match (&analysis, 0, FR_PHRASE_WEAK, &end);

      if (phrase == NULL)
        phrase = _vitae_coach_fr_match (&analysis, 0, FR_PHRASE_OPENER, &end);
      if (phrase != NULL)
        {
          const char *first = fr_token_lower (&analysis, 0);

          for (const char *p = first; *p != '\0'; p++)
            if ((guchar) *p >= 0x80)
              french = TRUE;
          french = french || phrase->n_words > 1;
        }
    }

  _vitae_coach_fr_analysis_clear (&analysis);

  return french;
}

/*
 * Whether a bullet is coached in French: the coach's language (the
 * document's) is French, and the bullet is in French — by the detector,
 * or, where the detector cannot tell, by a French word or letter. An
 * English bullet of a French document is coached in English; a German one
 * gets the checks that hold in any language.
 */
gboolean
_vitae_coach_fr_applies (CoachFr    *fr,
                         const char *language,
                         const char *text)
{
  const char *detected;

  if (fr == NULL || !is_french_tag (language))
    return FALSE;

  detected = vitae_language_detect (text);
  if (detected != NULL)
    return is_french_tag (detected) || (g_str_equal (detected, "en") && opens_in_french (fr, text));

  return has_french_signal (fr, text);
}
