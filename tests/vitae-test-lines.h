/* vitae-test-lines.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building the lines a PDF reader hands the importer (VitaeTextLine), for
 * the import tests that feed the importer a page's geometry directly,
 * and reading the basics of what they import.
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-node.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* Adds a line of text @text on page @page from @x to @right, its largest
 * font @size points, @gap points below the line above; returns it. */
static inline VitaeTextLine *
add_line_full (GPtrArray  *lines,
               int         page,
               double      x,
               double      right,
               double      size,
               double      gap,
               guint       flags,
               const char *text)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->page = page;
  line->x = x;
  line->right = right;
  line->size = size;
  line->gap = gap;
  line->flags = flags;
  line->tab_x = -1;
  g_ptr_array_add (lines, line);
  return line;
}

/* The same on the first page, without flags. */
static inline VitaeTextLine *
add_line (GPtrArray  *lines,
          double      x,
          double      right,
          double      size,
          double      gap,
          const char *text)
{
  return add_line_full (lines, 0, x, right, size, gap, 0, text);
}

/* Adds a line of the first page whose first cell (a label of a column)
 * ends in a tab before the text at @tab_x. */
static inline void
add_cells (GPtrArray  *lines,
           double      x,
           double      tab_x,
           double      right,
           double      size,
           double      gap,
           guint       flags,
           const char *text)
{
  add_line_full (lines, 0, x, right, size, gap, flags, text)->tab_x = tab_x;
}

/* Adds a line as add_line_full() does on page @page, its top @top
 * points from the page's top edge. */
static inline VitaeTextLine *
add_placed (GPtrArray  *lines,
            int         page,
            double      top,
            double      x,
            double      right,
            double      size,
            double      gap,
            guint       flags,
            const char *text)
{
  VitaeTextLine *line = add_line_full (lines, page, x, right, size, gap, flags, text);

  line->top = top;
  return line;
}

/* A field of the basics of @document, "" when it has none. */
static inline const char *
basics (VitaeDocument *document,
        const char    *key)
{
  return vitae_node_get_text (VITAE_NODE (document), key);
}

/* Whether @document keeps @text among its profiles, as a user name
 * (a second phone number, an address) or a link. */
static inline gboolean
has_profile (VitaeDocument *document,
             const char    *text)
{
  GListModel *profiles = vitae_document_get_profiles (document);

  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);

      if (g_strcmp0 (vitae_node_get_text (profile, "username"), text) == 0 ||
          g_strcmp0 (vitae_node_get_text (profile, "url"), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether any section of @document holds @text in an entry's summary,
 * title or reference. */
static inline gboolean
in_sections (VitaeDocument *document,
             const char    *text)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));

          if (strstr (vitae_node_get_text (entry, "summary"), text) != NULL ||
              strstr (vitae_node_get_text (entry, "title"), text) != NULL ||
              strstr (vitae_node_get_text (entry, "reference"), text) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* Adds the sections under a header of the tests' lines: a heading, an
 * entry, two items. */
static inline void
add_header_sections (GPtrArray *lines)
{
  add_line_full (lines, 0, 60, 200, 13, 18, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 60, 400, 10, 8, VITAE_TEXT_LINE_BOLD, "Survey assistant, Harbour Works\t2019 – 2023")->tab_x = 480;
  add_line (lines, 70, 500, 10, 3, "• Measured the depth of the basin every spring");
  add_line (lines, 70, 500, 10, 3, "• Drew the maps of the new quay for the engineers");
}
