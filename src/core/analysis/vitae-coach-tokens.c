/* vitae-coach-tokens.c
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
 * The first step of the coach's analysis: the bullet split into words, each
 * with its shape and what the lexicon says of it, and the questions the
 * later steps ask of a word or a run of words (an adverb, a participle, a
 * phrase of the catalog).
 */

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

/* Where the splitting has got to: byte @p, character @ci of @text. */
typedef struct
{
  VitaeCoach *self;
  const char *text;
  const char *p;
  guint       ci;
} Scanner;

static void
append_token (Scanner    *s,
              CoachToken *token)
{
  g_array_append_val (s->self->tokens, *token);
  s->p = s->text + token->bend;
  s->ci = token->cend;
}

/* A [slot] is one token whose words are the user's to write. */
static gboolean
scan_slot (Scanner *s)
{
  const char *close = s->p + 1;
  guint cclose = s->ci + 1;
  CoachToken token = { 0 };

  while (*close != '\0' && *close != ']' && *close != '[')
    {
      close = g_utf8_next_char (close);
      cclose++;
    }
  if (*close != ']')
    return FALSE;

  token.bstart = s->p - s->text;
  token.cstart = s->ci;
  token.bend = close + 1 - s->text;
  token.cend = cclose + 1;
  token.flags = TOKEN_SLOT;
  if (slot_is_figure (s->p, close))
    token.flags |= TOKEN_SLOT_FIGURE;
  token.lower = s->self->lower->len;
  g_string_append (s->self->lower, "[]");
  g_string_append_c (s->self->lower, '\0');
  append_token (s, &token);

  return TRUE;
}

/* Where a word starts at @s: returns its first letter or digit in @c, or
 * FALSE when the character at @s is none and has been passed over. */
static gboolean
scan_start (Scanner    *s,
            CoachToken *token,
            gunichar   *c)
{
  const char *p = s->p;

  /* ".NET", ".js": a name that opens with its dot */
  if (*c == '.' && g_ascii_isalpha (p[1]) && (p == s->text || g_ascii_isspace (p[-1]) || p[-1] == '(' ||
                                              p[-1] == '/'))
    {
      token->bstart = p - s->text;
      token->cstart = s->ci;
      token->flags |= TOKEN_INNER_PUNCT | (g_ascii_isupper (p[1]) ? TOKEN_FIRST_UPPER : 0);
      s->p++;
      s->ci++;
      *c = g_utf8_get_char (s->p);
      return TRUE;
    }

  if (!g_unichar_isalnum (*c) && !(is_currency (*c) && g_ascii_isdigit (*g_utf8_next_char (p))))
    {
      s->p = g_utf8_next_char (p);
      s->ci++;
      return FALSE;
    }

  token->bstart = p - s->text;
  token->cstart = s->ci;
  return TRUE;
}

/* Scans as far as joined characters go from @c at @s, remembering where
 * the word last ended well, so that a trailing "." or "-" is left out. */
static void
scan_word (Scanner    *s,
           CoachToken *token,
           gunichar    c)
{
  const char *q, *end;
  guint cq, cend, n_upper = 0, n_alpha = 0;

  if (is_currency (c))
    token->flags |= TOKEN_CURRENCY;
  else if (g_unichar_isdigit (c))
    token->flags |= TOKEN_FIRST_DIGIT;
  else if (g_unichar_isupper (c) || g_unichar_istitle (c))
    token->flags |= TOKEN_FIRST_UPPER;

  q = end = g_utf8_next_char (s->p);
  cq = cend = s->ci + 1;
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
                  token->flags |= TOKEN_INNER_UPPER;
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

  token->bend = end - s->text;
  token->cend = cend;
  if (n_alpha >= 2 && n_upper == n_alpha)
    token->flags |= TOKEN_ALL_UPPER;
}

/* The shape of the word: digits, letters, inner punctuation; and its
 * lower-case copy in the scratch buffer. */
static void
mark_shape (Scanner    *s,
            CoachToken *token)
{
  const char *text = s->text;
  const char *end = text + token->bend;

  for (const char *r = text + token->bstart; r < end; r = g_utf8_next_char (r))
    {
      gunichar d = g_utf8_get_char (r);

      if (g_unichar_isdigit (d))
        token->flags |= TOKEN_DIGIT;
      else if (g_unichar_isalpha (d))
        token->flags |= TOKEN_ALPHA;
      if (r > text + token->bstart && r < end)
        {
          if (d == '.' || d == '/' || d == '+' || d == '#' || d == '_' || d == '&')
            token->flags |= TOKEN_INNER_PUNCT;
          else if (d == '-')
            token->flags |= TOKEN_HYPHEN;
        }
      if (d == '%')
        token->flags |= TOKEN_PERCENT;
    }
  if (follows_sentence_end (text, token->bstart))
    token->flags |= TOKEN_SENTENCE_START;

  token->lower = s->self->lower->len;
  for (const char *r = text + token->bstart; r < end; r = g_utf8_next_char (r))
    g_string_append_unichar (s->self->lower, g_unichar_tolower (g_utf8_get_char (r)));
  g_string_append_c (s->self->lower, '\0');
}

/* Looks the words up once the buffer has stopped moving. */
static void
look_up_words (VitaeCoach *self)
{
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

/* Splits @text into the coach's scratch tokens and lower-case buffer. */
void
_vitae_coach_tokenize (VitaeCoach *self,
                       const char *text)
{
  Scanner s = { self, text, text, 0 };

  g_array_set_size (self->tokens, 0);
  g_string_truncate (self->lower, 0);

  while (*s.p != '\0')
    {
      gunichar c = g_utf8_get_char (s.p);
      CoachToken token = { 0 };

      if (c == '[' && scan_slot (&s))
        continue;
      if (!scan_start (&s, &token, &c))
        continue;
      scan_word (&s, &token, c);
      mark_shape (&s, &token);
      append_token (&s, &token);
    }

  look_up_words (self);
}

/* Words *********************************************************************/

/* An adverb: "actively", "closely", or a word in -ly the lexicon does not
 * know for another part of speech. */
gboolean
_vitae_coach_is_adverb (const CoachAnalysis *analysis,
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
gboolean
_vitae_coach_is_name (const CoachToken *token)
{
  if (!(token->flags & TOKEN_ALPHA))
    return FALSE;

  if (token->flags & (TOKEN_ALL_UPPER | TOKEN_INNER_UPPER | TOKEN_INNER_PUNCT))
    return TRUE;

  if (token->flags & TOKEN_DIGIT)
    return TRUE;

  return (token->flags & TOKEN_FIRST_UPPER) && !(token->flags & TOKEN_SENTENCE_START);
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
const CoachPhrase *
_vitae_coach_match_phrase (const CoachAnalysis *analysis,
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
            while (t < analysis->n_tokens && _vitae_coach_is_adverb (analysis, t) &&
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

/* A past participle: "migrated", "written". */
gboolean
_vitae_coach_is_participle (const CoachAnalysis *analysis,
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
gboolean
_vitae_coach_is_listed_participle (const CoachAnalysis *analysis,
                                   guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  return (token->lex & LEX_NOT_PARTICIPLE) && (token->lex & LEX_STRONG_VERB) &&
         (i + 1 >= analysis->n_tokens || (analysis->tokens[i + 1].lex & LEX_FUNCTION_WORD));
}

/* The bullet's own text of tokens [@first, @last]. */
char *
_vitae_coach_quote_span (const CoachAnalysis *analysis,
                         guint                first,
                         guint                last)
{
  const CoachToken *a = &analysis->tokens[first];
  const CoachToken *b = &analysis->tokens[last];

  return g_strndup (analysis->text + a->bstart, b->bend - a->bstart);
}
