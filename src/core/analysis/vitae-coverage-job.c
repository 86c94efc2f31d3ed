/* vitae-coverage-job.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A job description read against the resume: which of its keywords the
 * resume has, by tier, the match rate and score, and the terms it repeats
 * that the catalog does not know.
 */

#define G_LOG_DOMAIN "vitae-coverage"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vitae-coverage-private.h"
#include "vitae-section.h"

/* Unknown job terms are offered only when the description repeats them, and
 * at most this many. */
#define UNKNOWN_MIN_COUNT 2
#define UNKNOWN_MAX_TERMS 10

/* All-capital words of job ads that are not technology. */
static const char * const unknown_stop_words[] = {
  "AND", "ASAP", "B2B", "B2C", "CEO", "CFO", "CTO", "CV", "EEO", "EOE", "EU",
  "FAQ", "FTE", "HQ", "HR", "II", "III", "IV", "NYC", "OK", "OR", "OTE", "PTO",
  "THE", "TBD", "UK", "US", "USA", "USD", "EUR", "VP", "WFH", "YOE", "401k",
  "e.g", "i.e", "etc", "U.S", "Inc", "Ltd", "Co",
};

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

void
_vitae_coverage_analyze_job (VitaeCoverage *self,
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
      job.sections = _vitae_coverage_sections_of (self, seen->sections);

      if (!job.matched)
        {
          guint member = self->member_of[keyword];
          guint home = member != NOT_MEMBER
            ? g_array_index (self->groups, Group, g_array_index (self->members, Member, member).group).home
            : _vitae_coverage_home_elsewhere (self, keyword);

          job.section = _vitae_coverage_slot_to_id (home);
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
