/* vitae-posting-parts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a posting's text: its parts by their headings (about, the role,
 * requirements, nice-to-haves, benefits), and the word, phrase, sentence
 * and clause searches the judgement of each term in vitae-posting.c uses.
 */

#define G_LOG_DOMAIN "vitae-posting"

#include "config.h"

#include <string.h>

#include "vitae-posting-private.h"

/* How far, in bytes, a sentence reaches either side of a term: what the
 * posting says about a term ("not required", "a plus") is said near it,
 * and a 1 MB description without a full stop stays linear. */
#define MAX_REACH 400

/* Heading words, checked in this order: the first group with a phrase the
 * heading contains names its part ("Preferred Qualifications" is a
 * nice-to-have before it is a requirement). */
static const struct {
  VitaePostingPart  part;
  const char       *phrases[24];
} heading_phrases[] = {
  { VITAE_POSTING_NICE_TO_HAVE,
    { "nice to have", "nice-to-have", "bonus", "plus", "preferred", "desired", "desirable",
      "optional", "good to have", "extra credit", "would be great", "would be nice",
      "brownie points", "not required", "advantage", "ideally", NULL } },
  { VITAE_POSTING_BENEFITS,
    { "benefit", "perks", "what we offer", "we offer", "compensation", "salary", "why you'll love",
      "why you will love", "how to apply", "our hiring process", "interview process", "equal opportunity",
      "work environment", "location", NULL } },
  { VITAE_POSTING_ABOUT,
    { "about us", "about the company", "about our company", "who we are", "company overview",
      "company description", "our mission", "our product", "what we do", "why join", "our story",
      "our culture", "our values", "the company", "about the team", NULL } },
  { VITAE_POSTING_REQUIREMENTS,
    { "requirement", "qualification", "must", "who you are", "what you bring", "what you'll bring",
      "looking for", "skills", "experience", "you have", "you should", "about you", "what you need",
      "what you'll need", "you'll need", "you will need", "technical", "tech stack", "our stack",
      "competenc", "ideal candidate", "expertise", NULL } },
  { VITAE_POSTING_RESPONSIBILITIES,
    { "responsibilit", "what you'll do", "what you will do", "duties", "the role", "your role",
      "about the role", "about the position", "day to day", "day-to-day", "you will", "job involves",
      "job description", "impact", "the job", "position", "mission", "what you'll work on", NULL } },
};

gboolean
_vitae_posting_is_word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '_' || (guchar) c >= 0x80;
}

/* Case-insensitive search for @phrase in [start, end) of @text, at word
 * boundaries (with @prefix, the last word may go on). Returns the offset
 * or -1; with @last the last such offset. */
static gssize
find_words (const char *text,
            gsize       start,
            gsize       end,
            const char *phrase,
            gboolean    last,
            gboolean    prefix)
{
  gsize n = strlen (phrase);
  char first = g_ascii_tolower (phrase[0]);
  char first_upper = g_ascii_toupper (phrase[0]);
  gssize found = -1;

  if (end < start + n)
    return -1;

  for (gsize i = start; i + n <= end; i++)
    {
      if ((text[i] != first && text[i] != first_upper) || g_ascii_strncasecmp (text + i, phrase, n) != 0)
        continue;
      if (i > 0 && _vitae_posting_is_word_byte (text[i - 1]) && _vitae_posting_is_word_byte (phrase[0]))
        continue;
      if (!prefix && i + n < end && _vitae_posting_is_word_byte (text[i + n]) && _vitae_posting_is_word_byte (phrase[n - 1]))
        continue;
      found = i;
      if (!last)
        break;
    }

  return found;
}

gssize
_vitae_posting_find_phrase (const char *text,
                            gsize       start,
                            gsize       end,
                            const char *phrase,
                            gboolean    last)
{
  return find_words (text, start, end, phrase, last, FALSE);
}

gboolean
_vitae_posting_any_phrase (const char         *text,
                           gsize               start,
                           gsize               end,
                           const char * const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    if (_vitae_posting_find_phrase (text, start, end, phrases[i], FALSE) >= 0)
      return TRUE;

  return FALSE;
}

/* Where the sentence holding @offset starts and ends: lines, full stops,
 * semicolons, question and exclamation marks end a sentence, and it reaches
 * no further than MAX_REACH either side. */
void
_vitae_posting_sentence_bounds (const char *text,
                                gsize       length,
                                gsize       offset,
                                gsize      *start,
                                gsize      *end)
{
  gsize s = offset, e = offset;
  gsize low = offset > MAX_REACH ? offset - MAX_REACH : 0;
  gsize high = MIN (length, offset + MAX_REACH);

  while (s > low)
    {
      char c = text[s - 1];

      if (c == '\n' || c == ';' || c == '!' || c == '?' ||
          (c == '.' && (s == length || text[s] == ' ' || text[s] == '\t')))
        break;
      s--;
    }

  while (e < high)
    {
      char c = text[e];

      if (c == '\n' || c == ';' || c == '!' || c == '?' ||
          (c == '.' && (e + 1 == length || text[e + 1] == ' ' || text[e + 1] == '\n' || text[e + 1] == '\r')))
        break;
      e++;
    }

  *start = s;
  *end = e;
}

/* Narrows a sentence to the clause holding [@m_start, @m_end): "but",
 * "however", "while", "whereas" and "though" start a new clause. */
void
_vitae_posting_clause_bounds (const char *text,
                              gsize       m_start,
                              gsize       m_end,
                              gsize      *start,
                              gsize      *end)
{
  static const char * const joints[] = { "but", "however", "while", "whereas", "though", "although", NULL };

  for (guint j = 0; joints[j] != NULL; j++)
    {
      gssize before = _vitae_posting_find_phrase (text, *start, m_start, joints[j], TRUE);
      gssize after = _vitae_posting_find_phrase (text, m_end, *end, joints[j], FALSE);

      if (before >= 0 && (gsize) before + strlen (joints[j]) > *start)
        *start = before + strlen (joints[j]);
      if (after >= 0 && (gsize) after < *end)
        *end = after;
    }
}

/**
 * vitae_posting_classify_heading:
 * @heading: a line of a posting
 * @is_heading: (out) (optional): whether the line reads as a heading
 *
 * Returns: the part a heading introduces, %VITAE_POSTING_BODY when it names
 *   none
 */
VitaePostingPart
vitae_posting_classify_heading (const char *heading,
                                gboolean   *is_heading)
{
  g_autofree char *line = g_strstrip (g_strdup (heading));
  gsize n;
  guint words = 0;
  gboolean colon = FALSE, hash = FALSE;
  char *p;

  if (is_heading != NULL)
    *is_heading = FALSE;

  /* Markdown and list marks, bold stars and a trailing colon. */
  for (p = line; *p == '#' || *p == '*' || *p == '_' || *p == ' '; p++)
    if (*p == '#')
      hash = TRUE;
  memmove (line, p, strlen (p) + 1);
  n = strlen (line);
  while (n > 0 && (line[n - 1] == '*' || line[n - 1] == '_' || line[n - 1] == ' ' || line[n - 1] == ':'))
    {
      if (line[n - 1] == ':')
        colon = TRUE;
      line[--n] = '\0';
    }

  if (n == 0 || n > 80)
    return VITAE_POSTING_BODY;

  for (p = line; *p; p++)
    if (*p == ' ' && p[1] != ' ' && p[1] != '\0')
      words++;
  words++;

  /* A sentence is not a heading. */
  if (line[n - 1] == '.' || line[n - 1] == ',' || line[n - 1] == ';' || words > 8)
    return VITAE_POSTING_BODY;

  for (guint g = 0; g < G_N_ELEMENTS (heading_phrases); g++)
    for (guint i = 0; heading_phrases[g].phrases[i] != NULL; i++)
      /* A heading's word may go on: "Requirements", "Benefits". */
      if (find_words (line, 0, n, heading_phrases[g].phrases[i], FALSE, TRUE) >= 0)
        {
          /* Without a colon or a mark, only a short line whose words are
           * the heading's counts ("Requirements", "Nice to have"). */
          if (!colon && !hash && words > 4)
            return VITAE_POSTING_BODY;
          if (is_heading != NULL)
            *is_heading = TRUE;
          return heading_phrases[g].part;
        }

  if ((colon || hash) && is_heading != NULL)
    *is_heading = TRUE;

  return VITAE_POSTING_BODY;
}

void
_vitae_posting_split_parts (VitaePosting *self)
{
  VitaePostingPart current = VITAE_POSTING_BODY;
  gsize start = 0;

  g_array_append_vals (self->parts, (guint[]) { 0, VITAE_POSTING_BODY }, 2);

  while (start < self->length)
    {
      const char *nl = memchr (self->text + start, '\n', self->length - start);
      gsize end = nl ? (gsize) (nl - self->text) : self->length;
      g_autofree char *line = g_strndup (self->text + start, end - start);
      const char *colon = strchr (line, ':');
      gboolean is_heading = FALSE;
      VitaePostingPart part = vitae_posting_classify_heading (line, &is_heading);

      /* "Requirements: Python, Go" names its part before a colon. */
      if (!is_heading && colon != NULL && colon - line < 40)
        {
          g_autofree char *head = g_strndup (line, colon - line + 1);

          part = vitae_posting_classify_heading (head, &is_heading);
          /* "- Keep us HIPAA-ready: …" is a sentence, not a heading. */
          is_heading = is_heading && part != VITAE_POSTING_BODY;
        }

      if (is_heading && part != current)
        {
          current = part;
          g_array_append_vals (self->parts, (guint[]) { start, part }, 2);
        }

      start = end + 1;
    }
}

/**
 * vitae_posting_get_part_at:
 * @self: a #VitaePosting
 * @offset: a byte offset in the posting
 *
 * Returns: the part of the posting @offset lies in
 */
VitaePostingPart
vitae_posting_get_part_at (VitaePosting *self,
                           guint         offset)
{
  VitaePostingPart part = VITAE_POSTING_BODY;

  g_return_val_if_fail (self != NULL, VITAE_POSTING_BODY);

  for (guint i = 0; i + 1 < self->parts->len; i += 2)
    {
      if (g_array_index (self->parts, guint, i) > offset)
        break;
      part = g_array_index (self->parts, guint, i + 1);
    }

  return part;
}
