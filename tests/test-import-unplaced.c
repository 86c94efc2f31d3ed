/* test-import-unplaced.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What an import could not place, in our own words: the lines of a
 * file's text that are nowhere in the resume (the core's test, which the
 * window's review and `vitae import` share), the import's note that
 * counts them, and `vitae import` listing them on standard error. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* The number of lines an import's note says it could not place, or 0. */
static guint
noted_unplaced (GPtrArray *notes)
{
  for (guint i = 0; i < notes->len; i++)
    {
      const char *note = g_ptr_array_index (notes, i);

      if (strstr (note, "could not be placed") != NULL)
        return (guint) g_ascii_strtoull (note, NULL, 10);
    }
  return 0;
}

/* A resume put together by hand and a source whose lines are placed each
 * in its own way, or not: only those that are nowhere in it come back,
 * in the source's order, as the source writes them. */
static void
test_lines (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Charted the shoals of the northern bay");
  g_autoptr(GPtrArray) unplaced = NULL;
  const char *source =
    "Ada Quill\n"
    /* the heading of the contact details: read, kept nowhere */
    "Contact\n"
    /* a street address the text export leaves out, in the basics */
    "14 Harbour Row, 2204 Saltmarsh\n"
    "\n"
    "Experience\n"
    /* a title and its dates as written, on one line */
    "Lighthouse Keeper Mars 2019 – Juin 2023\n"
    /* a short label before a colon, missing from the resume */
    "Duties: Charted the shoals of the northern bay\n"
    "Painted the tower every spring\n"
    "• Charted the shoals of the northern bay\n"
    /* dates the resume does not hold */
    "Lighthouse Keeper Mai 2001 – Juin 2002\n"
    "Painted the tower every spring\n";

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_node_set_text (VITAE_NODE (document), "address", "14 Harbour Row");
  vitae_node_set_text (VITAE_NODE (document), "postal-code", "2204");
  vitae_node_set_text (VITAE_NODE (document), "city", "Saltmarsh");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Lighthouse Keeper");
  vitae_node_set_text (VITAE_NODE (entry), "start", "2019-03");
  vitae_node_set_text (VITAE_NODE (entry), "end", "2023-06");
  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);

  unplaced = vitae_import_unplaced_lines (document, source);
  g_assert_cmpuint (unplaced->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (unplaced, 0), ==, "Painted the tower every spring");
  g_assert_cmpstr (g_ptr_array_index (unplaced, 1), ==, "Lighthouse Keeper Mai 2001 – Juin 2002");
  g_assert_cmpstr (g_ptr_array_index (unplaced, 2), ==, "Painted the tower every spring");

  g_clear_pointer (&unplaced, g_ptr_array_unref);
  unplaced = vitae_import_unplaced_lines (document, NULL);
  g_assert_cmpuint (unplaced->len, ==, 0);
}

/* A French resume whose sections the import read under headings in
 * English: they show the French titles, and their headings are placed;
 * a heading of a kind the resume has no section of (or an empty one) is
 * not. */
static void
test_heading_in_another_language (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) work = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeSection) school = vitae_section_new (VITAE_SECTION_EDUCATION);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(GPtrArray) unplaced = NULL;

  vitae_node_set_text (VITAE_NODE (document), "language", "fr");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Gardien de phare");
  vitae_section_append_entry (work, entry);
  vitae_document_append_section (document, work);
  vitae_document_append_section (document, school);

  /* (The empty section of schools is left out of the resume: its
   * heading is not placed.) */
  unplaced = vitae_import_unplaced_lines (document, "Experience\nGardien de phare\nEducation\nHobbies\n");
  g_assert_cmpuint (unplaced->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (unplaced, 0), ==, "Education");
  g_assert_cmpstr (g_ptr_array_index (unplaced, 1), ==, "Hobbies");
}

/* A line of contact details with two parts the import keeps nowhere: the
 * note counts lines, as the review marks them and `vitae import` lists
 * them, not the parts left out of a line. */
static void
test_note_counts_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;

  add_line (lines, 56, 200, 20, 0, "Ada Quill");
  add_line (lines, 56, 420, 10, 8, "ada.quill@example.org | +44 20 7946 0018 | Kite flying | Stamp sorting | Knot tying");
  add_line (lines, 56, 200, 12, 20, "Experience");
  add_line (lines, 56, 537, 10, 10, "Lighthouse Keeper\t2019 - 2023");
  add_line (lines, 56, 300, 10, 4, "Tidewater Trust");
  add_line (lines, 56, 400, 10, 4, "• Kept the lamp lit through forty winter storms");
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (source, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);

  document = vitae_import_lines (lines, notes);
  unplaced = vitae_import_unplaced_lines (document, source->str);
  g_assert_cmpuint (unplaced->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unplaced, 0), ==,
                   "ada.quill@example.org | +44 20 7946 0018 | Kite flying | Stamp sorting | Knot tying");
  g_assert_cmpuint (noted_unplaced (notes), ==, 1);
}

/* A one-page resume whose header has a line of details the import can
 * place only in part, and @n_hobbies more of them. */
static int n_hobbies;

static void
draw_hobbies (cairo_t *cr)
{
  double y = 110;

  draw_text (cr, 56, 40, "Ada Quill", 20, TRUE);
  draw_text (cr, 56, 76, "ada.quill@example.org | +44 20 7946 0018 | Kite flying | Stamp sorting", 9, FALSE);
  for (int i = 0; i < n_hobbies; i++, y += 11)
    {
      g_autofree char *hobby = g_strdup_printf ("ada.quill@example.org | Knot tying %d | Rowing %d", i + 1, i + 1);

      draw_text (cr, 56, y, hobby, 8, FALSE);
    }
  /* two cells of one line, far apart: the text has a tab between them */
  draw_text (cr, 56, y, "Sea shanties", 8, FALSE);
  draw_text (cr, 380, y, "Lantern repair", 8, FALSE);
  y += 11;
  draw_text (cr, 56, y + 20, "Experience", 12, TRUE);
  draw_text (cr, 56, y + 40, "Lighthouse Keeper", 10, TRUE);
  draw_right_aligned (cr, 537, y + 40, "2019 – 2023", 10);
  draw_text (cr, 56, y + 56, "• Kept the lamp lit through forty winter storms", 10, FALSE);
}

/* Runs `vitae import` on the resume drawn with @hobbies more lines of
 * details; returns its standard error and, in @note, the number its note
 * gives. */
static char *
run_import (int    hobbies,
            guint *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitae-unplaced-XXXXXX", &error);
  g_autofree char *in = g_build_filename (dir, "drawn.pdf", NULL);
  g_autofree char *out = g_build_filename (dir, "drawn.vitae", NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { g_getenv ("VITAE_EXE"), "import", in, out, NULL };
  const char *counted;
  int status;

  g_assert_no_error (error);
  n_hobbies = hobbies;
  pdf = drawn_pdf (draw_hobbies);
  g_file_set_contents (in, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  counted = strstr (err, "drawn.pdf: ");
  g_assert_nonnull (counted);
  *note = (guint) g_ascii_strtoull (counted + strlen ("drawn.pdf: "), NULL, 10);
  g_assert_nonnull (strstr (err, "could not be placed"));

  g_unlink (in);
  g_unlink (out);
  g_rmdir (dir);
  return g_steal_pointer (&err);
}

/* The text of a PDF is its lines as the importer reads them; a file that
 * cannot be read has none. */
static void
test_source_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  g_autoptr(GBytes) pdf = NULL;
  int fd = g_file_open_tmp ("vitae-unplaced-XXXXXX.pdf", &path, &error);

  g_assert_no_error (error);
  close (fd);
  n_hobbies = 1;
  pdf = drawn_pdf (draw_hobbies);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  text = vitae_import_source_text (path);
  g_assert_true (g_str_has_prefix (text, "Ada Quill\n"));
  g_assert_nonnull (strstr (text, "\nada.quill@example.org | Knot tying 1 | Rowing 1\n"));
  g_assert_nonnull (strstr (text, "\nExperience\n"));
  g_unlink (path);

  none = vitae_import_source_text (path);
  g_assert_cmpstr (none, ==, "");
}

/* The number of lines of @err that list a line not placed. */
static guint
n_listed (const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "drawn.pdf: not placed: “") != NULL && g_str_has_suffix (lines[i], "”"))
      n++;
  return n;
}

/* `vitae import` names the file and lists each line it could not place
 * after its notes, as many as the note counts. */
static void
test_cli_lists (void)
{
  guint note = 0;
  g_autofree char *err = run_import (2, &note);

  g_assert_cmpuint (note, >=, 2);
  g_assert_cmpuint (n_listed (err), ==, note);
  g_assert_nonnull (strstr (err, "drawn.pdf: not placed: “ada.quill@example.org | Knot tying 1 | Rowing 1”\n"));
  g_assert_nonnull (strstr (err, "drawn.pdf: not placed: “ada.quill@example.org | Knot tying 2 | Rowing 2”\n"));
  g_assert_null (strstr (err, "Lighthouse Keeper"));
  g_assert_null (strstr (err, "more line"));
  /* cells of a line apart by a space, never by a raw tab */
  g_assert_nonnull (strstr (err, "drawn.pdf: not placed: “Sea shanties Lantern repair”\n"));
  g_assert_null (strchr (err, '\t'));
  g_assert_true (strstr (err, "could not be placed") < strstr (err, "not placed: "));
}

/* Past fifty lines, `vitae import` says how many more there are. */
static void
test_cli_caps (void)
{
  guint note = 0;
  g_autofree char *err = run_import (56, &note);
  g_autofree char *more = NULL;

  g_assert_cmpuint (note, >, 50);
  g_assert_cmpuint (n_listed (err), ==, 50);
  more = g_strdup_printf ("drawn.pdf: … and %u more lines not placed\n", note - 50);
  g_assert_nonnull (strstr (err, more));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/import/unplaced/lines", test_lines);
  g_test_add_func ("/import/unplaced/heading-in-another-language", test_heading_in_another_language);
  g_test_add_func ("/import/unplaced/note-counts-lines", test_note_counts_lines);
  g_test_add_func ("/import/unplaced/source-text", test_source_text);
  g_test_add_func ("/import/unplaced/cli-lists", test_cli_lists);
  g_test_add_func ("/import/unplaced/cli-caps", test_cli_caps);

  return g_test_run ();
}
