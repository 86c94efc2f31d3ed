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
#include "vitae-coverage.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-posting.h"
#include "vitae-section.h"

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

/* Unknown job terms are offered only when the description repeats them, and
 * at most this many. */
#define UNKNOWN_MIN_COUNT 2
#define UNKNOWN_MAX_TERMS 10

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

/* All-capital words of job ads that are not technology. */
static const char * const unknown_stop_words[] = {
  "AND", "ASAP", "B2B", "B2C", "CEO", "CFO", "CTO", "CV", "EEO", "EOE", "EU",
  "FAQ", "FTE", "HQ", "HR", "II", "III", "IV", "NYC", "OK", "OR", "OTE", "PTO",
  "THE", "TBD", "UK", "US", "USA", "USD", "EUR", "VP", "WFH", "YOE", "401k",
  "e.g", "i.e", "etc", "U.S", "Inc", "Ltd", "Co",
};

static const char *
slot_to_id (guint slot)
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
static gpointer
arena_take (VitaeCoverage *self,
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
  sqlite3_stmt *stmt = NULL;
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

  sqlite3_prepare_v2 (db,
                      "SELECT id, name, advice, sections, needs_skills, needs_context, target "
                      "FROM keyword_groups WHERE role_id = ?1 ORDER BY position",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, role_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Group group = { 0 };
      const char *sections = (const char *) sqlite3_column_text (stmt, 3);

      group.id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      group.name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      group.advice = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      group.sections = parse_sections (sections);
      group.needs_skills = sqlite3_column_int (stmt, 4);
      group.needs_context = sqlite3_column_int (stmt, 5);
      group.target = MAX (1, sqlite3_column_int (stmt, 6));
      group.home = group_home (sections, group.needs_skills, group.needs_context);
      g_array_append_val (self->groups, group);
    }
  sqlite3_finalize (stmt);

  if (self->groups->len == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("There is no role “%s” in the keyword catalog."), role_id);
      return FALSE;
    }

  sqlite3_prepare_v2 (db,
                      "SELECT gk.group_id, gk.keyword, gk.tier FROM group_keywords gk "
                      "JOIN keyword_groups g ON g.role_id = gk.role_id AND g.id = gk.group_id "
                      "WHERE gk.role_id = ?1 ORDER BY g.position, gk.position",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, role_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      VitaeTier tier = VITAE_TIER_NICE_TO_HAVE;

      vitae_tier_from_id ((const char *) sqlite3_column_text (stmt, 2), &tier);
      add_member (self, (const char *) sqlite3_column_text (stmt, 0),
                  (const char *) sqlite3_column_text (stmt, 1), tier);
    }
  sqlite3_finalize (stmt);

  /* The user's own keywords join their group as nice-to-haves: the user
   * chose them, but the guide did not rank them. */
  sqlite3_prepare_v2 (db,
                      "SELECT group_id, keyword FROM user.user_keywords "
                      "WHERE role_id = ?1 ORDER BY created, rowid",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, role_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_member (self, (const char *) sqlite3_column_text (stmt, 0),
                (const char *) sqlite3_column_text (stmt, 1), VITAE_TIER_NICE_TO_HAVE);
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (db, "SELECT id, weight FROM tiers", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      VitaeTier tier;

      if (vitae_tier_from_id ((const char *) sqlite3_column_text (stmt, 0), &tier))
        self->tier_weights[tier] = sqlite3_column_double (stmt, 1);
    }
  sqlite3_finalize (stmt);

  self->role_id = g_strdup (role_id);

  return TRUE;
}

/* The section a job keyword outside the role belongs in: its home in the
 * first role that has it, the skills when no role does. */
static guint
home_elsewhere (VitaeCoverage *self,
                guint          keyword)
{
  const char *name = vitae_matcher_get_keyword (self->matcher, keyword);
  sqlite3 *db = vitae_catalog_get_db (self->catalog);
  sqlite3_stmt *stmt = NULL;
  gpointer cached;
  VitaeKeywordKind kind = vitae_matcher_get_kind (self->matcher, keyword);
  /* Outside every role: a named technology belongs in the skills, a
   * practice or a discipline in a bullet that shows it. */
  guint home = (kind == VITAE_KIND_PRACTICE || kind == VITAE_KIND_DISCIPLINE)
    ? SLOT_FIRST_KIND + VITAE_SECTION_EXPERIENCE
    : SLOT_FIRST_KIND + VITAE_SECTION_SKILLS;

  if (g_hash_table_lookup_extended (self->homes, name, NULL, &cached))
    return GPOINTER_TO_UINT (cached);

  sqlite3_prepare_v2 (db,
                      "SELECT g.sections, g.needs_skills, g.needs_context FROM group_keywords gk "
                      "JOIN keyword_groups g ON g.role_id = gk.role_id AND g.id = gk.group_id "
                      "JOIN roles r ON r.id = gk.role_id "
                      "WHERE gk.keyword = ?1 ORDER BY r.position LIMIT 1",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    home = group_home ((const char *) sqlite3_column_text (stmt, 0),
                       sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2));
  sqlite3_finalize (stmt);

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
        g_object_ref (node), key, index, slot_to_id (slot),
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

static const char **
sections_of (VitaeCoverage *self,
             guint          bits)
{
  const char **ids = arena_take (self, g_new0 (const char *, N_SLOTS + 1));
  guint n = 0;

  for (guint rank = 0; rank < N_SLOTS; rank++)
    for (guint slot = 0; slot < N_SLOTS; slot++)
      if ((bits & SLOT_BIT (slot)) && self->slot_rank[slot] == rank)
        ids[n++] = slot_to_id (slot);

  return ids;
}

/* Whether a found keyword sits where its group counts fully: in a bullet or
 * summary sentence for groups that need context, in a Skills section for
 * groups that must be named there, otherwise in any section the group lists. */
static gboolean
placed_well (const Group *group,
             const Seen  *seen)
{
  if (group->needs_context)
    return seen->in_context;
  if (group->needs_skills)
    return (seen->sections & SKILLS_BIT) != 0;
  return (seen->sections & group->sections) != 0;
}

static void
add_placement (VitaeCoverage      *self,
               VitaePlacementKind  kind,
               guint               keyword,
               char               *message)
{
  VitaeCoveragePlacement placement = {
    kind, vitae_matcher_get_keyword (self->matcher, keyword), arena_take (self, message),
  };

  g_array_append_val (self->placements, placement);
}

/* The found keyword with the most occurrences among those with @facets
 * (any facet when 0), or G_MAXUINT. Ties go to the catalog's order. */
static guint
most_frequent (VitaeCoverage     *self,
               VitaeKeywordFacet  facets)
{
  guint best = G_MAXUINT;

  for (guint f = 0; f < self->faceted->len; f++)
    {
      guint k = g_array_index (self->faceted, guint, f);

      if (self->seen[k].count == 0 || !(vitae_matcher_get_facets (self->matcher, k) & facets))
        continue;
      if (best == G_MAXUINT || self->seen[k].count > self->seen[best].count)
        best = k;
    }

  return best;
}

static gboolean
any_found (VitaeCoverage     *self,
           VitaeKeywordFacet  facets)
{
  for (guint f = 0; f < self->faceted->len; f++)
    {
      guint k = g_array_index (self->faceted, guint, f);

      if (self->seen[k].count > 0 && (vitae_matcher_get_facets (self->matcher, k) & facets))
        return TRUE;
    }

  return FALSE;
}

/* A few databases of the role to suggest instead of a vague term. */
static char *
database_examples (VitaeCoverage *self)
{
  g_autoptr(GString) examples = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < self->members->len && n < 3; i++)
    {
      guint keyword = g_array_index (self->members, Member, i).keyword;

      if (!(vitae_matcher_get_facets (self->matcher, keyword) & VITAE_FACET_DATABASE))
        continue;
      if (n++ > 0)
        g_string_append (examples, ", ");
      g_string_append (examples, vitae_matcher_get_keyword (self->matcher, keyword));
    }

  if (n == 0)
    g_string_append (examples, "PostgreSQL, MySQL, MongoDB");

  return g_string_free (g_steal_pointer (&examples), FALSE);
}

/*
 * The guide's placement advice, in order: the primary language belongs in a
 * Skills section, paired with a framework; databases and cloud services are
 * named specifically; senior signals and keywords that need context show up
 * in bullets, not only in lists.
 */
static void
compute_placements (VitaeCoverage *self)
{
  guint generic;

  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      gboolean in_skills = FALSE;
      guint best = G_MAXUINT;

      if (!group->needs_skills)
        continue;

      for (guint i = 0; i < self->members->len; i++)
        {
          const Member *member = &g_array_index (self->members, Member, i);
          const Seen *seen = &self->seen[member->keyword];

          if (member->group != g || seen->count == 0)
            continue;
          if (seen->sections & SKILLS_BIT)
            in_skills = TRUE;
          if (best == G_MAXUINT || seen->count > self->seen[best].count)
            best = member->keyword;
        }

      if (best != G_MAXUINT && !in_skills)
        {
          const char *name = vitae_matcher_get_keyword (self->matcher, best);

          if (g_str_equal (group->id, "languages"))
            add_placement (self, VITAE_PLACEMENT_SKILLS_SECTION, best,
                           /* Translators: %s is a programming language */
                           g_strdup_printf (_("%s is not in a Skills section. Name your primary "
                                              "language there: screening filters on it first."),
                                            name));
          else
            add_placement (self, VITAE_PLACEMENT_SKILLS_SECTION, best,
                           /* Translators: %s is a keyword such as Linux */
                           g_strdup_printf (_("%s is not in a Skills section. Name it there "
                                              "too: screening tools look for it in the skills."),
                                            name));
        }
      else if (best != G_MAXUINT && g_str_equal (group->id, "languages") &&
               !any_found (self, VITAE_FACET_FRAMEWORK))
        {
          add_placement (self, VITAE_PLACEMENT_FRAMEWORK, best,
                         /* Translators: %s is a programming language */
                         g_strdup_printf (_("Pair %s with the framework you use it with in "
                                            "your Skills section: postings usually ask for "
                                            "the two together."),
                                          vitae_matcher_get_keyword (self->matcher, best)));
        }
    }

  generic = most_frequent (self, VITAE_FACET_GENERIC_DATABASE);
  if (generic != G_MAXUINT && !any_found (self, VITAE_FACET_DATABASE))
    {
      g_autofree char *examples = database_examples (self);

      add_placement (self, VITAE_PLACEMENT_SPECIFIC_DATABASE, generic,
                     /* Translators: a vague term such as “relational database”, then database names */
                     g_strdup_printf (_("“%s” is vague: name the databases you used, such as %s. "
                                        "Screening matches database names, not the general term."),
                                      vitae_matcher_get_keyword (self->matcher, generic), examples));
    }

  generic = most_frequent (self, VITAE_FACET_GENERIC_CLOUD);
  if (generic != G_MAXUINT &&
      !any_found (self, VITAE_FACET_CLOUD_PROVIDER | VITAE_FACET_CLOUD_SERVICE))
    {
      add_placement (self, VITAE_PLACEMENT_SPECIFIC_CLOUD, generic,
                     /* Translators: %s is a vague term such as “cloud” */
                     g_strdup_printf (_("“%s” alone scores low: name the provider and the "
                                        "services you used, as in “AWS: EC2, RDS, S3, Lambda”."),
                                      vitae_matcher_get_keyword (self->matcher, generic)));
    }

  generic = most_frequent (self, VITAE_FACET_CLOUD_PROVIDER);
  if (generic != G_MAXUINT && !any_found (self, VITAE_FACET_CLOUD_SERVICE))
    {
      const char *name = vitae_matcher_get_keyword (self->matcher, generic);

      add_placement (self, VITAE_PLACEMENT_CLOUD_SERVICES, generic,
                     /* Translators: %s is a cloud provider such as AWS */
                     g_strdup_printf (_("List the %s services you used next to %s (compute, "
                                        "storage, databases, queues): they are matched too."),
                                      name, name));
    }

  for (guint i = 0; i < self->members->len; i++)
    {
      const Member *member = &g_array_index (self->members, Member, i);
      const Group *group = &g_array_index (self->groups, Group, member->group);
      const Seen *seen = &self->seen[member->keyword];
      const char *name = vitae_matcher_get_keyword (self->matcher, member->keyword);

      if (seen->count == 0 || seen->in_context)
        continue;

      if (vitae_matcher_get_facets (self->matcher, member->keyword) & VITAE_FACET_OWNERSHIP)
        add_placement (self, VITAE_PLACEMENT_OWNERSHIP, member->keyword,
                       /* Translators: %s is a keyword such as observability */
                       g_strdup_printf (_("“%s” is a senior signal but appears only in a list. "
                                          "Use it in a bullet that shows you owned it, with the "
                                          "result (for example how much sooner incidents were "
                                          "caught or resolved)."),
                                        name));
      else if (group->needs_context)
        add_placement (self, VITAE_PLACEMENT_CONTEXT, member->keyword,
                       /* Translators: %s is a keyword such as microservices */
                       g_strdup_printf (_("“%s” appears only in a list, where it counts less. "
                                          "Show it in a bullet with what you built and the result."),
                                        name));
    }
}

/*
 * The score, 0 to 100: each group of the role weighs the same. A found
 * keyword adds its tier's weight (must-have 1, nice-to-have 0.75, emerging
 * 0.5, from the catalog), halved when it is not where its group counts fully
 * (see placed_well()). A group's coverage is that sum over its target (how
 * many keywords a strong resume shows; nobody lists all ten languages),
 * capped at 1; the score is the mean coverage of the groups, in percent.
 */
static void
compute_groups_and_score (VitaeCoverage *self)
{
  double total = 0.0;

  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      VitaeCoverageGroup result = { 0 };
      guint n_members = 0, n_found = 0, n_missing = 0;
      double credit = 0.0;

      for (guint i = 0; i < self->members->len; i++)
        if (g_array_index (self->members, Member, i).group == g)
          n_members++;

      result.id = group->id;
      result.name = group->name;
      result.advice = group->advice;
      result.needs_skills = group->needs_skills;
      result.needs_context = group->needs_context;
      result.target = group->target;
      result.found = arena_take (self, g_new0 (const char *, n_members + 1));
      result.missing = arena_take (self, g_new0 (const char *, n_members + 1));

      for (guint i = 0; i < self->members->len; i++)
        {
          const Member *member = &g_array_index (self->members, Member, i);
          const Seen *seen = &self->seen[member->keyword];
          VitaeCoverageKeyword keyword;

          if (member->group != g || seen->count == 0)
            continue;

          credit += self->tier_weights[member->tier] * (placed_well (group, seen) ? 1.0 : 0.5);
          result.found[n_found++] = vitae_matcher_get_keyword (self->matcher, member->keyword);

          keyword.keyword = vitae_matcher_get_keyword (self->matcher, member->keyword);
          keyword.group = group->id;
          keyword.tier = member->tier;
          keyword.sections = sections_of (self, seen->sections);
          keyword.in_context = seen->in_context;
          keyword.count = seen->count;
          g_array_append_val (self->keywords, keyword);
        }

      /* Missing keywords, must-haves first, each tier in catalog order. */
      for (guint tier = 0; tier < VITAE_N_TIERS; tier++)
        for (guint i = 0; i < self->members->len; i++)
          {
            const Member *member = &g_array_index (self->members, Member, i);

            if (member->group == g && member->tier == tier && self->seen[member->keyword].count == 0)
              result.missing[n_missing++] = vitae_matcher_get_keyword (self->matcher, member->keyword);
          }

      result.score = MIN (1.0, credit / group->target);
      total += result.score;
      g_array_append_val (self->result_groups, result);
    }

  self->score = self->groups->len > 0 ? (guint) lround (100.0 * total / self->groups->len) : 0;
}

static gboolean
is_term_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '+' || c == '#' || c == '.' || c == '_';
}

/* Whether a word of a job description looks like technology: inner capitals
 * (GitLab, FastAPI), letters mixed with digits (S3, OAuth2), symbols inside
 * or after a name (Socket.IO, F#), or an acronym (HIPAA). */
static gboolean
looks_technical (const char *term)
{
  gboolean lower = FALSE, upper = FALSE, digit = FALSE, symbol = FALSE, inner_upper = FALSE;
  guint letters = 0;

  for (const char *p = term; *p; p++)
    {
      if (g_ascii_islower (*p))
        lower = TRUE, letters++;
      else if (g_ascii_isupper (*p))
        {
          if (lower)
            inner_upper = TRUE;
          upper = TRUE;
          letters++;
        }
      else if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p == '.' || *p == '#' || *p == '+')
        symbol = TRUE;
      else if (*p != '_')
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown_stop_words); i++)
    if (g_str_equal (term, unknown_stop_words[i]))
      return FALSE;

  if (letters == 0)
    return FALSE;
  if (inner_upper || (digit && letters > 0) || (symbol && letters > 0))
    return TRUE;

  return upper && !lower && letters >= 2;
}

typedef struct
{
  char  *term;
  guint  count;
  guint  first;
} Term;

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const Term *ta = *(Term * const *) a;
  const Term *tb = *(Term * const *) b;

  if (ta->count != tb->count)
    return ta->count > tb->count ? -1 : 1;
  return ta->first < tb->first ? -1 : (ta->first > tb->first);
}

static void
free_term (gpointer data)
{
  Term *term = data;

  g_free (term->term);
  g_free (term);
}

/* Technical-looking words the job description repeats that no keyword of
 * the catalog covers, offered for the user's catalog. */
static GStrv
find_unknown_terms (const char   *text,
                    const GArray *matches)
{
  g_autoptr(GHashTable) terms = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (free_term);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = text;
  guint next_match = 0;

  while (*p)
    {
      const char *start, *end;
      g_autofree char *word = NULL;
      gboolean covered = FALSE;
      Term *term;

      if (!is_term_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p && is_term_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      end = p;

      /* A full stop or a symbol that ends a sentence is not part of a word. */
      while (end > start && end[-1] == '.')
        end--;
      if (end == start)
        continue;

      while (next_match < matches->len &&
             g_array_index (matches, VitaeMatch, next_match).end <= (guint) (start - text))
        next_match++;
      if (next_match < matches->len &&
          g_array_index (matches, VitaeMatch, next_match).start < (guint) (end - text))
        covered = TRUE;

      word = g_strndup (start, end - start);
      if (covered || !looks_technical (word))
        continue;

      if (!(term = g_hash_table_lookup (terms, word)))
        {
          term = g_new0 (Term, 1);
          term->term = g_steal_pointer (&word);
          term->first = order->len;
          g_ptr_array_add (order, term);
          g_hash_table_insert (terms, term->term, term);
        }
      term->count++;
    }

  g_ptr_array_sort (order, compare_terms);
  for (guint i = 0, n = 0; i < order->len && n < UNKNOWN_MAX_TERMS; i++)
    {
      const Term *term = g_ptr_array_index (order, i);

      if (term->count >= UNKNOWN_MIN_COUNT)
        {
          g_strv_builder_add (builder, term->term);
          n++;
        }
    }

  return g_strv_builder_end (builder);
}

/* The posting's reading, kept while the description stays the same (a new
 * matcher drops it): a keystroke in the resume reads the posting once. */
static VitaePosting *
ensure_posting (VitaeCoverage *self,
                const char    *job_text)
{
  if (self->posting != NULL && g_str_equal (self->posting_text, job_text))
    return self->posting;

  g_clear_pointer (&self->posting, vitae_posting_free);
  g_free (self->posting_text);
  self->posting = vitae_posting_new (self->matcher, job_text, -1);
  self->posting_text = g_strdup (job_text);

  return self->posting;
}

/* Weights of a job term in the match score: requirements weigh more. */
#define MUST_HAVE_WEIGHT 1.0
#define NICE_TO_HAVE_WEIGHT 0.5

static void
analyze_job (VitaeCoverage *self,
             const char    *job_text)
{
  VitaePosting *posting = ensure_posting (self, job_text);
  guint n_terms = vitae_posting_get_n_terms (posting);
  guint n_matched = 0;
  double weight = 0.0, matched_weight = 0.0;

  self->has_job = TRUE;

  for (guint t = 0; t < n_terms; t++)
    {
      const VitaePostingTerm *term = vitae_posting_get_term (posting, t);
      guint keyword = term->keyword;
      const Seen *seen = &self->seen[keyword];
      VitaeJobKeyword job = {
        vitae_matcher_get_keyword (self->matcher, keyword), term->count, seen->count > 0, NULL,
      };
      double w = term->tier == VITAE_TIER_MUST_HAVE ? MUST_HAVE_WEIGHT : NICE_TO_HAVE_WEIGHT;

      job.tier = term->tier;
      job.part = vitae_posting_part_to_id (term->part);
      job.sections = sections_of (self, seen->sections);

      if (!job.matched)
        {
          guint member = self->member_of[keyword];
          guint home = member != NOT_MEMBER
            ? g_array_index (self->groups, Group, g_array_index (self->members, Member, member).group).home
            : home_elsewhere (self, keyword);

          job.section = slot_to_id (home);
        }
      else
        {
          n_matched++;
          matched_weight += w;
        }
      weight += w;

      g_array_append_val (self->job_keywords, job);
    }

  for (guint d = 0; d < vitae_posting_get_n_dropped (posting); d++)
    {
      const VitaePostingTerm *term = vitae_posting_get_dropped (posting, d);
      VitaeJobDropped dropped = {
        vitae_matcher_get_keyword (self->matcher, term->keyword),
        vitae_posting_verdict_to_id (term->verdict),
      };

      g_array_append_val (self->job_dropped, dropped);
    }

  self->match_rate = self->job_keywords->len > 0
    ? (double) n_matched / self->job_keywords->len
    : 0.0;
  self->match_score = weight > 0.0 ? matched_weight / weight : 0.0;
  self->unknown_terms = find_unknown_terms (job_text, vitae_posting_get_matches (posting));
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
  compute_groups_and_score (self);
  compute_placements (self);

  if (job_text != NULL)
    analyze_job (self, job_text);

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

  if (self->has_job)
    {
      json_builder_set_member_name (builder, "job");
      json_builder_begin_object (builder);
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
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
