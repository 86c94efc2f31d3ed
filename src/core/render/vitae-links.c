/* vitae-links.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <string.h>

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Where a contact detail or an address in the text links to: only
 * well-formed web, mail and telephone targets, encoded so that neither
 * cairo's tag attributes nor a PDF string can read them as syntax. */

static gboolean
is_token (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

/* Appends the bytes from @start to @end percent-encoded, keeping only ASCII
 * letters, digits, the marks in @keep and escapes already made ("%20").
 * No @keep holds a quote, a backslash, a parenthesis or a space, so what
 * comes out needs no escaping in a URI, in cairo's quoted tag attribute or
 * in the PDF string cairo 1.16 writes the target into without escaping it. */
static void
append_encoded (GString    *out,
                const char *start,
                const char *end,
                const char *keep)
{
  for (const char *p = start; p < end; p++)
    {
      guchar c = *p;

      if (g_ascii_isalnum (c) || (c != '\0' && strchr (keep, c) != NULL))
        g_string_append_c (out, c);
      else if (c == '%' && end - p >= 3 && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        g_string_append_c (out, '%');
      else
        g_string_append_printf (out, "%%%02X", c);
    }
}

/* A host name from @start to @end in ASCII: dot-separated labels of
 * letters, digits and inner hyphens, at least two of them; names in other
 * scripts are converted to their "xn--" form. Returns %NULL for anything
 * else (a quote, a space, "=" or ":" in the name, an empty label…). */
static char *
dup_host (const char *start,
          const char *end)
{
  g_autofree char *text = g_strndup (start, end - start);
  g_autofree char *ascii = NULL;
  guint n_labels = 0;
  const char *label;

  if (end - start < 3 || end - start > 253 || !g_utf8_validate (text, -1, NULL))
    return NULL;

  ascii = g_hostname_to_ascii (text);
  if (ascii == NULL || strlen (ascii) > 253)
    return NULL;

  label = ascii;
  for (const char *p = ascii;; p++)
    {
      if (*p == '.' || *p == '\0')
        {
          gsize length = p - label;

          if (length == 0 || length > 63 || label[0] == '-' || p[-1] == '-')
            return NULL;
          n_labels++;
          if (*p == '\0')
            break;
          label = p + 1;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-')
        return NULL;
    }

  if (n_labels < 2)
    return NULL;

  return g_ascii_strdown (ascii, -1);
}

/* An e-mail address as people write one: one "@", a local part of the
 * characters RFC 5322 allows unquoted (and letters of any script), and a
 * host name with a dot. */
static char *
email_target (const char *text)
{
  const char *at = strchr (text, '@');
  g_autofree char *host = NULL;
  GString *uri;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL ||
      at - text > 64 || strlen (text) > 254 ||
      text[0] == '.' || at[-1] == '.' || g_strstr_len (text, at - text, "..") != NULL)
    return NULL;

  for (const char *p = text; p < at; p++)
    if (!g_ascii_isalnum (*p) && (guchar) *p < 0x80 && strchr ("!#$%&'*+/=?^_`{|}~-.", *p) == NULL)
      return NULL;

  if (!(host = dup_host (at + 1, at + strlen (at))))
    return NULL;

  uri = g_string_new ("mailto:");
  append_encoded (uri, text, at, "!$*+-._~");
  g_string_append_c (uri, '@');
  g_string_append (uri, host);

  return g_string_free (uri, FALSE);
}

/* A telephone number: digits, at most one leading "+", and the spaces,
 * dashes, dots, slashes and parentheses people group them with; 3 to 15
 * digits, as E.164 allows. */
static char *
phone_target (const char *text)
{
  GString *number = g_string_new ("tel:");
  guint digits = 0;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (number, *p);
          digits++;
        }
      else if (*p == '+' && number->len == 4)
        g_string_append_c (number, '+');
      else if (!strchr (" -.()/", *p))
        {
          /* Letters or other marks: not a number we can dial. */
          g_string_free (number, TRUE);
          return NULL;
        }
    }

  if (digits < 3 || digits > 15)
    {
      g_string_free (number, TRUE);
      return NULL;
    }

  return g_string_free (number, FALSE);
}

/* A web address: @scheme ("http" or "https", as typed) and the rest of
 * @text after "://" (or all of it, for "github.com/jane"): a host with a
 * dot and an optional port, then a path, query and fragment, encoded. A
 * user name before the host ("https://bank.com@evil.example") is refused. */
static char *
web_target (const char *scheme,
            const char *rest)
{
  const char *end = rest + strcspn (rest, "/?#");
  const char *colon = memchr (rest, ':', end - rest);
  const char *host_end = colon ? colon : end;
  g_autofree char *host = NULL;
  g_autofree char *lower_scheme = g_ascii_strdown (scheme, -1);
  GString *uri;

  if (memchr (rest, '@', end - rest) != NULL)
    return NULL;

  if (colon != NULL)
    {
      if (end - colon < 2 || end - colon > 6)
        return NULL;
      for (const char *p = colon + 1; p < end; p++)
        if (!g_ascii_isdigit (*p))
          return NULL;
    }

  if (!(host = dup_host (rest, host_end)))
    return NULL;

  /* Schemes are case-insensitive; the lower case is the one every reader
   * and the check before a link is kept know. */
  uri = g_string_new (NULL);
  g_string_append_printf (uri, "%s://", lower_scheme);
  g_string_append (uri, host);
  g_string_append_len (uri, host_end, end - host_end);
  append_encoded (uri, end, end + strlen (end), "-._~:/?#@!$&*+,;=");

  return g_string_free (uri, FALSE);
}

/**
 * _vitae_render_link_target:
 * @kind: "email", "phone" or "url"
 * @text: the visible text
 *
 * Works out where a detail links to. Only web, mail and telephone links are
 * made, to well-formed addresses and numbers: anything else (javascript:,
 * file:, data:, an address with a quote or a space in it…) stays plain
 * text. The target is plain ASCII with no quote, backslash, parenthesis or
 * space: what is not a letter, a digit or a URI mark is percent-encoded.
 *
 * Returns: (transfer full) (nullable): the target URI, or %NULL for no link
 */
char *
_vitae_render_link_target (const char *kind,
                           const char *text)
{
  g_autofree char *scheme = NULL;
  char *uri;

  if (text == NULL || text[0] == '\0' || !g_utf8_validate (text, -1, NULL) || strlen (text) > 2048)
    return NULL;

  if (g_str_equal (kind, "phone"))
    return phone_target (text);

  if (!is_token (text))
    return NULL;

  if (g_str_equal (kind, "email"))
    uri = email_target (text);
  else if ((scheme = g_uri_parse_scheme (text)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (scheme, -1);

      if (!g_str_equal (lower, "http") && !g_str_equal (lower, "https"))
        return NULL;
      if (!g_str_has_prefix (text + strlen (scheme), "://"))
        return NULL;

      uri = web_target (scheme, text + strlen (scheme) + 3);
    }
  else
    /* "github.com/jane" without a scheme: a web address if it starts with
     * a host name. */
    uri = web_target ("https", text);

  return uri;
}

/* Whether @uri may go into a link: a web, mail or telephone target in
 * printable ASCII with nothing that cairo's attribute syntax or a PDF
 * string would read as syntax. Every link passes here before it is kept. */
gboolean
_vitae_render_link_target_is_safe (const char *uri)
{
  static const char * const schemes[] = { "http", "https", "mailto", "tel", NULL };
  g_autofree char *scheme = g_uri_parse_scheme (uri);
  g_autofree char *lower = scheme ? g_ascii_strdown (scheme, -1) : NULL;

  if (lower == NULL || !g_strv_contains (schemes, lower))
    return FALSE;

  for (const char *p = uri; *p; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f || strchr ("'\"\\()<>", *p) != NULL)
      return FALSE;

  return TRUE;
}

/* Appends @key='@value' to cairo tag attributes: the value quoted, with
 * each quote and backslash escaped by a backslash, as cairo's attribute
 * syntax asks. Every string attribute is written here. */
void
_vitae_render_append_tag_attribute (GString    *attributes,
                                    const char *key,
                                    const char *value)
{
  g_string_append_printf (attributes, " %s='", key);
  for (const char *p = value; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
}
