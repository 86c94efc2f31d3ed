/* vitae-import-heading-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dates of an entry's heading that a word-by-word reading would cut
 * in two: a span written alone on its line whose first word is a month's
 * name or a season ("Abril 2018 – Junio 2020", "Fall 2012 – Summer
 * 2016"). That word is part of the dates, never a title, an employer or
 * a school. And dates alone under a line read as a paragraph of its own
 * are that line's: it was the entry's heading. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-private.h"
#include "vitae-locale.h"

/* Whether @word names a month in a document language, shortened with a
 * full stop or not ("Sept.", "Août"), or a season. */
static gboolean
is_date_word (const char *word)
{
  g_autofree char *bare = g_strdup (word);
  gsize len = strlen (bare);

  if (len > 2 && bare[len - 1] == '.')
    bare[len - 1] = '\0';
  if (vitae_locale_match_month (bare, NULL) > 0 || _vitae_import_is_season (bare))
    return TRUE;
  /* (A month cut to four letters: "Sept".) */
  if (strlen (bare) == 4 && g_ascii_isalpha (bare[3]))
    {
      bare[3] = '\0';
      return vitae_locale_match_month (bare, NULL) > 0;
    }
  return FALSE;
}

/**
 * _vitae_import_keep_cut_span:
 * @text: a line without a tab, split at its trailing dates
 * @left: (inout): what the split left before them
 * @right: (inout): the dates
 *
 * Keeps @text whole as the dates when it is dates alone, and what is
 * left before the split is a month's name or a season that starts them
 * ("Abril 2018 – Junio 2020") or the start of the span ("2018 –"):
 * @left becomes "".
 */
void
_vitae_import_keep_cut_span (const char  *text,
                             char       **left,
                             char       **right)
{
  g_autofree char *s = NULL, *e = NULL;

  if ((*left)[0] == '\0' || !(_vitae_import_has_digit (*left) || (strchr (*left, ' ') == NULL && is_date_word (*left))) ||
      !_vitae_import_parse_dates (text, &s, &e))
    return;
  g_free (*left);
  g_free (*right);
  *left = g_strdup ("");
  *right = g_strstrip (g_strdup (text));
}

/* Whether @text, a line read alone as an entry's paragraph, can be its
 * heading: a name of a few words starting in a capital, without digits,
 * not a sentence, a label or an item, with at most a place in a cell at
 * its right (no role or degree). Sets
 * @name and @place (or NULL). */
static gboolean
is_heading_line (const char  *text,
                 char       **name,
                 char       **place)
{
  const char *tab = strchr (text, '\t');
  g_autofree char *left = NULL, *right = NULL;

  if (text[0] == '\0' || strchr (text, '\n') || (tab != NULL && strchr (tab + 1, '\t')))
    return FALSE;
  left = g_strstrip (tab ? g_strndup (text, tab - text) : g_strdup (text));
  right = tab ? g_strstrip (g_strdup (tab + 1)) : NULL;
  if (left[0] == '\0' || !g_unichar_isupper (g_utf8_get_char (left)) || _vitae_import_count_words (left) > 12 ||
      g_str_has_suffix (left, ".") || g_str_has_suffix (left, ":") || g_str_has_suffix (left, ",") ||
      _vitae_import_has_digit (left) || _vitae_import_after_bullet (left) != NULL ||
      _vitae_import_looks_like_url (left) || _vitae_import_is_prose (left) ||
      _vitae_import_kind_from_heading (left) >= 0 || vitae_locale_match_heading (left, NULL) != NULL)
    return FALSE;
  /* (One word in capitals names a part of the section: "COURSES".) */
  if (tab == NULL && strchr (left, ' ') == NULL && g_utf8_strlen (left, -1) > 4 && _vitae_import_is_upper_text (left))
    return FALSE;
  if (right != NULL && (right[0] == '\0' || _vitae_import_has_digit (right) || _vitae_import_count_words (right) > 5 ||
                        _vitae_import_names_work_done (VITAE_SECTION_EXPERIENCE, right) ||
                        _vitae_import_names_work_done (VITAE_SECTION_EDUCATION, right)))
    return FALSE;
  *name = g_steal_pointer (&left);
  *place = g_steal_pointer (&right);
  return TRUE;
}

/* Whether the line @i, @text, is dates alone under an entry that holds
 * nothing but the line above, a heading (see is_heading_line()): sets
 * @name and @place from it. */
static gboolean
under_heading_paragraph (Reader      *r,
                         guint        i,
                         const char  *text,
                         char       **name,
                         char       **place)
{
  VitaeEntry *entry = r->builder.entry;
  guint kind = r->builder.kind;
  g_autofree char *s = NULL, *e = NULL;
  g_auto(GStrv) keys = NULL;
  const char *summary;

  if ((kind != VITAE_SECTION_EXPERIENCE && kind != VITAE_SECTION_EDUCATION && kind != VITAE_SECTION_VOLUNTEER) ||
      entry == NULL || r->builder.previous != ROLE_BODY || i == 0 || strchr (text, '\t') ||
      vitae_entry_get_n_bullets (entry) > 0 || !_vitae_import_parse_dates (text, &s, &e))
    return FALSE;
  keys = vitae_node_dup_keys (VITAE_NODE (entry));
  if (g_strv_length (keys) != 1 || !g_str_equal (keys[0], "summary"))
    return FALSE;
  summary = vitae_node_get_text (VITAE_NODE (entry), "summary");
  return g_str_equal (summary, line_at (r, i - 1)->text) && is_heading_line (summary, name, place);
}

/**
 * _vitae_import_is_dated_paragraph:
 * @r: the reader
 * @i: the index of a line
 * @text: its text
 *
 * Returns: whether _vitae_import_read_dated_paragraph() reads the line
 *   (so that it goes on no paragraph)
 */
gboolean
_vitae_import_is_dated_paragraph (Reader     *r,
                                  guint       i,
                                  const char *text)
{
  g_autofree char *name = NULL, *place = NULL;

  return under_heading_paragraph (r, i, text, &name, &place);
}

/**
 * _vitae_import_read_dated_paragraph:
 * @r: the reader
 * @i: the index of a line read as an entry's title or paragraph
 * @text: its text
 *
 * Reads dates alone on their line ("Abril 2018 – Junio 2020") under an
 * entry that holds nothing but the line right above, read as its
 * paragraph for want of dates, as that entry's dates: the line above is
 * its heading, the role or degree when its words say so, else the
 * organisation (with its place beside it), or in experience without a
 * place or a firm's words, the role.
 *
 * Returns: whether the line was read so
 */
gboolean
_vitae_import_read_dated_paragraph (Reader     *r,
                                    guint       i,
                                    const char *text)
{
  guint kind = r->builder.kind;
  g_autofree char *name = NULL, *place = NULL;
  VitaeNode *node;

  if (!under_heading_paragraph (r, i, text, &name, &place))
    return FALSE;
  node = VITAE_NODE (r->builder.entry);
  vitae_node_set_text (node, "summary", NULL);
  /* (A role or a degree in its words even beside a place: "Internship
   * <tab> Oslo"; in education, a name without such words is the school's,
   * as an entry's title is.) */
  if (_vitae_import_names_work_done (kind, name) ||
      (kind != VITAE_SECTION_EDUCATION && place == NULL && !_vitae_import_names_organisation (kind, name)))
    vitae_node_set_text (node, kind == VITAE_SECTION_EDUCATION ? "degree" : "role", name);
  else
    vitae_node_set_text (node, "organization", name);
  if (place != NULL)
    vitae_node_set_text (node, "location", place);
  _vitae_import_set_dates (&r->builder, node, text);
  return TRUE;
}
