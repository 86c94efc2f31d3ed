/* vitae-import-not-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text that the line pass read where an entry's dates were to be, at
 * the right of its title or in a cell of their own, but that holds no
 * dates it can read: kept where a person looks for it rather than as an
 * end date ("- Built a dashboard …", "Python, Docker, AWS" are no end
 * date). Dates it cannot read stay as typed ("Summers 2015, 2016",
 * "Graduating May 2023"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"
#include "vitae-import-after-pass.h"
#include "vitae-locale.h"

/* Whether @text may be dates the import cannot read: a few words, one
 * of them a number, a month's or a season's name, or a word for now. */
static gboolean
may_be_dates (const char *text)
{
  static const char * const seasons[] = {
    "spring", "summer", "summers", "fall", "autumn", "winter", "printemps", "été", "automne", "hiver",
    "frühling", "sommer", "herbst", "primavera", "verano", "otoño", "invierno", "verão", "outono", NULL
  };
  g_auto(GStrv) words = g_strsplit_set (text, " \t,.;:()/|-\u2013\u2014'\u2019", -1);
  guint n = 0;
  gboolean dated = FALSE;

  for (guint k = 0; words[k] != NULL; k++)
    {
      g_autofree char *folded = NULL;

      if (words[k][0] == '\0')
        continue;
      n++;
      folded = g_utf8_casefold (words[k], -1);
      dated = dated || _vitae_import_has_digit (words[k]) || vitae_locale_match_month (words[k], NULL) > 0 ||
              g_strv_contains (seasons, folded) || _vitae_import_is_present (words[k]);
    }
  return dated && n <= 6;
}

/* Whether @text is drawn marks alone, a rating ("○ ○ ○ ○ ○"). */
static gboolean
is_marks (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        return FALSE;
    }
  return TRUE;
}

/* Moves @key's text off @entry when it holds no dates: an item after a
 * list's mark becomes the entry's first item; other words go before its
 * text. Dates it may be, and marks alone, stay. */
static void
move_not_dates (VitaeEntry *entry,
                const char *key)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *text = g_strdup (vitae_node_get_text (node, key));
  const char *item;

  if (!vitae_node_has (node, key) || may_be_dates (text) || is_marks (text))
    return;
  vitae_node_set_text (node, key, NULL);
  item = _vitae_import_after_bullet (text);
  if (item != NULL)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (item);

      vitae_entry_insert_bullet (entry, 0, bullet);
    }
  else if (vitae_node_has (node, "summary"))
    {
      g_autofree char *summary = g_strconcat (text, "\n", vitae_node_get_text (node, "summary"), NULL);

      vitae_node_set_text (node, "summary", summary);
    }
  else
    vitae_node_set_text (node, "summary", text);
}

/**
 * _vitae_import_move_not_dates:
 * @document: a resume the line pass has read
 *
 * Once the line pass is done (which reads an entry with dates as one
 * whatever they say), moves the text of every entry's end date or date
 * that holds no dates where a person looks for it: an item after a
 * list's mark is the entry's first item, other words its text.
 */
void
_vitae_import_move_not_dates (VitaeDocument *document)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          move_not_dates (entry, "end");
          move_not_dates (entry, "date");
        }
    }
}
