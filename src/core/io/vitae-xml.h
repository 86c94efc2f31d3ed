/* vitae-xml.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/* .vitae XML, validated against data/vitae.rng (vitae-xml-*.c) */
VitaeDocument *vitae_xml_parse     (const char     *data,
                                    gsize           length,
                                    const char     *filename,
                                    GError        **error);
char          *vitae_xml_serialize (VitaeDocument  *document,
                                    gsize          *length);

G_END_DECLS
