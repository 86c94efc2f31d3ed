/* vitae-error.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-error.h"

G_DEFINE_QUARK (vitae-error-quark, vitae_error)
