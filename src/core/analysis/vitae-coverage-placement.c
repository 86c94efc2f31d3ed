/* vitae-coverage-placement.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coverage's verdicts on the last scan: each group's score and the
 * resume's, and where a keyword that is missing or misplaced should go.
 */

#define G_LOG_DOMAIN "vitae-coverage"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vitae-coverage-private.h"
#include "vitae-section.h"

const char **
_vitae_coverage_sections_of (VitaeCoverage *self,
                             guint          bits)
{
  const char **ids = _vitae_coverage_arena_take (self, g_new0 (const char *, N_SLOTS + 1));
  guint n = 0;

  for (guint rank = 0; rank < N_SLOTS; rank++)
    for (guint slot = 0; slot < N_SLOTS; slot++)
      if ((bits & SLOT_BIT (slot)) && self->slot_rank[slot] == rank)
        ids[n++] = _vitae_coverage_slot_to_id (slot);

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
    kind, vitae_matcher_get_keyword (self->matcher, keyword), _vitae_coverage_arena_take (self, message),
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
void
_vitae_coverage_compute_placements (VitaeCoverage *self)
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
void
_vitae_coverage_compute_groups_and_score (VitaeCoverage *self)
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
      result.found = _vitae_coverage_arena_take (self, g_new0 (const char *, n_members + 1));
      result.missing = _vitae_coverage_arena_take (self, g_new0 (const char *, n_members + 1));

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
          keyword.sections = _vitae_coverage_sections_of (self, seen->sections);
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
