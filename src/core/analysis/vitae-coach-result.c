/* vitae-coach-result.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-catalog.h"
#include "vitae-coach-load.h"
#include "vitae-coach-private.h"
#include "vitae-error.h"

G_DEFINE_BOXED_TYPE (VitaeCoachResult, vitae_coach_result, vitae_coach_result_ref, vitae_coach_result_unref)

/* Results ******************************************************************/

static void
clear_issue (gpointer data)
{
  VitaeCoachIssue *issue = data;

  g_clear_pointer (&issue->message, g_free);
}

static void
clear_suggestion (gpointer data)
{
  VitaeCoachSuggestion *suggestion = data;

  g_clear_pointer (&suggestion->text, g_free);
}

VitaeCoachResult *
_vitae_coach_result_new (const char *text)
{
  VitaeCoachResult *self = g_new0 (VitaeCoachResult, 1);

  g_ref_count_init (&self->ref_count);
  self->text = g_strdup (text);
  self->issues = g_array_new (FALSE, FALSE, sizeof (VitaeCoachIssue));
  g_array_set_clear_func (self->issues, clear_issue);
  self->suggestions = g_array_new (FALSE, FALSE, sizeof (VitaeCoachSuggestion));
  g_array_set_clear_func (self->suggestions, clear_suggestion);
  g_weak_ref_init (&self->coach, NULL);

  return self;
}

VitaeCoachResult *
_vitae_coach_result_copy (VitaeCoachResult *self)
{
  VitaeCoachResult *copy = _vitae_coach_result_new (self->text);

  copy->score = self->score;
  copy->base_score = self->base_score;
  copy->scored = self->scored;
  copy->area = self->area;
  copy->opening = g_strdup (self->opening);
  copy->opening_start = self->opening_start;
  copy->opening_end = self->opening_end;
  copy->suggested = self->suggested;
  {
    g_autoptr(VitaeCoach) coach = g_weak_ref_get (&self->coach);

    g_weak_ref_set (&copy->coach, coach);
  }

  for (guint i = 0; i < self->issues->len; i++)
    {
      const VitaeCoachIssue *issue = &g_array_index (self->issues, VitaeCoachIssue, i);

      _vitae_coach_result_add (copy, issue->kind, issue->start, issue->end, g_strdup (issue->message));
    }

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      VitaeCoachSuggestion suggestion = g_array_index (self->suggestions, VitaeCoachSuggestion, i);

      suggestion.text = g_strdup (suggestion.text);
      g_array_append_val (copy->suggestions, suggestion);
    }

  return copy;
}

/* Takes @message. */
void
_vitae_coach_result_add (VitaeCoachResult    *self,
                         VitaeCoachIssueKind  kind,
                         guint                start,
                         guint                end,
                         char                *message)
{
  VitaeCoachIssue issue = { kind, start, end, message };

  g_array_append_val (self->issues, issue);
}

/* Writes the suggestions of @self the first time they are asked for, with
 * the coach that analysed it (or the default one, if that is gone). */
static void
ensure_suggestions (VitaeCoachResult *self)
{
  g_autoptr(VitaeCoach) coach = NULL;
  g_autoptr(VitaeCoachResult) full = NULL;

  if (self->suggested)
    return;

  self->suggested = TRUE;
  coach = g_weak_ref_get (&self->coach);
  if (coach == NULL)
    coach = g_object_ref (vitae_coach_get_default ());
  full = _vitae_coach_analyze_text (coach, self->text, COACH_ANALYZE_SUGGEST);
  g_array_unref (self->suggestions);
  self->suggestions = g_array_ref (full->suggestions);
}

/**
 * vitae_coach_result_ref:
 * @self: a #VitaeCoachResult
 *
 * Returns: (transfer full): @self
 */
VitaeCoachResult *
vitae_coach_result_ref (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * vitae_coach_result_unref:
 * @self: (transfer full): a #VitaeCoachResult
 */
void
vitae_coach_result_unref (VitaeCoachResult *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self->opening);
      g_array_unref (self->issues);
      g_array_unref (self->suggestions);
      g_weak_ref_clear (&self->coach);
      g_free (self);
    }
}

/**
 * vitae_coach_result_get_text:
 * @self: a #VitaeCoachResult
 *
 * Returns: the analysed bullet text
 */
const char *
vitae_coach_result_get_text (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * vitae_coach_result_get_score:
 * @self: a #VitaeCoachResult
 *
 * Returns: the bullet's score, from 0 (says nothing) to 100 (no issue)
 */
guint
vitae_coach_result_get_score (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->score;
}

/**
 * vitae_coach_result_is_scored:
 * @self: a #VitaeCoachResult
 *
 * Returns: whether the bullet is scored: an empty or just-started bullet
 *   (under three words) is not, and does not count in the resume's score
 */
gboolean
vitae_coach_result_is_scored (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->scored;
}

/**
 * vitae_coach_result_get_band:
 * @self: a #VitaeCoachResult
 *
 * Returns: the band the bullet's score falls in (see #VitaeCoachBand)
 */
VitaeCoachBand
vitae_coach_result_get_band (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, VITAE_COACH_BAND_NONE);

  if (!self->scored)
    return VITAE_COACH_BAND_NONE;
  if (self->score >= 70)
    return VITAE_COACH_BAND_STRONG;
  if (self->score >= 40)
    return VITAE_COACH_BAND_FAIR;

  return VITAE_COACH_BAND_WEAK;
}

/**
 * vitae_coach_band_describe:
 * @band: a #VitaeCoachBand
 *
 * Returns: a short translated sentence saying what the band means, for a
 *   tooltip on a bullet's score
 */
const char *
vitae_coach_band_describe (VitaeCoachBand band)
{
  switch (band)
    {
    case VITAE_COACH_BAND_WEAK:
      return _("Weak (0–39): say what you did with an action verb, how, and a figure for the result");
    case VITAE_COACH_BAND_FAIR:
      return _("Fair (40–69): a figure for the result, or a stronger opening, would make it strong");
    case VITAE_COACH_BAND_STRONG:
      return _("Strong (70–100): an action verb and a measured result; 85 and up also names the tool or technique");
    case VITAE_COACH_BAND_NONE:
    default:
      return _("Not scored yet: a bullet counts once it has three words");
    }
}

/**
 * vitae_coach_result_get_area:
 * @self: a #VitaeCoachResult
 *
 * Returns: the id of the skill area the bullet is about ("database",
 *   "api"…, or "general"), which chose the rewrites' verbs and patterns
 */
const char *
vitae_coach_result_get_area (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->area;
}

guint
vitae_coach_result_get_n_issues (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->issues->len;
}

/**
 * vitae_coach_result_get_issue:
 * @self: a #VitaeCoachResult
 * @position: an index below vitae_coach_result_get_n_issues()
 *
 * Issues are ordered by where they start in the text.
 *
 * Returns: (transfer none): the issue
 */
const VitaeCoachIssue *
vitae_coach_result_get_issue (VitaeCoachResult *self,
                              guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->issues->len, NULL);

  return &g_array_index (self->issues, VitaeCoachIssue, position);
}

gboolean
vitae_coach_result_has_issue (VitaeCoachResult    *self,
                              VitaeCoachIssueKind  kind)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->issues->len; i++)
    if (g_array_index (self->issues, VitaeCoachIssue, i).kind == kind)
      return TRUE;

  return FALSE;
}

guint
vitae_coach_result_get_n_suggestions (VitaeCoachResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_suggestions (self);

  return self->suggestions->len;
}

/**
 * vitae_coach_result_get_suggestion:
 * @self: a #VitaeCoachResult
 * @position: an index below vitae_coach_result_get_n_suggestions()
 *
 * Suggestions are ranked, best first.
 *
 * Returns: (transfer none): the suggestion
 */
const VitaeCoachSuggestion *
vitae_coach_result_get_suggestion (VitaeCoachResult *self,
                                   guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);

  ensure_suggestions (self);
  g_return_val_if_fail (position < self->suggestions->len, NULL);

  return &g_array_index (self->suggestions, VitaeCoachSuggestion, position);
}

/**
 * vitae_coach_result_add_json_members:
 * @self: a #VitaeCoachResult
 * @builder: a #JsonBuilder inside an object
 *
 * Adds the members "text", "score", "issues" and "suggestions" that
 * `vitae suggest` prints for a bullet, so that `vitae check` can print
 * the same ones after its own "section", "entry" and "index".
 */
void
vitae_coach_result_add_json_members (VitaeCoachResult *self,
                                     JsonBuilder      *builder)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, self->text);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, self->score);

  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->issues->len; i++)
    {
      const VitaeCoachIssue *issue = &g_array_index (self->issues, VitaeCoachIssue, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, vitae_coach_issue_kind_to_id (issue->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, issue->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, issue->end);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, issue->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  ensure_suggestions (self);
  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      const VitaeCoachSuggestion *suggestion = &g_array_index (self->suggestions, VitaeCoachSuggestion, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, suggestion->text);
      json_builder_set_member_name (builder, "pattern");
      json_builder_add_string_value (builder, suggestion->pattern);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * vitae_coach_result_to_json:
 * @self: a #VitaeCoachResult
 *
 * Returns: (transfer full): the object `vitae suggest --format json`
 *   prints for the bullet
 */
JsonNode *
vitae_coach_result_to_json (VitaeCoachResult *self)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  vitae_coach_result_add_json_members (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
