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
#include "vitae-language.h"

/* A bullet over this many words no longer reads at a glance. The guide's own
 * strong examples run to about forty words, so the line sits just above them. */
#define MAX_WORDS 42
/* Under this many words a bullet cannot hold a verb, a context and a result. */
#define MIN_WORDS 5

/* The issue ids of the JSON contract. The score is not a sum of penalties
 * per issue but of the strengths a bullet shows (see "Scoring" below). */
static const struct {
  const char *id;
} kinds[VITAE_COACH_N_ISSUE_KINDS] = {
  [VITAE_COACH_ISSUE_WEAK_VERB]     = { "weak-verb" },
  [VITAE_COACH_ISSUE_NO_METRIC]     = { "no-metric" },
  [VITAE_COACH_ISSUE_VAGUE]         = { "vague" },
  [VITAE_COACH_ISSUE_PASSIVE]       = { "passive" },
  [VITAE_COACH_ISSUE_FIRST_PERSON]  = { "first-person" },
  [VITAE_COACH_ISSUE_FILLER]        = { "filler" },
  [VITAE_COACH_ISSUE_TOO_LONG]      = { "too-long" },
  [VITAE_COACH_ISSUE_TOO_SHORT]     = { "too-short" },
  [VITAE_COACH_ISSUE_PLACEHOLDER]   = { "placeholder" },
  [VITAE_COACH_ISSUE_REPEATED_VERB] = { "repeated-verb" },
  [VITAE_COACH_ISSUE_LANGUAGE]      = { "language" },
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
  switch (c)
    {
    case '$': case 0x20AC: case 0x00A3: case 0x00A5: case 0x20B9: case 0x20A9:
    case 0x20BD: case 0x20BA: case 0x20AA: case 0x20AB: case 0x20B1: case 0x20A6:
    case 0x00A2: case 0x20B4: case 0x20A1:
      return TRUE;
    default:
      return FALSE;
    }
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

/* Whether the slot's text stands for a figure: "[X%]", "[N users]", "[from
 * X to Y]", "[how many]". */
static gboolean
slot_is_figure (const char *start,
                const char *end)
{
  for (const char *p = start + 1; p < end; p++)
    {
      if (*p == '%' || *p == '#' || g_ascii_isdigit (*p))
        return TRUE;
      if ((*p == 'X' || *p == 'Y' || *p == 'N') &&
          !g_ascii_isalpha (p[-1]) && !g_ascii_isalpha (p[1]))
        return TRUE;
    }

  return g_strstr_len (start, end - start, "how many") != NULL ||
         g_strstr_len (start, end - start, "how much") != NULL;
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

      /* A [slot] is one token whose words are the user's to write. */
      if (c == '[')
        {
          const char *close = p + 1;
          guint cclose = ci + 1;

          while (*close != '\0' && *close != ']' && *close != '[')
            {
              close = g_utf8_next_char (close);
              cclose++;
            }
          if (*close == ']')
            {
              token.bstart = p - text;
              token.cstart = ci;
              token.bend = close + 1 - text;
              token.cend = cclose + 1;
              token.flags = TOKEN_SLOT;
              if (slot_is_figure (p, close))
                token.flags |= TOKEN_SLOT_FIGURE;
              token.lower = self->lower->len;
              g_string_append (self->lower, "[]");
              g_string_append_c (self->lower, '\0');
              g_array_append_val (self->tokens, token);
              p = close + 1;
              ci = cclose + 1;
              continue;
            }
        }

      /* ".NET", ".js": a name that opens with its dot */
      if (c == '.' && g_ascii_isalpha (p[1]) && (p == text || g_ascii_isspace (p[-1]) || p[-1] == '(' ||
                                                 p[-1] == '/'))
        {
          token.bstart = p - text;
          token.cstart = ci;
          token.flags |= TOKEN_INNER_PUNCT | (g_ascii_isupper (p[1]) ? TOKEN_FIRST_UPPER : 0);
          p++;
          ci++;
          c = g_utf8_get_char (p);
        }
      else if (!g_unichar_isalnum (c) &&
               !(is_currency (c) && g_ascii_isdigit (*g_utf8_next_char (p))))
        {
          p = g_utf8_next_char (p);
          ci++;
          continue;
        }
      else
        {
          token.bstart = p - text;
          token.cstart = ci;
        }
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
      const char *word = self->lower->str + token->lower;

      if (token->flags & TOKEN_SLOT)
        continue;
      token->lex = _vitae_coach_lookup_lex (self, word);
      if ((token->flags & TOKEN_ALPHA) && !(token->flags & TOKEN_DIGIT))
        token->lemma = _vitae_coach_verb_lemma (self, word, &token->form);
      /* "Architected", "Refactored", "Dockerized", "rearchitecting": verbs
       * WordNet does not list, known by their ending */
      if (token->lemma == NULL && !(token->flags & (TOKEN_DIGIT | TOKEN_INNER_PUNCT | TOKEN_ALL_UPPER)) &&
          strlen (word) > 5 && !(token->lex & (LEX_NOT_PARTICIPLE | LEX_NOT_GERUND | LEX_FUNCTION_WORD)))
        {
          if (g_str_has_suffix (word, "ed"))
            {
              token->lemma = "";
              token->form = VERB_FORM_ED;
            }
          else if (g_str_has_suffix (word, "ing"))
            {
              token->lemma = "";
              token->form = VERB_FORM_ING;
            }
        }
    }
}

/* Figures *******************************************************************/

static inline gboolean
token_is (const CoachAnalysis *analysis,
          guint                i,
          const char          *word)
{
  return i < analysis->n_tokens && g_str_equal (coach_token_lower (analysis, i), word);
}

static gboolean
is_adverb (const CoachAnalysis *analysis,
           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const char *word = coach_token_lower (analysis, i);

  if (token->flags & (TOKEN_DIGIT | TOKEN_SLOT))
    return FALSE;

  return _vitae_coach_is_adverb_word (analysis->coach, word) ||
         (strlen (word) >= 5 && g_str_has_suffix (word, "ly") && token->lemma == NULL &&
          !(token->lex & LEX_KEYWORD));
}

/* Whether the word before a number names something the number versions or
 * belongs to: "Python 3", "OAuth 2.0", "ISO 27001", "Route 53", "Red Hat 6". */
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

static gboolean
is_year (const char *word,
         gsize       len)
{
  guint64 value;

  if (len != 4)
    return FALSE;
  for (gsize k = 0; k < 4; k++)
    if (!g_ascii_isdigit (word[k]))
      return FALSE;
  value = g_ascii_strtoull (word, NULL, 10);

  return value >= 1900 && value <= 2099;
}

/* The characters right before and after the token in the text. */
static char
char_before (const CoachAnalysis *analysis,
             guint                i,
             guint                back)
{
  guint b = analysis->tokens[i].bstart;

  return b >= back ? analysis->text[b - back] : '\0';
}

static char
char_after (const CoachAnalysis *analysis,
            guint                i,
            guint                ahead)
{
  const char *p = analysis->text + analysis->tokens[i].bend;

  for (guint k = 0; k < ahead; k++)
    if (p[k] == '\0')
      return '\0';

  return p[ahead];
}

/* A number the token before makes a version: "Red Hat 6 to 7". */
static gboolean
is_version_number (const CoachAnalysis *analysis,
                   guint                i)
{
  return i > 0 && (analysis->tokens[i].flags & TOKEN_FIRST_DIGIT) && is_name (&analysis->tokens[i - 1]);
}

static gboolean
is_currency_code (const char *word)
{
  static const char * const codes[] = {
    "usd", "eur", "gbp", "inr", "rs", "chf", "jpy", "cad", "aud", "cny", "rmb", "sek",
    "nok", "dkk", "pln", "brl", "mxn", "zar", "sgd", "hkd", "nzd", "krw", "try", "aed",
  };

  for (guint k = 0; k < G_N_ELEMENTS (codes); k++)
    if (g_str_equal (word, codes[k]))
      return TRUE;

  return FALSE;
}

/* Whether the token at @i, or the figure it starts, is a concrete quantity,
 * read as a person reads it: counts ("20+", "15+ clients", "(20)", "3-5
 * developers", "forty engineers"), sizes with k/M/B, multipliers (3x, ×),
 * ratios (10:1), money in any currency, durations and percentages; never a
 * year, a version ("Red Hat 6 to 7", "Python 3"), an ordinal ("3rd"), a
 * name with digits (S3, Route 53, 3D) or a one-to-one meeting ("1:1s"). */
static gboolean
is_frequency (const char *word)
{
  static const char * const words[] = {
    "hourly", "daily", "nightly", "weekly", "fortnightly", "biweekly", "monthly", "quarterly",
    "yearly", "annually", "annual", "continuously", "hours", "days", "weeks", "months",
  };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (g_str_equal (word, words[k]))
      return TRUE;

  return FALSE;
}

/* Results that count by having none: "no findings", "zero downtime". */
static gboolean
is_none_result (const char *word)
{
  static const char * const words[] = {
    "findings", "defects", "incidents", "errors", "outages", "downtime", "regressions",
    "vulnerabilities", "escalations", "complaints", "failures", "rollbacks",
  };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (g_str_equal (word, words[k]))
      return TRUE;

  return FALSE;
}

static gboolean
is_metric_at (const CoachAnalysis *analysis,
              guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const CoachToken *prev = i > 0 ? &analysis->tokens[i - 1] : NULL;
  const CoachToken *next = i + 1 < analysis->n_tokens ? &analysis->tokens[i + 1] : NULL;
  const char *word = coach_token_lower (analysis, i);

  if (token->flags & TOKEN_SLOT)
    return (token->flags & TOKEN_SLOT_FIGURE) != 0;

  if (token->lex & LEX_FIGURE_WORD)
    return TRUE;

  if ((token->flags & TOKEN_DIGIT) && (token->flags & (TOKEN_PERCENT | TOKEN_CURRENCY)))
    return TRUE;

  if ((token->flags & TOKEN_FIRST_DIGIT) &&
      (token_is (analysis, i, "1st") || token_is (analysis, i, "2nd") || token_is (analysis, i, "3rd")))
    return FALSE;

  if (token->flags & TOKEN_FIRST_DIGIT)
    {
      const char *suffix = word;
      gboolean plus = FALSE, range = FALSE;
      guint n_dots = 0;
      gsize number_len;

      while (g_ascii_isdigit (*suffix) || *suffix == ',' ||
             (*suffix == '.' && g_ascii_isdigit (suffix[1])))
        {
          if (*suffix == '.')
            n_dots++;
          suffix++;
        }
      number_len = suffix - word;

      /* "1.2.3", "v2.4.1": a version */
      if (n_dots > 1)
        return FALSE;

      /* "1:1s" and "1:1" are meetings; "10:1" and "3:2" are ratios; "9:30"
       * is a time. */
      if (char_after (analysis, i, 0) == ':' && g_ascii_isdigit (char_after (analysis, i, 1)))
        return !(g_str_equal (word, "1") && char_after (analysis, i, 1) == '1') &&
               !g_ascii_isdigit (char_after (analysis, i, 2));
      if (char_before (analysis, i, 1) == ':' && g_ascii_isdigit (char_before (analysis, i, 2)))
        return FALSE;

      if (*suffix == '+')
        {
          plus = TRUE;
          suffix++;
        }

      /* "3-5", "10-15": a range; "2019-2021": years */
      if (*suffix == '-' && g_ascii_isdigit (suffix[1]))
        {
          const char *second = suffix + 1;
          gsize len = strspn (second, "0123456789");

          if (is_year (word, number_len) && is_year (second, len))
            return FALSE;
          range = TRUE;
          suffix = second + len;
          if (*suffix == '+')
            {
              plus = TRUE;
              suffix++;
            }
        }

      if (*suffix != '\0')
        {
          const char *part = suffix;
          gsize len;

          /* "15-minute", "40M-row", "5K+", "3x": the unit is the first part. */
          if (*part == '-')
            part++;
          len = strcspn (part, "-+/");
          /* "1st", "2nd", "3rd", "4th" */
          if (len == 2 && (g_str_has_prefix (part, "st") || g_str_has_prefix (part, "nd") ||
                           g_str_has_prefix (part, "rd") || g_str_has_prefix (part, "th")))
            return FALSE;
          /* "3D", "2D", "5G", "4K" as a screen: a single capital glued to a
           * digit is a name unless it is a size (K, M, B) or a multiplier. */
          if (len == 1 && strchr ("kmbx", *part) == NULL && !g_ascii_islower (analysis->text[token->bstart + (part - word)]))
            return FALSE;
          if (len == 1 && *part == 'd')
            return FALSE;
          if (lex_of_part (analysis->coach, part, len) & (LEX_UNIT | LEX_COUNT_NOUN))
            return TRUE;

          /* anything else glued to a number ("24/7", "S3") is a name */
          return FALSE;
        }

      /* "(20)": a count the bullet stated in passing */
      if (char_before (analysis, i, 1) == '(' && char_after (analysis, i, 0) == ')')
        return !(prev != NULL && is_name (prev));

      /* "USD 5,000" */
      if (prev != NULL && is_currency_code (coach_token_lower (analysis, i - 1)))
        return TRUE;

      if (next != NULL && (next->lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      if (prev != NULL && is_name (prev))
        return FALSE;

      /* "7 DB instances", "(7 DB…)" */
      if (next != NULL && (next->flags & TOKEN_ALL_UPPER) && !(next->flags & TOKEN_DIGIT) &&
          !(i + 2 < analysis->n_tokens && (analysis->tokens[i + 2].flags & TOKEN_FIRST_DIGIT)))
        return TRUE;

      if (prev != NULL &&
          (token_is (analysis, i - 1, "v") || token_is (analysis, i - 1, "version") ||
           token_is (analysis, i - 1, "release") || token_is (analysis, i - 1, "level") ||
           token_is (analysis, i - 1, "tier") || token_is (analysis, i - 1, "phase") ||
           token_is (analysis, i - 1, "step") || token_is (analysis, i - 1, "grade")))
        return FALSE;

      /* "Red Hat 6 to 7", "Java 8 and 11" */
      if (i >= 2 && (token_is (analysis, i - 1, "to") || token_is (analysis, i - 1, "and")) &&
          is_version_number (analysis, i - 2))
        return FALSE;

      if (!range && n_dots == 0 && is_year (word, number_len))
        return FALSE;

      if (plus || range)
        return TRUE;

      /* "9 REST calls", "300 support tickets" */
      if (next != NULL && i + 2 < analysis->n_tokens && !(next->lex & LEX_FUNCTION_WORD) &&
          (analysis->tokens[i + 2].lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      if (prev != NULL && ((prev->lex & LEX_QUANTITY_LEAD) || token_is (analysis, i - 1, "of")))
        return TRUE;

      /* "3 client types", "12 regions": a number counting the lower-case
       * noun after it. */
      if (next != NULL && (next->flags & TOKEN_ALPHA) &&
          !(next->flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)) &&
          !(next->lex & LEX_FUNCTION_WORD))
        return TRUE;

      return FALSE;
    }

  /* "from fortnightly to daily": a before→after in words */
  if (is_frequency (word) && prev != NULL && token_is (analysis, i - 1, "to") && i >= 3 &&
      is_frequency (coach_token_lower (analysis, i - 2)) && token_is (analysis, i - 3, "from"))
    return TRUE;

  /* "with no findings", "zero downtime": a result of none */
  if ((token_is (analysis, i, "no") || token_is (analysis, i, "zero")) && next != NULL &&
      is_none_result (coach_token_lower (analysis, i + 1)))
    return TRUE;

  /* "Third Place", "2nd place", "first prize": a rank in a competition */
  if ((token_is (analysis, i, "first") || token_is (analysis, i, "second") || token_is (analysis, i, "third") ||
       token_is (analysis, i, "1st") || token_is (analysis, i, "2nd") || token_is (analysis, i, "3rd")) &&
      (token_is (analysis, i + 1, "place") || token_is (analysis, i + 1, "prize")))
    return TRUE;

  if (token->lex & LEX_NUMBER_WORD)
    {
      gboolean one = g_str_equal (word, "one");

      /* "one team member" is no count of work, "one week" is a duration */
      if (next != NULL && (next->lex & LEX_UNIT))
        return TRUE;
      if (!one && next != NULL && (next->lex & LEX_COUNT_NOUN))
        return TRUE;

      /* "a dozen partner integrations": one describing word may come first. */
      if (next != NULL && i + 2 < analysis->n_tokens && !(next->lex & LEX_FUNCTION_WORD) &&
          !(next->flags & TOKEN_DIGIT) &&
          (analysis->tokens[i + 2].lex & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;

      /* "in half", "by half" */
      if (g_str_equal (word, "half"))
        return prev != NULL && (token_is (analysis, i - 1, "in") || token_is (analysis, i - 1, "by"));

      /* "forty volunteers", "hundreds of"; but "one of the", "one-off" */
      if (!one && next != NULL && (next->flags & TOKEN_ALPHA) && !(next->flags & TOKEN_DIGIT) &&
          (!(next->lex & LEX_FUNCTION_WORD) || token_is (analysis, i + 1, "of")) &&
          !token_is (analysis, i + 1, "or") && !token_is (analysis, i + 1, "and"))
        return TRUE;

      return FALSE;
    }

  /* "two-week", "five-service"; but "zero-trust" and "one-off" are names */
  if (token->flags & TOKEN_HYPHEN)
    {
      const char *dash = strchr (word, '-');
      guint first = lex_of_part (analysis->coach, word, dash - word);
      guint second = lex_of_part (analysis->coach, dash + 1, strcspn (dash + 1, "-"));

      if ((first & (LEX_NUMBER_WORD | LEX_FIGURE_WORD)) && (second & (LEX_UNIT | LEX_COUNT_NOUN)))
        return TRUE;
      /* "forty-five engineers" */
      if ((first & LEX_NUMBER_WORD) && (second & LEX_NUMBER_WORD) && next != NULL &&
          (next->flags & TOKEN_ALPHA) && !(next->lex & LEX_FUNCTION_WORD))
        return TRUE;
    }

  return FALSE;
}

/* Phrases *******************************************************************/

/* The key a phrase is filed under: the lemma of its first word when that is a
 * verb ("helped", "helps", "helping" → "help"), else the word. */
static const char *
phrase_key (const CoachToken *token,
            const char       *lower)
{
  return token->lemma != NULL ? token->lemma : lower;
}

/* Matches a phrase of one of the kinds in @kind_mask at token @i, the
 * longest first. A weak opening may carry an adverb ("worked closely
 * with"); @n_tokens receives how many tokens the match spans. */
static const CoachPhrase *
match_phrase (const CoachAnalysis *analysis,
              guint                i,
              guint                kind_mask,
              guint               *n_tokens)
{
  const CoachToken *token = &analysis->tokens[i];
  GPtrArray *candidates;

  if (token->flags & TOKEN_SLOT)
    return NULL;

  candidates = g_hash_table_lookup (analysis->coach->phrases,
                                    phrase_key (token, coach_token_lower (analysis, i)));
  if (candidates == NULL && token->lemma != NULL)
    candidates = g_hash_table_lookup (analysis->coach->phrases, coach_token_lower (analysis, i));
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

      /* Other kinds name words, not verbs: "lots" is no form of "lot";
       * nor is "parts of" a form of "part of". */
      if ((phrase->kind != VITAE_COACH_ISSUE_WEAK_VERB ||
           (token->form == VERB_FORM_S && phrase->n_words > 1 && g_str_equal (phrase->words[1], "of"))) &&
          !g_str_equal (phrase->words[0], coach_token_lower (analysis, i)))
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

  if (token->flags & TOKEN_SLOT)
    return FALSE;
  if (token->lex & LEX_PARTICIPLE)
    return TRUE;
  if (token->lex & LEX_NOT_PARTICIPLE)
    return FALSE;
  if (token->form == VERB_FORM_ED)
    return TRUE;

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

/* The opener ****************************************************************/

static gboolean
is_subject_pronoun (const CoachAnalysis *analysis,
                    guint                i)
{
  return (analysis->tokens[i].lex & LEX_FIRST_PERSON) &&
         (token_is (analysis, i, "i") || token_is (analysis, i, "we"));
}

/* Whether a word read as a verb is a name here: "Go", "Swift", "Rust". */
static gboolean
is_named_word (const CoachToken *token)
{
  return (token->lex & LEX_KEYWORD) && !(token->lex & LEX_COMMON_KEYWORD) &&
         (token->flags & TOKEN_FIRST_UPPER);
}

static gboolean
is_preposition (const CoachAnalysis *analysis,
                guint                i)
{
  return i < analysis->n_tokens && (analysis->tokens[i].lex & LEX_FUNCTION_WORD) &&
         !(analysis->tokens[i].lex & LEX_DETERMINER) &&
         !token_is (analysis, i, "and") && !token_is (analysis, i, "or");
}

/* "Using Python, built…": a tool named before the bullet's real verb. */
static gboolean
verb_after_comma (const CoachAnalysis *analysis,
                  guint                from)
{
  for (guint k = from; k + 1 < analysis->n_tokens && k < from + 8; k++)
    {
      const char *gap = analysis->text + analysis->tokens[k].bend;

      if (memchr (gap, ',', analysis->tokens[k + 1].bstart - analysis->tokens[k].bend) != NULL)
        return analysis->tokens[k + 1].form == VERB_FORM_ED;
    }

  return FALSE;
}

/* "Used Kafka to cut…", "Collaborated with QA to build…": a purpose names
 * the person's action, so the opener is not weak. */
static gboolean
purpose_follows (const CoachAnalysis *analysis,
                 guint                from)
{
  for (guint k = from; k + 1 < analysis->n_tokens && k < from + 7; k++)
    if (token_is (analysis, k, "to") && analysis->tokens[k + 1].form == VERB_FORM_BASE &&
        !(analysis->tokens[k + 1].lex & (LEX_DETERMINER | LEX_FUNCTION_WORD)))
      return TRUE;

  return FALSE;
}

/* Verbs that take "on" or "in" in the active voice: "Reported on a
 * flaw", "Specialized in…", unlike "Written in Go" or "Ran on Solaris". */
static gboolean
takes_preposition (const char *lemma)
{
  static const char * const verbs[] = {
    "report", "present", "speak", "focus", "consult", "advise", "lecture", "comment",
    "iterate", "expand", "improve", "specialize", "specialise", "invest", "engage",
    "succeed", "brief", "testify", "blog", "reflect", "elaborate", "capitalize",
    "capitalise", "follow", "act", "coordinate", "collaborate", "persist",
  };

  for (guint k = 0; lemma != NULL && k < G_N_ELEMENTS (verbs); k++)
    if (g_str_equal (lemma, verbs[k]))
      return TRUE;

  return FALSE;
}

static gboolean
only_space_before (const CoachAnalysis *analysis,
                   guint                i)
{
  for (guint b = analysis->tokens[i - 1].bend; b < analysis->tokens[i].bstart; b++)
    if (!g_ascii_isspace (analysis->text[b]))
      return FALSE;

  return TRUE;
}

typedef enum
{
  WEAK_DUTY,
  WEAK_PASSIVE,
  WEAK_NOMINAL,
  WEAK_PRONOUN,
  WEAK_FRAGMENT,
} WeakReason;

static void
flag_opener (CoachAnalysis    *analysis,
             VitaeCoachResult *result,
             guint             first,
             guint             last,
             WeakReason        reason)
{
  g_autofree char *quoted = NULL;
  char *message;

  if (analysis->quiet)
    return;

  quoted = quote_span (analysis, first, last);
  switch (reason)
    {
    case WEAK_PASSIVE:
      /* Translators: %s is the bullet's opening words, such as “Was promoted” */
      message = g_strdup_printf (_("“%s” is passive: open with the action you took"), quoted);
      break;
    case WEAK_NOMINAL:
      /* Translators: %s is the bullet's opening words, such as “Design of” */
      message = g_strdup_printf (_("“%s” names the work, not what you did: open with the verb"), quoted);
      break;
    case WEAK_PRONOUN:
      /* Translators: %s is a pronoun such as “I” or “We” */
      message = g_strdup_printf (_("Open with the verb, not “%s”"), quoted);
      break;
    case WEAK_FRAGMENT:
      /* Translators: %s is the bullet's first word */
      message = g_strdup_printf (_("No action verb opens this bullet (“%s…”): start with what you did"), quoted);
      break;
    case WEAK_DUTY:
    default:
      /* Translators: %s is the bullet's opening words */
      message = g_strdup_printf (_("“%s” describes a duty, not an achievement: open with a strong action verb"),
                                 quoted);
      break;
    }

  _vitae_coach_result_add (result, VITAE_COACH_ISSUE_WEAK_VERB,
                           analysis->tokens[first].cstart, analysis->tokens[last].cend, message);
}

static void
find_opener (CoachAnalysis    *analysis,
             VitaeCoachResult *result)
{
  guint p = 0, clause = 0;
  gboolean pronoun = FALSE;
  const CoachToken *token;
  const char *word;

  analysis->opener = OPEN_FRAGMENT;
  analysis->scope = SCOPE_NONE;

  /* "In close coordination with X, led…", "With a grant from Y, built…":
   * the main clause after the comma opens the bullet. */
  if (analysis->n_tokens > 2 && is_preposition (analysis, 0) && !token_is (analysis, 0, "to"))
    for (guint k = 1; k + 1 < analysis->n_tokens && k < 14; k++)
      {
        const char *gap = analysis->text + analysis->tokens[k - 1].bend;

        if (memchr (gap, ',', analysis->tokens[k].bstart - analysis->tokens[k - 1].bend) != NULL)
          {
            if (analysis->tokens[k].lemma != NULL)
              clause = p = k;
            break;
          }
      }

  /* "Acme — Developed…", "Virtual learning: Introduced…": a heading before
   * the bullet proper */
  if (clause == 0)
    for (guint k = 1; k + 1 < analysis->n_tokens && k < 7; k++)
      {
        const char *gap = analysis->text + analysis->tokens[k - 1].bend;
        gsize gap_len = analysis->tokens[k].bstart - analysis->tokens[k - 1].bend;

        if (g_strstr_len (gap, gap_len, ": ") != NULL || g_strstr_len (gap, gap_len, "—") != NULL ||
            g_strstr_len (gap, gap_len, "–") != NULL || g_strstr_len (gap, gap_len, " - ") != NULL)
          {
            if ((analysis->tokens[k].flags & TOKEN_FIRST_UPPER) && k <= 5)
              clause = p = k;
            break;
          }
        /* a heading is a name: "Acme Corp", "Conrad (Google Cloud Partner)" */
        if (!(analysis->tokens[k].flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)))
          break;
      }

  /* The verb may follow "I", "We" or an adverb ("Actively contributed",
   * "I also helped"): they belong to the opener. */
  while (p < analysis->n_tokens &&
         (is_subject_pronoun (analysis, p) || is_adverb (analysis, p) ||
          (analysis->tokens[p].lex & LEX_LEAD_ADVERB) ||
          /* "Frequently and successfully spearheaded…" */
          (p > 0 && token_is (analysis, p, "and") && p + 1 < analysis->n_tokens && is_adverb (analysis, p + 1))))
    {
      if (is_subject_pronoun (analysis, p))
        pronoun = TRUE;
      p++;
    }

  /* "My team built…", "Our squad shipped…": the verb comes after the team. */
  if (p + 2 < analysis->n_tokens &&
      (analysis->tokens[p].lex & LEX_FIRST_PERSON) && (analysis->tokens[p].lex & LEX_DETERMINER) &&
      analysis->tokens[p + 2].form == VERB_FORM_ED)
    {
      pronoun = TRUE;
      p += 2;
    }

  analysis->lead = p;
  analysis->opener_end = p;
  if (p >= analysis->n_tokens)
    return;

  token = &analysis->tokens[p];
  word = coach_token_lower (analysis, p);

  if (!(token->flags & (TOKEN_DIGIT | TOKEN_SLOT)))
    {
      result->opening = g_strdup (word);
      result->opening_start = token->cstart;
      result->opening_end = token->cend;
    }

  if (token->flags & TOKEN_SLOT)
    {
      analysis->opener = OPEN_SLOT;
      analysis->opener_end = p + 1;
      return;
    }

  analysis->weak = match_phrase (analysis, p, 1u << VITAE_COACH_ISSUE_WEAK_VERB, &analysis->weak_length);

  /* "Using Python and SQL, built…", "Used Redis to cut…", "Collaborated with
   * QA to ship…" are no weak openings. */
  if (analysis->weak != NULL && analysis->weak->scope == SCOPE_TOOL &&
      !g_str_equal (analysis->weak->words[0], "worked") &&
      ((token->form == VERB_FORM_ING && verb_after_comma (analysis, p + analysis->weak_length)) ||
       (!token_is (analysis, p + analysis->weak_length, "to") &&
        purpose_follows (analysis, p + analysis->weak_length))))
    analysis->weak = NULL;

  if (analysis->weak != NULL)
    {
      guint last = p + analysis->weak_length - 1;
      const CoachPhrase *next;
      guint length;

      analysis->opener = OPEN_WEAK;
      analysis->scope = analysis->weak->scope;
      analysis->opener_end = p + analysis->weak_length;
      analysis->verb_lemma = token->lemma;

      /* "Responsible for helping with…": the shared part is what counts. */
      while (analysis->opener_end < analysis->n_tokens &&
             only_space_before (analysis, analysis->opener_end) &&
             (next = match_phrase (analysis, analysis->opener_end,
                                   1u << VITAE_COACH_ISSUE_WEAK_VERB, &length)) != NULL)
        {
          analysis->opener_end += length;
          last = analysis->opener_end - 1;
          if (next->scope == SCOPE_SHARED || analysis->scope == SCOPE_DUTY)
            analysis->scope = next->scope;
        }

      /* "Responsible for migrating…", "Was asked to build…": the action is
       * the user's own verb, which a rewrite puts in the past tense, so it
       * belongs to the opener. */
      if (analysis->scope == SCOPE_DUTY && analysis->opener_end + 1 < analysis->n_tokens)
        {
          const CoachToken *action = &analysis->tokens[analysis->opener_end];

          if ((action->form == VERB_FORM_ING && !(action->lex & LEX_NOT_GERUND)) ||
              (token_is (analysis, analysis->opener_end - 1, "to") && action->form == VERB_FORM_BASE))
            last = analysis->opener_end;
        }

      flag_opener (analysis, result, clause == 0 ? 0 : p, last, WEAK_DUTY);
      return;
    }

  /* "Was promoted to…" */
  if ((token->lex & LEX_PASSIVE_AUX) && p + 1 < analysis->n_tokens &&
      (is_participle (analysis, p + 1) || is_adverb (analysis, p + 1)))
    {
      analysis->opener = OPEN_PASSIVE;
      flag_opener (analysis, result, p, p + 1, WEAK_PASSIVE);
      return;
    }

  if (token->lemma != NULL && !is_named_word (token) && !(token->lex & LEX_PASSIVE_AUX))
    {
      const CoachToken *next = p + 1 < analysis->n_tokens ? &analysis->tokens[p + 1] : NULL;

      /* "Design and development of…": two nouns naming the action */
      if ((token->form == VERB_FORM_BASE || token->form == VERB_FORM_ING) &&
          (token_is (analysis, p + 1, "and") || token_is (analysis, p + 1, "&")))
        for (guint k = p + 2; k < analysis->n_tokens && k < p + 5; k++)
          if (token_is (analysis, k, "of"))
            {
              analysis->opener = OPEN_NOMINAL;
              analysis->verb_lemma = NULL;
              analysis->opener_end = k + 1;
              flag_opener (analysis, result, p, k, WEAK_NOMINAL);
              return;
            }

      /* "Design of the…", "Testing of…": a noun naming the action */
      if ((token->form == VERB_FORM_BASE || token->form == VERB_FORM_ING) && token_is (analysis, p + 1, "of"))
        {
          analysis->opener = OPEN_NOMINAL;
          analysis->verb_lemma = token->lemma;
          analysis->opener_end = p + 2;
          flag_opener (analysis, result, p, p + 1, WEAK_NOMINAL);
          return;
        }

      /* "Built with Electron", "Written in Java", "Ran on Solaris servers":
       * a description of the thing, not of what the person did */
      if ((token->form == VERB_FORM_ED ||
           /* "Put into production…" */
           g_strcmp0 (g_hash_table_lookup (analysis->coach->irregular, word), word) == 0) &&
          p == clause &&
          !((token_is (analysis, p + 1, "on") || token_is (analysis, p + 1, "in")) &&
            takes_preposition (token->lemma)) &&
          (token_is (analysis, p + 1, "with") || token_is (analysis, p + 1, "in") ||
           token_is (analysis, p + 1, "by") || token_is (analysis, p + 1, "into") ||
           token_is (analysis, p + 1, "on")) &&
          !purpose_follows (analysis, p + 1))
        {
          analysis->opener = OPEN_PASSIVE;
          flag_opener (analysis, result, p, p + 1, WEAK_PASSIVE);
          if (!analysis->quiet)
            _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PASSIVE, token->cstart, token->cend,
                                     /* Translators: %s is a participle such as “Written” */
                                     g_strdup_printf (_("“%s” is passive: say what you did with it"),
                                                      word));
          return;
        }

      /* "Services for…", "Tests in…", "Team lead for…", "Intern at…",
       * "Tool that…", "Full stack…", "Has a…": nouns, adjectives and
       * auxiliaries, not actions */
      if (!((token->form == VERB_FORM_S && (next == NULL || is_preposition (analysis, p + 1))) ||
            /* "Host a meetup" and "Pair programmed" are verbs all the same */
            ((token->form == VERB_FORM_BASE || token->form == VERB_FORM_S) &&
             _vitae_coach_is_noun_first (analysis->coach, token->lemma) &&
             !(next != NULL && ((next->lex & LEX_DETERMINER) || next->form == VERB_FORM_ED))) ||
            /* "Project planning, …": a noun before a gerund naming work */
            (token->form == VERB_FORM_BASE && next != NULL && next->form == VERB_FORM_ING &&
             (p + 2 >= analysis->n_tokens ||
              (is_preposition (analysis, p + 2) && !token_is (analysis, p + 2, "of")) ||
              memchr (analysis->text + next->bend, ',',
                      analysis->tokens[p + 2].bstart - next->bend) != NULL)) ||
            g_str_equal (token->lemma, "have") || g_str_equal (token->lemma, "be") ||
            (token->form == VERB_FORM_BASE && next != NULL && (next->lex & LEX_ROLE_NOUN)) ||
            /* "Lead frontend engineer of…" */
            ((token->lex & LEX_ROLE_NOUN) && next != NULL && !(next->lex & LEX_FUNCTION_WORD) &&
             p + 2 < analysis->n_tokens && (analysis->tokens[p + 2].lex & LEX_ROLE_NOUN)) ||
            ((token->lex & LEX_ROLE_NOUN) && (next == NULL || is_preposition (analysis, p + 1))) ||
            (token->form == VERB_FORM_ING && (token->lex & LEX_NOT_GERUND) &&
             (next == NULL || is_preposition (analysis, p + 1)))))
        {
          analysis->opener = OPEN_VERB;
          analysis->verb_lemma = token->lemma;
          analysis->opener_end = p + 1;
          /* "I built…", "We shipped…" */
          analysis->pronoun_opener = pronoun;
          if (pronoun)
            flag_opener (analysis, result, 0, p - 1, WEAK_PRONOUN);
          return;
        }
    }

  /* "Réduit la latence…": a word of another language the lexicon cannot
   * judge is taken for the verb it likely is */
  if (p == 0 && token->lemma == NULL && !(token->flags & TOKEN_DIGIT))
    for (const char *c = analysis->text + token->bstart; c < analysis->text + token->bend; c++)
      if ((guchar) *c >= 0x80)
        {
          analysis->opener = OPEN_VERB;
          analysis->opener_end = p + 1;
          return;
        }

  /* "Migration of the datacenter…", "Creation of test plans…" */
  if (!(token->flags & TOKEN_DIGIT) && is_preposition (analysis, p + 1))
    {
      const char *verb = _vitae_coach_nominal_verb (analysis->coach, word);

      if (verb != NULL)
        {
          analysis->opener = OPEN_NOMINAL;
          analysis->verb_lemma = verb;
          analysis->opener_end = p + (token_is (analysis, p + 1, "of") ? 2 : 1);
          flag_opener (analysis, result, p, analysis->opener_end - 1, WEAK_NOMINAL);
          return;
        }
    }

  /* "Conference directly with clients…": a word followed by an adverb of
   * manner is used as a verb, whatever the lexicon says of it */
  if (p + 1 < analysis->n_tokens && !(token->flags & (TOKEN_DIGIT | TOKEN_ALL_UPPER)) &&
      !(token->lex & (LEX_FUNCTION_WORD | LEX_DETERMINER | LEX_FIRST_PERSON | LEX_PASSIVE_AUX)) &&
      g_str_has_suffix (coach_token_lower (analysis, p + 1), "ly") && is_adverb (analysis, p + 1) &&
      p + 2 < analysis->n_tokens && is_preposition (analysis, p + 2))
    {
      analysis->opener = OPEN_VERB;
      analysis->opener_end = p + 1;
      return;
    }

  /* A fragment: no verb says what the person did. */
  flag_opener (analysis, result, p, p, WEAK_FRAGMENT);
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

      if (!analysis->has_metric && is_metric_at (analysis, i))
        analysis->has_metric = TRUE;

      if (is_named_thing (analysis, i))
        analysis->n_named++;

      /* "using Kafka", "via webhooks", "by adding an index", "through
       * caching", "with Redis" */
      if ((token->lex & LEX_TECHNIQUE) && i >= analysis->opener_end && i + 1 < analysis->n_tokens &&
          !(analysis->tokens[i + 1].lex & LEX_FIRST_PERSON) &&
          (!token_is (analysis, i, "with") || is_named_thing (analysis, i + 1) ||
           (analysis->tokens[i + 1].flags & TOKEN_SLOT)) &&
          (!token_is (analysis, i, "by") || analysis->tokens[i + 1].form == VERB_FORM_ING ||
           (analysis->tokens[i + 1].flags & TOKEN_SLOT)))
        analysis->has_technique = TRUE;

      /* "US" is a country, not a pronoun. */
      if ((token->lex & LEX_FIRST_PERSON) &&
          !((token->flags & TOKEN_ALL_UPPER) && g_str_equal (coach_token_lower (analysis, i), "us")))
        {
          g_autofree char *quoted = quote_span (analysis, i, i);

          analysis->first_person = TRUE;
          if (!analysis->quiet)
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
              if (!analysis->quiet)
                _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PASSIVE,
                                       token->cstart, analysis->tokens[j].cend,
                                       /* Translators: %s is a passive phrase such as “was migrated” */
                                       g_strdup_printf (_("“%s” is passive: say who did it, starting with the verb"),
                                                        quoted));
              i = j;
            }
        }
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

      slot = quote_span (analysis, i, i);
      if (!analysis->quiet)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PLACEHOLDER, token->cstart, token->cend,
                               /* Translators: %s is a bracketed slot such as “[p99 latency]” */
                               g_strdup_printf (_("Replace %s with your real figure or detail"), slot));
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

  /* one name ("Kafka") or two generic words ("queue", "events") make an
   * area; a single generic word does not */
  analysis->area = best_sum >= 2 ? g_ptr_array_index (coach->areas, best) : coach->general;
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

  if (analysis->has_metric)
    score += 35;

  if (analysis->n_words >= 8 && analysis->n_words <= 35)
    score += 15;
  else if (analysis->n_words >= 5 && analysis->n_words <= 42)
    score += 8;

  if (analysis->first_person)
    score -= 5;
  score -= MIN (analysis->n_vague * 4, 8);
  score -= MIN (analysis->n_filler * 3, 6);

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

/* Languages ****************************************************************/

static gboolean
is_english (const char *language)
{
  return g_ascii_strncasecmp (language, "en", 2) == 0 &&
         (language[2] == '\0' || language[2] == '-' || language[2] == '_');
}

static gboolean
is_cjk (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) ||
         (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
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

  if (is_metric_at (analysis, i))
    return TRUE;
  if (!(token->flags & TOKEN_FIRST_DIGIT))
    return FALSE;

  len = strspn (word, "0123456789.,");
  end = word + len;
  if (memchr (word, '.', len) != NULL && strchr (end, '.') != NULL)
    return FALSE;
  if (*end == '\0' && is_year (word, len))
    return FALSE;
  /* "20人", "3件", "5万": a counter glued to the number */
  if (*end != '\0')
    return is_cjk (g_utf8_get_char (end)) || *end == '+';

  /* "20 Kunden", "15 клиентов": a number before a word */
  return i + 1 < analysis->n_tokens && (analysis->tokens[i + 1].flags & TOKEN_ALPHA) &&
         !(analysis->tokens[i + 1].flags & TOKEN_DIGIT) &&
         !(i > 0 && is_name (&analysis->tokens[i - 1]));
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
        !(token_is (analysis, i, "et") && token_is (analysis, i + 1, "al")))
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
static void
analyze_foreign (CoachAnalysis    *analysis,
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
        if (is_cjk (g_utf8_get_char (p)))
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
      _vitae_coach_result_add (result, VITAE_COACH_ISSUE_LANGUAGE, 0, n_chars,
                               info != NULL ?
                               /* Translators: %s is the name of a language in itself, such as “Deutsch” */
                               g_strdup_printf (_("The coach rewrites bullets in English only: in %s it "
                                                  "checks the length, the figures and the first person"),
                                                info->endonym) :
                               g_strdup (_("The coach rewrites bullets in English only: in this language "
                                           "it checks the length, the figures and the first person")));
      if (!analysis->has_metric)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_NO_METRIC, 0, n_chars,
                                 g_strdup (_("No figure shows the result: add a number, a percentage, "
                                             "a latency or a before→after")));
      if (n_words > MAX_WORDS)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_LONG, 0, n_chars,
                                 /* Translators: %u is a number of words, at least 43 */
                                 g_strdup_printf (_("%u words is too long to read at a glance: "
                                                    "keep a bullet to about 35"), n_words));
      else if (n_words < MIN_WORDS)
        _vitae_coach_result_add (result, VITAE_COACH_ISSUE_TOO_SHORT, 0, n_chars,
                                 g_strdup (_("Too short to show an achievement: add the context, "
                                             "how you did it and the result")));
    }

  if (analysis->has_metric)
    score += 35;
  if (n_words >= 8 && n_words <= 35)
    score += 15;
  else if (n_words >= 5 && n_words <= 42)
    score += 8;
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
  guint n_chars;

  tokenize (self, text);

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
  {
    const char *language = NULL;

    /* The bullet's own text when it clearly says, else the document's
     * language. The detector is asked only where another language than
     * English may be: a document in another language, a letter outside
     * ASCII, a short word of another language. */
    if ((self->language != NULL && !is_english (self->language)) || has_foreign_signal (&analysis))
      {
        const char *detected = vitae_language_detect (text);

        language = detected != NULL ? detected : self->language;
        /* a language the detector cannot name: checked as one we do not
         * rewrite ("und", undetermined) */
        if (language == NULL && !reads_as_english (&analysis))
          language = "und";
        if (language != NULL && is_english (language))
          language = NULL;
      }

    if (language != NULL)
      {
        analyze_foreign (&analysis, result, language, n_chars);
        return g_steal_pointer (&result);
      }
  }

  find_opener (&analysis, result);
  find_phrases (&analysis, result);
  find_grammar (&analysis, result);
  find_placeholders (&analysis, result);
  find_area (&analysis);
  result->area = analysis.area->id;

  if (!analysis.quiet && !analysis.has_metric)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_NO_METRIC, 0, n_chars,
                             g_strdup (_("No figure shows the result: add a number, a percentage, "
                                         "a latency or a before→after")));

  if (analysis.quiet)
    ;
  else if (analysis.n_tokens > MAX_WORDS)
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
  result->base_score = compute_score (&analysis);
  result->score = result->base_score;
  /* A bullet of one or two words is still being typed: it gets its issues
   * but does not count in the resume's score yet. */
  result->scored = analysis.n_tokens >= 3;

  if (mode == COACH_ANALYZE_SUGGEST)
    _vitae_coach_rewrite (&analysis, result);

  return g_steal_pointer (&result);
}
