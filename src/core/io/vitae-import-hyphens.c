/* vitae-import-hyphens.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A wrapped line joined to the line above it: a word broken at a hyphen
 * at the line's end is whole again, with or without its hyphen. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether @word, before a hyphen at a line's end, is the first word of
 * a compound written with its hyphen ("real-" / "time", "open-" /
 * "source"), not a piece of a word that the typesetter hyphenated. */
static gboolean
starts_compound (const char *word,
                 gsize       len)
{
  static const char * const firsts[] = {
    "real", "open", "time", "user", "meta", "self", "non", "multi", "cross", "co", "high", "low", "full",
    "well", "long", "short", "front", "back", "end", "client", "server", "state", "hands", "peer", "one",
    "two", "three", "web", "cloud", "data", "test", "event", "object", "machine", "deep", "large", "small",
    "fine", "hand", "part", "first", "top", "semi", "anti", "pre", "post", "e", "x", "t", "scikit", NULL,
  };
  g_autofree char *folded = g_utf8_strdown (word, len);

  return g_strv_contains (firsts, folded);
}

/* @text, a wrapped line, after the line above it: a word broken at a
 * hyphen (also U+2010, XeTeX's, and U+2011, which some typesetters write
 * for every hyphen) is whole again, without the hyphen when
 * the typesetter put it there ("algo-" / "rithm", "Lager-" /
 * "verwaltung": its second part in lower case, in Latin letters; in real
 * resumes five in six such breaks are so), with it when it joins
 * the words of a compound ("real-" / "time", "multi-" / "objective",
 * starts_compound(); "HTML-" / "Scraping"; after a digit, "HTTP/2-" /
 * "based", where no typesetter breaks); so is one broken at a soft
 * hyphen (U+00AD, which typesetters such as Typst write where they
 * break a word), which goes, and a web address broken after its scheme
 * ("(https://" / "example.org/)"). */
char *
_vitae_import_join_wrapped (const char *above,
                            const char *text)
{
  gsize len = strlen (above);
  const char *last = len > 0 ? g_utf8_find_prev_char (above, above + len) : NULL;
  const char *before = last != NULL ? g_utf8_find_prev_char (above, last) : NULL;
  gboolean broken = before != NULL && (*last == '-' || g_utf8_get_char (last) == 0x2010 || g_utf8_get_char (last) == 0x2011) &&
                    g_unichar_isalnum (g_utf8_get_char (before)) && g_unichar_isalpha (g_utf8_get_char (text));

  if (g_str_has_suffix (above, "\u00ad") && g_unichar_isalpha (g_utf8_get_char (text)))
    {
      g_autofree char *word = g_strndup (above, len - strlen ("\u00ad"));

      return g_strconcat (word, text, NULL);
    }
  if (broken && g_unichar_islower (g_utf8_get_char (text)) &&
      g_unichar_get_script (g_utf8_get_char (before)) == G_UNICODE_SCRIPT_LATIN)
    {
      const char *start = last;
      const char *space = strrchr (above, ' ');
      const char *token = space != NULL ? space + 1 : above;
      g_autofree char *head = g_strndup (token, last - token);

      while (start > above && g_unichar_isalpha (g_utf8_get_char (g_utf8_find_prev_char (above, start))))
        start = g_utf8_find_prev_char (above, start);

      /* (Nor in a web or e-mail address, "linkedin.com/in/ana-" / "soto",
       * a path with a dot before it: not "Backend-/Frontend-Lö-" / "sungen".) */
      if (!starts_compound (start, last - start) && strchr (head, '@') == NULL &&
          !(strchr (head, '/') != NULL && strchr (head, '.') != NULL))
        {
          g_autofree char *word = g_strndup (above, last - above);

          return g_strconcat (word, text, NULL);
        }
    }
  broken |= g_str_has_suffix (above, "://") && !g_unichar_isspace (g_utf8_get_char (text));
  return g_strconcat (above, broken ? "" : " ", text, NULL);
}
