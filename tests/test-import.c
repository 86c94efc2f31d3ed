/* test-import.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <sys/wait.h>
#include <locale.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-template.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

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

/* Round trips: what Vitae exports imports back to the same resume. */

static const char * const round_trip_files[] = {
  "data/samples/senior-backend.vitae",
  "data/samples/junior-weak.vitae",
  "tests/data/render/everything.json",
};

static void
compare_text (GString    *out,
              const char *where,
              const char *what,
              const char *expected,
              const char *got)
{
  if (g_strcmp0 (expected, got) != 0)
    g_string_append_printf (out, "%s: %s: expected “%s”, got “%s”\n", where, what, expected, got);
}

static char *
joined_list (VitaeNode  *node,
             const char *key)
{
  return g_strjoinv ("|", (char **) vitae_node_get_list (node, key));
}

/* A summary's paragraphs may come back joined by a space (a PDF). */
static char *
one_line (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);

  return g_strjoinv (" ", parts);
}

/* The sections a reader sees: those with entries. */
static GPtrArray *
shown_sections (VitaeDocument *document)
{
  GPtrArray *sections = g_ptr_array_new ();

  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_n_entries (section) > 0)
        g_ptr_array_add (sections, section);
    }
  return sections;
}

/* Compares what a reader of the export sees: the name, headline and
 * contacts, and per section its heading, then per entry its heading as
 * presented (title, subtitle, place, dates) and its bullets, in order. */
static void
compare_documents (GString       *out,
                   const char    *where,
                   VitaeDocument *expected,
                   VitaeDocument *got)
{
  const char *basics[] = { "name", "label", "email", "phone", "url" };
  g_autoptr(GPtrArray) a = shown_sections (expected);
  g_autoptr(GPtrArray) b = shown_sections (got);

  for (guint i = 0; i < G_N_ELEMENTS (basics); i++)
    compare_text (out, where, basics[i], vitae_node_get_text (VITAE_NODE (expected), basics[i]),
                  vitae_node_get_text (VITAE_NODE (got), basics[i]));

  {
    GListModel *pa = vitae_document_get_profiles (expected), *pb = vitae_document_get_profiles (got);
    g_autoptr(GString) la = g_string_new (NULL), lb = g_string_new (NULL);

    for (guint i = 0; i < g_list_model_get_n_items (pa); i++)
      {
        g_autoptr(VitaeNode) profile = g_list_model_get_item (pa, i);
        const char *url = vitae_node_get_text (profile, "url");

        /* Only safe addresses are shown (vitae-flow.c); a profile without
         * one shows as "Network: user". */
        if (g_str_has_prefix (url, "http") || g_str_has_prefix (url, "linkedin.com"))
          g_string_append_printf (la, "%s|", url);
        else if (url[0] == '\0')
          g_string_append_printf (la, "%s|", vitae_node_get_text (profile, "username"));
      }
    for (guint i = 0; i < g_list_model_get_n_items (pb); i++)
      {
        g_autoptr(VitaeNode) profile = g_list_model_get_item (pb, i);
        const char *url = vitae_node_get_text (profile, "url");

        g_string_append_printf (lb, "%s|", url[0] ? url : vitae_node_get_text (profile, "username"));
      }
    compare_text (out, where, "profiles", la->str, lb->str);
  }

  {
    g_autofree char *sa = one_line (vitae_node_get_text (VITAE_NODE (expected), "summary"));
    g_autofree char *sb = one_line (vitae_node_get_text (VITAE_NODE (got), "summary"));

    compare_text (out, where, "summary", sa, sb);
  }

  if (a->len != b->len)
    {
      g_string_append_printf (out, "%s: %u sections, got %u\n", where, a->len, b->len);
      return;
    }
  for (guint s = 0; s < a->len; s++)
    {
      VitaeSection *sa = g_ptr_array_index (a, s), *sb = g_ptr_array_index (b, s);
      VitaeSectionKind kind = vitae_section_get_kind (sa);
      g_autofree char *ta = g_utf8_casefold (vitae_section_get_title (sa), -1);
      g_autofree char *tb = g_utf8_casefold (vitae_section_get_title (sb), -1);
      g_autofree char *section_where = g_strdup_printf ("%s: %s", where, vitae_section_get_title (sa));
      guint na = vitae_section_get_n_entries (sa), nb = vitae_section_get_n_entries (sb);

      compare_text (out, section_where, "heading", ta, tb);
      if (kind == VITAE_SECTION_LANGUAGES || kind == VITAE_SECTION_REFERENCES)
        continue;
      if (na != nb)
        {
          g_string_append_printf (out, "%s: %u entries, got %u\n", section_where, na, nb);
          continue;
        }
      for (guint e = 0; e < na; e++)
        {
          VitaeEntry *ea = vitae_section_get_entry (sa, e), *eb = vitae_section_get_entry (sb, e);
          g_autofree char *entry_where = g_strdup_printf ("%s[%u]", section_where, e);
          VitaeEntryHeading ha, hb;
          guint nba = vitae_entry_get_n_bullets (ea), nbb = vitae_entry_get_n_bullets (eb);

          if (kind == VITAE_SECTION_SKILLS || kind == VITAE_SECTION_INTERESTS)
            {
              g_autofree char *ka = joined_list (VITAE_NODE (ea), "keywords");
              g_autofree char *kb = joined_list (VITAE_NODE (eb), "keywords");

              compare_text (out, entry_where, "keywords", ka, kb);
              compare_text (out, entry_where, "title", vitae_node_get_text (VITAE_NODE (ea), "title"),
                            vitae_node_get_text (VITAE_NODE (eb), "title"));
              continue;
            }

          vitae_entry_heading_init (&ha, kind, VITAE_NODE (ea));
          vitae_entry_heading_init (&hb, vitae_section_get_kind (sb), VITAE_NODE (eb));
          compare_text (out, entry_where, "title", ha.title, hb.title);
          compare_text (out, entry_where, "subtitle", ha.subtitle, hb.subtitle);
          compare_text (out, entry_where, "place", ha.place, hb.place);
          compare_text (out, entry_where, "dates", ha.dates, hb.dates);
          vitae_entry_heading_clear (&ha);
          vitae_entry_heading_clear (&hb);

          if (nba != nbb)
            {
              g_string_append_printf (out, "%s: %u bullets, got %u\n", entry_where, nba, nbb);
              continue;
            }
          for (guint k = 0; k < nba; k++)
            compare_text (out, entry_where, "bullet", vitae_bullet_get_text (vitae_entry_get_bullet (ea, k)),
                          vitae_bullet_get_text (vitae_entry_get_bullet (eb, k)));
        }
    }
}

/* Right-to-left resumes in our own words: poppler gives their words in
 * the order they are drawn or wrapped in bidirectional marks, and an
 * Arabic or Hebrew page leaves lines out of a selection from its top
 * left corner. */
static const char * const rtl_resumes[] = {
  "{ \"basics\": { \"name\": \"سلمى يوسف\", \"label\": \"مهندسة برمجيات\", \"email\": \"salma@example.org\","
  "    \"phone\": \"+20 100 555 0101\" },"
  "  \"work\": [ { \"name\": \"شركة النيل للبرمجيات\", \"position\": \"مهندسة برمجيات\", \"startDate\": \"2020-01\","
  "      \"highlights\": [ \"بنيت نظاما لتتبع الشحنات يخدم ثلاثين متجرا\", \"قللت زمن تحميل الصفحات إلى النصف\" ] },"
  "    { \"name\": \"مكتب الدلتا\", \"position\": \"مطورة متدربة\", \"startDate\": \"2018-07\", \"endDate\": \"2019-12\","
  "      \"highlights\": [ \"كتبت اختبارات لواجهة الحجز\" ] } ],"
  "  \"education\": [ { \"institution\": \"جامعة الإسكندرية\", \"area\": \"علوم الحاسب\","
  "      \"startDate\": \"2014-09\", \"endDate\": \"2018-06\" } ],"
  "  \"skills\": [ { \"name\": \"لغات البرمجة\", \"keywords\": [ \"Go\", \"Python\" ] } ],"
  "  \"meta\": { \"language\": \"ar\" } }",
  "{ \"basics\": { \"name\": \"מאיה כהן\", \"label\": \"מפתחת תוכנה\", \"email\": \"maya@example.org\","
  "    \"phone\": \"+972 50 555 0102\" },"
  "  \"work\": [ { \"name\": \"חברת הגליל\", \"position\": \"מפתחת תוכנה\", \"startDate\": \"2019-03\","
  "      \"highlights\": [ \"בניתי מערכת הזמנות לשלושים חנויות\", \"קיצרתי את זמן הטעינה בחצי\" ] },"
  "    { \"name\": \"סטודיו כרמל\", \"position\": \"מתמחה\", \"startDate\": \"2017-08\", \"endDate\": \"2019-02\","
  "      \"highlights\": [ \"כתבתי בדיקות לממשק ההזמנות\" ] } ],"
  "  \"education\": [ { \"institution\": \"אוניברסיטת חיפה\", \"area\": \"מדעי המחשב\","
  "      \"startDate\": \"2013-10\", \"endDate\": \"2017-07\" } ],"
  "  \"skills\": [ { \"name\": \"שפות תכנות\", \"keywords\": [ \"Go\", \"Python\" ] } ],"
  "  \"meta\": { \"language\": \"he\" } }",
};

static const char * const rtl_words[][3] = {
  { "سلمى يوسف", "قللت زمن تحميل الصفحات إلى النصف", "Go, Python" },
  { "מאיה כהן", "קיצרתי את זמן הטעינה בחצי", "Go, Python" },
};

static void
test_round_trip_rtl (void)
{
  g_autofree char *ids = vitae_template_dup_ids (",");
  g_auto(GStrv) templates = g_strsplit (ids, ",", -1);
  g_autoptr(GString) differences = g_string_new (NULL);

  for (guint f = 0; f < G_N_ELEMENTS (rtl_resumes); f++)
    {
      g_autoptr(GBytes) json = g_bytes_new_static (rtl_resumes[f], strlen (rtl_resumes[f]));
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_import_bytes (json, VITAE_IMPORT_JSON, "rtl.json", NULL, &error);

      g_assert_no_error (error);
      for (guint t = 0; templates[t] != NULL; t++)
        {
          VitaeRenderOptions options;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(VitaeDocument) imported = NULL;
          g_autofree char *where = g_strdup_printf ("%s (%s)", f == 0 ? "ar" : "he", templates[t]);

          vitae_render_options_init (&options);
          options.template_id = templates[t];
          bytes = vitae_export_render (document, &options, VITAE_EXPORT_PDF, &error);
          g_assert_no_error (error);
          imported = vitae_import_bytes (bytes, VITAE_IMPORT_PDF, "export", NULL, &error);
          g_assert_no_error (error);
          compare_documents (differences, where, document, imported);

          /* The text the parse check reads has them in reading order. */
          {
            g_autofree char *text = vitae_pdf_read_text (bytes, &error);

            g_assert_no_error (error);
            for (guint k = 0; k < G_N_ELEMENTS (rtl_words[f]); k++)
              if (strstr (text, rtl_words[f][k]) == NULL)
                g_string_append_printf (differences, "%s: the text has no “%s”\n", where, rtl_words[f][k]);
          }
        }
    }
  if (differences->len > 0)
    g_printerr ("%s", differences->str);
  g_assert_cmpuint (differences->len, ==, 0);
}

static void
round_trip (VitaeExportFormat format,
            VitaeImportFormat import_format)
{
  g_autofree char *ids = vitae_template_dup_ids (",");
  g_auto(GStrv) templates = g_strsplit (ids, ",", -1);
  g_autoptr(GString) differences = g_string_new (NULL);
  guint n_checked = 0;

  for (guint f = 0; f < G_N_ELEMENTS (round_trip_files); f++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), round_trip_files[f], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_document_load (path, &error);

      g_assert_no_error (error);
      for (guint t = 0; templates[t] != NULL; t++)
        {
          VitaeRenderOptions options;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(VitaeDocument) imported = NULL;
          g_autofree char *where = g_strdup_printf ("%s (%s)", round_trip_files[f], templates[t]);

          vitae_render_options_init (&options);
          options.template_id = templates[t];
          bytes = vitae_export_render (document, &options, format, &error);
          g_assert_no_error (error);
          imported = vitae_import_bytes (bytes, import_format, "export", NULL, &error);
          g_assert_no_error (error);
          compare_documents (differences, where, document, imported);
          n_checked++;
        }
    }

  g_test_message ("%u exports imported back", n_checked);
  if (differences->len > 0)
    g_printerr ("%s", differences->str);
  g_assert_cmpuint (differences->len, ==, 0);
}

static void
test_round_trip_docx (void)
{
  round_trip (VITAE_EXPORT_DOCX, VITAE_IMPORT_DOCX);
}

static void
test_round_trip_odt (void)
{
  round_trip (VITAE_EXPORT_ODT, VITAE_IMPORT_ODT);
}

static void
test_round_trip_pdf (void)
{
  round_trip (VITAE_EXPORT_PDF, VITAE_IMPORT_PDF);
}

/* A DOCX, an ODT and a PDF made by LibreOffice from Vitae's export of the
 * senior sample (soffice --headless --convert-to docx from the ODT export,
 * then odt and pdf from that DOCX): LibreOffice renames and rewrites the
 * styles, lists and runs, and prints its own bullet glyphs and tabs. */
static void
test_libreoffice (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autofree char *sample = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples",
                                              "senior-backend.vitae", NULL);
  g_autoptr(GString) differences = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) expected = vitae_document_load (sample, &error);
  g_autoptr(VitaeDocument) imported = NULL;
  guint n_bullets = 0;

  g_assert_no_error (error);
  imported = vitae_import_file (path, NULL, &error);
  g_assert_no_error (error);
  compare_documents (differences, name, expected, imported);
  if (differences->len > 0)
    g_printerr ("%s", differences->str);
  g_assert_cmpuint (differences->len, ==, 0);

  for (guint i = 0; i < vitae_document_get_n_sections (imported); i++)
    {
      VitaeSection *section = vitae_document_get_section (imported, i);

      for (guint j = 0; j < vitae_section_get_n_entries (section); j++)
        n_bullets += vitae_entry_get_n_bullets (vitae_section_get_entry (section, j));
    }
  g_assert_cmpuint (n_bullets, ==, 13);
}

/* LinkedIn's data export, as documented: a BOM, quoted fields with commas,
 * doubled quotes and line breaks, CRLF, columns found by name. */
static void
test_linkedin (void)
{
  g_autofree char *path = data_path ("linkedin-export.zip");
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_file (path, notes, &error);
  VitaeNode *basics;
  VitaeEntry *work, *project;

  g_assert_no_error (error);
  basics = VITAE_NODE (document);
  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Priya Venkataraman");
  g_assert_cmpstr (vitae_node_get_text (basics, "label"), ==, "Data Engineer, streaming and batch");
  g_assert_cmpstr (vitae_node_get_text (basics, "summary"), ==,
                   "Builds pipelines that finish on time.\nLikes boring, reliable systems.");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "priya@example.dev");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "+351 912 345 678");
  g_assert_cmpstr (vitae_node_get_text (basics, "url"), ==, "https://priya.example.dev");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Harbourline Logistics");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2021-03");
  g_assert_false (vitae_node_has (VITAE_NODE (work), "end"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (work, 1)), ==,
                   "Added data contracts for 40 tables, so breaking changes fail in CI");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "role"), ==, "Data Engineer, \"Platform\" team");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "end"), ==, "2021-02");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 0);

  project = entry_at (document, VITAE_SECTION_PROJECTS, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (project), ==, 2);
  g_assert_cmpstr (vitae_node_get_list (VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 0)),
                                        "keywords")[3], ==, "Kafka, Kafka Connect");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_CERTIFICATIONS, 0)),
                                        "issuer"), ==, "Example Cloud");
  g_assert_true (notes_contain (notes, "LinkedIn"));
}

/* A PDF of @n_pages empty pages, written by hand. */
static char *
many_pages_pdf (guint  n_pages,
                gsize *length)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize offset, xref;

  offset = pdf->len;
  g_array_append_val (offsets, offset);
  g_string_append (pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  offset = pdf->len;
  g_array_append_val (offsets, offset);
  g_string_append_printf (pdf, "2 0 obj << /Type /Pages /Count %u /Kids [", n_pages);
  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (pdf, " %u 0 R", i + 3);
  g_string_append (pdf, " ] >> endobj\n");
  for (guint i = 0; i < n_pages; i++)
    {
      offset = pdf->len;
      g_array_append_val (offsets, offset);
      g_string_append_printf (pdf, "%u 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n", i + 3);
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer << /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          offsets->len + 1, xref);
  *length = pdf->len;
  return g_string_free (pdf, FALSE);
}

/* Hostile inputs: `vitae import` names the file, exits 1 and writes
 * nothing. */
static void
test_hostile (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vitae-import-XXXXXX", NULL);
  g_autofree char *pages = g_build_filename (dir, "ten-thousand-pages.pdf", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  struct {
    char       *path;
    const char *reason;
  } cases[] = {
    { data_path ("bomb.docx"), "times the file's size" },
    { data_path ("bomb.zip"), "far more than it holds" },
    { data_path ("traversal.zip"), "outside itself" },
    { data_path ("malformed.docx"), "not well-formed XML" },
    { data_path ("encrypted.pdf"), "password" },
    { g_strdup (pages), "10000 pages" },
  };

  pdf = many_pages_pdf (10000, &length);
  g_file_set_contents (pages, pdf, length, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = g_build_filename (dir, "out.vitae", NULL);
      g_autofree char *base = g_path_get_basename (cases[i].path);
      g_autofree char *err = NULL;
      const char *argv[] = { g_getenv ("VITAE_EXE"), "import", cases[i].path, out, NULL };
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                    &status, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", base, err);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_nonnull (strstr (err, base));
      g_assert_nonnull (strstr (err, cases[i].reason));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      g_free (cases[i].path);
    }

  g_unlink (pages);
  g_rmdir (dir);
}

/* A PDF laid out as many found in public repositories are, drawn here
 * with Cairo and Pango: a large name, contact details with labels and
 * "|", a left sidebar beside the main column (two columns), German
 * headings in capitals, right-aligned dates, "•" bullets whose second
 * line hangs under the text. */
static GBytes *
two_column_pdf (void)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("vitae-import-XXXXXX.pdf", &path, &error);
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;
  double y;
  static const char * const skills[] = { "Go, Rust, Python", "PostgreSQL, Redis", "Kubernetes", "Terraform" };

  g_assert_no_error (error);
  close (fd);
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);

  draw_text (cr, 40, 40, "Jonas Weber", 24, TRUE);
  draw_text (cr, 40, 76, "Email: jonas.weber@example.de | Tel. +49 30 1234 5678 | github.com/jweber", 9, FALSE);

  /* The sidebar and the main column start at the same height. */
  draw_text (cr, 40, 120, "KENNTNISSE", 12, TRUE);
  draw_text (cr, 220, 120, "BERUFSERFAHRUNG", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    draw_text (cr, 40, 142 + 14 * i, skills[i], 10, FALSE);

  y = 142;
  draw_text (cr, 220, y, "Backend-Entwickler", 10, TRUE);
  draw_text (cr, 450, y, "03/2020 – heute", 10, FALSE);
  y += 14;
  draw_text (cr, 220, y, "Nordlicht Logistik GmbH", 10, FALSE);
  y += 18;
  draw_text (cr, 220, y, "• Cut nightly build times from 40 to 9 minutes by", 10, FALSE);
  draw_text (cr, 230, y + 12, "caching dependencies in CI", 10, FALSE);
  y += 28;
  draw_text (cr, 220, y, "• Moved 12 services to Kubernetes without downtime", 10, FALSE);
  y += 16;
  draw_text (cr, 220, y, "• Wrote the on-call runbook used by 3 teams", 10, FALSE);
  y += 26;
  draw_text (cr, 220, y, "Werkstudent", 10, TRUE);
  draw_text (cr, 450, y, "10/2018 – 02/2020", 10, FALSE);
  y += 14;
  draw_text (cr, 220, y, "Hafenbits AG", 10, FALSE);
  y += 18;
  draw_text (cr, 220, y, "• Built an internal REST API in Go", 10, FALSE);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
test_pdf_two_columns (void)
{
  g_autoptr(GBytes) pdf = two_column_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "two-columns.pdf", NULL, &error);
  VitaeNode *basics;
  VitaeEntry *work, *skills;

  g_assert_no_error (error);
  basics = VITAE_NODE (document);
  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Jonas Weber");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "jonas.weber@example.de");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "+49 30 1234 5678");
  g_assert_cmpstr (vitae_node_get_text (basics, "url"), ==, "github.com/jweber");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "role"), ==, "Backend-Entwickler");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Nordlicht Logistik GmbH");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2020-03");
  g_assert_false (vitae_node_has (VITAE_NODE (work), "end"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (work, 0)), ==,
                   "Cut nightly build times from 40 to 9 minutes by caching dependencies in CI");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "end"), ==, "2020-02");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);

  /* The sidebar is read apart from the main column. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), ==, 4);
  skills = entry_at (document, VITAE_SECTION_SKILLS, 1);
  g_assert_cmpstr (vitae_node_get_list (VITAE_NODE (skills), "keywords")[0], ==, "PostgreSQL");
}

/* The name set large with a small job title on the same line, as LaTeX
 * classes do with \name{…}\hfill{\small …}. */
static void
draw_name_beside_title (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Mirela Tanaka", 22, TRUE);
  draw_text (cr, 330, 49, "Site Reliability Engineer", 10, FALSE);
  draw_text (cr, 40, 80, "mirela.t@example.org | +44 20 7946 0321", 10, FALSE);
  draw_text (cr, 40, 120, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 140, "Platform Engineer", 10, TRUE);
  draw_text (cr, 450, 140, "2021 – 2024", 10, FALSE);
  draw_text (cr, 40, 156, "• Halved paging alerts by tuning burn-rate thresholds", 10, FALSE);
}

static void
test_pdf_name_beside_title (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_name_beside_title);
  VitaeNode *basics = VITAE_NODE (document);

  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Mirela Tanaka");
  g_assert_cmpstr (vitae_node_get_text (basics, "label"), ==, "Site Reliability Engineer");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "mirela.t@example.org");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 1);
}

/* Headings in a margin column of their own, beside the section's first
 * line and over two lines, as LaTeX's res class and Word tables set them.
 * The text beside them starts within the first quarter of the page: further
 * right, it would read as the main column beside a sidebar. */
static void
draw_side_headings (cairo_t *cr)
{
  double y;

  draw_text (cr, 40, 40, "Tomasz Wierzbicki", 16, TRUE);
  draw_text (cr, 40, 62, "tomasz.w@example.pl", 9, FALSE);
  draw_text (cr, 400, 62, "Phone: +48 512 345 678", 9, FALSE);

  draw_text (cr, 40, 100, "Education", 9, FALSE);
  draw_text (cr, 140, 100, "Gdańsk University of Technology", 10, FALSE);
  draw_text (cr, 480, 100, "2014 – 2019", 10, FALSE);
  draw_text (cr, 140, 114, "MSc, Control Engineering", 10, FALSE);

  /* A heading on two lines, the first bullet beside its first line. */
  y = 146;
  draw_text (cr, 40, y, "Teaching", 9, FALSE);
  draw_text (cr, 140, y, "• Led lab sessions on embedded C for 60 students", 10, FALSE);
  draw_text (cr, 40, y + 12, "Activities", 9, FALSE);
  draw_text (cr, 140, y + 18, "• Wrote the course's test harness for the STM32 boards", 10, FALSE);
  draw_text (cr, 140, y + 36, "• Graded 120 final projects with a rubric shared", 10, FALSE);
  draw_text (cr, 146, y + 48, "by three teaching assistants", 10, FALSE);

  y = 220;
  draw_text (cr, 40, y, "Internships", 9, FALSE);
  draw_text (cr, 140, y, "Firmware Intern, Baltic Robotics", 10, FALSE);
  draw_text (cr, 480, y, "2018 – 2018", 10, FALSE);
  draw_text (cr, 146, y + 18, "• Ported the motor driver to a new microcontroller", 10, FALSE);
  draw_text (cr, 146, y + 36, "• Added a watchdog that restarts stalled sensor reads", 10, FALSE);
  draw_text (cr, 140, y + 60, "Embedded Intern, Amber Devices", 10, FALSE);
  draw_text (cr, 480, y + 60, "2017 – 2017", 10, FALSE);
  draw_text (cr, 146, y + 78, "• Measured battery drain of four sleep modes", 10, FALSE);
}

static void
test_pdf_side_headings (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_side_headings);
  VitaeSection *teaching = section_titled (document, "Teaching Activities");
  VitaeEntry *entry;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Tomasz Wierzbicki");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+48 512 345 678");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);

  g_assert_cmpuint (vitae_section_get_n_entries (teaching), ==, 1);
  entry = vitae_section_get_entry (teaching, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Led lab sessions on embedded C for 60 students");
  g_assert_cmpstr (bullet_text (entry, 2), ==, "Graded 120 final projects with a rubric shared by three teaching assistants");

  /* "Internships" is a kind of experience. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Firmware Intern, Baltic Robotics");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 1)), ==, 1);
}

/* Lines met in resumes made with other tools: a greeting before the name,
 * a postal code before the phone, two addresses, numbered items, a word
 * broken at a hyphen, a link set at the right under a bullet or at its
 * edge, an entry
 * written as a list item with its dates, and an address in a second
 * column read after the sections. */
static void
draw_varied_lines (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Hello! I'm Ines Carvalho", 20, TRUE);
  draw_text (cr, 40, 70, "9 Harbor Lane  Cambridge, MA 02139  (617) 555-0142", 9, FALSE);
  draw_text (cr, 40, 84, "email: ines@uni.example.pt, ines.c@example.com", 9, FALSE);

  draw_text (cr, 40, 120, "PROJECTS", 12, TRUE);
  draw_text (cr, 40, 140, "1. Tidepool: a tide table app used by 3,000 surfers", 10, FALSE);
  draw_text (cr, 40, 154, "2. Quayside: maps of ferry delays from open data", 10, FALSE);
  draw_text (cr, 40, 168, "https://quayside.example.org", 10, FALSE);

  draw_text (cr, 40, 190, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 210, "Data Engineer, Maré Analytics", 10, TRUE);
  draw_text (cr, 450, 210, "2020 – 2023", 10, FALSE);
  draw_text (cr, 50, 226, "• Cut the cost of cross-", 10, FALSE);
  draw_text (cr, 60, 238, "region backups by half with lifecycle rules", 10, FALSE);
  draw_text (cr, 50, 254, "• Built the pipeline that loads 40 GB of sensor data a day", 10, FALSE);
  draw_text (cr, 460, 272, "Source code", 10, FALSE);

  draw_text (cr, 40, 310, "LEADERSHIP", 12, TRUE);
  draw_text (cr, 40, 330, "• Treasurer, University Sailing Club", 10, FALSE);
  draw_text (cr, 450, 330, "2016 – 2018", 10, FALSE);
  draw_text (cr, 52, 346, "Kept the club's accounts and ran its yearly regatta", 10, FALSE);

  draw_text (cr, 40, 380, "SKILLS", 12, TRUE);
  draw_text (cr, 40, 400, "Python, SQL, Airflow", 10, FALSE);
  draw_text (cr, 40, 430, "Mail: ines.backup@example.net", 9, FALSE);
}

static void
test_pdf_varied_lines (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_varied_lines);
  VitaeNode *basics = VITAE_NODE (document);
  VitaeEntry *entry;
  VitaeSection *leadership;

  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Ines Carvalho");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "(617) 555-0142");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "ines@uni.example.pt");

  entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Quayside: maps of ferry delays from open data");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "url"), ==, "https://quayside.example.org");

  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Cut the cost of cross-region backups by half with lifecycle rules");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Built the pipeline that loads 40 GB of sensor data a day");

  leadership = section_titled (document, "Leadership");
  g_assert_cmpuint (vitae_section_get_n_entries (leadership), ==, 1);
  entry = vitae_section_get_entry (leadership, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Treasurer, University Sailing Club");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2016");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2018");
}

/* A sidebar shorter than the main column beside it (the "Deedy" layout):
 * most lines of the main column stand alone. */
static void
draw_short_sidebar (cairo_t *cr)
{
  static const char * const bullets[] = {
    "• Moved billing to event sourcing", "• Wrote the incident review guide",
    "• Mentored four new engineers", "• Replaced cron jobs with a queue",
    "• Cut p99 latency of search by 35%", "• Ran the yearly load test",
  };
  double y = 120;

  draw_text (cr, 200, 40, "Kwame Mensah", 28, FALSE);
  draw_text (cr, 225, 80, "kwame.mensah@example.com", 10, FALSE);
  draw_text (cr, 40, 120, "LINKS", 14, FALSE);
  draw_text (cr, 40, 140, "GitHub:// kmensah", 10, FALSE);
  draw_text (cr, 40, 170, "SKILLS", 14, FALSE);
  draw_text (cr, 40, 190, "Kotlin", 10, FALSE);

  draw_text (cr, 250, y, "EXPERIENCE", 14, FALSE);
  for (guint e = 0; e < 2; e++)
    {
      y += 24;
      draw_text (cr, 250, y, e == 0 ? "Ledgerly" : "Parcelpost", 11, TRUE);
      draw_text (cr, 250, y + 14, e == 0 ? "Jan 2021 – Present | Accra" : "Jun 2018 – Dec 2020 | Kumasi", 10, FALSE);
      y += 16;
      for (guint b = 0; b < 3; b++)
        draw_text (cr, 262, y += 15, bullets[e * 3 + b], 10, FALSE);
    }
}

static void
test_pdf_short_sidebar (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_short_sidebar);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Kwame Mensah");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Moved billing to event sourcing");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 2), ==, "Ran the yearly load test");
}

/* A long left sidebar beside a main column whose lines start at three
 * places a few points apart: headings and entry titles at its edge, the
 * "•" a little in, the wrapped halves of the items under their text. No
 * one of those places holds a quarter of the page's lines, but together
 * they are one column. */
static void
draw_staggered_column (cairo_t *cr)
{
  static const char * const side[] = {
    "SKILLS", "Rust", "Go", "SQL", "Kafka", "gRPC", "Nix", "Bash", "Lua", "Zig", "Elm", "Perl", "Ruby",
    "LANGUAGES", "Swedish", "English", "Finnish", "Polish",
    "INTERESTS", "Sailing", "Chess", "Baking", "Birding", "Cycling", "Pottery", "Rowing",
  };
  static const char * const items[][2] = {
    { "• Rebuilt the tide gauge ingest so that readings", "arrive within two seconds of being taken" },
    { "• Moved the harbour billing jobs off the old", "mainframe without a missed invoice" },
    { "• Wrote the runbook that the night shift uses", "when the radar feed stops" },
  };
  static const char * const titles[] = { "Senior Engineer, Tidewater Labs", "Engineer, Skerry Systems",
                                          "Intern, Fjord Mapping" };
  double y = 120;

  draw_text (cr, 40, 40, "Mara Lindqvist", 22, TRUE);
  draw_text (cr, 40, 74, "mara.lindqvist@example.se", 9, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (side); i++)
    draw_text (cr, 40, 121 + 19.5 * i, side[i], 9, i == 0 || i == 13 || i == 18);

  draw_text (cr, 222, y, "EXPERIENCE", 12, TRUE);
  for (guint e = 0; e < G_N_ELEMENTS (titles); e++)
    {
      draw_text (cr, 222, y += 26, titles[e], 10, TRUE);
      draw_text (cr, 480, y, "2019 – 2023", 10, FALSE);
      for (guint b = 0; b < 2; b++)
        {
          draw_text (cr, 230, y += 20, items[(e + b) % 3][0], 10, FALSE);
          draw_text (cr, 240, y += 13, items[(e + b) % 3][1], 10, FALSE);
        }
    }
}

static void
test_pdf_staggered_column (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_staggered_column);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Mara Lindqvist");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 0), ==,
                   "Rebuilt the tide gauge ingest so that readings arrive within two seconds of being taken");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Wrote the runbook that the night shift uses when the radar feed stops");
  g_assert_cmpstr (bullet_text (work, 1), ==,
                   "Rebuilt the tide gauge ingest so that readings arrive within two seconds of being taken");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), >=, 1);
}

/* The same sidebar beside a column indented twice: the items' glyphs
 * 14 points in from the headings, their wrapped lines 16 points further,
 * and most lines there. The column still starts at its headings. */
static void
draw_twice_indented (cairo_t *cr)
{
  static const char * const side[] = {
    "SKILLS", "Rust", "Go", "SQL", "Kafka", "gRPC", "Nix", "Bash", "Lua", "Zig", "Elm", "Perl", "Ruby",
    "LANGUAGES", "Swedish", "English", "Finnish", "Polish",
    "INTERESTS", "Sailing", "Chess", "Baking", "Birding", "Cycling", "Pottery", "Rowing",
  };
  static const char * const item[] = {
    "• Rebuilt the tide gauge ingest so that", "readings arrive within two seconds of", "being taken at the pier",
  };
  double y = 120;

  draw_text (cr, 40, 40, "Mara Lindqvist", 22, TRUE);
  draw_text (cr, 40, 74, "mara.lindqvist@example.se", 9, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (side); i++)
    draw_text (cr, 40, 121 + 19.5 * i, side[i], 9, i == 0 || i == 13 || i == 18);

  draw_text (cr, 222, y, "EXPERIENCE", 12, TRUE);
  for (guint e = 0; e < 3; e++)
    {
      draw_text (cr, 222, y += 26, e == 0 ? "Senior Engineer, Tidewater Labs" : "Engineer, Skerry Systems", 10, TRUE);
      draw_text (cr, 480, y, "2019 – 2023", 10, FALSE);
      for (guint b = 0; b < 2; b++)
        {
          draw_text (cr, 236, y += 20, item[0], 10, FALSE);
          draw_text (cr, 252, y += 13, item[1], 10, FALSE);
          draw_text (cr, 252, y += 13, item[2], 10, FALSE);
        }
    }
}

static void
test_pdf_twice_indented (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_twice_indented);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  for (guint e = 0; e < 3; e++)
    {
      VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "end"), ==, "2023");
      g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
      g_assert_cmpstr (bullet_text (work, 1), ==,
                       "Rebuilt the tide gauge ingest so that readings arrive within two seconds of being taken at the pier");
    }
}

/* Items set with a hanging indent and no glyph, as a word processor
 * does: each item's first line at the entry's edge, filled to the
 * column's right, its wrapped lines indented under it. */
static void
draw_hanging_items (cairo_t *cr)
{
  static const char * const items[][2] = {
    { "Surveyed the river banks each spring and logged every", "change in the erosion maps for the county office" },
    { "Drew the flood risk layers that the planning board now", "checks before it grants a building permit" },
    { "Trained six interns on the mapping tools and on the", "field checklists used by the survey teams" },
  };
  double y = 120;

  draw_text (cr, 40, 40, "Ines Duarte", 22, TRUE);
  draw_text (cr, 40, 74, "ines.duarte@example.pt", 9, FALSE);
  draw_text (cr, 40, y, "EXPERIENCE", 12, TRUE);
  for (guint e = 0; e < 2; e++)
    {
      draw_text (cr, 40, y += 26, e == 0 ? "GIS Analyst, 4/2019 - present" : "Map Technician, 1/2016 - 3/2019", 10, FALSE);
      for (guint b = 0; b < G_N_ELEMENTS (items); b++)
        {
          draw_text (cr, 40, y += 14, items[b][0], 10, FALSE);
          draw_text (cr, 52, y += 13, items[b][1], 10, FALSE);
        }
    }
}

static void
test_pdf_hanging_items (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_hanging_items);
  VitaeEntry *work;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  for (guint e = 0; e < 2; e++)
    {
      work = entry_at (document, VITAE_SECTION_EXPERIENCE, e);
      g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
      g_assert_cmpstr (bullet_text (work, 1), ==,
                       "Drew the flood risk layers that the planning board now checks before it grants a building permit");
    }
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2016-01");
}

/* Items marked with drawn discs whose first item fills its line to the
 * column's edge and ends a sentence there: the next line, a sentence of
 * its own beside the next disc, is the next item, not the first one
 * wrapped. */
static void
draw_full_items (cairo_t *cr)
{
  static const char * const items[] = {
    "Kept the ferry booking site up through three summer rushes.",
    "Moved the timetable feed to a queue so that delays reach the app in seconds.",
    "Trained two juniors.",
  };
  double y = 150;

  draw_text (cr, 40, 40, "Leena Virtanen", 20, TRUE);
  draw_text (cr, 40, 70, "leena.v@example.fi", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 120, "Web Developer, Saaristo Lines, 2020 – 2024", 10, TRUE);
  y = 140;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      cairo_arc (cr, 50, y + 7, 2, 0, 2 * G_PI);
      cairo_fill (cr);
      y += draw_wrapped (cr, 60, y, 400, items[i], 10);
    }
}

static void
test_pdf_full_items (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_full_items);
  VitaeEntry *work;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Kept the ferry booking site up through three summer rushes.");
  g_assert_cmpstr (bullet_text (work, 1), ==,
                   "Moved the timetable feed to a queue so that delays reach the app in seconds.");
}

/* A typewriter font, as some designers' templates use for the name and
 * the headings: its space is as wide as a letter, more than half an em,
 * and is still a space. */
static void
draw_mono (cairo_t    *cr,
           double      x,
           double      y,
           const char *text,
           double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans Mono Bold %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

static void
draw_mono_headings (cairo_t *cr)
{
  draw_mono (cr, 40, 40, "Tomás Ferreira", 24);
  draw_text (cr, 40, 80, "tomas.ferreira@example.pt", 9, FALSE);
  draw_mono (cr, 40, 120, "Work History", 13);
  draw_text (cr, 40, 146, "Test Engineer, Lisboa Rail\t2020 – 2024", 10, TRUE);
  draw_text (cr, 40, 164, "• Wrote the test plans for the ticket gates", 10, FALSE);
  draw_mono (cr, 40, 200, "Spare Time", 13);
  draw_text (cr, 40, 226, "Surfing, chess", 10, FALSE);
}

static void
test_pdf_mono_headings (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_mono_headings);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Tomás Ferreira");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);
  g_assert_cmpstr (vitae_section_get_title (section_titled (document, "Spare Time")), ==, "Spare Time");
}

/* A designer's page with a narrow sidebar on the right, starting at 72 %
 * of the page's width, its heading a little below the main column's
 * first heading and not level with any of its lines. */
static void
draw_right_sidebar (cairo_t *cr)
{
  static const char * const about[] = {
    "Hi, I am Rosa. I draw", "shop windows and the", "websites that go with", "them, and I like tea.",
    "CONTACT", "rosa.marin@example.es", "+34 612 345 678", "Calle Mayor 3, Madrid",
  };
  static const char * const items[] = {
    "• Drew the spring windows for six shops", "• Built the shop's booking page",
    "• Ran the photo shoots for the catalogue",
  };
  double y = 130;

  draw_text (cr, 40, 30, "Rosa Marín", 24, TRUE);
  draw_text (cr, 40, 100, "EXPERIENCE", 13, TRUE);
  draw_text (cr, 428, 108, "ABOUT ME", 13, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (about); i++)
    draw_text (cr, 428, 137 + 21 * i, about[i], 9, i == 4);
  for (guint e = 0; e < 2; e++)
    {
      draw_text (cr, 40, y, e == 0 ? "Window Designer, Escaparate Studio, 2021 – 2024" :
                                     "Junior Designer, Tinta Azul, 2018 – 2021", 10, TRUE);
      for (guint b = 0; b < G_N_ELEMENTS (items); b++)
        draw_text (cr, 48, y += 17, items[b], 10, FALSE);
      y += 30;
    }
}

static void
test_pdf_right_sidebar (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_right_sidebar);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Rosa Marín");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+34 612 345 678");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  for (guint e = 0; e < 2; e++)
    {
      VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
      g_assert_cmpstr (bullet_text (work, 2), ==, "Ran the photo shoots for the catalogue");
    }
}

/* A designer's page: a photo at the top of a dark left sidebar whose
 * text starts lower down, the name and a profile at the top of the main
 * column. poppler's selection from the top left corner to the bottom
 * right one leaves the main column's last line out. */
static void
draw_photo_sidebar (cairo_t *cr)
{
  static const char * const side[] = {
    "CONTACT", "Harbour Road 4, Bergen", "+47 912 34 567", "ola.nordmann@example.no", "SKILLS", "Python", "SQL",
    "Power BI", "dbt", "LANGUAGES", "Norwegian", "English", "German",
  };
  static const char * const profile[] = {
    "Analyst who turns fish market data into weekly price reports",
    "for buyers along the coast, and keeps the pipelines behind",
    "them running without anyone noticing.",
  };
  static const char * const items[] = {
    "• Built the weekly price report read by forty buyers",
    "• Cut the nightly load from two hours to twenty minutes",
    "• Wrote the data dictionary for the auction records",
  };
  double y = 200;

  cairo_set_source_rgb (cr, 0.1, 0.2, 0.35);
  cairo_rectangle (cr, 0, 0, 200, 842);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_arc (cr, 100, 90, 60, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (side); i++)
    draw_text (cr, 30, 200 + 18 * i, side[i], 9, i == 0 || i == 4 || i == 9);

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 222, 24, "Ola Nordmann", 26, TRUE);
  draw_text (cr, 222, 80, "PROFILE", 13, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (profile); i++)
    draw_text (cr, 222, 104 + 13 * i, profile[i], 10, FALSE);
  draw_text (cr, 222, y, "EXPERIENCE", 13, TRUE);
  for (guint e = 0; e < 2; e++)
    {
      draw_text (cr, 222, y += 26, e == 0 ? "Data Analyst, Sjømat Data AS" : "Junior Analyst, Fjordfisk", 10, TRUE);
      draw_text (cr, 500, y, e == 0 ? "2021 – 2024" : "2019 – 2021", 10, FALSE);
      for (guint b = 0; b < G_N_ELEMENTS (items); b++)
        draw_text (cr, 230, y += 16, items[b], 10, FALSE);
    }
}

static void
test_pdf_photo_sidebar (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_photo_sidebar);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ola Nordmann");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ola.nordmann@example.no");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 2), ==, "Wrote the data dictionary for the auction records");
}

static VitaeDocument *import_texts (const char * const *texts,
                                    guint                n);

/* Bullets drawn as shapes, not glyphs, in a narrow left column, while the
 * right column holds most lines: the bullets are indented from where the
 * left column's entries start, not from the right column's edge. */
static void
draw_drawn_bullets_left (cairo_t *cr)
{
  static const char * const entries[][4] = {
    { "Backend Developer, Nordwind Logistik", "03/2019 – 08/2021",
      "Split the monolith's billing into a service", "Kept the nightly imports under ten minutes" },
    { "Junior Developer, Hafenblick Media", "09/2016 – 02/2019",
      "Built the editors' image cropping tool", "Moved the test suite from Jenkins to GitLab CI" },
  };
  double y = 120;

  draw_text (cr, 40, 40, "Anja Petersen", 22, TRUE);
  draw_text (cr, 40, 76, "anja.petersen@example.de", 9, FALSE);
  draw_text (cr, 40, y, "EXPERIENCE", 11, TRUE);
  draw_text (cr, 330, y, "PROJECTS", 11, TRUE);
  for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
    {
      draw_text (cr, 40, y += 22, entries[e][0], 8, FALSE);
      draw_text (cr, 40, y += 11, entries[e][1], 8, FALSE);
      /* Spaced apart more than the lines of a paragraph. */
      for (guint b = 2; b < 4; b++)
        {
          y += 18;
          cairo_arc (cr, 45, y + 6, 1.5, 0, 2 * G_PI);
          cairo_fill (cr);
          draw_text (cr, 52, y, entries[e][b], 8, FALSE);
        }
    }
  /* The right column: more lines than the left one, all at one edge. */
  y = 120;
  for (guint i = 0; i < 16; i++)
    draw_text (cr, 330, y += 14, i % 4 == 0 ? "Harbour tides dashboard" : "A web page of tide tables for the port", 8,
               FALSE);
}

static void
test_pdf_drawn_bullets_left (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_drawn_bullets_left);
  VitaeEntry *work;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 1), ==, "Kept the nightly imports under ten minutes");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Built the editors' image cropping tool");
}

/* A browser's list: items marked with drawn discs, each on a line of its
 * own as close under the one above as a paragraph's lines, one item
 * wrapped at the column's edge, and a nested list further in. A line is
 * a new item when the line above ended so far short of the column's
 * edge that its first word would have fitted there (so an item after a
 * full line still reads as that line wrapped: geometry cannot tell). */
static void
draw_list_lines (cairo_t *cr)
{
  static const char * const items[] = {
    "Rotated the certificates of forty internal services",
    "Moved the nightly backups to object storage",
    "+Weekly restore drills",
    "+Alerts when a backup is late",
    "Wrote the runbooks that the night shift follows when a depot scanner loses its connection to the "
    "stock database",
    "Cut the paging noise by half",
  };
  double y = 150;

  draw_text (cr, 40, 40, "Tobias Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "tobias.l@example.se", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 120, "Site Reliability Engineer, Northwind Freight", 10, TRUE);
  draw_text (cr, 470, 120, "2019 – 2024", 10, FALSE);
  y = 136;
  y += draw_wrapped (cr, 40, y, 515, "Kept the systems of twelve depots running day and night, with a team of "
                     "four spread over two time zones and a pager that rang far too often:", 10);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      gboolean nested = items[i][0] == '+';
      double x = nested ? 90 : 70;

      cairo_arc (cr, x - 10, y + 7, 2, 0, 2 * G_PI);
      cairo_fill (cr);
      y += draw_wrapped (cr, x, y, 555 - x, items[i] + nested, 10);
    }
  draw_text (cr, 40, y + 20, "EDUCATION", 12, TRUE);
  draw_text (cr, 40, y + 40, "BSc Computer Science, Umeå University", 10, TRUE);
  draw_text (cr, 470, y + 40, "2015 – 2018", 10, FALSE);
}

/* A web page printed: section headings set large, and inside an entry,
 * a label that is a known heading word ("Projects") in bold at the size
 * of the text, with its list under it. */
static void
draw_entry_labels (cairo_t *cr)
{
  static const char * const projects[] = { "Moved the build farm to containers", "Wrote the on-call handbook" };
  double y = 170;

  draw_text (cr, 40, 40, "Jonas Brandt", 20, TRUE);
  draw_text (cr, 40, 70, "jonas.brandt@example.de", 10, FALSE);
  draw_text (cr, 40, 100, "Experience", 16, TRUE);
  draw_text (cr, 40, 126, "Platform Engineer, Elbe Logistics (2020 – 2024)", 12, TRUE);
  draw_text (cr, 40, 146, "Looked after the build and deploy tooling of forty teams.", 10, FALSE);
  draw_text (cr, 40, y, "Projects", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      y += 14;
      cairo_arc (cr, 60, y + 7, 2, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 70, y, projects[i], 10, FALSE);
    }
  draw_text (cr, 40, y + 30, "Education", 16, TRUE);
  draw_text (cr, 40, y + 56, "BSc Informatics, Universität Hamburg (2016 – 2020)", 12, TRUE);
}

static void
test_pdf_entry_labels (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_entry_labels);
  VitaeEntry *work;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, 0);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 1), ==, "Wrote the on-call handbook");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* The entry's dates at the right of its first bullet, not of its title
 * (a Canva layout). */
static void
draw_dates_beside_bullet (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Inês Moura", 20, TRUE);
  draw_text (cr, 40, 70, "ines.moura@example.pt", 10, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 120, "Volunteer Tutor, Harbour School", 10, TRUE);
  draw_text (cr, 40, 136, "Mentor", 10, FALSE);
  draw_text (cr, 470, 136, "Lisbon", 10, FALSE);
  draw_text (cr, 40, 152, "• Taught algebra to two classes of twelve-year-olds", 10, FALSE);
  draw_text (cr, 440, 152, "Sep 2021 ‑ Jun 2022", 10, FALSE);
  draw_text (cr, 40, 168, "• Wrote the weekly worksheets", 10, FALSE);
}

static void
test_pdf_dates_beside_bullet (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_dates_beside_bullet);
  VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2021-09");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "end"), ==, "2022-06");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Taught algebra to two classes of twelve-year-olds");
}

static void
test_pdf_list_lines (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_list_lines);
  VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 6);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Rotated the certificates of forty internal services");
  g_assert_cmpstr (bullet_text (work, 2), ==, "Weekly restore drills");
  g_assert_cmpstr (bullet_text (work, 3), ==, "Alerts when a backup is late");
  g_assert_cmpstr (bullet_text (work, 4), ==,
                   "Wrote the runbooks that the night shift follows when a depot scanner loses its connection to the "
                   "stock database");
  g_assert_cmpstr (bullet_text (work, 5), ==, "Cut the paging noise by half");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* Draws DejaVu's "•" but writes @as into the PDF's text for it, as Word
 * does with the Symbol font's bullet (U+F0B7, a private-use character). */
static void
draw_glyph_as (cairo_t    *cr,
               double      x,
               double      y,
               const char *as,
               double      size)
{
  cairo_glyph_t *glyphs = NULL;
  cairo_text_cluster_t *clusters = NULL;
  cairo_text_cluster_flags_t flags;
  int n_glyphs = 0, n_clusters = 0;

  cairo_save (cr);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
  g_assert_cmpint (cairo_scaled_font_text_to_glyphs (cairo_get_scaled_font (cr), x, y + size, "•", -1,
                                                     &glyphs, &n_glyphs, &clusters, &n_clusters, &flags),
                   ==, CAIRO_STATUS_SUCCESS);
  clusters[0].num_bytes = strlen (as);
  cairo_show_text_glyphs (cr, as, -1, glyphs, n_glyphs, clusters, n_clusters, flags);
  cairo_glyph_free (glyphs);
  cairo_text_cluster_free (clusters);
  cairo_restore (cr);
}

/* Bullets that are no bullet characters: Word's Symbol-font bullet,
 * which a PDF gives as a private-use character, deeply indented items
 * under it, and a LaTeX class's list sign ("∠") from a math font. A
 * phone number after an icon in the header stays the phone. */
static void
draw_icon_bullets (cairo_t *cr)
{
  static const char * const items[] = {
    "Reported a cross-site scripting flaw in a ticket shop", "Found a login page that leaked user names",
  };
  double y = 170;

  draw_text (cr, 40, 40, "Rania Haddad", 20, TRUE);
  draw_glyph_as (cr, 40, 72, "\uf095", 9);
  draw_text (cr, 52, 72, "+20 100 555 0199", 9, FALSE);
  draw_text (cr, 200, 72, "rania.h@example.org", 9, FALSE);

  draw_text (cr, 40, 110, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 130, "Security Analyst, Nile Secure", 10, TRUE);
  draw_text (cr, 470, 130, "2021 – 2024", 10, FALSE);
  draw_glyph_as (cr, 72, 150, "\uf0b7", 10);
  draw_text (cr, 90, 150, "Bug hunting in public programmes:", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++, y += 16)
    {
      draw_glyph_as (cr, 108, y, "\uf0a7", 10);
      draw_text (cr, 126, y, items[i], 10, FALSE);
    }

  draw_text (cr, 40, y += 12, "Teaching Assistant, Delta University", 10, TRUE);
  draw_text (cr, 470, y, "2019 – 2021", 10, FALSE);
  draw_text (cr, 44, y += 18, "∠ Ran the weekly networking labs", 10, FALSE);
  draw_text (cr, 44, y += 16, "∠ Marked 300 exam papers a term", 10, FALSE);
}

static void
test_pdf_icon_bullets (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_icon_bullets);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Rania Haddad");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+20 100 555 0199");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Bug hunting in public programmes:");
  g_assert_cmpstr (bullet_text (work, 2), ==, "Found a login page that leaked user names");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 1), ==, "Marked 300 exam papers a term");
}

/* A list set in two columns under a short line in bold at the text's
 * size, each item marked by a Symbol-font glyph (a private-use
 * character) that the PDF's text gives again before the item beside
 * ("<glyph> Knows Go and Rust <glyph> Kind to users"), one item's left
 * cell a few words like a label's: each cell an item of its own, and
 * the line in bold no part of the header. */
static void
draw_icon_columns (cairo_t *cr)
{
  static const char * const rows[][2] = {
    { "Knows Go, Rust and C well", "Kind to users" },
    { "Ships small changes often", "Calm on call" },
    { "Patient code reviewer", "Writes clear docs." },
  };
  double y = 130;

  draw_text (cr, 40, 40, "Tomas Ekwueme", 20, TRUE);
  draw_text (cr, 40, 72, "tomas.e@example.net", 9, FALSE);
  draw_text (cr, 260, 100, "Strengths", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++, y += 14)
    {
      draw_glyph_as (cr, 70, y, "\uf0b7", 10);
      draw_text (cr, 88, y, rows[i][0], 10, FALSE);
      draw_glyph_as (cr, 330, y, "\uf0b7", 10);
      draw_text (cr, 348, y, rows[i][1], 10, FALSE);
    }
  draw_text (cr, 260, y += 20, "Education", 12, TRUE);
  draw_text (cr, 40, y += 20, "Lagos Technical College", 10, TRUE);
  draw_text (cr, 470, y, "2016 – 2020", 10, FALSE);
}

static void
test_pdf_icon_columns (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_icon_columns);
  g_autofree char *bullets = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            g_string_append_printf (all, "%s\n", bullet_text (entry, b));
        }
    }
  g_assert_cmpstr (all->str, ==,
                   "Knows Go, Rust and C well\nKind to users\nShips small changes often\nCalm on call\n"
                   "Patient code reviewer\nWrites clear docs.\n");
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (document), "summary") ? : "", "Strengths"));
}

static double
text_width (cairo_t    *cr,
            const char *text,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans%s %g", bold ? " Bold" : "", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle ink, logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, &ink, &logical);
  pango_font_description_free (description);
  g_object_unref (layout);
  return (double) (ink.x + ink.width) / PANGO_SCALE;
}

/* A name with a generous space, roles under one employer set left of the
 * bullets above them, Word's "o" sub-bullets, and list items in two
 * columns. */
static void
draw_word_lists (cairo_t *cr)
{
  /* The space between the names just over half an em (20 pt at 96 dpi). */
  double first = text_width (cr, "Noor", 20, TRUE);

  draw_text (cr, 40, 40, "Noor", 20, TRUE);
  draw_text (cr, 40 + first + 0.55 * 20 * 96 / 72, 40, "Haddad", 20, TRUE);
  draw_text (cr, 40, 74, "noor.haddad@example.org", 9, FALSE);

  draw_text (cr, 40, 110, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 130, "Harbor Analytics, Boston", 10, TRUE);
  draw_text (cr, 50, 144, "Senior Analyst, March 2021 – Present", 10, FALSE);
  draw_text (cr, 60, 158, "• Modelled churn for the loyalty program", 10, FALSE);
  draw_text (cr, 80, 172, "o Gradient boosting and survival curves", 10, FALSE);
  draw_text (cr, 50, 186, "Analyst, June 2019 – March 2021", 10, FALSE);
  draw_text (cr, 60, 200, "• Rebuilt the weekly sales report in SQL", 10, FALSE);

  draw_text (cr, 40, 240, "COURSEWORK", 12, TRUE);
  draw_text (cr, 40, 260, "• Statistical Inference", 10, FALSE);
  draw_text (cr, 300, 260, "• Database Systems", 10, FALSE);
}

static void
test_pdf_word_lists (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_word_lists);
  VitaeEntry *entry;
  VitaeSection *coursework;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Noor Haddad");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), >=, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Modelled churn for the loyalty program");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Gradient boosting and survival curves");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019-06");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 1);

  coursework = section_titled (document, "Coursework");
  entry = vitae_section_get_entry (coursework, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Statistical Inference");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Database Systems");
}

/* What designers' templates print: a large name on two lines, "+" as a
 * bullet, and an address written "[@]" beside an icon and a phone number
 * alone in a contact block after the sections. (Google Docs' zero-width spaces cannot be drawn
 * here: Pango leaves them out.) */
static void
draw_docs_export (cairo_t *cr)
{
  /* A heading at the top of a right column, read before the name. */
  draw_text (cr, 380, 22, "ABOUT", 22, TRUE);
  draw_text (cr, 40, 30, "MAREN", 30, FALSE);
  draw_text (cr, 40, 72, "KOLSTAD", 30, FALSE);
  draw_text (cr, 40, 120, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 140, "Fjellnett AS", 10, TRUE);
  draw_text (cr, 450, 140, "2020 – 2024", 10, FALSE);
  draw_text (cr, 50, 156, "● Moved the customer portal to server-side rendering", 10, FALSE);
  draw_text (cr, 50, 172, "+ Cut the median page load from 3.1 to 0.9 seconds", 10, FALSE);
  draw_text (cr, 40, 210, "CONTACT", 12, TRUE);
  draw_text (cr, 40, 230, "\u2709 maren.k[@]example.no", 10, FALSE);
  draw_text (cr, 40, 246, "2019 – 2024", 10, FALSE);
  draw_text (cr, 40, 262, "412.555.0187", 10, FALSE);
}

static void
test_pdf_docs_export (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_docs_export);
  VitaeEntry *work;

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "MAREN KOLSTAD");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "maren.k@example.no");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "412.555.0187");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (work);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 2);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Moved the customer portal to server-side rendering");
  g_assert_cmpstr (bullet_text (work, 1), ==, "Cut the median page load from 3.1 to 0.9 seconds");
}

/* Headings and dates in Chinese and Japanese, read from text lines. */
static void
test_lines_cjk (void)
{
  static const char * const texts[] = {
    "王小明", "xiaoming@example.cn", "工作经历", "数据工程师\t2019.03 至 今", "• 搭建了实时数据管道",
    "教育背景", "某某大学", "スキル", "Python, SQL",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *work;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

      line->text = g_strdup (texts[i]);
      g_ptr_array_add (lines, line);
    }
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "王小明");
  work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (work);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2019-03");
  g_assert_false (vitae_node_has (VITAE_NODE (work), "end"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), ==, 1);
}

/* Headings and "Present" of the other document languages Vitae knows
 * come from its locale data: Korean here. */
static void
test_lines_locale_headings (void)
{
  static const char * const texts[] = {
    "김지수", "jisoo.kim@example.kr", "경력", "백엔드 개발자\t2020.05 - 현재", "• 결제 API의 응답 시간을 40% 줄임",
    "학력", "한빛대학교",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_nonnull (work);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2020-05");
  g_assert_false (vitae_node_has (VITAE_NODE (work), "end"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* Header details met in other people's resumes: a name with a comma and
 * what the person is, a number labelled as an ID or a birth date before
 * the phone number (neither is the phone), and a surname first, which
 * stays whole. */
static void
test_lines_header_details (void)
{
  static const char * const first[] = {
    "Wen Hui Lim, Graduate Student", "wenhui.lim@example.sg",
    "ID: 36302-5012729-7", "Date of birth: 14.03.1998", "Phone: +65 8123 4567",
    "Education", "National University of Singapore\t2019 – 2023",
  };
  static const char * const second[] = {
    "Lindqvist, Tobias", "tobias.l@example.se", "Born: 02/11/1990", "+46 70 123 45 67",
    "Experience", "Site Engineer, Northwind Freight\t2019 – 2024",
  };
  g_autoptr(VitaeDocument) a = import_texts (first, G_N_ELEMENTS (first));
  g_autoptr(VitaeDocument) b = import_texts (second, G_N_ELEMENTS (second));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "name"), ==, "Wen Hui Lim");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "label"), ==, "Graduate Student");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "phone"), ==, "+65 8123 4567");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "name"), ==, "Lindqvist, Tobias");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "phone"), ==, "+46 70 123 45 67");
}

/* List items whose dash or bullet is glued to the first word, as a Canva
 * template sets them; a hyphenated word at the start of a line is no
 * item. */
static void
test_lines_glued_marks (void)
{
  static const char * const texts[] = {
    "Oskar Nyberg", "oskar.n@example.fi",
    "Achievements", "-Won the regional robotics cup twice", "•Led a team of four students", "-Coached",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeSection *section = section_titled (document, "Achievements");
  VitaeEntry *entry;

  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Won the regional robotics cup twice");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Led a team of four students");
}

/* A languages line with a dash and curly quotes: split at its "·" and
 * "|", never inside the other characters; the fluency after a dash set
 * apart is the language's. */
static void
test_lines_language_marks (void)
{
  static const char * const texts[] = {
    "Ilse Vermeulen", "ilse.v@example.be",
    "Languages", "Nederlands – moedertaal · Français (courant) | English “fluent”",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *entry;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 3);
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Nederlands");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "fluency"), ==, "moedertaal");
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "fluency"), ==, "courant");
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "English “fluent”");
}

/* A name in large capitals over two centred lines. */
static void
draw_centred_name (cairo_t *cr)
{
  draw_text (cr, 298 - text_width (cr, "NGUYEN THI", 30, TRUE) / 2, 40, "NGUYEN THI", 30, TRUE);
  draw_text (cr, 298 - text_width (cr, "MAI ANH", 30, TRUE) / 2, 76, "MAI ANH", 30, TRUE);
  draw_text (cr, 298 - text_width (cr, "mai.anh@example.vn", 10, FALSE) / 2, 120, "mai.anh@example.vn", 10, FALSE);
  draw_text (cr, 40, 160, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 180, "Web Developer, Saigon Apps", 10, TRUE);
  draw_text (cr, 470, 180, "2021 – 2024", 10, FALSE);
  draw_text (cr, 40, 196, "• Built the booking pages of a ferry company", 10, FALSE);
}

static void
test_pdf_centred_name (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_centred_name);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "NGUYEN THI MAI ANH");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "mai.anh@example.vn");
}

/* List items with dates at their right are entries: a labelled date
 * ("Issued: 2023") and short years glued to their months ("Aug’14"). */
static void
test_lines_dated_items (void)
{
  static const char * const texts[] = {
    "Priya Raman", "priya.raman@example.in",
    "Certifications", "• Cloud Practitioner — Amazon Web Services\tIssued: 2023",
    "Volunteering", "• Secretary, Chess Society\tAug\u201914 - July\u201915",
    "Ran weekly blitz evenings for forty members",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_CERTIFICATIONS, 0);

  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Cloud Practitioner — Amazon Web Services");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "date"), ==, "2023");

  entry = entry_at (document, VITAE_SECTION_VOLUNTEER, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Secretary, Chess Society");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2014-08");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2015-07");
}

/* Headings worded with a plural or with "History": the kinds of their
 * stems. */
static void
test_lines_heading_stems (void)
{
  static const char * const texts[] = {
    "Noor Haddad", "noor.haddad@example.jo",
    "Experiences", "Line Cook, Olive Tree Kitchen\t2019 – 2022", "• Ran the grill station on weekends",
    "Education History", "Culinary Arts Diploma, Amman College\t2017 – 2019",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* Dates as some people write them: a month shortened with a dot after
 * more than its three letters, and a span left open with a tilde. */
static void
test_lines_loose_dates (void)
{
  static const char * const texts[] = {
    "Hyun-woo Park", "hyunwoo.park@example.kr",
    "Projects",
    "• Taught a model car to hold the racing line\tSepts. 2024 \u2011 Dec. 2024",
    "• Counted birds on drone photos of the wetlands\tJan. 2025 ~",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);

  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2024-09");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2024-12");
  entry = entry_at (document, VITAE_SECTION_PROJECTS, 1);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2025-01");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "end"));
}

/* A resume laid out as a word processor table, the section headings in
 * its first column (side-table.html, opened in LibreOffice, saved as ODT
 * and printed to side-table-libreoffice.pdf). */
static void
test_pdf_libreoffice_table (void)
{
  g_autofree char *path = data_path ("side-table-libreoffice.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_file (path, NULL, &error);
  VitaeSection *teaching;
  VitaeEntry *entry;

  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lena Hoffmann");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 170 555 0199");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Quality Engineer, Auenwerk GmbH");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);

  teaching = section_titled (document, "Teaching Activities");
  entry = vitae_section_get_entry (teaching, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Wrote exercises on boundary values and equivalence classes");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* How many times @needle is in @document's JSON Resume text. */
static guint
count_in_json (VitaeDocument *document,
               const char    *needle)
{
  g_autofree char *json = vitae_json_resume_serialize (document, NULL);
  guint n = 0;

  for (const char *p = strstr (json, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Draws @parts on one line from @x, 20 points apart, as a LaTeX footer
 * sets its contact details between icon-font glyphs. */
static void
draw_parts (cairo_t            *cr,
            double              x,
            double              y,
            const char * const *parts,
            double              size)
{
  for (guint i = 0; parts[i]; i++)
    {
      draw_text (cr, x, y, parts[i], size, FALSE);
      x += text_width (cr, parts[i], size, FALSE) + 20;
    }
}

/* Two pages, each with the contact details in a footer after icon-font
 * letters (moderncv's phone, mail and social icons come out of the text
 * layer as "Æ", "Q" and "t"), the name at the top of the first. */
static void
draw_footer_contacts (cairo_t *cr)
{
  static const char * const footer[] = {
    "Æ +43 660 5550123", "•", "Q jonas.berger@example.at", "•", "t jberger_dev", NULL,
  };

  draw_text (cr, 300, 40, "Jonas Berger", 30, FALSE);
  draw_text (cr, 200, 100, "Ausbildung", 14, FALSE);
  draw_text (cr, 40, 124, "10/2016 – 09/2018", 11, FALSE);
  draw_text (cr, 200, 124, "Master Mechatronik, FH Wels.", 11, FALSE);
  draw_text (cr, 200, 150, "Berufserfahrung", 14, FALSE);
  draw_text (cr, 40, 174, "02/2019 – 06/2023", 11, FALSE);
  draw_text (cr, 200, 174, "Monteur, Alpenwerk GmbH, Linz.", 11, FALSE);
  draw_text (cr, 200, 192, "• Montierte Sondermaschinen beim Kunden", 10, FALSE);
  draw_parts (cr, 60, 790, footer, 8);
  cairo_show_page (cr);
  draw_text (cr, 200, 40, "Sprachen", 14, FALSE);
  draw_text (cr, 200, 64, "Deutsch, Englisch", 11, FALSE);
  draw_parts (cr, 60, 790, footer, 8);
}

static void
test_pdf_footer_contacts (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_footer_contacts);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Jonas Berger");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "jonas.berger@example.at");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+43 660 5550123");
  /* Neither footer is left in a section, nor the handle taken as a town. */
  g_assert_cmpuint (count_in_json (document, "jonas.berger@"), ==, 1);
  g_assert_cmpuint (count_in_json (document, "5550123"), ==, 1);
  g_assert_false (vitae_node_has (VITAE_NODE (document), "city"));
}

/* A centred two-column page (as Canva sets one): the e-mail address in
 * the right column on the same line as a degree in the left one. */
static void
draw_email_beside_entry (cairo_t *cr)
{
  draw_text (cr, 70, 40, "Wout Claes", 36, TRUE);
  draw_text (cr, 110, 90, "Web Developer", 20, TRUE);
  draw_text (cr, 100, 140, "Education", 20, TRUE);
  draw_text (cr, 60, 170, "Bachelor Applied Informatics", 12, FALSE);
  draw_text (cr, 360, 170, "Ghent, Belgium", 12, FALSE);
  draw_text (cr, 60, 190, "Graduate Electronics", 12, FALSE);
  draw_text (cr, 360, 190, "wout.claes@example.be", 12, FALSE);
  draw_text (cr, 100, 230, "Skills", 20, TRUE);
  draw_text (cr, 60, 260, "Vue, Laravel, SQL", 12, FALSE);
}

static void
test_pdf_email_beside_entry (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_email_beside_entry);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Wout Claes");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "wout.claes@example.be");
  g_assert_cmpuint (count_in_json (document, "wout.claes@"), ==, 1);
  /* The degree stays where it was, not taken for a town. */
  g_assert_cmpuint (count_in_json (document, "Graduate Electronics"), ==, 1);
  g_assert_false (vitae_node_has (VITAE_NODE (document), "city"));
}

/* A name over two lines, the surname set larger and bold under the
 * given name (a Canva template); and a headline set small above a name
 * with pronouns, which stays a headline. */
static void
draw_name_two_sizes (cairo_t *cr)
{
  draw_text (cr, 270, 30, "ДАРИНА", 30, FALSE);
  draw_text (cr, 270, 62, "ОМАРОВА", 35, TRUE);
  draw_text (cr, 270, 110, "Data Analyst", 17, FALSE);
  draw_text (cr, 40, 180, "Опыт работы", 16, TRUE);
  draw_text (cr, 40, 210, "Аналитик, Kaspi Lab", 10, TRUE);
  draw_text (cr, 470, 210, "2021 – 2024", 10, FALSE);
  draw_text (cr, 40, 228, "• Построила отчёты по продажам", 10, FALSE);
  draw_text (cr, 40, 300, "darina.o@example.kz", 10, FALSE);
}

static void
draw_headline_above_name (cairo_t *cr)
{
  draw_text (cr, 40, 30, "SITE ENGINEER", 14, FALSE);
  draw_text (cr, 40, 50, "TOMASZ NOWAK (he/him)", 24, TRUE);
  draw_text (cr, 40, 96, "tomasz.nowak@example.pl", 10, FALSE);
  draw_text (cr, 40, 140, "EXPERIENCE", 14, TRUE);
  draw_text (cr, 40, 164, "Site Engineer, Budimex", 10, TRUE);
  draw_text (cr, 470, 164, "2019 – 2024", 10, FALSE);
}

/* A Spanish name with two given names and two surnames over two lines
 * of the same large size; a headline under a name, set smaller. */
static void
draw_name_two_lines (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Juan Carlos", 24, TRUE);
  draw_text (cr, 40, 62, "Medina Ruiz", 24, TRUE);
  draw_text (cr, 40, 104, "juan.medina@example.es", 10, FALSE);
  draw_text (cr, 40, 140, "EXPERIENCIA", 14, TRUE);
  draw_text (cr, 40, 164, "Enfermero, Hospital del Mar", 10, TRUE);
  draw_text (cr, 470, 164, "2019 – 2024", 10, FALSE);
  draw_text (cr, 40, 182, "• Atendí a pacientes de la unidad de cuidados intensivos", 10, FALSE);
  draw_text (cr, 40, 198, "• Formé a seis enfermeros nuevos", 10, FALSE);
}

static void
draw_name_headline (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Ana Souza", 24, TRUE);
  draw_text (cr, 40, 62, "Data Engineer", 14, FALSE);
  draw_text (cr, 40, 90, "ana.souza@example.br", 10, FALSE);
  draw_text (cr, 40, 130, "EXPERIENCE", 14, TRUE);
  draw_text (cr, 40, 154, "Data Engineer, Nubank", 10, TRUE);
  draw_text (cr, 470, 154, "2019 – 2024", 10, FALSE);
}

static void
test_pdf_name_two_sizes (void)
{
  g_autoptr(VitaeDocument) a = import_drawn (draw_name_two_sizes);
  g_autoptr(VitaeDocument) b = import_drawn (draw_headline_above_name);
  g_autoptr(VitaeDocument) c = import_drawn (draw_name_two_lines);
  g_autoptr(VitaeDocument) d = import_drawn (draw_name_headline);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (c), "name"), ==, "Juan Carlos Medina Ruiz");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (d), "name"), ==, "Ana Souza");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (d), "label"), ==, "Data Engineer");

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "name"), ==, "ДАРИНА ОМАРОВА");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "email"), ==, "darina.o@example.kz");
  g_assert_cmpuint (count_in_json (a, "ДАРИНА"), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "name"), ==, "TOMASZ NOWAK");
}

/* A "personal data" block as German, French, Italian and Spanish CVs set
 * it: the name in labelled fields (surname first after "Name, Vorname",
 * or split over two fields in either order), the phone after a label
 * of the language, a birth date and a postal code that are no phone. */
static void
test_lines_personal_data (void)
{
  static const char * const german[] = {
    "Persönliche Daten", "Name, Vorname:\tRiemann, Klara", "Geburtsdatum:\t1990-10-20",
    "Anschrift:\tLindenweg 4, 38855 Wernigerode", "Telefon:\t0171 2345678", "E-Mail:\tklara.riemann@example.de",
    "Berufserfahrung", "02/2022 – heute\tSystemadministratorin", "- Betreute 40 Linux-Server",
  };
  static const char * const french[] = {
    "Informations personnelles", "Nom : Martin", "Prénom : Claire", "Né le : 12/03/1991",
    "Tél. : 06 12 34 56 78", "claire.martin@example.fr", "Expérience", "Développeuse\t2019 – 2023",
  };
  static const char * const italian[] = {
    "Dati personali", "Nome: Giulia", "Cognome: Bianchi", "Data di nascita: 17/05/1994",
    "Cellulare: +39 333 123 4567", "Esperienza", "Analista\t2020 – 2024",
  };
  static const char * const spanish[] = {
    "Datos personales", "Nombre y apellidos: Lucía Fernández Gómez", "CP: 28013", "Móvil: 612 345 678",
    "Experiencia", "Enfermera\t2018 – 2024",
  };
  g_autoptr(VitaeDocument) de = import_texts (german, G_N_ELEMENTS (german));
  g_autoptr(VitaeDocument) fr = import_texts (french, G_N_ELEMENTS (french));
  g_autoptr(VitaeDocument) it = import_texts (italian, G_N_ELEMENTS (italian));
  g_autoptr(VitaeDocument) es = import_texts (spanish, G_N_ELEMENTS (spanish));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (de), "name"), ==, "Klara Riemann");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (de), "phone"), ==, "0171 2345678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (de), "email"), ==, "klara.riemann@example.de");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (fr), "name"), ==, "Claire Martin");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (fr), "phone"), ==, "06 12 34 56 78");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (it), "name"), ==, "Giulia Bianchi");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (it), "phone"), ==, "+39 333 123 4567");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (es), "name"), ==, "Lucía Fernández Gómez");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (es), "phone"), ==, "612 345 678");
}

/* A cover page's title is never the name, even when it names the
 * person after it; phone numbers after labels and icons of several
 * languages, where a birth date and a postal code stand first; links
 * after icons. */
static void
test_lines_titles_and_phones (void)
{
  static const char * const cover[] = {
    "Bewerbung als Mechatroniker", "Lebenslauf von Jonas Weber", "Hauptstraße 7, D-12345 Berlin",
    "geb. 1990-10-20", "Mobil 0151 23456789", "jonas.weber@example.de", "Ausbildung", "Fachhochschule Wels\t2016 – 2018",
  };
  static const char * const resume[] = {
    "CURRICULUM VITAE", "Ana Souza", "Rua Augusta 100, 01310-100 São Paulo", "✆ +55 11 91234 5678",
    "Experiência", "Analista\t2020 – 2024",
  };
  static const char * const sidebar[] = {
    "Mehmet Yılmaz", "Experience", "Engineer, Arçelik\t2019 – 2024", "Contact", "mehmet.y@example.com.tr",
    "☎ +90 532 123 45 67", "Ankara 06690",
  };
  static const char * const titled[] = {
    "Resume – Software Engineer", "Priya Nair", "priya.nair@example.in", "Experience", "Developer, Infosys\t2019 – 2024",
  };
  static const char * const links[] = {
    "Hana Kovač", "S hanakovac.dev | E hanak | LinkedIn | in/hanak | hana.k@example.hr", "Experience",
    "Warehouse IT (2015-2018)", "Kept forty scanners running",
  };
  g_autoptr(VitaeDocument) a = import_texts (cover, G_N_ELEMENTS (cover));
  g_autoptr(VitaeDocument) b = import_texts (resume, G_N_ELEMENTS (resume));
  g_autoptr(VitaeDocument) c = import_texts (sidebar, G_N_ELEMENTS (sidebar));
  g_autoptr(VitaeDocument) d = import_texts (links, G_N_ELEMENTS (links));
  g_autoptr(VitaeDocument) e = import_texts (titled, G_N_ELEMENTS (titled));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "name"), ==, "Jonas Weber");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "phone"), ==, "0151 23456789");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "name"), ==, "Ana Souza");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "phone"), ==, "+55 11 91234 5678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (c), "phone"), ==, "+90 532 123 45 67");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (c), "email"), ==, "mehmet.y@example.com.tr");
  /* Links after icon-font letters are links, not the town; years in
   * brackets are no phone. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (d), "url"), ==, "hanakovac.dev");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (d), "email"), ==, "hana.k@example.hr");
  g_assert_false (vitae_node_has (VITAE_NODE (d), "city"));
  g_assert_false (vitae_node_has (VITAE_NODE (d), "phone"));
  /* "Resume – …" before the name is a title, not a name and headline. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (e), "name"), ==, "Priya Nair");
}

/* Numbers in a resume's header without a label: a birth date written
 * day-month-year and a range of years are no phone number, however many
 * digits they have; the phone is the number after them. */
static void
test_lines_header_dates_no_phone (void)
{
  static const char * const birth[] = {
    "Lotte Verbeke", "12-03-1986\tKerkstraat 12, 9000 Gent", "lotte.v@example.be\t+32 470 12 34 56",
    "Ervaring", "Analist, Havenbedrijf\t2019 – 2024",
  };
  static const char * const years[] = {
    "Tomas Lindqvist", "Student", "2015-2018", "tomas.l@example.se",
    "Education", "Riverside College\t2015 – 2018",
  };
  g_autoptr(VitaeDocument) a = import_texts (birth, G_N_ELEMENTS (birth));
  g_autoptr(VitaeDocument) b = import_texts (years, G_N_ELEMENTS (years));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "phone"), ==, "+32 470 12 34 56");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (b), "email"), ==, "tomas.l@example.se");
  g_assert_false (vitae_node_has (VITAE_NODE (b), "phone"));
}

/* Header details of North American resumes: pronouns after the name, a
 * ZIP+4 code and a profile address ending in digits before the phone
 * number, an address written "(at)" to keep robots off; and phone
 * numbers written in the ways of several countries. */
static void
test_lines_header_numbers (void)
{
  static const char * const us[] = {
    "Alex Kim (they/them)", "Oakland, CA 94611-2304 | linkedin.com/in/alex-kim-20483715",
    "alex.kim(at)example.org | +1 (555) 201-7788",
    "Experience", "Analyst, Harbor Bank\t2020 – 2024",
  };
  static const char * const phones[][2] = {
    { "Tel. +49 (0)171 2345678", "+49 (0)171 2345678" },
    { "Portable : 06.12.34.56.78", "06.12.34.56.78" },
    { "+7 (915) 996-36-63", "+7 (915) 996-36-63" },
    { "Mobile: +81 90-1234-5678", "+81 90-1234-5678" },
    { "HP: +60 12-345 6789", "+60 12-345 6789" },
    /* Kept on one line with no-break spaces, as word processors do. */
    { "Tel.: +49\u00a0171\u00a02345678", "+49 171 2345678" },
    { "Tél.\u202f: 06\u00a012\u00a034\u00a056\u00a078", "06 12 34 56 78" },
    /* A Japanese postal code, marked 〒, before the number. */
    { "〒100-0001 東京都千代田区 電話: 03-1234-5678", "03-1234-5678" },
  };
  g_autoptr(VitaeDocument) a = import_texts (us, G_N_ELEMENTS (us));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "name"), ==, "Alex Kim");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "phone"), ==, "+1 (555) 201-7788");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (a), "email"), ==, "alex.kim@example.org");
  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      const char * const texts[] = { "Maria Rossi", "maria.rossi@example.com", phones[i][0], "Experience" };
      g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, phones[i][1]);
    }
}

/* A header laid out as a word processor's table: labels in one column,
 * the details beside them ("Telefon:" <tab> "0171 …"), under the name. */
static void
draw_label_cells (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Katrin Vogel", 24, TRUE);
  draw_text (cr, 40, 100, "Telefon:", 10, FALSE);
  draw_text (cr, 160, 100, "0171 2345678", 10, FALSE);
  draw_text (cr, 40, 116, "E-Mail:", 10, FALSE);
  draw_text (cr, 160, 116, "k.vogel@example.de", 10, FALSE);
  draw_text (cr, 40, 160, "Berufserfahrung", 14, TRUE);
  draw_text (cr, 40, 184, "Administratorin, Stadtwerke Kassel", 10, TRUE);
  draw_text (cr, 470, 184, "2019 – 2024", 10, FALSE);
  draw_text (cr, 40, 202, "• Betreute 40 Linux-Server", 10, FALSE);
}

static void
test_pdf_label_cells (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_label_cells);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Katrin Vogel");
  /* The labels are no headline. */
  g_assert_false (vitae_node_has (VITAE_NODE (document), "label"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "0171 2345678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "k.vogel@example.de");
}

/* A sidebar as Canva sets one: each detail under a label of its own in
 * small bold capitals ("PHONE" over the number), beside the main column. */
static void
draw_labelled_sidebar (cairo_t *cr)
{
  static const char * const sidebar[] = {
    "PHONE", "+1 555 201 7788", "EMAIL", "rosa.diaz@example.com", "ADDRESS", "Springfield, OR",
  };

  draw_text (cr, 220, 40, "Rosa Díaz", 28, TRUE);
  draw_text (cr, 220, 84, "Product Designer", 14, FALSE);
  draw_text (cr, 30, 140, "CONTACT", 14, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (sidebar); i++)
    draw_text (cr, 30, 166 + 18 * i, sidebar[i], 9, i % 2 == 0);
  draw_text (cr, 220, 140, "EXPERIENCE", 14, TRUE);
  draw_text (cr, 220, 166, "Designer, Brightline Studio", 10, TRUE);
  draw_text (cr, 480, 166, "2020 – 2024", 10, FALSE);
  draw_text (cr, 220, 184, "• Redesigned the checkout of a shop", 10, FALSE);
  draw_text (cr, 220, 200, "• Ran interviews with thirty users", 10, FALSE);
  draw_text (cr, 220, 216, "• Built a library of forty components", 10, FALSE);
  draw_text (cr, 30, 300, "SKILLS", 14, TRUE);
  draw_text (cr, 30, 326, "Web", 9, TRUE);
  draw_text (cr, 30, 344, "Figma, HTML, CSS", 9, FALSE);
}

static void
test_pdf_labelled_sidebar (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_labelled_sidebar);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Rosa Díaz");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+1 555 201 7788");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "rosa.diaz@example.com");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 3);
  /* The labels are no sections of their own; a skill group's "Web"
   * stays. */
  g_assert_cmpuint (count_in_json (document, "\"Phone\""), ==, 0);
  g_assert_cmpuint (count_in_json (document, "\"Email\""), ==, 0);
  g_assert_cmpuint (count_in_json (document, "Web"), ==, 1);
}

/* A ZIP file of the parts @parts: a name, then its text, and so on. */
static GBytes *
zip_of (const char * const *parts,
        guint               n)
{
  struct archive *archive = archive_write_new ();
  gsize capacity = 1 << 16;
  char *buffer = g_malloc (capacity);
  size_t used = 0;

  archive_write_set_format_zip (archive);
  g_assert_cmpint (archive_write_open_memory (archive, buffer, capacity, &used), ==, ARCHIVE_OK);
  for (guint i = 0; i + 1 < n; i += 2)
    {
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, parts[i]);
      archive_entry_set_size (entry, (la_int64_t) strlen (parts[i + 1]));
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      archive_write_data (archive, parts[i + 1], strlen (parts[i + 1]));
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);
  return g_bytes_new_take (buffer, used);
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define W_P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define ODF_NS "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""

/* A Word and an OpenDocument resume whose name and contact details are
 * in the page header, as many templates set them, and whose footer
 * holds the page number. */
static void
test_office_page_header (void)
{
  static const char * const parts[] = {
    "word/document.xml",
    "<w:document " W_NS "><w:body>" W_P ("Experience") W_P ("Site Engineer, Northwind Freight, 2019 – 2024")
    "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t>Planned the loading of 40 trucks a day</w:t></w:r></w:p>"
    "</w:body></w:document>",
    "word/header1.xml",
    "<w:hdr " W_NS ">" W_P ("Ingrid Solberg") W_P ("ingrid.solberg@example.no | +47 912 34 567") "</w:hdr>",
    "word/footer1.xml",
    "<w:ftr " W_NS ">" W_P ("Side 1") "</w:ftr>",
  };
  static const char * const odt_parts[] = {
    "content.xml",
    "<office:document-content " ODF_NS "><office:body><office:text><text:p>Experience</text:p>"
    "<text:p>Site Engineer, Northwind Freight, 2019 – 2024</text:p>"
    "<text:list><text:list-item><text:p>Planned the loading of 40 trucks a day</text:p></text:list-item></text:list>"
    "</office:text></office:body></office:document-content>",
    "styles.xml",
    "<office:document-styles " ODF_NS "><office:master-styles><style:master-page style:name=\"Standard\">"
    "<style:header><text:p>Ingrid Solberg</text:p><text:p>ingrid.solberg@example.no | +47 912 34 567</text:p>"
    "</style:header><style:footer><text:p>Side <text:page-number>1</text:page-number></text:p></style:footer>"
    "</style:master-page></office:master-styles></office:document-styles>",
  };
  g_autoptr(GBytes) docx = zip_of (parts, G_N_ELEMENTS (parts));
  g_autoptr(GBytes) odt = zip_of (odt_parts, G_N_ELEMENTS (odt_parts));
  VitaeDocument *documents[2];

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) error = NULL;

      documents[i] = vitae_import_bytes (i == 0 ? docx : odt, i == 0 ? VITAE_IMPORT_DOCX : VITAE_IMPORT_ODT,
                                         i == 0 ? "header.docx" : "header.odt", NULL, &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(VitaeDocument) document = documents[i];

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ingrid Solberg");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ingrid.solberg@example.no");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+47 912 34 567");
      g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
      g_assert_cmpuint (count_in_json (document, "Side 1"), ==, 0);
    }
}

/* An empty file of each kind is refused with a message that names it;
 * before, an empty .json reached the JSON reader as NULL and crashed. */
static void
test_empty_files (void)
{
  static const VitaeImportFormat formats[] = {
    VITAE_IMPORT_JSON, VITAE_IMPORT_PDF, VITAE_IMPORT_DOCX, VITAE_IMPORT_ODT, VITAE_IMPORT_LINKEDIN,
  };
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_import_bytes (empty, formats[i], "empty.file", NULL, &error);

      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "empty.file"));
    }
}

/* List items set with neither a glyph nor an indent, one sentence each,
 * wrapped at the column's edge: each sentence is an item. A paragraph
 * whose sentences run on inside a line stays the entry's text. */
static void
draw_sentence_items (cairo_t *cr)
{
  static const char * const items[] = {
    "Shelved and priced the second-hand stock that came in every week from house clearances.",
    "Ran the till on Saturdays.",
    "Wrote the monthly letter that went out to four hundred regular customers.",
  };
  double y = 150;

  draw_text (cr, 40, 40, "Tomasz Wren", 20, TRUE);
  draw_text (cr, 40, 70, "tomasz.wren@example.org", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 126, "Bookshop Assistant, Harbour Books, 2018 – 2020", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    y += draw_wrapped (cr, 40, y, 370, items[i], 10);
  draw_text (cr, 40, y + 20, "Library Helper, Town Library, 2016 – 2018", 10, TRUE);
  draw_wrapped (cr, 40, y + 44, 370,
                "Looked after the reading corner. Read stories to the children on Sunday mornings "
                "and chose the books for the window every month.", 10);
}

static void
test_pdf_sentence_items (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_sentence_items);
  VitaeEntry *shop = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  VitaeEntry *library = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);

  g_assert_nonnull (shop);
  g_assert_cmpuint (vitae_entry_get_n_bullets (shop), ==, 3);
  g_assert_cmpstr (bullet_text (shop, 0), ==,
                   "Shelved and priced the second-hand stock that came in every week from house clearances.");
  g_assert_cmpstr (bullet_text (shop, 1), ==, "Ran the till on Saturdays.");
  g_assert_cmpstr (bullet_text (shop, 2), ==, "Wrote the monthly letter that went out to four hundred regular customers.");

  g_assert_nonnull (library);
  g_assert_cmpuint (vitae_entry_get_n_bullets (library), ==, 0);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (library), "summary"), "on Sunday mornings and chose"));
}

/* A left column whose items are marked with drawn discs and indented
 * under their entries, the entries' dates and the items sharing that
 * indent, beside a right column of more lines (its left edge is the
 * page's most common one). The items do not end in full stops: a
 * capital under a line that does not run on starts the next one. */
static void
draw_indented_column (cairo_t *cr)
{
  static const char * const skills[] = {
    "Levelling", "Total stations", "GNSS receivers", "Drone photos", "QGIS", "AutoCAD Civil",
    "Point clouds", "Field notes", "Tide tables", "Safety briefings", "Boat handling", "First aid",
  };
  static const char * const left[][2] = {
    { "Riverside Secondary School", "" }, { "2010-2014", "•" }, { "Final grade: 1.7", "•" },
    { "Junior Surveyor", "" }, { "Coastline Mapping Ltd", "" }, { "03/2019 - Present", "•" },
    { "Measured the harbour walls after every", "•" }, { "winter storm for the port authority", "" },
    { "Kept the instrument logbook", "•" }, { "Checked drone photos against ground", "•" },
    { "markers on the quay", "" },
  };
  double y = 100;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 70, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 56, y, "Education", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    {
      gboolean item = left[i][1][0] != '\0' || (i > 0 && left[i - 1][1][0] != '\0' && i != 3);

      if (i == 3)
        draw_text (cr, 52, y += 30, "Experience", 12, TRUE);
      y += i == 3 ? 26 : 14;
      if (left[i][1][0] != '\0')
        {
          cairo_arc (cr, 66, y + 7, 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      draw_text (cr, item ? 76 : 58, y, left[i][0], 10, FALSE);
    }
  draw_text (cr, 380, 100, "Skills", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    draw_text (cr, 380, 126 + 14 * i, skills[i], 10, FALSE);
}

static void
test_pdf_indented_column (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_indented_column);
  VitaeEntry *school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_nonnull (school);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "organization"), ==, "Riverside Secondary School");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "start"), ==, "2010");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "end"), ==, "2014");
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 1);
  g_assert_cmpstr (bullet_text (school, 0), ==, "Final grade: 1.7");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "role"), ==, "Junior Surveyor");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "organization"), ==, "Coastline Mapping Ltd");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (work), "start"), ==, "2019-03");
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 3);
  g_assert_cmpstr (bullet_text (work, 0), ==, "Measured the harbour walls after every winter storm for the port authority");
  g_assert_cmpstr (bullet_text (work, 1), ==, "Kept the instrument logbook");
  g_assert_cmpstr (bullet_text (work, 2), ==, "Checked drone photos against ground markers on the quay");
}

/* Items drawn without a glyph, one a line, one of them ending in dates:
 * it is one more item, not an entry's title. */
static void
draw_dated_item (cairo_t *cr)
{
  static const char * const items[] = {
    "Forklift licence", "Food hygiene, level two", "Diploma in Garden Design, 2015 – 2017", "Working at heights",
  };
  double y = 120;

  draw_text (cr, 40, 40, "Aoife Brennan", 20, TRUE);
  draw_text (cr, 40, 70, "aoife.brennan@example.ie", 9, FALSE);
  draw_text (cr, 40, 100, "PROFILE", 12, TRUE);
  y += draw_wrapped (cr, 40, y, 420,
                     "Gardener and landscaper who has kept public parks and private gardens for ten years, "
                     "from the first planting plans to the winter pruning, and who trains the seasonal "
                     "staff each spring. Happy outdoors in any weather and used to working with councils, "
                     "schools and the people who live next to the parks.", 10);
  draw_text (cr, 40, y += 20, "CERTIFICATES", 12, TRUE);
  y += 12;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      cairo_arc (cr, 48, (y += 14) + 7, 2, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 56, y, items[i], 10, FALSE);
    }
}

static void
test_pdf_dated_item (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_dated_item);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_CERTIFICATIONS, 0);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_CERTIFICATIONS), ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 4);
  g_assert_cmpstr (bullet_text (entry, 2), ==, "Diploma in Garden Design, 2015 – 2017");
  g_assert_cmpstr (bullet_text (entry, 3), ==, "Working at heights");
}

/* Items drawn without a glyph, indented; the next entry's title, bold,
 * stands a little left of them but still right of the text's edge: it is
 * a title, and the item under it is its own. */
static void
draw_bold_title_after_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Kofi Mensah", 20, TRUE);
  draw_text (cr, 40, 70, "kofi.mensah@example.gh", 9, FALSE);
  draw_text (cr, 40, 100, "PROFILE", 12, TRUE);
  draw_wrapped (cr, 40, 120, 420,
                "Farm machinery engineer who has tested tractors, planters and irrigation pumps on "
                "smallholdings and research stations, and who writes the reports that the extension "
                "officers read. Careful with measurements and used to long days in the field.", 10);
  draw_text (cr, 40, 190, "PROJECTS", 12, TRUE);
  draw_text (cr, 52, 214, "RAIN SIMULATOR FOR SOIL TESTS (2021)", 10, TRUE);
  draw_text (cr, 64, 230, "Built the frame and the nozzle rack.", 10, FALSE);
  draw_text (cr, 64, 244, "Measured the runoff on three soils.", 10, FALSE);
  draw_text (cr, 52, 264, "SEED DRILL CALIBRATION DAY (2022)", 10, TRUE);
  draw_text (cr, 64, 280, "Showed farmers how to set the seed rate.", 10, FALSE);
}

static void
test_pdf_bold_title_after_items (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_bold_title_after_items);
  VitaeEntry *second;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, 2);
  second = entry_at (document, VITAE_SECTION_PROJECTS, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "title"), ==, "SEED DRILL CALIBRATION DAY (2022)");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 1);
  g_assert_cmpstr (bullet_text (second, 0), ==, "Showed farmers how to set the seed rate.");
}

/* Entries whose dates stand in a column of their own at the left
 * ("2019 <tab> ROLE"), the place in capitals set smaller right under the
 * role, and items one sentence each, one with a space before its full
 * stop. */
static void
draw_dates_column (cairo_t *cr)
{
  static const char * const jobs[][4] = {
    { "2019 - 2021", "STAGE CARPENTER", "OPERA NORTH, LEEDS",
      "Built the sets for six productions a season from the designers' drawings.|Kept the workshop's saws serviced ." },
    { "2016 - 2019", "WORKSHOP ASSISTANT", "CITY THEATRE, YORK",
      "Cut and painted flats for the touring shows.|Ordered the timber and the hardware every month." },
  };
  double y = 110;

  draw_text (cr, 40, 40, "Ruth Okonjo", 20, TRUE);
  draw_text (cr, 40, 70, "ruth.okonjo@example.co.uk", 9, FALSE);
  draw_text (cr, 40, y, "EXPERIENCE", 14, TRUE);
  for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
    {
      g_auto(GStrv) items = g_strsplit (jobs[j][3], "|", -1);

      draw_text (cr, 40, y += 30, jobs[j][0], 10, FALSE);
      draw_text (cr, 140, y, jobs[j][1], 13, FALSE);
      draw_text (cr, 140, y += 17, jobs[j][2], 10, FALSE);
      y += 6;
      for (guint i = 0; items[i]; i++)
        draw_text (cr, 140, y += 13, items[i], 9, FALSE);
    }
}

static void
test_pdf_dates_column (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_dates_column);
  VitaeEntry *first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  VitaeEntry *second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "role"), ==, "STAGE CARPENTER");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "organization"), ==, "OPERA NORTH, LEEDS");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "start"), ==, "2019");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "end"), ==, "2021");
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 2);
  g_assert_cmpstr (bullet_text (first, 1), ==, "Kept the workshop's saws serviced .");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "role"), ==, "WORKSHOP ASSISTANT");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "start"), ==, "2016");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 2);
}

/* A narrow column whose heading, set large, runs further right than its
 * small text: where the text's lines end is measured against lines of
 * their own size, so a wrapped item is not taken for two. */
static void
draw_wide_heading (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Nadia Haddad", 20, TRUE);
  draw_text (cr, 40, 70, "nadia.haddad@example.org", 9, FALSE);
  draw_text (cr, 40, 100, "VOLUNTEERING AND CLUBS", 16, TRUE);
  draw_text (cr, 40, 128, "-Helped run the school library on", 8, FALSE);
  draw_text (cr, 40, 139, "two afternoons a week.", 8, FALSE);
  draw_text (cr, 40, 150, "-Kept the accounts of the chess club.", 8, FALSE);
}

static void
test_pdf_wide_heading (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_wide_heading);
  VitaeSection *section = section_titled (document, "Volunteering And Clubs");
  VitaeEntry *entry;

  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Helped run the school library on two afternoons a week.");
}

/* Items one sentence each, drawn without a glyph: a line that ends in a
 * little word ("and") goes on under it, however short it ends. */
static void
draw_short_and (cairo_t *cr)
{
  static const char * const lines[] = {
    "Swept and mopped the rehearsal rooms before the company arrived each morning.",
    "Painted the stage floor for every show and",
    "touched it up between the acts.",
    "Hung the lights.",
  };

  draw_text (cr, 40, 40, "Iris Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "iris.lindqvist@example.se", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 124, "Stagehand, Harbour Theatre, 2021 – 2023", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    draw_text (cr, 40, 142 + 13 * i, lines[i], 10, FALSE);
}

static void
test_pdf_short_and (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_short_and);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Painted the stage floor for every show and touched it up between the acts.");
}

/* Words read as dates and as web addresses. */
static void
test_lines_words (void)
{
  g_autofree char *start = NULL, *end = NULL;

  /* A span whose hyphen has no spaces; a year and a month stay a date. */
  g_assert_true (_vitae_import_parse_dates ("2015-2019", &start, &end));
  g_assert_cmpstr (start, ==, "2015");
  g_assert_cmpstr (end, ==, "2019");
  g_clear_pointer (&start, g_free);
  g_clear_pointer (&end, g_free);
  g_assert_true (_vitae_import_parse_dates ("09/2020-06/2022", &start, &end));
  g_assert_cmpstr (start, ==, "2020-09");
  g_assert_cmpstr (end, ==, "2022-06");
  g_clear_pointer (&start, g_free);
  g_clear_pointer (&end, g_free);
  g_assert_true (_vitae_import_parse_dates ("2020-05", &start, &end));
  g_assert_null (start);
  g_assert_cmpstr (end, ==, "2020-05");

  /* A grade is no web address; a host is. */
  g_assert_false (_vitae_import_looks_like_url ("4.0/4.0"));
  g_assert_false (_vitae_import_is_contact_line ("GPA: 3.7/4.0"));
  g_assert_true (_vitae_import_looks_like_url ("github.com/jdoe"));
  /* Nor is an amount by the year, so a line that holds one is no contact
   * detail. */
  g_assert_false (_vitae_import_looks_like_url ("($2.75M/year)"));
  g_assert_false (_vitae_import_is_contact_line ("Kept the shelter's budget within its grants ($2.75M/year)"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/import/empty-files", test_empty_files);
  g_test_add_func ("/import/json/older-names", test_json_older_names);
  g_test_add_func ("/import/json/unknown-round-trip", test_json_unknown_round_trip);
  g_test_add_func ("/import/json/comments", test_json_comments);
  g_test_add_func ("/import/json/fresh", test_json_fresh);

  g_test_add_func ("/import/round-trip/docx", test_round_trip_docx);
  g_test_add_func ("/import/round-trip/odt", test_round_trip_odt);
  g_test_add_func ("/import/round-trip/pdf", test_round_trip_pdf);
  g_test_add_func ("/import/round-trip/pdf-rtl", test_round_trip_rtl);

  g_test_add_data_func ("/import/libreoffice/docx", "senior-libreoffice.docx", test_libreoffice);
  g_test_add_data_func ("/import/libreoffice/odt", "senior-libreoffice.odt", test_libreoffice);
  g_test_add_data_func ("/import/libreoffice/pdf", "senior-libreoffice.pdf", test_libreoffice);
  g_test_add_func ("/import/linkedin", test_linkedin);
  g_test_add_func ("/import/pdf/two-columns", test_pdf_two_columns);
  g_test_add_func ("/import/pdf/name-beside-title", test_pdf_name_beside_title);
  g_test_add_func ("/import/pdf/side-headings", test_pdf_side_headings);
  g_test_add_func ("/import/pdf/varied-lines", test_pdf_varied_lines);
  g_test_add_func ("/import/pdf/short-sidebar", test_pdf_short_sidebar);
  g_test_add_func ("/import/pdf/staggered-column", test_pdf_staggered_column);
  g_test_add_func ("/import/pdf/photo-sidebar", test_pdf_photo_sidebar);
  g_test_add_func ("/import/pdf/twice-indented", test_pdf_twice_indented);
  g_test_add_func ("/import/pdf/hanging-items", test_pdf_hanging_items);
  g_test_add_func ("/import/pdf/mono-headings", test_pdf_mono_headings);
  g_test_add_func ("/import/pdf/full-items", test_pdf_full_items);
  g_test_add_func ("/import/pdf/right-sidebar", test_pdf_right_sidebar);
  g_test_add_func ("/import/pdf/libreoffice-table", test_pdf_libreoffice_table);
  g_test_add_func ("/import/pdf/drawn-bullets-left", test_pdf_drawn_bullets_left);
  g_test_add_func ("/import/pdf/list-lines", test_pdf_list_lines);
  g_test_add_func ("/import/pdf/dates-beside-bullet", test_pdf_dates_beside_bullet);
  g_test_add_func ("/import/pdf/entry-labels", test_pdf_entry_labels);
  g_test_add_func ("/import/pdf/icon-bullets", test_pdf_icon_bullets);
  g_test_add_func ("/import/pdf/icon-columns", test_pdf_icon_columns);
  g_test_add_func ("/import/pdf/word-lists", test_pdf_word_lists);
  g_test_add_func ("/import/pdf/docs-export", test_pdf_docs_export);
  g_test_add_func ("/import/lines/cjk", test_lines_cjk);
  g_test_add_func ("/import/lines/dated-items", test_lines_dated_items);
  g_test_add_func ("/import/lines/loose-dates", test_lines_loose_dates);
  g_test_add_func ("/import/lines/heading-stems", test_lines_heading_stems);
  g_test_add_func ("/import/lines/header-details", test_lines_header_details);
  g_test_add_func ("/import/lines/glued-marks", test_lines_glued_marks);
  g_test_add_func ("/import/lines/language-marks", test_lines_language_marks);
  g_test_add_func ("/import/pdf/centred-name", test_pdf_centred_name);
  g_test_add_func ("/import/pdf/footer-contacts", test_pdf_footer_contacts);
  g_test_add_func ("/import/pdf/email-beside-entry", test_pdf_email_beside_entry);
  g_test_add_func ("/import/pdf/name-two-sizes", test_pdf_name_two_sizes);
  g_test_add_func ("/import/lines/personal-data", test_lines_personal_data);
  g_test_add_func ("/import/lines/titles-and-phones", test_lines_titles_and_phones);
  g_test_add_func ("/import/lines/header-numbers", test_lines_header_numbers);
  g_test_add_func ("/import/lines/header-dates-no-phone", test_lines_header_dates_no_phone);
  g_test_add_func ("/import/pdf/label-cells", test_pdf_label_cells);
  g_test_add_func ("/import/office/page-header", test_office_page_header);
  g_test_add_func ("/import/pdf/labelled-sidebar", test_pdf_labelled_sidebar);
  g_test_add_func ("/import/lines/locale-headings", test_lines_locale_headings);
  g_test_add_func ("/import/pdf/sentence-items", test_pdf_sentence_items);
  g_test_add_func ("/import/pdf/indented-column", test_pdf_indented_column);
  g_test_add_func ("/import/pdf/dated-item", test_pdf_dated_item);
  g_test_add_func ("/import/pdf/bold-title-after-items", test_pdf_bold_title_after_items);
  g_test_add_func ("/import/pdf/dates-column", test_pdf_dates_column);
  g_test_add_func ("/import/pdf/wide-heading", test_pdf_wide_heading);
  g_test_add_func ("/import/pdf/short-and", test_pdf_short_and);
  g_test_add_func ("/import/lines/words", test_lines_words);
  g_test_add_func ("/import/hostile", test_hostile);

  return g_test_run ();
}
