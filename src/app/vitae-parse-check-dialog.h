/* vitae-parse-check-dialog.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"
#include "vitae-export.h"

G_BEGIN_DECLS

#define VITAE_TYPE_PARSE_CHECK_DIALOG (vitae_parse_check_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VitaeParseCheckDialog, vitae_parse_check_dialog, VITAE, PARSE_CHECK_DIALOG, AdwWindow)

VitaeParseCheckDialog *vitae_parse_check_dialog_new            (GtkWindow                *parent,
                                                                VitaeDocument            *document,
                                                                const VitaeRenderOptions *options);
void                   vitae_parse_check_dialog_set_format     (VitaeParseCheckDialog    *self,
                                                                VitaeExportFormat         format);
guint                  vitae_parse_check_dialog_get_n_problems (VitaeParseCheckDialog    *self);
guint                  vitae_parse_check_dialog_get_n_pieces   (VitaeParseCheckDialog    *self);
const char            *vitae_parse_check_dialog_get_text       (VitaeParseCheckDialog    *self);

G_END_DECLS
