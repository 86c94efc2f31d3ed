/* vitae-text-reader-pdf-rotated.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-text-reader-private.h"

G_BEGIN_DECLS

/* What _vitae_pdf_find_rotated() finds a glyph is. */
enum
{
  PDF_TURNED_NOTE = 1,
  PDF_TURNED_HEADING = 2
};

guint8 *
_vitae_pdf_find_rotated (PdfPage *p);

/* vitae-text-reader-pdf-upright.c */
void
_vitae_pdf_add_upright (PdfPage      *p,
                        const guint8 *turned);

G_END_DECLS
