/* vitae-coach-fr-check.c
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

/* Figures ******************************************************************/

/* "3ème", "1er", "2e": a rank, not a figure. */
static gboolean
is_ordinal_suffix (const char *suffix)
{
  static const char * const ordinals[] = { "e", "er", "ère", "ème", "eme", "è", "nd", "nde", "es" };

  for (guint o = 0; o < G_N_ELEMENTS (ordinals); o++)
    if (g_str_equal (suffix, ordinals[o]))
      return TRUE;

  return FALSE;
}

static gboolean
is_year (const char *word)
{
  return strlen (word) == 4 && strspn (word, "0123456789") == 4 &&
         (g_str_has_prefix (word, "19") || g_str_has_prefix (word, "20"));
}

/* A number word that counts something: "trois logiciels", "une dizaine de
 * services", "doublé le trafic". */
static gboolean
is_figure_word (const FrAnalysis *analysis,
                guint             i)
{
  const char *word = fr_token_lower (analysis, i);
  guint bits = _vitae_coach_fr_token_bits (analysis, i);

  /* "x3", "×2" */
  if ((word[0] == 'x' && g_ascii_isdigit (word[1])) || g_str_has_prefix (word, "\xc3\x97"))
    return TRUE;
  if (!(bits & FR_WORD_NUMBER))
    return FALSE;

  /* "trois équipes", and "divisé par deux" at the end */
  return (i + 1 < analysis->tokens->len &&
          (fr_token (analysis, i + 1)->flags & (FR_TOKEN_WORD | FR_TOKEN_NUMBER))) ||
         (i > 0 && g_str_equal (fr_token_lower (analysis, i - 1), "par"));
}

/* Whether token @i states a figure: "40 %", "1 200 clients", "5k€",
 * "de 2 s à 300 ms", "trois équipes"; not a year, a rank ("3ème"), a
 * version ("Angular 18", "Python 3.11") or a name ("Box2"). */
static gboolean
is_figure (const FrAnalysis *analysis,
           guint             i)
{
  const FrToken *token = fr_token (analysis, i);
  const char *word = fr_token_lower (analysis, i);
  const char *suffix = word;
  const FrToken *next = i + 1 < analysis->tokens->len ? fr_token (analysis, i + 1) : NULL;
  guint n_dots = 0;

  if (token->flags & FR_TOKEN_SLOT)
    return (token->flags & FR_TOKEN_SLOT_FIGURE) != 0;
  if (token->flags & FR_TOKEN_WORD)
    return is_figure_word (analysis, i);
  if (!(token->flags & FR_TOKEN_NUMBER))
    return FALSE;

  while (*suffix != '\0' && (g_ascii_isdigit (*suffix) || *suffix == ',' || *suffix == '.' ||
                             g_unichar_isspace (g_utf8_get_char (suffix)) ||
                             g_utf8_get_char (suffix) == 0xa0 || g_utf8_get_char (suffix) == 0x202f))
    {
      if (*suffix == '.')
        n_dots++;
      suffix = g_utf8_next_char (suffix);
    }
  if (*suffix != '\0')
    return !is_ordinal_suffix (suffix);
  if (is_year (word) || n_dots >= 2)
    return FALSE;
  /* a unit after it: "40 %", "300 ms", "15 k€" */
  if (next != NULL && ((next->flags & FR_TOKEN_SYMBOL) ||
                       (_vitae_coach_fr_token_bits (analysis, i + 1) & FR_WORD_UNIT)))
    return TRUE;
  /* a version after a name */
  if (i > 0 && (fr_token (analysis, i - 1)->flags & (FR_TOKEN_NAME | FR_TOKEN_CAPITAL)) &&
      i - 1 != analysis->lead)
    return FALSE;
  /* "14 développeurs", "2 et 5 développeurs" */
  return next != NULL && (next->flags & FR_TOKEN_WORD) && !(next->flags & FR_TOKEN_NAME);
}

/* Issues *******************************************************************/

static char *
quote (const FrAnalysis *analysis,
       guint             first,
       guint             end)
{
  const FrToken *a = fr_token (analysis, first);
  const FrToken *b = fr_token (analysis, end - 1);

  return g_strndup (analysis->text + a->bstart, b->bend - a->bstart);
}

static void
add_issue (FrAnalysis          *analysis,
           VitaeCoachResult    *result,
           VitaeCoachIssueKind  kind,
           guint                first,
           guint                end,
           char                *message)
{
  _vitae_coach_result_add (result, kind, fr_token (analysis, first)->cstart,
                           fr_token (analysis, end - 1)->cend, message);
}

/* "J'ai participé…", "Nous avons migré…": the pronoun and its auxiliary,
 * which a rewrite leaves out. */
static void
find_lead (FrAnalysis       *analysis,
           VitaeCoachResult *result,
           gboolean          quiet)
{
  guint end = 1;
  g_autofree char *quoted = NULL;

  if (!(_vitae_coach_fr_token_bits (analysis, 0) & FR_WORD_FIRST_PERSON))
    return;
  if (analysis->tokens->len > 1 &&
      (_vitae_coach_fr_token_bits (analysis, 1) & FR_WORD_AUXILIARY))
    end = 2;
  if (end >= analysis->tokens->len)
    return;

  analysis->lead = analysis->pronoun_end = end;
  analysis->first_person = TRUE;
  if (quiet)
    return;
  quoted = quote (analysis, 0, end);
  add_issue (analysis, result, VITAE_COACH_ISSUE_FIRST_PERSON, 0, end,
             /* Translators: %s is a pronoun such as “I” or “We” */
             g_strdup_printf (_("Leave out “%s”: a resume speaks for you without pronouns"), quoted));
}

static char *
weak_message (const FrPhrase *phrase,
              const char     *quoted)
{
  switch (phrase->scope)
    {
    case SCOPE_DUTY:
      /* Translators: %s is the bullet's opening words */
      return g_strdup_printf (_("“%s” describes a duty, not an achievement: open with a strong action verb"),
                              quoted);
    case SCOPE_SHARED:
      /* Translators: %s is the bullet's opening words, such as “Took part in” */
      return g_strdup_printf (_("“%s” says you took part: say what you did yourself"), quoted);
    case SCOPE_SKILL:
      /* Translators: %s is the bullet's opening words, such as “Learning of” */
      return g_strdup_printf (_("“%s” names what you learnt: say what you did with it"), quoted);
    case SCOPE_TOOL:
    case SCOPE_NONE:
    default:
      /* Translators: %s is the bullet's opening words, such as “Worked on” */
      return g_strdup_printf (_("“%s” does not say what you did: open with what you achieved"), quoted);
    }
}

/* What a word no table lists looks like: "Déployé" a participle,
 * "Interventions" a noun of action, "Forte" neither. */
static gboolean
looks_like_action (const char *word)
{
  static const char * const endings[] = { "é", "ée", "és", "ées", "tion", "tions", "ment", "ments",
                                          "age", "ure", "ance", "ence", "ise", "er" };
  gsize len = strlen (word);

  if (g_utf8_strlen (word, -1) < 5)
    return FALSE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    if (len > strlen (endings[e]) && g_str_has_suffix (word, endings[e]))
      return TRUE;

  return FALSE;
}

static void
find_opener (FrAnalysis       *analysis,
             VitaeCoachResult *result,
             gboolean          quiet)
{
  guint lead = analysis->lead;
  const FrToken *token = fr_token (analysis, lead);
  const FrPhrase *after;
  guint end;

  if ((analysis->weak = _vitae_coach_fr_match (analysis, lead, FR_PHRASE_WEAK, &analysis->weak_end)))
    {
      g_autofree char *quoted = quote (analysis, lead, analysis->weak_end);

      /* the work named after it: "Responsable de la maintenance…" */
      after = _vitae_coach_fr_match (analysis, analysis->weak_end, FR_PHRASE_OPENER, &end);
      analysis->class = after != NULL ? after->class : NULL;
      if (!quiet)
        add_issue (analysis, result, VITAE_COACH_ISSUE_WEAK_VERB, lead, analysis->weak_end,
                   weak_message (analysis->weak, quoted));
      return;
    }

  if ((analysis->opener = _vitae_coach_fr_match (analysis, lead, FR_PHRASE_OPENER, &analysis->opener_end)))
    {
      analysis->class = analysis->opener->class;
      return;
    }

  if ((token->flags & (FR_TOKEN_SLOT | FR_TOKEN_WORD)) && !(token->flags & FR_TOKEN_NAME) &&
      ((token->flags & FR_TOKEN_SLOT) || looks_like_action (fr_token_lower (analysis, lead))))
    return;

  analysis->fragment = TRUE;
  if (!quiet)
    {
      g_autofree char *quoted = quote (analysis, lead, lead + 1);

      add_issue (analysis, result, VITAE_COACH_ISSUE_WEAK_VERB, lead, lead + 1,
                 /* Translators: %s is the bullet's first word */
                 g_strdup_printf (_("No action verb opens this bullet (“%s…”): start with what you did"), quoted));
    }
}

static void
flag_phrase (FrAnalysis       *analysis,
             VitaeCoachResult *result,
             const FrPhrase   *phrase,
             guint             i,
             guint             end,
             gboolean          quiet)
{
  g_autofree char *quoted = NULL;

  if (phrase->kind == FR_PHRASE_VAGUE)
    analysis->n_vague++;
  else
    analysis->n_filler++;
  if (quiet)
    return;

  quoted = quote (analysis, i, end);
  add_issue (analysis, result, phrase->kind == FR_PHRASE_VAGUE ? VITAE_COACH_ISSUE_VAGUE : VITAE_COACH_ISSUE_FILLER,
             i, end, phrase->kind == FR_PHRASE_VAGUE ?
             /* Translators: %s is a vague word such as “various” */
             g_strdup_printf (_("“%s” is vague: say how many or how much"), quoted) :
             /* Translators: %s is a filler phrase such as “successfully” */
             g_strdup_printf (_("“%s” adds no information: leave it out"), quoted));
}

/* Every word after the opening: vague words, filler, pronouns, slots left
 * to fill, names, techniques, figures, and the length. */
static void
find_words (FrAnalysis       *analysis,
            VitaeCoachResult *result,
            gboolean          quiet)
{
  static const char * const technique[] = { "avec", "via", "grâce", "sous", "utilisant", "par" };
  guint start = MAX (analysis->weak_end, analysis->lead);

  for (guint i = 0; i < analysis->tokens->len; i++)
    {
      const FrToken *token = fr_token (analysis, i);
      const char *word = fr_token_lower (analysis, i);
      const FrPhrase *phrase;
      guint end;

      /* the length as the bullet reads without "J'ai", which a rewrite
       * leaves out */
      if (!(token->flags & (FR_TOKEN_SYMBOL | FR_TOKEN_ELIDED)) && i >= analysis->pronoun_end)
        analysis->n_words++;
      if (!analysis->has_metric && is_figure (analysis, i))
        analysis->has_metric = TRUE;
      if (token->flags & FR_TOKEN_SLOT)
        {
          analysis->has_slot = TRUE;
          if (!quiet)
            {
              g_autofree char *slot = quote (analysis, i, i + 1);

              add_issue (analysis, result, VITAE_COACH_ISSUE_PLACEHOLDER, i, i + 1,
                         /* Translators: %s is a bracketed slot such as “[p99 latency]” */
                         g_strdup_printf (_("Replace %s with your real figure or detail"), slot));
            }
          continue;
        }
      if (i < start)
        continue;

      if ((token->flags & FR_TOKEN_NAME) || ((token->flags & FR_TOKEN_CAPITAL) && i > analysis->lead))
        analysis->n_named++;
      for (guint t = 0; t < G_N_ELEMENTS (technique); t++)
        if (g_str_equal (word, technique[t]) && i + 1 < analysis->tokens->len &&
            (fr_token (analysis, i + 1)->flags & (FR_TOKEN_NAME | FR_TOKEN_CAPITAL)))
          analysis->has_technique = TRUE;

      if (!analysis->first_person &&
          (_vitae_coach_fr_token_bits (analysis, i) & FR_WORD_FIRST_PERSON))
        {
          g_autofree char *quoted = quote (analysis, i, i + 1);

          analysis->first_person = TRUE;
          if (!quiet)
            add_issue (analysis, result, VITAE_COACH_ISSUE_FIRST_PERSON, i, i + 1,
                       g_strdup_printf (_("Leave out “%s”: a resume speaks for you without pronouns"), quoted));
        }

      if ((phrase = _vitae_coach_fr_match (analysis, i, FR_PHRASE_VAGUE, &end)) ||
          (phrase = _vitae_coach_fr_match (analysis, i, FR_PHRASE_FILLER, &end)))
        {
          flag_phrase (analysis, result, phrase, i, end, quiet);
          for (i++; i < end; i++)
            if (!(fr_token (analysis, i)->flags & (FR_TOKEN_SYMBOL | FR_TOKEN_ELIDED)))
              analysis->n_words++;
          i--;
        }
    }
}

/* The English coach's points, read the same way: an action opens it (a
 * noun of action or a participle, 30; a weak opening 10, no action 5), it
 * names tools (up to 20), a figure measures the result (35), it reads at a
 * glance (15). A weak opening, no action or a pronoun never reach 70. */
static guint
compute_score (const FrAnalysis *analysis)
{
  gint score;
  guint specific = analysis->n_named >= 2 ? 15 : analysis->n_named == 1 ? 10 : 0;

  score = analysis->weak != NULL ? 10 : analysis->fragment ? 5 : 30;
  if (analysis->has_technique)
    specific += 5;
  score += MIN (specific, 20);
  score += _vitae_coach_shared_points (analysis->has_metric, analysis->n_words, analysis->first_person,
                                       analysis->n_vague, analysis->n_filler);
  if (analysis->weak != NULL || analysis->fragment || analysis->pronoun_end > 0)
    score = MIN (score, 69);

  return CLAMP (score, 0, 100);
}

/* Analysis *****************************************************************/

static void
set_opening (FrAnalysis       *analysis,
             VitaeCoachResult *result)
{
  GString *opening = g_string_new (NULL);

  for (guint i = analysis->lead; i < analysis->opener_end; i++)
    {
      if (opening->len > 0)
        g_string_append_c (opening, ' ');
      g_string_append (opening, fr_token_lower (analysis, i));
    }
  result->opening = g_string_free (opening, FALSE);
  result->opening_start = fr_token (analysis, analysis->lead)->cstart;
  result->opening_end = fr_token (analysis, analysis->opener_end - 1)->cend;
}

/*
 * Analyses a French bullet as _vitae_coach_analyze() does an English one:
 * everything but repeated-verb, and the rewrites when @mode asks for them.
 */
VitaeCoachResult *
_vitae_coach_fr_analyze (VitaeCoach       *coach,
                         CoachFr          *fr,
                         const char       *text,
                         CoachAnalyzeMode  mode)
{
  g_autoptr(VitaeCoachResult) result = _vitae_coach_result_new (text);
  FrAnalysis analysis;
  gboolean quiet = mode == COACH_ANALYZE_SCORE;
  guint n_chars = g_utf8_strlen (text, -1);

  _vitae_coach_fr_analysis_init (&analysis, coach, fr, text);

  g_weak_ref_set (&result->coach, coach);
  result->area = coach->general->id;
  result->suggested = mode != COACH_ANALYZE_ISSUES;

  if (analysis.tokens->len == 0)
    {
      if (!quiet)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, n_chars,
                                 g_strdup (_("This bullet is empty: say what you achieved")));
      result->suggested = TRUE;
    }
  else
    {
      find_lead (&analysis, result, quiet);
      find_opener (&analysis, result, quiet);
      find_words (&analysis, result, quiet);
      if (!quiet)
        _vitae_coach_check_shape (result, analysis.has_metric, analysis.n_words, 0, n_chars);
      g_array_sort (result->issues, _vitae_coach_compare_issues);
      result->base_score = compute_score (&analysis);
      result->score = result->base_score;
      result->scored = analysis.n_words >= 3;
      if (analysis.opener != NULL)
        set_opening (&analysis, result);
      if (mode == COACH_ANALYZE_SUGGEST)
        _vitae_coach_fr_rewrite (&analysis, result);
    }

  _vitae_coach_fr_analysis_clear (&analysis);

  return g_steal_pointer (&result);
}
