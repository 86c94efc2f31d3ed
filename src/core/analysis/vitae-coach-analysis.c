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

/* Points a bullet loses per issue, and at most per kind. A missing figure and
 * a weak verb are what the guide names first, so they weigh most. */
static const struct {
  const char *id;
  guint       penalty;
  guint       max_penalty;
} kinds[VITAE_COACH_N_ISSUE_KINDS] = {
  [VITAE_COACH_ISSUE_WEAK_VERB]     = { "weak-verb",     25, 25 },
  [VITAE_COACH_ISSUE_NO_METRIC]     = { "no-metric",     30, 30 },
  [VITAE_COACH_ISSUE_VAGUE]         = { "vague",          8, 16 },
  [VITAE_COACH_ISSUE_PASSIVE]       = { "passive",       10, 10 },
  [VITAE_COACH_ISSUE_FIRST_PERSON]  = { "first-person",  10, 10 },
  [VITAE_COACH_ISSUE_FILLER]        = { "filler",         5, 10 },
  [VITAE_COACH_ISSUE_TOO_LONG]      = { "too-long",      15, 15 },
  [VITAE_COACH_ISSUE_TOO_SHORT]     = { "too-short",     20, 20 },
  [VITAE_COACH_ISSUE_PLACEHOLDER]   = { "placeholder",   15, 30 },
  [VITAE_COACH_ISSUE_REPEATED_VERB] = { "repeated-verb", 10, 10 },
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

  return kinds[kind].id;
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
  g_return_val_if_fail (kind != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (id, kinds[i].id))
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/* Splitting into words ******************************************************/

static inline gboolean
is_currency (gunichar c)
{
  return c == '$' || c == 0x20AC || c == 0x00A3 || c == 0x00A5 || c == 0x20B9;
}

/* Characters that may sit inside a word: "Node.js", "CI/CD", "N+1", "C#",
 * "on-call", "team's", "60%", "10×". */
static inline gboolean
is_joiner (gunichar c)
{
  switch (c)
    {
    case '.': case '/': case '+': case '#': case '_': case '-': case '\'':
    case '%': case '&': case ',': case 0x2019: case 0x00D7:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A word may end with these ("C++", "C#", "60%", "10×"), not with the rest. */
static inline gboolean
may_end_word (gunichar c)
{
  return c == '+' || c == '#' || c == '%' || c == 0x00D7;
}

static gboolean
follows_sentence_end (const char *text,
                      guint       bstart)
{
  const char *p = text + bstart;

  while (p > text)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        continue;
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2022;
    }

  return TRUE;
}

static void
tokenize (VitaeCoach *self,
          const char *text)
{
  const char *p = text;
  guint ci = 0;

  g_array_set_size (self->tokens, 0);
  g_string_truncate (self->lower, 0);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *q, *end;
      guint cq, cend, n_upper = 0, n_alpha = 0;
      CoachToken token = { 0 };

      if (!g_unichar_isalnum (c) &&
          !(is_currency (c) && g_ascii_isdigit (*g_utf8_next_char (p))))
        {
          p = g_utf8_next_char (p);
          ci++;
          continue;
        }

      token.bstart = p - text;
      token.cstart = ci;
      if (is_currency (c))
        token.flags |= TOKEN_CURRENCY;
      else if (g_unichar_isdigit (c))
        token.flags |= TOKEN_FIRST_DIGIT;
      else if (g_unichar_isupper (c) || g_unichar_istitle (c))
        token.flags |= TOKEN_FIRST_UPPER;

      /* Scan as far as joined characters go, remembering where the word
       * last ended well, so that a trailing "." or "-" is left out. */
      q = end = g_utf8_next_char (p);
      cq = cend = ci + 1;
      if (g_unichar_isalpha (c))
        {
          n_alpha++;
          if (g_unichar_isupper (c))
            n_upper++;
        }
      while (*q != '\0')
        {
          gunichar d = g_utf8_get_char (q);

          if (g_unichar_isalnum (d))
            {
              if (g_unichar_isalpha (d))
                {
                  n_alpha++;
                  if (g_unichar_isupper (d))
                    {
                      n_upper++;
                      token.flags |= TOKEN_INNER_UPPER;
                    }
                }
              q = g_utf8_next_char (q);
              end = q;
              cend = ++cq;
            }
          else if (is_joiner (d))
            {
              const char *next = g_utf8_next_char (q);

              /* A comma joins only the digits of "1,200". */
              if (d == ',' && !(g_ascii_isdigit (q[-1]) && g_ascii_isdigit (*next)))
                break;
              q = next;
              cq++;
              if (may_end_word (d))
                {
                  end = q;
                  cend = cq;
                }
            }
          else
            break;
        }

      token.bend = end - text;
      token.cend = cend;

      for (const char *r = text + token.bstart; r < end; r = g_utf8_next_char (r))
        {
          gunichar d = g_utf8_get_char (r);

          if (g_unichar_isdigit (d))
            token.flags |= TOKEN_DIGIT;
          else if (g_unichar_isalpha (d))
            token.flags |= TOKEN_ALPHA;
          if (r > text + token.bstart && r < end)
            {
              if (d == '.' || d == '/' || d == '+' || d == '#' || d == '_' || d == '&')
                token.flags |= TOKEN_INNER_PUNCT;
              else if (d == '-')
                token.flags |= TOKEN_HYPHEN;
            }
          if (d == '%')
            token.flags |= TOKEN_PERCENT;
        }
      if (n_alpha >= 2 && n_upper == n_alpha)
        token.flags |= TOKEN_ALL_UPPER;
      if (follows_sentence_end (text, token.bstart))
        token.flags |= TOKEN_SENTENCE_START;

      token.lower = self->lower->len;
      for (const char *r = text + token.bstart; r < end; r = g_utf8_next_char (r))
        g_string_append_unichar (self->lower, g_unichar_tolower (g_utf8_get_char (r)));
      g_string_append_c (self->lower, '\0');

      g_array_append_val (self->tokens, token);

      p = end;
      ci = cend;
    }

  /* Look the words up once the buffer has stopped moving. */
  for (guint i = 0; i < self->tokens->len; i++)
    {
      CoachToken *token = &g_array_index (self->tokens, CoachToken, i);

      token->lex = _vitae_coach_lookup_lex (self, self->lower->str + token->lower);
    }
}

/* Figures *******************************************************************/

static gboolean
is_adverb (const CoachAnalysis *analysis,
           guint                i)
{
  const char *word = coach_token_lower (analysis, i);
  gsize len = strlen (word);

  return len >= 5 && g_str_has_suffix (word, "ly") &&
         !(analysis->tokens[i].flags & TOKEN_DIGIT);
}

/* Whether the word before a number names something the number versions:
 * "Python 3", "OAuth 2.0", "ISO 27001", "Java 17". */
static gboolean
is_name (const CoachToken *token)
{
  if (!(token->flags & TOKEN_ALPHA))
    return FALSE;

  if (token->flags & (TOKEN_ALL_UPPER | TOKEN_INNER_UPPER | TOKEN_INNER_PUNCT))
    return TRUE;

  if (token->flags & TOKEN_DIGIT)
    return TRUE;

  return (token->flags & TOKEN_FIRST_UPPER) && !(token->flags & TOKEN_SENTENCE_START);
}

static guint
lex_of_part (VitaeCoach *self,
             const char *part,
             gsize       len)
{
  char buf[32];

  if (len == 0 || len >= sizeof buf)
    return 0;

  memcpy (buf, part, len);
  buf[len] = '\0';

  return _vitae_coach_lookup_lex (self, buf);
}

/* Whether the token at @i, or the figure it starts, is a concrete quantity.
 * Numbers count when a unit, a counted noun, a before→after or a comparison
 * makes them one; versions, years, quarters and names with digits do not. */
static gboolean
is_metric_at (const CoachAnalysis *analysis,
              guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const CoachToken *prev = i > 0 ? &analysis->tokens[i - 1] : NULL;
  const CoachToken *next = i + 1 < analysis->n_tokens ? &analysis->tokens[i + 1] : NULL;
  const char *word = coach_token_lower (analysis, i);

  if (token->lex & LEX_FIGURE_WORD)
    return TRUE;

  if ((token->flags & TOKEN_DIGIT) && (token->flags & (TOKEN_PERCENT | TOKEN_CURRENCY)))
    return TRUE;

  if (token->flags & TOKEN_FIRST_DIGIT)
    {
      const char *suffix = word;
      guint n_dots = 0;

      while (g_ascii_isdigit (*suffix) || *suffix == ',' ||
             (*suffix == '.' && g_ascii_isdigit (suffix[1])))
        {
          if (*suffix == '.')
            n_dots++;
          suffix++;
        }

      if (n_dots > 1)
        return FALSE;

      if (*suffix != '\0')
        {
          const char *part = suffix;
          gsize len;

          /* "15-minute", "40M-row", "5K+": the unit is the first part. */
          if (*part == '-')
            part++;
          len = strcspn (part, "-+");
          if (lex_of_part (analysis->coach, part, len) & (LEX_UNIT | LEX_COUNT_NOUN))
            return TRUE;

          /* "3 x" and "2×" are multipliers; anything else glued to a
           * number ("1st", "24/7", "5G") is a name or an ordinal. */
          return FALSE;
        }

      if (next != NULL && (next->lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      /* "9 REST calls", "300 support tickets" */
      if (next != NULL && i + 2 < analysis->n_tokens && !(next->lex & LEX_FUNCTION_WORD) &&
          (analysis->tokens[i + 2].lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      if (prev != NULL && is_name (prev))
        return FALSE;

      if (prev != NULL &&
          (g_str_equal (coach_token_lower (analysis, i - 1), "v") ||
           g_str_equal (coach_token_lower (analysis, i - 1), "version") ||
           g_str_equal (coach_token_lower (analysis, i - 1), "release")))
        return FALSE;

      /* A bare four-digit number between 1900 and 2099 is a year. */
      if (n_dots == 0 && strlen (word) == 4)
        {
          guint64 value = g_ascii_strtoull (word, NULL, 10);

          if (value >= 1900 && value <= 2099)
            return FALSE;
        }

      if (prev != NULL && (prev->lex & LEX_QUANTITY_LEAD))
        return TRUE;

      /* "3 client types", "12 regions": a number counting the lower-case
       * noun after it. */
      if (next != NULL && (next->flags & TOKEN_ALPHA) &&
          !(next->flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)) &&
          !(next->lex & LEX_FUNCTION_WORD))
        return TRUE;

      return FALSE;
    }

  if (token->lex & LEX_NUMBER_WORD)
    {
      if (next != NULL && (next->lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      /* "a dozen partner integrations": one describing word may come first. */
      if (next != NULL && i + 2 < analysis->n_tokens && !(next->lex & LEX_FUNCTION_WORD) &&
          !(next->flags & TOKEN_DIGIT) &&
          (analysis->tokens[i + 2].lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      /* "in half", "by half" */
      if (g_str_equal (word, "half") && prev != NULL &&
          (g_str_equal (coach_token_lower (analysis, i - 1), "in") ||
           g_str_equal (coach_token_lower (analysis, i - 1), "by")))
        return TRUE;

      return FALSE;
    }

  /* "two-week", "five-service"; but "zero-trust" and "one-off" are names */
  if (token->flags & TOKEN_HYPHEN)
    {
      const char *dash = strchr (word, '-');
      guint first = lex_of_part (analysis->coach, word, dash - word);

      if ((first & (LEX_NUMBER_WORD | LEX_FIGURE_WORD)) &&
          (lex_of_part (analysis->coach, dash + 1, strcspn (dash + 1, "-")) & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;
    }

  return FALSE;
}

/* Phrases *******************************************************************/

static gboolean is_adverb (const CoachAnalysis *analysis,
                           guint                i);

/* Matches a phrase of one of the kinds in @kind_mask at token @i, the
 * longest first. A weak opening may carry an adverb ("worked closely
 * with"); @n_tokens receives how many tokens the match spans. */
static const CoachPhrase *
match_phrase (const CoachAnalysis *analysis,
              guint                i,
              guint                kind_mask,
              guint               *n_tokens)
{
  GPtrArray *candidates = g_hash_table_lookup (analysis->coach->phrases,
                                               coach_token_lower (analysis, i));

  if (candidates == NULL)
    return NULL;

  /* Candidates are sorted longest first, so the first match is the longest. */
  for (guint k = 0; k < candidates->len; k++)
    {
      const CoachPhrase *phrase = g_ptr_array_index (candidates, k);
      gboolean match = TRUE;
      guint t = i + 1;

      if (!(kind_mask & (1u << phrase->kind)))
        continue;

      for (guint w = 1; w < phrase->n_words && match; w++, t++)
        {
          if (phrase->kind == VITAE_COACH_ISSUE_WEAK_VERB)
            while (t < analysis->n_tokens && is_adverb (analysis, t) &&
                   !g_str_equal (phrase->words[w], coach_token_lower (analysis, t)))
              t++;
          match = t < analysis->n_tokens &&
                  g_str_equal (phrase->words[w], coach_token_lower (analysis, t));
        }

      if (match)
        {
          *n_tokens = t - i;
          return phrase;
        }
    }

  return NULL;
}

/* Matches a weak opening at token @i, as where the bullet opens. */
const CoachPhrase *
_vitae_coach_match_weak (const CoachAnalysis *analysis,
                         guint                i,
                         guint               *n_tokens)
{
  return match_phrase (analysis, i, 1u << VITAE_COACH_ISSUE_WEAK_VERB, n_tokens);
}

static gboolean
is_participle (const CoachAnalysis *analysis,
               guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const char *word = coach_token_lower (analysis, i);

  if (token->lex & LEX_PARTICIPLE)
    return TRUE;
  if (token->lex & LEX_NOT_PARTICIPLE)
    return FALSE;

  return !(token->flags & TOKEN_DIGIT) && strlen (word) > 4 && g_str_has_suffix (word, "ed");
}

/* "Releases were automated": a word the lexicon reads as an adjective
 * ("automated tests") is a participle after "were" where it is a strong verb
 * and no noun follows it. */
static gboolean
is_listed_participle (const CoachAnalysis *analysis,
                      guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  return (token->lex & LEX_NOT_PARTICIPLE) && (token->lex & LEX_STRONG_VERB) &&
         (i + 1 >= analysis->n_tokens || (analysis->tokens[i + 1].lex & LEX_FUNCTION_WORD));
}

gboolean
_vitae_coach_is_participle (const CoachAnalysis *analysis,
                            guint                i)
{
  return is_participle (analysis, i);
}

static char *
quote_span (const CoachAnalysis *analysis,
            guint                first,
            guint                last)
{
  const CoachToken *a = &analysis->tokens[first];
  const CoachToken *b = &analysis->tokens[last];

  return g_strndup (analysis->text + a->bstart, b->bend - a->bstart);
}

/* Detection *****************************************************************/

static void
find_lead (CoachAnalysis    *analysis,
           VitaeCoachResult *result)
{
  guint p = 0;

  /* The main verb may follow "I", "We" or an adverb ("Successfully led",
   * "I also helped"); a rewrite leaves the adverb out, since no verb reads
   * well before "also". */
  while (p < analysis->n_tokens &&
         (((analysis->tokens[p].lex & LEX_FIRST_PERSON) &&
           (g_str_equal (coach_token_lower (analysis, p), "i") ||
            g_str_equal (coach_token_lower (analysis, p), "we"))) ||
          is_adverb (analysis, p) || (analysis->tokens[p].lex & LEX_LEAD_ADVERB)))
    {
      if (analysis->tokens[p].lex & LEX_LEAD_ADVERB)
        analysis->tokens[p].flags |= TOKEN_DROP;
      p++;
    }

  /* "My team built…", "Our squad shipped…": the verb comes after the team. */
  if (p + 2 < analysis->n_tokens &&
      (analysis->tokens[p].lex & LEX_FIRST_PERSON) && (analysis->tokens[p].lex & LEX_DETERMINER) &&
      (analysis->tokens[p + 2].lex & (LEX_STRONG_VERB | LEX_PAST | LEX_WEAK_VERB)))
    p += 2;

  analysis->lead = p;
  if (p >= analysis->n_tokens)
    return;

  if (!(analysis->tokens[p].flags & TOKEN_DIGIT))
    {
      result->opening = g_strdup (coach_token_lower (analysis, p));
      result->opening_start = analysis->tokens[p].cstart;
      result->opening_end = analysis->tokens[p].cend;
    }

  analysis->weak = match_phrase (analysis, p, 1u << VITAE_COACH_ISSUE_WEAK_VERB, &analysis->weak_length);
  if (analysis->weak != NULL)
    {
      guint last = p + analysis->weak_length - 1;
      g_autofree char *quoted = quote_span (analysis, p, last);

      _vitae_coach_result_add (result, VITAE_COACH_ISSUE_WEAK_VERB,
                               analysis->tokens[p].cstart,
                               analysis->tokens[last].cend,
                               /* Translators: %s is the bullet's opening words */
                               g_strdup_printf (_("“%s” describes a duty, not an achievement: open with a strong action verb"),
                                                quoted));
    }
}

static void
find_phrases (CoachAnalysis    *analysis,
              VitaeCoachResult *result)
{
  const guint mask = (1u << VITAE_COACH_ISSUE_VAGUE) | (1u << VITAE_COACH_ISSUE_FILLER);

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      guint length = 0;
      const CoachPhrase *phrase = match_phrase (analysis, i, mask, &length);
      g_autofree char *quoted = NULL;
      guint last;

      if (phrase == NULL)
        continue;

      last = i + length - 1;
      quoted = quote_span (analysis, i, last);
      for (guint k = i; k <= last; k++)
        if (!(analysis->tokens[k].lex & LEX_KEYWORD))
          analysis->tokens[k].flags |= TOKEN_DROP;

      if (phrase->kind == VITAE_COACH_ISSUE_VAGUE)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_VAGUE,
                                 analysis->tokens[i].cstart, analysis->tokens[last].cend,
                                 /* Translators: %s is a vague word of the bullet */
                                 g_strdup_printf (_("“%s” is vague: say how many or how much"), quoted));
      else
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_FILLER,
                                 analysis->tokens[i].cstart, analysis->tokens[last].cend,
                                 /* Translators: %s is a filler word of the bullet */
                                 g_strdup_printf (_("“%s” adds no information: leave it out"), quoted));
      i = last;
    }
}

static void
find_grammar (CoachAnalysis    *analysis,
              VitaeCoachResult *result)
{
  guint weak_end = analysis->weak != NULL ? analysis->lead + analysis->weak_length : 0;

  analysis->passive_aux = -1;
  analysis->passive_participle = -1;

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      CoachToken *token = &analysis->tokens[i];

      if (!analysis->has_metric && is_metric_at (analysis, i))
        analysis->has_metric = TRUE;

      /* "US" is a country, not a pronoun. */
      if ((token->lex & LEX_FIRST_PERSON) &&
          !((token->flags & TOKEN_ALL_UPPER) && g_str_equal (coach_token_lower (analysis, i), "us")))
        {
          g_autofree char *quoted = quote_span (analysis, i, i);

          if (!(token->lex & LEX_KEYWORD))
            token->flags |= TOKEN_DROP;
          _vitae_coach_result_add (result, VITAE_COACH_ISSUE_FIRST_PERSON, token->cstart, token->cend,
                                   /* Translators: %s is a pronoun such as “I” or “we” */
                                   g_strdup_printf (_("Leave out “%s”: a resume speaks for you without pronouns"),
                                                    quoted));
          continue;
        }

      if ((token->lex & LEX_PASSIVE_AUX) && i >= weak_end)
        {
          guint j = i + 1;

          while (j < analysis->n_tokens &&
                 (is_adverb (analysis, j) || g_str_equal (coach_token_lower (analysis, j), "not")))
            j++;

          if (j < analysis->n_tokens &&
              (is_participle (analysis, j) || is_listed_participle (analysis, j)))
            {
              g_autofree char *quoted = quote_span (analysis, i, j);

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
              _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PASSIVE,
                                       token->cstart, analysis->tokens[j].cend,
                                       /* Translators: %s is a passive phrase such as “was migrated” */
                                       g_strdup_printf (_("“%s” is passive: say who did it, starting with the verb"),
                                                        quoted));
              i = j;
            }
        }
    }
}

static void
find_placeholders (CoachAnalysis    *analysis,
                   VitaeCoachResult *result)
{
  const char *p = analysis->text;
  guint ci = 0, open_ci = 0;
  const char *open = NULL;

  for (; *p != '\0'; p = g_utf8_next_char (p), ci++)
    {
      if (*p == '[')
        {
          open = p;
          open_ci = ci;
        }
      else if (*p == ']' && open != NULL)
        {
          g_autofree char *slot = g_strndup (open, p + 1 - open);

          _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PLACEHOLDER, open_ci, ci + 1,
                                   /* Translators: %s is a bracketed slot such as “[p99 latency]” */
                                   g_strdup_printf (_("Replace %s with your real figure or detail"), slot));
          open = NULL;
        }
    }
}

static void
find_area (CoachAnalysis *analysis)
{
  VitaeCoach *coach = analysis->coach;
  guint sums[COACH_MAX_AREAS] = { 0 };
  guint best = 0, best_sum = 0;

  for (guint i = 0; i < analysis->n_tokens; i++)
    {
      const CoachCue *cue = g_hash_table_lookup (coach->cues, coach_token_lower (analysis, i));

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

  analysis->area = best_sum > 0 ? g_ptr_array_index (coach->areas, best) : coach->general;
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

guint
_vitae_coach_score (VitaeCoachResult *self)
{
  guint lost[VITAE_COACH_N_ISSUE_KINDS] = { 0 };
  guint total = 0;

  for (guint i = 0; i < self->issues->len; i++)
    {
      const VitaeCoachIssue *issue = &g_array_index (self->issues, VitaeCoachIssue, i);

      lost[issue->kind] = MIN (lost[issue->kind] + kinds[issue->kind].penalty,
                               kinds[issue->kind].max_penalty);
    }

  for (guint k = 0; k < VITAE_COACH_N_ISSUE_KINDS; k++)
    total += lost[k];

  return total >= 100 ? 0 : 100 - total;
}

/*
 * Analyses one bullet on its own: everything but repeated-verb, which needs
 * the bullet's neighbours. Uses the coach's scratch buffers, so it is not
 * reentrant; the coach lives on the main thread.
 */
VitaeCoachResult *
_vitae_coach_analyze (VitaeCoach *self,
                      const char *text)
{
  g_autoptr(VitaeCoachResult) result = _vitae_coach_result_new (text);
  CoachAnalysis analysis = { 0 };
  guint n_chars;

  tokenize (self, text);

  analysis.coach = self;
  analysis.text = text;
  analysis.tokens = (CoachToken *) (gpointer) self->tokens->data;
  analysis.n_tokens = self->tokens->len;
  analysis.lower = self->lower->str;

  if (analysis.n_tokens == 0)
    {
      _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, g_utf8_strlen (text, -1),
                               g_strdup (_("This bullet is empty: say what you achieved")));
      result->score = 0;
      result->area = analysis.coach->general->id;
      return g_steal_pointer (&result);
    }

  n_chars = analysis.tokens[analysis.n_tokens - 1].cend +
            g_utf8_strlen (text + analysis.tokens[analysis.n_tokens - 1].bend, -1);

  find_lead (&analysis, result);
  find_phrases (&analysis, result);
  find_grammar (&analysis, result);
  find_placeholders (&analysis, result);
  find_area (&analysis);
  result->area = analysis.area->id;

  if (!analysis.has_metric)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_NO_METRIC, 0, n_chars,
                             g_strdup (_("No figure shows the result: add a number, a percentage, "
                                         "a latency or a before→after")));

  if (analysis.n_tokens > MAX_WORDS)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_LONG,
                             analysis.tokens[MAX_WORDS].cstart, n_chars,
                             /* Translators: %u is a number of words, at least 43 */
                             g_strdup_printf (_("%u words is too long to read at a glance: "
                                                "keep a bullet to about 35"),
                                              analysis.n_tokens));
  else if (analysis.n_tokens < MIN_WORDS)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, n_chars,
                             g_strdup (_("Too short to show an achievement: add the context, "
                                         "how you did it and the result")));

  g_array_sort (result->issues, _vitae_coach_compare_issues);
  result->score = _vitae_coach_score (result);

  _vitae_coach_rewrite (&analysis, result);

  return g_steal_pointer (&result);
}
