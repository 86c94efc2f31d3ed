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

/* Whether a clause ends before token @k: ",", ";", ":", "(", a dash. */
gboolean
_vitae_coach_ends_clause (const CoachAnalysis *analysis,
                          guint                k)
{
  return COACH_GAP_HAS (analysis, k, ",", ";", ":", "(", "—", "–", " - ");
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

static const char * const abbreviations[] = {
  "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "vs",
};

/* Words after "; " or " — " that qualify what comes before ("…to clients;
 * including both…") rather than start a clause of their own. */
static const char * const qualifiers[] = {
  "including", "especially", "particularly", "e.g", "i.e", "such", "both", "mainly",
  "mostly", "notably", "like", "from", "with", "for", "and", "or",
};

/* Words that end the opening clause's object: what follows is a tool, a
 * context or a purpose ("…web app using React and AWS"), not what the
 * bullet is about. */
static const char * const focus_ends[] = {
  "using", "with", "via", "by", "through", "including", "such", "like", "while", "where",
  "which", "that", "who", "to", "for", "on", "in", "at", "from", "into", "across", "during",
  "as", "under", "within", "without", "after", "before", "so", "deployed", "running",
};

/* What a prize, a rank or an acceptance is stated with; and what says a
 * paper has won nothing yet. */
static const char * const proofs[] = {
  "won", "win", "winner", "winners", "winning", "award", "awarded", "awards", "prize",
  "finalist", "finalists", "scholarship", "honor", "honour", "honors", "honours",
  "recognized", "recognised", "placed", "ranked", "nominated", "qualified", "medal",
  "fellowship", "dean's", "accepted", "selected", "spotlight", "published",
};

static const char * const pending_words[] = {
  "review", "submitted", "submission", "pending", "preprint",
};

/* "Used Firebase to…": verbs of a tool used for a purpose. */
static const char * const use_verbs[] = {
  "use", "utilize", "utilise", "leverage", "employ",
};

/* Where the user's words from token @from begin: right after the opener,
 * so that nothing before the first word ("(", a quote) is lost. */
const char *
_vitae_coach_rest_start (const CoachAnalysis *analysis,
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
  gsize at = offset + (analysis->tokens[from].bstart - (_vitae_coach_rest_start (analysis, from) - analysis->text));

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

  g_string_append (out, _vitae_coach_rest_start (analysis, from));
  if (lower)
    lower_first (analysis, out, start, from);

  while (out->len > start && strchr (" \t\n.;,:!", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);

  /* "etc.", "e.g.", "Inc.": the dot is part of the word */
  if (out->len > start && analysis->n_tokens > 0 &&
      analysis->text[analysis->tokens[analysis->n_tokens - 1].bend] == '.' &&
      COACH_WORD_IN (coach_token_lower (analysis, analysis->n_tokens - 1), abbreviations))
    g_string_append_c (out, '.');
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
      if (COACH_GAP_HAS (analysis, j, ";", "—", "–", "("))
        return FALSE;
      if ((coach_token_is (analysis, j, "and") || coach_token_is (analysis, j, "or") ||
           coach_token_is (analysis, j, "&")) &&
          COACH_GAP_HAS (analysis, j, ","))
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

      if (COACH_GAP_HAS (analysis, k, ";", "—", "–", " - "))
        /* "…to clients; including both…": no place for "by [how]" that
         * keeps the qualifier with what it qualifies */
        return COACH_TOKEN_IN (analysis, k, qualifiers) ? G_MAXUINT : k;

      if (COACH_GAP_HAS (analysis, k, ",") &&
          (((token->form == VERB_FORM_ING || coach_token_is (analysis, k, "resulting")) &&
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
    if (coach_token_is (analysis, k, "using") || coach_token_is (analysis, k, "via") ||
        coach_token_is (analysis, k, "through") || coach_token_is (analysis, k, "with"))
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
      const char *begin = _vitae_coach_rest_start (analysis, from);
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

static gboolean
ends_focus (const CoachAnalysis *analysis,
            guint                k)
{
  return _vitae_coach_ends_clause (analysis, k) || COACH_TOKEN_IN (analysis, k, focus_ends);
}

/* The area whose patterns fit the bullet, or NULL when no outcome slot
 * does. A skill area's metric ("[tail query time]", "[deploy time]") only
 * fits a bullet whose opening verb and object are about that area: "Set up
 * CI/CD pipelines" is, "Built a web app using React and AWS" is not, for
 * all that AWS names infrastructure. Prizes and teaching are read from the
 * whole bullet ("Won first prize at…"), but a paper under review has won
 * nothing yet. */
static CoachArea *
recognition_area (const CoachAnalysis *analysis)
{
  /* "chosen from [how many entries]" needs a prize, a rank or an
   * acceptance the bullet states; "under review" has none yet */
  gboolean proven = FALSE;

  for (guint k = 0; k < analysis->n_tokens; k++)
    {
      if (COACH_TOKEN_IN (analysis, k, pending_words))
        return NULL;
      if (COACH_TOKEN_IN (analysis, k, proofs))
        proven = TRUE;
    }

  return proven ? analysis->area : analysis->coach->general;
}

static CoachArea *
pattern_area (const CoachAnalysis *analysis)
{
  VitaeCoach *coach = analysis->coach;
  gboolean teaching = g_str_equal (analysis->area->id, "teaching");
  guint start, end;

  if (g_str_equal (analysis->area->id, "recognition"))
    return recognition_area (analysis);
  if (analysis->area == coach->general)
    return analysis->area;

  /* The opening verb and the next few words: "Set up CI/CD pipelines",
   * "Optimized slow PostgreSQL queries". Teaching reads a little further
   * ("Demonstrated STEM activities at booths for young students"). */
  start = MAX (analysis->opener_end, analysis->lead + 1);
  /* "Used Firebase to…": a tool used for a purpose is not what the bullet
   * is about ("Used Kafka for message processing" is) */
  if (analysis->opener == OPEN_VERB && analysis->verb_lemma != NULL &&
      COACH_WORD_IN (analysis->verb_lemma, use_verbs))
    return coach->general;
  /* "Reported on an emerging…": the verb's own preposition ends it */
  if (analysis->opener == OPEN_VERB && start < analysis->n_tokens && start == analysis->lead + 1 &&
      (analysis->tokens[start].lex & LEX_FUNCTION_WORD) && !(analysis->tokens[start].lex & LEX_DETERMINER) &&
      !coach_token_is (analysis, start, "and") && !coach_token_is (analysis, start, "up"))
    return coach->general;
  for (end = start + 1; end < analysis->n_tokens && end < start + (teaching ? 8 : 4); end++)
    if (teaching ? _vitae_coach_ends_clause (analysis, end) : ends_focus (analysis, end))
      break;
  /* "Worked on database structures, user interface, …": one of a list
   * of things is not what the bullet is about */
  if (!teaching && end < analysis->n_tokens && _vitae_coach_ends_clause (analysis, end) &&
      continues_list (analysis, end))
    return coach->general;

  return _vitae_coach_area_of (analysis, analysis->lead, end);
}

/* Whether the bullet's own verb says it is not about work with a result:
 * a talk, a club, a degree, a paper ("Presented…", "Joined…"). */
static gboolean
opener_says_no_outcome (const CoachAnalysis *analysis)
{
  if (analysis->verb_lemma != NULL && *analysis->verb_lemma != '\0' &&
      (_vitae_coach_lookup_lex (analysis->coach, analysis->verb_lemma) & LEX_NO_OUTCOME))
    return TRUE;

  return analysis->lead < analysis->n_tokens && _vitae_coach_says_no_outcome (analysis, analysis->lead);
}

static void
add_patterns (GPtrArray *patterns,
              GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (patterns, g_ptr_array_index (from, i));
}

/* Planning and writing *****************************************************/

/* What a rewrite of one bullet is built from, phase by phase: the openings
 * to try, the patterns of the bullet's area, then the drafts. */
typedef struct
{
  CoachOpening  openings[COACH_MAX_OPENINGS];
  guint         n_openings;
  gboolean      needs_slots;  /* the bullet lacks a figure a pattern can ask for */
  GPtrArray    *patterns;     /* CoachPattern *, best first */
  GPtrArray    *texts;        /* char *, the drafts */
  GPtrArray    *ids;          /* const char *, each draft's pattern id */
  GArray       *reopened;     /* gboolean, whether each draft has a new opening */
} RewritePlan;

static void
rewrite_plan_clear (RewritePlan *plan)
{
  for (guint o = 0; o < plan->n_openings; o++)
    g_clear_pointer (&plan->openings[o].opener, g_free);
  g_clear_pointer (&plan->patterns, g_ptr_array_unref);
  g_clear_pointer (&plan->texts, g_ptr_array_unref);
  g_clear_pointer (&plan->ids, g_ptr_array_unref);
  g_clear_pointer (&plan->reopened, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RewritePlan, rewrite_plan_clear)

/* Whether the bullet may be rewritten at all: it has an issue a rewrite
 * answers, one sentence and no "!" or "?" of the user's. */
static gboolean
may_rewrite (const CoachAnalysis *analysis,
             VitaeCoachResult    *result)
{
  gsize end = strlen (analysis->text);

  if (analysis->lead >= analysis->n_tokens || !needs_rewrite (analysis, result))
    return FALSE;

  /* Two sentences, or a [slot] the user has yet to fill: nothing to add.
   * (". Next", not " .NET") */
  for (guint i = 0; i + 1 < analysis->n_tokens; i++)
    if (COACH_GAP_HAS (analysis, i + 1, ". ", "! ", "? ") &&
        (analysis->tokens[i + 1].flags & TOKEN_FIRST_UPPER))
      return FALSE;

  /* "Won first prize!": a rewrite ends with a full stop, and the user's
   * "!" or "?" is theirs to keep */
  while (end > 0 && g_ascii_isspace (analysis->text[end - 1]))
    end--;

  return !(end > 0 && (analysis->text[end - 1] == '!' || analysis->text[end - 1] == '?'));
}

/* "Written in Go", "Used by three museums", "Team has won…": a bullet that
 * describes a thing or says nothing the person did gets no slots, which
 * would only dress the description up. */
static gboolean
only_describes (const CoachAnalysis *analysis,
                const RewritePlan   *plan)
{
  return plan->openings[0].opener == NULL &&
         (analysis->opener == OPEN_PASSIVE || analysis->opener == OPEN_FRAGMENT ||
          analysis->opener == OPEN_NOMINAL ||
          (analysis->opener == OPEN_WEAK && analysis->scope != SCOPE_NONE));
}

/* The patterns whose slots the drafts take: the bullet's area's, then the
 * general ones. A talk, a club or a degree has no general metric to
 * improve, though teaching has its reach and a prize its field. */
static void
plan_patterns (const CoachAnalysis *analysis,
               RewritePlan         *plan)
{
  VitaeCoach *coach = analysis->coach;
  CoachArea *area = pattern_area (analysis);
  gboolean no_outcome = opener_says_no_outcome (analysis);

  plan->needs_slots = !analysis->has_metric && area != NULL && !(area == coach->general && no_outcome);
  if (area == NULL)
    area = coach->general;

  plan->patterns = g_ptr_array_new ();
  add_patterns (plan->patterns, area->patterns);
  if (area != coach->general && !no_outcome)
    add_patterns (plan->patterns, coach->general->patterns);
}

/* The drafts: each opening with the best pattern first, then the other
 * patterns, twice as many as are shown, for some fail the checks. */
static void
draft (const CoachAnalysis *analysis,
       RewritePlan         *plan)
{
  plan->texts = g_ptr_array_new_with_free_func (g_free);
  plan->ids = g_ptr_array_new ();
  plan->reopened = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint round = 0; round < plan->patterns->len && plan->texts->len < MAX_SUGGESTIONS * 2; round++)
    for (guint o = 0; o < plan->n_openings && plan->texts->len < MAX_SUGGESTIONS * 2; o++)
      {
        const CoachPattern *pattern = g_ptr_array_index (plan->patterns, round);
        const CoachOpening *opening = &plan->openings[o];

        if (opening->opener == NULL && !plan->needs_slots)
          continue;
        if (opening->opener != NULL && !plan->needs_slots && round > 0)
          continue;

        g_ptr_array_add (plan->texts,
                         build (analysis, opening->opener, opening->opener != NULL ? opening->from : 0,
                                plan->needs_slots ? pattern : NULL));
        g_ptr_array_add (plan->ids, (gpointer) (plan->needs_slots ? pattern->id : g_intern_string (opening->id)));
        g_array_append_val (plan->reopened, (gboolean) { opening->opener != NULL });
      }
}

/* The suggestions: the drafts that are well formed (rule 4), new, and score
 * no lower once applied (rule 5). The analysis' tokens are not needed any
 * more, so the coach may analyse each draft. */
static void
pick (VitaeCoach       *coach,
      VitaeCoachResult *result,
      RewritePlan      *plan)
{
  for (guint i = 0; i < plan->texts->len && result->suggestions->len < MAX_SUGGESTIONS; i++)
    {
      const char *text = g_ptr_array_index (plan->texts, i);
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
      if (g_array_index (plan->reopened, gboolean, i))
        {
          applied = _vitae_coach_analyze (coach, text, COACH_ANALYZE_SCORE);
          if (applied->base_score < result->base_score)
            continue;
        }

      suggestion.text = g_strdup (text);
      suggestion.pattern = g_ptr_array_index (plan->ids, i);
      g_array_append_val (result->suggestions, suggestion);
    }
}

/* Writes the suggestions of the bullet @analysis has parsed into @result. */
void
_vitae_coach_rewrite (CoachAnalysis    *analysis,
                      VitaeCoachResult *result)
{
  g_auto(RewritePlan) plan = { 0 };

  if (!may_rewrite (analysis, result))
    return;

  plan.n_openings = _vitae_coach_plan_openings (analysis, plan.openings);
  if (only_describes (analysis, &plan))
    return;

  plan_patterns (analysis, &plan);
  draft (analysis, &plan);
  pick (analysis->coach, result, &plan);
}
