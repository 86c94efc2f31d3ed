/* vitae-cli-suggest.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "vitae-cli-private.h"
#include "vitae-coach.h"
#include "vitae-core.h"

/* Bullets pasted from a resume often keep their list mark; it is not part
 * of what the coach should read. */
static char *
clean_bullet (const char *line)
{
  static const gunichar marks[] = { '-', '*', 0x2022, 0x2013, 0x00B7, 0x25AA, 0x25CF };
  const char *p = line;

  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (*p != '\0' && g_utf8_get_char (p) == marks[i] &&
        g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (p))))
      {
        p = g_utf8_next_char (p);
        break;
      }

  return g_strstrip (g_strdup (p));
}

/* The first control character of @text (other than tab and carriage
 * return), or 0: as in a resume file, it is not text, and echoed back it
 * would reach the terminal as an escape sequence. */
static gunichar
find_control (const char *text,
              gsize       len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F))
        return c;
    }

  return 0;
}

/* Adds the bullet on one line of standard input, if it holds one. */
static gboolean
add_line (GPtrArray  *texts,
          const char *line,
          gsize       len,
          guint       number)
{
  g_autofree char *copy = NULL;
  gunichar control;
  char *text;

  if (memchr (line, '\0', len) != NULL || !g_utf8_validate_len (line, len, NULL))
    {
      /* Translators: %u is a line number */
      vitae_cli_error (_("standard input, line %u: not valid UTF-8 text"), number);
      return FALSE;
    }

  if ((control = find_control (line, len)) != 0)
    {
      /* Translators: %u is a line number, then a character code such as U+001B */
      vitae_cli_error (_("standard input, line %u: the control character U+%04X is not text"),
                       number, control);
      return FALSE;
    }

  copy = g_strndup (line, len);
  text = clean_bullet (copy);
  if (*text == '\0')
    g_free (text);
  else
    g_ptr_array_add (texts, text);

  return TRUE;
}

/* Reads one bullet per line. Standard input is held to the limits of a
 * resume file: a line may be as long as a field (VITAE_MAX_FIELD_SIZE) and
 * the whole input as large as a file (VITAE_MAX_FILE_SIZE), so an endless
 * stream such as /dev/zero is refused at once instead of filling memory.
 * The input is read whole before any line becomes a bullet, so an input
 * that is refused costs no more than reading it. */
static gboolean
read_stdin (GPtrArray *texts)
{
  g_autoptr(GString) input = g_string_new (NULL);
  char chunk[65536];
  gsize line_start = 0;
  guint number = 1;
  size_t n;

  while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
    {
      gsize from = input->len;

      if (input->len + n > VITAE_MAX_FILE_SIZE)
        {
          /* Translators: %d is a number of megabytes */
          vitae_cli_error (_("standard input is too large: bullets to coach are refused above %d MB"),
                           VITAE_MAX_FILE_SIZE / (1024 * 1024));
          return FALSE;
        }
      g_string_append_len (input, chunk, n);

      /* Each line ended in this chunk, and the one still open. */
      for (gsize i = from; i <= input->len; i++)
        {
          gboolean ends = i < input->len && input->str[i] == '\n';

          if ((ends || i == input->len) && i - line_start > VITAE_MAX_FIELD_SIZE)
            {
              /* Translators: %u is a line number, %d a number of kilobytes */
              vitae_cli_error (_("standard input, line %u: the line is too long: a bullet may have "
                                 "up to %d KB"),
                               number, VITAE_MAX_FIELD_SIZE / 1024);
              return FALSE;
            }
          if (ends)
            {
              number++;
              line_start = i + 1;
            }
        }
    }

  if (ferror (stdin))
    {
      vitae_cli_error (_("standard input could not be read"));
      return FALSE;
    }

  /* Every line was checked for its length as it came; now each becomes a
   * bullet, blank ones aside. */
  number = 1;
  line_start = 0;
  for (gsize i = 0; i <= input->len; i++)
    if (i == input->len || input->str[i] == '\n')
      {
        gsize len = i - line_start;
        gboolean blank = TRUE;

        for (gsize j = line_start; j < i && blank; j++)
          blank = g_ascii_isspace (input->str[j]);
        if (!blank && !add_line (texts, input->str + line_start, len, number))
          return FALSE;
        line_start = i + 1;
        number++;
      }

  return TRUE;
}

static void
print_text (VitaeCoachResult *result,
            guint             number)
{
  guint n_issues = vitae_coach_result_get_n_issues (result);
  guint n_suggestions = vitae_coach_result_get_n_suggestions (result);

  /* Translators: %u is the bullet's number, %s its text */
  printf (_("Bullet %u: %s\n"), number, vitae_coach_result_get_text (result));
  /* Translators: %u is a score from 0 to 100 */
  printf (_("  Score: %u/100\n"), vitae_coach_result_get_score (result));

  if (n_issues == 0)
    printf ("  %s\n", _("No issues."));
  else
    printf ("  %s\n", _("Issues:"));
  for (guint i = 0; i < n_issues; i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      printf ("    %s: %s\n", vitae_coach_issue_kind_to_id (issue->kind), issue->message);
    }

  if (n_suggestions > 0)
    printf ("  %s\n", _("Suggestions:"));
  for (guint i = 0; i < n_suggestions; i++)
    {
      const VitaeCoachSuggestion *suggestion = vitae_coach_result_get_suggestion (result, i);

      printf ("    %u. %s\n", i + 1, suggestion->text);
      /* Translators: %s is the id of a rewrite pattern */
      printf (_("       (pattern %s)\n"), suggestion->pattern);
    }
}

int
vitae_cli_suggest (int    argc,
                   char **argv)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *format = NULL;
  g_autofree char *language_tag = NULL;
  g_autofree char *language = NULL;
  VitaeCoach *coach;
  gunichar control;
  gboolean json;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json, one object per line"), "text|json" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language_tag,
      N_("The bullets' language, a BCP 47 tag such as fr or de-CH: French bullets are coached in "
         "French; in another language than English, they get the checks that hold in any "
         "language and no English rewrite"), "TAG" },
    { NULL }
  };

  if (!vitae_cli_parse_args (&argc, &argv, _("[TEXT…] — coach resume bullets"),
                             _("Each TEXT is one bullet; without TEXT, each line of standard "
                               "input is one. Prints each bullet's score, its issues and up to "
                               "three rewrites whose [slots] you fill with your own figures."),
                             entries) ||
      !vitae_cli_parse_format (format, &json) ||
      !vitae_cli_parse_language (language_tag, &language))
    return VITAE_EXIT_USAGE;

  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          if (!g_utf8_validate (argv[i], -1, NULL))
            {
              /* Translators: %d is the position of a command line argument */
              vitae_cli_error (_("bullet %d on the command line is not valid UTF-8 text"), i);
              return VITAE_EXIT_INPUT;
            }
          if ((control = find_control (argv[i], strlen (argv[i]))) != 0)
            {
              /* Translators: %d is the position of a command line argument, then a
               * character code such as U+001B */
              vitae_cli_error (_("bullet %d on the command line: the control character U+%04X is not text"),
                               i, control);
              return VITAE_EXIT_INPUT;
            }
          g_ptr_array_add (texts, clean_bullet (argv[i]));
        }
    }
  else if (!read_stdin (texts))
    return VITAE_EXIT_INPUT;

  vitae_core_init ();
  coach = vitae_coach_get_default ();
  vitae_coach_set_language (coach, language);
  results = vitae_coach_analyze_bullets (coach, (const char * const *) texts->pdata, texts->len);

  for (guint i = 0; i < results->len; i++)
    {
      VitaeCoachResult *result = g_ptr_array_index (results, i);

      if (json)
        {
          g_autoptr(JsonNode) node = vitae_coach_result_to_json (result);

          vitae_cli_print_json (node);
        }
      else
        {
          if (i > 0)
            printf ("\n");
          print_text (result, i + 1);
        }
    }

  return vitae_cli_finish_output ();
}
