/* vitae-import-name-title.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lines of a PDF's header around the name that are easily taken for it,
 * or that hide it: a cover's title with the name after a dash ("CV –
 * Ada Lovelace", "Lebenslauf — Jonas Weber") set largest on the page, a
 * place and its country after a dash ("Lyon – France") in a column of
 * contact details above a name set far larger, and a badge of the
 * name's initials ("AL") set larger than the name under it; a job title
 * where the name would stand (the name drawn as a picture). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

static const char * const dashes[] = { " - ", " – ", " — ", NULL };

/* Whether @text is written as a name of two to four words alone. */
static gboolean
is_whole_name (const char *text)
{
  guint words = _vitae_import_count_words (text);

  return words >= 2 && words <= 4 && !strpbrk (text, "\t,|") && _vitae_import_is_plausible_name (text) &&
         _vitae_import_is_name_cased (text) && !_vitae_import_is_noise (text);
}

/* Whether @line is set no smaller than every line of its page. */
static gboolean
is_largest_on_page (Reader        *r,
                    VitaeTextLine *line)
{
  for (guint k = 0; k < r->lines->len; k++)
    {
      VitaeTextLine *other = line_at (r, k);

      if (other->page == line->page && other->size > line->size + 0.5)
        return FALSE;
      if (other->page > line->page)
        break;
    }
  return TRUE;
}

/* Whether a word of @name, of three letters or more, accents aside, is
 * in the e-mail address's local part @local, when there is one (a job
 * after the title, "CV – Software Engineer", is not). */
static gboolean
in_email_local (const char *name,
                const char *local)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_auto(GStrv) words = g_strsplit (ascii, " ", -1);

  if (local == NULL)
    return TRUE;
  for (guint k = 0; words[k]; k++)
    {
      g_autofree char *word = g_ascii_strdown (words[k], -1);

      if (strlen (word) >= 3 && strstr (local, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Drops the name @name from the headline taken before it: the name set
 * small over the address at the page's top, read as a headline with the
 * address's lines ("Ada Lovelace" / "12 Hill Road"); the address's lines
 * go to the contact details. */
static void
drop_small_name (Reader     *r,
                 const char *name)
{
  const char *label = vitae_node_get_text (VITAE_NODE (r->builder.document), "label");
  const char *rest;

  if (!g_str_has_prefix (label, name) || (label[strlen (name)] != '\0' && label[strlen (name)] != ' '))
    return;
  rest = label + strlen (name) + strspn (label + strlen (name), " ");
  if (rest[0] != '\0')
    {
      if (r->contact->len > 0)
        g_string_append_c (r->contact, '\t');
      g_string_append (r->contact, rest);
    }
  vitae_node_set_text (VITAE_NODE (r->builder.document), "label", NULL);
  r->have_headline = FALSE;
}

/* Reads @line as a running title that starts with the person's name
 * before a comma, the document's title after it ("Ada Lovelace,
 * Curriculum Vitae, May 2020", a LaTeX class's header over the first
 * page), set largest on its page, the name sharing a word with the
 * e-mail address; one of @titles. Returns whether it did. */
static gboolean
read_name_before_title (Reader              *r,
                        VitaeTextLine       *line,
                        const char * const  *titles)
{
  const char *comma = strstr (line->text, ", ");
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;

  if (comma == NULL)
    return FALSE;
  name = g_strndup (line->text, comma - line->text);
  folded = g_utf8_casefold (comma + 2, -1);
  for (guint t = 0; titles[t]; t++)
    {
      char end = folded[strlen (titles[t])];

      if (g_str_has_prefix (folded, titles[t]) && (end == '\0' || end == ',') && is_whole_name (name) &&
          r->email_local != NULL && in_email_local (name, r->email_local) && is_largest_on_page (r, line))
        {
          vitae_node_set_text (VITAE_NODE (r->builder.document), "name", name);
          r->have_name = TRUE;
          r->builder.previous = ROLE_NAME;
          return TRUE;
        }
    }
  return FALSE;
}

/* Reads line @i as a cover's title with the person's name after a dash
 * ("CV - Ada Lovelace", "Lebenslauf — Jonas Weber"), when it is set
 * largest on its page (a title with a job after it, "Resume – Software
 * Engineer", stands over a name set larger) and the e-mail address, if
 * the person's own, has a word of it. Returns whether it did. */
gboolean
_vitae_import_read_title_name (Reader *r,
                               guint   i)
{
  static const char * const titles[] = {
    "curriculum vitae", "lebenslauf", "resume", "résumé", "cv", "c.v.", "currículum vitae", "currículum", "currículo",
    "curriculum", NULL
  };
  VitaeTextLine *line = line_at (r, i);
  g_autofree char *folded = NULL;

  if (r->have_name || line->size <= 0 || line->page != line_at (r, 0)->page)
    return FALSE;
  folded = g_utf8_casefold (line->text, -1);
  for (guint t = 0; titles[t]; t++)
    for (guint d = 0; dashes[d] && g_str_has_prefix (folded, titles[t]); d++)
      {
        /* (Casefolding keeps these titles' lengths.) */
        const char *after = line->text + strlen (titles[t]);

        if (g_str_has_prefix (after, dashes[d]) && is_whole_name (after + strlen (dashes[d])) &&
            in_email_local (after + strlen (dashes[d]), r->email_local) && is_largest_on_page (r, line))
          {
            vitae_node_set_text (VITAE_NODE (r->builder.document), "name", after + strlen (dashes[d]));
            drop_small_name (r, after + strlen (dashes[d]));
            r->have_name = TRUE;
            r->builder.previous = ROLE_NAME;
            return TRUE;
          }
      }
  return read_name_before_title (r, line, titles);
}

/* Whether line @i, a few words on either side of a dash ("Lyon –
 * France"), no digits, stands a little above a name set far larger (half as large again,
 * and larger than the text), the name or the first cell of its line
 * two to four words written as one: a place at the top of a column of
 * contact details beside the name, not a name and a headline. */
gboolean
_vitae_import_is_place_over_name (Reader *r,
                                  guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  gboolean dash = FALSE;

  for (guint d = 0; dashes[d]; d++)
    dash |= strstr (line->text, dashes[d]) != NULL;
  if (!dash || line->size <= 0 || strchr (line->text, '\t') || _vitae_import_has_digit (line->text) ||
      _vitae_import_count_words (line->text) > 5)
    return FALSE;
  for (guint k = i + 1; k < MIN (r->lines->len, i + 4) && line_at (r, k)->page == line->page; k++)
    {
      VitaeTextLine *below = line_at (r, k);
      g_autofree char *cell = g_strndup (below->text, strcspn (below->text, "\t"));

      if (below->size >= 1.5 * line->size && below->size >= 1.5 * r->body_size && is_whole_name (g_strstrip (cell)))
        return TRUE;
    }
  return FALSE;
}

/* Whether line @i is a badge of the initials of the name on one of the
 * two lines under it ("AL" over "Ada Lovelace"), two or three capitals
 * set larger than the text, the name two to four words: the first
 * letters of its words, or of its first and last. */
gboolean
_vitae_import_is_initials_badge (Reader *r,
                                 guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  glong n = g_utf8_strlen (line->text, -1);

  if (line->size < 1.5 * r->body_size || n < 2 || n > 3)
    return FALSE;
  for (const char *p = line->text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  for (guint k = i + 1; k < MIN (r->lines->len, i + 3) && line_at (r, k)->page == line->page; k++)
    {
      g_auto(GStrv) words = g_strsplit (line_at (r, k)->text, " ", -1);
      guint w = g_strv_length (words);
      g_autoptr(GString) all = g_string_new (NULL);
      g_autoptr(GString) ends = g_string_new (NULL);

      if (!is_whole_name (line_at (r, k)->text) || line_at (r, k)->size < 1.5 * r->body_size)
        continue;
      for (guint c = 0; c < w; c++)
        if (words[c][0] != '\0')
          g_string_append_unichar (all, g_unichar_toupper (g_utf8_get_char (words[c])));
      g_string_append_unichar (ends, g_unichar_toupper (g_utf8_get_char (words[0])));
      g_string_append_unichar (ends, g_unichar_toupper (g_utf8_get_char (words[w - 1])));
      if (g_str_equal (all->str, line->text) || g_str_equal (ends->str, line->text))
        return TRUE;
    }
  return FALSE;
}

/* Whether @text reads as a job title rather than a name: one of its
 * words a trade's, in English, French, Spanish or German, the feminine
 * forms too ("Conceptrice Développeuse d'Applications", "Software
 * Engineer", "Softwareentwicklerin"). */
gboolean
_vitae_import_is_job_title (const char *text)
{
  static const char * const stems[] = {
    "engineer", "developer", "designer", "programmer", "analyst", "consultant", "architect", "technician",
    "développeu", "concepteu", "conceptrice", "ingénieu", "technicien", "desarrollador", "diseñador", "ingeniera",
    "ingeniero", "entwickler", "softwareentwickler", "informatiker", NULL
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " -/", -1);

  for (guint k = 0; words[k]; k++)
    for (guint s = 0; stems[s]; s++)
      if (g_str_has_prefix (words[k], stems[s]))
        return TRUE;
  return FALSE;
}
