/* vitae-locale.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/*
 * The words a resume prints in its document language — standard section
 * headings, month names, date formats, "Present" — read from the catalog's
 * data/catalog/40-locale.sql. A language without data, or a key missing for
 * it, falls back to English. Languages are BCP 47 tags, of which the primary
 * language counts ("pt-BR" reads "pt").
 */
const char *vitae_locale_get_string          (const char        *language,
                                              const char        *key);
const char *vitae_locale_get_heading         (const char        *language,
                                              const char        *section_id);
const char *vitae_locale_get_section_heading (const char        *language,
                                              VitaeSectionKind   kind);
const char *vitae_locale_get_month           (const char        *language,
                                              int                month);
const char *vitae_locale_get_present         (const char        *language);
char       *vitae_locale_format_date         (const char        *language,
                                              const char        *iso);
char       *vitae_locale_format_span         (const char        *language,
                                              const char        *start,
                                              const char        *end);
char       *vitae_locale_format_study        (const char        *language,
                                              const char        *degree,
                                              const char        *area);
const char *vitae_locale_get_section_title   (const char        *language,
                                              VitaeSection      *section);
gboolean    vitae_locale_has_language        (const char        *language);

/* For readers of resumes (import, the parse check): the words of every
 * language, headings and their other common wordings included. */
const char *vitae_locale_match_heading       (const char        *text,
                                              const char       **language);
gboolean    vitae_locale_match_present       (const char        *text,
                                              const char       **language);
int         vitae_locale_match_month         (const char        *word,
                                              const char       **language);

G_END_DECLS
