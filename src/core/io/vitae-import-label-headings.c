/* vitae-import-label-headings.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Section names set in a narrow column at the left of their sections'
 * text, right aligned against it (so that each starts elsewhere) or
 * anywhere in that column: "SKILLS <tab> Languages: …", "WORK" over
 * "EXPERIENCE" beside a job's first lines, "CONTACT" beside the middle
 * row of the contact details at the page's foot. Each name becomes a
 * heading line before the text beside it, as if it stood over that
 * text. The side headings at the page's left edge (side_headings())
 * are looked for first. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-import-header-private.h"

/* A cell of a PDF line in the left margin that can be (part of) a
 * heading: a few words without digits, no bullet, no address. */
static gboolean
is_side_cell (const char *cell)
{
  return cell[0] != '\0' && _vitae_import_count_words (cell) <= 4 && g_utf8_strlen (cell, -1) <= 32 && !_vitae_import_has_digit (cell) &&
         _vitae_import_after_bullet (cell) == NULL && !_vitae_import_is_contact_line (cell) && strstr (cell, ": ") == NULL;
}

/* The first line of side headings that start at line @start, a
 * section's at the left edge @margin: the contact details' heading
 * ("Contact" over "Information") at that edge before it, with only such
 * a heading's cells there between them (the person's address and
 * details beside it), or @start. */
static guint
contact_heading_before (GPtrArray *lines,
                        guint      start,
                        double     margin)
{
  for (guint i = start; i > 0; i--)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i - 1);
      g_autofree char *cell = NULL;

      if (line->x >= margin + 2)
        continue;
      cell = g_strstrip (g_strndup (line->text, strcspn (line->text, "\t")));
      if (_vitae_import_is_contact_heading (cell))
        return i - 1;
      if (i < 2 || !is_side_cell (cell))
        return start;
      /* (the heading's second line) */
      {
        VitaeTextLine *above = g_ptr_array_index (lines, i - 2);
        g_autofree char *first = g_strstrip (g_strndup (above->text, strcspn (above->text, "\t")));
        g_autofree char *two = g_strconcat (first, " ", cell, NULL);

        return above->x < margin + 2 && _vitae_import_is_contact_heading (two) ? i - 2 : start;
      }
    }
  return start;
}

/* The space between the top of line @i and the bottom of the closest
 * line of its page above its row among the few read before it (a
 * superscript of the row may come between them: "LaTeX"'s raised "A"),
 * or -1. */
static double
space_above (GPtrArray *lines,
             guint      i)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  double bottom = -1;

  for (guint k = i; k > 0 && i - k < 4; k--)
    {
      VitaeTextLine *other = g_ptr_array_index (lines, k - 1);

      if (other->page == line->page && other->top < line->top - 0.5 * line->size)
        bottom = MAX (bottom, other->top + other->size);
    }
  return bottom < 0 ? -1 : line->top - bottom;
}

/* The first line of side headings that start at line @start, a
 * section's at the left edge @margin (or the contact details' before
 * it): the first of the cells at that edge right before it that could
 * be headings too ("Overview", "Areas of" over "Specialization" before
 * "Computer" over "Skills"), each first line of a heading with text
 * beside it and a section's space above it (not a form's rows,
 * "Location", "Phone" and "Residency" with their values beside them),
 * set no larger than @start's, and never the page's first line (the
 * person's name, the title beside it), or @start. */
static guint
side_cells_before (GPtrArray *lines,
                   guint      start,
                   double     margin)
{
  VitaeTextLine *first = g_ptr_array_index (lines, start);
  guint result = start;
  gboolean second = FALSE;

  for (guint i = start; i > 1; i--)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i - 1);
      g_autofree char *cell = NULL;

      if (line->x >= margin + 2)
        continue;
      cell = g_strstrip (g_strndup (line->text, strcspn (line->text, "\t")));
      if (line->size > first->size + 0.5 || !is_side_cell (cell) || g_str_has_suffix (cell, ":"))
        break;
      /* (A heading's first line, with its text beside it; or its
       * second line right under it, one at most, whose first line
       * comes next.) */
      if (strchr (line->text, '\t') != NULL && space_above (lines, i - 1) >= line->size)
        {
          result = i - 1;
          second = FALSE;
        }
      else if (second || line->gap > line->size)
        break;
      else
        second = TRUE;
    }
  return result;
}

/* Whether every line from @start that starts at the left edge @margin
 * is a section's name, the ones the import does not know set alone on
 * their rows in bold, and two of them at least known. */
static gboolean
all_named (GPtrArray *lines,
           guint      start,
           double     margin)
{
  guint n_known = 0;

  for (guint i = start; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *cell = g_strstrip (g_strndup (line->text, strcspn (line->text, "\t")));

      if (line->x >= margin + 2)
        continue;
      if (_vitae_import_kind_from_heading (cell) >= 0)
        n_known++;
      else if (strchr (line->text, '\t') != NULL || !(line->flags & VITAE_TEXT_LINE_BOLD))
        return FALSE;
    }
  return n_known >= 2;
}

/* Adds a side heading to @result: before the line of the text column
 * right above it when that line starts a block (further under the line
 * above it than a line's height) and the heading's row is as close
 * under it as a paragraph's lines, so that the heading stands beside
 * the block's first rows ("Experience" set a little under a job's
 * title, beside it and the line under it). Returns whether it did. */
static gboolean
place_heading (GPtrArray     *result,
               VitaeTextLine *heading,
               double         margin)
{
  VitaeTextLine *above = result->len > 0 ? g_ptr_array_index (result, result->len - 1) : NULL;

  if (above != NULL && above->page == heading->page && above->x >= margin + 40 && above->size > 0 &&
      above->gap > 2 * above->size && heading->gap < 0.25 * heading->size && heading->gap > -above->size)
    {
      heading->gap = above->gap;
      above->gap = 0;
      g_ptr_array_insert (result, result->len - 1, heading);
      return TRUE;
    }
  g_ptr_array_add (result, heading);
  return FALSE;
}

/* Side headings: some layouts (LaTeX's res and moderncv styles, Word
 * tables) set the section headings in a margin column of their own,
 * beside the first line of the section ("Internships <tab> • Acme,
 * Berlin") and maybe over two lines ("Positions of" / "Responsibility").
 * When, after the first known heading at the left edge, the lines there
 * are all such short cells, at least two of them with text beside them
 * (or one, among three names of sections or more), and the other lines
 * stand well to the right, each margin cell becomes a heading line of
 * its own (joined with a cell right under it) before the text beside it
 * (or before the line right above, place_heading()). A margin whose cells end in a colon, most of them, is
 * a form's labels ("Mobile:", "Email:"), no headings. Returns a new
 * array, or NULL when the layout is not one of side headings. */
static GPtrArray *
side_headings (GPtrArray *lines)
{
  double margin = G_MAXDOUBLE;
  guint start = G_MAXUINT, n_margin = 0, n_beside = 0, n_content = 0, n_labels = 0;
  GPtrArray *result;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (line->size <= 0)
        return NULL;
      margin = MIN (margin, line->x);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *cell = g_strstrip (g_strndup (line->text, strcspn (line->text, "\t")));
      gboolean at_margin = line->x < margin + 2;

      if (start == G_MAXUINT)
        {
          if (at_margin && _vitae_import_kind_from_heading (cell) >= 0)
            start = side_cells_before (lines, contact_heading_before (lines, i, margin), margin);
          else
            continue;
        }
      if (at_margin)
        {
          if (!is_side_cell (cell))
            return NULL;
          n_margin++;
          n_beside += strchr (line->text, '\t') != NULL && line->tab_x > line->x;
          n_labels += g_str_has_suffix (cell, ":");
        }
      else if (line->x >= margin + 40)
        n_content++;
    }
  /* (One beside its text is enough where the cells at the edge, three
   * or more, are all sections' names: all_named().) */
  if (start == G_MAXUINT || n_content < n_margin || 2 * n_labels > n_margin ||
      (n_beside < 2 && !(n_beside == 1 && n_margin >= 3 && all_named (lines, start, margin))))
    return NULL;

  result = g_ptr_array_new_with_free_func (vitae_text_line_free);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      const char *tab = strchr (line->text, '\t');
      g_autofree char *cell = NULL;
      VitaeTextLine *heading;
      gboolean moved;

      if (i < start || line->x >= margin + 2)
        {
          g_ptr_array_add (result, vitae_text_line_copy (line, line->text));
          continue;
        }

      cell = g_strstrip (g_strndup (line->text, tab ? (gsize) (tab - line->text) : strlen (line->text)));
      heading = vitae_text_line_copy (line, cell);
      heading->flags |= LINE_SIDE_HEADING;
      moved = place_heading (result, heading, margin);

      for (guint k = 0; k < 2; k++, i++)
        {
          VitaeTextLine *beside;

          /* The heading's second line, right under it. */
          if (k == 1)
            {
              VitaeTextLine *next = i < lines->len ? g_ptr_array_index (lines, i) : NULL;
              g_autofree char *more = NULL;

              if (next == NULL || next->x >= margin + 2 || next->gap > next->size)
                break;
              tab = strchr (next->text, '\t');
              more = g_strstrip (g_strndup (next->text, tab ? (gsize) (tab - next->text) : strlen (next->text)));
              {
                g_autofree char *joined = g_strconcat (heading->text, " ", more, NULL);

                g_free (heading->text);
                heading->text = g_steal_pointer (&joined);
              }
              line = next;
            }
          if (tab != NULL && line->tab_x > line->x)
            {
              beside = vitae_text_line_copy (line, tab + 1);
              g_strstrip (beside->text);
              beside->x = line->tab_x;
              beside->tab_x = -1;
              /* (Beside the heading, as close as can be; beside its
               * second line, or where the heading went over the line
               * above, as far under the line above as it was.) */
              beside->gap = k == 1 || moved ? line->gap : 0;
              if (beside->text[0] != '\0')
                g_ptr_array_add (result, beside);
              else
                vitae_text_line_free (beside);
            }
        }
      i--;
    }
  return result;
}

/* How far left of the text column a label's line starts, at least. */
#define LABEL_INDENT 20.0

/* The label of the line @i, or NULL (an array of labels by line). */
#define LABEL(i) ((const char *) g_ptr_array_index (label, (i)))

/* The label a line of the page sets in the column left of @text_x (its
 * text before the tab, or all of it when it ends short of @text_x): a
 * few words without digits, no list item nor contact detail; or NULL. */
static char *
label_cell (const VitaeTextLine *line,
            double               text_x)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *cell = NULL;

  if (line->x >= text_x - LABEL_INDENT)
    return NULL;
  if (tab != NULL ? (line->tab_x < text_x - 3 || line->tab_x > text_x + 6) : line->right >= text_x - 8)
    return NULL;
  cell = g_strstrip (g_strndup (line->text, tab != NULL ? (gsize) (tab - line->text) : strlen (line->text)));
  if (cell[0] == '\0' || _vitae_import_count_words (cell) > 4 || g_utf8_strlen (cell, -1) > 32 ||
      _vitae_import_has_digit (cell) || _vitae_import_after_bullet (cell) != NULL ||
      _vitae_import_is_contact_line (cell) || strstr (cell, ": ") != NULL)
    return NULL;
  return g_steal_pointer (&cell);
}

/* Whether @cell names a section or the contact details. */
static gboolean
is_section_name (const char *cell)
{
  return _vitae_import_kind_from_heading (cell) >= 0 || _vitae_import_is_contact_heading (cell);
}

/* Where the text beside the column of labels starts: where the text
 * after two labels or more that name sections starts (after their tab,
 * all within a few points), or -1. */
static double
find_text_x (GPtrArray *lines)
{
  double lo = G_MAXDOUBLE, hi = 0;
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      const char *tab = strchr (line->text, '\t');
      g_autofree char *cell = NULL;

      if (line->size <= 0)
        return -1;
      if (tab == NULL || line->tab_x < line->x + LABEL_INDENT)
        continue;
      cell = g_strstrip (g_strndup (line->text, tab - line->text));
      if (!is_section_name (cell) || _vitae_import_count_words (cell) > 4)
        continue;
      lo = MIN (lo, line->tab_x);
      hi = MAX (hi, line->tab_x);
      n++;
    }
  return n >= 2 && hi - lo <= 6 ? lo : -1;
}

/* Whether @line stands close under the line before it. */
static gboolean
is_close (const VitaeTextLine *line)
{
  return line->gap < 0.5 * line->size;
}

/* Whether the label at @i names a section, alone or with the label close
 * under it ("WORK" over "EXPERIENCE"). */
static gboolean
names_section (GPtrArray *lines,
               GPtrArray *label,
               guint      i)
{
  g_autofree char *two = NULL;

  if (is_section_name (LABEL (i)))
    return TRUE;
  if (i + 1 < lines->len && LABEL (i + 1) != NULL && is_close (g_ptr_array_index (lines, i + 1)))
    two = g_strconcat (LABEL (i), " ", LABEL (i + 1), NULL);
  return two != NULL && is_section_name (two);
}

/* The first line of the column's labels (@label, by line) that names a
 * section, when every line from there that starts in the column is a
 * label, half the headings they make or more name sections (no field
 * names of an entry, "Title", "Summary"), none of them a form's
 * ("Email:"), the text beside them longer and no section's name set
 * alone in the text's column (whose headings are not the labels); or
 * G_MAXUINT. */
static guint
find_start (GPtrArray *lines,
            GPtrArray *label,
            double     text_x)
{
  guint start = G_MAXUINT, n_labels = 0, n_colons = 0, n_text = 0, n_headings = 0, n_named = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      gboolean heading = LABEL (i) != NULL && (i == 0 || LABEL (i - 1) == NULL || !is_close (line));

      if (LABEL (i) == NULL && line->x >= text_x - 6 && is_section_name (line->text))
        return G_MAXUINT;
      if (start == G_MAXUINT && heading && names_section (lines, label, i))
        start = i;
      if (start == G_MAXUINT)
        continue;
      if (LABEL (i) != NULL)
        {
          n_labels++;
          n_colons += g_str_has_suffix (LABEL (i), ":");
          n_headings += heading;
          n_named += heading && names_section (lines, label, i);
        }
      else if (line->x < text_x - LABEL_INDENT)
        return G_MAXUINT;
      else
        n_text++;
    }
  if (start == G_MAXUINT || n_text < n_labels || 2 * n_colons > n_labels || 2 * n_named < n_headings)
    return G_MAXUINT;
  return start;
}

/* How many lines of text before the label at @i its label stands beside,
 * set in the middle of them (the contact details' three rows, the label
 * beside the second): the close lines right above it, no labels, when
 * as many close lines of text follow it (or one fewer). */
static guint
n_centred_above (GPtrArray *lines,
                 GPtrArray *label,
                 guint      i,
                 guint      first)
{
  guint above = 0, below = 0;

  if (!is_close (g_ptr_array_index (lines, i)))
    return 0;
  for (guint k = i; k > first && LABEL (k - 1) == NULL; k--)
    {
      above++;
      if (!is_close (g_ptr_array_index (lines, k - 1)))
        break;
      if (k - 1 == first)
        return 0;
    }
  for (guint k = i + 1; k < lines->len && LABEL (k) == NULL && is_close (g_ptr_array_index (lines, k)); k++)
    below++;
  /* (The run above must start after a wide gap, not at the section
   * before's first line.) */
  if (above == 0 || is_close (g_ptr_array_index (lines, i - above)) || above > below + 1)
    return 0;
  return above;
}

/* Adds the text of @line right of its label, if any, to @result. */
static void
add_beside (GPtrArray           *result,
            const VitaeTextLine *line,
            gboolean             first)
{
  const char *tab = strchr (line->text, '\t');
  VitaeTextLine *beside;

  if (tab == NULL)
    return;
  beside = vitae_text_line_copy (line, tab + 1);
  g_strstrip (beside->text);
  beside->x = line->tab_x;
  beside->tab_x = -1;
  beside->gap = first ? 0 : line->gap;
  if (beside->text[0] != '\0')
    g_ptr_array_add (result, beside);
  else
    vitae_text_line_free (beside);
}

/* Reads the lines from @start: each label (with a label close under
 * it) a heading line, before the text beside it and before the lines of
 * text it stands in the middle of. */
static GPtrArray *
split_labels (GPtrArray *lines,
              GPtrArray *label,
              guint      start)
{
  GPtrArray *result = vitae_text_lines_copy_n (lines, start);
  guint first = start;

  for (guint i = start; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      guint above = 0, end = i;
      g_autoptr(GString) name = NULL;
      VitaeTextLine *heading;

      if (LABEL (i) == NULL)
        {
          g_ptr_array_add (result, vitae_text_line_copy (line, line->text));
          continue;
        }
      above = n_centred_above (lines, label, i, first);
      name = g_string_new (LABEL (i));
      /* (A name set over two lines at most.) */
      if (end + 1 < lines->len && LABEL (end + 1) != NULL && is_close (g_ptr_array_index (lines, end + 1)))
        g_string_append_printf (name, " %s", LABEL (++end));
      heading = vitae_text_line_copy (line, name->str);
      heading->tab_x = -1;
      heading->flags |= LINE_SIDE_HEADING;
      if (above > 0)
        {
          VitaeTextLine *top = g_ptr_array_index (result, result->len - above);

          heading->gap = top->gap;
          top->gap = 0;
        }
      g_ptr_array_insert (result, (int) (result->len - above), heading);
      g_debug ("a label of the column at the left, a heading: %s", name->str);
      for (guint k = i; k <= end; k++)
        add_beside (result, g_ptr_array_index (lines, k), k == i && above == 0);
      i = end;
      first = end + 1;
    }
  return result;
}

/**
 * _vitae_import_label_headings:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * Section names set in a column of labels at the left, beside their
 * text that starts further right at one place (right aligned, so that
 * each label starts elsewhere, or as they come): from the first label
 * that names a section, every line that starts in that column is a
 * label. Each label, with the label close under it, becomes a heading
 * line before its text; a label set in the middle of the lines beside
 * it goes before the first of them.
 *
 * Returns: (transfer full) (nullable): new lines, or NULL when the page
 *   sets no such column
 */
GPtrArray *
_vitae_import_label_headings (GPtrArray *lines)
{
  double text_x = find_text_x (lines);
  g_autoptr(GPtrArray) label = NULL;
  guint start;

  if (text_x < 0)
    return NULL;
  label = g_ptr_array_new_full (lines->len, g_free);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (label, label_cell (g_ptr_array_index (lines, i), text_x));
  start = find_start (lines, label, text_x);
  return start != G_MAXUINT ? split_labels (lines, label, start) : NULL;
}

/**
 * _vitae_import_column_headings:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * The side headings at the page's left edge
 * (side_headings()) or, when there are none, the labels
 * of a column at the left (_vitae_import_label_headings()).
 *
 * Returns: (transfer full) (nullable): new lines, or NULL
 */
GPtrArray *
_vitae_import_column_headings (GPtrArray *lines)
{
  GPtrArray *side = side_headings (lines);

  return side != NULL ? side : _vitae_import_label_headings (lines);
}
