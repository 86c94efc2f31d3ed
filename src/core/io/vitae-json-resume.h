/* vitae-json-resume.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/* JSON Resume v1.0.0 (vitae-json-resume-*.c) */
VitaeDocument *vitae_json_resume_parse      (const char    *data,
                                             gsize          length,
                                             const char    *filename,
                                             GError       **error);
/* The same, for files as people write them: older member names, comments,
 * placeholders, unknown members and FRESH; @notes says what was done. */
VitaeDocument *vitae_json_resume_parse_full (const char    *data,
                                             gsize          length,
                                             const char    *filename,
                                             GPtrArray     *notes,
                                             GError       **error);
char          *vitae_json_resume_serialize  (VitaeDocument *document,
                                             gsize         *length);

G_END_DECLS
