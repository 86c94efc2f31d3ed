/* vitae-import-text.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line importer's reading of words: headings, names, dates, bullet
 * marks, e-mail addresses, phone numbers and web addresses. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-import-known.h"
#include "vitae-import-contact-around.h"
#include "vitae-import-private.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

static const struct {
  guint       kind;
  const char *words;
} heading_words[] = {
  { VITAE_SECTION_EXPERIENCE, "experience|work|work experience|professional experience|employment|"
                              "employment history|work history|career|relevant experience|internships|internship|"
                              "berufserfahrung|erfahrung|berufliche erfahrung|expérience|"
                              "expérience professionnelle|expériences professionnelles|experiencia|"
                              "experiencia laboral|experiencia profesional|esperienza|"
                              "esperienze lavorative|esperienza professionale|experiência|"
                              "experiência profissional|werkervaring|ervaring|опыт работы|опыт|"
                              "досвід роботи|doświadczenie zawodowe|工作经历|工作经验|实习经历|职業経歴|職歴|職務経歴|"
                              "beruflicher werdegang|werdegang|berufspraxis|praktika|arbeitserfahrung|expériences|"
                              "parcours professionnel|experiencias|стажировки|doświadczenie|praktyki|ervaringen|"
                              "actividades laborales|actividad laboral|berufliche laufbahn|atuação|atuação profissional|"
                              "research experience|teaching experience|academic experience|leadership experience" },
  { VITAE_SECTION_EDUCATION, "education|academic background|ausbildung|bildung|bildungsweg|"
                             "formation|éducation|educación|formación|formación académica|"
                             "istruzione|formazione|educação|formação|formação acadêmica|opleiding|"
                             "образование|освіта|wykształcenie|教育经历|教育背景|学历|学歴|opleidingen|schulbildung|"
                             "studium|akademischer werdegang|études|parcours académique|estudios|"
                             "istruzione e formazione|formação académica|edukacja|estudios académicos|cursus|"
                             "cursus scolaire|cursus universitaire|academic qualifications|educational qualifications" },
  { VITAE_SECTION_SKILLS, "skills|technical skills|core skills|key skills|skills & tools|technical knowledge|"
                          "technical expertise|tech stack|"
                          "technologies|kenntnisse|fähigkeiten|kompetenzen|compétences|"
                          "compétences techniques|habilidades|competencias|competenze|"
                          "competências|vaardigheden|навыки|ключевые навыки|навички|umiejętności|"
                          "专业技能|技能|个人技能|技能特长|スキル|soft skills|hard skills" },
  { VITAE_SECTION_PROJECTS, "projects|personal projects|side projects|open source|projekte|projets|"
                            "proyectos|progetti|projetos|projecten|проекты|проєкти|projekty|项目经验|项目经历|プロジェクト" },
  { VITAE_SECTION_CERTIFICATIONS, "certifications|certificates|licenses & certifications|"
                                  "licenses and certifications|zertifikate|zertifizierungen|"
                                  "certificats|certificaciones|certificazioni|certificações|"
                                  "certificaten|证书|资格证书|資格|certification|certificate|certificados|certificati|"
                                  "certyfikaty|сертификаты|сертификаты и достижения|сертифікати|weiterbildung|"
                                  "weiterbildungen|fortbildungen|courses and certifications|courses & certifications" },
  { VITAE_SECTION_AWARDS, "awards|honors|honours|awards & honors|honors & awards|achievements|"
                          "auszeichnungen|prix|distinctions|premios|premi|prêmios|prijzen|获奖经历|荣誉奖项|受賞歴|"
                          "достижения|награды|nagrody|osiągnięcia|riconoscimenti|récompenses" },
  { VITAE_SECTION_VOLUNTEER, "volunteering|volunteer|volunteer experience|ehrenamt|"
                             "ehrenamtliches engagement|bénévolat|voluntariado|volontariato|"
                             "vrijwilligerswerk|волонтерство|wolontariat" },
  { VITAE_SECTION_PUBLICATIONS, "publications|papers|publikationen|veröffentlichungen|"
                                "publicaciones|pubblicazioni|publicações|publicaties|публикации|publikacje" },
  { VITAE_SECTION_LANGUAGES, "languages|sprachen|sprachkenntnisse|langues|idiomas|lingue|"
                             "línguas|talen|языки|мови|języki|语言能力|語学" },
  { VITAE_SECTION_INTERESTS, "interests|hobbies|interessen|centres d'intérêt|loisirs|intereses|"
                             "interessi|interesses|hobby's|兴趣爱好|趣味|интересы|хобби|zainteresowania|freizeit|aficiones" },
  { VITAE_SECTION_REFERENCES, "references|referenzen|références|referencias|referenze|"
                              "referências|referenties" },
  { VITAE_SECTION_CUSTOM, "additional information" },
  { KIND_SUMMARY, "summary|profile|professional summary|about|about me|objective|career objective|overview|"
                  "summary of qualifications|qualifications summary|career summary|"
                  "profil|zusammenfassung|kurzprofil|persönliches profil|über mich|personal profile|résumé|perfil|resumen|"
                  "perfil profesional|sommario|profilo|sobre mim|sobre|acerca de mí|resumo|profiel|о себе|обо мне|"
                  "профиль|про себе|podsumowanie|o mnie|自我评价|个人简介|自己pr|à propos|à propos de moi" },
};

static int kind_from_words (const char *folded);

/* The section kind a heading names, or -1. English wordings grown by a
 * plural or by "history" ("Experiences", "Education History") name the
 * kind of their stem. */
static int
kind_from_heading (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  gsize len;
  int kind;

  /* (Its words apart by a wide gap: "ÜBER <tab> MICH".) */
  g_strdelimit (folded, "\t", ' ');
  g_strstrip (folded);
  /* ("Centres d’intérêt") */
  _vitae_import_plain_apostrophes (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';
  kind = kind_from_words (folded);
  if (kind < 0)
    kind = _vitae_import_kind_from_parts (folded);
  /* "Previous Employment", "Selected Projects": a word that only says
   * which of them, before a heading's words. */
  if (kind < 0)
    {
      static const char *which[] = { "previous ", "past ", "prior ", "recent ", "selected ", "additional ", "other " };

      for (guint k = 0; k < G_N_ELEMENTS (which); k++)
        if (g_str_has_prefix (folded, which[k]) && (kind = kind_from_words (folded + strlen (which[k]))) >= 0)
          return kind;
    }
  if (kind < 0 && len > 8 && g_str_has_suffix (folded, " history"))
    {
      folded[len - strlen (" history")] = '\0';
      kind = kind_from_words (folded);
    }
  else if (kind < 0 && len > 4 && folded[len - 1] == 's' && g_ascii_isalpha (folded[len - 2]))
    {
      folded[len - 1] = '\0';
      kind = kind_from_words (folded);
    }
  return kind;
}

/* The kinds of the headings read so far, text → kind + 2 (an import asks
 * of most of its lines, many times each, and a miss takes a hundred
 * thousand instructions: case folds, the parts of a heading read one by
 * one), for the language the kinds' titles are read in
 * (kind_from_words(), vitae-import-known.c). Bounded: a hostile file's
 * lines are all different. */
#define MAX_KNOWN_HEADINGS 4096

static GMutex known_lock;
static GHashTable *known_kinds;
static char *known_language;

int
_vitae_import_kind_from_heading (const char *text)
{
  g_autofree char *language = _vitae_import_known_language ();
  gpointer known = NULL;
  gboolean found;
  int kind;

  g_mutex_lock (&known_lock);
  if (known_kinds == NULL || g_strcmp0 (known_language, language) != 0 ||
      g_hash_table_size (known_kinds) >= MAX_KNOWN_HEADINGS)
    {
      g_clear_pointer (&known_kinds, g_hash_table_unref);
      known_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_free (known_language);
      known_language = g_strdup (language);
    }
  found = g_hash_table_lookup_extended (known_kinds, text, NULL, &known);
  g_mutex_unlock (&known_lock);
  if (found)
    return GPOINTER_TO_INT (known) - 2;

  /* (Not under the lock: a heading's parts are read by this function.) */
  kind = kind_from_heading (text);
  g_mutex_lock (&known_lock);
  if (known_kinds != NULL && g_strcmp0 (known_language, language) == 0)
    g_hash_table_insert (known_kinds, g_strdup (text), GINT_TO_POINTER (kind + 2));
  g_mutex_unlock (&known_lock);
  return kind;
}

/* Each word of heading_words (@plain FALSE), or the plain-letter form
 * of each word with accents (@plain TRUE), to the number of the first
 * entry that has it, from 1: built once, so that reading a heading
 * costs two lookups. The plain forms read headings whose capitals or
 * keyboard left the accents out ("Etudes", "Competences", "A propos"). */
static GHashTable *
heading_word_table (gboolean plain)
{
  static gsize tables;

  if (g_once_init_enter (&tables))
    {
      GHashTable **found = g_new0 (GHashTable *, 2);

      found[0] = g_hash_table_new (g_str_hash, g_str_equal);
      found[1] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (heading_words); i++)
        {
          g_auto(GStrv) words = g_strsplit (heading_words[i].words, "|", -1);

          for (guint k = 0; words[k]; k++)
            {
              char *ascii = g_str_is_ascii (words[k]) ? NULL : g_str_to_ascii (words[k], "C");

              if (!g_hash_table_contains (found[0], words[k]))
                g_hash_table_insert (found[0], (char *) g_intern_string (words[k]), GUINT_TO_POINTER (i + 1));
              /* "Résumé" is no "resume" heading: that word names the document. */
              if (ascii != NULL && !g_str_equal (ascii, "resume") && !g_hash_table_contains (found[1], ascii))
                g_hash_table_insert (found[1], g_steal_pointer (&ascii), GUINT_TO_POINTER (i + 1));
              g_free (ascii);
            }
        }
      g_once_init_leave (&tables, (gsize) found);
    }
  return ((GHashTable **) tables)[plain ? 1 : 0];
}

static int
kind_from_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  guint exact, plain, first;
  gsize len;

  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';

  exact = GPOINTER_TO_UINT (g_hash_table_lookup (heading_word_table (FALSE), folded));
  plain = g_str_is_ascii (folded) ? GPOINTER_TO_UINT (g_hash_table_lookup (heading_word_table (TRUE), folded)) : 0;
  first = exact == 0 ? plain : plain == 0 ? exact : MIN (exact, plain);
  if (first > 0)
    return (int) heading_words[first - 1].kind;
  /* "Persönliche Daten", "Personal information" (vitae-import-contact.c). */
  if (_vitae_import_is_personal_heading (folded))
    return VITAE_SECTION_CUSTOM;
  for (guint k = 0; k < VITAE_N_SECTION_KINDS; k++)
    {
      g_autofree char *title = g_utf8_casefold (vitae_section_kind_get_title (k), -1);

      if (g_str_equal (title, folded))
        return (int) k;
    }

  /* The headings of the document languages Vitae knows, and their other
   * common wordings (vitae-locale.c). */
  {
    const char *id = vitae_locale_match_heading (folded, NULL);
    VitaeSectionKind kind;

    if (id != NULL && g_str_equal (id, "summary"))
      return KIND_SUMMARY;
    if (id != NULL && vitae_section_kind_from_id (id, &kind))
      return (int) kind;
  }

  return -1;
}

/* Whether @text is one word that ends as a web host's name does, a dot
 * and two to six small letters: "adalovelace.com", "ada.github.io" (a
 * web address without its scheme, set alone). */
gboolean
_vitae_import_is_web_host (const char *text)
{
  const char *dot = strrchr (text, '.');
  gsize tld = dot != NULL ? strlen (dot + 1) : 0;

  return dot != NULL && dot > text && g_ascii_isalnum (dot[-1]) && tld >= 2 && tld <= 6 &&
         strspn (dot + 1, "abcdefghijklmnopqrstuvwxyz") == tld && strpbrk (text, " \t@/:") == NULL;
}

/* A person's name: a few words, no digits, no address (nor a web
 * host alone), no program's
 * marks ("class Info {") nor an ampersand ("DESIGN & ART"), not opening
 * or closing a quotation ("“Simple is …", "… complex.”"), maybe pronouns
 * after it. */
gboolean
_vitae_import_is_plausible_name (const char *text)
{
  guint n = _vitae_import_count_words (text);
  const char *pronouns = _vitae_import_find_pronouns (text);
  guint n_letters = 0;


  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n_letters += g_unichar_isalpha (g_utf8_get_char (p));
  if (_vitae_import_is_web_host (text))
    return FALSE;

  /* A slash only in pronouns after the name: "Alex Kim (they/them)". */
  return n >= 1 && n <= 6 && n_letters >= 2 && !_vitae_import_has_digit (text) && !strchr (text, '@') &&
         (!strchr (text, '/') || (pronouns != NULL && strchr (text, '/') > pronouns)) &&
         !strchr (text, ':') && !strpbrk (text, "{};=&") && !g_str_has_prefix (text, "\u201c") &&
         !g_str_has_prefix (text, "\u201e") && !g_str_has_prefix (text, "\u00ab") && text[0] != '"' &&
         !g_str_has_suffix (text, "\u201d") && !g_str_has_suffix (text, "\u00bb") &&
         !_vitae_import_is_contact_line (text) &&
         _vitae_import_kind_from_heading (text) < 0;
}

/* Whether @text is written as a name is: each word starts with a
 * capital, but for the little words between a name's parts ("Ana de la
 * Cruz", "Jan van Dijk"). "Ingénieur spécialisé en" is not. */
gboolean
_vitae_import_is_name_cased (const char *text)
{
  static const char * const particles[] = {
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "der", "den", "van", "von", "zu", "la", "le", "ten",
    "ter", "y", "e", "bin", "binti", "al", "el", NULL
  };
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);

  for (guint k = 0; words[k]; k++)
    {
      gunichar c = g_utf8_get_char (words[k]);

      if (words[k][0] != '\0' && g_unichar_isalpha (c) && !g_unichar_isupper (c) && !g_unichar_istitle (c) &&
          !g_strv_contains (particles, words[k]))
        return FALSE;
    }
  return TRUE;
}

/* A name after a greeting: "Hello! I'm Ada Lovelace" → "Ada Lovelace";
 * the text itself otherwise. */
const char *
_vitae_import_skip_greeting (const char *text)
{
  static const char * const greetings[] = { "hello", "hi", "hey", "bonjour", "hallo", "hola", "ciao", NULL };
  static const char * const intros[] = { "i'm ", "i’m ", "i am ", "my name is ", "je suis ", "je m'appelle ",
                                         "ich bin ", "ich heiße ", "soy ", "me llamo ", "sou ", "meu nome é ",
                                         "sono ", "mi chiamo ", NULL };
  g_autofree char *folded = g_ascii_strdown (text, -1);
  const char *p = folded;
  gboolean greeted = FALSE;

  for (guint i = 0; greetings[i] && !greeted; i++)
    if (g_str_has_prefix (p, greetings[i]) && !g_ascii_isalpha (p[strlen (greetings[i])]))
      {
        p += strlen (greetings[i]);
        while (*p == ' ' || *p == '!' || *p == ',' || *p == '.')
          p++;
        greeted = TRUE;
      }
  for (guint i = 0; intros[i]; i++)
    if (g_str_has_prefix (p, intros[i]) && p[strlen (intros[i])] != '\0')
      return text + (p - folded) + strlen (intros[i]);
  return text;
}

gboolean
_vitae_import_is_upper_text (const char *text)
{
  guint n_upper = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        n_upper++;
    }
  return n_upper >= 2;
}

guint
_vitae_import_count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    n += words[i][0] != '\0';
  return n;
}

gboolean
_vitae_import_has_digit_before (const char *text,
                                const char *end)
{
  for (const char *p = text; p < end; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

gboolean
_vitae_import_has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* A character that, alone before a word, marks a list item: a symbol
 * from the arrows on (So, or Sm such as "∠" or "∙"), but not a currency
 * or letterlike sign ("€", "©") nor an emoji (a location pin or a phone
 * before a contact detail). */
static gboolean
is_symbol_glyph (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return c >= 0x2190 && c < 0x1F000 && (type == G_UNICODE_OTHER_SYMBOL || type == G_UNICODE_MATH_SYMBOL);
}

/* The text after a glyph and the space after it, or NULL. */
static const char *
after_glyph (const char *rest)
{
  if (*rest != ' ' && *rest != '\t' && *rest != '\xc2')
    return NULL;
  while (*rest == ' ' || *rest == '\t' || g_str_has_prefix (rest, "\u00a0"))
    rest += *rest == ' ' || *rest == '\t' ? 1 : 2;
  return *rest ? rest : NULL;
}

/* @rest past an emoji that a mark's item starts with, glued to its first
 * word or not ("• ⭐Data …": a second mark, not a word), with its
 * variation selector; else @rest. */
static const char *
skip_emoji_mark (const char *rest)
{
  gunichar c;
  const char *p;

  if (rest == NULL)
    return NULL;
  c = g_utf8_get_char (rest);
  if (!(c >= 0x2B00 && c < 0x2C00) && !(c >= 0x1F300 && c < 0x1FB00) && !(c >= 0x2600 && c < 0x27C0))
    return rest;
  p = g_utf8_next_char (rest);
  if (g_utf8_get_char (p) == 0xFE0F)
    p = g_utf8_next_char (p);
  while (*p == ' ')
    p++;
  return g_unichar_isalnum (g_utf8_get_char (p)) ? p : rest;
}

/* The text after a bullet glyph, or NULL if @text starts with none. */
const char *
_vitae_import_after_bullet (const char *text)
{
  static const char * const glyphs[] = {
    "•", "▪", "◦", "‣", "●", "■", "□", "➢", "►", "▸", "✓", "–", "—", "-", "*", "·", "+", "»", "›", "⁃", ">", "#",
    "・", "･", "‐", "\u2011", NULL
  };
  /* Which of them mark an item glued to its first word too. */
  static const gboolean glued[] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, TRUE };

  /* A numbered item: "1. ", "12) ", followed by a word. */
  if (g_ascii_isdigit (text[0]))
    {
      const char *p = text + 1 + g_ascii_isdigit (text[1]);

      if ((*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t'))
        {
          p++;
          while (*p == ' ' || *p == '\t')
            p++;
          return g_unichar_isalpha (g_utf8_get_char (p)) && !_vitae_import_starts_with_month (p) ? p : NULL;
        }
      /* … or glued to its first word, a capital: "3.Status update …". */
      if (*p == '.' && g_ascii_isupper (p[1]) && _vitae_import_count_words (p) >= 3)
        return p + 1;
      return NULL;
    }

  /* A lettered item: "a) ", "(b) ", followed by a word. */
  if (g_ascii_islower (text[text[0] == '(']) && text[(text[0] == '(') + 1] == ')')
    {
      const char *p = after_glyph (text + (text[0] == '(') + 2);

      return p != NULL && g_unichar_isalpha (g_utf8_get_char (p)) ? p : NULL;
    }

  for (guint i = 0; glyphs[i]; i++)
    if (g_str_has_prefix (text, glyphs[i]))
      {
        const char *rest = text + strlen (glyphs[i]);

        /* "+ 34 612 34 56 78": a country code, spaced from its "+"
         * (also in a cell of its own: "+ 48 <tab> 730- 514- 315"). */
        if (text[0] == '+')
          {
            g_autofree char *spaced = g_strdelimit (g_strdup (text), "\t", ' ');

            if (_vitae_import_looks_like_phone (spaced))
              return NULL;
          }

        /* Marks typed as ">" or "#" (vitae-import-item-marks.c). */
        if (text[0] == '>' || text[0] == '#')
          return _vitae_import_after_typed_mark (text[0], after_glyph (rest));
        /* A dash or a bullet glued to a capital: "-Won third place". */
        if (i < G_N_ELEMENTS (glued) && glued[i] && g_unichar_isupper (g_utf8_get_char (rest)) &&
            _vitae_import_count_words (rest) >= 2)
          return rest;
        return skip_emoji_mark (after_glyph (rest));
      }

  /* A symbol font's circle that the text layer gives as an opening
   * brace (LaTeX's moderncv): "{ 2014 - Course in …", never closed. */
  if (text[0] == '{' && text[1] == ' ' && g_unichar_isalnum (g_utf8_get_char (text + 2)) && !strchr (text, '}'))
    return text + 2;

  /* Any other symbol (an arrow, a dingbat, a geometric shape, a math
   * sign such as "∠") before a word, or a word in brackets ("⋄ (AZ-900)
   * Azure …"), unless the line is a contact detail set after an icon
   * ("✉ ada@example.org", "☎ +1 …"). */
  if (is_symbol_glyph (g_utf8_get_char (text)))
    {
      const char *rest = after_glyph (g_utf8_next_char (text));

      if (rest != NULL && g_unichar_isalnum (g_utf8_get_char (rest[0] == '(' ? rest + 1 : rest)) &&
          !_vitae_import_is_contact_line (rest) && !_vitae_import_has_phone (rest))
        return rest;
    }
  return _vitae_import_after_bracketed_number (text);
}

/* Whether @text is a bullet glyph alone. */
gboolean
_vitae_import_is_bare_glyph (const char *text)
{
  static const char * const glyphs[] = { "•", "▪", "◦", "‣", "●", "■", "□", "➢", "►", "▸", "✓", NULL };

  return g_strv_contains (glyphs, text) ||
         (text[0] != '\0' && *g_utf8_next_char (text) == '\0' && is_symbol_glyph (g_utf8_get_char (text)));
}

/* Splits @text at its last tab, or at a trailing run of dates; @right is
 * NULL when there is none. */
void
_vitae_import_split_right (const char  *text,
                           char       **left,
                           char       **right)
{
  const char *tab = strrchr (text, '\t');

  if (tab != NULL)
    {
      *left = g_strstrip (g_strndup (text, tab - text));
      *right = g_strstrip (g_strdup (tab + 1));
      return;
    }

  /* "Backend Engineer  Apr 2021 – Present": try the last 2–6 words. */
  {
    g_auto(GStrv) words = g_strsplit (text, " ", -1);
    guint n = g_strv_length (words);

    for (guint k = MIN (n - 1, 6); n > 1 && k >= 1; k--)
      {
        g_autofree char *tail = g_strjoinv (" ", words + (n - k));
        g_autofree char *s = NULL, *e = NULL;

        if (_vitae_import_has_digit (tail) && _vitae_import_parse_dates (tail, &s, &e))
          {
            char *saved = words[n - k];

            words[n - k] = NULL;
            *left = g_strstrip (g_strjoinv (" ", words));
            words[n - k] = saved;
            *right = g_steal_pointer (&tail);
            _vitae_import_keep_cut_span (text, left, right);
            return;
          }
      }
  }

  *left = g_strdup (text);
  *right = NULL;
}

gboolean
_vitae_import_looks_like_email (const char *part)
{
  const char *at = strchr (part, '@');

  return at != NULL && at != part && strchr (at, '.') != NULL && strchr (part, ' ') == NULL;
}

/* Whether @part is days of a month and its year written with slashes,
 * as an event's span is ("12/12-15/2022", "3/4/2021 - 5/4/2021"): three
 * groups of digits or more, each of one or two digits or a year (two
 * years at most), the last a year. */
static gboolean
is_slashed_dates (const char *part)
{
  guint n_groups = 0, n_long = 0;
  gsize last = 0;

  if (strchr (part, '/') == NULL)
    return FALSE;
  for (const char *p = part; *p;)
    {
      gsize k = strspn (p, "0123456789");

      if (k == 0)
        {
          p++;
          continue;
        }
      n_groups++;
      n_long += k > 2;
      if (k > 2 && (k != 4 || !(g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20"))))
        return FALSE;
      last = k;
      p += k;
    }
  return n_groups >= 3 && last == 4 && n_long <= 2;
}

gboolean
_vitae_import_looks_like_phone (const char *part)
{
  guint digits = 0;

  /* A birth date or a postal code, or years, written as a number. */
  if (_vitae_import_is_numeric_date (part) || _vitae_import_is_year_span (part) || is_slashed_dates (part))
    return FALSE;

  for (const char *p = part; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      /* An en dash between groups, as a word processor sets it (spaced: _vitae_import_is_spaced_dash()). */
      else if (g_str_has_prefix (p, "–") && p > part && (g_ascii_isdigit (p[-1]) || _vitae_import_is_spaced_dash (part, p)))
        p += strlen ("–") - 1;
      /* A colon after the country code: "+57: 300 …". */
      else if (*p == ':' && part[0] == '+' && p - part >= 2 && p - part <= 4 && digits == (guint) (p - part - 1))
        continue;
      else if (!strchr ("+()-. /", *p))
        return FALSE;
      /* "+" starts a number, and may set its groups apart as it sets
       * the country code ("+886+2+2345…"); an area code in brackets
       * follows a short country or trunk prefix at most: "02141 (617) …"
       * is a postal code before a number. */
      else if (*p == '+' && p != part && p[-1] != '(' &&
               !(part[0] == '+' && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1])))
        return FALSE;
      else if (*p == '(' && digits >= 4)
        return FALSE;
    }
  /* (Brackets that end it hold a year, no area code: "… 14.0 (2020)".
   * A slash that ends it ends a web address's path: "…-46375173/".) */
  if ((g_str_has_suffix (part, ")") && strrchr (part, '(') > part) || g_str_has_suffix (part, "/"))
    return FALSE;
  return digits >= 7 && digits <= 15;
}

/* Whether the host before @slash in @part ends in a name of letters
 * alone ("example.com"), as every top-level domain does. */
static gboolean
host_ends_in_letters (const char *part,
                      const char *slash)
{
  const char *p;

  for (p = slash; p > part && p[-1] != '.'; p--)
    if (!g_ascii_isalpha (p[-1]))
      return FALSE;
  return p > part && p < slash;
}

gboolean
_vitae_import_looks_like_url (const char *part)
{
  /* (Set in capitals too: "WWW.EXAMPLE.NET".) */
  if (g_ascii_strncasecmp (part, "http://", 7) == 0 || g_ascii_strncasecmp (part, "https://", 8) == 0 ||
      g_ascii_strncasecmp (part, "www.", 4) == 0)
    return TRUE;
  /* "github.com/jdoe", "linkedin.com/in/jdoe"; a host ends in a letter
   * ("4.0/4.0" is a grade), and its last name is all letters:
   * "($1.5M/year)" is an amount. */
  if (strchr (part, ' ') != NULL || strchr (part, '@') != NULL || strchr (part, '/') == NULL ||
      strchr (part, '.') == NULL || strchr (part, '.') > strchr (part, '/') || !g_ascii_isalpha (strchr (part, '/')[-1]))
    return FALSE;
  return host_ends_in_letters (part, strchr (part, '/'));
}

/* The first phone number in @text, after a label or an icon and maybe
 * followed by other words ("617-275-9957 a@b.com"), or NULL. */
/* "31.07.1996", "30-09-1999", "1996-07-31": a date, not a phone number
 * (spaced: _vitae_import_is_spaced_date()); "01310-100", "1000-001"
 * (Brazil's, Portugal's): a postal code. */
gboolean
_vitae_import_is_numeric_date (const char *text)
{
  guint groups[3] = { 0, };
  guint n = 0;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        groups[n]++;
      else if ((*p == '.' || *p == '-' || *p == '/') && n < 2 && groups[n] > 0)
        n++;
      else
        return strchr (text, ' ') != NULL && _vitae_import_is_spaced_date (text);
    }
  if (n == 1 && (groups[0] == 4 || groups[0] == 5) && groups[1] == 3 && strchr (text, '-') != NULL)
    return TRUE;
  return n == 2 && ((groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4)) ||
                    (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2));
}

/* Sets the e-mail address @text as _vitae_import_dup_email() reads it. */
void
_vitae_import_set_email (VitaeNode  *basics,
                         const char *text)
{
  g_autofree char *email = _vitae_import_dup_email (text);

  if (email != NULL)
    vitae_node_set_text (basics, "email", email);
}

/* Splits @text at the ASCII @separators (a tab among them) and at "·"
 * and "•", which become tabs. g_strsplit_set() splits at bytes: given
 * those two, it would cut characters that share their bytes ("–", "’",
 * "°") in half. */
GStrv
_vitae_import_split_parts (const char *text,
                           const char *separators)
{
  g_autoptr(GString) flat = g_string_new (text);

  g_string_replace (flat, "·", "\t", 0);
  g_string_replace (flat, "•", "\t", 0);
  return g_strsplit_set (flat->str, separators, -1);
}

gboolean
_vitae_import_is_contact_line (const char *text)
{
  g_autofree char *joined = strstr (text, "@ ") || strstr (text, " @") ? _vitae_import_join_split_at (text) : NULL;
  g_auto(GStrv) parts = _vitae_import_split_parts (joined != NULL ? joined : text, "\t|");

  for (guint i = 0; parts[i]; i++)
    {
      g_auto(GStrv) words = NULL;

      g_strstrip (parts[i]);
      /* (A number in the cell after another number's label, "C.I. <tab>
       * 0918…", is no phone.) */
      if (_vitae_import_looks_like_email (parts[i]) || _vitae_import_looks_like_url (parts[i]) ||
          (_vitae_import_looks_like_phone (parts[i]) && (i == 0 || !_vitae_import_is_other_number_label (parts[i - 1]))))
        return TRUE;
      words = g_strsplit (parts[i], " ", -1);
      for (guint k = 0; words[k]; k++)
        if (_vitae_import_looks_like_email (words[k]) || _vitae_import_looks_like_url (words[k]))
          return TRUE;
    }
  return FALSE;
}
