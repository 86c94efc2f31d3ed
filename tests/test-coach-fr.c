/* test-coach-fr.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coach in French (31-coach-fr.sql): what it finds in French bullets of
 * a French document, and rewrites that keep the person's words, add no
 * figure and no English word, and never lower the score.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-catalog.h"
#include "vitae-coach.h"
#include "vitae-core.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"

static VitaeCoach *
french_coach (void)
{
  static VitaeCoach *coach;

  if (coach == NULL)
    {
      g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, NULL);
      g_autoptr(GError) error = NULL;

      coach = vitae_coach_new (catalog, &error);
      g_assert_no_error (error);
    }
  vitae_coach_set_language (coach, "fr");

  return coach;
}

typedef struct
{
  gboolean  weak;
  gboolean  figure;
  char     *text;
} Labelled;

static void
clear_labelled (gpointer data)
{
  g_free (((Labelled *) data)->text);
}

/* tests/data/coach/fr-labelled.tsv, or a file of the same shape */
static GArray *
read_labelled (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Labelled));

  g_array_set_clear_func (rows, clear_labelled);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n;
      Labelled row;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      n = g_strv_length (fields);
      g_assert_cmpuint (n, >=, 3);
      /* "weak figure text", or the measuring set's "source weak no-metric text" */
      if (n == 3)
        row = (Labelled) { fields[0][0] == '1', fields[1][0] == '1', g_strdup (fields[2]) };
      else
        row = (Labelled) { fields[1][0] == '1', fields[2][0] == '0', g_strdup (fields[3]) };
      g_array_append_val (rows, row);
    }

  return rows;
}

static GPtrArray *
words_of (const char *text,
          gboolean    skip_slots)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      if (skip_slots && *p == '[')
        {
          const char *close = strchr (p, ']');

          p = close != NULL ? close + 1 : p + strlen (p);
          continue;
        }
      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      g_ptr_array_add (words, g_utf8_strdown (start, p - start));
    }

  return words;
}

/* The same word, or its participle where an infinitive opened the duty
 * ("développer" → "développé"). */
static gboolean
same_word (const char *original,
           const char *word)
{
  return g_str_equal (original, word) ||
         (g_str_has_suffix (original, "er") && g_str_has_suffix (word, "é") &&
          strncmp (original, word, strlen (original) - 2) == 0 &&
          strlen (word) == strlen (original));
}

/* Whether the word at @byte_offset of @text is in a span the guide asks a
 * rewrite to leave out. */
static gboolean
in_left_out_span (VitaeCoachResult *result,
                  const char       *text,
                  gsize             byte_offset)
{
  glong offset = g_utf8_pointer_to_offset (text, text + byte_offset);

  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      /* what the guide leaves out: a duty's opening, a pronoun and its
       * auxiliary */
      if ((issue->kind == VITAE_COACH_ISSUE_WEAK_VERB || issue->kind == VITAE_COACH_ISSUE_FIRST_PERSON) &&
          offset >= issue->start && offset < issue->end)
        return TRUE;
    }

  return FALSE;
}

/* English words a rewrite could slip in, beside the coach's strong verbs. */
static const char * const english[] = {
  "the", "and", "of", "to", "for", "with", "by", "from", "your", "what", "how", "many", "much",
  "result", "metric", "users", "own", "improving", "reducing", "which", "that", "built", "led",
  "improved", "reduced", "developed", "designed", "managed", "helped", "contributed", "time",
};

static void
check_suggestion (VitaeCoachResult *result,
                  const char       *text,
                  const char       *suggestion)
{
  g_autoptr(GPtrArray) original = words_of (text, FALSE);
  g_autoptr(GPtrArray) kept = words_of (suggestion, TRUE);
  g_autoptr(GPtrArray) all = words_of (suggestion, FALSE);
  guint at = 0;
  const char *p = text;

  g_test_message ("  → %s", suggestion);

  /* every word of the person's, in order, but the ones left out */
  for (guint i = 0; i < original->len; i++)
    {
      const char *word = g_ptr_array_index (original, i);
      g_autofree char *lower = g_utf8_strdown (p, -1);
      const char *found = strstr (lower, word);
      gsize offset = found != NULL ? (gsize) (found - lower) + (gsize) (p - text) : 0;
      guint k;

      if (found != NULL)
        p = text + offset + strlen (word);
      if (found != NULL && in_left_out_span (result, text, offset))
        continue;
      for (k = at; k < kept->len; k++)
        if (same_word (word, g_ptr_array_index (kept, k)))
          break;
      if (k == kept->len)
        g_error ("“%s” of “%s” is not kept in “%s”", word, text, suggestion);
      at = k + 1;
    }

  for (guint i = 0; i < all->len; i++)
    {
      const char *word = g_ptr_array_index (all, i);
      gboolean in_original = FALSE;

      for (guint k = 0; k < original->len; k++)
        in_original = in_original || same_word (g_ptr_array_index (original, k), word);
      if (in_original)
        continue;
      /* no figure of its own: a digit only where the bullet had it */
      g_assert_false (g_ascii_isdigit (word[0]));
      /* no English word */
      for (guint e = 0; e < G_N_ELEMENTS (english); e++)
        g_assert_cmpstr (word, !=, english[e]);
      g_assert_false (vitae_coach_is_strong_verb (french_coach (), word, NULL));
    }

  /* the rewrite, applied, never scores lower */
  {
    g_autoptr(VitaeCoachResult) applied = vitae_coach_analyze_bullet (french_coach (), suggestion);

    g_assert_false (vitae_coach_result_has_issue (applied, VITAE_COACH_ISSUE_LANGUAGE));
    g_assert_cmpuint (vitae_coach_result_get_score (applied), >=, vitae_coach_result_get_score (result));
  }
}

/* French bullets of a French document get the whole coaching: a weak
 * opening and a missing figure found as labelled, and rewrites that keep
 * the words, add no figure, no English word, and never lower the score. */
static void
test_labelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "coach", "fr-labelled.tsv", NULL);
  g_autoptr(GArray) rows = read_labelled (path);
  VitaeCoach *coach = french_coach ();

  g_assert_cmpuint (rows->len, >=, 30);
  for (guint i = 0; i < rows->len; i++)
    {
      const Labelled *row = &g_array_index (rows, Labelled, i);
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (coach, row->text);

      g_test_message ("%s", row->text);
      g_assert_false (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
      g_assert_cmpint (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB), ==, row->weak);
      g_assert_cmpint (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_NO_METRIC), ==, !row->figure);
      if (row->weak)
        g_assert_cmpuint (vitae_coach_result_get_score (result), <, 70);
      for (guint s = 0; s < vitae_coach_result_get_n_suggestions (result); s++)
        check_suggestion (result, row->text, vitae_coach_result_get_suggestion (result, s)->text);
      if (row->weak)
        g_assert_cmpuint (vitae_coach_result_get_n_suggestions (result), >, 0);
    }
}

/* The top rewrite of each bullet of fr-rewrites.tsv, exactly. */
static void
test_rewrites (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "coach", "fr-rewrites.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(VitaeCoachResult) result = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      result = vitae_coach_analyze_bullet (french_coach (), fields[0]);
      g_test_message ("%s", fields[0]);
      g_assert_cmpuint (vitae_coach_result_get_n_suggestions (result), >, 0);
      g_assert_cmpstr (vitae_coach_result_get_suggestion (result, 0)->text, ==, fields[1]);
      check_suggestion (result, fields[0], fields[1]);
      n++;
    }
  g_assert_cmpuint (n, >=, 10);
}

/* French number formats: a space between thousands, a decimal comma, a
 * space before "%", "k€", number words; not a year, a rank or a version. */
static void
test_figures (void)
{
  static const struct {
    const char *text;
    gboolean    figure;
  } cases[] = {
    { "Développement d'un portail utilisé par 1 234 agents de la ville", TRUE },
    { "Réduction du temps de compilation de 30 % sur le dépôt principal", TRUE },
    { "Négociation des licences logicielles : 15 k€ d'économies par an", TRUE },
    { "Accélération du chargement des pages de 2,5 s à 900 ms", TRUE },
    { "Animation d'une communauté d'une centaine de contributeurs", TRUE },
    { "Encadrement de deux alternants sur la partie mobile", TRUE },
    { "Optimisation des traitements nocturnes, durée divisée par deux", TRUE },
    { "Maintenance de la 2ème génération du logiciel de caisse", FALSE },
    { "Migration de la base de données vers PostgreSQL 16 en 2023", FALSE },
    { "Développement du module Box2 de l'application de suivi", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (french_coach (), cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_false (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
      g_assert_cmpint (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_NO_METRIC), ==, !cases[i].figure);
    }
}

/* The message of @result's issue of kind language. */
static const char *
language_message (VitaeCoachResult *result)
{
  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      if (issue->kind == VITAE_COACH_ISSUE_LANGUAGE)
        return issue->message;
    }
  g_assert_not_reached ();
}

static VitaeCoachResult *
bullet_result (VitaeCoachReport *report,
               guint             i)
{
  return vitae_coach_report_get_bullet (report, i)->result;
}

/* In a French document, an English bullet still gets English coaching, a
 * German one the checks that hold in any language; French ones are coached
 * in French only where the document is French. Two bullets opening with the
 * same French action are flagged as repeated. */
static void
test_document (void)
{
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, NULL);
  g_autoptr(VitaeCoach) coach = vitae_coach_new (catalog, NULL);
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) work = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  const char * const texts[] = {
    "Mise en place de la supervision des serveurs avec Zabbix",
    "Helped migrate the billing database to PostgreSQL for the finance team.",
    "Mitarbeit an der Einführung eines neuen Buchungssystems",
    "Mise en place de tests automatisés sur le service de paiement",
  };
  g_autoptr(VitaeCoachReport) report = NULL;
  const VitaeCoachBulletReport *bullet;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(VitaeBullet) b = vitae_bullet_new (texts[i]);

      vitae_entry_append_bullet (entry, b);
    }
  vitae_section_append_entry (work, entry);
  vitae_document_append_section (document, work);
  vitae_document_set_language (document, "fr-FR");
  report = vitae_coach_analyze_document (coach, document);

  bullet = vitae_coach_report_get_bullet (report, 0);
  g_assert_false (vitae_coach_result_has_issue (bullet->result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_cmpuint (vitae_coach_result_get_n_suggestions (bullet->result), >, 0);
  g_assert_nonnull (strstr (vitae_coach_result_get_suggestion (bullet->result, 0)->text, "[pour quel résultat"));

  bullet = vitae_coach_report_get_bullet (report, 1);
  g_assert_false (vitae_coach_result_has_issue (bullet->result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_true (vitae_coach_result_has_issue (bullet->result, VITAE_COACH_ISSUE_WEAK_VERB));
  g_assert_cmpuint (vitae_coach_result_get_n_suggestions (bullet->result), >, 0);
  g_assert_null (strstr (vitae_coach_result_get_suggestion (bullet->result, 0)->text, "["
                         "votre"));

  bullet = vitae_coach_report_get_bullet (report, 2);
  g_assert_true (vitae_coach_result_has_issue (bullet->result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_cmpuint (vitae_coach_result_get_n_suggestions (bullet->result), ==, 0);

  bullet = vitae_coach_report_get_bullet (report, 3);
  g_assert_true (vitae_coach_result_has_issue (bullet->result, VITAE_COACH_ISSUE_REPEATED_VERB));

  /* a document in English: the French bullet is not rewritten */
  {
    g_autoptr(VitaeCoachResult) result = NULL;

    vitae_coach_set_language (coach, NULL);
    result = vitae_coach_analyze_bullet (coach, texts[0]);
    g_assert_true (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
    g_assert_cmpuint (vitae_coach_result_get_n_suggestions (result), ==, 0);
    /* and its note says how to have it rewritten, not "English only" */
    g_assert_nonnull (strstr (language_message (result), "resume’s language is French"));
  }

  /* a German bullet: the note names the languages the coach rewrites */
  g_assert_nonnull (strstr (language_message (bullet_result (report, 2)), "English and French: in Deutsch"));
}

/* Bullets pieced together at random from French openings, words, numbers,
 * slots, apostrophes and stray marks (a fixed seed): the French coaching
 * never crashes, and no rewrite lowers the score or drops a word. */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "Responsable de la", "Chargé de", "J'ai", "Nous avons", "Participation à l'", "Mise en place",
    "d'une", "l’API", "développer", "Développé", "migration", "de", "des", "plusieurs", "avec succès",
    "1 234", "30 %", "15 k€", "2,5", "3ème", "Angular 18", "[de combien ?]", "[", "]", "'", "’",
    ".", ";", ":", "—", "Kubernetes", "e-santé", "C++", "×2", "trois", "équipes", "Œuvre", " ", "",
  };
  GRand *rand = g_rand_new_with_seed (20261201);

  for (guint n = 0; n < 2000; n++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(VitaeCoachResult) result = NULL;
      guint n_pieces = g_rand_int_range (rand, 1, 12);

      for (guint k = 0; k < n_pieces; k++)
        {
          if (k > 0 && g_rand_boolean (rand))
            g_string_append_c (text, ' ');
          g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }
      result = vitae_coach_analyze_bullet (french_coach (), text->str);
      for (guint s = 0; s < vitae_coach_result_get_n_suggestions (result); s++)
        {
          const char *suggestion = vitae_coach_result_get_suggestion (result, s)->text;
          g_autoptr(VitaeCoachResult) applied = vitae_coach_analyze_bullet (french_coach (), suggestion);

          g_test_message ("%s\n  → %s", text->str, suggestion);
          if (!vitae_coach_result_has_issue (applied, VITAE_COACH_ISSUE_LANGUAGE))
            g_assert_cmpuint (vitae_coach_result_get_score (applied), >=, vitae_coach_result_get_score (result));
        }
    }
  g_rand_free (rand);
}

/* Whether the bullet's weak-verb issue is a bullet that opens with no
 * action at all ("No action verb opens this bullet (“X…”)"), rather than a
 * weak phrase. */
static gboolean
is_fragment (VitaeCoachResult *result)
{
  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      if (issue->kind == VITAE_COACH_ISSUE_WEAK_VERB && strstr (issue->message, "\u2026\u201d") != NULL)
        return TRUE;
    }

  return FALSE;
}

/* With VITAE_COACH_FR_MEASURE=FILE (source, weak, no-metric, text per line,
 * as kept outside the repository), prints the detection figures on it;
 * without it, on fr-labelled.tsv. */
static void
test_measure (void)
{
  const char *env = g_getenv ("VITAE_COACH_FR_MEASURE");
  g_autofree char *path = NULL;
  g_autoptr(GArray) rows = NULL;
  guint weak[4] = { 0 }, metric[4] = { 0 };  /* tp, fp, fn, tn */
  guint n_suggestions = 0, n_fragments = 0;

  if (env != NULL && *env == '\0')
    env = NULL;
  path = env != NULL ? g_strdup (env) :
         g_test_build_filename (G_TEST_DIST, "data", "coach", "fr-labelled.tsv", NULL);
  rows = read_labelled (path);

  for (guint i = 0; i < rows->len; i++)
    {
      const Labelled *row = &g_array_index (rows, Labelled, i);
      g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (french_coach (), row->text);
      gboolean fragment = is_fragment (result);
      gboolean said_weak = vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB) && !fragment;
      gboolean said_no_metric = vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_NO_METRIC);

      weak[said_weak ? (row->weak ? 0 : 1) : (row->weak ? 2 : 3)]++;
      metric[said_no_metric ? (!row->figure ? 0 : 1) : (!row->figure ? 2 : 3)]++;
      if (fragment)
        n_fragments++;
      if (env != NULL && (said_weak != row->weak || fragment))
        g_printerr ("weak %s: %s\n", fragment ? "fragment" : said_weak ? "said" : "missed", row->text);
      for (guint s = 0; s < vitae_coach_result_get_n_suggestions (result); s++, n_suggestions++)
        check_suggestion (result, row->text, vitae_coach_result_get_suggestion (result, s)->text);
    }

  g_printerr ("%u bullets: weak phrase P %.3f R %.3f (tp %u fp %u fn %u), and %u opening with no action; "
              "no-metric P %.3f R %.3f (tp %u fp %u fn %u); %u suggestions, none adds a figure or an English word\n",
              rows->len, weak[0] / (double) MAX (1, weak[0] + weak[1]), weak[0] / (double) MAX (1, weak[0] + weak[2]),
              weak[0], weak[1], weak[2], n_fragments,
              metric[0] / (double) MAX (1, metric[0] + metric[1]), metric[0] / (double) MAX (1, metric[0] + metric[2]),
              metric[0], metric[1], metric[2], n_suggestions);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/coach-fr/labelled", test_labelled);
  g_test_add_func ("/vitae/coach-fr/rewrites", test_rewrites);
  g_test_add_func ("/vitae/coach-fr/figures", test_figures);
  g_test_add_func ("/vitae/coach-fr/document", test_document);
  g_test_add_func ("/vitae/coach-fr/random", test_random);
  g_test_add_func ("/vitae/coach-fr/measure", test_measure);

  return g_test_run ();
}
