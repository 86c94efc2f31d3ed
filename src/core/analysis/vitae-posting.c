/* vitae-posting.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-posting"

#include "config.h"

#include <string.h>

#include "vitae-posting-private.h"

typedef struct
{
  guint             keyword;
  guint             start;
  guint             end;
  VitaePostingPart  part;
  VitaeTier         tier;
  VitaePostingVerdict verdict;
} Occurrence;

/* How many items a coordinated list ("unit, integration and E2E tests")
 * may have before its head noun. */
#define MAX_COORDINATED 5

/* Said after a term in the same clause: the posting does not need it. */
static const char * const negation_after[] = {
  "not required", "isn't required", "is not a requirement", "not a requirement", "not needed",
  "isn't needed", "not necessary", "isn't necessary", "not a must", "not expected",
  "no longer use", NULL,
};

/* Said before a term in the same clause. */
static const char * const negation_before[] = {
  "no need for", "no need to", "no need of", "you will not need", "you won't need",
  "you don't need", "you do not need", "you will not use", "you won't use", "we don't use",
  "we do not use", "we don't work with", "we do not work with", "we are not using",
  "we're not using", "we aren't using", "we moved away from", "we have moved away from",
  "not looking for", "no experience with", "no experience in", "don't need to know",
  "do not need to know", "is not needed", "are not needed", "isn't needed", "without requiring",
  NULL,
};

/* Said after a term: another team owns it. */
static const char * const scope_after[] = {
  "owned by a separate team", "owned by another team", "owned by a different team",
  "owned by the", "handled by a separate team", "handled by another team",
  "handled by the", "is another team's", "are another team's", "is out of scope",
  "are out of scope", NULL,
};

/* Said before a term. */
static const char * const scope_before[] = {
  "another team owns", "a separate team owns", "a different team owns",
  "another team handles", "a separate team handles", "a separate team runs",
  "another team runs", NULL,
};

/* A sentence that lists what the company sells, not what the job needs. */
static const char * const product_before[] = {
  "our platform offers", "our platform provides", "our platform includes", "our platform lets",
  "our platform helps", "our platform gives", "our product offers", "our product provides",
  "our product includes", "our product lets", "our product helps", "our products include",
  "our products offer", "our customers use", "our clients use", "customers use us", "we sell",
  "we offer customers", "our suite includes", "our app lets", "our app offers", "our service offers",
  "our tools include", "the platform offers", "the product offers", "we help companies",
  "we help teams", "lets teams run", "our features include", "product features such as",
  /* What the company is: "Acme is the developer of X, leading the market in Y". */
  "is the commercial developer of", "is the developer of", "is the creator of", "is the maker of",
  "is the company behind", "leading the market in", "is a leading provider of",
  "is the leading provider of", "market leader in",
  NULL,
};

/* Said after a term in the same clause: it is a bonus. */
static const char * const nice_after[] = {
  "is a plus", "are a plus", "a plus", "is a bonus", "are a bonus", "a bonus", "nice to have",
  "nice-to-have", "is an advantage", "are an advantage", "an advantage", "is desirable",
  "are desirable", "desirable", "would be great", "would be nice", "is helpful", "are helpful",
  "is beneficial", "is appreciated", "preferred", "not required but", "bonus points", NULL,
};

/* Said before a term. */
static const char * const nice_before[] = {
  "optionally", "ideally", "bonus:", "bonus if", "bonus points", "nice to have:", "nice-to-have:",
  "preferably", "plus:", "extra points", "it's a plus", "it is a plus", "a plus if",
  "would be nice", "would be great", "even better", "good to have", "not required but", NULL,
};

static gboolean
is_item_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '.' || c == '+' || c == '#';
}

/* Reads back from @pos over one list item of one or two words; returns its
 * start, or G_MAXSIZE when there is none. */
static gsize
item_before (const char *text,
             gsize       pos)
{
  gsize s = pos;

  /* A list item is a word or two ("unit", "E2E", "Node.js"). */
  while (s > 0 && pos - s < 40 && is_item_char (text[s - 1]))
    s--;
  if (s == pos || (s > 0 && is_item_char (text[s - 1])))
    return G_MAXSIZE;

  return s;
}

static gboolean
eat_back (const char *text,
          gsize      *pos,
          const char *sep)
{
  gsize n = strlen (sep);

  if (*pos < n || g_ascii_strncasecmp (text + *pos - n, sep, n) != 0)
    return FALSE;

  *pos -= n;
  return TRUE;
}

/* Reads back from @pos a list of items sharing the head noun at @head
 * ("unit, integration and E2E" before " tests"), and adds a match for each
 * item that names a keyword with it ("unit tests"). With @after_item, the
 * text right before @pos is an item; otherwise a conjunction comes first. */
static void
read_list (VitaePosting *self,
           VitaeMatcher *matcher,
           GHashTable   *starts,
           gsize         pos,
           const char   *head,
           gsize         head_len,
           gboolean      after_item)
{
  static const char * const separators[] = { ", and ", ", or ", " and ", " or ", " & ", "/", ", ", NULL };

  for (guint items = 0; items < MAX_COORDINATED; items++)
    {
      gboolean separated = after_item && items == 0;
      g_autofree char *phrase = NULL;
      g_autoptr(GArray) found = NULL;
      gsize item;

      for (guint s = 0; !separated && separators[s] != NULL; s++)
        separated = eat_back (self->text, &pos, separators[s]);
      if (!separated || (item = item_before (self->text, pos)) == G_MAXSIZE)
        break;

      phrase = g_strdup_printf ("%.*s%.*s", (int) (pos - item), self->text + item, (int) head_len, head);
      found = vitae_matcher_scan (matcher, phrase, -1);
      if (found->len > 0 && !g_hash_table_contains (starts, GSIZE_TO_POINTER (item + 1)))
        {
          const VitaeMatch *whole = &g_array_index (found, VitaeMatch, 0);

          if (whole->start == 0 && whole->end == strlen (phrase))
            {
              VitaeMatch added = { whole->keyword, item, pos };

              g_array_append_val (self->matches, added);
              g_hash_table_add (starts, GSIZE_TO_POINTER (item + 1));
            }
        }
      pos = item;
    }
}

/*
 * A coordinated list shares its head noun: "unit, integration and E2E
 * tests" asks for unit tests, integration tests and E2E tests. Before a
 * match of several words ("E2E tests"), each item of the list is read with
 * the match's last word; before "tests" or "testing", every item is, even
 * when the last one names nothing ("unit/data tests").
 */
static void
add_coordinated (VitaePosting *self,
                 VitaeMatcher *matcher)
{
  static const char * const heads[] = { " tests", " testing", NULL };
  g_autoptr(GHashTable) starts = g_hash_table_new (NULL, NULL);
  guint n_matches = self->matches->len;

  for (guint m = 0; m < n_matches; m++)
    g_hash_table_add (starts, GSIZE_TO_POINTER ((gsize) g_array_index (self->matches, VitaeMatch, m).start + 1));

  for (guint m = 0; m < n_matches; m++)
    {
      VitaeMatch match = g_array_index (self->matches, VitaeMatch, m);
      const char *head = NULL;

      for (gsize i = match.end; i > match.start; i--)
        if (self->text[i - 1] == ' ')
          {
            head = self->text + i - 1;
            break;
          }
      if (head != NULL)
        read_list (self, matcher, starts, match.start, head, self->text + match.end - head, FALSE);
    }

  for (guint h = 0; heads[h] != NULL; h++)
    {
      gsize n = strlen (heads[h]);

      for (gssize at = _vitae_posting_find_phrase (self->text, 0, self->length, heads[h] + 1, FALSE); at > 0;
           at = _vitae_posting_find_phrase (self->text, at + n, self->length, heads[h] + 1, FALSE))
        if (self->text[at - 1] == ' ')
          read_list (self, matcher, starts, at - 1, self->text + at - 1, n, TRUE);
    }
}

/* The company's own names: keywords the posting writes capitalised after
 * "at", "join", "about" or "welcome to" ("the team at Snowflake", "join
 * Stripe"), found from the matches in one pass. */
static void
find_company_names (VitaePosting *self,
                    GHashTable   *names)
{
  static const char * const before[] = { "at ", "join ", "about ", "welcome to ", NULL };

  for (guint m = 0; m < self->matches->len; m++)
    {
      const VitaeMatch *match = &g_array_index (self->matches, VitaeMatch, m);

      if (!g_ascii_isupper (self->text[match->start]))
        continue;

      for (guint b = 0; before[b] != NULL; b++)
        {
          gsize n = strlen (before[b]);

          if (match->start >= n &&
              g_ascii_strncasecmp (self->text + match->start - n, before[b], n) == 0 &&
              (match->start == n || !_vitae_posting_is_word_byte (self->text[match->start - n - 1])))
            g_hash_table_add (names, GUINT_TO_POINTER (match->keyword + 1));
        }
    }
}

/* "design systems which balance cost", "build systems that integrate":
 * a verb and its object, not the term. */
static gboolean
reads_as_verb (VitaePosting     *self,
               const VitaeMatch *match)
{
  static const char * const verbs[] = { "design ", "build ", NULL };
  static const char * const objects_of[] = { "that", "which", NULL };
  gsize after = match->end;
  gboolean verb = FALSE;

  for (guint v = 0; verbs[v] != NULL; v++)
    verb |= g_ascii_strncasecmp (self->text + match->start, verbs[v], strlen (verbs[v])) == 0;
  if (!verb)
    return FALSE;

  while (after < self->length && self->text[after] == ' ')
    after++;
  for (guint o = 0; objects_of[o] != NULL; o++)
    if (_vitae_posting_find_phrase (self->text, after, MIN (after + 8, self->length), objects_of[o], FALSE) == (gssize) after)
      return TRUE;

  return FALSE;
}

static VitaePostingVerdict
judge (VitaePosting *self,
       GHashTable   *company_names,
       Occurrence   *occurrence)
{
  const char *text = self->text;
  gsize s_start, s_end, c_start, c_end;
  gsize after = occurrence->end;

  _vitae_posting_sentence_bounds (text, self->length, occurrence->start, &s_start, &s_end);
  if (s_end < occurrence->end)
    s_end = occurrence->end;
  c_start = s_start;
  c_end = s_end;
  _vitae_posting_clause_bounds (text, occurrence->start, occurrence->end, &c_start, &c_end);

  if (occurrence->part == VITAE_POSTING_ABOUT || occurrence->part == VITAE_POSTING_BENEFITS)
    return VITAE_POSTING_COMPANY;

  if (_vitae_posting_any_phrase (text, c_start, occurrence->start, negation_before) ||
      _vitae_posting_any_phrase (text, occurrence->end, c_end, negation_after))
    return VITAE_POSTING_NEGATED;

  if (_vitae_posting_any_phrase (text, c_start, occurrence->start, scope_before) ||
      _vitae_posting_any_phrase (text, occurrence->end, c_end, scope_after))
    return VITAE_POSTING_OUT_OF_SCOPE;

  /* "the Information Security team", "our DevOps teams": a team's name. */
  while (after < self->length && text[after] == ' ')
    after++;
  if (_vitae_posting_find_phrase (text, after, MIN (after + 6, self->length), "team", FALSE) == (gssize) after ||
      _vitae_posting_find_phrase (text, after, MIN (after + 6, self->length), "teams", FALSE) == (gssize) after)
    return VITAE_POSTING_OUT_OF_SCOPE;

  if (_vitae_posting_any_phrase (text, s_start, occurrence->start, product_before))
    return VITAE_POSTING_COMPANY;

  if (g_hash_table_contains (company_names, GUINT_TO_POINTER (occurrence->keyword + 1)))
    return VITAE_POSTING_COMPANY;

  return VITAE_POSTING_ASKED;
}

/* Whether the clause calls the term a bonus. "AWS preferred" binds only to
 * the words before it up to a comma or a bracket. */
static gboolean
said_nice (VitaePosting *self,
           Occurrence   *occurrence)
{
  const char *text = self->text;
  gsize s_start, s_end;

  _vitae_posting_sentence_bounds (text, self->length, occurrence->start, &s_start, &s_end);
  if (s_end < occurrence->end)
    s_end = occurrence->end;
  _vitae_posting_clause_bounds (text, occurrence->start, occurrence->end, &s_start, &s_end);

  if (_vitae_posting_any_phrase (text, s_start, occurrence->start, nice_before))
    return TRUE;

  for (guint i = 0; nice_after[i] != NULL; i++)
    {
      gssize at = _vitae_posting_find_phrase (text, occurrence->end, s_end, nice_after[i], FALSE);

      if (at < 0)
        continue;

      /* "pipelines in Python (experience with PySpark is a plus)": a bonus
       * said in a bracket opened after the term is about the bracket. */
      {
        int depth = 0;

        for (gsize k = occurrence->end; k < (gsize) at; k++)
          depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        if (depth > 0)
          continue;
      }

      if (g_str_equal (nice_after[i], "preferred"))
        {
          gboolean broken = FALSE;
          int depth = 0;

          /* "Cloud environments, AWS preferred": only AWS; "(Go Lang
           * preferred)": what the bracket holds; "Kubernetes (or similar)
           * preferred": a bracket between does not cut. */
          for (gsize k = occurrence->end; k < (gsize) at; k++)
            {
              if (text[k] == '(')
                depth++;
              else if (text[k] == ')')
                depth--;
              else if (text[k] == ',' && depth <= 0)
                broken = TRUE;
            }
          if (broken)
            continue;
        }

      return TRUE;
    }

  return FALSE;
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const Occurrence *oa = a;
  const Occurrence *ob = b;

  return vitae_span_compare (oa->start, oa->end, ob->start, ob->end);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const VitaeMatch *ma = a;
  const VitaeMatch *mb = b;

  return vitae_span_compare (ma->start, ma->end, mb->start, mb->end);
}

/* Whether a keyword can be a job's requirement at all: vague words about
 * software ("reliability", "scalable") and vague names of a thing ("cloud",
 * "database") cannot; generic data-store terms ("NoSQL", "relational
 * database") are real screening terms and can. */
static gboolean
is_job_term (VitaeMatcher *matcher,
             guint         keyword)
{
  VitaeKeywordKind kind = vitae_matcher_get_kind (matcher, keyword);

  if (kind == VITAE_KIND_QUALITY)
    return FALSE;
  if (vitae_matcher_get_facets (matcher, keyword) & VITAE_FACET_GENERIC)
    return kind == VITAE_KIND_DATA_STORE;

  return TRUE;
}

/**
 * vitae_posting_new:
 * @matcher: the matcher of the catalog
 * @text: the job posting, UTF-8
 * @length: its length in bytes, or -1 if it is nul-terminated
 *
 * Reads a job posting.
 *
 * Returns: (transfer full): the reading, free with vitae_posting_free()
 */
VitaePosting *
vitae_posting_new (VitaeMatcher *matcher,
                   const char   *text,
                   gssize        length)
{
  g_autoptr(GArray) occurrences = g_array_new (FALSE, FALSE, sizeof (Occurrence));
  g_autoptr(GHashTable) company_names = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  VitaePosting *self;

  g_return_val_if_fail (VITAE_IS_MATCHER (matcher), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_new0 (VitaePosting, 1);
  self->length = length < 0 ? strlen (text) : (gsize) length;
  self->text = g_strndup (text ? text : "", self->length);
  self->length = strlen (self->text);
  self->parts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->terms = g_array_new (FALSE, FALSE, sizeof (VitaePostingTerm));
  self->dropped = g_array_new (FALSE, FALSE, sizeof (VitaePostingTerm));
  self->matches = vitae_matcher_scan (matcher, self->text, self->length);

  _vitae_posting_split_parts (self);
  add_coordinated (self, matcher);
  g_array_sort (self->matches, compare_matches);
  find_company_names (self, company_names);

  for (guint m = 0; m < self->matches->len; m++)
    {
      const VitaeMatch *match = &g_array_index (self->matches, VitaeMatch, m);
      Occurrence occurrence = { match->keyword, match->start, match->end };

      if (!is_job_term (matcher, match->keyword) || reads_as_verb (self, match))
        continue;

      occurrence.part = vitae_posting_get_part_at (self, match->start);
      occurrence.verdict = judge (self, company_names, &occurrence);
      occurrence.tier = (occurrence.part == VITAE_POSTING_NICE_TO_HAVE || said_nice (self, &occurrence))
        ? VITAE_TIER_NICE_TO_HAVE : VITAE_TIER_MUST_HAVE;
      g_array_append_val (occurrences, occurrence);
    }
  g_array_sort (occurrences, compare_occurrences);

  /* One term per keyword, in the order the posting first names them: asked
   * when any naming asks for it, a must-have when any asking one is. */
  for (guint o = 0; o < occurrences->len; o++)
    {
      const Occurrence *occurrence = &g_array_index (occurrences, Occurrence, o);
      VitaePostingTerm *term = NULL;
      gpointer index;

      /* Every term is in the dropped list until all are read. */
      if (g_hash_table_lookup_extended (positions, GUINT_TO_POINTER (occurrence->keyword), NULL, &index))
        term = &g_array_index (self->dropped, VitaePostingTerm, GPOINTER_TO_UINT (index));

      if (term == NULL)
        {
          VitaePostingTerm added = {
            occurrence->keyword, occurrence->tier, occurrence->part, occurrence->verdict,
            0, occurrence->start, occurrence->end,
          };

          g_hash_table_insert (positions, GUINT_TO_POINTER (occurrence->keyword),
                               GUINT_TO_POINTER (self->dropped->len));
          g_array_append_val (self->dropped, added);
          term = &g_array_index (self->dropped, VitaePostingTerm, self->dropped->len - 1);
        }
      else if (occurrence->verdict == VITAE_POSTING_ASKED)
        {
          if (term->verdict != VITAE_POSTING_ASKED)
            {
              term->verdict = VITAE_POSTING_ASKED;
              term->tier = occurrence->tier;
              term->part = occurrence->part;
            }
          else if (occurrence->tier < term->tier)
            {
              term->tier = occurrence->tier;
              term->part = occurrence->part;
            }
        }
      term->count++;
    }

  /* Asked terms move to their own list, keeping their order. */
  {
    guint kept = 0;

    for (guint t = 0; t < self->dropped->len; t++)
      {
        VitaePostingTerm *term = &g_array_index (self->dropped, VitaePostingTerm, t);

        if (term->verdict == VITAE_POSTING_ASKED)
          g_array_append_val (self->terms, *term);
        else
          g_array_index (self->dropped, VitaePostingTerm, kept++) = *term;
      }
    g_array_set_size (self->dropped, kept);
  }

  return self;
}

void
vitae_posting_free (VitaePosting *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_array_unref (self->matches);
  g_array_unref (self->parts);
  g_array_unref (self->terms);
  g_array_unref (self->dropped);
  g_free (self);
}

guint
vitae_posting_get_n_terms (VitaePosting *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->terms->len;
}

/**
 * vitae_posting_get_term:
 * @self: a #VitaePosting
 * @position: an index below vitae_posting_get_n_terms()
 *
 * Returns: (transfer none): a term the posting asks for, in the order it
 *   first names them
 */
const VitaePostingTerm *
vitae_posting_get_term (VitaePosting *self,
                        guint         position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->terms->len, NULL);

  return &g_array_index (self->terms, VitaePostingTerm, position);
}

guint
vitae_posting_get_n_dropped (VitaePosting *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->dropped->len;
}

/**
 * vitae_posting_get_dropped:
 * @self: a #VitaePosting
 * @position: an index below vitae_posting_get_n_dropped()
 *
 * Returns: (transfer none): a term the posting names but does not ask for,
 *   with its verdict
 */
const VitaePostingTerm *
vitae_posting_get_dropped (VitaePosting *self,
                           guint         position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->dropped->len, NULL);

  return &g_array_index (self->dropped, VitaePostingTerm, position);
}

/**
 * vitae_posting_find:
 * @self: a #VitaePosting
 * @keyword: a keyword id of the matcher
 *
 * Returns: (transfer none) (nullable): the posting's term for @keyword,
 *   asked or dropped, or %NULL when the posting does not name it
 */
const VitaePostingTerm *
vitae_posting_find (VitaePosting *self,
                    guint         keyword)
{
  GArray *lists[2];

  g_return_val_if_fail (self != NULL, NULL);

  lists[0] = self->terms;
  lists[1] = self->dropped;
  for (guint l = 0; l < 2; l++)
    for (guint t = 0; t < lists[l]->len; t++)
      if (g_array_index (lists[l], VitaePostingTerm, t).keyword == keyword)
        return &g_array_index (lists[l], VitaePostingTerm, t);

  return NULL;
}

/**
 * vitae_posting_get_matches:
 * @self: a #VitaePosting
 *
 * Returns: (transfer none) (element-type VitaeMatch): every keyword match of
 *   the posting, those read from coordinated lists included, by position
 */
const GArray *
vitae_posting_get_matches (VitaePosting *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->matches;
}

const char *
vitae_posting_part_to_id (VitaePostingPart part)
{
  switch (part)
    {
    case VITAE_POSTING_ABOUT:
      return "about";
    case VITAE_POSTING_RESPONSIBILITIES:
      return "responsibilities";
    case VITAE_POSTING_REQUIREMENTS:
      return "requirements";
    case VITAE_POSTING_NICE_TO_HAVE:
      return "nice-to-have";
    case VITAE_POSTING_BENEFITS:
      return "benefits";
    case VITAE_POSTING_BODY:
    default:
      return "body";
    }
}

const char *
vitae_posting_verdict_to_id (VitaePostingVerdict verdict)
{
  switch (verdict)
    {
    case VITAE_POSTING_NEGATED:
      return "negated";
    case VITAE_POSTING_OUT_OF_SCOPE:
      return "out-of-scope";
    case VITAE_POSTING_COMPANY:
      return "company";
    case VITAE_POSTING_ASKED:
    default:
      return "asked";
    }
}
