/* vitae-pdf.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-render.h"

G_BEGIN_DECLS

GBytes   *vitae_pdf_render            (VitaeLayout              *layout,
                                       const VitaeRenderOptions *options,
                                       GError                  **error);
char     *vitae_pdf_dup_language      (const VitaeRenderOptions *options);
GBytes   *_vitae_pdf_complete_catalog    (GBytes                   *pdf,
                                       const char               *language);

G_END_DECLS
