/* test-import-stacked-heads.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's head set as a stack of short lines: a role over its dates
 * over its employer and place, flush right in a sidebar's timeline; and
 * employers set larger over their roles in bold, each role over a row of
 * its dates and first duty. The lines are given as the reader's, in our
 * own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static const char *
field_of (VitaeDocument    *document,
          VitaeSectionKind  kind,
          guint             index,
          const char       *key)
{
  VitaeEntry *entry = entry_at (document, kind, index);

  g_assert_nonnull (entry);
  return vitae_node_has (VITAE_NODE (entry), key) ? vitae_node_get_text (VITAE_NODE (entry), key) : NULL;
}

/* The entry of any section whose title or role is @head, or NULL. */
static VitaeEntry *
entry_headed (VitaeDocument *document,
              const char    *head)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, k));

          if (g_strcmp0 (vitae_node_get_text (entry, "title"), head) == 0 ||
              g_strcmp0 (vitae_node_get_text (entry, "role"), head) == 0)
            return VITAE_ENTRY (entry);
        }
    }
  return NULL;
}

/* Each line's right edge is the sidebar's (162); the role in 11 points,
 * its dates and its employer in 8, where the sidebar's other lines are
 * 8 points too: the employer is no item of the entry's. */
static void
test_flush_right_stack (void)
{
  static const struct
  {
    double      x;
    double      size;
    double      gap;
    const char *text;
  } stack[] = {
    { 80, 11, 24, "Lighthouse Keeper" },  { 100, 8, 3.6, "Oct 2019-Present" }, { 70, 8, 4.4, "Northern Lights Board, Norway" },
    { 96, 11, 24, "Ferry Deckhand" },     { 92, 8, 3.6, "May 2016-Oct 2019" }, { 104, 8, 4.4, "Fjord Lines, Norway" },
    { 101, 11, 13, "Net Mender" },        { 124, 8, 3.6, "2013-2016" },        { 104, 8, 4.4, "Fjord Lines, Norway" },
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 210, 24, 0, "Sigrun Tidewell");
  add_line (lines, 40, 213, 15, -1, "Keeper of Lights & Boats");
  add_line (lines, 39, 97, 13, 20, "CONTACT");
  add_line (lines, 64, 160, 8, 4, "sigrun.tidewell@example.org");
  add_line (lines, 63, 122, 8, 7, "+47 555 01 234");
  add_line (lines, 62, 139, 8, 5, "/sigruntidewell");
  for (guint k = 0; k < G_N_ELEMENTS (stack); k++)
    add_line (lines, stack[k].x, 162, stack[k].size, stack[k].gap, stack[k].text);
  add_line (lines, 51, 121, 13, 21, "EDUCATION");
  add_line (lines, 51, 134, 11, 3, "BSc Marine Studies");
  add_line (lines, 51, 143, 8, 8, "Coastal College, Norway");
  /* The right column: a profile, then the jobs' text beside their heads. */
  add_line (lines, 184, 560, 11, 0, "I have kept lights and boats along a stormy coast for a decade and");
  add_line (lines, 184, 550, 11, 0.5, "more, and I like the quiet of long winter nights on an island rock");
  add_line (lines, 184, 540, 11, 0.5, "as much as the bustle of a busy harbour on a summer morning.");
  add_line (lines, 184, 232, 13, 15, "CAREER");
  add_line (lines, 184, 544, 11, 3, "Keeping the light of an island burning through every night of");
  add_line (lines, 184, 300, 11, 0.5, "the year.");
  add_line (lines, 184, 554, 11, 8.5, "Tied up and cast off the ferry at six landings a day, in all");
  add_line (lines, 184, 300, 11, 0.5, "weathers.");
  add_line (lines, 184, 545, 11, 10.5, "Mended the nets of the fleet over three winters.");
  document = vitae_import_lines (lines, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (stack); k += 3)
    {
      VitaeEntry *entry = entry_headed (document, stack[k].text);
      g_autofree char *organization = g_strdup (stack[k + 2].text);

      *strstr (organization, ", ") = '\0';
      g_test_message ("%s", stack[k].text);
      g_assert_nonnull (entry);
      g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 0);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, organization);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Norway");
      g_assert_true (vitae_node_has (VITAE_NODE (entry), "start"));
    }
}

/* Two employers in 16 points, each over its roles in bold; a role's
 * dates start the row of its first duty. The second employer is an
 * entry of its own, not the last role's text. */
static void
test_employers_over_roles (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  guint n;

  add_line (lines, 170, 448, 30, 0, "Ottilie Brandvold");
  add_line (lines, 170, 380, 11, 8, "ottilie.brandvold@example.org");
  add_line_full (lines, 0, 170, 360, 22, 12, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line_full (lines, 0, 174, 400, 16, 19, VITAE_TEXT_LINE_BOLD, "Saltmarsh Shipyards");
  add_line_full (lines, 0, 330, 427, 11, 24, VITAE_TEXT_LINE_BOLD, "Senior welder");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2020.03 - current\t\u25cf\tWelded the hulls of four trawlers");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tTrained the apprentices of the yard");
  add_line_full (lines, 0, 340, 420, 11, 24, VITAE_TEXT_LINE_BOLD, "Welder");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2016.01 - 2020.03\t\u25cf\tMended the keels of fishing boats");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tKept the workshop's tools in order");
  add_line_full (lines, 0, 174, 300, 16, 35, VITAE_TEXT_LINE_BOLD, "Harbour Forge");
  add_line_full (lines, 0, 305, 450, 11, 30, VITAE_TEXT_LINE_BOLD, "Apprentice smith");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2013.07 - 2015.12\t\u25cf\tForged hooks and chains for the harbour");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tSwept the forge before dawn");
  document = vitae_import_lines (lines, NULL);

  n = n_entries_of (document, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpuint (n, >=, 3);
  for (guint k = 0; k < n; k++)
    g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, k, "summary"), ==, NULL);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 2, "role"), ==, "Harbour Forge");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 1, "role"), ==, "Apprentice smith");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 1, "start"), ==, "2013-07");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, n - 1)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-stacked-heads/flush-right-stack", test_flush_right_stack);
  g_test_add_func ("/import-stacked-heads/employers-over-roles", test_employers_over_roles);
  return g_test_run ();
}
