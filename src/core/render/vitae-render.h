/* vitae-render.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "vitae-template.h"
#include "vitae-types.h"

G_BEGIN_DECLS

typedef enum
{
  VITAE_PAPER_A4,
  VITAE_PAPER_LETTER,
} VitaePaper;

/* The narrowest margin and smallest body size any option may ask for. */
#define VITAE_MIN_MARGIN    36.0
#define VITAE_MIN_BODY_SIZE  9.0

/**
 * VitaeRenderOptions:
 * @template_id: (nullable): a template id; %NULL for the default
 * @paper: the paper size
 * @margin: the page margin in points; 0 for the template's own
 * @font_size: the body size in points; 0 for the template's own
 * @fit_pages: the number of pages to fit the resume on, tightening spacing
 *   and size within readable limits; 0 to lay out as designed
 * @date: (nullable): the creation date written into a PDF; %NULL writes none
 * @language: (nullable): the document language as a BCP 47 tag ("en-GB");
 *   %NULL for the document's own (vitae_document_get_effective_language()):
 *   it sets the headings, dates, line breaking, direction and /Lang
 *
 * Strings and the date are borrowed for the duration of the call they are
 * passed to. Call vitae_render_options_init() first, then change fields.
 */
typedef struct
{
  const char *template_id;
  VitaePaper  paper;
  double      margin;
  double      font_size;
  guint       fit_pages;
  GDateTime  *date;
  const char *language;
} VitaeRenderOptions;

/*
 * The kinds of block a layout is made of, in reading order. A block is what
 * pagination never cuts (a bullet, a heading), except a long paragraph,
 * which may break between lines.
 */
typedef enum
{
  VITAE_BLOCK_NAME,
  VITAE_BLOCK_HEADLINE,
  VITAE_BLOCK_CONTACT,
  VITAE_BLOCK_SECTION_HEADING,
  VITAE_BLOCK_ENTRY_HEADING,
  VITAE_BLOCK_PARAGRAPH,
  VITAE_BLOCK_BULLET,
} VitaeBlockKind;

/**
 * VitaeLayoutBox:
 * @kind: what the block is
 * @node: (nullable): the model object it shows (the document, a section, an
 *   entry or a bullet), borrowed from the layout
 * @first_page: the page its first line is on
 * @last_page: the page its last line is on
 * @y: the top of its first line on @first_page, in points
 * @height: its height, in points, over all its pages
 * @n_lines: its number of lines of text
 */
typedef struct
{
  VitaeBlockKind  kind;
  VitaeNode      *node;
  guint           first_page;
  guint           last_page;
  double          y;
  double          height;
  guint           n_lines;
} VitaeLayoutBox;

/**
 * VitaeBulletScoreFunc:
 * @bullet: a bullet of the document
 * @user_data: the data given with the function
 *
 * Returns: how strong the bullet is, 0–100 (the coach's score)
 */
typedef int (*VitaeBulletScoreFunc) (VitaeBullet *bullet,
                                     gpointer     user_data);

#define VITAE_TYPE_LAYOUT (vitae_layout_get_type ())

G_DECLARE_FINAL_TYPE (VitaeLayout, vitae_layout, VITAE, LAYOUT, GObject)

void         vitae_render_options_init      (VitaeRenderOptions   *options);
VitaePaper   vitae_paper_get_default        (void);
VitaePaper   vitae_paper_for_locale         (const char           *locale);
gboolean     vitae_paper_from_id            (const char           *id,
                                             VitaePaper           *paper);
const char  *vitae_paper_to_id              (VitaePaper            paper);
void         vitae_paper_get_size           (VitaePaper            paper,
                                             double               *width,
                                             double               *height);

VitaeLayout *vitae_layout_new               (VitaeDocument        *document,
                                             const VitaeRenderOptions *options);
VitaeDocument *vitae_layout_get_document    (VitaeLayout          *self);
const char  *vitae_layout_get_language      (VitaeLayout          *self);
const VitaeTemplate *vitae_layout_get_template (VitaeLayout       *self);
guint        vitae_layout_get_n_pages       (VitaeLayout          *self);
void         vitae_layout_get_page_size     (VitaeLayout          *self,
                                             double               *width,
                                             double               *height);
double       vitae_layout_get_font_size     (VitaeLayout          *self);
double       vitae_layout_get_margin        (VitaeLayout          *self);
void         vitae_layout_draw_page         (VitaeLayout          *self,
                                             guint                 page,
                                             cairo_t              *cr);
guint        vitae_layout_get_n_boxes       (VitaeLayout          *self);
gboolean     vitae_layout_get_box           (VitaeLayout          *self,
                                             guint                 position,
                                             VitaeLayoutBox       *box);
guint        vitae_layout_get_overflow_lines (VitaeLayout         *self);
gboolean     vitae_layout_check_fit         (VitaeLayout          *self,
                                             GError              **error);
GPtrArray   *vitae_layout_dup_cut_candidates (VitaeLayout         *self,
                                             VitaeBulletScoreFunc  score_func,
                                             gpointer              user_data);

G_END_DECLS
