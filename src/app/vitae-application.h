/* vitae-application.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VITAE_TYPE_APPLICATION (vitae_application_get_type ())

G_DECLARE_FINAL_TYPE (VitaeApplication, vitae_application, VITAE, APPLICATION, AdwApplication)

VitaeApplication *vitae_application_new (void);
int               vitae_application_run (int    argc,
                                         char **argv);

G_END_DECLS
