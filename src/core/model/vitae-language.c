/* vitae-language.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-language"

#include "config.h"

#include <string.h>

#include "vitae-language.h"

/* The document languages Vitae has headings, month names and date formats
 * for (data/catalog/40-locale.sql), in the order a picker lists them. */
static const VitaeLanguageInfo supported[] = {
  { "en", "English",    "English",    FALSE },
  { "de", "Deutsch",    "German",     FALSE },
  { "fr", "Français",   "French",     FALSE },
  { "es", "Español",    "Spanish",    FALSE },
  { "pt", "Português",  "Portuguese", FALSE },
  { "it", "Italiano",   "Italian",    FALSE },
  { "nl", "Nederlands", "Dutch",      FALSE },
  { "pl", "Polski",     "Polish",     FALSE },
  { "ru", "Русский",    "Russian",    FALSE },
  { "zh", "中文",       "Chinese",    FALSE },
  { "ja", "日本語",     "Japanese",   FALSE },
  { "ko", "한국어",     "Korean",     FALSE },
  { "ar", "العربية",    "Arabic",     TRUE },
  { "he", "עברית",      "Hebrew",     TRUE },
};

/**
 * vitae_language_get_supported:
 * @n_languages: (out): where to store the number of languages
 *
 * Returns: (transfer none) (array length=n_languages): the document
 *   languages Vitae localises headings, months and dates for, English first
 */
const VitaeLanguageInfo *
vitae_language_get_supported (guint *n_languages)
{
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = G_N_ELEMENTS (supported);
  return supported;
}

/* Whether @s is 1 to 8 ASCII letters and digits. */
static gboolean
is_subtag (const char *s)
{
  gsize len = strlen (s);

  if (len < 1 || len > 8)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_alpha (const char *s)
{
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

/**
 * vitae_language_normalize:
 * @tag: (nullable): a language tag as found: "pt_BR", "EN-us",
 *   "de_DE.UTF-8", "zh-hant-tw"
 *
 * Puts @tag in the canonical BCP 47 case ("pt-BR", "en-US", "de-DE",
 * "zh-Hant-TW"): primary language in lower case, a script in title case, a
 * region in upper case. POSIX locale names lose their codeset and modifier.
 * "iw" becomes "he".
 *
 * Returns: (transfer full) (nullable): the tag, or %NULL when @tag is no
 *   language tag ("C", "POSIX", "", garbage)
 */
char *
vitae_language_normalize (const char *tag)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = NULL;
  char *cut;

  if (tag == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (tag));
  if ((cut = strpbrk (copy, ".@")) != NULL)
    *cut = '\0';
  g_strdelimit (copy, "_", '-');

  if (g_ascii_strcasecmp (copy, "C") == 0 || g_ascii_strcasecmp (copy, "POSIX") == 0)
    return NULL;

  parts = g_strsplit (copy, "-", -1);
  if (parts[0] == NULL)
    return NULL;

  /* The primary language: two or three letters (ISO 639), or a registered
   * one of up to eight. */
  if (!is_subtag (parts[0]) || !is_alpha (parts[0]) || strlen (parts[0]) < 2)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = parts[i];
      gsize len = strlen (part);

      if (!is_subtag (part))
        return NULL;

      if (i > 0)
        g_string_append_c (out, '-');

      if (i == 0)
        {
          g_autofree char *lower = g_ascii_strdown (part, -1);

          g_string_append (out, g_str_equal (lower, "iw") ? "he" : lower);
        }
      else if (len == 4 && is_alpha (part))
        {
          g_string_append_c (out, g_ascii_toupper (part[0]));
          for (gsize k = 1; k < len; k++)
            g_string_append_c (out, g_ascii_tolower (part[k]));
        }
      else if ((len == 2 && is_alpha (part)) ||
               (len == 3 && g_ascii_isdigit (part[0]) && g_ascii_isdigit (part[1]) && g_ascii_isdigit (part[2])))
        {
          for (gsize k = 0; k < len; k++)
            g_string_append_c (out, g_ascii_toupper (part[k]));
        }
      else
        {
          for (gsize k = 0; k < len; k++)
            g_string_append_c (out, g_ascii_tolower (part[k]));
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * vitae_language_dup_primary:
 * @tag: (nullable): a language tag
 *
 * Returns: (transfer full) (nullable): the primary language of @tag in
 *   lower case ("pt" for "pt_BR.UTF-8"), or %NULL if @tag is none
 */
char *
vitae_language_dup_primary (const char *tag)
{
  g_autofree char *normal = vitae_language_normalize (tag);
  char *dash;

  if (normal == NULL)
    return NULL;
  if ((dash = strchr (normal, '-')) != NULL)
    *dash = '\0';
  return g_steal_pointer (&normal);
}

/**
 * vitae_language_lookup:
 * @tag: (nullable): a language tag, of which only the primary language counts
 *
 * Returns: (transfer none) (nullable): the supported language of @tag, or
 *   %NULL if Vitae has no headings for it
 */
const VitaeLanguageInfo *
vitae_language_lookup (const char *tag)
{
  g_autofree char *primary = vitae_language_dup_primary (tag);

  if (primary == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (supported); i++)
    if (g_str_equal (supported[i].tag, primary))
      return &supported[i];
  return NULL;
}

/**
 * vitae_language_get_endonym:
 * @tag: (nullable): a language tag
 *
 * Returns: (transfer none) (nullable): the name of the language of @tag in
 *   that language ("Deutsch"), or %NULL if it is not a supported one
 */
const char *
vitae_language_get_endonym (const char *tag)
{
  const VitaeLanguageInfo *info = vitae_language_lookup (tag);

  return info != NULL ? info->endonym : NULL;
}

/**
 * vitae_language_is_rtl:
 * @tag: (nullable): a language tag
 *
 * Returns: whether text in @tag is written right to left: Arabic, Hebrew,
 *   Persian, Urdu, Yiddish, … or any language with an Arabic, Hebrew,
 *   Syriac, Thaana or N'Ko script subtag ("az-Arab")
 */
gboolean
vitae_language_is_rtl (const char *tag)
{
  static const char *rtl_languages[] = {
    "ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr", "ku-Arab",
  };
  static const char *rtl_scripts[] = { "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg" };
  g_autofree char *normal = vitae_language_normalize (tag);
  g_auto(GStrv) parts = NULL;

  if (normal == NULL)
    return FALSE;

  parts = g_strsplit (normal, "-", -1);
  for (guint i = 1; parts[i] != NULL; i++)
    if (strlen (parts[i]) == 4 && is_alpha (parts[i]))
      return g_strv_contains (rtl_scripts, parts[i]);

  return g_strv_contains (rtl_languages, parts[0]);
}


/* Detection. */

typedef enum
{
  SCRIPT_LATIN,
  SCRIPT_CYRILLIC,
  SCRIPT_GREEK,
  SCRIPT_ARABIC,
  SCRIPT_HEBREW,
  SCRIPT_HAN,
  SCRIPT_KANA,
  SCRIPT_HANGUL,
  SCRIPT_THAI,
  SCRIPT_DEVANAGARI,
  N_SCRIPTS
} Script;

/* How many letters of each script, with a few letters that tell the
 * languages sharing a script apart. */
typedef struct
{
  guint script[N_SCRIPTS];
  guint ukrainian;       /* і ї є ґ */
  guint belarusian;      /* ў */
  guint serbian;         /* ђ ћ џ ј љ њ */
  guint russian;         /* ы э ё */
  guint hard_sign;       /* ъ */
  guint persian;         /* پ چ ژ گ ک ی */
  guint urdu;            /* ٹ ڈ ڑ ں ے */
} Counts;

static void
count_letter (Counts   *counts,
              gunichar  c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  if (script == G_UNICODE_SCRIPT_LATIN)
    {
      counts->script[SCRIPT_LATIN]++;
    }
  else if (script == G_UNICODE_SCRIPT_CYRILLIC)
    {
      counts->script[SCRIPT_CYRILLIC]++;
      c = g_unichar_tolower (c);
      if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491)
        counts->ukrainian++;
      else if (c == 0x045E)
        counts->belarusian++;
      else if (c == 0x0452 || c == 0x045B || c == 0x045F || c == 0x0458 || c == 0x0459 || c == 0x045A)
        counts->serbian++;
      else if (c == 0x044B || c == 0x044D || c == 0x0451)
        counts->russian++;
      else if (c == 0x044A)
        counts->hard_sign++;
    }
  else if (script == G_UNICODE_SCRIPT_ARABIC)
    {
      counts->script[SCRIPT_ARABIC]++;
      if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC)
        counts->persian++;
      else if (c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06D2)
        counts->urdu++;
    }
  else if (script == G_UNICODE_SCRIPT_GREEK)
    counts->script[SCRIPT_GREEK]++;
  else if (script == G_UNICODE_SCRIPT_HEBREW)
    counts->script[SCRIPT_HEBREW]++;
  else if (script == G_UNICODE_SCRIPT_HAN)
    counts->script[SCRIPT_HAN]++;
  else if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
    counts->script[SCRIPT_KANA]++;
  else if (script == G_UNICODE_SCRIPT_HANGUL)
    counts->script[SCRIPT_HANGUL]++;
  else if (script == G_UNICODE_SCRIPT_THAI)
    counts->script[SCRIPT_THAI]++;
  else if (script == G_UNICODE_SCRIPT_DEVANAGARI)
    counts->script[SCRIPT_DEVANAGARI]++;
}

/* Stop words of the Latin-script languages detection tells apart: the short
 * words every sentence has, also in a resume's terse bullets. A word several
 * languages share counts for each of them in part. */
typedef struct
{
  const char *tag;
  const char *words;      /* space-separated, case-folded */
  const char *letters;    /* letters that (nearly) only this language uses */
} LatinLanguage;

static const LatinLanguage latin_languages[] = {
  { "en",
    "the and of to in for with on at by from is was were are as an a our my i "
    "which that this over into across using while have has been its their we "
    "who per than more",
    "" },
  { "de",
    "der die das und mit für von zu den dem des im in ein eine einer eines "
    "einem einen auf bei aus ist wurde sowie über nach durch als zur zum sich "
    "ich wir oder nicht auch um bis vom unter neue neuen",
    "äöüß" },
  { "fr",
    "le la les de des du et en un une pour avec dans sur par au aux est à d l "
    "qui que je nous ce cette son sa ses plus été ou mon mes leur leurs chez "
    "afin entre",
    "êèûœëïîâ" },
  { "es",
    "el la los las de del y en un una para con por que a al se es su sus como "
    "más o lo desde entre sobre mediante fue sin hasta mi mis e nuevo nueva",
    "ñ" },
  { "pt",
    "o a os as de do da dos das e em no na nos nas um uma para com por que ao "
    "à é se seu sua mais pelo pela como foi entre sobre através não meu minha "
    "novo nova",
    "ãõ" },
  { "it",
    "il lo la i gli le di del della dei delle dello e ed in un una uno per con "
    "su da dal dalla al alla che è sono nel nella nei come più tra fra anche "
    "non mio mia nuovo nuova",
    "òì" },
  { "nl",
    "de het een en van in met voor op aan te is dat die bij door naar uit als "
    "om over zijn werd ook niet tot wij ik mijn onze nieuwe",
    "" },
  { "pl",
    "i w z na do się oraz dla o od po przez że jest jako nie za ze we to a u "
    "przy który która które ich jego mój moja nowy nowe",
    "ąęłśźżćń" },
};

/* Letters of Latin-script languages detection does not tell apart: Turkish,
 * Czech, Slovak, Hungarian, Romanian, Vietnamese, the Nordic languages. */
static const char other_latin_letters[] = "ğşıřěůőűșțăơưđåæø";

typedef struct
{
  double weight[G_N_ELEMENTS (latin_languages)];
} WordWeights;

static GHashTable *
get_stop_words (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
        {
          g_auto(GStrv) list = g_strsplit (latin_languages[l].words, " ", -1);

          for (guint i = 0; list[i] != NULL; i++)
            {
              WordWeights *ww;

              if (list[i][0] == '\0')
                continue;
              ww = g_hash_table_lookup (words, list[i]);
              if (ww == NULL)
                {
                  ww = g_new0 (WordWeights, 1);
                  g_hash_table_insert (words, g_strdup (list[i]), ww);
                }
              ww->weight[l] = 1.0;
            }
        }

      /* A word that several languages list counts for each in part. */
      {
        GHashTableIter iter;
        gpointer value;

        g_hash_table_iter_init (&iter, words);
        while (g_hash_table_iter_next (&iter, NULL, &value))
          {
            WordWeights *ww = value;
            guint n = 0;

            for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
              n += ww->weight[l] > 0;
            for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
              if (ww->weight[l] > 0)
                ww->weight[l] = 1.0 / n;
          }
      }

      g_once_init_leave (&table, words);
    }

  return table;
}

/* Scores @text against each Latin-script language: the stop words it has,
 * plus a little for each letter only that language uses. */
static const char *
detect_latin (const char *text)
{
  GHashTable *stop_words = get_stop_words ();
  double score[G_N_ELEMENTS (latin_languages)] = { 0 };
  guint letters[G_N_ELEMENTS (latin_languages)] = { 0 };
  g_autoptr(GString) word = g_string_new (NULL);
  guint n_words = 0;
  guint other = 0;
  guint best = 0, second = 0;
  double best_score, second_score;
  double total = 0;
  gboolean capitals = TRUE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalpha (c))
        {
          gunichar lower = g_unichar_tolower (c);

          capitals &= g_unichar_isupper (c);
          g_string_append_unichar (word, lower);
          for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
            if (lower > 0x7f && g_utf8_strchr (latin_languages[l].letters, -1, lower) != NULL)
              letters[l]++;
          if (lower > 0x7f && g_utf8_strchr (other_latin_letters, -1, lower) != NULL)
            other++;
          continue;
        }

      if (word->len > 0)
        {
          /* (Two capitals are a code, a state's ("Chicago, IL"), not
           * a stop word.) */
          WordWeights *ww = capitals && word->len == 2 ? NULL : g_hash_table_lookup (stop_words, word->str);

          n_words++;
          if (ww != NULL)
            for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
              score[l] += ww->weight[l];
          g_string_truncate (word, 0);
        }
      capitals = TRUE;

      if (c == 0)
        break;
    }

  /* Many letters of languages not told apart here: unsure rather than
   * wrong. A few are a name ("Özdemir") in a resume in another language. */
  if (other >= 3 && other * 10 >= n_words)
    return NULL;

  for (guint l = 0; l < G_N_ELEMENTS (latin_languages); l++)
    {
      score[l] += 0.5 * MIN (letters[l], 6);
      total += score[l];
    }

  for (guint l = 1; l < G_N_ELEMENTS (latin_languages); l++)
    {
      if (score[l] > score[best])
        {
          second = best;
          best = l;
        }
      else if (best == second || score[l] > score[second])
        second = l;
    }
  best_score = score[best];
  second_score = best == second ? 0 : score[second];

  /* Too few words, too few stop words, or two languages too close. */
  if (n_words < 4 || best_score < 1.5 || total <= 0)
    return NULL;
  if (best_score - second_score < 1.0 || best_score < 1.4 * second_score)
    return NULL;

  return latin_languages[best].tag;
}

/**
 * vitae_language_detect:
 * @text: (nullable): some text of a document, in UTF-8
 *
 * Guesses the language @text is written in: by its script for Cyrillic,
 * Greek, Arabic, Hebrew, Chinese, Japanese, Korean, Thai and Devanagari text
 * (and by a few letters within a script: Ukrainian "ї", Persian "پ",
 * Japanese kana), by its stop words and letters for English, German, French,
 * Spanish, Portuguese, Italian, Dutch and Polish.
 *
 * Returns: (transfer none) (nullable): the BCP 47 primary language tag
 *   ("de"), or %NULL if @text is too short or its language is unclear
 */
const char *
vitae_language_detect (const char *text)
{
  Counts counts;
  guint weighted[N_SCRIPTS];
  guint total = 0;
  guint cjk;
  Script top = SCRIPT_LATIN;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  memset (&counts, 0, sizeof counts);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        count_letter (&counts, c);
    }

  /* A Chinese, Japanese or Korean character says about as much as a short
   * word of an alphabet: weigh them so. */
  for (guint s = 0; s < N_SCRIPTS; s++)
    {
      weighted[s] = counts.script[s];
      if (s == SCRIPT_HAN || s == SCRIPT_KANA || s == SCRIPT_HANGUL)
        weighted[s] *= 3;
      total += weighted[s];
    }

  cjk = counts.script[SCRIPT_HAN] + counts.script[SCRIPT_KANA] + counts.script[SCRIPT_HANGUL];

  /* The script with the most letters other than Latin, if it has a good
   * share of the text: an English name or tool in a Russian resume leaves
   * it Russian; Chinese and Japanese count together. */
  {
    guint top_weight = 0;

    for (guint s = SCRIPT_CYRILLIC; s < N_SCRIPTS; s++)
      {
        guint w = weighted[s];

        if (s == SCRIPT_HAN || s == SCRIPT_KANA || s == SCRIPT_HANGUL)
          w = cjk * 3;
        if (w > top_weight)
          {
            top_weight = w;
            top = s;
          }
      }

    if (top_weight == 0 || top_weight * 10 < total * 3)
      top = SCRIPT_LATIN;
  }

  switch (top)
    {
    case SCRIPT_LATIN:
      if (counts.script[SCRIPT_LATIN] < 12)
        return NULL;
      return detect_latin (text);

    case SCRIPT_HAN:
    case SCRIPT_KANA:
    case SCRIPT_HANGUL:
      if (cjk < 4)
        return NULL;
      if (counts.script[SCRIPT_HANGUL] * 10 >= cjk * 3)
        return "ko";
      if (counts.script[SCRIPT_KANA] >= 2 &&
          counts.script[SCRIPT_KANA] * 20 >= counts.script[SCRIPT_HAN] + counts.script[SCRIPT_KANA])
        return "ja";
      if (counts.script[SCRIPT_KANA] > 0)
        return NULL;
      return "zh";

    case SCRIPT_CYRILLIC:
      if (counts.script[SCRIPT_CYRILLIC] < 12)
        return NULL;
      if (counts.ukrainian >= 2 && counts.ukrainian > counts.russian)
        return "uk";
      if (counts.belarusian >= 1 && counts.belarusian >= counts.russian)
        return "be";
      if (counts.serbian >= 2 && counts.russian == 0)
        return "sr";
      if (counts.hard_sign >= 2 && counts.russian == 0)
        return "bg";
      return "ru";

    case SCRIPT_ARABIC:
      if (counts.script[SCRIPT_ARABIC] < 12)
        return NULL;
      if (counts.urdu >= 2)
        return "ur";
      if (counts.persian >= 2)
        return "fa";
      return "ar";

    case SCRIPT_HEBREW:
      return counts.script[SCRIPT_HEBREW] >= 12 ? "he" : NULL;

    case SCRIPT_GREEK:
      return counts.script[SCRIPT_GREEK] >= 12 ? "el" : NULL;

    case SCRIPT_THAI:
      return counts.script[SCRIPT_THAI] >= 12 ? "th" : NULL;

    case SCRIPT_DEVANAGARI:
      return counts.script[SCRIPT_DEVANAGARI] >= 12 ? "hi" : NULL;

    case N_SCRIPTS:
    default:
      g_assert_not_reached ();
    }

  return NULL;
}
