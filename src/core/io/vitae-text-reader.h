/* vitae-text-reader.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *vitae_pdf_read_text    (GBytes    *pdf,
                              GError   **error);
char *vitae_office_read_text (GBytes    *file,
                              gboolean   odf,
                              GError   **error);

/* A line of a document as importers read it (vitae_office_read_lines(),
 * vitae_pdf_read_lines()): a paragraph of a word processor file, a text
 * line of a PDF page. */
typedef enum
{
  VITAE_TEXT_LINE_BOLD   = 1 << 0,   /* all (DOCX, ODT) or most (PDF) of it */
  VITAE_TEXT_LINE_ITALIC = 1 << 1,
  VITAE_TEXT_LINE_LIST   = 1 << 2,   /* a list item */
  VITAE_TEXT_LINE_ICON   = 1 << 3,   /* PDF: starts with an icon font's glyph
                                      * (a private-use character: Word's
                                      * Symbol bullet, a phone icon) */
} VitaeTextLineFlags;

typedef struct
{
  char   *text;    /* tabs where the document has them or, in a PDF, a wide gap */
  char   *style;   /* the paragraph style's name ("Heading 1"), or NULL */
  guint   flags;   /* VitaeTextLineFlags */
  double  size;    /* PDF: the largest font size, in points; else 0 */
  double  gap;     /* PDF: the space above the line, in points */
  double  x;       /* PDF: where the line starts from the page's left edge */
  int     page;    /* PDF: the page, from 0 */
  double  tab_x;   /* PDF: where the text after the first wide gap (tab)
                    * starts, or -1 (and 0 outside PDFs) */
  double  right;   /* PDF: where the line ends from the page's left edge;
                    * else 0 */
  double  text_x;  /* PDF: where the text starts after a list mark drawn
                    * without a glyph (then text starts "• " and x is the
                    * mark's); else 0 */
  double  top;     /* PDF: where the line's top is from the page's top
                    * edge (the lines of a page, whatever order they are
                    * read in); else 0 */
  double  lead_size; /* PDF: the largest font size of the text before
                      * tab_x, when there is a tab_x; else 0 (a name
                      * set smaller than a headline beside it) */
} VitaeTextLine;

void           vitae_text_line_free    (gpointer             line);
VitaeTextLine *vitae_text_line_copy    (const VitaeTextLine *line,
                                        const char          *text);
GPtrArray     *vitae_text_lines_copy   (GPtrArray           *lines);
GPtrArray     *vitae_text_lines_copy_n (GPtrArray           *lines,
                                        guint                n);
GPtrArray *vitae_office_read_lines (GBytes    *file,
                                    gboolean   odf,
                                    GError   **error);
GPtrArray *vitae_pdf_read_lines    (GBytes    *pdf,
                                    int        max_pages,
                                    GError   **error);

/* A link of a PDF page to a web address, a mail box or a phone
 * (vitae_pdf_read_lines_full()), where it stands on its page. */
typedef struct
{
  char   *uri;     /* as the link has it: "mailto:…", "https://…" */
  char   *text;    /* the text drawn inside it, "" over a picture or icon */
  int     page;    /* from 0 */
  double  x;       /* its rectangle, in points from the page's top left */
  double  top;
  double  right;
  double  bottom;
} VitaeTextLink;

/* What a PDF says besides its lines of text. */
typedef struct
{
  GPtrArray *links;   /* (element-type VitaeTextLink): every page's */
  char      *author;  /* the document's properties, or NULL */
  char      *title;
} VitaePdfInfo;

void       vitae_text_link_free      (gpointer       link);
void       vitae_pdf_info_free       (VitaePdfInfo  *info);
GPtrArray *vitae_pdf_read_lines_full (GBytes        *pdf,
                                      int            max_pages,
                                      VitaePdfInfo **info,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaePdfInfo, vitae_pdf_info_free)

G_END_DECLS
