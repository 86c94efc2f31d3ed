/* vitae-import-split-emails.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An e-mail address that a narrow cell (a sidebar, a header's column)
 * broke over two lines, "ada.lovelace@" / "example.com", "ada@example."
 * / "com", "ada@example.co" / "m" or "ada-" / "lovelace@example.com",
 * or "ada.lovelace" / "1815@example.org" flush right in a sidebar,
 * joined again before the lines are read: the names are scored on the
 * address (vitae-import-names.c); and an address printed only in the
 * pages' running footer. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether @domain, after an address's "@", cannot end it, as a narrow
 * cell broke it: no dot in it ("example"), or ending in a dot or a hyphen
 * ("example."), or in a last label of one letter ("example.c"). */
static gboolean
is_broken_domain (const char *domain)
{
  const char *dot = strrchr (domain, '.');
  gsize len = strlen (domain);

  for (const char *p = domain; *p; p++)
    if (!g_ascii_isalnum (*p) && !strchr (".-", *p))
      return FALSE;
  return len > 0 && g_ascii_isalnum (domain[0]) &&
         (dot == NULL || strchr (".-", domain[len - 1]) != NULL || strlen (dot + 1) == 1);
}

/* Whether @word is the start of an e-mail address that a narrow cell
 * broke: a local part ending in "@" ("ada.lovelace@"), or an address
 * broken in its domain ("ada@example." / "org", is_broken_domain()), or
 * ending in the dot, hyphen or underscore it broke at after another
 * ("ada.love."), or in its only hyphen, after two letters or more
 * ("ada-", "ADA-": @at_hyphen, the rest must be an address of its own,
 * see is_address_rest()). */
static gboolean
is_broken_local_part (const char *word,
                      gboolean   *at_end,
                      gboolean   *at_hyphen)
{
  gsize len = strlen (word);
  const char *at = strchr (word, '@');

  *at_hyphen = FALSE;
  if (len < 2 || strpbrk (word, " \t") != NULL)
    return FALSE;
  *at_end = at != NULL;
  if (*at_end)
    return at != word && strchr (at + 1, '@') == NULL && (at[1] == '\0' || is_broken_domain (at + 1));
  if (!strchr (".-_", word[len - 1]))
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!g_ascii_isalnum (*p) && !strchr (".-_+", *p))
      return FALSE;
  /* Broken at its second dot or more: "Tel." is a label. */
  if (strpbrk (word, "abcdefghijklmnopqrstuvwxyz") != NULL && strcspn (word, ".-_") < len - 1)
    return TRUE;
  *at_hyphen = len >= 3 && word[len - 1] == '-' && strcspn (word, ".-_+") == len - 1;
  return *at_hyphen;
}

/* Whether @cell, the rest of an address that a narrow cell broke after
 * the hyphen of its own name (@start), is one by itself: a letter or a
 * digit first, what an address is made of only, its letters in the
 * same case as @start's ("ada-" / "lovelace@example.org", "ADA-" /
 * "LOVELACE@EXAMPLE.ORG"; not "E-" / "Mail:…"). */
static gboolean
is_address_rest (const char *start,
                 const char *cell)
{
  gboolean small = strpbrk (start, "abcdefghijklmnopqrstuvwxyz") != NULL;

  if (!g_ascii_isalnum (cell[0]) || !_vitae_import_looks_like_email (cell))
    return FALSE;
  for (const char *p = cell; *p; p++)
    if ((!g_ascii_isalnum (*p) && !strchr ("._+-@", *p)) || (small ? g_ascii_isupper (*p) : g_ascii_islower (*p)))
      return FALSE;
  return TRUE;
}

/* Whether the address @joined ends in a top-level domain of two to six
 * small letters ("org", not "c" nor "Madrid"). */
static gboolean
ends_in_top_level (const char *joined)
{
  const char *dot = strrchr (joined, '.');
  gsize len = dot != NULL ? strlen (dot + 1) : 0;

  if (len < 2 || len > 6)
    return FALSE;
  for (const char *p = dot + 1; *p; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

/* The cell of @next that ends the address @start broke off, or -1: a
 * domain or its rest after an "@", the rest of the address with its "@"
 * else. */
static int
find_address_end (const char *start,
                  gboolean    at_end,
                  gboolean    at_hyphen,
                  char      **cells)
{
  gboolean in_domain = at_end && !g_str_has_suffix (start, "@");

  for (guint k = 0; cells[k]; k++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (cells[k]));
      g_autofree char *joined = g_strconcat (start, cell, NULL);

      if (*cell == '\0' || strchr (cell, ' ') != NULL || (strchr (cell, '@') != NULL) == at_end ||
          (at_hyphen && !is_address_rest (start, cell)))
        continue;
      /* (Broken in its domain, the rest ends it in small letters: not
       * "ada@example." / "Madrid".) */
      if (_vitae_import_looks_like_email (joined) && g_ascii_isalpha (joined[strlen (joined) - 1]) &&
          (!in_domain || ends_in_top_level (joined)))
        return k;
    }
  return -1;
}

/* Whether @word can be a whole local part that a narrow cell broke off
 * right before its "@" ("ada.lovelace" / "@example.org"): three
 * characters or more, letters, digits and ".-_+", a small letter among
 * them. */
static gboolean
is_whole_local_part (const char *word)
{
  if (strlen (word) < 3 || strpbrk (word, "abcdefghijklmnopqrstuvwxyz") == NULL)
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!g_ascii_isalnum (*p) && !strchr (".-_+", *p))
      return FALSE;
  return TRUE;
}

/* Whether @cell, the first of the line under an address @start that
 * ends in a whole domain, completes its top-level domain, which the
 * narrow cell broke after its second letter or after a domain of the
 * second level: the rest of a generic one ("ada@example.co" / "m",
 * "…@example.in" / "fo"), or a country's code after a domain that
 * comes before one ("ada@example.co" / ".uk", "…@uni.edu" / ".au"). */
static gboolean
completes_top_level (const char *start,
                     const char *cell)
{
  static const char * const generic[] = {
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "mobi", "pro", "dev", "app", "tech", NULL
  };
  static const char * const second[] = { "co", "com", "ac", "edu", "org", "net", "gov", "ne", "or", "go", NULL };
  const char *dot = strrchr (start, '.');
  const char *letters = cell[0] == '.' ? cell + 1 : cell;
  g_autofree char *label = NULL;

  if (dot == NULL || strchr (start, '@') == NULL || strchr (start, '@') > dot || !ends_in_top_level (start) ||
      *letters == '\0' || strlen (letters) > 3)
    return FALSE;
  for (const char *p = letters; *p; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  if (cell[0] == '.')
    return strlen (letters) == 2 && g_strv_contains (second, dot + 1);
  label = g_strconcat (dot + 1, letters, NULL);
  return strlen (dot + 1) == 2 && g_strv_contains (generic, label);
}

/* The line under line @i that completes the top-level domain of the
 * address @start, cell @c of it (completes_top_level()): set in the
 * same type, under the address, its first cell the rest; its index, or
 * 0. (Two letters end an address as well as three: only a rest set
 * right under it, alone at its line's start, goes with it.) */
static guint
find_top_level_below (GPtrArray  *lines,
                      guint       i,
                      guint       c,
                      const char *start)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  VitaeTextLine *below = g_ptr_array_index (lines, i + 1);
  double left = c == 0 ? line->x : line->tab_x;
  g_autofree char *cell = g_strstrip (g_strndup (below->text, strcspn (below->text, "\t")));

  if (c > 1 || left < 0 || ABS (below->size - line->size) > 0.5 || below->x < left - 2 || below->x > line->right ||
      below->gap > 0.5 * below->size)
    return 0;
  return completes_top_level (start, cell) ? i + 1 : 0;
}

/* Whether @below ends where the first cell of @line does, both set
 * flush right in a narrow cell (a sidebar's details), and starts to the
 * right of it: with a cell beside it, @line's first cell ends before
 * the next starts. */
static gboolean
is_flush_right_under (const VitaeTextLine *line,
                      const VitaeTextLine *below)
{
  if (below->x <= line->x + 2 || strchr (below->text, '\t') != NULL)
    return FALSE;
  if (line->tab_x > 0)
    return below->right < line->tab_x - 2;
  return ABS (below->right - line->right) < 2;
}

/* Whether @cell, under an address's local part, goes on with it: its
 * domain after an "@" ("ada.lovelace" / "@example.org"), or the digits
 * that end the local part before it, a year mostly, which no address
 * is made of alone ("ada.lovelace" / "1815@example.org"). */
static gboolean
continues_local_part (const char *cell)
{
  gsize digits = strspn (cell, "0123456789");

  return cell[0] == '@' || (digits > 0 && digits <= 4 && cell[digits] == '@');
}

/* The line of the two under line @i that starts where it does, within
 * a line's height, or ends where it does (flush right,
 * is_flush_right_under()), or where it ends, level with it (the "@"
 * drawn smaller, read as a line of its own), its first cell the rest
 * that ends the address @start (continues_local_part()) (the cell
 * beside @start may have wrapped in between: a phone number's second
 * line); its index, or 0. */
static guint
find_domain_below (GPtrArray  *lines,
                   guint       i,
                   const char *start)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);

  for (guint j = i + 1; j < MIN (lines->len, i + 3); j++)
    {
      VitaeTextLine *below = g_ptr_array_index (lines, j);
      g_autofree char *cell = g_strndup (below->text, strcspn (below->text, "\t"));
      g_autofree char *joined = NULL;

      if (below->page != line->page || below->gap > below->size)
        return 0;
      if (ABS (below->x - line->x) >= 2 && !(ABS (below->x - line->right) < 2 && below->gap < -0.5 * below->size) &&
          !is_flush_right_under (line, below))
        continue;
      g_strstrip (cell);
      joined = g_strconcat (start, cell, NULL);
      return continues_local_part (cell) && strchr (cell, ' ') == NULL && _vitae_import_looks_like_email (joined) &&
             g_ascii_isalpha (joined[strlen (joined) - 1]) ? j : 0;
    }
  return 0;
}

/* An e-mail address broken over two lines by a narrow cell, centred or
 * right-aligned ("ada.lovelace@" / "example.org", "ada.love." /
 * "lace@example.org", "ada.lovelace" / "@example.org", "ada@example.co"
 * / "m"), beside other
 * cells maybe: the address whole on its first line, its rest taken off
 * the next (the line dropped when nothing else is on it). NULL when no
 * address is broken. */
GPtrArray *
_vitae_import_join_split_emails (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
      g_auto(GStrv) cells = NULL, below = NULL;

      if (next->page != line->page || line->size <= 0 || next->gap > next->size)
        continue;
      cells = g_strsplit (line->text, "\t", -1);
      below = g_strsplit (next->text, "\t", -1);
      for (guint c = 0; cells[c]; c++)
        {
          g_autofree char *start = g_strstrip (g_strdup (cells[c]));
          gboolean at_end = FALSE, at_hyphen = FALSE;
          guint j = i + 1;
          int k = -1;

          if (is_broken_local_part (start, &at_end, &at_hyphen))
            k = find_address_end (start, at_end, at_hyphen, below);
          /* (Broken right before its "@": the line below starts there.) */
          else if (c == 0 && is_whole_local_part (start) && (j = find_domain_below (lines, i, start)) > 0)
            {
              g_strfreev (below);
              below = g_strsplit (((VitaeTextLine *) g_ptr_array_index (lines, j))->text, "\t", -1);
              k = 0;
            }
          /* (Broken in a top-level domain that ends it as well.) */
          else if ((j = find_top_level_below (lines, i, c, start)) > 0)
            k = 0;
          if (k < 0)
            continue;
          if (result == NULL)
            {
              result = vitae_text_lines_copy (lines);
              lines = result;
            }
          line = g_ptr_array_index (lines, i);
          next = g_ptr_array_index (lines, j);
          g_free (cells[c]);
          cells[c] = g_strconcat (start, g_strstrip (below[k]), NULL);
          g_free (line->text);
          line->text = g_strjoinv ("\t", cells);
          g_free (below[k]);
          for (guint m = k; below[m]; m++)
            below[m] = below[m + 1];
          g_free (next->text);
          next->text = g_strjoinv ("\t", below);
          if (next->text[strspn (next->text, " \t")] == '\0')
            g_ptr_array_remove_index (lines, j);
          break;
        }
    }
  return result;
}

/* Whether line @i is a page's running header or footer, read once is
 * enough: then an e-mail address in it is the person's when the
 * document has none ("✉ ada@example.org • www.example.org" at the
 * foot of each page, the header printing the name alone). */
gboolean
_vitae_import_skip_repeated (Reader     *r,
                             guint       i,
                             const char *text)
{
  VitaeNode *basics = VITAE_NODE (r->builder.document);
  g_auto(GStrv) words = NULL;

  if (!r->repeated[i])
    return FALSE;
  if (vitae_node_has (basics, "email") || strchr (text, '@') == NULL)
    return TRUE;
  words = g_strsplit_set (text, " \t", -1);
  for (guint k = 0; words[k] != NULL; k++)
    if (_vitae_import_looks_like_email (words[k]))
      {
        _vitae_import_set_email (basics, words[k]);
        break;
      }
  return TRUE;
}
