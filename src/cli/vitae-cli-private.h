/* vitae-cli-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-cli.h"
#include <json-glib/json-glib.h>

#include "vitae-core.h"

G_BEGIN_DECLS

/* Each verb takes the arguments after the verb's name (argv[0] is the verb)
 * and returns an exit status. Messages go to stderr, prefixed "vitae: ". */
typedef int (*VitaeCliVerb) (int argc, char **argv);

int  vitae_cli_check    (int argc, char **argv);
int  vitae_cli_convert  (int argc, char **argv);
int  vitae_cli_suggest  (int argc, char **argv);
int  vitae_cli_export   (int argc, char **argv);
int  vitae_cli_import   (int argc, char **argv);

/* Prints "vitae: MESSAGE" on stderr. */
void vitae_cli_error    (const char *format, ...) G_GNUC_PRINTF (1, 2);
VitaeDocument *vitae_cli_load (const char *path, GError **error);
/* Writes @bytes whole to standard output and flushes it. */
gboolean vitae_cli_write_stdout (GBytes *bytes, GError **error);
/* Parses options for a verb; on failure prints the error and the usage hint
 * and returns FALSE (the caller exits with VITAE_EXIT_USAGE). */
gboolean vitae_cli_parse_options (GOptionContext *context,
                                  int            *argc,
                                  char         ***argv);

/* What every verb does alike (vitae-cli.c). */
gboolean       vitae_cli_parse_args     (int                 *argc,
                                         char              ***argv,
                                         const char          *parameter_string,
                                         const char          *summary,
                                         const GOptionEntry  *entries);
int            vitae_cli_usage_error    (const char          *message,
                                         const char          *usage);
gboolean       vitae_cli_parse_format   (const char          *format,
                                         gboolean            *json);
gboolean       vitae_cli_parse_language (const char          *tag,
                                         char               **language);
gboolean       vitae_cli_check_template (const char          *template_id,
                                         gboolean             list);
VitaeDocument *vitae_cli_open           (const char          *path);
void           vitae_cli_print_json     (JsonNode            *node);
int            vitae_cli_finish_output  (void);

/* The parse check of `check --parse` (vitae-cli-parse.c). */
GPtrArray *vitae_cli_parse_check           (VitaeDocument  *document,
                                            const char     *format_id,
                                            const char     *template_id,
                                            GError        **error);
gboolean   vitae_cli_parse_format_is_valid (const char     *id);
void       vitae_cli_parse_add_json        (JsonBuilder    *builder,
                                            const char     *format_id,
                                            GPtrArray      *differences);
void       vitae_cli_parse_print           (const char     *format_id,
                                            GPtrArray      *differences);

G_END_DECLS
