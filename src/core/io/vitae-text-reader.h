/* vitae-text-reader.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *vitae_pdf_read_text    (GBytes    *pdf,
                              GError   **error);
char *vitae_office_read_text (GBytes    *file,
                              gboolean   odf,
                              GError   **error);

G_END_DECLS
