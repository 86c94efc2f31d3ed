/* vitae-flow.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/*
 * A flow is the resume as a word processor sees it: a list of paragraphs,
 * each of a kind (which becomes a named paragraph style) and made of runs of
 * text with a weight, a slant and maybe a link. Flowing formats (DOCX, ODT)
 * are written from it; they decide line breaks and pages themselves.
 *
 * An entry heading keeps its dates (and, on its second line, its place) in
 * a run marked @after_tab: the writers put a right-aligned tab stop at the
 * text's edge, so that the dates stand at the right and still come right
 * after the heading in reading order.
 */
typedef enum
{
  VITAE_FLOW_NAME,
  VITAE_FLOW_HEADLINE,
  VITAE_FLOW_CONTACT,
  VITAE_FLOW_HEADING,
  VITAE_FLOW_ENTRY_TITLE,
  VITAE_FLOW_ENTRY_SUBTITLE,
  VITAE_FLOW_BODY,
  VITAE_FLOW_BULLET,
} VitaeFlowKind;

typedef enum
{
  VITAE_FLOW_PLAIN  = 0,
  VITAE_FLOW_BOLD   = 1 << 0,
  VITAE_FLOW_ITALIC = 1 << 1,
  VITAE_FLOW_MUTED  = 1 << 2,
} VitaeFlowStyle;

typedef struct
{
  char           *text;
  char           *link;        /* a safe http(s)/mailto/tel target, or NULL */
  VitaeFlowStyle  style;
  gboolean        after_tab;   /* right-aligned at the text's edge */
} VitaeFlowRun;

typedef struct
{
  VitaeFlowKind  kind;
  GPtrArray     *runs;         /* of VitaeFlowRun */
  char          *where;        /* where it comes from, for messages:
                                * "Experience: Backend Engineer, bullet 2" */
} VitaeFlowParagraph;

typedef struct
{
  GPtrArray *paragraphs;       /* of VitaeFlowParagraph */
  char      *title;            /* metadata: "Name — Resume" */
  char      *author;
  char      *subject;
} VitaeFlow;

VitaeFlow *vitae_flow_new          (VitaeDocument *document);
VitaeFlow *vitae_flow_new_in       (VitaeDocument *document,
                                    const char    *language);
void       vitae_flow_free         (VitaeFlow     *flow);
char      *vitae_flow_dup_text     (VitaeFlow     *flow);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeFlow, vitae_flow_free)

G_END_DECLS
