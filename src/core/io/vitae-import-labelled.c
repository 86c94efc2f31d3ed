/* vitae-import-labelled.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of lines under an entry that a label and a
 * colon lead, drawn without a mark: a school's details, each an item
 * ("GPA: 3.9/4.0", _vitae_import_is_detail_line()); and the duties of a
 * job, a project or volunteering, one a line, each led by a short label
 * ("Teaching: first-year statistics" / "Research: a lab of sediment
 * studies, its samples and …"), two or more under the entry's title,
 * spaced apart or set close, a long one wrapped close under it, or one
 * alone under a later title where such duties stood before
 * (_vitae_import_labelled_duty_role()). Not a few labelled fields ("Client:
 * Midland Lines" / "Location: Derby"), nor a project's technologies,
 * which are its keywords (_vitae_import_read_body()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/**
 * _vitae_import_is_detail_line:
 * @r: the reader
 * @line: a line
 * @text: its text
 *
 * Whether a line of a school's entry is one of its details set one a
 * line as "Label: value" ("GPA: 3.9/4.0", "Subject: Physics", "Year of
 * Graduation: 2024"): a capitalised label of one to four words and a
 * short value, on a line of its own. Such lines are the entry's items,
 * drawn without a mark.
 */
gboolean
_vitae_import_is_detail_line (Reader        *r,
                              VitaeTextLine *line,
                              const char    *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  guint n_words;

  if (line->size <= 0 || r->in_header || r->builder.kind != VITAE_SECTION_EDUCATION || r->builder.entry == NULL ||
      colon == NULL || colon == text || colon[1] != ' ' || strchr (text, '\t') ||
      (line->flags & VITAE_TEXT_LINE_BOLD) || g_utf8_strlen (text, -1) > 80 || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  label = g_strstrip (g_strndup (text, colon - text));
  /* The labels Vitae writes itself are the entry's fields
   * (_vitae_import_read_body()). */
  if (g_str_equal (label, "Grade") || g_str_equal (label, _("Grade")) || g_str_equal (label, "Courses") ||
      g_str_equal (label, _("Courses")))
    return FALSE;
  n_words = _vitae_import_count_words (label);
  for (const char *p = label; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)) && *p != ' ')
      return FALSE;
  return n_words >= 1 && n_words <= 4 && g_utf8_strlen (colon + 2, -1) <= 60 && colon[2 + strspn (colon + 2, " ")] != '\0';
}

/* Whether @label is written as a name is (a project's, "Tracking Flood
 * Risk for the Town"): each of its words of four letters or more starts
 * with a capital. */
static gboolean
named_as_title (const char *label)
{
  g_auto(GStrv) words = g_strsplit (label, " ", -1);

  for (guint w = 0; words[w] != NULL; w++)
    {
      if (g_utf8_strlen (words[w], -1) >= 4 && !g_unichar_isupper (g_utf8_get_char (words[w])))
        return FALSE;
    }
  return TRUE;
}

/* The colon that ends the label leading @text, or NULL: @text starts
 * with a capital, the label is of one to five words (seven written as a name,
 * named_as_title()) and 40 characters
 * at most, with no tab, no semicolon and no sentence's end in it, nor a
 * digit right before the colon (a time, "10:30"), a space after it
 * ("Research : …" too) and words after that. */
static const char *
label_colon (const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  guint n_words;

  if (colon == NULL || colon == text || !g_unichar_isupper (g_utf8_get_char (text)) ||
      g_utf8_strlen (text, colon - text) > 40 || colon[1] != ' ' || colon[1 + strspn (colon + 1, " ")] == '\0' ||
      g_ascii_isdigit (colon[-1]))
    return NULL;
  label = g_strndup (text, colon - text);
  if (strpbrk (label, "\t;") != NULL || strstr (label, ". ") != NULL)
    return NULL;
  n_words = _vitae_import_count_words (label);
  return n_words >= 1 && (n_words <= 5 || (n_words <= 7 && named_as_title (label))) ? colon : NULL;
}

/* Whether @value starts with a person's name after a title written short
 * ("Dr. Ada Quist", "Prof. Ken Oduya"): a capital and two to four more
 * letters, a full stop, then a word that starts with a capital. */
static gboolean
names_person (const char *value)
{
  const char *stop = strchr (value, '.');
  guint letters = 0;

  if (stop == NULL || stop[1] != ' ' || !g_unichar_isupper (g_utf8_get_char (value)) ||
      !g_unichar_isupper (g_utf8_get_char (stop + 2)))
    return FALSE;
  for (const char *p = value; p < stop; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        return FALSE;
      letters++;
    }
  return letters >= 2 && letters <= 5;
}

/* Whether line @k leads with a label a duty of an entry of the current
 * section: not with the label of a field the import reads as one (a
 * project's "Technologies"), nor before a contact detail alone
 * ("Phone: …", "Web: …") or a person's name ("Supervisor: Dr. …"). */
static gboolean
leads_duty (Reader *r,
            guint   k)
{
  const char *text = line_at (r, k)->text;
  const char *colon = label_colon (text);
  g_autofree char *label = NULL;
  const char *value;

  if (colon == NULL)
    return FALSE;
  label = g_strstrip (g_strndup (text, colon - text));
  value = colon + 1 + strspn (colon + 1, " ");
  if (r->builder.kind == VITAE_SECTION_PROJECTS && (g_str_equal (label, "Technologies") || g_str_equal (label, _("Technologies"))))
    return FALSE;
  return !(_vitae_import_count_words (value) <= 3 && _vitae_import_is_contact_line (value)) && !names_person (value);
}

/* Whether line @k is set as line @first is, a bold label allowed
 * (_vitae_import_set_alike()); a label set larger than its text allowed
 * too, up to a fifth larger: the line that leads with it reads as set
 * in the label's size ("Sea Charts:" larger over lines of 11 points),
 * when five words or more follow it on that line (not a title's
 * "Tide App: Developer" over a paragraph). */
static gboolean
set_as (Reader        *r,
        guint          k,
        VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  VitaeTextLine like;
  const char *lead;
  gboolean label_larger;

  if (_vitae_import_set_alike (r, k, first, TRUE))
    return TRUE;
  lead = line->size > first->size ? line->text : first->text;
  label_larger = label_colon (lead) != NULL && _vitae_import_count_words (label_colon (lead) + 1) >= 5;
  if (!label_larger || ABS (line->size - first->size) > 0.2 * MIN (line->size, first->size))
    return FALSE;
  like = *first;
  like.size = line->size;
  return _vitae_import_set_alike (r, k, &like, TRUE);
}

typedef enum
{
  RUN_END,
  RUN_WRAP,     /* the line goes on with the duty above it */
  RUN_DUTY,     /* the line starts the next duty */
} RunStep;

/* What line @k is to the run of labelled duties above it, whose first
 * line is @first: the next duty, led by a label, unless the line above
 * runs on into it; a line of the duty above, without a label, as close
 * under it as a paragraph's lines; or the end of the run. */
static RunStep
run_step (Reader        *r,
          guint          k,
          VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  gboolean close = line->gap <= MAX (r->line_gap, r->size_gap[k]) + 0.1 * line->size;

  if (!set_as (r, k, first))
    return RUN_END;
  if (label_colon (line->text) != NULL)
    {
      if (close && _vitae_import_runs_on (line_at (r, k - 1)->text))
        return RUN_WRAP;
      return leads_duty (r, k) ? RUN_DUTY : RUN_END;
    }
  return close ? RUN_WRAP : RUN_END;
}

/* The number of duties in the run of labelled duties that line @i
 * starts, its lines up to @e; @long_one, whether one of them says more
 * than a few words (five after its label, or wrapped). */
static guint
labelled_run (Reader   *r,
              guint     i,
              guint    *e,
              gboolean *long_one)
{
  VitaeTextLine *first = line_at (r, i);
  guint n = 0;
  RunStep step = RUN_DUTY;

  *long_one = FALSE;
  for (*e = i; *e < r->lines->len && (*e == i || (step = run_step (r, *e, first)) != RUN_END); (*e)++)
    {
      if (step == RUN_WRAP)
        {
          *long_one = TRUE;
          continue;
        }
      n++;
      *long_one = *long_one || _vitae_import_count_words (label_colon (line_at (r, *e)->text) + 1) >= 5;
    }
  return n;
}

/* Whether line @i stands where an entry's first duty starts: right under
 * its title or subtitle in a section of work, projects or volunteering. */
static gboolean
under_entry (Reader        *r,
             guint          i,
             VitaeTextLine *line)
{
  VitaeSectionKind kind = r->builder.kind;

  return line->size > 0 && i > 0 && !r->in_header && r->builder.entry != NULL &&
         (kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_PROJECTS || kind == VITAE_SECTION_VOLUNTEER) &&
         (r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE);
}

/**
 * _vitae_import_labelled_duty_role:
 * @r: the reader
 * @i: a line
 * @line: line @i
 * @text: its text
 *
 * The role of line @i when it is one of an entry's duties led by a
 * label ("Research : a lab of …"), one a line without a mark: two or
 * more, led by labels at the same edge, in the same size, one of them
 * more than a few words, under the entry's title
 * (under_entry()); or one such under a later title, set where such
 * duties stood. A duty's first line is a bullet; a line that goes on
 * with it is added to it (ROLE_DONE). Otherwise ROLE_NONE.
 */
Role
_vitae_import_labelled_duty_role (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text)
{
  guint n, e;
  gboolean long_one;

  if (i < r->labelled_end && i > 0)
    {
      VitaeTextLine *first = line_at (r, r->labelled_start);

      if (r->builder.previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1)
        {
          if (run_step (r, i, first) == RUN_DUTY)
            return ROLE_BULLET;
          _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
          return ROLE_DONE;
        }
      r->labelled_end = 0;
    }
  if (!under_entry (r, i, line) || !set_as (r, i, line) || !leads_duty (r, i))
    return ROLE_NONE;
  n = labelled_run (r, i, &e, &long_one);
  if (!long_one ||
      (n < 2 && !(r->labelled_size > 0 && ABS (line->x - r->labelled_x) < 1 && ABS (line->size - r->labelled_size) < 0.5)))
    return ROLE_NONE;
  if (n >= 2)
    {
      r->labelled_x = line->x;
      r->labelled_size = line->size;
    }
  r->labelled_start = i;
  r->labelled_end = e;
  return ROLE_BULLET;
}
