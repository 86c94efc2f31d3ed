/* fuzz-coach.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vitae-coach.h"
#include "vitae-core.h"

#include "fuzz-common.h"

/*
 * The bullet coach on arbitrary text: each line of the input is a bullet of
 * one entry. Every bullet is analysed alone (issues, score, rewrites, JSON)
 * and then the whole document (repeated verbs across bullets). The coach
 * takes valid UTF-8, as the editor and vitae_read_text_file() give it, so
 * invalid bytes are replaced first.
 */

static VitaeCoach *coach;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  coach = vitae_coach_get_default ();
  g_assert_nonnull (coach);

  return 0;
}

/* The truth rules of issue 10 that hold for any input: every word after
 * the weak opener survives in order (1), no figure outside a slot that the
 * user did not write (3), one clean sentence (4), and applying never
 * lowers the score (5). */
static gboolean
is_sep (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void
check_truth (VitaeCoachResult *result,
             const char       *suggestion)
{
  const char *text = vitae_coach_result_get_text (result);
  guint from = 0;
  g_autofree char *kept = NULL;
  g_autoptr(VitaeCoachResult) applied = NULL;
  const char *hay = suggestion;
  gsize len = strlen (suggestion);
  const char *p;

  /* the opener may follow spaces at the start */
  while (g_ascii_isspace (text[from]))
    from++;
  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      if ((issue->kind == VITAE_COACH_ISSUE_WEAK_VERB || issue->kind == VITAE_COACH_ISSUE_FIRST_PERSON) &&
          issue->start <= from + 2)
        from = MAX (from, issue->end);
    }
  kept = g_utf8_substring (text, from, g_utf8_strlen (text, -1));

  /* 1: each space-separated word of the rest, but the first (its case may
   * change) and the last (its full stop goes), is found in order */
  p = kept;
  for (gboolean first = TRUE; *p != '\0';)
    {
      const char *start, *end;
      g_autofree char *word = NULL;
      gboolean last;

      while (*p != '\0' && is_sep (*p))
        p++;
      start = p;
      while (*p != '\0' && !is_sep (*p))
        p++;
      end = p;
      last = TRUE;
      for (const char *q = end; *q != '\0'; q++)
        if (!is_sep (*q))
          last = FALSE;
      while (end > start && strchr (",;:.!?", end[-1]) != NULL)
        end--;
      /* a lone "," is no word; the first word may change its case */
      if (end == start)
        continue;
      if (first || last || memchr (start, '[', end - start) != NULL || memchr (start, ']', end - start) != NULL)
        {
          first = FALSE;
          continue;
        }
      word = g_strndup (start, end - start);
      hay = strstr (hay, word);
      if (hay == NULL)
        g_error ("rule 1: “%s” loses “%s” of: %s", suggestion, word, text);
      hay += strlen (word);
    }

  /* 3: no digit outside the slots that the text does not hold */
  for (guint depth = 0, i = 0; suggestion[i] != '\0'; i++)
    {
      if (suggestion[i] == '[')
        depth++;
      else if (suggestion[i] == ']' && depth > 0)
        depth--;
      else if (depth == 0 && g_ascii_isdigit (suggestion[i]) && strchr (text, suggestion[i]) == NULL)
        g_error ("rule 3: “%s” adds a figure to: %s", suggestion, text);
    }

  /* 4: one final full stop, no stray space */
  g_assert_cmpuint (len, >=, 2);
  g_assert_true (suggestion[len - 1] == '.');
  g_assert_null (strchr (".,;: ", suggestion[len - 2]));
  g_assert_null (strstr (suggestion, "[ "));
  g_assert_null (strstr (suggestion, " ]"));

  /* 5: applying it never lowers the score */
  applied = vitae_coach_analyze_bullet (coach, suggestion);
  g_assert_cmpuint (vitae_coach_result_get_score (applied), >=, vitae_coach_result_get_score (result));
}

static void
check_result (VitaeCoachResult *result,
              const char       *text)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autoptr(JsonNode) json = NULL;

  g_assert_nonnull (result);
  g_assert_cmpstr (vitae_coach_result_get_text (result), ==, text);
  g_assert_cmpuint (vitae_coach_result_get_score (result), <=, 100);

  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      g_assert_cmpuint (issue->kind, <, VITAE_COACH_N_ISSUE_KINDS);
      g_assert_cmpuint (issue->start, <=, issue->end);
      g_assert_cmpuint (issue->end, <=, (guint) n_chars);
      g_assert_nonnull (issue->message);
    }

  for (guint i = 0; i < vitae_coach_result_get_n_suggestions (result); i++)
    {
      const VitaeCoachSuggestion *suggestion = vitae_coach_result_get_suggestion (result, i);

      g_assert_nonnull (suggestion->text);
      g_assert_true (g_utf8_validate (suggestion->text, -1, NULL));
      g_assert_nonnull (suggestion->pattern);
      check_truth (result, suggestion->text);
    }

  json = vitae_coach_result_to_json (result);
  g_assert_nonnull (json);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_dup_valid_utf8 (data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 64);
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeCoachReport) report = NULL;

  vitae_coach_clear_cache (coach);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (coach, lines[i]);
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (lines[i]);

      check_result (result, lines[i]);
      vitae_entry_append_bullet (entry, bullet);
    }
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);

  report = vitae_coach_analyze_document (coach, document);
  g_assert_nonnull (report);
  g_assert_cmpuint (vitae_coach_report_get_score (report), <=, 100);
  for (guint i = 0; i < vitae_coach_report_get_n_bullets (report); i++)
    {
      const VitaeCoachBulletReport *bullet = vitae_coach_report_get_bullet (report, i);

      check_result (bullet->result, vitae_coach_result_get_text (bullet->result));
    }

  return 0;
}
