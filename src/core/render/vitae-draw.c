/* vitae-draw.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Drawing: a page's pieces of blocks on any cairo_t, with the PDF's tags
 * and links. */

static void
set_source_color (cairo_t *cr,
                  guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static void
draw_link (VitaeLayout     *self,
           cairo_t         *cr,
           PangoLayoutLine *line,
           Link            *link,
           guint            offset,
           double           x,
           double           top,
           double           height)
{
  int *ranges = NULL;
  int n_ranges = 0;
  GString *attributes;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  /* The link's bytes in the part's text, which starts at @offset. */
  gint64 start = MAX ((gint64) link->start - offset, (gint64) line->start_index);
  gint64 end = MIN ((gint64) link->end - offset, (gint64) line->start_index + line->length);
  guint n_rects = 0;

  if (start >= end)
    return;

  pango_layout_line_get_x_ranges (line, (int) start, (int) end, &ranges, &n_ranges);

  attributes = g_string_new ("rect=[");
  for (int i = 0; i < n_ranges; i++)
    {
      /* Never past the page, whatever the text does. */
      double x0 = CLAMP (x + (double) ranges[2 * i] / PANGO_SCALE, 0, self->page_width);
      double x1 = CLAMP (x + (double) ranges[2 * i + 1] / PANGO_SCALE, 0, self->page_width);
      double y0 = CLAMP (top, 0, self->page_height);
      double y1 = CLAMP (top + height, 0, self->page_height);
      double values[4] = { x0, y0, x1 - x0, y1 - y0 };

      if (x1 - x0 < 0.01 || y1 - y0 < 0.01)
        continue;

      for (guint j = 0; j < 4; j++)
        {
          g_string_append (attributes, g_ascii_formatd (buffer, sizeof buffer, "%.2f", values[j]));
          g_string_append_c (attributes, ' ');
        }
      n_rects++;
    }
  g_string_append_c (attributes, ']');
  _vitae_render_append_tag_attribute (attributes, "uri", link->uri);

  if (n_rects > 0)
    {
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  g_string_free (attributes, TRUE);
  g_free (ranges);
}

/* The first of @links that ends after @offset. */
static guint
find_link (GArray *links,
           guint   offset)
{
  guint low = 0, high = links->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (links, Link, middle).end <= offset)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Whether the line of a block whose top is at @line_top (below the
 * block's top) is drawn with @piece: all are, unless the block is broken
 * across pages, where those whose top is within the piece are. */
gboolean
_vitae_block_line_in_piece (Block  *block,
                            Piece  *piece,
                            double  line_top)
{
  return !block->splittable ||
         (line_top >= piece->offset - 0.01 && line_top < piece->offset + piece->height - 0.01);
}

/* Whether any line of the part @p of @item may be drawn with @piece. */
gboolean
_vitae_block_part_in_piece (Block *block,
                            Piece *piece,
                            Item  *item,
                            guint  p)
{
  double top = item->y + g_array_index (item->parts, Part, p).y;

  if (!block->splittable)
    return TRUE;
  if (top >= piece->offset + piece->height - 0.01)
    return FALSE;
  if (p + 1 < item->parts->len &&
      item->y + g_array_index (item->parts, Part, p + 1).y < piece->offset - 0.01)
    return FALSE;

  return TRUE;
}

/* Gives every glyph of a right-to-left run that starts a cluster and has
 * no width a sliver of one (1/16 pt, invisible). Some Arabic fonts (Noto
 * Naskh Arabic) set lam-alef as a lam that draws both letters and an empty
 * alef of no width: poppler then takes the alef for the start of another
 * line and extracts the rest of the line before it. With a width, the
 * alef is read in its place. Marks within a cluster keep theirs. */
static void
nudge_empty_rtl_glyphs (PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      if ((run->item->analysis.level & 1) == 0)
        continue;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyphInfo *glyph = &run->glyphs->glyphs[i];

          if (glyph->geometry.width == 0 && glyph->attr.is_cluster_start)
            glyph->geometry.width = PANGO_SCALE / 16;
        }
    }
}

typedef struct
{
  PangoGlyphItem *run;
  double          x;
} PlacedRun;

static gint
compare_text_order (gconstpointer a,
                    gconstpointer b)
{
  const PlacedRun *ra = a;
  const PlacedRun *rb = b;

  return ra->run->item->offset - rb->run->item->offset;
}

/* Draws @line with its origin at the current point, like
 * pango_cairo_show_layout_line() but run by run in the order of the text
 * instead of left to right.  Extractors that read the content stream in
 * order (pdf.js, a browser's viewer) then meet the words of a line that
 * mixes Arabic or Hebrew with Latin words, numbers and parentheses in
 * reading order; those that place glyphs by position (pdftotext) are not
 * affected.  Colour is the only attribute the templates set per run. */
static void
show_line_in_text_order (cairo_t         *cr,
                         PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (line->layout);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PlacedRun));
  cairo_pattern_t *source = cairo_pattern_reference (cairo_get_source (cr));
  double x0, y0, x = 0;

  cairo_get_current_point (cr, &x0, &y0);
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PlacedRun placed = { l->data, x };
      PangoRectangle logical;

      pango_glyph_string_extents (placed.run->glyphs, placed.run->item->analysis.font, NULL, &logical);
      g_array_append_val (runs, placed);
      x += (double) logical.width / PANGO_SCALE;
    }
  g_array_sort (runs, compare_text_order);

  for (guint i = 0; i < runs->len; i++)
    {
      PlacedRun *placed = &g_array_index (runs, PlacedRun, i);

      cairo_set_source (cr, source);
      for (GSList *a = placed->run->item->analysis.extra_attrs; a != NULL; a = a->next)
        {
          PangoAttribute *attr = a->data;

          if (attr->klass->type == PANGO_ATTR_FOREGROUND)
            {
              PangoColor *c = &((PangoAttrColor *) attr)->color;

              cairo_set_source_rgb (cr, c->red / 65535., c->green / 65535., c->blue / 65535.);
            }
        }
      cairo_move_to (cr, x0 + placed->x, y0);
      pango_cairo_show_glyph_item (cr, text, placed->run);
    }

  cairo_set_source (cr, source);
  cairo_pattern_destroy (source);
}

/* Draws the lines of @item that belong to @piece, at @x and with the
 * block's origin at @origin: all of them, or for a block broken across
 * pages those whose top is within the piece. */
static void
draw_item (VitaeLayout *self,
           cairo_t     *cr,
           Block       *block,
           Piece       *piece,
           Item        *item,
           double       x,
           double       origin,
           gboolean     tagged)
{
  for (guint p = 0; p < item->parts->len; p++)
    {
      Part *part = &g_array_index (item->parts, Part, p);
      double part_top = item->y + part->y;
      PangoLayoutIter *iter;
      guint next_link;

      if (!_vitae_block_part_in_piece (block, piece, item, p))
        continue;

      iter = pango_layout_get_iter (part->layout);
      next_link = find_link (item->links, part->offset);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          guint line_end = part->offset + line->start_index + line->length;
          double line_top;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          line_top = part_top + (double) y0 / PANGO_SCALE;
          if (!_vitae_block_line_in_piece (block, piece, line_top))
            continue;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + item->x + (double) logical.x / PANGO_SCALE,
                         origin + part_top + baseline);
          nudge_empty_rtl_glyphs (line);
          show_line_in_text_order (cr, line);

          if (!tagged)
            continue;

          /* Links are in text order: those on this line, then on. */
          while (next_link < item->links->len &&
                 g_array_index (item->links, Link, next_link).end <= part->offset + line->start_index)
            next_link++;
          for (guint i = next_link; i < item->links->len; i++)
            {
              Link *link = &g_array_index (item->links, Link, i);

              if (link->start >= line_end)
                break;
              draw_link (self, cr, line, link, part->offset,
                         x + item->x, origin + line_top, (double) (y1 - y0) / PANGO_SCALE);
            }
        }
      while (pango_layout_iter_next_line (iter));

      pango_layout_iter_free (iter);
    }
}

static void
draw_shape (cairo_t *cr,
            Shape   *shape,
            double   x,
            double   origin)
{
  set_source_color (cr, shape->color);

  switch (shape->kind)
    {
    case SHAPE_DOT:
      cairo_new_path (cr);
      cairo_arc (cr, x + shape->x + shape->width / 2, origin + shape->y + shape->height / 2,
                 shape->width / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case SHAPE_SQUARE:
    case SHAPE_RULE:
    default:
      cairo_rectangle (cr, x + shape->x, origin + shape->y, shape->width, shape->height);
      cairo_fill (cr);
      break;
    }
}

static const char *
block_tag (Block *block)
{
  switch (block->kind)
    {
    case VITAE_BLOCK_NAME:
      return "H1";
    case VITAE_BLOCK_SECTION_HEADING:
      return "H2";
    case VITAE_BLOCK_ENTRY_HEADING:
      return "H3";
    case VITAE_BLOCK_BULLET:
      return "LI";
    case VITAE_BLOCK_HEADLINE:
    case VITAE_BLOCK_CONTACT:
    case VITAE_BLOCK_PARAGRAPH:
    default:
      return "P";
    }
}

void
_vitae_layout_draw_piece (VitaeLayout *self,
                          cairo_t     *cr,
                          Block       *block,
                          Piece       *piece,
                          gboolean     tagged)
{
  double x = self->margin;
  double origin = piece->y - piece->offset;
  const char *tag = block_tag (block);

  if (tagged)
    cairo_tag_begin (cr, tag, NULL);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    cairo_tag_begin (cr, "Lbl", NULL);

  /* Marks and rules belong to the block's first piece. */
  if (piece->first_line == 0)
    for (guint i = 0; i < block->shapes->len; i++)
      draw_shape (cr, &g_array_index (block->shapes, Shape, i), x, origin);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    {
      cairo_tag_end (cr, "Lbl");
      cairo_tag_begin (cr, "LBody", NULL);
    }

  set_source_color (cr, self->template->ink);
  for (guint i = 0; i < block->items->len; i++)
    draw_item (self, cr, block, piece, g_ptr_array_index (block->items, i), x, origin, tagged);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    cairo_tag_end (cr, "LBody");

  if (tagged)
    cairo_tag_end (cr, tag);
}
