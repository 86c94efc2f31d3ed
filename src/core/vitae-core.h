/* vitae-core.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-types.h"
#include "vitae-autosave.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-node.h"
#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-section.h"
#include "vitae-history.h"
#include "vitae-document.h"
#include "vitae-io.h"
#include "vitae-init.h"
#include "vitae-presentation.h"

