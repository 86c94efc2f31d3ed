/* vitae-import-degree-lines.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A school's entry written on one line of its own, without a mark, its
 * parts set apart by commas or bars: the degree (and its field), then
 * the school, then perhaps its place and years ("M.Sc., Marine Biology,
 * Bergen University (2019)", "B.A. History | Alder College | Leith,
 * UK"). Under a heading of education, such lines one under another
 * looked like a list's items; each is an entry. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-degree-lines.h"
#include "vitae-text-reader.h"

/* @text's parts between " | " or ", " outside brackets, stripped, a
 * full stop at the end of the last one left out. */
static GStrv
split_parts (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *start = text;
  int depth = 0;
  guint n;

  for (const char *p = text; *p != '\0'; p++)
    {
      depth += *p == '(' ? 1 : *p == ')' && depth > 0 ? -1 : 0;
      if (depth == 0 && (g_str_has_prefix (p, ", ") || g_str_has_prefix (p, " | ")))
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          start = p + 2;
        }
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));
  n = parts->len;
  if (g_str_has_suffix (g_ptr_array_index (parts, n - 1), "."))
    ((char *) g_ptr_array_index (parts, n - 1))[strlen (g_ptr_array_index (parts, n - 1)) - 1] = '\0';
  g_ptr_array_add (parts, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/* Whether @part names a degree, its abbreviation's last full stop
 * written or not ("B.Sc." as "B.Sc"). */
static gboolean
names_degree (const char *part)
{
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = part; *p != '\0'; p++)
    if (!(*p == '.' && (p[1] == ' ' || p[1] == '\0')))
      g_string_append_c (bare, *p);
  return _vitae_import_names_work_done (VITAE_SECTION_EDUCATION, bare->str);
}

/* The index of the part of @parts that names the school, after parts
 * that name the degree, or 0 when there is none. When @loose, the last
 * of two or three parts, a short name, may name it in words of its own
 * ("Matura, Kantonsschule Thun", under a line that reads as a school's
 * entry: its neighbour in a list of them). */
static guint
school_part (GStrv    parts,
             gboolean loose)
{
  gboolean degree = FALSE;
  guint n = g_strv_length (parts);

  for (guint k = 0; k < n; k++)
    {
      if (degree && _vitae_import_names_organisation (VITAE_SECTION_EDUCATION, parts[k]))
        return k;
      degree = degree || names_degree (parts[k]);
    }
  return loose && (n == 2 || n == 3) && g_unichar_isupper (g_utf8_get_char (parts[0])) &&
             !_vitae_import_has_digit (parts[n - 1]) && g_unichar_isupper (g_utf8_get_char (parts[n - 1])) &&
             _vitae_import_count_words (parts[n - 1]) <= 5
           ? n - 1
           : 0;
}

/* Whether line @i is set as the line above it is, from its edge, in its
 * size and weight, and that line was read as a school's entry (the
 * role it leaves is a line of text's). */
static gboolean
under_degree_line (Reader        *r,
                   guint          i,
                   VitaeTextLine *line)
{
  VitaeTextLine *above = line_at (r, i - 1);
  guint weight = VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC;
  g_auto(GStrv) parts = NULL;

  if (r->builder.previous != ROLE_BODY || above->page != line->page || ABS (above->x - line->x) >= 1 ||
      ABS (above->size - line->size) >= 0.5 || (above->flags & weight) != (line->flags & weight) ||
      r->heading_like[i - 1] || _vitae_import_after_bullet (above->text) != NULL)
    return FALSE;
  /* (That line may be such a neighbour itself.) */
  parts = split_parts (above->text);
  return school_part (parts, strstr (above->text, ": ") == NULL) > 0;
}

/* Moves the years in brackets at the end of @school ("Bergen University
 * (2019)") to @dates, when @dates has none. */
static void
take_bracketed_dates (char  *school,
                      char **dates)
{
  char *open = strrchr (school, '(');
  g_autofree char *inner = NULL;
  g_autofree char *s = NULL, *e = NULL;

  if (*dates != NULL || open == NULL || open == school || !g_str_has_suffix (school, ")"))
    return;
  inner = g_strndup (open + 1, strlen (open + 1) - 1);
  if (!_vitae_import_parse_dates (inner, &s, &e))
    return;
  *dates = g_steal_pointer (&inner);
  *open = '\0';
  g_strchomp (school);
}

/* Reads @parts, the school's at @k, into a new entry, with @dates (or
 * NULL) found at the line's end. */
static void
read_degree_line (Reader     *r,
                  GStrv       parts,
                  guint       k,
                  const char *end_dates)
{
  VitaeNode *node = VITAE_NODE (_vitae_import_new_entry (&r->builder));
  g_autofree char *degree = NULL, *dates = g_strdup (end_dates);
  g_autoptr(GString) place = g_string_new (NULL);
  char *saved = parts[k];

  parts[k] = NULL;
  degree = g_strjoinv (", ", parts);
  parts[k] = saved;
  for (guint j = k + 1; parts[j] != NULL; j++)
    {
      g_autofree char *s = NULL, *e = NULL;

      if (dates == NULL && _vitae_import_has_digit (parts[j]) && _vitae_import_parse_dates (parts[j], &s, &e))
        dates = g_strdup (parts[j]);
      else
        g_string_append_printf (place, "%s%s", place->len > 0 ? ", " : "", parts[j]);
    }
  take_bracketed_dates (parts[k], &dates);
  vitae_node_set_text (node, "organization", parts[k]);
  _vitae_import_read_subtitle (&r->builder, degree);
  if (place->len > 0)
    vitae_node_set_text (node, "location", place->str);
  if (dates != NULL)
    _vitae_import_set_dates (&r->builder, node, dates);
}

/**
 * _vitae_import_degree_line_role:
 *
 * ROLE_DONE when line @i, @text, in a section of education, is a
 * school's entry on one line (read then, as the entry's title), else
 * ROLE_NONE. Not a line with a mark, nor one that a line above runs on
 * into, nor one that runs on into the next; only right under the
 * heading or under another such line.
 */
Role
_vitae_import_degree_line_role (Reader        *r,
                                guint          i,
                                VitaeTextLine *line,
                                const char    *text)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;
  gboolean loose;
  guint k;

  if (r->in_header || r->builder.kind != VITAE_SECTION_EDUCATION || line->size <= 0 || i == 0 ||
      r->heading_like[i] || strchr (text, '\t') != NULL || g_utf8_strlen (text, -1) >= 120 ||
      !g_unichar_isupper (g_utf8_get_char (text)) || _vitae_import_after_bullet (text) != NULL ||
      (line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) || _vitae_import_runs_on (text) ||
      (!r->heading_like[i - 1] && _vitae_import_runs_on (line_at (r, i - 1)->text)))
    return ROLE_NONE;
  /* (The next line set as it is, close under it, in lower case: the
   * sentence goes on there.) */
  if (i + 1 < r->lines->len && line_at (r, i + 1)->page == line->page &&
      g_unichar_islower (g_utf8_get_char (line_at (r, i + 1)->text)) && line_at (r, i + 1)->gap < 0.5 * line->size)
    return ROLE_NONE;
  /* (In a list of such lines, right under the heading or under one of
   * them: not an entry's text under its title.) */
  loose = under_degree_line (r, i, line);
  if (!loose && r->builder.previous != ROLE_HEADING)
    return ROLE_NONE;
  /* (Dates at the end after a space: "…, Alder College 2016".) */
  _vitae_import_split_right (text, &left, &right);
  if (right == NULL || left[0] == '\0' || !_vitae_import_parse_dates (right, &s, &e))
    g_clear_pointer (&right, g_free);
  /* (Without the comma before them.) */
  while (right != NULL && (g_str_has_suffix (left, ",") || g_str_has_suffix (left, " ")))
    left[strlen (left) - 1] = '\0';
  parts = split_parts (right != NULL ? left : text);
  /* (A label's line, "Courses: …", or a sentence is no neighbour.) */
  if (strstr (text, ": ") != NULL || _vitae_import_ends_sentence (text))
    loose = FALSE;
  if ((k = school_part (parts, loose)) == 0)
    return ROLE_NONE;
  read_degree_line (r, parts, k, right);
  /* (What follows is read as after a line of text: a title, an item.) */
  r->builder.previous = ROLE_BODY;
  return ROLE_DONE;
}
