/* vitae-import-words.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of lists of words: a group of skills or
 * interests ("Tools: Git, Make"), languages and their fluency ("English –
 * native", "Deutsch (C1)"), and whether a list item under such a heading
 * is one of them or a sentence that stays an item (read with its
 * wrapped lines, or beside the items of its row); skills rated in dots,
 * set as items; the names of the seasons, which date a term ("Summer
 * 2022"); and the kind of a heading that joins two words ("Hobbys und
 * Interessen") or qualifies the word of such a list ("Compétences
 * informatiques"); and headings' words written without their accents. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-after-pass.h"
#include "vitae-import-grid.h"
#include "vitae-import-phrase-lists.h"
#include "vitae-import-private.h"
#include "vitae-section.h"

/* @text split at ", " but not inside parentheses ("Web development
 * (HTML, CSS), Git"): a list in parentheses is the item's before it.
 * Where a parenthesis is left open, at every ", ". */
static GStrv
split_outside_parentheses (const char *text)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;

  for (const char *p = text; *p; p++)
    if (*p == '(' || (*p == ')' && depth > 0))
      depth += *p == '(' ? 1 : -1;
    else if (depth == 0 && p[0] == ',' && p[1] == ' ')
      {
        g_ptr_array_add (items, g_strndup (start, p - start));
        start = ++p + 1;
      }
  if (depth != 0)
    return g_strsplit (text, ", ", -1);
  g_ptr_array_add (items, g_strdup (start));
  g_ptr_array_add (items, NULL);
  g_ptr_array_set_free_func (items, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}

/* Whether @text opens a parenthesis it does not close. */
static gboolean
leaves_parenthesis_open (const char *text)
{
  const char *open = strrchr (text, '(');

  return open != NULL && strchr (open, ')') == NULL;
}

void
_vitae_import_set_list (VitaeNode  *node,
                        const char *key,
                        const char *text)
{
  g_auto(GStrv) items = split_outside_parentheses (text);

  for (guint i = 0; items[i]; i++)
    g_strstrip (items[i]);
  vitae_node_set_list (node, key, (const char * const *) items);
}

/* "Label: text" → the label and the text, when the label is short. */
char *
_vitae_import_split_label (const char  *text,
                           const char **rest)
{
  const char *colon = strstr (text, ": ");

  if (colon == NULL || g_utf8_strlen (text, colon - text) > 40 || colon == text)
    return NULL;
  *rest = colon + 2;
  return g_strndup (text, colon - text);
}

void
_vitae_import_read_keywords (Builder    *builder,
                             const char *text,
                             guint       line_flags)
{
  VitaeNode *node = VITAE_NODE (_vitae_import_new_entry (builder));
  const char *rest = text;
  g_autofree char *label = _vitae_import_split_label (text, &rest);

  /* A group with a title and no keywords is its bold title alone. */
  if (label == NULL && (line_flags & VITAE_TEXT_LINE_BOLD))
    {
      vitae_node_set_text (node, "title", text);
      return;
    }
  if (label != NULL)
    {
      size_t len = strlen (g_strchomp (label));
      const char *paren = strstr (label, " (");

      /* "Backend (Advanced)" */
      if (paren != NULL && label[len - 1] == ')')
        {
          g_autofree char *level = g_strndup (paren + 2, label + len - 1 - (paren + 2));

          vitae_node_set_text (node, "level", level);
          label[paren - label] = '\0';
        }
      vitae_node_set_text (node, "title", label);
    }
  _vitae_import_set_list (node, "keywords", rest);
}

/* Where a language's name ends and its fluency starts in "English –
 * native" or "Deutsch: fließend": after a name of one or two words, at a
 * dash set apart or a colon; %NULL if nothing does. */
static const char *
find_fluency (const char *part,
              gsize      *name_len)
{
  static const char *separators[] = { " – ", " — ", " - ", ": " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *at = strstr (part, separators[i]);
      g_autofree char *name = NULL;

      if (at == NULL || at == part || at[strlen (separators[i])] == '\0')
        continue;
      name = g_strndup (part, at - part);
      if (_vitae_import_count_words (name) > 2 || !g_unichar_isupper (g_utf8_get_char (name)))
        continue;
      *name_len = at - part;
      return at + strlen (separators[i]);
    }
  return NULL;
}

void
_vitae_import_read_languages (Builder    *builder,
                              const char *text)
{
  g_auto(GStrv) parts = _vitae_import_split_parts (text, "|,\t");

  for (guint i = 0; parts[i]; i++)
    {
      char *part = g_strstrip (parts[i]);
      const char *paren = strstr (part, " (");
      const char *fluency;
      gsize name_len = 0;
      VitaeNode *node;

      /* ("English - intermediate;", one a line) */
      while (part[0] != '\0' && strchr (";.", part[strlen (part) - 1]) != NULL)
        part[strlen (part) - 1] = '\0';
      if (part[0] == '\0')
        continue;
      node = VITAE_NODE (_vitae_import_new_entry (builder));
      fluency = find_fluency (part, &name_len);
      /* ("English (C1)"; not "Anglais : courant (TOEIC 965)": the name
       * ends before the bracket.) */
      if (paren != NULL && part[strlen (part) - 1] == ')' && (fluency == NULL || part + name_len > paren))
        {
          g_autofree char *name = g_strndup (part, paren - part);
          g_autofree char *level = g_strndup (paren + 2, strlen (paren + 2) - 1);

          vitae_node_set_text (node, "title", name);
          vitae_node_set_text (node, "fluency", level);
        }
      else if (fluency != NULL)
        {
          /* (Stripped: "Anglais : courant", a space before the colon.) */
          g_autofree char *name = g_strchomp (g_strndup (part, name_len));

          vitae_node_set_text (node, "title", name);
          vitae_node_set_text (node, "fluency", fluency);
        }
      else
        vitae_node_set_text (node, "title", part);
    }
  builder->entry = NULL;
}

/* Whether @part of a list starts with a word that joins the list's last
 * part to the others, as a sentence does ("…, and more"). */
static gboolean
starts_with_conjunction (const char *part)
{
  static const char *words[] = { "and ", "or ", "und ", "oder ", "et ", "ou ", "y ", "o ", "e ", "en ", "of ", "i ", "oraz ", "и ", "или " };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (part, words[i]))
      return TRUE;
  return FALSE;
}

/* Whether @parts are the words of a list: two or more, each of at most
 * @max_words words, none joined on as a sentence's last. */
static gboolean
are_listed_words (GStrv parts,
                  guint max_words)
{
  if (g_strv_length (parts) < 2)
    return FALSE;
  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);

      if (part[0] == '\0' || _vitae_import_count_words (part) > max_words || starts_with_conjunction (part))
        return FALSE;
    }
  return TRUE;
}

/* Whether @parts, three or more, are the words of a list whose last is
 * joined on by "and" ("Git, Jira, Windows, and Linux"). */
static gboolean
are_listed_words_and_last (GStrv parts,
                           guint max_words)
{
  guint n = g_strv_length (parts);
  g_autofree char *last = NULL;
  gboolean listed;

  if (n < 3 || !starts_with_conjunction (g_strstrip (parts[n - 1])))
    return FALSE;
  last = parts[n - 1];
  parts[n - 1] = NULL;
  listed = are_listed_words (parts, max_words) && _vitae_import_count_words (last) <= max_words;
  parts[n - 1] = g_steal_pointer (&last);
  return listed;
}

/* @text without the full stop or comma it ends in. */
static char *
without_end_mark (const char *text)
{
  char *copy = g_strdup (text);
  size_t len = strlen (g_strchomp (copy));

  if (len > 1 && strchr (".,", copy[len - 1]) != NULL)
    copy[len - 1] = '\0';
  return copy;
}

/* The words of @text outside brackets, but for marks between them
 * ("Word / Excel", "Fitness (5 times a week)": two and one). */
static guint
count_words_outside_brackets (const char *text,
                              gboolean   *has_number)
{
  g_autoptr(GString) outside = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint depth = 0, n = 0;

  for (const char *p = text; *p; p++)
    {
      depth += *p == '(';
      if (depth == 0)
        g_string_append_c (outside, *p == '\t' ? ' ' : *p);
      depth -= *p == ')' && depth > 0;
    }
  words = g_strsplit (outside->str, " ", -1);
  *has_number = FALSE;
  for (guint k = 0; words[k]; k++)
    {
      gboolean any_alnum = FALSE;

      for (const char *p = words[k]; *p && !any_alnum; p = g_utf8_next_char (p))
        any_alnum = g_unichar_isalnum (g_utf8_get_char (p));
      n += any_alnum;
      *has_number |= g_ascii_isdigit (words[k][0]);
    }
  return n;
}

/* Whether @text has a word that is a number ("600+", "40 %"). */
static gboolean
has_count (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t,;", -1);

  for (guint i = 0; words[i]; i++)
    if (g_ascii_isdigit (words[i][0]) && strspn (words[i], "0123456789.,+%") == strlen (words[i]))
      return TRUE;
  return FALSE;
}

/* Whether @item, a list item under a heading of skills, interests or
 * languages (of @kind), is one of the list's groups or languages
 * ("Python, C, Rust", "Tools: Git, Make", "English – native") rather than
 * a sentence a section so named may also hold, or that a heading read
 * wrongly left there ("Designed the front end using CSS, Bootstrap"):
 * such a sentence stays an item, whole. */
gboolean
_vitae_import_is_list_item_of_words (int         kind,
                                     const char *item)
{
  const char *colon = strstr (item, ": ");
  g_autofree char *label = colon != NULL ? g_strndup (item, colon - item) : NULL;
  g_auto(GStrv) parts = NULL;
  gboolean has_number;
  guint n_words;

  /* "Tools: Git, Make, Meson", "Web: HTML, PHP in Visual Studio", a
   * list that ends in a full stop ("Databases: SQL, MySQL.") */
  if (kind != VITAE_SECTION_LANGUAGES && label != NULL && _vitae_import_count_words (label) <= 4)
    {
      g_autofree char *value = g_strdup (colon + 2);
      gboolean full_stop = g_str_has_suffix (value, ".");
      g_auto(GStrv) after = NULL;

      if (full_stop)
        value[strlen (value) - 1] = '\0';
      after = _vitae_import_split_parts (value, ",;|\t");
      /* (or one value of a few words: "Databases: SQL on SQL Server") */
      if (are_listed_words (after, 5) || are_listed_words_and_last (after, 5) ||
          (!full_stop && g_strv_length (after) == 1 && _vitae_import_count_words (after[0]) <= 4 && !has_count (after[0])))
        return TRUE;
    }
  /* Three words or more set apart, that a full stop or a comma ends
   * ("C, Lua, Go.", "Redis, Nginx,": the list goes on). */
  if (kind != VITAE_SECTION_LANGUAGES && (g_str_has_suffix (item, ".") || g_str_has_suffix (item, ",")))
    {
      g_autofree char *bare = without_end_mark (item);
      g_auto(GStrv) listed = _vitae_import_split_parts (bare, ",;|\t");

      if (g_strv_length (listed) >= 3 && are_listed_words (listed, 3))
        return TRUE;
    }
  /* (An item of a list of sentences ends in a full stop or a
   * semicolon, or leads to what follows with a colon.) */
  if (g_str_has_suffix (item, ".") || g_str_has_suffix (item, ";") || g_str_has_suffix (item, ":"))
    return FALSE;
  /* "English", "English – native", "Deutsch (C1)", or languages set
   * apart ("Greek (native) | French (fluent)") */
  if (kind == VITAE_SECTION_LANGUAGES)
    {
      guint n = 0;

      parts = _vitae_import_split_parts (item, "|,\t");
      for (guint k = 0; parts[k]; k++)
        {
          const char *part = g_strstrip (parts[k]);
          gsize name_len;

          if (part[0] == '\0')
            continue;
          if (_vitae_import_count_words (part) > 2 &&
              (_vitae_import_count_words (part) > 5 || (find_fluency (part, &name_len) == NULL && strstr (part, " (") == NULL)))
            return FALSE;
          n++;
        }
      return n > 0;
    }
  /* "Python, C, Rust"; two parts without a count ("Built 600+ graphs,
   * many interactive" is a sentence). */
  parts = _vitae_import_split_parts (item, ",;|\t");
  if (are_listed_words (parts, 3) && (g_strv_length (parts) >= 3 || !has_count (item)))
    return TRUE;
  /* One skill or interest a line, in a few words ("Descriptive
   * statistics", "Word / Excel", "Chess (club champion 2019)"); a
   * skill without a number ("Cut costs by 20 %" is a sentence). */
  n_words = count_words_outside_brackets (item, &has_number);
  return n_words >= 1 && n_words <= 6 && (kind == VITAE_SECTION_INTERESTS || !has_number);
}

/* Whether line @next, right under a line marked with a written glyph,
 * is a wrapped line of its item set back to the glyph's edge: flush
 * with the glyph, or a little left of it where the column starts, and
 * going on in lower case ("- Calm, patient and" / "careful under
 * pressure."), or in a number after an item that ends no sentence ("‐
 * Champion de France" / "2018 avec l'équipe"). */
static gboolean
wraps_to_glyph_edge (VitaeTextLine *line,
                     VitaeTextLine *next)
{
  gunichar c = g_utf8_get_char (next->text);

  return next->x > line->x - 0.5 * line->size && next->x < line->x + 1 &&
         _vitae_import_after_bullet (line->text) != NULL &&
         (g_unichar_islower (c) || (g_unichar_isdigit (c) && !_vitae_import_ends_sentence (line->text)));
}

/* @text, the item with a glyph on line @i, with the lines it wraps onto:
 * lines right under it, indented to its text or back at the glyph's edge
 * (wraps_to_glyph_edge()), without a glyph of their own, written or an
 * icon font's that the reader left out (a nested list's items under a
 * group's, "Web design" / "  HTML: 30%"). @end is the line after the
 * item's last. */
char *
_vitae_import_item_with_wraps (Reader     *r,
                               guint       i,
                               const char *text,
                               guint      *end)
{
  VitaeTextLine *line = line_at (r, i);
  char *item = g_strdup (text);

  for (*end = i + 1; *end < r->lines->len && line->size > 0; (*end)++)
    {
      VitaeTextLine *next = line_at (r, *end);
      char *joined;

      /* (An icon font's item, its mark left out of the text, wraps
       * under its own text: on, where a bracket is left open or the
       * line goes on in lower case.) */
      if (next->page != line->page ||
          (next->x <= line->x + 2 && !wraps_to_glyph_edge (line, next) &&
           !((line->flags & VITAE_TEXT_LINE_ICON) && ABS (next->x - line->x) < 1 &&
             (leaves_parenthesis_open (item) || g_unichar_islower (g_utf8_get_char (next->text))))) ||
          next->x >= line->x + 3 * line->size ||
          next->gap > 0.5 * line->size || ABS (next->size - line->size) >= 0.5 || r->heading_like[*end] ||
          _vitae_import_after_bullet (next->text) != NULL || (next->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) ||
          strchr (next->text, '\t'))
        break;
      /* (A word broken at a hyphen is whole again: "Deep Lear-" /
       * "ning, ML".) */
      joined = _vitae_import_join_wrapped (item, next->text);
      g_free (item);
      item = joined;
    }
  return item;
}

/* The lines item @i of a list of skills or interests wraps onto, when
 * it stays an item (a sentence, not a group of words): they go on with
 * it, as _vitae_import_item_with_wraps() finds them for a group. */
void
_vitae_import_read_item_wraps (Reader *r,
                               guint   i)
{
  guint end;
  g_autofree char *item = _vitae_import_item_with_wraps (r, i, "", &end);

  for (guint k = i + 1; k < end; k++)
    _vitae_import_continue_last (&r->builder, ROLE_BULLET, line_at (r, k)->text);
  r->skip_until = MAX (r->skip_until, end);
}

/* Whether @word names a season (in the document languages most met). */
gboolean
_vitae_import_is_season (const char *word)
{
  static const char * const seasons[] = {
    "spring", "summer", "fall", "autumn", "winter", "printemps", "été", "automne", "hiver", "frühling", "frühjahr",
    "sommer", "herbst", "primavera", "verano", "otoño", "invierno", "estate", "autunno", "inverno", "verão", "outono",
    NULL
  };
  g_autofree char *folded = g_utf8_casefold (word, -1);

  return g_strv_contains (seasons, folded);
}

/* Whether @text is a line of prose: eight words or more, most of them
 * in lower case, without tabs, separators of contact details, an e-mail
 * address or a phone number. */
gboolean
_vitae_import_is_prose (const char *text)
{
  g_auto(GStrv) words = NULL;
  guint n = 0, lower = 0;

  if (strpbrk (text, "\t@|") != NULL || strstr (text, "•") != NULL || strstr (text, "·") != NULL ||
      _vitae_import_is_contact_line (text) || _vitae_import_has_phone (text))
    return FALSE;
  words = g_strsplit (text, " ", -1);
  for (guint k = 0; words[k]; k++)
    {
      n += words[k][0] != '\0';
      lower += g_unichar_islower (g_utf8_get_char (words[k])) != 0;
    }
  return n >= 8 && 2 * lower > n;
}

/* Whether line @i of the header, under the name, is a line of a
 * paragraph of prose, the summary's: prose too long for the headline or
 * after it, even close under the contact details or the headline (not
 * under a headline of prose, which goes on), or the line such a line
 * goes on on, before its sentence ends. */
gboolean
_vitae_import_is_header_prose (Reader *r,
                               guint   i)
{
  VitaeTextLine *line = line_at (r, i), *above = i > 0 ? line_at (r, i - 1) : NULL;

  const char *label = vitae_node_get_text (VITAE_NODE (r->builder.document), "label");

  /* (A headline of prose goes on as it is: is_headline_wrap().) */
  if (!r->have_name || line->size <= 0 ||
      (r->builder.previous == ROLE_HEADLINE && label != NULL && _vitae_import_is_prose (label)))
    return FALSE;
  if (_vitae_import_is_prose (line->text) && (r->have_headline || g_utf8_strlen (line->text, -1) >= 100))
    return TRUE;
  return r->builder.previous == ROLE_BODY && above != NULL && _vitae_import_is_prose (above->text) &&
         !_vitae_import_ends_sentence (above->text) && ABS (line->size - above->size) < 0.5 &&
         line->gap <= r->line_gap + 0.1 * line->size && !strchr (line->text, '\t') &&
         !_vitae_import_is_contact_line (line->text);
}

/* Whether @cell, after the headline read from a cell of the same line of
 * the header, goes on with it: both words in capitals only ("SOFTWARE
 * <tab> DEVELOPER", set wide apart). */
gboolean
_vitae_import_is_headline_word (Builder    *builder,
                                const char *cell)
{
  const char *label = vitae_node_get_text (VITAE_NODE (builder->document), "label");
  g_autofree char *both = g_strconcat (label != NULL ? label : "", cell, NULL);

  for (const char *p = both; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)) && *p != ' ' && *p != '-')
      return FALSE;
  return label != NULL && _vitae_import_is_upper_text (label) && _vitae_import_is_upper_text (cell);
}

/* @text with its typographic apostrophes made plain ones, in place. */
void
_vitae_import_plain_apostrophes (char *text)
{
  for (char *quote = strstr (text, "’"); quote != NULL; quote = strstr (quote, "’"))
    {
      memmove (quote + 1, quote + strlen ("’"), strlen (quote + strlen ("’")) + 1);
      *quote = '\'';
    }
}

/* The kind of a heading's @parts where one names skills or interests
 * and the others no kind, as words that qualify a list's ("knowledge
 * & skills"); or -1. */
static int
qualified_list_kind (GStrv parts)
{
  int kind = -1;

  for (guint p = 0; parts[p]; p++)
    {
      int named = _vitae_import_kind_from_heading (parts[p]);

      if (named < 0)
        continue;
      if ((named != VITAE_SECTION_SKILLS && named != VITAE_SECTION_INTERESTS) || (kind >= 0 && kind != named))
        return -1;
      kind = named;
    }
  return kind;
}

/* The kind of section a heading written in lower case names by its
 * parts, or -1: parts joined by "and" or "/" that all name one kind
 * ("hobbys und interessen", "ausbildung / akademischer werdegang"), or
 * two words, one naming skills or interests and the other no kind, as
 * a word qualifies a list's ("compétences informatiques", "технические
 * навыки", "edv-kenntnisse"). */
int
_vitae_import_kind_from_parts (const char *folded)
{
  static const char * const joins[] = { " and ", " und ", " et ", " e ", " y ", " i ", " en ", " и ", " & ", " / ", NULL };
  g_auto(GStrv) words = NULL;
  int kind = -1;

  for (guint k = 0; joins[k]; k++)
    {
      g_auto(GStrv) parts = g_strsplit (folded, joins[k], -1);

      if (g_strv_length (parts) < 2)
        continue;
      kind = _vitae_import_kind_from_heading (parts[0]);
      for (guint p = 1; parts[p] && kind >= 0; p++)
        if (_vitae_import_kind_from_heading (parts[p]) != kind)
          kind = -1;
      return kind >= 0 ? kind : qualified_list_kind (parts);
    }
  words = g_strsplit_set (folded, " -", -1);
  if (g_strv_length (words) != 2 || words[0][0] == '\0' || words[1][0] == '\0')
    return -1;
  for (guint k = 0; k < 2; k++)
    {
      int named = _vitae_import_kind_from_heading (words[k]);

      if ((named == VITAE_SECTION_SKILLS || named == VITAE_SECTION_INTERESTS) &&
          _vitae_import_kind_from_heading (words[1 - k]) < 0)
        return named;
    }
  return -1;
}

/* Whether @cell is a dash, an asterisk or a middle dot alone, a mark
 * typed before an item rather than set as a glyph. */
static gboolean
is_typed_mark (const char *cell)
{
  static const char * const marks[] = { "-", "\u2013", "\u2014", "*", "\u00b7", "\u2043", NULL };

  return g_strv_contains (marks, cell);
}

/* The items of a line of items side by side, in columns ("• A <tab> •
 * B"): a cell that starts with a glyph, or follows a glyph alone, starts
 * one; a cell without one goes on with the item before it. (Two set
 * closer than a tab apart are two: vitae-import-grid.c.) */
static GPtrArray *
split_row_items (const char *text)
{
  g_autofree char *row = _vitae_import_split_close_cells (text);
  g_auto(GStrv) cells = g_strsplit (row, "\t", -1);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  gboolean starts = TRUE;

  for (guint k = 0; cells[k]; k++)
    {
      const char *cell = g_strstrip (cells[k]);
      const char *after = _vitae_import_after_bullet (cell);

      /* (A dash or a dot typed as the row's mark, a tab from its first
       * word: "-<tab>Networks".) */
      if (_vitae_import_is_bare_glyph (cell) || (k == 0 && cells[1] != NULL && is_typed_mark (cell)))
        {
          starts = TRUE;
          continue;
        }
      if (cell[0] == '\0')
        continue;
      if (starts || after != NULL || items->len == 0)
        g_ptr_array_add (items, g_strdup (after != NULL ? after : cell));
      else
        {
          char **last = (char **) &g_ptr_array_index (items, items->len - 1);
          char *joined = g_strconcat (*last, "\t", cell, NULL);

          g_free (*last);
          *last = joined;
        }
      starts = FALSE;
    }
  return items;
}

/* Whether @cell is a rating drawn in dots or stars ("●●●◐○"). */
static gboolean
is_rating (const char *cell)
{
  static const char marks[] = "●○◐◑◒◓★☆⬤◯";
  guint n = 0;

  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char mark[8] = { 0, };

      g_unichar_to_utf8 (c, mark);
      if (c != ' ' && strstr (marks, mark) == NULL)
        return FALSE;
      n += c != ' ';
    }
  return n >= 3;
}

/* Reads the items with a glyph of line @i as skills with their ratings,
 * if each is a skill and its rating in dots after a wide gap ("• C++
 * <tab> ●●●●○ <tab> • Unity <tab> ●●●◐○"), in any section: no item of
 * an entry. */
gboolean
_vitae_import_read_rated_items (Reader     *r,
                                const char *text)
{
  g_autoptr(GPtrArray) items = split_row_items (text);

  for (guint k = 0; k < items->len; k++)
    {
      const char *tab = strrchr (g_ptr_array_index (items, k), '\t');

      if (tab == NULL || !is_rating (tab + 1))
        return FALSE;
    }
  for (guint k = 0; k < items->len; k++)
    {
      char *item = g_ptr_array_index (items, k);
      char *tab = strrchr (item, '\t');
      VitaeNode *node = VITAE_NODE (_vitae_import_new_entry (&r->builder));

      vitae_node_set_text (node, "level", tab + 1);
      *tab = '\0';
      vitae_node_set_text (node, "title", g_strstrip (item));
    }
  r->builder.entry = NULL;
  return items->len > 0;
}

/* Whether @item lists words: a group's label and its words ("Tools:
 * Git, Make"), or words set apart ("Python, C, Rust"). */
static gboolean
lists_words (const char *item)
{
  g_auto(GStrv) parts = _vitae_import_split_parts (item, ",;|\t");
  const char *colon = strstr (item, ": ");
  g_autofree char *label = colon != NULL ? g_strndup (item, colon - item) : NULL;

  return (label != NULL && _vitae_import_count_words (label) <= 4) || are_listed_words (parts, 3);
}

/* Whether @item of a list under a heading of skills reads as a phrase:
 * four words or more outside brackets ("Familiarity with web tools
 * (HTML, CSS)"), listing no words. */
gboolean
_vitae_import_is_phrase_of_words (const char *item)
{
  gboolean has_number;

  return count_words_outside_brackets (item, &has_number) >= 4 && !lists_words (item);
}

/* Whether line @i, in a section of languages, is a note under the
 * language above it: the nearest line above that starts left of it, by
 * half an em to three (an indent, not another column), is set larger,
 * as the section's languages are ("French (A2)" / "Evening course, aim
 * B1"); a heading stops the search. */
static gboolean
under_language (Reader        *r,
                guint          i,
                VitaeTextLine *line)
{
  if (r->builder.kind != VITAE_SECTION_LANGUAGES || line->size <= 0)
    return FALSE;
  for (guint k = i; k > 0 && i - k < 8; k--)
    {
      VitaeTextLine *other = line_at (r, k - 1);

      if (other->page != line->page || r->heading_like[k - 1])
        return FALSE;
      if (other->x < line->x - 0.5 * line->size)
        return other->x > line->x - 3 * line->size && other->size >= line->size + 0.5;
    }
  return FALSE;
}

/* Whether the lines of the section line @i is in, between the headings
 * around it, are terms: three cells or more, each, without its glyph,
 * of six words at most, and three in four of three words at most or
 * listing words ("Tools: Git, Make"). A full
 * stop that ends a term there is the list's style, not a sentence's end
 * ("• Java. <tab> • Time management."). */
static gboolean
in_list_of_terms (Reader *r,
                  guint   i)
{
  guint start = i, end = i, n_cells = 0, n_short = 0;

  while (start > 0 && !r->heading_like[start - 1])
    start--;
  while (end < r->lines->len && (end == i || !r->heading_like[end]))
    end++;
  for (guint j = start; j < end; j++)
    {
      g_auto(GStrv) cells = g_strsplit (line_at (r, j)->text, "\t", -1);

      for (guint k = 0; cells[k]; k++)
        {
          const char *term = _vitae_import_after_bullet (cells[k]);
          guint n_words;

          term = term != NULL ? term : cells[k];
          n_words = _vitae_import_count_words (term);
          if (n_words > 6)
            return FALSE;
          n_cells += n_words > 0;
          n_short += n_words > 0 && (n_words <= 3 || lists_words (term));
        }
    }
  return n_cells >= 3 && 4 * n_short >= 3 * n_cells;
}

/* Whether @item, under a heading of languages, names one and its
 * fluency ("Anglais : Niveau courant", "Deutsch – fließend"): a
 * language, whatever mark set it. */
static gboolean
names_language_and_fluency (Reader     *r,
                            const char *item)
{
  gsize name_len = 0;

  return r->builder.kind == VITAE_SECTION_LANGUAGES && find_fluency (item, &name_len) != NULL;
}

/* Reads the item with a glyph on line @i, with its wrapped lines, as one
 * of the groups of words or languages of the list it is in, as its line
 * without the glyph would be, if it is one; or the items of a row of
 * them side by side, if every one is. */
gboolean
_vitae_import_read_item_of_words (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text)
{
  g_autoptr(GPtrArray) items = split_row_items (text);
  guint end = i + 1;
  const char *first;
  gsize len;
  VitaeTextLine plain;

  if (items->len == 1)
    {
      char *item = _vitae_import_item_with_wraps (r, i, g_ptr_array_index (items, 0), &end);

      g_free (g_ptr_array_index (items, 0));
      g_ptr_array_index (items, 0) = item;
    }
  first = items->len > 0 ? g_ptr_array_index (items, 0) : "";
  len = strlen (first);
  /* A group's label alone, its words in the items under it
   * ("Programming:"). */
  if (items->len == 1 && r->builder.kind != VITAE_SECTION_LANGUAGES && len > 1 && first[len - 1] == ':' &&
      !strchr (first, '\t') && _vitae_import_count_words (first) <= 4)
    {
      g_autofree char *title = g_strndup (first, len - 1);

      vitae_node_set_text (VITAE_NODE (_vitae_import_new_entry (&r->builder)), "title", g_strstrip (title));
      r->skip_until = MAX (r->skip_until, end);
      return TRUE;
    }
  /* (After an icon, which the text leaves out, only a list: a phrase
   * alone there may be a main column's item set beside a sidebar. A note
   * under a language is no list of languages: under_language().) */
  if ((_vitae_import_after_bullet (text) == NULL && (line->flags & VITAE_TEXT_LINE_ICON) && strpbrk (text, "|,\t") == NULL &&
       !names_language_and_fluency (r, first)) ||
      under_language (r, i, line))
    return FALSE;
  /* An item right under one of its list read as a sentence is one too
   * when it reads as a phrase, four words or more outside brackets
   * ("familiarity with web tools (HTML, CSS, PHP)"), and lists no words. */
  if (items->len == 1 && r->builder.previous == ROLE_BULLET && r->builder.entry != NULL &&
      vitae_entry_get_n_bullets (r->builder.entry) > 0 && _vitae_import_is_phrase_of_words (first))
    return FALSE;
  /* So is any item of a list most of whose items are phrases, but one
   * that lists words ("Python, C, Rust"): vitae-import-phrase-lists.c. */
  if (items->len == 1 && r->builder.kind != VITAE_SECTION_LANGUAGES && !lists_words (first) &&
      _vitae_import_in_list_of_phrases (r, i))
    {
      _vitae_import_start_items_of_phrases (&r->builder);
      return FALSE;
    }
  for (guint k = 0; k < items->len; k++)
    {
      const char *item = g_ptr_array_index (items, k);
      g_autofree char *term = NULL;

      if (_vitae_import_is_list_item_of_words (r->builder.kind, item) || names_language_and_fluency (r, item))
        continue;
      if (!g_str_has_suffix (item, ".") || r->builder.kind == VITAE_SECTION_LANGUAGES || !in_list_of_terms (r, i))
        return FALSE;
      term = without_end_mark (item);
      if (!_vitae_import_is_list_item_of_words (r->builder.kind, term))
        return FALSE;
    }
  /* (An item in bold is words all the same, not a group's title.) */
  plain = *line;
  plain.flags &= ~VITAE_TEXT_LINE_BOLD;
  for (guint k = 0; k < items->len; k++)
    {
      char *item = g_ptr_array_index (items, k);

      /* ("Databases: SQL, MySQL.", "Redis, Nginx,"; not the comma of a
       * list in parentheses that goes on on the next line: "Web
       * development (HTML," / "CSS)".) */
      if ((g_str_has_suffix (item, ".") || (g_str_has_suffix (item, ",") && !leaves_parenthesis_open (item))) &&
          r->builder.kind != VITAE_SECTION_LANGUAGES)
        item[strlen (item) - 1] = '\0';
      _vitae_import_read_body (&r->builder, &plain, item);
      _vitae_import_mark_item_group (r->builder.entry);
    }
  r->skip_until = MAX (r->skip_until, end);
  r->bullet_x = line->x;
  r->bullet_size = line->size;
  r->bullet_glyph = TRUE;
  return items->len > 0;
}
