/* vitae-coach-openings.c
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
 * The openings a rewrite may give a bullet (see the rules in
 * vitae-coach-rewrite.c): a weak opener's replacement that keeps the
 * person's part as the bullet states it, the verb a noun or a duty names,
 * or a [slot] where the verb is the user's to write.
 *
 * The words written into a bullet ("Partnered with", "[What you did
 * for]") are English, like the bullet they go into: they are not marked
 * for translation, or a translated interface would put German or French
 * words into an English bullet. A coach for another language writes its
 * own words.
 */

/* Verbs the coach never writes unless the bullet said them itself. */
static const char * const claim_verbs[] = {
  "led", "owned", "designed", "architected", "mentored", "supported", "spearheaded",
  "headed", "directed", "managed", "founded", "pioneered", "oversaw", "supervised",
};

/* Prepositions and other function words ("during", "across"). */
static const char * const preposition_words[] = {
  "during", "across", "throughout", "over", "through", "via", "by", "at", "in", "on",
  "for", "from", "of", "to", "with", "within", "under", "as", "at", "around", "after",
  "before", "since", "until",
};

/* Words before "team" that name the team: "the design team"; alone, they
 * name the thing: "the design system". */
static const char * const team_words[] = {
  "design", "product", "sales", "marketing", "engineering", "qa", "ops",
};

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
         !(i + 1 < analysis->n_tokens && coach_token_is (analysis, i + 1, "of"));
}


/* A preposition or another function word at @i ("during", "across"). */
static gboolean
is_preposition_word (const CoachAnalysis *analysis,
                     guint                i)
{
  return (analysis->tokens[i].lex & LEX_FUNCTION_WORD) || COACH_TOKEN_IN (analysis, i, preposition_words);
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
      if (COACH_TOKEN_IN (analysis, k, team_words) &&
          !(k + 1 < analysis->n_tokens && coach_joined_by_space (analysis, k + 1) &&
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
gboolean
_vitae_coach_says_no_outcome (const CoachAnalysis *analysis,
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
      if (k > from && _vitae_coach_ends_clause (analysis, k))
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
      if (_vitae_coach_says_no_outcome (analysis, k))
        return FALSE;
      if (token->lex & (LEX_ROLE_NOUN | LEX_FIRST_PERSON | LEX_PASSIVE_AUX) ||
          (token->flags & (TOKEN_DIGIT | TOKEN_DROP | TOKEN_SLOT)) ||
          ((token->lex & LEX_FUNCTION_WORD) && k == 0))
        return FALSE;
      if (k + 1 < analysis->n_tokens && COACH_GAP_HAS (analysis, k + 1, "-", ":", "—", "–", "("))
        return FALSE;
      if (k > 0 && (token->lex & LEX_FUNCTION_WORD) && !(token->lex & LEX_DETERMINER))
        return !coach_token_is (analysis, k, "and") && !coach_token_is (analysis, k, "or");
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

      if (!coach_joined_by_space (analysis, k))
        return FALSE;
      /* "students and staff with…" */
      if ((coach_token_is (analysis, k, "and") || coach_token_is (analysis, k, "or") || coach_token_is (analysis, k, "&")) &&
          (analysis->tokens[k - 1].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN)))
        continue;
      if (!(analysis->tokens[k - 1].lex & (LEX_TEAM | LEX_OBJECT_PEOPLE | LEX_ROLE_NOUN)))
        {
          if (token->lex & LEX_FUNCTION_WORD)
            return FALSE;
          continue;
        }
      return (token->form == VERB_FORM_ING && !(token->lex & LEX_NOT_GERUND)) ||
             coach_token_is (analysis, k, "with");
    }

  return FALSE;
}

/* Openings **************************************************************/

/* The openings found so far. */
typedef struct
{
  const CoachAnalysis *analysis;
  CoachOpening        *openings;
  guint                n;
} Plan;

static void
plan_add (Plan       *plan,
          char       *opener,
          guint       from,
          const char *id)
{
  g_assert (plan->n < COACH_MAX_OPENINGS);
  plan->openings[plan->n++] = (CoachOpening) { opener, from, id };
}

/* "Design and implementation of X" → "Designed and implemented X": the
 * person named both actions. Anything else ("Design and ground-up
 * development of") is theirs to word: no rewrite. */
static void
plan_nominal_pair (Plan  *plan,
                   guint  from)
{
  const CoachAnalysis *analysis = plan->analysis;
  guint p = analysis->lead;
  const char *first = nominal_lemma (analysis, p);
  const char *second = p + 4 == from ? nominal_lemma (analysis, p + 2) : NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  if (first == NULL || second == NULL || from >= analysis->n_tokens ||
      !coach_token_is (analysis, p + 3, "of"))
    return;

  one = _vitae_coach_verb_past (analysis->coach, first);
  two = _vitae_coach_verb_past (analysis->coach, second);
  one[0] = g_ascii_toupper (one[0]);
  plan_add (plan, g_strconcat (one, " ", "and", " ", two, NULL), from, "opener-verb");
}

/* "Migration of the datacenter to AWS" → "Migrated the datacenter to AWS";
 * "Migration to AWS" → "Migrated [what] to AWS". */
static void
plan_nominal (Plan *plan)
{
  const CoachAnalysis *analysis = plan->analysis;
  guint from = analysis->opener_end;
  g_autofree char *past = NULL;

  if (analysis->verb_lemma == NULL || *analysis->verb_lemma == '\0')
    {
      plan_nominal_pair (plan, from);
      return;
    }

  past = _vitae_coach_verb_past (analysis->coach, analysis->verb_lemma);

  /* "Analysis of X and fixing of Y" would read "Analyzed X and fixing
   * of Y": a second action noun keeps the bullet as it is */
  for (guint k = from; k + 2 < analysis->n_tokens; k++)
    if ((coach_token_is (analysis, k, "and") || coach_token_is (analysis, k, "or")) &&
        coach_token_is (analysis, k + 2, "of"))
      from = analysis->n_tokens;

  /* "Leadership of…" does not make "Led…": only the same word does */
  if (from >= analysis->n_tokens ||
      (COACH_WORD_IN (past, claim_verbs) &&
       !g_str_equal (coach_token_lower (analysis, analysis->lead), analysis->verb_lemma)))
    return;

  past[0] = g_ascii_toupper (past[0]);
  if (coach_token_is (analysis, from - 1, "of"))
    plan_add (plan, g_strdup (past), from, "opener-verb");
  else
    plan_add (plan, g_strconcat (past, " ", "[what]", NULL), from, "opener-verb");
}

/* "Helped the team move X" → "Partnered with the team to move X" */
static char *
partner_with_people (const CoachAnalysis *analysis,
                     guint                from,
                     guint                people)
{
  GString *opener = g_string_new (NULL);

  g_string_append (opener, "Partnered with");
  g_string_append_c (opener, ' ');
  g_string_append_len (opener, analysis->text + analysis->tokens[from].bstart,
                       analysis->tokens[people - 1].bend - analysis->tokens[from].bstart);
  g_string_append_c (opener, ' ');
  g_string_append (opener, "to");

  return g_string_free (opener, FALSE);
}

/* The shared part as the bullet states it, after "Helped",
 * "Collaborated with", "Worked on": a partner, the people it was for, or
 * "[your part]". */
static void
plan_shared_part (Plan  *plan,
                  guint  from)
{
  const CoachAnalysis *analysis = plan->analysis;
  const CoachPhrase *weak = analysis->weak;
  const CoachToken *first = &analysis->tokens[from];
  guint people = people_end (analysis, from);

  if (g_str_equal (weak->words[weak->n_words - 1], "with") &&
      (g_str_equal (weak->words[0], "collaborated") || g_str_equal (weak->words[0], "worked")) &&
      !(first->flags & TOKEN_DIGIT))
    /* "Collaborated with the design team to…" → "Partnered with the design team to…" */
    plan_add (plan, g_strdup ("Partnered with"), from, "shared-partner");
  else if (is_base_verb (analysis, from))
    /* "Helped (to) raise accuracy" → "Partnered with [the team] to raise accuracy" */
    plan_add (plan, g_strdup ("Partnered with [the team] to"), from, "shared-partner");
  else if (coach_token_is (analysis, from, "to") && is_base_verb (analysis, from + 1))
    plan_add (plan, g_strdup ("Partnered with [the team]"), from, "shared-partner");
  else if (people != 0 && people < analysis->n_tokens && is_base_verb (analysis, people) &&
           coach_joined_by_space (analysis, people))
    plan_add (plan, partner_with_people (analysis, from, people), people, "shared-partner");
  else if (people != 0 && from == analysis->lead + 1 &&
           (people >= analysis->n_tokens || !coach_joined_by_space (analysis, people) ||
            (is_preposition_word (analysis, people) && !coach_token_is (analysis, people, "with"))))
    /* "Supported 200 users…" → "[What you did for] 200 users…" */
    plan_add (plan, g_strdup ("[What you did for]"), from, "shared-people");
  else if (people != 0)
    /* "Helps the support team triage…": the people act, in a word the
     * lexicon does not know for a verb; no opening fits */
    ;
  else if (!is_base_verb (analysis, from) && !(first->lex & LEX_PASSIVE_AUX) &&
           /* not "Contributed [your part] to on a project" */
           (!(first->lex & LEX_FUNCTION_WORD) || (first->lex & LEX_DETERMINER)))
    {
      /* "Worked on the payment API" → "Contributed [your part] to the payment API" */
      plan_add (plan, g_strdup ("Contributed [your part] to"), from, "shared-part");
      if ((first->form != VERB_FORM_ING && !(first->lex & LEX_FUNCTION_WORD)) ||
          (first->lex & LEX_DETERMINER))
        plan_add (plan, g_strdup ("[Your own verb, if the work was yours]"), from, "shared-verb");
    }
}

/* A shared part: "Helped", "Assisted", "Contributed to", "Worked on". */
static void
plan_shared (Plan *plan)
{
  const CoachAnalysis *analysis = plan->analysis;
  guint from = analysis->opener_end;
  const CoachToken *lead = &analysis->tokens[analysis->lead];

  if (g_strcmp0 (lead->lemma, "provide") == 0)
    {
      /* "Providing technical support for clients" → "Provided technical
       * support for clients": the support is the work */
      if (lead->form != VERB_FORM_ED && analysis->lead + 1 < from)
        plan_add (plan, g_strdup ("Provided"), analysis->lead + 1, "shared-provided");
      return;
    }

  /* "Assisted customers with a warm attitude", "Helped the dev
   * resolving…": no opening keeps that sentence whole */
  if (object_acts (analysis, from))
    return;

  plan_shared_part (plan, from);
}

/* A duty: "Responsible for", "Tasked with", "Was asked to". */
static void
plan_duty (Plan *plan)
{
  const CoachAnalysis *analysis = plan->analysis;
  guint from = analysis->opener_end;
  const CoachToken *first = &analysis->tokens[from];

  if (first->form == VERB_FORM_ING && first->lemma != NULL && *first->lemma != '\0' &&
      !(first->lex & LEX_NOT_GERUND) && !(first->lex & LEX_WEAK_VERB))
    {
      /* "Responsible for migrating X" → "Migrated X" */
      g_autofree char *past = _vitae_coach_verb_past (analysis->coach, first->lemma);
      gboolean more = FALSE;

      /* "maintaining and monitoring": a second gerund would read wrong */
      for (guint k = from + 1; k + 1 < analysis->n_tokens; k++)
        if ((coach_token_is (analysis, k, "and") || coach_token_is (analysis, k, "or")) &&
            analysis->tokens[k + 1].form == VERB_FORM_ING)
          more = TRUE;
      /* "getting" → "got" reads as a new word: only when the stem stays */
      if (!more && from + 1 < analysis->n_tokens &&
          strncmp (past, coach_token_lower (analysis, from), 3) == 0)
        {
          past[0] = g_ascii_toupper (past[0]);
          plan_add (plan, g_strdup (past), from + 1, "duty-verb");
        }
      else
        /* "Duties included monitoring servers and fixing bugs" */
        plan_add (plan, g_strdup ("Contributed [your part] to"), from, "duty-part");
    }
  else if (coach_token_is (analysis, from - 1, "to") && is_base_verb (analysis, from) &&
           from + 1 < analysis->n_tokens)
    {
      /* "Was asked to build X" → "Built X" */
      g_autofree char *past = _vitae_coach_verb_past (analysis->coach, first->lemma);

      /* the verb is the user's own, so even "lead" stays "Led" */
      past[0] = g_ascii_toupper (past[0]);
      plan_add (plan, g_strdup (past), from + 1, "duty-verb");
    }
  else if (((first->form != VERB_FORM_ING && !(first->lex & LEX_FUNCTION_WORD)) ||
            (first->lex & LEX_DETERMINER)) &&
           /* not "[What you did…] project management responsibilities" */
           !object_says_no_outcome (analysis, from))
    /* "Responsible for the billing service" → "[Your verb…] the billing service" */
    plan_add (plan, g_strdup ("[What you did, e.g. Ran or Built]"), from, "duty-slot");
}

/* A tool used: "Used", "Worked with", "Leveraged". */
static void
plan_tool (Plan *plan)
{
  const CoachAnalysis *analysis = plan->analysis;
  guint from = analysis->opener_end;
  const CoachPhrase *weak = analysis->weak;
  const CoachToken *first = &analysis->tokens[from];

  /* "with the design team", "with a local manufacturer": people; "with
   * web2py", "with Splunk": tools */
  if (people_end (analysis, from) != 0 ||
      (g_str_equal (weak->words[weak->n_words - 1], "with") &&
       (first->lex & LEX_DETERMINER) && from + 1 < analysis->n_tokens &&
       !(analysis->tokens[from + 1].lex & LEX_KEYWORD) &&
       !(analysis->tokens[from + 1].flags & (TOKEN_FIRST_UPPER | TOKEN_ALL_UPPER | TOKEN_INNER_PUNCT |
                                             TOKEN_DIGIT))))
    /* "Worked with the design team to…" → "Partnered with the design team to…" */
    plan_add (plan, g_strdup ("Partnered with"), from, "tool-partner");
  else if (!(first->lex & LEX_FUNCTION_WORD) || (first->lex & LEX_DETERMINER))
    /* "Used Kafka for message processing" → "[What you built or
     * changed] using Kafka for message processing" */
    plan_add (plan, g_strdup ("[What you built or changed] using"), from, "tool-slot");
}

/* The openings to try, at most COACH_MAX_OPENINGS, in @openings: each
 * with its new opening words, or NULL where the bullet keeps its own and
 * only slots are added. Returns how many. */
guint
_vitae_coach_plan_openings (CoachAnalysis *analysis,
                            CoachOpening  *openings)
{
  Plan plan = { analysis, openings, 0 };

  /* "• Helped…", "\"I\" built…": something before the first word that the
   * new opening would drop; keep the bullet's own */
  if (analysis->n_tokens > 0 &&
      _vitae_coach_rest_start (analysis, 0) != analysis->text + analysis->tokens[0].bstart)
    {
      plan_add (&plan, NULL, 0, NULL);
      return plan.n;
    }

  switch (analysis->opener)
    {
    case OPEN_NOMINAL:
      plan_nominal (&plan);
      break;

    case OPEN_WEAK:
      if (analysis->opener_end >= analysis->n_tokens)
        break;
      if (analysis->scope == SCOPE_SHARED)
        plan_shared (&plan);
      else if (analysis->scope == SCOPE_DUTY)
        plan_duty (&plan);
      else if (analysis->scope == SCOPE_TOOL)
        plan_tool (&plan);
      break;

    case OPEN_VERB:
      /* "I built X" → "Built X" */
      if (analysis->pronoun_opener)
        plan_add (&plan, g_strdup (""), analysis->lead, "opener-verb");
      break;

    case OPEN_FRAGMENT:
      /* "Backend services for X" → "[Your verb, e.g. Built] backend services for X" */
      if (analysis->lead == 0 && analysis->n_tokens > 1 && !(analysis->tokens[0].flags & TOKEN_DIGIT) &&
          is_action_noun_phrase (analysis))
        plan_add (&plan, g_strdup ("[Your verb, e.g. Built or Ran]"), 0, "fragment-slot");
      break;

    case OPEN_SLOT:
    case OPEN_PASSIVE:
    default:
      break;
    }

  /* Otherwise the bullet keeps its own opening, and only slots are added. */
  if (plan.n == 0)
    plan_add (&plan, NULL, 0, NULL);

  return plan.n;
}
