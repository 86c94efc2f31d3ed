/* vitae-text-reader-pdf-cells.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where the words of a PDF's row part into cells, for the PDF reader
 * (vitae-text-reader-pdf.c): a space wider than the row's others
 * (_vitae_pdf_split_at_wide_spaces()) or words of very different sizes
 * (_vitae_pdf_split_at_size_change()) set two cells apart, as a tab
 * would; the lines of a justified paragraph, whose spaces all widen
 * alike, do not part (_vitae_pdf_find_flush_rows(),
 * _vitae_pdf_gaps_alike()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <poppler.h>
#include <string.h>

#include "vitae-text-reader-private.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The usual space of the page's text in each font size (in ems, by
 * size in half points): the median of the spaces between its words,
 * when it has a dozen. Some designs (Canva's) set every space of a
 * style near an em wide. */
GHashTable *
_vitae_pdf_page_spaces (PdfPage *p)
{
  g_autoptr(GHashTable) all = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                      (GDestroyNotify) g_array_unref);
  GHashTable *spaces = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer key, value;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double prev_x2 = -1;
      gboolean spaced = FALSE;

      if (row->rtl)
        continue;
      _vitae_pdf_sort_row (p, row);
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
          double size = a ? a->font_size : 0;

          if (g_unichar_isspace (p->chars[i]))
            {
              spaced = prev_x2 >= 0;
              continue;
            }
          if (spaced && size > 0 && r->x1 > prev_x2 && r->x1 - prev_x2 < 3 * size)
            {
              int bucket = (int) (size * 2 + 0.5);
              GArray *sizes = g_hash_table_lookup (all, GINT_TO_POINTER (bucket));
              double em = (r->x1 - prev_x2) / size;

              if (sizes == NULL)
                {
                  sizes = g_array_new (FALSE, FALSE, sizeof (double));
                  g_hash_table_insert (all, GINT_TO_POINTER (bucket), sizes);
                }
              g_array_append_val (sizes, em);
            }
          spaced = FALSE;
          prev_x2 = r->x2;
        }
    }
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *ems = value;

      if (ems->len < 12)
        continue;
      g_array_sort (ems, compare_double);
      g_hash_table_insert (spaces, key, g_memdup2 (&g_array_index (ems, double, ems->len / 2), sizeof (double)));
    }
  return spaces;
}

/* Whether the space @gap of @raw, in a line of a justified paragraph
 * (@justified), is the space after a sentence that TeX stretches three
 * times as much as the others: it follows a full stop, a question or an
 * exclamation mark, and is at most 3.5 times as wide as the line's other
 * spaces (@others, sorted, two or more), which are all as wide (within
 * 3 %) and widened by a third at least from the usual space of the page's
 * text in their size (@usual, in ems; or a narrow space's 0.28 em): a
 * title's place after a gap as wide keeps its spaces as they are. */
static gboolean
is_sentence_space (const GString *raw,
                   const WordGap *gap,
                   GArray        *others,
                   const double  *usual,
                   gboolean       justified)
{
  double least, most;
  char before;

  if (!justified || others->len < 2 || gap->space < 1 || (gsize) gap->space > raw->len)
    return FALSE;
  before = raw->str[gap->space - 1];
  if ((before == ')' || before == '"' || before == '\'') && gap->space >= 2)
    before = raw->str[gap->space - 2];
  least = g_array_index (others, double, 0);
  most = g_array_index (others, double, others->len - 1);
  return (before == '.' || before == '?' || before == '!') && most - least <= MAX (0.3, 0.03 * most) &&
         least >= 1.3 * MAX (usual ? *usual : 0, 0.28) * gap->size && gap->width <= 3.5 * most;
}

/* A space at least half an em wide and 2.3 times as wide as the line's
 * other spaces (their median; when it has no other, the usual space of
 * the page's text in its size (@spaces), or at least 0.29 em, a wide
 * space: a large name's letter-spaced capitals stay together), twice
 * from 0.75 em (a typed double space is no tab), sets two parts of a
 * line apart, as a tab would: "Acme Corp <0.8 em> Berlin" (Vitae's).
 * Justified lines widen all their spaces alike, but for the one after a
 * sentence (is_sentence_space(): @justified, the line is one). In a
 * monospaced font (@cell: the one width of all the line's letters, else
 * 0) a space is as wide as a letter: only one of two letters' width or
 * more is. */
void
_vitae_pdf_split_at_wide_spaces (GString    *raw,
                                 GArray     *gaps,
                                 double      cell,
                                 GHashTable *spaces,
                                 gboolean    justified)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      const WordGap *gap = &g_array_index (gaps, WordGap, i);
      g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (double));
      const double *usual = g_hash_table_lookup (spaces, GINT_TO_POINTER ((int) (gap->size * 2 + 0.5)));
      double typical = MAX (0.29, usual ? *usual : 0) * gap->size;

      for (guint k = 0; k < gaps->len; k++)
        if (k != i)
          g_array_append_val (others, g_array_index (gaps, WordGap, k).width);
      if (others->len > 0)
        {
          g_array_sort (others, compare_double);
          typical = g_array_index (others, double, others->len / 2);
        }
      if (gap->size > 0 && gap->width >= 0.5 * gap->size &&
          gap->width >= (gap->width >= 0.75 * gap->size ? 2 : 2.3) * MAX (typical, 0.1 * gap->size) &&
          gap->width >= 1.9 * cell && !is_sentence_space (raw, gap, others, usual, justified) &&
          (gsize) gap->space < raw->len && raw->str[gap->space] == ' ')
        raw->str[gap->space] = '\t';
    }
}

/* Words of very different sizes on one line are apart, as far apart as
 * a tab: a name set large with a small title beside it ("Ada Lovelace
 * Analyst"). Sizes are compared word by word, so that small capitals
 * faked with a larger first letter stay whole. */
void
_vitae_pdf_split_at_size_change (GString *raw,
                                 gssize   space,
                                 double   before,
                                 double   after)
{
  if (space >= 0 && (gsize) space < raw->len && raw->str[space] == ' ' && before > 0 && after > 0 &&
      MAX (before, after) >= 1.5 * MIN (before, after))
    raw->str[space] = '\t';
}

/* Whether the spaces of a line (@gaps) and those made tabs (@wide), two
 * or more, are all as wide, within 3 %. */
gboolean
_vitae_pdf_gaps_alike (GArray *gaps,
                       GArray *wide)
{
  double least = G_MAXDOUBLE, most = 0;

  if (gaps->len + wide->len < 2)
    return FALSE;
  for (guint k = 0; k < gaps->len + wide->len; k++)
    {
      const WordGap *gap = k < gaps->len ? &g_array_index (gaps, WordGap, k)
                                         : &g_array_index (wide, WordGap, k - gaps->len);

      least = MIN (least, gap->width);
      most = MAX (most, gap->width);
    }
  return most - least <= MAX (0.3, 0.03 * most);
}

/* Marks the rows that start and end where another row does (within two
 * points): lines of a justified paragraph. */
void
_vitae_pdf_find_flush_rows (PdfPage *p)
{
  guint n = p->rows->len;
  g_autofree double *left = g_new (double, n + 1);
  g_autofree double *right = g_new (double, n + 1);

  for (guint k = 0; k < n; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      left[k] = G_MAXDOUBLE;
      right[k] = -1;
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          left[k] = MIN (left[k], r->x1);
          right[k] = MAX (right[k], r->x2);
        }
    }
  for (guint k = 0; k < n; k++)
    for (guint j = 0; j < n && right[k] >= 0; j++)
      if (j != k && right[j] >= 0 && ABS (left[j] - left[k]) < 2 && ABS (right[j] - right[k]) < 2)
        {
          g_array_index (p->rows, PdfLine, k).flush = TRUE;
          break;
        }
}

/* The usual space between words of the page's text in @size, in ems
 * (_vitae_pdf_page_spaces()), or 0. */
static double
usual_space (GHashTable *spaces,
             double      size)
{
  const double *usual = g_hash_table_lookup (spaces, GINT_TO_POINTER ((int) (size * 2 + 0.5)));

  return usual != NULL ? *usual : 0;
}

/* A place in a row where a word starts after a gap: where the gap
 * starts (the word before it ends) and where the word starts. */
typedef struct
{
  guint  row;
  double end, x;
} Cut;

/* How many of @cuts (one a row) put a word at @x, within a point and a
 * half. */
static guint
n_cuts_at (GArray *cuts,
           double  x)
{
  guint n = 0, last_row = G_MAXUINT;

  for (guint k = 0; k < cuts->len; k++)
    {
      const Cut *cut = &g_array_index (cuts, Cut, k);

      if (ABS (cut->x - x) <= 1.5 && cut->row != last_row)
        n++, last_row = cut->row;
    }
  return n;
}

/* The rows' first glyphs' left edges (@starts) and the places where a
 * word starts after a letter or digit (not after a list's mark alone)
 * and a gap of at least 0.4 em and 1.3 times the page's usual space in
 * its size (@spaces: in a monospaced font, every word starts on a grid)
 * (@cuts), rows that read right to left left out. */
static void
find_starts_and_cuts (PdfPage    *p,
                      GHashTable *spaces,
                      GArray     *starts,
                      GArray     *cuts)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double prev_x2 = -1;
      gboolean any_alnum = FALSE;

      if (row->rtl)
        continue;
      _vitae_pdf_sort_row (p, row);
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]) || g_unichar_iscntrl (p->chars[i]))
            continue;
          if (prev_x2 < 0)
            g_array_append_val (starts, r->x1);
          else if (a != NULL && any_alnum &&
                   r->x1 - prev_x2 >= MAX (0.4, 1.3 * usual_space (spaces, a->font_size)) * a->font_size)
            {
              Cut cut = { k, prev_x2, r->x1 };

              g_array_append_val (cuts, cut);
            }
          prev_x2 = MAX (prev_x2, r->x2);
          any_alnum |= g_unichar_isalnum (p->chars[i]);
        }
    }
}

/* A column of labels (moderncv's dates and field names, set right
 * aligned in a margin beside the text they label): the text column
 * starts at one x, where the page's headings and the text's own lines
 * start (two rows or more start there), and three rows or more have a
 * label left of it, a gap (find_starts_and_cuts()), and their text starting
 * there. However narrow the gap (a long date leaves little), the label
 * is a cell of its own: the row's label_x is where the text starts, and
 * the row reads a tab there. Of several such x, the one most rows cut
 * at. */
void
_vitae_pdf_find_labels (PdfPage    *p,
                        GHashTable *spaces)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (Cut));
  double best_x = -1;
  guint best = 0;

  find_starts_and_cuts (p, spaces, starts, cuts);
  for (guint k = 0; k < cuts->len; k++)
    {
      double x = g_array_index (cuts, Cut, k).x;
      guint n = n_cuts_at (cuts, x), n_starts = 0;

      for (guint s = 0; s < starts->len; s++)
        n_starts += ABS (g_array_index (starts, double, s) - x) <= 1.5;
      if (n >= 3 && n_starts >= 2 && n > best)
        best = n, best_x = x;
    }
  if (best_x < 0)
    return;
  for (guint k = 0; k < cuts->len; k++)
    {
      const Cut *cut = &g_array_index (cuts, Cut, k);
      PdfLine *row = &g_array_index (p->rows, PdfLine, cut->row);

      if (ABS (cut->x - best_x) <= 1.5 && row->label_x <= 0)
        row->label_x = cut->x;
    }
}
