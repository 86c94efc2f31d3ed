/* vitae-import-item-details.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A list item of an entry with one of the entry's details set at its
 * right, after a wide gap, where a title line sets such details: "Dean's
 * List <tab> Awarded July 2020", "Scholarship <tab> GPA 4.0", "Built the
 * site <tab> Lisbon, Portugal", "Sales dashboard <tab> GitHub" (a link's
 * word). The side column of the page is the entry's, not the item's: the
 * item is the text before the gap, and the detail goes to the entry. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-item-details.h"

/**
 * _vitae_import_is_link_word:
 * @cell: a cell of a line
 *
 * Whether @cell is a word that stands for a link to an item's work
 * ("GitHub", "Demo"), its address behind it: the entry's link's label,
 * no word of the item's (_vitae_import_read_links() gives the entry the
 * address).
 */
gboolean
_vitae_import_is_link_word (const char *cell)
{
  static const char *words[] = { "github", "gitlab", "link", "demo", "lien", "code", "repo", "website" };
  g_autofree char *folded = g_utf8_casefold (cell, -1);

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (g_str_equal (folded, words[k]))
      return TRUE;
  return FALSE;
}

/* "Oslo, Norway", "Bangalore, Karnataka": words with capitals, without
 * digits, a comma between them. */
static gboolean
is_place (const char *cell)
{
  const char *comma = strchr (cell, ',');

  if (comma == NULL || strchr (comma + 1, ',') != NULL || _vitae_import_has_digit (cell) ||
      _vitae_import_count_words (cell) > 4 || comma[1] != ' ')
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (cell)) && g_unichar_isupper (g_utf8_get_char (comma + 2));
}

/* "GPA 4.0", "GPA: 3.9/4". */
static gboolean
is_grade (const char *cell)
{
  static const char *words[] = { "GPA", "CGPA", "Grade" };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      size_t n = strlen (words[k]);

      if (strncmp (cell, words[k], n) == 0 && (cell[n] == ' ' || cell[n] == ':') && _vitae_import_has_digit (cell + n))
        return TRUE;
    }
  return FALSE;
}

/* Whether the first word of @cell says when a degree or a work was
 * or will be done, before its date ("Awarded July 2020"); not a venue's
 * name before a year ("Patent 2022"). */
static gboolean
starts_with_when_word (const char *cell,
                       size_t      len)
{
  static const char *words[] = { "awarded", "expected", "anticipated", "graduated", "completed", "conferred",
                                 "defending", "since", "obtenu", "prévu", "depuis" };
  g_autofree char *folded = g_utf8_casefold (cell, len);

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (g_str_equal (folded, words[k]))
      return TRUE;
  return FALSE;
}

/* The dates of @cell, alone or after a word that says what they are
 * ("Awarded July 2020", "Expected May 2025"): where they start, or
 * %NULL. */
static const char *
dates_in (const char *cell)
{
  g_autofree char *s = NULL, *e = NULL;
  const char *space = strchr (cell, ' ');

  if (_vitae_import_parse_dates (cell, &s, &e))
    return cell;
  if (space != NULL && starts_with_when_word (cell, space - cell) && _vitae_import_parse_dates (space + 1, &s, &e))
    return space + 1;
  return NULL;
}

/* Puts @cell in @entry's field @key when it has none, else on a line of
 * its summary, so that no word of it is lost. */
static void
set_or_add (VitaeNode  *node,
            const char *key,
            const char *value,
            const char *cell)
{
  if (key != NULL && !vitae_node_has (node, key))
    vitae_node_set_text (node, key, value);
  else
    _vitae_import_append_text (node, "summary", cell, "\n");
}

/**
 * _vitae_import_take_item_detail:
 * @builder: the import's builder
 * @entry: the entry the item is in
 * @line: the item's line
 * @text: its text, after its mark
 *
 * Whether item @text ends in a cell at the right that is a detail of
 * its entry (its dates, its grade, its place, a link's word): then the
 * detail is the entry's, and the item is the text before it, returned.
 *
 * Returns: (transfer full) (nullable): the item's text, or %NULL when
 *   its last cell is none of these.
 */
char *
_vitae_import_take_item_detail (Builder             *builder,
                                VitaeEntry          *entry,
                                const VitaeTextLine *line,
                                const char          *text)
{
  VitaeNode *node = VITAE_NODE (entry);
  const char *tab = strchr (text, '\t');
  g_autofree char *left = NULL;
  g_autofree char *cell = NULL;
  const char *at;

  /* One gap, the cell past the middle of the line and short, the item
   * words enough to be one. */
  if (tab == NULL || strchr (tab + 1, '\t') != NULL || line->tab_x <= 0 ||
      line->tab_x - line->x < 0.6 * (line->right - line->x))
    return NULL;
  left = g_strstrip (g_strndup (text, tab - text));
  cell = g_strstrip (g_strdup (tab + 1));
  if (_vitae_import_count_words (left) < 2 || _vitae_import_count_words (cell) > 4 ||
      _vitae_import_after_bullet (cell) != NULL || cell[0] == '\0')
    return NULL;

  switch (builder->kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_EDUCATION:
    case VITAE_SECTION_VOLUNTEER:
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_CUSTOM:
      break;
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_N_SECTION_KINDS:
    default:
      return NULL;
    }

  if (_vitae_import_is_link_word (cell))
    return g_steal_pointer (&left);
  /* (A date alone beside a short item may be the item's own, as in a
   * list of awards each with its year: only a sentence's is taken.) */
  if ((at = dates_in (cell)) != NULL &&
      (at != cell || _vitae_import_count_words (left) >= 5 || g_str_has_suffix (left, ".")))
    {
      if (at == cell && !vitae_node_has (node, "start") && !vitae_node_has (node, "end") &&
          !vitae_node_has (node, "date"))
        _vitae_import_set_dates (builder, node, cell);
      else
        _vitae_import_append_text (node, "summary", cell, "\n");
      return g_steal_pointer (&left);
    }
  /* (The grade whole, its word with it, as the line has it.) */
  if (is_grade (cell) && (builder->kind == VITAE_SECTION_EDUCATION || builder->kind == VITAE_SECTION_CUSTOM))
    {
      set_or_add (node, "score", cell, cell);
      return g_steal_pointer (&left);
    }
  if (is_place (cell) && builder->kind != VITAE_SECTION_PROJECTS)
    {
      set_or_add (node, "location", cell, cell);
      return g_steal_pointer (&left);
    }
  return NULL;
}
