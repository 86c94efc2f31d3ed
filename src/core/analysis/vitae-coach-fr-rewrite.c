/* vitae-coach-fr-rewrite.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <string.h>

#include "vitae-coach-fr.h"

/*
 * The rewrites of a French bullet. They keep every word of the person's but
 * the ones the guide asks to leave out — a duty's opening ("Responsable de
 * la"), a pronoun and its auxiliary ("J'ai") — and add French [slots] for
 * what only the person knows: their own part in shared work, what a tool
 * was for, and a result slot by the class of the work. A slot holds a
 * question, never a figure; no word outside a slot is new, except a verb's
 * participle where a duty named it in the infinitive ("Chargé de
 * développer" → "Développé").
 */

/* Whether the words after a duty's opening name the work, so that they can
 * open the bullet: a noun of action ("la maintenance des…") or a verb in
 * the infinitive ("de développer…"). */
static gboolean
names_the_work (const FrAnalysis *analysis,
                guint             i)
{
  const FrToken *token;
  const char *word;
  guint end;

  if (i >= analysis->tokens->len || _vitae_coach_fr_match (analysis, i, FR_PHRASE_WEAK, &end) != NULL)
    return FALSE;
  token = fr_token (analysis, i);
  if (!(token->flags & FR_TOKEN_WORD) || (token->flags & (FR_TOKEN_NAME | FR_TOKEN_ELIDED)))
    return FALSE;
  if (_vitae_coach_fr_match (analysis, i, FR_PHRASE_OPENER, &end) != NULL)
    return TRUE;

  word = fr_token_lower (analysis, i);
  return g_str_has_suffix (word, "tion") || g_str_has_suffix (word, "ment") ||
         g_str_has_suffix (word, "age") || g_str_has_suffix (word, "ure");
}

/* Appends @text + @from to @out, its first letter in upper case, and the
 * infinitive of a first-group verb that opens it as its participle
 * ("développer" → "Développé"). */
static void
append_opening (GString          *out,
                const FrAnalysis *analysis,
                guint             i,
                gsize             length)
{
  const FrToken *token = fr_token (analysis, i);
  const char *start = analysis->text + token->bstart;
  const char *end = analysis->text + length;
  const FrPhrase *opener;
  guint opener_end;
  gunichar first = g_utf8_get_char (start);
  const char *rest = g_utf8_next_char (start);

  g_string_append_unichar (out, (token->flags & FR_TOKEN_NAME) ? first : g_unichar_toupper (first));

  opener = _vitae_coach_fr_match (analysis, i, FR_PHRASE_OPENER, &opener_end);
  if (opener != NULL && opener->form == FR_FORM_INFINITIVE && opener->n_words == 1 &&
      g_str_has_suffix (fr_token_lower (analysis, i), "er"))
    {
      const char *word_end = analysis->text + token->bend;

      g_string_append_len (out, rest, word_end - 2 - rest);
      g_string_append (out, "é");
      rest = word_end;
    }
  g_string_append_len (out, rest, end - rest);
}

/* The end of the bullet's text, before its closing full stop or semicolon
 * and any space, which the slots go in front of. */
static gsize
text_end (const char *text,
          char       *closing)
{
  gsize length = strlen (text);

  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  *closing = '\0';
  if (length > 0 && (text[length - 1] == '.' || text[length - 1] == ';') &&
      !(length > 1 && text[length - 2] == '.'))
    {
      *closing = text[length - 1];
      length--;
    }
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;

  return length;
}

/* Whether a word of the person's stands at token @from or after it,
 * before byte @length. */
static gboolean
has_word_from (const FrAnalysis *analysis,
               guint             from,
               gsize             length)
{
  for (guint i = from; i < analysis->tokens->len && fr_token (analysis, i)->bstart < length; i++)
    if ((fr_token (analysis, i)->flags & FR_TOKEN_WORD) && !(fr_token (analysis, i)->flags & FR_TOKEN_ELIDED))
      return TRUE;

  return FALSE;
}

static const char *
scope_slot_name (CoachScope scope)
{
  switch (scope)
    {
    case SCOPE_SHARED:
      return "shared";
    case SCOPE_SKILL:
      return "skill";
    case SCOPE_TOOL:
      return "tool";
    case SCOPE_DUTY:
    case SCOPE_NONE:
    default:
      return "none";
    }
}

static void
add_suggestion (VitaeCoachResult *result,
                char             *text,
                const char       *pattern)
{
  VitaeCoachSuggestion suggestion = { text, g_intern_static_string (pattern) };

  g_array_append_val (result->suggestions, suggestion);
}

void
_vitae_coach_fr_rewrite (FrAnalysis       *analysis,
                         VitaeCoachResult *result)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const FrPhrase *weak = analysis->weak;
  const char *scope_slot = NULL;
  const char *result_slot = NULL;
  const char *pattern = "fr-result";
  gint from = -1;
  char closing;
  gsize length = text_end (analysis->text, &closing);

  if (weak != NULL && weak->scope == SCOPE_DUTY && names_the_work (analysis, analysis->weak_end))
    {
      from = analysis->weak_end;
      pattern = "fr-duty";
    }
  else if (weak != NULL)
    {
      scope_slot = _vitae_coach_fr_slot (analysis->fr, scope_slot_name (weak->scope));
      pattern = weak->scope == SCOPE_SHARED ? "fr-shared" : weak->scope == SCOPE_SKILL ? "fr-skill" :
                weak->scope == SCOPE_TOOL ? "fr-tool" : "fr-part";
    }
  if (analysis->pronoun_end > 0 && from < 0)
    {
      from = analysis->lead;
      if (weak == NULL)
        pattern = "fr-pronoun";
    }

  if (!analysis->has_metric && !analysis->has_slot &&
      g_strcmp0 (analysis->class, "learn") != 0 && (weak == NULL || weak->scope != SCOPE_SKILL))
    result_slot = _vitae_coach_fr_slot (analysis->fr, analysis->class != NULL ? analysis->class : "general");

  /* "J'ai [" : nothing of the person's to open the rewrite with */
  if (from >= 0 && !has_word_from (analysis, from, length))
    from = -1;
  if (from < 0 && scope_slot == NULL && result_slot == NULL)
    return;

  if (from >= 0)
    append_opening (out, analysis, from, length);
  else
    g_string_append_len (out, analysis->text, length);
  if (scope_slot != NULL)
    g_string_append_printf (out, " : %s", scope_slot);
  if (result_slot != NULL)
    g_string_append_printf (out, " — %s", result_slot);
  if (closing != '\0')
    g_string_append_c (out, closing);

  if (g_str_equal (out->str, analysis->text))
    return;

  /* Applied, it never scores lower: a rewrite that drops a duty's words
   * from a short bullet may fall under the length it is scored for. */
  {
    g_autoptr(VitaeCoachResult) applied = _vitae_coach_fr_analyze (analysis->coach, analysis->fr, out->str,
                                                                    COACH_ANALYZE_SCORE);

    if (applied->base_score < result->base_score)
      return;
  }

  add_suggestion (result, g_string_free (g_steal_pointer (&out), FALSE), pattern);
}
