/* vitae-text-reader-pdf-rotated.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-text-reader-private.h"

G_BEGIN_DECLS

gboolean *
_vitae_pdf_find_rotated (PdfPage *p);

G_END_DECLS
