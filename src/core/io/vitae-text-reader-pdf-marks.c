/* vitae-text-reader-pdf-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items whose mark is drawn, not written: a filled circle, square
 * or dash painted as a path (or as a small picture) left of the item's
 * first letter, with no glyph for it in the text layer
 * (_vitae_pdf_find_marks()). Poppler tells nothing of the paths a page
 * draws, so the page is rendered, only in narrow strips left of where
 * rows start (one clip), and each strip is looked at for one small,
 * compact, filled blob:
 *
 *  - a strip is looked at for a row that reads left to right, starts
 *    with a letter (not a written mark) and is indented: another row of
 *    the page starts half an em to eight ems left of it, and no row
 *    with a written mark has its letters start where it does (those are
 *    the items' wrapped lines);
 *  - the strip is as tall as the row's first letter and reaches 2.5 ems
 *    left of it; the page's letters are masked out of it (a glyph is in
 *    the text layer already);
 *  - it is rendered on white paper; its ground is the colour 70 % of its
 *    edge has (a list on a dark sidebar has a light mark on a dark
 *    ground), and a strip whose edge has no such colour (a sidebar's
 *    edge, a photo) has no mark;
 *  - ink is what differs from the ground; of its connected blobs, the
 *    one nearest the letter is the mark when it touches no edge of the
 *    strip (not a rule or an underline running through, not a band of
 *    colour), is at least 0.12 em wide, stands 0.1 to 2 ems clear of
 *    the letter, has its middle within a quarter of the letter's height
 *    of the letter's middle, and is a dot or a square (as wide as tall
 *    within a factor of 1.6, at most 0.55 em, its middle inked, 45 % of
 *    its box filled), a dash (at most a third as tall as wide, at most
 *    0.7 em, 70 % filled) or a ring (as wide as tall within a quarter,
 *    at most 0.55 em, its middle empty: a nested item's "◦"); the
 *    icons set before contact details are larger;
 *  - no other blob stands within an em left of it (skill dots in a row);
 *  - the mark counts when another mark of the page looks alike (as
 *    large, as filled, of one colour: a list has items, while an icon
 *    before a contact detail differs from the next icon), and the row's
 *    letter is not larger than the page's usual size by a fifth (a dot
 *    before a heading is decoration).
 *
 * Rendering is deterministic (Cairo's image surfaces) and done once per
 * page that has strips to look at. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "vitae-text-reader-private.h"

/* A place to look for a mark: left of a row's first letter. */
typedef struct
{
  guint  row;
  double x0, top, bottom, size;   /* the first letter's left, height and size */
  double x1, x2;                  /* the strip, in points */
  /* What was found: the mark's box in points and its colour. */
  gboolean found;
  double   mx1, mx2, my1, my2;
  double   fill;                  /* how much of its box is ink */
  guint32  colour;
} Strip;

/* A blob of ink in a strip, in pixels. */
typedef struct
{
  int   x1, y1, x2, y2;   /* inclusive */
  guint count;
  gboolean edge;          /* touches the strip's edge */
  gboolean full_middle;   /* its middle pixel is ink */
  guint64 r, g, b;        /* the sum of its colours */
} Blob;

/* Pixels of a strip: what each one is. */
enum { PIXEL_GROUND, PIXEL_INK, PIXEL_TEXT, PIXEL_SEEN };

static gboolean
is_mark_glyph (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_OTHER_SYMBOL || type == G_UNICODE_MATH_SYMBOL || type == G_UNICODE_DASH_PUNCTUATION ||
         type == G_UNICODE_PRIVATE_USE || c == 0x2022 || c == 0x00B7 || c == '*' || c == '-' || c == 0x2023 ||
         c == 0x2043 || c == 0x25E6;
}

/* The usual size of the page's letters: the one most of them have. */
static double
usual_size (PdfPage *p)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_key = 0;

  for (guint i = 0; i < p->n_rects; i++)
    {
      PopplerTextAttributes *a = p->by_char[i];
      int key = a ? (int) (a->font_size * 4 + 0.5) : 0;
      guint n;

      if (key <= 0)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (votes, GINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (votes, GINT_TO_POINTER (key), GUINT_TO_POINTER (n));
      if (n > best)
        best = n, best_key = key;
    }
  return best_key / 4.0;
}

/* Where a row starts: its first visible character (the row's first
 * letter, or its written mark), and where the letters after a written
 * mark start; FALSE for an empty or right-to-left row. */
static gboolean
row_start (PdfPage                 *p,
           PdfLine                 *row,
           const PopplerRectangle **first,
           PopplerTextAttributes  **attributes,
           gboolean                *marked,
           double                  *after_mark)
{
  *first = NULL;
  *after_mark = -1;
  if (row->rtl > 0)
    return FALSE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      gunichar c = p->chars[i];

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        continue;
      if (*first == NULL)
        {
          *first = &p->rects[p->rect_of[i]];
          *attributes = p->by_char[p->rect_of[i]];
          *marked = is_mark_glyph (c);
          if (!*marked)
            break;
        }
      else if (g_unichar_isalnum (c))
        {
          *after_mark = p->rects[p->rect_of[i]].x1;
          break;
        }
    }
  return *first != NULL && (*first)->y2 > (*first)->y1;
}

/* The strips of the page's rows worth a look: those that read left to
 * right, start with a letter, not with a mark of their own, and are
 * indented: another row starts half an em to eight ems left of them
 * (the section's heading, the entry's title), and no row with a written
 * mark has its letters start where they do (those are the wrapped lines
 * of its items). */
static GArray *
find_strips (PdfPage *p)
{
  GArray *strips = g_array_new (FALSE, TRUE, sizeof (Strip));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) after_marks = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint k = 0; k < p->rows->len; k++)
    {
      const PopplerRectangle *r;
      PopplerTextAttributes *a;
      gboolean marked;
      double after_mark;

      if (!row_start (p, &g_array_index (p->rows, PdfLine, k), &r, &a, &marked, &after_mark))
        continue;
      g_array_append_val (starts, r->x1);
      if (after_mark >= 0)
        g_array_append_val (after_marks, after_mark);
    }
  for (guint k = 0; k < p->rows->len; k++)
    {
      Strip strip = { k, };
      const PopplerRectangle *r;
      PopplerTextAttributes *a;
      gboolean marked, indented = FALSE, wrapped = FALSE;
      double after_mark;

      if (!row_start (p, &g_array_index (p->rows, PdfLine, k), &r, &a, &marked, &after_mark) || marked)
        continue;
      strip.x0 = r->x1;
      strip.top = r->y1;
      strip.bottom = r->y2;
      strip.size = a && a->font_size > 0 ? a->font_size : (r->y2 - r->y1) / 1.2;
      strip.x2 = strip.x0;
      strip.x1 = MAX (0, strip.x0 - 2.5 * strip.size);
      for (guint j = 0; j < starts->len && !indented; j++)
        indented = strip.x0 - g_array_index (starts, double, j) >= 0.5 * strip.size &&
                   strip.x0 - g_array_index (starts, double, j) <= 8 * strip.size;
      for (guint j = 0; j < after_marks->len && !wrapped; j++)
        wrapped = ABS (strip.x0 - g_array_index (after_marks, double, j)) < 1;
      if (indented && !wrapped && strip.x2 - strip.x1 >= 0.5 * strip.size)
        g_array_append_val (strips, strip);
    }
  return strips;
}

static int
channel_distance (guint32 a,
                  guint32 b)
{
  int most = 0;

  for (int shift = 0; shift < 32; shift += 8)
    most = MAX (most, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return most;
}

/* The colour most of the strip's edge has, or FALSE when none has 70 %
 * of it. */
static gboolean
strip_ground (const guint32 *pixels,
              int            stride,
              const guint8  *kind,
              int            w,
              int            h,
              guint32       *ground)
{
  guint32 colours[16];
  guint counts[16] = { 0, }, n_colours = 0, n = 0, best = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x += (y == 0 || y == h - 1) ? 1 : MAX (w - 1, 1))
      {
        guint32 colour = pixels[y * stride + x];
        guint k = 0;

        if (kind[y * w + x] == PIXEL_TEXT)
          continue;
        n++;
        while (k < n_colours && colours[k] != colour)
          k++;
        if (k == n_colours && n_colours == G_N_ELEMENTS (colours))
          continue;
        if (k == n_colours)
          colours[n_colours++] = colour;
        if (++counts[k] > best)
          best = counts[k], *ground = colour;
      }
  return n > 0 && best * 10 >= n * 7;
}

/* Gathers the blob of ink at (@x, @y) (8-connected). */
static void
fill_blob (const guint32 *pixels,
           int            stride,
           guint8        *kind,
           int            w,
           int            h,
           int            x,
           int            y,
           Blob          *blob)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  int start = y * w + x;

  *blob = (Blob) { x, y, x, y, 0, FALSE, FALSE, 0, 0, 0 };
  kind[start] = PIXEL_SEEN;
  g_array_append_val (stack, start);
  while (stack->len > 0)
    {
      int at = g_array_index (stack, int, stack->len - 1);
      int px = at % w, py = at / w;
      guint32 colour = pixels[py * stride + px];

      g_array_set_size (stack, stack->len - 1);
      blob->x1 = MIN (blob->x1, px);
      blob->x2 = MAX (blob->x2, px);
      blob->y1 = MIN (blob->y1, py);
      blob->y2 = MAX (blob->y2, py);
      blob->count++;
      blob->edge |= px == 0 || py == 0 || px == w - 1 || py == h - 1;
      blob->r += (colour >> 16) & 0xff;
      blob->g += (colour >> 8) & 0xff;
      blob->b += colour & 0xff;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          {
            int nx = px + dx, ny = py + dy;

            if (nx < 0 || ny < 0 || nx >= w || ny >= h || kind[ny * w + nx] != PIXEL_INK)
              continue;
            kind[ny * w + nx] = PIXEL_SEEN;
            g_array_append_val (stack, (int) { ny * w + nx });
          }
    }
}

/* Whether @blob (in pixels from (@left, @top), @scale to a point) has a
 * mark's shape and place for @strip. */
static gboolean
blob_is_mark (const Strip *strip,
              const Blob  *blob,
              double       scale,
              double       left,
              double       top)
{
  double w = (blob->x2 - blob->x1 + 1) / scale, h = (blob->y2 - blob->y1 + 1) / scale;
  double fill = blob->count / ((blob->x2 - blob->x1 + 1.0) * (blob->y2 - blob->y1 + 1.0));
  double middle = top + (blob->y1 + blob->y2 + 1) / 2.0 / scale;
  double letter_middle = (strip->top + strip->bottom) / 2;
  double right = left + (blob->x2 + 1) / scale;
  double s = strip->size;
  gboolean dot = w <= 1.6 * h && h <= 1.6 * w && w <= 0.55 * s && h <= 0.55 * s && fill >= 0.45 && blob->full_middle;
  gboolean dash = h <= w / 3 && w <= 0.7 * s && fill >= 0.7;
  /* A hollow circle or square (a nested item's "◦"): its middle empty. */
  gboolean ring = w <= 1.25 * h && h <= 1.25 * w && w <= 0.55 * s && fill >= 0.3 && !blob->full_middle;

  return !blob->edge && w >= 0.12 * s && h >= 0.04 * s && (dot || dash || ring) &&
         ABS (middle - letter_middle) <= 0.25 * (strip->bottom - strip->top) &&
         strip->x0 - right >= 0.1 * s && strip->x0 - right <= 2 * s;
}

/* Marks the pixels of the strip (@w by @h from (@left, @top)) that the
 * page's letters cover: a glyph is no drawn mark. (Spaces are nothing:
 * some PDFs set one where the mark is drawn.) */
static void
mask_letters (PdfPage *p,
              guint8  *kind,
              int      w,
              int      h,
              double   scale,
              double   left,
              double   top)
{
  double right = left + w / scale, bottom = top + h / scale;

  for (glong c = 0; c < p->n_chars; c++)
    {
      const PopplerRectangle *r = &p->rects[MIN (p->rect_of[c], p->n_rects - 1)];
      int x1, x2, y1, y2;

      if (r->x2 < left || r->x1 > right || r->y2 < top || r->y1 > bottom || g_unichar_isspace (p->chars[c]))
        continue;
      x1 = MAX (0, (int) floor ((r->x1 - left) * scale));
      x2 = MIN (w, (int) ceil ((r->x2 - left) * scale));
      y1 = MAX (0, (int) floor ((r->y1 - top) * scale));
      y2 = MIN (h, (int) ceil ((r->y2 - top) * scale));
      for (int y = y1; y < y2 && x2 > x1; y++)
        memset (kind + y * w + x1, PIXEL_TEXT, x2 - x1);
    }
}

/* Looks at the rendered strip for its mark (see the top of the file):
 * the blob of ink nearest the letter, when no other stands within an em
 * left of it. */
static void
read_strip (PdfPage         *p,
            Strip           *strip,
            cairo_surface_t *surface,
            double           scale,
            double           left,
            double           top)
{
  const guint32 *pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  int px1 = (int) ceil ((strip->x1 - left) * scale), px2 = (int) floor ((strip->x2 - left) * scale);
  int py1 = (int) ceil ((strip->top - top) * scale), py2 = (int) floor ((strip->bottom - top) * scale);
  int w = px2 - px1, h = py2 - py1;
  double strip_left = left + px1 / scale, strip_top = top + py1 / scale;
  g_autofree guint8 *kind = NULL;
  g_autoptr(GArray) blobs = g_array_new (FALSE, FALSE, sizeof (Blob));
  const Blob *best = NULL;
  guint32 ground = 0;

  if (w < 4 || h < 4)
    return;
  pixels += py1 * stride + px1;
  kind = g_new0 (guint8, (gsize) w * h);
  mask_letters (p, kind, w, h, scale, strip_left, strip_top);
  if (!strip_ground (pixels, stride, kind, w, h, &ground))
    return;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (kind[y * w + x] == PIXEL_GROUND && channel_distance (pixels[y * stride + x], ground) >= 96)
        kind[y * w + x] = PIXEL_INK;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (kind[y * w + x] == PIXEL_INK)
        {
          Blob blob;

          fill_blob (pixels, stride, kind, w, h, x, y, &blob);
          blob.full_middle = kind[(blob.y1 + blob.y2) / 2 * w + (blob.x1 + blob.x2) / 2] == PIXEL_SEEN;
          if (blob.count >= 2 || blob.edge)
            g_array_append_val (blobs, blob);
        }
  for (guint k = 0; k < blobs->len; k++)
    if (best == NULL || g_array_index (blobs, Blob, k).x2 > best->x2)
      best = &g_array_index (blobs, Blob, k);
  if (best == NULL || !blob_is_mark (strip, best, scale, strip_left, strip_top))
    return;
  for (guint k = 0; k < blobs->len; k++)
    if (&g_array_index (blobs, Blob, k) != best && g_array_index (blobs, Blob, k).x2 > best->x1 - strip->size * scale)
      return;
  strip->found = TRUE;
  strip->mx1 = strip_left + best->x1 / scale;
  strip->mx2 = strip_left + (best->x2 + 1) / scale;
  strip->my1 = strip_top + best->y1 / scale;
  strip->my2 = strip_top + (best->y2 + 1) / scale;
  strip->fill = best->count / ((best->x2 - best->x1 + 1.0) * (best->y2 - best->y1 + 1.0));
  strip->colour = (guint32) ((best->r / best->count) << 16 | (best->g / best->count) << 8 | (best->b / best->count));
}

/* Renders the page inside the strips, at @scale pixels a point. */
static cairo_surface_t *
render_strips (PdfPage *p,
               GArray  *strips,
               double   scale,
               double  *left,
               double  *top)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = 0, y2 = 0;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);

      x1 = MIN (x1, strip->x1), x2 = MAX (x2, strip->x2);
      y1 = MIN (y1, strip->top), y2 = MAX (y2, strip->bottom);
    }
  *left = floor (x1), *top = floor (y1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil ((x2 - *left) * scale) + 1,
                                        (int) ceil ((y2 - *top) * scale) + 1);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -*left, -*top);
  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);

      cairo_rectangle (cr, strip->x1, strip->top, strip->x2 - strip->x1, strip->bottom - strip->top);
    }
  cairo_clip (cr);
  /* On paper: a white box behind the text is no mark. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (p->page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Whether two marks look alike: as large (within half a point or a
 * tenth), as filled and of one colour. */
static gboolean
marks_alike (const Strip *a,
             const Strip *b)
{
  double wa = a->mx2 - a->mx1, wb = b->mx2 - b->mx1, ha = a->my2 - a->my1, hb = b->my2 - b->my1;

  return ABS (wa - wb) <= MAX (0.5, 0.1 * MAX (wa, wb)) && ABS (ha - hb) <= MAX (0.5, 0.1 * MAX (ha, hb)) &&
         ABS (a->fill - b->fill) <= 0.15 && channel_distance (a->colour, b->colour) <= 48;
}

/**
 * _vitae_pdf_find_marks:
 * @p: a page whose rows are read (in columns) and sorted left to right
 *
 * Finds the rows whose list mark is drawn (see the top of the file) and
 * sets their mark_x to where the mark starts (else it stays 0).
 */
void
_vitae_pdf_find_marks (PdfPage *p)
{
  g_autoptr(GArray) strips = find_strips (p);
  cairo_surface_t *surface;
  double left, top, usual, scale;

  if (strips->len < 2)
    return;
  usual = usual_size (p);
  /* A body letter some 24 pixels tall: a mark of a third of an em is
   * 8 pixels across. */
  scale = CLAMP (24 / MAX (usual, 1), 2, 4);
  surface = render_strips (p, strips, scale, &left, &top);
  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    for (guint k = 0; k < strips->len; k++)
      read_strip (p, &g_array_index (strips, Strip, k), surface, scale, left, top);
  cairo_surface_destroy (surface);

  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);
      gboolean twin = FALSE;

      if (!strip->found || (usual > 0 && strip->size > 1.2 * usual))
        continue;
      for (guint j = 0; j < strips->len && !twin; j++)
        twin = j != k && g_array_index (strips, Strip, j).found && marks_alike (strip, &g_array_index (strips, Strip, j));
      if (twin)
        g_array_index (p->rows, PdfLine, strip->row).mark_x = strip->mx1;
    }
}

/**
 * _vitae_pdf_mark_line:
 * @row: a row of the page
 * @line: the line it reads as
 *
 * A list mark drawn without a glyph reads as if it were one: the line
 * starts "• " where the mark does (its text_x is where its letters do).
 */
void
_vitae_pdf_mark_line (PdfLine       *row,
                      VitaeTextLine *line)
{
  char *text;

  if (row->mark_x <= 0)
    return;
  g_debug ("a drawn mark at %.1f before: %s", row->mark_x, line->text);
  text = g_strconcat ("• ", line->text, NULL);
  g_free (line->text);
  line->text = text;
  line->text_x = line->x;
  line->x = row->mark_x;
}
