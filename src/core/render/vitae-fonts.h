/* vitae-fonts.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "vitae-document.h"

G_BEGIN_DECLS

void          vitae_fonts_own_process     (void);


PangoFontMap *_vitae_fonts_get_font_map   (VitaeDocument *document);
PangoFontMap *_vitae_fonts_get_private    (gboolean       fallbacks);
gboolean      _vitae_fonts_covers         (gboolean       fallbacks,
                                           const char    *text);
guint         _vitae_fonts_get_n_private  (gboolean       fallbacks);

G_END_DECLS
