/* vitae-coverage-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the coverage share: the role's groups and members, the
 * per-keyword tally of the last scan and the object's fields. vitae-coverage.c
 * loads the role and scans the document, vitae-coverage-placement.c scores the
 * groups and says where missing keywords belong, vitae-coverage-job.c reads a
 * job description against the resume and vitae-coverage-json.c writes the
 * result as `vitae check --format json` shows it.
 */

#pragma once

#include "vitae-coverage.h"
#include "vitae-posting.h"

G_BEGIN_DECLS

/* Where a text sits: the basics, the summary, or a section of some kind.
 * These index bits of a keyword's section set. */
enum {
  SLOT_BASICS,
  SLOT_SUMMARY,
  SLOT_FIRST_KIND,
  N_SLOTS = SLOT_FIRST_KIND + VITAE_N_SECTION_KINDS
};

#define SLOT_BIT(slot) (1u << (slot))
#define SKILLS_BIT SLOT_BIT (SLOT_FIRST_KIND + VITAE_SECTION_SKILLS)
#define NOT_MEMBER G_MAXUINT

typedef struct
{
  char     *id;
  char     *name;
  char     *advice;
  guint     sections;
  gboolean  needs_skills;
  gboolean  needs_context;
  guint     target;
  guint     home;
} Group;

typedef struct
{
  guint      keyword;
  guint      group;
  VitaeTier  tier;
} Member;

typedef struct
{
  guint     sections;
  guint     count;
  gboolean  in_context;
} Seen;

struct _VitaeCoverage
{
  GObject        parent_instance;

  /* owned */
  VitaeCatalog  *catalog;
  VitaeMatcher  *matcher;
  GHashTable    *cache;
  GHashTable    *previous;
  GArray        *faceted;

  /* The role's data, loaded when the role or the catalog changes. */
  char          *role_id;
  guint          role_revision;
  GArray        *groups;
  GArray        *members;
  guint         *member_of;
  double         tier_weights[VITAE_N_TIERS];
  GHashTable    *homes;

  /* The last analysis. */
  Seen          *seen;
  guint8         slot_rank[N_SLOTS];
  GPtrArray     *arena;
  GArray        *keywords;
  GArray        *result_groups;
  GArray        *placements;
  GArray        *occurrences;
  GArray        *job_keywords;
  GArray        *job_dropped;
  VitaePosting  *posting;
  char          *posting_text;
  double         match_score;
  GStrv          unknown_terms;
  gboolean       has_job;
  double         match_rate;
  guint          score;
};

const char   *_vitae_coverage_slot_to_id               (guint          slot);
gpointer      _vitae_coverage_arena_take               (VitaeCoverage *self,
                                                        gpointer       data);
guint         _vitae_coverage_home_elsewhere           (VitaeCoverage *self,
                                                        guint          keyword);
const char  **_vitae_coverage_sections_of              (VitaeCoverage *self,
                                                        guint          bits);
void          _vitae_coverage_compute_placements       (VitaeCoverage *self);
void          _vitae_coverage_compute_groups_and_score (VitaeCoverage *self);
void          _vitae_coverage_analyze_job              (VitaeCoverage *self,
                                                        const char    *job_text);

G_END_DECLS
