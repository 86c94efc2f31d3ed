/* vitae-import-header-words.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words of a PDF's header that the header's reader knows by their
 * spelling: the heading of the contact details ("Contact", "Contact
 * me"), which is no name nor section, and the networks a resume links
 * to. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-import-header-private.h"

/* Whether @text is the heading of the contact details alone. */
gboolean
_vitae_import_is_contact_heading (const char *text)
{
  static const char * const words[] = {
    "contact", "contacts", "contact details", "contact information", "contact info", "contact me", "contato",
    "contatos", "contacto", "contactos", "contatti", "kontakt", "kontakte", "kontaktdaten", "coordonnées", "contactgegevens", "контакты", "kontakty", NULL
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  gsize len;

  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && folded[len - 1] == ':')
    folded[--len] = '\0';
  return g_strv_contains (words, folded);
}

/* Whether @folded, a word in lower case, names a network or a page of
 * one's own that a resume links to ("github", "portfolio"). */
gboolean
_vitae_import_is_network (const char *folded)
{
  static const char * const networks[] = {
    "linkedin", "github", "gitlab", "twitter", "portfolio", "website", "homepage", "blog", "xing", "telegram",
    "skype", "orcid", "stackoverflow", "kaggle", "leetcode", "medium", "behance", "dribbble", NULL
  };

  return g_strv_contains (networks, folded);
}
