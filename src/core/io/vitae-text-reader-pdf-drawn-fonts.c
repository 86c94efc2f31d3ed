/* vitae-text-reader-pdf-drawn-fonts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The size of a font of drawn glyphs (Type 3: Chrome's print to PDF, some
 * online builders), for the PDF reader (vitae-text-reader-pdf.c).
 *
 * poppler cannot know how large such a font is without drawing it: it
 * guesses the size from the advance of one glyph of the font (an "m"
 * when the font names its glyphs, else whichever glyph comes first),
 * and gives the glyph's box its default ascent and descent (0.95 and
 * 0.35 of that size: boxes 1.3 times the size tall), under a font
 * without a name ("Default"). Such a guess can be half the size or
 * three times it, and differ from one font to the next: on one line
 * the "F" of "First" read from another font than "irst" is boxed three
 * times as tall, so it stands on a row of its own ("F" / "irst");
 * boxes half as tall again as the line's pitch make a row reach into
 * the lines above and below it, and a sidebar's line beside two lines
 * of the main column join them in one row, their letters interleaved.
 *
 * The advances of the glyphs are right (they place the next glyph), and
 * so is the baseline the box stands on. So the size is read again from
 * the advances of the font's letters (a lowercase letter's is about
 * half the size, a capital's two thirds, a digit's a little more than
 * half), or for a font of a few glyphs from the fonts beside them on
 * their baseline, and the box set on its baseline for that size; and
 * poppler's spaces, told by the size guessed, are read again
 * (row_line() in vitae-text-reader-pdf.c). A font whose guess is near
 * its size (within a fifth) keeps it. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* poppler's default ascent and descent, in sizes. */
#define ASCENT 0.95
#define DESCENT 0.35

/* Fewer letters than this and a font's size is not read again. */
#define MIN_LETTERS 3
/* Fewer letters than this and a font's size is read from the fonts
 * beside it first. */
#define SURE_LETTERS 8

/* Whether @r, a box of a glyph of @a, is one that poppler gave from its
 * guess of a drawn font's size: of a font without a name, 1.3 times that
 * size tall. */
static gboolean
is_guessed (const PopplerRectangle      *r,
            const PopplerTextAttributes *a)
{
  return a != NULL && a->font_size > 0 && g_strcmp0 (a->font_name, "Default") == 0 &&
         ABS ((r->y2 - r->y1) - (ASCENT + DESCENT) * a->font_size) < 0.005 * a->font_size;
}

/* The size a glyph @c's advance @width says, or 0: a lowercase letter's
 * advance is about half the size (an "i" less, an "m" more: the median
 * of a font's letters is near half), a capital's two thirds, a digit's
 * 0.55. */
static double
size_of_advance (gunichar c,
                 double   width)
{
  if (width <= 0)
    return 0;
  if (g_unichar_islower (c))
    return width / 0.5;
  if (g_unichar_isupper (c))
    return width / 0.68;
  if (g_unichar_isdigit (c))
    return width / 0.55;
  return 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

/* The median of @sizes, sorting them. */
static double
median (GArray *sizes)
{
  g_array_sort (sizes, compare_doubles);
  return g_array_index (sizes, double, sizes->len / 2);
}

/* Per guessed size (a drawn font), the sizes its letters' and digits'
 * advances say, its lowercase letters' positive (capitals and digits
 * vary more from font to font: font_size_of()). */
static GHashTable *
advance_sizes (PdfPage *p)
{
  GHashTable *fonts = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, (GDestroyNotify) g_array_unref);

  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      guint k = p->rect_of[ci];
      const PopplerRectangle *r = &p->rects[k];
      PopplerTextAttributes *a = k < p->n_rects ? p->by_char[k] : NULL;
      double size;
      GArray *sizes;

      if (k >= p->n_rects || !is_guessed (r, a))
        continue;
      size = size_of_advance (p->chars[ci], r->x2 - r->x1);
      if (size <= 0)
        continue;
      sizes = g_hash_table_lookup (fonts, &a->font_size);
      if (sizes == NULL)
        {
          sizes = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (fonts, g_memdup2 (&a->font_size, sizeof (double)), sizes);
        }
      size = g_unichar_islower (p->chars[ci]) ? size : -size;
      g_array_append_val (sizes, size);
    }
  return fonts;
}

/* The size the advances @sizes of one font say (lowercase letters'
 * positive, others' negative): its lowercase letters', or when
 * fewer than @least (and not @lowercase) all its letters' and digits';
 * or 0 when fewer than @least. */
static double
font_size_of (GArray   *sizes,
              guint     least,
              gboolean  lowercase)
{
  g_autoptr(GArray) lower = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint j = 0; j < sizes->len; j++)
    {
      double size = g_array_index (sizes, double, j);

      if (size > 0)
        g_array_append_val (lower, size);
      size = ABS (size);
      g_array_append_val (all, size);
    }
  if (lower->len >= least)
    return median (lower);
  if (all->len >= least && !lowercase)
    return median (all);
  return 0;
}

static double
baseline_of (const PopplerRectangle      *r,
             const PopplerTextAttributes *a)
{
  return r->y2 - DESCENT * a->font_size;
}

static void
add_size (GHashTable *table,
          double      guess,
          double      size)
{
  GArray *sizes = g_hash_table_lookup (table, &guess);

  if (sizes == NULL)
    {
      sizes = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (table, g_memdup2 (&guess, sizeof (double)), sizes);
    }
  g_array_append_val (sizes, size);
}

/* Per font of too few letters to tell its size (Chrome's print sets a
 * few glyphs of a word, its capital or its accented letter, in a font
 * of their own), the sizes of the fonts in @sure, each font's size,
 * whose glyphs it touches on its baseline. */
static GHashTable *
sizes_around (PdfPage    *p,
              GHashTable *sure)
{
  GHashTable *around = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, (GDestroyNotify) g_array_unref);

  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      const PopplerRectangle *r = &p->rects[p->rect_of[ci]];
      const PopplerTextAttributes *a = p->by_char[p->rect_of[ci]];

      if (p->rect_of[ci] >= p->n_rects || !is_guessed (r, a) || g_hash_table_contains (sure, &a->font_size))
        continue;
      for (int d = -1; d <= 1; d += 2)
        {
          glong cj = ci + d;
          const PopplerRectangle *o;
          const PopplerTextAttributes *b;
          const double *size;

          if (cj < 0 || cj >= p->n_chars || p->rect_of[cj] >= p->n_rects)
            continue;
          o = &p->rects[p->rect_of[cj]];
          b = p->by_char[p->rect_of[cj]];
          if (is_guessed (o, b) && (size = g_hash_table_lookup (sure, &b->font_size)) != NULL &&
              ABS (baseline_of (r, a) - baseline_of (o, b)) < 0.5 && ABS (d < 0 ? r->x1 - o->x2 : o->x1 - r->x2) < 1)
            add_size (around, a->font_size, *size);
        }
    }
  return around;
}

/* Each drawn font's size (a table of sizes by the size guessed): read
 * from its lowercase letters' advances when it has enough of them
 * (SURE_LETTERS), else that of the fonts its glyphs touch on their
 * baseline, else read from what letters and digits it has. */
static GHashTable *
read_sizes (PdfPage *p)
{
  g_autoptr(GHashTable) fonts = advance_sizes (p);
  g_autoptr(GHashTable) around = NULL;
  GHashTable *sure = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, fonts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double size = font_size_of (value, SURE_LETTERS, TRUE);

      if (size > 0)
        g_hash_table_insert (sure, g_memdup2 (key, sizeof (double)), g_memdup2 (&size, sizeof (double)));
    }
  around = sizes_around (p, sure);
  g_hash_table_iter_init (&iter, fonts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *near = g_hash_table_lookup (around, key);
      double size = near != NULL ? median (near) : font_size_of (value, MIN_LETTERS, FALSE);

      if (!g_hash_table_contains (sure, key) && size > 0)
        g_hash_table_insert (sure, g_memdup2 (key, sizeof (double)), g_memdup2 (&size, sizeof (double)));
    }
  return sure;
}

/**
 * _vitae_pdf_size_drawn_fonts:
 * @p: a page, its characters read
 *
 * Reads again the size of each drawn font whose size poppler guessed
 * far off, from its letters' advances, and sets its glyphs' boxes on
 * their baselines for that size, and its font size to it.
 */
void
_vitae_pdf_size_drawn_fonts (PdfPage *p)
{
  g_autoptr(GHashTable) sized = read_sizes (p);
  GHashTableIter iter;
  gpointer key, value;

  /* (A font whose guess is near its size keeps it.) */
  g_hash_table_iter_init (&iter, sized);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(double *) value <= 1.2 * *(double *) key && *(double *) value >= *(double *) key / 1.2)
      g_hash_table_iter_remove (&iter);
  if (g_hash_table_size (sized) == 0)
    return;

  for (guint k = 0; k < p->n_rects; k++)
    {
      PopplerRectangle *r = &p->rects[k];
      PopplerTextAttributes *a = p->by_char[k];
      const double *size;
      double baseline;

      if (!is_guessed (r, a) || (size = g_hash_table_lookup (sized, &a->font_size)) == NULL)
        continue;
      if (p->resized == NULL)
        p->resized = g_new0 (guint8, p->n_rects);
      p->resized[k] = TRUE;
      baseline = r->y2 - DESCENT * a->font_size;
      r->y1 = baseline - ASCENT * *size;
      r->y2 = baseline + DESCENT * *size;
    }
  /* (Each font's attributes once, after every box: the boxes were told
   * by the sizes guessed.) */
  for (GList *l = p->attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;
      const double *size;

      if (g_strcmp0 (a->font_name, "Default") == 0 && (size = g_hash_table_lookup (sized, &a->font_size)) != NULL)
        a->font_size = *size;
    }
}
