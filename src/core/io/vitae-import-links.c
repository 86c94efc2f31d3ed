/* vitae-import-links.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a PDF says only through its links and properties
 * (_vitae_import_read_links()). A resume often sets its e-mail address,
 * its LinkedIn or its GitHub behind an icon or a word ("GitHub"), the
 * address in the link alone, and a header drawn as a picture (Canva,
 * Publisher) leaves the name to the document's author.
 *
 * A link counts for the person's details where it stands in the header
 * (on the first page, above the first section heading of its column) or
 * shows no words of its own: an icon, a label ("LinkedIn", "E-mail",
 * "Portfolio") or the address or user name it leads to. A link on a line
 * the resume keeps in a section (a project's, a bullet's) belongs to its
 * entry and is left there.
 *
 * - a mailto: link gives the e-mail address when the resume has none and
 *   its text does not show it; a tel: link, the phone number likewise;
 * - a link to a profile on a network the text importer knows
 *   (linkedin.com/in/…, github.com/someone) becomes a profile, unless the
 *   resume has one on that network, or that address, already;
 * - a link set on "Portfolio", "Website" (…) in the header is the web
 *   address, or a profile when the resume has one;
 * - a link over a word that stands for it at the right of an entry's
 *   item or title ("Sales dashboard <tab> GitHub") is that entry's web
 *   address, the word its label;
 * - no name read from the text, or only a job title: the author of the
 *   document's properties when it is written as a person's name (not a
 *   program's, "Microsoft Office User"), or its title when it reads
 *   "<name> CV"; a note says so. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-item-details.h"
#include "vitae-import-private.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

typedef enum
{
  SHOWS_NOTHING,   /* an icon, a picture */
  SHOWS_LABEL,     /* "LinkedIn", "E-mail", "Portfolio" */
  SHOWS_ITSELF,    /* the address or the user name it leads to */
  SHOWS_WORDS,     /* anything else: a project's name, a sentence */
} Shows;

typedef struct
{
  VitaeDocument *document;
  GPtrArray     *lines;
  char          *entries;    /* every section's text, folded */
  char          *summary;    /* the summary's, folded */
  char          *all_text;   /* the lines' text, in lower case */
  int            first_page;
  gboolean       words_pass; /* reading the links over words of their own */
} Links;

/* The network whose host @url names ("github.com/jdoe": "GitHub"), or
 * NULL; the last of the table it names, as "x.com" is in others. */
const char *
_vitae_import_network_of_url (const char *url)
{
  static const struct { const char *host; const char *network; } networks[] = {
    { "github.com", "GitHub" }, { "gitlab.com", "GitLab" }, { "linkedin.com", "LinkedIn" },
    { "twitter.com", "Twitter" }, { "x.com", "X" }, { "stackoverflow.com", "Stack Overflow" },
  };
  const char *network = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (networks); k++)
    if (strstr (url, networks[k].host))
      network = networks[k].network;
  return network;
}

/* Lower case, letters and digits only. */
static char *
fold (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* @text without an icon's glyph as a word of one character
 * ("ï LinkedIn", "§ jdoe"), folded. */
static char *
fold_shown (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) kept = g_string_new (NULL);

  for (guint k = 0; words[k] != NULL; k++)
    if (g_utf8_strlen (words[k], -1) > 1)
      g_string_append (kept, words[k]);
  return fold (kept->str);
}

/* The text of every section's entries and bullets, folded. */
static char *
fold_entries (VitaeDocument *document)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          _vitae_import_append_fields (all, VITAE_NODE (entry));
          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            g_string_append_printf (all, "\n%s", vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)));
        }
    }
  return fold (all->str);
}

/* Whether @line is a section's heading: a section's title is its whole
 * text, or it names a kind of section ("About me"); not the contact
 * details' heading. */
static gboolean
is_heading_line (VitaeDocument *document,
                 VitaeTextLine *line)
{
  g_autofree char *folded = fold (line->text);

  if (folded[0] == '\0' || _vitae_import_is_contact_heading (line->text))
    return FALSE;
  if (_vitae_import_kind_from_heading (line->text) >= 0)
    return TRUE;
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      const char *title = vitae_section_get_title (vitae_document_get_section (document, s));
      g_autofree char *title_folded = title != NULL ? fold (title) : NULL;

      if (title_folded != NULL && g_str_equal (title_folded, folded))
        return TRUE;
    }
  return FALSE;
}

/* Whether @link stands in the header: on the first page, with no section
 * heading above it that starts left of its end (its column's, or one
 * across the page). */
static gboolean
in_header (Links               *links,
           const VitaeTextLink *link)
{
  if (link->page != links->first_page)
    return FALSE;
  for (guint i = 0; i < links->lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (links->lines, i);

      if (line->page == link->page && line->top < link->top - 1 && line->x <= link->right &&
          is_heading_line (links->document, line))
        return FALSE;
    }
  return TRUE;
}

/* Whether a cell of a line @link stands on is text of a section's entry
 * (a project's title, a bullet), or @prose, of the summary. (The summary
 * may hold what the header left: not the place of a link that shows
 * what it leads to.) */
static gboolean
in_entries (Links               *links,
            const VitaeTextLink *link,
            gboolean             prose)
{
  double middle = (link->top + link->bottom) / 2;

  for (guint i = 0; i < links->lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (links->lines, i);
      g_auto(GStrv) cells = NULL;

      if (line->page != link->page || middle < line->top - 2 || middle > line->top + MAX (line->size, 6) + 2 ||
          line->x > link->right || (line->right > 0 && line->right < link->x))
        continue;
      cells = g_strsplit (line->text, "\t", -1);
      for (guint k = 0; cells[k] != NULL; k++)
        {
          g_autofree char *folded = fold (cells[k]);

          if (g_utf8_strlen (folded, -1) >= 3 &&
              (strstr (links->entries, folded) != NULL || (prose && strstr (links->summary, folded) != NULL)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether @folded is a word set on a link in place of its address. */
static gboolean
is_label (const char *folded)
{
  static const char * const labels[] = {
    "linkedin", "github", "gitlab", "twitter", "x", "stackoverflow", "email", "mail", "emailme", "correo",
    "courriel", "phone", "call", "website", "web", "www", "site", "homepage", "portfolio", "personalwebsite",
    "portfolioweb", "siteportfolio", "blog", "sitioweb", "webseite", "personalsite", "mywebsite", NULL,
  };

  return g_strv_contains (labels, folded);
}

/* Whether @folded is a label of a web site of one's own. */
static gboolean
is_site_label (const char *folded)
{
  return is_label (folded) && (strstr (folded, "site") != NULL || strstr (folded, "web") != NULL ||
                               strstr (folded, "portfolio") != NULL || g_str_equal (folded, "www") ||
                               g_str_equal (folded, "homepage") || g_str_equal (folded, "blog"));
}

/* What the text drawn inside @link shows, of @target (its address or
 * user name, folded). */
static Shows
link_shows (const VitaeTextLink *link,
            const char          *target)
{
  g_autofree char *shown = fold_shown (link->text);

  if (g_utf8_strlen (shown, -1) <= 1)
    return SHOWS_NOTHING;
  if (is_label (shown))
    return SHOWS_LABEL;
  if (target != NULL && target[0] != '\0' && (strstr (shown, target) != NULL ||
                                              (strlen (shown) >= 4 && strstr (target, shown) != NULL)))
    return SHOWS_ITSELF;
  return SHOWS_WORDS;
}

/* Whether @link, showing @shows, gives the person's own details. */
static gboolean
is_persons (Links               *links,
            const VitaeTextLink *link,
            Shows                shows)
{
  /* (Links that show what they lead to count first: "GitHub" in the
   * header before a teacher's GitHub over a name in the prose.) */
  if ((shows == SHOWS_WORDS) != links->words_pass || in_entries (links, link, shows == SHOWS_WORDS))
    return FALSE;
  return shows != SHOWS_WORDS || in_header (links, link);
}

/* @uri after @scheme, without its query, its %-escapes and the spaces
 * or brackets around it, or NULL when it has another scheme. */
static char *
dup_after_scheme (const char *uri,
                  const char *scheme)
{
  g_autofree char *bare = g_strstrip (g_strdup (uri));
  g_autofree char *unescaped = NULL;
  char *query;

  g_strdelimit (bare, "[]", ' ');
  g_strstrip (bare);
  if (g_ascii_strncasecmp (bare, scheme, strlen (scheme)) != 0)
    return NULL;
  query = strchr (bare, '?');
  if (query != NULL)
    *query = '\0';
  unescaped = g_uri_unescape_string (bare + strlen (scheme), NULL);
  if (unescaped == NULL || !g_utf8_validate (unescaped, -1, NULL))
    return NULL;
  return g_strstrip (g_steal_pointer (&unescaped));
}

/* Whether @address is a template's example, left in its link
 * ("x@x.com", "youremail@gmail.com", "name@example.com"). */
static gboolean
is_placeholder_email (const char *address)
{
  static const char * const locals[] = { "x", "xx", "xxx", "you", "your", "youremail", "yourname", "email",
                                         "name", "mail", "user", "username", "test", "example", NULL };
  static const char * const domains[] = { "x.com", "example.com", "example.org", "domain.com", "email.com",
                                          "mail.com", "yourdomain.com", NULL };
  g_autofree char *lower = g_ascii_strdown (address, -1);
  char *at = strchr (lower, '@');

  if (at == NULL)
    return TRUE;
  *at = '\0';
  return g_strv_contains (locals, lower) || g_strv_contains (domains, at + 1);
}

static void
read_mail_link (Links               *links,
                const VitaeTextLink *link)
{
  VitaeNode *basics = VITAE_NODE (links->document);
  g_autofree char *address = dup_after_scheme (link->uri, "mailto:");
  g_autofree char *lower = NULL;
  g_autofree char *local = NULL;

  if (address == NULL || vitae_node_has (basics, "email") || !_vitae_import_looks_like_email (address) ||
      is_placeholder_email (address))
    return;
  lower = g_utf8_strdown (address, -1);
  if (strstr (links->all_text, lower) != NULL)
    return;
  local = fold (address);
  if (is_persons (links, link, link_shows (link, local)))
    _vitae_import_set_email (basics, address);
}

static void
read_phone_link (Links               *links,
                 const VitaeTextLink *link)
{
  VitaeNode *basics = VITAE_NODE (links->document);
  g_autofree char *number = dup_after_scheme (link->uri, "tel:");
  g_autofree char *digits = number != NULL ? fold (number) : NULL;
  gboolean all_alike = TRUE;

  if (number == NULL || vitae_node_has (basics, "phone") || !_vitae_import_looks_like_phone (number))
    return;
  for (const char *d = digits; *d; d++)
    all_alike &= *d == digits[0];
  if (all_alike || !is_persons (links, link, link_shows (link, digits)))
    return;
  vitae_node_set_text (basics, "phone", number);
}

/* @url as compared: no scheme, "www." nor final slash, its host in
 * lower case; NULL for what is no web address. */
static char *
dup_comparable (const char *url)
{
  g_autofree char *bare = g_strstrip (g_strdup (url));
  const char *p = bare;
  const char *end;
  GString *out;

  g_strdelimit (bare, "[]", ' ');
  g_strstrip (bare);
  if (g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7;
  else if (g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8;
  else if (strchr (p, ':') != NULL || strchr (p, '@') != NULL || strchr (p, '.') == NULL)
    return NULL;
  if (g_ascii_strncasecmp (p, "www.", 4) == 0)
    p += 4;
  end = p + strcspn (p, "/?#");
  out = g_string_new (NULL);
  for (const char *h = p; h < end; h++)
    g_string_append_c (out, g_ascii_tolower (*h));
  if (out->len == 0 || strchr (out->str, '.') == NULL || strpbrk (out->str, " \t") != NULL)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  g_string_append_len (out, end, strcspn (end, "?#"));
  while (out->len > 0 && out->str[out->len - 1] == '/')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* The network of the profile @comparable leads to, and its user name,
 * or NULL when it leads to no profile (a repository, a post, a site). */
static const char *
profile_network (const char  *comparable,
                 char       **user)
{
  g_auto(GStrv) parts = g_strsplit (comparable, "/", -1);
  guint n = g_strv_length (parts);
  const char *host = parts[0];
  const char *network = _vitae_import_network_of_url (host);
  const char *name = NULL;

  *user = NULL;
  if (network == NULL)
    return NULL;
  if (g_str_has_suffix (host, "linkedin.com") && n == 3 && (g_str_equal (parts[1], "in") || g_str_equal (parts[1], "pub")))
    name = parts[2];
  else if (g_str_has_suffix (host, "stackoverflow.com") && n >= 3 && g_str_equal (parts[1], "users"))
    name = parts[n - 1];
  else if (!g_str_has_suffix (host, "linkedin.com") && !g_str_has_suffix (host, "stackoverflow.com") && n == 2)
    {
      static const char * const pages[] = { "orgs", "topics", "features", "about", "explore", "settings", "login",
                                            "sponsors", "marketplace", "home", "intent", "share", "search", NULL };

      name = parts[1][0] == '@' ? parts[1] + 1 : parts[1];
      if (g_strv_contains (pages, name))
        name = NULL;
    }
  if (name == NULL || name[0] == '\0')
    return NULL;
  *user = g_uri_unescape_string (name, NULL);
  if (*user == NULL || !g_utf8_validate (*user, -1, NULL))
    {
      g_clear_pointer (user, g_free);
      return NULL;
    }
  return network;
}

/* Whether the resume has the address @comparable already, or a profile
 * on @network (or NULL) or of @user (or NULL). */
static gboolean
has_profile (VitaeDocument *document,
             const char    *comparable,
             const char    *network,
             const char    *user)
{
  GListModel *profiles = vitae_document_get_profiles (document);
  g_autofree char *url = dup_comparable (vitae_node_get_text (VITAE_NODE (document), "url"));
  g_autofree char *folded_user = user != NULL ? fold (user) : NULL;

  if (url != NULL && (g_ascii_strcasecmp (url, comparable) == 0 ||
                      (network != NULL && g_strcmp0 (_vitae_import_network_of_url (url), network) == 0)))
    return TRUE;
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);
      g_autofree char *other = dup_comparable (vitae_node_get_text (profile, "url"));
      g_autofree char *other_user = fold (vitae_node_get_text (profile, "username"));

      if (other != NULL && g_ascii_strcasecmp (other, comparable) == 0)
        return TRUE;
      if (network != NULL && g_ascii_strcasecmp (vitae_node_get_text (profile, "network"), network) == 0)
        return TRUE;
      if (network != NULL && other != NULL && g_strcmp0 (_vitae_import_network_of_url (other), network) == 0)
        return TRUE;
      if (folded_user != NULL && folded_user[0] != '\0' && g_str_equal (other_user, folded_user))
        return TRUE;
    }
  return FALSE;
}

/* @uri as it leads, without its query ("?locale=…"), the brackets or
 * spaces around it, a space within it escaped. */
static char *
dup_clean_uri (const char *uri)
{
  g_autofree char *bare = g_strdup (uri);
  g_autoptr(GString) clean = NULL;

  g_strdelimit (bare, "[]", ' ');
  g_strstrip (bare);
  bare[strcspn (bare, "?#")] = '\0';
  clean = g_string_new (bare);
  g_string_replace (clean, " ", "%20", 0);
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

static void
read_web_link (Links               *links,
               const VitaeTextLink *link)
{
  g_autofree char *comparable = dup_comparable (link->uri);
  g_autofree char *user = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *shown = NULL;
  const char *network;
  g_autoptr(VitaeEntry) profile = NULL;

  if (comparable == NULL)
    return;
  network = profile_network (comparable, &user);
  if (has_profile (links->document, comparable, network, user))
    return;
  uri = dup_clean_uri (link->uri);
  if (network != NULL)
    {
      g_autofree char *target = fold (user);

      if (!is_persons (links, link, link_shows (link, target)))
        return;
      profile = vitae_entry_new ();
      vitae_node_set_text (VITAE_NODE (profile), "network", network);
      vitae_node_set_text (VITAE_NODE (profile), "url", uri);
      vitae_document_append_profile (links->document, profile);
      return;
    }
  /* A site of one's own: on a word that says so, in the header. */
  shown = fold_shown (link->text);
  if (links->words_pass || !is_site_label (shown) || !in_header (links, link) || in_entries (links, link, FALSE))
    return;
  if (!vitae_node_has (VITAE_NODE (links->document), "url"))
    {
      vitae_node_set_text (VITAE_NODE (links->document), "url", uri);
      return;
    }
  profile = vitae_entry_new ();
  vitae_node_set_text (VITAE_NODE (profile), "url", uri);
  vitae_document_append_profile (links->document, profile);
}

/* Whether @text is written as a person's name: two to four words of
 * letters (a hyphen, an apostrophe or an initial's full stop within
 * them), as a name is cased, none a program's or a firm's word. */
static gboolean
is_persons_name (const char *text)
{
  static const char * const not_names[] = {
    "microsoft", "office", "user", "admin", "administrator", "owner", "canva", "adobe", "word", "windows",
    "resume", "résumé", "cv", "curriculum", "vitae", "lebenslauf", "template", "default", "unknown", "anonymous",
    "un-named", "unnamed", "author", "pc", "hp", "dell", "lenovo", "asus", "acer", "apple", "google", "docs",
    "latex", "overleaf", "pages", "publisher", "design", "studio", "inc", "ltd", "llc", "gmbh", "company", NULL,
  };
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 4 || !_vitae_import_is_plausible_name (text) || !_vitae_import_is_name_cased (text) ||
      _vitae_import_names_role (text))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *lower = g_utf8_strdown (words[k], -1);
      guint n_letters = 0;

      if (g_strv_contains (not_names, lower))
        return FALSE;
      for (const char *p = words[k]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isalpha (c))
            n_letters++;
          else if (c != '-' && c != '\'' && c != 0x2019 && c != '.')
            return FALSE;
        }
      if (n_letters == 0)
        return FALSE;
    }
  return TRUE;
}

/* The name in a title "<name> CV" ("Ana Soto - Resume", "Jan Kowalski
 * Lebenslauf"), or NULL. */
static char *
dup_name_of_title (const char *title)
{
  static const char * const ends[] = { "curriculum vitae", "résumé", "resume", "lebenslauf", "cv", NULL };
  g_autofree char *lower = g_utf8_strdown (title, -1);
  g_autoptr(GString) name = NULL;

  /* (Only where lower case is as long as the title: the name is then
   * the title's first bytes.) */
  if (strlen (lower) != strlen (title))
    return NULL;
  for (guint k = 0; ends[k] != NULL && name == NULL; k++)
    if (strlen (lower) > strlen (ends[k]) && g_str_has_suffix (lower, ends[k]))
      name = g_string_new_len (title, strlen (title) - strlen (ends[k]));
  if (name == NULL)
    return NULL;
  for (;;)
    {
      while (name->len > 0 && strchr (" -_|:,", name->str[name->len - 1]) != NULL)
        g_string_truncate (name, name->len - 1);
      if (g_str_has_suffix (name->str, "–"))
        g_string_truncate (name, name->len - strlen ("–"));
      else if (g_str_has_suffix (name->str, "'s"))
        g_string_truncate (name, name->len - 2);
      else if (g_str_has_suffix (name->str, "’s"))
        g_string_truncate (name, name->len - strlen ("’s"));
      else
        break;
    }
  return is_persons_name (name->str) ? g_string_free (g_steal_pointer (&name), FALSE) : NULL;
}

/* Where the text gives no name, or a job title for one: the name the
 * document's properties give, its author's or in its title, with a note
 * that says so. */
static void
read_properties_name (VitaeDocument      *document,
                      const VitaePdfInfo *info,
                      GPtrArray          *notes)
{
  VitaeNode *basics = VITAE_NODE (document);
  const char *name = vitae_node_get_text (basics, "name");
  g_autofree char *author = NULL;
  g_autofree char *titled = NULL;
  const char *found = NULL;

  if (name[0] != '\0' && !_vitae_import_names_role (name))
    return;
  if (info->author != NULL)
    {
      author = g_strdup (info->author);
      g_strdelimit (author, "\t\n", ' ');
      if (is_persons_name (author))
        found = author;
    }
  if (found == NULL && info->title != NULL)
    found = titled = dup_name_of_title (info->title);
  if (found == NULL || g_str_equal (found, name))
    return;
  vitae_node_set_text (basics, "name", found);
  if (notes != NULL)
    g_ptr_array_add (notes,
                     /* Translators: %s is a person's name */
                     g_strdup_printf (_("The name “%s” was taken from the PDF's properties: its text gives none"),
                                      found));
}

/* Whether @folded begins @text, folded, or is all of it. */
static gboolean
begins (const char *text,
        const char *folded)
{
  g_autofree char *other = text != NULL ? fold (text) : NULL;

  return other != NULL && other[0] != '\0' &&
         (g_str_equal (other, folded) || (strlen (folded) >= 12 && g_str_has_prefix (other, folded)));
}

/* The entry whose name or title is @folded, or one of whose items
 * begins with it (an item's first line): or NULL. */
static VitaeEntry *
find_entry_of (VitaeDocument *document,
               const char    *folded)
{
  static const char * const keys[] = { "name", "title", "organization", "role" };

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            if (begins (vitae_node_get_text (VITAE_NODE (entry), keys[k]), folded))
              return entry;
          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            if (begins (vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)), folded))
              return entry;
        }
    }
  return NULL;
}

/* A link over a word that stands for it ("GitHub", "Demo") in the last
 * cell of an item or a title: the import keeps the entry's words before
 * it, and the address becomes the entry's, unless it has one. */
static void
read_entry_link (Links               *links,
                 const VitaeTextLink *link)
{
  g_autofree char *shown = fold_shown (link->text);
  g_autofree char *comparable = dup_comparable (link->uri);
  double middle = (link->top + link->bottom) / 2;

  if (links->words_pass || comparable == NULL || !_vitae_import_is_link_word (shown))
    return;
  for (guint i = 0; i < links->lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (links->lines, i);
      g_auto(GStrv) cells = NULL;
      guint n;

      if (line->page != link->page || middle < line->top - 2 || middle > line->top + MAX (line->size, 6) + 2)
        continue;
      cells = g_strsplit (line->text, "\t", -1);
      n = g_strv_length (cells);
      if (n < 2 || !_vitae_import_is_link_word (g_strstrip (cells[n - 1])))
        continue;
      for (guint k = n - 1; k-- > 0;)
        {
          g_autofree char *folded = fold (cells[k]);
          VitaeEntry *entry;

          if (g_utf8_strlen (folded, -1) < 3)
            continue;
          entry = find_entry_of (links->document, folded);
          if (entry != NULL && !vitae_node_has (VITAE_NODE (entry), "url"))
            {
              g_autofree char *uri = dup_clean_uri (link->uri);

              vitae_node_set_text (VITAE_NODE (entry), "url", uri);
            }
          return;
        }
    }
}

/**
 * _vitae_import_read_links:
 * @document: the resume read from @lines
 * @lines: (element-type VitaeTextLine): the PDF's lines
 * @info: its links and properties
 * @notes: (nullable): where to say what came from the properties
 *
 * Adds what the PDF gives only in its links and properties (see above).
 */
void
_vitae_import_read_links (VitaeDocument      *document,
                          GPtrArray          *lines,
                          const VitaePdfInfo *info,
                          GPtrArray          *notes)
{
  g_autofree char *entries = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) all_text = g_string_new (NULL);
  Links links = { document, lines, NULL, NULL, NULL, 0, FALSE };

  g_assert (info != NULL);

  read_properties_name (document, info, notes);
  if (info->links == NULL || info->links->len == 0 || lines->len == 0)
    return;
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, -1);

      g_string_append_printf (all_text, "%s\n", lower);
    }
  entries = fold_entries (document);
  summary = fold (vitae_node_get_text (VITAE_NODE (document), "summary"));
  links.entries = entries;
  links.summary = summary;
  links.all_text = all_text->str;
  links.first_page = ((VitaeTextLine *) g_ptr_array_index (lines, 0))->page;

  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < info->links->len; k++)
      {
        const VitaeTextLink *link = g_ptr_array_index (info->links, k);

        links.words_pass = pass == 1;
        read_mail_link (&links, link);
        read_phone_link (&links, link);
        read_web_link (&links, link);
        read_entry_link (&links, link);
      }
}

/* Sets a tab between the words of each part of @text, contact details
 * apart, when every word is a web or e-mail address ("example.edu/~ada
 * ada@example.org linkedin.com/in/ada", apart by spaces alone): read as
 * one part, the words beside the address would be left out. */
void
_vitae_import_split_detail_words (GString *text)
{
  g_auto(GStrv) parts = g_strsplit (text->str, "\t", -1);
  gboolean changed = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (parts[i]), " ", -1);
      guint n = g_strv_length (words);
      gboolean details = n >= 2;

      for (guint k = 0; k < n && details; k++)
        details = _vitae_import_looks_like_email (words[k]) || _vitae_import_looks_like_url (words[k]);
      if (details)
        {
          g_free (parts[i]);
          parts[i] = g_strjoinv ("\t", words);
          changed = TRUE;
        }
    }
  if (changed)
    {
      g_autofree char *joined = g_strjoinv ("\t", parts);

      g_string_assign (text, joined);
    }
}
