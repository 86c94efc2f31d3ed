/* vitae-parse-check.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-export.h"

G_BEGIN_DECLS

typedef enum
{
  VITAE_PARSE_MISSING,       /* not in the extracted text at all */
  VITAE_PARSE_MERGED,        /* there, but with words run together or split */
  VITAE_PARSE_OUT_OF_ORDER,  /* there, but read before what comes ahead of it */
} VitaeParseProblem;

/* One thing a parser would not read the way the person wrote it. */
typedef struct
{
  VitaeParseProblem  problem;
  char              *where;     /* "Contact details", "Experience: Engineer, bullet 2" */
  char              *expected;  /* the text as the resume holds it */
  char              *message;   /* a sentence for the person */
} VitaeParseDifference;

/*
 * What an ATS reads: the resume is exported, the export's text read back as
 * a parser reads it (poppler for a PDF, the XML for DOCX and ODT), and every
 * piece the resume holds — name, contact details, headings, each entry's
 * title, dates and place, every bullet — looked for in order.
 */
GPtrArray  *vitae_parse_check         (VitaeDocument             *document,
                                       const VitaeRenderOptions  *options,
                                       VitaeExportFormat          format,
                                       char                     **extracted,
                                       GError                   **error);
GPtrArray  *vitae_parse_check_compare (VitaeDocument             *document,
                                       const char                *extracted);
const char *vitae_parse_problem_to_id (VitaeParseProblem          problem);
gboolean    vitae_parse_is_piece      (const char                *text);

G_END_DECLS
