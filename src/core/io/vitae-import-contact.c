/* vitae-import-contact.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line importer's contact details. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

static void
set_place (VitaeNode  *node,
           const char *place)
{
  g_auto(GStrv) parts = g_strsplit (place, ", ", -1);
  guint n = g_strv_length (parts);
  const char *city = NULL;

  if (n > 1 && g_utf8_strlen (parts[n - 1], -1) == 2 && _vitae_import_is_upper_text (parts[n - 1]))
    vitae_node_set_text (node, "country-code", parts[--n]);
  if (n >= 3)
    {
      vitae_node_set_text (node, "address", parts[0]);
      city = parts[1];
      vitae_node_set_text (node, "region", parts[2]);
    }
  else if (n == 2)
    {
      city = parts[0];
      vitae_node_set_text (node, "region", parts[1]);
    }
  else if (n == 1)
    city = parts[0];

  if (city != NULL)
    {
      const char *space = strchr (city, ' ');

      /* "8001 Zürich": a postal code before the city. */
      if (space != NULL && _vitae_import_has_digit (city) && g_ascii_isdigit (city[0]))
        {
          g_autofree char *code = g_strndup (city, space - city);

          vitae_node_set_text (node, "postal-code", code);
          city = space + 1;
        }
      vitae_node_set_text (node, "city", city);
    }
}

/* "Email: a@b.org", "Phone: +1 …", "Tel. 030 …": the part after a
 * contact label. */
static const char *
skip_label (const char *part)
{
  static const char * const labels[] = {
    "email", "e-mail", "mail", "phone", "tel", "tel.", "mobile", "mob", "cell", "telefon", "téléphone",
    "teléfono", "web", "website", "site", NULL
  };
  const char *space = strpbrk (part, ": ");
  g_autofree char *label = NULL;

  if (space == NULL)
    return part;
  label = g_ascii_strdown (part, space - part);
  if (!g_strv_contains (labels, label))
    return part;
  part = space;
  while (*part == ':' || *part == ' ')
    part++;
  return part;
}

void
_vitae_import_read_contact (Builder    *builder,
                            const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_autoptr(GString) normalized = g_string_new (text);
  g_auto(GStrv) parts = NULL;

  /* An address written to keep robots off: "ada[@]example.org". */
  g_string_replace (normalized, "[@]", "@", 0);
  g_string_replace (normalized, "(@)", "@", 0);
  g_string_replace (normalized, " [at] ", "@", 0);
  g_string_replace (normalized, " (at) ", "@", 0);

  /* A separator may end or start a wrapped line. */
  g_string_replace (normalized, " ·", "\t", 0);
  g_string_replace (normalized, "· ", "\t", 0);
  g_string_replace (normalized, " · ", "\t", 0);
  g_string_replace (normalized, " | ", "\t", 0);
  g_string_replace (normalized, "|", "\t", 0);
  g_string_replace (normalized, " • ", "\t", 0);
  g_string_replace (normalized, " ♦ ", "\t", 0);
  parts = g_strsplit (normalized->str, "\t", -1);

  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *colon;
      gboolean any_alnum = FALSE;

      /* An icon set as an emoji ("✉️", "📍") is no part of its own. */
      for (const char *p = part; *p && !any_alnum; p = g_utf8_next_char (p))
        any_alnum = g_unichar_isalnum (g_utf8_get_char (p));
      if (!any_alnum)
        continue;

      part = skip_label (part);

      /* An address among other words: "reach me at a@b.org". */
      if (!_vitae_import_looks_like_email (part) && strchr (part, '@') != NULL && !vitae_node_has (basics, "email"))
        {
          g_auto(GStrv) words = g_strsplit (part, " ", -1);
          gboolean found = FALSE;

          /* The first address is the person's. */
          for (guint k = 0; words[k] && !found; k++)
            if (_vitae_import_looks_like_email (words[k]))
              {
                _vitae_import_set_email (basics, words[k]);
                found = TRUE;
              }
          /* … maybe with a phone number before or after it. */
          if (found && !vitae_node_has (basics, "phone"))
            {
              g_autofree char *phone = _vitae_import_dup_phone (part);

              if (phone != NULL)
                vitae_node_set_text (basics, "phone", phone);
            }
          if (found)
            continue;
        }

      /* A phone number after a label or an icon: "phone 202.683.7838",
       * "H +7 (915) 996 36 63", "Æ+41 79 481 60 22". */
      if (!_vitae_import_looks_like_phone (part) && !vitae_node_has (basics, "phone") && strchr (part, '@') == NULL)
        {
          g_autofree char *phone = _vitae_import_dup_phone (part);

          if (phone != NULL)
            {
              vitae_node_set_text (basics, "phone", phone);
              continue;
            }
        }

      if (_vitae_import_looks_like_email (part) && !vitae_node_has (basics, "email"))
        _vitae_import_set_email (basics, part);
      else if (_vitae_import_looks_like_phone (part) && !vitae_node_has (basics, "phone"))
        vitae_node_set_text (basics, "phone", part);
      else if (_vitae_import_looks_like_url (part) && !vitae_node_has (basics, "url"))
        vitae_node_set_text (basics, "url", part);
      else if (_vitae_import_looks_like_url (part))
        {
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          static const struct { const char *host; const char *network; } networks[] = {
            { "github.com", "GitHub" }, { "gitlab.com", "GitLab" }, { "linkedin.com", "LinkedIn" },
            { "twitter.com", "Twitter" }, { "x.com", "X" }, { "stackoverflow.com", "Stack Overflow" },
          };

          for (guint k = 0; k < G_N_ELEMENTS (networks); k++)
            if (strstr (part, networks[k].host))
              vitae_node_set_text (VITAE_NODE (profile), "network", networks[k].network);
          vitae_node_set_text (VITAE_NODE (profile), "url", part);
          vitae_document_append_profile (builder->document, profile);
        }
      else if ((colon = strstr (part, ": ")) != NULL && strchr (part, ',') == NULL)
        {
          /* "GitHub: jdoe", a profile without an address */
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          g_autofree char *network = g_strndup (part, colon - part);

          vitae_node_set_text (VITAE_NODE (profile), "network", network);
          vitae_node_set_text (VITAE_NODE (profile), "username", colon + 2);
          vitae_document_append_profile (builder->document, profile);
        }
      else if (!vitae_node_has (basics, "city") && !vitae_node_has (basics, "address"))
        set_place (basics, part);
      else
        builder->n_unplaced++;
    }
}

/* Whether @text is an e-mail address, or a phone number after a label
 * ("Tel: …", "手机：…"), that the document does not have yet. */
gboolean
_vitae_import_is_contact_detail (Builder    *builder,
                                 const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  const char *colon = strstr (text, ":");
  const char *wide = strstr (text, "：");
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  if (!vitae_node_has (basics, "email") && g_strv_length (words) <= 3)
    for (guint k = 0; words[k]; k++)
      if (_vitae_import_looks_like_email (words[k]))
        return TRUE;

  /* A phone number alone on its line, of at least nine digits (not
   * "2019 – 2021"). */
  if (!vitae_node_has (basics, "phone") && _vitae_import_looks_like_phone (text))
    {
      g_autofree char *s = NULL, *e = NULL;
      guint digits = 0;

      for (const char *p = text; *p; p++)
        digits += g_ascii_isdigit (*p) != 0;
      if (digits >= 9 && !_vitae_import_parse_dates (text, &s, &e))
        return TRUE;
    }

  if (wide != NULL && (colon == NULL || wide < colon))
    colon = wide + strlen ("：") - 1;
  if (!vitae_node_has (basics, "phone") && colon != NULL && colon - text <= 16 && !_vitae_import_has_digit_before (text, colon))
    {
      const char *rest = colon + 1;

      while (*rest == ' ')
        rest++;
      return _vitae_import_looks_like_phone (rest);
    }
  return FALSE;
}
