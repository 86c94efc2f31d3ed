/* vitae-import-name-runs.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A name printed in parts that the reader gives apart: its large type
 * goes on past the line the name was read from, in the same size and
 * weight, on the same row a word's space on (a column's edge cut the
 * row: "ANA MARÍA" | "SOTO") or on the row under it, from the same left
 * edge, centred under it or flush right with it ("Ana María" / "Soto",
 * read after a sidebar beside them). Each part is a word or two written
 * as the name is, five words in all at most. Where the PDF gives no
 * place on the page (a word processor's file), there is no such run.
 * A line set as the name is that starts with an abbreviation in
 * capitals before words not in capitals ("Ana Soto" / "UX Lead") is a
 * headline, no part of the name. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* The place a name's part so far takes on its page. */
typedef struct
{
  int    page;
  double x;
  double right;
  double top;
  double size;
  guint  flags;
} Run;

/* Whether @line goes on with the name's type @run: as large, in the same
 * weight, on the same row less than an em after it, or on the row under
 * it (its top within one and a half lines of the run's) from the same
 * left edge, the same centre or the same right edge. */
static gboolean
goes_on_run (const Run           *run,
             const VitaeTextLine *line)
{
  if (line->page != run->page || line->top <= 0 || ABS (line->size - run->size) >= 0.5 ||
      (line->flags & VITAE_TEXT_LINE_BOLD) != (run->flags & VITAE_TEXT_LINE_BOLD))
    return FALSE;
  if (ABS (line->top - run->top) < 0.3 * run->size)
    return line->x > run->right - 0.1 * run->size && line->x - run->right < run->size;
  return line->top > run->top + 0.5 * run->size && line->top < run->top + 1.6 * run->size &&
         (ABS (line->x - run->x) < 1 || ABS (line->right - run->right) < 1 ||
          ABS (line->x + line->right - run->x - run->right) < run->size);
}

/* The text of @line that could be a name's part: its text up to a wide
 * gap (a quotation set beside the name's last word), written as @name
 * is (in capitals, or capitalized), in a word or two; or NULL. */
static char *
dup_part (const VitaeTextLine *line,
          const char          *name)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *part = g_strstrip (g_strndup (line->text, tab != NULL ? (gsize) (tab - line->text) : strlen (line->text)));
  guint words = _vitae_import_count_words (part);

  if (words < 1 || words > 2 || !_vitae_import_is_plausible_name (part) || _vitae_import_is_noise (part) ||
      !(_vitae_import_is_upper_text (name) ? _vitae_import_is_upper_text (part) : _vitae_import_is_name_cased (part)))
    return NULL;
  return g_steal_pointer (&part);
}

/* Whether @part, set as the name @name is under it, is its headline:
 * a short word in capitals, an abbreviation, before capitalized words
 * not in capitals ("UX Designer", "QA Lead", "IT Manager"), under a name
 * not in capitals. (A family name in capitals is one word of four
 * letters or more, or the whole line: "Ana SOTO", "DE LA CRUZ".) */
gboolean
_vitae_import_is_headline_part (const char *name,
                                const char *part)
{
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  glong first;

  if (_vitae_import_is_upper_text (name) || words[0] == NULL || words[1] == NULL)
    return FALSE;
  first = g_utf8_strlen (words[0], -1);
  if (first < 2 || first > 3 || !_vitae_import_is_upper_text (words[0]))
    return FALSE;
  for (guint k = 1; words[k]; k++)
    if (words[k][0] == '\0' || _vitae_import_is_upper_text (words[k]))
      return FALSE;
  return TRUE;
}

/* Whether line @i was read as a part of the name set apart from its
 * line (_vitae_import_take_name_runs()). */
gboolean
_vitae_import_is_name_part (Reader *r,
                            guint   i)
{
  for (guint k = 0; k < G_N_ELEMENTS (r->name_parts); k++)
    if (r->name_parts[k] == i)
      return TRUE;
  return FALSE;
}

/* The next line of the page after line @after that goes on with the
 * name's type @run, not read yet, and its part in *@part; or G_MAXUINT. */
static guint
find_next_part (Reader     *r,
                guint       after,
                const Run  *run,
                const char *name,
                char      **part)
{
  guint best = G_MAXUINT;

  *part = NULL;
  for (guint j = after + 1; j < r->lines->len && line_at (r, j)->page == run->page; j++)
    {
      VitaeTextLine *line = line_at (r, j);

      if (j == r->skip_line || _vitae_import_is_name_part (r, j) || !goes_on_run (run, line))
        continue;
      /* (A part on the same row comes before one under it.) */
      if (best == G_MAXUINT || ABS (line->top - run->top) < 0.3 * run->size)
        best = j;
    }
  if (best != G_MAXUINT)
    *part = dup_part (line_at (r, best), name);
  return *part != NULL ? best : G_MAXUINT;
}

/* Goes on with the name *@name read from line @first, its last part so
 * far on line @last: the name's parts set apart in its type (see the top
 * of this file), each read once. */
void
_vitae_import_take_name_runs (Reader  *r,
                              guint    first,
                              guint    last,
                              char   **name)
{
  VitaeTextLine *line = line_at (r, last);
  Run run = { line->page, line->x, line->right, line->top, line_at (r, first)->size, line->flags };
  guint n = 0;

  if (line->top <= 0 || run.size < 1.5 * r->body_size || strchr (line->text, '\t') != NULL)
    return;
  while (n < G_N_ELEMENTS (r->name_parts) && _vitae_import_count_words (*name) < 5)
    {
      g_autofree char *part = NULL;
      guint j = find_next_part (r, first, &run, *name, &part);
      VitaeTextLine *next;
      char *joined;

      if (j == G_MAXUINT || _vitae_import_count_words (*name) + _vitae_import_count_words (part) > 5 ||
          _vitae_import_is_headline_part (*name, part) || _vitae_import_is_job_title (part))
        return;
      next = line_at (r, j);
      if (ABS (next->top - run.top) < 0.3 * run.size)
        run.right = next->right;
      else
        run.x = next->x, run.right = next->right, run.top = next->top;
      joined = g_strconcat (*name, " ", part, NULL);
      g_free (*name);
      *name = joined;
      /* (A part with text beside it after a wide gap ends the name; the
       * text stays, read in its turn.) */
      if (strchr (next->text, '\t') != NULL)
        {
          char *beside = g_strdup (strchr (next->text, '\t') + 1);

          g_free (next->text);
          next->text = g_strstrip (beside);
          next->x = next->tab_x > next->x ? next->tab_x : next->x;
          next->tab_x = -1;
          return;
        }
      r->name_parts[n++] = j;
    }
}
