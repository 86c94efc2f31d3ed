/* vitae-coach-rewrite.c
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

/*
 * A rewrite follows the guide's shape — an action verb, the context, the
 * technique and the measured result — and rebuilds the bullet from the spans
 * of the shallow parse, under five rules that every suggestion obeys:
 *
 *  1. Every word of the bullet after a weak opener survives, in order, byte
 *     for byte: the rewrite copies the user's text from the end of the
 *     opener to the end of the bullet, and only the case of its first letter
 *     may change. A weak opener is replaced; any other is kept as written.
 *  2. It never claims a bigger role. A shared part (helped, assisted,
 *     contributed, participated, supported, worked on) stays shared:
 *     "Contributed [your part] to…", "Partnered with [the team] to…"; a
 *     stronger verb is only offered as a [slot] the user fills in. "Led",
 *     "Owned", "Designed", "Architected", "Mentored" and "Supported" are
 *     never written by the coach.
 *  3. No fact outside a slot: what the bullet lacks (the technique, the
 *     figure) is added as a bracketed slot from a pattern of the bullet's own
 *     area, and only where the bullet lacks it.
 *  4. One sentence: one opener, no doubled word, one final full stop.
 *  5. Applying a suggestion never lowers the score: each one is scored as
 *     the coach would score it once applied, and dropped if it would score
 *     less than the bullet.
 */

#define MAX_SUGGESTIONS 3

static gboolean
needs_rewrite (const CoachAnalysis *analysis,
               VitaeCoachResult    *result)
{
  if (analysis->sentences)
    return FALSE;

  return vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB) ||
         vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_NO_METRIC) ||
         analysis->opener == OPEN_NOMINAL ||
         (!analysis->has_technique && analysis->n_named == 0);
}

static inline gboolean
token_is (const CoachAnalysis *analysis,
          guint                i,
          const char          *word)
{
  return i < analysis->n_tokens && g_str_equal (coach_token_lower (analysis, i), word);
}

/* Whether a clause ends before token @k: ",", ";", ":", "(", a dash. */
static gboolean
ends_clause (const CoachAnalysis *analysis,
             guint                k)
{
  const char *gap = analysis->text + analysis->tokens[k - 1].bend;
  gsize gap_len = analysis->tokens[k].bstart - analysis->tokens[k - 1].bend;

  return g_strstr_len (gap, gap_len, ",") != NULL || g_strstr_len (gap, gap_len, ";") != NULL ||
         g_strstr_len (gap, gap_len, ":") != NULL || g_strstr_len (gap, gap_len, "(") != NULL ||
         g_strstr_len (gap, gap_len, "—") != NULL || g_strstr_len (gap, gap_len, "–") != NULL ||
         g_strstr_len (gap, gap_len, " - ") != NULL;
}

/* Whether the token at @i may be written with a lower-case initial: it was
 * capitalised only because it opened the sentence, and it is no name,
 * acronym or catalog keyword ("Kubernetes"; "security" is lowered). */
static gboolean
may_lower (const CoachAnalysis *analysis,
           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  const char *word = analysis->lower + token->lower;

  /* "Administration of Samba", "Participated in Navy…": a capital that
   * did not open the sentence is the user's own */
  if (i > analysis->lead && !(token->flags & TOKEN_SENTENCE_START))
    return FALSE;
  /* "Navy", "Oxfam": a word the lexicon does not know may be a name */
  if (token->lemma == NULL && token->lex == 0 &&
      _vitae_coach_nominal_verb (analysis->coach, word) == NULL &&
      !_vitae_coach_is_noun_first (analysis->coach, word))
    return FALSE;

  return (token->flags & TOKEN_FIRST_UPPER) &&
         !(token->flags & (TOKEN_INNER_UPPER | TOKEN_ALL_UPPER | TOKEN_DIGIT | TOKEN_INNER_PUNCT | TOKEN_SLOT)) &&
         (!(token->lex & LEX_KEYWORD) || (token->lex & LEX_COMMON_KEYWORD)) &&
         !g_str_equal (analysis->lower + token->lower, "i") &&
         g_ascii_isupper (analysis->text[token->bstart]) &&
         /* "Third Place Winner": a title keeps its capitals */
         !(i + 1 < analysis->n_tokens && (analysis->tokens[i + 1].flags & TOKEN_FIRST_UPPER) &&
           !(analysis->tokens[i + 1].flags & TOKEN_ALL_UPPER));
}

/* Verbs the coach never writes unless the bullet said them itself. */
static gboolean
is_claim_verb (const char *past)
{
  static const char * const claims[] = {
    "led", "owned", "designed", "architected", "mentored", "supported", "spearheaded",
    "headed", "directed", "managed", "founded", "pioneered", "oversaw", "supervised",
  };

  for (guint k = 0; k < G_N_ELEMENTS (claims); k++)
    if (g_str_equal (past, claims[k]))
      return TRUE;

  return FALSE;
}

static gboolean
is_abbreviation (const char *word)
{
  static const char * const abbreviations[] = { "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "vs" };

  for (guint k = 0; k < G_N_ELEMENTS (abbreviations); k++)
    if (g_str_equal (word, abbreviations[k]))
      return TRUE;

  return FALSE;
}

/* Where the user's words from token @from begin: right after the opener,
 * so that nothing before the first word ("(", a quote) is lost. */
static const char *
rest_start (const CoachAnalysis *analysis,
            guint                from)
{
  const char *p, *first = analysis->text + analysis->tokens[from].bstart;

  /* a bullet kept from its start keeps what comes before its first word:
   * a quote, a bracket */
  if (from == 0)
    {
      for (p = analysis->text; p < first && g_ascii_isspace (*p); p++)
        ;
      return p;
    }

  p = analysis->text + analysis->tokens[from - 1].bend;
  while (p < first && strchr (" \t,;:", *p) != NULL)
    p++;

  return p;
}

/* Lowers the first letter of token @from, copied to @out at @offset, where
 * it was capitalised only because it opened the sentence. */
static void
lower_first (const CoachAnalysis *analysis,
             GString             *out,
             gsize                offset,
             guint                from)
{
  gsize at = offset + (analysis->tokens[from].bstart - (rest_start (analysis, from) - analysis->text));

  /* not '"Smart"' → '"smart"': only a first letter that opens the text */
  if (may_lower (analysis, from) && at == offset && at < out->len)
    out->str[at] = g_ascii_tolower (out->str[at]);
}

/* The user's text of tokens [from, end of bullet), without the final full
 * stop, with its first letter lowered where it only opened the sentence. */
static void
append_rest (const CoachAnalysis *analysis,
             GString             *out,
             guint                from,
             gboolean             lower)
{
  gsize start = out->len;

  g_string_append (out, rest_start (analysis, from));
  if (lower)
    lower_first (analysis, out, start, from);

  while (out->len > start && strchr (" \t\n.;,:!", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);

  /* "etc.", "e.g.", "Inc.": the dot is part of the word */
  if (out->len > start && analysis->n_tokens > 0 &&
      analysis->text[analysis->tokens[analysis->n_tokens - 1].bend] == '.' &&
      is_abbreviation (coach_token_lower (analysis, analysis->n_tokens - 1)))
    g_string_append_c (out, '.');
}

/* Words after "; " or " — " that qualify what comes before ("…to clients;
 * including both…") rather than start a clause of their own. */
static gboolean
is_qualifier (const CoachAnalysis *analysis,
              guint                k)
{
  static const char * const words[] = {
    "including", "especially", "particularly", "e.g", "i.e", "such", "both", "mainly",
    "mostly", "notably", "like", "from", "with", "for", "and", "or",
  };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (token_is (analysis, k, words[w]))
      return TRUE;

  return FALSE;
}

/* Whether the words from token @k to the end of their clause go on a list
 * the user began before @k: "fundamentals, programming concepts, and career
 * guidance" is one list, which a slot must not split. */
static gboolean
continues_list (const CoachAnalysis *analysis,
                guint                k)
{
  for (guint j = k + 1; j < analysis->n_tokens; j++)
    {
      const char *gap = analysis->text + analysis->tokens[j - 1].bend;
      gsize gap_len = analysis->tokens[j].bstart - analysis->tokens[j - 1].bend;

      if (g_strstr_len (gap, gap_len, ";") != NULL || g_strstr_len (gap, gap_len, "—") != NULL ||
          g_strstr_len (gap, gap_len, "–") != NULL || g_strstr_len (gap, gap_len, "(") != NULL)
        return FALSE;
      if ((token_is (analysis, j, "and") || token_is (analysis, j, "or") || token_is (analysis, j, "&")) &&
          g_strstr_len (gap, gap_len, ",") != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Where in the bullet the technique slot goes: before a clause that follows
 * the main one (", which…", "; …", " — …", ", reducing…"), else at the end.
 * Never inside brackets, inside a list or before a qualifier ("; including
 * both…"). Returns a token index, or n_tokens. */
static guint
find_split (const CoachAnalysis *analysis,
            guint                from)
{
  gint depth = 0;

  for (guint k = from + 1; k < analysis->n_tokens; k++)
    {
      const CoachToken *token = &analysis->tokens[k];
      const char *gap = analysis->text + analysis->tokens[k - 1].bend;
      gsize gap_len = token->bstart - analysis->tokens[k - 1].bend;
      gint depth_before = depth;

      for (gsize b = 0; b < gap_len; b++)
        if (gap[b] == '(' || gap[b] == '[')
          depth++;
        else if ((gap[b] == ')' || gap[b] == ']') && depth > 0)
          depth--;

      /* "(development, defects, etc)": a bracket holds no slot */
      if (depth > 0 || depth_before > 0)
        continue;

      /* "s(x)", "a—b", "x;(y": a slot never goes inside what reads as
       * one word; after it only ",;:" may come before the space */
      {
        gsize b = 0;

        while (b < gap_len && strchr (",;:", gap[b]) != NULL)
          b++;
        if (b >= gap_len || !g_ascii_isspace (gap[b]))
          continue;
      }

      if (g_strstr_len (gap, gap_len, ";") != NULL || g_strstr_len (gap, gap_len, "—") != NULL ||
          g_strstr_len (gap, gap_len, "–") != NULL || g_strstr_len (gap, gap_len, " - ") != NULL)
        /* "…to clients; including both…": no place for "by [how]" that
         * keeps the qualifier with what it qualifies */
        return is_qualifier (analysis, k) ? G_MAXUINT : k;

      if (g_strstr_len (gap, gap_len, ",") != NULL &&
          (((token->form == VERB_FORM_ING || token_is (analysis, k, "resulting")) &&
            !continues_list (analysis, k)) ||
           /* ", which were later used for A, B, and C" is a clause for all
            * its list */
           (token->lex & LEX_CLAUSE_LEAD)))
        return k;
    }

  return analysis->n_tokens;
}

/* "Documented requirements with automated test cases": the bullet says how,
 * in words the analysis does not count as a named technique; a "by [how]"
 * slot would ask again. Not "with the QA team". */
static gboolean
names_means (const CoachAnalysis *analysis)
{
  for (guint k = analysis->opener_end; k + 1 < analysis->n_tokens; k++)
    if (token_is (analysis, k, "using") || token_is (analysis, k, "via") ||
        token_is (analysis, k, "through") || token_is (analysis, k, "with"))
      {
        guint j = k + 1;

        while (j < analysis->n_tokens && (analysis->tokens[j].lex & LEX_DETERMINER))
          j++;
        for (guint m = j; m < analysis->n_tokens && m < j + 3; m++)
          if (analysis->tokens[m].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN))
            return FALSE;
        return TRUE;
      }

  return FALSE;
}

/* Builds the sentence: @opener (may be empty: the bullet's own opening is
 * kept), then the user's words from token @from, with the pattern's slots
 * where the bullet lacks a technique or a figure. */
static char *
build (const CoachAnalysis *analysis,
       const char          *opener,
       guint                from,
       const CoachPattern  *pattern)
{
  GString *out = g_string_new (NULL);
  /* a technique slot goes with a result slot: after a figure the user
   * wrote, "by [how…]" would trail behind it */
  gboolean add_technique = pattern != NULL && !analysis->has_technique && analysis->n_named == 0 &&
                           analysis->scope != SCOPE_TOOL && !analysis->has_metric &&
                           !names_means (analysis);
  gboolean add_result = pattern != NULL && !analysis->has_metric;
  guint split = add_technique ? find_split (analysis, from) : analysis->n_tokens;

  if (split == G_MAXUINT)
    {
      add_technique = FALSE;
      split = analysis->n_tokens;
    }

  if (opener != NULL && *opener != '\0')
    {
      g_string_append (out, opener);
      g_string_append_c (out, ' ');
    }

  if (split < analysis->n_tokens)
    {
      /* the main clause, the technique, then the clause after it */
      const CoachToken *before = &analysis->tokens[split - 1];
      const char *begin = rest_start (analysis, from);
      gsize start = out->len;

      g_string_append_len (out, begin, analysis->text + before->bend - begin);
      if (opener != NULL && *opener != '\0')
        lower_first (analysis, out, start, from);
      g_string_append (out, pattern->technique);
      /* the words between the clauses ("; ", " (", " — ") come along */
      g_string_append (out, analysis->text + before->bend);
      while (out->len > 0 && strchr (" \t\n.;,:!", out->str[out->len - 1]) != NULL)
        g_string_truncate (out, out->len - 1);
    }
  else
    {
      append_rest (analysis, out, from, opener != NULL && *opener != '\0');
      if (add_technique)
        g_string_append (out, pattern->technique);
    }

  if (add_result)
    g_string_append (out, pattern->result);
  if (out->len == 0 || out->str[out->len - 1] != '.')
    g_string_append_c (out, '.');

  /* "I built…" → "Built…"; "implemented a build system" → "Implemented…" */
  if ((opener == NULL || *opener == '\0') && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);

  return g_string_free (out, FALSE);
}

/* The word after the opener is a verb's base form: "Helped (to) raise…". */
static gboolean
is_base_verb (const CoachAnalysis *analysis,
              guint                i)
{
  const CoachToken *token;

  if (i >= analysis->n_tokens)
    return FALSE;
  token = &analysis->tokens[i];

  return token->form == VERB_FORM_BASE && !(token->flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)) &&
         !(token->lex & (LEX_FUNCTION_WORD | LEX_DETERMINER | LEX_KEYWORD | LEX_NUMBER_WORD)) &&
         !(i + 1 < analysis->n_tokens && token_is (analysis, i + 1, "of"));
}

/* Whether only spaces stand between tokens @i - 1 and @i. */
static gboolean
joined_by_space (const CoachAnalysis *analysis,
                 guint                i)
{
  for (guint b = analysis->tokens[i - 1].bend; b < analysis->tokens[i].bstart; b++)
    if (!g_ascii_isspace (analysis->text[b]))
      return FALSE;

  return TRUE;
}

/* A preposition or another function word at @i ("during", "across"). */
static gboolean
is_preposition_word (const CoachAnalysis *analysis,
                     guint                i)
{
  static const char * const words[] = {
    "during", "across", "throughout", "over", "through", "via", "by", "at", "in", "on",
    "for", "from", "of", "to", "with", "within", "under", "as", "at", "around", "after",
    "before", "since", "until",
  };

  if (analysis->tokens[i].lex & LEX_FUNCTION_WORD)
    return TRUE;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (token_is (analysis, i, words[w]))
      return TRUE;

  return FALSE;
}

/* People or a team the shared work was done with or for: "the team", "our
 * customers", "3 interns". Returns the token after them, or 0. */
static guint
people_end (const CoachAnalysis *analysis,
            guint                from)
{
  for (guint k = from; k < analysis->n_tokens && k < from + 4; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      /* "the design system", "the design of": a team's name is the team
       * only before "team" or the like */
      if ((token_is (analysis, k, "design") || token_is (analysis, k, "product") ||
           token_is (analysis, k, "sales") || token_is (analysis, k, "marketing") ||
           token_is (analysis, k, "engineering") || token_is (analysis, k, "qa") ||
           token_is (analysis, k, "ops")) &&
          !(k + 1 < analysis->n_tokens && joined_by_space (analysis, k + 1) &&
            (analysis->tokens[k + 1].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN))))
        return 0;
      if (token->lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN))
        return k + 1;
      if (!(token->lex & LEX_DETERMINER) && !(token->flags & TOKEN_DIGIT) &&
          !(token->lex & LEX_NUMBER_WORD) && (token->lex & LEX_FUNCTION_WORD))
        return 0;
    }

  return 0;
}

/* Whether token @i, or the verb it is a form of, says the line is not about
 * work with a measurable result ("Presented", "Joined", "ability"). */
static gboolean
says_no_outcome (const CoachAnalysis *analysis,
                 guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  if (token->flags & TOKEN_SLOT)
    return FALSE;
  if (token->lex & LEX_NO_OUTCOME)
    return TRUE;

  return token->lemma != NULL && *token->lemma != '\0' &&
         (_vitae_coach_lookup_lex (analysis->coach, token->lemma) & LEX_NO_OUTCOME) != 0;
}

/* Whether the object from token @from names a duty or a trait rather than
 * a thing: "project management responsibilities", "a strong ability". */
static gboolean
object_says_no_outcome (const CoachAnalysis *analysis,
                        guint                from)
{
  for (guint k = from; k < analysis->n_tokens && k < from + 4; k++)
    {
      if (k > from && ends_clause (analysis, k))
        break;
      if (analysis->tokens[k].lex & LEX_NO_OUTCOME)
        return TRUE;
    }

  return FALSE;
}

/* "Significant code rewriting to…", "Administration and maintenance of…",
 * "Backend services for…": a fragment that is a noun phrase, so that a verb
 * slot before it reads as a sentence. Role nouns ("Core developer of…",
 * "Category winner at…"), names before a dash ("Alogger - a logger…") and
 * quantities ("Some other databases…") are not. */
static gboolean
is_action_noun_phrase (const CoachAnalysis *analysis)
{
  for (guint k = 0; k < analysis->n_tokens && k < 5; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      /* "Strong ability to…", "Extensive experience in…", "Positive
       * responses from…": a trait or a skills claim takes no verb */
      if (says_no_outcome (analysis, k))
        return FALSE;
      if (token->lex & (LEX_ROLE_NOUN | LEX_FIRST_PERSON | LEX_PASSIVE_AUX) ||
          (token->flags & (TOKEN_DIGIT | TOKEN_DROP | TOKEN_SLOT)) ||
          ((token->lex & LEX_FUNCTION_WORD) && k == 0))
        return FALSE;
      if (k + 1 < analysis->n_tokens)
        {
          const char *gap = analysis->text + token->bend;
          gsize gap_len = analysis->tokens[k + 1].bstart - token->bend;

          if (g_strstr_len (gap, gap_len, "-") != NULL || g_strstr_len (gap, gap_len, ":") != NULL ||
              g_strstr_len (gap, gap_len, "—") != NULL || g_strstr_len (gap, gap_len, "–") != NULL ||
              g_strstr_len (gap, gap_len, "(") != NULL)
            return FALSE;
        }
      if (k > 0 && (token->lex & LEX_FUNCTION_WORD) && !(token->lex & LEX_DETERMINER))
        return !token_is (analysis, k, "and") && !token_is (analysis, k, "or");
    }

  return FALSE;
}

/* The verb a noun naming an action stands for ("implementation" →
 * "implement", "design" → "design"), or NULL. */
static const char *
nominal_lemma (const CoachAnalysis *analysis,
               guint                i)
{
  const CoachToken *token;
  const char *verb;

  if (i >= analysis->n_tokens)
    return NULL;
  token = &analysis->tokens[i];
  if (token->flags & (TOKEN_DIGIT | TOKEN_SLOT))
    return NULL;
  verb = _vitae_coach_nominal_verb (analysis->coach, coach_token_lower (analysis, i));
  if (verb != NULL)
    return verb;
  if (token->lemma != NULL && *token->lemma != '\0' &&
      (token->form == VERB_FORM_BASE || token->form == VERB_FORM_ING))
    return token->lemma;

  return NULL;
}

/* "Helped the frontend dev resolving…", "Supported the management with the
 * creation of…": the noun phrase from @from is the subject of what follows
 * or is followed by "with": "Contributed [your part] to the management with
 * the creation of…" would change what the sentence says. */
static gboolean
object_acts (const CoachAnalysis *analysis,
             guint                from)
{
  for (guint k = from + 1; k < analysis->n_tokens && k < from + 5; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      if (!joined_by_space (analysis, k))
        return FALSE;
      /* "students and staff with…" */
      if ((token_is (analysis, k, "and") || token_is (analysis, k, "or") || token_is (analysis, k, "&")) &&
          (analysis->tokens[k - 1].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN)))
        continue;
      if (!(analysis->tokens[k - 1].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN)))
        {
          if (token->lex & LEX_FUNCTION_WORD)
            return FALSE;
          continue;
        }
      return (token->form == VERB_FORM_ING && !(token->lex & LEX_NOT_GERUND)) ||
             token_is (analysis, k, "with");
    }

  return FALSE;
}

typedef struct
{
  char       *opener;  /* the new opening words, or NULL to keep the bullet's own */
  guint       from;    /* the first of the user's tokens kept after it */
  const char *id;      /* a pattern id for a rewrite that only changes the opener */
} Opening;

static guint
plan_openings (CoachAnalysis *analysis,
               Opening       *openings)
{
  VitaeCoach *coach = analysis->coach;
  guint from = analysis->opener_end;
  guint n = 0;

  /* "• Helped…", "\"I\" built…": something before the first word that the
   * new opening would drop; keep the bullet's own */
  if (analysis->n_tokens > 0 && rest_start (analysis, 0) != analysis->text + analysis->tokens[0].bstart)
    {
      openings[n++] = (Opening) { NULL, 0, NULL };
      return n;
    }

  switch (analysis->opener)
    {
    case OPEN_NOMINAL:
      if (analysis->verb_lemma == NULL || *analysis->verb_lemma == '\0')
        {
          /* "Design and implementation of X" → "Designed and implemented X":
           * the person named both actions. Anything else ("Design and
           * ground-up development of") is theirs to word: no rewrite. */
          guint p = analysis->lead;
          const char *first = nominal_lemma (analysis, p);
          const char *second = p + 4 == from ? nominal_lemma (analysis, p + 2) : NULL;

          if (first != NULL && second != NULL && from < analysis->n_tokens &&
              token_is (analysis, p + 3, "of"))
            {
              g_autofree char *one = _vitae_coach_verb_past (coach, first);
              g_autofree char *two = _vitae_coach_verb_past (coach, second);

              one[0] = g_ascii_toupper (one[0]);
              openings[n++] = (Opening) { g_strconcat (one, " ", _("and"), " ", two, NULL), from,
                                          "opener-verb" };
            }
          break;
        }
      {
        /* "Migration of the datacenter to AWS" → "Migrated the datacenter to AWS";
         * "Migration to AWS" → "Migrated [what] to AWS" */
        g_autofree char *past = _vitae_coach_verb_past (coach, analysis->verb_lemma);

        /* "Analysis of X and fixing of Y" would read "Analyzed X and fixing
         * of Y": a second action noun keeps the bullet as it is */
        for (guint k = from; k + 2 < analysis->n_tokens; k++)
          if ((token_is (analysis, k, "and") || token_is (analysis, k, "or")) &&
              token_is (analysis, k + 2, "of"))
            from = analysis->n_tokens;

        /* "Leadership of…" does not make "Led…": only the same word does */
        if (from >= analysis->n_tokens ||
            (is_claim_verb (past) &&
             !g_str_equal (coach_token_lower (analysis, analysis->lead), analysis->verb_lemma)))
          break;
        past[0] = g_ascii_toupper (past[0]);
        if (token_is (analysis, from - 1, "of"))
          openings[n++] = (Opening) { g_strdup (past), from, "opener-verb" };
        else
          openings[n++] = (Opening) { g_strconcat (past, " ", _("[what]"), NULL), from, "opener-verb" };
      }
      break;

    case OPEN_WEAK:
      if (from >= analysis->n_tokens)
        break;

      switch (analysis->scope)
        {
        case SCOPE_SHARED:
          {
            guint people = people_end (analysis, from);
            const CoachToken *lead = &analysis->tokens[analysis->lead];

            if (g_strcmp0 (lead->lemma, "provide") == 0)
              {
                /* "Providing technical support for clients" → "Provided
                 * technical support for clients": the support is the work */
                if (lead->form != VERB_FORM_ED && analysis->lead + 1 < from)
                  openings[n++] = (Opening) { g_strdup (_("Provided")), analysis->lead + 1, "shared-provided" };
                break;
              }

            /* "Assisted customers with a warm attitude", "Helped the dev
             * resolving…": no opening keeps that sentence whole */
            if (object_acts (analysis, from))
              break;

            if (g_str_equal (analysis->weak->words[analysis->weak->n_words - 1], "with") &&
                (g_str_equal (analysis->weak->words[0], "collaborated") ||
                 g_str_equal (analysis->weak->words[0], "worked")) &&
                !(analysis->tokens[from].flags & TOKEN_DIGIT))
              /* "Collaborated with the design team to…" → "Partnered with the design team to…" */
              openings[n++] = (Opening) { g_strdup (_("Partnered with")), from, "shared-partner" };
            else if (is_base_verb (analysis, from))
              /* "Helped (to) raise accuracy" → "Partnered with [the team] to raise accuracy" */
              openings[n++] = (Opening) { g_strdup (_("Partnered with [the team] to")), from, "shared-partner" };
            else if (token_is (analysis, from, "to") && is_base_verb (analysis, from + 1))
              openings[n++] = (Opening) { g_strdup (_("Partnered with [the team]")), from, "shared-partner" };
            else if (people != 0 && people < analysis->n_tokens && is_base_verb (analysis, people) &&
                     joined_by_space (analysis, people))
              {
                /* "Helped the team move X" → "Partnered with the team to move X" */
                g_autoptr(GString) opener = g_string_new (NULL);

                g_string_append (opener, _("Partnered with"));
                g_string_append_c (opener, ' ');
                g_string_append_len (opener, analysis->text + analysis->tokens[from].bstart,
                                     analysis->tokens[people - 1].bend - analysis->tokens[from].bstart);
                g_string_append_c (opener, ' ');
                g_string_append (opener, _("to"));
                openings[n++] = (Opening) { g_string_free (g_steal_pointer (&opener), FALSE), people,
                                            "shared-partner" };
              }
            else if (people != 0 && from == analysis->lead + 1 &&
                     (people >= analysis->n_tokens || !joined_by_space (analysis, people) ||
                                     (is_preposition_word (analysis, people) &&
                                      !token_is (analysis, people, "with"))))
              /* "Supported 200 users…" → "[What you did for] 200 users…" */
              openings[n++] = (Opening) { g_strdup (_("[What you did for]")), from, "shared-people" };
            else if (people != 0)
              /* "Helps the support team triage…": the people act, in a
               * word the lexicon does not know for a verb; no opening fits */
              ;
            else if (!is_base_verb (analysis, from) && !(analysis->tokens[from].lex & LEX_PASSIVE_AUX) &&
                     /* not "Contributed [your part] to on a project" */
                     (!(analysis->tokens[from].lex & LEX_FUNCTION_WORD) ||
                      (analysis->tokens[from].lex & LEX_DETERMINER)))
              {
                /* "Worked on the payment API" → "Contributed [your part] to the payment API" */
                openings[n++] = (Opening) { g_strdup (_("Contributed [your part] to")), from, "shared-part" };
                if ((analysis->tokens[from].form != VERB_FORM_ING &&
                     !(analysis->tokens[from].lex & LEX_FUNCTION_WORD)) ||
                    (analysis->tokens[from].lex & LEX_DETERMINER))
                  openings[n++] = (Opening) { g_strdup (_("[Your own verb, if the work was yours]")), from, "shared-verb" };
              }
          }
          break;

        case SCOPE_DUTY:
          {
            const CoachToken *first = &analysis->tokens[from];

            if (first->form == VERB_FORM_ING && first->lemma != NULL && *first->lemma != '\0' &&
                !(first->lex & LEX_NOT_GERUND) &&
                !(first->lex & LEX_WEAK_VERB))
              {
                /* "Responsible for migrating X" → "Migrated X" */
                g_autofree char *past = _vitae_coach_verb_past (coach, first->lemma);
                gboolean more = FALSE;

                /* "maintaining and monitoring": a second gerund would read wrong */
                for (guint k = from + 1; k + 1 < analysis->n_tokens; k++)
                  if ((token_is (analysis, k, "and") || token_is (analysis, k, "or")) &&
                      analysis->tokens[k + 1].form == VERB_FORM_ING)
                    more = TRUE;
                /* "getting" → "got" reads as a new word: only when the stem stays */
                if (!more && from + 1 < analysis->n_tokens &&
                    strncmp (past, coach_token_lower (analysis, from), 3) == 0)
                  {
                    past[0] = g_ascii_toupper (past[0]);
                    openings[n++] = (Opening) { g_strdup (past), from + 1, "duty-verb" };
                  }
                else
                  /* "Duties included monitoring servers and fixing bugs" */
                  openings[n++] = (Opening) { g_strdup (_("Contributed [your part] to")), from, "duty-part" };
              }
            else if (token_is (analysis, from - 1, "to") && is_base_verb (analysis, from) &&
                     from + 1 < analysis->n_tokens)
              {
                /* "Was asked to build X" → "Built X" */
                g_autofree char *past = _vitae_coach_verb_past (coach, analysis->tokens[from].lemma);

                /* the verb is the user's own, so even "lead" stays "Led" */
                past[0] = g_ascii_toupper (past[0]);
                openings[n++] = (Opening) { g_strdup (past), from + 1, "duty-verb" };
              }
            else if (((first->form != VERB_FORM_ING && !(first->lex & LEX_FUNCTION_WORD)) ||
                      (first->lex & LEX_DETERMINER)) &&
                     /* not "[What you did…] project management responsibilities" */
                     !object_says_no_outcome (analysis, from))
              /* "Responsible for the billing service" → "[Your verb…] the billing service" */
              openings[n++] = (Opening) { g_strdup (_("[What you did, e.g. Ran or Built]")), from, "duty-slot" };
          }
          break;

        case SCOPE_TOOL:
          /* "with the design team", "with a local manufacturer": people;
           * "with web2py", "with Splunk": tools */
          if (people_end (analysis, from) != 0 ||
              (g_str_equal (analysis->weak->words[analysis->weak->n_words - 1], "with") &&
               (analysis->tokens[from].lex & LEX_DETERMINER) && from + 1 < analysis->n_tokens &&
               !(analysis->tokens[from + 1].lex & LEX_KEYWORD) &&
               !(analysis->tokens[from + 1].flags & (TOKEN_FIRST_UPPER | TOKEN_ALL_UPPER | TOKEN_INNER_PUNCT |
                                                     TOKEN_DIGIT))))
            /* "Worked with the design team to…" → "Partnered with the design team to…" */
            openings[n++] = (Opening) { g_strdup (_("Partnered with")), from, "tool-partner" };
          else if (!(analysis->tokens[from].lex & LEX_FUNCTION_WORD) || (analysis->tokens[from].lex & LEX_DETERMINER))
            /* "Used Kafka for message processing" → "[What you built or
             * changed] using Kafka for message processing" */
            openings[n++] = (Opening) { g_strdup (_("[What you built or changed] using")), from, "tool-slot" };
          break;

        case SCOPE_SKILL:
        case SCOPE_NONE:
        default:
          break;
        }
      break;

    case OPEN_VERB:
      /* "I built X" → "Built X" */
      if (analysis->pronoun_opener)
        openings[n++] = (Opening) { g_strdup (""), analysis->lead, "opener-verb" };
      break;

    case OPEN_FRAGMENT:
      /* "Backend services for X" → "[Your verb, e.g. Built] backend services for X" */
      if (analysis->lead == 0 && analysis->n_tokens > 1 && !(analysis->tokens[0].flags & TOKEN_DIGIT) &&
          is_action_noun_phrase (analysis))
        openings[n++] = (Opening) { g_strdup (_("[Your verb, e.g. Built or Ran]")), 0, "fragment-slot" };
      break;

    case OPEN_SLOT:
    case OPEN_PASSIVE:
    default:
      break;
    }

  /* Otherwise the bullet keeps its own opening, and only slots are added. */
  if (n == 0)
    openings[n++] = (Opening) { NULL, 0, NULL };

  return n;
}

/* Rule 4: one sentence, no doubled word, no stray space, one full stop. */
static gboolean
is_well_formed (const char *text)
{
  gsize len = strlen (text);
  const char *p;
  const char *prev_word = NULL;
  gsize prev_len = 0;
  guint depth = 0;

  if (len < 2 || text[len - 1] != '.' || strchr (".,;:!? ", text[len - 2]) != NULL)
    return FALSE;
  if (strstr (text, "  ") != NULL || strstr (text, "[ ") != NULL || strstr (text, " ]") != NULL ||
      strstr (text, "[]") != NULL || g_ascii_isspace (text[0]))
    return FALSE;

  for (p = text; *p != '\0';)
    {
      const char *start;
      gsize wlen;

      if (*p == '[')
        depth++;
      else if (*p == ']')
        depth = depth > 0 ? depth - 1 : 0;
      if (!g_ascii_isalpha (*p) || depth > 0)
        {
          if (*p != ' ' && *p != '[' && *p != ']')
            prev_word = NULL;
          p++;
          continue;
        }
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      wlen = p - start;
      if (prev_word != NULL && prev_len == wlen && g_ascii_strncasecmp (prev_word, start, wlen) == 0 &&
          !(wlen == 4 && g_ascii_strncasecmp (start, "that", 4) == 0))
        return FALSE;
      prev_word = start;
      prev_len = wlen;
    }

  return TRUE;
}

/* Words that end the opening clause's object: what follows is a tool, a
 * context or a purpose ("…web app using React and AWS"), not what the
 * bullet is about. */
static gboolean
ends_focus (const CoachAnalysis *analysis,
            guint                k)
{
  static const char * const words[] = {
    "using", "with", "via", "by", "through", "including", "such", "like", "while", "where",
    "which", "that", "who", "to", "for", "on", "in", "at", "from", "into", "across", "during",
    "as", "under", "within", "without", "after", "before", "so", "deployed", "running",
  };
  if (ends_clause (analysis, k))
    return TRUE;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (token_is (analysis, k, words[w]))
      return TRUE;

  return FALSE;
}

/* The area whose patterns fit the bullet, or NULL when no outcome slot
 * does. A skill area's metric ("[tail query time]", "[deploy time]") only
 * fits a bullet whose opening verb and object are about that area: "Set up
 * CI/CD pipelines" is, "Built a web app using React and AWS" is not, for
 * all that AWS names infrastructure. Prizes and teaching are read from the
 * whole bullet ("Won first prize at…"), but a paper under review has won
 * nothing yet. */
static CoachArea *
pattern_area (const CoachAnalysis *analysis)
{
  static const char * const proof[] = {
    "won", "win", "winner", "winners", "winning", "award", "awarded", "awards", "prize",
    "finalist", "finalists", "scholarship", "honor", "honour", "honors", "honours",
    "recognized", "recognised", "placed", "ranked", "nominated", "qualified", "medal",
    "fellowship", "dean's", "accepted", "selected", "spotlight", "published",
  };
  VitaeCoach *coach = analysis->coach;
  guint sums[COACH_MAX_AREAS] = { 0 };
  guint best = 0, best_sum = 0;
  gboolean teaching = g_str_equal (analysis->area->id, "teaching");
  guint start, end;

  if (g_str_equal (analysis->area->id, "recognition"))
    {
      /* "chosen from [how many entries]" needs a prize, a rank or an
       * acceptance the bullet states; "under review" has none yet */
      gboolean proven = FALSE;

      for (guint k = 0; k < analysis->n_tokens; k++)
        {
          if (token_is (analysis, k, "review") || token_is (analysis, k, "submitted") ||
              token_is (analysis, k, "submission") || token_is (analysis, k, "pending") ||
              token_is (analysis, k, "preprint"))
            return NULL;
          for (guint w = 0; w < G_N_ELEMENTS (proof); w++)
            if (token_is (analysis, k, proof[w]))
              proven = TRUE;
        }
      return proven ? analysis->area : coach->general;
    }
  if (analysis->area == coach->general)
    return analysis->area;

  /* The opening verb and the next few words: "Set up CI/CD pipelines",
   * "Optimized slow PostgreSQL queries". Teaching reads a little further
   * ("Demonstrated STEM activities at booths for young students"). */
  start = MAX (analysis->opener_end, analysis->lead + 1);
  /* "Used Firebase to…": a tool used for a purpose is not what the bullet
   * is about ("Used Kafka for message processing" is) */
  if (analysis->opener == OPEN_VERB && analysis->verb_lemma != NULL &&
      (g_str_equal (analysis->verb_lemma, "use") || g_str_equal (analysis->verb_lemma, "utilize") ||
       g_str_equal (analysis->verb_lemma, "utilise") || g_str_equal (analysis->verb_lemma, "leverage") ||
       g_str_equal (analysis->verb_lemma, "employ")))
    return coach->general;
  /* "Reported on an emerging…": the verb's own preposition ends it */
  if (analysis->opener == OPEN_VERB && start < analysis->n_tokens && start == analysis->lead + 1 &&
      (analysis->tokens[start].lex & LEX_FUNCTION_WORD) && !(analysis->tokens[start].lex & LEX_DETERMINER) &&
      !token_is (analysis, start, "and") && !token_is (analysis, start, "up"))
    return coach->general;
  for (end = start + 1; end < analysis->n_tokens && end < start + (teaching ? 8 : 4); end++)
    if (teaching ? ends_clause (analysis, end) : ends_focus (analysis, end))
      break;
  /* "Worked on database structures, user interface, …": one of a list
   * of things is not what the bullet is about */
  if (!teaching && end < analysis->n_tokens && ends_clause (analysis, end) &&
      continues_list (analysis, end))
    return coach->general;

  for (guint i = analysis->lead; i < end && i < analysis->n_tokens; i++)
    {
      const CoachCue *cue;

      if (analysis->tokens[i].flags & TOKEN_SLOT)
        continue;
      cue = g_hash_table_lookup (coach->cues, coach_token_lower (analysis, i));
      if (cue != NULL)
        for (guint a = 0; a < coach->areas->len; a++)
          sums[a] += cue->weight[a];
    }
  for (guint a = 0; a < coach->areas->len; a++)
    if (sums[a] > best_sum)
      {
        best = a;
        best_sum = sums[a];
      }

  return best_sum >= 2 ? g_ptr_array_index (coach->areas, best) : coach->general;
}

/* Whether the bullet's own verb says it is not about work with a result:
 * a talk, a club, a degree, a paper ("Presented…", "Joined…"). */
static gboolean
opener_says_no_outcome (const CoachAnalysis *analysis)
{
  if (analysis->verb_lemma != NULL && *analysis->verb_lemma != '\0' &&
      (_vitae_coach_lookup_lex (analysis->coach, analysis->verb_lemma) & LEX_NO_OUTCOME))
    return TRUE;

  return analysis->lead < analysis->n_tokens && says_no_outcome (analysis, analysis->lead);
}

static void
add_patterns (GPtrArray *patterns,
              GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (patterns, g_ptr_array_index (from, i));
}

void
_vitae_coach_rewrite (CoachAnalysis    *analysis,
                      VitaeCoachResult *result)
{
  VitaeCoach *coach = analysis->coach;
  CoachArea *area;
  Opening openings[4];
  guint n_openings;
  g_autoptr(GPtrArray) patterns = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GArray) reopened = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean needs_slots, no_outcome;

  if (analysis->lead >= analysis->n_tokens || !needs_rewrite (analysis, result))
    return;

  /* Two sentences, or a [slot] the user has yet to fill: nothing to add. */
  for (guint i = 0; i + 1 < analysis->n_tokens; i++)
    {
      const char *gap = analysis->text + analysis->tokens[i].bend;
      gsize gap_len = analysis->tokens[i + 1].bstart - analysis->tokens[i].bend;

      /* ". Next", not " .NET" */
      if ((g_strstr_len (gap, gap_len, ". ") != NULL || g_strstr_len (gap, gap_len, "! ") != NULL ||
           g_strstr_len (gap, gap_len, "? ") != NULL) &&
          (analysis->tokens[i + 1].flags & TOKEN_FIRST_UPPER))
        return;
    }

  /* "Won first prize!": a rewrite ends with a full stop, and the user's
   * "!" or "?" is theirs to keep */
  {
    gsize end = strlen (analysis->text);

    while (end > 0 && g_ascii_isspace (analysis->text[end - 1]))
      end--;
    if (end > 0 && (analysis->text[end - 1] == '!' || analysis->text[end - 1] == '?'))
      return;
  }

  n_openings = plan_openings (analysis, openings);

  /* "Written in Go", "Used by three museums", "Team has won…": a bullet that
   * describes a thing or says nothing the person did gets no slots, which
   * would only dress the description up. */
  if (openings[0].opener == NULL &&
      (analysis->opener == OPEN_PASSIVE || analysis->opener == OPEN_FRAGMENT ||
       analysis->opener == OPEN_NOMINAL ||
       (analysis->opener == OPEN_WEAK && analysis->scope != SCOPE_NONE)))
    {
      g_free (openings[0].opener);
      return;
    }

  /* A talk, a club or a degree has no general metric to improve, though
   * teaching has its reach and a prize its field. */
  area = pattern_area (analysis);
  no_outcome = opener_says_no_outcome (analysis);
  needs_slots = !analysis->has_metric && area != NULL && !(area == coach->general && no_outcome);
  if (area == NULL)
    area = coach->general;

  patterns = g_ptr_array_new ();
  add_patterns (patterns, area->patterns);
  if (area != coach->general && !no_outcome)
    add_patterns (patterns, coach->general->patterns);

  /* Each opening with the best pattern first, then the other patterns. */
  for (guint round = 0; round < patterns->len && texts->len < MAX_SUGGESTIONS * 2; round++)
    for (guint o = 0; o < n_openings && texts->len < MAX_SUGGESTIONS * 2; o++)
      {
        const CoachPattern *pattern = g_ptr_array_index (patterns, round);
        char *text;

        if (openings[o].opener == NULL && !needs_slots)
          continue;
        if (openings[o].opener != NULL && !needs_slots && round > 0)
          continue;

        text = build (analysis, openings[o].opener,
                      openings[o].opener != NULL ? openings[o].from : 0,
                      needs_slots ? pattern : NULL);
        g_ptr_array_add (texts, text);
        g_ptr_array_add (ids, (gpointer) (needs_slots ? pattern->id : g_intern_string (openings[o].id)));
        g_array_append_val (reopened, (gboolean) { openings[o].opener != NULL });
      }

  for (guint o = 0; o < n_openings; o++)
    g_free (openings[o].opener);

  /* The analysis' tokens are not needed any more: score each text as the
   * coach would once it is applied (rule 5), and check its form (rule 4). */
  for (guint i = 0; i < texts->len && result->suggestions->len < MAX_SUGGESTIONS; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autoptr(VitaeCoachResult) applied = NULL;
      VitaeCoachSuggestion suggestion;
      gboolean duplicate = FALSE;

      for (guint j = 0; j < result->suggestions->len && !duplicate; j++)
        duplicate = g_str_equal (g_array_index (result->suggestions, VitaeCoachSuggestion, j).text, text);
      if (duplicate || g_str_equal (text, result->text) || !is_well_formed (text))
        continue;

      /* A rewrite that keeps the bullet's own opening only adds slots: a
       * figure slot (35 points) outweighs any length it costs, and slots
       * are never analysed, so it cannot score lower. One with a new
       * opening is scored as applied. */
      if (g_array_index (reopened, gboolean, i))
        {
          applied = _vitae_coach_analyze (coach, text, COACH_ANALYZE_SCORE);
          if (applied->base_score < result->base_score)
            continue;
        }

      suggestion.text = g_strdup (text);
      suggestion.pattern = g_ptr_array_index (ids, i);
      g_array_append_val (result->suggestions, suggestion);
    }
}
