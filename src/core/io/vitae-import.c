/* vitae-import.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Importing the resume a person already has: JSON Resume (as people write
 * it) and FRESH, LinkedIn's data export, and PDF, DOCX and ODT, whose
 * structure is recovered from their lines.
 *
 * The structure of a PDF, DOCX or ODT (vitae_import_lines()) is recovered
 * in one pass over the lines, deterministically: the same lines always
 * give the same resume. Each line gets one role from its features, in this
 * order of precedence:
 *
 *  1. style: a paragraph style names the role (Vitae's own exports, and
 *     documents made from their templates): Name, Headline, Contact,
 *     Heading…, Entry Title, Entry Subtitle, List…;
 *  2. header: before the first heading, the first line is the name (in a
 *     PDF, the largest of the first three lines; after a greeting, "Hello!
 *     I'm …"), a line with an e-mail address, a phone number or a web
 *     address is contact details, split at " · ", " | ", " • " or tabs;
 *     the first other short line is the headline. After the sections, an
 *     e-mail address or a labelled phone number on a short line of its own
 *     (a second column's) is contact details too;
 *  3. heading: a line of at most five words without digits or a tab that
 *     is a known section title (in English, German, French, Spanish,
 *     Italian, Portuguese and Dutch), or that is in capitals and bold or
 *     larger than the text around it;
 *  4. bullet: a list paragraph, or a line starting with a bullet glyph
 *     (• ▪ ◦ ‣ ● ■ – - *) or a number ("1. ", "2) "); but a list item with
 *     dates at its right ("• Treasurer <tab> 2019 – 2021") is an entry
 *     title;
 *  5. entry title: a line whose part after a tab (or whose end) reads as
 *     dates ("Apr 2021 – Present", "2019 – 2021", "03/2020 - 06/2022"),
 *     or a bold line in a section of entries;
 *  6. entry subtitle: the line right after an entry title that is not a
 *     bullet and is italic, has a tab, or is short (under 80 characters
 *     without a final full stop);
 *  7. body: anything else, read by the section's kind (a skill group's
 *     "Label: a, b", "Grade: …", "Courses: …", a web address, a
 *     description, a summary).
 *
 * In a PDF, a line that is not bold, not a bullet and not a heading, and
 * stands closer than half its font size under a bullet or body line (and
 * not far right of it), continues it (a wrapped line; a word broken at a
 * hyphen is joined). What could not be placed is said in a note.
 *
 * Before that pass, a PDF whose section headings stand in a margin column
 * of their own, beside their sections' first lines, has each heading made
 * a line of its own (side_headings()).
 */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

typedef enum
{
  ROLE_NONE,
  ROLE_NAME,
  ROLE_HEADLINE,
  ROLE_CONTACT,
  ROLE_HEADING,
  ROLE_TITLE,
  ROLE_SUBTITLE,
  ROLE_BODY,
  ROLE_BULLET,
} Role;

#define KIND_SUMMARY VITAE_N_SECTION_KINDS

static const struct {
  guint       kind;
  const char *words;
} heading_words[] = {
  { VITAE_SECTION_EXPERIENCE, "experience|work experience|professional experience|employment|"
                              "employment history|work history|career|relevant experience|internships|internship|"
                              "berufserfahrung|erfahrung|berufliche erfahrung|expérience|"
                              "expérience professionnelle|expériences professionnelles|experiencia|"
                              "experiencia laboral|experiencia profesional|esperienza|"
                              "esperienze lavorative|esperienza professionale|experiência|"
                              "experiência profissional|werkervaring|ervaring|опыт работы|опыт|"
                              "досвід роботи|doświadczenie zawodowe|工作经历|工作经验|实习经历|职業経歴|職歴|職務経歴" },
  { VITAE_SECTION_EDUCATION, "education|academic background|ausbildung|bildung|bildungsweg|"
                             "formation|éducation|educación|formación|formación académica|"
                             "istruzione|formazione|educação|formação|formação acadêmica|opleiding|"
                             "образование|освіта|wykształcenie|教育经历|教育背景|学历|学歴" },
  { VITAE_SECTION_SKILLS, "skills|technical skills|core skills|key skills|skills & tools|"
                          "technologies|kenntnisse|fähigkeiten|kompetenzen|compétences|"
                          "compétences techniques|habilidades|competencias|competenze|"
                          "competências|vaardigheden|навыки|ключевые навыки|навички|umiejętności|"
                          "专业技能|技能|个人技能|技能特长|スキル" },
  { VITAE_SECTION_PROJECTS, "projects|personal projects|side projects|open source|projekte|projets|"
                            "proyectos|progetti|projetos|projecten|проекты|проєкти|projekty|项目经验|项目经历|プロジェクト" },
  { VITAE_SECTION_CERTIFICATIONS, "certifications|certificates|licenses & certifications|"
                                  "licenses and certifications|zertifikate|zertifizierungen|"
                                  "certificats|certificaciones|certificazioni|certificações|"
                                  "certificaten|证书|资格证书|資格" },
  { VITAE_SECTION_AWARDS, "awards|honors|honours|awards & honors|honors & awards|achievements|"
                          "auszeichnungen|prix|distinctions|premios|premi|prêmios|prijzen|获奖经历|荣誉奖项|受賞歴" },
  { VITAE_SECTION_VOLUNTEER, "volunteering|volunteer|volunteer experience|ehrenamt|"
                             "ehrenamtliches engagement|bénévolat|voluntariado|volontariato|"
                             "vrijwilligerswerk" },
  { VITAE_SECTION_PUBLICATIONS, "publications|papers|publikationen|veröffentlichungen|"
                                "publicaciones|pubblicazioni|publicações|publicaties" },
  { VITAE_SECTION_LANGUAGES, "languages|sprachen|sprachkenntnisse|langues|idiomas|lingue|"
                             "línguas|talen|языки|мови|języki|语言能力|語学" },
  { VITAE_SECTION_INTERESTS, "interests|hobbies|interessen|centres d'intérêt|loisirs|intereses|"
                             "interessi|interesses|hobby's|兴趣爱好|趣味" },
  { VITAE_SECTION_REFERENCES, "references|referenzen|références|referencias|referenze|"
                              "referências|referenties" },
  { VITAE_SECTION_CUSTOM, "additional information" },
  { KIND_SUMMARY, "summary|profile|professional summary|about|about me|objective|career objective|"
                  "profil|zusammenfassung|kurzprofil|résumé|perfil|resumen|perfil profesional|"
                  "sommario|profilo|sobre mim|resumo|profiel|о себе|обо мне|профиль|"
                  "про себе|podsumowanie|o mnie|自我评价|个人简介|自己pr" },
};

static const char * const present_words[] = {
  "present", "current", "now", "today", "ongoing", "heute", "aktuell", "jetzt", "aujourd'hui",
  "actuel", "présent", "actualidad", "presente", "actual", "oggi", "atual", "atualmente", "heden",
  "今", "至今", "现在", "現在",
  NULL
};

/* The section kind a heading names, or -1. */
static int
kind_from_heading (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  gsize len;

  g_strstrip (folded);
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (heading_words); i++)
    {
      g_auto(GStrv) words = g_strsplit (heading_words[i].words, "|", -1);

      if (g_strv_contains ((const char * const *) words, folded))
        return (int) heading_words[i].kind;
    }
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

static gboolean is_contact_line (const char *text);
static guint     count_words     (const char *text);
static gboolean  has_digit       (const char *text);

/* Lines of a PDF header that are no part of the resume: "Page 1 of 2",
 * "Last updated …", "Curriculum Vitae". */
static gboolean
is_noise (const char *text)
{
  static const char * const prefixes[] = {
    "page ", "last update", "updated ", "curriculum vitae", "lebenslauf", NULL
  };
  static const char * const whole[] = { "resume", "résumé", "cv", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; prefixes[i]; i++)
    if (g_str_has_prefix (folded, prefixes[i]))
      return TRUE;
  return g_strv_contains (whole, folded);
}

/* A person's name: a few words, no digits, no address. */
static gboolean
is_plausible_name (const char *text)
{
  guint n = count_words (text);

  guint n_letters = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n_letters += g_unichar_isalpha (g_utf8_get_char (p));

  return n >= 1 && n <= 6 && n_letters >= 2 && !has_digit (text) && !strchr (text, '@') && !strchr (text, '/') &&
         !strchr (text, ':') && !is_contact_line (text) && kind_from_heading (text) < 0;
}

/* A name after a greeting: "Hello! I'm Ada Lovelace" → "Ada Lovelace";
 * the text itself otherwise. */
static const char *
skip_greeting (const char *text)
{
  static const char * const greetings[] = { "hello", "hi", "hey", "bonjour", "hallo", "hola", "ciao", NULL };
  static const char * const intros[] = { "i'm ", "i’m ", "i am ", "my name is ", "je suis ", "ich bin ", "soy ",
                                         "sono ", NULL };
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

static gboolean
is_upper_text (const char *text)
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

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    n += words[i][0] != '\0';
  return n;
}

static gboolean
has_digit_before (const char *text,
                  const char *end)
{
  for (const char *p = text; p < end; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* The text after a bullet glyph, or NULL if @text starts with none. */
static const char *
after_bullet (const char *text)
{
  static const char * const glyphs[] = {
    "•", "▪", "◦", "‣", "●", "■", "□", "➢", "►", "▸", "✓", "–", "—", "-", "*", "·", "+", NULL
  };

  /* A numbered item: "1. ", "12) ", followed by a word. */
  if (g_ascii_isdigit (text[0]))
    {
      const char *p = text + 1 + g_ascii_isdigit (text[1]);

      if ((*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t'))
        {
          p++;
          while (*p == ' ' || *p == '\t')
            p++;
          return g_unichar_isalpha (g_utf8_get_char (p)) ? p : NULL;
        }
      return NULL;
    }

  for (guint i = 0; glyphs[i]; i++)
    if (g_str_has_prefix (text, glyphs[i]))
      {
        const char *rest = text + strlen (glyphs[i]);

        if (*rest != ' ' && *rest != '\t' && *rest != '\xc2')
          return NULL;
        while (*rest == ' ' || *rest == '\t' || g_str_has_prefix (rest, "\u00a0"))
          rest += *rest == ' ' || *rest == '\t' ? 1 : 2;
        return *rest ? rest : NULL;
      }
  return NULL;
}

/* Whether @text is a bullet glyph alone. */
static gboolean
is_bare_glyph (const char *text)
{
  static const char * const glyphs[] = { "•", "▪", "◦", "‣", "●", "■", "□", "➢", "►", "▸", "✓", NULL };

  return g_strv_contains (glyphs, text);
}

static gboolean
is_present (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  g_strstrip (folded);
  return g_strv_contains (present_words, folded) || vitae_locale_match_present (folded, NULL);
}

/* Reads "Apr 2021 – Present", "2019 – 2021", "Mar 2023", "Aug’14 –
 * July’15", "Issued: 2023" into ISO dates; @end is "" for "Present". */
static gboolean
parse_dates (const char  *text,
             char       **start,
             char       **end)
{
  static const char * const dashes[] = { " – ", " — ", " - ", "–", "—", " to ", " bis ", " à ", " 至 ", "至", " ~ ", "~", "〜", NULL };
  g_autofree char *stripped = NULL;
  const char *colon = strchr (text, ':');
  g_autoptr(GString) spaced = NULL;

  *start = *end = NULL;
  /* A label before the dates: "Issued: 2023", "Expected: May 2025". */
  if (colon != NULL && colon > text && colon - text <= 12 && colon[1] == ' ')
    {
      gboolean word = TRUE;

      for (const char *p = text; p < colon; p++)
        word &= g_ascii_isalpha (*p);
      if (word)
        text = colon + 1;
    }
  /* A short year glued to its month: "Aug’14" reads as "Aug ’14". */
  spaced = g_string_new (text);
  for (gsize i = 1; i < spaced->len; i++)
    if (g_ascii_isalpha (spaced->str[i - 1]) &&
        (spaced->str[i] == '\'' || g_str_has_prefix (spaced->str + i, "\u2019")) &&
        g_ascii_isdigit (spaced->str[i + (spaced->str[i] == '\'' ? 1 : strlen ("\u2019"))]))
      g_string_insert_c (spaced, i++, ' ');
  stripped = g_strstrip (g_string_free (g_steal_pointer (&spaced), FALSE));

  if (stripped[0] == '\0' || strlen (stripped) > 40)
    return FALSE;

  for (guint i = 0; dashes[i]; i++)
    {
      const char *dash = strstr (stripped, dashes[i]);

      if (dash != NULL)
        {
          g_autofree char *left = g_strndup (stripped, dash - stripped);
          const char *right = dash + strlen (dashes[i]);
          g_autofree char *a = vitae_date_normalize (left);
          g_autofree char *b = is_present (right) ? g_strdup ("") : vitae_date_normalize (right);

          if (a == NULL || b == NULL)
            return FALSE;
          *start = g_steal_pointer (&a);
          *end = g_steal_pointer (&b);
          return TRUE;
        }
    }

  {
    g_autofree char *single = vitae_date_normalize (stripped);

    if (single == NULL)
      return FALSE;
    *end = g_steal_pointer (&single);
  }
  return TRUE;
}

/* Splits @text at its last tab, or at a trailing run of dates; @right is
 * NULL when there is none. */
static void
split_right (const char  *text,
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

        if (has_digit (tail) && parse_dates (tail, &s, &e))
          {
            char *saved = words[n - k];

            words[n - k] = NULL;
            *left = g_strstrip (g_strjoinv (" ", words));
            words[n - k] = saved;
            *right = g_steal_pointer (&tail);
            return;
          }
      }
  }

  *left = g_strdup (text);
  *right = NULL;
}

static gboolean
looks_like_email (const char *part)
{
  const char *at = strchr (part, '@');

  return at != NULL && at != part && strchr (at, '.') != NULL && strchr (part, ' ') == NULL;
}

static gboolean
looks_like_phone (const char *part)
{
  guint digits = 0;

  for (const char *p = part; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr ("+()-. /", *p))
        return FALSE;
      /* "+" starts a number; an area code in brackets follows a short
       * country or trunk prefix at most: "02141 (617) …" is a postal
       * code before a number. */
      else if (*p == '+' && p != part && p[-1] != '(')
        return FALSE;
      else if (*p == '(' && digits >= 4)
        return FALSE;
    }
  return digits >= 7 && digits <= 15;
}

static gboolean
looks_like_url (const char *part)
{
  if (g_str_has_prefix (part, "http://") || g_str_has_prefix (part, "https://") ||
      g_str_has_prefix (part, "www."))
    return TRUE;
  /* "github.com/jdoe", "linkedin.com/in/jdoe" */
  return strchr (part, ' ') == NULL && strchr (part, '@') == NULL && strchr (part, '/') != NULL &&
         strchr (part, '.') != NULL && strchr (part, '.') < strchr (part, '/');
}

/* The first phone number in @text, after a label or an icon and maybe
 * followed by other words ("617-275-9957 a@b.com"), or NULL. */
static char *
dup_phone (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      const char *end;
      char *best = NULL;

      if (!(*p == '+' || *p == '(' || g_ascii_isdigit (*p)) || (p > text && g_ascii_isdigit (p[-1])))
        continue;
      /* The longest run of words from here that is a phone number. */
      for (end = p; ; end++)
        {
          if (*end == ' ' || *end == '\0')
            {
              g_autofree char *candidate = g_strndup (p, end - p);

              if (looks_like_phone (candidate))
                {
                  g_free (best);
                  best = g_steal_pointer (&candidate);
                }
            }
          if (*end == '\0')
            break;
        }
      if (best != NULL)
        return best;
    }
  return NULL;
}

static gboolean
has_phone (const char *text)
{
  g_autofree char *phone = dup_phone (text);

  return phone != NULL;
}

/* Sets the e-mail address @text, without a label glued to its end by a
 * PDF that lost the space: "ben@example.comphone". */
static void
set_email (VitaeNode  *basics,
           const char *text)
{
  static const char * const labels[] = { "phone", "tel", "mobile", "cell", "web", "www", "linkedin", "github", NULL };
  g_autofree char *email = NULL;
  const char *at = strchr (text, '@');
  const char *start = at, *end = at + 1;
  gsize len;

  /* Only what an address is made of, around its "@": no label glued
   * before it ("邮箱：a@b.cn", "mailto:"), no full stop or comma after. */
  while (start > text && (g_ascii_isalnum (start[-1]) || strchr ("._%+-", start[-1])))
    start--;
  while (*end && (g_ascii_isalnum (*end) || *end == '.' || *end == '-'))
    end++;
  while (end > at + 1 && (end[-1] == '.' || end[-1] == '-'))
    end--;
  email = g_strndup (start, end - start);
  if (start == at || end == at + 1)
    return;
  if (g_str_has_prefix (email, "mailto"))
    memmove (email, email + 6, strlen (email + 6) + 1);
  len = strlen (email);

  for (guint i = 0; labels[i]; i++)
    {
      gsize n = strlen (labels[i]);
      const char *dot = strrchr (email, '.');

      if (len > n && g_str_has_suffix (email, labels[i]) && dot != NULL &&
          (gsize) (email + len - n - dot - 1) >= 2)
        {
          email[len - n] = '\0';
          break;
        }
    }
  vitae_node_set_text (basics, "email", email);
}

static gboolean
is_contact_line (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "\t|·•", -1);

  for (guint i = 0; parts[i]; i++)
    {
      g_auto(GStrv) words = NULL;

      g_strstrip (parts[i]);
      if (looks_like_email (parts[i]) || looks_like_phone (parts[i]) || looks_like_url (parts[i]))
        return TRUE;
      words = g_strsplit (parts[i], " ", -1);
      for (guint k = 0; words[k]; k++)
        if (looks_like_email (words[k]) || looks_like_url (words[k]))
          return TRUE;
    }
  return FALSE;
}

typedef struct
{
  VitaeDocument *document;
  GPtrArray     *notes;
  guint          kind;         /* of the current section, or KIND_SUMMARY */
  VitaeSection  *section;      /* the current section, or NULL */
  VitaeEntry    *entry;        /* the current entry, or NULL */
  Role           previous;     /* the role of the previous line */
  GString       *summary;
  guint          n_unplaced;
  char          *summary_title;  /* the heading of the summary section */
} Builder;

static void
set_place (VitaeNode  *node,
           const char *place)
{
  g_auto(GStrv) parts = g_strsplit (place, ", ", -1);
  guint n = g_strv_length (parts);
  const char *city = NULL;

  if (n > 1 && g_utf8_strlen (parts[n - 1], -1) == 2 && is_upper_text (parts[n - 1]))
    vitae_node_set_text (node, "country-code", parts[--n]);
  if (n >= 3)
    {
      vitae_node_set_text (node, "address", parts[0]);
      city = parts[1];
      vitae_node_set_text (node, "region", parts[2]);
    }
  else if (n == 2)
    {
      city = parts[0];
      vitae_node_set_text (node, "region", parts[1]);
    }
  else if (n == 1)
    city = parts[0];

  if (city != NULL)
    {
      const char *space = strchr (city, ' ');

      /* "8001 Zürich": a postal code before the city. */
      if (space != NULL && has_digit (city) && g_ascii_isdigit (city[0]))
        {
          g_autofree char *code = g_strndup (city, space - city);

          vitae_node_set_text (node, "postal-code", code);
          city = space + 1;
        }
      vitae_node_set_text (node, "city", city);
    }
}

static void
read_contact (Builder    *builder,
              const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  g_autoptr(GString) normalized = g_string_new (text);
  g_auto(GStrv) parts = NULL;

  /* An address written to keep robots off: "ada[@]example.org". */
  g_string_replace (normalized, "[@]", "@", 0);
  g_string_replace (normalized, "(@)", "@", 0);
  g_string_replace (normalized, " [at] ", "@", 0);
  g_string_replace (normalized, " (at) ", "@", 0);

  /* A separator may end or start a wrapped line. */
  g_string_replace (normalized, " ·", "\t", 0);
  g_string_replace (normalized, "· ", "\t", 0);
  g_string_replace (normalized, " · ", "\t", 0);
  g_string_replace (normalized, " | ", "\t", 0);
  g_string_replace (normalized, "|", "\t", 0);
  g_string_replace (normalized, " • ", "\t", 0);
  g_string_replace (normalized, " ♦ ", "\t", 0);
  parts = g_strsplit (normalized->str, "\t", -1);

  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *colon;
      gboolean any_alnum = FALSE;

      /* An icon set as an emoji ("✉️", "📍") is no part of its own. */
      for (const char *p = part; *p && !any_alnum; p = g_utf8_next_char (p))
        any_alnum = g_unichar_isalnum (g_utf8_get_char (p));
      if (!any_alnum)
        continue;

      /* "Email: a@b.org", "Phone: +1 …", "Tel. 030 …" */
      {
        static const char * const labels[] = {
          "email", "e-mail", "mail", "phone", "tel", "tel.", "mobile", "mob", "cell", "telefon", "téléphone",
          "teléfono", "web", "website", "site", NULL
        };
        const char *space = strpbrk (part, ": ");

        if (space != NULL)
          {
            g_autofree char *label = g_ascii_strdown (part, space - part);

            if (g_strv_contains (labels, label))
              {
                part = space;
                while (*part == ':' || *part == ' ')
                  part++;
              }
          }
      }

      /* An address among other words: "reach me at a@b.org". */
      if (!looks_like_email (part) && strchr (part, '@') != NULL && !vitae_node_has (basics, "email"))
        {
          g_auto(GStrv) words = g_strsplit (part, " ", -1);
          gboolean found = FALSE;

          /* The first address is the person's. */
          for (guint k = 0; words[k] && !found; k++)
            if (looks_like_email (words[k]))
              {
                set_email (basics, words[k]);
                found = TRUE;
              }
          /* … maybe with a phone number before or after it. */
          if (found && !vitae_node_has (basics, "phone"))
            {
              g_autofree char *phone = dup_phone (part);

              if (phone != NULL)
                vitae_node_set_text (basics, "phone", phone);
            }
          if (found)
            continue;
        }

      /* A phone number after a label or an icon: "phone 202.683.7838",
       * "H +7 (915) 996 36 63", "Æ+41 79 481 60 22". */
      if (!looks_like_phone (part) && !vitae_node_has (basics, "phone") && strchr (part, '@') == NULL)
        {
          g_autofree char *phone = dup_phone (part);

          if (phone != NULL)
            {
              vitae_node_set_text (basics, "phone", phone);
              continue;
            }
        }

      if (looks_like_email (part) && !vitae_node_has (basics, "email"))
        set_email (basics, part);
      else if (looks_like_phone (part) && !vitae_node_has (basics, "phone"))
        vitae_node_set_text (basics, "phone", part);
      else if (looks_like_url (part) && !vitae_node_has (basics, "url"))
        vitae_node_set_text (basics, "url", part);
      else if (looks_like_url (part))
        {
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          static const struct { const char *host; const char *network; } networks[] = {
            { "github.com", "GitHub" }, { "gitlab.com", "GitLab" }, { "linkedin.com", "LinkedIn" },
            { "twitter.com", "Twitter" }, { "x.com", "X" }, { "stackoverflow.com", "Stack Overflow" },
          };

          for (guint k = 0; k < G_N_ELEMENTS (networks); k++)
            if (strstr (part, networks[k].host))
              vitae_node_set_text (VITAE_NODE (profile), "network", networks[k].network);
          vitae_node_set_text (VITAE_NODE (profile), "url", part);
          vitae_document_append_profile (builder->document, profile);
        }
      else if ((colon = strstr (part, ": ")) != NULL && strchr (part, ',') == NULL)
        {
          /* "GitHub: jdoe", a profile without an address */
          g_autoptr(VitaeEntry) profile = vitae_entry_new ();
          g_autofree char *network = g_strndup (part, colon - part);

          vitae_node_set_text (VITAE_NODE (profile), "network", network);
          vitae_node_set_text (VITAE_NODE (profile), "username", colon + 2);
          vitae_document_append_profile (builder->document, profile);
        }
      else if (!vitae_node_has (basics, "city") && !vitae_node_has (basics, "address"))
        set_place (basics, part);
      else
        builder->n_unplaced++;
    }
}

/* Whether @text is an e-mail address, or a phone number after a label
 * ("Tel: …", "手机：…"), that the document does not have yet. */
static gboolean
is_contact_detail (Builder    *builder,
                   const char *text)
{
  VitaeNode *basics = VITAE_NODE (builder->document);
  const char *colon = strstr (text, ":");
  const char *wide = strstr (text, "：");
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  if (!vitae_node_has (basics, "email") && g_strv_length (words) <= 3)
    for (guint k = 0; words[k]; k++)
      if (looks_like_email (words[k]))
        return TRUE;

  /* A phone number alone on its line, of at least nine digits (not
   * "2019 – 2021"). */
  if (!vitae_node_has (basics, "phone") && looks_like_phone (text))
    {
      g_autofree char *s = NULL, *e = NULL;
      guint digits = 0;

      for (const char *p = text; *p; p++)
        digits += g_ascii_isdigit (*p) != 0;
      if (digits >= 9 && !parse_dates (text, &s, &e))
        return TRUE;
    }

  if (wide != NULL && (colon == NULL || wide < colon))
    colon = wide + strlen ("：") - 1;
  if (!vitae_node_has (basics, "phone") && colon != NULL && colon - text <= 16 && !has_digit_before (text, colon))
    {
      const char *rest = colon + 1;

      while (*rest == ' ')
        rest++;
      return looks_like_phone (rest);
    }
  return FALSE;
}

static void
start_section (Builder    *builder,
               const char *text)
{
  int kind = kind_from_heading (text);
  g_autofree char *title = NULL;

  builder->entry = NULL;
  builder->section = NULL;
  if (kind == KIND_SUMMARY)
    {
      builder->kind = KIND_SUMMARY;
      g_free (builder->summary_title);
      builder->summary_title = g_strdup (text);
      return;
    }

  /* A heading set in capitals reads in title case: "OPEN SOURCE" →
   * "Open Source". */
  if (is_upper_text (text))
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);
      GString *cased = g_string_new (NULL);
      gboolean word_start = TRUE;

      for (const char *p = lower; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (cased, word_start ? g_unichar_totitle (c) : c);
          word_start = g_unichar_isspace (c) || c == '-' || c == '/';
        }
      title = g_string_free (cased, FALSE);
    }
  else
    title = g_strdup (text);

  builder->kind = kind < 0 ? VITAE_SECTION_CUSTOM : (guint) kind;
  builder->section = vitae_section_new (builder->kind);
  if (kind < 0 || (kind == VITAE_SECTION_CUSTOM && !g_str_equal (title, vitae_section_kind_get_title (kind))))
    vitae_node_set_text (VITAE_NODE (builder->section), "title", title);
  else
    {
      g_autofree char *a = g_utf8_casefold (title, -1);
      g_autofree char *b = g_utf8_casefold (vitae_section_kind_get_title (kind), -1);

      /* A known kind under a title of its own: "Open Source" projects. */
      if (!g_str_equal (a, b))
        vitae_node_set_text (VITAE_NODE (builder->section), "title", title);
    }
  vitae_document_append_section (builder->document, builder->section);
  g_object_unref (builder->section);
}

/* The current section, made a custom one if the text before any heading
 * needs one. */
static VitaeSection *
ensure_section (Builder *builder)
{
  if (builder->section == NULL)
    {
      builder->kind = VITAE_SECTION_CUSTOM;
      builder->section = vitae_section_new (VITAE_SECTION_CUSTOM);
      vitae_document_append_section (builder->document, builder->section);
      g_object_unref (builder->section);
    }
  return builder->section;
}

static VitaeEntry *
new_entry (Builder *builder)
{
  VitaeEntry *entry = vitae_entry_new ();

  vitae_section_append_entry (ensure_section (builder), entry);
  g_object_unref (entry);
  builder->entry = entry;
  return entry;
}

static gboolean
kind_has_date (guint kind)
{
  return kind == VITAE_SECTION_CERTIFICATIONS || kind == VITAE_SECTION_AWARDS ||
         kind == VITAE_SECTION_PUBLICATIONS;
}

static void
set_dates (Builder    *builder,
           VitaeNode  *node,
           const char *text)
{
  g_autofree char *start = NULL, *end = NULL;

  if (!parse_dates (text, &start, &end))
    {
      /* Dates that are not dates, kept as typed. */
      vitae_node_set_text (node, kind_has_date (builder->kind) ? "date" : "end", text);
      return;
    }
  if (start != NULL)
    {
      vitae_node_set_text (node, "start", start);
      if (end[0] != '\0')
        vitae_node_set_text (node, "end", end);
    }
  else
    vitae_node_set_text (node, kind_has_date (builder->kind) ? "date" : "end", end);
}

static void
read_title (Builder    *builder,
            const char *text)
{
  VitaeNode *node = VITAE_NODE (new_entry (builder));
  g_autofree char *left = NULL, *right = NULL;
  const char *key;

  split_right (text, &left, &right);
  switch (builder->kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      key = "role";
      break;
    case VITAE_SECTION_EDUCATION:
      key = "organization";
      break;
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      key = "title";
      break;
    }
  if (left[0] != '\0')
    vitae_node_set_text (node, key, left);
  if (right != NULL && right[0] != '\0')
    set_dates (builder, node, right);
}

static void
read_subtitle (Builder    *builder,
               const char *text)
{
  VitaeNode *node = VITAE_NODE (builder->entry);
  g_autofree char *left = NULL, *right = NULL;
  const char *tab = strrchr (text, '\t');

  left = g_strstrip (tab ? g_strndup (text, tab - text) : g_strdup (text));
  right = tab ? g_strstrip (g_strdup (tab + 1)) : NULL;

  if (right != NULL && right[0] != '\0')
    vitae_node_set_text (node, "location", right);
  if (left[0] == '\0')
    return;

  switch (builder->kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      vitae_node_set_text (node, "organization", left);
      break;
    case VITAE_SECTION_EDUCATION:
      {
        const char *comma = strstr (left, ", ");

        if (comma != NULL)
          {
            g_autofree char *degree = g_strndup (left, comma - left);

            vitae_node_set_text (node, "degree", degree);
            vitae_node_set_text (node, "area", comma + 2);
          }
        else
          vitae_node_set_text (node, "degree", left);
      }
      break;
    case VITAE_SECTION_PROJECTS:
      {
        /* "roles · entity · type"; a type is a lower-case word or two
         * ("application", "open source"), roles and entities are names. */
        g_auto(GStrv) parts = g_strsplit (left, " · ", 3);
        guint n = g_strv_length (parts);

        if (n > 0)
          {
            g_autofree char *lower = g_utf8_strdown (parts[n - 1], -1);

            if (n == 3 || g_str_equal (lower, parts[n - 1]))
              {
                vitae_node_set_text (node, "type", parts[n - 1]);
                g_clear_pointer (&parts[--n], g_free);
              }
          }
        if (n > 0)
          {
            g_auto(GStrv) roles = g_strsplit (parts[0], ", ", -1);

            vitae_node_set_list (node, "roles", (const char * const *) roles);
          }
        if (n > 1)
          vitae_node_set_text (node, "entity", parts[1]);
      }
      break;
    case VITAE_SECTION_CERTIFICATIONS:
      vitae_node_set_text (node, "issuer", left);
      break;
    case VITAE_SECTION_AWARDS:
      vitae_node_set_text (node, "awarder", left);
      break;
    case VITAE_SECTION_PUBLICATIONS:
      vitae_node_set_text (node, "publisher", left);
      break;
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      vitae_node_set_text (node, "organization", left);
      break;
    }
}

static void
append_text (VitaeNode  *node,
             const char *key,
             const char *text,
             const char *separator)
{
  if (vitae_node_has (node, key) && vitae_node_get_text (node, key)[0] != '\0')
    {
      g_autofree char *joined = g_strconcat (vitae_node_get_text (node, key), separator, text, NULL);

      vitae_node_set_text (node, key, joined);
    }
  else
    vitae_node_set_text (node, key, text);
}

static void
set_list (VitaeNode  *node,
          const char *key,
          const char *text)
{
  g_auto(GStrv) items = g_strsplit (text, ", ", -1);

  for (guint i = 0; items[i]; i++)
    g_strstrip (items[i]);
  vitae_node_set_list (node, key, (const char * const *) items);
}

/* "Label: text" → the label and the text, when the label is short. */
static char *
split_label (const char  *text,
             const char **rest)
{
  const char *colon = strstr (text, ": ");

  if (colon == NULL || g_utf8_strlen (text, colon - text) > 40 || colon == text)
    return NULL;
  *rest = colon + 2;
  return g_strndup (text, colon - text);
}

static void
read_keywords (Builder    *builder,
               const char *text,
               guint       line_flags)
{
  VitaeNode *node = VITAE_NODE (new_entry (builder));
  const char *rest = text;
  g_autofree char *label = split_label (text, &rest);

  /* A group with a title and no keywords is its bold title alone. */
  if (label == NULL && (line_flags & VITAE_TEXT_LINE_BOLD))
    {
      vitae_node_set_text (node, "title", text);
      return;
    }
  if (label != NULL)
    {
      size_t len = strlen (label);
      const char *paren = strstr (label, " (");

      /* "Backend (Advanced)" */
      if (paren != NULL && label[len - 1] == ')')
        {
          g_autofree char *level = g_strndup (paren + 2, label + len - 1 - (paren + 2));

          vitae_node_set_text (node, "level", level);
          label[paren - label] = '\0';
        }
      vitae_node_set_text (node, "title", label);
    }
  set_list (node, "keywords", rest);
}

static void
read_languages (Builder    *builder,
                const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, "·•|,\t", -1);

  for (guint i = 0; parts[i]; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *paren = strstr (part, " (");
      VitaeNode *node;

      if (part[0] == '\0')
        continue;
      node = VITAE_NODE (new_entry (builder));
      if (paren != NULL && part[strlen (part) - 1] == ')')
        {
          g_autofree char *name = g_strndup (part, paren - part);
          g_autofree char *fluency = g_strndup (paren + 2, strlen (paren + 2) - 1);

          vitae_node_set_text (node, "title", name);
          vitae_node_set_text (node, "fluency", fluency);
        }
      else
        vitae_node_set_text (node, "title", part);
    }
  builder->entry = NULL;
}

static void
read_body (Builder             *builder,
           const VitaeTextLine *line,
           const char          *text)
{
  const char *rest = NULL;
  g_autofree char *label = NULL;
  VitaeNode *node;

  if (builder->kind == KIND_SUMMARY)
    {
      if (builder->summary->len > 0)
        g_string_append_c (builder->summary, '\n');
      g_string_append (builder->summary, text);
      return;
    }

  switch (builder->kind)
    {
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
      read_keywords (builder, text, line->flags);
      return;
    case VITAE_SECTION_LANGUAGES:
      read_languages (builder, text);
      return;
    case VITAE_SECTION_REFERENCES:
      if (g_str_has_prefix (text, "— ") && builder->entry != NULL)
        vitae_node_set_text (VITAE_NODE (builder->entry), "title", text + strlen ("— "));
      else
        vitae_node_set_text (VITAE_NODE (new_entry (builder)), "reference", text);
      return;
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_EDUCATION:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_VOLUNTEER:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      break;
    }

  node = VITAE_NODE (builder->entry ? builder->entry : new_entry (builder));
  label = split_label (text, &rest);
  if (label != NULL && builder->kind == VITAE_SECTION_EDUCATION &&
      (g_str_equal (label, _("Grade")) || g_str_equal (label, "Grade") || g_str_equal (label, "GPA")))
    vitae_node_set_text (node, "score", rest);
  else if (label != NULL && builder->kind == VITAE_SECTION_EDUCATION &&
           (g_str_equal (label, _("Courses")) || g_str_equal (label, "Courses")))
    set_list (node, "courses", rest);
  else if (label != NULL && builder->kind == VITAE_SECTION_PROJECTS &&
           (g_str_equal (label, _("Technologies")) || g_str_equal (label, "Technologies")))
    set_list (node, "keywords", rest);
  else if (looks_like_url (text) && !vitae_node_has (node, "url"))
    vitae_node_set_text (node, "url", text);
  else if ((builder->kind == VITAE_SECTION_EXPERIENCE || builder->kind == VITAE_SECTION_CUSTOM) &&
           (line->flags & VITAE_TEXT_LINE_ITALIC) && !vitae_node_has (node, "description") &&
           vitae_entry_get_n_bullets (VITAE_ENTRY (node)) == 0)
    vitae_node_set_text (node, "description", text);
  else if (builder->kind == VITAE_SECTION_PROJECTS && !vitae_node_has (node, "description") &&
           !vitae_node_has (node, "summary") && vitae_entry_get_n_bullets (VITAE_ENTRY (node)) == 0)
    vitae_node_set_text (node, "description", text);
  else
    append_text (node, "summary", text, "\n");
}

static Role
role_from_style (const char *style)
{
  g_autofree char *folded = NULL;

  if (style == NULL)
    return ROLE_NONE;
  folded = g_ascii_strdown (style, -1);
  if (g_str_equal (folded, "name") || g_str_equal (folded, "title"))
    return ROLE_NAME;
  if (g_str_equal (folded, "headline") || g_str_equal (folded, "subtitle"))
    return ROLE_HEADLINE;
  if (g_str_equal (folded, "contact"))
    return ROLE_CONTACT;
  if (g_str_has_prefix (folded, "heading"))
    return ROLE_HEADING;
  if (g_str_equal (folded, "entrytitle") || g_str_equal (folded, "entry title"))
    return ROLE_TITLE;
  if (g_str_equal (folded, "entrysubtitle") || g_str_equal (folded, "entry subtitle"))
    return ROLE_SUBTITLE;
  if (strstr (folded, "list") != NULL)
    return ROLE_BULLET;
  return ROLE_NONE;
}

static gboolean
is_heading_like (const VitaeTextLine *line,
                 double               body_size)
{
  const char *text = line->text;

  if (strchr (text, '\t') || count_words (text) > 5 || g_utf8_strlen (text, -1) > 48 ||
      after_bullet (text) != NULL || strstr (text, ": ") != NULL)
    return FALSE;
  /* Set a fifth larger than the body text, short, with space above it:
   * "Опыт работы 3 месяца". */
  if (body_size > 0 && line->size >= 1.2 * body_size && line->gap >= body_size)
    return TRUE;
  if (has_digit (text))
    return FALSE;
  if (kind_from_heading (text) >= 0)
    return TRUE;
  return is_upper_text (text) &&
         ((line->flags & VITAE_TEXT_LINE_BOLD) || (body_size > 0 && line->size > body_size + 0.5));
}

static gboolean
kind_has_entries (guint kind)
{
  return kind != KIND_SUMMARY && kind != VITAE_SECTION_SKILLS && kind != VITAE_SECTION_INTERESTS &&
         kind != VITAE_SECTION_LANGUAGES && kind != VITAE_SECTION_REFERENCES;
}

/* The most common font size of the lines: the body text's. */
static double
body_font_size (GPtrArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_size = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int key = (int) (line->size * 2 + 0.5);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key))) + 1;

      g_hash_table_insert (counts, GINT_TO_POINTER (key), GUINT_TO_POINTER (n));
      if (n > best)
        best = n, best_size = key;
    }
  return best_size / 2.0;
}

/* For a PDF: the left edge of the text (the x where most lines start)
 * and the space between the lines of a paragraph (the smallest space
 * under a line that at least three lines have), rounded to half points. */
static void
pdf_geometry (GPtrArray *lines,
              double    *base_x,
              double    *line_gap)
{
  g_autoptr(GHashTable) xs = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) gaps = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_gap = G_MAXINT;

  *base_x = 0;
  *line_gap = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int x = (int) (line->x * 2 + 0.5);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (xs, GINT_TO_POINTER (x))) + 1;

      if (line->size <= 0)
        return;
      g_hash_table_insert (xs, GINT_TO_POINTER (x), GUINT_TO_POINTER (n));
      if (n > best)
        best = n, *base_x = x / 2.0;

      if (i > 0 && line->gap > -1 && line->gap < line->size)
        {
          int gap = (int) (MAX (line->gap, 0) * 2 + 0.5);
          guint m = GPOINTER_TO_UINT (g_hash_table_lookup (gaps, GINT_TO_POINTER (gap))) + 1;

          g_hash_table_insert (gaps, GINT_TO_POINTER (gap), GUINT_TO_POINTER (m));
          if (m >= 3 && gap < best_gap)
            best_gap = gap;
        }
    }
  if (best_gap != G_MAXINT)
    *line_gap = best_gap / 2.0;
}

/* @text, a wrapped line, after the line above it: a word broken at a
 * hyphen ("multi-" / "objective") is whole again. */
static char *
join_wrapped (const char *above,
              const char *text)
{
  gsize len = strlen (above);
  gboolean broken = len >= 2 && above[len - 1] == '-' && g_ascii_isalpha (above[len - 2]) &&
                    g_unichar_isalpha (g_utf8_get_char (text));

  return g_strconcat (above, broken ? "" : " ", text, NULL);
}

/* Whether @text ends in dates, or is dates alone. */
static gboolean
has_dates (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  split_right (text, &left, &right);
  return parse_dates (right != NULL ? right : text, &s, &e);
}

/* Whether @text ends in a span of dates ("June 2019 – March 2021"), as an
 * entry's title does; a bullet may end in a year. */
static gboolean
ends_in_span (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  split_right (text, &left, &right);
  return right != NULL && parse_dates (right, &s, &e) && s != NULL;
}

/* Where most lines with dates (entries' titles; @dated says which)
 * start in a PDF between @min_x and @max_x, when at least two do there;
 * else G_MAXDOUBLE. */
static double
dates_left_edge (GPtrArray      *lines,
                 const gboolean *dated,
                 double          min_x,
                 double          max_x)
{
  g_autoptr(GHashTable) xs = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  double edge = G_MAXDOUBLE;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      int x = (int) (line->x * 2 + 0.5);
      guint n;

      if (!dated[i] || line->x < min_x || line->x > max_x)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (xs, GINT_TO_POINTER (x))) + 1;
      g_hash_table_insert (xs, GINT_TO_POINTER (x), GUINT_TO_POINTER (n));
      if (n > best || (n == best && x / 2.0 < edge))
        best = n, edge = x / 2.0;
    }
  return best >= 2 ? edge : G_MAXDOUBLE;
}

static void
continue_last (Builder    *builder,
               Role        role,
               const char *text)
{
  if (role == ROLE_BULLET && builder->entry != NULL && vitae_entry_get_n_bullets (builder->entry) > 0)
    {
      VitaeBullet *bullet = vitae_entry_get_bullet (builder->entry,
                                                    vitae_entry_get_n_bullets (builder->entry) - 1);
      g_autofree char *joined = join_wrapped (vitae_bullet_get_text (bullet), text);

      vitae_bullet_set_text (bullet, joined);
    }
  else if (builder->kind == KIND_SUMMARY && builder->summary->len > 0)
    {
      g_string_append_c (builder->summary, ' ');
      g_string_append (builder->summary, text);
    }
  else if (builder->entry != NULL)
    {
      VitaeNode *node = VITAE_NODE (builder->entry);
      const char *keys[] = { "summary", "description", "reference" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        if (vitae_node_has (node, keys[i]))
          {
            append_text (node, keys[i], text, " ");
            return;
          }
      builder->n_unplaced++;
    }
}

/* A line that the side-heading pass (side_headings()) made a heading. */
#define LINE_SIDE_HEADING (1u << 16)

static VitaeTextLine *
copy_line (const VitaeTextLine *line,
           const char          *text)
{
  VitaeTextLine *copy = g_new (VitaeTextLine, 1);

  *copy = *line;
  copy->text = g_strdup (text);
  copy->style = g_strdup (line->style);
  return copy;
}

/* A cell of a PDF line in the left margin that can be (part of) a
 * heading: a few words without digits, no bullet, no address. */
static gboolean
is_side_cell (const char *cell)
{
  return cell[0] != '\0' && count_words (cell) <= 4 && g_utf8_strlen (cell, -1) <= 32 && !has_digit (cell) &&
         after_bullet (cell) == NULL && !is_contact_line (cell) && strstr (cell, ": ") == NULL;
}

/* Side headings: some layouts (LaTeX's res and moderncv styles, Word
 * tables) set the section headings in a margin column of their own,
 * beside the first line of the section ("Internships <tab> • Acme,
 * Berlin") and maybe over two lines ("Positions of" / "Responsibility").
 * When, after the first known heading at the left edge, the lines there
 * are all such short cells, at least two of them with text beside them,
 * and the other lines stand well to the right, each margin cell becomes a
 * heading line of its own (joined with a cell right under it) before the
 * text beside it. Returns a new array, or NULL when the layout is not
 * one of side headings. */
static GPtrArray *
side_headings (GPtrArray *lines)
{
  double margin = G_MAXDOUBLE;
  guint start = G_MAXUINT, n_margin = 0, n_beside = 0, n_content = 0;
  GPtrArray *result;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (line->size <= 0)
        return NULL;
      margin = MIN (margin, line->x);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *cell = g_strstrip (g_strndup (line->text, strcspn (line->text, "\t")));
      gboolean at_margin = line->x < margin + 2;

      if (start == G_MAXUINT)
        {
          if (at_margin && kind_from_heading (cell) >= 0)
            start = i;
          else
            continue;
        }
      if (at_margin)
        {
          if (!is_side_cell (cell))
            return NULL;
          n_margin++;
          n_beside += strchr (line->text, '\t') != NULL && line->tab_x > line->x;
        }
      else if (line->x >= margin + 40)
        n_content++;
    }
  if (start == G_MAXUINT || n_beside < 2 || n_content < n_margin)
    return NULL;

  result = g_ptr_array_new_with_free_func (vitae_text_line_free);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      const char *tab = strchr (line->text, '\t');
      g_autofree char *cell = NULL;
      VitaeTextLine *heading;

      if (i < start || line->x >= margin + 2)
        {
          g_ptr_array_add (result, copy_line (line, line->text));
          continue;
        }

      cell = g_strstrip (g_strndup (line->text, tab ? (gsize) (tab - line->text) : strlen (line->text)));
      heading = copy_line (line, cell);
      heading->flags |= LINE_SIDE_HEADING;
      g_ptr_array_add (result, heading);

      for (guint k = 0; k < 2; k++, i++)
        {
          VitaeTextLine *beside;

          /* The heading's second line, right under it. */
          if (k == 1)
            {
              VitaeTextLine *next = i < lines->len ? g_ptr_array_index (lines, i) : NULL;
              g_autofree char *more = NULL;

              if (next == NULL || next->x >= margin + 2 || next->gap > next->size)
                break;
              tab = strchr (next->text, '\t');
              more = g_strstrip (g_strndup (next->text, tab ? (gsize) (tab - next->text) : strlen (next->text)));
              {
                g_autofree char *joined = g_strconcat (heading->text, " ", more, NULL);

                g_free (heading->text);
                heading->text = g_steal_pointer (&joined);
              }
              line = next;
            }
          if (tab != NULL && line->tab_x > line->x)
            {
              beside = copy_line (line, tab + 1);
              g_strstrip (beside->text);
              beside->x = line->tab_x;
              beside->tab_x = -1;
              beside->gap = 0;
              if (beside->text[0] != '\0')
                g_ptr_array_add (result, beside);
              else
                vitae_text_line_free (beside);
            }
        }
      i--;
    }
  return result;
}

/**
 * vitae_import_lines:
 * @lines: (element-type VitaeTextLine): the lines of a resume
 * @notes: (nullable) (element-type utf8): where to say what could not be
 *   placed
 *
 * Recovers a resume's structure from its lines, as the top of this file
 * describes.
 *
 * Returns: (transfer full): the resume
 */
VitaeDocument *
vitae_import_lines (GPtrArray *lines,
                    GPtrArray *notes)
{
  Builder builder = { vitae_document_new (), notes, VITAE_SECTION_CUSTOM, NULL, NULL, ROLE_NONE,
                      g_string_new (NULL), 0 };
  g_autoptr(GPtrArray) side = side_headings (lines);
  g_autofree gboolean *dated = NULL;
  double body_size;
  double base_x = 0, line_gap = 0, bullet_x = -1;
  g_autoptr(GString) contact = g_string_new (NULL);
  gboolean in_header = TRUE, have_name = FALSE, have_headline = FALSE;
  guint skip_line = G_MAXUINT;
  guint name_index = 0;

  if (side != NULL)
    lines = side;
  body_size = body_font_size (lines);
  pdf_geometry (lines, &base_x, &line_gap);
  dated = g_new0 (gboolean, lines->len);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      dated[i] = line->size > 0 && after_bullet (line->text) == NULL && has_dates (line->text);
    }

  /* In a PDF, the name is the largest of the first three lines. */
  for (guint i = 1; i < MIN (lines->len, 3); i++)
    {
      VitaeTextLine *a = g_ptr_array_index (lines, name_index);
      VitaeTextLine *b = g_ptr_array_index (lines, i);

      if (b->size > a->size + 0.5 && !is_contact_line (b->text) && is_plausible_name (b->text))
        name_index = i;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      Role role = role_from_style (line->style);
      const char *text = line->text;
      const char *bullet_text;

      if (i == skip_line)
        continue;
      /* The largest of the first lines is the name even after a heading
       * set beside it ("ABOUT" in a right column read first). */
      if (role == ROLE_NONE && !have_name && name_index > 0 && i == name_index && line->size > 0 &&
          !in_header && is_plausible_name (text) && !is_contact_line (text))
        role = ROLE_NAME;
      if (role == ROLE_NONE && (line->flags & VITAE_TEXT_LINE_LIST))
        role = ROLE_BULLET;
      if (role == ROLE_NONE && (line->flags & LINE_SIDE_HEADING))
        role = ROLE_HEADING;

      g_debug ("size %.1f gap %.1f x %.1f flags %x style %s: %s", line->size, line->gap, line->x,
               line->flags, line->style ? line->style : "-", text);

      /* Contact details wrapped onto the next line of a PDF. */
      if (in_header && role == ROLE_NONE && builder.previous == ROLE_CONTACT && line->size > 0 &&
          line->gap <= line_gap + 0.1 * line->size && !is_heading_like (line, body_size) &&
          ABS (line->size - ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->size) < 0.5)
        role = ROLE_CONTACT;

      /* A headline wrapped onto the next line. */
      if (in_header && role == ROLE_NONE && builder.previous == ROLE_HEADLINE && line->size > 0 &&
          line->gap < 0.3 * line->size && !is_contact_line (text) &&
          ABS (line->size - ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->size) < 0.5)
        {
          append_text (VITAE_NODE (builder.document), "label", text, " ");
          continue;
        }

      /* "Name – Headline" on one line. */
      if (in_header && role == ROLE_NONE && !have_name && i >= name_index && line->size > 0)
        {
          static const char * const dashes[] = { " – ", " — ", " | ", " - ", NULL };

          for (guint d = 0; dashes[d] && !have_name; d++)
            {
              const char *dash = strstr (text, dashes[d]);
              g_autofree char *left = dash ? g_strstrip (g_strndup (text, dash - text)) : NULL;

              if (left != NULL && is_plausible_name (left) && !is_contact_line (dash))
                {
                  vitae_node_set_text (VITAE_NODE (builder.document), "name", left);
                  vitae_node_set_text (VITAE_NODE (builder.document), "label", dash + strlen (dashes[d]));
                  have_name = have_headline = TRUE;
                }
            }
          if (have_name)
            {
              builder.previous = ROLE_HEADLINE;
              continue;
            }
        }

      /* A PDF header may hold several things on a line, apart: "Name
       * <tab> github.com/name". Each part is read on its own. */
      if (in_header && role == ROLE_NONE && line->size > 0 && strchr (text, '\t') != NULL &&
          !is_heading_like (line, body_size))
        {
          g_auto(GStrv) cells = g_strsplit (text, "\t", -1);
          gboolean any_contact = FALSE;

          for (guint c = 0; cells[c]; c++)
            {
              const char *cell = g_strstrip (cells[c]);

              if (cell[0] == '\0' || is_noise (cell))
                continue;
              if (!have_name && i >= name_index && is_plausible_name (cell))
                {
                  vitae_node_set_text (VITAE_NODE (builder.document), "name", cell);
                  have_name = TRUE;
                }
              else if (is_contact_line (cell) || has_phone (cell))
                {
                  if (contact->len > 0)
                    g_string_append (contact, "\t");
                  g_string_append (contact, cell);
                  any_contact = TRUE;
                }
              else if (have_name && !have_headline && g_utf8_strlen (cell, -1) < 100)
                {
                  vitae_node_set_text (VITAE_NODE (builder.document), "label", cell);
                  have_headline = TRUE;
                }
              else
                builder.n_unplaced++;
            }
          builder.previous = any_contact ? ROLE_CONTACT : ROLE_HEADLINE;
          continue;
        }

      /* The header ends at the first bullet, or at the first line with
       * dates after the contact details, even without a heading. */
      if (in_header && role == ROLE_NONE && have_name && line->size > 0)
        {
          g_autofree char *left = NULL, *right = NULL;
          g_autofree char *s = NULL, *e = NULL;

          split_right (text, &left, &right);
          if (after_bullet (text) != NULL ||
              (contact->len > 0 && right != NULL && parse_dates (right, &s, &e)))
            in_header = FALSE;
        }

      if (in_header && role == ROLE_NONE)
        {
          if (is_noise (text))
            continue;
          if (!have_name && i >= name_index && !is_contact_line (text) &&
              (line->size <= 0 || is_plausible_name (text)))
            role = ROLE_NAME;
          else if (is_heading_like (line, body_size) && have_name)
            role = ROLE_HEADING;
          else if (is_contact_line (text) || has_phone (text))
            role = ROLE_CONTACT;
          else if (have_name && !have_headline && g_utf8_strlen (text, -1) < 100)
            role = ROLE_HEADLINE;
          else if (!have_name && line->size <= 0)
            role = ROLE_NAME;
          else if (!have_name && is_heading_like (line, body_size))
            role = ROLE_HEADING;
          else if (!have_name)
            role = ROLE_CONTACT;
          else
            role = ROLE_BODY;
        }

      /* Contact details that a second column puts after the sections:
       * an e-mail address or a labelled phone number on a short line of
       * its own, when the header had none. */
      if (role == ROLE_NONE && !in_header && line->size > 0 && g_utf8_strlen (text, -1) <= 60 &&
          after_bullet (text) == NULL && is_contact_detail (&builder, text))
        {
          read_contact (&builder, text);
          continue;
        }

      if (role == ROLE_NONE && is_heading_like (line, body_size))
        role = ROLE_HEADING;
      if (role == ROLE_NONE && after_bullet (text) != NULL)
        {
          g_autofree char *left = NULL, *right = NULL;
          g_autofree char *s = NULL, *e = NULL;

          role = ROLE_BULLET;
          /* "• Treasurer, Chess Club <tab> 2019 – 2021": an entry's
           * title set as a list item, with its dates at the right. */
          if (!in_header && kind_has_entries (builder.kind) && strchr (after_bullet (text), '\t') != NULL)
            {
              split_right (after_bullet (text), &left, &right);
              if (right != NULL && parse_dates (right, &s, &e))
                {
                  role = ROLE_TITLE;
                  text = after_bullet (text);
                }
            }
        }

      /* Word's second-level bullet, a letter "o", under a bullet. */
      if (role == ROLE_NONE && line->size > 0 && builder.previous == ROLE_BULLET && bullet_x >= 0 &&
          line->x > bullet_x + 2 && text[0] == 'o' && (text[1] == ' ' || text[1] == '\t'))
        {
          role = ROLE_BULLET;
          text += 2;
          while (*text == ' ' || *text == '\t')
            text++;
        }

      /* A line indented under a bullet's text continues the bullet. */
      if (role == ROLE_NONE && line->size > 0 && builder.previous == ROLE_BULLET && bullet_x >= 0 &&
          line->x > bullet_x + 2 && line->x < bullet_x + 3 * line->size && !strchr (text, '\t') &&
          !(line->flags & VITAE_TEXT_LINE_BOLD))
        {
          continue_last (&builder, ROLE_BULLET, text);
          continue;
        }

      /* A wrapped line of a PDF continues the line above it: it stands
       * as close under it as the lines of a paragraph do. */
      if (role == ROLE_NONE && line->size > 0 && i > 0 && !in_header &&
          (builder.previous == ROLE_BULLET || builder.previous == ROLE_BODY) &&
          !(line->flags & VITAE_TEXT_LINE_BOLD) && !strchr (text, '\t') &&
          line->page == ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->page &&
          line->gap <= line_gap + 0.1 * line->size &&
          line->x < ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->x +
                    (builder.previous == ROLE_BULLET ? 3 : 0.5) * line->size &&
          (builder.previous != ROLE_BULLET || line->x >= bullet_x - 0.25 * line->size) &&
          /* A link alone at the bullet's edge, not under its text, is the
           * entry's ("https://github.com/…" under a project's bullets). */
          !(builder.previous == ROLE_BULLET && line->x <= bullet_x + 1 && looks_like_url (text)) &&
          builder.kind != VITAE_SECTION_SKILLS && builder.kind != VITAE_SECTION_INTERESTS &&
          !is_heading_like (line, body_size))
        {
          continue_last (&builder, builder.previous, text);
          continue;
        }

      /* In a PDF whose bullets are drawn, not written, a bullet is a line
       * indented from the text's left edge. */
      if (role == ROLE_NONE && line->size > 0 && !in_header && kind_has_entries (builder.kind) &&
          !strchr (text, '\t') && !ends_in_span (text))
        {
          double edge = base_x;

          /* In another column than the main text's, the edge is where
           * that column's entries have their dates. */
          if (ABS (line->x - base_x) > 6 * body_size)
            edge = dates_left_edge (lines, dated, line->x - 6 * body_size, line->x);
          if (line->x > edge + 0.5 * body_size && line->x < edge + 6 * body_size)
            role = ROLE_BULLET;
        }

      /* After bullets, a line that starts left of them begins the next
       * entry, even without dates on it. */
      if (role == ROLE_NONE && kind_has_entries (builder.kind) && builder.previous == ROLE_BULLET &&
          line->size > 0 && bullet_x >= 0 && line->x < bullet_x - 0.25 * line->size)
        role = ROLE_TITLE;

      if (role == ROLE_NONE && kind_has_entries (builder.kind))
        {
          g_autofree char *left = NULL, *right = NULL;
          g_autofree char *s = NULL, *e = NULL;

          split_right (text, &left, &right);
          if (right != NULL && parse_dates (right, &s, &e))
            role = ROLE_TITLE;
          else if (builder.previous == ROLE_TITLE && builder.entry != NULL &&
                   ((line->flags & VITAE_TEXT_LINE_ITALIC) || strchr (text, '\t') ||
                    (g_utf8_strlen (text, -1) < 80 && !g_str_has_suffix (text, "."))) &&
                   !(line->flags & VITAE_TEXT_LINE_BOLD))
            role = ROLE_SUBTITLE;
          else if ((line->flags & VITAE_TEXT_LINE_BOLD) && g_utf8_strlen (text, -1) < 100 &&
                   !strstr (text, ": "))
            role = ROLE_TITLE;
        }
      if (role == ROLE_NONE)
        role = ROLE_BODY;


      switch (role)
        {
        case ROLE_NAME:
          if (!have_name)
            {
              g_autofree char *name = g_strdup (skip_greeting (text));
              gsize len = strlen (name);

              while (len > 0 && (name[len - 1] == '!' || name[len - 1] == '.'))
                name[--len] = '\0';
              /* A large name set on two lines: "BRANDON" / "MARTINEZ". */
              for (guint k = i + 1; k < MIN (lines->len, i + 4) && line->size > 0 && count_words (name) == 1; k++)
                {
                  VitaeTextLine *next = g_ptr_array_index (lines, k);

                  if (ABS (next->size - line->size) < 0.5 && ABS (next->x - line->x) < line->size &&
                      count_words (next->text) == 1 && is_plausible_name (next->text))
                    {
                      g_autofree char *joined = g_strconcat (name, " ", next->text, NULL);

                      g_free (name);
                      name = g_steal_pointer (&joined);
                      skip_line = k;
                      break;
                    }
                }
              vitae_node_set_text (VITAE_NODE (builder.document), "name", name);
            }
          else
            builder.n_unplaced++;
          have_name = TRUE;
          break;
        case ROLE_HEADLINE:
          vitae_node_set_text (VITAE_NODE (builder.document), "label", text);
          have_headline = TRUE;
          break;
        case ROLE_CONTACT:
          /* A line ending in a separator or a label wraps onto the next;
           * other lines are parts of their own. */
          if (contact->len > 0)
            g_string_append_c (contact, g_str_has_suffix (contact->str, ":") ||
                                        g_str_has_suffix (contact->str, "·") ||
                                        g_str_has_suffix (contact->str, "|") ? ' ' : '\t');
          g_string_append (contact, text);
          break;
        case ROLE_HEADING:
          in_header = FALSE;
          if (contact->len > 0)
            read_contact (&builder, contact->str);
          g_string_truncate (contact, 0);
          start_section (&builder, text);
          break;
        case ROLE_TITLE:
          in_header = FALSE;
          if (!kind_has_entries (builder.kind))
            {
              read_body (&builder, line, text);
              break;
            }
          /* Dates alone under a title without them are its dates. */
          if (builder.previous == ROLE_TITLE && builder.entry != NULL &&
              !vitae_node_has (VITAE_NODE (builder.entry), "start") &&
              !vitae_node_has (VITAE_NODE (builder.entry), "end") &&
              !vitae_node_has (VITAE_NODE (builder.entry), "date"))
            {
              g_autofree char *s = NULL, *e = NULL;

              if (parse_dates (text, &s, &e))
                {
                  set_dates (&builder, VITAE_NODE (builder.entry), text);
                  break;
                }
            }
          read_title (&builder, text);
          break;
        case ROLE_SUBTITLE:
          if (builder.entry == NULL)
            new_entry (&builder);
          read_subtitle (&builder, text);
          break;
        case ROLE_BULLET:
          in_header = FALSE;
          bullet_text = after_bullet (text);
          /* Bullets under "About me": a section of their own, under that
           * heading, rather than a summary run together. */
          if (builder.kind == KIND_SUMMARY)
            {
              g_autofree char *title = g_strdup (builder.summary_title ? builder.summary_title : "");

              start_section (&builder, title);
              if (builder.section == NULL || builder.kind == KIND_SUMMARY)
                {
                  builder.kind = VITAE_SECTION_CUSTOM;
                  builder.section = NULL;
                  ensure_section (&builder);
                  vitae_node_set_text (VITAE_NODE (builder.section), "title", title);
                }
            }
          {
            /* List items side by side, in columns: "• A <tab> • B". */
            g_auto(GStrv) cells = g_strsplit (bullet_text ? bullet_text : text, "\t", -1);
            g_autoptr(GString) item = g_string_new (NULL);
            VitaeEntry *entry = builder.entry ? builder.entry : new_entry (&builder);

            for (guint k = 0; cells[k]; k++)
              {
                const char *cell = g_strstrip (cells[k]);
                const char *next_item = after_bullet (cell);
                gboolean bare = is_bare_glyph (cell);

                if ((bare || next_item != NULL) && item->len > 0)
                  {
                    g_autoptr(VitaeBullet) bullet = vitae_bullet_new (item->str);

                    vitae_entry_append_bullet (entry, bullet);
                    g_string_truncate (item, 0);
                  }
                if (bare)
                  continue;
                if (item->len > 0)
                  g_string_append_c (item, '\t');
                g_string_append (item, next_item != NULL ? next_item : cell);
              }
            if (item->len > 0)
              {
                g_autoptr(VitaeBullet) bullet = vitae_bullet_new (item->str);

                vitae_entry_append_bullet (entry, bullet);
              }
            bullet_x = line->x;
          }
          break;
        case ROLE_BODY:
          if (in_header)
            {
              g_string_append (builder.summary, text);
              break;
            }
          read_body (&builder, line, text);
          break;
        case ROLE_NONE:
        default:
          g_assert_not_reached ();
        }
      builder.previous = role;
    }

  if (contact->len > 0)
    read_contact (&builder, contact->str);
  g_free (builder.summary_title);
  if (builder.summary->len > 0)
    vitae_node_set_text (VITAE_NODE (builder.document), "summary", builder.summary->str);
  g_string_free (builder.summary, TRUE);

  if (notes != NULL && builder.n_unplaced > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u line could not be placed; check the result",
                                                          "%u lines could not be placed; check the result",
                                                          builder.n_unplaced), builder.n_unplaced));

  vitae_history_clear (vitae_document_get_history (builder.document));
  vitae_document_set_modified (builder.document, FALSE);
  return builder.document;
}

/**
 * vitae_import_format_from_path:
 * @path: a file name
 *
 * Returns: the import format its extension names
 */
VitaeImportFormat
vitae_import_format_from_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".json"))
    return VITAE_IMPORT_JSON;
  if (g_str_has_suffix (lower, ".pdf"))
    return VITAE_IMPORT_PDF;
  if (g_str_has_suffix (lower, ".docx"))
    return VITAE_IMPORT_DOCX;
  if (g_str_has_suffix (lower, ".odt"))
    return VITAE_IMPORT_ODT;
  if (g_str_has_suffix (lower, ".zip"))
    return VITAE_IMPORT_LINKEDIN;
  return VITAE_IMPORT_UNKNOWN;
}

/**
 * vitae_import_bytes:
 * @bytes: the file's contents
 * @format: what they are
 * @display: the file's name for messages
 * @notes: (nullable) (element-type utf8): where to add what the import
 *   did, a line each
 * @error: a #GError; its message starts with @display
 *
 * Returns: (transfer full) (nullable): the resume, sanitized as every
 *   loaded document is
 */
VitaeDocument *
vitae_import_bytes (GBytes             *bytes,
                    VitaeImportFormat   format,
                    const char         *display,
                    GPtrArray          *notes,
                    GError            **error)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display != NULL, NULL);

  if (size > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   display, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  switch (format)
    {
    case VITAE_IMPORT_JSON:
      if (!g_utf8_validate (data, size, NULL))
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_ENCODING,
                       _("%s: the file is not valid UTF-8 text"), display);
          return NULL;
        }
      document = vitae_json_resume_parse_full (data, size, display, notes, error);
      if (document == NULL)
        return NULL;
      break;
    case VITAE_IMPORT_PDF:
      lines = vitae_pdf_read_lines (bytes, VITAE_IMPORT_MAX_PAGES, &local_error);
      break;
    case VITAE_IMPORT_DOCX:
    case VITAE_IMPORT_ODT:
      lines = vitae_office_read_lines (bytes, format == VITAE_IMPORT_ODT, &local_error);
      break;
    case VITAE_IMPORT_LINKEDIN:
      document = vitae_linkedin_import (bytes, notes, &local_error);
      break;
    case VITAE_IMPORT_UNKNOWN:
    default:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   _("%s: Vitae imports .pdf, .docx, .odt, .json and LinkedIn .zip files"), display);
      return NULL;
    }

  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display, local_error->message);
      return NULL;
    }

  if (lines != NULL)
    {
      if (lines->len == 0)
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                       _("%s: the file has no text to import (a scanned page needs text recognition first)"),
                       display);
          return NULL;
        }
      document = vitae_import_lines (lines, notes);
    }

  if (!vitae_document_sanitize (document, display, notes, error))
    return NULL;

  /* The document language, from the text when the file does not say. */
  if (vitae_document_get_language (document) == NULL)
    vitae_document_set_language (document, vitae_document_detect_language (document));

  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);
  return g_steal_pointer (&document);
}

/**
 * vitae_import_file:
 * @path: a .pdf, .docx, .odt, .json or LinkedIn .zip file
 * @notes: (nullable) (element-type utf8): where to add what the import did
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the resume
 */
VitaeDocument *
vitae_import_file (const char  *path,
                   GPtrArray   *notes,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  VitaeImportFormat format = vitae_import_format_from_path (path);

  g_return_val_if_fail (path != NULL, NULL);

  if (format == VITAE_IMPORT_UNKNOWN)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   _("%s: Vitae imports .pdf, .docx, .odt, .json and LinkedIn .zip files"), display);
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO, _("%s: no such file"), display);
      return NULL;
    }
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO, "%s: %s", display, local_error->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   display, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);

  return vitae_import_bytes (bytes, format, display, notes, error);
}
