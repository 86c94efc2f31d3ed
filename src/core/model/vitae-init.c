/* vitae-init.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-init.h"
#include "vitae-core-resources.h"

/**
 * vitae_core_init:
 *
 * Registers the core's resources (the RELAX NG schema, the catalog SQL).
 * Safe to call more than once; every front calls it first.
 */
void
vitae_core_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      vitae_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}
