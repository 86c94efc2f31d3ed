/* vitae-import-emails.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The characters of an e-mail address as a PDF's text layer gives them
 * (_vitae_import_set_email() in vitae-import-text.c): letters a font or
 * a language writes otherwise than the address has them, and where the
 * address's own name starts before its "@", in any script; an address
 * printed without the dot of its domain, or spelled out in words ("ada
 * at example dot org"); a second address of the person's. And the part
 * of an address the person's name is looked for in (vitae-import-names.c):
 * its local part, or the name of the person's own domain after a generic
 * mailbox. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-after-pass.h"
#include "vitae-import-private.h"

/* Writes in @address the letters the address has where the text layer
 * gives others. Turkish capitals write its "i" as a dotted "İ"
 * ("ALI@GMAİL.COM"), and Turkish small letters its "I" as a dotless
 * "ı": both are the ASCII letter the address has (lowered as other
 * languages lower them, "İ" would become "i" and a combining dot, no
 * address). A font that joins letters gives their ligature as one
 * character ("ﬁ" in "ana.ﬁscher@…"), which no address has. */
void
_vitae_import_plain_address (GString *address)
{
  static const char * const letters[][2] = {
    { "İ", "I" }, { "ı", "i" }, { "ﬀ", "ff" }, { "ﬁ", "fi" }, { "ﬂ", "fl" }, { "ﬃ", "ffi" }, { "ﬄ", "ffl" },
    { "ﬅ", "st" }, { "ﬆ", "st" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (letters); k++)
    g_string_replace (address, letters[k][0], letters[k][1], 0);
}

/* Whether @c can be in an address's own name: an ASCII letter or digit
 * or one of "._%+-", or a letter of any script ("0501234567м@…",
 * "иван@…"; an address may be written in any). */
static gboolean
is_local_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || (c != '\0' && strchr ("._%+-", c) != NULL);
  return g_unichar_isalpha (c);
}

/* Where the own name of the address whose "@" is @at starts in @text:
 * after what no address is made of, a label glued before it
 * ("邮箱：a@b.cn", "mailto:"). Letters of a script other than Latin right
 * before an ASCII letter are a label that lost its separator
 * ("почтаivan@…"), not the address's. */
const char *
_vitae_import_find_local_part (const char *text,
                               const char *at)
{
  const char *start = at;
  const char *p;

  while (start > text)
    {
      const char *prev = g_utf8_find_prev_char (text, start);

      if (prev == NULL || !is_local_char (g_utf8_get_char (prev)))
        break;
      start = prev;
    }
  for (p = start; p < at && (guchar) *p >= 0x80; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_LATIN)
      return start;
  return p > start && p < at && g_ascii_isalpha (*p) ? p : start;
}

/* Whether @word is an e-mail address that lost the dot before its
 * top-level domain as printed ("ada@examplecom"): a plain local part, an
 * "@", and a domain of small letters, digits and hyphens without a dot
 * that ends in "com", "net" or "org" glued to it. A handle after an "@"
 * ("ada@github") is none. */
gboolean
_vitae_import_is_dotless_address (const char *word)
{
  static const char * const ends[] = { "com", "net", "org", NULL };
  const char *at = strchr (word, '@');
  gsize len;

  if (at == NULL || at == word || !g_ascii_isalnum (word[0]) || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = word; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr ("._%+-", *p) == NULL)
      return FALSE;
  len = strlen (at + 1);
  if (len < 5 || !g_ascii_islower (at[1]) || at[1 + strspn (at + 1, "abcdefghijklmnopqrstuvwxyz0123456789-")] != '\0')
    return FALSE;
  for (guint k = 0; ends[k]; k++)
    if (g_str_has_suffix (at + 1, ends[k]))
      return TRUE;
  return FALSE;
}

/* The name of the domain after the "@" of an address, in lower case,
 * without its top level ("ana-lima" of "contact@ana-lima.fr"), when it
 * is two words or more joined by hyphens (a person's own domain, not a
 * business's "lindqvistgardens"); else NULL, and for a mail
 * provider's. */
static char *
dup_domain_name (const char *at)
{
  static const char * const providers[] = {
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me", "aol", "gmx", "web",
    "mail", "proton", "protonmail", "yandex", "orange", "free", "wanadoo", "laposte", "t-online", "libero", "uol",
    "bol", "terra", "example", NULL
  };
  const char *end = at + 1, *start;
  g_autofree char *name = NULL;

  while (g_ascii_isalnum (*end) || *end == '-' || *end == '.')
    end++;
  while (end > at + 1 && end[-1] == '.')
    end--;
  end = g_strrstr_len (at + 1, end - at - 1, ".");
  if (end == NULL)
    return NULL;
  start = end;
  while (start > at + 1 && start[-1] != '.')
    start--;
  name = g_ascii_strdown (start, end - start);
  return strlen (name) < 3 || strchr (name, '-') == NULL || g_strv_contains (providers, name) ? NULL
                                                                                            : g_steal_pointer (&name);
}

/* The local part of the e-mail address @word, in lower case
 * ("ada.lovelace"), or NULL for none or a mailbox not of a person's own
 * ("info@", "contact@"); such a mailbox at a domain of the person's own
 * gives its domain's name ("contact@ana-lima.fr": "ana-lima"). */
char *
_vitae_import_dup_local (const char *word)
{
  static const char * const generic[] = {
    "info", "contact", "hello", "mail", "email", "office", "jobs", "career", "careers", "cv", "resume",
    "inquiries", "enquiries", "contacto", "contato", "kontakt", "hallo", "hola", "bonjour", "ciao", "hey", NULL
  };
  const char *at = strchr (word, '@');
  const char *start = at;
  g_autofree char *local = NULL;

  if (at == NULL)
    return NULL;
  while (start > word && (g_ascii_isalnum (start[-1]) || strchr ("._-+", start[-1])))
    start--;
  local = g_ascii_strdown (start, at - start);
  if (g_strv_contains (generic, local))
    return dup_domain_name (at);
  return strlen (local) < 3 ? NULL : g_steal_pointer (&local);
}

/* The local part of the first e-mail address on the first page of
 * @lines (_vitae_import_dup_local()), or NULL. */
char *
_vitae_import_email_local (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *joined = NULL;
      g_auto(GStrv) words = NULL;

      if (line->page != ((VitaeTextLine *) g_ptr_array_index (lines, 0))->page)
        break;
      if (strchr (line->text, '@') == NULL)
        continue;
      joined = _vitae_import_join_split_at (line->text);
      words = g_strsplit_set (joined, " \t", -1);
      for (guint k = 0; words[k]; k++)
        if (_vitae_import_looks_like_email (words[k]))
          return _vitae_import_dup_local (words[k]);
    }
  return NULL;
}

/* The e-mail address in @text around its first "@", without a label
 * glued to its end by a PDF that lost the space ("ben@example.comphone");
 * its letters as the address has them (_vitae_import_plain_address()).
 * NULL when there is no address around the "@". */
char *
_vitae_import_dup_email (const char *text)
{
  static const char * const labels[] = { "phone", "tel", "mobile", "cell", "web", "www", "linkedin", "github", NULL };
  g_autoptr(GString) plain = g_string_new (text);
  g_autofree char *email = NULL;
  const char *address, *at, *start, *end;
  gsize len;

  _vitae_import_plain_address (plain);
  address = plain->str;
  at = strchr (address, '@');
  if (at == NULL)
    return NULL;
  end = at + 1;

  /* Only what an address is made of, around its "@": no label glued
   * before it (_vitae_import_find_local_part()), no full stop or comma
   * after. */
  start = _vitae_import_find_local_part (address, at);
  while (*end && (g_ascii_isalnum (*end) || *end == '.' || *end == '-'))
    end++;
  while (end > at + 1 && (end[-1] == '.' || end[-1] == '-'))
    end--;
  if (start == at || end == at + 1)
    return NULL;
  email = g_strndup (start, end - start);
  if (g_str_has_prefix (email, "mailto"))
    memmove (email, email + 6, strlen (email + 6) + 1);
  len = strlen (email);

  for (guint i = 0; labels[i]; i++)
    {
      gsize n = strlen (labels[i]);
      const char *dot = strrchr (email, '.');

      if (len > n && g_str_has_suffix (email, labels[i]) && dot != NULL &&
          (gsize) (email + len - n - dot - 1) >= 2)
        {
          email[len - n] = '\0';
          break;
        }
    }
  return g_steal_pointer (&email);
}

/* Keeps the address in @text as a profile when the document has another
 * e-mail address already ("ana@example.org / a.ruiz@uni.example.edu",
 * a private one and a work one): the document has room for one, and
 * the second is the person's too. An address read already is not kept
 * twice. */
void
_vitae_import_keep_other_email (VitaeDocument *document,
                                const char    *text)
{
  GListModel *profiles = vitae_document_get_profiles (document);
  g_autofree char *email = _vitae_import_dup_email (text);
  g_autoptr(VitaeEntry) profile = NULL;

  if (email == NULL || g_ascii_strcasecmp (email, vitae_node_get_text (VITAE_NODE (document), "email")) == 0)
    return;
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeEntry) other = g_list_model_get_item (profiles, k);
      const char *kept = vitae_node_get_text (VITAE_NODE (other), "username");

      if (g_ascii_strcasecmp (email, kept) == 0 || strstr (vitae_node_get_text (VITAE_NODE (other), "url"), email))
        return;
    }
  profile = vitae_entry_new ();
  vitae_node_set_text (VITAE_NODE (profile), "network", _("E-mail"));
  vitae_node_set_text (VITAE_NODE (profile), "username", email);
  vitae_document_append_profile (document, profile);
}

/* Whether @word can be a part of an address written out in words: its
 * own name's characters (@local) or a domain's label's, in lower case
 * (a word with a capital is a sentence's: "Research at Lund"). */
static gboolean
is_spelled_label (const char *word,
                  gboolean    local)
{
  if (word[0] == '\0')
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' || (local && strchr ("._+", *p))))
      return FALSE;
  return TRUE;
}

/* Writes as one an address spelled out to keep robots off, when it is
 * all of a part of @text (apart by tabs): "ada at example dot org", "ada
 * AT example DOT org". */
void
_vitae_import_join_spelled_address (GString *text)
{
  g_auto(GStrv) parts = g_strsplit (text->str, "\t", -1);
  gboolean any = FALSE;

  for (guint i = 0; parts[i]; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (parts[i]), " ", -1);
      guint n = g_strv_length (words);
      g_autoptr(GString) address = NULL;
      gboolean ok = n >= 5 && n % 2 == 1 && is_spelled_label (words[0], TRUE);

      for (guint k = 1; ok && k < n; k += 2)
        ok = g_ascii_strcasecmp (words[k], k == 1 ? "at" : "dot") == 0 && is_spelled_label (words[k + 1], FALSE);
      /* (The top-level domain: two to six letters.) */
      if (!ok || strlen (words[n - 1]) < 2 || strlen (words[n - 1]) > 6 ||
          words[n - 1][strspn (words[n - 1], "abcdefghijklmnopqrstuvwxyz")] != '\0')
        continue;
      address = g_string_new (words[0]);
      for (guint k = 1; k < n; k += 2)
        g_string_append_printf (address, "%s%s", k == 1 ? "@" : ".", words[k + 1]);
      g_free (parts[i]);
      parts[i] = g_string_free (g_steal_pointer (&address), FALSE);
      any = TRUE;
    }
  if (any)
    {
      g_autofree char *joined = g_strjoinv ("\t", parts);

      g_string_assign (text, joined);
    }
}

/* The person's own address, written far from the contact details and
 * said to be theirs ("Email me: ada@example.org" at the end of the
 * last page, "Feel free to e-mail me at …"): the address, when the
 * document has none yet. */
void
_vitae_import_take_own_email (VitaeDocument *document,
                              GPtrArray     *lines)
{
  static const char * const phrases[] = {
    "email me", "e-mail me", "mail me", "write to me", "contact me", "reach me", "écrivez-moi", "contactez-moi",
    "schreiben sie mir", "schreib mir", "escríbeme", "contáctame", NULL
  };

  if (vitae_node_has (VITAE_NODE (document), "email"))
    return;
  for (guint i = 0; i < lines->len; i++)
    {
      const VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *folded = g_ascii_strdown (line->text, -1);

      for (guint k = 0; phrases[k] != NULL; k++)
        {
          const char *phrase = strstr (folded, phrases[k]);

          if (phrase != NULL && strchr (phrase, '@') != NULL)
            {
              _vitae_import_set_email (VITAE_NODE (document), line->text + (phrase - folded));
              return;
            }
        }
    }
}
