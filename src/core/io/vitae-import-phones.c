/* vitae-import-phones.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Phone numbers among the contact details (vitae-import-contact.c): a
 * number after a label or an icon, a label that names a number that is
 * no phone's (a fax, a birth date), a number that a PDF glued to the
 * e-mail address after it or to the details beside it by a bar of
 * another font, and the phone number in a line of text
 * (_vitae_import_dup_phone()). Before the lines are read, a number that
 * a narrow cell broke over two lines is joined again, as an e-mail
 * address is (_vitae_import_join_split_contacts()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-private.h"

/* Whether @word, with a period maybe, is one of @numbers. */
static gboolean
is_number_word (const char * const *numbers,
                const char         *word)
{
  g_autofree char *bare = g_strndup (word, strcspn (word, "."));

  return g_strv_contains (numbers, bare);
}

/* Whether @label ends in a place's region, a code of two capitals after
 * the city and a comma ("Boise, ID": Idaho's, no identity number's). */
static gboolean
ends_in_region (const char *label)
{
  g_autofree char *bare = g_strstrip (g_strdup (label));
  gsize len = strlen (bare);

  return len >= 5 && g_ascii_isupper (bare[len - 1]) && g_ascii_isupper (bare[len - 2]) &&
         bare[len - 3] == ' ' && bare[len - 4] == ',' && g_ascii_isalpha (bare[len - 5]);
}

/* Whether @label, the words before a number, ends in a word that names
 * a number that is no phone's: a birth date, a postal code, a fax, an
 * identity number ("Date of birth:", "geb.", "CEP", "Fax", "C.I.",
 * "Passport No."), in several languages; not a place's region that is
 * written as one of them. */
gboolean
_vitae_import_is_other_number_label (const char *label)
{
  static const char * const others[] = {
    "fax", "telefax", "télécopie", "id", "cnic", "nic", "passport", "pass", "ssn", "birth", "born", "dob", "birthday",
    "age", "geburtsdatum", "geboren", "geb", "naissance", "né", "née", "nacimiento", "nascita", "nascimento",
    "geboortedatum", "zip", "postal", "plz", "postleitzahl", "cp", "cep", "código", "code", "dni", "nie", "nif",
    "cpf", "rg", "pesel", "iban", "bic", "date", "datum", "fecha", "data", "matrikelnummer", "isbn", "issn",
    "orcid", "doi",
    /* identity, tax and social security numbers */
    "ci", "cc", "cédula", "cedula", "identidad", "identité", "identity", "identificación", "identification",
    "identidade", "rut", "cuit", "cuil", "curp", "rfc", "nss", "nir", "insee", "sécu", "bsn", "nino", "nin",
    "sin", "tfn", "pan", "aadhaar", "aadhar", "kimlik", "tckn", "personalausweis", "ausweis", "ausweisnummer",
    "reisepass", "pasaporte", "passaporte", "passeport", "passaporto", "svnr", "ahv", "avs", "steuer", "steuernummer",
    "fiscale", "snils", "снилс", "инн", "паспорт", "nip", "regon", "oib", "jmbg", "egn", "cnp",
    "dpi", "dui", "cnh", "pis", "pasport", "licence", "license", "führerschein", NULL
  };
  /* (A number's word after its kind: "Passport No.", "Cédula n°".) */
  static const char * const numbers[] = {
    "no", "nr", "n°", "nº", "number", "nummer", "num", "núm", "número", "numero", "numéro", "#", "номер", NULL
  };
  g_autofree char *folded = g_utf8_casefold (label, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t:,()/-", -1);
  guint n = g_strv_length (words);
  g_autoptr(GString) word = NULL;
  const char *dot;

  if (ends_in_region (label))
    return FALSE;
  /* The last word: "Tel 030 … Fax 030 …" has its fax second. */
  for (guint k = 0; words[k]; k++)
    if (words[k][strspn (words[k], ".")] == '\0')
      words[k][0] = '\0';
  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  while (n > 1 && is_number_word (numbers, words[n - 1]))
    {
      n--;
      while (n > 0 && words[n - 1][0] == '\0')
        n--;
    }
  if (n == 0)
    return FALSE;
  /* An abbreviation, its letters apart by dots ("C.I.", "N.I.F."), or a
   * word with its period ("geb."), or after another ("Mob.Fax"). */
  word = g_string_new (words[n - 1]);
  g_string_replace (word, ".", "", 0);
  dot = strrchr (words[n - 1], '.');
  return g_strv_contains (others, word->str) || (dot != NULL && g_strv_contains (others, dot + 1));
}

/* Whether the text from @start to @end labels a phone number: a word
 * of the labels in several languages ("Tel.:", "Phone No.", "Mobil",
 * "Tél. :", "手机：") or a letter alone, an icon font's glyph ("Æ"). */
static gboolean
is_phone_label (const char *start,
                const char *end)
{
  static const char * const labels[] = {
    "phone", "telephone", "tel", "tél", "téléphone", "telefon", "telefono", "teléfono", "telefone", "telefoon",
    "telefonnummer", "mobiltelefon", "mobilnummer", "handynummer", "telemóvel", "telemovel", "tlf", "mobile",
    "mobil", "mob", "mobiel", "móvil", "movil", "cell", "cellphone", "cellulare",
    "celular", "cel", "handy", "portable", "port", "gsm", "hp", "whatsapp", "contact", "no", "nr", "number",
    "nummer", "ph", "телефон", "тел", "моб", "мобильный", "电话", "手机", "電話", "携帯", "전화", "휴대폰",
    /* the kind of line: "Land-line Phone Number", "Home phone", "Tél. fixe" */
    "landline", "land", "line", "home", "work", "office", "fixe", "fijo", "fixo", NULL
  };
  static const char * const numbers[] = { "no", "nr", "number", "nummer", NULL };
  g_autofree char *label = g_utf8_casefold (start, end - start);
  /* (A command's argument in braces is a word too: "{phone}".) */
  g_auto(GStrv) words = g_strsplit_set (label, " \t.:,()/-：{}", -1);
  guint n = 0;

  for (guint k = 0; words[k]; k++)
    {
      if (words[k][0] == '\0')
        continue;
      if (!g_strv_contains (labels, words[k]) && g_utf8_strlen (words[k], -1) > 1)
        return FALSE;
      /* (The word for a number after the others: "Mobile Phone No.".) */
      n += n == 0 || !g_strv_contains (numbers, words[k]);
    }
  return n <= 3;
}

/* Whether @text is a phone number's label alone, a word at least
 * ("Mobiltelefon:", "Tel.", not an icon's glyph), as a cell before the
 * number has it. */
gboolean
_vitae_import_is_phone_label (const char *text)
{
  gboolean word = FALSE;

  for (const char *p = text; *p && !word; p = g_utf8_next_char (p))
    word = g_unichar_isalpha (g_utf8_get_char (p)) && g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (p)));
  return word && g_utf8_strlen (text, -1) <= 24 && is_phone_label (text, text + strlen (text)) &&
         !_vitae_import_is_other_number_label (text);
}

/* @text without the commands of TeX in it: an icon's command that did
 * not expand is printed as its name ("\faPhone", "\faIcon {phone}:"), the
 * name of a command is no word of a label. */
static char *
drop_tex_commands (const char *text)
{
  GString *kept = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' && g_ascii_isalpha (p[1]))
        {
          while (g_ascii_isalpha (p[1]))
            p++;
          while (p[1] == ' ')
            p++;
          continue;
        }
      g_string_append_c (kept, *p);
    }
  return g_string_free (kept, FALSE);
}

/* The first of two phone numbers that are all of @number, apart by a
 * slash, a comma, a semicolon or a bar ("+39 333 … / +33 6 …", "+49 89
 * …/0160 …", "(+1) 734 …; (+86) 159 …"), or NULL. */
static char *
dup_first_of_two (const char *number)
{
  static const char * const separators[] = { " / ", ", ", "; ", " | ", "/" };

  for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      const char *split = strstr (number, separators[k]);
      g_autofree char *first = NULL;

      if (split == NULL)
        continue;
      first = g_strchomp (g_strndup (number, split - number));
      if (_vitae_import_looks_like_phone (first) && _vitae_import_looks_like_phone (split + strlen (separators[k])))
        return g_steal_pointer (&first);
    }
  return NULL;
}

/* The phone number that is all of @text after icons and a short label
 * ("☎ +90 532 …", "Mobil 0151 …", "Tél. : 06 12 …", "Telefon:<tab>0171 …",
 * an icon's command that did not expand: "\faIcon {phone}: +49 …"), or
 * the first of two (dup_first_of_two()), or NULL: also when the label names another number ("Fax 030 …", "geb.
 * 1990-10-20") or a number alone is short. */
char *
_vitae_import_dup_labelled_phone (const char *raw)
{
  g_autofree char *plain = _vitae_import_plain_spaces (raw);
  g_autofree char *text = strchr (plain, '\\') != NULL ? drop_tex_commands (plain) : g_strdup (plain);
  const char *p = text;
  const char *number;
  g_autofree char *s = NULL, *e = NULL, *bare = NULL, *label = NULL, *first = NULL;
  guint digits = 0;

  while (*p && !g_unichar_isalnum (g_utf8_get_char (p)) && *p != '+' && *p != '(')
    p = g_utf8_next_char (p);
  number = p;
  while (*number && !g_ascii_isdigit (*number) && *number != '+' && *number != '(')
    number = g_utf8_next_char (number);
  /* (A label is short, in characters: a wide colon is one.) */
  if (*number == '\0' || g_utf8_strlen (p, number - p) > 24)
    return NULL;
  /* A label is a phone's word, or an icon font's glyph read as a letter
   * (not an abbreviation's letters: "C.I. 0912…", an identity number). */
  label = g_strndup (p, number - p);
  if (number > p && (!is_phone_label (p, number) || _vitae_import_is_other_number_label (label)))
    return NULL;
  if (!_vitae_import_looks_like_phone (number) && (first = dup_first_of_two (number)) != NULL)
    number = first;
  for (const char *q = number; *q; q++)
    digits += g_ascii_isdigit (*q) != 0;
  bare = g_strdup (number);
  g_strdelimit (bare, "()", ' ');
  g_strstrip (bare);
  if (!_vitae_import_looks_like_phone (number) || _vitae_import_is_numeric_date (bare) || _vitae_import_parse_dates (bare, &s, &e))
    return NULL;
  if (digits < 9 && *number != '+' && number == p)
    return NULL;
  return g_strdup (number);
}

/* Sets a tab between a phone number and the e-mail address that a PDF
 * glued to it, having lost the space between them ("(555)123-4567ada@…"):
 * the word of the address's "@" starts with a number that reads as a
 * phone's, written with a bracket, a plus or a dash between its groups,
 * its last digit right before a letter. */
void
_vitae_import_split_glued_phone (GString *text)
{
  for (gsize at = 0; at < text->len; at++)
    {
      gsize start = at, end;
      g_autofree char *number = NULL;

      if (text->str[at] != '@')
        continue;
      while (start > 0 && !g_ascii_isspace (text->str[start - 1]))
        start--;
      end = start + strspn (text->str + start, "0123456789+()-.");
      if (end >= at || end == start || !g_ascii_isdigit (text->str[end - 1]) || !g_ascii_isalpha (text->str[end]))
        continue;
      number = g_strndup (text->str + start, end - start);
      if (!_vitae_import_looks_like_phone (number) || strpbrk (number, "()+-") == NULL)
        continue;
      g_string_insert_c (text, end, '\t');
      at++;
    }
}

/* The word of @text that ends at @end, if it is a short group of a
 * phone number ("(587)", "718"), or NULL. */
static char *
dup_group_before (const char *text,
                  const char *end)
{
  const char *start = end;

  while (start > text && start[-1] != ' ' && start[-1] != '\t')
    start--;
  if (end - start == 0 || end - start > 6)
    return NULL;
  return g_strndup (start, end - start);
}

/* Writes the groups of a phone number that middle dots set apart as one
 * number ("(587) · 718 · 6272"), before the dots part the details: the
 * groups beside the dots short, ten digits or more in all. */
void
_vitae_import_join_dotted_phone (GString *text)
{
  static const char dot[] = " \u00b7 ";
  const char *first = strstr (text->str, dot);

  while (first != NULL)
    {
      g_autofree char *start = dup_group_before (text->str, first);
      g_autoptr(GString) number = g_string_new (start);
      const char *at = first;
      guint digits = 0, groups = 0;

      while (start != NULL && at != NULL && at == strstr (at, dot))
        {
          const char *next = at + strlen (dot);
          const char *end = next + strcspn (next, " \t");
          g_autofree char *group = g_strndup (next, end - next);

          if (end - next == 0 || end - next > 6 || group[strspn (group, "0123456789()")] != '\0')
            break;
          g_string_append_printf (number, " %s", group);
          groups++;
          at = end;
        }
      for (const char *q = number->str; *q; q++)
        digits += g_ascii_isdigit (*q) != 0;
      if (groups > 0 && digits >= 10 && _vitae_import_looks_like_phone (number->str))
        {
          gsize from = first - text->str - strlen (start);

          g_string_erase (text, from, at - text->str - from);
          g_string_insert (text, from, number->str);
          first = strstr (text->str + from + number->len, dot);
        }
      else
        first = strstr (first + strlen (dot), dot);
    }
}

/* Sets a tab for each vertical bar that another font or script draws
 * between contact details ("│", "｜"), as for a "|": set without spaces
 * around it ("MO 64111│816-555-0134│ada@…"), it would glue a phone
 * number to the details beside it. */
void
_vitae_import_split_bars (GString *text)
{
  static const char * const bars[] = { "│", "┃", "｜", "∣", "¦", "❘", "▏" };

  for (guint k = 0; k < G_N_ELEMENTS (bars); k++)
    g_string_replace (text, bars[k], "\t", 0);
}

/* Whether the number at @at follows a label of another number than a
 * phone's: "CNIC: 36302-…", "Date of birth: …", "ID …", "Fax …"
 * (_vitae_import_is_other_number_label()). */
static gboolean
after_other_label (const char *text,
                   const char *at)
{
  g_autofree char *before = g_strndup (text, at - text);

  return _vitae_import_is_other_number_label (before);
}

/* Whether @at is inside a web or e-mail address or a handle of @text
 * ("linkedin.com/in/ada-20483715", "ada_1990"), or starts a postal code
 * (a US one after its state, a Japanese one after "〒"). */
static gboolean
in_address (const char *text,
            const char *at)
{
  const char *word = at;

  while (word > text && word[-1] != ' ' && word[-1] != '\t')
    word--;
  /* "〒100-0001": a Japanese postal code. */
  if (g_str_has_prefix (word, "〒"))
    return TRUE;
  for (const char *p = word; p < at; p++)
    if (*p == '/' || *p == '@' || *p == '_')
      return TRUE;
  /* A ZIP code after a state: "CA 94611-2304", "IL 60640 <phone>". */
  return word - text >= 3 && word[-1] == ' ' && g_ascii_isupper (word[-2]) && g_ascii_isupper (word[-3]) &&
         (word - text == 3 || !g_ascii_isalpha (word[-4])) && strspn (at, "0123456789") == 5 &&
         ((at[5] == '-' && strspn (at + 6, "0123456789") == 4) || at[5] == ' ' || at[5] == ',' || at[5] == '\0');
}

/* Whether @candidate starts with a date written with slashes, as in a
 * birth line ("23/12/1988 - 1 filho"): no phone number is written so. */
static gboolean
starts_with_date (const char *candidate)
{
  g_autofree char *first = g_strndup (candidate, strcspn (candidate, " "));

  return strchr (first, '/') != NULL && _vitae_import_is_numeric_date (first);
}

/* Whether @candidate closes a bracket it did not open: it ends what
 * started before it ("(*28.10.1997)", a birth date after a name), no
 * phone number. */
static gboolean
closes_unopened (const char *candidate)
{
  const char *close = strchr (candidate, ')');

  return close != NULL && memchr (candidate, '(', close - candidate) == NULL;
}

/* Whether @candidate, a phone number longer than @best by a word, adds
 * a group of digits after a number that @best wrote whole in groups
 * apart by hyphens or dots ("503-555-0142 1085 S. Main Street": a
 * house's number starts an address after it). */
static gboolean
adds_group_after_whole (const char *best,
                        const char *candidate)
{
  const char *last = strrchr (best, ' ');
  const char *added = candidate + strlen (best) + strspn (candidate + strlen (best), " ");
  guint separators = 0;

  last = last != NULL ? last + 1 : best;
  for (const char *q = last + 1; *q; q++)
    separators += (*q == '-' || *q == '.') && g_ascii_isdigit (q[-1]) && g_ascii_isdigit (q[1]);
  return separators >= 2 && *added != '\0' && added[strspn (added, "0123456789")] == '\0';
}

char *
_vitae_import_dup_phone (const char *raw)
{
  g_autofree char *text = _vitae_import_plain_spaces (raw);

  for (const char *p = text; *p; p++)
    {
      const char *end;
      char *best = NULL;

      if (!(*p == '+' || *p == '(' || g_ascii_isdigit (*p)) || (p > text && g_ascii_isdigit (p[-1])) ||
          in_address (text, p))
        continue;
      /* The longest run of words from here that is a phone number (a
       * comma or a semicolon after a word ends it: "Oslo, +47 912 34
       * 567, ada@…", and
       * a slash may part two, the second all the rest: "+49 89 …/0160
       * …"). */
      for (end = p; ; end++)
        {
          if (*end == ' ' || *end == '\0' || ((*end == ',' || *end == ';') && (end[1] == ' ' || end[1] == '\0')) ||
              (*end == '/' && end > p && g_ascii_isdigit (end[-1]) && _vitae_import_looks_like_phone (end + 1)))
            {
              g_autofree char *candidate = g_strndup (p, end - p);

              if (_vitae_import_looks_like_phone (candidate))
                {
                  if (best != NULL && adds_group_after_whole (best, candidate))
                    break;
                  g_free (best);
                  best = g_steal_pointer (&candidate);
                }
            }
          if (*end == '\0')
            break;
        }
      if (best != NULL && !_vitae_import_is_numeric_date (best) && !starts_with_date (best) && !after_other_label (text, p) &&
          !closes_unopened (best))
        return best;
      /* Not a phone number: none starts inside it either. */
      if (best != NULL)
        p += strlen (best) - 1;
      g_free (best);
    }
  return NULL;
}

/* Whether @text is a phone number alone in international form: a "+"
 * and nine digits or more ("+48 601-222-333"), which nothing else on a
 * resume is written as. */
gboolean
_vitae_import_is_international_phone (const char *text)
{
  guint digits = 0;

  if (text[0] != '+' || !_vitae_import_looks_like_phone (text))
    return FALSE;
  for (const char *p = text; *p; p++)
    digits += g_ascii_isdigit (*p) != 0;
  return digits >= 9;
}

/* Whether the en dash at @dash in @part, a phone number in international
 * form or after an area code in brackets, stands between spaces between
 * two groups of digits, as a word processor sets it ("+507 6240 – 0530",
 * "(647) 339 – 4022"); a span of dates never starts with a "+" or a
 * bracket. */
gboolean
_vitae_import_is_spaced_dash (const char *part,
                              const char *dash)
{
  return (part[0] == '+' || (part[0] == '(' && g_ascii_isdigit (part[1]))) && dash - part >= 2 && dash[-1] == ' ' && g_ascii_isdigit (dash[-2]) &&
         g_str_has_prefix (dash, "– ") && g_ascii_isdigit (dash[strlen ("– ")]);
}

gboolean
_vitae_import_has_phone (const char *text)
{
  g_autofree char *phone = _vitae_import_dup_phone (text);

  return phone != NULL;
}

/* Whether @text is made of what a phone number is, a digit among it. */
static gboolean
is_phone_piece (const char *text)
{
  return text[0] != '\0' && text[strspn (text, "0123456789+()-. /")] == '\0' && strpbrk (text, "0123456789") != NULL;
}

/* "@code @rest" when @code, a country or area code too short to be a
 * number ("+54", "(+33)"), and @rest, the digits that follow it, are one
 * phone number together; NULL otherwise. */
static char *
dup_joined_code (const char *code,
                 const char *rest)
{
  g_autofree char *joined = NULL;

  if ((code[0] != '+' && code[0] != '(') || !is_phone_piece (code) || _vitae_import_looks_like_phone (code) ||
      !is_phone_piece (rest))
    return NULL;
  joined = g_strconcat (code, " ", rest, NULL);
  return _vitae_import_looks_like_phone (joined) ? g_steal_pointer (&joined) : NULL;
}

/* The lines to change in place: @lines copied into *@result on the
 * first change, so that the caller's array stays as it was. */
static GPtrArray *
lines_to_change (GPtrArray **result,
                 GPtrArray  *lines)
{
  if (*result == NULL)
    *result = vitae_text_lines_copy (lines);
  return *result;
}

/* A phone number that a narrow cell broke over two lines, its country
 * or area code first ("(+54) 9 11" / "7361-0378"): the last cell of a
 * line, too short to be a number, and the line right under it, no
 * further left than the cell stands (under the line's start when the
 * cell is the whole line), of digits alone, with which it is one. The
 * number goes whole on the first line, the second line is dropped.
 * NULL when no number is broken. */
static GPtrArray *
join_split_phones (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
      const char *tab = strrchr (line->text, '\t');
      g_autofree char *cell = g_strstrip (g_strdup (tab != NULL ? tab + 1 : line->text));
      g_autofree char *rest = g_strstrip (g_strdup (next->text));
      g_autofree char *joined = NULL;

      if (next->page != line->page || line->size <= 0 || next->gap > next->size || strchr (next->text, '\t') != NULL)
        continue;
      if (tab != NULL ? next->x < line->x + 0.25 * (line->right - line->x) : ABS (next->x - line->x) >= 2)
        continue;
      joined = dup_joined_code (cell, rest);
      if (joined == NULL)
        continue;
      lines = lines_to_change (&result, lines);
      line = g_ptr_array_index (lines, i);
      {
        g_autofree char *text = tab != NULL ? g_strdup_printf ("%.*s\t%s", (int) (tab - line->text), line->text, joined)
                                            : g_strdup (joined);

        g_free (line->text);
        line->text = g_steal_pointer (&text);
      }
      line->right = MAX (line->right, ((VitaeTextLine *) g_ptr_array_index (lines, i + 1))->right);
      g_ptr_array_remove_index (lines, i + 1);
    }
  return result;
}

/* A phone number that a narrow column of a row of columns broke over
 * two lines, its country or area code alone on the first ("+1" over
 * "309.989…", under a label "Phone:" beside "Email:"): the first cell of
 * a line of cells, too short to be a number, and the first cell of the
 * line right under it, which starts where it does, of digits, with
 * which it is one. The number goes whole in the first line's cell; the
 * second line keeps its other cells, from where they start, or is
 * dropped when it had no other. NULL when no number is broken so. */
static GPtrArray *
join_split_first_cells (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
      const char *tab = strchr (line->text, '\t');
      const char *next_tab = strchr (next->text, '\t');
      gsize cut = next_tab != NULL ? (gsize) (next_tab - next->text) : strlen (next->text);
      g_autofree char *cell = NULL, *rest = NULL, *joined = NULL, *text = NULL;

      if (tab == NULL || next->page != line->page || line->size <= 0 || next->gap > next->size ||
          ABS (next->x - line->x) >= 2 || (next_tab != NULL && next->tab_x <= next->x))
        continue;
      cell = g_strstrip (g_strndup (line->text, tab - line->text));
      rest = g_strstrip (g_strndup (next->text, cut));
      joined = g_ascii_isdigit (rest[0]) ? dup_joined_code (cell, rest) : NULL;
      if (joined == NULL)
        continue;
      lines = lines_to_change (&result, lines);
      line = g_ptr_array_index (lines, i);
      next = g_ptr_array_index (lines, i + 1);
      text = g_strconcat (joined, tab, NULL);
      g_free (line->text);
      line->text = g_steal_pointer (&text);
      if (next_tab == NULL)
        {
          g_ptr_array_remove_index (lines, i + 1);
          continue;
        }
      text = g_strdup (next->text + cut + 1);
      g_free (next->text);
      next->text = g_steal_pointer (&text);
      next->x = next->tab_x;
      next->tab_x = -1;
    }
  return result;
}

/* @text with the cells of a phone number that wide gaps between its
 * groups set apart joined again, as a justified line spreads them
 * ("+49 30<tab>901<tab>820"): from a cell with the country code first,
 * no number alone, the cells of digits after it, all of them one; NULL
 * when none is spread. */
static char *
dup_joined_spread_phone (const char *text)
{
  g_auto(GStrv) cells = g_strsplit (text, "\t", -1);

  for (guint c = 0; cells[c]; c++)
    {
      g_autofree char *first = g_strstrip (g_strdup (cells[c]));
      g_autoptr(GString) joined = NULL;
      guint end = c + 1;

      if (first[0] != '+' || !is_phone_piece (first) || _vitae_import_looks_like_phone (first))
        continue;
      joined = g_string_new (first);
      for (; cells[end]; end++)
        {
          g_autofree char *cell = g_strstrip (g_strdup (cells[end]));

          if (!g_ascii_isdigit (cell[0]) || !is_phone_piece (cell))
            break;
          g_string_append_printf (joined, " %s", cell);
        }
      if (end == c + 1 || !_vitae_import_looks_like_phone (joined->str))
        continue;
      for (guint k = c + 1; k < end; k++)
        g_free (cells[k]);
      memmove (cells + c + 1, cells + end, sizeof (char *) * (g_strv_length (cells + end) + 1));
      g_free (cells[c]);
      cells[c] = g_string_free (g_steal_pointer (&joined), FALSE);
      return g_strjoinv ("\t", cells);
    }
  return NULL;
}

/* The lines whose phone number wide gaps spread over cells, the number
 * joined again (dup_joined_spread_phone()): NULL when none is spread. */
static GPtrArray *
join_spread_phones (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      char *joined = strchr (line->text, '\t') != NULL && strchr (line->text, '+') != NULL
                       ? dup_joined_spread_phone (line->text) : NULL;

      if (joined == NULL)
        continue;
      line = g_ptr_array_index (lines_to_change (&result, lines), i);
      g_free (line->text);
      line->text = joined;
    }
  return result;
}

/* The e-mail addresses and phone numbers that narrow cells broke over
 * two lines, joined again (_vitae_import_join_split_emails(),
 * join_split_phones(), join_split_first_cells()), and the phone numbers
 * that wide gaps spread over cells (join_spread_phones()): a new array,
 * or NULL when none was broken. */
GPtrArray *
_vitae_import_join_split_contacts (GPtrArray *lines)
{
  g_autoptr(GPtrArray) emails = _vitae_import_join_split_emails (lines);
  g_autoptr(GPtrArray) phones = join_split_phones (emails != NULL ? emails : lines);
  g_autoptr(GPtrArray) firsts = join_split_first_cells (phones != NULL ? phones : emails != NULL ? emails : lines);
  GPtrArray *latest = firsts != NULL ? firsts : phones != NULL ? phones : emails;
  GPtrArray *spread = join_spread_phones (latest != NULL ? latest : lines);

  if (spread != NULL)
    return spread;
  if (firsts != NULL)
    return g_steal_pointer (&firsts);
  return phones != NULL ? g_steal_pointer (&phones) : g_steal_pointer (&emails);
}

/* @number's digits alone. */
static char *
dup_digits (const char *number)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = number; p != NULL && *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  return g_string_free (digits, FALSE);
}

/* Keeps @number, a phone number whole in its part of the contact
 * details, as a profile when the document has another phone number
 * already ("+55 19 9 … " over "+55 19 3541-…", a mobile's and a
 * landline's): the document has room for one, and the second is the
 * person's too. A number read already is not kept twice. */
void
_vitae_import_keep_other_phone (VitaeDocument *document,
                                const char    *number)
{
  GListModel *profiles = vitae_document_get_profiles (document);
  g_autofree char *digits = dup_digits (number);
  g_autofree char *first = dup_digits (vitae_node_get_text (VITAE_NODE (document), "phone"));
  g_autoptr(VitaeEntry) profile = NULL;

  if (g_str_equal (digits, first))
    return;
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeEntry) other = g_list_model_get_item (profiles, k);
      g_autofree char *kept = dup_digits (vitae_node_get_text (VITAE_NODE (other), "username"));

      if (g_str_equal (digits, kept))
        return;
    }
  profile = vitae_entry_new ();
  vitae_node_set_text (VITAE_NODE (profile), "network", _("Phone"));
  vitae_node_set_text (VITAE_NODE (profile), "username", number);
  vitae_document_append_profile (document, profile);
}

/* Keeps the second of two phone numbers in @part, the first @phone
 * ("+49 89 …/0160 …", "(+33) 6 … – (+46) 7 …"): what follows @phone
 * after a slash, a comma, a semicolon, a bar or a dash, when it is all
 * a phone number (_vitae_import_keep_other_phone()). */
void
_vitae_import_keep_second_of_two (VitaeDocument *document,
                                  const char    *part,
                                  const char    *phone)
{
  g_autofree char *plain = _vitae_import_plain_spaces (part);
  const char *after = strstr (plain, phone);
  gsize separators;

  if (after == NULL)
    return;
  after += strlen (phone);
  separators = strspn (after, " /,;|");
  if (g_str_has_prefix (after + separators, "–"))
    separators += strlen ("–");
  separators += strspn (after + separators, " ");
  if (separators > 0 && _vitae_import_looks_like_phone (after + separators))
    _vitae_import_keep_other_phone (document, after + separators);
}

/* Keeps the phone number after its own label or icon that is all of
 * @part ("Mobile: +49 …", _vitae_import_dup_labelled_phone()), and a
 * second after it, when the document has its phone number already
 * ("Home: …" above it): the person's too. Returns whether there was
 * one. */
gboolean
_vitae_import_keep_labelled_phone (VitaeDocument *document,
                                   const char    *part)
{
  g_autofree char *labelled = _vitae_import_dup_labelled_phone (part);

  if (labelled == NULL)
    return FALSE;
  _vitae_import_keep_other_phone (document, labelled);
  _vitae_import_keep_second_of_two (document, part, labelled);
  return TRUE;
}
