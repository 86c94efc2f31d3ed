/* vitae-matcher.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-matcher"

#include "config.h"

#include <string.h>

#include "vitae-matcher.h"

/* The symbol every separator (space, tab, newline, hyphen, no-break space,
 * Unicode hyphens) folds to, so "event-driven" and "event  driven" read the
 * same. */
#define SEP ' '
#define NO_STATE G_MAXUINT32

enum {
  PATTERN_MATCH_CASE   = 1 << 0,
  PATTERN_JOINS_HYPHEN = 1 << 1,
  PATTERN_PLURAL       = 1 << 2,
};

typedef struct
{
  guint  keyword;
  guint  n_symbols;
  guint  flags;
  /* The spelling with separators collapsed to one SEP, one byte per symbol:
   * what case-sensitive spellings are compared with. */
  char  *spelling;
  /* The same, folded: the symbols the automaton reads. */
  char  *folded;
  /* The next pattern ending in the same state, plus one (0: none). */
  guint  next;
} Pattern;

struct _VitaeMatcher
{
  GObject     parent_instance;

  /* owned */
  GPtrArray  *keywords;
  GArray     *facets;
  GArray     *user;
  GArray     *kinds;
  GHashTable *ids;
  GArray     *patterns;

  /* The automaton, states numbered breadth-first so that the children of
   * a state are consecutive: state s's children are first_child[s] up to
   * first_child[s + 1], sorted by the symbol on the edge into them
   * (label[]). The root's transitions are a table of 256. */
  guint32    *first_child;
  guint8     *label;
  guint32    *fail;
  guint32    *dict;
  guint32    *first_pattern;
  guint32     root[256];
  /* The root's children (states 1 to n_first) have tables of 256 too:
   * a scan spends most of its time within one symbol of the root. */
  guint32    *first_rows;
  guint       n_first;

  guint       n_states;
  guint       ring_mask;
  guint       revision;
};

G_DEFINE_FINAL_TYPE (VitaeMatcher, vitae_matcher, G_TYPE_OBJECT)

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

/* Words after which a lone capital is a label, not a language: "Series C",
 * "Plan B", "Vitamin D", "Type R". */
static const char * const letter_labels[] = {
  "series", "plan", "vitamin", "type", "class", "grade", "tier", "level", "section",
  "part", "option", "round", "phase", "appendix", "exhibit", "model", "building",
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

static inline guint8
fold_ascii (guint8 byte)
{
  if (byte >= 'A' && byte <= 'Z')
    return byte + ('a' - 'A');
  if (byte == '-' || byte == ' ' || byte == '\t' || byte == '\n' ||
      byte == '\r' || byte == '\f' || byte == '\v')
    return SEP;
  return byte;
}

/* Reads one symbol of @text at @i: ASCII folded, the multi-byte spaces and
 * hyphens as SEP, any other byte as itself. Returns the bytes consumed. */
static inline guint
read_symbol (const guint8 *text,
             gsize         i,
             gsize         length,
             guint8       *symbol)
{
  guint8 byte = text[i];

  if (byte < 0x80)
    {
      *symbol = fold_ascii (byte);
      return 1;
    }

  /* U+00A0 no-break space. */
  if (byte == 0xC2 && i + 1 < length && text[i + 1] == 0xA0)
    {
      *symbol = SEP;
      return 2;
    }

  /* U+2009 thin space, U+2010 hyphen, U+2011 non-breaking hyphen and
   * U+202F narrow no-break space. */
  if (byte == 0xE2 && i + 2 < length && text[i + 1] == 0x80 &&
      (text[i + 2] == 0x89 || text[i + 2] == 0x90 || text[i + 2] == 0x91 || text[i + 2] == 0xAF))
    {
      *symbol = SEP;
      return 3;
    }

  *symbol = byte;
  return 1;
}

/*
 * Whether @c continues a word, so that a keyword next to it is part of a
 * longer word: letters, digits, combining marks and underscores do. Letters
 * of scripts written without spaces between words (Chinese, Japanese, Thai…)
 * do not, since a Latin keyword sits right against them in such text.
 */
static gboolean
is_word_char (gunichar c)
{
  GUnicodeScript script;

  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '_';

  if (g_unichar_ismark (c))
    return TRUE;

  if (!g_unichar_isalnum (c))
    return FALSE;

  script = g_unichar_get_script (c);

  return script != G_UNICODE_SCRIPT_HAN &&
         script != G_UNICODE_SCRIPT_HIRAGANA &&
         script != G_UNICODE_SCRIPT_KATAKANA &&
         script != G_UNICODE_SCRIPT_THAI &&
         script != G_UNICODE_SCRIPT_LAO &&
         script != G_UNICODE_SCRIPT_KHMER &&
         script != G_UNICODE_SCRIPT_MYANMAR &&
         script != G_UNICODE_SCRIPT_TIBETAN;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gunichar
char_before (const char *text,
             gsize       offset)
{
  const char *prev;

  if (offset == 0)
    return 0;

  prev = g_utf8_find_prev_char (text, text + offset);
  return prev ? g_utf8_get_char_validated (prev, offset - (prev - text)) : 0;
}

static gunichar
char_at (const char *text,
         gsize       offset,
         gsize       length)
{
  gunichar c;

  if (offset >= length)
    return 0;

  c = g_utf8_get_char_validated (text + offset, length - offset);
  return (c == (gunichar) -1 || c == (gunichar) -2) ? 0xFFFD : c;
}

static void
clear_pattern (gpointer data)
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
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "SELECT kind, terms FROM technologies", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind_id = (const char *) sqlite3_column_text (stmt, 0);
      const char *line = (const char *) sqlite3_column_text (stmt, 1);
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
  sqlite3_finalize (stmt);
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

static gboolean
load_patterns (VitaeMatcher *self,
               VitaeCatalog *catalog)
{
  sqlite3 *db = vitae_catalog_get_db (catalog);
  sqlite3_stmt *stmt = NULL;
  PatternSet seen_set;
  PatternSet *seen = &seen_set;
  guint expected = 0;

  /* Room for every spelling at once (the vocabulary's come on top). */
  sqlite3_prepare_v2 (db,
                      "SELECT (SELECT count(*) FROM keywords) + (SELECT count(*) FROM aliases) + "
                      "(SELECT count(*) FROM user.user_keywords)",
                      -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    expected = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  reserve (self, expected);
  pattern_set_init (seen, expected);

  /* Canonical names first, then the vocabulary, then the user's keywords,
   * so that keyword ids follow the catalog's order and a user keyword
   * never takes the id of a shipped one. */
  sqlite3_prepare_v2 (db,
                      "SELECT name, name, match_case, joins_hyphen, 0 FROM keywords "
                      "UNION ALL "
                      "SELECT keyword, alias, match_case, joins_hyphen, 0 FROM aliases",
                      -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *canonical = (const char *) sqlite3_column_text (stmt, 0);
      const char *spelling = (const char *) sqlite3_column_text (stmt, 1);
      guint id = intern_keyword (self, canonical, FALSE);

      add_pattern (self, seen, id, spelling,
                   sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3));
    }
  sqlite3_finalize (stmt);

  load_vocabulary (self, seen, db);

  sqlite3_prepare_v2 (db, "SELECT keyword FROM user.user_keywords", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *keyword = (const char *) sqlite3_column_text (stmt, 0);

      add_pattern (self, seen, intern_keyword (self, keyword, TRUE), keyword, FALSE, FALSE);
    }
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (db, "SELECT keyword, facet FROM keyword_facets", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *facet = (const char *) sqlite3_column_text (stmt, 1);
      guint id;

      if (!vitae_matcher_lookup (self, (const char *) sqlite3_column_text (stmt, 0), &id))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (facet_ids); i++)
        if (g_str_equal (facet, facet_ids[i].id))
          g_array_index (self->facets, VitaeKeywordFacet, id) |= facet_ids[i].facet;
    }
  sqlite3_finalize (stmt);
  pattern_set_clear (seen);

  return self->patterns->len > 0;
}

/* The child of @state reached by @symbol, or NO_STATE. */
static inline guint32
child_of (const VitaeMatcher *self,
          guint32             state,
          guint8              symbol)
{
  guint32 lo, hi, end;

  if (state == 0)
    return self->root[symbol] ? self->root[symbol] : NO_STATE;
  if (state <= self->n_first)
    {
      guint32 next = self->first_rows[(gsize) (state - 1) * 256 + symbol];

      return next ? next : NO_STATE;
    }

  lo = self->first_child[state];
  end = hi = self->first_child[state + 1];

  /* Narrow a long run of children down to a few, then look along. */
  while (hi - lo > 8)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (self->label[mid] < symbol)
        lo = mid + 1;
      else
        hi = mid + 1;
    }
  for (; lo < end && self->label[lo] <= symbol; lo++)
    if (self->label[lo] == symbol)
      return lo;

  return NO_STATE;
}

/* The Aho-Corasick transition: the child, or the failure links' child. */
static inline guint32
next_state (const VitaeMatcher *self,
            guint32             state,
            guint8              symbol)
{
  for (;;)
    {
      guint32 next = child_of (self, state, symbol);

      if (next != NO_STATE)
        return next;
      if (state == 0)
        return 0;
      state = self->fail[state];
    }
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
static void
build_automaton (VitaeMatcher *self)
{
  guint n_patterns = self->patterns->len;
  g_autofree SortItem *items = g_new (SortItem, MAX (n_patterns, 1));
  g_autofree guint32 *active = g_new (guint32, MAX (n_patterns, 1));
  g_autofree guint32 *state_of = g_new0 (guint32, MAX (n_patterns, 1));
  guint max_symbols = 1;
  guint n_active = 0;
  guint32 n = 1, next_id = 1;

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
  g_assert (next_id == n);

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

/* Whether the word before @start makes a lone capital a label. */
static gboolean
follows_label (const char *text,
               gsize       start)
{
  gsize end = start, begin;

  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  if (end == start)
    return FALSE;
  begin = end;
  while (begin > 0 && g_ascii_isalpha (text[begin - 1]))
    begin--;

  for (guint i = 0; i < G_N_ELEMENTS (letter_labels); i++)
    if (end - begin == strlen (letter_labels[i]) &&
        g_ascii_strncasecmp (text + begin, letter_labels[i], end - begin) == 0)
      return TRUE;

  return FALSE;
}

/* Checks a candidate against the rules the automaton cannot see: exact case,
 * word boundaries on the original text, hyphen-joined words, and extends it
 * over a plural ending. Returns the end of the match, or 0 to drop it. */
static guint
confirm_match (const Pattern *pattern,
               const char    *text,
               gsize          length,
               const guint   *ring,
               guint          ring_mask,
               guint          count,
               guint          end)
{
  guint first = count - pattern->n_symbols;
  guint start = ring[first & ring_mask];
  guint8 head = (guint8) pattern->spelling[0];
  guint8 tail = (guint8) pattern->spelling[pattern->n_symbols - 1];
  gunichar before, after;

  if (pattern->flags & PATTERN_MATCH_CASE)
    {
      for (guint i = 0; i < pattern->n_symbols; i++)
        {
          if (pattern->spelling[i] != SEP &&
              text[ring[(first + i) & ring_mask]] != pattern->spelling[i])
            return 0;
        }
    }

  /* A spelling that begins or ends with punctuation (".NET", "C++", "C#")
   * needs no boundary on that side: "C++17" is still C++. */
  before = char_before (text, start);
  if ((g_ascii_isalnum (head) || head >= 0x80) && before != 0 && is_word_char (before))
    return 0;

  /* "R&D", "P&L" and "Series C" are not languages. */
  if (pattern->n_symbols == 1 && g_ascii_isalpha (head) &&
      (before == '&' || char_at (text, end, length) == '&' || follows_label (text, start)))
    return 0;

  if (pattern->flags & PATTERN_PLURAL)
    {
      guint plural = 0;

      if (end < length && text[end] == 's')
        plural = end + 1;
      else if (end + 1 < length && text[end] == 'e' && text[end + 1] == 's' &&
               (tail == 's' || tail == 'x' || tail == 'z' || tail == 'h'))
        plural = end + 2;

      if (plural != 0 && !is_word_char (char_at (text, plural, length)))
        end = plural;
    }

  after = char_at (text, end, length);
  if ((g_ascii_isalnum (tail) || tail >= 0x80) && after != 0 && is_word_char (after))
    return 0;

  /* "Go" is the language, "Go-to" and "go-live" are not. */
  if (pattern->flags & PATTERN_JOINS_HYPHEN)
    {
      if (is_hyphen (after))
        {
          const char *next = g_utf8_next_char (text + end);

          if ((gsize) (next - text) < length && g_unichar_isalpha (char_at (text, next - text, length)))
            return 0;
        }

      if (is_hyphen (before))
        {
          const char *prev = g_utf8_find_prev_char (text, text + start);

          if (prev != NULL && g_unichar_isalpha (char_before (text, prev - text)))
            return 0;
        }
    }

  return end;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const VitaeMatch *ma = a;
  const VitaeMatch *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  if (ma->keyword != mb->keyword)
    return ma->keyword < mb->keyword ? -1 : 1;
  return 0;
}

static void
vitae_matcher_finalize (GObject *object)
{
  VitaeMatcher *self = (VitaeMatcher *)object;

  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->keywords, g_ptr_array_unref);
  g_clear_pointer (&self->facets, g_array_unref);
  g_clear_pointer (&self->user, g_array_unref);
  g_clear_pointer (&self->patterns, g_array_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->first_child, g_free);
  g_clear_pointer (&self->first_rows, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->fail, g_free);
  g_clear_pointer (&self->dict, g_free);
  g_clear_pointer (&self->first_pattern, g_free);

  G_OBJECT_CLASS (vitae_matcher_parent_class)->finalize (object);
}

static void
vitae_matcher_class_init (VitaeMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_matcher_finalize;
}

static void
vitae_matcher_init (VitaeMatcher *self)
{
  self->keywords = g_ptr_array_new_with_free_func (g_free);
  self->facets = g_array_new (FALSE, TRUE, sizeof (VitaeKeywordFacet));
  self->user = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->kinds = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->patterns = g_array_new (FALSE, TRUE, sizeof (Pattern));
  g_array_set_clear_func (self->patterns, clear_pattern);
}

/**
 * vitae_matcher_new:
 * @catalog: a #VitaeCatalog
 *
 * Builds the automaton from every keyword and alias of @catalog, the user's
 * keywords included. Rebuild it when vitae_catalog_get_revision() changes.
 *
 * Returns: (transfer full): a new matcher
 */
VitaeMatcher *
vitae_matcher_new (VitaeCatalog *catalog)
{
  VitaeMatcher *self;

  g_return_val_if_fail (VITAE_IS_CATALOG (catalog), NULL);

  self = g_object_new (VITAE_TYPE_MATCHER, NULL);
  self->revision = vitae_catalog_get_revision (catalog);
  load_patterns (self, catalog);
  build_automaton (self);

  return self;
}

/**
 * vitae_matcher_get_revision:
 * @self: a #VitaeMatcher
 *
 * Returns: the catalog revision the matcher was built from
 */
guint
vitae_matcher_get_revision (VitaeMatcher *self)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), 0);

  return self->revision;
}

/**
 * vitae_matcher_scan:
 * @self: a #VitaeMatcher
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Finds every keyword in @text in one pass.
 *
 * Returns: (transfer full) (element-type VitaeMatch): the matches, ordered
 *   by where they start
 */
GArray *
vitae_matcher_scan (VitaeMatcher *self,
                    const char   *text,
                    gssize        length)
{
  const guint8 *bytes = (const guint8 *) text;
  g_autofree guint *ring = NULL;
  GArray *matches;
  gboolean last_sep = TRUE;
  guint32 state = 0;
  guint count = 0;
  gsize len;

  g_return_val_if_fail (VITAE_IS_MATCHER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (VitaeMatch));
  len = length < 0 ? strlen (text) : (gsize) length;
  if (len == 0 || len > G_MAXUINT - 2)
    return matches;

  ring = g_new (guint, self->ring_mask + 1);

  for (gsize i = 0; i < len;)
    {
      guint8 symbol;
      guint consumed = read_symbol (bytes, i, len, &symbol);
      guint32 s;

      /* A run of separators is one symbol, so "event  driven" matches. */
      if (symbol == SEP)
        {
          if (last_sep)
            {
              i += consumed;
              continue;
            }
          last_sep = TRUE;
        }
      else
        last_sep = FALSE;

      ring[count & self->ring_mask] = i;
      count++;
      state = next_state (self, state, symbol);
      i += consumed;

      for (s = self->first_pattern[state] ? state : self->dict[state]; s != 0; s = self->dict[s])
        {
          for (guint p = self->first_pattern[s]; p != 0;)
            {
              const Pattern *pattern = &g_array_index (self->patterns, Pattern, p - 1);
              guint end = confirm_match (pattern, text, len, ring, self->ring_mask, count, i);

              if (end != 0)
                {
                  VitaeMatch match = {
                    pattern->keyword,
                    ring[(count - pattern->n_symbols) & self->ring_mask],
                    end,
                  };

                  g_array_append_val (matches, match);
                }
              p = pattern->next;
            }
        }
    }

  if (matches->len > 1)
    {
      guint kept = 0;
      guint max_end = 0;

      /* Sorted by start, longest first: a match ending no later than one
       * already kept lies inside it ("SQL" in "SQL Server", "cloud" in
       * "Google Cloud") and is dropped. */
      g_array_sort (matches, compare_matches);
      for (guint m = 0; m < matches->len; m++)
        {
          VitaeMatch *match = &g_array_index (matches, VitaeMatch, m);

          if (kept > 0 && match->end <= max_end)
            continue;

          max_end = MAX (max_end, match->end);
          g_array_index (matches, VitaeMatch, kept++) = *match;
        }
      g_array_set_size (matches, kept);
    }

  return matches;
}

/**
 * vitae_matcher_get_n_keywords:
 * @self: a #VitaeMatcher
 *
 * Returns: how many canonical keywords the matcher knows; ids run from 0
 */
guint
vitae_matcher_get_n_keywords (VitaeMatcher *self)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), 0);

  return self->keywords->len;
}

/**
 * vitae_matcher_get_keyword:
 * @self: a #VitaeMatcher
 * @keyword: a keyword id
 *
 * Returns: the canonical spelling of @keyword
 */
const char *
vitae_matcher_get_keyword (VitaeMatcher *self,
                           guint         keyword)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), NULL);
  g_return_val_if_fail (keyword < self->keywords->len, NULL);

  return g_ptr_array_index (self->keywords, keyword);
}

/**
 * vitae_matcher_lookup:
 * @self: a #VitaeMatcher
 * @canonical: a canonical keyword, as the catalog spells it
 * @keyword: (out) (optional): its id
 *
 * Returns: whether the matcher knows @canonical
 */
gboolean
vitae_matcher_lookup (VitaeMatcher *self,
                      const char   *canonical,
                      guint        *keyword)
{
  gpointer value;

  g_return_val_if_fail (VITAE_IS_MATCHER (self), FALSE);
  g_return_val_if_fail (canonical != NULL, FALSE);

  if (!g_hash_table_lookup_extended (self->ids, canonical, NULL, &value))
    return FALSE;

  if (keyword != NULL)
    *keyword = GPOINTER_TO_UINT (value);

  return TRUE;
}

/**
 * vitae_matcher_get_facets:
 * @self: a #VitaeMatcher
 * @keyword: a keyword id
 *
 * Returns: what placement advice knows about @keyword
 */
VitaeKeywordFacet
vitae_matcher_get_facets (VitaeMatcher *self,
                          guint         keyword)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), VITAE_FACET_NONE);
  g_return_val_if_fail (keyword < self->facets->len, VITAE_FACET_NONE);

  return g_array_index (self->facets, VitaeKeywordFacet, keyword);
}

/**
 * vitae_matcher_is_user_keyword:
 * @self: a #VitaeMatcher
 * @keyword: a keyword id
 *
 * Returns: whether @keyword comes from the user's catalog
 */
gboolean
vitae_matcher_is_user_keyword (VitaeMatcher *self,
                               guint         keyword)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), FALSE);
  g_return_val_if_fail (keyword < self->user->len, FALSE);

  return g_array_index (self->user, gboolean, keyword);
}

/**
 * vitae_matcher_get_kind:
 * @self: a #VitaeMatcher
 * @keyword: a keyword id
 *
 * Returns: what kind of term @keyword is, from the technology vocabulary
 */
VitaeKeywordKind
vitae_matcher_get_kind (VitaeMatcher *self,
                        guint         keyword)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), VITAE_KIND_NONE);
  g_return_val_if_fail (keyword < self->kinds->len, VITAE_KIND_NONE);

  return g_array_index (self->kinds, guint8, keyword);
}

/**
 * vitae_matcher_get_memory_size:
 * @self: a #VitaeMatcher
 *
 * Returns: the bytes the automaton's tables take (not the spellings)
 */
gsize
vitae_matcher_get_memory_size (VitaeMatcher *self)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), 0);

  return (gsize) self->n_states * (4 * sizeof (guint32) + sizeof (guint8)) +
         sizeof (guint32) * (self->n_states + 1) + sizeof self->root +
         sizeof (guint32) * ((gsize) self->n_first * 256 + 1);
}

/**
 * vitae_matcher_get_n_patterns:
 * @self: a #VitaeMatcher
 *
 * Returns: how many spellings (canonical names and aliases) the automaton
 *   holds
 */
guint
vitae_matcher_get_n_patterns (VitaeMatcher *self)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), 0);

  return self->patterns->len;
}

/**
 * vitae_matcher_get_n_states:
 * @self: a #VitaeMatcher
 *
 * Returns: how many states the automaton has
 */
guint
vitae_matcher_get_n_states (VitaeMatcher *self)
{
  g_return_val_if_fail (VITAE_IS_MATCHER (self), 0);

  return self->n_states;
}

/**
 * vitae_match_get_char_range:
 * @match: a #VitaeMatch found in @text
 * @text: the text that was scanned
 * @start: (out) (optional): where the match starts, in Unicode characters
 * @end: (out) (optional): where it ends (exclusive), in Unicode characters
 *
 * Converts a match's byte offsets into character offsets, as GTK text
 * iterators and the command line's JSON count them.
 */
void
vitae_match_get_char_range (const VitaeMatch *match,
                            const char       *text,
                            glong            *start,
                            glong            *end)
{
  glong start_chars;

  g_return_if_fail (match != NULL);
  g_return_if_fail (text != NULL);

  start_chars = g_utf8_pointer_to_offset (text, text + match->start);
  if (start != NULL)
    *start = start_chars;
  if (end != NULL)
    *end = start_chars + g_utf8_pointer_to_offset (text + match->start, text + match->end);
}
