/* vitae-import-header-guards.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a resume's header holds that is no part of the person's name or
 * headline: a rule typed as underscores, a birthday after an icon, a
 * place, a heading over the contact details; and the degree signed
 * after a name, which is. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-import-header-private.h"

/* Whether @text is a rule typed as a run of underscores, equals signs
 * or box-drawing lines, five or more ("_____"): no text. */
gboolean
_vitae_import_is_typed_rule (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '_' && c != '=' && c != 0x2500 && c != 0x2501 && c != 0x203e && c != ' ')
        return FALSE;
      n += c != ' ';
    }
  return n >= 5;
}

/* Whether @cell, after the name in a cell of its own, is a degree the
 * person signs with: abbreviated with periods ("B.Sc.", "Ph.D.") or one
 * of the common ones ("PhD", "MBA"); not a heading in capitals ("LINKS"). */
gboolean
_vitae_import_is_signed_degree (const char *cell)
{
  static const char * const degrees[] = {
    "PhD", "PHD", "MBA", "MSc", "BSc", "MD", "CPA", "CFA", "PMP", "MEng", "BEng", "DPhil", "JD", "RN", NULL,
  };
  g_auto(GStrv) words = g_strsplit_set (cell, " ,", -1);

  if (!_vitae_import_is_post_nominal (cell))
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] != '\0' && strchr (words[k], '.') == NULL && !g_strv_contains (degrees, words[k]))
      return FALSE;
  return TRUE;
}

/* Whether @cell is a date after an icon font's glyph, a birthday's
 * ("{ 24. 07. 2002"): digits and marks, no letter. No headline. */
gboolean
_vitae_import_is_date_after_icon (const char *cell)
{
  gboolean digits = FALSE;

  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return FALSE;
      digits |= g_unichar_isdigit (c);
    }
  return digits && !g_unichar_isdigit (g_utf8_get_char (cell));
}

/* Whether @text tells when the person was born ("Geburtsdaten: 09.
 * August 1993", "geboren am 15.09.1981 in Brixen", "Date of birth: …",
 * "Дата рождения: …"): a detail, no headline. */
static gboolean
tells_birth (const char *text)
{
  static const char * const words[] = {
    "born", "date of birth", "birth date", "birthday", "geboren", "geb.", "geburtsdat", "geburtstag", "né le", "née le",
    "date de naissance", "nacido", "nacida", "fecha de nacimiento", "nascido", "nascida", "data de nascimento",
    "data di nascita", "nato il", "nata il", "дата рождения", "народився", NULL
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  if (!_vitae_import_has_digit (text))
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (g_str_has_prefix (folded, words[k]))
      return TRUE;
  return FALSE;
}

/* Whether @word names a person's trade or standing rather than a place
 * ("Student", "Researcher"), beside _vitae_import_is_job_title(). */
static gboolean
is_standing (const char *word)
{
  static const char * const stems[] = {
    "student", "researcher", "teacher", "writer", "scientist", "manager", "founder", "lead", "intern", "freelanc",
    "artist", "mathematician", "physicist", "economist", "specialist", "graduate", "enthusiast", "maker", NULL
  };
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint k = 0; stems[k] != NULL; k++)
    if (g_str_has_prefix (folded, stems[k]))
      return TRUE;
  return _vitae_import_is_job_title (word);
}

/* Whether @text is a place alone, a town and its region or country a
 * comma apart ("Berlin, Germany", "Toronto, ON, Canada", "Albuquerque,
 * NM"): two or three parts of one to three words each, every word
 * capitalized (or a code of two capitals), no digit, no trade's word. */
static gboolean
is_place (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ", ", -1);
  guint n = g_strv_length (parts), n_words = 0;

  if (n < 2 || n > 3 || _vitae_import_has_digit (text))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (parts[k]), " ", -1);
      guint m = g_strv_length (words);

      if (m == 0 || m > 3)
        return FALSE;
      for (guint w = 0; w < m; w++)
        {
          const char *p = words[w];

          if (!g_unichar_isupper (g_utf8_get_char (p)) || is_standing (p))
            return FALSE;
          for (; *p; p = g_utf8_next_char (p))
            if (!g_unichar_isalpha (g_utf8_get_char (p)) && *p != '-' && *p != '.' && *p != '\'')
              return FALSE;
        }
      n_words += m;
    }
  return n_words <= 6;
}

/**
 * _vitae_import_read_header_detail:
 * @basics: the resume's basics
 * @text: a line or a cell of a resume's header
 *
 * Reads @text when it is a detail of the person's, no headline, and
 * returns whether it was one: where they live (is_place(), its town
 * then its region and country, when no town was read yet), or when they
 * were born (tells_birth(), which the resume has no place for: left out
 * for the review to show).
 */
gboolean
_vitae_import_read_header_detail (VitaeNode  *basics,
                                  const char *text)
{
  if (tells_birth (text))
    return TRUE;
  if (!is_place (text))
    return FALSE;
  if (!vitae_node_has (basics, "city"))
    {
      const char *comma = strstr (text, ", ");
      g_autofree char *city = g_strndup (text, comma - text);

      vitae_node_set_text (basics, "city", city);
      vitae_node_set_text (basics, "region", comma + 2);
    }
  return TRUE;
}

/**
 * _vitae_import_is_header_label:
 * @text: a line or a cell of a resume's header
 *
 * Whether @text is a label or a heading of the contact details, no
 * headline: "Contact Information", "Kontakt:", "Contact Info:".
 */
gboolean
_vitae_import_is_header_label (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_str_has_suffix (stripped, ":") || _vitae_import_is_contact_title (stripped);
}

/**
 * _vitae_import_headline_role:
 * @r: the reader
 * @text: a line of the header after the name, before any headline
 *
 * The role of @text as the headline the header has yet to have: none
 * (%ROLE_DONE) where it is a detail of the person's
 * (_vitae_import_read_header_detail()) or a label or heading of the
 * contact details (_vitae_import_is_header_label()); %ROLE_HEADLINE for a
 * line shorter than 100 characters (one of a single character, an icon
 * font's glyph, stands for a headline the page has none of); else
 * %ROLE_NONE.
 */
Role
_vitae_import_headline_role (Reader     *r,
                             const char *text)
{
  glong len = g_utf8_strlen (text, -1);

  if (!r->have_name || r->have_headline)
    return ROLE_NONE;
  if (_vitae_import_read_header_detail (VITAE_NODE (r->builder.document), text) || _vitae_import_is_header_label (text))
    return ROLE_DONE;
  if (len >= 100)
    return ROLE_NONE;
  if (len > 1)
    return ROLE_HEADLINE;
  r->have_headline = TRUE;
  return ROLE_DONE;
}
