/* vitae-render-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "vitae-node.h"
#include "vitae-render.h"

G_BEGIN_DECLS

/*
 * What the files of the renderer share: the layout's blocks, items and
 * text builder (vitae-layout.c holds the object; see there for the whole),
 * and the functions one file offers the others. Also what the flowing
 * formats (vitae-flow.c) and the tests use of the renderer.
 */

typedef struct
{
  guint  start;   /* byte offsets in the layout's text */
  guint  end;
  char  *uri;
} Link;

/* One Pango layout of an item's text; see PART_SIZE. */
typedef struct
{
  PangoLayout *layout;
  guint        offset;  /* where its text starts in the item's text */
  double       y;       /* its top, below the item's top */
} Part;

/* A text placed in a block: one or more parts, one below the other. */
typedef struct
{
  GArray  *parts;
  double   x;
  double   y;
  double   width;       /* of its widest line */
  double   left;        /* where its text starts and ends, white space */
  double   right;       /* at the end of lines aside, from its x */
  double   height;
  guint    n_lines;
  GArray  *links;       /* in text order */
} Item;

typedef enum
{
  SHAPE_DOT,
  SHAPE_SQUARE,
  SHAPE_RULE,
} ShapeKind;

typedef struct
{
  ShapeKind kind;
  double    x;
  double    y;
  double    width;
  double    height;
  guint32   color;
} Shape;

typedef struct
{
  guint  page;
  double y;
  guint  first_line;
  guint  n_lines;
  double offset;    /* the block's own y where the piece starts */
  double height;
} Piece;

typedef struct
{
  VitaeBlockKind  kind;
  VitaeNode      *node;
  double          space_before;
  double          height;
  guint           n_lines;
  gboolean        keep_with_next;
  gboolean        splittable;
  GPtrArray      *items;
  GArray         *shapes;
  /* Only for splittable blocks: the top and bottom of each line. */
  GArray         *line_tops;
  GArray         *line_bottoms;
  GArray         *pieces;
  /* Only for entry headings: the dates' and the place's items and the
   * texts on their left, which may be NULL; whether both moved beside
   * those. */
  Item           *dates;
  Item           *dates_beside;
  Item           *place;
  Item           *place_beside;
  gboolean        dates_moved;
} Block;

struct _VitaeLayout
{
  GObject              parent_instance;

  VitaeDocument       *document;
  const VitaeTemplate *template;
  PangoContext        *context;
  GPtrArray           *blocks;
  VitaePaper           paper;
  double               page_width;
  double               page_height;
  double               margin;
  double               font_size;
  double               spacing;
  guint                n_pages;
  guint                fit_pages;
  guint                overflow_lines;
  guint                n_unfit;
  char                *unfit;
  /* How each character past ASCII is drawn (a GlyphSource), and the
   * characters left out since no font draws them as text. */
  GHashTable          *glyph_sources;
  GString             *dropped;
  /* The document language (BCP 47), and whether it is written right to
   * left: then every layout is right to left and the page a mirror. */
  char                *language;
  gboolean             rtl;
};

/* Text styles a run of text may take. */
typedef enum
{
  STYLE_PLAIN   = 0,
  STYLE_BOLD    = 1 << 0,
  STYLE_ITALIC  = 1 << 1,
  STYLE_MUTED   = 1 << 2,
  STYLE_ACCENT  = 1 << 3,
} Style;

/* A run of @builder's text in one style. */
typedef struct
{
  guint start;
  guint end;
  Style style;
} Span;

typedef struct
{
  VitaeLayout *self;
  GString     *text;
  GArray      *spans;   /* of Span, in text order, styled runs only */
  GArray      *links;
  GArray      *fallbacks;  /* of Fallback, in text order */
} TextBuilder;

/* A run of a builder's text drawn with a font named for it. */
typedef struct
{
  guint       start;
  guint       end;
  const char *family;
} Fallback;

/* For vitae-flow.c and the tests. */
char       *_vitae_render_link_target   (const char  *kind,
                                         const char  *text);
char       *_vitae_layout_dup_page_text (VitaeLayout *self,
                                         guint        page);
const char *_vitae_layout_get_dropped   (VitaeLayout *self);

/* vitae-wording.c: texts the PDF and DOCX/ODT both print. */

/* One contact detail of the header: @kind says where it links ("email",
 * "phone", "url"), %NULL for plain text. */
typedef struct
{
  const char *kind;
  char       *text;
} VitaeContact;

GArray *_vitae_render_dup_contacts    (VitaeDocument      *document);
char   *_vitae_render_join_list       (const char * const *values,
                                       const char         *separator);
char   *_vitae_render_dup_group_label (VitaeNode          *entry);

/* vitae-links.c */
gboolean _vitae_render_link_target_is_safe (const char *uri);
void _vitae_render_append_tag_attribute (GString    *attributes,
                                         const char *key,
                                         const char *value);

/* vitae-text.c */
void _vitae_builder_init (TextBuilder *builder,
                          VitaeLayout *self);
void _vitae_builder_add_fallbacks (GPtrArray *attrs,
                                   GArray    *fallbacks,
                                   guint      start,
                                   guint      end);
void _vitae_builder_append (TextBuilder *builder,
                            const char  *text,
                            Style        style);
void _vitae_builder_append_link (TextBuilder *builder,
                                 const char  *kind,
                                 const char  *text,
                                 Style        style);

/* vitae-text-layout.c */
gboolean _vitae_line_get_edges (PangoLayoutLine *line,
                                int             *left,
                                int             *right);
void _vitae_item_free (gpointer data);
Item *_vitae_builder_finish (TextBuilder    *builder,
                             const char     *family,
                             double          size,
                             double          x,
                             double          y,
                             double          width,
                             PangoAlignment  alignment);

/* vitae-blocks.c */
void _vitae_block_free (gpointer data);
Block *_vitae_layout_add_block (VitaeLayout    *self,
                                VitaeBlockKind  kind,
                                gpointer        node,
                                double          space_before);
void _vitae_block_add_item (Block *block,
                            Item  *item,
                            guint  n_lines);
void _vitae_block_add_shape (Block     *block,
                             ShapeKind  kind,
                             double     x,
                             double     y,
                             double     width,
                             double     height,
                             guint32    color);
void _vitae_block_compute_rows (Block *block);

/* vitae-sections.c */
void _vitae_layout_build_blocks (VitaeLayout *self);

/* vitae-paginate.c */
void _vitae_layout_lay_out (VitaeLayout *self,
                            double       font_size,
                            double       spacing,
                            double       margin);
guint _vitae_layout_count_overflow_lines (VitaeLayout *self,
                                          guint        pages);

/* vitae-draw.c */
gboolean _vitae_block_line_in_piece (Block  *block,
                                     Piece  *piece,
                                     double  line_top);
gboolean _vitae_block_part_in_piece (Block *block,
                                     Piece *piece,
                                     Item  *item,
                                     guint  p);
void _vitae_layout_draw_piece (VitaeLayout *self,
                               cairo_t     *cr,
                               Block       *block,
                               Piece       *piece,
                               gboolean     tagged);

/* Small accessors used everywhere. */

static inline double
item_width (Item *item)
{
  return item->width;
}

static inline double
item_height (Item *item)
{
  return item->height;
}

static inline PangoLayoutIter *
item_get_iter (Item *item,
               guint part)
{
  return pango_layout_get_iter (g_array_index (item->parts, Part, part).layout);
}

static inline gboolean
_vitae_node_has_text (VitaeNode  *node,
                      const char *key)
{
  return vitae_node_get_text (node, key)[0] != '\0';
}

static inline double
content_width (VitaeLayout *self)
{
  return self->page_width - 2 * self->margin;
}

G_END_DECLS
