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
 *    the page starts a fifth of an em or more left of it (a mark set
 *    out in the margin, left of where the column starts, has its item's
 *    text start barely in from there, or from a boxed heading's edge; an
 *    entry's duties set in a column of their own beside its title and
 *    dates start many ems right of any other line), and it is no
 *    wrapped line of an item with a written mark
 *    (wraps_written_item()); on a page that has such rows, also a row at
 *    its column's edge, when no row of the page starts half an em to
 *    four ems right of it (a column with nothing indented, headings
 *    included, may set its marks out in the margin left of its edge:
 *    indented_from());
 *  - the strip reaches 2.5 ems left of the row's first letter and a
 *    fifth of the letter's height above and below it, but no further
 *    than halfway to the rows above and below in its column (some PDFs
 *    give their letters boxes twice as tall as the lines are apart);
 *    upwards, a third of the letter's height, or up to the box of the
 *    row above when that stays clear of the letter's;
 *    the letters of the row are masked out of it (a glyph is in the
 *    text layer already);
 *  - it is rendered on white paper; its ground is the colour 70 % of its
 *    edge has, with the colours too near it to be ink (a list on a dark
 *    sidebar has a light mark on a dark ground; a faint watermark behind
 *    a list is ground too); where its edge has no such colour (a shape
 *    shaded from one colour to another behind the list), each column of
 *    its pixels has its own ground, the colour 70 % of the column has,
 *    and a strip where a column in four has none (a sidebar's edge, a
 *    photo) has no mark;
 *  - ink is what differs from the ground, however faintly (a light grey
 *    chevron on white); each connected blob of it is measured by its
 *    core, the pixels at least half as far from the ground as its
 *    strongest; blobs cut by the strip's top or bottom edge (the letters
 *    of the rows above and below, a sidebar's edge) are left out, unless
 *    they run across it (a rule);
 *  - of the blobs level with the letter (a heading's rule above is
 *    none), the one nearest the letter is the mark when it touches neither
 *    side of the strip (not a rule or an underline running through), is
 *    at least 0.12 em wide (give or take a pixel), stands 0.1 to 2 ems
 *    clear of the letter, has its middle no lower than a quarter of the
 *    letter's height under the letter's middle nor higher than the
 *    letter's top (some fonts' boxes reach far below their baseline,
 *    and a chevron stands as high as the capitals), and is a dot or a
 *    square
 *    (as wide as tall within a factor of 1.6, at most 0.55 em give or
 *    take a pixel, or an em when 70 % of its box is filled, its middle
 *    inked, 45 % of its box filled),
 *    a dash (at most a third as tall as wide, at most 0.7 em, 70 %
 *    filled), a ring (as wide as tall within a quarter, as large as a
 *    dot may be, its middle empty: a nested item's "◦") or an arrow (a
 *    triangle or
 *    chevron pointing right: up to 2.5 times as tall as wide, at most
 *    0.6 em wide and 0.8 em tall, 35 % filled); the icons set before
 *    contact details are larger;
 *  - no other blob level with the letter stands within an em left of it
 *    (skill dots in a row);
 *  - the mark counts when another mark of the page looks alike (as
 *    large, as filled, of one colour: a list has items, while an icon
 *    before a contact detail differs from the next icon), and the row's
 *    letter is not larger than the page's usual size by a fifth (a dot
 *    before a heading is decoration), unless a row close by has its
 *    mark alike, in line with it, before letters as large (a sidebar's
 *    list set larger than the main column's print: in_list()).
 *
 * A strip is looked at also left of a row's second part, after a wide
 * gap, where other rows' second parts start too: a list set in two
 * sub-columns (vitae-text-reader-pdf-side-lists.c); its mark is the
 * row's inner_mark_x.
 *
 * Rendering is deterministic (Cairo's image surfaces) and done once per
 * page that has strips to look at. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "vitae-text-reader-private.h"

#define MAX_ROWS 400
/* How far (in one channel) ink stands from the ground at least. */
#define INK_DISTANCE 16

/* A place to look for a mark: left of a row's first letter. */
typedef struct
{
  guint    row;
  gboolean inner;                          /* left of the row's second part */
  double   x0, letter_top, letter_bottom;  /* the first letter's left and height */
  double   size;                           /* its font size */
  double   x1, x2, top, bottom;            /* the strip, in points */
  /* What was found: the mark's box in points, how much of it is ink, and
   * its colour. */
  gboolean found;
  double   mx1, mx2, my1, my2;
  double   fill;
  guint32  colour;
} Strip;

/* A blob of ink in a strip, in pixels. */
typedef struct
{
  int   x1, y1, x2, y2;   /* inclusive */
  guint count;
  gboolean edge;          /* touches the strip's left or right edge */
  gboolean across;        /* touches both */
  gboolean edge_y;        /* touches its top or bottom edge */
  gboolean full_middle;   /* the middle of its box is of its core */
  guint64 r, g, b;        /* the sum of its colours */
} Blob;

/* Pixels of a strip: what each one is. */
enum { PIXEL_GROUND, PIXEL_INK, PIXEL_TEXT, PIXEL_SEEN, PIXEL_CORE };

/* Whether a row starting with @c has its mark written: a bullet, a dash,
 * a symbol, an icon font's glyph. */
static gboolean
is_mark_glyph (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_OTHER_SYMBOL || type == G_UNICODE_MATH_SYMBOL || type == G_UNICODE_DASH_PUNCTUATION ||
         type == G_UNICODE_PRIVATE_USE || c == 0x2022 || c == 0x00B7 || c == '*' || c == '-' || c == 0x2023 ||
         c == 0x2043 || c == 0x25E6;
}

/**
 * _vitae_pdf_is_icon_letter:
 * @attributes: (nullable): the font of @c
 * @c: a character of the text layer
 *
 * Whether @c is an icon that the text layer reads as a letter or a sign
 * of the Latin alphabets: an icon font without a map to Unicode draws
 * its icons at the codes of ASCII letters (MarVoSym, which LaTeX CVs set
 * their phone, letter and list ring in, reads "H", "B" and "{";
 * FontAwesome 5's Type 1 fonts "#", "+"), or as a letter or modifier of
 * another script (FontAwesome's CID fonts read "ˎ", "ϩ", "˓" before a
 * heading), but not as a symbol read as a list's mark anyway ("➢"). The
 * font says what it is by its name. A row that starts with one has its
 * mark, or its icon, written.
 */
gboolean
_vitae_pdf_is_icon_letter (const PopplerTextAttributes *attributes,
                           gunichar                     c)
{
  if (attributes == NULL || attributes->font_name == NULL || g_unichar_isspace (c) ||
      (c >= 0x250 && is_mark_glyph (c)))
    return FALSE;
  return _vitae_pdf_font_is_icons (attributes->font_name);
}

/* Whether the characters of @row from @j on are a number, a space and
 * a letter. */
static gboolean
plus_before_count (PdfPage *p,
                   PdfLine *row,
                   guint    j)
{
  guint k = j;

  while (k < row->chars->len && g_unichar_isdigit (p->chars[g_array_index (row->chars, guint, k)]))
    k++;
  return k > j && k + 1 < row->chars->len && g_unichar_isspace (p->chars[g_array_index (row->chars, guint, k)]) &&
         g_unichar_isalpha (p->chars[g_array_index (row->chars, guint, k + 1)]);
}

/* Where a row starts: its first visible character (the row's first
 * letter, or its written mark, also a sign read as a control character:
 * _vitae_pdf_is_control_sign()), and where the letters after a written
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
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (c) ||
          (g_unichar_iscntrl (c) && (*first != NULL || !_vitae_pdf_is_control_sign (c, r, p->by_char[p->rect_of[i]]))))
        continue;
      if (*first == NULL)
        {
          *first = &p->rects[p->rect_of[i]];
          *attributes = p->by_char[p->rect_of[i]];
          *marked = is_mark_glyph (c) || g_unichar_iscntrl (c) || _vitae_pdf_is_icon_letter (*attributes, c);
          /* A plus glued to a number before a word is the number's sign
           * ("+20 awards"; not a phone number's "+49 170 …"). */
          if (c == '+' && plus_before_count (p, row, j + 1))
            *marked = FALSE;
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

/* Some fonts' letters are much taller in the text layer than on the
 * page (Chromium's line boxes: 31 points for a 12-point line set 18
 * points apart), so that a row's box takes in half of the rows above and
 * below it (and their marks): a strip reaches no further than halfway to
 * the middle of the nearest row above or below in its column. A mark
 * may stand higher than the letter's box, in a font whose box reaches
 * far below its baseline: the strip then reaches up to a third of the
 * letter's height above it, or to the box of the nearest row above when
 * that stays clear of the letter's. */
static void
narrow_strip (PdfPage *p,
              Strip   *strip)
{
  double middle = (strip->top + strip->bottom) / 2, half = (strip->bottom - strip->top) / 2;
  double high = strip->letter_top - 0.35 * (strip->letter_bottom - strip->letter_top);

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double distance = ABS ((row->top + row->bottom) / 2 - middle), x1 = G_MAXDOUBLE, x2 = -1;

      for (guint j = 0; j < row->chars->len; j++)
        {
          const PopplerRectangle *r = &p->rects[p->rect_of[g_array_index (row->chars, guint, j)]];

          x1 = MIN (x1, r->x1);
          x2 = MAX (x2, r->x2);
        }
      if (k == strip->row || x1 >= strip->x2 + strip->size || x2 <= strip->x1)
        continue;
      /* (A row above: the strip may reach its box, when clear of the
       * letter's.) */
      if (row->top < strip->letter_top && row->bottom > high)
        high = row->bottom <= strip->letter_top ? row->bottom : G_MAXDOUBLE;
      if (distance < 2 * half && distance >= 0.2 * half)
        half = distance / 2;
    }
  strip->top = MIN (middle - half, high);
  strip->bottom = middle + half;
}

/* Where a row starts and ends, its top, where its letters start after a
 * written mark (or -1), and its font size. */
typedef struct
{
  double x1, x2, top, after_mark, size;
} RowPlace;

/* Whether the row at @k is a wrapped line of a written item: the nearest
 * row above that starts left of it and reaches over it has a written
 * mark, and its letters start where this row's do. */
static gboolean
wraps_written_item (GArray *places,
                    guint   k,
                    double  size)
{
  const RowPlace *row = &g_array_index (places, RowPlace, k), *above = NULL;

  for (guint j = 0; j < places->len; j++)
    {
      const RowPlace *other = &g_array_index (places, RowPlace, j);

      if (j != k && other->top < row->top && other->x1 <= row->x1 - 0.5 * size && other->x2 > row->x1 &&
          (above == NULL || other->top > above->top))
        above = other;
    }
  return above != NULL && above->after_mark >= 0 && ABS (above->after_mark - row->x1) < 1;
}

/* Whether a row of the page starts half an em to four ems (its own)
 * right of where @strip's row does: a column with lines indented from
 * its edge (a list under its heading, an item's wrapped lines hanging
 * under its text) has its marks there, not out in the margin. */
static gboolean
indented_from (GArray      *places,
               const Strip *strip)
{
  for (guint j = 0; j < places->len; j++)
    {
      const RowPlace *other = &g_array_index (places, RowPlace, j);
      double by = other->x1 - strip->x0;

      if (by >= 0.5 * other->size && by <= 4 * other->size)
        return TRUE;
    }
  return FALSE;
}

/* Adds the strips left of the rows' second parts that start where
 * others do (_vitae_pdf_inner_parts()): a list's second sub-column. They
 * reach no further left than the first part's end. */
static void
add_inner_strips (PdfPage *p,
                  GArray  *strips)
{
  g_autoptr(GArray) parts = _vitae_pdf_inner_parts (p);

  for (guint k = 0; k < parts->len; k++)
    {
      const PdfInnerPart *part = &g_array_index (parts, PdfInnerPart, k);
      double h = part->letter_bottom - part->letter_top;
      Strip strip = { part->row, TRUE, part->x0, part->letter_top, part->letter_bottom, part->size,
                      MAX (part->left_end + 0.5, part->x0 - 2.5 * part->size), part->x0,
                      part->letter_top - 0.2 * h, part->letter_bottom + 0.2 * h, };

      narrow_strip (p, &strip);
      g_array_append_val (strips, strip);
    }
}

/* The strips of the page's rows worth a look: those that read left to
 * right, start with a letter, not with a mark of their own, and are
 * indented: another row starts a fifth of an em or more left of them
 * (the section's heading, the entry's title, however far: an entry's
 * title beside its duties' column), and they are no wrapped
 * line of an item with a written mark (wraps_written_item()); with them
 * the rows at a column's edge that nothing is indented from. */
static GArray *
find_strips (PdfPage *p)
{
  GArray *strips = g_array_new (FALSE, TRUE, sizeof (Strip));
  g_autoptr(GArray) edges = g_array_new (FALSE, TRUE, sizeof (Strip));
  g_autoptr(GArray) places = g_array_new (FALSE, TRUE, sizeof (RowPlace));

  g_array_set_size (places, p->rows->len);
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      RowPlace *place = &g_array_index (places, RowPlace, k);
      const PopplerRectangle *r;
      PopplerTextAttributes *a;
      gboolean marked;

      place->x1 = G_MAXDOUBLE;
      place->x2 = -G_MAXDOUBLE;
      place->top = row->top;
      if (!row_start (p, row, &r, &a, &marked, &place->after_mark))
        continue;
      place->size = a && a->font_size > 0 ? a->font_size : (r->y2 - r->y1) / 1.2;
      place->x1 = r->x1;
      for (guint j = 0; j < row->chars->len; j++)
        place->x2 = MAX (place->x2, p->rects[p->rect_of[g_array_index (row->chars, guint, j)]].x2);
    }
  for (guint k = 0; k < p->rows->len; k++)
    {
      Strip strip = { k, };
      const PopplerRectangle *r;
      PopplerTextAttributes *a;
      gboolean marked, indented = FALSE;
      double after_mark;

      if (!row_start (p, &g_array_index (p->rows, PdfLine, k), &r, &a, &marked, &after_mark) || marked)
        continue;
      strip.x0 = r->x1;
      strip.letter_top = r->y1;
      strip.letter_bottom = r->y2;
      /* (A mark may stand out of a small font's box.) */
      strip.top = r->y1 - 0.2 * (r->y2 - r->y1);
      strip.bottom = r->y2 + 0.2 * (r->y2 - r->y1);
      strip.size = a && a->font_size > 0 ? a->font_size : (r->y2 - r->y1) / 1.2;
      strip.x2 = strip.x0;
      strip.x1 = MAX (0, strip.x0 - 2.5 * strip.size);
      for (guint j = 0; j < places->len && !indented; j++)
        indented = strip.x0 - g_array_index (places, RowPlace, j).x1 >= 0.2 * strip.size;
      if (!wraps_written_item (places, k, strip.size) && strip.x2 - strip.x1 >= 0.5 * strip.size)
        g_array_append_val (indented ? strips : edges, strip);
    }
  /* (Rendering costs the most: rows at the edge are looked at only on a
   * page rendered anyway.) */
  for (guint k = 0; k < edges->len && strips->len >= 2; k++)
    if (!indented_from (places, &g_array_index (edges, Strip, k)))
      g_array_append_val (strips, g_array_index (edges, Strip, k));
  for (guint k = 0; k < strips->len; k++)
    narrow_strip (p, &g_array_index (strips, Strip, k));
  add_inner_strips (p, strips);
  return strips;
}

/* The colour most of the strip's edge has, counting with each colour
 * those too near it to be ink (a faint watermark behind the list, a
 * shade lighter than the paper), or FALSE when none has 70 % of it.
 * (@column ≥ 0: the pixels of that column, not the edge.) */
static gboolean
strip_ground (const guint32 *pixels,
              int            stride,
              const guint8  *kind,
              int            w,
              int            h,
              int            column,
              guint32       *ground)
{
  guint32 colours[16];
  guint counts[16] = { 0, }, n_colours = 0, n = 0, best = 0;

  for (int y = 0; y < h; y++)
    for (int x = MAX (column, 0); x < (column >= 0 ? column + 1 : w);
         x += (column >= 0 || y == 0 || y == h - 1) ? 1 : MAX (w - 1, 1))
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
        counts[k]++;
      }
  for (guint k = 0; k < n_colours; k++)
    {
      guint near = 0;

      for (guint j = 0; j < n_colours; j++)
        near += _vitae_pdf_channel_distance (colours[k], colours[j]) < INK_DISTANCE ? counts[j] : 0;
      if (near > best || (near == best && counts[k] > counts[0]))
        best = near, *ground = colours[k];
    }
  return n > 0 && best * 10 >= n * 7;
}

/* The ground of each column of the strip (@grounds, @w of them): the
 * ground of its edge, or where that has none, each column's own (a
 * shaded shape behind it); a column without one has no ink (its pixels
 * are taken as text). FALSE when the edge has no ground and a column in
 * four has none either. */
static gboolean
strip_grounds (const guint32 *pixels,
               int            stride,
               guint8        *kind,
               int            w,
               int            h,
               guint32       *grounds)
{
  guint32 ground = 0;
  int n_none = 0;

  if (strip_ground (pixels, stride, kind, w, h, -1, &ground))
    {
      for (int x = 0; x < w; x++)
        grounds[x] = ground;
      return TRUE;
    }
  for (int x = 0; x < w; x++)
    if (!strip_ground (pixels, stride, kind, w, h, x, &grounds[x]))
      {
        n_none++;
        for (int y = 0; y < h; y++)
          kind[y * w + x] = PIXEL_TEXT;
      }
  return n_none * 4 < w;
}

/* Gathers the blob of ink at (@x, @y) (8-connected), and measures its
 * core: the pixels at least half as far from their column's ground
 * (@grounds) as its
 * strongest (so that a faint mark and a dark one, with their soft edges,
 * measure alike). */
static void
fill_blob (const guint32 *pixels,
           int            stride,
           guint8        *kind,
           int            w,
           int            h,
           int            x,
           int            y,
           const guint32 *grounds,
           Blob          *blob)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));
  int start = y * w + x, peak = 0, mx, my;

  kind[start] = PIXEL_SEEN;
  g_array_append_val (members, start);
  for (guint k = 0; k < members->len; k++)
    {
      int at = g_array_index (members, int, k);
      int px = at % w, py = at / w;

      peak = MAX (peak, _vitae_pdf_channel_distance (pixels[py * stride + px], grounds[px]));
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          {
            int nx = px + dx, ny = py + dy;

            if (nx < 0 || ny < 0 || nx >= w || ny >= h || kind[ny * w + nx] != PIXEL_INK)
              continue;
            kind[ny * w + nx] = PIXEL_SEEN;
            g_array_append_val (members, (int) { ny * w + nx });
          }
    }

  *blob = (Blob) { w, h, -1, -1, 0, FALSE, FALSE, FALSE, FALSE, 0, 0, 0 };
  for (guint k = 0; k < members->len; k++)
    {
      int at = g_array_index (members, int, k);
      int px = at % w, py = at / w;
      guint32 colour = pixels[py * stride + px];

      if (2 * _vitae_pdf_channel_distance (colour, grounds[px]) < peak)
        continue;
      kind[at] = PIXEL_CORE;
      blob->x1 = MIN (blob->x1, px);
      blob->x2 = MAX (blob->x2, px);
      blob->y1 = MIN (blob->y1, py);
      blob->y2 = MAX (blob->y2, py);
      blob->count++;
      blob->r += (colour >> 16) & 0xff;
      blob->g += (colour >> 8) & 0xff;
      blob->b += colour & 0xff;
    }
  blob->edge = blob->x1 == 0 || blob->x2 == w - 1;
  blob->across = blob->x1 == 0 && blob->x2 == w - 1;
  blob->edge_y = blob->y1 == 0 || blob->y2 == h - 1;
  mx = (blob->x1 + blob->x2) / 2;
  my = (blob->y1 + blob->y2) / 2;
  blob->full_middle = kind[my * w + mx] == PIXEL_CORE;
  for (guint k = 0; k < members->len; k++)
    kind[g_array_index (members, int, k)] = PIXEL_SEEN;
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
  double letter_middle = (strip->letter_top + strip->letter_bottom) / 2;
  double right = left + (blob->x2 + 1) / scale;
  double s = strip->size;
  /* How large a dot or a ring may be: 0.55 em, give or take the pixel
   * its soft edge may add to its core (as it may take one away; a dot
   * of 4 points beside print of 7). */
  double most = 0.55 * s + 1 / scale;
  /* A solid disc or square may be larger, up to an em (a list of small
   * capitals with dots as wide as the letters are tall): an icon as
   * large, set in a disc, has the icon's lines cut out of it. */
  double solid = fill >= 0.7 ? 1.0 * s + 1 / scale : most;
  gboolean dot = w <= 1.6 * h && h <= 1.6 * w && w <= solid && h <= solid && fill >= 0.45 && blob->full_middle;
  gboolean dash = h <= w / 3 && w <= 0.7 * s && fill >= 0.7;
  /* A hollow circle or square (a nested item's "◦"): its middle empty. */
  gboolean ring = w <= 1.25 * h && h <= 1.25 * w && w <= most && fill >= 0.3 && !blob->full_middle;
  /* A triangle or chevron pointing right ("▶", "❯"): narrower than tall. */
  gboolean arrow = w <= h && 2.5 * w >= h && w <= 0.6 * s && h <= 0.8 * s && fill >= 0.35;

  /* (A core may lose a pixel to its soft edges: a dot 1.3 points
   * across, beside small print, measures 2 pixels at 2 a point.) */
  return !blob->edge && w + 1 / scale >= 0.12 * s && h >= 0.04 * s && (dot || dash || ring || arrow) &&
         middle - letter_middle <= 0.25 * (strip->letter_bottom - strip->letter_top) && middle >= strip->letter_top &&
         strip->x0 - right >= 0.1 * s && strip->x0 - right <= 2 * s;
}

/* Marks the pixels of the strip (@w by @h from (@left, @top)) that the
 * letters of its row cover: a glyph is no drawn mark. (Spaces are
 * nothing: some PDFs set one where the mark is drawn. The rows above and
 * below may have boxes that reach into the strip, past their letters.) */
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

      if (r->x2 < left || r->x1 > right || (r->y1 + r->y2) / 2 < top || (r->y1 + r->y2) / 2 > bottom ||
          g_unichar_isspace (p->chars[c]))
        continue;
      x1 = MAX (0, (int) floor ((r->x1 - left) * scale));
      x2 = MIN (w, (int) ceil ((r->x2 - left) * scale));
      y1 = MAX (0, (int) floor ((r->y1 - top) * scale));
      y2 = MIN (h, (int) ceil ((r->y2 - top) * scale));
      for (int y = y1; y < y2 && x2 > x1; y++)
        memset (kind + y * w + x1, PIXEL_TEXT, x2 - x1);
    }
}

/* Whether @blob (in pixels from @top, @scale to a point) reaches into
 * the height of @strip's letter: what stands wholly above or below it
 * (a heading's rule over a list) is no mark of the row. */
static gboolean
level_with_letter (const Strip *strip,
                   const Blob  *blob,
                   double       scale,
                   double       top)
{
  return top + (blob->y2 + 1) / scale > strip->letter_top && top + blob->y1 / scale < strip->letter_bottom;
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
  g_autofree guint32 *grounds = NULL;

  if (w < 4 || h < 4)
    return;
  pixels += py1 * stride + px1;
  kind = g_new0 (guint8, (gsize) w * h);
  grounds = g_new (guint32, w);
  mask_letters (p, kind, w, h, scale, strip_left, strip_top);
  if (!strip_grounds (pixels, stride, kind, w, h, grounds))
    return;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (kind[y * w + x] == PIXEL_GROUND && _vitae_pdf_channel_distance (pixels[y * stride + x], grounds[x]) >= INK_DISTANCE)
        kind[y * w + x] = PIXEL_INK;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (kind[y * w + x] == PIXEL_INK)
        {
          Blob blob;

          fill_blob (pixels, stride, kind, w, h, x, y, grounds, &blob);
          /* Not a letter of the row above or below cut by the strip, nor
           * the edge of a sidebar: what runs across is a rule. */
          if (blob.count >= 3 && (blob.across || !blob.edge_y))
            g_array_append_val (blobs, blob);
        }
  for (guint k = 0; k < blobs->len; k++)
    if (level_with_letter (strip, &g_array_index (blobs, Blob, k), scale, strip_top) &&
        (best == NULL || g_array_index (blobs, Blob, k).x2 > best->x2))
      best = &g_array_index (blobs, Blob, k);
  if (best == NULL || !blob_is_mark (strip, best, scale, strip_left, strip_top))
    return;
  for (guint k = 0; k < blobs->len; k++)
    if (&g_array_index (blobs, Blob, k) != best && level_with_letter (strip, &g_array_index (blobs, Blob, k), scale, strip_top) &&
        g_array_index (blobs, Blob, k).x2 > best->x1 - strip->size * scale)
      return;
  strip->found = TRUE;
  strip->mx1 = strip_left + best->x1 / scale;
  strip->mx2 = strip_left + (best->x2 + 1) / scale;
  strip->my1 = strip_top + best->y1 / scale;
  strip->my2 = strip_top + (best->y2 + 1) / scale;
  strip->fill = best->count / ((best->x2 - best->x1 + 1.0) * (best->y2 - best->y1 + 1.0));
  strip->colour = (guint32) ((best->r / best->count) << 16 | (best->g / best->count) << 8 | (best->b / best->count));
}

/* Renders the page inside the strips, at @scale pixels a point; NULL
 * when that would take more than _vitae_pdf_new_surface() allows (a
 * page many feet wide). */
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
  double width, height;

  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);

      x1 = MIN (x1, strip->x1), x2 = MAX (x2, strip->x2);
      y1 = MIN (y1, strip->top), y2 = MAX (y2, strip->bottom);
    }
  *left = floor (x1), *top = floor (y1);
  width = ceil ((x2 - *left) * scale) + 1;
  height = ceil ((y2 - *top) * scale) + 1;
  surface = _vitae_pdf_new_surface (width, height);
  if (surface == NULL)
    return NULL;
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
         ABS (a->fill - b->fill) <= 0.15 && _vitae_pdf_channel_distance (a->colour, b->colour) <= 48;
}

/* Whether the mark of @strip has one alike in another row, in line with
 * it, its letter as large and as close as a list's lines are:
 * items set larger than most of the page (a sidebar's list beside small
 * print), not a heading with a dot before it. */
static gboolean
in_list (GArray      *strips,
         const Strip *strip)
{
  for (guint j = 0; j < strips->len; j++)
    {
      const Strip *other = &g_array_index (strips, Strip, j);

      if (other != strip && other->found && other->row != strip->row && ABS (other->size - strip->size) < 0.5 &&
          ABS (other->mx1 - strip->mx1) <= 1 &&
          ABS (other->letter_top - strip->letter_top) <= 2 * (strip->letter_bottom - strip->letter_top) &&
          marks_alike (strip, other))
        return TRUE;
    }
  return FALSE;
}

/* Whether the mark of @strip, alike to no other (one nested item, its
 * "◦" the only ring of the page), stands under the row just above it,
 * whose mark counts, indented from that mark by half an em to four ems,
 * as close under it as a list's lines are: a nested item of that list. */
static gboolean
nests_under_item (PdfPage     *p,
                  const Strip *strip)
{
  PdfLine *row, *above;

  if (strip->row == 0)
    return FALSE;
  row = &g_array_index (p->rows, PdfLine, strip->row);
  above = &g_array_index (p->rows, PdfLine, strip->row - 1);
  return above->mark_x > 0 && strip->mx1 >= above->mark_x + 0.5 * strip->size &&
         strip->mx1 <= above->mark_x + 4 * strip->size && row->top > above->top &&
         row->top - above->top <= 2 * (row->bottom - row->top);
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
  g_autoptr(GArray) strips = NULL;
  cairo_surface_t *surface;
  double left, top, usual, scale;

  /* A page of more rows than any resume's (a resume page has some
   * sixty) is not looked at: the time grows with rows times letters. */
  if (p->rows->len > MAX_ROWS)
    return;
  strips = find_strips (p);
  if (strips->len < 2)
    return;
  usual = _vitae_pdf_usual_size (p);
  /* A body letter some 24 pixels tall: a mark of a third of an em is
   * 8 pixels across (and at most 3 pixels a point: 9 megabytes for a
   * whole A4 page). */
  scale = CLAMP (24 / MAX (usual, 1), 2, 3);
  surface = render_strips (p, strips, scale, &left, &top);
  if (surface == NULL)
    return;
  for (guint k = 0; k < strips->len; k++)
    read_strip (p, &g_array_index (strips, Strip, k), surface, scale, left, top);
  cairo_surface_destroy (surface);

  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);
      gboolean twin = FALSE;

      if (!strip->found || (usual > 0 && strip->size > 1.2 * usual && !in_list (strips, strip)))
        continue;
      for (guint j = 0; j < strips->len && !twin; j++)
        twin = j != k && g_array_index (strips, Strip, j).found && marks_alike (strip, &g_array_index (strips, Strip, j));
      if (twin && strip->inner)
        g_array_index (p->rows, PdfLine, strip->row).inner_mark_x = strip->mx1;
      else if (twin)
        g_array_index (p->rows, PdfLine, strip->row).mark_x = strip->mx1;
    }
  for (guint k = 0; k < strips->len; k++)
    {
      const Strip *strip = &g_array_index (strips, Strip, k);

      if (strip->found && !strip->inner && g_array_index (p->rows, PdfLine, strip->row).mark_x <= 0 &&
          (usual <= 0 || strip->size <= 1.2 * usual) && nests_under_item (p, strip))
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
