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
 * A rewrite follows the guide's shape: a strong action verb, the concrete
 * context, the technique, and the measured result. It keeps the bullet's own
 * words (so every technical term stays), drops the weak opening, the vague and
 * filler words and the pronouns, and adds only what is missing, as bracketed
 * slots: it never writes a figure, a tool or a name the user did not.
 */

#define MAX_SUGGESTIONS 3
/* An object of at least this many words already names its context. */
#define CONTEXT_MIN_WORDS 8

static gboolean
needs_rewrite (VitaeCoachResult *result)
{
  for (guint i = 0; i < result->issues->len; i++)
    switch (g_array_index (result->issues, VitaeCoachIssue, i).kind)
      {
      case VITAE_COACH_ISSUE_WEAK_VERB:
      case VITAE_COACH_ISSUE_NO_METRIC:
      case VITAE_COACH_ISSUE_VAGUE:
      case VITAE_COACH_ISSUE_PASSIVE:
      case VITAE_COACH_ISSUE_FIRST_PERSON:
      case VITAE_COACH_ISSUE_FILLER:
        return TRUE;
      case VITAE_COACH_ISSUE_TOO_LONG:
      case VITAE_COACH_ISSUE_TOO_SHORT:
      case VITAE_COACH_ISSUE_PLACEHOLDER:
      case VITAE_COACH_ISSUE_REPEATED_VERB:
      case VITAE_COACH_N_ISSUE_KINDS:
      default:
        break;
      }

  return FALSE;
}

/**
 * _vitae_coach_past_tense:
 * @self: a #VitaeCoach
 * @form: a lower-case gerund ("migrating"), participle ("written") or
 *   bare verb ("migrate")
 *
 * Returns: (transfer full): the past tense ("migrated", "wrote")
 */
char *
_vitae_coach_past_tense (VitaeCoach *self,
                         const char *form)
{
  const char *irregular = g_hash_table_lookup (self->irregular, form);
  gsize len = strlen (form);

  if (irregular != NULL)
    return g_strdup (irregular);

  /* "migrating" → "migrat" + "ed"; "shipping" → "shipp" + "ed"; the "e"
   * that "using" dropped comes back with the "ed". */
  if (len > 4 && g_str_has_suffix (form, "ing"))
    {
      g_autofree char *stem = g_strndup (form, len - 3);

      return g_strconcat (stem, "ed", NULL);
    }

  if (g_str_has_suffix (form, "ed"))
    return g_strdup (form);

  return g_strconcat (form, g_str_has_suffix (form, "e") ? "d" : "ed", NULL);
}

static gboolean
is_gerund_with_object (const CoachAnalysis *analysis,
                       guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const char *word = coach_token_lower (analysis, i);
  const CoachToken *next;

  if ((token->flags & TOKEN_DIGIT) || (token->lex & LEX_NOT_GERUND) ||
      strlen (word) <= 4 || !g_str_has_suffix (word, "ing"))
    return FALSE;

  /* "building the API" is a verb with its object; "caching for the API"
   * names a thing. */
  if (i + 1 >= analysis->n_tokens)
    return TRUE;
  next = &analysis->tokens[i + 1];

  return (next->lex & LEX_DETERMINER) || !(next->lex & LEX_FUNCTION_WORD);
}

/* Marks the preposition of "by me", "for us" for dropping with its pronoun,
 * and tells which pronouns become "the" ("my team" → "the team"). */
static void
prepare_pronouns (CoachAnalysis *analysis,
                  guint          from)
{
  for (guint k = from; k < analysis->n_tokens; k++)
    {
      CoachToken *token = &analysis->tokens[k];

      if (!(token->lex & LEX_FIRST_PERSON) || !(token->flags & TOKEN_DROP) ||
          (token->lex & LEX_DETERMINER))
        continue;

      if (k > from && (analysis->tokens[k - 1].lex & LEX_FUNCTION_WORD) &&
          !(analysis->tokens[k - 1].lex & LEX_DETERMINER))
        analysis->tokens[k - 1].flags |= TOKEN_DROP;
    }
}

/* Appends the text of tokens [from, to), and of what follows them when @to
 * is the end, leaving out dropped words. */
static guint
append_tokens (CoachAnalysis *analysis,
               GString       *out,
               guint          from,
               guint          to)
{
  const char *text = analysis->text;
  guint pos, n_words = 0;

  if (from >= to)
    return 0;

  pos = analysis->tokens[from].bstart;
  for (guint k = from; k < to; k++)
    {
      const CoachToken *token = &analysis->tokens[k];
      gboolean to_the = (token->lex & LEX_FIRST_PERSON) && (token->lex & LEX_DETERMINER);
      gboolean to_team = (token->lex & LEX_FIRST_PERSON) && k > from &&
                         g_str_equal (coach_token_lower (analysis, k), "we");

      if (!(token->flags & TOKEN_DROP))
        {
          n_words++;
          continue;
        }

      g_string_append_len (out, text + pos, token->bstart - pos);
      pos = token->bend;
      if (to_the || to_team)
        {
          /* "my team" → "the team"; "after we helped" → "after the team helped" */
          g_string_append (out, to_the ? _("the") : _("the team"));
          n_words++;
        }
      else
        while (text[pos] == ' ')
          pos++;
    }

  if (to == analysis->n_tokens)
    g_string_append (out, text + pos);
  else if (pos < analysis->tokens[to - 1].bend)
    /* A dropped last word ("by me") may have taken the spaces after it. */
    g_string_append_len (out, text + pos, analysis->tokens[to - 1].bend - pos);

  return n_words;
}

/* Tidies the seams left by dropped words and sheds the final full stop. */
static void
tidy (GString *out)
{
  gsize w = 0;

  for (gsize r = 0; r < out->len; r++)
    {
      char c = out->str[r];

      if (c == ' ' && (w == 0 || out->str[w - 1] == ' ' || out->str[w - 1] == '('))
        continue;
      if ((c == ',' || c == ';' || c == '.' || c == ')' || c == ':') && w > 0 && out->str[w - 1] == ' ')
        w--;
      out->str[w++] = c;
    }
  g_string_truncate (out, w);

  while (out->len > 0 && strchr (" .,;:!", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
}

static void
add_verbs (GPtrArray *verbs,
           GPtrArray *from)
{
  for (guint i = 0; i < from->len && verbs->len < MAX_SUGGESTIONS; i++)
    {
      const char *verb = g_ptr_array_index (from, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < verbs->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (verbs, j), verb);
      if (!seen)
        g_ptr_array_add (verbs, (gpointer) verb);
    }
}

static void
add_patterns (GPtrArray *patterns,
              GPtrArray *from)
{
  for (guint i = 0; i < from->len && patterns->len < MAX_SUGGESTIONS; i++)
    g_ptr_array_add (patterns, g_ptr_array_index (from, i));
}

void
_vitae_coach_rewrite (CoachAnalysis    *analysis,
                      VitaeCoachResult *result)
{
  VitaeCoach *coach = analysis->coach;
  CoachArea *area = analysis->area;
  g_autoptr(GString) object = NULL;
  g_autoptr(GPtrArray) verbs = NULL;
  g_autoptr(GPtrArray) patterns = NULL;
  g_autofree char *own_verb = NULL;
  guint lead = analysis->lead;
  guint object_start = lead;
  guint n_words = 0;
  gboolean tool = FALSE;
  gboolean passive = FALSE;
  gboolean has_technique = FALSE;
  gboolean has_context, full_stop;

  if (!needs_rewrite (result) || lead >= analysis->n_tokens)
    return;

  /* Find the verb the bullet opens with, and where its object starts. */
  if (analysis->weak != NULL)
    {
      object_start = lead + analysis->weak_length;
      tool = analysis->weak->tool_object;

      if (object_start < analysis->n_tokens)
        {
          const char *word = coach_token_lower (analysis, object_start);

          /* "Responsible for migrating X" → "Migrated X"; "Helped build X"
           * → "Built X": the user's own action, without the weak frame. */
          if (is_gerund_with_object (analysis, object_start))
            own_verb = _vitae_coach_past_tense (coach, word);
          else if (!(analysis->tokens[object_start].lex & (LEX_FUNCTION_WORD | LEX_DETERMINER)) &&
                   !(analysis->tokens[object_start].flags & (TOKEN_DIGIT | TOKEN_FIRST_UPPER)))
            {
              own_verb = _vitae_coach_past_tense (coach, word);
              if (!(_vitae_coach_lookup_lex (coach, own_verb) & LEX_STRONG_VERB))
                g_clear_pointer (&own_verb, g_free);
            }

          if (own_verb != NULL && (_vitae_coach_lookup_lex (coach, own_verb) & LEX_WEAK_VERB))
            g_clear_pointer (&own_verb, g_free);
          if (own_verb != NULL)
            {
              object_start++;
              tool = FALSE;
            }
        }
    }
  else
    {
      const CoachToken *token = &analysis->tokens[lead];
      const char *word = coach_token_lower (analysis, lead);

      if (token->lex & LEX_STRONG_VERB)
        {
          own_verb = g_strdup (word);
          object_start = lead + 1;
        }
      else if (!(token->flags & TOKEN_DIGIT) && !(token->lex & LEX_KEYWORD) &&
               ((token->lex & (LEX_PARTICIPLE | LEX_PAST)) ||
                (g_str_has_suffix (word, "ed") && !(token->lex & LEX_NOT_PARTICIPLE))))
        {
          /* A plain verb ("Added", "Set up"): the area's verbs say it better. */
          object_start = lead + 1;
          if (object_start < analysis->n_tokens && (analysis->tokens[object_start].lex & LEX_PARTICLE))
            object_start++;
        }
      else if (analysis->passive_aux > (gint) lead && analysis->passive_aux <= (gint) lead + 6)
        {
          /* "The schema was migrated to X" → "Migrated the schema to X". */
          own_verb = _vitae_coach_past_tense (coach,
                                              coach_token_lower (analysis, analysis->passive_participle));
          passive = TRUE;
        }
    }

  prepare_pronouns (analysis, object_start);

  object = g_string_new (NULL);
  if (passive)
    {
      n_words = append_tokens (analysis, object, lead, analysis->passive_aux);
      g_string_append_c (object, ' ');
      n_words += append_tokens (analysis, object,
                                analysis->passive_participle + 1, analysis->n_tokens);
    }
  else
    n_words = append_tokens (analysis, object, object_start, analysis->n_tokens);
  tidy (object);

  /* "The schema" and "Latency" were capitalised only because they opened
   * the sentence; names, acronyms and catalog keywords keep their case. */
  if (passive && object->len > 0 && g_ascii_isupper (object->str[0]))
    {
      const CoachToken *first = &analysis->tokens[lead];

      if ((first->flags & TOKEN_SENTENCE_START) &&
          !(first->flags & (TOKEN_INNER_UPPER | TOKEN_ALL_UPPER | TOKEN_DIGIT | TOKEN_INNER_PUNCT)) &&
          !(first->lex & LEX_KEYWORD))
        object->str[0] = g_ascii_tolower (object->str[0]);
    }

  if (object->len == 0)
    g_string_assign (object, _("[what you built or changed]"));

  /* A long object, or a phrase such as "for the platform", already says
   * where the work happened. */
  has_context = n_words >= CONTEXT_MIN_WORDS;
  for (guint k = passive ? lead : object_start; k < analysis->n_tokens; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      if (token->flags & TOKEN_DROP)
        continue;
      if (token->lex & LEX_TECHNIQUE)
        has_technique = TRUE;
      if ((token->lex & LEX_CONTEXT) && k + 1 < analysis->n_tokens)
        has_context = TRUE;
    }

  {
    const char *end = analysis->text + strlen (analysis->text);

    while (end > analysis->text && end[-1] == ' ')
      end--;
    full_stop = end > analysis->text && end[-1] == '.';
  }

  /* Otherwise the area's best verbs, one per suggestion. A tool after
   * "used" reads best after a verb that introduces it. */
  /* The user's own verb, when strong, opens every suggestion: the
   * suggestions then differ by what they add, and the meaning stays. */
  verbs = g_ptr_array_new ();
  if (own_verb != NULL)
    g_ptr_array_add (verbs, own_verb);
  else if (tool)
    {
      add_verbs (verbs, area->tool_verbs);
      add_verbs (verbs, coach->general->tool_verbs);
    }
  if (own_verb == NULL)
    {
      add_verbs (verbs, area->verbs);
      add_verbs (verbs, coach->general->verbs);
    }

  patterns = g_ptr_array_new ();
  add_patterns (patterns, area->patterns);
  if (area != coach->general)
    add_patterns (patterns, coach->general->patterns);

  for (guint i = 0; i < patterns->len; i++)
    {
      const CoachPattern *pattern = g_ptr_array_index (patterns, i);
      const char *verb = g_ptr_array_index (verbs, MIN (i, verbs->len - 1));
      VitaeCoachSuggestion suggestion;
      GString *text = g_string_new (NULL);
      gboolean duplicate = FALSE;

      g_string_append_c (text, g_ascii_toupper (verb[0]));
      g_string_append (text, verb + 1);
      g_string_append_c (text, ' ');
      g_string_append_len (text, object->str, object->len);
      if (!has_context)
        g_string_append (text, pattern->context);
      if (!has_technique)
        g_string_append (text, pattern->technique);
      if (!analysis->has_metric)
        g_string_append (text, pattern->result);
      if (full_stop)
        g_string_append_c (text, '.');

      for (guint j = 0; j < result->suggestions->len && !duplicate; j++)
        duplicate = g_str_equal (g_array_index (result->suggestions, VitaeCoachSuggestion, j).text,
                                 text->str);
      if (duplicate)
        {
          g_string_free (text, TRUE);
          continue;
        }

      suggestion.text = g_string_free (text, FALSE);
      suggestion.pattern = pattern->id;
      g_array_append_val (result->suggestions, suggestion);
    }
}
