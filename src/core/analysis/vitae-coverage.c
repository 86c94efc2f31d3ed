/* vitae-coverage.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coverage"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vitae-bullet.h"
#include "vitae-coverage-private.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-posting.h"
#include "vitae-section.h"
#include "vitae-sql.h"

G_DEFINE_FINAL_TYPE (VitaeCoverage, vitae_coverage, G_TYPE_OBJECT)

/* The text fields of an entry that are scanned, and whether each is written
 * as sentences (context) rather than as a name or a list. */
static const struct {
  const char *key;
  gboolean    context;
} entry_text_fields[] = {
  { "title",        FALSE },
  { "organization", FALSE },
  { "role",         FALSE },
  { "area",         FALSE },
  { "degree",       FALSE },
  { "awarder",      FALSE },
  { "issuer",       FALSE },
  { "publisher",    FALSE },
  { "summary",      TRUE },
  { "description",  TRUE },
};

static const char * const entry_list_fields[] = { "keywords", "courses", "roles" };

const char *
_vitae_coverage_slot_to_id (guint slot)
{
  switch (slot)
    {
    case SLOT_BASICS:
      return "basics";
    case SLOT_SUMMARY:
      return "summary";
    default:
      return vitae_section_kind_to_id (slot - SLOT_FIRST_KIND);
    }
}

static gboolean
slot_from_id (const char *id,
              guint      *slot)
{
  VitaeSectionKind kind;

  if (g_strcmp0 (id, "basics") == 0)
    *slot = SLOT_BASICS;
  else if (g_strcmp0 (id, "summary") == 0)
    *slot = SLOT_SUMMARY;
  else if (vitae_section_kind_from_id (id, &kind))
    *slot = SLOT_FIRST_KIND + kind;
  else
    return FALSE;

  return TRUE;
}

/* The section a missing keyword of a group should be added to: a bullet of
 * the experience where the group needs context, the skills where it must be
 * named there, otherwise the first section the group lists. */
static guint
group_home (const char *sections,
            gboolean    needs_skills,
            gboolean    needs_context)
{
  g_auto(GStrv) ids = g_strsplit (sections, " ", -1);
  guint slot;

  if (needs_context)
    return SLOT_FIRST_KIND + VITAE_SECTION_EXPERIENCE;
  if (needs_skills)
    return SLOT_FIRST_KIND + VITAE_SECTION_SKILLS;
  if (ids[0] != NULL && slot_from_id (ids[0], &slot))
    return slot;

  return SLOT_FIRST_KIND + VITAE_SECTION_SKILLS;
}

static guint
parse_sections (const char *sections)
{
  g_auto(GStrv) ids = g_strsplit (sections, " ", -1);
  guint bits = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint slot;

      if (slot_from_id (ids[i], &slot))
        bits |= SLOT_BIT (slot);
    }

  return bits;
}

static void
clear_group (gpointer data)
{
  Group *group = data;

  g_free (group->id);
  g_free (group->name);
  g_free (group->advice);
}

static void
clear_occurrence (gpointer data)
{
  VitaeCoverageOccurrence *occurrence = data;

  g_clear_object (&occurrence->node);
}

static void
clear_results (VitaeCoverage *self)
{
  g_array_set_size (self->keywords, 0);
  g_array_set_size (self->result_groups, 0);
  g_array_set_size (self->placements, 0);
  g_array_set_size (self->occurrences, 0);
  g_array_set_size (self->job_keywords, 0);
  g_array_set_size (self->job_dropped, 0);
  self->match_score = 0.0;
  g_ptr_array_set_size (self->arena, 0);
  g_clear_pointer (&self->unknown_terms, g_strfreev);
  self->has_job = FALSE;
  self->match_rate = 0.0;
  self->score = 0;
}

/* Keeps @data alive until the next analysis and returns it. */
gpointer
_vitae_coverage_arena_take (VitaeCoverage *self,
                            gpointer       data)
{
  g_ptr_array_add (self->arena, data);
  return data;
}

static void
ensure_matcher (VitaeCoverage *self)
{
  if (self->matcher != NULL &&
      vitae_matcher_get_revision (self->matcher) == vitae_catalog_get_revision (self->catalog))
    return;

  /* The user's keywords changed: every cached scan may miss one, and the
   * posting's reading too. */
  g_clear_pointer (&self->posting, vitae_posting_free);
  g_clear_object (&self->matcher);
  self->matcher = vitae_matcher_new (self->catalog);
  g_hash_table_remove_all (self->cache);
  g_hash_table_remove_all (self->previous);
  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->seen, g_free);
  self->seen = g_new0 (Seen, vitae_matcher_get_n_keywords (self->matcher));

  /* The few keywords placement advice looks at, out of thousands. */
  g_array_set_size (self->faceted, 0);
  for (guint k = 0; k < vitae_matcher_get_n_keywords (self->matcher); k++)
    if (vitae_matcher_get_facets (self->matcher, k) != VITAE_FACET_NONE)
      g_array_append_val (self->faceted, k);
}

static void
add_member (VitaeCoverage *self,
            const char    *group_id,
            const char    *keyword,
            VitaeTier      tier)
{
  Member member = { 0 };
  guint id;

  if (!vitae_matcher_lookup (self->matcher, keyword, &id) || self->member_of[id] != NOT_MEMBER)
    return;

  member.keyword = id;
  member.tier = tier;
  member.group = NOT_MEMBER;
  for (guint g = 0; g < self->groups->len; g++)
    if (g_str_equal (g_array_index (self->groups, Group, g).id, group_id))
      member.group = g;
  if (member.group == NOT_MEMBER)
    return;

  self->member_of[id] = self->members->len;
  g_array_append_val (self->members, member);
}

static gboolean
load_role (VitaeCoverage  *self,
           const char     *role_id,
           GError        **error)
{
  sqlite3 *db = vitae_catalog_get_db (self->catalog);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  guint n_keywords = vitae_matcher_get_n_keywords (self->matcher);

  if (g_strcmp0 (self->role_id, role_id) == 0)
    return TRUE;

  g_array_set_size (self->groups, 0);
  g_array_set_size (self->members, 0);
  g_hash_table_remove_all (self->homes);
  g_clear_pointer (&self->role_id, g_free);
  g_free (self->member_of);
  self->member_of = g_new (guint, n_keywords);
  for (guint i = 0; i < n_keywords; i++)
    self->member_of[i] = NOT_MEMBER;

  vitae_sql_prepare (&q, db,
                     "SELECT id, name, advice, sections, needs_skills, needs_context, target "
                     "FROM keyword_groups WHERE role_id = ?1 ORDER BY position");
  vitae_sql_bind_text (&q, 1, role_id);
  while (vitae_sql_step (&q))
    {
      Group group = { 0 };
      const char *sections = (const char *) sqlite3_column_text (q.stmt, 3);

      group.id = g_strdup ((const char *) sqlite3_column_text (q.stmt, 0));
      group.name = g_strdup ((const char *) sqlite3_column_text (q.stmt, 1));
      group.advice = g_strdup ((const char *) sqlite3_column_text (q.stmt, 2));
      group.sections = parse_sections (sections);
      group.needs_skills = sqlite3_column_int (q.stmt, 4);
      group.needs_context = sqlite3_column_int (q.stmt, 5);
      group.target = MAX (1, sqlite3_column_int (q.stmt, 6));
      group.home = group_home (sections, group.needs_skills, group.needs_context);
      g_array_append_val (self->groups, group);
    }
  vitae_sql_finish (&q, NULL);

  if (self->groups->len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("There is no role “%s” in the keyword catalog."), role_id);
      return FALSE;
    }

  vitae_sql_prepare (&q, db,
                     "SELECT gk.group_id, gk.keyword, gk.tier FROM group_keywords gk "
                     "JOIN keyword_groups g ON g.role_id = gk.role_id AND g.id = gk.group_id "
                     "WHERE gk.role_id = ?1 ORDER BY g.position, gk.position");
  vitae_sql_bind_text (&q, 1, role_id);
  while (vitae_sql_step (&q))
    {
      VitaeTier tier = VITAE_TIER_NICE_TO_HAVE;

      vitae_tier_from_id ((const char *) sqlite3_column_text (q.stmt, 2), &tier);
      add_member (self, (const char *) sqlite3_column_text (q.stmt, 0),
                  (const char *) sqlite3_column_text (q.stmt, 1), tier);
    }
  vitae_sql_finish (&q, NULL);

  /* The user's own keywords join their group as nice-to-haves: the user
   * chose them, but the guide did not rank them. */
  vitae_sql_prepare (&q, db,
                     "SELECT group_id, keyword FROM user.user_keywords "
                     "WHERE role_id = ?1 ORDER BY created, rowid");
  vitae_sql_bind_text (&q, 1, role_id);
  while (vitae_sql_step (&q))
    add_member (self, (const char *) sqlite3_column_text (q.stmt, 0),
                (const char *) sqlite3_column_text (q.stmt, 1), VITAE_TIER_NICE_TO_HAVE);
  vitae_sql_finish (&q, NULL);

  vitae_sql_prepare (&q, db, "SELECT id, weight FROM tiers");
  while (vitae_sql_step (&q))
    {
      VitaeTier tier;

      if (vitae_tier_from_id ((const char *) sqlite3_column_text (q.stmt, 0), &tier))
        self->tier_weights[tier] = sqlite3_column_double (q.stmt, 1);
    }
  vitae_sql_finish (&q, NULL);

  self->role_id = g_strdup (role_id);

  return TRUE;
}

/* The section a job keyword outside the role belongs in: its home in the
 * first role that has it, the skills when no role does. */
guint
_vitae_coverage_home_elsewhere (VitaeCoverage *self,
                                guint          keyword)
{
  const char *name = vitae_matcher_get_keyword (self->matcher, keyword);
  sqlite3 *db = vitae_catalog_get_db (self->catalog);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  gpointer cached;
  VitaeKeywordKind kind = vitae_matcher_get_kind (self->matcher, keyword);
  /* Outside every role: a named technology belongs in the skills, a
   * practice or a discipline in a bullet that shows it. */
  guint home = (kind == VITAE_KIND_PRACTICE || kind == VITAE_KIND_DISCIPLINE)
    ? SLOT_FIRST_KIND + VITAE_SECTION_EXPERIENCE
    : SLOT_FIRST_KIND + VITAE_SECTION_SKILLS;

  if (g_hash_table_lookup_extended (self->homes, name, NULL, &cached))
    return GPOINTER_TO_UINT (cached);

  vitae_sql_prepare (&q, db,
                     "SELECT g.sections, g.needs_skills, g.needs_context FROM group_keywords gk "
                     "JOIN keyword_groups g ON g.role_id = gk.role_id AND g.id = gk.group_id "
                     "JOIN roles r ON r.id = gk.role_id "
                     "WHERE gk.keyword = ?1 ORDER BY r.position LIMIT 1");
  vitae_sql_bind_text (&q, 1, name);
  if (vitae_sql_step (&q))
    home = group_home ((const char *) sqlite3_column_text (q.stmt, 0),
                       sqlite3_column_int (q.stmt, 1), sqlite3_column_int (q.stmt, 2));
  vitae_sql_finish (&q, NULL);

  g_hash_table_insert (self->homes, (gpointer) name, GUINT_TO_POINTER (home));

  return home;
}

/* The matches of @text, from the cache when the same text was seen in this
 * analysis or the previous one. Only texts of the last two analyses are
 * kept, so the cache follows the document as it is edited. */
static GArray *
lookup_matches (VitaeCoverage *self,
                const char    *text)
{
  GArray *matches;
  gpointer key, value;

  if ((matches = g_hash_table_lookup (self->cache, text)))
    return matches;

  if (g_hash_table_steal_extended (self->previous, text, &key, &value))
    {
      g_hash_table_insert (self->cache, key, value);
      return value;
    }

  matches = vitae_matcher_scan (self->matcher, text, -1);
  g_hash_table_insert (self->cache, g_strdup (text), matches);

  return matches;
}

static void
scan_field (VitaeCoverage *self,
            VitaeNode     *node,
            const char    *key,
            guint          index,
            const char    *text,
            guint          slot,
            gboolean       context)
{
  GArray *matches;

  if (text == NULL || text[0] == '\0')
    return;

  matches = lookup_matches (self, text);
  if (matches->len == 0)
    return;

  if (self->slot_rank[slot] == G_MAXUINT8)
    {
      guint8 rank = 0;

      for (guint i = 0; i < N_SLOTS; i++)
        if (self->slot_rank[i] != G_MAXUINT8)
          rank++;
      self->slot_rank[slot] = rank;
    }

  for (guint m = 0; m < matches->len; m++)
    {
      const VitaeMatch *match = &g_array_index (matches, VitaeMatch, m);
      Seen *seen = &self->seen[match->keyword];
      VitaeCoverageOccurrence occurrence = {
        g_object_ref (node), key, index, _vitae_coverage_slot_to_id (slot),
        vitae_matcher_get_keyword (self->matcher, match->keyword),
        match->start, match->end,
      };

      seen->count++;
      seen->sections |= SLOT_BIT (slot);
      seen->in_context |= context;
      g_array_append_val (self->occurrences, occurrence);
    }
}

static void
scan_document (VitaeCoverage *self,
               VitaeDocument *document)
{
  VitaeNode *basics = VITAE_NODE (document);
  guint n_sections = vitae_document_get_n_sections (document);

  scan_field (self, basics, "label", 0, vitae_node_get_text (basics, "label"), SLOT_BASICS, FALSE);
  scan_field (self, basics, "summary", 0, vitae_node_get_text (basics, "summary"), SLOT_SUMMARY, TRUE);

  for (guint s = 0; s < n_sections; s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);
      guint slot = SLOT_FIRST_KIND + vitae_section_get_kind (section);
      guint n_entries = vitae_section_get_n_entries (section);

      for (guint e = 0; e < n_entries; e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);
          VitaeNode *node = VITAE_NODE (entry);
          guint n_bullets = vitae_entry_get_n_bullets (entry);

          for (guint f = 0; f < G_N_ELEMENTS (entry_text_fields); f++)
            scan_field (self, node, entry_text_fields[f].key, 0,
                        vitae_node_get_text (node, entry_text_fields[f].key),
                        slot, entry_text_fields[f].context);

          for (guint f = 0; f < G_N_ELEMENTS (entry_list_fields); f++)
            {
              const char * const *items = vitae_node_get_list (node, entry_list_fields[f]);

              for (guint i = 0; items != NULL && items[i] != NULL; i++)
                scan_field (self, node, entry_list_fields[f], i, items[i], slot, FALSE);
            }

          for (guint b = 0; b < n_bullets; b++)
            {
              VitaeBullet *bullet = vitae_entry_get_bullet (entry, b);

              scan_field (self, VITAE_NODE (bullet), "text", 0,
                          vitae_bullet_get_text (bullet), slot, TRUE);
            }
        }
    }
}
static void
vitae_coverage_finalize (GObject *object)
{
  VitaeCoverage *self = (VitaeCoverage *)object;

  clear_results (self);
  g_clear_object (&self->catalog);
  g_clear_object (&self->matcher);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->previous, g_hash_table_unref);
  g_clear_pointer (&self->faceted, g_array_unref);
  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->members, g_array_unref);
  g_clear_pointer (&self->member_of, g_free);
  g_clear_pointer (&self->homes, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_free);
  g_clear_pointer (&self->arena, g_ptr_array_unref);
  g_clear_pointer (&self->keywords, g_array_unref);
  g_clear_pointer (&self->result_groups, g_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->occurrences, g_array_unref);
  g_clear_pointer (&self->job_keywords, g_array_unref);
  g_clear_pointer (&self->job_dropped, g_array_unref);
  g_clear_pointer (&self->posting, vitae_posting_free);
  g_clear_pointer (&self->posting_text, g_free);

  G_OBJECT_CLASS (vitae_coverage_parent_class)->finalize (object);
}

static void
vitae_coverage_class_init (VitaeCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_coverage_finalize;
}

static void
vitae_coverage_init (VitaeCoverage *self)
{
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  self->previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  self->faceted = g_array_new (FALSE, FALSE, sizeof (guint));
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, clear_group);
  self->members = g_array_new (FALSE, TRUE, sizeof (Member));
  self->homes = g_hash_table_new (g_str_hash, g_str_equal);
  self->arena = g_ptr_array_new_with_free_func (g_free);
  self->keywords = g_array_new (FALSE, TRUE, sizeof (VitaeCoverageKeyword));
  self->result_groups = g_array_new (FALSE, TRUE, sizeof (VitaeCoverageGroup));
  self->placements = g_array_new (FALSE, TRUE, sizeof (VitaeCoveragePlacement));
  self->occurrences = g_array_new (FALSE, TRUE, sizeof (VitaeCoverageOccurrence));
  g_array_set_clear_func (self->occurrences, clear_occurrence);
  self->job_keywords = g_array_new (FALSE, TRUE, sizeof (VitaeJobKeyword));
  self->job_dropped = g_array_new (FALSE, TRUE, sizeof (VitaeJobDropped));
}

/**
 * vitae_coverage_new:
 * @catalog: the catalog to match against
 *
 * Returns: (transfer full): a new coverage analyser
 */
VitaeCoverage *
vitae_coverage_new (VitaeCatalog *catalog)
{
  VitaeCoverage *self;

  g_return_val_if_fail (VITAE_IS_CATALOG (catalog), NULL);

  self = g_object_new (VITAE_TYPE_COVERAGE, NULL);
  self->catalog = g_object_ref (catalog);

  return self;
}

/**
 * vitae_coverage_get_catalog:
 * @self: a #VitaeCoverage
 *
 * Returns: (transfer none): the catalog
 */
VitaeCatalog *
vitae_coverage_get_catalog (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);

  return self->catalog;
}

/**
 * vitae_coverage_get_matcher:
 * @self: a #VitaeCoverage
 *
 * Returns: (transfer none): the matcher built from the catalog, rebuilt
 *   when the user's keywords change
 */
VitaeMatcher *
vitae_coverage_get_matcher (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);

  ensure_matcher (self);

  return self->matcher;
}

/**
 * vitae_coverage_analyze:
 * @self: a #VitaeCoverage
 * @document: the resume
 * @role_id: (nullable): the role to analyse for, or %NULL for the
 *   catalog's default role
 * @job_text: (nullable): a job description to compare with, or %NULL
 * @error: a #GError
 *
 * Analyses @document. The results stay available through the getters until
 * the next call; only texts that changed since the last call are scanned.
 *
 * Returns: %TRUE on success; %FALSE if the role is unknown
 */
gboolean
vitae_coverage_analyze (VitaeCoverage  *self,
                        VitaeDocument  *document,
                        const char     *role_id,
                        const char     *job_text,
                        GError        **error)
{
  GHashTable *swap;

  g_return_val_if_fail (VITAE_IS_COVERAGE (self), FALSE);
  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (role_id == NULL)
    role_id = vitae_catalog_get_default_role (self->catalog);

  clear_results (self);
  ensure_matcher (self);

  if (!load_role (self, role_id, error))
    return FALSE;

  /* Last analysis's texts become the previous generation; those still in
   * the document move back as they are looked up, the rest are dropped at
   * the next analysis. */
  g_hash_table_remove_all (self->previous);
  swap = self->previous;
  self->previous = self->cache;
  self->cache = swap;

  memset (self->seen, 0, sizeof (Seen) * vitae_matcher_get_n_keywords (self->matcher));
  memset (self->slot_rank, G_MAXUINT8, sizeof self->slot_rank);

  scan_document (self, document);
  _vitae_coverage_compute_groups_and_score (self);
  _vitae_coverage_compute_placements (self);

  if (job_text != NULL)
    _vitae_coverage_analyze_job (self, job_text);

  return TRUE;
}

/**
 * vitae_coverage_get_role:
 * @self: a #VitaeCoverage
 *
 * Returns: (nullable): the role of the last analysis
 */
const char *
vitae_coverage_get_role (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);

  return self->role_id;
}

/**
 * vitae_coverage_get_score:
 * @self: a #VitaeCoverage
 *
 * Returns: the coverage score of the last analysis, 0 to 100
 */
guint
vitae_coverage_get_score (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->score;
}

guint
vitae_coverage_get_n_keywords (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->keywords->len;
}

/**
 * vitae_coverage_get_keyword:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_keywords()
 *
 * Returns: (transfer none): a found keyword of the role, in group order
 */
const VitaeCoverageKeyword *
vitae_coverage_get_keyword (VitaeCoverage *self,
                            guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->keywords->len, NULL);

  return &g_array_index (self->keywords, VitaeCoverageKeyword, position);
}

/**
 * vitae_coverage_find_keyword:
 * @self: a #VitaeCoverage
 * @keyword: a canonical keyword
 *
 * Returns: (transfer none) (nullable): the found keyword, or %NULL if the
 *   role's keyword was not found or is not the role's
 */
const VitaeCoverageKeyword *
vitae_coverage_find_keyword (VitaeCoverage *self,
                             const char    *keyword)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (keyword != NULL, NULL);

  for (guint i = 0; i < self->keywords->len; i++)
    {
      const VitaeCoverageKeyword *found = &g_array_index (self->keywords, VitaeCoverageKeyword, i);

      if (g_str_equal (found->keyword, keyword))
        return found;
    }

  return NULL;
}

guint
vitae_coverage_get_n_groups (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->result_groups->len;
}

/**
 * vitae_coverage_get_group:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_groups()
 *
 * Returns: (transfer none): a keyword group of the role with its coverage
 */
const VitaeCoverageGroup *
vitae_coverage_get_group (VitaeCoverage *self,
                          guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->result_groups->len, NULL);

  return &g_array_index (self->result_groups, VitaeCoverageGroup, position);
}

guint
vitae_coverage_get_n_placements (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->placements->len;
}

/**
 * vitae_coverage_get_placement:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_placements()
 *
 * Returns: (transfer none): a piece of placement advice
 */
const VitaeCoveragePlacement *
vitae_coverage_get_placement (VitaeCoverage *self,
                              guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->placements->len, NULL);

  return &g_array_index (self->placements, VitaeCoveragePlacement, position);
}

guint
vitae_coverage_get_n_occurrences (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->occurrences->len;
}

/**
 * vitae_coverage_get_occurrence:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_occurrences()
 *
 * Returns: (transfer none): where a catalog keyword stands in the document,
 *   in document order
 */
const VitaeCoverageOccurrence *
vitae_coverage_get_occurrence (VitaeCoverage *self,
                               guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->occurrences->len, NULL);

  return &g_array_index (self->occurrences, VitaeCoverageOccurrence, position);
}

/**
 * vitae_coverage_has_job:
 * @self: a #VitaeCoverage
 *
 * Returns: whether the last analysis compared with a job description
 */
gboolean
vitae_coverage_has_job (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), FALSE);

  return self->has_job;
}

guint
vitae_coverage_get_n_job_keywords (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->job_keywords->len;
}

/**
 * vitae_coverage_get_job_keyword:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_job_keywords()
 *
 * Returns: (transfer none): a keyword of the job description, in the order
 *   the description first names them
 */
const VitaeJobKeyword *
vitae_coverage_get_job_keyword (VitaeCoverage *self,
                                guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->job_keywords->len, NULL);

  return &g_array_index (self->job_keywords, VitaeJobKeyword, position);
}

/**
 * vitae_coverage_get_match_rate:
 * @self: a #VitaeCoverage
 *
 * Returns: the share of the job description's keywords the resume has,
 *   0.0 to 1.0 (0.0 when the description names no catalog keyword)
 */
double
vitae_coverage_get_match_rate (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0.0);

  return self->match_rate;
}

/**
 * vitae_coverage_get_match_score:
 * @self: a #VitaeCoverage
 *
 * Returns: the job description's keywords the resume has, weighed by tier
 *   (a must-have counts twice a nice-to-have), 0.0 to 1.0
 */
double
vitae_coverage_get_match_score (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0.0);

  return self->match_score;
}

guint
vitae_coverage_get_n_job_dropped (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), 0);

  return self->job_dropped->len;
}

/**
 * vitae_coverage_get_job_dropped:
 * @self: a #VitaeCoverage
 * @position: an index below vitae_coverage_get_n_job_dropped()
 *
 * Returns: (transfer none): a keyword the job description names without
 *   asking for it (negated, another team's, the company's own)
 */
const VitaeJobDropped *
vitae_coverage_get_job_dropped (VitaeCoverage *self,
                                guint          position)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (position < self->job_dropped->len, NULL);

  return &g_array_index (self->job_dropped, VitaeJobDropped, position);
}

/**
 * vitae_coverage_get_unknown_terms:
 * @self: a #VitaeCoverage
 *
 * Returns: (transfer none) (nullable): technical-looking terms the job
 *   description repeats that the catalog does not know, most frequent
 *   first, or %NULL without a job description
 */
const char * const *
vitae_coverage_get_unknown_terms (VitaeCoverage *self)
{
  g_return_val_if_fail (VITAE_IS_COVERAGE (self), NULL);

  return (const char * const *) self->unknown_terms;
}
