/* vitae-import-build.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line importer's builder (sections, entries, bodies) and the
 * geometry of a PDF's lines. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-import-dated-place.h"
#include "vitae-import-phrase-lists.h"
#include "vitae-import-private.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

static gboolean
is_standard_heading (const char *text,
                     int         kind)
{
  const char *language = NULL;
  const char *standard;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (vitae_locale_match_heading (text, &language) == NULL || language == NULL)
    return FALSE;
  standard = vitae_locale_get_section_heading (language, (VitaeSectionKind) kind);
  if (standard == NULL)
    return FALSE;
  a = g_utf8_casefold (text, -1);
  b = g_utf8_casefold (standard, -1);
  return g_str_equal (a, b);
}

void
_vitae_import_start_section (Builder    *builder,
                             const char *heading)
{
  int kind = _vitae_import_kind_from_heading (heading);
  g_autofree char *title = NULL;
  /* (Without the colon after it: "Languages:".) */
  g_autofree char *text = g_strchomp (g_strdup (heading));
  gsize len = strlen (text);

  while (len > 1 && text[len - 1] == ':')
    text[--len] = '\0';
  g_strchomp (text);

  builder->entry = NULL;
  builder->section = NULL;
  if (kind == KIND_SUMMARY)
    {
      builder->kind = KIND_SUMMARY;
      g_free (builder->summary_title);
      builder->summary_title = g_strdup (text);
      return;
    }

  /* A heading set in capitals reads in title case: "OPEN SOURCE" →
   * "Open Source", "İŞ DENEYİMİ" → "İş Deneyimi" (a word's first letter
   * as it is written, İ too; the small i of İ without the dot above
   * that lowering it adds). */
  if (_vitae_import_is_upper_text (text))
    {
      g_autofree char *down = g_utf8_strdown (text, -1);
      GString *lower = g_string_new (down);
      GString *cased = g_string_new (NULL);
      gboolean same = FALSE, word_start = TRUE;
      const char *q = text;

      g_string_replace (lower, "i\xcc\x87", "i", 0);
      same = g_utf8_strlen (lower->str, -1) == g_utf8_strlen (text, -1);
      for (const char *p = lower->str; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (cased, word_start ? g_unichar_totitle (same ? g_utf8_get_char (q) : c) : c);
          word_start = g_unichar_isspace (c) || c == '-' || c == '/';
          if (same)
            q = g_utf8_next_char (q);
        }
      g_string_free (lower, TRUE);
      title = g_string_free (cased, FALSE);
    }
  else
    title = g_strdup (text);

  builder->kind = kind < 0 ? VITAE_SECTION_CUSTOM : (guint) kind;
  builder->section = vitae_section_new (builder->kind);
  /* A document language's own heading for the kind ("الخبرة العملية",
   * "BERUFSERFAHRUNG") is the section's default title there. */
  if (kind >= 0 && kind != VITAE_SECTION_CUSTOM && is_standard_heading (text, kind))
    ;
  else if (kind < 0 || (kind == VITAE_SECTION_CUSTOM && !g_str_equal (title, vitae_section_kind_get_title (kind))))
    vitae_node_set_text (VITAE_NODE (builder->section), "title", title);
  else
    {
      g_autofree char *a = g_utf8_casefold (title, -1);
      g_autofree char *b = g_utf8_casefold (vitae_section_kind_get_title (kind), -1);

      /* A known kind under a title of its own: "Open Source" projects. */
      if (!g_str_equal (a, b))
        vitae_node_set_text (VITAE_NODE (builder->section), "title", title);
    }
  vitae_document_append_section (builder->document, builder->section);
  g_object_unref (builder->section);
}

/* The current section, made a custom one if the text before any heading
 * needs one. */
VitaeSection *
_vitae_import_ensure_section (Builder *builder)
{
  if (builder->section == NULL)
    {
      builder->kind = VITAE_SECTION_CUSTOM;
      builder->section = vitae_section_new (VITAE_SECTION_CUSTOM);
      vitae_document_append_section (builder->document, builder->section);
      g_object_unref (builder->section);
    }
  return builder->section;
}

VitaeEntry *
_vitae_import_new_entry (Builder *builder)
{
  VitaeEntry *entry = vitae_entry_new ();

  vitae_section_append_entry (_vitae_import_ensure_section (builder), entry);
  g_object_unref (entry);
  builder->entry = entry;
  return entry;
}

static gboolean
kind_has_date (guint kind)
{
  return kind == VITAE_SECTION_CERTIFICATIONS || kind == VITAE_SECTION_AWARDS ||
         kind == VITAE_SECTION_PUBLICATIONS;
}

void
_vitae_import_set_dates (Builder    *builder,
                         VitaeNode  *node,
                         const char *text)
{
  g_autofree char *start = NULL, *end = NULL;

  if (!_vitae_import_parse_dates (text, &start, &end))
    {
      /* Dates that are not dates, kept as typed. */
      vitae_node_set_text (node, kind_has_date (builder->kind) ? "date" : "end", text);
      return;
    }
  if (start != NULL)
    {
      vitae_node_set_text (node, "start", start);
      if (end[0] != '\0')
        vitae_node_set_text (node, "end", end);
    }
  else
    vitae_node_set_text (node, kind_has_date (builder->kind) ? "date" : "end", end);
}

/* Whether @rest, after dates in a column of their own, is an item with
 * its list's mark, not the dates going on after a dash ("2015 <tab> –
 * 2019", "2020 <tab> – Present"): a word of text after the mark, no
 * dates in its cell. */
static gboolean
starts_dated_item (const char *rest)
{
  const char *item = _vitae_import_after_bullet (rest);
  g_autofree char *cell = NULL, *s = NULL, *e = NULL;

  if (item == NULL || !g_unichar_isalpha (g_utf8_get_char (item)))
    return FALSE;
  cell = g_strndup (item, strcspn (item, "\t"));
  return !_vitae_import_parse_dates (cell, &s, &e) && _vitae_import_count_words (cell) >= 2;
}

void
_vitae_import_read_title (Builder    *builder,
                          const char *text)
{
  VitaeNode *node = VITAE_NODE (_vitae_import_new_entry (builder));
  g_autofree char *left = NULL, *right = NULL, *place = NULL;
  const char *key;

  /* The dates at the end, or in a column of their own at the left:
   * "2019 <tab> Designer"; or at the end before a bar and the place. */
  if (!_vitae_import_title_dates_place (text, &left, &right, &place))
    {
      _vitae_import_split_right (text, &left, &right);
      /* What follows dates in a column of their own with a list's mark
       * is the first item dated so, no title ("2019 <tab> · Course on
       * R, online"; "2016 <tab> — Poster award"): the items under it
       * are the same year's. */
      if (_vitae_import_dates_first (text, &left, &right) && starts_dated_item (left))
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (_vitae_import_after_bullet (left));

          _vitae_import_set_dates (builder, node, right);
          vitae_entry_append_bullet (VITAE_ENTRY (node), bullet);
          return;
        }
    }
  switch (builder->kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      key = "role";
      break;
    case VITAE_SECTION_EDUCATION:
      key = "organization";
      break;
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      key = "title";
      break;
    }
  if (left[0] != '\0')
    vitae_node_set_text (node, key, left);
  /* A place at the right, where no dates are ("… <tab> Thiene, Italia"). */
  if (right != NULL && right[0] != '\0' && !_vitae_import_has_digit (right) && !_vitae_import_has_dates (right) &&
      _vitae_import_count_words (right) <= 4)
    vitae_node_set_text (node, "location", right);
  else if (right != NULL && right[0] != '\0')
    _vitae_import_set_dates (builder, node, right);
  if (place != NULL)
    vitae_node_set_text (node, "location", place);
}

/* Whether @text is a town and its region or country, "New Haven, CT",
 * "Leith, Scotland": a few words without digits, each a capital's, a
 * comma between town and region. */
static gboolean
is_town_and_region (const char *text)
{
  const char *comma = strstr (text, ", ");
  g_auto(GStrv) words = NULL;

  if (comma == NULL || strstr (comma + 2, ", ") != NULL || _vitae_import_has_digit (text) ||
      _vitae_import_count_words (text) > 4 || g_utf8_strlen (text, -1) > 40)
    return FALSE;
  words = g_strsplit_set (text, " ,", -1);
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] != '\0' && !g_unichar_isupper (g_utf8_get_char (words[k])))
      return FALSE;
  return TRUE;
}

/* Reads a subtitle that is the place of an entry whose title names its
 * employer or school and then, after a dash, the role or degree
 * ("Harbour Trust — Clerk" / "Leith, Scotland", as a word processor's
 * templates set them); returns whether it did. */
static gboolean
read_place_under_dashed_title (Builder    *builder,
                               const char *text)
{
  VitaeNode *node = VITAE_NODE (builder->entry);
  const char *key = builder->kind == VITAE_SECTION_EXPERIENCE || builder->kind == VITAE_SECTION_VOLUNTEER ? "role"
                    : builder->kind == VITAE_SECTION_EDUCATION                                              ? "organization"
                                                                                                            : NULL;
  const char *title = key != NULL ? vitae_node_get_text (node, key) : "";
  const char *dash = strstr (title, " \u2014 ");
  g_autofree char *before = NULL, *after = NULL;

  if (dash == NULL || vitae_node_has (node, "location") || !is_town_and_region (text))
    return FALSE;
  before = g_strstrip (g_strndup (title, dash - title));
  after = g_strstrip (g_strdup (dash + strlen (" \u2014 ")));
  if (before[0] == '\0' || after[0] == '\0')
    return FALSE;
  vitae_node_set_text (node, "organization", before);
  vitae_node_set_text (node, builder->kind == VITAE_SECTION_EDUCATION ? "degree" : "role", after);
  vitae_node_set_text (node, "location", text);
  return TRUE;
}

void
_vitae_import_read_subtitle (Builder    *builder,
                             const char *text)
{
  VitaeNode *node = VITAE_NODE (builder->entry);
  g_autofree char *left = NULL, *right = NULL;
  const char *tab = strrchr (text, '\t');

  if (tab == NULL && read_place_under_dashed_title (builder, text))
    return;
  left = g_strstrip (tab ? g_strndup (text, tab - text) : g_strdup (text));
  right = tab ? g_strstrip (g_strdup (tab + 1)) : NULL;

  if (right != NULL && right[0] != '\0')
    vitae_node_set_text (node, "location", right);
  if (left[0] == '\0')
    return;

  switch (builder->kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      vitae_node_set_text (node, "organization", left);
      break;
    case VITAE_SECTION_EDUCATION:
      {
        const char *comma = strstr (left, ", ");
        const char *title = vitae_node_get_text (node, "organization");

        /* A degree over its school ("Doctor of Philosophy in
         * Mathematics" / "Lakeside University, Porto"): the title read
         * as the school is the degree. */
        if (title != NULL && !vitae_node_has (node, "degree") &&
            _vitae_import_names_work_done (VITAE_SECTION_EDUCATION, title) &&
            _vitae_import_names_organisation (VITAE_SECTION_EDUCATION, left))
          {
            g_autofree char *degree = g_strdup (title);

            /* (Its town and region after it: "…, Romeoville, IL".) */
            if (comma != NULL && !vitae_node_has (node, "location") && is_town_and_region (comma + 2))
              {
                vitae_node_set_text (node, "location", comma + 2);
                *(char *) comma = '\0';
              }
            vitae_node_set_text (node, "organization", left);
            vitae_node_set_text (node, "degree", degree);
          }
        /* (The degree read already, from the title: the field.) */
        else if (vitae_node_has (node, "degree") && !vitae_node_has (node, "area"))
          vitae_node_set_text (node, "area", left);
        else if (comma != NULL)
          {
            g_autofree char *degree = g_strndup (left, comma - left);

            vitae_node_set_text (node, "degree", degree);
            vitae_node_set_text (node, "area", comma + 2);
          }
        else
          vitae_node_set_text (node, "degree", left);
      }
      break;
    case VITAE_SECTION_PROJECTS:
      {
        /* "roles · entity · type"; a type is a lower-case word or two
         * ("application", "open source"), roles and entities are names. */
        g_auto(GStrv) parts = g_strsplit (left, " · ", 3);
        guint n = g_strv_length (parts);

        if (n > 0)
          {
            g_autofree char *lower = g_utf8_strdown (parts[n - 1], -1);

            if (n == 3 || g_str_equal (lower, parts[n - 1]))
              {
                vitae_node_set_text (node, "type", parts[n - 1]);
                g_clear_pointer (&parts[--n], g_free);
              }
          }
        if (n > 0)
          {
            g_auto(GStrv) roles = g_strsplit (parts[0], ", ", -1);

            vitae_node_set_list (node, "roles", (const char * const *) roles);
          }
        if (n > 1)
          vitae_node_set_text (node, "entity", parts[1]);
      }
      break;
    case VITAE_SECTION_CERTIFICATIONS:
      vitae_node_set_text (node, "issuer", left);
      break;
    case VITAE_SECTION_AWARDS:
      vitae_node_set_text (node, "awarder", left);
      break;
    case VITAE_SECTION_PUBLICATIONS:
      vitae_node_set_text (node, "publisher", left);
      break;
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      vitae_node_set_text (node, "organization", left);
      break;
    }
}

void
_vitae_import_append_text (VitaeNode  *node,
                           const char *key,
                           const char *text,
                           const char *separator)
{
  if (vitae_node_has (node, key) && vitae_node_get_text (node, key)[0] != '\0')
    {
      /* (Lines joined by a space: a word broken at a hyphen is whole.) */
      g_autofree char *joined = g_str_equal (separator, " ") ? _vitae_import_join_wrapped (vitae_node_get_text (node, key), text) :
                                g_strconcat (vitae_node_get_text (node, key), separator, text, NULL);

      vitae_node_set_text (node, key, joined);
    }
  else
    vitae_node_set_text (node, key, text);
}

void
_vitae_import_read_body (Builder             *builder,
                         const VitaeTextLine *line,
                         const char          *text)
{
  const char *rest = NULL;
  g_autofree char *label = NULL;
  VitaeNode *node;

  builder->run_items = FALSE;
  if (builder->kind == KIND_SUMMARY)
    {
      if (builder->summary->len > 0)
        g_string_append_c (builder->summary, '\n');
      g_string_append (builder->summary, text);
      return;
    }

  switch (builder->kind)
    {
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
      if (!_vitae_import_read_sentence_of_skills (builder, line, text))
        _vitae_import_read_keywords (builder, text, line->flags);
      return;
    case VITAE_SECTION_LANGUAGES:
      _vitae_import_read_languages (builder, text);
      return;
    case VITAE_SECTION_REFERENCES:
      if (g_str_has_prefix (text, "— ") && builder->entry != NULL)
        vitae_node_set_text (VITAE_NODE (builder->entry), "title", text + strlen ("— "));
      else
        vitae_node_set_text (VITAE_NODE (_vitae_import_new_entry (builder)), "reference", text);
      return;
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_EDUCATION:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_VOLUNTEER:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      break;
    }

  if ((builder->run_items = _vitae_import_read_run_items (builder, text)))
    return;
  node = VITAE_NODE (builder->entry ? builder->entry : _vitae_import_new_entry (builder));
  label = _vitae_import_split_label (text, &rest);
  if (label != NULL && builder->kind == VITAE_SECTION_EDUCATION &&
      (g_str_equal (label, _("Grade")) || g_str_equal (label, "Grade") || g_str_equal (label, "GPA")))
    vitae_node_set_text (node, "score", rest);
  else if (label != NULL && builder->kind == VITAE_SECTION_EDUCATION &&
           (g_str_equal (label, _("Courses")) || g_str_equal (label, "Courses")))
    _vitae_import_set_list (node, "courses", rest);
  else if (label != NULL && builder->kind == VITAE_SECTION_PROJECTS &&
           (g_str_equal (label, _("Technologies")) || g_str_equal (label, "Technologies")))
    _vitae_import_set_list (node, "keywords", rest);
  else if (_vitae_import_looks_like_url (text) && !vitae_node_has (node, "url"))
    vitae_node_set_text (node, "url", text);
  else if ((builder->kind == VITAE_SECTION_EXPERIENCE || builder->kind == VITAE_SECTION_CUSTOM) &&
           (line->flags & VITAE_TEXT_LINE_ITALIC) && !vitae_node_has (node, "description") &&
           vitae_entry_get_n_bullets (VITAE_ENTRY (node)) == 0)
    vitae_node_set_text (node, "description", text);
  else if (builder->kind == VITAE_SECTION_PROJECTS && !vitae_node_has (node, "description") &&
           !vitae_node_has (node, "summary") && vitae_entry_get_n_bullets (VITAE_ENTRY (node)) == 0)
    vitae_node_set_text (node, "description", text);
  else
    _vitae_import_append_text (node, "summary", text, "\n");
}

Role
_vitae_import_role_from_style (const char *style)
{
  g_autofree char *folded = NULL;

  if (style == NULL)
    return ROLE_NONE;
  folded = g_ascii_strdown (style, -1);
  if (g_str_equal (folded, "name") || g_str_equal (folded, "title"))
    return ROLE_NAME;
  if (g_str_equal (folded, "headline") || g_str_equal (folded, "subtitle"))
    return ROLE_HEADLINE;
  if (g_str_equal (folded, "contact"))
    return ROLE_CONTACT;
  if (g_str_has_prefix (folded, "heading"))
    return ROLE_HEADING;
  if (g_str_equal (folded, "entrytitle") || g_str_equal (folded, "entry title"))
    return ROLE_TITLE;
  if (g_str_equal (folded, "entrysubtitle") || g_str_equal (folded, "entry subtitle"))
    return ROLE_SUBTITLE;
  if (strstr (folded, "list") != NULL)
    return ROLE_BULLET;
  return ROLE_NONE;
}

gboolean
_vitae_import_is_heading_like (const VitaeTextLine *line,
                               double               body_size)
{
  const char *text = line->text;

  /* A logo's caption names an entry whatever its words. */
  if ((line->flags & LINE_CAPTION) || strchr (text, '\t') || _vitae_import_count_words (text) > 5 || g_utf8_strlen (text, -1) > 48 ||
      _vitae_import_after_bullet (text) != NULL || strstr (text, ": ") != NULL)
    return FALSE;
  /* A phone number set large in a sidebar is no heading. */
  if (_vitae_import_looks_like_phone (text))
    return FALSE;
  /* Set a fifth larger than the body text, short, with space above it:
   * "Опыт работы 3 месяца". */
  if (body_size > 0 && line->size >= 1.2 * body_size && line->gap >= body_size)
    return TRUE;
  if (_vitae_import_has_digit (text))
    return FALSE;
  if (_vitae_import_kind_from_heading (text) >= 0)
    return TRUE;
  return _vitae_import_is_upper_text (text) &&
         ((line->flags & VITAE_TEXT_LINE_BOLD) || (body_size > 0 && line->size > body_size + 0.5));
}

gboolean
_vitae_import_kind_has_entries (guint kind)
{
  return kind != KIND_SUMMARY && kind != VITAE_SECTION_SKILLS && kind != VITAE_SECTION_INTERESTS &&
         kind != VITAE_SECTION_LANGUAGES && kind != VITAE_SECTION_REFERENCES;
}

/* The font size most of the lines have: the body text's. A line of
 * fewer than ten characters counts for that many tenths of a line (a
 * list of one-word skills, set an item a line, is little of the text). */
double
_vitae_import_body_font_size (GPtrArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_size = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int key = (int) (line->size * 2 + 0.5);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key))) + MIN (g_utf8_strlen (line->text, -1), 10);

      g_hash_table_insert (counts, GINT_TO_POINTER (key), GUINT_TO_POINTER (n));
      if (n > best)
        best = n, best_size = key;
    }
  return best_size / 2.0;
}

/* For a PDF: the left edge of the text (the x where most lines start)
 * and the space between the lines of a paragraph (the smallest space
 * under a line that at least three lines have), rounded to half points. */
void
_vitae_import_pdf_geometry (GPtrArray *lines,
                            double    *base_x,
                            double    *line_gap)
{
  g_autoptr(GHashTable) xs = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) gaps = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_gap = G_MAXINT;

  *base_x = 0;
  *line_gap = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int x = (int) (line->x * 2 + 0.5);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (xs, GINT_TO_POINTER (x))) + 1;

      if (line->size <= 0)
        return;
      g_hash_table_insert (xs, GINT_TO_POINTER (x), GUINT_TO_POINTER (n));

      /* (Not a line beside a side heading, on the heading's row.) */
      if (i > 0 && line->gap > -1 && line->gap < line->size &&
          !(((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->flags & LINE_SIDE_HEADING))
        {
          int gap = (int) (MAX (line->gap, 0) * 2 + 0.5);
          guint m = GPOINTER_TO_UINT (g_hash_table_lookup (gaps, GINT_TO_POINTER (gap))) + 1;

          g_hash_table_insert (gaps, GINT_TO_POINTER (gap), GUINT_TO_POINTER (m));
          if (m >= 3 && gap < best_gap)
            best_gap = gap;
        }
    }
  if (best_gap != G_MAXINT)
    *line_gap = best_gap / 2.0;

  /* The left edge is where most lines start, give or take a point (a
   * designer's tool sets a column's lines at 38.0 to 38.4): the lines
   * within a point of each line's start are counted. */
  for (guint i = 0; i < lines->len; i++)
    {
      int x = (int) (((VitaeTextLine *) g_ptr_array_index (lines, i))->x * 2 + 0.5);
      guint n = 0;

      for (int k = x - 2; k <= x + 2; k++)
        n += GPOINTER_TO_UINT (g_hash_table_lookup (xs, GINT_TO_POINTER (k)));
      if (n > best || (n == best && x / 2.0 < *base_x))
        best = n, *base_x = x / 2.0;
    }
}

/* @text after its first cells while they have no letter or digit (an
 * icon's: "* <tab> Oslo"), or @text when it has no other cell. */
const char *
_vitae_import_after_glyph_cells (const char *text)
{
  const char *cell = text;

  for (const char *tab = strchr (cell, '\t'); tab != NULL; tab = strchr (cell, '\t'))
    {
      for (const char *p = cell; p < tab; p = g_utf8_next_char (p))
        if (g_unichar_isalnum (g_utf8_get_char (p)))
          return cell;
      cell = tab + 1;
    }
  return cell[0] != '\0' ? cell : text;
}

/* Whether @text starts with a span of dates and a colon before words in
 * capitals, an entry's heading ("JUNE – AUGUST 2019: INTERN IN
 * ENGINEERING", "2018 – 2019: RESEARCH ASSISTANT"); an item that starts
 * with a year ("2019: Won the regional prize") is written in sentence
 * case and stays an item. */
static gboolean
dates_colon_first (const char  *text,
                   char       **left,
                   char       **right)
{
  const char *colon = strstr (text, ": ");
  g_autofree char *first = NULL, *rest = NULL;
  g_autofree char *s = NULL, *e = NULL, *up = NULL;

  if (colon == NULL || colon == text)
    return FALSE;
  first = g_strstrip (g_strndup (text, colon - text));
  rest = g_strstrip (g_strdup (colon + 2));
  up = g_utf8_strup (rest, -1);
  if (rest[0] == '\0' || strcmp (up, rest) != 0 || _vitae_import_count_words (rest) < 2 ||
      !_vitae_import_has_digit (first) || !_vitae_import_parse_dates (first, &s, &e) || e == NULL)
    return FALSE;
  g_free (*left);
  g_free (*right);
  *left = g_steal_pointer (&rest);
  *right = g_steal_pointer (&first);
  return TRUE;
}

/* Whether @text starts with dates in a cell of their own, before a tab
 * or a bar ("2017 - 2018 <tab> Fashion Designer", "01/2025 – now |
 * Paris"), or a span of them a space before the first cell's words
 * (_vitae_import_dup_leading_span()), with no dates at its end; if so,
 * @left becomes the rest and @right the dates. */
gboolean
_vitae_import_dates_first (const char  *text,
                           char       **left,
                           char       **right)
{
  const char *tab = strchr (text, '\t') ? strchr (text, '\t') : strstr (text, " | ");
  g_autofree char *first = NULL, *rest = NULL, *l = NULL, *r = NULL;
  g_autofree char *s = NULL, *e = NULL;

  if (tab == NULL)
    return dates_colon_first (text, left, right);
  _vitae_import_split_right (text, &l, &r);
  if (r != NULL && _vitae_import_parse_dates (r, &s, &e))
    return FALSE;
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&e, g_free);
  first = g_strstrip (g_strndup (text, tab - text));
  rest = g_strstrip (g_strdup (tab + (*tab == '\t' ? 1 : 3)));
  if (rest[0] != '\0' && *tab == '\t' && _vitae_import_has_digit (first) && !_vitae_import_parse_dates (first, &s, &e))
    {
      g_autofree char *after = NULL;
      char *span = _vitae_import_dup_leading_span (first, &after);

      if (span != NULL)
        {
          g_free (first);
          first = span;
          g_free (rest);
          rest = g_strconcat (after, "\t", tab + 1, NULL);
          g_strstrip (rest);
        }
    }
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&e, g_free);
  if (rest[0] == '\0' || !_vitae_import_has_digit (first) || !_vitae_import_parse_dates (first, &s, &e))
    return FALSE;
  g_free (*left);
  g_free (*right);
  /* (An icon's cell before the place: "2021 – 2025 <tab> * <tab> Oslo".) */
  *left = g_strdup (_vitae_import_after_glyph_cells (rest));
  *right = g_steal_pointer (&first);
  return TRUE;
}

/* Whether @text ends in dates, or is dates alone. */
gboolean
_vitae_import_has_dates (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (text, &left, &right);
  return _vitae_import_parse_dates (right != NULL ? right : text, &s, &e);
}

/* Whether @text ends in a span of dates ("June 2019 – March 2021"), as an
 * entry's title does, or is one ("03/2019 - Present"); a bullet may end
 * in a year. */
gboolean
_vitae_import_ends_in_span (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (text, &left, &right);
  return _vitae_import_parse_dates (right != NULL ? right : text, &s, &e) && s != NULL;
}

/* Whether @text is a span of years, maybe with their months, written
 * in digits alone: "2015-2018", "2013/2015", "2013.7 - 2014.4",
 * "07/2019 - 06/2021", "2007–2011" (not a phone number, though as long
 * as one). Two years from 1900 to 2099, the first no later, each maybe
 * with a month's number of one or two digits before or after it. */
gboolean
_vitae_import_is_year_span (const char *text)
{
  guint values[4], lengths[4], n = 0, years[2], n_years = 0;

  for (const char *p = text; *p;)
    {
      gsize k = strspn (p, "0123456789");

      /* (A dash as a typesetter sets it: "2007–2011".) */
      if (k == 0 && (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—")))
        {
          p += strlen ("–");
          continue;
        }
      if (k == 0 && !strchr ("-./ ", *p))
        return FALSE;
      if (k == 0)
        {
          p++;
          continue;
        }
      if (n == 4 || (k != 4 && k > 2))
        return FALSE;
      values[n] = (guint) g_ascii_strtoull (p, NULL, 10);
      lengths[n++] = k;
      p += k;
    }
  for (guint j = 0; j < n; j++)
    {
      if (lengths[j] == 4 && n_years < 2)
        years[n_years++] = values[j];
      /* (A month stands beside a year, not beside another month.) */
      else if (lengths[j] == 4 || values[j] < 1 || values[j] > 12 ||
               !((j > 0 && lengths[j - 1] == 4) || (j + 1 < n && lengths[j + 1] == 4)) ||
               (j > 0 && lengths[j - 1] != 4))
        return FALSE;
    }
  return n_years == 2 && years[0] >= 1900 && years[1] <= 2099 && years[0] <= years[1];
}

/* Where most lines with dates (entries' titles; @dated says which)
 * start in a PDF between @min_x and @max_x, when at least two do there;
 * else G_MAXDOUBLE. */
double
_vitae_import_dates_left_edge (GPtrArray      *lines,
                               const gboolean *dated,
                               double          min_x,
                               double          max_x)
{
  g_autoptr(GHashTable) xs = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  double edge = G_MAXDOUBLE;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int x = (int) (line->x * 2 + 0.5);
      guint n;

      if (!dated[i] || line->x < min_x || line->x > max_x)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (xs, GINT_TO_POINTER (x))) + 1;
      g_hash_table_insert (xs, GINT_TO_POINTER (x), GUINT_TO_POINTER (n));
      if (n > best || (n == best && x / 2.0 < edge))
        best = n, edge = x / 2.0;
    }
  return best >= 2 ? edge : G_MAXDOUBLE;
}

void
_vitae_import_continue_last (Builder    *builder,
                             Role        role,
                             const char *text)
{
  if (role == ROLE_BODY && builder->run_items && _vitae_import_continue_run_items (builder, text))
    return;
  if (role == ROLE_BULLET && builder->entry != NULL && vitae_entry_get_n_bullets (builder->entry) > 0)
    {
      VitaeBullet *bullet = vitae_entry_get_bullet (builder->entry,
                                                    vitae_entry_get_n_bullets (builder->entry) - 1);
      g_autofree char *joined = _vitae_import_join_wrapped (vitae_bullet_get_text (bullet), text);

      vitae_bullet_set_text (bullet, joined);
    }
  /* (A group of words read from an item with a glyph: "• Web: HTML,
   * CSS, PHP on" / "Visual Studio Code".) */
  else if (role == ROLE_BULLET && builder->entry != NULL && vitae_node_has (VITAE_NODE (builder->entry), "keywords"))
    {
      VitaeNode *node = VITAE_NODE (builder->entry);
      g_autofree char *words = g_strjoinv (", ", (GStrv) vitae_node_get_list (node, "keywords"));
      g_autofree char *joined = _vitae_import_join_wrapped (words, text);

      _vitae_import_set_list (node, "keywords", joined);
    }
  else if (builder->kind == KIND_SUMMARY && builder->summary->len > 0)
    {
      g_autofree char *joined = _vitae_import_join_wrapped (builder->summary->str, text);

      g_string_assign (builder->summary, joined);
    }
  else if (builder->entry != NULL)
    {
      VitaeNode *node = VITAE_NODE (builder->entry);
      const char *keys[] = { "summary", "description", "reference" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        if (vitae_node_has (node, keys[i]))
          {
            _vitae_import_append_text (node, keys[i], text, " ");
            return;
          }
    }
  /* Else the line is left out, and the import's note counts it
   * (vitae-import-unplaced.c). */
}
