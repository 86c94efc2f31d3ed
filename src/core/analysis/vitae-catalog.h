/* vitae-catalog.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_CATALOG (vitae_catalog_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCatalog, vitae_catalog, VITAE, CATALOG, GObject)

/* The environment variable that overrides where the default catalog keeps
 * the user's own keywords (tests point it at a scratch file or ":memory:"). */
#define VITAE_USER_CATALOG_ENV "VITAE_USER_CATALOG"

/**
 * VitaeTier:
 * @VITAE_TIER_MUST_HAVE: expected of every candidate for the role
 * @VITAE_TIER_NICE_TO_HAVE: a plus that sets candidates apart
 * @VITAE_TIER_EMERGING: asked for by a growing number of employers
 *
 * Skill tiers, in the order missing keywords are ranked.
 */
typedef enum
{
  VITAE_TIER_MUST_HAVE,
  VITAE_TIER_NICE_TO_HAVE,
  VITAE_TIER_EMERGING,
  VITAE_N_TIERS
} VitaeTier;

/**
 * VitaeKeywordFacet:
 *
 * What placement advice needs to know about a keyword (the keyword_facets
 * table of data/catalog/00-schema.sql).
 */
typedef enum
{
  VITAE_FACET_NONE             = 0,
  VITAE_FACET_FRAMEWORK        = 1 << 0,
  VITAE_FACET_DATABASE         = 1 << 1,
  VITAE_FACET_CLOUD_PROVIDER   = 1 << 2,
  VITAE_FACET_CLOUD_SERVICE    = 1 << 3,
  VITAE_FACET_OWNERSHIP        = 1 << 4,
  VITAE_FACET_GENERIC_DATABASE = 1 << 5,
  VITAE_FACET_GENERIC_CLOUD    = 1 << 6,
} VitaeKeywordFacet;

#define VITAE_FACET_GENERIC (VITAE_FACET_GENERIC_DATABASE | VITAE_FACET_GENERIC_CLOUD)

/**
 * VitaeVerdict:
 * @VITAE_VERDICT_WORTH_IT: worth the time and money for the role
 * @VITAE_VERDICT_SITUATIONAL: worth it only in some situations
 * @VITAE_VERDICT_OVERRATED: rarely helps a candidate for the role
 */
typedef enum
{
  VITAE_VERDICT_WORTH_IT,
  VITAE_VERDICT_SITUATIONAL,
  VITAE_VERDICT_OVERRATED,
} VitaeVerdict;

typedef struct
{
  char         *id;
  char         *name;
  char         *issuer;
  char         *cost;
  char         *effort;
  VitaeVerdict  verdict;
  char         *reason;
} VitaeCertification;

typedef struct
{
  char      *id;
  char      *name;
  VitaeTier  tier;
  char      *kind;
  char      *summary;
  char      *proof;
  char      *duration;
} VitaeSkill;

/*
 * The keyword catalog: the shipped data (data/catalog/NN-*.sql, run in name
 * order from the core's resources into an in-memory SQLite database) and the
 * user's own database attached as "user". The user's database is a separate
 * file that updates never overwrite; with no path it lives in memory.
 */
VitaeCatalog       *vitae_catalog_new                  (const char    *user_db_path,
                                                        GError       **error);
VitaeCatalog       *vitae_catalog_new_read_only        (const char    *user_db_path,
                                                        GError       **error);
VitaeCatalog       *vitae_catalog_get_default          (void);
void                vitae_catalog_set_default_read_only (void);
char               *vitae_catalog_get_default_user_path (void);
sqlite3            *vitae_catalog_get_db               (VitaeCatalog  *self);
const char         *vitae_catalog_get_user_path        (VitaeCatalog  *self);
const GError       *vitae_catalog_get_user_error       (VitaeCatalog  *self);
guint               vitae_catalog_get_revision         (VitaeCatalog  *self);

const char         *vitae_catalog_get_default_role     (VitaeCatalog  *self);
GStrv               vitae_catalog_dup_role_ids         (VitaeCatalog  *self);
char               *vitae_catalog_dup_role_name        (VitaeCatalog  *self,
                                                        const char    *role_id);
gboolean            vitae_catalog_has_group            (VitaeCatalog  *self,
                                                        const char    *role_id,
                                                        const char    *group_id);
GPtrArray          *vitae_catalog_list_skills          (VitaeCatalog  *self,
                                                        const char    *role_id);
GPtrArray          *vitae_catalog_list_certifications  (VitaeCatalog  *self,
                                                        const char    *role_id);

gboolean            vitae_catalog_add_user_keyword     (VitaeCatalog  *self,
                                                        const char    *role_id,
                                                        const char    *group_id,
                                                        const char    *keyword,
                                                        GError       **error);
gboolean            vitae_catalog_remove_user_keyword  (VitaeCatalog  *self,
                                                        const char    *role_id,
                                                        const char    *keyword,
                                                        GError       **error);
GStrv               vitae_catalog_dup_user_keywords    (VitaeCatalog  *self,
                                                        const char    *role_id);

const char         *vitae_tier_to_id                   (VitaeTier      tier);
gboolean            vitae_tier_from_id                 (const char    *id,
                                                        VitaeTier     *tier);
const char         *vitae_verdict_to_id                (VitaeVerdict   verdict);

void                vitae_certification_free           (VitaeCertification *certification);
void                vitae_skill_free                   (VitaeSkill         *skill);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeCertification, vitae_certification_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeSkill, vitae_skill_free)

G_END_DECLS
