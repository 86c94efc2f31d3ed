/* vitae-import-contact-around.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A line of contact details set apart by spaces alone, an e-mail
 * address among them: "Los Angeles, California 90024 ada@uni.edu
 * ada.github.io." The address is read where it stands
 * (vitae-import-contact.c); the person's place before it and their
 * site after it are read here, so that neither is left out of the
 * resume. So is how a number among the details reads: a postal code
 * before a town, a phone number written in groups. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-contact-around.h"

/* Whether @word is all digits. */
static gboolean
is_number (const char *word)
{
  return word[0] != '\0' && strspn (word, "0123456789") == strlen (word);
}

/* Whether @words, up to @end (not included), are a town and its region,
 * with a postal code after them or not: each word a capital's or a
 * number, a comma after the town ("Los Angeles, California 90024"). */
static gboolean
town_and_region (GStrv words,
                 guint end)
{
  gboolean comma = FALSE;

  if (end < 2)
    return FALSE;
  for (guint k = 0; k < end; k++)
    {
      if (!g_unichar_isupper (g_utf8_get_char (words[k])) && !is_number (words[k]))
        return FALSE;
      comma |= g_str_has_suffix (words[k], ",") && k + 1 < end && !is_number (words[k + 1]);
    }
  return comma;
}

/**
 * _vitae_import_read_around_address:
 * @builder: the import's builder
 * @part: a part of a line of contact details, words set apart by
 *   spaces with an e-mail address among them
 *
 * Reads the place before the first address, when it is a town and its
 * region (a postal code after them kept as such), and a web address or
 * domain after it (without the sentence's full stop), not a network's,
 * when the document has no place or site yet.
 */
void
_vitae_import_read_around_address (Builder    *builder,
                                   const char *part)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  guint first = 0;

  while (words[first] != NULL && strchr (words[first], '@') == NULL)
    first++;
  if (words[first] == NULL)
    return;
  if (!vitae_node_has (basics, "city") && !vitae_node_has (basics, "address") && town_and_region (words, first))
    {
      guint end = first;
      g_autofree char *code = is_number (words[end - 1]) ? g_strdup (words[--end]) : NULL;
      char *after = words[end];
      g_autofree char *place = NULL;

      words[end] = NULL;
      place = g_strjoinv (" ", words);
      words[end] = after;
      /* (Read as a part of its own: a town and region make the place.) */
      _vitae_import_read_contact (builder, place);
      if (code != NULL && vitae_node_has (basics, "city") && !vitae_node_has (basics, "postal-code"))
        vitae_node_set_text (basics, "postal-code", code);
    }
  for (guint k = first + 1; words[k] != NULL && !vitae_node_has (basics, "url"); k++)
    {
      g_autofree char *site = g_strdup (words[k]);
      gsize n = strlen (site);

      while (n > 0 && strchr (".,;", site[n - 1]) != NULL)
        site[--n] = '\0';
      /* (A network's page is a profile, read from the line's links.) */
      if (strchr (site, '@') == NULL && strchr (site, '.') != NULL && _vitae_import_part_kind (site) == PART_LINK &&
          _vitae_import_network_of_url (site) == NULL)
        _vitae_import_read_contact (builder, site);
    }
}

/* Whether @part starts with a postal code of four or five digits and a
 * town's name after it ("31700 Blagnac"). */
gboolean
_vitae_import_starts_with_postal_code (const char *part)
{
  gsize digits = strspn (part, "0123456789");

  return (digits == 4 || digits == 5) && part[digits] == ' ' && g_unichar_isalpha (g_utf8_get_char (part + digits + 1));
}

/* Whether @text is digits in groups of two to four split by single
 * spaces, none of them a year ("8123 4567", not "2019 2021"). */
gboolean
_vitae_import_is_grouped_number (const char *text)
{
  g_auto(GStrv) groups = g_strsplit (text, " ", -1);
  guint n = g_strv_length (groups);

  if (n < 2)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      gsize len = strlen (groups[k]);

      if (len < 2 || len > 4)
        return FALSE;
      for (gsize c = 0; c < len; c++)
        if (!g_ascii_isdigit (groups[k][c]))
          return FALSE;
      if (len == 4 && (g_str_has_prefix (groups[k], "19") || g_str_has_prefix (groups[k], "20")))
        return FALSE;
    }
  return TRUE;
}
