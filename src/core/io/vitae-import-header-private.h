/* vitae-import-header-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the line importer that read a resume's header share:
 * the name, the headline and the contact details (vitae-import-header.c,
 * vitae-import-name*.c, vitae-import-phones.c, vitae-import-emails.c).
 * Included by vitae-import-private.h, after the reader's types. */

#pragma once

G_BEGIN_DECLS
/* vitae-import-header.c */
gboolean
_vitae_import_is_noise (const char *text);
gboolean
_vitae_import_heads_icon_list (Reader *r,
                               guint   i);
gboolean *
_vitae_import_find_repeated (GPtrArray *lines);

gboolean
_vitae_import_read_address (Reader *r,
                            guint   i);

Role
_vitae_import_header_role (Reader        *r,
                           guint          i,
                           VitaeTextLine *line);

void
_vitae_import_read_name (Reader        *r,
                         guint          i,
                         VitaeTextLine *line,
                         const char    *text);

gboolean
_vitae_import_goes_on_name (Reader *r,
                            guint   i);

gboolean
_vitae_import_leaves_name_to_main_column (Reader *r);


gboolean
_vitae_import_is_network (const char *folded);
gboolean
_vitae_import_is_name_label (const char *label);

gboolean
_vitae_import_take_profile_line (Builder    *builder,
                                 const char *text);

gboolean
_vitae_import_is_contact_heading (const char *text);

gboolean
_vitae_import_skip_repeated (Reader     *r,
                             guint       i,
                             const char *text);

/* vitae-import-contact-lines.c */
gboolean
_vitae_import_take_split_email (Reader *r,
                                guint   i);

gboolean
_vitae_import_is_second_address (Reader     *r,
                                 guint       i,
                                 const char *text);

gboolean
_vitae_import_take_header_details (Reader *r,
                                   guint   i);

gboolean
_vitae_import_take_section_detail (Reader     *r,
                                   guint       i,
                                   const char *text);

gboolean
_vitae_import_is_several_details (const char *text);

const char *
_vitae_import_find_next_label (const char *cells);

gboolean
_vitae_import_is_name_field (VitaeNode  *basics,
                             const char *part);

gboolean
_vitae_import_take_contact_block_line (Reader        *r,
                                       VitaeTextLine *line,
                                       const char   **text);

gboolean
_vitae_import_names_another (Builder    *builder,
                             const char *text);

/* vitae-import-name-title.c */
gboolean
_vitae_import_read_title_name (Reader *r,
                               guint   i);

gboolean
_vitae_import_is_job_title (const char *text);

gboolean
_vitae_import_is_place_over_name (Reader *r,
                                  guint   i);

gboolean
_vitae_import_is_initials_badge (Reader *r,
                                 guint   i);

/* vitae-import-name-forms.c */
char *
_vitae_import_dup_degree_and_name (GStrv  cells,
                                   guint *c);

/* vitae-import-name-forms.c */
GStrv
_vitae_import_split_marked_parts (const char *text);

gboolean
_vitae_import_starts_with_initials (const char *name,
                                    const char *local);

char *
_vitae_import_dup_name_before_comma (const char *text);

gboolean
_vitae_import_cut_after_name (char *value);
char *
_vitae_import_dup_name_before_birth_date (const char *text);
gboolean
_vitae_import_is_name_and_birth_date (const char *text);

/* vitae-import-name-wraps.c */
gboolean
_vitae_import_is_post_nominal (const char *after);
gboolean
_vitae_import_is_family_name_after_comma (const char *before,
                                          const char *after);

gboolean
_vitae_import_name_wraps_in_largest (Reader              *r,
                                     const VitaeTextLine *line,
                                     const char          *name,
                                     const VitaeTextLine *next);

gboolean
_vitae_import_read_name_dash_headline (Reader     *r,
                                       const char *text);

gboolean
_vitae_import_is_name_comma_headline (Reader              *r,
                                      const VitaeTextLine *line);

void
_vitae_import_keep_other_script_name (Reader *r);

void
_vitae_import_cut_heading_after_name (char *name);

gboolean
_vitae_import_name_opens_prose (Reader     *r,
                                guint       i,
                                const char *name);

/* vitae-import-name-runs.c */
gboolean
_vitae_import_is_headline_part (const char *name,
                                const char *part);

gboolean
_vitae_import_is_name_part (Reader *r,
                            guint   i);

void
_vitae_import_take_name_runs (Reader  *r,
                              guint    first,
                              guint    last,
                              char   **name);

/* vitae-import-name-parts.c */
gboolean
_vitae_import_given_names_over (Reader              *r,
                                const VitaeTextLine *line,
                                const char          *name,
                                const VitaeTextLine *next);
gboolean
_vitae_import_name_starts_above (Reader *r);
gboolean
_vitae_import_take_name_cell_line (Reader *r,
                                   guint   i);
guint
_vitae_import_take_stacked_lines (Reader  *r,
                                  guint    k,
                                  char   **name);
gboolean
_vitae_import_name_stacks_on (Reader              *r,
                              const VitaeTextLine *line,
                              const char          *name,
                              const VitaeTextLine *next);
gboolean
_vitae_import_take_labelled_name (Reader *r,
                                  guint   i);
gboolean
_vitae_import_column_goes_on_beside (Reader *r,
                                     guint   i);
gboolean
_vitae_import_name_goes_on_in_cell (Reader     *r,
                                    guint       i,
                                    const char *cell);
gboolean
_vitae_import_is_beside_name_parts (Reader *r,
                                    guint   i);

/* vitae-import-emails.c */
char *
_vitae_import_dup_local (const char *word);
char *
_vitae_import_email_local (GPtrArray *lines);

/* vitae-import-names.c */
guint
_vitae_import_words_in_local (const char *text,
                              const char *local,
                              gsize      *letters);

gboolean
_vitae_import_is_title_over_name (Reader *r,
                                  guint   i);
gboolean
_vitae_import_is_late_name (Reader *r,
                            guint   i);

void
_vitae_import_settle_name (Reader *r);

GPtrArray *
_vitae_import_join_split_emails (GPtrArray *lines);

/* vitae-import-phones.c */
GPtrArray *
_vitae_import_join_split_contacts (GPtrArray *lines);

/* vitae-import-grouped.c */
gboolean
_vitae_import_names_role (const char *text);

/* vitae-import-header-guards.c */
gboolean
_vitae_import_is_typed_rule (const char *text);

gboolean
_vitae_import_is_signed_degree (const char *cell);

gboolean
_vitae_import_is_date_after_icon (const char *cell);

gboolean
_vitae_import_read_header_detail (VitaeNode  *basics,
                                  const char *text);

gboolean
_vitae_import_is_header_label (const char *text);

Role
_vitae_import_headline_role (Reader     *r,
                             const char *text);

/* vitae-import-links.c */
const char *
_vitae_import_network_of_url (const char *url);

void
_vitae_import_read_links (VitaeDocument      *document,
                          GPtrArray          *lines,
                          const VitaePdfInfo *info,
                          GPtrArray          *notes);

G_END_DECLS
