/* vitae-section-card.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vitae-core.h"
#include "vitae-node-row.h"

G_BEGIN_DECLS

#define VITAE_TYPE_SECTION_CARD (vitae_section_card_get_type ())

G_DECLARE_FINAL_TYPE (VitaeSectionCard, vitae_section_card, VITAE, SECTION_CARD, VitaeNodeRow)

GtkWidget    *vitae_section_card_new              (VitaeSection     *section);
VitaeSection *vitae_section_card_get_section      (VitaeSectionCard *self);
GtkListBox   *vitae_section_card_get_entries_list (VitaeSectionCard *self);

G_END_DECLS
