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
 * Lists the annotations of a PDF as Cairo writes them (plain objects, not
 * compressed): for each, its /Rect, its /QuadPoints and the string of its
 * /URI action, read as a PDF literal string (nested parentheses, backslash
 * escapes). An annotation that is not a link with exactly one /URI action,
 * or whose dictionary does not close where it should, is listed with
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

/* Whether @p starts the name @name followed by a delimiter. */
static inline gboolean
test_pdf_is_name (const char *p,
                  const char *end,
                  const char *name)
{
  gsize length = strlen (name);

  return p + length < end && memcmp (p, name, length) == 0 &&
         (g_ascii_isspace (p[length]) || strchr ("/[(<>", p[length]) != NULL);
}

/* Reads the annotation dictionary that starts at @p ("<<"), token by
 * token: strings are skipped as strings (so that text such as "endobj"
 * or ">>" inside a target cannot end the dictionary), and the keys the
 * tests need are read at their depth. Returns where the dictionary ends. */
static inline const char *
test_pdf_read_annotation (const char  *p,
                          const char  *end,
                          TestPdfLink *link)
{
  int depth = 0;
  guint n_uris = 0;
  gboolean uri_action = FALSE;
  g_autoptr(GArray) rect = g_array_new (FALSE, FALSE, sizeof (double));

  while (p < end)
    {
      if (p + 1 < end && p[0] == '<' && p[1] == '<')
        {
          depth++;
          p += 2;
        }
      else if (p + 1 < end && p[0] == '>' && p[1] == '>')
        {
          depth--;
          p += 2;
          if (depth == 0)
            break;
        }
      else if (*p == '(')
        {
          char *ignored = NULL;

          p = test_pdf_read_string (p, end, &ignored);
          g_free (ignored);
          if (p == NULL)
            {
              link->well_formed = FALSE;
              return end;
            }
        }
      else if (depth == 1 && test_pdf_is_name (p, end, "/Rect"))
        {
          if (!test_pdf_read_array (p, end, rect) || rect->len != 4)
            link->well_formed = FALSE;
          else
            memcpy (link->rect, rect->data, sizeof link->rect);
          p += strlen ("/Rect");
        }
      else if (depth == 1 && test_pdf_is_name (p, end, "/QuadPoints"))
        {
          if (!test_pdf_read_array (p, end, link->quad_points) || link->quad_points->len % 8 != 0)
            link->well_formed = FALSE;
          p += strlen ("/QuadPoints");
        }
      else if (depth == 2 && test_pdf_is_name (p, end, "/S"))
        {
          p += strlen ("/S");
          while (p < end && g_ascii_isspace (*p))
            p++;
          uri_action = test_pdf_is_name (p, end, "/URI");
          /* Past the value, a name. */
          if (p < end && *p == '/')
            p++;
          while (p < end && !g_ascii_isspace (*p) && strchr ("/[(<>", *p) == NULL)
            p++;
        }
      else if (depth == 2 && test_pdf_is_name (p, end, "/URI"))
        {
          p += strlen ("/URI");
          while (p < end && g_ascii_isspace (*p))
            p++;
          g_clear_pointer (&link->uri, g_free);
          p = test_pdf_read_string (p, end, &link->uri);
          n_uris++;
          if (p == NULL)
            {
              link->well_formed = FALSE;
              return end;
            }
        }
      else
        p++;
    }

  if (depth != 0 || n_uris != 1 || !uri_action || rect->len != 4)
    link->well_formed = FALSE;

  return p;
}

/* The objects of @data that are annotations, by the cross-reference table:
 * where each "<< /Type /Annot" dictionary starts. Finding them by offset,
 * not by searching the bytes, keeps text in the PDF's strings (a keyword,
 * a link target) from passing for an annotation. */
static inline GArray *
test_pdf_find_annotations (const char *data,
                           gsize       size)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *end = data + size;
  const char *xref = NULL;
  const char *p = data;
  guint64 count;
  char *after;

  while ((p = test_pdf_find (p, end, "\nxref\n")) != NULL)
    xref = p++;
  if (xref == NULL)
    return starts;

  p = xref + strlen ("\nxref\n");
  if (g_ascii_strtoull (p, &after, 10) != 0 || *after != ' ')
    return starts;
  count = g_ascii_strtoull (after + 1, &after, 10);
  p = after + 1;

  for (guint64 i = 0; i < count && p + 20 <= end; i++, p += 20)
    {
      gsize offset = g_ascii_strtoull (p, NULL, 10);
      const char *object = data + offset;

      if (p[17] != 'n' || offset >= size)
        continue;
      /* "N G obj", then the dictionary. */
      object = test_pdf_find (object, MIN (end, object + 64), "obj");
      if (object == NULL)
        continue;
      object += strlen ("obj");
      while (object < end && g_ascii_isspace (*object))
        object++;
      if (end - object >= 15 && memcmp (object, "<< /Type /Annot", 15) == 0)
        {
          gsize start = object - data;

          g_array_append_val (starts, start);
        }
    }

  return starts;
}

/* Returns: (element-type TestPdfLink): the annotations of @data, in the
 * order of their objects. */
static inline GArray *
test_pdf_list_links (const char *data,
                     gsize       size)
{
  GArray *links = g_array_new (FALSE, TRUE, sizeof (TestPdfLink));
  g_autoptr(GArray) starts = test_pdf_find_annotations (data, size);
  const char *end = data + size;

  g_array_set_clear_func (links, test_pdf_link_clear);

  for (guint i = 0; i < starts->len; i++)
    {
      TestPdfLink link = { { 0, 0, 0, 0 }, NULL, NULL, TRUE };
      const char *p = data + g_array_index (starts, gsize, i);
      const char *q = p + strlen ("<< /Type /Annot");

      while (q < end && g_ascii_isspace (*q))
        q++;
      if (!test_pdf_is_name (q, end, "/Subtype") ||
          !test_pdf_is_name (q + strlen ("/Subtype "), end, "/Link"))
        link.well_formed = FALSE;

      link.quad_points = g_array_new (FALSE, FALSE, sizeof (double));
      test_pdf_read_annotation (p, end, &link);
      g_array_append_val (links, link);
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

/* Counts the annotation objects of any kind. */
static inline guint
test_pdf_count_annotations (const char *data,
                            gsize       size)
{
  g_autoptr(GArray) starts = test_pdf_find_annotations (data, size);

  return starts->len;
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

/* @text without white space and bidi controls, and with @loose without
 * ASCII punctuation: what two text extractors must agree on, whatever
 * spaces and direction marks each inserts. */
static inline char *
test_pdf_squeeze (const char *text,
                  gboolean    loose)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200E || c == 0x200F ||
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        continue;
      if (loose && c < 0x80 && g_ascii_ispunct (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
