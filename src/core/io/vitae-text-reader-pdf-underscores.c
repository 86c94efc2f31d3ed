/* vitae-text-reader-pdf-underscores.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Underscores the page draws as rules and the text layer has not
 * (_vitae_pdf_join_underscores()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <math.h>

#include "vitae-text-reader-private.h"

/* An e-mail address set by LaTeX has each underscore drawn as a rule
 * (a kern of 0.06 em and a rule of 0.3 em), which the text layer does
 * not have: poppler reads a space for the gap ("ada lind 7@example.org").
 * A gap of that width, 0.36 em within a hundredth, on a page whose
 * spaces of that size are not as wide, between words of an address's
 * letters, the last of them holding the "@", is an underscore. */
#define UNDERSCORE_EM 0.36

static gboolean
is_underscore_gap (const WordGap *gap,
                   GHashTable    *spaces)
{
  const double *usual;

  if (gap->size <= 0 || fabs (gap->width / gap->size - UNDERSCORE_EM) > 0.012)
    return FALSE;
  usual = g_hash_table_lookup (spaces, GINT_TO_POINTER ((int) (gap->size * 2 + 0.5)));
  return usual == NULL || fabs (*usual - UNDERSCORE_EM) >= 0.03;
}

static const WordGap *
gap_at (GArray *gaps,
        gsize   space)
{
  for (guint k = 0; k < gaps->len; k++)
    if ((gsize) g_array_index (gaps, WordGap, k).space == space)
      return &g_array_index (gaps, WordGap, k);
  return NULL;
}

static gboolean
is_address_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-' || c == '+' || c == '_';
}

/* Whether the words from @start on, up to the first that holds an "@"
 * past its start, are of an address's letters and apart only by gaps
 * as wide as an underscore. */
static gboolean
runs_to_address (GString    *raw,
                 GArray     *gaps,
                 GHashTable *spaces,
                 gsize       start)
{
  gsize k = start;

  while (TRUE)
    {
      gsize word = k;
      const WordGap *gap;

      while (k < raw->len && is_address_char (raw->str[k]))
        k++;
      if (k == word)
        return FALSE;
      if (k < raw->len && raw->str[k] == '@')
        return k + 1 < raw->len && is_address_char (raw->str[k + 1]);
      if (k >= raw->len || raw->str[k] != ' ')
        return FALSE;
      gap = gap_at (gaps, k);
      if (gap == NULL || !is_underscore_gap (gap, spaces))
        return FALSE;
      k++;
    }
}

void
_vitae_pdf_join_underscores (GString    *raw,
                             GArray     *gaps,
                             GHashTable *spaces)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      const WordGap *gap = &g_array_index (gaps, WordGap, i);
      gsize before = gap->space;

      if (gap->space <= 0 || (gsize) gap->space >= raw->len || raw->str[gap->space] != ' ' ||
          !is_underscore_gap (gap, spaces) || !is_address_char (raw->str[gap->space - 1]))
        continue;
      while (before > 0 && is_address_char (raw->str[before - 1]))
        before--;
      if (before > 0 && raw->str[before - 1] != ' ' && raw->str[before - 1] != '\t')
        continue;
      if (runs_to_address (raw, gaps, spaces, gap->space + 1))
        raw->str[gap->space] = '_';
    }
}
