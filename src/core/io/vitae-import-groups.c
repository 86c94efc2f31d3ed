/* vitae-import-groups.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A list of skills or interests in groups, each group's name on a line
 * of its own and its words in the items under it ("ENGINEERING" over
 * "• Networks" and "• Software"): the line pass reads the name as a group
 * of its own, with a title (a bold name, "Programming:") or as its only
 * word (a name in capitals), and each item as a group of its words. Once
 * the pass is done, the items' words join the group named above them.
 * A word in capitals that is itself a marked item ("• SQL", "• HTML5 /
 * CSS3" in a grid of items) is one of the list's words, not a name. A
 * line of words that ends in a comma goes on on the next line: the
 * words there are the same group's. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-after-pass.h"
#include "vitae-section.h"

#define ITEM_GROUP "vitae-import-item-group"

/* Whether @node holds nothing but @key. */
static gboolean
holds_only (VitaeNode  *node,
            const char *key)
{
  static const char * const keys[] = { "title", "keywords", "level", "summary", "description", "url", NULL };

  if (VITAE_IS_ENTRY (node) && vitae_entry_get_n_bullets (VITAE_ENTRY (node)) > 0)
    return FALSE;
  for (guint k = 0; keys[k] != NULL; k++)
    if (!g_str_equal (keys[k], key) && vitae_node_has (node, keys[k]))
      return FALSE;
  return vitae_node_has (node, key);
}

/* Whether @word, a group's only word, is the name of the groups under it:
 * in capitals, two letters or more, no more than four words. */
static gboolean
is_name_in_capitals (const char *word)
{
  guint n_letters = 0, n_words = 1;

  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      n_letters += g_unichar_isalpha (c);
      n_words += c == ' ';
    }
  return n_letters >= 2 && n_words <= 4;
}

/* The name @node gives the groups under it, or NULL. A name in capitals
 * names no group after a group of words alone, @above: it is one of a
 * list of words ("PHP", "SQL", "Ruby"), not a name over them. */
static char *
dup_group_name (VitaeNode *node,
                VitaeNode *above)
{
  const char * const *words;

  if (holds_only (node, "title"))
    return g_strdup (vitae_node_get_text (node, "title"));
  if (above != NULL && holds_only (above, "keywords"))
    return NULL;
  if (g_object_get_data (G_OBJECT (node), ITEM_GROUP) != NULL)
    return NULL;
  words = holds_only (node, "keywords") ? vitae_node_get_list (node, "keywords") : NULL;
  if (words != NULL && words[0] != NULL && words[1] == NULL && is_name_in_capitals (words[0]))
    return g_strdup (words[0]);
  return NULL;
}

/* Joins to @group the words of the groups under it that its line wrapped
 * onto, after a comma ("GitHub, LaTeX, …, SQL," over "Tableau, Web
 * Design"): groups of words alone, no name, no marked item. A word never
 * keeps such a comma at its end. */
static void
join_wrapped_words (VitaeSection *section,
                    guint         e)
{
  VitaeNode *group = VITAE_NODE (vitae_section_get_entry (section, e));
  const char * const *items = vitae_node_get_list (group, "keywords");
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  guint n;

  if (items == NULL || (n = g_strv_length ((GStrv) items)) == 0 || !g_str_has_suffix (items[n - 1], ","))
    return;
  for (guint k = 0; items[k] != NULL; k++)
    g_ptr_array_add (words, g_strdup (items[k]));
  while (words->len > 0 && g_str_has_suffix (g_ptr_array_index (words, words->len - 1), ","))
    {
      char *last = g_ptr_array_index (words, words->len - 1);
      VitaeNode *next = e + 1 < vitae_section_get_n_entries (section)
                          ? VITAE_NODE (vitae_section_get_entry (section, e + 1))
                          : NULL;
      g_autofree char *next_name = next != NULL ? dup_group_name (next, NULL) : NULL;
      const char * const *more = NULL;

      last[strlen (last) - 1] = '\0';
      g_strchomp (last);
      if (next == NULL || next_name != NULL || !holds_only (next, "keywords") ||
          g_object_get_data (G_OBJECT (next), ITEM_GROUP) != NULL)
        break;
      more = vitae_node_get_list (next, "keywords");
      for (guint k = 0; more != NULL && more[k] != NULL; k++)
        g_ptr_array_add (words, g_strdup (more[k]));
      vitae_section_remove_entry (section, e + 1);
    }
  g_ptr_array_add (words, NULL);
  vitae_node_set_list (group, "keywords", (const char * const *) words->pdata);
}

static void
gather_section (VitaeSection *section)
{
  for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
    join_wrapped_words (section, e);

  for (guint e = 0; e + 1 < vitae_section_get_n_entries (section); e++)
    {
      VitaeNode *group = VITAE_NODE (vitae_section_get_entry (section, e));
      VitaeNode *above = e > 0 ? VITAE_NODE (vitae_section_get_entry (section, e - 1)) : NULL;
      g_autofree char *name = dup_group_name (group, above);
      g_autoptr(GPtrArray) words = NULL;

      if (name == NULL)
        continue;
      words = g_ptr_array_new_with_free_func (g_free);
      /* (The groups of words alone under it, up to the next name.) */
      while (e + 1 < vitae_section_get_n_entries (section))
        {
          VitaeNode *next = VITAE_NODE (vitae_section_get_entry (section, e + 1));
          g_autofree char *next_name = dup_group_name (next, NULL);
          const char * const *items = vitae_node_get_list (next, "keywords");

          if (next_name != NULL || !holds_only (next, "keywords") || items == NULL)
            break;
          for (guint k = 0; items[k] != NULL; k++)
            g_ptr_array_add (words, g_strdup (items[k]));
          vitae_section_remove_entry (section, e + 1);
        }
      if (words->len == 0)
        continue;
      g_ptr_array_add (words, NULL);
      vitae_node_set_text (group, "title", name);
      vitae_node_set_list (group, "keywords", (const char * const *) words->pdata);
    }
}

/**
 * _vitae_import_leave_group:
 * @builder: the line pass's builder
 * @text: a marked item of a list of skills that reads as a sentence
 *
 * Such an item under a label of its own ("• Version control: Git, and
 * reviewing a team's changes") is the list's next group, set as a
 * sentence, not a detail of the group above it (a titled one with its
 * words): it starts an entry of its own.
 */
void
_vitae_import_leave_group (Builder    *builder,
                           const char *text)
{
  const char *after = _vitae_import_after_bullet (text);
  const char *rest = NULL;
  g_autofree char *label = _vitae_import_split_label (after != NULL ? after : text, &rest);

  if (label != NULL && builder->entry != NULL &&
      (builder->kind == VITAE_SECTION_SKILLS || builder->kind == VITAE_SECTION_INTERESTS) &&
      vitae_node_has (VITAE_NODE (builder->entry), "title") && vitae_node_has (VITAE_NODE (builder->entry), "keywords"))
    builder->entry = NULL;
}

/**
 * _vitae_import_mark_item_group:
 * @group: (nullable): a group the line pass read from a marked item
 *
 * Keeps that the group was a marked item, for _vitae_import_gather_groups().
 */
void
_vitae_import_mark_item_group (VitaeEntry *group)
{
  if (group != NULL)
    g_object_set_data (G_OBJECT (group), ITEM_GROUP, GINT_TO_POINTER (TRUE));
}

/**
 * _vitae_import_gather_groups:
 * @document: a resume the line pass has read
 *
 * Joins the words of a list's items to the group named over them, in its
 * sections of skills and interests (see the top of the file).
 */
void
_vitae_import_gather_groups (VitaeDocument *document)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);
      VitaeSectionKind kind = vitae_section_get_kind (section);

      if (kind == VITAE_SECTION_SKILLS || kind == VITAE_SECTION_INTERESTS)
        gather_section (section);
    }
}
