/* vitae-text-reader-pdf-document.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A PDF opened and read page by page (vitae_pdf_read_lines(), its lines
 * read in vitae-text-reader-pdf.c), and what it says besides its text
 * (vitae_pdf_read_lines_full()): the web and mail links of its pages, each with its rectangle and the text
 * drawn inside it (none over a picture or an icon), and the author and
 * title of its properties. A resume often sets its e-mail address or its
 * GitHub behind an icon, the address only in the link. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"

/* The most links read from one page: a resume has a few dozen. */
#define MAX_LINKS 200

void
vitae_text_link_free (gpointer data)
{
  VitaeTextLink *link = data;

  if (link == NULL)
    return;
  g_free (link->uri);
  g_free (link->text);
  g_free (link);
}

/**
 * vitae_pdf_info_free:
 * @info: (nullable): what vitae_pdf_read_lines_full() gave
 */
void
vitae_pdf_info_free (VitaePdfInfo *info)
{
  if (info == NULL)
    return;
  g_clear_pointer (&info->links, g_ptr_array_unref);
  g_free (info->author);
  g_free (info->title);
  g_free (info);
}

/* The characters of a page's @text whose middle (@rects, each
 * character's) is inside @area, from the page's top left; spaces and line
 * ends made single spaces. */
static char *
dup_text_inside (const char             *text,
                 const PopplerRectangle *rects,
                 guint                   n_rects,
                 const PopplerRectangle *area)
{
  g_autoptr(GString) inside = g_string_new (NULL);
  guint k = 0;

  if (text == NULL)
    return g_strdup ("");
  for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
    {
      double x = (rects[k].x1 + rects[k].x2) / 2, y = (rects[k].y1 + rects[k].y2) / 2;
      gunichar u = g_utf8_get_char (c);

      if (x < area->x1 || x > area->x2 || y < area->y1 || y > area->y2)
        continue;
      if (g_unichar_isspace (u))
        {
          if (inside->len > 0 && inside->str[inside->len - 1] != ' ')
            g_string_append_c (inside, ' ');
          continue;
        }
      g_string_append_unichar (inside, u);
    }
  return g_utf8_make_valid (g_strstrip (inside->str), -1);
}

/* Adds the links to a web address or a mail box of @page to @links. */
void
_vitae_pdf_page_links (PopplerPage *page,
                       int          page_number,
                       GPtrArray   *links)
{
  GList *mapping = poppler_page_get_link_mapping (page);
  g_autofree char *text = NULL;
  g_autofree PopplerRectangle *rects = NULL;
  double width = 0, height = 0;
  guint n_rects = 0;
  guint n = 0;

  poppler_page_get_size (page, &width, &height);
  for (GList *l = mapping; l != NULL && n < MAX_LINKS; l = l->next)
    {
      PopplerLinkMapping *map = l->data;
      PopplerRectangle area;
      VitaeTextLink *link;

      if (map->action == NULL || map->action->type != POPPLER_ACTION_URI || map->action->uri.uri == NULL ||
          !g_utf8_validate (map->action->uri.uri, -1, NULL))
        continue;
      /* (poppler gives the rectangle from the page's bottom left.) */
      area.x1 = MIN (map->area.x1, map->area.x2);
      area.x2 = MAX (map->area.x1, map->area.x2);
      area.y1 = height - MAX (map->area.y1, map->area.y2);
      area.y2 = height - MIN (map->area.y1, map->area.y2);

      if (n == 0)
        {
          text = poppler_page_get_text (page);
          if (!poppler_page_get_text_layout (page, &rects, &n_rects))
            n_rects = 0;
        }
      link = g_new0 (VitaeTextLink, 1);
      link->uri = g_strdup (map->action->uri.uri);
      link->text = dup_text_inside (text, rects, n_rects, &area);
      link->page = page_number;
      link->x = area.x1;
      link->right = area.x2;
      link->top = area.y1;
      link->bottom = area.y2;
      g_ptr_array_add (links, link);
      n++;
    }
  poppler_page_free_link_mapping (mapping);
}

/* The document's author and title, where it has them. */
void
_vitae_pdf_read_properties (PopplerDocument *document,
                            VitaePdfInfo    *info)
{
  g_autofree char *author = poppler_document_get_author (document);
  g_autofree char *title = poppler_document_get_title (document);

  if (author != NULL && g_utf8_validate (author, -1, NULL))
    info->author = g_strstrip (g_steal_pointer (&author));
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    info->title = g_strstrip (g_steal_pointer (&title));
}

/**
 * vitae_pdf_read_lines:
 * @pdf: a PDF file's bytes
 * @max_pages: the most pages to accept; more is an error
 * @error: a #GError
 *
 * Returns: (transfer container) (element-type VitaeTextLine) (nullable):
 *   the text lines of every page in reading order, with their font size,
 *   weight and slant and the space above them
 */
GPtrArray *
vitae_pdf_read_lines (GBytes  *pdf,
                      int      max_pages,
                      GError **error)
{
  return vitae_pdf_read_lines_full (pdf, max_pages, NULL, error);
}

/**
 * vitae_pdf_read_lines_full:
 * @pdf: a PDF file's bytes
 * @max_pages: the most pages to accept; more is an error
 * @info: (out) (optional) (transfer full): where to give the links of
 *   its pages and its properties
 * @error: a #GError
 *
 * Returns: (transfer container) (element-type VitaeTextLine) (nullable):
 *   the lines vitae_pdf_read_lines() gives
 */
GPtrArray *
vitae_pdf_read_lines_full (GBytes        *pdf,
                           int            max_pages,
                           VitaePdfInfo **info,
                           GError       **error)
{
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *lines;
  int n_pages;

  g_return_val_if_fail (pdf != NULL, NULL);

  if (info != NULL)
    *info = NULL;
  if (g_bytes_get_size (pdf) > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("The PDF is larger than %d MB"), VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  document = poppler_document_new_from_bytes (pdf, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                     _("The PDF is locked with a password: export it again without one"));
      else
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                     /* Translators: %s is poppler's reason */
                     _("The PDF cannot be read: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages > max_pages)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %d are numbers of pages */
                   _("The PDF has %d pages; a resume has at most %d"), n_pages, max_pages);
      g_object_unref (document);
      return NULL;
    }

  lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  if (info != NULL)
    {
      *info = g_new0 (VitaePdfInfo, 1);
      (*info)->links = g_ptr_array_new_with_free_func (vitae_text_link_free);
      _vitae_pdf_read_properties (document, *info);
    }
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      if (page != NULL)
        _vitae_pdf_page_lines (page, i, lines);
      if (page != NULL && info != NULL)
        _vitae_pdf_page_links (page, i, (*info)->links);
      g_clear_object (&page);
    }
  g_object_unref (document);

  return lines;
}
