/* vitae-matcher-build.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building the matcher from the catalog: every spelling of every keyword
 * (the catalog's names and aliases, the technology vocabulary and the
 * user's keywords) folded into patterns, and the Aho-Corasick automaton
 * over them, its states numbered breadth-first.
 */

#define G_LOG_DOMAIN "vitae-matcher"

#include "config.h"

#include <string.h>

#include "vitae-matcher-private.h"
#include "vitae-sql.h"

static const char * const kind_ids[] = {
  [VITAE_KIND_NONE]          = "",
  [VITAE_KIND_LANGUAGE]      = "language",
  [VITAE_KIND_FRAMEWORK]     = "framework",
  [VITAE_KIND_DATA_STORE]    = "data-store",
  [VITAE_KIND_CLOUD_SERVICE] = "cloud-service",
  [VITAE_KIND_TOOL]          = "tool",
  [VITAE_KIND_PRACTICE]      = "practice",
  [VITAE_KIND_DISCIPLINE]    = "discipline",
  [VITAE_KIND_QUALITY]       = "quality",
};

static const struct {
  const char        *id;
  VitaeKeywordFacet  facet;
} facet_ids[] = {
  { "framework",        VITAE_FACET_FRAMEWORK },
  { "database",         VITAE_FACET_DATABASE },
  { "cloud-provider",   VITAE_FACET_CLOUD_PROVIDER },
  { "cloud-service",    VITAE_FACET_CLOUD_SERVICE },
  { "ownership",        VITAE_FACET_OWNERSHIP },
  { "generic-database", VITAE_FACET_GENERIC_DATABASE },
  { "generic-cloud",    VITAE_FACET_GENERIC_CLOUD },
};

void
_vitae_matcher_clear_pattern (gpointer data)
{
  Pattern *pattern = data;

  /* The folded symbols share the spelling's block. */
  g_free (pattern->spelling);
}

static guint
intern_keyword (VitaeMatcher *self,
                const char   *canonical,
                gboolean      user)
{
  gpointer value;
  guint id;

  if (g_hash_table_lookup_extended (self->ids, canonical, NULL, &value))
    return GPOINTER_TO_UINT (value);

  id = self->keywords->len;
  g_ptr_array_add (self->keywords, g_strdup (canonical));
  g_hash_table_insert (self->ids, g_ptr_array_index (self->keywords, id), GUINT_TO_POINTER (id));
  g_array_append_val (self->facets, (VitaeKeywordFacet) { VITAE_FACET_NONE });
  g_array_append_val (self->user, user);
  g_array_append_val (self->kinds, (guint8) { VITAE_KIND_NONE });

  return id;
}

/* Folds a spelling into symbols, collapsing and trimming separators: the
 * spelling so collapsed and the symbols, in one block (the symbols after
 * the spelling's nul). Returns the number of symbols. */
static guint
fold_spelling (const char  *spelling,
               char       **original,
               char       **folded)
{
  gsize length = strlen (spelling);
  char *block = g_malloc (2 * length + 2);
  char *symbols = block + length + 1;
  guint n = 0;

  for (gsize i = 0; i < length;)
    {
      guint8 symbol;
      guint consumed = read_symbol ((const guint8 *) spelling, i, length, &symbol);

      if (symbol == SEP)
        {
          if (n > 0 && symbols[n - 1] != SEP)
            {
              symbols[n] = SEP;
              block[n++] = SEP;
            }
        }
      else
        {
          symbols[n] = symbol;
          block[n++] = spelling[i];
        }
      i += consumed;
    }

  if (n > 0 && symbols[n - 1] == SEP)
    n--;
  block[n] = '\0';
  symbols[n] = '\0';

  *original = block;
  *folded = symbols;
  return n;
}

/* The patterns added so far, by keyword, rules and spelling: an open
 * addressing table of pattern indices plus one. */
typedef struct
{
  guint32 *slots;
  guint    mask;
  guint    n;
} PatternSet;

#define PATTERN_RULES (PATTERN_MATCH_CASE | PATTERN_JOINS_HYPHEN)

/* What patterns are compared by: the spelling when case matters. */
static const char *
pattern_key (const Pattern *pattern)
{
  return (pattern->flags & PATTERN_MATCH_CASE) ? pattern->spelling : pattern->folded;
}

static guint
pattern_hash (const Pattern *pattern)
{
  guint hash = pattern->keyword * 2654435761u ^ (pattern->flags & PATTERN_RULES);

  for (const char *p = pattern_key (pattern); *p != '\0'; p++)
    hash = hash * 31 + (guint8) *p;

  return hash;
}

static void
pattern_set_init (PatternSet *set,
                  guint       expected)
{
  guint size = 64;

  while (size < expected * 2)
    size <<= 1;
  set->slots = g_new0 (guint32, size);
  set->mask = size - 1;
  set->n = 0;
}

static void
pattern_set_clear (PatternSet *set)
{
  g_clear_pointer (&set->slots, g_free);
}

/* Adds @pattern, to be stored at @index of @patterns, unless an equal one
 * is there already. */
static gboolean
pattern_set_add (PatternSet    *set,
                 GArray        *patterns,
                 const Pattern *pattern,
                 guint          index)
{
  guint i;

  if ((set->n + 1) * 2 > set->mask + 1)
    {
      g_autofree guint32 *old = set->slots;
      guint old_size = set->mask + 1;

      set->slots = g_new0 (guint32, old_size * 2);
      set->mask = old_size * 2 - 1;
      for (guint k = 0; k < old_size; k++)
        if (old[k] != 0)
          {
            i = pattern_hash (&g_array_index (patterns, Pattern, old[k] - 1)) & set->mask;
            while (set->slots[i] != 0)
              i = (i + 1) & set->mask;
            set->slots[i] = old[k];
          }
    }

  for (i = pattern_hash (pattern) & set->mask; set->slots[i] != 0; i = (i + 1) & set->mask)
    {
      const Pattern *other = &g_array_index (patterns, Pattern, set->slots[i] - 1);

      if (other->keyword == pattern->keyword &&
          (other->flags & PATTERN_RULES) == (pattern->flags & PATTERN_RULES) &&
          strcmp (pattern_key (other), pattern_key (pattern)) == 0)
        return FALSE;
    }

  set->slots[i] = index + 1;
  set->n++;

  return TRUE;
}

static void
add_pattern (VitaeMatcher *self,
             PatternSet   *seen,
             guint         keyword,
             const char   *spelling,
             gboolean      match_case,
             gboolean      joins_hyphen)
{
  Pattern pattern = { 0 };
  guint8 last;

  pattern.n_symbols = fold_spelling (spelling, &pattern.spelling, &pattern.folded);
  pattern.keyword = keyword;

  if (pattern.n_symbols == 0)
    {
      g_free (pattern.spelling);
      return;
    }

  if (match_case)
    pattern.flags |= PATTERN_MATCH_CASE;
  if (joins_hyphen)
    pattern.flags |= PATTERN_JOINS_HYPHEN;

  /* The same spelling under the same rules for the same keyword (a user
   * keyword added to two roles) would only be found twice. */
  if (!pattern_set_add (seen, self->patterns, &pattern, self->patterns->len))
    {
      g_free (pattern.spelling);
      return;
    }

  last = (guint8) pattern.folded[pattern.n_symbols - 1];
  /* A plural is accepted after case-insensitive spellings of three or more
   * symbols that end in a letter ("REST APIs", "SLOs"); case-sensitive ones
   * are ordinary words, whose plurals ("Reacts") are something else. */
  if (!match_case && pattern.n_symbols >= 3 && last >= 'a' && last <= 'z')
    pattern.flags |= PATTERN_PLURAL;

  g_array_append_val (self->patterns, pattern);
}

/* Reads one spelling of the vocabulary, "!" and "^" before it for its
 * case and hyphen rules, into @out. */
static void
read_spelling (const char *field,
               gsize       length,
               GString    *out,
               gboolean   *match_case,
               gboolean   *joins_hyphen)
{
  *match_case = *joins_hyphen = FALSE;
  for (; length > 0 && (*field == '!' || *field == '^'); field++, length--)
    {
      if (*field == '!')
        *match_case = TRUE;
      else
        *joins_hyphen = TRUE;
    }
  g_string_truncate (out, 0);
  g_string_append_len (out, field, length);
}

/* The technology vocabulary (see 00-schema.sql): one row per kind, one
 * term a line, tab-separated: roles, canonical spelling, aliases. */
static void
load_vocabulary (VitaeMatcher *self,
                 PatternSet   *seen,
                 sqlite3      *db)
{
  g_autoptr(GString) spelling = g_string_new (NULL);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, db, "SELECT kind, terms FROM technologies");
  while (vitae_sql_step (&q))
    {
      const char *kind_id = (const char *) sqlite3_column_text (q.stmt, 0);
      const char *line = (const char *) sqlite3_column_text (q.stmt, 1);
      guint8 kind = VITAE_KIND_NONE;

      for (guint i = 1; i < G_N_ELEMENTS (kind_ids); i++)
        if (g_str_equal (kind_id, kind_ids[i]))
          kind = i;

      while (line != NULL && *line != '\0')
        {
          const char *end = strchr (line, '\n');
          const char *field = strchr (line, '\t');
          guint id = G_MAXUINT;

          if (end == NULL)
            end = line + strlen (line);

          /* The first field is the roles; then the spellings. */
          while (field != NULL && field < end)
            {
              const char *next = memchr (field + 1, '\t', end - field - 1);
              const char *stop = next ? next : end;
              gboolean match_case, joins_hyphen;

              field++;
              if (id == G_MAXUINT && *field == '=')
                {
                  /* A keyword of the keywords table, already added. */
                  g_string_truncate (spelling, 0);
                  g_string_append_len (spelling, field + 1, stop - field - 1);
                  if (!vitae_matcher_lookup (self, spelling->str, &id))
                    id = intern_keyword (self, spelling->str, FALSE);
                }
              else
                {
                  read_spelling (field, stop - field, spelling, &match_case, &joins_hyphen);
                  if (id == G_MAXUINT)
                    id = intern_keyword (self, spelling->str, FALSE);
                  add_pattern (self, seen, id, spelling->str, match_case, joins_hyphen);
                }
              field = next;
            }

          if (id != G_MAXUINT && g_array_index (self->kinds, guint8, id) == VITAE_KIND_NONE)
            g_array_index (self->kinds, guint8, id) = kind;

          line = *end ? end + 1 : end;
        }
    }
  vitae_sql_finish (&q, NULL);
}

/* Makes room in the keyword and pattern arrays for @n more at once. */
static void
reserve (VitaeMatcher *self,
         guint         n)
{
  guint keywords = self->keywords->len, patterns = self->patterns->len;

  g_ptr_array_set_size (self->keywords, keywords + n);
  g_ptr_array_set_size (self->keywords, keywords);
  g_array_set_size (self->facets, keywords + n);
  g_array_set_size (self->facets, keywords);
  g_array_set_size (self->user, keywords + n);
  g_array_set_size (self->user, keywords);
  g_array_set_size (self->kinds, keywords + n);
  g_array_set_size (self->kinds, keywords);
  g_array_set_size (self->patterns, patterns + n);
  g_array_set_size (self->patterns, patterns);
}

gboolean
_vitae_matcher_load_patterns (VitaeMatcher *self,
                              VitaeCatalog *catalog)
{
  sqlite3 *db = vitae_catalog_get_db (catalog);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  PatternSet seen_set;
  PatternSet *seen = &seen_set;
  guint expected = 0;

  /* Room for every spelling at once (the vocabulary's come on top). */
  vitae_sql_prepare (&q, db,
                     "SELECT (SELECT count(*) FROM keywords) + (SELECT count(*) FROM aliases) + "
                     "(SELECT count(*) FROM user.user_keywords)");
  if (vitae_sql_step (&q))
    expected = (guint) sqlite3_column_int64 (q.stmt, 0);
  vitae_sql_finish (&q, NULL);
  reserve (self, expected);
  pattern_set_init (seen, expected);

  /* Canonical names first, then the vocabulary, then the user's keywords,
   * so that keyword ids follow the catalog's order and a user keyword
   * never takes the id of a shipped one. */
  vitae_sql_prepare (&q, db,
                     "SELECT name, name, match_case, joins_hyphen, 0 FROM keywords "
                     "UNION ALL "
                     "SELECT keyword, alias, match_case, joins_hyphen, 0 FROM aliases");
  while (vitae_sql_step (&q))
    {
      const char *canonical = (const char *) sqlite3_column_text (q.stmt, 0);
      const char *spelling = (const char *) sqlite3_column_text (q.stmt, 1);
      guint id = intern_keyword (self, canonical, FALSE);

      add_pattern (self, seen, id, spelling,
                   sqlite3_column_int (q.stmt, 2), sqlite3_column_int (q.stmt, 3));
    }
  vitae_sql_finish (&q, NULL);

  load_vocabulary (self, seen, db);

  vitae_sql_prepare (&q, db, "SELECT keyword FROM user.user_keywords");
  while (vitae_sql_step (&q))
    {
      const char *keyword = (const char *) sqlite3_column_text (q.stmt, 0);

      add_pattern (self, seen, intern_keyword (self, keyword, TRUE), keyword, FALSE, FALSE);
    }
  vitae_sql_finish (&q, NULL);

  vitae_sql_prepare (&q, db, "SELECT keyword, facet FROM keyword_facets");
  while (vitae_sql_step (&q))
    {
      const char *facet = (const char *) sqlite3_column_text (q.stmt, 1);
      guint id;

      if (!vitae_matcher_lookup (self, (const char *) sqlite3_column_text (q.stmt, 0), &id))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (facet_ids); i++)
        if (g_str_equal (facet, facet_ids[i].id))
          g_array_index (self->facets, VitaeKeywordFacet, id) |= facet_ids[i].facet;
    }
  vitae_sql_finish (&q, NULL);
  pattern_set_clear (seen);

  return self->patterns->len > 0;
}

typedef struct
{
  const char *folded;
  guint32     p;
  guint32     n_symbols;
} SortItem;

static int
compare_items (const void *a,
               const void *b)
{
  const SortItem *ia = a;
  const SortItem *ib = b;
  int order = strcmp (ia->folded, ib->folded);

  if (order != 0)
    return order;

  return (ia->p > ib->p) - (ia->p < ib->p);
}

/* Numbers the states breadth-first, one per distinct prefix of the sorted
 * @items, so that the children of a state are consecutive. */
static void
add_states (VitaeMatcher   *self,
            const SortItem *items,
            guint           n_patterns)
{
  g_autofree guint32 *active = g_new (guint32, MAX (n_patterns, 1));
  g_autofree guint32 *state_of = g_new0 (guint32, MAX (n_patterns, 1));
  guint n_active = 0;
  guint32 next_id = 1;

  for (guint i = 0; i < n_patterns; i++)
    active[n_active++] = i;

  for (guint depth = 0; n_active > 0; depth++)
    {
      guint32 prev_parent = NO_STATE, prev_state = 0;
      guint8 prev_symbol = 0;
      guint kept = 0;

      for (guint k = 0; k < n_active; k++)
        {
          guint i = active[k];
          guint32 parent = state_of[i];
          guint8 symbol = (guint8) items[i].folded[depth];
          guint32 state;

          if (parent == prev_parent && symbol == prev_symbol)
            state = prev_state;
          else
            {
              state = next_id++;
              self->label[state] = symbol;
              if (self->first_child[parent] == NO_STATE)
                self->first_child[parent] = state;
              if (parent == 0)
                self->root[symbol] = state;
              prev_parent = parent;
              prev_symbol = symbol;
              prev_state = state;
            }
          state_of[i] = state;

          if (items[i].n_symbols == depth + 1)
            {
              /* Spellings that end in the same state are chained, the
               * last in sorted order first. */
              Pattern *pattern = &g_array_index (self->patterns, Pattern, items[i].p);

              pattern->next = self->first_pattern[state];
              self->first_pattern[state] = items[i].p + 1;
            }
          else
            active[kept++] = i;
        }
      n_active = kept;
    }
  g_assert (next_id == self->n_states);
}

/* The runs of children, the root's children's dense rows and the failure
 * links of the states add_states() made. */
static void
link_states (VitaeMatcher *self)
{
  guint32 n = self->n_states;

  /* A state without children has an empty run where the next one's
   * children begin. */
  self->first_child[n] = n;
  for (guint32 s = n; s-- > 0;)
    if (self->first_child[s] == NO_STATE)
      self->first_child[s] = self->first_child[s + 1];

  /* Dense rows for the root's children. */
  self->n_first = self->first_child[1] - 1;
  self->first_rows = g_new0 (guint32, (gsize) self->n_first * 256 + 1);
  for (guint32 s = 1; s <= self->n_first; s++)
    for (guint32 c = self->first_child[s]; c < self->first_child[s + 1]; c++)
      self->first_rows[(gsize) (s - 1) * 256 + self->label[c]] = c;

  /* Failure links, in breadth-first order: a state's link is ready before
   * its children's. */
  for (guint32 s = 0; s < n; s++)
    for (guint32 c = self->first_child[s]; c < self->first_child[s + 1]; c++)
      {
        guint32 f = s == 0 ? 0 : next_state (self, self->fail[s], self->label[c]);

        self->fail[c] = f;
        self->dict[c] = self->first_pattern[f] ? f : self->dict[f];
      }
}

/*
 * Builds the automaton: a trie of the folded spellings in sorted sparse
 * transitions, states numbered breadth-first, with Aho-Corasick failure
 * links. Memory grows with the number of states only (about 21 bytes
 * each), where a dense table takes 4 bytes per state and symbol class
 * (310 MB at 100,000 keywords).
 *
 * The spellings are sorted first. The trie then has one state per distinct
 * prefix, so its size is known before it is built (no scratch tables sized
 * for the worst case), and it is built one depth at a time: at each depth
 * the spellings still longer than it are walked in order, and a new state
 * starts wherever the parent or the symbol changes. That numbers the states
 * breadth-first with each state's children consecutive and in the order of
 * their symbols, as the scan reads them.
 */
void
_vitae_matcher_build_automaton (VitaeMatcher *self)
{
  guint n_patterns = self->patterns->len;
  g_autofree SortItem *items = g_new (SortItem, MAX (n_patterns, 1));
  guint max_symbols = 1;
  guint32 n = 1;

  for (guint p = 0; p < n_patterns; p++)
    {
      const Pattern *pattern = &g_array_index (self->patterns, Pattern, p);

      items[p] = (SortItem) { pattern->folded, p, pattern->n_symbols };
      max_symbols = MAX (max_symbols, pattern->n_symbols);
    }

  /* The ring of symbol positions must hold the longest spelling. */
  self->ring_mask = 1;
  while (self->ring_mask < max_symbols)
    self->ring_mask <<= 1;
  self->ring_mask -= 1;

  if (n_patterns > 0)
    qsort (items, n_patterns, sizeof (SortItem), compare_items);

  /* One state per distinct prefix: each spelling adds the symbols it does
   * not share with the one before it. */
  for (guint i = 0; i < n_patterns; i++)
    {
      guint shared = 0;

      if (i > 0)
        while (shared < items[i].n_symbols &&
               items[i - 1].folded[shared] == items[i].folded[shared])
          shared++;
      n += items[i].n_symbols - shared;
    }

  self->n_states = n;
  self->first_child = g_new (guint32, (gsize) n + 1);
  self->label = g_new0 (guint8, n);
  self->fail = g_new0 (guint32, n);
  self->dict = g_new0 (guint32, n);
  self->first_pattern = g_new0 (guint32, n);
  memset (self->root, 0, sizeof self->root);
  for (guint32 s = 0; s <= n; s++)
    self->first_child[s] = NO_STATE;

  add_states (self, items, n_patterns);
  link_states (self);
}
