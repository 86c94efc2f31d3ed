/* test-json-resume.c
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

static const char * const samples[] = { "senior-backend", "junior-weak" };

static char *
sample_path (const char *name,
             const char *extension)
{
  g_autofree char *file = g_strconcat (name, extension, NULL);

  return g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples", file, NULL);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_json_equal (const char *expected,
                   const char *actual)
{
  g_autoptr(JsonNode) a = parse_json (expected);
  g_autoptr(JsonNode) b = parse_json (actual);

  if (!json_node_equal (a, b))
    g_error ("JSON differs.\nExpected:\n%s\nGot:\n%s", expected, actual);
}

static VitaeDocument *
load_json_string (const char  *text,
                  GError     **error)
{
  return vitae_json_resume_parse (text, strlen (text), "resume.json", error);
}

/* JSON → document → .vitae → document → JSON gives back the same JSON. */
static void
check_round_trip (const char *path)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *direct = NULL;
  g_autofree char *through_xml = NULL;
  gsize xml_len = 0;

  g_file_get_contents (path, &original, NULL, &error);
  g_assert_no_error (error);

  document = vitae_document_load (path, &error);
  g_assert_no_error (error);

  direct = vitae_json_resume_serialize (document, NULL);
  assert_json_equal (original, direct);

  xml = vitae_xml_serialize (document, &xml_len);
  reloaded = vitae_xml_parse (xml, xml_len, "round-trip.vitae", &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (document, reloaded));

  through_xml = vitae_json_resume_serialize (reloaded, NULL);
  assert_json_equal (original, through_xml);
  g_assert_true (g_str_has_suffix (through_xml, "}\n"));
}

static void
test_full (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "io", "full.json", NULL);

  check_round_trip (path);
}

/* Every member of JSON Resume lands in the field it belongs to. */
static void
test_mapping (void)
{
  static const struct {
    const char *section; /* NULL: the document */
    guint       entry;
    const char *key;
    const char *value;
  } cases[] = {
    { NULL, 0, "name", "Zoë Ōtsuka-Haddad" },
    { NULL, 0, "label", "Ingénieure logiciel principale · 首席后端工程师" },
    { NULL, 0, "image", "https://example.org/zoë/photo.jpg" },
    { NULL, 0, "postal-code", "10623" },
    { NULL, 0, "country-code", "DE" },
    { NULL, 0, "region", "Brandenburg–Berlin" },
    { NULL, 0, "meta-canonical", "https://raw.githubusercontent.com/jsonresume/resume-schema/master/resume.json" },
    { NULL, 0, "meta-last-modified", "2026-01-15T10:30:00" },
    { NULL, 0, "meta-schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json" },
    { "experience", 0, "organization", "Société Générale d’Éléctricité" },
    { "experience", 0, "role", "Ingénieure principale" },
    { "experience", 0, "start", "2021-04" },
    { "experience", 0, "end", "" },
    { "experience", 1, "end", "2021-03-31" },
    { "experience", 1, "description", "تحليلات" },
    { "volunteer", 0, "organization", "Code für Kinder e.V." },
    { "volunteer", 0, "role", "Mentorin" },
    { "education", 0, "organization", "東京大学" },
    { "education", 0, "degree", "修士" },
    { "education", 0, "area", "情報理工学" },
    { "education", 0, "score", "4.0/4.0" },
    { "awards", 0, "awarder", "Académie des Technologies" },
    { "awards", 0, "date", "2022-11-15" },
    { "certifications", 0, "title", "Certified Kubernetes Administrator (CKA)" },
    { "certifications", 0, "issuer", "The Linux Foundation" },
    { "publications", 0, "title", "Caches cohérents à grande échelle" },
    { "publications", 0, "date", "2020-06" },
    { "skills", 1, "title", "言語" },
    { "skills", 1, "level", "上級" },
    { "languages", 1, "title", "العربية" },
    { "languages", 1, "fluency", "طلاقة" },
    { "interests", 0, "title", "Randonnée" },
    { "references", 0, "title", "Jürgen Müller" },
    { "projects", 0, "title", "Téléphérique" },
    { "projects", 0, "entity", "Projet personnel" },
    { "projects", 0, "type", "application" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "io", "full.json", NULL);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char * const expected_order[] = {
    "experience", "volunteer", "education", "awards", "certifications", "publications",
    "skills", "languages", "interests", "references", "projects", NULL
  };
  VitaeSection *section;
  VitaeEntry *entry;

  document = vitae_document_load (path, &error);
  g_assert_no_error (error);

  /* One section per array, in the order of the file. */
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, g_strv_length ((char **) expected_order));
  for (guint i = 0; expected_order[i] != NULL; i++)
    g_assert_cmpstr (vitae_section_get_id (vitae_document_get_section (document, i)), ==, expected_order[i]);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VitaeNode *node = VITAE_NODE (document);

      if (cases[i].section != NULL)
        {
          VitaeSectionKind kind;

          g_assert_true (vitae_section_kind_from_id (cases[i].section, &kind));
          node = VITAE_NODE (vitae_section_get_entry (vitae_document_find_section (document, kind), cases[i].entry));
        }
      g_test_message ("%s[%u].%s", cases[i].section ? cases[i].section : "document", cases[i].entry, cases[i].key);
      g_assert_cmpstr (vitae_node_get_text (node, cases[i].key), ==, cases[i].value);
    }

  /* Lists and highlights. */
  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 2)), ==, "خفّضت زمن الاستجابة بنسبة ٤٠٪");

  section = vitae_document_find_section (document, VITAE_SECTION_EDUCATION);
  {
    const char * const courses[] = { "分散システム", "Algorithmique avancée", "الخوارزميات", NULL };

    g_assert_cmpstrv (vitae_node_get_list (VITAE_NODE (vitae_section_get_entry (section, 0)), "courses"), courses);
  }

  section = vitae_document_find_section (document, VITAE_SECTION_PROJECTS);
  {
    const char * const roles[] = { "Autrice", "Mainteneuse", NULL };
    const char * const keywords[] = { "Rust", "Tokio", NULL };

    entry = vitae_section_get_entry (section, 0);
    g_assert_cmpstrv (vitae_node_get_list (VITAE_NODE (entry), "roles"), roles);
    g_assert_cmpstrv (vitae_node_get_list (VITAE_NODE (entry), "keywords"), keywords);
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  }

  {
    GListModel *profiles = vitae_document_get_profiles (document);
    g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, 1);

    g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
    g_assert_cmpstr (vitae_node_get_text (profile, "network"), ==, "微博");
    g_assert_cmpstr (vitae_node_get_text (profile, "username"), ==, "佐伊");
  }
}

/* Each sample's .vitae is its .json converted, and both load to the same
 * document; the JSON also survives a round trip. */
static void
test_samples (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *json_path = sample_path (samples[i], ".json");
      g_autofree char *vitae_path = sample_path (samples[i], ".vitae");
      g_autoptr(VitaeDocument) from_json = NULL;
      g_autoptr(VitaeDocument) from_vitae = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("sample %s", samples[i]);
      from_json = vitae_document_load (json_path, &error);
      g_assert_no_error (error);
      from_vitae = vitae_document_load (vitae_path, &error);
      g_assert_no_error (error);
      g_assert_true (vitae_document_equal (from_json, from_vitae));
      g_assert_cmpuint (vitae_document_get_n_sections (from_json), >=, 4);

      check_round_trip (json_path);
    }
}

static VitaeSection *
add_section (VitaeDocument    *document,
             VitaeSectionKind  kind,
             const char       *title,
             guint             n_entries)
{
  g_autoptr(VitaeSection) section = vitae_section_new (kind);

  if (title != NULL)
    vitae_node_set_text (VITAE_NODE (section), "title", title);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *organization = g_strdup_printf ("%s %s %u", vitae_section_kind_to_id (kind), title ? title : "", i);
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Did a thing");

      vitae_node_set_text (VITAE_NODE (entry), "organization", organization);
      vitae_entry_append_bullet (entry, bullet);
      vitae_section_append_entry (section, entry);
    }

  vitae_document_append_section (document, section);
  return section;
}

/* What JSON Resume has no place for comes back from a .vitae → JSON →
 * .vitae trip all the same: custom sections, the user's headings, two
 * sections of one kind, their order, and fields a kind does not use. */
static void
test_vitae_round_trip (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana");
  add_section (document, VITAE_SECTION_CUSTOM, "Open source", 2);
  add_section (document, VITAE_SECTION_EXPERIENCE, "Recent roles", 2);
  add_section (document, VITAE_SECTION_SKILLS, NULL, 1);
  add_section (document, VITAE_SECTION_EXPERIENCE, "Earlier roles", 3);
  add_section (document, VITAE_SECTION_CUSTOM, NULL, 0);
  add_section (document, VITAE_SECTION_EDUCATION, NULL, 0);
  section = add_section (document, VITAE_SECTION_CUSTOM, "Talks", 1);

  /* Fields and bullets a kind has no JSON Resume member for. */
  entry = vitae_section_get_entry (vitae_document_get_section (document, 1), 0);
  {
    const char * const keywords[] = { "Go", "Kafka", NULL };

    vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
    vitae_node_set_text (VITAE_NODE (entry), "degree", "not a degree");
  }
  entry = vitae_section_get_entry (vitae_document_get_section (document, 2), 0);
  vitae_node_set_text (VITAE_NODE (entry), "date", "2024");
  entry = vitae_section_get_entry (section, 0);
  {
    const char * const roles[] = { "Speaker", NULL };

    vitae_node_set_list (VITAE_NODE (entry), "roles", roles);
    vitae_node_set_text (VITAE_NODE (entry), "title", "GopherCon EU");
  }

  json = vitae_json_resume_serialize (document, NULL);
  g_test_message ("%s", json);
  g_assert_nonnull (strstr (json, "\"x-vitae-sections\""));

  reloaded = load_json_string (json, &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (document, reloaded));

  /* Two experience sections share the one array JSON Resume has. */
  {
    g_autoptr(JsonNode) root = parse_json (json);
    JsonArray *work = json_object_get_array_member (json_node_get_object (root), "work");

    g_assert_cmpuint (json_array_get_length (work), ==, 5);
  }
}

/* A plain JSON Resume gains no x-vitae members on its way through. */
static void
test_plain_stays_plain (void)
{
  static const char *json =
    "{\"basics\": {\"name\": \"Ana\"}, \"projects\": [{\"name\": \"P\"}],"
    " \"work\": [{\"name\": \"A\", \"highlights\": [\"x\"]}], \"meta\": {\"version\": \"v1\"}}";
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  document = load_json_string (json, &error);
  g_assert_no_error (error);

  /* Arrays become sections in the order the file has them. */
  g_assert_cmpstr (vitae_section_get_id (vitae_document_get_section (document, 0)), ==, "projects");
  g_assert_cmpstr (vitae_section_get_id (vitae_document_get_section (document, 1)), ==, "experience");

  out = vitae_json_resume_serialize (document, NULL);
  g_assert_null (strstr (out, "x-vitae"));
  assert_json_equal (json, out);
}

/* A section list that no longer matches the arrays (another tool edited
 * the file) is set aside rather than trusted. */
static void
test_stale_layout (void)
{
  static const char *json =
    "{\"work\": [{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"C\"}],"
    " \"meta\": {\"x-vitae\": {\"sections\": [{\"kind\": \"experience\", \"entries\": 1, \"title\": \"Now\"},"
    " {\"kind\": \"experience\", \"entries\": 1}]}}}";
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = load_json_string (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
  g_assert_cmpuint (vitae_section_get_n_entries (vitae_document_get_section (document, 0)), ==, 3);
}

static void
test_null_members (void)
{
  static const char *json =
    "{\"basics\": {\"name\": \"Ana\", \"email\": null, \"location\": null},"
    " \"work\": [{\"name\": \"A\", \"endDate\": null, \"highlights\": null}], \"awards\": null}";
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = load_json_string (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
  g_assert_false (vitae_node_has (VITAE_NODE (document), "email"));
  g_assert_false (vitae_node_has (VITAE_NODE (vitae_section_get_entry (vitae_document_get_section (document, 0), 0)), "end"));
}

/* Every member FRESH shares with JSON Resume lands where JSON Resume keeps
 * it: where two FRESH members give one JSON Resume member, the table's first
 * wins in an entry, and the later one in "basics". */
static void
test_fresh_mapping (void)
{
  static const char *fresh =
    "{\"name\": \"Ada Quill\", \"meta\": {\"format\": \"FRESH@0.6.0\"},"
    " \"info\": {\"label\": \"Old label\", \"characterClass\": \"Platform Engineer\", \"brief\": \"Short\"},"
    " \"summary\": \"Top summary\","
    " \"contact\": {\"email\": \"ada@example.org\", \"phone\": \"+1 555 0100\", \"website\": \"https://ada.example\"},"
    " \"location\": {\"address\": \"1 Loop Rd\", \"city\": \"Quillton\", \"region\": \"QC\", \"country\": \"CA\","
    "   \"code\": \"H0H\"},"
    " \"social\": [{\"network\": \"GitHub\", \"user\": \"adaq\", \"url\": \"https://github.com/adaq\"}, 7],"
    " \"employment\": {\"history\": [{\"employer\": \"Gearworks\", \"position\": \"SRE\", \"location\": \"Remote\","
    "   \"url\": \"https://gear.example\", \"start\": \"2019-01\", \"end\": \"2021-02\", \"summary\": \"Kept it up\","
    "   \"highlights\": [\"Cut pages\", \"Wrote runbooks\"]}]},"
    " \"education\": {\"history\": [{\"institution\": \"Quill U\", \"area\": \"CS\", \"title\": \"BSc\","
    "   \"studyType\": \"BEng\", \"grade\": \"3.9\", \"gpa\": \"4.0\", \"curriculum\": [\"Compilers\"],"
    "   \"start\": \"2010\", \"end\": \"2014\", \"url\": \"https://qu.example\"}]},"
    " \"service\": {\"history\": [{\"organization\": \"Food Bank\", \"position\": \"Driver\", \"start\": \"2015\","
    "   \"summary\": \"Drove\"}]},"
    " \"skills\": {\"sets\": [{\"name\": \"Ops\", \"level\": \"Expert\", \"skills\": [\"Linux\", \"Nix\"]}]},"
    " \"projects\": [{\"title\": \"Loom\", \"name\": \"Other\", \"summary\": \"A tool\", \"description\": \"Other\","
    "   \"url\": \"https://loom.example\", \"start\": \"2020\", \"end\": \"2021\", \"highlights\": [\"Shipped\"]}],"
    " \"recognition\": [{\"title\": \"Best Ops\", \"date\": \"2020\", \"from\": \"OpsConf\", \"summary\": \"Uptime\"}],"
    " \"certifications\": [{\"name\": \"CKA\", \"date\": \"2021\", \"url\": \"https://cert.example\","
    "   \"authority\": \"CNCF\"}],"
    " \"writing\": [{\"title\": \"On Pages\", \"publisher\": \"Blog\", \"date\": \"2022\","
    "   \"url\": \"https://blog.example\", \"summary\": \"Essay\"}],"
    " \"languages\": [{\"language\": \"French\", \"level\": \"Fluent\"}],"
    " \"interests\": [{\"name\": \"Chess\", \"keywords\": [\"Openings\"]}],"
    " \"references\": [{\"name\": \"Bo\", \"reference\": \"Great\"}]}";
  static const char *expected =
    "{\"basics\": {\"name\": \"Ada Quill\", \"label\": \"Platform Engineer\", \"email\": \"ada@example.org\","
    "   \"phone\": \"+1 555 0100\", \"url\": \"https://ada.example\", \"summary\": \"Top summary\","
    "   \"location\": {\"address\": \"1 Loop Rd\", \"postalCode\": \"H0H\", \"city\": \"Quillton\","
    "     \"countryCode\": \"CA\", \"region\": \"QC\"},"
    "   \"profiles\": [{\"network\": \"GitHub\", \"username\": \"adaq\", \"url\": \"https://github.com/adaq\"}, {}]},"
    " \"work\": [{\"name\": \"Gearworks\", \"position\": \"SRE\", \"location\": \"Remote\","
    "   \"url\": \"https://gear.example\", \"startDate\": \"2019-01\", \"endDate\": \"2021-02\","
    "   \"summary\": \"Kept it up\", \"highlights\": [\"Cut pages\", \"Wrote runbooks\"]}],"
    " \"education\": [{\"institution\": \"Quill U\", \"url\": \"https://qu.example\", \"area\": \"CS\","
    "   \"studyType\": \"BEng\", \"startDate\": \"2010\", \"endDate\": \"2014\", \"score\": \"3.9\","
    "   \"courses\": [\"Compilers\"]}],"
    " \"volunteer\": [{\"organization\": \"Food Bank\", \"position\": \"Driver\", \"startDate\": \"2015\","
    "   \"summary\": \"Drove\"}],"
    " \"skills\": [{\"name\": \"Ops\", \"level\": \"Expert\", \"keywords\": [\"Linux\", \"Nix\"]}],"
    " \"projects\": [{\"name\": \"Loom\", \"description\": \"A tool\", \"highlights\": [\"Shipped\"],"
    "   \"startDate\": \"2020\", \"endDate\": \"2021\", \"url\": \"https://loom.example\"}],"
    " \"awards\": [{\"title\": \"Best Ops\", \"date\": \"2020\", \"awarder\": \"OpsConf\", \"summary\": \"Uptime\"}],"
    " \"certificates\": [{\"name\": \"CKA\", \"date\": \"2021\", \"url\": \"https://cert.example\","
    "   \"issuer\": \"CNCF\"}],"
    " \"publications\": [{\"name\": \"On Pages\", \"publisher\": \"Blog\", \"releaseDate\": \"2022\","
    "   \"url\": \"https://blog.example\", \"summary\": \"Essay\"}],"
    " \"languages\": [{\"language\": \"French\", \"fluency\": \"Fluent\"}],"
    " \"interests\": [{\"name\": \"Chess\", \"keywords\": [\"Openings\"]}],"
    " \"references\": [{\"name\": \"Bo\", \"reference\": \"Great\"}]}";
  static const VitaeSectionKind order[] = {
    VITAE_SECTION_EXPERIENCE, VITAE_SECTION_EDUCATION, VITAE_SECTION_VOLUNTEER, VITAE_SECTION_SKILLS,
    VITAE_SECTION_PROJECTS, VITAE_SECTION_AWARDS, VITAE_SECTION_CERTIFICATIONS, VITAE_SECTION_PUBLICATIONS,
    VITAE_SECTION_LANGUAGES, VITAE_SECTION_INTERESTS, VITAE_SECTION_REFERENCES,
  };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  document = vitae_json_resume_parse_full (fresh, strlen (fresh), "fresh.json", notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_true (strstr (g_ptr_array_index (notes, 0), "FRESH") != NULL);

  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpint (vitae_section_get_kind (vitae_document_get_section (document, i)), ==, order[i]);

  json = vitae_json_resume_serialize (document, NULL);
  assert_json_equal (expected, json);
}

/* A member JSON Resume does not define is kept for export even when a
 * value holds an escaped lone surrogate, which decodes to bytes that are not
 * UTF-8: they become U+FFFD, and the document's text stays valid (a
 * critical from vitae_node_set_text() before). */
static void
test_unknown_lone_surrogate (void)
{
  static const char *json =
    "{\"basics\": {\"name\": \"Ana\"}, \"hobby\": \"chess\\ud800 club\"}";
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  const char *kept;

  document = vitae_json_resume_parse_full (json, strlen (json), "resume.json", notes, &error);
  g_assert_no_error (error);
  kept = vitae_node_get_text (VITAE_NODE (document), "x-vitae-unknown");
  g_assert_true (g_utf8_validate (kept, -1, NULL));
  g_assert_nonnull (strstr (kept, "chess\xef\xbf\xbd"));
  g_assert_nonnull (strstr (kept, "club"));
  g_assert_cmpuint (notes->len, ==, 1);

  exported = vitae_json_resume_serialize (document, NULL);
  g_assert_true (g_utf8_validate (exported, -1, NULL));
  again = load_json_string (exported, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (again), "name"), ==, "Ana");
}

static char *
nested (guint depth)
{
  GString *out = g_string_new ("{\"work\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ']');
  g_string_append_c (out, '}');

  return g_string_free (out, FALSE);
}

static void
test_refused (void)
{
  g_autofree char *deep = nested (100000);
  g_autofree char *just_too_deep = nested (64);
  const struct {
    const char *json;
    int         code;
    const char *message;
  } cases[] = {
    { "{\"basics\": {\"name\": 42}}", VITAE_ERROR_INVALID, "resume.json: basics.name must be a string" },
    { "{\"basics\": []}", VITAE_ERROR_INVALID, "resume.json: basics must be an object" },
    { "{\"basics\": {\"location\": \"Berlin\"}}", VITAE_ERROR_INVALID, "resume.json: basics.location must be an object" },
    { "{\"basics\": {\"location\": {\"city\": [\"Berlin\"]}}}", VITAE_ERROR_INVALID,
      "resume.json: basics.location.city must be a string" },
    { "{\"basics\": {\"profiles\": [{\"url\": \"u\"}, {\"url\": true}]}}", VITAE_ERROR_INVALID,
      "resume.json: basics.profiles[1].url must be a string" },
    { "{\"work\": {\"name\": \"Acme\"}}", VITAE_ERROR_INVALID, "resume.json: work must be an array" },
    { "{\"work\": [\"Acme\"]}", VITAE_ERROR_INVALID, "resume.json: work[0] must be an object" },
    { "{\"work\": [{}, {\"startDate\": 2021}]}", VITAE_ERROR_INVALID, "resume.json: work[1].startDate must be a string" },
    { "{\"work\": [{\"highlights\": [\"a\", {\"b\": 1}]}]}", VITAE_ERROR_INVALID,
      "resume.json: work[0].highlights[1] must be a string" },
    { "{\"work\": [{\"highlights\": \"a\"}]}", VITAE_ERROR_INVALID,
      "resume.json: work[0].highlights must be an array of strings" },
    { "{\"education\": [{\"score\": 3.9}]}", VITAE_ERROR_INVALID, "resume.json: education[0].score must be a string" },
    { "{\"skills\": [{\"keywords\": \"Go, Rust\"}]}", VITAE_ERROR_INVALID,
      "resume.json: skills[0].keywords must be an array of strings" },
    { "{\"meta\": {\"version\": 1}}", VITAE_ERROR_INVALID, "resume.json: meta.version must be a string" },
    { "{\"$schema\": false}", VITAE_ERROR_INVALID, "resume.json: $schema must be a string" },
    { "{\"x-vitae-sections\": [{\"entries\": [{\"bullets\": 3}]}]}", VITAE_ERROR_INVALID,
      "resume.json: x-vitae-sections[0].entries[0].bullets must be an array of strings" },
    { "{\"x-vitae-sections\": [{\"entries\": [{\"network\": \"GitHub\"}]}]}", VITAE_ERROR_INVALID,
      "resume.json: x-vitae-sections[0].entries[0].network is not a field Vitae knows" },
    { "[{\"basics\": {}}]", VITAE_ERROR_INVALID, "resume.json: a JSON Resume is an object" },
    { "\"resume\"", VITAE_ERROR_INVALID, "resume.json: a JSON Resume is an object" },
    { "{\"basics\": {\"name\": \"Ana\",}", VITAE_ERROR_PARSE, "resume.json:1:" },
    { "{\"basics\": ", VITAE_ERROR_PARSE, "resume.json:" },
    { deep, VITAE_ERROR_TOO_LARGE, "resume.json:1: arrays and objects are nested more than 64 deep" },
    { just_too_deep, VITAE_ERROR_TOO_LARGE, "nested more than 64 deep" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %.60s", i, cases[i].json);
      document = load_json_string (cases[i].json, &error);
      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, cases[i].code);
      g_test_message ("  → %s", error->message);
      if (!g_str_has_prefix (error->message, cases[i].message) && strstr (error->message, cases[i].message) == NULL)
        g_error ("expected “%s” in “%s”", cases[i].message, error->message);
    }

  /* Brackets inside strings are text, not nesting. */
  {
    g_autofree char *brackets = g_strnfill (500, '[');
    g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"%s\\\"%s\"}}", brackets, brackets);
    g_autoptr(VitaeDocument) document = NULL;
    g_autoptr(GError) error = NULL;

    document = load_json_string (json, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (strlen (vitae_node_get_text (VITAE_NODE (document), "name")), ==, 1001);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/json-resume/full", test_full);
  g_test_add_func ("/vitae/json-resume/mapping", test_mapping);
  g_test_add_func ("/vitae/json-resume/samples", test_samples);
  g_test_add_func ("/vitae/json-resume/vitae-round-trip", test_vitae_round_trip);
  g_test_add_func ("/vitae/json-resume/plain-stays-plain", test_plain_stays_plain);
  g_test_add_func ("/vitae/json-resume/stale-layout", test_stale_layout);
  g_test_add_func ("/vitae/json-resume/null-members", test_null_members);
  g_test_add_func ("/vitae/json-resume/refused", test_refused);
  g_test_add_func ("/vitae/json-resume/fresh-mapping", test_fresh_mapping);
  g_test_add_func ("/vitae/json-resume/unknown-lone-surrogate", test_unknown_lone_surrogate);

  return g_test_run ();
}
