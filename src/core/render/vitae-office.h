/* vitae-office.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-render.h"

G_BEGIN_DECLS

/*
 * Word processor documents: Office Open XML (.docx) and OpenDocument Text
 * (.odt), in the look of a template, as ATS-safe as the PDF: one column,
 * real heading and list styles, no tables, text boxes, headers or footers,
 * links as hyperlinks, the document language and metadata set.
 */
GBytes *vitae_docx_render (VitaeDocument             *document,
                           const VitaeRenderOptions  *options,
                           GError                   **error);
GBytes *vitae_odt_render  (VitaeDocument             *document,
                           const VitaeRenderOptions  *options,
                           GError                   **error);

G_END_DECLS
