/* vitae-import-header.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pass over the lines (vitae-import-lines.c): the header, before the
 * first heading (the name, the headline, contact details side by side),
 * labelled fields of the name and the address, the lines a PDF repeats
 * at each page's head or foot, a header's lines that are no part of
 * the resume ("Page 1 of 2", "Curriculum Vitae"), and a profile's line
 * among the sections ("Telegram: ada_l"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-contact-around.h"
#include "vitae-import-private.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* Reads line @i as a labelled field of the person's address, with the
 * line under it when that goes on with it: set under the field's value,
 * a postal code and a city ("Anschrift: <tab> Lindenweg 4" / "38855
 * Wernigerode"). */
gboolean
_vitae_import_read_address (Reader *r,
                            guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  g_autofree char *joined = NULL;

  if (next != NULL && line->size > 0 && strchr (line->text, '\t') != NULL &&
      (line->tab_x > line->x ? ABS (next->x - line->tab_x) < 2
                             : next->x > line->x + 3 * line->size && next->x < line->right) &&
      ABS (next->size - line->size) < 0.5 && next->page == line->page && next->gap < line->size &&
      g_ascii_isdigit (next->text[0]) && !strpbrk (next->text, "\t:@") && g_utf8_strlen (next->text, -1) <= 40)
    joined = g_strconcat (line->text, ", ", next->text, NULL);
  if (!_vitae_import_read_address_field (&r->builder, joined ? joined : line->text, r->in_header))
    return FALSE;
  if (joined != NULL)
    r->skip_line = i + 1;
  return TRUE;
}

/* Skips a page's number at @p ("2", " 12"): returns where it ends, or
 * NULL when there is none. */
static const char *
skip_page_number (const char *p)
{
  const char *start;

  while (*p == ' ')
    p++;
  start = p;
  while (g_ascii_isdigit (*p))
    p++;
  return p > start && p - start <= 3 ? p : NULL;
}

/* Whether @text is a page's number, maybe after the person's name: "1 / 2",
 * "- 2 -", "Page 1 of 2", "Seite 2 von 3", "Ada Lovelace – page 2". */
static gboolean
is_page_number (const char *text)
{
  static const char * const words[] = {
    "page", "seite", "página", "pagina", "pag.", "p.", "стр.", "страница", "strona", "pagina", NULL
  };
  static const char * const ofs[] = { "of", "von", "de", "di", "sur", "из", "z", "/", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const char *p = NULL;

  g_strstrip (folded);
  /* The number after a word for a page, at the line's end. */
  for (guint w = 0; words[w] && p == NULL; w++)
    {
      const char *found = NULL;

      for (const char *q = strstr (folded, words[w]); q != NULL; q = strstr (q + 1, words[w]))
        found = q;
      if (found != NULL && (found == folded || !g_ascii_isalpha (found[-1])))
        p = skip_page_number (found + strlen (words[w]));
    }
  if (p == NULL && folded[0] == '-')
    {
      p = skip_page_number (folded + 1);
      while (p != NULL && *p == ' ')
        p++;
      return p != NULL && g_str_equal (p, "-");
    }
  if (p == NULL)
    p = skip_page_number (folded);
  if (p == NULL)
    return FALSE;
  while (*p == ' ')
    p++;
  /* "of 2": a word that is not a number after "of" is no page's number. */
  for (guint o = 0; ofs[o] != NULL; o++)
    if (g_str_has_prefix (p, ofs[o]))
      {
        p = skip_page_number (p + strlen (ofs[o]));
        break;
      }
  return p != NULL && *p == '\0';
}

/* Which lines of a PDF are a page's header or footer: the same text at
 * the same place on two pages or more, each time among the first or the
 * last three lines of its page (but for a list's item of a sentence: a
 * duty said alike under two entries), or a page's number there (of a
 * document of pages); and which are rules typed as text
 * (_vitae_import_is_typed_rule()):
 * the lines to leave out. */
gboolean *
_vitae_import_find_repeated (GPtrArray *lines)
{
  gboolean *repeated = g_new0 (gboolean, lines->len);
  g_autofree guint *first = g_new0 (guint, lines->len + 1);
  g_autofree guint *last = g_new0 (guint, lines->len + 1);

  /* Where each line's page starts and ends. */
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      first[i] = i > 0 && ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->page == line->page ? first[i - 1] : i;
    }
  for (guint i = lines->len; i-- > 0;)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      last[i] = i + 1 < lines->len && ((VitaeTextLine *) g_ptr_array_index (lines, i + 1))->page == line->page ?
                last[i + 1] : i;
    }
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      gboolean edge = i < first[i] + 3 || i + 3 > last[i];
      VitaeTextLine *last_line = g_ptr_array_index (lines, lines->len - 1);

      if ((line->size > 0 && edge && last_line->page > 0 && is_page_number (line->text)) || _vitae_import_is_typed_rule (line->text))
        repeated[i] = TRUE;
      if (line->size <= 0 || !edge || g_utf8_strlen (line->text, -1) < 8 ||
          (_vitae_import_after_bullet (line->text) != NULL && _vitae_import_count_words (line->text) >= 5))
        continue;
      for (guint k = 0; k < lines->len; k++)
        {
          VitaeTextLine *other = g_ptr_array_index (lines, k);

          if (other->page != line->page && (k < first[k] + 3 || k + 3 > last[k]) && ABS (other->x - line->x) < 2 &&
              g_str_equal (other->text, line->text))
            repeated[i] = TRUE;
        }
    }
  return repeated;
}

/* Whether @cells, the cells of line @i, are the words of a name set
 * large and spaced wide apart: two to four, one capitalized word each;
 * not a column beside the name's. */
static gboolean
is_spaced_name (Reader *r,
                guint   i,
                GStrv   cells)
{
  VitaeTextLine *line = line_at (r, i);
  guint n = g_strv_length (cells);
  g_autofree char *joined = NULL;

  if (line->size < 1.5 * r->body_size || n < 2 || n > 4 || _vitae_import_column_goes_on_beside (r, i))
    return FALSE;
  for (guint c = 0; c < n; c++)
    {
      g_strstrip (cells[c]);
      if (_vitae_import_count_words (cells[c]) != 1 || !g_unichar_isupper (g_utf8_get_char (cells[c])))
        return FALSE;
    }
  joined = g_strjoinv (" ", cells);
  return _vitae_import_is_plausible_name (joined) && !_vitae_import_is_noise (joined);
}

/* Whether the first cell of @text is a known section's heading, not
 * the personal details' (a column of labels beside their values:
 * "PERSONAL INFORMATION <tab> Ada Lovelace"). */
static gboolean
starts_with_heading (const char *text)
{
  g_autofree char *first = g_strndup (text, strcspn (text, "\t"));

  g_strstrip (first);
  return _vitae_import_kind_from_heading (first) >= 0 && !_vitae_import_is_personal_heading (first);
}

/* A PDF header may hold several things on a line, apart: "Name <tab>
 * github.com/name". Each part is read on its own. */
static void
read_header_cells (Reader     *r,
                   guint       i,
                   const char *text)
{
  g_auto(GStrv) cells = g_strsplit (text, "\t", -1);
  g_auto(GStrv) name_cells = NULL;
  gboolean any_contact = FALSE, headline = FALSE;
  guint first = 0;

  /* (The name's cells end where the contact details set beside it on
   * its line start: "LIEZL <tab> PUZON <tab> liezl @ example . org".) */
  while (cells[first] != NULL && strchr (cells[first], '@') == NULL && !_vitae_import_has_phone (cells[first]))
    first++;
  name_cells = g_strdupv (cells);
  for (guint c = first; name_cells[c] != NULL; c++)
    g_clear_pointer (&name_cells[c], g_free);
  /* (Initials alone there, "P <tab> L <tab> pl@…", are no name: a name
   * drawn in a font whose other letters the text layer lacks.) */
  for (guint c = 0; cells[first] != NULL && name_cells != NULL && name_cells[c] != NULL; c++)
    if (g_utf8_strlen (g_strstrip (name_cells[c]), -1) < 2)
      g_clear_pointer (&name_cells, g_strfreev);
  /* A name set large with its words spaced wide apart ("Luiz <tab>
   * Filho"): capitalized words, one a cell; with its line under it when
   * it goes on there ("PAULA <tab> ANDREA" / "RESTREPO"). */
  if (!r->have_name && i >= r->name_index && name_cells != NULL && is_spaced_name (r, i, name_cells))
    {
      g_autofree char *name = g_strjoinv (" ", name_cells);

      _vitae_import_read_name (r, i, line_at (r, i), name);
      r->builder.previous = ROLE_NAME;
      if (cells[first] == NULL)
        return;
    }
  else
    first = 0;
  for (guint c = first; cells[c]; c++)
    {
      const char *cell = g_strstrip (cells[c]);
      g_autofree char *labelled = NULL;

      if (cell[0] == '\0' || _vitae_import_is_noise (cell))
        continue;
      /* A degree in a cell of its own before the name: "Ing." <tab> "Jan Novák". */
      if (!r->have_name && i >= r->name_index && (labelled = _vitae_import_dup_degree_and_name (cells, &c)))
        cell = labelled;
      /* A label in a cell of its own goes with the next: "Telefon:" <tab> "0171 …". */
      else if (g_str_has_suffix (cell, ":") && cells[c + 1] != NULL && _vitae_import_count_words (cell) <= 3)
        {
          labelled = g_strconcat (cell, " ", g_strstrip (cells[++c]), NULL);
          cell = labelled;
        }
      if (!r->have_name && i >= r->name_index && _vitae_import_is_plausible_name (cell))
        {
          /* (With a degree signed in a cell after it: "Ada Lovelace"
           * <tab> "B.Sc.".) */
          g_autofree char *signed_name = NULL;

          if (cells[c + 1] != NULL && _vitae_import_is_signed_degree (g_strstrip (cells[c + 1])))
            signed_name = g_strconcat (cell, " ", cells[++c], NULL);
          vitae_node_set_text (VITAE_NODE (r->builder.document), "name", signed_name != NULL ? signed_name : cell);
          r->have_name = TRUE;
          r->name_cell_line = i;
        }
      else if (_vitae_import_name_goes_on_in_cell (r, i, cell))
        {
          _vitae_import_append_text (VITAE_NODE (r->builder.document), "name", cell, " ");
          r->name_cell_line = G_MAXUINT;
        }
      else if (_vitae_import_is_contact_line (cell) || _vitae_import_has_phone (cell))
        {
          if (r->contact->len > 0)
            g_string_append (r->contact, "\t");
          g_string_append (r->contact, cell);
          any_contact = TRUE;
        }
      /* (A character alone, an icon font's glyph read as a letter or a
       * separator, stands where the headline would: there is none. A
       * section's heading there is the column's beside the name.) */
      else if (r->have_name && !r->have_headline && g_utf8_strlen (cell, -1) < 100 &&
               !(_vitae_import_column_goes_on_beside (r, i) && _vitae_import_kind_from_heading (cell) >= 0) &&
               !_vitae_import_is_date_after_icon (cell) && !_vitae_import_is_header_label (cell) &&
               !_vitae_import_read_header_detail (VITAE_NODE (r->builder.document), cell))
        {
          if (g_utf8_strlen (cell, -1) > 1)
            vitae_node_set_text (VITAE_NODE (r->builder.document), "label", cell);
          r->have_headline = headline = TRUE;
        }
      /* A headline's words set wide apart ("SOFTWARE <tab> DEVELOPER"). */
      else if (headline && _vitae_import_is_headline_word (&r->builder, cell))
        _vitae_import_append_text (VITAE_NODE (r->builder.document), "label", cell, " ");
      /* (Else the cell is left out, for the import's note to count.) */
    }
  /* (What goes on on the next line goes on with the contact details or
   * the headline, not with a line left unplaced.) */
  r->builder.previous = any_contact ? ROLE_CONTACT : headline ? ROLE_HEADLINE : ROLE_NONE;
}

/* Whether line @i of a PDF's header, in capitals, is rather a line of
 * an address ("FRANCE"): a few words no larger than the text nor than the
 * line above it, an address's line with digits, names no section, and
 * stands as close under that line as a paragraph's lines do, or no
 * further than the next stands under it (a heading has more room above
 * it than under it). */
static gboolean
in_address (Reader *r,
            guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  if (line->size <= 0 || above == NULL || line->size > r->body_size + 0.5 || above->page != line->page ||
      ABS (above->size - line->size) >= 0.5 || _vitae_import_kind_from_heading (line->text) >= 0 ||
      _vitae_import_count_words (line->text) > 3)
    return FALSE;
  /* (The line above is an address's: a postal code, a street's number;
   * not a phone number nor an e-mail address.) */
  if (!_vitae_import_has_digit (above->text) || _vitae_import_is_contact_line (above->text) ||
      _vitae_import_has_phone (above->text))
    return FALSE;
  return line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size ||
         (next != NULL && next->page == line->page && line->gap <= next->gap);
}

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether line @i of a PDF's header, set as a heading, is rather the
 * headline over the contact details: a tagline in capitals ("WEB
 * DEVELOPMENT") right under the name, that names no section, with the
 * e-mail address or the phone number on the next line, or on the line
 * after its own second line (set as large, close under it, from the same
 * edge: "SOFTWARE ENGINEER IN DATA &" / "MACHINE LEARNING"), or on one of
 * the two after it, no heading between (an address over the phone
 * number: "Birkenweg 7" / "04109 Leipzig" / "0157 …"). */
static gboolean
is_tagline (Reader *r,
            guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  guint k = i + 1;

  if (k + 1 < r->lines->len && line_at (r, k)->page == line->page && ABS (line_at (r, k)->size - line->size) < 0.5 &&
      ABS (line_at (r, k)->x - line->x) < 2 && line_at (r, k)->gap < 0.3 * line->size &&
      !strchr (line_at (r, k)->text, '\t') && _vitae_import_kind_from_heading (line_at (r, k)->text) < 0 &&
      !_vitae_import_is_contact_line (line_at (r, k)->text))
    k++;
  if (r->have_headline || r->contact->len > 0 || r->builder.previous != ROLE_NAME || line->size <= 0 ||
      _vitae_import_kind_from_heading (line->text) >= 0)
    return FALSE;
  for (guint end = k + 3; k < MIN (end, r->lines->len) && line_at (r, k)->page == line->page; k++)
    {
      if (_vitae_import_is_contact_line (line_at (r, k)->text) || _vitae_import_has_phone (line_at (r, k)->text))
        return TRUE;
      if (r->heading_like[k])
        break;
    }
  return FALSE;
}

/* Whether @text is an entry's title: words, not contact details, with
 * a span of dates at the right ("2019 – 2021", "03/2020 – Present"). */
static gboolean
is_dated_title (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (text, &left, &right);
  return right != NULL && _vitae_import_parse_dates (right, &s, &e) && s != NULL && e != NULL &&
         _vitae_import_count_words (left) >= 2 && !_vitae_import_is_contact_line (left) &&
         !_vitae_import_has_phone (left);
}

/* Whether a sidebar is read before the name, from the heading of its
 * contact details on (see reader_init()): its headings are headings. */
static gboolean
sidebar_first (Reader *r)
{
  return r->name_index > 0 && _vitae_import_is_contact_heading (line_at (r, 0)->text);
}

/* Whether @line is the headline wrapped onto the next line (not a list
 * item, nor cells side by side: "Tel. : 06 … <tab> Single", nor a label:
 * "Contact:", "Telegram: @ada"). */
static gboolean
is_headline_wrap (Reader        *r,
                  VitaeTextLine *line,
                  double         prev_size)
{
  const char *text = line->text;

  return r->builder.previous == ROLE_HEADLINE && line->size > 0 && line->gap < 0.3 * line->size &&
         !_vitae_import_is_contact_line (text) && ABS (line->size - prev_size) < 0.5 && !strchr (text, '\t') &&
         _vitae_import_after_bullet (text) == NULL && !_vitae_import_has_phone (text) &&
         !g_str_has_suffix (text, ":") && !strstr (text, ": ");
}

/* Whether @line ends the header before its cells are read: a list item
 * (not contact details after glyphs, nor glyphs alone), or an entry's
 * title with dates at its right, before any name the main column's
 * first ("Harbor Co. <tab> 2013.7 - 2014.4", a sidebar's name read after
 * it) or else after the contact details. */
static gboolean
item_or_dated_title (Reader        *r,
                     VitaeTextLine *line)
{
  const char *text = line->text;

  if (line->size <= 0)
    return FALSE;
  if (r->have_name && _vitae_import_after_bullet (text) != NULL &&
      _vitae_import_count_words (text) >= 2 && has_letter (_vitae_import_after_bullet (text)) &&
      !_vitae_import_is_contact_line (text) && !_vitae_import_has_phone (text))
    return TRUE;
  return strchr (text, '\t') != NULL && (!r->have_name || r->contact->len > 0) && is_dated_title (text);
}

/* The role of a line of the header (before the first heading), or
 * ROLE_DONE when it has been read already. */
Role
_vitae_import_header_role (Reader        *r,
                           guint          i,
                           VitaeTextLine *line)
{
  const char *text = line->text;
  double prev_size = i > 0 ? line_at (r, i - 1)->size : 0;
  Role role;

  /* A detail set beside a name's two lines, read between them. */
  if (_vitae_import_is_beside_name_parts (r, i))
    return ROLE_CONTACT;
  /* The name's second line, under a name read as a line's first cell. */
  if (_vitae_import_take_name_cell_line (r, i))
    return ROLE_DONE;
  /* A paragraph of prose under the name (vitae-import-words.c). */
  if (_vitae_import_is_header_prose (r, i))
    return ROLE_BODY;
  /* Contact details wrapped onto the next line of a PDF. */
  if (r->builder.previous == ROLE_CONTACT && line->size > 0 &&
      line->gap <= r->line_gap + 0.1 * line->size && !r->heading_like[i] &&
      ABS (line->size - prev_size) < 0.5)
    return ROLE_CONTACT;

  if (is_headline_wrap (r, line, prev_size))
    {
      _vitae_import_append_text (VITAE_NODE (r->builder.document), "label", text, " ");
      return ROLE_DONE;
    }

  /* A cover's title with the name after a dash, a place over the name,
   * a badge of its initials (vitae-import-name-title.c). */
  if (_vitae_import_read_title_name (r, i) || (!r->have_name && _vitae_import_is_initials_badge (r, i)))
    return ROLE_DONE;
  if (!r->have_name && _vitae_import_is_place_over_name (r, i))
    return ROLE_CONTACT;
  /* The heading of a sidebar's contact details, read before the name
   * (see reader_init()), is no name nor a section. */
  if (!r->have_name && i < r->name_index && _vitae_import_is_contact_heading (text))
    return ROLE_DONE;
  if (!r->have_name && i >= r->name_index && line->size > 0 && _vitae_import_read_name_dash_headline (r, text))
    {
      r->builder.previous = ROLE_HEADLINE;
      return ROLE_DONE;
    }

  if (item_or_dated_title (r, line))
    {
      r->in_header = FALSE;
      return ROLE_NONE;
    }
  /* A line of headings, two columns' side by side, ends a header that
   * gave no name (a name drawn as a picture): "Education <tab>
   * Programming Languages"; the sections start there. */
  if ((!r->have_name && line->size > 0 && strchr (text, '\t') != NULL && starts_with_heading (text)) ||
      (r->have_name && _vitae_import_heads_icon_list (r, i)))
    {
      r->in_header = FALSE;
      return ROLE_NONE;
    }
  if (line->size > 0 && strchr (text, '\t') != NULL && !r->heading_like[i])
    {
      read_header_cells (r, i, text);
      return ROLE_DONE;
    }

  /* The header ends at the first bullet (not a separator's dot that
   * starts a line of contact details: "• Fès • ada@… • +212 …"), or at
   * the first line with dates after the contact details, even without a
   * heading. */
  if (r->have_name && line->size > 0)
    {
      g_autofree char *left = NULL, *right = NULL;
      g_autofree char *s = NULL, *e = NULL;

      _vitae_import_split_right (text, &left, &right);
      if ((_vitae_import_after_bullet (text) != NULL && !_vitae_import_is_contact_line (text) &&
           !_vitae_import_has_phone (text)) ||
          (r->contact->len > 0 && right != NULL && _vitae_import_parse_dates (right, &s, &e)))
        {
          r->in_header = FALSE;
          return ROLE_NONE;
        }
    }

  if (_vitae_import_is_noise (text) || (i < r->name_index && _vitae_import_is_title_over_name (r, i)))
    return ROLE_DONE;
  /* A known section's heading is no name, even in a document without
   * font sizes ("Persönliche Daten" first, the name in a field under it). */
  if (!r->have_name && line->size <= 0 && _vitae_import_kind_from_heading (text) >= 0 &&
      _vitae_import_is_heading_like (line, r->body_size))
    return ROLE_HEADING;
  if (!r->have_name && i >= r->name_index && !_vitae_import_is_contact_line (text) &&
      (line->size <= 0 || _vitae_import_is_plausible_name (text) || _vitae_import_is_name_comma_headline (r, line) ||
       _vitae_import_is_name_and_birth_date (text)))
    return ROLE_NAME;
  /* (An e-mail address or a web address set apart is no heading.) */
  if (r->heading_like[i] && r->have_name)
    return in_address (r, i) || _vitae_import_is_contact_line (text) ? ROLE_CONTACT :
           is_tagline (r, i) ? ROLE_HEADLINE : ROLE_HEADING;
  if (_vitae_import_is_detail (text))
    return ROLE_CONTACT;
  /* Above the name, a line set large is no section's heading unless it
   * names one; that line, or one without digits or commas (no address),
   * is the headline ("IT Consultant", "SITE ENGINEER"; an employer's
   * name on a cover, under its title, too) or else unplaced. */
  if (!r->have_name && i < r->name_index && line->size > 0 && !sidebar_first (r) &&
      ((r->heading_like[i] && _vitae_import_kind_from_heading (text) < 0) ||
       (!r->heading_like[i] && !_vitae_import_has_digit (text) && !strchr (text, ','))))
    {
      if (!r->have_headline && !strchr (text, '\t') && g_utf8_strlen (text, -1) < 100)
        return ROLE_HEADLINE;
      return ROLE_DONE;
    }
  if ((role = _vitae_import_headline_role (r, text)) != ROLE_NONE)
    return role;
  if (!r->have_name && line->size <= 0)
    return ROLE_NAME;
  if (!r->have_name && r->heading_like[i])
    return ROLE_HEADING;
  if (!r->have_name)
    return ROLE_CONTACT;
  return ROLE_BODY;
}

/* The labels of a name's fields, casefolded: a whole name, one written
 * surname first ("Name, Vorname: Riemann, Klara"), a given name, a
 * surname. "Name" and "Nom" alone are a whole name or a surname, "Nome"
 * and "Nombre" a whole name or a given name: which, the other field
 * says, if there is one. */
static const char * const full_labels[] = {
  "full name", "vor- und nachname", "vor- und zuname", "vorname und name", "vorname und nachname", "prénom et nom",
  "prénom nom", "nom complet", "nombre completo", "nombre y apellidos", "nome completo", "nome e cognome",
  "volledige naam", "voor- en achternaam", "imię i nazwisko", "ad soyad", "имя и фамилия", "姓名", "氏名", NULL
};
static const char * const reversed_labels[] = {
  "name, vorname", "nachname, vorname", "name vorname", "nom, prénom", "nom et prénom", "nom prénom",
  "apellidos, nombre", "apellidos y nombre", "cognome e nome", "cognome nome", "achternaam, voornaam",
  "фио", "ф.и.о.", "фамилия, имя", "фамилия имя", NULL
};
static const char * const given_labels[] = {
  "vorname", "rufname", "first name", "given name", "given names", "forename", "prénom", "prénoms", "nombre",
  "nome", "voornaam", "imię", "имя", "adı", NULL
};
static const char * const family_labels[] = {
  "name", "nachname", "familienname", "zuname", "last name", "surname", "family name", "nom", "nom de famille",
  "apellidos", "apellido", "cognome", "sobrenome", "achternaam", "naam", "nazwisko", "фамилия", "soyadı", "soyad", NULL
};

/* Whether @label, casefolded, is a label of the name's field or of a
 * part of it ("nome", "first name"). */
gboolean
_vitae_import_is_name_label (const char *label)
{
  return g_strv_contains (full_labels, label) || g_strv_contains (reversed_labels, label) ||
         g_strv_contains (given_labels, label) || g_strv_contains (family_labels, label);
}

enum
{
  NAME_GIVEN = 1 << 0,
  NAME_FAMILY = 1 << 1,
};

/* Whether @label (casefolded) joins the labels of a given name and a
 * surname ("vorname / nachname", "first name & last name"): 1 given name
 * first, 2 surname first, else 0. */
static int
compound_label (const char *label)
{
  static const char * const joins[] = { " / ", "/", " & ", " und ", " and ", " et ", " y ", " e ", " и ", NULL };

  for (guint j = 0; joins[j]; j++)
    {
      const char *join = strstr (label, joins[j]);
      g_autofree char *first = join != NULL ? g_strstrip (g_strndup (label, join - label)) : NULL;
      const char *second = join != NULL ? join + strlen (joins[j]) : NULL;

      if (join == NULL)
        continue;
      while (*second == ' ')
        second++;
      if (g_strv_contains (given_labels, first) && g_strv_contains (family_labels, second))
        return 1;
      if (g_strv_contains (family_labels, first) && g_strv_contains (given_labels, second))
        return 2;
    }
  return 0;
}

/* "Riemann, Klara" → "Klara Riemann". */
static char *
given_first (const char *value)
{
  const char *comma = strstr (value, ", ");
  g_autofree char *family = NULL;

  if (comma == NULL || strchr (comma + 2, ',') != NULL)
    return g_strdup (value);
  family = g_strndup (value, comma - value);
  return g_strconcat (comma + 2, " ", family, NULL);
}

/* A cover's title before the name: "Lebenslauf von Jonas Weber",
 * "Curriculum Vitae de Ana Souza", "Resume of Ada Lovelace" → the name. */
static char *
name_after_title (const char *text)
{
  static const char * const titles[] = {
    "curriculum vitae", "lebenslauf", "resume", "résumé", "cv", "bewerbung", "currículum vitae", "currículo",
    "hoja de vida", NULL
  };
  /* Words that lead to a person: after a dash or a colon may come a job
   * ("Resume – Software Engineer"). */
  static const char * const links[] = { " of ", " von ", " de ", " di ", " van ", " del ", " da ", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint t = 0; titles[t]; t++)
    for (guint l = 0; links[l] && g_str_has_prefix (folded, titles[t]); l++)
      if (g_str_has_prefix (folded + strlen (titles[t]), links[l]))
        {
          /* Casefolding keeps these titles' and links' lengths. */
          const char *name = text + strlen (titles[t]) + strlen (links[l]);

          if (_vitae_import_is_plausible_name (name) && _vitae_import_count_words (name) >= 2 && !strchr (name, '\t'))
            return g_strdup (name);
        }
  return NULL;
}

/* Whether @c may be in a program's name for a field or its type
 * ("std::string", "const char *"). */
static gboolean
is_code_char (char c)
{
  return g_ascii_isalnum (c) || strchr ("_:<>*& ", c) != NULL;
}

/* A field written as a program writes it, its value in quotes: "std::
 * string name = \"Ada Byron\";", "phone: '+44 20 1234 5678',", or as
 * JSON, "\"email\": \"ada@example.org\"," → "name: Ada Byron", the
 * label and value a resume writes (a resume set as source code). NULL
 * when @text is no such field. */
char *
_vitae_import_code_field (const char *text)
{
  const char *p = text + strspn (text, " \t");
  const char *key, *key_end, *value, *value_end;
  char quote;

  if (*p == '"')
    {
      key = ++p;
      p += strcspn (p, "\"");
      key_end = p;
      if (*p != '"')
        return NULL;
      p++;
    }
  else
    {
      /* The type's words and the name, up to "=" or a ":" alone. */
      const char *start = p;

      while (*p != '\0' && *p != '=' && !(*p == ':' && p[1] != ':' && (p == start || p[-1] != ':')))
        if (!is_code_char (*p++))
          return NULL;
      key_end = p;
      while (key_end > start && key_end[-1] == ' ')
        key_end--;
      key = key_end;
      while (key > start && (g_ascii_isalnum (key[-1]) || key[-1] == '_'))
        key--;
    }
  if (key_end == key || !g_ascii_isalpha (*key))
    return NULL;
  for (const char *k = key; k < key_end; k++)
    if (!g_ascii_isalnum (*k) && *k != '_')
      return NULL;
  p += strspn (p, " ");
  if (*p != '=' && *p != ':')
    return NULL;
  p++;
  p += strspn (p, " ");
  quote = *p;
  if (quote != '"' && quote != '\'')
    return NULL;
  value = ++p;
  value_end = strchr (value, quote);
  if (value_end == NULL || value_end == value)
    return NULL;
  p = value_end + 1;
  p += strspn (p, " ;,");
  if (*p != '\0')
    return NULL;
  return g_strdup_printf ("%.*s: %.*s", (int) (key_end - key), key, (int) (value_end - value), value);
}

/* Reads a labelled field of the person's name ("Name: …", "Vorname:
 * …", "Nom : …"), or in the header a cover's title with the name after
 * it, when the document has no name yet or only the other part of it.
 * Returns whether @text was read. */
gboolean
_vitae_import_read_name_field (Builder    *builder,
                               const char *text,
                               gboolean    in_header)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  const char *name = vitae_node_get_text (basics, "name");
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  g_autofree char *joined = NULL;
  gboolean have = name != NULL && name[0] != '\0', dated;

  /* A field set as a list's item: "• Name: …". */
  if (_vitae_import_after_bullet (text) != NULL)
    {
      text = _vitae_import_after_bullet (text);
      colon = strchr (text, ':');
    }
  /* A name taken from a heading ("KONTAKT" over "Name: …") was none,
   * nor one word in the header, a heading of the rows under it. */
  if (have && builder->name_fields == 0 &&
      (_vitae_import_is_contact_heading (name) || _vitae_import_kind_from_heading (name) >= 0 ||
       (in_header && _vitae_import_count_words (name) == 1)))
    have = FALSE;
  if (builder->kind == VITAE_SECTION_REFERENCES || (have && builder->name_fields == 0))
    return FALSE;
  if (!have && in_header)
    {
      g_autofree char *after = name_after_title (text);

      if (after != NULL)
        {
          vitae_node_set_text (basics, "name", after);
          builder->name_fields = NAME_GIVEN | NAME_FAMILY;
          return TRUE;
        }
    }

  /* "Name:<tab>…", "Nom : …", or a table's "Name<tab>…". */
  if (colon == NULL)
    colon = strchr (text, '\t');
  /* A table's label alone, without a colon ("NAME" over "ADRESSE"…),
   * its value in a column the page gives later: read, and not a heading. */
  if (colon == NULL && !have && g_utf8_strlen (text, -1) <= 32)
    {
      label = g_utf8_casefold (text, -1);
      g_strstrip (label);
      if (g_strv_contains (full_labels, label) || compound_label (label) != 0 || g_str_equal (label, "name") ||
          g_str_equal (label, "nom") || g_str_equal (label, "nombre") || g_str_equal (label, "nome") ||
          g_str_equal (label, "naam"))
        return builder->name_label_alone = TRUE;
    }
  if (colon == NULL || colon - text > 32)
    return FALSE;
  label = g_utf8_casefold (text, colon - text);
  g_strstrip (label);
  value = g_strdup (colon + 1);
  g_strdelimit (value, "\t", ' ');
  g_strstrip (value);
  /* A label alone, "Name:", its value in a column the page gives later. */
  if (value[0] == '\0' && !have && strchr (text, ':') != NULL &&
      (g_strv_contains (full_labels, label) || compound_label (label) != 0 || g_str_equal (label, "name") ||
       g_str_equal (label, "nom") || g_str_equal (label, "nombre") || g_str_equal (label, "nome") ||
       g_str_equal (label, "naam")))
    {
      builder->name_label_alone = TRUE;
      return FALSE;
    }
  /* A birth date in brackets after the name is none of it: the line is
   * read for it as well, as the other details are. */
  dated = _vitae_import_cut_after_name (value);
  if (!_vitae_import_is_plausible_name (value))
    return FALSE;

  if (g_strv_contains (full_labels, label) || g_strv_contains (reversed_labels, label) || compound_label (label) != 0)
    {
      if (have)
        return FALSE;
      joined = g_strv_contains (reversed_labels, label) || compound_label (label) == 2 ? given_first (value)
                                                                                      : g_strdup (value);
      builder->name_fields = NAME_GIVEN | NAME_FAMILY;
    }
  else if (g_strv_contains (given_labels, label))
    {
      if (have && builder->name_fields != NAME_FAMILY)
        return FALSE;
      joined = have ? g_strconcat (value, " ", name, NULL) : g_strdup (value);
      builder->name_fields |= NAME_GIVEN;
    }
  else if (g_strv_contains (family_labels, label))
    {
      if (have && builder->name_fields != NAME_GIVEN)
        return FALSE;
      joined = have ? g_strconcat (name, " ", value, NULL) : g_strdup (value);
      builder->name_fields |= NAME_FAMILY;
    }
  else
    return FALSE;
  vitae_node_set_text (basics, "name", joined);
  return !dated;
}

/* Reads @text, a line among the sections, as one of the person's
 * profiles when it is a network's name and one word after a colon
 * ("Telegram: ada_l", "Portfolio : ada.dev", "GitHub:// ada-l"), as a
 * sidebar of contact details sets them; returns whether it was. */
gboolean
_vitae_import_take_profile_line (Builder    *builder,
                                 const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *network = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *value = NULL;
  g_autoptr(VitaeEntry) profile = NULL;

  if (colon == NULL || builder->kind == VITAE_SECTION_REFERENCES)
    return FALSE;
  network = g_strstrip (g_strndup (text, colon - text));
  folded = g_utf8_casefold (network, -1);
  value = g_strstrip (g_strdup (colon + 1 + strspn (colon + 1, "/ ")));
  if (!_vitae_import_is_network (folded) || value[0] == '\0' || strpbrk (value, " \t") != NULL)
    return FALSE;
  profile = vitae_entry_new ();
  vitae_node_set_text (VITAE_NODE (profile), "network", network);
  vitae_node_set_text (VITAE_NODE (profile), strchr (value, '.') != NULL ? "url" : "username", value);
  vitae_document_append_profile (builder->document, profile);
  return TRUE;
}

/* Lines of a PDF header that are no part of the resume: "Page 1 of 2",
 * "Last updated …", "Curriculum Vitae", "Resume – Software Engineer". */
gboolean
_vitae_import_is_noise (const char *text)
{
  static const char * const prefixes[] = {
    "page ", "last update", "updated ", "curriculum vitae", "lebenslauf", "bewerbung", "currículum vitae",
    "hoja de vida", "resume - ", "resume – ", "resume — ", "resume | ", "resume: ", "résumé - ", "résumé – ",
    "cv - ", "cv – ", "cv — ", "cv | ", "cv: ", NULL
  };
  static const char * const whole[] = {
    "resume", "résumé", "cv", "c.v.", "currículum", "curriculum", "currículo", "curriculo", "резюме", "简历",
    "履歴書", "životopis", "strukturovaný životopis", "życiorys", "özgeçmiş", "önéletrajz", NULL
  };
  g_autofree char *cased = g_utf8_casefold (text, -1);
  g_auto(GStrv) parts = g_strsplit (cased, "æ", -1);
  /* (The ligature as typesetters write it: "Curriculum Vitæ".) */
  g_autofree char *folded = g_strjoinv ("ae", parts);

  for (guint i = 0; prefixes[i]; i++)
    if (g_str_has_prefix (folded, prefixes[i]))
      return TRUE;
  return g_strv_contains (whole, folded);
}
