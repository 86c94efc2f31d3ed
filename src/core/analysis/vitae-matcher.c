/* vitae-matcher.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-matcher"

#include "config.h"

#include <string.h>

#include "vitae-matcher-private.h"

G_DEFINE_FINAL_TYPE (VitaeMatcher, vitae_matcher, G_TYPE_OBJECT)

/* Words after which a lone capital is a label, not a language: "Series C",
 * "Plan B", "Vitamin D", "Type R". */
static const char * const letter_labels[] = {
  "series", "plan", "vitamin", "type", "class", "grade", "tier", "level", "section",
  "part", "option", "round", "phase", "appendix", "exhibit", "model", "building",
};

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
  int order = vitae_span_compare (ma->start, ma->end, mb->start, mb->end);

  if (order != 0)
    return order;
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
  g_array_set_clear_func (self->patterns, _vitae_matcher_clear_pattern);
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
  _vitae_matcher_load_patterns (self, catalog);
  _vitae_matcher_build_automaton (self);

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
