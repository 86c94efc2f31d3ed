/* vitae-text-reader-pdf-bars.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-text-reader-private.h"

G_BEGIN_DECLS

void
_vitae_pdf_find_bars (PdfPage *p);

G_END_DECLS
