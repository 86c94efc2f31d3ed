/* vitae-text-reader-pdf-scripts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Raised and lowered letters (superscripts, subscripts), and glyphs of
 * a word that a font of drawn glyphs sizes apart from the others, joined
 * to the row of the line they are set in (_vitae_pdf_merge_scripts()), and
 * small capitals faked with a larger first letter read whole
 * (_vitae_pdf_small_caps_space()), for the PDF reader
 * (vitae-text-reader-pdf.c). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* A run of raised or lowered letters moved into a row (_vitae_pdf_merge_scripts()). */
typedef struct
{
  PdfLine *host;
  GArray  *chars;     /* of guint */
  double   x1, x2;
  gboolean lowered;
} Script;

static void
script_clear (gpointer data)
{
  g_array_unref (((Script *) data)->chars);
}

/* The font size of character @i, or 0 when unknown. */
static double
font_size (PdfPage *p,
           guint    i)
{
  PopplerTextAttributes *attributes = p->by_char[p->rect_of[i]];

  return attributes != NULL ? attributes->font_size : 0;
}

/* Whether the letters or digits @from … @to of @row and the letter @i of
 * another row are of one font, that glyph touching the run on either
 * side and the run inside its height: a font of drawn glyphs (Type 3)
 * may give some of a word's glyphs smaller boxes and sizes than the
 * others ("95" then "86" in a phone number), though they are printed
 * alike. */
static gboolean
is_glyph_of_word (PdfPage *p,
                  PdfLine *row,
                  guint    from,
                  guint    to,
                  guint    i,
                  double   top,
                  double   bottom)
{
  const PopplerRectangle *r = &p->rects[p->rect_of[i]];
  const PopplerRectangle *first = &p->rects[p->rect_of[g_array_index (row->chars, guint, from)]];
  const PopplerRectangle *last = &p->rects[p->rect_of[g_array_index (row->chars, guint, to)]];
  PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
  PopplerTextAttributes *b = p->by_char[p->rect_of[g_array_index (row->chars, guint, from)]];

  if (a == NULL || b == NULL || a->font_name == NULL || g_strcmp0 (a->font_name, b->font_name) != 0 ||
      !g_unichar_isalnum (p->chars[i]) || top < r->y1 - 0.5 || bottom > r->y2 + 0.5)
    return FALSE;
  for (guint j = from; j <= to; j++)
    if (!g_unichar_isalnum (p->chars[g_array_index (row->chars, guint, j)]) &&
        p->chars[g_array_index (row->chars, guint, j)] != '-')
      return FALSE;
  return ABS (first->x1 - r->x2) < 0.5 || ABS (last->x2 - r->x1) < 0.5;
}

/* The row that a run of letters @from … @to (indexes into @row's
 * characters, sorted left to right) is raised or lowered in, or NULL:
 * a row inside whose height the run's middle stands, with a letter or
 * digit taller by a fifth or more (but not two and a quarter times as
 * tall, an icon's box is, unless its font is at most 1.6 times the
 * run's: a footnote mark at less than half the text's size can be more
 * than twice) that ends where the run starts, or a glyph of the same
 * word (is_glyph_of_word()), and no taller letter where the run stands. */
static PdfLine *
script_host (PdfPage *p,
             PdfLine *row,
             guint    from,
             guint    to,
             gboolean *lowered,
             guint    *base)
{
  const PopplerRectangle *first = &p->rects[p->rect_of[g_array_index (row->chars, guint, from)]];
  const PopplerRectangle *last = &p->rects[p->rect_of[g_array_index (row->chars, guint, to)]];
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE, tallest = 0, middle;
  double run_size = font_size (p, g_array_index (row->chars, guint, from));

  for (guint j = from; j <= to; j++)
    {
      const PopplerRectangle *r = &p->rects[p->rect_of[g_array_index (row->chars, guint, j)]];

      top = MIN (top, r->y1);
      bottom = MAX (bottom, r->y2);
      tallest = MAX (tallest, r->y2 - r->y1);
    }
  middle = (top + bottom) / 2;
  for (guint h = 0; h < p->rows->len; h++)
    {
      PdfLine *host = &g_array_index (p->rows, PdfLine, h);
      double height = host->bottom - host->top;
      gboolean covered = FALSE;
      guint after = G_MAXUINT;

      if (host == row || host->chars->len < 2 || tallest > 0.8 * height || middle <= host->top ||
          middle >= host->bottom)
        continue;
      for (guint j = 0; j < host->chars->len && !covered; j++)
        {
          guint i = g_array_index (host->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (r->y2 - r->y1 < 1.2 * tallest)
            continue;
          /* (Two fonts' boxes may differ more than their sizes do: a
           * star from a symbol font after "MP".) */
          if ((g_unichar_isalnum (p->chars[i]) &&
               (r->y2 - r->y1 <= 2.25 * tallest || (run_size > 0 && font_size (p, i) > 0 && font_size (p, i) <= 1.6 * run_size)) &&
               first->x1 >= r->x2 - 0.5 &&
               first->x1 <= r->x2 + MAX (0.1 * (r->y2 - r->y1), 0.5)) ||
              is_glyph_of_word (p, row, from, to, i, top, bottom))
            after = i;
          covered = r->x1 < last->x2 - 0.5 && r->x2 > first->x1 + 0.5;
        }
      if (after != G_MAXUINT && !covered)
        {
          *lowered = middle > (host->top + host->bottom) / 2;
          *base = after;
          return host;
        }
    }
  return NULL;
}

/* A run set under another one at the same place ("R²adj": the exponent
 * and the index both start after the "R") reads after it: its letters
 * are set closer together, from where the raised run ends. */
static void
order_stacked_scripts (PdfPage *p,
                       GArray  *scripts)
{
  for (guint k = 0; k < scripts->len; k++)
    {
      Script *low = &g_array_index (scripts, Script, k);

      for (guint m = 0; m < scripts->len && low->lowered; m++)
        {
          Script *high = &g_array_index (scripts, Script, m);
          double scale;

          if (high->lowered || high->host != low->host || ABS (high->x1 - low->x1) > 1 || low->x2 <= high->x2)
            continue;
          scale = (low->x2 - high->x2) / MAX (low->x2 - low->x1, 0.01);
          for (guint j = 0; j < low->chars->len; j++)
            {
              PopplerRectangle *r = &p->rects[p->rect_of[g_array_index (low->chars, guint, j)]];

              r->x1 = high->x2 + (r->x1 - low->x1) * scale;
              r->x2 = high->x2 + (r->x2 - low->x1) * scale;
            }
          break;
        }
    }
}

/* Raised and lowered letters ("1ère", "R²adj", a footnote's mark) stand
 * too high or too low to share their line's row: alone, each run of them
 * would be a row of its own, and the line would read in pieces around a
 * gap ("Projet de 1 <tab> année"). Each run joins the row it is set in
 * (script_host()). */
void
_vitae_pdf_merge_scripts (PdfPage *p)
{
  g_autoptr(GArray) scripts = g_array_new (FALSE, FALSE, sizeof (Script));

  g_array_set_clear_func (scripts, script_clear);
  if (p->any_rtl)
    return;
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));
      guint j = 0;

      _vitae_pdf_sort_row (p, row);
      while (j < row->chars->len)
        {
          guint to = j;
          PdfLine *host;
          gboolean lowered = FALSE;
          guint base = 0;

          if (g_unichar_isspace (p->chars[g_array_index (row->chars, guint, j)]))
            {
              g_array_append_val (kept, g_array_index (row->chars, guint, j));
              j++;
              continue;
            }
          /* The run: letters without a space or a gap between them. */
          while (to + 1 < row->chars->len &&
                 !g_unichar_isspace (p->chars[g_array_index (row->chars, guint, to + 1)]) &&
                 p->rects[p->rect_of[g_array_index (row->chars, guint, to + 1)]].x1 -
                 p->rects[p->rect_of[g_array_index (row->chars, guint, to)]].x2 < 0.3 * (row->bottom - row->top))
            to++;
          host = script_host (p, row, j, to, &lowered, &base);
          if (host != NULL)
            {
              Script script = { host, g_array_new (FALSE, FALSE, sizeof (guint)),
                                p->rects[p->rect_of[g_array_index (row->chars, guint, j)]].x1,
                                p->rects[p->rect_of[g_array_index (row->chars, guint, to)]].x2, lowered };

              g_array_append_vals (script.chars, &g_array_index (row->chars, guint, j), to - j + 1);
              g_array_append_vals (host->chars, &g_array_index (row->chars, guint, j), to - j + 1);
              g_array_append_val (scripts, script);
              /* The run reads at the size of the letter it follows: a
               * word with a raised ending ("1ère") is no word of a
               * smaller size set apart. */
              for (guint m = j; m <= to; m++)
                p->by_char[p->rect_of[g_array_index (row->chars, guint, m)]] = p->by_char[p->rect_of[base]];
            }
          else
            g_array_append_vals (kept, &g_array_index (row->chars, guint, j), to - j + 1);
          j = to + 1;
        }
      g_array_unref (row->chars);
      row->chars = kept;
    }
  order_stacked_scripts (p, scripts);
}

/* Whether the space at @j of a row in reading order (@order, of Placed)
 * stands between a capital and a smaller one that touch (less than a
 * tenth of an em apart): small capitals faked with a larger first letter
 * ("W ORK EXPERIENCE", where poppler breaks the word at the change of
 * size) read as one word. So does a space that is no space to the eye,
 * where poppler breaks a word at a gap of a tenth of an em: narrower
 * than a seventh of an em, between a capital and a letter as close to
 * each other, in one size. Word processors leave such a gap inside a
 * word after a capital they kern ("V ector", "EXPERIE NC E"), TeX after
 * a capital and its mark ("INFORMAÇ ÕES"); a word's space is twice as
 * wide at least. */
gboolean
_vitae_pdf_small_caps_space (PdfPage *p,
                             GArray  *order,
                             guint    j)
{
  const Placed *before, *after, *space;
  PopplerTextAttributes *big, *small;
  gunichar capital;
  double apart;

  if (j == 0 || j + 1 >= order->len)
    return FALSE;
  before = &g_array_index (order, Placed, j - 1);
  space = &g_array_index (order, Placed, j);
  after = &g_array_index (order, Placed, j + 1);
  big = p->by_char[p->rect_of[before->index]];
  small = p->by_char[p->rect_of[after->index]];
  /* (The capital may carry a mark set after it: "C" and a cedilla.) */
  capital = p->chars[before->index];
  if (g_unichar_type (capital) == G_UNICODE_NON_SPACING_MARK && j >= 2)
    capital = p->chars[g_array_index (order, Placed, j - 2).index];
  if (big == NULL || small == NULL || !g_unichar_isupper (capital))
    return FALSE;
  apart = after->rect.x1 - before->rect.x2;
  if (g_unichar_isupper (p->chars[after->index]) && small->font_size < 0.9 * big->font_size &&
      apart < 0.1 * big->font_size)
    return TRUE;
  return g_unichar_isalpha (p->chars[after->index]) && ABS (small->font_size - big->font_size) < 0.5 &&
         apart > -0.05 * big->font_size && apart < 0.15 * big->font_size &&
         space->rect.x2 - space->rect.x1 < 0.15 * big->font_size;
}
