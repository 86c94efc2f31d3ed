/* vitae-cli.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of every verb: a contract scripts rely on. */
#define VITAE_EXIT_OK    0
#define VITAE_EXIT_INPUT 1
#define VITAE_EXIT_USAGE 2

gboolean vitae_cli_handles (const char *arg);
int      vitae_cli_run     (int         argc,
                            char      **argv);

G_END_DECLS
