/* vitae-coach-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "vitae-coach.h"

G_BEGIN_DECLS

/* The word classes of the coach_lexicon table, and two the coach adds from
 * its other tables, as bits so that one hash lookup per word answers every
 * question the analysis asks about it. */
typedef enum
{
  LEX_FIRST_PERSON   = 1 << 0,
  LEX_PASSIVE_AUX    = 1 << 1,
  LEX_PARTICIPLE     = 1 << 2,
  LEX_NOT_PARTICIPLE = 1 << 3,
  LEX_NOT_GERUND     = 1 << 4,
  LEX_UNIT           = 1 << 5,
  LEX_COUNT_NOUN     = 1 << 6,
  LEX_NUMBER_WORD    = 1 << 7,
  LEX_FIGURE_WORD    = 1 << 8,
  LEX_TECHNIQUE      = 1 << 9,
  LEX_FUNCTION_WORD  = 1 << 10,
  LEX_DETERMINER     = 1 << 11,
  LEX_QUANTITY_LEAD  = 1 << 12,
  LEX_STRONG_VERB    = 1 << 13,
  LEX_KEYWORD        = 1 << 14,
  LEX_WEAK_VERB      = 1 << 15,
  LEX_CONTEXT        = 1 << 16,
  LEX_PARTICLE       = 1 << 17,
  LEX_PAST           = 1 << 18,
  LEX_LEAD_ADVERB    = 1 << 19,
  LEX_BARE_VERB      = 1 << 20,
  LEX_TEAM           = 1 << 21,
  LEX_ROLE_NOUN      = 1 << 22,
  LEX_PLAIN_VERB     = 1 << 23,
  LEX_CLAUSE_LEAD    = 1 << 24,
  /* A catalog keyword spelt in lower case ("security"): a common noun,
   * lowered when it no longer opens the sentence. */
  LEX_COMMON_KEYWORD = 1 << 25,
  LEX_OBJECT_PEOPLE  = 1 << 26,
  LEX_OBJECT_TICKET  = 1 << 27,
  LEX_OBJECT_ACTIVITY = 1 << 28,
  LEX_OBJECT_OUTCOME = 1 << 29,
  LEX_OBJECT_DUTY    = 1 << 30,
} CoachLex;

/* A verb lemma or a word that says the line is not about work with a
 * measurable result: a talk, a club, a degree, a trait. (The last bit of a
 * guint, which an enum constant cannot hold.) */
#define LEX_NO_OUTCOME (1u << 31)

#define LEX_OBJECT_MASK (LEX_OBJECT_PEOPLE | LEX_OBJECT_TICKET | LEX_OBJECT_ACTIVITY | \
                         LEX_OBJECT_OUTCOME | LEX_OBJECT_DUTY)

/* The verb lists of coach_object_verbs: one per object class, and the
 * verbs that open "Helped customers migrate…" as "Enabled customers to…". */
typedef enum
{
  COACH_OBJECT_PEOPLE,
  COACH_OBJECT_TICKET,
  COACH_OBJECT_ACTIVITY,
  COACH_OBJECT_OUTCOME,
  COACH_OBJECT_DUTY,
  COACH_OBJECT_HELPED_PEOPLE,
  COACH_N_OBJECTS
} CoachObject;

/* Shape of a token, found while splitting the text. */
typedef enum
{
  TOKEN_DIGIT          = 1 << 0,
  TOKEN_ALPHA          = 1 << 1,
  TOKEN_FIRST_UPPER    = 1 << 2,
  TOKEN_ALL_UPPER      = 1 << 3,
  TOKEN_INNER_UPPER    = 1 << 4,
  TOKEN_INNER_PUNCT    = 1 << 5,
  TOKEN_FIRST_DIGIT    = 1 << 6,
  TOKEN_PERCENT        = 1 << 7,
  TOKEN_CURRENCY       = 1 << 8,
  TOKEN_SENTENCE_START = 1 << 9,
  TOKEN_HYPHEN         = 1 << 10,
  /* Set by the analysis: the word is vague, filler or a pronoun a rewrite
   * leaves out. */
  TOKEN_DROP           = 1 << 11,
  /* Set by the rewrite: the gerund is written in the past tense, as in
   * "monitoring servers and fixing bugs" → "Monitored servers and fixed bugs". */
  TOKEN_TO_PAST        = 1 << 12,
  /* A [bracketed slot] left for the user: one token, never analysed. */
  TOKEN_SLOT           = 1 << 13,
  /* A slot that stands for a figure ("[X%]", "[from X to Y]"). */
  TOKEN_SLOT_FIGURE    = 1 << 14,
} CoachTokenFlags;

/* How a bullet opens. */
typedef enum
{
  OPEN_FRAGMENT,  /* no verb: "Backend services for…" */
  OPEN_VERB,      /* a verb of any tense or person: "Built", "Implement", "Leads", "Developing" */
  OPEN_WEAK,      /* a weak phrase: "Helped", "Responsible for", "Used" */
  OPEN_NOMINAL,   /* a noun naming an action: "Migration of…", "Creation of…" */
  OPEN_PASSIVE,   /* "Was promoted…", "The database was migrated…" */
  OPEN_SLOT,      /* a [slot] the user is to fill: "[Verb] the API…" */
} CoachOpener;

/* What a weak opening says of the person's part, which a rewrite keeps. */
typedef enum
{
  SCOPE_NONE,     /* nothing a rewrite can change ("Worked as…") */
  SCOPE_SHARED,   /* a part in others' work: helped, contributed, supported */
  SCOPE_DUTY,     /* an assignment: responsible for, tasked with */
  SCOPE_TOOL,     /* a tool used: used, leveraged, worked with */
  SCOPE_SKILL,    /* knowledge: familiar with, experience in */
} CoachScope;

/* The form of a verb a word is, as the lexicon reads it. */
typedef enum
{
  VERB_FORM_NONE,
  VERB_FORM_BASE,   /* "implement", "lead" */
  VERB_FORM_S,      /* "implements", "leads" */
  VERB_FORM_ING,    /* "implementing", "leading" */
  VERB_FORM_ED,     /* "implemented", "led", "written" */
} CoachVerbForm;

typedef struct
{
  guint bstart;
  guint bend;
  guint cstart;
  guint cend;
  guint lower;   /* offset of the lower-case copy in the scratch buffer */
  guint flags;
  guint lex;
  const char   *lemma; /* the verb lemma, if the word is a verb form */
  CoachVerbForm form;
} CoachToken;

typedef struct
{
  VitaeCoachIssueKind   kind;
  CoachScope            scope;
  gboolean              tool_object;
  guint                 n_words;
  char                **words;
} CoachPhrase;

typedef struct
{
  char       *verb;       /* past tense */
  char       *slot;       /* the object, where the bullet names none */
} CoachNominal;

typedef struct
{
  const char *id;         /* interned */
  char       *context;
  char       *technique;
  char       *result;
} CoachPattern;

typedef struct
{
  const char *id;         /* interned */
  GPtrArray  *verbs;      /* char *, best first */
  GPtrArray  *tool_verbs; /* char *, best first, a subset of verbs */
  GPtrArray  *patterns;   /* CoachPattern *, best first */
} CoachArea;

#define COACH_MAX_AREAS 16
/* A bullet rarely holds more passive clauses than this. */
#define COACH_MAX_PASSIVES 4

typedef struct
{
  guint8 weight[COACH_MAX_AREAS];
} CoachCue;

struct _VitaeCoach
{
  GObject     parent_instance;

  /* owned: the catalog's data, read once */
  GHashTable *lexicon;     /* word → CoachLex bits */
  GHashTable *phrases;     /* first word → GPtrArray of CoachPhrase, longest first */
  GHashTable *irregular;   /* verb form → past tense */
  GHashTable *cues;        /* word → CoachCue */
  GHashTable *nominals;    /* noun → CoachNominal */
  GHashTable *vague_slots; /* vague noun → slot */

  /* owned: the English lexicon of 20-lexicon.sql (WordNet 3.0). The keys
   * and values point into word_lists, the rows split in place. */
  GPtrArray  *word_lists;  /* char * */
  GHashTable *verbs;       /* verb lemma → itself */
  GHashTable *verb_exc;    /* irregular form → lemma ("led" → "lead") */
  GHashTable *verb_ed;     /* lemma → its -ed form where the rules miss it ("ship" → "shipped") */
  GHashTable *nominal_verbs; /* noun naming an action → verb lemma ("creation" → "create") */
  GHashTable *adverbs;     /* -ly adverbs ("actively") */
  GHashTable *noun_first;  /* verbs mostly used as nouns or adjectives ("team", "full") */
  GPtrArray  *object_verbs[COACH_N_OBJECTS]; /* char *, best first */
  GPtrArray  *areas;       /* CoachArea, by rank; the general area last */
  CoachArea  *general;

  /* owned: first-person words of other languages, as "de:ich" */
  GHashTable *first_person;
  /* owned: the language a bullet is taken to be in when its own text does
   * not say (the document's), or NULL for English */
  char       *language;

  /* owned: results by bullet text, in two generations so that the cache
   * stays bounded while the bullets being edited stay in it */
  GHashTable *cache;
  GHashTable *old_cache;

  /* owned: scratch space reused by every analysis */
  GArray     *tokens;
  GString    *lower;
};

struct _VitaeCoachResult
{
  grefcount   ref_count;
  char       *text;
  guint       score;
  guint       base_score;  /* the score before the entry's repeated verbs */
  gboolean    scored;      /* FALSE for an empty or just-started bullet */
  const char *area;        /* interned */
  GArray     *issues;      /* VitaeCoachIssue */
  GArray     *suggestions; /* VitaeCoachSuggestion, once suggested */

  /* Suggestions are written when first asked for: a resume's analysis on
   * each keystroke needs the issues and scores of every bullet, the window
   * the rewrites of the focused one only. */
  gboolean    suggested;
  GWeakRef    coach;

  /* The lower-case opening word and its span, for repeated-verb. */
  char       *opening;
  guint       opening_start;
  guint       opening_end;
};

/* State of one analysis, shared by the detection and the rewriting. */
typedef struct
{
  VitaeCoach        *coach;
  const char        *text;
  CoachToken        *tokens;
  guint              n_tokens;
  const char        *lower;

  guint              lead;        /* first token after a leading "I" or adverb */
  const CoachPhrase *weak;        /* the weak phrase at lead, if any */
  guint              weak_length; /* tokens it spans, adverbs included */
  gboolean           has_metric;
  gint               passive_aux; /* token of the first passive, or -1 */
  gint               passive_participle;
  guint              n_passives;  /* passives found, at most COACH_MAX_PASSIVES */
  guint              passive_auxes[COACH_MAX_PASSIVES];
  guint              passive_participles[COACH_MAX_PASSIVES];
  CoachArea         *area;

  /* The shallow parse: the opener, tokens [0, opener_end), replaced by a
   * rewrite only where it is weak or a noun naming the action. */
  CoachOpener        opener;
  CoachScope         scope;
  guint              opener_end;
  const char        *verb_lemma;   /* the opener's verb, if any */
  gboolean           has_technique; /* "using X", "via Y", "by adding Z" */
  guint              n_named;       /* tools and names: "Kafka", "CI/CD", "S3" */
  guint              n_words;
  guint              n_vague;
  guint              n_filler;
  gboolean           first_person;
  gboolean           pronoun_opener; /* "I built…" */
  gboolean           sentences;     /* more than one sentence */
  gboolean           quiet;         /* score only: no issues, no messages */
} CoachAnalysis;

static inline const char *
coach_token_lower (const CoachAnalysis *analysis,
                   guint                i)
{
  return analysis->lower + analysis->tokens[i].lower;
}

/* Small helpers shared by the coach's files ********************************/

/* Whether token @i is there and is @word, in lower case. */
static inline gboolean
coach_token_is (const CoachAnalysis *analysis,
                guint                i,
                const char          *word)
{
  return i < analysis->n_tokens && g_str_equal (coach_token_lower (analysis, i), word);
}

/* The index of @word in @words, one of the coach's short word lists, or -1. */
static inline gint
coach_word_index (const char         *word,
                  const char * const *words,
                  gsize               n_words)
{
  for (gsize k = 0; k < n_words; k++)
    if (g_str_equal (word, words[k]))
      return (gint) k;

  return -1;
}

#define COACH_WORD_IN(word, words) \
  (coach_word_index ((word), (words), G_N_ELEMENTS (words)) >= 0)

/* Whether token @i is there and is one of @words. */
#define COACH_TOKEN_IN(analysis, i, words) \
  ((i) < (analysis)->n_tokens && COACH_WORD_IN (coach_token_lower ((analysis), (i)), (words)))

/* Whether the text between tokens @k - 1 and @k holds one of @marks, a
 * NULL-terminated list: ",", "—", " - "… */
static inline gboolean
coach_gap_has (const CoachAnalysis *analysis,
               guint                k,
               const char * const  *marks)
{
  const char *gap = analysis->text + analysis->tokens[k - 1].bend;
  gsize gap_len = analysis->tokens[k].bstart - analysis->tokens[k - 1].bend;

  for (guint m = 0; marks[m] != NULL; m++)
    if (g_strstr_len (gap, gap_len, marks[m]) != NULL)
      return TRUE;

  return FALSE;
}

#define COACH_GAP_HAS(analysis, k, ...) \
  coach_gap_has ((analysis), (k), (const char * const []) { __VA_ARGS__, NULL })

/* Whether only spaces stand between tokens @i - 1 and @i. */
static inline gboolean
coach_joined_by_space (const CoachAnalysis *analysis,
                       guint                i)
{
  for (guint b = analysis->tokens[i - 1].bend; b < analysis->tokens[i].bstart; b++)
    if (!g_ascii_isspace (analysis->text[b]))
      return FALSE;

  return TRUE;
}

/* A letter of Chinese, Japanese or Korean, which write no spaces. */
static inline gboolean
coach_is_cjk (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) ||
         (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/* vitae-coach.c and vitae-coach-lexicon.c: the coach, its results, its words */
guint             _vitae_coach_lookup_lex     (VitaeCoach          *self,
                                               const char          *word);
VitaeCoachResult *_vitae_coach_result_new     (const char          *text);
VitaeCoachResult *_vitae_coach_result_copy    (VitaeCoachResult    *self);
void              _vitae_coach_result_add     (VitaeCoachResult    *self,
                                               VitaeCoachIssueKind  kind,
                                               guint                start,
                                               guint                end,
                                               char                *message);
gboolean          _vitae_coach_load_words     (VitaeCoach          *self,
                                               sqlite3             *db,
                                               GError             **error);
const char       *_vitae_coach_verb_lemma     (VitaeCoach          *self,
                                               const char          *word,
                                               CoachVerbForm       *form);
char             *_vitae_coach_verb_past      (VitaeCoach          *self,
                                               const char          *lemma);
const char       *_vitae_coach_nominal_verb   (VitaeCoach          *self,
                                               const char          *noun);
gboolean          _vitae_coach_is_adverb_word (VitaeCoach          *self,
                                               const char          *word);
gboolean          _vitae_coach_is_noun_first  (VitaeCoach          *self,
                                               const char          *word);

/* vitae-coach-analysis.c: one bullet's issues and score */
typedef enum
{
  COACH_ANALYZE_SCORE,       /* the score only, for a suggestion as if applied */
  COACH_ANALYZE_ISSUES,      /* issues and score; suggestions come when asked for */
  COACH_ANALYZE_SUGGEST,     /* issues, score and suggestions */
} CoachAnalyzeMode;

VitaeCoachResult *_vitae_coach_analyze        (VitaeCoach          *self,
                                               const char          *text,
                                               CoachAnalyzeMode     mode);
guint             _vitae_coach_score          (VitaeCoachResult    *self);
int               _vitae_coach_compare_issues (gconstpointer        a,
                                               gconstpointer        b);
void              _vitae_coach_check_shape    (VitaeCoachResult    *result,
                                               gboolean             has_metric,
                                               guint                n_words,
                                               guint                long_start,
                                               guint                n_chars);
guint             _vitae_coach_length_points  (guint                n_words);
gint              _vitae_coach_shared_points  (gboolean             has_metric,
                                               guint                n_words,
                                               gboolean             first_person,
                                               guint                n_vague,
                                               guint                n_filler);
CoachArea        *_vitae_coach_area_of        (const CoachAnalysis *analysis,
                                               guint                first,
                                               guint                end);

/* vitae-coach-tokens.c: words, their shapes and the lexicon's phrases */
void              _vitae_coach_tokenize       (VitaeCoach          *self,
                                               const char          *text);
gboolean          _vitae_coach_is_adverb      (const CoachAnalysis *analysis,
                                               guint                i);
gboolean          _vitae_coach_is_name        (const CoachToken    *token);
const CoachPhrase *_vitae_coach_match_phrase  (const CoachAnalysis *analysis,
                                               guint                i,
                                               guint                kind_mask,
                                               guint               *n_tokens);
gboolean          _vitae_coach_is_participle  (const CoachAnalysis *analysis,
                                               guint                i);
gboolean          _vitae_coach_is_listed_participle (const CoachAnalysis *analysis,
                                                     guint                i);
char             *_vitae_coach_quote_span     (const CoachAnalysis *analysis,
                                               guint                first,
                                               guint                last);

/* vitae-coach-figures.c: figures that measure a result */
gboolean          _vitae_coach_is_metric_at   (const CoachAnalysis *analysis,
                                               guint                i);
gboolean          _vitae_coach_is_year        (const char          *word,
                                               gsize                len);

/* vitae-coach-opener.c: how the bullet opens */
void              _vitae_coach_find_opener    (CoachAnalysis       *analysis,
                                               VitaeCoachResult    *result);

/* vitae-coach-language.c: bullets in another language than the coach's */
const char       *_vitae_coach_other_language (const CoachAnalysis *analysis);
void              _vitae_coach_analyze_other  (CoachAnalysis       *analysis,
                                               VitaeCoachResult    *result,
                                               const char          *language,
                                               guint                n_chars);

/* vitae-coach-rewrite.c and vitae-coach-openings.c: the suggestions */
typedef struct
{
  char       *opener;  /* the new opening words, or NULL to keep the bullet's own */
  guint       from;    /* the first of the user's tokens kept after it */
  const char *id;      /* a pattern id for a rewrite that only changes the opener */
} CoachOpening;

/* A bullet gets at most this many openings to try. */
#define COACH_MAX_OPENINGS 4

void              _vitae_coach_rewrite        (CoachAnalysis       *analysis,
                                               VitaeCoachResult    *result);
const char       *_vitae_coach_rest_start     (const CoachAnalysis *analysis,
                                               guint                from);
gboolean          _vitae_coach_ends_clause    (const CoachAnalysis *analysis,
                                               guint                k);
guint             _vitae_coach_plan_openings  (CoachAnalysis       *analysis,
                                               CoachOpening        *openings);
gboolean          _vitae_coach_says_no_outcome (const CoachAnalysis *analysis,
                                                guint                i);

G_END_DECLS
