/* vitae-import-para-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of a list whose items are paragraphs of their
 * own, without marks, told apart by the space between them: awards,
 * publications or certificates, each one or more lines close under each
 * other ("Anna Berg and Per Olsen. Counting birds …" / "… pages 11-19,
 * 2019." / wider space / "Per Olsen. A camera rig …"). Each paragraph is
 * one item, kept whole. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether line @k may be a line of such a list set as @first is: on its
 * page, at its left edge, in its size, one cell without a mark, no
 * heading, contact detail nor dates alone (a column of dates whose text
 * stands apart). */
static gboolean
is_para_line (Reader        *r,
              guint          k,
              VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);

  return line->size > 0 && line->page == first->page && ABS (line->x - first->x) < 1 &&
         ABS (line->size - first->size) < 0.5 && !strchr (line->text, '\t') && !r->heading_like[k] &&
         !(line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON | LINE_SIDE_HEADING)) &&
         _vitae_import_after_bullet (line->text) == NULL && _vitae_import_after_word_o (line->text) == NULL &&
         !_vitae_import_is_contact_line (line->text) && !_vitae_import_is_dates_line (line->text);
}

/* Whether line @k stands as far under the line above as paragraphs
 * stand apart (four fifths of an em to two and a half), rather than as
 * close as a paragraph's lines (half an em or less); -1 when neither. */
static int
starts_paragraph (VitaeTextLine *line)
{
  if (line->gap <= 0.5 * line->size)
    return 0;
  if (line->gap >= 0.8 * line->size && line->gap <= 2.5 * line->size)
    return 1;
  return -1;
}

/* Whether line @i goes on with the marked item above it in a list of
 * awards, publications or certificates: under the item's text (further
 * in than its mark, by less than three ems), as close under the line
 * above as a paragraph's lines, without a mark. Such lists set a
 * reference's parts in other weights and sizes ("In: Journal …" in
 * bold) and stretch justified lines into cells; neither starts an item
 * there. If so, adds it to the item, its cells a space apart. */
static gboolean
continues_marked_item (Reader        *r,
                       guint          i,
                       VitaeTextLine *line,
                       const char    *text)
{
  g_autofree char *spaced = NULL;

  if (i == 0 || r->builder.kind == VITAE_SECTION_CUSTOM || r->builder.previous != ROLE_BULLET ||
      !r->bullet_glyph || r->bullet_x < 0 || line_at (r, i - 1)->page != line->page ||
      line->x <= r->bullet_x + 2 || line->x >= r->bullet_x + 3 * line->size || line->gap > 0.5 * line->size ||
      r->heading_like[i] || (line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) ||
      _vitae_import_after_bullet (text) != NULL || _vitae_import_after_word_o (text) != NULL)
    return FALSE;
  spaced = g_strdelimit (g_strdup (text), "\t", ' ');
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, spaced);
  return TRUE;
}

/* Whether line @i, in bold, starts an item set with a hanging indent:
 * its last word breaks at a hyphen onto the next line, indented under
 * it by less than three ems, as close as a paragraph's lines, in lower
 * case ("… In : Sympo-" / "sium on …"). One paragraph, then, not a
 * title over an item, which _vitae_import_starts_hanging_item() takes
 * a bold line for. */
static gboolean
starts_broken_item (Reader        *r,
                    guint          i,
                    VitaeTextLine *line,
                    const char    *text)
{
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  gsize len = strlen (text);

  return next != NULL && (line->flags & VITAE_TEXT_LINE_BOLD) && len >= 2 && text[len - 1] == '-' &&
         g_ascii_isalpha (text[len - 2]) && !strchr (text, '\t') && next->page == line->page && next->size > 0 &&
         next->x > line->x + 0.5 * next->size && next->x < line->x + 3 * next->size &&
         next->gap <= 0.5 * next->size && g_unichar_islower (g_utf8_get_char (next->text)) &&
         _vitae_import_after_bullet (next->text) == NULL;
}

/* The role of line @i in a section of awards, publications,
 * certificates or a custom one, when it goes on with a marked item
 * (continues_marked_item(): ROLE_DONE), starts one whose word breaks
 * onto the next line (starts_broken_item(): ROLE_BULLET), or is a line
 * of a list of paragraphs: the lines from the heading right above the
 * first on, set alike (is_para_line()), two paragraphs or more by the
 * space between them (starts_paragraph()). A paragraph's first line is
 * an item (ROLE_BULLET); its other lines go on with it (ROLE_DONE).
 * Else ROLE_NONE. */
Role
_vitae_import_para_item_role (Reader     *r,
                              guint       i,
                              const char *text)
{
  VitaeTextLine *line = line_at (r, i);
  guint s = i, e = i + 1, n_paragraphs = 0;
  gboolean numbered = FALSE, wide = FALSE;

  if (r->in_header || line->size <= 0 || text != line->text ||
      (r->builder.kind != VITAE_SECTION_AWARDS && r->builder.kind != VITAE_SECTION_PUBLICATIONS &&
       r->builder.kind != VITAE_SECTION_CERTIFICATIONS && r->builder.kind != VITAE_SECTION_CUSTOM))
    return ROLE_NONE;
  if (continues_marked_item (r, i, line, text))
    return ROLE_DONE;
  if (starts_broken_item (r, i, line, text))
    return ROLE_BULLET;
  if (!is_para_line (r, i, line))
    return ROLE_NONE;
  while (s > 0 && is_para_line (r, s - 1, line))
    s--;
  while (e < r->lines->len && is_para_line (r, e, line))
    e++;
  /* (Right under its heading: the section holds nothing else before.) */
  if (s == 0 || !(r->heading_like[s - 1] || (line_at (r, s - 1)->flags & LINE_SIDE_HEADING)) ||
      r->last_heading != s)
    return ROLE_NONE;
  /* (Under a heading of a kind not known, each paragraph has a number,
   * a year or a page's, as an award's or a paper's has and paragraphs
   * about oneself seldom do. One line at least reaches across the
   * column: short lines spaced apart are rather a column of a table.) */
  for (guint k = s; k < e; k++)
    {
      int start = k > s ? starts_paragraph (line_at (r, k)) : 1;

      if (start < 0 || (start == 1 && k > s && !numbered))
        return ROLE_NONE;
      if (start == 1)
        n_paragraphs++, numbered = FALSE;
      numbered |= r->builder.kind != VITAE_SECTION_CUSTOM || _vitae_import_has_digit (line_at (r, k)->text);
      wide |= r->col_right[k] > 0 && line_at (r, k)->right >= r->col_right[k] - 2 * line->size;
    }
  if (n_paragraphs < 2 || !numbered || !wide)
    return ROLE_NONE;
  if (i == s || starts_paragraph (line) == 1)
    return ROLE_BULLET;
  if (r->builder.previous != ROLE_BULLET)
    return ROLE_NONE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return ROLE_DONE;
}
