/* vitae-entry-card.h
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

#define VITAE_TYPE_ENTRY_CARD (vitae_entry_card_get_type ())

G_DECLARE_FINAL_TYPE (VitaeEntryCard, vitae_entry_card, VITAE, ENTRY_CARD, VitaeNodeRow)

GtkWidget  *vitae_entry_card_new          (VitaeEntry     *entry);
VitaeEntry *vitae_entry_card_get_entry    (VitaeEntryCard *self);
void        vitae_entry_card_ensure_built (VitaeEntryCard *self);
gboolean    vitae_entry_card_is_built     (VitaeEntryCard *self);
GtkListBox *vitae_entry_card_get_bullets_list (VitaeEntryCard *self);
void        vitae_entry_card_set_expanded (VitaeEntryCard *self,
                                           gboolean        expanded);
void        vitae_entry_card_focus        (VitaeEntryCard *self);
void        vitae_entry_card_focus_first_field (VitaeEntryCard *self);
void        vitae_entry_card_set_far_from_screen (VitaeEntryCard *self,
                                                  gboolean        far);

/* The heading and date range shown for an entry: pure, for tests. */
char       *vitae_entry_describe_title    (VitaeEntry      *entry,
                                           VitaeSectionKind kind);
char       *vitae_entry_describe_dates    (VitaeEntry      *entry,
                                           VitaeSectionKind kind);

G_END_DECLS
