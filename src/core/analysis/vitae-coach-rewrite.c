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
 *
 * It must also read as one correct English sentence, so it works on the
 * bullet's grammar rather than on its words alone: the action hidden behind a
 * weak opening ("responsible for migrating X", "helped the team move X",
 * "used Redis to cut X", "involved in the design of X") becomes the verb;
 * every passive clause is turned around; a verb the catalog offers must fit
 * its object (people are supported, tickets resolved); and the slots go at
 * the end of the main clause, before a clause such as ", two of whom…".
 */

#define MAX_SUGGESTIONS 3
/* An object of at least this many words already names its context. */
#define CONTEXT_MIN_WORDS 8
/* "helped [the platform team] move…", "used [Redis and Memcached] to…" */
#define MAX_PARTNER_WORDS 5
/* "…and [code reviews] were attended" */
#define MAX_SUBJECT_WORDS 5

typedef struct
{
  CoachAnalysis *analysis;
  GString       *head;        /* the object, up to where the slots go */
  GString       *tail;        /* a clause after the slots, or empty */
  guint          split;       /* token the tail starts at, or G_MAXUINT */
  gboolean       in_tail;
  guint          lower_token; /* token written with a lower-case initial */
  guint          n_words;
  gboolean       has_context;
  gboolean       has_technique;
} Rewrite;

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

  /* "built", "led": already a past tense */
  if (_vitae_coach_lookup_lex (self, form) & (LEX_PAST | LEX_STRONG_VERB))
    return g_strdup (form);

  /* "migrating" → "migrat" + "ed"; "shipping" → "shipp" + "ed"; the "e"
   * that "using" dropped comes back with the "ed". */
  if (len > 4 && g_str_has_suffix (form, "ing"))
    {
      g_autofree char *stem = g_strndup (form, len - 3);

      return g_strconcat (stem, "ed", NULL);
    }

  if (g_str_has_suffix (form, "ed"))
    return g_strdup (form);

  /* "apply" → "applied", but "deploy" → "deployed" */
  if (len > 2 && form[len - 1] == 'y' && strchr ("aeiou", form[len - 2]) == NULL)
    {
      g_autofree char *stem = g_strndup (form, len - 1);

      return g_strconcat (stem, "ied", NULL);
    }

  return g_strconcat (form, g_str_has_suffix (form, "e") ? "d" : "ed", NULL);
}

static inline gboolean
token_is (const CoachAnalysis *analysis,
          guint                i,
          const char          *word)
{
  return i < analysis->n_tokens && g_str_equal (coach_token_lower (analysis, i), word);
}

static gboolean
is_gerund (const CoachAnalysis *analysis,
           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];
  const char *word = coach_token_lower (analysis, i);

  return !(token->flags & TOKEN_DIGIT) && !(token->lex & LEX_NOT_GERUND) &&
         strlen (word) > 4 && g_str_has_suffix (word, "ing");
}

static gboolean
is_gerund_with_object (const CoachAnalysis *analysis,
                       guint                i)
{
  const CoachToken *next;

  if (!is_gerund (analysis, i))
    return FALSE;

  /* "building the API" is a verb with its object; "caching for the API"
   * names a thing. */
  if (i + 1 >= analysis->n_tokens)
    return TRUE;
  next = &analysis->tokens[i + 1];

  return (next->lex & (LEX_DETERMINER | LEX_PARTICLE)) || !(next->lex & LEX_FUNCTION_WORD);
}

/* Returns the past tense of the token at @i when it is the base form of a
 * verb ("move", "store", "build"), or %NULL. A base form is known by its
 * past tense being a verb the catalog knows, or by the bare-verb list. */
static char *
bare_verb_past (const CoachAnalysis *analysis,
                guint                i)
{
  VitaeCoach *coach = analysis->coach;
  const CoachToken *token;
  const char *word, *irregular;
  g_autofree char *past = NULL;
  gsize len;

  if (i >= analysis->n_tokens)
    return NULL;

  token = &analysis->tokens[i];
  word = coach_token_lower (analysis, i);
  len = strlen (word);
  if ((token->flags & (TOKEN_DIGIT | TOKEN_FIRST_UPPER | TOKEN_DROP)) ||
      (token->lex & (LEX_FUNCTION_WORD | LEX_DETERMINER | LEX_KEYWORD)) || len < 2 ||
      g_str_has_suffix (word, "ing") || g_str_has_suffix (word, "ed") || g_str_has_suffix (word, "en"))
    return NULL;

  if ((irregular = g_hash_table_lookup (coach->irregular, word)) != NULL)
    return g_strdup (irregular);

  past = _vitae_coach_past_tense (coach, word);
  if ((token->lex & LEX_BARE_VERB) ||
      (_vitae_coach_lookup_lex (coach, past) & LEX_STRONG_VERB))
    return g_steal_pointer (&past);

  return NULL;
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

/* Whether the token at @i may be written with a lower-case initial: it was
 * capitalised only because it opened the sentence, and it is no name,
 * acronym or catalog keyword ("Kubernetes"; "security" is lowered). */
static gboolean
may_lower (const CoachAnalysis *analysis,
           guint                i)
{
  const CoachToken *token = &analysis->tokens[i];

  return (token->flags & TOKEN_SENTENCE_START) && (token->flags & TOKEN_FIRST_UPPER) &&
         !(token->flags & (TOKEN_INNER_UPPER | TOKEN_ALL_UPPER | TOKEN_DIGIT | TOKEN_INNER_PUNCT)) &&
         (!(token->lex & LEX_KEYWORD) || (token->lex & LEX_COMMON_KEYWORD)) &&
         g_ascii_isupper (analysis->text[token->bstart]);
}

/* Appends the text of tokens [from, to) to @out, and of what follows them
 * when @to is the end, leaving out dropped words, putting a slot where a
 * vague noun was, and writing marked gerunds in the past tense. */
static void
append_range (Rewrite *rw,
              GString *out,
              guint    from,
              guint    to,
              gboolean count)
{
  CoachAnalysis *analysis = rw->analysis;
  const char *text = analysis->text;
  guint pos;

  if (from >= to)
    return;

  if (out->len > 0 && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');

  pos = analysis->tokens[from].bstart;
  for (guint k = from; k < to; k++)
    {
      const CoachToken *token = &analysis->tokens[k];
      const char *word = coach_token_lower (analysis, k);
      gboolean to_the = (token->lex & LEX_FIRST_PERSON) && (token->lex & LEX_DETERMINER);
      gboolean to_team = (token->lex & LEX_FIRST_PERSON) && k > from && g_str_equal (word, "we");
      const char *slot;

      if (!(token->flags & TOKEN_DROP))
        {
          if (count)
            {
              rw->n_words++;
              if (token->lex & LEX_TECHNIQUE)
                rw->has_technique = TRUE;
              if ((token->lex & LEX_CONTEXT) && k + 1 < analysis->n_tokens)
                rw->has_context = TRUE;
            }

          if (token->flags & TOKEN_TO_PAST)
            {
              g_autofree char *past = _vitae_coach_past_tense (analysis->coach, word);

              g_string_append_len (out, text + pos, token->bstart - pos);
              g_string_append (out, past);
              pos = token->bend;
            }
          else if (k == rw->lower_token)
            {
              g_string_append_len (out, text + pos, token->bstart - pos);
              g_string_append_c (out, g_ascii_tolower (text[token->bstart]));
              pos = token->bstart + 1;
            }
          continue;
        }

      g_string_append_len (out, text + pos, token->bstart - pos);
      pos = token->bend;
      if (to_the || to_team)
        {
          /* "my team" → "the team"; "after we helped" → "after the team helped" */
          g_string_append (out, to_the ? _("the") : _("the team"));
          rw->n_words++;
        }
      else if ((slot = g_hash_table_lookup (analysis->coach->vague_slots, word)) != NULL)
        {
          /* "move things to the cloud": the object stays, as a slot, and
           * says where the work happened. */
          g_string_append (out, slot);
          rw->has_context = TRUE;
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
}

/* Emits tokens [from, to) of the object, the part from the split point on
 * going to the tail, after the words that separated it. */
static void
emit_range (Rewrite *rw,
            guint    from,
            guint    to)
{
  CoachAnalysis *analysis = rw->analysis;

  if (from >= to)
    return;

  if (!rw->in_tail && rw->split >= from && rw->split < to)
    {
      const CoachToken *before = &analysis->tokens[rw->split - 1];
      const CoachToken *after = &analysis->tokens[rw->split];

      append_range (rw, rw->head, from, rw->split, TRUE);
      rw->in_tail = TRUE;
      g_string_append_len (rw->tail, analysis->text + before->bend, after->bstart - before->bend);
      from = rw->split;
    }

  append_range (rw, rw->in_tail ? rw->tail : rw->head, from, to, TRUE);
}

static void
emit_text (Rewrite    *rw,
           const char *text)
{
  GString *out = rw->in_tail ? rw->tail : rw->head;

  if (out->len > 0 && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
  g_string_append (out, text);
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
      /* A comma left before a dropped word's own comma */
      if (c == ',' && w > 0 && out->str[w - 1] == ',')
        continue;
      out->str[w++] = c;
    }
  g_string_truncate (out, w);

  while (out->len > 0 && strchr (" .,;:!", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
}

/* Finds where the main clause of the object [from, to) ends: before a
 * clause such as ", two of whom were promoted", "after the rollout" or "to
 * make it easier to maintain", which the slots must not follow. */
static guint
find_split (const CoachAnalysis *analysis,
            guint                from,
            guint                to)
{
  for (guint k = from + 1; k < to; k++)
    {
      const CoachToken *token = &analysis->tokens[k];
      const char *gap = analysis->text + analysis->tokens[k - 1].bend;
      gsize gap_len = token->bstart - analysis->tokens[k - 1].bend;
      g_autofree char *past = NULL;

      if (token->lex & LEX_CLAUSE_LEAD)
        return k;

      /* "to make it easier", but not "to version 1.29" */
      if (token_is (analysis, k, "to") && (past = bare_verb_past (analysis, k + 1)) != NULL &&
          !(k + 2 < to && (analysis->tokens[k + 2].flags & TOKEN_FIRST_DIGIT)))
        return k;

      if (g_strstr_len (gap, gap_len, ";") != NULL || g_strstr_len (gap, gap_len, "—") != NULL ||
          g_strstr_len (gap, gap_len, "–") != NULL)
        return k;

      if (g_strstr_len (gap, gap_len, ",") != NULL &&
          (is_gerund (analysis, k) || token_is (analysis, k + 1, "whom") || token_is (analysis, k + 2, "whom") ||
           token_is (analysis, k + 1, "which") || token_is (analysis, k + 2, "which")))
        return k;
    }

  return G_MAXUINT;
}

/* The class of the object's first noun phrase: whom or what the verb acts on. */
static guint
object_class (const CoachAnalysis *analysis,
              guint                from)
{
  for (guint k = from; k < analysis->n_tokens; k++)
    {
      const CoachToken *token = &analysis->tokens[k];

      if (token->flags & TOKEN_DROP)
        continue;
      if (token->lex & LEX_OBJECT_MASK)
        return token->lex & LEX_OBJECT_MASK;
      if (k > from && (token->lex & LEX_FUNCTION_WORD) && !(token->lex & LEX_DETERMINER))
        break;
      if (k + 1 < analysis->n_tokens &&
          memchr (analysis->text + token->bend, ',', analysis->tokens[k + 1].bstart - token->bend) != NULL)
        break;
    }

  return 0;
}

static GPtrArray *
object_verbs (VitaeCoach *coach,
              guint       lex)
{
  if (lex & LEX_OBJECT_PEOPLE)
    return coach->object_verbs[COACH_OBJECT_PEOPLE];
  if (lex & LEX_OBJECT_TICKET)
    return coach->object_verbs[COACH_OBJECT_TICKET];
  if (lex & LEX_OBJECT_ACTIVITY)
    return coach->object_verbs[COACH_OBJECT_ACTIVITY];
  if (lex & LEX_OBJECT_OUTCOME)
    return coach->object_verbs[COACH_OBJECT_OUTCOME];
  if (lex & LEX_OBJECT_DUTY)
    return coach->object_verbs[COACH_OBJECT_DUTY];

  return NULL;
}

/* Whether the object [from, to) sends something somewhere ("IPv6 support to
 * the edge proxies"), which only some verbs can say; "from X to Y" and "to
 * improve" do not count. */
static gboolean
object_takes_to (const CoachAnalysis *analysis,
                 guint                from,
                 guint                to)
{
  for (guint k = from; k < to; k++)
    {
      g_autofree char *past = NULL;

      if (token_is (analysis, k, "from"))
        return FALSE;
      /* "related to" and "dedicated to" belong to their adjective */
      if (token_is (analysis, k, "to") && (past = bare_verb_past (analysis, k + 1)) == NULL &&
          !(k > from && g_str_has_suffix (coach_token_lower (analysis, k - 1), "ed")))
        return TRUE;
    }

  return FALSE;
}

static void
add_verbs (GPtrArray *verbs,
           GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    {
      const char *verb = g_ptr_array_index (from, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < verbs->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (verbs, j), verb);
      if (!seen)
        g_ptr_array_add (verbs, (gpointer) verb);
    }
}

/* Keeps the first MAX_SUGGESTIONS of @candidates, preferring those with
 * all of @lex when any has them. */
static GPtrArray *
pick_verbs (VitaeCoach *coach,
            GPtrArray  *candidates,
            guint       lex)
{
  GPtrArray *verbs = g_ptr_array_new ();

  for (guint i = 0; lex != 0 && i < candidates->len && verbs->len < MAX_SUGGESTIONS; i++)
    if ((_vitae_coach_lookup_lex (coach, g_ptr_array_index (candidates, i)) & lex) == lex)
      g_ptr_array_add (verbs, g_ptr_array_index (candidates, i));

  if (verbs->len == 0)
    for (guint i = 0; i < MIN (candidates->len, MAX_SUGGESTIONS); i++)
      g_ptr_array_add (verbs, g_ptr_array_index (candidates, i));

  return verbs;
}

static void
add_patterns (GPtrArray *patterns,
              GPtrArray *from)
{
  for (guint i = 0; i < from->len && patterns->len < MAX_SUGGESTIONS; i++)
    g_ptr_array_add (patterns, g_ptr_array_index (from, i));
}

/* Finds the noun phrase after "helped" or "used" and the verb it leads to:
 * "helped [the team] move…", "used [Redis] to cut…", "worked with
 * [product] to design…". Returns the verb's token, or 0. */
static guint
find_partner_verb (const CoachAnalysis *analysis,
                   guint                from,
                   gboolean             needs_to,
                   char               **past)
{
  for (guint j = from + 1; j < analysis->n_tokens && j <= from + MAX_PARTNER_WORDS; j++)
    {
      const CoachToken *before = &analysis->tokens[j - 1];

      if (token_is (analysis, j, "to"))
        {
          if ((*past = bare_verb_past (analysis, j + 1)) != NULL)
            return j + 1;
          return 0;
        }

      /* "helped the team move": a bare verb right after a group of people */
      if (!needs_to && (before->lex & (LEX_TEAM | LEX_OBJECT_PEOPLE)) &&
          (*past = bare_verb_past (analysis, j)) != NULL)
        return j;

      if ((analysis->tokens[j].lex & LEX_FUNCTION_WORD) &&
          !(analysis->tokens[j].lex & LEX_DETERMINER) && !token_is (analysis, j, "and"))
        return 0;
    }

  return 0;
}

/* Turns every passive clause around: "Bugs were fixed and code reviews were
 * attended" → "Fixed bugs and attended code reviews"; "Over 2M records were
 * processed nightly by the ETL job I built" → "Built the ETL job that
 * processed over 2M records nightly". Returns the opening verb. */
static char *
emit_passive (Rewrite *rw)
{
  CoachAnalysis *analysis = rw->analysis;
  VitaeCoach *coach = analysis->coach;
  guint starts[COACH_MAX_PASSIVES], ends[COACH_MAX_PASSIVES];
  guint n_clauses = 1;
  char *opening = NULL;

  starts[0] = analysis->lead;
  for (guint i = 1; i < analysis->n_passives; i++)
    {
      guint and_at = G_MAXUINT;
      gboolean plain = TRUE;

      for (guint k = analysis->passive_participles[i - 1] + 1; k < analysis->passive_auxes[i]; k++)
        if (token_is (analysis, k, "and"))
          and_at = k;
      if (and_at == G_MAXUINT || and_at + 1 >= analysis->passive_auxes[i] ||
          analysis->passive_auxes[i] - and_at - 1 > MAX_SUBJECT_WORDS)
        break;
      for (guint k = and_at + 1; k < analysis->passive_auxes[i]; k++)
        if ((analysis->tokens[k].lex & LEX_FUNCTION_WORD) && !(analysis->tokens[k].lex & LEX_DETERMINER))
          plain = FALSE;
      if (!plain)
        break;

      ends[n_clauses - 1] = and_at;
      starts[n_clauses++] = and_at + 1;
    }
  ends[n_clauses - 1] = analysis->n_tokens;

  for (guint c = 0; c < n_clauses; c++)
    {
      guint aux = analysis->passive_auxes[c];
      guint rest = analysis->passive_participles[c] + 1;
      g_autofree char *verb = _vitae_coach_past_tense (coach, coach_token_lower (analysis, rest - 1));
      guint agent = G_MAXUINT;

      /* "were identified and fixed" */
      if (rest + 1 < ends[c] && token_is (analysis, rest, "and") && _vitae_coach_is_participle (analysis, rest + 1))
        {
          g_autofree char *second = _vitae_coach_past_tense (coach, coach_token_lower (analysis, rest + 1));
          char *both = g_strconcat (verb, " ", _("and"), " ", second, NULL);

          g_free (verb);
          verb = both;
          rest += 2;
        }

      if (may_lower (analysis, starts[c]))
        rw->lower_token = starts[c];

      /* "by the ETL job I built": the user built what did the work. */
      if (c == 0 && n_clauses == 1 && ends[c] >= rest + 4 &&
          (analysis->tokens[ends[c] - 2].lex & LEX_FIRST_PERSON) &&
          !(analysis->tokens[ends[c] - 2].lex & LEX_DETERMINER) &&
          _vitae_coach_is_participle (analysis, ends[c] - 1))
        for (guint k = rest; k + 3 < ends[c]; k++)
          if (token_is (analysis, k, "by"))
            agent = k;

      if (agent != G_MAXUINT)
        {
          opening = _vitae_coach_past_tense (coach, coach_token_lower (analysis, ends[c] - 1));
          emit_range (rw, agent + 1, ends[c] - 2);
          emit_text (rw, _("that"));
          emit_text (rw, verb);
          emit_range (rw, starts[c], aux);
          emit_range (rw, rest, agent);
          break;
        }

      if (c == 0)
        opening = g_steal_pointer (&verb);
      else
        {
          emit_text (rw, _("and"));
          emit_text (rw, verb);
        }
      emit_range (rw, starts[c], aux);
      emit_range (rw, rest, ends[c]);
    }

  return opening;
}

void
_vitae_coach_rewrite (CoachAnalysis    *analysis,
                      VitaeCoachResult *result)
{
  VitaeCoach *coach = analysis->coach;
  CoachArea *area = analysis->area;
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GString) tail = g_string_new (NULL);
  g_autoptr(GString) team = NULL;
  g_autoptr(GString) tool_partner = NULL;
  g_autoptr(GPtrArray) verbs = NULL;
  g_autoptr(GPtrArray) patterns = NULL;
  g_autofree char *own_verb = NULL;
  GPtrArray *fixed_verbs = NULL;
  Rewrite rw = { analysis, head, tail, G_MAXUINT, FALSE, G_MAXUINT, 0, FALSE, FALSE };
  const char *lead_slot = NULL;
  guint lead = analysis->lead;
  guint object_start = lead;
  guint object_lex = 0;
  gboolean tool = FALSE;
  gboolean passive = FALSE;
  gboolean choose = FALSE;   /* the verb is the catalog's to choose */
  gboolean plain = FALSE;    /* the user's own verb, not an action verb */
  gboolean from_gerund = FALSE;

  if (!needs_rewrite (result) || lead >= analysis->n_tokens)
    return;

  /* Find the verb the bullet opens with, and where its object starts. */
  if (analysis->weak != NULL)
    {
      const CoachPhrase *weak = analysis->weak;
      const CoachPhrase *next;
      guint length;

      object_start = lead + analysis->weak_length;
      tool = weak->tool_object;
      choose = TRUE;

      /* "Responsible for working on X": the second weak phrase goes too. */
      while (object_start < analysis->n_tokens &&
             (next = _vitae_coach_match_weak (analysis, object_start, &length)) != NULL)
        {
          object_start += length;
          tool = next->tool_object;
          weak = next;
        }

      if (object_start < analysis->n_tokens)
        {
          const char *word = coach_token_lower (analysis, object_start);
          guint det = object_start + ((analysis->tokens[object_start].lex & LEX_DETERMINER) ? 1 : 0);
          const CoachNominal *nominal = det < analysis->n_tokens
                                        ? g_hash_table_lookup (coach->nominals, coach_token_lower (analysis, det))
                                        : NULL;
          g_autofree char *past = NULL;
          guint verb_at;

          /* "training", "onboarding" name things too, but not before people */
          if (is_gerund_with_object (analysis, object_start) ||
              ((analysis->tokens[object_start].lex & LEX_NOT_GERUND) && g_str_has_suffix (word, "ing") &&
               (object_class (analysis, object_start + 1) & LEX_OBJECT_PEOPLE)))
            {
              /* "Responsible for migrating X" → "Migrated X", unless the
               * gerund is itself weak, or a plain verb ("answering
               * tickets") whose object has verbs of its own. */
              guint lex;

              past = _vitae_coach_past_tense (coach, word);
              lex = _vitae_coach_lookup_lex (coach, past);
              if (lex & LEX_WEAK_VERB)
                object_start++;
              else if (!(lex & (LEX_STRONG_VERB | LEX_PAST)) && object_class (analysis, object_start + 1) != 0)
                object_start++;
              else
                {
                  own_verb = g_steal_pointer (&past);
                  object_start++;
                  from_gerund = TRUE;
                }
            }
          else if ((past = bare_verb_past (analysis, object_start)) != NULL &&
                   !(_vitae_coach_lookup_lex (coach, past) & LEX_WEAK_VERB) &&
                   (_vitae_coach_lookup_lex (coach, past) & (LEX_STRONG_VERB | LEX_PAST)))
            {
              /* "Helped build X" → "Built X" */
              own_verb = g_steal_pointer (&past);
              object_start++;
            }
          else if (nominal != NULL &&
                   (det + 1 >= analysis->n_tokens || token_is (analysis, det + 1, "of") ||
                    token_is (analysis, det + 1, "to") || token_is (analysis, det + 1, "from") ||
                    token_is (analysis, det + 1, "into") || token_is (analysis, det + 1, "for")))
            {
              /* "the design of the pipeline" → "Designed the pipeline";
               * "the migration to Kubernetes" → "Migrated [which…] to Kubernetes" */
              own_verb = g_strdup (nominal->verb);
              if (token_is (analysis, det + 1, "of"))
                object_start = det + 2;
              else
                {
                  object_start = det + 1;
                  lead_slot = nominal->slot;
                }
            }
          else if ((verb_at = find_partner_verb (analysis, object_start, tool, &past)) != 0)
            {
              const CoachToken *last = &analysis->tokens[token_is (analysis, verb_at - 1, "to") ? verb_at - 2 : verb_at - 1];
              guint partner_end = token_is (analysis, verb_at - 1, "to") ? verb_at - 1 : verb_at;

              if (tool && !(last->lex & (LEX_TEAM | LEX_OBJECT_PEOPLE)))
                {
                  /* "Used Redis to cut X" → "Cut X using Redis" */
                  tool_partner = g_string_new (NULL);
                  append_range (&rw, tool_partner, object_start, partner_end, FALSE);
                  own_verb = g_steal_pointer (&past);
                  object_start = verb_at + 1;
                }
              else if (last->lex & LEX_TEAM)
                {
                  /* "helped the team move X" → "Moved X with the team" */
                  team = g_string_new (NULL);
                  append_range (&rw, team, object_start, partner_end, FALSE);
                  own_verb = g_steal_pointer (&past);
                  object_start = verb_at + 1;
                  /* "helped the team move to X": what moved is for the
                   * user to say. */
                  if (token_is (analysis, object_start, "to") || object_start >= analysis->n_tokens)
                    lead_slot = g_hash_table_lookup (coach->vague_slots, "things");
                }
              else if (!tool)
                {
                  /* "helped customers migrate" → "Enabled customers to migrate" */
                  fixed_verbs = coach->object_verbs[COACH_OBJECT_HELPED_PEOPLE];
                  if (partner_end == verb_at)
                    {
                      emit_range (&rw, object_start, verb_at);
                      emit_text (&rw, _("to"));
                      object_start = verb_at;
                    }
                  rw.has_context = TRUE;
                }
            }

          if (own_verb != NULL)
            {
              tool = FALSE;
              choose = FALSE;
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
          object_start = lead + 1;
          if (token->lex & LEX_PLAIN_VERB)
            {
              /* "Added", "Made": the area's verbs say it better. */
              choose = TRUE;
              if (object_start < analysis->n_tokens && (analysis->tokens[object_start].lex & LEX_PARTICLE))
                object_start++;
            }
          else
            {
              /* "Joined", "Maintained": the user's own verb, whose meaning
               * no other verb keeps. */
              own_verb = g_strdup (word);
              plain = TRUE;
            }
        }
      else if (analysis->passive_aux > (gint) lead && analysis->passive_aux <= (gint) lead + 6)
        passive = TRUE;
      else
        choose = TRUE;
    }

  prepare_pronouns (analysis, passive ? lead : object_start);

  /* Mark the gerunds of "monitoring servers and fixing bugs" for the past
   * tense, now that the first one is the opening verb. */
  if (from_gerund)
    for (guint k = object_start + 1; k + 1 < analysis->n_tokens; k++)
      if ((token_is (analysis, k - 1, "and") || token_is (analysis, k - 1, "or")) &&
          is_gerund (analysis, k))
        analysis->tokens[k].flags |= TOKEN_TO_PAST;

  rw.split = find_split (analysis, passive ? lead : object_start, analysis->n_tokens);
  if (passive)
    own_verb = emit_passive (&rw);
  else
    {
      if (lead_slot != NULL)
        {
          emit_text (&rw, lead_slot);
          rw.has_context = TRUE;
        }
      else if (choose && object_start < analysis->n_tokens && may_lower (analysis, object_start))
        rw.lower_token = object_start;
      emit_range (&rw, object_start, analysis->n_tokens);
    }
  tidy (head);
  tidy (tail);

  if (head->len == 0)
    g_string_assign (head, _("[what you built or changed]"));

  /* A long object already says where the work happened, and so do the
   * people it was done for. */
  if (rw.n_words >= CONTEXT_MIN_WORDS)
    rw.has_context = TRUE;
  if (tool_partner != NULL)
    rw.has_technique = TRUE;
  if (team != NULL)
    rw.has_context = TRUE;
  /* "Joined the company as…": no technique follows a verb that is no action. */
  if (plain)
    rw.has_technique = TRUE;

  object_lex = passive ? 0 : object_class (analysis, object_start);
  if (object_lex & LEX_OBJECT_PEOPLE)
    rw.has_context = TRUE;

  /* Verbs: the user's own, else those that fit the object, else the area's
   * best, one per suggestion. A tool after "used" reads best after a verb
   * that introduces it. */
  if (own_verb != NULL)
    {
      verbs = g_ptr_array_new ();
      g_ptr_array_add (verbs, own_verb);
    }
  else
    {
      g_autoptr(GPtrArray) candidates = g_ptr_array_new ();

      if (fixed_verbs == NULL)
        fixed_verbs = object_verbs (coach, object_lex);
      add_verbs (candidates, fixed_verbs);
      if (fixed_verbs == NULL)
        {
          if (tool)
            {
              add_verbs (candidates, area->tool_verbs);
              add_verbs (candidates, coach->general->tool_verbs);
            }
          add_verbs (candidates, area->verbs);
          add_verbs (candidates, coach->general->verbs);
        }
      verbs = pick_verbs (coach, candidates,
                          object_takes_to (analysis, object_start, MIN (rw.split, analysis->n_tokens))
                          ? LEX_TAKES_TO : 0);
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
      g_string_append_len (text, head->str, head->len);
      if (team != NULL && team->len > 0)
        {
          g_string_append_printf (text, " %s ", _("with"));
          g_string_append_len (text, team->str, team->len);
        }
      if (!rw.has_context)
        g_string_append (text, pattern->context);
      if (tool_partner != NULL && tool_partner->len > 0)
        {
          g_string_append_printf (text, " %s ", _("using"));
          g_string_append_len (text, tool_partner->str, tool_partner->len);
        }
      else if (!rw.has_technique && team != NULL && g_str_has_prefix (pattern->technique, " with "))
        {
          /* not "with the team with [retries…]" */
          g_string_append_printf (text, " %s ", _("using"));
          g_string_append (text, pattern->technique + strlen (" with "));
        }
      else if (!rw.has_technique)
        g_string_append (text, pattern->technique);
      if (tail->len > 0)
        {
          if (strchr (",;:", tail->str[0]) == NULL)
            g_string_append_c (text, ' ');
          g_string_append_len (text, tail->str, tail->len);
        }
      if (!analysis->has_metric)
        g_string_append (text, pattern->result);
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
