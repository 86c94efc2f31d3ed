/* fuzz-matcher.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-catalog.h"
#include "vitae-core.h"
#include "vitae-matcher.h"

#include "fuzz-common.h"

/*
 * The keyword matcher (every keyword and alias of the shipped catalog) over
 * arbitrary bytes, scanned with an explicit length and no nul terminator:
 * every match lies inside the text, in order, and names a keyword. Valid
 * UTF-8 input is also scanned as a nul-terminated string and its matches
 * converted to character offsets.
 */

static VitaeMatcher *matcher;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  VitaeCatalog *catalog;

  fuzz_init ();
  catalog = vitae_catalog_get_default ();
  g_assert_nonnull (catalog);
  matcher = vitae_matcher_new (catalog);

  return 0;
}

static void
check_matches (GArray *matches,
               gsize   length)
{
  guint n_keywords = vitae_matcher_get_n_keywords (matcher);

  g_assert_nonnull (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      const VitaeMatch *match = &g_array_index (matches, VitaeMatch, i);

      g_assert_cmpuint (match->keyword, <, n_keywords);
      g_assert_nonnull (vitae_matcher_get_keyword (matcher, match->keyword));
      g_assert_cmpuint (match->start, <, match->end);
      g_assert_cmpuint (match->end, <=, length);
      if (i > 0)
        g_assert_cmpuint (g_array_index (matches, VitaeMatch, i - 1).start, <=, match->start);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GArray) matches = NULL;

  matches = vitae_matcher_scan (matcher, size > 0 ? text : NULL, size);
  check_matches (matches, size);

  if (g_utf8_validate_len (text, size, NULL))
    {
      g_autofree char *string = g_strndup (text, size);
      g_autoptr(GArray) again = vitae_matcher_scan (matcher, string, -1);
      glong n_chars = g_utf8_strlen (string, -1);

      check_matches (again, strlen (string));
      for (guint i = 0; i < again->len; i++)
        {
          glong start, end;

          vitae_match_get_char_range (&g_array_index (again, VitaeMatch, i), string, &start, &end);
          g_assert_cmpint (0, <=, start);
          g_assert_cmpint (start, <, end);
          g_assert_cmpint (end, <=, n_chars);
        }
    }

  return 0;
}
