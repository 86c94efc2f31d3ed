/* vitae-text-reader-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the PDF reader (vitae-text-reader-pdf.c), its columns
 * (vitae-text-reader-pdf-columns.c), its rows' cells
 * (vitae-text-reader-pdf-cells.c), its raised and lowered letters
 * (vitae-text-reader-pdf-scripts.c), its drawn list marks
 * (vitae-text-reader-pdf-marks.c), its words parted by weight
 * (vitae-text-reader-pdf-weights.c) and its bidirectional part
 * (vitae-text-reader-bidi.c) share. */

#pragma once

#include <poppler.h>

#include "vitae-text-reader.h"

G_BEGIN_DECLS

/* A row of a page: the characters that stand on one line. */
typedef struct
{
  double  top, bottom;
  GArray *chars;      /* of guint, indexes into the page's characters */
  int     rtl;        /* whether most of its letters read right to left
                       * (while gathered: their balance) */
  gboolean flush;     /* whether it starts and ends where another row
                       * does (a justified paragraph's) */
  double  mark_x;     /* where its list mark, drawn and not written,
                       * starts, or 0 (_vitae_pdf_find_marks()) */
  double  label_x;    /* where its text starts after a label set in a
                       * column of labels, or 0 (_vitae_pdf_find_labels()) */
  double  inner_mark_x; /* where the drawn mark of its second part starts
                         * (a list's second sub-column), or 0 */
} PdfLine;

/* One page's characters, where they stand, and the rows they form. */
typedef struct
{
  PopplerPage            *page;
  PopplerRectangle       *rects;
  guint                   n_rects;
  gunichar               *chars;
  glong                   n_chars;
  guint                  *rect_of;   /* each character's rectangle */
  PopplerTextAttributes **by_char;   /* each rectangle's attributes */
  GList                  *attributes;
  GArray                 *rows;      /* of PdfLine */
  double                  width;
  gboolean                any_rtl;   /* reads right to left in good part */
  double                  usual;     /* the size most letters have */
  guint8                 *resized;   /* per rectangle, or NULL: a glyph of a
                                      * drawn font poppler sized far off
                                      * (_vitae_pdf_size_drawn_fonts()) */
} PdfPage;

/* A row's second part, after a wide gap (_vitae_pdf_inner_parts()):
 * where its first letter starts and how tall it is, where the part
 * before it ends, its font size. */
typedef struct
{
  guint  row;
  double x0, left_end, letter_top, letter_bottom, size;
} PdfInnerPart;

/* A space between two words of a row. */
typedef struct
{
  gssize space;   /* where in the line's text */
  double width;   /* of the gap, in points */
  double size;    /* the font size of the word after it */
} WordGap;

/* A character of a row where it reads: its rectangle in the row's
 * reading direction (for a right-to-left row, mirrored on the page). */
typedef struct
{
  guint            index;
  PopplerRectangle rect;
} Placed;

void
_vitae_pdf_line_clear (gpointer data);
guint
_vitae_pdf_replace_rows (PdfPage *p,
                         guint    start,
                         guint    end,
                         GArray  *rows);

void
_vitae_pdf_sort_row (PdfPage *p,
                     PdfLine *row);

GHashTable *
_vitae_pdf_page_spaces (PdfPage *p);

void
_vitae_pdf_split_at_wide_spaces (GString    *raw,
                                 GArray     *gaps,
                                 double      cell,
                                 GHashTable *spaces,
                                 gboolean    justified);

void
_vitae_pdf_split_at_size_change (GString *raw,
                                 gssize   space,
                                 double   before,
                                 double   after);

gboolean
_vitae_pdf_gaps_alike (GArray *gaps,
                       GArray *wide);

void
_vitae_pdf_find_flush_rows (PdfPage *p);

void
_vitae_pdf_find_labels (PdfPage    *p,
                        GHashTable *spaces);

void
_vitae_pdf_read_columns (PdfPage *p);

double
_vitae_pdf_left_size (PdfPage *p,
                      double   gutter,
                      int      k);

void
_vitae_pdf_row_sides (PdfPage *p,
                      PdfLine *row,
                      double   gutter,
                      double  *left_end,
                      double  *right_start,
                      double  *size);

void
_vitae_pdf_split_rows (PdfPage *p,
                       double   gutter,
                       guint    start,
                       guint    end);

gboolean
_vitae_pdf_parts_columns_full (PdfPage  *p,
                               double    x,
                               gboolean *right_own,
                               gboolean  own_baselines);

gboolean
_vitae_pdf_right_has_heading (PdfPage *p,
                              double   x);

/* vitae-text-reader-pdf-entry-columns.c */
void
_vitae_pdf_add_part_starts (PdfPage *p,
                            PdfLine *row,
                            GArray  *starts);

double
_vitae_pdf_side_edge (PdfPage *p,
                      double   gutter);

void
_vitae_pdf_read_entry_columns (PdfPage *p,
                               double   gutter,
                               guint    start,
                               guint    end);

/* vitae-text-reader-pdf-label-edge.c */
double
_vitae_pdf_label_column_edge (PdfPage *p,
                              double   gutter);

/* vitae-text-reader-pdf-headings.c */
gboolean
_vitae_pdf_is_rule_glyph (gunichar c);

gboolean
_vitae_pdf_read_heading_column (PdfPage *p,
                                double   gutter);

gboolean
_vitae_pdf_font_is_bold   (const char *font);
gboolean
_vitae_pdf_font_is_italic (const char *font);
gboolean
_vitae_pdf_font_is_icons  (const char *font);

double
_vitae_pdf_usual_size (PdfPage *p);

gboolean
_vitae_pdf_weight_parts_words (const PopplerTextAttributes *before,
                               gunichar                     prev,
                               guint                        run,
                               const PopplerTextAttributes *after,
                               gunichar                     c,
                               double                       usual);

gboolean _vitae_pdf_text_across (PdfPage *p,
                                 double   x);
guint    _vitae_pdf_n_words_at  (PdfPage *p,
                                 double   x,
                                 double   size);

void
_vitae_pdf_read_label (PdfPage  *p,
                       PdfLine  *row,
                       double    gutter,
                       double   *x,
                       gboolean *colon,
                       gboolean *bold_short);
gboolean
_vitae_pdf_is_plain_label_table (PdfPage *p,
                                 double   gutter);

void
_vitae_pdf_read_item_columns (PdfPage *p);

void
_vitae_pdf_join_lone_marks (PdfPage *p);

GArray *
_vitae_pdf_inner_parts (PdfPage *p);

void
_vitae_pdf_read_marked_columns (PdfPage *p);

void
_vitae_pdf_read_headed_columns (PdfPage *p);

gboolean
_vitae_pdf_is_hanging_edge (PdfPage *p,
                            double   gutter);

void
_vitae_pdf_merge_scripts (PdfPage *p);

gboolean
_vitae_pdf_stacks_on_row (PdfPage       *p,
                          const PdfLine *row,
                          guint          i);

gboolean
_vitae_pdf_is_inside_glyph (PdfPage *p,
                            guint    i,
                            guint    before);

void
_vitae_pdf_read_tex_logos (PdfPage *p);

void
_vitae_pdf_size_inside_glyphs (PdfPage *p,
                               GArray  *inside);

void
_vitae_pdf_find_marks (PdfPage *p);

cairo_surface_t *
_vitae_pdf_new_surface (double width,
                        double height);

cairo_surface_t *
_vitae_pdf_new_paper (double width,
                      double height);

/* How far apart two rendered colours are: the largest difference of
 * their red, green and blue. (Inline: it is asked of each pixel of the
 * places looked at for marks.) */
static inline int
_vitae_pdf_channel_distance (guint32 a,
                             guint32 b)
{
  int most = 0;

  for (int shift = 0; shift < 24; shift += 8)
    most = MAX (most, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return most;
}

void
_vitae_pdf_join_underscores (GString    *raw,
                             GArray     *gaps,
                             GHashTable *spaces);

void
_vitae_pdf_part_far_rows (PdfPage *p);

gboolean
_vitae_pdf_is_icon_letter (const PopplerTextAttributes *attributes,
                           gunichar                     c);

gboolean
_vitae_pdf_is_control_sign (gunichar                     c,
                            const PopplerRectangle      *r,
                            const PopplerTextAttributes *attributes);

guint
_vitae_pdf_control_mark (PdfPage *p,
                         GArray  *order);

guint
_vitae_pdf_icon_mark (PdfPage          *p,
                      GArray           *order,
                      PopplerRectangle *rect,
                      double           *text_x);

void
_vitae_pdf_read_math_signs (PdfPage *p);

void
_vitae_pdf_mark_line (PdfLine       *row,
                      VitaeTextLine *line);

gboolean
_vitae_pdf_is_bidi_mark (gunichar c);

int
_vitae_pdf_char_direction (gunichar c);

GArray *
_vitae_pdf_reading_order (PdfPage *p,
                          PdfLine *row);

gboolean
_vitae_pdf_space_joins (PdfPage *p,
                        GArray  *order,
                        guint    j);

gboolean
_vitae_pdf_small_caps_space (PdfPage *p,
                             GArray  *order,
                             guint    j);

void
_vitae_pdf_add_unselected_lines (PdfPage   *p,
                                 GPtrArray *lines,
                                 guint      first);

void
_vitae_pdf_page_merge (PdfPage *p,
                       PdfPage *other);

/* vitae-text-reader-pdf-drawn-fonts.c */
void
_vitae_pdf_size_drawn_fonts (PdfPage *p);

/* vitae-text-reader-pdf-document.c */
void
_vitae_pdf_page_links (PopplerPage *page,
                       int          page_number,
                       GPtrArray   *links);

void
_vitae_pdf_read_properties (PopplerDocument *document,
                            VitaePdfInfo    *info);

void
_vitae_pdf_page_lines (PopplerPage *page,
                       int          page_number,
                       GPtrArray   *lines);

/* vitae-text-reader-pdf-text.c */
char *
_vitae_pdf_dup_composed (const char *text);

/* vitae-text-reader-pdf-columns.c */
guint
_vitae_pdf_n_near (GArray *xs,
                   double  x);

G_END_DECLS
