/* test-import.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "tests", "data", "import", name, NULL);
}

static VitaeDocument *
parse_found (const char *name,
             GPtrArray  *notes)
{
  g_autofree char *path = data_path (name);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  VitaeDocument *document;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  document = vitae_json_resume_parse_full (data, length, name, notes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static gboolean
notes_contain (GPtrArray  *notes,
               const char *text)
{
  for (guint i = 0; i < notes->len; i++)
    if (strstr (g_ptr_array_index (notes, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static VitaeEntry *
entry_at (VitaeDocument    *document,
          VitaeSectionKind  kind,
          guint             index)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_kind (section) == kind && index < vitae_section_get_n_entries (section))
        return vitae_section_get_entry (section, index);
    }
  return NULL;
}

static guint
n_entries_of (VitaeDocument    *document,
              VitaeSectionKind  kind)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_kind (section) == kind)
        return vitae_section_get_n_entries (section);
    }
  return 0;
}

/* Older member names, comments and placeholders, read as people wrote them. */
static void
test_json_older_names (void)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = parse_found ("older-names.json", notes);
  VitaeNode *node = VITAE_NODE (document);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (node, "name"), ==, "Ines Kowalczyk");
  g_assert_cmpstr (vitae_node_get_text (node, "url"), ==, "https://ines.example.org");
  g_assert_cmpstr (vitae_node_get_text (node, "image"), ==, "https://ines.example.org/me.png");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Tidewater Freight");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "url"), ==, "https://tidewater.example.com");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Placeholder Ltd");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EDUCATION, 0)), "score"),
                   ==, "3.8");

  /* The commented-out project is not a project. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_PROJECTS, 0)), "title"),
                   ==, "Queue dashboard");

  g_assert_true (notes_contain (notes, "7 older field names read as their v1.0.0 equivalents"));
  g_assert_true (notes_contain (notes, "1 empty text where a list belongs read as an empty list"));
  g_assert_true (notes_contain (notes, "3 members JSON Resume does not define"));
}

/* JSON → .vitae → JSON gives the unknown members back where they were. */
static void
test_json_unknown_round_trip (void)
{
  g_autoptr(VitaeDocument) document = parse_found ("older-names.json", NULL);
  g_autoptr(VitaeDocument) reread = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *work0;
  gsize length;

  xml = vitae_xml_serialize (document, &length);
  reread = vitae_xml_parse (xml, length, "older-names.vitae", &error);
  g_assert_no_error (error);
  json = vitae_json_resume_serialize (reread, &length);

  json_parser_load_from_data (parser, json, length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "favouriteColour"), ==, "teal");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "basics"), "pronouns"),
                   ==, "she/her");
  work0 = json_array_get_object_element (json_object_get_array_member (root, "work"), 0);
  g_assert_cmpstr (json_object_get_string_member (work0, "name"), ==, "Tidewater Freight");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (work0, "team"), "size"), ==, 6);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (work0, "team"), "remote"));
}

/* A // inside a string is text; a comment after the last member is not. */
static void
test_json_comments (void)
{
  const char *text = "{ \"basics\": { \"url\": \"https://a.example//b\" // a note\n },\n"
                     "  // \"work\": [ { \"name\": \"Hidden\" } ],\n"
                     "  \"work\": [ { \"name\": \"Shown\" } ] /* last */ }";
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_json_resume_parse_full (text, strlen (text), "c.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "url"), ==, "https://a.example//b");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)),
                                        "organization"), ==, "Shown");
}

static void
test_json_fresh (void)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = parse_found ("fresh.json", notes);
  VitaeEntry *work, *skills;

  g_assert_true (notes_contain (notes, "FRESH"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Oskar Lindqvist");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oskar@example.net");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+46 70 123 45 67");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "Site Reliability Engineer");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (work);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Northbank Payments");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "end"), ==, "2023-06");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EDUCATION, 0)),
                                        "degree"), ==, "MSc");
  skills = entry_at (document, VITAE_SECTION_SKILLS, 0);
  g_assert_cmpstr (vitae_node_get_list (VITAE_NODE (skills), "keywords")[1], ==, "Terraform");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/import/json/older-names", test_json_older_names);
  g_test_add_func ("/import/json/unknown-round-trip", test_json_unknown_round_trip);
  g_test_add_func ("/import/json/comments", test_json_comments);
  g_test_add_func ("/import/json/fresh", test_json_fresh);

  return g_test_run ();
}
