/* vitae-import-grades.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A school's grade on a line of its own under the school, drawn
 * without a list's mark ("GPA: 3.9/4.0", "Cumulative GPA: 3.6",
 * "Percentage : 98", "Scored 81.5%"): the line pass reads it as one of
 * the entry's items, as it reads the school's other details set one a
 * line ("Subject: Physics", _vitae_import_is_detail_line()). A grade is
 * no item of what the person did, though: it is the entry's score, which
 * the templates draw under the degree with their own label. A grade the
 * person marked as a list's item ("• GPA: 3.9") stays the item they made
 * it.
 *
 * The score keeps the line whole, its label with it ("GPA: 3.9/4.0", not
 * "3.9/4.0"): a GPA, a percentage and a class rank are not the same
 * thing, and the label is the person's word. Only the renderer's own
 * label ("Grade: 3.5") is left off, as _vitae_import_read_body() does,
 * or a round trip would double it. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"
#include "vitae-import-grades.h"

/* The data key of an item the line pass read from a grade drawn
 * without a mark. */
#define UNMARKED_GRADE "vitae-import-unmarked-grade"

/* Whether the @len bytes at @word are a word that names a grade. */
static gboolean
is_grade_word (const char *word,
               gsize       len)
{
  static const char * const words[] = {
    "gpa", "cgpa", "sgpa", "cpi", "grade", "grades", "percentage", "score", "scored", "marks", "average", NULL
  };
  g_autofree char *folded = g_utf8_casefold (word, len);

  return g_strv_contains (words, folded);
}

/**
 * _vitae_import_is_grade_line:
 * @text: a line's text
 *
 * Whether @text gives a grade: a label of one to four words, one of
 * them a word for a grade, then a colon or not ("Percentage : 98",
 * "GPA 3.8"), then a number. What follows the number may be anything
 * short ("3.7/4.0 | Dean's List 2020").
 */
gboolean
_vitae_import_is_grade_line (const char *text)
{
  const char *p = text;
  gboolean graded = FALSE;

  if (g_utf8_strlen (text, -1) > 80 || strchr (text, '\t') != NULL)
    return FALSE;
  for (guint n_words = 0; n_words < 4; n_words++)
    {
      const char *start = p;

      while (g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        return FALSE;
      graded = graded || is_grade_word (start, p - start);
      p += strspn (p, " ");
      if (*p == ':')
        {
          p += 1 + strspn (p + 1, " ");
          break;
        }
      if (g_ascii_isdigit (*p))
        break;
    }
  return graded && g_ascii_isdigit (*p);
}

/* Whether line @i of @r is marked as a list's item: a mark the line
 * pass read (@marked), an icon, a sign it reads no mark in ("○ GPA:
 * 3.4"), a mark alone on the row above, or the item above it marked and
 * at its left (the mark was drawn apart from the text and is lost). */
static gboolean
is_marked (Reader              *r,
           guint                i,
           const VitaeTextLine *line,
           gboolean             marked)
{
  return marked || (line->flags & VITAE_TEXT_LINE_ICON) || line->text == NULL ||
         !g_unichar_isalnum (g_utf8_get_char (line->text)) || (i > 0 && _vitae_import_glyph_row (r, i - 1)) ||
         (r->builder.previous == ROLE_BULLET && r->bullet_glyph && fabs (line->x - r->bullet_x) < 1);
}

/**
 * _vitae_import_note_grade_item:
 * @r: the line pass
 * @i: the index of the line of the item just read
 * @entry: the entry the line pass added the item to
 * @marked: whether the line pass read a list's mark before the item
 *
 * Notes @entry's last item as a grade drawn without a mark, when it is
 * one in a school's entry, for _vitae_import_settle_grades(). Called
 * before the line pass notes where this item starts, so that the
 * item's mark can be told from the one above.
 */
void
_vitae_import_note_grade_item (Reader     *r,
                               guint       i,
                               VitaeEntry *entry,
                               gboolean    marked)
{
  guint n = vitae_entry_get_n_bullets (entry);
  VitaeBullet *last;

  if (r->builder.kind != VITAE_SECTION_EDUCATION || n == 0 || is_marked (r, i, line_at (r, i), marked))
    return;
  last = vitae_entry_get_bullet (entry, n - 1);
  if (_vitae_import_is_grade_line (vitae_bullet_get_text (last)))
    g_object_set_data (G_OBJECT (last), UNMARKED_GRADE, GINT_TO_POINTER (TRUE));
}

/* The score @text gives: the line whole, or its value when its label is
 * the one the templates draw before a score. */
static const char *
score_of (const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;

  if (colon == NULL)
    return text;
  label = g_strstrip (g_strndup (text, colon - text));
  if (g_str_equal (label, "Grade") || g_str_equal (label, _("Grade")))
    return colon + 1 + strspn (colon + 1, " ");
  return text;
}

/* Makes the first item of @entry that is a grade drawn without a mark
 * its score, when it has none. */
static void
settle_grade (VitaeEntry *entry)
{
  VitaeNode *node = VITAE_NODE (entry);

  if (vitae_node_has (node, "score"))
    return;
  for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
    {
      VitaeBullet *bullet = vitae_entry_get_bullet (entry, b);
      const char *text = vitae_bullet_get_text (bullet);

      if (g_object_get_data (G_OBJECT (bullet), UNMARKED_GRADE) != NULL && text != NULL &&
          _vitae_import_is_grade_line (text))
        {
          vitae_node_set_text (node, "score", score_of (text));
          vitae_entry_remove_bullet (entry, b);
          return;
        }
    }
}

/**
 * _vitae_import_settle_grades:
 * @document: a resume the line pass has read
 *
 * Once the line pass is done, makes the grade each school gives on a
 * line of its own, without a mark, the school's score (see the top of this file).
 */
void
_vitae_import_settle_grades (VitaeDocument *document)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      if (vitae_section_get_kind (section) != VITAE_SECTION_EDUCATION)
        continue;
      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        settle_grade (vitae_section_get_entry (section, e));
    }
}
