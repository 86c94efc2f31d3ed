/* vitae-language.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VitaeLanguageInfo:
 * @tag: the BCP 47 primary tag ("de")
 * @endonym: the language's name in itself ("Deutsch"), for a picker
 * @name: its English name ("German"), untranslated
 * @rtl: whether it is written right to left
 *
 * A document language Vitae has headings, month names and dates for.
 */
typedef struct
{
  const char *tag;
  const char *endonym;
  const char *name;
  gboolean    rtl;
} VitaeLanguageInfo;

const char              *vitae_language_detect          (const char  *text);
gboolean                 vitae_language_is_rtl          (const char  *tag);
char                    *vitae_language_normalize       (const char  *tag);
char                    *vitae_language_dup_primary     (const char  *tag);
const VitaeLanguageInfo *vitae_language_get_supported   (guint       *n_languages);
const VitaeLanguageInfo *vitae_language_lookup          (const char  *tag);
const char              *vitae_language_get_endonym     (const char  *tag);

G_END_DECLS
