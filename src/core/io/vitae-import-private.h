/* vitae-import-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the line importer (vitae-import*.c) share. */

#pragma once

#include <glib.h>

#include "vitae-import.h"
#include "vitae-types.h"
#include "vitae-text-reader.h"

G_BEGIN_DECLS

typedef enum
{
  ROLE_NONE,
  ROLE_NAME,
  ROLE_HEADLINE,
  ROLE_CONTACT,
  ROLE_HEADING,
  ROLE_TITLE,
  ROLE_SUBTITLE,
  ROLE_BODY,
  ROLE_BULLET,
  ROLE_DONE,      /* read already; the previous role stays */
} Role;

#define KIND_SUMMARY VITAE_N_SECTION_KINDS
typedef struct
{
  VitaeDocument *document;
  guint          kind;         /* of the current section, or KIND_SUMMARY */
  VitaeSection  *section;      /* the current section, or NULL */
  VitaeEntry    *entry;        /* the current entry, or NULL */
  Role           previous;     /* the role of the previous line */
  GString       *summary;
  char          *summary_title;  /* the heading of the summary section */
  guint          name_fields;  /* which parts of the name labelled fields gave */
  gboolean       name_label_alone; /* whether a name's label stood alone ("Name:") */
  gboolean       name_labels_split; /* whether a given name's label stood alone over a family name's */
  gboolean       phone_among_words; /* whether the phone was read among other words, without a label */
  gboolean       run_items;    /* whether the last paragraph read was items run together */
} Builder;
/* A line that the side-heading pass (vitae-import-label-headings.c) made a heading. */
#define LINE_SIDE_HEADING (1u << 16)
#define LINE_CAPTION (1u << 17) /* a logo's caption (vitae-import-captions.c): never a heading */

int
_vitae_import_kind_from_heading (const char *text);

int
_vitae_import_kind_from_parts (const char *folded);

void
_vitae_import_plain_apostrophes (char *text);

gboolean
_vitae_import_is_plausible_name (const char *text);

gboolean
_vitae_import_is_name_cased (const char *text);

const char *
_vitae_import_skip_greeting (const char *text);

gboolean
_vitae_import_is_upper_text (const char *text);

guint
_vitae_import_count_words (const char *text);

gboolean
_vitae_import_has_digit_before (const char *text,
                                const char *end);

gboolean
_vitae_import_has_digit (const char *text);

const char *
_vitae_import_after_bullet (const char *text);

gboolean
_vitae_import_is_bare_glyph (const char *text);

gboolean
_vitae_import_is_present (const char *word);

gboolean
_vitae_import_parse_dates (const char  *text,
                           char       **start,
                           char       **end);

void
_vitae_import_split_right (const char  *text,
                           char       **left,
                           char       **right);

gboolean
_vitae_import_looks_like_email (const char *part);

gboolean
_vitae_import_looks_like_phone (const char *part);

gboolean
_vitae_import_looks_like_url (const char *part);

char *
_vitae_import_dup_phone (const char *text);

gboolean
_vitae_import_has_phone (const char *text);

gboolean
_vitae_import_is_international_phone (const char *text);

gboolean
_vitae_import_is_spaced_dash (const char *part,
                              const char *dash);

gboolean
_vitae_import_is_dotless_address (const char *word);

void
_vitae_import_set_email (VitaeNode  *basics,
                         const char *text);

char *
_vitae_import_dup_email (const char *text);

void
_vitae_import_keep_other_email (VitaeDocument *document,
                                const char    *text);

void
_vitae_import_join_spelled_address (GString *text);

void
_vitae_import_plain_address (GString *address);

const char *
_vitae_import_find_local_part (const char *text,
                               const char *at);

gboolean
_vitae_import_is_contact_line (const char *text);

void
_vitae_import_append_fields (GString   *all,
                             VitaeNode *node);

char *
_vitae_import_join_split_at (const char *text);

char *
_vitae_import_join_spaced_email (const char *text);
char *
_vitae_import_dup_spaced_word (const char *text);
char *
_vitae_import_dup_spaced_name (const char *text);
GPtrArray *
_vitae_import_join_spaced_headings (GPtrArray *lines);

char *
_vitae_import_join_wrapped (const char *above,
                            const char *text);
GStrv
_vitae_import_split_parts (const char *text,
                           const char *separators);

/* What a part of a line of contact details is (vitae-import-contact.c). */
typedef enum
{
  PART_OTHER,
  PART_GLYPH,   /* a separator or an icon alone */
  PART_EMAIL,
  PART_PHONE,
  PART_LINK,    /* a web address, or a handle after an icon ("t jdoe_42") */
} PartKind;

PartKind
_vitae_import_part_kind (const char *part);

void
_vitae_import_read_contact (Builder    *builder,
                            const char *text);

gboolean
_vitae_import_is_contact_detail (Builder    *builder,
                                 const char *text);

gboolean
_vitae_import_take_contact_cells (Builder    *builder,
                                  const char *text,
                                  char      **rest);

gboolean
_vitae_import_is_other_number_label (const char *label);

char *
_vitae_import_dup_labelled_phone (const char *raw);

gboolean
_vitae_import_is_phone_label (const char *text);

void
_vitae_import_split_glued_phone (GString *text);

void
_vitae_import_split_bars (GString *text);
void
_vitae_import_split_detail_words (GString *text);

void
_vitae_import_join_dotted_phone (GString *text);

void
_vitae_import_keep_other_phone (VitaeDocument *document,
                                const char    *number);

void
_vitae_import_keep_second_of_two (VitaeDocument *document,
                                  const char    *part,
                                  const char    *phone);

gboolean
_vitae_import_keep_labelled_phone (VitaeDocument *document,
                                   const char    *part);

gboolean
_vitae_import_is_numeric_date (const char *text);

gboolean
_vitae_import_is_personal_heading (const char *title);

gboolean
_vitae_import_take_personal_item (Builder    *builder,
                                  const char *text,
                                  char      **rest);

gboolean
_vitae_import_read_address_field (Builder    *builder,
                                  const char *text,
                                  gboolean    in_header);

char *
_vitae_import_code_field (const char *text);

gboolean
_vitae_import_read_name_field (Builder    *builder,
                               const char *text,
                               gboolean    in_header);

const char *
_vitae_import_find_pronouns (const char *text);

char *
_vitae_import_plain_spaces (const char *text);

gboolean
_vitae_import_is_contact_label (Builder    *builder,
                                const char *text,
                                const char *next);

gboolean
_vitae_import_name_goes_on (const VitaeTextLine *line,
                            const char          *name,
                            const VitaeTextLine *next,
                            double               body_size);

void
_vitae_import_start_section (Builder    *builder,
                             const char *text);

VitaeSection *
_vitae_import_ensure_section (Builder *builder);

VitaeEntry *
_vitae_import_new_entry (Builder *builder);

void
_vitae_import_set_dates (Builder    *builder,
                         VitaeNode  *node,
                         const char *text);

void
_vitae_import_read_title (Builder    *builder,
                          const char *text);

void
_vitae_import_read_subtitle (Builder    *builder,
                             const char *text);

void
_vitae_import_append_text (VitaeNode  *node,
                           const char *key,
                           const char *text,
                           const char *separator);

/* vitae-import-words.c */
void
_vitae_import_set_list (VitaeNode  *node,
                        const char *key,
                        const char *text);

char *
_vitae_import_split_label (const char  *text,
                           const char **rest);

gboolean
_vitae_import_is_season (const char *word);

gboolean
_vitae_import_is_prose (const char *text);

void
_vitae_import_read_keywords (Builder    *builder,
                             const char *text,
                             guint       line_flags);

void
_vitae_import_read_languages (Builder    *builder,
                              const char *text);

gboolean
_vitae_import_is_list_item_of_words (int         kind,
                                     const char *item);

void
_vitae_import_read_body (Builder             *builder,
                         const VitaeTextLine *line,
                         const char          *text);

Role
_vitae_import_role_from_style (const char *style);

gboolean
_vitae_import_is_heading_like (const VitaeTextLine *line,
                               double               body_size);

gboolean
_vitae_import_kind_has_entries (guint kind);

double
_vitae_import_body_font_size (GPtrArray *lines);

void
_vitae_import_pdf_geometry (GPtrArray *lines,
                            double    *base_x,
                            double    *line_gap);

gboolean
_vitae_import_has_dates (const char *text);

gboolean
_vitae_import_ends_in_span (const char *text);

gboolean
_vitae_import_is_year_span (const char *text);

gboolean
_vitae_import_dates_first (const char  *text,
                           char       **left,
                           char       **right);

const char *
_vitae_import_after_glyph_cells (const char *text);

double
_vitae_import_dates_left_edge (GPtrArray      *lines,
                               const gboolean *dated,
                               double          min_x,
                               double          max_x);

void
_vitae_import_continue_last (Builder    *builder,
                             Role        role,
                             const char *text);

GPtrArray *
_vitae_import_label_headings (GPtrArray *lines);

GPtrArray *
_vitae_import_column_headings (GPtrArray *lines);

/* The state of one pass over the lines (vitae_import_lines()). */
/* Where a column of a page in two had got to (vitae-import-flows.c). */
typedef struct
{
  gboolean      set;
  guint         kind;
  VitaeSection *section;
  VitaeEntry   *entry;
  Role          previous;
  gboolean      in_header;
  double        bullet_x;
  gboolean      bullet_glyph;
  double        bullet_size;
  double        section_edge;
  gboolean      section_indented;
  double        section_size;
} ColumnState;

typedef struct
{
  Builder    builder;
  GPtrArray *lines;
  gboolean  *dated;          /* whether each line has dates */
  gboolean  *item_start;     /* whether each line starts a list item drawn without a glyph */
  guint8    *bold_item;      /* 0, or how each line is part of an item set in bold, one a line */
  gboolean  *heading_like;   /* whether each line looks like a heading (_vitae_import_is_heading_like()) */
  double    *col_right;      /* where each line's column ends, or 0 */
  gboolean  *repeated;       /* whether each line is a page's header or footer */
  double    *size_gap;       /* the gap between a paragraph's lines of each line's size */
  double     body_size;
  double     base_x;         /* the text's left edge */
  double     line_gap;       /* the gap between a paragraph's lines */
  double     bullet_x;       /* where the last bullet stood, or -1 */
  gboolean   bullet_glyph;   /* whether it started with a glyph */
  double     bullet_size;    /* and its font size */
  double     duty_x;         /* where an entry's duties set one a line without a mark stood */
  double     duty_size;      /* and their size, or 0 before any (vitae-import-duties.c) */
  double     labelled_x;     /* where an entry's duties led by labels stood */
  double     labelled_size;  /* and their size, or 0 before any (vitae-import-labelled.c) */
  guint      labelled_start; /* the first line of the run of such duties being read */
  guint      labelled_end;   /* and the line after it, or 0 */
  guint      line_list_end;  /* the line after a list one a line being read
                              * (vitae-import-line-lists.c), or 0 */
  double     wrap_edge;      /* where an item's line went back left of its
                              * mark to wrap it (AltaCV), or -1 */
  double     heading_size;   /* the smallest a section's heading was, or 0 */
  double     section_edge;   /* the left edge of the current section's lines, or G_MAXDOUBLE */
  gboolean   section_indented; /* whether some of them are indented from it */
  double     section_size;   /* the size most of them are set in, or 0 */
  double     label_text_x;   /* where the text after a column of labels starts, or -1 */
  GString   *contact;        /* the header's contact details so far */
  gboolean   in_header;
  gboolean   have_name;
  gboolean   have_headline;
  guint      skip_line;      /* a line already read (a name's second) */
  guint      skip_until;     /* lines before it read already (a grid's) */
  guint      name_index;     /* the largest of the first three lines */
  guint      name_cell_line; /* the line whose cell the name was, or G_MAXUINT */
  guint      name_parts[3];  /* lines read as the name's parts set apart, or G_MAXUINT */
  gboolean   first_line_indents; /* whether items have gone on back at the edge, left of their first line */
  char      *email_local;    /* the first page's e-mail address before its "@", or NULL */
  ColumnState columns[2];    /* where the left and right columns had got to */
  guint      column_start;   /* the first line of the column being read */
  guint      last_heading;   /* the line after the last heading read, or 0 */
  VitaeEntry *grouped_entry; /* the last entry read under an organisation's line (vitae-import-grouped.c) */
  double     sections_top;   /* where the first heading stands from the first page's top (0 on a
                              * later page), or -1 before it */
} Reader;

/* vitae-import-empty.c */
void
_vitae_import_start_heading (Reader     *r,
                             guint       i,
                             const char *text);
void
_vitae_import_drop_empty_sections (VitaeDocument *document);
void
_vitae_import_drop_name_items (VitaeDocument *document);
gboolean
_vitae_import_is_contact_title (const char *title);

static inline VitaeTextLine *
line_at (Reader *r,
         guint   i)
{
  return g_ptr_array_index (r->lines, i);
}

/* vitae-import-words.c */
gboolean
_vitae_import_read_rated_items (Reader     *r,
                                const char *text);

gboolean
_vitae_import_read_item_of_words (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text);

void
_vitae_import_read_item_wraps (Reader *r,
                               guint   i);

/* vitae-import-phrases.c */
gboolean
_vitae_import_phrase_item (Reader        *r,
                           guint          i,
                           VitaeTextLine *line);

gboolean
_vitae_import_is_header_prose (Reader *r,
                               guint   i);

gboolean
_vitae_import_is_headline_word (Builder    *builder,
                                const char *cell);

/* vitae-import-flows.c */
void
_vitae_import_follow_columns (Reader *r,
                              guint   i);

/* vitae-import-items.c */
double *
_vitae_import_column_rights (GPtrArray *lines,
                             guint      header_end);

double *
_vitae_import_size_gaps (GPtrArray *lines);

gboolean
_vitae_import_leads_to_dates (const char *text);

gboolean
_vitae_import_runs_on (const char *text);

gboolean
_vitae_import_ends_sentence (const char *text);

void
_vitae_import_mark_sentence_items (Reader *r);

enum { BOLD_ITEM_START = 1, BOLD_ITEM_WRAP = 2 };

void
_vitae_import_mark_bold_items (Reader *r);

Role
_vitae_import_bold_item_role (Reader     *r,
                              guint       i,
                              const char *text);

gboolean
_vitae_import_in_one_a_line_run (Reader *r,
                                 guint   i);

void
_vitae_import_measure_section (Reader        *r,
                               guint          i,
                               VitaeTextLine *heading);

gboolean
_vitae_import_close_as_next_item (Reader *r,
                                  guint   i);

gboolean
_vitae_import_heads_label_item (Reader        *r,
                                guint          i,
                                VitaeTextLine *line,
                                const char    *text);

gboolean
_vitae_import_continue_icon_item (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text);

gboolean
_vitae_import_link_in_icon_item (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 const char    *text);

gboolean
_vitae_import_continue_dated_item (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text);

gboolean
_vitae_import_continue_line (Reader        *r,
                             guint          i,
                             VitaeTextLine *line,
                             const char    *text);

gboolean
_vitae_import_continue_indented_item (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line,
                                      const char    *text);

gboolean
_vitae_import_ends_short (Reader     *r,
                          guint       i,
                          const char *text);

/* vitae-import-item-wraps.c */
gboolean
_vitae_import_wraps_heading_word (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text);

gboolean
_vitae_import_continues_across_gap (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line,
                                    const char    *text);

gboolean
_vitae_import_apart_from_item      (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line,
                                    VitaeTextLine *above);

gboolean
_vitae_import_slant_apart          (VitaeTextLine *line,
                                    VitaeTextLine *above);

gboolean
_vitae_import_starts_hanging_item (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text);

/* vitae-import-para-items.c */
Role
_vitae_import_para_item_role (Reader     *r,
                              guint       i,
                              const char *text);

gboolean
_vitae_import_next_item_with_dates (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line);

GPtrArray *
_vitae_import_join_split_spans (GPtrArray *lines);

/* vitae-import-stacked.c */
GPtrArray *
_vitae_import_join_stacked_spans (GPtrArray *lines,
                                  GPtrArray *result);

/* vitae-import-nested.c */
const char *
_vitae_import_after_word_o (const char *text);
GPtrArray *
_vitae_import_move_trailing_marks (GPtrArray *lines);

gboolean
_vitae_import_past_word_o (VitaeTextLine *line,
                           const char    *text);

gboolean
_vitae_import_heads_nested_list (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line);

gboolean
_vitae_import_wraps_at_sign (Reader        *r,
                             guint          i,
                             VitaeTextLine *line);

gboolean
_vitae_import_lone_ordinal (Reader        *r,
                            guint          i,
                            VitaeTextLine *line);

const char *
_vitae_import_cell_item (const char *text,
                         const char *bullet_text,
                         gboolean    numbered,
                         guint       k,
                         const char *cell);

/* vitae-import-labels.c */
GPtrArray *
_vitae_import_join_label_lines (GPtrArray *lines);
GPtrArray *
_vitae_import_join_date_column (GPtrArray *lines);
GPtrArray *
_vitae_import_split_label_items (GPtrArray *lines);

double
_vitae_import_label_text_x (GPtrArray *lines);

char *
_vitae_import_title_wraps (Reader     *r,
                           guint       i,
                           const char *text,
                           guint      *end);

Role
_vitae_import_read_subtitle_row (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 const char    *text);

/* vitae-import-blocks.c */
void
_vitae_import_mark_paragraph_items (Reader *r);

void
_vitae_import_mark_styled_headings (Reader *r);

gboolean
_vitae_import_close_in_spaced_run (Reader *r,
                                   guint   i);

gboolean
_vitae_import_at_nested_indent (Reader *r,
                                guint   i);

gboolean
_vitae_import_item_starts_upper (Reader *r);

gboolean
_vitae_import_is_signature (Reader *r,
                            guint   i);

gboolean
_vitae_import_heads_dated_lines (Reader *r,
                                 guint   i);

gboolean
_vitae_import_wraps_into_next (Reader *r,
                               guint   i);

/* vitae-import-roles.c */
gboolean
_vitae_import_is_dates_line (const char *text);
char *
_vitae_import_dup_leading_span (const char  *first,
                                char       **after);

gboolean
_vitae_import_in_dated_list (Reader        *r,
                             guint          i,
                             VitaeTextLine *line);

const char *
_vitae_import_dated_item_text (Reader        *r,
                               guint          i,
                               VitaeTextLine *line,
                               const char    *item,
                               const char    *left);

gboolean
_vitae_import_dated_item_under_title (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line);
gboolean
_vitae_import_keeps_own_date (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              const char    *left);
Role
_vitae_import_bullet_role (Reader        *r,
                           guint          i,
                           VitaeTextLine *line,
                           const char   **text);
Role
_vitae_import_entry_role (Reader        *r,
                          guint          i,
                          VitaeTextLine *line,
                          const char    *text);
Role
_vitae_import_after_glyph_row_role (Reader     *r,
                                    const char *text);
const char *
_vitae_import_after_pictograph (const char *text);
gboolean
_vitae_import_is_pictograph_heading (const char *text);
gboolean
_vitae_import_one_a_line_entry_item (Reader        *r,
                                     guint          i,
                                     VitaeTextLine *line);

/* vitae-import-running.c */
GPtrArray *
_vitae_import_drop_running_lines (GPtrArray *lines);
GPtrArray *
_vitae_import_drop_ornaments (GPtrArray *lines);
GPtrArray *
_vitae_import_join_page_break (GPtrArray *lines);

/* vitae-import-items.c */
gboolean
_vitae_import_glyph_row (Reader *r,
                         guint   i);

/* vitae-import-run-items.c */
gboolean
_vitae_import_read_run_items (Builder    *builder,
                              const char *text);
gboolean
_vitae_import_continue_run_items (Builder    *builder,
                                  const char *text);

/* vitae-import-grid.c */
gboolean
_vitae_import_read_grouped_subtitle (Reader *r,
                                     guint   i);

gboolean
_vitae_import_names_organisation (guint       kind,
                                  const char *text);
gboolean
_vitae_import_names_work_done (guint       kind,
                               const char *text);
gboolean
_vitae_import_read_grouped_title (Reader     *r,
                                  guint       i,
                                  const char *text);

GStrv
_vitae_import_grid_wraps (VitaeTextLine *line,
                          GStrv          cells,
                          VitaeTextLine *next);

/* vitae-import-item-marks.c */
gboolean
_vitae_import_starts_with_month (const char *text);
const char *
_vitae_import_after_emoji_mark (const char *rest);
const char *
_vitae_import_after_bracketed_number (const char *text);
gboolean
_vitae_import_emoji_item_in_entry (Reader     *r,
                                   const char *item);
gboolean
_vitae_import_marks_heading (Reader *r,
                             guint   i);
const char *
_vitae_import_after_typed_mark (char        mark,
                                const char *item);

/* vitae-import-date-forms.c */
void
_vitae_import_turn_year_quotes (GString *text);

char *
_vitae_import_month_before_end (const char *left,
                                const char *end);

gboolean
_vitae_import_months_of_year (const char  *text,
                              char       **start,
                              char       **end);

gboolean
_vitae_import_is_spaced_date (const char *text);

/* vitae-import-heading-dates.c */
void
_vitae_import_keep_cut_span (const char  *text,
                             char       **left,
                             char       **right);

gboolean
_vitae_import_is_dated_paragraph (Reader     *r,
                                  guint       i,
                                  const char *text);
gboolean
_vitae_import_read_dated_paragraph (Reader     *r,
                                    guint       i,
                                    const char *text);

/* vitae-import-heading-rows.c */
gboolean
_vitae_import_heads_row (Reader        *r,
                         guint          i,
                         VitaeTextLine *heading);

/* vitae-import-duties.c (the rest: vitae-import-duties-private.h) */
gboolean
_vitae_import_page_has_run (Reader *r,
                            guint   i);

/* vitae-import-lines.c */
VitaeDocument *
_vitae_import_read_lines (GPtrArray *lines);

/* vitae-import-unplaced.c */
char *
_vitae_import_lines_text (GPtrArray *lines);

char *
_vitae_import_source_text_of (GBytes            *bytes,
                              VitaeImportFormat  format);

void
_vitae_import_note_unplaced (VitaeDocument *document,
                             const char    *source_text,
                             GPtrArray     *notes);

G_END_DECLS

#include "vitae-import-header-private.h"
