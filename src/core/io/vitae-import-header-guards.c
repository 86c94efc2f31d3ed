/* vitae-import-header-guards.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a resume's header holds that is no part of the person's name or
 * headline: a rule typed as underscores, a birthday after an icon, a
 * place, a heading over the contact details; and the degree signed
 * after a name, which is. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-import-header-private.h"

/* Whether @text is a rule typed as a run of underscores, equals signs
 * or box-drawing lines, five or more ("_____"): no text. */
gboolean
_vitae_import_is_typed_rule (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '_' && c != '=' && c != 0x2500 && c != 0x2501 && c != 0x203e && c != ' ')
        return FALSE;
      n += c != ' ';
    }
  return n >= 5;
}

/* Whether @cell, after the name in a cell of its own, is a degree the
 * person signs with: abbreviated with periods ("B.Sc.", "Ph.D.") or one
 * of the common ones ("PhD", "MBA"); not a heading in capitals ("LINKS"). */
gboolean
_vitae_import_is_signed_degree (const char *cell)
{
  static const char * const degrees[] = {
    "PhD", "PHD", "MBA", "MSc", "BSc", "MD", "CPA", "CFA", "PMP", "MEng", "BEng", "DPhil", "JD", "RN", NULL,
  };
  g_auto(GStrv) words = g_strsplit_set (cell, " ,", -1);

  if (!_vitae_import_is_post_nominal (cell))
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] != '\0' && strchr (words[k], '.') == NULL && !g_strv_contains (degrees, words[k]))
      return FALSE;
  return TRUE;
}

/* Whether @cell is a date after an icon font's glyph, a birthday's
 * ("{ 24. 07. 2002"): digits and marks, no letter. No headline. */
gboolean
_vitae_import_is_date_after_icon (const char *cell)
{
  gboolean digits = FALSE;

  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return FALSE;
      digits |= g_unichar_isdigit (c);
    }
  return digits && !g_unichar_isdigit (g_utf8_get_char (cell));
}
