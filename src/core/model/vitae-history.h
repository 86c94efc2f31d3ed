/* vitae-history.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_HISTORY (vitae_history_get_type ())

G_DECLARE_FINAL_TYPE (VitaeHistory, vitae_history, VITAE, HISTORY, GObject)

/*
 * The undo history of a document. Every change to the model is recorded as
 * an operation; operations are gathered into steps, and undo and redo work a
 * step at a time. Consecutive edits of the same text field merge into one
 * step until vitae_history_break() is called (the editor calls it when the
 * user pauses or moves to another field), so typing a sentence is one step.
 */
gboolean vitae_history_get_can_undo (VitaeHistory *self);
gboolean vitae_history_get_can_redo (VitaeHistory *self);
void     vitae_history_begin_group  (VitaeHistory *self);
void     vitae_history_end_group    (VitaeHistory *self);
void     vitae_history_break        (VitaeHistory *self);
gboolean vitae_history_undo         (VitaeHistory *self);
gboolean vitae_history_redo         (VitaeHistory *self);
void     vitae_history_clear        (VitaeHistory *self);
guint64  vitae_history_get_position (VitaeHistory *self);

G_END_DECLS
