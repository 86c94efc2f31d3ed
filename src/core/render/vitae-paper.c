/* vitae-paper.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Paper sizes: the locale's (US Letter in the territories that use it, A4
 * elsewhere), their ids and their sizes in points; the render options'
 * defaults. */

/* Territories that use US Letter, as in glibc's LC_PAPER data. */
static const char * const letter_territories[] = {
  "US", "CA", "MX", "CL", "CO", "VE", "PH", "CR", "GT", "PA", "SV", "DO",
  "PR", "NI", "HN", "BZ", NULL
};

/**
 * vitae_paper_for_locale:
 * @locale: (nullable): a POSIX locale name such as "en_US.UTF-8"
 *
 * Returns: the paper size used in the territory of @locale: Letter in the
 *   Americas that use it, A4 elsewhere and for "C" or an unknown locale
 */
VitaePaper
vitae_paper_for_locale (const char *locale)
{
  const char *underscore;
  char territory[3] = { 0 };

  if (locale == NULL)
    return VITAE_PAPER_A4;

  underscore = strchr (locale, '_');
  if (underscore == NULL || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]))
    return VITAE_PAPER_A4;
  if (underscore[3] != '\0' && underscore[3] != '.' && underscore[3] != '@')
    return VITAE_PAPER_A4;

  territory[0] = g_ascii_toupper (underscore[1]);
  territory[1] = g_ascii_toupper (underscore[2]);

  return g_strv_contains (letter_territories, territory) ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
}

/**
 * vitae_paper_get_default:
 *
 * Returns: the paper size of the user's locale (LC_PAPER): what the C
 *   library says when a locale is set, otherwise the territory of the
 *   locale named by the environment
 */
VitaePaper
vitae_paper_get_default (void)
{
  const char *current = setlocale (LC_PAPER, NULL);
  const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };

#ifdef _NL_PAPER_HEIGHT
  if (current != NULL && !g_str_equal (current, "C") && !g_str_equal (current, "POSIX") &&
      !g_str_has_prefix (current, "C."))
    {
      /* glibc gives the height in millimetres: 279 for Letter, 297 for A4. */
      guint height = GPOINTER_TO_UINT (nl_langinfo (_NL_PAPER_HEIGHT));

      return height == 279 ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
    }
#else
  (void) current;
#endif

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);

      if (value != NULL && value[0] != '\0')
        return vitae_paper_for_locale (value);
    }

  return VITAE_PAPER_A4;
}

gboolean
vitae_paper_from_id (const char *id,
                     VitaePaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (id, "a4") == 0)
    *paper = VITAE_PAPER_A4;
  else if (g_ascii_strcasecmp (id, "letter") == 0)
    *paper = VITAE_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

const char *
vitae_paper_to_id (VitaePaper paper)
{
  return paper == VITAE_PAPER_LETTER ? "letter" : "a4";
}

/**
 * vitae_paper_get_size:
 * @paper: a #VitaePaper
 * @width: (out): the width in points
 * @height: (out): the height in points
 */
void
vitae_paper_get_size (VitaePaper  paper,
                      double     *width,
                      double     *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper == VITAE_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 210.0 / 25.4 * 72.0;
      *height = 297.0 / 25.4 * 72.0;
    }
}

/**
 * vitae_render_options_init:
 * @options: the options to fill
 *
 * Sets @options to the defaults: the default template, the locale's paper,
 * the template's margin and size, no fitting, no date.
 */
void
vitae_render_options_init (VitaeRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->paper = vitae_paper_get_default ();
}
