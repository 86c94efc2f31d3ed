/* vitae-coverage-json.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The last analysis as the "ats" object of `vitae check --format json`.
 */

#define G_LOG_DOMAIN "vitae-coverage"

#include "config.h"

#include "vitae-coverage-private.h"

static JsonNode *
strv_to_json (const char * const *strv)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  json_node_take_array (node, array);

  return node;
}

/* "keywords": every keyword found, with where. */
static void
add_keywords (VitaeCoverage *self,
             JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "keywords");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->keywords->len; i++)
    {
      const VitaeCoverageKeyword *keyword = &g_array_index (self->keywords, VitaeCoverageKeyword, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "keyword");
      json_builder_add_string_value (builder, keyword->keyword);
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, keyword->group);
      json_builder_set_member_name (builder, "sections");
      json_builder_add_value (builder, strv_to_json (keyword->sections));
      json_builder_set_member_name (builder, "in_context");
      json_builder_add_boolean_value (builder, keyword->in_context);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "groups": each keyword group's found and missing keywords. */
static void
add_groups (VitaeCoverage *self,
           JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->result_groups->len; i++)
    {
      const VitaeCoverageGroup *group = &g_array_index (self->result_groups, VitaeCoverageGroup, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, group->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, group->name);
      json_builder_set_member_name (builder, "found");
      json_builder_add_value (builder, strv_to_json (group->found));
      json_builder_set_member_name (builder, "missing");
      json_builder_add_value (builder, strv_to_json (group->missing));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "placement": where a keyword should move. */
static void
add_placements (VitaeCoverage *self,
               JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "placement");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const VitaeCoveragePlacement *placement = &g_array_index (self->placements, VitaeCoveragePlacement, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "keyword");
      json_builder_add_string_value (builder, placement->keyword);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, placement->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The job's keywords, matched and missing, by tier, and the match scores. */
static void
add_job_keywords (VitaeCoverage *self,
                 JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "keywords");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->job_keywords->len; i++)
    json_builder_add_string_value (builder, g_array_index (self->job_keywords, VitaeJobKeyword, i).keyword);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "matched");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->job_keywords->len; i++)
    if (g_array_index (self->job_keywords, VitaeJobKeyword, i).matched)
      json_builder_add_string_value (builder, g_array_index (self->job_keywords, VitaeJobKeyword, i).keyword);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->job_keywords->len; i++)
    if (!g_array_index (self->job_keywords, VitaeJobKeyword, i).matched)
      json_builder_add_string_value (builder, g_array_index (self->job_keywords, VitaeJobKeyword, i).keyword);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "match_rate");
  json_builder_add_double_value (builder, self->match_rate);

  /* Added for the posting reader (see docs/cli.md). */
  for (guint tier = VITAE_TIER_MUST_HAVE; tier <= VITAE_TIER_NICE_TO_HAVE; tier++)
    {
      json_builder_set_member_name (builder, tier == VITAE_TIER_MUST_HAVE ? "must_have" : "nice_to_have");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->job_keywords->len; i++)
        if (g_array_index (self->job_keywords, VitaeJobKeyword, i).tier == tier)
          json_builder_add_string_value (builder, g_array_index (self->job_keywords, VitaeJobKeyword, i).keyword);
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "match_score");
  json_builder_add_double_value (builder, self->match_score);
}

/* The job's terms in detail (see docs/cli.md), and what was left out. */
static void
add_job_terms (VitaeCoverage *self,
              JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "terms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->job_keywords->len; i++)
    {
      const VitaeJobKeyword *job = &g_array_index (self->job_keywords, VitaeJobKeyword, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "keyword");
      json_builder_add_string_value (builder, job->keyword);
      json_builder_set_member_name (builder, "tier");
      json_builder_add_string_value (builder, vitae_tier_to_id (job->tier));
      json_builder_set_member_name (builder, "part");
      json_builder_add_string_value (builder, job->part);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, job->count);
      json_builder_set_member_name (builder, "matched");
      json_builder_add_boolean_value (builder, job->matched);
      json_builder_set_member_name (builder, "sections");
      json_builder_add_value (builder, strv_to_json (job->sections));
      json_builder_set_member_name (builder, "section");
      if (job->section != NULL)
        json_builder_add_string_value (builder, job->section);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ignored");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->job_dropped->len; i++)
    {
      const VitaeJobDropped *dropped = &g_array_index (self->job_dropped, VitaeJobDropped, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "keyword");
      json_builder_add_string_value (builder, dropped->keyword);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, dropped->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * vitae_coverage_to_json:
 * @self: a #VitaeCoverage
 *
 * Describes the last analysis as the "ats" object of `vitae check
 * --format json` (see DESIGN.md): role, score, keywords, groups, placement
 * and, when a job description was given, job.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
vitae_coverage_to_json (VitaeCoverage *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  if (self->role_id != NULL)
    json_builder_add_string_value (builder, self->role_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, self->score);

  add_keywords (self, builder);
  add_groups (self, builder);
  add_placements (self, builder);
  if (self->has_job)
    {
      json_builder_set_member_name (builder, "job");
      json_builder_begin_object (builder);
      add_job_keywords (self, builder);
      add_job_terms (self, builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
