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

/* Whether @text is a US state's code and its ZIP code, "LA 70002",
 * "MA 02139-4307": the region and postal code after a city's comma. */
gboolean
_vitae_import_is_state_zip (const char *text)
{
  gsize len = strlen (text);

  if (len != 8 && len != 13)
    return FALSE;
  for (gsize k = 3; k < len; k++)
    if (!g_ascii_isdigit (text[k]) && !(k == 8 && text[k] == '-'))
      return FALSE;
  return g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && text[2] == ' ' && (len == 8 || text[8] == '-');
}

/* Sets @text as @node's region; a state's code and ZIP code, "LA
 * 70002", as its region and postal code. */
void
_vitae_import_set_region (VitaeNode  *node,
                          const char *text)
{
  g_autofree char *state = NULL;

  if (!_vitae_import_is_state_zip (text))
    {
      vitae_node_set_text (node, "region", text);
      return;
    }
  state = g_strndup (text, 2);
  vitae_node_set_text (node, "region", state);
  vitae_node_set_text (node, "postal-code", text + 3);
}

/* Whether @part ends with a US state's code and ZIP code after its
 * last comma: "Metairie, LA 70002". */
gboolean
_vitae_import_ends_with_state_zip (const char *part)
{
  const char *comma = strrchr (part, ',');

  return comma != NULL && comma[1] == ' ' && _vitae_import_is_state_zip (comma + 2);
}

/* Whether @word names a kind of street, "Ave.", "Street", "Dr". */
static gboolean
is_street_kind (const char *word)
{
  static const char * const kinds[] = {
    "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane", "way",
    "ct", "court", "pl", "place", "pkwy", "parkway", "hwy", "highway", "ter", "terrace", "cir", "circle", "sq", NULL
  };
  g_autofree char *kind = g_ascii_strdown (word, -1);

  if (g_str_has_suffix (kind, "."))
    kind[strlen (kind) - 1] = '\0';
  return g_strv_contains (kinds, kind);
}

/* Whether @part is a street with its house's number first, written the
 * English way: "3832 Edenborn Ave.", "221 Baker Street" (its last word
 * a kind of street), not a postal code before a town ("8001 Zürich"). */
gboolean
_vitae_import_is_numbered_street (const char *part)
{
  gsize digits = strspn (part, "0123456789");
  const char *last = strrchr (part, ' ');

  return digits > 0 && part[digits] == ' ' && last != NULL && last != part + digits && is_street_kind (last + 1);
}

/* Sets @part, a street with its house's number first, as @node's
 * address, and the words after the street's kind, when they are a town's
 * (no digits), as its city: "10 Elm Dr. Houston" (the comma before the
 * town left out); all of it as the address otherwise ("1 Oak Way MB 4
 * Needham"). */
void
_vitae_import_set_street_and_city (VitaeNode  *node,
                                   const char *part)
{
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  guint n = g_strv_length (words), first_digits = n;

  /* (Where the words without digits at the end start.) */
  while (first_digits > 0 && !_vitae_import_has_digit (words[first_digits - 1]))
    first_digits--;
  for (guint k = MAX (2, first_digits); k < n; k++)
    if (is_street_kind (words[k - 1]))
      {
        g_autofree char *street = NULL;
        char *city = words[k];

        words[k] = NULL;
        street = g_strjoinv (" ", words);
        words[k] = city;
        city = g_strjoinv (" ", words + k);
        vitae_node_set_text (node, "address", street);
        vitae_node_set_text (node, "city", city);
        g_free (city);
        return;
      }
  vitae_node_set_text (node, "address", part);
}

/* Whether @text is a postal code and a place alone: "31400 Toulouse",
 * "8001 Zürich", "D-10115 Berlin"; or an American address, which ends
 * with its state and ZIP code ("3832 Elm Ave. | Metairie, LA 70002"). */
static gboolean
is_postal_place (const char *text)
{
  const char *p = text;
  gsize digits;

  if (_vitae_import_ends_with_state_zip (text) && g_utf8_strlen (text, -1) < 80)
    return TRUE;

  if (g_ascii_isupper (p[0]) && p[1] == '-')
    p += 2;
  digits = strspn (p, "0123456789");
  if (digits < 4 || digits > 5 || p[digits] != ' ' || !g_unichar_isupper (g_utf8_get_char (p + digits + 1)))
    return FALSE;
  return _vitae_import_count_words (p) <= 4 && !_vitae_import_has_digit (p + digits);
}

/* Whether @text is a contact detail: an address, a phone number, a
 * postal code and a city ("31400 Toulouse", the person's place), a web
 * host alone ("ada.dev", the person's site). */
gboolean
_vitae_import_is_detail (const char *text)
{
  return _vitae_import_is_contact_line (text) || _vitae_import_has_phone (text) || is_postal_place (text) ||
         _vitae_import_is_web_host (text);
}
