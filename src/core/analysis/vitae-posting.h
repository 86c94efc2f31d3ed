/* vitae-posting.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-catalog.h"
#include "vitae-matcher.h"

G_BEGIN_DECLS

/**
 * VitaePostingPart:
 * @VITAE_POSTING_BODY: text under no heading, or under one that names no part
 * @VITAE_POSTING_ABOUT: about the company, its product or its mission
 * @VITAE_POSTING_RESPONSIBILITIES: what the job involves
 * @VITAE_POSTING_REQUIREMENTS: what the candidate must bring
 * @VITAE_POSTING_NICE_TO_HAVE: bonus points, preferred qualifications
 * @VITAE_POSTING_BENEFITS: pay, perks, how to apply
 *
 * The parts a job posting is split into by its headings.
 */
typedef enum
{
  VITAE_POSTING_BODY,
  VITAE_POSTING_ABOUT,
  VITAE_POSTING_RESPONSIBILITIES,
  VITAE_POSTING_REQUIREMENTS,
  VITAE_POSTING_NICE_TO_HAVE,
  VITAE_POSTING_BENEFITS,
} VitaePostingPart;

/**
 * VitaePostingVerdict:
 * @VITAE_POSTING_ASKED: the posting asks for the term
 * @VITAE_POSTING_NEGATED: the posting says it is not needed or not used
 * @VITAE_POSTING_OUT_OF_SCOPE: another team owns it
 * @VITAE_POSTING_COMPANY: it describes the company or what it sells (its
 *   name, its product list, the "about us"), not the job
 */
typedef enum
{
  VITAE_POSTING_ASKED,
  VITAE_POSTING_NEGATED,
  VITAE_POSTING_OUT_OF_SCOPE,
  VITAE_POSTING_COMPANY,
} VitaePostingVerdict;

/**
 * VitaePostingTerm:
 * @keyword: the keyword's id in the matcher
 * @tier: %VITAE_TIER_MUST_HAVE or %VITAE_TIER_NICE_TO_HAVE
 * @part: the part it is asked in (the strongest one when it is named in
 *   several)
 * @verdict: what the posting says about it
 * @count: how many times the posting names it
 * @start: where it is first named, in bytes
 * @end: where that first naming ends, in bytes
 *
 * A catalog keyword a job posting names.
 */
typedef struct
{
  guint                keyword;
  VitaeTier            tier;
  VitaePostingPart     part;
  VitaePostingVerdict  verdict;
  guint                count;
  guint                start;
  guint                end;
} VitaePostingTerm;

typedef struct _VitaePosting VitaePosting;

/*
 * A posting reader: splits a job description into its parts by their
 * headings, finds every catalog keyword (also inside coordinated lists such
 * as "unit, integration and E2E tests"), and decides for each whether the
 * job asks for it (must-have or nice-to-have) or not (negated, owned by
 * another team, the company's own name or product).
 */
VitaePosting            *vitae_posting_new              (VitaeMatcher  *matcher,
                                                         const char    *text,
                                                         gssize         length);
void                     vitae_posting_free             (VitaePosting  *self);

guint                    vitae_posting_get_n_terms      (VitaePosting  *self);
const VitaePostingTerm  *vitae_posting_get_term         (VitaePosting  *self,
                                                         guint          position);
guint                    vitae_posting_get_n_dropped    (VitaePosting  *self);
const VitaePostingTerm  *vitae_posting_get_dropped      (VitaePosting  *self,
                                                         guint          position);
const VitaePostingTerm  *vitae_posting_find             (VitaePosting  *self,
                                                         guint          keyword);
VitaePostingPart         vitae_posting_get_part_at      (VitaePosting  *self,
                                                         guint          offset);
const GArray            *vitae_posting_get_matches      (VitaePosting  *self);

const char              *vitae_posting_part_to_id       (VitaePostingPart     part);
const char              *vitae_posting_verdict_to_id    (VitaePostingVerdict  verdict);
VitaePostingPart         vitae_posting_classify_heading (const char          *heading,
                                                         gboolean            *is_heading);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaePosting, vitae_posting_free)

G_END_DECLS
