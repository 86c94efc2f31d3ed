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

/* Whether the token at @i may be written with a lower-case initial: it was
 * capitalised only because it opened the sentence, and it is no name,
 * acronym or catalog keyword ("Kubernetes"; "security" is lowered). */
static gboolean
may_lower (const CoachAnalysis *analysis,
           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

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

/* Where in the bullet the technique slot goes: before a clause that follows
 * the main one (", which…", "; …", " — …", ", reducing…"), else at the end.
 * Returns a token index, or n_tokens. */
static guint
find_split (const CoachAnalysis *analysis,
            guint                from)
{
  for (guint k = from + 1; k < analysis->n_tokens; k++)
    {
      const CoachToken *token = &analysis->tokens[k];
      const char *gap = analysis->text + analysis->tokens[k - 1].bend;
      gsize gap_len = token->bstart - analysis->tokens[k - 1].bend;

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
          g_strstr_len (gap, gap_len, "–") != NULL || g_strstr_len (gap, gap_len, " - ") != NULL ||
          g_strstr_len (gap, gap_len, "(") != NULL)
        return k;

      if (g_strstr_len (gap, gap_len, ",") != NULL &&
          (token->form == VERB_FORM_ING || (token->lex & LEX_CLAUSE_LEAD) ||
           token_is (analysis, k, "resulting")))
        return k;
    }

  return analysis->n_tokens;
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
                           analysis->scope != SCOPE_TOOL && !analysis->has_metric;
  gboolean add_result = pattern != NULL && !analysis->has_metric;
  guint split = add_technique ? find_split (analysis, from) : analysis->n_tokens;

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

/* People or a team the shared work was done with or for: "the team", "our
 * customers", "3 interns". Returns the token after them, or 0. */
static guint
people_end (const CoachAnalysis *analysis,
            guint                from)
{
  for (guint k = from; k < analysis->n_tokens && k < from + 4; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      if (token->lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN))
        return k + 1;
      if (!(token->lex & LEX_DETERMINER) && !(token->flags & TOKEN_DIGIT) &&
          !(token->lex & LEX_NUMBER_WORD) && (token->lex & LEX_FUNCTION_WORD))
        return 0;
    }

  return 0;
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
          /* "Design and development of X" → "[Your verb…] X" */
          if (from < analysis->n_tokens)
            openings[n++] = (Opening) { g_strdup (_("[Your verb, e.g. Built or Ran]")), from, "nominal-slot" };
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
            else if (people != 0 && people < analysis->n_tokens && is_base_verb (analysis, people))
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
            else if (people != 0)
              /* "Supported 200 users…" → "[What you did for] 200 users…" */
              openings[n++] = (Opening) { g_strdup (_("[What you did for]")), from, "shared-people" };
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
            else if ((first->form != VERB_FORM_ING && !(first->lex & LEX_FUNCTION_WORD)) ||
                     (first->lex & LEX_DETERMINER))
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
  CoachArea *area = analysis->area;
  Opening openings[4];
  guint n_openings;
  g_autoptr(GPtrArray) patterns = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GArray) reopened = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean needs_slots;

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
       (analysis->opener == OPEN_WEAK && analysis->scope != SCOPE_NONE)))
    {
      g_free (openings[0].opener);
      return;
    }

  patterns = g_ptr_array_new ();
  add_patterns (patterns, area->patterns);
  if (area != coach->general)
    add_patterns (patterns, coach->general->patterns);

  needs_slots = !analysis->has_metric;

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
