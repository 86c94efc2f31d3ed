/* vitae-import-centred.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A paragraph whose lines are each centred in its column, as a page set
 * centred throughout has them:
 *
 *     Kept the ferry's engines running through three long
 *     winters on the northern route, and trained the new
 *                     crew in the work.
 *
 * Its last line, short, starts far in from the line above it, where no
 * wrapped line of a paragraph set flush left would; it goes on with the
 * paragraph all the same when it shares the centre of the lines above
 * (_vitae_import_centred_under()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

static double
centre_of (const VitaeTextLine *line)
{
  return (line->x + line->right) / 2;
}

/* Whether line @i, narrower than the line above it, is centred under it,
 * and that line under the one above it too, the two above starting
 * apart (so set centred, not both flush left and full). */
gboolean
_vitae_import_centred_under (Reader *r,
                             guint   i)
{
  VitaeTextLine *line, *above, *before;

  if (i < 2)
    return FALSE;
  line = line_at (r, i);
  above = line_at (r, i - 1);
  before = line_at (r, i - 2);
  if (line->right <= 0 || above->right <= 0 || before->right <= 0 || line->page != above->page ||
      above->page != before->page)
    return FALSE;
  return line->x > above->x + 1 && line->right < above->right - 1 && ABS (above->x - before->x) >= 1 &&
         ABS (centre_of (line) - centre_of (above)) < 1 && ABS (centre_of (above) - centre_of (before)) < 1;
}
