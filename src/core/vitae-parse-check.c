/* vitae-parse-check.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parse check: export, read back as a parser would, and name every
 * piece of the resume that does not come back as written. Vitae knows what
 * the document holds (the flow, vitae-flow.c, lists every piece in reading
 * order), so the check is exact rather than a guess at fields.
 *
 * Both texts are compared after the differences no parser cares about are
 * taken out: runs of white space become one space (line breaks and page
 * breaks included), bidi controls that extractors add around right-to-left
 * runs go, and both are in Unicode NFC. */

#define G_LOG_DOMAIN "vitae-parse-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-flow.h"
#include "vitae-parse-check.h"
#include "vitae-text-reader.h"

static void
difference_free (gpointer data)
{
  VitaeParseDifference *difference = data;

  g_free (difference->where);
  g_free (difference->expected);
  g_free (difference->message);
  g_free (difference);
}

const char *
vitae_parse_problem_to_id (VitaeParseProblem problem)
{
  switch (problem)
    {
    case VITAE_PARSE_MERGED:
      return "merged";
    case VITAE_PARSE_OUT_OF_ORDER:
      return "out-of-order";
    case VITAE_PARSE_MISSING:
    default:
      return "missing";
    }
}

static gboolean
is_ignored (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
         || c == 0x200E || c == 0x200F || c == 0x00AD || c == 0xFEFF;
}

/* @text in NFC with white space squeezed; with @spaces FALSE, with none. */
static char *
normalize (const char *text,
           gboolean    spaces)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = nfc ? nfc : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_ignored (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = spaces && out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * vitae_parse_is_piece:
 * @text: a run of the resume's text
 *
 * Whether @text is a piece the parse check looks for: a separator or a
 * label's punctuation is no piece of the resume.
 *
 * Returns: %TRUE when @text has a letter or a digit
 */
gboolean
vitae_parse_is_piece (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Whether @run has a letter or digit to look for. */
static gboolean
run_is_piece (VitaeFlowRun *run)
{
  g_autofree char *needle = normalize (run->text, TRUE);

  return vitae_parse_is_piece (needle);
}

typedef struct
{
  const char *haystack;      /* normalized extracted text */
  char       *compact;       /* the same without any space */
  gsize       cursor;        /* where the next piece is looked for */
  GPtrArray  *differences;
} Check;

static void
add_difference (Check             *check,
                VitaeParseProblem  problem,
                const char        *where,
                const char        *expected,
                char              *message)
{
  VitaeParseDifference *difference = g_new0 (VitaeParseDifference, 1);

  difference->problem = problem;
  difference->where = g_strdup (where ? where : "");
  difference->expected = g_strdup (expected);
  difference->message = message;
  g_ptr_array_add (check->differences, difference);
}

/* Where @run's text starts in the haystack at or after @from, or -1;
 * *end is set to where it ends. */
static gssize
locate (Check        *check,
        VitaeFlowRun *run,
        gsize         from,
        gsize        *end)
{
  g_autofree char *needle = normalize (run->text, TRUE);
  const char *found;

  if (!vitae_parse_is_piece (needle) || from > strlen (check->haystack))
    return -1;

  found = strstr (check->haystack + from, needle);
  if (found == NULL)
    return -1;

  *end = (found - check->haystack) + strlen (needle);
  return found - check->haystack;
}

/* Says why @run is not where it should be. */
static void
explain (Check              *check,
         VitaeFlowParagraph *paragraph,
         VitaeFlowRun       *run)
{
  g_autofree char *needle = normalize (run->text, TRUE);
  g_autofree char *compact = normalize (run->text, FALSE);

  if (strstr (check->haystack, needle) != NULL)
    add_difference (check, VITAE_PARSE_OUT_OF_ORDER, paragraph->where, run->text,
                    g_strdup (_("A parser reads this out of order, away from the text around it.")));
  else if (strstr (check->compact, compact) != NULL)
    add_difference (check, VITAE_PARSE_MERGED, paragraph->where, run->text,
                    g_strdup (_("A parser reads these words with their spaces changed: "
                                "words run together or break apart.")));
  else if (run->link != NULL && g_str_has_prefix (run->link, "mailto:"))
    add_difference (check, VITAE_PARSE_MISSING, paragraph->where, run->text,
                    g_strdup (_("The email address does not come back: a parser could not reach you.")));
  else if (run->after_tab && paragraph->kind == VITAE_FLOW_ENTRY_TITLE)
    add_difference (check, VITAE_PARSE_MISSING, paragraph->where, run->text,
                    g_strdup (_("The dates do not come back: a parser would see no dates for this entry.")));
  else
    add_difference (check, VITAE_PARSE_MISSING, paragraph->where, run->text,
                    g_strdup (_("This does not come back: a parser would not read it.")));
}

static gboolean
is_heading_part (VitaeFlow *flow,
                 guint      i)
{
  VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

  if (paragraph->kind == VITAE_FLOW_ENTRY_TITLE)
    return TRUE;

  return paragraph->kind == VITAE_FLOW_ENTRY_SUBTITLE && i > 0
         && ((VitaeFlowParagraph *) g_ptr_array_index (flow->paragraphs, i - 1))->kind
            == VITAE_FLOW_ENTRY_TITLE;
}

/* Where the first piece of a paragraph from @first on, of one of the
 * @kinds (or of any kind with @kinds NULL), starts at or after @from. */
static gsize
locate_next (Check              *check,
             VitaeFlow          *flow,
             guint               first,
             const VitaeFlowKind *kinds,
             gsize               from)
{
  for (guint i = first; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *next = g_ptr_array_index (flow->paragraphs, i);
      gboolean wanted = kinds == NULL;

      for (guint k = 0; kinds != NULL && kinds[k] != VITAE_FLOW_NAME; k++)
        wanted |= next->kind == kinds[k];
      if (!wanted)
        continue;

      for (guint j = 0; j < next->runs->len; j++)
        {
          gsize end;
          gssize at = locate (check, g_ptr_array_index (next->runs, j), from, &end);

          if (at >= 0)
            return at;
        }
    }

  return G_MAXSIZE;
}

/* An entry's heading, paragraphs @first to @last, is read as a block: its
 * title, dates, subtitle and place may come in any order — extractors read
 * right-aligned dates after the lines beside them — as long as each comes
 * before the next entry or section. Only what comes before the text under
 * the heading moves the cursor on. */
static void
check_heading (Check     *check,
               VitaeFlow *flow,
               guint      first,
               guint      last)
{
  static const VitaeFlowKind boundaries[] = {
    VITAE_FLOW_ENTRY_TITLE, VITAE_FLOW_HEADING, VITAE_FLOW_NAME /* end */
  };
  gsize start = check->cursor;
  gsize next_start = locate_next (check, flow, last + 1, NULL, start);
  gsize entry_end = locate_next (check, flow, last + 1, boundaries, start);
  gsize end;

  for (guint i = first; i <= last; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);
          gssize at;

          if (!run_is_piece (run))
            continue;
          at = locate (check, run, start, &end);
          if (at >= 0 && (gsize) at < next_start)
            check->cursor = MAX (check->cursor, end);
          else if (at >= 0 && (gsize) at < entry_end)
            continue;
          else if (at >= 0 && run->after_tab && paragraph->kind == VITAE_FLOW_ENTRY_TITLE)
            add_difference (check, VITAE_PARSE_OUT_OF_ORDER, paragraph->where, run->text,
                            g_strdup (_("A parser reads these dates after the next entry begins, "
                                        "away from the entry they belong to.")));
          else
            explain (check, paragraph, run);
        }
    }
}

/* Whether the piece after run @j of paragraph @i is found between the
 * cursor and @at, so that the run found at @at is the one out of place. */
static gboolean
follows (Check     *check,
         VitaeFlow *flow,
         guint      i,
         guint      j,
         gssize     at)
{
  for (guint k = i; k < flow->paragraphs->len; k++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, k);

      for (guint l = k == i ? j + 1 : 0; l < paragraph->runs->len; l++)
        {
          VitaeFlowRun *next = g_ptr_array_index (paragraph->runs, l);
          gsize end;
          gssize next_at;

          if (!run_is_piece (next))
            continue;
          next_at = locate (check, next, check->cursor, &end);
          return next_at >= 0 && next_at < at;
        }
    }

  return FALSE;
}

static GPtrArray *
compare_flow (VitaeFlow  *flow,
              const char *extracted)
{
  g_autofree char *haystack = normalize (extracted, TRUE);
  Check check = { haystack, normalize (extracted, FALSE), 0,
                  g_ptr_array_new_with_free_func (difference_free) };

  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      if (is_heading_part (flow, i))
        {
          guint last = i;

          while (last + 1 < flow->paragraphs->len && is_heading_part (flow, last + 1)
                 && ((VitaeFlowParagraph *) g_ptr_array_index (flow->paragraphs, last + 1))->kind
                    == VITAE_FLOW_ENTRY_SUBTITLE)
            last++;
          check_heading (&check, flow, i, last);
          i = last;
          continue;
        }

      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);
          gsize end;
          gssize at;

          if (!run_is_piece (run))
            continue;
          at = locate (&check, run, check.cursor, &end);
          /* Found, but after what follows it in the resume: it was moved
           * (a piece read at the end of a page, say); the rest is not. */
          if (at >= 0 && follows (&check, flow, i, j, at))
            at = -1;
          if (at >= 0)
            check.cursor = end;
          else
            explain (&check, paragraph, run);
        }
    }

  g_free (check.compact);

  return check.differences;
}

/**
 * vitae_parse_check_compare:
 * @document: the resume
 * @extracted: the text a parser got out of its export
 *
 * Returns: (transfer full) (element-type VitaeParseDifference): every piece
 *   of @document that @extracted does not give back as written, in the
 *   resume's order; empty when a parser reads it all
 */
GPtrArray *
vitae_parse_check_compare (VitaeDocument *document,
                           const char    *extracted)
{
  g_autoptr(VitaeFlow) flow = NULL;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extracted != NULL, NULL);

  flow = vitae_flow_new (document);

  return compare_flow (flow, extracted);
}

/**
 * vitae_parse_check:
 * @document: the resume
 * @options: (nullable): how to lay it out
 * @format: PDF, DOCX or ODT
 * @extracted: (out) (optional): the text the parser got
 * @error: a #GError
 *
 * Exports @document in memory and reads it back.
 *
 * Returns: (transfer full) (nullable): as vitae_parse_check_compare()
 */
GPtrArray *
vitae_parse_check (VitaeDocument             *document,
                   const VitaeRenderOptions  *options,
                   VitaeExportFormat          format,
                   char                     **extracted,
                   GError                   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GPtrArray *differences;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  if (format != VITAE_EXPORT_PDF && format != VITAE_EXPORT_DOCX && format != VITAE_EXPORT_ODT)
    format = VITAE_EXPORT_PDF;

  if (!(bytes = vitae_export_render (document, options, format, error)))
    return NULL;

  if (format == VITAE_EXPORT_PDF)
    text = vitae_pdf_read_text (bytes, error);
  else
    text = vitae_office_read_text (bytes, format == VITAE_EXPORT_ODT, error);
  if (text == NULL)
    return NULL;

  differences = vitae_parse_check_compare (document, text);
  if (extracted != NULL)
    *extracted = g_steal_pointer (&text);

  return differences;
}
