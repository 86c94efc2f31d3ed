/* vitae-import-spaced-blocks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's duties without a mark, each a short paragraph of its own:
 * the lines of a duty as close as a paragraph's, the duties further
 * apart, but not evenly (one writer's word processor leaves three
 * points here and five there), and a wrapped line may start with a
 * capital or a parenthesis ("… via Google" / "Analytics"), so neither
 * even spacing (vitae-import-duties.c) nor the case of the first
 * letters tells the items; the space between them does. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/* The most lines a duty wraps over: a longer paragraph is prose. */
#define MAX_BLOCK_LINES 3

/* Whether line @k, in a run whose lines stand at least @least under
 * each other, stands about that close under the line above it: a
 * paragraph's lines. */
static gboolean
close_above (Reader *r,
             guint   k,
             double  least)
{
  VitaeTextLine *line = line_at (r, k);

  return line->gap <= least + 0.15 * line->size;
}

/* Whether line @k, in such a run, stands clearly further under the line
 * above it than its closest lines do: a paragraph of its own. */
static gboolean
apart_above (Reader *r,
             guint   k,
             double  least)
{
  VitaeTextLine *line = line_at (r, k);

  return line->gap > least + 0.3 * line->size;
}

/* The run of plain lines set as line @i is, from @s to @e, each less
 * than two ems under the one above, under a line set otherwise (an
 * entry's title); the number of its paragraphs, or 0 where the run is
 * none of duties: its closest lines further apart than the page's
 * paragraphs' lines (the space the page measures between the lines of
 * its paragraphs can be the duties' own, where they are most of the
 * page), a gap neither close nor apart, a paragraph longer than
 * MAX_BLOCK_LINES, one that starts with neither a capital nor a digit
 * or after a line that runs on. @least is the run's closest space,
 * @one_line tells whether a paragraph is a single line. */
static guint
spaced_blocks (Reader   *r,
               guint     i,
               guint    *s,
               guint    *e,
               double   *least,
               gboolean *one_line)
{
  VitaeTextLine *line = line_at (r, i);
  guint n = 0, start;

  *s = i, *e = i + 1, *one_line = FALSE, *least = G_MAXDOUBLE;
  if (line->size <= 0 || !_vitae_import_set_alike (r, i, line, FALSE))
    return 0;
  while (*s > 0 && _vitae_import_set_alike (r, *s - 1, line, FALSE) && line_at (r, *s)->gap < 2 * line->size)
    (*s)--;
  while (*e < r->lines->len && _vitae_import_set_alike (r, *e, line, FALSE) && line_at (r, *e)->gap < 2 * line->size)
    (*e)++;
  if (*s == 0 || *e < *s + 2)
    return 0;
  for (guint k = *s + 1; k < *e; k++)
    *least = MIN (*least, line_at (r, k)->gap);
  /* (The first duty stands further under the title than a
   * paragraph's lines, if less clearly than the duties stand apart (a
   * title set larger is measured from a taller box): a line as close
   * under it is its subtitle, "Assistant Researcher" under the
   * employer, and the paragraphs under that a description.) */
  if (*least > MAX (r->line_gap, r->size_gap[*s + 1]) + 0.1 * line->size || close_above (r, *s, *least))
    return 0;
  start = *s;
  for (guint k = *s; k <= *e; k++)
    {
      gunichar c;

      if (k > *s && k < *e && !apart_above (r, k, *least))
        {
          if (!close_above (r, k, *least))
            return 0;
          continue;
        }
      /* (The paragraph from @start to @k ends.) */
      if (k > *s)
        {
          if (k - start > MAX_BLOCK_LINES)
            return 0;
          *one_line = *one_line || k - start == 1;
          n++;
        }
      if (k == *e)
        break;
      c = g_utf8_get_char (line_at (r, k)->text);
      if (!(g_unichar_isupper (c) || g_unichar_isdigit (c)) || (k > *s && _vitae_import_runs_on (line_at (r, k - 1)->text)))
        return 0;
      start = k;
    }
  return n;
}

/* Whether line @i is in a run of such duties (spaced_blocks()): three
 * paragraphs or more, one of them a single line, or two where an
 * earlier entry's duties stood at its edge and in its size. @s is the
 * run's first line, @least its closest space. */
static gboolean
in_spaced_blocks (Reader *r,
                  guint   i,
                  guint  *s,
                  double *least)
{
  VitaeTextLine *line = line_at (r, i);
  guint e, n;
  gboolean one_line;

  n = spaced_blocks (r, i, s, &e, least, &one_line);
  return (n >= 3 && one_line) ||
         (n >= 2 && r->duty_size > 0 && ABS (line->x - r->duty_x) < 1 && ABS (line->size - r->duty_size) < 0.5);
}

/**
 * _vitae_import_starts_spaced_block:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i starts one of an entry's duties set each as a short
 * paragraph, further apart than a paragraph's lines but not evenly
 * (spaced_blocks()): the first line of the run, or one apart from the
 * line above.
 */
gboolean
_vitae_import_starts_spaced_block (Reader *r,
                                   guint   i)
{
  guint s;
  double least;

  return in_spaced_blocks (r, i, &s, &least) && (i == s || apart_above (r, i, least));
}

/**
 * _vitae_import_continue_spaced_block:
 * @r: the reader
 * @i: a line
 * @line: line @i
 * @text: its text
 *
 * Whether line @i goes on with the duty above it, in a run of duties
 * each a short paragraph (_vitae_import_starts_spaced_block()): close
 * under it, whatever its first letter ("… via Google" / "Analytics").
 * If so, adds it there.
 */
gboolean
_vitae_import_continue_spaced_block (Reader        *r,
                                     guint          i,
                                     VitaeTextLine *line,
                                     const char    *text)
{
  guint s;
  double least;

  if (r->builder.previous != ROLE_BULLET || r->bullet_glyph || ABS (r->bullet_x - line->x) >= 1 || r->in_header ||
      !in_spaced_blocks (r, i, &s, &least) || i == s || !close_above (r, i, least))
    return FALSE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return TRUE;
}
