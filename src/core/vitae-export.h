/* vitae-export.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-document.h"
#include "vitae-render.h"

G_BEGIN_DECLS

gboolean vitae_pdf_export (VitaeDocument             *document,
                           const VitaeRenderOptions  *options,
                           const char                *path,
                           GError                   **error);

G_END_DECLS
