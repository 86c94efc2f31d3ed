/* vitae-package.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A ZIP package of named parts, as DOCX and ODT are, made in memory with
 * libarchive. Parts keep the order they are added in. */
typedef struct _VitaePackage VitaePackage;

VitaePackage *vitae_package_new       (GDateTime     *date);
void          vitae_package_add       (VitaePackage  *self,
                                       const char    *name,
                                       GBytes        *data,
                                       gboolean       compress);
GBytes       *vitae_package_finish    (VitaePackage  *self,
                                       GError       **error);
void          vitae_package_free      (VitaePackage  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaePackage, vitae_package_free)

G_END_DECLS
