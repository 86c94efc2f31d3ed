/* vitae-language-row.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_LANGUAGE_ROW (vitae_language_row_get_type ())

G_DECLARE_FINAL_TYPE (VitaeLanguageRow, vitae_language_row, VITAE, LANGUAGE_ROW, AdwComboRow)

GtkWidget *vitae_language_row_new (VitaeDocument *document);

G_END_DECLS
