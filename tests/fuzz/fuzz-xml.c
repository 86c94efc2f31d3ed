/* fuzz-xml.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-core.h"

#include "fuzz-common.h"

/*
 * The .vitae loader on arbitrary bytes (not nul-terminated). A file is
 * either refused with an error or loaded; what loads saves and loads back
 * as the same document, and exports as plain text.
 */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) again = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  document = vitae_xml_parse ((const char *) data, size, "fuzz.vitae", &error);
  if (document == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  xml = vitae_xml_serialize (document, &length);
  g_assert_nonnull (xml);
  again = vitae_xml_parse (xml, length, "fuzz-again.vitae", &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (document, again));

  text = vitae_text_export (document);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  return 0;
}
