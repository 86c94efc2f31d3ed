/* vitae-test-pdf.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

/*
 * Lists the link annotations of a PDF as Cairo writes them (plain objects,
 * not compressed): for each "/Subtype /Link" object, its /Rect, its
 * /QuadPoints and the string of its /URI action, read as a PDF literal
 * string (nested parentheses, backslash escapes). A link whose action is not
 * a /URI, or whose string does not end where it should, is listed with
 * @well_formed FALSE. Used by test-render, test-export and the renderer's
 * fuzz target.
 */

typedef struct
{
  double    rect[4];        /* x1 y1 x2 y2, PDF units, origin bottom left */
  GArray   *quad_points;    /* of double, 8 a rectangle */
  char     *uri;            /* the decoded string, or NULL */
  gboolean  well_formed;
} TestPdfLink;

static inline void
test_pdf_link_clear (gpointer data)
{
  TestPdfLink *link = data;

  g_clear_pointer (&link->quad_points, g_array_unref);
  g_clear_pointer (&link->uri, g_free);
}

static inline const char *
test_pdf_find (const char *data,
               const char *end,
               const char *needle)
{
  gsize length = strlen (needle);

  for (const char *p = data; p + length <= end; p++)
    if (*p == needle[0] && memcmp (p, needle, length) == 0)
      return p;

  return NULL;
}

/* Reads the numbers of "[ a b c … ]" starting at @p into @numbers. */
static inline gboolean
test_pdf_read_array (const char *p,
                     const char *end,
                     GArray     *numbers)
{
  while (p < end && *p != '[')
    p++;
  if (p == end)
    return FALSE;
  p++;

  while (p < end)
    {
      char *after;
      double value;

      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p < end && *p == ']')
        return TRUE;
      value = g_ascii_strtod (p, &after);
      if (after == p || after > end)
        return FALSE;
      g_array_append_val (numbers, value);
      p = after;
    }

  return FALSE;
}

/* Reads the literal string "( … )" at @p; returns where it ends. */
static inline const char *
test_pdf_read_string (const char  *p,
                      const char  *end,
                      char       **out)
{
  GString *text = g_string_new (NULL);
  int depth = 0;

  if (p >= end || *p != '(')
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  for (p++; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        {
          p++;
          g_string_append_c (text, *p);
        }
      else if (*p == '(')
        {
          depth++;
          g_string_append_c (text, *p);
        }
      else if (*p == ')' && depth > 0)
        {
          depth--;
          g_string_append_c (text, *p);
        }
      else if (*p == ')')
        {
          *out = g_string_free (text, FALSE);
          return p + 1;
        }
      else
        g_string_append_c (text, *p);
    }

  g_string_free (text, TRUE);
  return NULL;
}

/* Returns: (element-type TestPdfLink): the link annotations of @data, in
 * the order they are written. */
static inline GArray *
test_pdf_list_links (const char *data,
                     gsize       size)
{
  GArray *links = g_array_new (FALSE, TRUE, sizeof (TestPdfLink));
  const char *end = data + size;
  const char *p = data;

  g_array_set_clear_func (links, test_pdf_link_clear);

  while ((p = test_pdf_find (p, end, "/Subtype /Link")) != NULL)
    {
      const char *object_end = test_pdf_find (p, end, "endobj");
      const char *rect, *quads, *uri, *after;
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
      TestPdfLink link = { { 0, 0, 0, 0 }, NULL, NULL, TRUE };

      if (object_end == NULL)
        object_end = end;

      rect = test_pdf_find (p, object_end, "/Rect [");
      if (rect != NULL && test_pdf_read_array (rect, object_end, numbers) && numbers->len == 4)
        memcpy (link.rect, numbers->data, sizeof link.rect);
      else
        link.well_formed = FALSE;

      link.quad_points = g_array_new (FALSE, FALSE, sizeof (double));
      quads = test_pdf_find (p, object_end, "/QuadPoints [");
      if (quads != NULL &&
          (!test_pdf_read_array (quads, object_end, link.quad_points) || link.quad_points->len % 8 != 0))
        link.well_formed = FALSE;

      /* The action: a /URI and nothing else, its string closed before the
       * action's ">>". */
      uri = test_pdf_find (p, object_end, "/URI (");
      if (uri == NULL || test_pdf_find (p, object_end, "/S /URI") == NULL)
        link.well_formed = FALSE;
      else
        {
          after = test_pdf_read_string (uri + strlen ("/URI "), object_end, &link.uri);
          if (after == NULL)
            link.well_formed = FALSE;
          else
            {
              while (after < object_end && g_ascii_isspace (*after))
                after++;
              if (after + 2 > object_end || memcmp (after, ">>", 2) != 0)
                link.well_formed = FALSE;
            }
        }

      g_array_append_val (links, link);
      p = object_end;
    }

  return links;
}

/* Whether @data holds @needle anywhere (PDF streams hold NUL bytes). */
static inline gboolean
test_pdf_contains (const char *data,
                   gsize       size,
                   const char *needle)
{
  return test_pdf_find (data, data + size, needle) != NULL;
}

/* Counts the annotations of any kind. */
static inline guint
test_pdf_count_annotations (const char *data,
                            gsize       size)
{
  const char *end = data + size;
  const char *p = data;
  guint count = 0;

  while ((p = test_pdf_find (p, end, "/Type /Annot")) != NULL)
    {
      count++;
      p++;
    }

  return count;
}

/* Whether @uri is a target a resume may link to. */
static inline gboolean
test_pdf_uri_allowed (const char *uri)
{
  if (uri == NULL)
    return FALSE;

  if (!g_str_has_prefix (uri, "https://") && !g_str_has_prefix (uri, "http://") &&
      !g_str_has_prefix (uri, "mailto:") && !g_str_has_prefix (uri, "tel:"))
    return FALSE;

  for (const char *p = uri; *p; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f || strchr ("'\"\\()<>", *p) != NULL)
      return FALSE;

  return TRUE;
}

/* Whether a link's rectangle and quadrilaterals lie on a page of @width by
 * @height points. */
static inline gboolean
test_pdf_link_inside (const TestPdfLink *link,
                      double             width,
                      double             height)
{
  if (link->rect[0] < 0 || link->rect[1] < 0 || link->rect[2] > width || link->rect[3] > height ||
      link->rect[0] > link->rect[2] || link->rect[1] > link->rect[3])
    return FALSE;

  for (guint i = 0; i < link->quad_points->len; i += 2)
    {
      double x = g_array_index (link->quad_points, double, i);
      double y = g_array_index (link->quad_points, double, i + 1);

      if (x < 0 || x > width || y < 0 || y > height)
        return FALSE;
    }

  return TRUE;
}
