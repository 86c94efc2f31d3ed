/* vitae-import-duties-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the line pass (vitae-import-lines.c) asks of the readings of an
 * entry's duties set one a line without a mark: plain ones
 * (vitae-import-duties.c, whose _vitae_import_page_has_run() the items'
 * reading shares through vitae-import-private.h) and ones led by a label
 * (vitae-import-labelled.c), with a school's labelled details; and
 * whether a line is an entry's title over its dates (vitae-import-roles.c),
 * which a line set as a heading can be. */

#pragma once

#include <glib.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

G_BEGIN_DECLS

/* vitae-import-captions.c: a logo's caption beside a list's line */
GPtrArray *
_vitae_import_split_captions (GPtrArray *lines);

/* vitae-import-roles.c: an entry's title over its dates */
gboolean
_vitae_import_heads_roles (Reader        *r,
                           guint          i,
                           VitaeTextLine *line,
                           const char    *text);
gboolean
_vitae_import_over_own_dates (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              const char    *text);
gboolean
_vitae_import_title_as_before (Reader        *r,
                               guint          i,
                               VitaeTextLine *line);

/* vitae-import-stacked-heads.c: an entry's head as a stack of short lines */
gboolean
_vitae_import_set_flush (const VitaeTextLine *a,
                         const VitaeTextLine *b);
gboolean
_vitae_import_under_stacked_dates (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text);
char *
_vitae_import_stacked_place_cells (const char *text);

/* vitae-import-centred.c: a paragraph's lines each centred */
gboolean
_vitae_import_centred_under (Reader *r,
                             guint   i);

/* vitae-import-described.c: an entry's description set in from the edge */
gboolean
_vitae_import_has_inner_sentence_end (const char *text);
gboolean
_vitae_import_describes_entry (Reader        *r,
                               guint          i,
                               VitaeTextLine *line);

/* vitae-import-roles.c: a section's first line set like a heading */
gboolean
_vitae_import_opens_section_text (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text);

/* vitae-import-duties.c */
gboolean
_vitae_import_one_a_line_under_title (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line);
gboolean
_vitae_import_starts_spaced_block (Reader *r,
                                   guint   i);
gboolean
_vitae_import_continue_spaced_block (Reader        *r,
                                     guint          i,
                                     VitaeTextLine *line,
                                     const char    *text);
gboolean
_vitae_import_set_alike (Reader        *r,
                         guint          k,
                         VitaeTextLine *first,
                         gboolean       bold_too);
gboolean
_vitae_import_in_spaced_run (Reader *r,
                             guint   i);
gboolean
_vitae_import_continue_broken_duty (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line,
                                    const char    *text);
gboolean
_vitae_import_duty_as_before (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              gboolean       found);

/* vitae-import-labelled.c */
gboolean
_vitae_import_is_detail_line (Reader        *r,
                              VitaeTextLine *line,
                              const char    *text);
Role
_vitae_import_labelled_duty_role (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text);

/* vitae-import-line-lists.c */
gboolean
_vitae_import_line_list_item (Reader         *r,
                              guint           i,
                              VitaeTextLine  *line,
                              gboolean        cells,
                              const char    **text);
gboolean
_vitae_import_in_cell_list (Reader *r,
                            guint   i);
gboolean
_vitae_import_section_line_list (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line);
Role
_vitae_import_one_a_line_role   (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 const char    *text);
gboolean
_vitae_import_read_grid_row     (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 VitaeEntry    *entry);

/* vitae-import-item-dates.c */
gboolean
_vitae_import_continue_with_year_cell (Reader        *r,
                                       VitaeTextLine *line,
                                       const char    *text);

G_END_DECLS
