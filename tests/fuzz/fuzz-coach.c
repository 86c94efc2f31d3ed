/* fuzz-coach.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
