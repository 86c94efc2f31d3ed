/* vitae-coach-figures.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <string.h>

#include "vitae-coach-private.h"

/*
 * Whether the token at @i, or the figure it starts, is a concrete quantity,
 * read as a person reads it: counts ("20+", "15+ clients", "(20)", "3-5
 * developers", "forty engineers"), sizes with k/M/B, multipliers (3x, ×),
 * ratios (10:1), money in any currency, durations and percentages; never a
 * year, a version ("Red Hat 6 to 7", "Python 3"), an ordinal ("3rd"), a
 * name with digits (S3, Route 53, 3D) or a one-to-one meeting ("1:1s").
 */

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

gboolean
_vitae_coach_is_year (const char *word,
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
  return i > 0 && (analysis->tokens[i].flags & TOKEN_FIRST_DIGIT) &&
         _vitae_coach_is_name (&analysis->tokens[i - 1]);
}

static const char * const currency_codes[] = {
  "usd", "eur", "gbp", "inr", "rs", "chf", "jpy", "cad", "aud", "cny", "rmb", "sek",
  "nok", "dkk", "pln", "brl", "mxn", "zar", "sgd", "hkd", "nzd", "krw", "try", "aed",
};

static const char * const frequencies[] = {
  "hourly", "daily", "nightly", "weekly", "fortnightly", "biweekly", "monthly", "quarterly",
  "yearly", "annually", "annual", "continuously", "hours", "days", "weeks", "months",
};

/* Results that count by having none: "no findings", "zero downtime". */
static const char * const none_results[] = {
  "findings", "defects", "incidents", "errors", "outages", "downtime", "regressions",
  "vulnerabilities", "escalations", "complaints", "failures", "rollbacks",
};

/* Words before a number that make it a version or a rank: "v2", "level 3". */
static const char * const version_words[] = {
  "v", "version", "release", "level", "tier", "phase", "step", "grade",
};

static const char * const ordinals[] = { "1st", "2nd", "3rd" };

/* Numbers ******************************************************************/

/* What a token that opens with a digit says of itself. */
typedef enum
{
  NUMBER_NOT_FIGURE,
  NUMBER_FIGURE,
  NUMBER_UNDECIDED,   /* the words around it tell */
} NumberVerdict;

/* The number a token opens with: "1,200", "3-5+", "15-minute". */
typedef struct
{
  const char *suffix;     /* what follows the number in the lower-case word */
  gsize       length;     /* bytes of its first number */
  guint       n_dots;
  gboolean    plus;       /* "20+" */
  gboolean    range;      /* "3-5" */
} Number;

static NumberVerdict
read_number (const CoachAnalysis *analysis,
             guint                i,
             Number              *number)
{
  const char *word = coach_token_lower (analysis, i);
  const char *suffix = word;

  while (g_ascii_isdigit (*suffix) || *suffix == ',' ||
         (*suffix == '.' && g_ascii_isdigit (suffix[1])))
    {
      if (*suffix == '.')
        number->n_dots++;
      suffix++;
    }
  number->length = suffix - word;

  /* "1.2.3", "v2.4.1": a version */
  if (number->n_dots > 1)
    return NUMBER_NOT_FIGURE;

  /* "1:1s" and "1:1" are meetings; "10:1" and "3:2" are ratios; "9:30"
   * is a time. */
  if (char_after (analysis, i, 0) == ':' && g_ascii_isdigit (char_after (analysis, i, 1)))
    return !(g_str_equal (word, "1") && char_after (analysis, i, 1) == '1') &&
           !g_ascii_isdigit (char_after (analysis, i, 2)) ? NUMBER_FIGURE : NUMBER_NOT_FIGURE;
  if (char_before (analysis, i, 1) == ':' && g_ascii_isdigit (char_before (analysis, i, 2)))
    return NUMBER_NOT_FIGURE;

  if (*suffix == '+')
    {
      number->plus = TRUE;
      suffix++;
    }

  /* "3-5", "10-15": a range; "2019-2021": years */
  if (*suffix == '-' && g_ascii_isdigit (suffix[1]))
    {
      const char *second = suffix + 1;
      gsize len = strspn (second, "0123456789");

      if (_vitae_coach_is_year (word, number->length) && _vitae_coach_is_year (second, len))
        return NUMBER_NOT_FIGURE;
      number->range = TRUE;
      suffix = second + len;
      if (*suffix == '+')
        {
          number->plus = TRUE;
          suffix++;
        }
    }

  number->suffix = suffix;

  return NUMBER_UNDECIDED;
}

/* What is glued to the number: "15-minute", "40M-row", "5K+", "3x" are
 * figures by their unit; "3rd", "3D", "24/7", "S3" are not. */
static gboolean
is_unit_suffix (const CoachAnalysis *analysis,
                guint                i,
                const char          *suffix)
{
  const char *word = coach_token_lower (analysis, i);
  const char *part = suffix;
  gsize len;

  /* the unit is the first part */
  if (*part == '-')
    part++;
  len = strcspn (part, "-+/");
  /* "1st", "2nd", "3rd", "4th" */
  if (len == 2 && (g_str_has_prefix (part, "st") || g_str_has_prefix (part, "nd") ||
                   g_str_has_prefix (part, "rd") || g_str_has_prefix (part, "th")))
    return FALSE;
  /* "3D", "2D", "5G", "4K" as a screen: a single capital glued to a
   * digit is a name unless it is a size (K, M, B) or a multiplier. */
  if (len == 1 && strchr ("kmbx", *part) == NULL &&
      !g_ascii_islower (analysis->text[analysis->tokens[i].bstart + (part - word)]))
    return FALSE;
  if (len == 1 && *part == 'd')
    return FALSE;

  /* anything else glued to a number ("24/7", "S3") is a name */
  return (lex_of_part (analysis->coach, part, len) & (LEX_UNIT | LEX_COUNT_NOUN)) != 0;
}

/* A bare number, read from the words around it. */
static gboolean
is_counted (const CoachAnalysis *analysis,
            guint                i,
            const Number        *number)
{
  const CoachToken *prev = i > 0 ? &analysis->tokens[i - 1] : NULL;
  const CoachToken *next = i + 1 < analysis->n_tokens ? &analysis->tokens[i + 1] : NULL;
  const char *word = coach_token_lower (analysis, i);

  /* "(20)": a count the bullet stated in passing */
  if (char_before (analysis, i, 1) == '(' && char_after (analysis, i, 0) == ')')
    return !(prev != NULL && _vitae_coach_is_name (prev));

  /* "USD 5,000" */
  if (prev != NULL && COACH_WORD_IN (coach_token_lower (analysis, i - 1), currency_codes))
    return TRUE;

  if (next != NULL && (next->lex & (LEX_UNIT | LEX_COUNT_NOUN)))
    return TRUE;

  if (prev != NULL && _vitae_coach_is_name (prev))
    return FALSE;

  /* "7 DB instances", "(7 DB…)" */
  if (next != NULL && (next->flags & TOKEN_ALL_UPPER) && !(next->flags & TOKEN_DIGIT) &&
      !(i + 2 < analysis->n_tokens && (analysis->tokens[i + 2].flags & TOKEN_FIRST_DIGIT)))
    return TRUE;

  if (prev != NULL && COACH_TOKEN_IN (analysis, i - 1, version_words))
    return FALSE;

  /* "Red Hat 6 to 7", "Java 8 and 11" */
  if (i >= 2 && (coach_token_is (analysis, i - 1, "to") || coach_token_is (analysis, i - 1, "and")) &&
      is_version_number (analysis, i - 2))
    return FALSE;

  if (!number->range && number->n_dots == 0 && _vitae_coach_is_year (word, number->length))
    return FALSE;

  if (number->plus || number->range)
    return TRUE;

  /* "9 REST calls", "300 support tickets" */
  if (next != NULL && i + 2 < analysis->n_tokens && !(next->lex & LEX_FUNCTION_WORD) &&
      (analysis->tokens[i + 2].lex & (LEX_UNIT | LEX_COUNT_NOUN)))
    return TRUE;

  if (prev != NULL && ((prev->lex & LEX_QUANTITY_LEAD) || coach_token_is (analysis, i - 1, "of")))
    return TRUE;

  /* "3 client types", "12 regions": a number counting the lower-case
   * noun after it. */
  return next != NULL && (next->flags & TOKEN_ALPHA) &&
         !(next->flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)) &&
         !(next->lex & LEX_FUNCTION_WORD);
}

static gboolean
is_number_figure (const CoachAnalysis *analysis,
                  guint                i)
{
  Number number = { 0 };

  switch (read_number (analysis, i, &number))
    {
    case NUMBER_NOT_FIGURE:
      return FALSE;
    case NUMBER_FIGURE:
      return TRUE;
    case NUMBER_UNDECIDED:
    default:
      break;
    }

  if (*number.suffix != '\0')
    return is_unit_suffix (analysis, i, number.suffix);

  return is_counted (analysis, i, &number);
}

/* Figures in words *********************************************************/

/* "from fortnightly to daily", "with no findings", "third place". */
static gboolean
is_phrase_figure (const CoachAnalysis *analysis,
                  guint                i)
{
  const char *word = coach_token_lower (analysis, i);
  gboolean has_next = i + 1 < analysis->n_tokens;

  /* "from fortnightly to daily": a before→after in words */
  if (COACH_WORD_IN (word, frequencies) && i > 0 && coach_token_is (analysis, i - 1, "to") && i >= 3 &&
      COACH_WORD_IN (coach_token_lower (analysis, i - 2), frequencies) &&
      coach_token_is (analysis, i - 3, "from"))
    return TRUE;

  /* "with no findings", "zero downtime": a result of none */
  if ((coach_token_is (analysis, i, "no") || coach_token_is (analysis, i, "zero")) && has_next &&
      COACH_WORD_IN (coach_token_lower (analysis, i + 1), none_results))
    return TRUE;

  /* "Third Place", "2nd place", "first prize": a rank in a competition */
  return (coach_token_is (analysis, i, "first") || coach_token_is (analysis, i, "second") ||
          coach_token_is (analysis, i, "third") || COACH_TOKEN_IN (analysis, i, ordinals)) &&
         (coach_token_is (analysis, i + 1, "place") || coach_token_is (analysis, i + 1, "prize"));
}

/* "forty volunteers", "a dozen partner integrations", "in half". */
static gboolean
is_number_word_figure (const CoachAnalysis *analysis,
                       guint                i)
{
  const CoachToken *prev = i > 0 ? &analysis->tokens[i - 1] : NULL;
  const CoachToken *next = i + 1 < analysis->n_tokens ? &analysis->tokens[i + 1] : NULL;
  const char *word = coach_token_lower (analysis, i);
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
    return prev != NULL && (coach_token_is (analysis, i - 1, "in") || coach_token_is (analysis, i - 1, "by"));

  /* "forty volunteers", "hundreds of"; but "one of the", "one-off" */
  return !one && next != NULL && (next->flags & TOKEN_ALPHA) && !(next->flags & TOKEN_DIGIT) &&
         (!(next->lex & LEX_FUNCTION_WORD) || coach_token_is (analysis, i + 1, "of")) &&
         !coach_token_is (analysis, i + 1, "or") && !coach_token_is (analysis, i + 1, "and");
}

/* "two-week", "five-service"; but "zero-trust" and "one-off" are names */
static gboolean
is_hyphen_figure (const CoachAnalysis *analysis,
                  guint                i)
{
  const CoachToken *next = i + 1 < analysis->n_tokens ? &analysis->tokens[i + 1] : NULL;
  const char *word = coach_token_lower (analysis, i);
  const char *dash = strchr (word, '-');
  guint first = lex_of_part (analysis->coach, word, dash - word);
  guint second = lex_of_part (analysis->coach, dash + 1, strcspn (dash + 1, "-"));

  if ((first & (LEX_NUMBER_WORD | LEX_FIGURE_WORD)) && (second & (LEX_UNIT | LEX_COUNT_NOUN)))
    return TRUE;

  /* "forty-five engineers" */
  return (first & LEX_NUMBER_WORD) && (second & LEX_NUMBER_WORD) && next != NULL &&
         (next->flags & TOKEN_ALPHA) && !(next->lex & LEX_FUNCTION_WORD);
}

gboolean
_vitae_coach_is_metric_at (const CoachAnalysis *analysis,
                           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  if (token->flags & TOKEN_SLOT)
    return (token->flags & TOKEN_SLOT_FIGURE) != 0;

  if (token->lex & LEX_FIGURE_WORD)
    return TRUE;

  if ((token->flags & TOKEN_DIGIT) && (token->flags & (TOKEN_PERCENT | TOKEN_CURRENCY)))
    return TRUE;

  if ((token->flags & TOKEN_FIRST_DIGIT) && COACH_TOKEN_IN (analysis, i, ordinals))
    return FALSE;

  if (token->flags & TOKEN_FIRST_DIGIT)
    return is_number_figure (analysis, i);

  if (is_phrase_figure (analysis, i))
    return TRUE;

  if (token->lex & LEX_NUMBER_WORD)
    return is_number_word_figure (analysis, i);

  return (token->flags & TOKEN_HYPHEN) && is_hyphen_figure (analysis, i);
}
