/* vitae-import-contact.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line importer's contact details (a phone number's label:
 * vitae-import-phones.c). */

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
#include "vitae-import-contact-around.h"
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
  /* "12, rue des Lilas": the house's number before its street. */
  if (n >= 2 && parts[0][0] != '\0' && strspn (parts[0], "0123456789") == strlen (parts[0]))
    {
      char *street = g_strconcat (parts[0], ", ", parts[1], NULL);

      g_free (parts[0]);
      g_free (parts[1]);
      parts[0] = street;
      for (guint k = 1; parts[k] != NULL; k++)
        parts[k] = parts[k + 1];
      n--;
      /* … then the city, unless a postal code comes with it (below). */
      if (n == 1 || !g_ascii_isdigit (parts[n - 1][0]))
        {
          vitae_node_set_text (node, "address", street);
          g_free (parts[0]);
          for (guint k = 0; parts[k] != NULL; k++)
            parts[k] = parts[k + 1];
          if (--n == 0)
            return;
        }
    }
  /* "Lindenweg 4, 38855 Wernigerode": a street, then a postal code and
   * the city. */
  if (n >= 2 && g_ascii_isdigit (parts[n - 1][0]) && strchr (parts[n - 1], ' ') != NULL)
    {
      g_autofree char *street = NULL;

      city = parts[--n];
      parts[n] = NULL;
      street = g_strjoinv (", ", parts);
      parts[n] = (char *) city;
      vitae_node_set_text (node, "address", street);
      n = 0;
    }
  if (n >= 3)
    {
      vitae_node_set_text (node, "address", parts[0]);
      city = parts[1];
      _vitae_import_set_region (node, parts[2]);
    }
  else if (n == 2 && _vitae_import_is_state_zip (parts[1]))
    {
      /* "Metairie, LA 70002"; "10 Elm Dr. Houston, TX 77089". */
      _vitae_import_set_region (node, parts[1]);
      if (g_ascii_isdigit (parts[0][0]))
        {
          _vitae_import_set_street_and_city (node, parts[0]);
          return;
        }
      city = parts[0];
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

      /* "1 bis rue des Lilas" alone: a house's number (a postal code
       * has three digits at least), the street's address. */
      if (n == 1 && space != NULL && strspn (city, "0123456789") == (gsize) (space - city) &&
          (strspn (city, "0123456789") < 3 || _vitae_import_is_numbered_street (city)))
        {
          vitae_node_set_text (node, "address", city);
          return;
        }
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

  /* (A label alone in its cell, "Phone" <tab> "+420 …", is no detail.) */
  if (space == NULL)
    {
      label = g_ascii_strdown (part, -1);
      return g_strv_contains (labels, label) ? part + strlen (part) : part;
    }
  label = g_ascii_strdown (part, space - part);
  if (!g_strv_contains (labels, label))
    return part;
  part = space;
  while (*part == ':' || *part == ' ')
    part++;
  return part;
}

/* Whether @title heads a section of personal data: the person's
 * details, birth date and the like (a custom section). */
gboolean
_vitae_import_is_personal_heading (const char *title)
{
  static const char * const headings[] = {
    "personal details", "personal data", "personal information", "persönliche daten", "persönliche angaben",
    "persönliche informationen", "angaben zur person", "zur person", "données personnelles",
    "informations personnelles", "état civil", "datos personales", "información personal", "dati personali",
    "informazioni personali", "dados pessoais", "informações pessoais", "informação pessoal",
    "persoonlijke gegevens", "persoonlijke informatie", "personalia", "dane osobowe", "личные данные",
    "особисті дані", "个人信息", "基本信息", "個人情報", "osobné údaje", "osobní údaje", "osobni podaci",
    "lični podaci", "osebni podatki", "személyes adatok", "date personale", "kişisel bilgiler", "kimlik bilgileri",
    "henkilötiedot", "personuppgifter", "personlige oplysninger", "personopplysninger", NULL
  };
  g_autofree char *folded = title != NULL ? g_utf8_casefold (title, -1) : NULL;
  gsize len;

  if (folded == NULL)
    return FALSE;
  /* (Turkish "İ" folds to an "i" and a combining dot: "KİŞİSEL".) */
  for (char *dot = strstr (folded, "\u0307"); dot != NULL; dot = strstr (dot, "\u0307"))
    memmove (dot, dot + 2, strlen (dot + 2) + 1);
  /* (With its colon, maybe after a space: "Personal Information :".) */
  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';
  return g_strv_contains (headings, folded);
}

/* The words of @part after a contact label and an icon: an icon font's
 * glyph comes out of some PDFs as a letter ("Q ada@…", "Æ +43 …"). */
static GStrv
detail_words (const char *part)
{
  g_auto(GStrv) words = g_strsplit_set (skip_label (part), " \t", -1);
  GStrvBuilder *kept = g_strv_builder_new ();
  GStrv result;

  for (guint k = 0; words[k]; k++)
    if (words[k][0] != '\0')
      g_strv_builder_add (kept, words[k]);
  result = g_strv_builder_end (kept);
  g_strv_builder_unref (kept);
  if (g_strv_length (result) == 2 && g_utf8_strlen (result[0], -1) == 1)
    {
      char *second = g_strdup (result[1]);

      g_strfreev (result);
      result = g_new0 (char *, 2);
      result[0] = second;
    }
  return result;
}

/* "07aranya.site", "ada.dev": a web address without its scheme. */
static gboolean
is_domain (const char *word)
{
  const char *dot = strrchr (word, '.');
  gsize tld = dot != NULL ? strlen (dot + 1) : 0;

  if (dot == NULL || dot == word || tld < 2 || tld > 6 || strpbrk (word, "@ :\t") != NULL)
    return FALSE;
  for (const char *p = dot + 1; *p; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

static gboolean
has_alnum (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

PartKind
_vitae_import_part_kind (const char *part)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *folded = NULL;

  if (!has_alnum (part))
    return PART_GLYPH;
  phone = _vitae_import_dup_labelled_phone (part);
  if (phone != NULL)
    return PART_PHONE;
  words = detail_words (part);
  if (g_strv_length (words) != 1)
    return PART_OTHER;
  folded = g_utf8_casefold (words[0], -1);
  if (_vitae_import_looks_like_email (words[0]))
    return PART_EMAIL;
  /* (or a word that stands for a link on the page) */
  if (_vitae_import_looks_like_url (words[0]) || _vitae_import_is_network (folded) || is_domain (words[0]))
    return PART_LINK;
  /* "github/jdoe", "in/jdoe" (not "Frankfurt/Main") */
  if (strchr (words[0], '/') != NULL && g_ascii_islower (words[0][0]))
    return PART_LINK;
  /* A handle after an icon ("t jdoe_42", "E posquit0"); not a place
   * ("A Coruña"). */
  if (g_utf8_strlen (part, -1) > g_utf8_strlen (words[0], -1) + 1 &&
      (strpbrk (words[0], "_0123456789") != NULL || g_unichar_islower (g_utf8_get_char (words[0]))))
    return PART_LINK;
  return PART_OTHER;
}

/* @text with its no-break and thin spaces made plain spaces: a word
 * processor keeps a phone number on one line with them ("+49 171 …"). */
char *
_vitae_import_plain_spaces (const char *text)
{
  static const char * const spaces[] = { "\u00a0", "\u202f", "\u2009", "\u2007", "\u2002", "\u2003", NULL };
  GString *plain = g_string_new (text);

  for (guint i = 0; spaces[i]; i++)
    g_string_replace (plain, spaces[i], " ", 0);
  return g_string_free (plain, FALSE);
}

/* A country code set apart from its number, in a cell of its own
 * ("+ 48 <tab> 730- 514- 315"), goes on with it. */
static void
join_country_code (GString *text)
{
  for (char *p = strchr (text->str, '+'); p != NULL; p = strchr (p + 1, '+'))
    {
      char *q = p + 1 + strspn (p + 1, " ");
      gsize digits = strspn (q, "0123456789");

      q += digits;
      q += strspn (q, " ");
      if (digits >= 1 && digits <= 3 && (p == text->str || p[-1] == ' ' || p[-1] == '\t') && *q == '\t' &&
          (g_ascii_isdigit (q[1 + strspn (q + 1, " ")]) || q[1 + strspn (q + 1, " ")] == '('))
        *q = ' ';
    }
}

/* Whether the word of @text that ends at @end is written as an
 * address's local part is, in lower case ("ada.lovelace", not "Speaker"
 * in "Speaker @PyCon.org"). */
static gboolean
local_before (const char *text,
              gsize       end)
{
  gsize start = end;

  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\t')
    start--;
  for (gsize k = start; k < end; k++)
    if (!(g_ascii_islower (text[k]) || g_ascii_isdigit (text[k]) || strchr ("._-+", text[k])))
      return FALSE;
  return TRUE;
}

/* @text with an e-mail address that a PDF's text layer split at its
 * "@" joined ("ada@ example.org", "ada @example.org": the gap there
 * narrower than a space on the page, but read as one): a word before the
 * "@" (in lower case when a space follows it), a domain after it; and
 * one set letter-spaced (_vitae_import_join_spaced_email()). */
char *
_vitae_import_join_split_at (const char *text)
{
  g_autofree char *spaced = _vitae_import_join_spaced_email (text);
  GString *joined = g_string_new (spaced != NULL ? spaced : text);

  for (char *at = strchr (joined->str, '@'); at != NULL; at = strchr (at + 1, '@'))
    {
      gsize pos = at - joined->str;
      gsize spaces = strspn (at + 1, " ");
      gsize before = 0;
      gsize host = strcspn (at + 1 + spaces, " \t,;|");
      g_autofree char *domain = g_strndup (at + 1 + spaces, host);

      while (before < pos && at[-1 - (gssize) before] == ' ')
        before++;
      if (pos == before || !g_ascii_isalnum (at[-1 - (gssize) before]) || !is_domain (domain) ||
          (spaces > 0) == (before > 0) || (before > 0 && !local_before (joined->str, pos - before)))
        continue;
      /* (Spaces on one side only: "ada @ example.org" is no address.) */
      g_string_erase (joined, spaces > 0 ? pos + 1 : pos - before, spaces > 0 ? spaces : before);
      at = joined->str + (spaces > 0 ? pos : pos - before);
    }
  return g_string_free (joined, FALSE);
}

/* Writes an address written to keep robots off as one, and every
 * separator of contact details as a tab. */
static void
normalize_contact (GString *text)
{
  g_autofree char *plain = _vitae_import_plain_spaces (text->str);
  g_autofree char *joined = _vitae_import_join_split_at (plain);

  g_string_assign (text, joined);
  join_country_code (text);
  _vitae_import_split_glued_phone (text);
  _vitae_import_split_bars (text);
  _vitae_import_join_dotted_phone (text);
  /* "ada[@]example.org", "ada (at) example [dot] org" */
  /* A word processor's hyphens ("insa‐lyon.fr", "06‑12‑…") */
  g_string_replace (text, "\u2010", "-", 0);
  g_string_replace (text, "\u2011", "-", 0);
  g_string_replace (text, "[@]", "@", 0);
  g_string_replace (text, "(@)", "@", 0);
  g_string_replace (text, " [at] ", "@", 0);
  g_string_replace (text, " (at) ", "@", 0);
  g_string_replace (text, "(at)", "@", 0);
  g_string_replace (text, "[at]", "@", 0);
  g_string_replace (text, " [dot] ", ".", 0);
  g_string_replace (text, "[dot]", ".", 0);

  /* A separator may end or start a wrapped line. */
  g_string_replace (text, " ·", "\t", 0);
  g_string_replace (text, "· ", "\t", 0);
  g_string_replace (text, " · ", "\t", 0);
  g_string_replace (text, " | ", "\t", 0);
  g_string_replace (text, "|", "\t", 0);
  g_string_replace (text, " • ", "\t", 0);
  g_string_replace (text, " ♦ ", "\t", 0);
  _vitae_import_join_spelled_address (text);
  _vitae_import_split_detail_words (text);
}

/* Whether @part, a part of the contact details that is none of them,
 * can be the person's place: not their name with their birth date
 * ("Ana Ruiz, 6 de mayo de 1998"), nor any line with a year, nor a link's
 * label ("Google Scholar"), nor a program's line ("class Info {"). */
static gboolean
is_place (VitaeNode  *basics,
          const char *part)
{
  static const char * const links[] = {
    "google scholar", "scholar", "researchgate", "orcid", "personal website", "website", "homepage", "portfolio",
    "linkedin", "github", "gitlab", "xing", NULL
  };
  const char *name = vitae_node_get_text (basics, "name");
  g_autofree char *folded = g_utf8_casefold (part, -1);

  if ((name[0] != '\0' && strstr (part, name) != NULL) || g_strv_contains (links, folded) || strpbrk (part, "{};="))
    return FALSE;
  /* (A house's number is no year: "1939 S. Oak Dr., Salem, MA 01970".) */
  for (const char *p = part; *p && !_vitae_import_is_numbered_street (part) && !_vitae_import_ends_with_state_zip (part); p++)
    if ((p == part || !g_ascii_isdigit (p[-1])) && (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) &&
        g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))
      return FALSE;
  return TRUE;
}

/* Whether a phone number read now is the person's: when the document
 * has none, or only one read among other words. */
static gboolean
wants_phone (Builder *builder)
{
  return !vitae_node_has (VITAE_NODE (builder->document), "phone") || builder->phone_among_words;
}

/* Reads the addresses among the words of @part ("reach me at a@b.org",
 * "a@b.org / c@d.edu"): the first is the person's, one printed without
 * its domain's dot when it is a detail alone among others (@among); the
 * others are kept; a phone number before or after them too. Returns
 * whether there was one. */
static gboolean
read_words_with_address (Builder    *builder,
                         const char *part,
                         gboolean    among)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_auto(GStrv) words = g_strsplit (part, " ", -1);
  gboolean found = FALSE;

  for (guint k = 0; words[k]; k++)
    if (_vitae_import_looks_like_email (words[k]) ||
        (among && words[1] == NULL && _vitae_import_is_dotless_address (words[k])))
      {
        if (!vitae_node_has (basics, "email"))
          _vitae_import_set_email (basics, words[k]);
        else
          _vitae_import_keep_other_email (builder->document, words[k]);
        found = TRUE;
      }
  if (found && !vitae_node_has (basics, "phone"))
    {
      g_autofree char *phone = _vitae_import_dup_phone (part);

      if (phone != NULL)
        vitae_node_set_text (basics, "phone", phone);
    }
  /* (… and the place and site around them: vitae-import-contact-around.c.) */
  if (found)
    _vitae_import_read_around_address (builder, part);
  return found;
}

void
_vitae_import_read_contact (Builder    *builder,
                            const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_autoptr(GString) normalized = g_string_new (text);
  g_auto(GStrv) parts = NULL;
  g_autofree char *whole = NULL;
  gboolean others;

  normalize_contact (normalized);
  parts = g_strsplit (normalized->str, "\t", -1);
  /* Addresses after the first are the person's too when read with it
   * (in the details that give it, or alone: a line of details under
   * it), not in another's details. */
  whole = g_strstrip (g_strdup (normalized->str));
  others = !vitae_node_has (basics, "email") || strstr (whole, vitae_node_get_text (basics, "email")) != NULL ||
           _vitae_import_looks_like_email (skip_label (whole));

  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *colon;
      g_auto(GStrv) bare = NULL;

      /* An icon set as an emoji ("✉️", "📍") is no part of its own. */
      if (!has_alnum (part))
        continue;

      /* A number after the label of one that is no phone's, in a cell
       * of its own ("C.I. <tab> 0912…", "DNI <tab> …"), is no detail. */
      if (i > 0 && !g_ascii_isalpha (*part) && !_vitae_import_has_digit (parts[i - 1]) &&
          _vitae_import_is_other_number_label (parts[i - 1]))
        continue;
      part = skip_label (part);
      /* … nor is an icon font's glyph read as a letter ("Ó"), before a
       * web address or alone. */
      if (*part == '\0' || g_utf8_strlen (part, -1) == 1)
        continue;
      bare = detail_words (part);
      if (g_strv_length (bare) == 1 && (_vitae_import_looks_like_url (bare[0]) || is_domain (bare[0])))
        part = bare[0];

      /* An address among other words: "reach me at a@b.org". */
      if (!_vitae_import_looks_like_email (part) && strchr (part, '@') != NULL &&
          (!vitae_node_has (basics, "email") || others) && read_words_with_address (builder, part, parts[1] != NULL))
        continue;

      /* A phone number after a label or an icon: "phone 202.683.7838",
       * "H +7 (915) 996 36 63", "Æ+41 79 481 60 22". One found among
       * other words ("ap 302 90650-003", an address) gives way to one
       * labelled or alone in its cell. */
      if (!_vitae_import_looks_like_phone (part) && wants_phone (builder) && strchr (part, '@') == NULL)
        {
          g_autofree char *phone = _vitae_import_dup_phone (part);
          g_autofree char *labelled = _vitae_import_dup_labelled_phone (part);

          /* (The labelled number is the first of two whole: "Tel. 0171 … / 030 …".) */
          if (phone != NULL && (labelled != NULL || !vitae_node_has (basics, "phone")))
            {
              const char *number = labelled != NULL ? labelled : phone;

              vitae_node_set_text (basics, "phone", number);
              builder->phone_among_words = labelled == NULL && !g_str_has_prefix (part, phone);
              _vitae_import_keep_second_of_two (builder->document, part, number);
              continue;
            }
        }
      /* A second number after its own label ("Mobile: …" under "Home:
       * …") is kept, as one alone in its part is. */
      else if (!_vitae_import_looks_like_phone (part) && strchr (part, '@') == NULL &&
               _vitae_import_keep_labelled_phone (builder->document, part))
        continue;

      if (_vitae_import_looks_like_email (part) && !vitae_node_has (basics, "email"))
        _vitae_import_set_email (basics, part);
      else if (_vitae_import_looks_like_email (part) && others)
        _vitae_import_keep_other_email (builder->document, part);
      else if (_vitae_import_looks_like_phone (part) && wants_phone (builder))
        vitae_node_set_text (basics, "phone", part), builder->phone_among_words = FALSE;
      else if (_vitae_import_looks_like_phone (part))
        _vitae_import_keep_other_phone (builder->document, part);
      else if ((_vitae_import_looks_like_url (part) || is_domain (part)) && !vitae_node_has (basics, "url"))
        vitae_node_set_text (basics, "url", part);
      else if (_vitae_import_looks_like_url (part))
        {
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          const char *network = _vitae_import_network_of_url (part);

          if (network != NULL)
            vitae_node_set_text (VITAE_NODE (profile), "network", network);
          vitae_node_set_text (VITAE_NODE (profile), "url", part);
          vitae_document_append_profile (builder->document, profile);
        }
      /* (The name's own field, read already, is no profile: "Nome: Ana Lima".) */
      else if ((colon = strstr (part, ": ")) != NULL && strchr (part, ',') == NULL &&
               !_vitae_import_is_name_field (basics, part))
        {
          /* "GitHub: jdoe", a profile without an address */
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          g_autofree char *network = g_strndup (part, colon - part);

          vitae_node_set_text (VITAE_NODE (profile), "network", network);
          vitae_node_set_text (VITAE_NODE (profile), "username", colon + 2);
          vitae_document_append_profile (builder->document, profile);
        }
      /* (Or its postal code and town under a street read alone.) */
      else if (!vitae_node_has (basics, "city") &&
               (!vitae_node_has (basics, "address") || _vitae_import_starts_with_postal_code (part) ||
                _vitae_import_ends_with_state_zip (part)) &&
               _vitae_import_part_kind (part) == PART_OTHER && is_place (basics, part))
        set_place (basics, part);
      /* (Else the part is left out, for the import's note to count.) */
    }
}

/* @text without the icon's glyph in a cell of its own at its end, one
 * character that some PDFs give as a letter ("+31 6 … <tab> Ó": a
 * header set flush right, its icons at the page's edge), or NULL when
 * it has none. */
static char *
dup_before_icon (const char *text)
{
  const char *tab = strchr (text, '\t');

  if (tab == NULL || strchr (tab + 1, '\t') != NULL || g_utf8_strlen (tab + 1, -1) != 1 || g_ascii_isdigit (tab[1]))
    return NULL;
  return g_strndup (text, tab - text);
}

/* Whether @text is an e-mail address, or a phone number after a label
 * ("Tel: …", "手机：…") or alone (an icon after it maybe), that the
 * document does not have yet. */
gboolean
_vitae_import_is_contact_detail (Builder    *builder,
                                 const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  const char *colon = strstr (text, ":");
  const char *wide = strstr (text, "：");
  g_autofree char *joined = _vitae_import_join_split_at (text);
  g_auto(GStrv) words = g_strsplit (joined, " ", -1);
  g_autofree char *before_icon = dup_before_icon (text);
  const char *alone = before_icon != NULL ? before_icon : text;

  if (builder->kind == VITAE_SECTION_REFERENCES)
    return FALSE;
  if (!vitae_node_has (basics, "email") && g_strv_length (words) <= 3)
    for (guint k = 0; words[k]; k++)
      if (_vitae_import_looks_like_email (words[k]))
        return TRUE;

  /* A phone number alone on its line, of at least nine digits (not
   * "2019 – 2021"), or of eight set in groups, as some countries write
   * a number without its prefix ("8123 4567", "41 22 33 44"). */
  if (wants_phone (builder) && _vitae_import_looks_like_phone (alone))
    {
      g_autofree char *s = NULL, *e = NULL;
      guint digits = 0;

      for (const char *p = alone; *p; p++)
        digits += g_ascii_isdigit (*p) != 0;
      if ((digits >= 9 || (digits == 8 && _vitae_import_is_grouped_number (alone))) && !_vitae_import_parse_dates (alone, &s, &e))
        return TRUE;
    }

  /* After an icon or a label of its own: "☎ +90 532 …", "Telefon:<tab>0171 …". */
  if (wants_phone (builder))
    {
      g_autofree char *phone = _vitae_import_dup_labelled_phone (text);

      if (phone != NULL)
        return TRUE;
    }

  if (wide != NULL && (colon == NULL || wide < colon))
    colon = wide + strlen ("：") - 1;
  if (wants_phone (builder) && colon != NULL && colon - text <= 16 && !_vitae_import_has_digit_before (text, colon))
    {
      const char *rest = colon + 1;

      while (*rest == ' ')
        rest++;
      return _vitae_import_looks_like_phone (rest);
    }
  return FALSE;
}

/* A phone number in a cell of its own at the end of a line of the
 * sections, set level with an entry's heading by a sidebar beside it
 * ("Engineer <tab> 2022 – today <tab> +41 …"), when the document has
 * none: read, and @rest is the line without it. */
static gboolean
take_last_phone (Builder    *builder,
                 const char *text,
                 char      **rest)
{
  const char *tab = strrchr (text, '\t');
  g_autofree char *head = NULL;
  g_autofree char *last = NULL;
  guint n_letters = 0;

  if (tab == NULL || vitae_node_has (VITAE_NODE (builder->document), "phone"))
    return FALSE;
  last = g_strstrip (g_strdup (tab + 1));
  head = g_strstrip (g_strndup (text, tab - text));
  for (const char *p = head; *p; p = g_utf8_next_char (p))
    n_letters += g_unichar_isalpha (g_utf8_get_char (p));
  /* (Not after the label of another number: "C.I. <tab> 0912…".) */
  if (_vitae_import_part_kind (last) != PART_PHONE || n_letters < 2 || _vitae_import_has_phone (head) ||
      _vitae_import_is_other_number_label (head))
    return FALSE;
  _vitae_import_read_contact (builder, last);
  if (!vitae_node_has (VITAE_NODE (builder->document), "phone"))
    return FALSE;
  *rest = g_steal_pointer (&head);
  return TRUE;
}

/* An e-mail address in a cell of its own beside other text, as a
 * two-column page sets it ("Graduate Electronics <tab> ada@…"), or a
 * phone number after its label or icon so ("Skills <tab> ☎ +49 …"), or
 * in the cell after its label's ("Mobil: <tab> 0171 … <tab> E-Mail:"), in
 * international form ("+48 … <tab> Overview"), or alone in the first cell
 * ("+34 600 … <tab> Experience": a left column level with a heading of
 * the next), when the document has none: read, and @rest is the line
 * without it. */
static gboolean
take_detail_cells (Builder    *builder,
                   const char *text,
                   char      **rest)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_auto(GStrv) cells = NULL;
  g_autoptr(GString) others = NULL;
  gboolean taken = FALSE;

  if ((vitae_node_has (basics, "email") && vitae_node_has (basics, "phone")) || strchr (text, '\t') == NULL)
    return FALSE;
  cells = g_strsplit (text, "\t", -1);
  others = g_string_new (NULL);
  for (guint i = 0; cells[i]; i++)
    {
      const char *cell = g_strstrip (cells[i]);
      PartKind kind = _vitae_import_part_kind (cell);
      const char *key = kind == PART_EMAIL ? "email" : "phone";

      /* (A number alone, as a phone's is written, in the first cell:
       * a left column's, level with another column's heading.) */
      if ((kind == PART_EMAIL ||
           (kind == PART_PHONE && (!_vitae_import_looks_like_phone (cell) ||
                                   _vitae_import_is_international_phone (cell) ||
                                   (i > 0 && _vitae_import_is_phone_label (cells[i - 1])) ||
                                   (i == 0 && _vitae_import_is_contact_detail (builder, cell))))) &&
          !vitae_node_has (basics, key))
        {
          _vitae_import_read_contact (builder, cell);
          if (vitae_node_has (basics, key))
            {
              /* (Its label goes with it.) */
              if (kind == PART_PHONE && i > 0 && _vitae_import_is_phone_label (cells[i - 1]) &&
                  g_str_has_suffix (others->str, cells[i - 1]))
                g_string_truncate (others, MAX ((gssize) others->len - (gssize) strlen (cells[i - 1]) - 1, 0));
              taken = TRUE;
              continue;
            }
        }
      if (kind != PART_GLYPH)
        g_string_append_printf (others, "%s%s", others->len > 0 ? "\t" : "", cell);
    }
  /* What is left is more than the address's label ("E-Mail:"). */
  if (taken && others->len > 0 && !(g_str_has_suffix (others->str, ":") && _vitae_import_count_words (others->str) <= 2))
    *rest = g_string_free (g_steal_pointer (&others), FALSE);
  return taken;
}

/* In the sections, a line of a PDF that holds the person's contact
 * details: a footer repeated on every page ("Æ +43 … • Q ada@… • t
 * ada_l"), read the first time and dropped after; or a detail in a
 * cell of its own beside other text (take_detail_cells()), taken out of
 * it. A referee's details are no one's but the referee's, in a section
 * of referees or side by side with others'. */
gboolean
_vitae_import_take_contact_cells (Builder    *builder,
                                  const char *text,
                                  char      **rest)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_auto(GStrv) parts = _vitae_import_split_parts (text, "\t|");
  guint n_details = 0, n_links = 0, n_other = 0, n_new = 0;
  g_auto(GStrv) cells = NULL;

  *rest = NULL;
  if (builder->kind == VITAE_SECTION_REFERENCES)
    return FALSE;

  /* Under "Personal information", a line with an address or a number
   * the document lacks is read as the header's are ("Ó <tab> +39 347 …
   * (Italian mobile number), +41 …"). */
  if (builder->section != NULL && _vitae_import_is_personal_heading (vitae_section_get_title (builder->section)))
    {
      g_autofree char *phone = _vitae_import_dup_phone (text);
      gboolean new_email = !vitae_node_has (basics, "email") && strchr (text, '@') != NULL &&
                           _vitae_import_is_contact_line (text);

      if (new_email || (phone != NULL && !vitae_node_has (basics, "phone")))
        {
          _vitae_import_read_contact (builder, text);
          return TRUE;
        }
    }
  /* (… and its other fields set as a list's items, vitae-import-personal.c.) */
  if (_vitae_import_take_personal_item (builder, text, rest))
    return TRUE;
  /* (Several people's details side by side are theirs, and so is a
   * number after another's name.) */
  if (_vitae_import_is_several_details (text) || _vitae_import_names_another (builder, text))
    return FALSE;

  for (guint i = 0; parts[i]; i++)
    {
      PartKind kind = _vitae_import_part_kind (g_strstrip (parts[i]));

      n_details += kind == PART_EMAIL || kind == PART_PHONE;
      n_links += kind == PART_LINK;
      n_other += kind == PART_OTHER;
      n_new += (kind == PART_EMAIL && !vitae_node_has (basics, "email")) ||
               (kind == PART_PHONE && !vitae_node_has (basics, "phone"));
    }
  if (n_other == 0 && n_details >= 1 && n_details + n_links >= 2)
    {
      g_autofree char *email = g_strdup (vitae_node_get_text (basics, "email"));
      g_autofree char *phone = g_strdup (vitae_node_get_text (basics, "phone"));

      /* The person's, or a repeat of them: the line is read. */
      if (n_new > 0)
        _vitae_import_read_contact (builder, text);
      return n_new > 0 || (email && strstr (text, email)) || (phone && strstr (text, phone));
    }

  /* A phone number beside dates alone (a birth date, "13192600444 <tab>
   * 1996/10"), when the document has none. */
  if (n_other > 0 && !vitae_node_has (basics, "phone") && strchr (text, '\t') != NULL)
    {
      guint n_phones = 0, n_dates = 0, n_cells;

      cells = g_strsplit (text, "\t", -1);
      n_cells = g_strv_length (cells);
      for (guint i = 0; cells[i]; i++)
        {
          g_autofree char *s = NULL, *e = NULL;
          PartKind kind = _vitae_import_part_kind (g_strstrip (cells[i]));

          n_phones += kind == PART_PHONE;
          n_dates += kind == PART_GLYPH || (kind == PART_OTHER && _vitae_import_parse_dates (cells[i], &s, &e));
        }
      if (n_phones == 1 && n_phones + n_dates == n_cells)
        {
          for (guint i = 0; cells[i]; i++)
            if (_vitae_import_part_kind (cells[i]) == PART_PHONE)
              _vitae_import_read_contact (builder, cells[i]);
          return TRUE;
        }
      g_clear_pointer (&cells, g_strfreev);
    }
  if (take_last_phone (builder, text, rest))
    return TRUE;

  return take_detail_cells (builder, text, rest);
}

/* The labels of a person's address, casefolded. */
static const char * const places[] = {
  "address", "home address", "location", "adresse", "anschrift", "wohnort", "dirección", "domicilio", "endereço",
  "morada", "indirizzo", "adres", "woonplaats", "адрес", NULL
};

/* Reads a labelled field of the person's address ("Anschrift:<tab>
 * Lindenweg 4, 38855 Wernigerode", "Adresse : …") in the header or
 * under a heading of personal data, when the document has no place yet.
 * Returns whether @text was read. */
gboolean
_vitae_import_read_address_field (Builder    *builder,
                                  const char *text,
                                  gboolean    in_header)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  const char *colon = strchr (text, ':'), *start, *next;
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;

  if (vitae_node_has (basics, "city") || vitae_node_has (basics, "address") ||
      (!in_header && (builder->section == NULL ||
                      !_vitae_import_is_personal_heading (vitae_section_get_title (builder->section)))))
    return FALSE;
  if (colon == NULL || (strchr (text, '\t') != NULL && strchr (text, '\t') < colon))
    colon = strchr (text, '\t');
  if (colon == NULL || colon - text > 24)
    return FALSE;
  label = g_utf8_casefold (text, colon - text);
  g_strstrip (label);
  /* (Another field set after it on its row is read as the contact
   * details are: "Address: <tab> … <tab> Mobile: <tab> +49 …".) */
  start = colon + 1 + strspn (colon + 1, " \t");
  next = _vitae_import_find_next_label (start);
  value = next != NULL ? g_strndup (start, next - start) : g_strdup (start);
  g_strdelimit (value, "\t", ' ');
  g_strstrip (value);
  if (!g_strv_contains (places, label) || value[0] == '\0' || strchr (value, '@') != NULL)
    return FALSE;
  set_place (basics, value);
  if (next != NULL)
    _vitae_import_read_contact (builder, next + 1);
  return TRUE;
}

/* Whether @text is a contact detail's label alone on its line, over the
 * detail (@next, the line under it: "PHONE" over the number in a
 * sidebar): no heading, nothing to keep. An address's label goes over
 * any line; a skills list's "Mobile" is no label, and a link's label
 * ("LinkedIn :") may title an entry of links. */
gboolean
_vitae_import_is_contact_label (Builder    *builder,
                                const char *text,
                                const char *next)
{
  static const char * const labels[] = {
    "phone", "telephone", "tel", "mobile", "cell", "email", "e-mail", "mail", "telefon", "mobil", "handy",
    "e-mail-adresse", "téléphone", "tél", "portable",
    "courriel", "teléfono", "móvil", "correo", "correo electrónico", "telefone", "celular", "telefono",
    "cellulare", "telefoon", "telemóvel", "телефон", "почта", NULL
  };
  g_autofree char *folded = NULL;
  gsize len;

  if (builder->kind == VITAE_SECTION_SKILLS || strchr (text, '\t') != NULL || g_utf8_strlen (text, -1) > 24)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == '.' || folded[len - 1] == ' '))
    folded[--len] = '\0';
  if (g_strv_contains (places, folded))
    return TRUE;
  /* (The contact details' heading too, after a summary, which it ends.) */
  return (g_strv_contains (labels, folded) ||
          (builder->kind == KIND_SUMMARY && _vitae_import_is_contact_heading (folded))) &&
         next != NULL && (_vitae_import_is_contact_line (next) || _vitae_import_has_phone (next));
}
