/* vitae-coach-analysis.c
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

/* A bullet over this many words no longer reads at a glance. The guide's own
 * strong examples run to about forty words, so the line sits just above them. */
#define MAX_WORDS 42
/* Under this many words a bullet cannot hold a verb, a context and a result. */
#define MIN_WORDS 5
/* The issue ids of the JSON contract. The score is not a sum of penalties
 * per issue but of the strengths a bullet shows (see "Scoring" below). */
static const char * const kind_ids[VITAE_COACH_N_ISSUE_KINDS] = {
  [VITAE_COACH_ISSUE_WEAK_VERB]     = "weak-verb",
  [VITAE_COACH_ISSUE_NO_METRIC]     = "no-metric",
  [VITAE_COACH_ISSUE_VAGUE]         = "vague",
  [VITAE_COACH_ISSUE_PASSIVE]       = "passive",
  [VITAE_COACH_ISSUE_FIRST_PERSON]  = "first-person",
  [VITAE_COACH_ISSUE_FILLER]        = "filler",
  [VITAE_COACH_ISSUE_TOO_LONG]      = "too-long",
  [VITAE_COACH_ISSUE_TOO_SHORT]     = "too-short",
  [VITAE_COACH_ISSUE_PLACEHOLDER]   = "placeholder",
  [VITAE_COACH_ISSUE_REPEATED_VERB] = "repeated-verb",
  [VITAE_COACH_ISSUE_LANGUAGE]      = "language",
};

/**
 * vitae_coach_issue_kind_to_id:
 * @kind: a #VitaeCoachIssueKind
 *
 * Returns: the stable id of @kind ("weak-verb"…), used in the JSON output
 */
const char *
vitae_coach_issue_kind_to_id (VitaeCoachIssueKind kind)
{
  g_return_val_if_fail (kind < VITAE_COACH_N_ISSUE_KINDS, NULL);

  return kind_ids[kind];
}

/**
 * vitae_coach_issue_kind_from_id:
 * @id: an issue id such as "no-metric"
 * @kind: (out): where to store the kind
 *
 * Returns: whether @id names an issue kind
 */
gboolean
vitae_coach_issue_kind_from_id (const char          *id,
                                VitaeCoachIssueKind *kind)
{
  gint k;

  g_return_val_if_fail (kind != NULL, FALSE);

  k = id != NULL ? coach_word_index (id, kind_ids, G_N_ELEMENTS (kind_ids)) : -1;
  if (k < 0)
    return FALSE;

  *kind = k;
  return TRUE;
}

/* Detection *****************************************************************/

static void
find_phrases (CoachAnalysis    *analysis,
              VitaeCoachResult *result)
{
  const guint mask = (1u << VITAE_COACH_ISSUE_VAGUE) | (1u << VITAE_COACH_ISSUE_FILLER);

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      guint length = 0;
      const CoachPhrase *phrase = _vitae_coach_match_phrase (analysis, i, mask, &length);
      g_autofree char *quoted = NULL;
      guint last;

      if (phrase == NULL)
        continue;

      last = i + length - 1;
      quoted = _vitae_coach_quote_span (analysis, i, last);
      for (guint k = i; k <= last; k++)
        if (!(analysis->tokens[k].lex & LEX_KEYWORD))
          analysis->tokens[k].flags |= TOKEN_DROP;

      if (phrase->kind == VITAE_COACH_ISSUE_VAGUE)
        {
          analysis->n_vague++;
          if (!analysis->quiet)
            _vitae_coach_result_add (result, VITAE_COACH_ISSUE_VAGUE,
                                     analysis->tokens[i].cstart, analysis->tokens[last].cend,
                                     /* Translators: %s is a vague word of the bullet */
                                     g_strdup_printf (_("“%s” is vague: say how many or how much"), quoted));
        }
      else
        {
          analysis->n_filler++;
          if (!analysis->quiet)
            _vitae_coach_result_add (result, VITAE_COACH_ISSUE_FILLER,
                                     analysis->tokens[i].cstart, analysis->tokens[last].cend,
                                     /* Translators: %s is a filler word of the bullet */
                                     g_strdup_printf (_("“%s” adds no information: leave it out"), quoted));
        }
      i = last;
    }
}

/* A tool, product or technique the bullet names: "Kafka", "CI/CD", "S3",
 * "PostgreSQL", "OAuth", a catalog keyword. */
static gboolean
is_named_thing (const CoachAnalysis *analysis,
                guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  if (!(token->flags & TOKEN_ALPHA) || (token->lex & LEX_FIRST_PERSON) || i < analysis->opener_end)
    return FALSE;
  if (token->lex & LEX_KEYWORD)
    return TRUE;
  if (token->flags & (TOKEN_INNER_UPPER | TOKEN_ALL_UPPER | TOKEN_INNER_PUNCT | TOKEN_DIGIT))
    return TRUE;

  return (token->flags & TOKEN_FIRST_UPPER) && !(token->flags & TOKEN_SENTENCE_START);
}

/* A passive at the auxiliary @i ("was migrated", "were not tested"):
 * flagged and counted. Returns the token the search goes on from. */
static guint
find_passive (CoachAnalysis    *analysis,
              VitaeCoachResult *result,
              guint             i)
{
  guint j = i + 1;
  g_autofree char *quoted = NULL;

  while (j < analysis->n_tokens &&
         (_vitae_coach_is_adverb (analysis, j) || g_str_equal (coach_token_lower (analysis, j), "not")))
    j++;

  if (j >= analysis->n_tokens ||
      !(_vitae_coach_is_participle (analysis, j) || _vitae_coach_is_listed_participle (analysis, j)))
    return i;

  quoted = _vitae_coach_quote_span (analysis, i, j);
  if (analysis->passive_aux < 0)
    {
      analysis->passive_aux = i;
      analysis->passive_participle = j;
    }
  if (analysis->n_passives < COACH_MAX_PASSIVES)
    {
      analysis->passive_auxes[analysis->n_passives] = i;
      analysis->passive_participles[analysis->n_passives] = j;
      analysis->n_passives++;
    }
  if (!analysis->quiet)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PASSIVE,
                             analysis->tokens[i].cstart, analysis->tokens[j].cend,
                             /* Translators: %s is a passive phrase such as “was migrated” */
                             g_strdup_printf (_("“%s” is passive: say who did it, starting with the verb"),
                                              quoted));

  return j;
}

static void
find_grammar (CoachAnalysis    *analysis,
              VitaeCoachResult *result)
{
  guint weak_end = analysis->weak != NULL ? analysis->opener_end : 0;

  analysis->passive_aux = -1;
  analysis->passive_participle = -1;

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      CoachToken *token = &analysis->tokens[i];

      if (token->flags & TOKEN_SLOT)
        {
          if (!(token->flags & TOKEN_SLOT_FIGURE))
            analysis->n_named++;
          if (token->flags & TOKEN_SLOT_FIGURE)
            analysis->has_metric = TRUE;
          continue;
        }

      if (!analysis->has_metric && _vitae_coach_is_metric_at (analysis, i))
        analysis->has_metric = TRUE;

      if (is_named_thing (analysis, i))
        analysis->n_named++;

      /* "using Kafka", "via webhooks", "by adding an index", "through
       * caching", "with Redis" */
      if ((token->lex & LEX_TECHNIQUE) && i >= analysis->opener_end && i + 1 < analysis->n_tokens &&
          !(analysis->tokens[i + 1].lex & LEX_FIRST_PERSON) &&
          (!coach_token_is (analysis, i, "with") || is_named_thing (analysis, i + 1) ||
           (analysis->tokens[i + 1].flags & TOKEN_SLOT)) &&
          (!coach_token_is (analysis, i, "by") || analysis->tokens[i + 1].form == VERB_FORM_ING ||
           (analysis->tokens[i + 1].flags & TOKEN_SLOT)))
        analysis->has_technique = TRUE;

      /* "US" is a country, not a pronoun. */
      if ((token->lex & LEX_FIRST_PERSON) &&
          !((token->flags & TOKEN_ALL_UPPER) && g_str_equal (coach_token_lower (analysis, i), "us")))
        {
          g_autofree char *quoted = _vitae_coach_quote_span (analysis, i, i);

          analysis->first_person = TRUE;
          if (!analysis->quiet)
            _vitae_coach_result_add (result, VITAE_COACH_ISSUE_FIRST_PERSON, token->cstart, token->cend,
                                     /* Translators: %s is a pronoun such as “I” or “we” */
                                     g_strdup_printf (_("Leave out “%s”: a resume speaks for you without pronouns"),
                                                      quoted));
          continue;
        }

      if ((token->lex & LEX_PASSIVE_AUX) && i >= weak_end)
        i = find_passive (analysis, result, i);
    }

  /* "The database was migrated…": a passive main clause */
  if (analysis->opener == OPEN_FRAGMENT && analysis->passive_aux >= 0 &&
      analysis->passive_aux <= (gint) analysis->lead + 6)
    analysis->opener = OPEN_PASSIVE;
}

static void
find_placeholders (CoachAnalysis    *analysis,
                   VitaeCoachResult *result)
{
  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      const CoachToken *token = &analysis->tokens[i];
      g_autofree char *slot = NULL;

      if (!(token->flags & TOKEN_SLOT))
        continue;

      slot = _vitae_coach_quote_span (analysis, i, i);
      if (!analysis->quiet)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PLACEHOLDER, token->cstart, token->cend,
                                 /* Translators: %s is a bracketed slot such as “[p99 latency]” */
                                 g_strdup_printf (_("Replace %s with your real figure or detail"), slot));
    }
}

/* The area of the bullet's words in tokens [@first, @end): one name
 * ("Kafka") or two generic words ("queue", "events") make an area; a single
 * generic word does not, and the general area is returned. */
CoachArea *
_vitae_coach_area_of (const CoachAnalysis *analysis,
                      guint                first,
                      guint                end)
{
  VitaeCoach *coach = analysis->coach;
  guint sums[COACH_MAX_AREAS] = { 0 };
  guint best = 0, best_sum = 0;

  for (guint i = first; i < end && i < analysis->n_tokens; i++)
    {
      const CoachCue *cue;

      if (analysis->tokens[i].flags & TOKEN_SLOT)
        continue;
      cue = g_hash_table_lookup (coach->cues, coach_token_lower (analysis, i));
      if (cue != NULL)
        for (guint a = 0; a < coach->areas->len; a++)
          sums[a] += cue->weight[a];
    }

  /* Areas are sorted by rank, so a tie goes to the earlier one. */
  for (guint a = 0; a < coach->areas->len; a++)
    if (sums[a] > best_sum)
      {
        best = a;
        best_sum = sums[a];
      }

  return best_sum >= 2 ? g_ptr_array_index (coach->areas, best) : coach->general;
}

int
_vitae_coach_compare_issues (gconstpointer a,
                             gconstpointer b)
{
  const VitaeCoachIssue *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

/* Scoring *******************************************************************/

/*
 * A bullet's score adds up the strengths the guide asks for:
 *   30  an action verb opens it (a weak phrase 10, a noun or fragment 5)
 *   20  it is specific: a named tool or technique (12 for one name alone)
 *   35  a figure measures the result
 *   15  its length reads at a glance (8 to 35 words; 8 points at 5–7 or 36–42)
 * minus 5 for a pronoun, 4 per vague word (at most 8), 3 per filler (at
 * most 6) and 10 for a verb the entry already opened a bullet with. A weak
 * opener, a noun fragment and a passive cannot reach the top band (70).
 * A [slot] counts as what it stands for: a figure slot as a figure, any other
 * as a detail, a slot where the verb goes as a verb, so that applying a
 * suggestion never lowers the score. The bands are documented in
 * vitae-coach.h.
 */
static guint
compute_score (const CoachAnalysis *analysis)
{
  gint score = 0;

  switch (analysis->opener)
    {
    case OPEN_VERB:
    case OPEN_SLOT:
      score += 30;
      break;
    case OPEN_WEAK:
      score += 10;
      break;
    case OPEN_NOMINAL:
    case OPEN_FRAGMENT:
    case OPEN_PASSIVE:
    default:
      score += 5;
      break;
    }

  if (analysis->has_technique && analysis->n_named > 0)
    score += 20;
  else if (analysis->n_named >= 2 || (analysis->has_technique && analysis->n_words >= 8))
    score += 16;
  else if (analysis->n_named == 1 || analysis->has_technique)
    score += 12;

  score += _vitae_coach_shared_points (analysis->has_metric, analysis->n_words, analysis->first_person,
                                       analysis->n_vague, analysis->n_filler);

  if ((analysis->opener != OPEN_VERB && analysis->opener != OPEN_SLOT) || analysis->pronoun_opener)
    score = MIN (score, 69);
  else if (analysis->n_passives > 0)
    score = MIN (score, 89);

  return CLAMP (score, 0, 100);
}

guint
_vitae_coach_score (VitaeCoachResult *self)
{
  gint score = self->base_score;

  if (vitae_coach_result_has_issue (self, VITAE_COACH_ISSUE_REPEATED_VERB))
    score -= 10;

  return MAX (score, 0);
}

/* The points a bullet scores alike in English and French: 35 for a figure,
 * the length's, minus 5 for a pronoun, 4 per vague word (at most 8) and 3
 * per filler (at most 6). */
gint
_vitae_coach_shared_points (gboolean has_metric,
                            guint    n_words,
                            gboolean first_person,
                            guint    n_vague,
                            guint    n_filler)
{
  gint points = has_metric ? 35 : 0;

  points += _vitae_coach_length_points (n_words);
  if (first_person)
    points -= 5;
  points -= (gint) MIN (n_vague * 4, 8);
  points -= (gint) MIN (n_filler * 3, 6);

  return points;
}

/* The points for a length that reads at a glance. */
guint
_vitae_coach_length_points (guint n_words)
{
  if (n_words >= 8 && n_words <= 35)
    return 15;
  if (n_words >= 5 && n_words <= MAX_WORDS)
    return 8;
  return 0;
}

/* The issues of a bullet's figures and length, in any language: no-metric
 * where it has no figure, too-long (from character @long_start) or
 * too-short. */
void
_vitae_coach_check_shape (VitaeCoachResult *result,
                          gboolean          has_metric,
                          guint             n_words,
                          guint             long_start,
                          guint             n_chars)
{
  if (!has_metric)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_NO_METRIC, 0, n_chars,
                             g_strdup (_("No figure shows the result: add a number, a percentage, "
                                         "a latency or a before→after")));
  if (n_words > MAX_WORDS)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_LONG, long_start, n_chars,
                             /* Translators: %u is a number of words, at least 43 */
                             g_strdup_printf (_("%u words is too long to read at a glance: "
                                                "keep a bullet to about 35"), n_words));
  else if (n_words < MIN_WORDS)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, n_chars,
                             g_strdup (_("Too short to show an achievement: add the context, "
                                         "how you did it and the result")));
}

/*
 * Analyses one bullet on its own: everything but repeated-verb, which needs
 * the bullet's neighbours. Uses the coach's scratch buffers, so it is not
 * reentrant; the coach lives on the main thread.
 */
VitaeCoachResult *
_vitae_coach_analyze (VitaeCoach       *self,
                      const char       *text,
                      CoachAnalyzeMode  mode)
{
  g_autoptr(VitaeCoachResult) result = _vitae_coach_result_new (text);
  CoachAnalysis analysis = { 0 };
  const char *language;
  guint n_chars;

  _vitae_coach_tokenize (self, text);

  analysis.coach = self;
  analysis.text = text;
  analysis.tokens = (CoachToken *) (gpointer) self->tokens->data;
  analysis.n_tokens = self->tokens->len;
  analysis.lower = self->lower->str;
  analysis.n_words = analysis.n_tokens;
  /* scoring a suggestion as if applied needs no messages */
  analysis.quiet = mode == COACH_ANALYZE_SCORE;
  g_weak_ref_set (&result->coach, self);
  result->suggested = mode != COACH_ANALYZE_ISSUES;

  if (analysis.n_tokens == 0)
    {
      if (!analysis.quiet)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, g_utf8_strlen (text, -1),
                                 g_strdup (_("This bullet is empty: say what you achieved")));
      result->score = 0;
      result->scored = FALSE;
      result->area = analysis.coach->general->id;
      result->suggested = TRUE;
      return g_steal_pointer (&result);
    }

  n_chars = analysis.tokens[analysis.n_tokens - 1].cend +
            g_utf8_strlen (text + analysis.tokens[analysis.n_tokens - 1].bend, -1);

  /* "Automatisierung der Release-Prozesse…": never an English word */
  language = _vitae_coach_other_language (&analysis);
  if (language != NULL)
    {
      _vitae_coach_analyze_other (&analysis, result, language, n_chars);
      return g_steal_pointer (&result);
    }

  _vitae_coach_find_opener (&analysis, result);
  find_phrases (&analysis, result);
  find_grammar (&analysis, result);
  find_placeholders (&analysis, result);
  analysis.area = _vitae_coach_area_of (&analysis, 0, analysis.n_tokens);
  result->area = analysis.area->id;

  if (!analysis.quiet)
    _vitae_coach_check_shape (result, analysis.has_metric, analysis.n_tokens,
                              analysis.n_tokens > MAX_WORDS ? analysis.tokens[MAX_WORDS].cstart : 0,
                              n_chars);

  g_array_sort (result->issues, _vitae_coach_compare_issues);
  result->base_score = compute_score (&analysis);
  result->score = result->base_score;
  /* A bullet of one or two words is still being typed: it gets its issues
   * but does not count in the resume's score yet. */
  result->scored = analysis.n_tokens >= 3;

  if (mode == COACH_ANALYZE_SUGGEST)
    _vitae_coach_rewrite (&analysis, result);

  return g_steal_pointer (&result);
}
