/* vitae-coverage.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vitae-catalog.h"
#include "vitae-document.h"
#include "vitae-matcher.h"

G_BEGIN_DECLS

#define VITAE_TYPE_COVERAGE (vitae_coverage_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCoverage, vitae_coverage, VITAE, COVERAGE, GObject)

/**
 * VitaeCoverageKeyword:
 * @keyword: the canonical keyword
 * @group: the id of the role's group it belongs to
 * @tier: its tier for the role
 * @sections: (array zero-terminated=1): the ids of the sections it was found
 *   in ("basics", "summary", "experience"…), in document order
 * @in_context: whether it appears in a bullet or a summary sentence, not
 *   only in a list such as the skills
 * @count: how many times it was found
 *
 * A keyword of the role found in the resume.
 */
typedef struct
{
  const char  *keyword;
  const char  *group;
  VitaeTier    tier;
  const char **sections;
  gboolean     in_context;
  guint        count;
} VitaeCoverageKeyword;

/**
 * VitaeCoverageGroup:
 * @id: the group's id
 * @name: its name
 * @advice: where its keywords belong on a resume, from the catalog
 * @needs_skills: whether its keywords must be named in a Skills section
 * @needs_context: whether its keywords count fully only in bullet context
 * @target: how many found keywords make the group complete
 * @score: how complete the group is, 0.0 to 1.0
 * @found: (array zero-terminated=1): its keywords found, in catalog order
 * @missing: (array zero-terminated=1): the ones not found, must-haves first
 */
typedef struct
{
  const char  *id;
  const char  *name;
  const char  *advice;
  gboolean     needs_skills;
  gboolean     needs_context;
  guint        target;
  double       score;
  const char **found;
  const char **missing;
} VitaeCoverageGroup;

/**
 * VitaePlacementKind:
 * @VITAE_PLACEMENT_SKILLS_SECTION: a keyword the role wants in a Skills
 *   section (the primary language) is not there
 * @VITAE_PLACEMENT_FRAMEWORK: the primary language is named without a framework
 * @VITAE_PLACEMENT_SPECIFIC_DATABASE: a vague database term and no named database
 * @VITAE_PLACEMENT_SPECIFIC_CLOUD: a vague "cloud" and no provider or service
 * @VITAE_PLACEMENT_CLOUD_SERVICES: a provider named without its services
 * @VITAE_PLACEMENT_OWNERSHIP: a senior signal (observability, reliability)
 *   only in a list, not in a bullet that shows ownership
 * @VITAE_PLACEMENT_CONTEXT: a keyword that needs bullet context only in a list
 */
typedef enum
{
  VITAE_PLACEMENT_SKILLS_SECTION,
  VITAE_PLACEMENT_FRAMEWORK,
  VITAE_PLACEMENT_SPECIFIC_DATABASE,
  VITAE_PLACEMENT_SPECIFIC_CLOUD,
  VITAE_PLACEMENT_CLOUD_SERVICES,
  VITAE_PLACEMENT_OWNERSHIP,
  VITAE_PLACEMENT_CONTEXT,
} VitaePlacementKind;

typedef struct
{
  VitaePlacementKind  kind;
  const char         *keyword;
  const char         *message;
} VitaeCoveragePlacement;

/**
 * VitaeJobKeyword:
 * @keyword: a canonical keyword the job description asks for
 * @count: how many times the job description names it
 * @matched: whether the resume has it
 * @section: for a missing keyword, the id of the section it belongs in
 * @tier: %VITAE_TIER_MUST_HAVE or %VITAE_TIER_NICE_TO_HAVE, from the part
 *   of the posting that asks for it
 * @part: the id of that part ("requirements", "responsibilities",
 *   "nice-to-have", "body")
 * @sections: (array zero-terminated=1): for a keyword the resume has, the
 *   ids of the sections it already appears in, in document order
 */
typedef struct
{
  const char  *keyword;
  guint        count;
  gboolean     matched;
  const char  *section;
  VitaeTier    tier;
  const char  *part;
  const char **sections;
} VitaeJobKeyword;

/**
 * VitaeJobDropped:
 * @keyword: a canonical keyword the job description names
 * @reason: why it is not a requirement: "negated" ("not required", "we
 *   don't use"), "out-of-scope" (another team's) or "company" (the
 *   company's name, its product list, the "about us")
 */
typedef struct
{
  const char *keyword;
  const char *reason;
} VitaeJobDropped;

/**
 * VitaeCoverageOccurrence:
 * @node: (transfer none): the bullet, entry or document holding the text
 * @key: the field's key ("text" for a bullet)
 * @index: for a list field, the item's position; 0 otherwise
 * @section: the id of the section
 * @keyword: the canonical keyword
 * @start: where the keyword starts in the field's text, in bytes
 * @end: where it ends, in bytes
 *
 * Where a keyword stands in the document, so that a view can highlight it.
 */
typedef struct
{
  VitaeNode  *node;
  const char *key;
  guint       index;
  const char *section;
  const char *keyword;
  guint       start;
  guint       end;
} VitaeCoverageOccurrence;

/*
 * Keyword coverage of a resume for a role of the catalog and, optionally, a
 * job description. The object keeps the results of the last analysis and a
 * cache of each text's matches by content, so re-analysing after a
 * keystroke scans only the text that changed.
 */
VitaeCoverage                 *vitae_coverage_new                (VitaeCatalog   *catalog);
VitaeCatalog                  *vitae_coverage_get_catalog        (VitaeCoverage  *self);
VitaeMatcher                  *vitae_coverage_get_matcher        (VitaeCoverage  *self);
gboolean                       vitae_coverage_analyze            (VitaeCoverage  *self,
                                                                  VitaeDocument  *document,
                                                                  const char     *role_id,
                                                                  const char     *job_text,
                                                                  GError        **error);

const char                    *vitae_coverage_get_role           (VitaeCoverage  *self);
guint                          vitae_coverage_get_score          (VitaeCoverage  *self);
guint                          vitae_coverage_get_n_keywords     (VitaeCoverage  *self);
const VitaeCoverageKeyword    *vitae_coverage_get_keyword        (VitaeCoverage  *self,
                                                                  guint           position);
const VitaeCoverageKeyword    *vitae_coverage_find_keyword       (VitaeCoverage  *self,
                                                                  const char     *keyword);
guint                          vitae_coverage_get_n_groups       (VitaeCoverage  *self);
const VitaeCoverageGroup      *vitae_coverage_get_group          (VitaeCoverage  *self,
                                                                  guint           position);
guint                          vitae_coverage_get_n_placements   (VitaeCoverage  *self);
const VitaeCoveragePlacement  *vitae_coverage_get_placement      (VitaeCoverage  *self,
                                                                  guint           position);
guint                          vitae_coverage_get_n_occurrences  (VitaeCoverage  *self);
const VitaeCoverageOccurrence *vitae_coverage_get_occurrence     (VitaeCoverage  *self,
                                                                  guint           position);

gboolean                       vitae_coverage_has_job            (VitaeCoverage  *self);
guint                          vitae_coverage_get_n_job_keywords (VitaeCoverage  *self);
const VitaeJobKeyword         *vitae_coverage_get_job_keyword    (VitaeCoverage  *self,
                                                                  guint           position);
double                         vitae_coverage_get_match_rate     (VitaeCoverage  *self);
double                         vitae_coverage_get_match_score    (VitaeCoverage  *self);
guint                          vitae_coverage_get_n_job_dropped  (VitaeCoverage  *self);
const VitaeJobDropped         *vitae_coverage_get_job_dropped    (VitaeCoverage  *self,
                                                                  guint           position);
const char * const            *vitae_coverage_get_unknown_terms  (VitaeCoverage  *self);

JsonNode                      *vitae_coverage_to_json            (VitaeCoverage  *self);

G_END_DECLS
