/* vitae-import-phrase-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of a list under a heading of skills or interests
 * as a whole: whether its items are names of skills, read as a group's
 * words, or phrases ("Experience with test tools (ex Selenium)",
 * "Graph theory and linear algebra"), which a person wrote as a list's
 * items and which stay items. One item alone does not tell: a list of
 * skills may hold a long one ("Audio Synthesis & Sound Design"), a list
 * of phrases a short one ("Yeast genetics"); so the list's items are
 * counted, and all of them read the same way: as phrases when more than
 * half of them are, in a list of two or more (an item alone may be what
 * a heading read wrongly left there: a referee's name and number).
 * And sentences without a mark under a role's heading with its years in
 * brackets, which a heading the import did not read as one left under a
 * heading of skills: the role's duties, not a keyword each. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-import-phrase-lists.h"
#include "vitae-import-private.h"

/* The text of line @k without its mark, if it is an item of the list
 * line @item is one of: on its page, at its left edge, in its size, with
 * a written mark or drawn as a list's, alone on its line; else %NULL. */
static const char *
item_text (Reader        *r,
           guint          k,
           VitaeTextLine *item)
{
  VitaeTextLine *line = line_at (r, k);
  const char *after = _vitae_import_after_bullet (line->text);

  if (line->page != item->page || r->heading_like[k] || ABS (line->x - item->x) >= 1 ||
      ABS (line->size - item->size) >= 0.5)
    return NULL;
  if (after == NULL && (line->flags & VITAE_TEXT_LINE_LIST))
    after = line->text;
  /* (A tab after the mark only: "•<tab>Yeast genetics".) */
  while (after != NULL && (*after == '\t' || *after == ' '))
    after++;
  return after != NULL && strchr (after, '\t') == NULL ? after : NULL;
}

/* Whether line @k, between two items of the list line @item is one of,
 * is a wrapped line of the one above: set in from the items' edge, by
 * less than three ems, without a mark. */
static gboolean
is_wrapped_line (Reader        *r,
                 guint          k,
                 VitaeTextLine *item)
{
  VitaeTextLine *line = line_at (r, k);

  return line->page == item->page && !r->heading_like[k] && line->x > item->x + 2 &&
         line->x < item->x + 3 * item->size && _vitae_import_after_bullet (line->text) == NULL &&
         !(line->flags & VITAE_TEXT_LINE_LIST);
}

gboolean
_vitae_import_in_list_of_phrases (Reader *r,
                                  guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  guint first = i, n = 0, n_phrases = 0;

  if (line->size <= 0 || item_text (r, i, line) == NULL)
    return FALSE;
  for (guint k = i; k > 0; k--)
    {
      if (item_text (r, k - 1, line) != NULL)
        first = k - 1;
      else if (!is_wrapped_line (r, k - 1, line))
        break;
    }
  for (guint k = first, end; k < r->lines->len; k = end)
    {
      const char *text = item_text (r, k, line);
      g_autofree char *item = NULL;

      if (text == NULL)
        break;
      item = _vitae_import_item_with_wraps (r, k, text, &end);
      n++;
      n_phrases += _vitae_import_is_phrase_of_words (item);
    }
  return n >= 2 && 2 * n_phrases > n;
}

void
_vitae_import_start_items_of_phrases (Builder *builder)
{
  VitaeNode *node = builder->entry != NULL ? VITAE_NODE (builder->entry) : NULL;
  const char * const *words;

  if (node == NULL || !vitae_node_has (node, "keywords") || vitae_entry_get_n_bullets (builder->entry) > 0)
    return;
  words = vitae_node_get_list (node, "keywords");
  /* A line without a mark right above the list, that no label began, is
   * its lead-in, the title of the items ("Lab techniques" / "• Yeast
   * genetics"). */
  if (builder->previous == ROLE_BODY && !vitae_node_has (node, "title") && g_strv_length ((GStrv) words) == 1)
    {
      g_autofree char *title = g_strdup (words[0]);

      vitae_node_set_list (node, "keywords", NULL);
      vitae_node_set_text (node, "title", title);
    }
  /* Else the words above are a group of their own, or an item of the
   * list read so: the items start an entry. */
  else
    builder->entry = NULL;
}

/* Whether @text ends in dates in brackets, as a role's heading does
 * ("ANALYST (2019-PRESENT)"). */
static gboolean
ends_in_dates_in_brackets (const char *text)
{
  const char *open = strrchr (text, '(');
  g_autofree char *inside = NULL, *s = NULL, *e = NULL;
  gsize len = strlen (text);

  if (open == NULL || open == text || len < 2 || text[len - 1] != ')')
    return FALSE;
  inside = g_strndup (open + 1, text + len - 1 - (open + 1));
  return _vitae_import_parse_dates (inside, &s, &e);
}

gboolean
_vitae_import_read_sentence_of_skills (Builder             *builder,
                                       const VitaeTextLine *line,
                                       const char          *text)
{
  VitaeEntry *entry = builder->entry;
  const char * const *words;
  guint n;
  g_autoptr(VitaeBullet) bullet = NULL;

  if (entry == NULL || builder->previous != ROLE_BODY || (line->flags & VITAE_TEXT_LINE_BOLD) ||
      strchr (text, '\t') != NULL)
    return FALSE;
  n = vitae_entry_get_n_bullets (entry);
  words = vitae_node_get_list (VITAE_NODE (entry), "keywords");
  /* (The line a sentence read so goes on on.) */
  if (n > 0 && g_unichar_islower (g_utf8_get_char (text)) &&
      !_vitae_import_ends_sentence (vitae_bullet_get_text (vitae_entry_get_bullet (entry, n - 1))))
    {
      _vitae_import_continue_last (builder, ROLE_BULLET, text);
      return TRUE;
    }
  if (!g_unichar_isupper (g_utf8_get_char (text)) || _vitae_import_count_words (text) < 5 ||
      _vitae_import_is_list_item_of_words (builder->kind, text))
    return FALSE;
  /* Sentences under a role's heading with its dates, read as a group of
   * words: its duties, a heading read wrongly having left them there. */
  if (n == 0 && (g_strv_length ((GStrv) words) != 1 || vitae_node_has (VITAE_NODE (entry), "title") ||
                 !ends_in_dates_in_brackets (words[0])))
    return FALSE;
  if (n == 0)
    _vitae_import_start_items_of_phrases (builder);
  bullet = vitae_bullet_new (text);
  vitae_entry_append_bullet (builder->entry, bullet);
  return TRUE;
}
