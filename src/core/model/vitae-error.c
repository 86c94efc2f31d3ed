/* vitae-error.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vitae-error.h"

G_DEFINE_QUARK (vitae-error-quark, vitae_error)

/* File names */

static void
append_escaped_char (GString  *out,
                     gunichar  c)
{
  switch (c)
    {
    case '\\':
      g_string_append (out, "\\\\");
      return;
    case '\n':
      g_string_append (out, "\\n");
      return;
    case '\r':
      g_string_append (out, "\\r");
      return;
    case '\t':
      g_string_append (out, "\\t");
      return;
    default:
      break;
    }

  /* C0 and C1 controls, DEL, and every invisible character that can move
   * or hide text on a terminal or in a dialog: format characters (the
   * direction controls, zero-width spaces and joiners, soft hyphen) and the
   * line and paragraph separators. */
  if (c < 0x20 || c == 0x7F)
    g_string_append_printf (out, "\\x%02X", c);
  else if ((c >= 0x80 && c <= 0x9F) ||
           g_unichar_type (c) == G_UNICODE_FORMAT ||
           g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR ||
           g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
    g_string_append_printf (out, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c);
  else
    g_string_append_unichar (out, c);
}

/**
 * vitae_display_name:
 * @path: a file name, in the file system's bytes
 *
 * Gives @path as every message shows it, on a terminal and in a window:
 * valid UTF-8 in which a byte that is not UTF-8 reads \xHH, a control
 * character \n, \t or \xHH, an invisible format or direction character
 * \uHHHH, and a backslash \\. A name can then neither forge a line of
 * output, nor send an escape sequence to the terminal, nor reorder the
 * message around it, and two different names never look the same.
 *
 * Returns: (transfer full): the name to show
 */
char *
vitae_display_name (const char *path)
{
  GString *out;
  const char *p, *end;

  g_return_val_if_fail (path != NULL, NULL);

  out = g_string_sized_new (strlen (path) + 8);
  end = path + strlen (path);
  for (p = path; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      append_escaped_char (out, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}
