/* vitae-presentation.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-node.h"

G_BEGIN_DECLS

char *vitae_entry_dup_dates (VitaeNode *entry);

G_END_DECLS
