/* vitae-keywords-panel.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-analysis.h"
#include "vitae-core.h"
#include "vitae-coverage.h"

G_BEGIN_DECLS

#define VITAE_TYPE_KEYWORDS_PANEL (vitae_keywords_panel_get_type ())

G_DECLARE_FINAL_TYPE (VitaeKeywordsPanel, vitae_keywords_panel, VITAE, KEYWORDS_PANEL, AdwBin)

GtkWidget     *vitae_keywords_panel_new          (GSettings          *settings);
VitaeCoverage *vitae_keywords_panel_get_coverage (VitaeKeywordsPanel *self);
void           vitae_keywords_panel_set_analysis (VitaeKeywordsPanel *self,
                                                  VitaeAnalysis      *analysis);
const char    *vitae_keywords_panel_get_role     (VitaeKeywordsPanel *self);
void           vitae_keywords_panel_set_role     (VitaeKeywordsPanel *self,
                                                  const char         *role);
void           vitae_keywords_panel_set_job      (VitaeKeywordsPanel *self,
                                                  const char         *job);

G_END_DECLS
