/* fuzz-json.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-core.h"

#include "fuzz-common.h"

/*
 * The JSON Resume importer on arbitrary bytes (not nul-terminated). A file
 * is either refused with an error or imported; what imports exports to
 * JSON Resume and loads back as the same document, and saves as a .vitae
 * file that loads back and saves again byte for byte.
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
  g_autoptr(VitaeDocument) from_json = NULL;
  g_autoptr(VitaeDocument) from_xml = NULL;
  g_autofree char *json = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;
  gsize json_length = 0;
  gsize xml_length = 0;
  gsize again_length = 0;

  document = vitae_json_resume_parse ((const char *) data, size, "fuzz.json", &error);
  if (document == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  json = vitae_json_resume_serialize (document, &json_length);
  g_assert_nonnull (json);
  from_json = vitae_json_resume_parse (json, json_length, "fuzz-again.json", &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (document, from_json));

  /* The .vitae writer drops the control characters XML cannot hold, so
   * the first save may differ from the import; from then on it is stable. */
  xml = vitae_xml_serialize (document, &xml_length);
  g_assert_nonnull (xml);
  from_xml = vitae_xml_parse (xml, xml_length, "fuzz-again.vitae", &error);
  g_assert_no_error (error);
  xml_again = vitae_xml_serialize (from_xml, &again_length);
  g_assert_cmpmem (xml, xml_length, xml_again, again_length);

  return 0;
}
