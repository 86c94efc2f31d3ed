/* test-import-review.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vitae-import-review.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"

/* A resume with a date the import kept as typed, and a source with a line
 * that is nowhere in it: both are marked, the rest is not. */
static void
test_marks_unsure (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Cut the build from 40 to 9 minutes");
  VitaeImportReview *review;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
  vitae_node_set_text (VITAE_NODE (entry), "start", "2020");
  vitae_node_set_text (VITAE_NODE (entry), "end", "sometime soon");
  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);

  review = vitae_import_review_new (NULL, document,
                                    /* the contact details' heading: read, not kept */
                                    "Ada Quill\nContact details\nExperience\nEngineer 2020\n"
                                    "• Cut the build from 40 to 9 minutes\nZorblax hovercraft pilot\n"
                                    /* two pieces of the resume on one line: placed */
                                    "Engineer Cut the build\n"
                                    /* one piece and something else: not */
                                    "Cut the build from 40 to 9 minutes Zorblax\n",
                                    NULL);
  gtk_window_present (GTK_WINDOW (review));
  g_assert_true (vitae_import_review_get_document (review) == document);
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 3);
  /* name, section, entry, bullet, and the two unplaced lines */
  g_assert_cmpuint (vitae_import_review_get_n_pieces (review), ==, 6);
  gtk_window_destroy (GTK_WINDOW (review));
}

/* A section the import found a heading for but nothing under it: the
 * export leaves an empty section out, so the review marks it, as the
 * text side marks its heading, instead of showing it as recovered. */
static void
test_empty_section (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_AWARDS);
  VitaeImportReview *review;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_document_append_section (document, section);

  review = vitae_import_review_new (NULL, document, "Ada Quill\nAwards\n", NULL);
  /* the section's row and the heading's line on the text side */
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 2);
  g_assert_cmpuint (vitae_import_review_get_n_pieces (review), ==, 3);
  gtk_window_destroy (GTK_WINDOW (review));
}

/* A title and its dates on one source line, the dates written as the
 * resume wrote them ("Avril 2023 – Présent"): the entry holds them as
 * dates, so the line is placed, not marked. */
static void
test_dates_as_written (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Moved the billing jobs to one queue");
  VitaeImportReview *review;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Ingénieure logicielle");
  vitae_node_set_text (VITAE_NODE (entry), "start", "2023-04");
  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);

  review = vitae_import_review_new (NULL, document,
                                    "Ada Quill\nExperience\n"
                                    "Ingénieure logicielle Avril 2023 – Présent\n"
                                    "• Moved the billing jobs to one queue\n"
                                    /* dates the resume does not hold: marked */
                                    "Ingénieure logicielle Mars 2011 – Juin 2012\n",
                                    NULL);
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 1);
  gtk_window_destroy (GTK_WINDOW (review));
}

/* LibreOffice's DOCX of the senior sample: every line has its place. */
static void
test_everything_placed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "tests", "data", "import",
                                            "senior-libreoffice.docx", NULL);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_file (path, notes, &error);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  VitaeImportReview *review;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (contents, length);
  text = vitae_office_read_text (bytes, FALSE, &error);
  g_assert_no_error (error);

  review = vitae_import_review_new (NULL, document, text, notes);
  g_assert_cmpuint (vitae_import_review_get_n_unsure (review), ==, 0);
  g_assert_cmpuint (vitae_import_review_get_n_pieces (review), >, 20);
  gtk_window_destroy (GTK_WINDOW (review));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vitae_core_init ();

  g_test_add_func ("/import-review/marks-unsure", test_marks_unsure);
  g_test_add_func ("/import-review/everything-placed", test_everything_placed);
  g_test_add_func ("/import-review/empty-section", test_empty_section);
  g_test_add_func ("/import-review/dates-as-written", test_dates_as_written);

  return g_test_run ();
}
