/* vitae-coach-opener.c
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
 * The shallow parse of how a bullet opens: past a heading, a leading
 * clause, a pronoun or an adverb, the opener is an action verb, a weak
 * phrase of the catalog, a passive, a noun naming the action or a fragment.
 * The rewrite replaces it only where it is weak or a noun naming the action.
 */


static gboolean
is_subject_pronoun (const CoachAnalysis *analysis,
                    guint                i)
{
  return (analysis->tokens[i].lex & LEX_FIRST_PERSON) &&
         (coach_token_is (analysis, i, "i") || coach_token_is (analysis, i, "we"));
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
         !coach_token_is (analysis, i, "and") && !coach_token_is (analysis, i, "or");
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
    if (coach_token_is (analysis, k, "to") && analysis->tokens[k + 1].form == VERB_FORM_BASE &&
        !(analysis->tokens[k + 1].lex & (LEX_DETERMINER | LEX_FUNCTION_WORD)))
      return TRUE;

  return FALSE;
}

/* Verbs that take "on" or "in" in the active voice: "Reported on a
 * flaw", "Specialized in…", unlike "Written in Go" or "Ran on Solaris". */
static const char * const preposition_verbs[] = {
  "report", "present", "speak", "focus", "consult", "advise", "lecture", "comment",
  "iterate", "expand", "improve", "specialize", "specialise", "invest", "engage",
  "succeed", "brief", "testify", "blog", "reflect", "elaborate", "capitalize",
  "capitalise", "follow", "act", "coordinate", "collaborate", "persist",
};

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

  quoted = _vitae_coach_quote_span (analysis, first, last);
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

/* Where the opener is looked for ********************************************/

/* "In close coordination with X, led…", "With a grant from Y, built…": the
 * main clause after the comma opens the bullet; "Acme — Developed…",
 * "Virtual learning: Introduced…": so does the bullet proper after a
 * heading. Returns the token it starts at, or 0. */
static guint
find_main_clause (const CoachAnalysis *analysis)
{
  if (analysis->n_tokens > 2 && is_preposition (analysis, 0) && !coach_token_is (analysis, 0, "to"))
    for (guint k = 1; k + 1 < analysis->n_tokens && k < 14; k++)
      if (COACH_GAP_HAS (analysis, k, ","))
        {
          if (analysis->tokens[k].lemma != NULL)
            return k;
          break;
        }

  for (guint k = 1; k + 1 < analysis->n_tokens && k < 7; k++)
    {
      if (COACH_GAP_HAS (analysis, k, ": ", "—", "–", " - "))
        return (analysis->tokens[k].flags & TOKEN_FIRST_UPPER) && k <= 5 ? k : 0;
      /* a heading is a name: "Acme Corp", "Conrad (Google Cloud Partner)" */
      if (!(analysis->tokens[k].flags & (TOKEN_FIRST_UPPER | TOKEN_DIGIT)))
        break;
    }

  return 0;
}

/* The verb may follow "I", "We" or an adverb ("Actively contributed",
 * "I also helped"): they belong to the opener, as does the team in "My
 * team built…". Returns the token after them; @pronoun says whether the
 * person spoke of themselves. */
static guint
skip_lead (const CoachAnalysis *analysis,
           guint                p,
           gboolean            *pronoun)
{
  while (p < analysis->n_tokens &&
         (is_subject_pronoun (analysis, p) || _vitae_coach_is_adverb (analysis, p) ||
          (analysis->tokens[p].lex & LEX_LEAD_ADVERB) ||
          /* "Frequently and successfully spearheaded…" */
          (p > 0 && coach_token_is (analysis, p, "and") && p + 1 < analysis->n_tokens &&
           _vitae_coach_is_adverb (analysis, p + 1))))
    {
      if (is_subject_pronoun (analysis, p))
        *pronoun = TRUE;
      p++;
    }

  /* "My team built…", "Our squad shipped…": the verb comes after the team. */
  if (p + 2 < analysis->n_tokens &&
      (analysis->tokens[p].lex & LEX_FIRST_PERSON) && (analysis->tokens[p].lex & LEX_DETERMINER) &&
      analysis->tokens[p + 2].form == VERB_FORM_ED)
    {
      *pronoun = TRUE;
      p += 2;
    }

  return p;
}

/* Weak openers **************************************************************/

/* The weak phrase at @p, unless "Using Python and SQL, built…", "Used
 * Redis to cut…", "Collaborated with QA to ship…" make it no weak opening. */
static const CoachPhrase *
match_weak (const CoachAnalysis *analysis,
            guint                p,
            guint               *length)
{
  const CoachToken *token = &analysis->tokens[p];
  const CoachPhrase *weak;

  weak = _vitae_coach_match_phrase (analysis, p, 1u << VITAE_COACH_ISSUE_WEAK_VERB, length);
  if (weak != NULL && weak->scope == SCOPE_TOOL &&
      !g_str_equal (weak->words[0], "worked") &&
      ((token->form == VERB_FORM_ING && verb_after_comma (analysis, p + *length)) ||
       (!coach_token_is (analysis, p + *length, "to") &&
        purpose_follows (analysis, p + *length))))
    return NULL;

  return weak;
}

/* A weak opener at @p, which the analysis has matched: the weak phrases
 * that follow it join it. */
static void
open_weak (CoachAnalysis    *analysis,
           VitaeCoachResult *result,
           guint             p,
           guint             clause)
{
  guint last = p + analysis->weak_length - 1;
  const CoachPhrase *next;
  guint length;

  analysis->opener = OPEN_WEAK;
  analysis->scope = analysis->weak->scope;
  analysis->opener_end = p + analysis->weak_length;
  analysis->verb_lemma = analysis->tokens[p].lemma;

  /* "Responsible for helping with…": the shared part is what counts. */
  while (analysis->opener_end < analysis->n_tokens &&
         coach_joined_by_space (analysis, analysis->opener_end) &&
         (next = _vitae_coach_match_phrase (analysis, analysis->opener_end,
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
          (coach_token_is (analysis, analysis->opener_end - 1, "to") && action->form == VERB_FORM_BASE))
        last = analysis->opener_end;
    }

  flag_opener (analysis, result, clause == 0 ? 0 : p, last, WEAK_DUTY);
}

/* Verbs *********************************************************************/

/* "Design and development of…", "Design of the…", "Testing of…": nouns
 * naming the action. */
static gboolean
open_nominal_verb (CoachAnalysis    *analysis,
                   VitaeCoachResult *result,
                   guint             p)
{
  const CoachToken *token = &analysis->tokens[p];

  if (token->form != VERB_FORM_BASE && token->form != VERB_FORM_ING)
    return FALSE;

  if (coach_token_is (analysis, p + 1, "and") || coach_token_is (analysis, p + 1, "&"))
    for (guint k = p + 2; k < analysis->n_tokens && k < p + 5; k++)
      if (coach_token_is (analysis, k, "of"))
        {
          analysis->opener = OPEN_NOMINAL;
          analysis->verb_lemma = NULL;
          analysis->opener_end = k + 1;
          flag_opener (analysis, result, p, k, WEAK_NOMINAL);
          return TRUE;
        }

  if (coach_token_is (analysis, p + 1, "of"))
    {
      analysis->opener = OPEN_NOMINAL;
      analysis->verb_lemma = token->lemma;
      analysis->opener_end = p + 2;
      flag_opener (analysis, result, p, p + 1, WEAK_NOMINAL);
      return TRUE;
    }

  return FALSE;
}

/* "Built with Electron", "Written in Java", "Ran on Solaris servers": a
 * description of the thing, not of what the person did. */
static gboolean
open_description (CoachAnalysis    *analysis,
                  VitaeCoachResult *result,
                  guint             p,
                  guint             clause)
{
  const CoachToken *token = &analysis->tokens[p];
  const char *word = coach_token_lower (analysis, p);

  if (!((token->form == VERB_FORM_ED ||
         /* "Put into production…" */
         g_strcmp0 (g_hash_table_lookup (analysis->coach->irregular, word), word) == 0) &&
        p == clause &&
        !((coach_token_is (analysis, p + 1, "on") || coach_token_is (analysis, p + 1, "in")) &&
          COACH_WORD_IN (token->lemma, preposition_verbs)) &&
        (coach_token_is (analysis, p + 1, "with") || coach_token_is (analysis, p + 1, "in") ||
         coach_token_is (analysis, p + 1, "by") || coach_token_is (analysis, p + 1, "into") ||
         coach_token_is (analysis, p + 1, "on")) &&
        !purpose_follows (analysis, p + 1)))
    return FALSE;

  analysis->opener = OPEN_PASSIVE;
  flag_opener (analysis, result, p, p + 1, WEAK_PASSIVE);
  if (!analysis->quiet)
    _vitae_coach_result_add (result, VITAE_COACH_ISSUE_PASSIVE, token->cstart, token->cend,
                             /* Translators: %s is a participle such as “Written” */
                             g_strdup_printf (_("“%s” is passive: say what you did with it"), word));
  return TRUE;
}

/* "Services for…", "Tests in…", "Team lead for…", "Intern at…", "Tool
 * that…", "Full stack…", "Has a…": a word the lexicon knows as a verb that
 * is a noun, an adjective or an auxiliary here, not an action. */
static gboolean
is_no_action (const CoachAnalysis *analysis,
              guint                p)
{
  const CoachToken *token = &analysis->tokens[p];
  const CoachToken *next = p + 1 < analysis->n_tokens ? &analysis->tokens[p + 1] : NULL;

  return (token->form == VERB_FORM_S && (next == NULL || is_preposition (analysis, p + 1))) ||
         /* "Host a meetup" and "Pair programmed" are verbs all the same */
         ((token->form == VERB_FORM_BASE || token->form == VERB_FORM_S) &&
          _vitae_coach_is_noun_first (analysis->coach, token->lemma) &&
          !(next != NULL && ((next->lex & LEX_DETERMINER) || next->form == VERB_FORM_ED))) ||
         /* "Project planning, …": a noun before a gerund naming work */
         (token->form == VERB_FORM_BASE && next != NULL && next->form == VERB_FORM_ING &&
          (p + 2 >= analysis->n_tokens ||
           (is_preposition (analysis, p + 2) && !coach_token_is (analysis, p + 2, "of")) ||
           COACH_GAP_HAS (analysis, p + 2, ","))) ||
         g_str_equal (token->lemma, "have") || g_str_equal (token->lemma, "be") ||
         (token->form == VERB_FORM_BASE && next != NULL && (next->lex & LEX_ROLE_NOUN)) ||
         /* "Lead frontend engineer of…" */
         ((token->lex & LEX_ROLE_NOUN) && next != NULL && !(next->lex & LEX_FUNCTION_WORD) &&
          p + 2 < analysis->n_tokens && (analysis->tokens[p + 2].lex & LEX_ROLE_NOUN)) ||
         ((token->lex & LEX_ROLE_NOUN) && (next == NULL || is_preposition (analysis, p + 1))) ||
         (token->form == VERB_FORM_ING && (token->lex & LEX_NOT_GERUND) &&
          (next == NULL || is_preposition (analysis, p + 1)));
}

/* A word the lexicon knows as a verb at @p: an action verb, or a noun
 * naming the action, or a description. Returns whether it settled the
 * opener. */
static gboolean
open_verb (CoachAnalysis    *analysis,
           VitaeCoachResult *result,
           guint             p,
           guint             clause,
           gboolean          pronoun)
{
  const CoachToken *token = &analysis->tokens[p];

  if (token->lemma == NULL || is_named_word (token) || (token->lex & LEX_PASSIVE_AUX))
    return FALSE;

  if (open_nominal_verb (analysis, result, p) || open_description (analysis, result, p, clause))
    return TRUE;

  if (is_no_action (analysis, p))
    return FALSE;

  analysis->opener = OPEN_VERB;
  analysis->verb_lemma = token->lemma;
  analysis->opener_end = p + 1;
  /* "I built…", "We shipped…" */
  analysis->pronoun_opener = pronoun;
  if (pronoun)
    flag_opener (analysis, result, 0, p - 1, WEAK_PRONOUN);
  return TRUE;
}

/* Words the lexicon does not know for verbs *********************************/

/* "Réduit la latence…": a word of another language the lexicon cannot
 * judge is taken for the verb it likely is. */
static gboolean
open_foreign_word (CoachAnalysis *analysis,
                   guint          p)
{
  const CoachToken *token = &analysis->tokens[p];

  if (p != 0 || token->lemma != NULL || (token->flags & TOKEN_DIGIT))
    return FALSE;

  for (const char *c = analysis->text + token->bstart; c < analysis->text + token->bend; c++)
    if ((guchar) *c >= 0x80)
      {
        analysis->opener = OPEN_VERB;
        analysis->opener_end = p + 1;
        return TRUE;
      }

  return FALSE;
}

/* "Conference directly with clients…": a word followed by an adverb of
 * manner is used as a verb, whatever the lexicon says of it. */
static gboolean
open_verb_of_manner (CoachAnalysis *analysis,
                     guint          p)
{
  const CoachToken *token = &analysis->tokens[p];

  if (!(p + 1 < analysis->n_tokens && !(token->flags & (TOKEN_DIGIT | TOKEN_ALL_UPPER)) &&
        !(token->lex & (LEX_FUNCTION_WORD | LEX_DETERMINER | LEX_FIRST_PERSON | LEX_PASSIVE_AUX)) &&
        g_str_has_suffix (coach_token_lower (analysis, p + 1), "ly") &&
        _vitae_coach_is_adverb (analysis, p + 1) &&
        p + 2 < analysis->n_tokens && is_preposition (analysis, p + 2)))
    return FALSE;

  analysis->opener = OPEN_VERB;
  analysis->opener_end = p + 1;
  return TRUE;
}

/* "Migration of the datacenter…", "Creation of test plans…" */
static gboolean
open_nominal (CoachAnalysis    *analysis,
              VitaeCoachResult *result,
              guint             p)
{
  const char *verb;

  if ((analysis->tokens[p].flags & TOKEN_DIGIT) || !is_preposition (analysis, p + 1))
    return FALSE;

  verb = _vitae_coach_nominal_verb (analysis->coach, coach_token_lower (analysis, p));
  if (verb == NULL)
    return FALSE;

  analysis->opener = OPEN_NOMINAL;
  analysis->verb_lemma = verb;
  analysis->opener_end = p + (coach_token_is (analysis, p + 1, "of") ? 2 : 1);
  flag_opener (analysis, result, p, analysis->opener_end - 1, WEAK_NOMINAL);
  return TRUE;
}

/* Finds how the bullet opens, flags a weak opener, and records the opening
 * word in @result for repeated-verb. */
void
_vitae_coach_find_opener (CoachAnalysis    *analysis,
                          VitaeCoachResult *result)
{
  guint p, clause;
  gboolean pronoun = FALSE;
  const CoachToken *token;

  analysis->opener = OPEN_FRAGMENT;
  analysis->scope = SCOPE_NONE;

  clause = find_main_clause (analysis);
  p = skip_lead (analysis, clause, &pronoun);
  analysis->lead = p;
  analysis->opener_end = p;
  if (p >= analysis->n_tokens)
    return;

  token = &analysis->tokens[p];
  if (!(token->flags & (TOKEN_DIGIT | TOKEN_SLOT)))
    {
      result->opening = g_strdup (coach_token_lower (analysis, p));
      result->opening_start = token->cstart;
      result->opening_end = token->cend;
    }

  if (token->flags & TOKEN_SLOT)
    {
      analysis->opener = OPEN_SLOT;
      analysis->opener_end = p + 1;
      return;
    }

  analysis->weak = match_weak (analysis, p, &analysis->weak_length);
  if (analysis->weak != NULL)
    {
      open_weak (analysis, result, p, clause);
      return;
    }

  /* "Was promoted to…" */
  if ((token->lex & LEX_PASSIVE_AUX) && p + 1 < analysis->n_tokens &&
      (_vitae_coach_is_participle (analysis, p + 1) || _vitae_coach_is_adverb (analysis, p + 1)))
    {
      analysis->opener = OPEN_PASSIVE;
      flag_opener (analysis, result, p, p + 1, WEAK_PASSIVE);
      return;
    }

  if (open_verb (analysis, result, p, clause, pronoun) ||
      open_foreign_word (analysis, p) ||
      open_nominal (analysis, result, p) ||
      open_verb_of_manner (analysis, p))
    return;

  /* A fragment: no verb says what the person did. */
  flag_opener (analysis, result, p, p, WEAK_FRAGMENT);
}
