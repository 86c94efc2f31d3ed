/* vitae-cli-parse.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `vitae check FILE --parse`: what an ATS reads of the exported resume
 * (vitae-parse-check.c), in words or as the "parse" member of the JSON. */

#define G_LOG_DOMAIN "vitae-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vitae-cli-private.h"
#include "vitae-parse-check.h"

/**
 * vitae_cli_parse_check:
 * @document: the resume
 * @format_id: "pdf", "docx" or "odt"
 * @template_id: (nullable): the template, or the default
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the differences
 */
GPtrArray *
vitae_cli_parse_check (VitaeDocument  *document,
                       const char     *format_id,
                       const char     *template_id,
                       GError        **error)
{
  g_autofree char *name = g_strconcat ("resume.", format_id, NULL);
  VitaeRenderOptions options;

  vitae_render_options_init (&options);
  options.template_id = template_id;

  return vitae_parse_check (document, &options, vitae_export_format_from_path (name), NULL, error);
}

/* Whether @id names a format the parse check reads back. */
gboolean
vitae_cli_parse_format_is_valid (const char *id)
{
  return g_str_equal (id, "pdf") || g_str_equal (id, "docx") || g_str_equal (id, "odt");
}

void
vitae_cli_parse_add_json (JsonBuilder *builder,
                          const char  *format_id,
                          GPtrArray   *differences)
{
  json_builder_set_member_name (builder, "parse");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, format_id);
  json_builder_set_member_name (builder, "differences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < differences->len; i++)
    {
      VitaeParseDifference *difference = g_ptr_array_index (differences, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "where");
      json_builder_add_string_value (builder, difference->where);
      json_builder_set_member_name (builder, "problem");
      json_builder_add_string_value (builder, vitae_parse_problem_to_id (difference->problem));
      json_builder_set_member_name (builder, "expected");
      json_builder_add_string_value (builder, difference->expected);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, difference->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

void
vitae_cli_parse_print (const char *format_id,
                       GPtrArray  *differences)
{
  g_autofree char *upper = g_ascii_strup (format_id, -1);

  printf ("\n");
  if (differences->len == 0)
    {
      /* Translators: %s is a format, PDF or DOCX */
      printf (_("What an ATS reads of the %s: everything, as written\n"), upper);
      return;
    }

  /* Translators: %s is a format, PDF or DOCX; %u a count */
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "What an ATS reads of the %s: %u piece does not come back as written\n",
                       "What an ATS reads of the %s: %u pieces do not come back as written\n",
                       differences->len),
          upper, differences->len);
  for (guint i = 0; i < differences->len; i++)
    {
      VitaeParseDifference *difference = g_ptr_array_index (differences, i);

      printf ("  %s — “%s”\n", difference->where, difference->expected);
      printf ("        %s: %s\n", vitae_parse_problem_to_id (difference->problem), difference->message);
    }
}
