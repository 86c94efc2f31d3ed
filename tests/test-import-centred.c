/* test-import-centred.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A page set centred throughout: each line of a job's paragraph centred
 * in its column, so that the paragraph's last line, short, starts far
 * in from the line above it. It goes on with the paragraph, no item of
 * its own. The lines are given as the reader's, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Adds a line of @width points centred on x = 400. */
static void
add_centred (GPtrArray  *lines,
             double      width,
             double      size,
             double      gap,
             guint       flags,
             const char *text)
{
  add_line_full (lines, 0, 400 - width / 2, 400 + width / 2, size, gap, flags, text);
}

/* Whether @text is kept whole in a field or an item of @document. */
static gboolean
kept_whole (VitaeDocument *document,
            const char    *text)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, k);
          const char *summary = vitae_node_get_text (VITAE_NODE (entry), "summary");

          if (summary != NULL && strstr (summary, text) != NULL)
            return TRUE;
          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            if (g_strcmp0 (bullet_text (entry, b), text) == 0)
              return TRUE;
        }
    }
  return FALSE;
}

/* Two jobs, each a paragraph of two or three lines under its employer
 * and role, all centred. */
static void
test_centred_paragraph_ends (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_centred (lines, 90, 22, 0, 0, "ASTRID");
  add_centred (lines, 70, 22, -0.2, 0, "KVALE");
  add_centred (lines, 140, 10, 20, 0, "ASTRID.KVALE@EXAMPLE.ORG");
  add_centred (lines, 150, 13, 30, 0, "EXPERIENCE HIGHLIGHTS");
  add_centred (lines, 100, 10, 29, VITAE_TEXT_LINE_BOLD, "NORTHERN FERRIES");
  add_centred (lines, 112, 10, 0.8, 0, "Chief Engineer");
  add_centred (lines, 272, 10, 3.9, 0, "Kept the engines of the island ferry running through three");
  add_centred (lines, 281, 10, 0.8, 0, "long winters on the northern route.");
  add_centred (lines, 180, 10, 21, VITAE_TEXT_LINE_BOLD, "HARBOUR WORKS");
  add_centred (lines, 98, 10, 0.8, 0, "Stoker");
  add_centred (lines, 283, 10, 3.7, 0, "I also wrote the crew's handbook for the engine room and");
  add_centred (lines, 264, 10, 1.0, 0, "trained every new stoker in its work, from the first");
  add_centred (lines, 198, 10, 0.8, 0, "shift to the last.");
  document = vitae_import_lines (lines, NULL);

  g_assert_true (kept_whole (document, "Kept the engines of the island ferry running through three long winters on "
                                       "the northern route."));
  g_assert_true (kept_whole (document, "I also wrote the crew's handbook for the engine room and trained every new "
                                       "stoker in its work, from the first shift to the last."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-centred/centred-paragraph-ends", test_centred_paragraph_ends);
  return g_test_run ();
}
