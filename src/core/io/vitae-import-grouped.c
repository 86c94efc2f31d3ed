/* vitae-import-grouped.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an entry whose heading is set on two lines,
 * the organisation over what was done there:
 *
 *     School or employer <tab> place
 *     Degree or role <tab> dates
 *     (another degree or role <tab> dates)
 *
 * The undated line above is the organisation (and its place) of each
 * dated line under it (_vitae_import_read_grouped_title()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-private.h"

static gboolean
groups_entries (guint kind)
{
  return kind == VITAE_SECTION_EDUCATION || kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_VOLUNTEER;
}

/* Words that name a school or a firm, and words that name a degree or a
 * role, in lower case: whole words (or with an "s" after them), or the
 * start of one where they end in "*". */
static const char * const school_words[] = {
  "univers*", "universit*", "college", "collège", "school", "institut*", "academy", "académie", "academia",
  "hochschule", "école", "ecole", "escuela", "escola", "lycée", "liceo", "polytechn*", "politécn*", "politecn*",
  "faculty", "facultad", "faculté", "gymnasium", "iut", "campus", NULL,
};
static const char * const firm_words[] = {
  "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag", "s.a.", "s.l.", "s.l", "sa", "sas", "corp", "corp.",
  "corporation", "company", "co.", "group", "lab", "laboratory", "bank", "university", "agency",
  "technologies", "solutions", "systems", "consulting", "technology", "institute", "institut", "board",
  "council", "ministry", "department", "centre", "center", "foundation", "hospital", "services", "partners",
  "studio", "authority", "plc", "limited", "llp", "pvt", "network", "bureau", "organization",
  "organisation", "association", "society", "enterprises", "industries", "holdings", "ventures", NULL,
};
static const char * const degree_words[] = {
  "bachelor*", "master*", "b.s", "bs", "bsc", "b.sc", "m.s", "ms", "msc", "m.sc", "ph.d", "phd", "doctor*",
  "diploma", "diplôme", "diplom", "degree", "licence", "license", "licenciatura", "laurea", "grado", "máster",
  "mestrado", "associate", "certificate", "b.tech", "btech", "b.e", "m.tech", "mtech", "mba", "b.a", "ba",
  "m.a", "ma", "bac", "baccalauréat", "dut", "bts", "magister", "abitur", "hnd", "a.s", "a.a", "b.eng",
  "m.eng", "beng", "meng", "honours", "honors", NULL,
};
static const char * const role_words[] = {
  "engineer", "developer", "intern", "internship", "manager", "analyst", "assistant", "researcher",
  "consultant", "specialist", "lead", "director", "officer", "designer", "scientist", "technician",
  "programmer", "architect", "administrator", "coordinator", "head", "founder", "co-founder", "owner",
  "teacher", "tutor", "mentor", "member", "volunteer", "student", "fellow", "associate", "senior", "junior",
  "desarrollador*", "ingeniero", "ingénieur", "développeur*", "*entwickler", "stagiaire", "praktikant*",
  "werkstudent*", "chef", "responsable", "jefe", "sviluppatore", "ingegnere", "stage", "cto", "ceo",
  "ayudante", "pasantía", "técnico", NULL,
};

/* Whether a word of @text is one of @words (see above). */
static gboolean
has_word (const char         *text,
          const char * const *words)
{
  g_autofree char *folded = g_utf8_strdown (text, -1);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t,;:()|/-", -1);

  for (guint p = 0; parts[p] != NULL; p++)
    for (guint w = 0; words[w] != NULL; w++)
      {
        const char *word = words[w];
        gsize n = strlen (word);

        if (word[0] == '*' ? g_str_has_suffix (parts[p], word + 1)
            : word[n - 1] == '*' ? strncmp (parts[p], word, n - 1) == 0
            : strncmp (parts[p], word, n) == 0 && (parts[p][n] == '\0' || g_str_equal (parts[p] + n, "s")))
          return TRUE;
      }
  return FALSE;
}

/* Whether a word of @text names a job ("Engineer", "Entwickler"). */
gboolean
_vitae_import_names_role (const char *text)
{
  return has_word (text, role_words);
}

/* Whether @org (beside @place, or NULL) over @what reads as an
 * organisation over what was done there, not the other way round (a
 * degree over its school). */
static gboolean
reads_in_order (guint       kind,
                const char *org,
                const char *place,
                const char *what)
{
  const char * const *place_words = kind == VITAE_SECTION_EDUCATION ? school_words : firm_words;
  const char * const *done_words = kind == VITAE_SECTION_EDUCATION ? degree_words : role_words;
  gboolean org_names = has_word (org, place_words), org_does = has_word (org, done_words);
  gboolean what_names = has_word (what, place_words), what_does = has_word (what, done_words);

  if (org_does && !org_names)
    return FALSE;
  /* (A line alone, without a place beside it, names an organisation
   * only in words that say so: "Leadership" over a dated line heads a
   * part of the section.) */
  if (place == NULL && !org_names)
    return FALSE;
  if (what_names && !what_does && !org_names)
    return FALSE;
  return TRUE;
}

/**
 * _vitae_import_names_organisation:
 * @kind: the section's kind
 * @text: a line of an entry's heading
 *
 * Returns: whether @text names a school (in education) or a firm in its
 *   words, not a degree or a role
 */
gboolean
_vitae_import_names_organisation (guint       kind,
                                  const char *text)
{
  return has_word (text, kind == VITAE_SECTION_EDUCATION ? school_words : firm_words) &&
         !has_word (text, kind == VITAE_SECTION_EDUCATION ? degree_words : role_words);
}

/**
 * _vitae_import_names_work_done:
 * @kind: the section's kind
 * @text: a line of an entry's heading
 *
 * Returns: whether @text names a degree (in education) or a role in its
 *   words, not a school or a firm
 */
gboolean
_vitae_import_names_work_done (guint       kind,
                               const char *text)
{
  return has_word (text, kind == VITAE_SECTION_EDUCATION ? degree_words : role_words) &&
         !has_word (text, kind == VITAE_SECTION_EDUCATION ? school_words : firm_words);
}

/* Whether @text is a place: a few words, no digits, no dates. */
static gboolean
is_place (const char *text)
{
  return text[0] != '\0' && !_vitae_import_has_digit (text) && !_vitae_import_has_dates (text) &&
         _vitae_import_count_words (text) <= 5 && !strchr (text, '\t');
}

/* Whether @text ends in a short word, its full stop an abbreviation's
 * ("Inc.", "Co.", "S.A."), not a sentence's. */
static gboolean
ends_in_short_word (const char *text)
{
  const char *space = strrchr (text, ' ');

  return space != NULL && strlen (space + 1) <= 4;
}

/* Whether @text, an undated line, can be an organisation's (and its
 * place): a name of a few words starting in a capital, with at most one
 * cell more, a place. Sets @org and @place (or NULL). */
static gboolean
is_organisation_line (const char *text,
                      char      **org,
                      char      **place)
{
  const char *tab = strchr (text, '\t');
  g_autofree char *name = NULL, *where = NULL;

  if (text[0] == '\0' || strchr (text, '\n') || _vitae_import_has_dates (text))
    return FALSE;
  name = g_strstrip (tab ? g_strndup (text, tab - text) : g_strdup (text));
  where = tab ? g_strstrip (g_strdup (tab + 1)) : NULL;
  if (name[0] == '\0' || !g_unichar_isupper (g_utf8_get_char (name)) || _vitae_import_count_words (name) > 12 ||
      (g_str_has_suffix (name, ".") && !ends_in_short_word (name)) || g_str_has_suffix (name, ":") ||
      g_str_has_suffix (name, ",") ||
      _vitae_import_after_bullet (name) != NULL || _vitae_import_looks_like_url (name))
    return FALSE;
  if (where != NULL && !is_place (where))
    return FALSE;
  *org = g_steal_pointer (&name);
  *place = g_steal_pointer (&where);
  return TRUE;
}

/* Splits @text into what was done (@left) and its dates (@right), in a
 * cell of their own at the right; FALSE unless both are there. */
static gboolean
split_dated (const char *text,
             char      **left,
             char      **right)
{
  g_autofree char *s = NULL, *e = NULL;

  if (!strchr (text, '\t'))
    return FALSE;
  _vitae_import_split_right (text, left, right);
  if ((*left)[0] != '\0' && !_vitae_import_has_dates (*left) && !strchr (*left, '\t') &&
      _vitae_import_parse_dates (*right, &s, &e))
    return TRUE;
  g_clear_pointer (left, g_free);
  g_clear_pointer (right, g_free);
  return FALSE;
}

/* Sets on @node its organisation and place, and what was done there
 * with its dates. */
static void
fill_entry (Reader     *r,
            VitaeNode  *node,
            const char *org,
            const char *place,
            const char *what,
            const char *dates)
{
  Builder *builder = &r->builder;

  vitae_node_set_text (node, "organization", org);
  if (place != NULL && place[0] != '\0')
    vitae_node_set_text (node, "location", place);
  if (builder->kind == VITAE_SECTION_EDUCATION)
    _vitae_import_read_subtitle (builder, what);
  else
    vitae_node_set_text (node, "role", what);
  _vitae_import_set_dates (builder, node, dates);
  g_set_object (&r->grouped_entry, VITAE_ENTRY (node));
}

/* Whether @entry holds nothing but a summary. */
static gboolean
only_summary (VitaeEntry *entry)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (VITAE_NODE (entry));

  return vitae_entry_get_n_bullets (entry) == 0 && g_strv_length (keys) == 1 && g_str_equal (keys[0], "summary");
}

/* The organisation line read as the paragraph of the current entry
 * just before the dated line @i: taken off it, into a new entry when
 * the entry had more. Returns the entry to fill, or NULL. */
static VitaeNode *
take_organisation_body (Reader     *r,
                        guint       i,
                        const char *what,
                        char      **org,
                        char      **place)
{
  VitaeEntry *entry = r->builder.entry;
  const char *summary, *last;

  if (entry == NULL || r->builder.previous != ROLE_BODY || i == 0)
    return NULL;
  summary = vitae_node_get_text (VITAE_NODE (entry), "summary");
  last = strrchr (summary, '\n');
  last = last != NULL ? last + 1 : summary;
  if (!g_str_equal (last, line_at (r, i - 1)->text) || !is_organisation_line (last, org, place))
    return NULL;
  if (!reads_in_order (r->builder.kind, *org, *place, what))
    {
      g_clear_pointer (org, g_free);
      g_clear_pointer (place, g_free);
      return NULL;
    }
  if (only_summary (entry))
    {
      vitae_node_set_text (VITAE_NODE (entry), "summary", NULL);
      return VITAE_NODE (entry);
    }
  /* (The last line of an entry's paragraph is an organisation's only
   * with its place beside it.) */
  if (*place == NULL)
    {
      g_clear_pointer (org, g_free);
      return NULL;
    }
  if (last == summary)
    vitae_node_set_text (VITAE_NODE (entry), "summary", NULL);
  else
    {
      g_autofree char *kept = g_strndup (summary, last - 1 - summary);

      vitae_node_set_text (VITAE_NODE (entry), "summary", kept);
    }
  return VITAE_NODE (_vitae_import_new_entry (&r->builder));
}

/* An entry's title read alone, an organisation and its place without
 * dates, that the dated line under it is what was done there. */
static VitaeNode *
take_organisation_title (Reader     *r,
                         const char *what,
                         char      **org,
                         char      **place)
{
  VitaeNode *node = r->builder.entry ? VITAE_NODE (r->builder.entry) : NULL;
  const char *key = r->builder.kind == VITAE_SECTION_EDUCATION ? "organization" : "role";
  g_auto(GStrv) keys = NULL;

  if (node == NULL || r->builder.previous != ROLE_TITLE || vitae_entry_get_n_bullets (VITAE_ENTRY (node)) > 0)
    return NULL;
  keys = vitae_node_dup_keys (node);
  for (guint k = 0; keys[k] != NULL; k++)
    if (!g_str_equal (keys[k], key) && !g_str_equal (keys[k], "location"))
      return NULL;
  if (!vitae_node_has (node, key) || _vitae_import_has_dates (vitae_node_get_text (node, key)) ||
      !reads_in_order (r->builder.kind, vitae_node_get_text (node, key),
                       vitae_node_has (node, "location") ? vitae_node_get_text (node, "location") : NULL, what))
    return NULL;
  *org = g_strdup (vitae_node_get_text (node, key));
  *place = vitae_node_has (node, "location") ? g_strdup (vitae_node_get_text (node, "location")) : NULL;
  vitae_node_set_text (node, key, NULL);
  vitae_node_set_text (node, "location", NULL);
  return node;
}

/**
 * _vitae_import_read_grouped_title:
 * @r: the reader
 * @i: the index of a line read as an entry's title
 * @text: its text
 *
 * Reads a dated line ("Degree <tab> dates") under an undated one that
 * names an organisation ("School <tab> place", read as the paragraph
 * or the title of an entry of its own) as one entry: the organisation
 * and place from the line above, the degree or role and dates from its
 * own. A dated line right under such an entry is another entry at the
 * same organisation.
 *
 * Returns: whether the line was read so
 */
gboolean
_vitae_import_read_grouped_title (Reader     *r,
                                  guint       i,
                                  const char *text)
{
  g_autofree char *what = NULL, *dates = NULL, *org = NULL, *place = NULL;
  VitaeNode *node;

  if (!groups_entries (r->builder.kind) || !split_dated (text, &what, &dates))
    return FALSE;
  /* Another degree or role at the organisation of the entry above. */
  if (r->builder.entry != NULL && r->builder.entry == r->grouped_entry && r->builder.previous == ROLE_TITLE)
    {
      VitaeNode *above = VITAE_NODE (r->grouped_entry);

      org = g_strdup (vitae_node_get_text (above, "organization"));
      place = vitae_node_has (above, "location") ? g_strdup (vitae_node_get_text (above, "location")) : NULL;
      fill_entry (r, VITAE_NODE (_vitae_import_new_entry (&r->builder)), org, place, what, dates);
      return TRUE;
    }
  if ((node = take_organisation_body (r, i, what, &org, &place)) == NULL &&
      (node = take_organisation_title (r, what, &org, &place)) == NULL)
    return FALSE;
  fill_entry (r, node, org, place, what, dates);
  return TRUE;
}

/**
 * _vitae_import_read_grouped_subtitle:
 * @r: the reader
 * @i: the index of a line read as an entry's subtitle
 *
 * Under an entry read from an organisation's line and a dated line, a
 * line that names another organisation and its place, over a dated line
 * of its own, is no subtitle of that entry: it starts the next one (its
 * paragraph, until the dated line takes it). Another line there is a
 * line of the entry's summary, kept whole, not a subtitle that would take the
 * place of what was read already.
 *
 * Returns: whether the line was read so
 */
gboolean
_vitae_import_read_grouped_subtitle (Reader *r,
                                     guint   i)
{
  const char *text = line_at (r, i)->text;
  g_autofree char *org = NULL, *place = NULL, *what = NULL, *dates = NULL;

  if (r->builder.entry == NULL || r->builder.entry != r->grouped_entry || r->builder.previous != ROLE_TITLE)
    return FALSE;
  if (i + 1 < r->lines->len && split_dated (line_at (r, i + 1)->text, &what, &dates) &&
      is_organisation_line (text, &org, &place) && place != NULL && reads_in_order (r->builder.kind, org, place, what))
    vitae_node_set_text (VITAE_NODE (_vitae_import_new_entry (&r->builder)), "summary", text);
  else
    /* (Its subtitle would take the place of the organisation or of the
     * degree or role read already: a line of its paragraph.) */
    _vitae_import_append_text (VITAE_NODE (r->builder.entry), "summary", text, "\n");
  return TRUE;
}
