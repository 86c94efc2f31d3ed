/* vitae-coach-fr.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-coach-private.h"

G_BEGIN_DECLS

/* The coach's French: the tables of 31-coach-fr.sql, read once. */
typedef struct _CoachFr CoachFr;

/* Where a phrase of 31-coach-fr.sql is flagged or what it opens. */
typedef enum
{
  FR_PHRASE_WEAK,
  FR_PHRASE_VAGUE,
  FR_PHRASE_FILLER,
  FR_PHRASE_OPENER,
} FrPhraseKind;

typedef enum
{
  FR_FORM_PARTICIPLE,
  FR_FORM_NOUN,
  FR_FORM_INFINITIVE,
} FrForm;

typedef struct
{
  FrPhraseKind  kind;
  CoachScope    scope;  /* a weak phrase's */
  FrForm        form;   /* an opener's */
  const char   *class;  /* an opener's class of work (interned): "build"… */
  guint         n_words;
  char        **words;
} FrPhrase;

typedef enum
{
  FR_TOKEN_WORD         = 1 << 0,
  FR_TOKEN_NUMBER       = 1 << 1,
  FR_TOKEN_SYMBOL       = 1 << 2,  /* "%", "€", "+" standing alone */
  FR_TOKEN_SLOT         = 1 << 3,  /* a [slot] left for the user */
  FR_TOKEN_SLOT_FIGURE  = 1 << 4,  /* a slot that stands for a figure */
  FR_TOKEN_CAPITAL      = 1 << 5,  /* "Lyon" */
  FR_TOKEN_NAME         = 1 << 6,  /* "SCRUM", "GitHub", "S3", "Node.js" */
  FR_TOKEN_ELIDED       = 1 << 7,  /* "l'", "d'", "j'" */
} FrTokenFlags;

typedef struct
{
  guint  bstart;
  guint  bend;
  guint  cstart;
  guint  cend;
  guint  lower;  /* offset of the lower-case copy in FrAnalysis.lower */
  guint  flags;
} FrToken;

/* One French bullet's analysis, shared by the detection and the rewrite. */
typedef struct
{
  VitaeCoach     *coach;
  CoachFr        *fr;
  const char     *text;
  GArray         *tokens;  /* FrToken */
  GString        *lower;

  guint           lead;          /* first token after "J'ai", "Nous avons" */
  guint           pronoun_end;   /* tokens [0, pronoun_end) are the pronoun */
  const FrPhrase *weak;          /* the weak phrase at lead, if any */
  guint           weak_end;
  const FrPhrase *opener;        /* the strong opener at lead, if any */
  guint           opener_end;
  const char     *class;         /* the work's class, for the result slot */
  gboolean        fragment;      /* no verb or noun of action opens it */
  gboolean        has_metric;
  gboolean        first_person;
  gboolean        has_technique;
  gboolean        has_slot;
  guint           n_named;
  guint           n_words;
  guint           n_vague;
  guint           n_filler;
} FrAnalysis;

static inline const FrToken *
fr_token (const FrAnalysis *analysis,
          guint             i)
{
  return &g_array_index (analysis->tokens, FrToken, i);
}

static inline const char *
fr_token_lower (const FrAnalysis *analysis,
                guint             i)
{
  return analysis->lower->str + fr_token (analysis, i)->lower;
}

typedef enum
{
  FR_WORD_FIRST_PERSON = 1 << 0,
  FR_WORD_AUXILIARY    = 1 << 1,
  FR_WORD_NUMBER       = 1 << 2,
  FR_WORD_UNIT         = 1 << 3,
} FrWordList;

/* vitae-coach-fr.c: the tables, the words, the language */
CoachFr          *_vitae_coach_fr_load         (sqlite3             *db,
                                                GError             **error);
void              _vitae_coach_fr_free         (gpointer             data);
gboolean          _vitae_coach_fr_applies      (CoachFr             *fr,
                                                const char          *language,
                                                const char          *text);
void              _vitae_coach_fr_tokenize     (FrAnalysis          *analysis);
void              _vitae_coach_fr_analysis_init  (FrAnalysis        *analysis,
                                                  VitaeCoach        *coach,
                                                  CoachFr           *fr,
                                                  const char        *text);
void              _vitae_coach_fr_analysis_clear (FrAnalysis        *analysis);
guint             _vitae_coach_fr_token_bits   (const FrAnalysis    *analysis,
                                                guint                i);
const char       *_vitae_coach_fr_slot         (CoachFr             *fr,
                                                const char          *name);
const FrPhrase   *_vitae_coach_fr_match        (const FrAnalysis    *analysis,
                                                guint                i,
                                                FrPhraseKind         kind,
                                                guint               *end);

/* vitae-coach-fr-check.c: one French bullet's issues and score */
VitaeCoachResult *_vitae_coach_fr_analyze      (VitaeCoach          *coach,
                                                CoachFr             *fr,
                                                const char          *text,
                                                CoachAnalyzeMode     mode);

/* vitae-coach-fr-rewrite.c: its rewrites */
void              _vitae_coach_fr_rewrite      (FrAnalysis          *analysis,
                                                VitaeCoachResult    *result);

G_END_DECLS
