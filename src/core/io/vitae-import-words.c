/* vitae-import-words.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of lists of words: a group of skills or
 * interests ("Tools: Git, Make"), languages and their fluency ("English –
 * native", "Deutsch (C1)"), and whether a list item under such a heading
 * is one of them or a sentence that stays an item; the names of the
 * seasons, which date a term ("Summer 2022"); and the kind of a heading
 * that joins two words ("Hobbys und Interessen") or qualifies the word
 * of such a list ("Compétences informatiques"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-private.h"
#include "vitae-section.h"

void
_vitae_import_set_list (VitaeNode  *node,
                        const char *key,
                        const char *text)
{
  g_auto(GStrv) items = g_strsplit (text, ", ", -1);

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
      size_t len = strlen (label);
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
      if (paren != NULL && part[strlen (part) - 1] == ')')
        {
          g_autofree char *name = g_strndup (part, paren - part);
          g_autofree char *level = g_strndup (paren + 2, strlen (paren + 2) - 1);

          vitae_node_set_text (node, "title", name);
          vitae_node_set_text (node, "fluency", level);
        }
      else if ((fluency = find_fluency (part, &name_len)) != NULL)
        {
          g_autofree char *name = g_strndup (part, name_len);

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

  if (g_str_has_suffix (item, "."))
    return FALSE;
  /* "English", "English – native", "Deutsch (C1)" */
  if (kind == VITAE_SECTION_LANGUAGES)
    {
      gsize name_len;

      return _vitae_import_count_words (item) <= 2 ||
             (_vitae_import_count_words (item) <= 5 && (find_fluency (item, &name_len) != NULL || strstr (item, " (") != NULL));
    }
  /* "Tools: Git, Make, Meson" */
  if (label != NULL && _vitae_import_count_words (label) <= 4)
    {
      g_auto(GStrv) after = _vitae_import_split_parts (colon + 2, ",;|\t");

      if (are_listed_words (after, 4))
        return TRUE;
    }
  /* "Python, C, Rust"; two parts without a count ("Built 600+ graphs,
   * many interactive" is a sentence). */
  parts = _vitae_import_split_parts (item, ",;|\t");
  return are_listed_words (parts, 3) && (g_strv_length (parts) >= 3 || !has_count (item));
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
      return kind;
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
