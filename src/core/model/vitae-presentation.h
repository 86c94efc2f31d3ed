/* vitae-presentation.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-node.h"
#include "vitae-types.h"

G_BEGIN_DECLS

/* What separates parts of one line: "Author, Maintainer · pgshard · tool". */
#define VITAE_PRESENTATION_SEPARATOR " · "
/* What comes before an entry's place and before its dates on one line. */
#define VITAE_PRESENTATION_LINE_PLACE " — "
#define VITAE_PRESENTATION_LINE_DATES " | "

/*
 * An entry's heading as every output shows it: a title (the role, the
 * school, the project), a subtitle (the organisation, the degree), the place
 * and the dates, in the document's language. The PDF sets the title in bold
 * with the dates at the right; flowing formats do the same with a tab stop.
 * Plain text puts the same words on one line: @what, the place, the dates.
 */
typedef struct
{
  char *title;
  char *subtitle;
  char *place;
  char *dates;
  char *what;
} VitaeEntryHeading;

char *vitae_entry_dup_dates      (VitaeNode          *entry);
char *vitae_entry_dup_dates_in   (VitaeNode          *entry,
                                  const char         *language);
void  vitae_entry_heading_init   (VitaeEntryHeading  *heading,
                                  VitaeSectionKind    kind,
                                  VitaeNode          *entry);
void  vitae_entry_heading_init_in (VitaeEntryHeading *heading,
                                   VitaeSectionKind   kind,
                                   VitaeNode         *entry,
                                   const char        *language);
char *vitae_entry_heading_dup_line (const VitaeEntryHeading *heading);
void  vitae_entry_heading_clear  (VitaeEntryHeading  *heading);
gboolean vitae_entry_heading_is_empty (const VitaeEntryHeading *heading);
gboolean vitae_entry_split_study      (const char              *language,
                                       const char              *text,
                                       char                   **degree,
                                       char                   **area);

G_END_DECLS
