/* test-xml.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"

#define NS "https://vitae.github.io/ns/1"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define OPEN "<resume xmlns=\"" NS "\" version=\"1\">\n"

static const char * const entry_text_keys[] = {
  "title", "organization", "role", "location", "url", "start", "end", "date",
  "summary", "description", "area", "degree", "score", "awarder", "issuer",
  "publisher", "level", "fluency", "reference", "entity", "type", NULL
};

/* A document that sets every field the format knows, in every kind of
 * section, with text that needs escaping and non-ASCII text. */
static VitaeDocument *
make_full_document (void)
{
  VitaeDocument *document = vitae_document_new ();
  const char * const document_keys[] = {
    "name", "label", "email", "phone", "url", "image", "summary", "address",
    "postal-code", "city", "country-code", "region", "meta-canonical",
    "meta-version", "meta-last-modified", "meta-schema", NULL
  };

  for (guint i = 0; document_keys[i] != NULL; i++)
    {
      g_autofree char *value = g_strdup_printf ("%s · ß 東京 عربى <&> \"'", document_keys[i]);

      vitae_node_set_text (VITAE_NODE (document), document_keys[i], value);
    }
  vitae_node_set_text (VITAE_NODE (document), "summary", "Line one\nLine two\n\n  indented\ttab ");

  for (guint p = 0; p < 2; p++)
    {
      g_autoptr(VitaeEntry) profile = vitae_entry_new ();
      g_autofree char *user = g_strdup_printf ("user%u", p);

      vitae_node_set_text (VITAE_NODE (profile), "network", p == 0 ? "GitHub" : "Mastodon");
      vitae_node_set_text (VITAE_NODE (profile), "username", user);
      vitae_node_set_text (VITAE_NODE (profile), "url", "https://example.org/?a=1&b=2");
      vitae_document_append_profile (document, profile);
    }

  for (guint k = 0; k < VITAE_N_SECTION_KINDS; k++)
    {
      g_autoptr(VitaeSection) section = vitae_section_new (k);

      if (k % 2 == 0)
        vitae_node_set_text (VITAE_NODE (section), "title", "Mon titre ✓");

      for (guint e = 0; e < 2; e++)
        {
          g_autoptr(VitaeEntry) entry = vitae_entry_new ();
          const char * const keywords[] = { "Go", "C#", "Node.js", NULL };
          const char * const courses[] = { "分散システム", NULL };
          const char * const roles[] = { "Author", "Maintainer", NULL };

          for (guint f = 0; entry_text_keys[f] != NULL; f++)
            {
              g_autofree char *value = g_strdup_printf ("%s %u/%u", entry_text_keys[f], k, e);

              vitae_node_set_text (VITAE_NODE (entry), entry_text_keys[f], value);
            }
          vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
          vitae_node_set_list (VITAE_NODE (entry), "courses", courses);
          vitae_node_set_list (VITAE_NODE (entry), "roles", roles);

          for (guint b = 0; b < 3; b++)
            {
              g_autofree char *text = g_strdup_printf ("Bullet %u with ]]> and &amp; kept as typed", b);
              g_autoptr(VitaeBullet) bullet = vitae_bullet_new (text);

              vitae_entry_append_bullet (entry, bullet);
            }
          vitae_section_append_entry (section, entry);
        }

      /* An empty entry must survive too. */
      {
        g_autoptr(VitaeEntry) empty = vitae_entry_new ();

        vitae_section_append_entry (section, empty);
      }

      vitae_document_append_section (document, section);
    }

  /* An empty section, and a second section of a kind already present. */
  {
    g_autoptr(VitaeSection) empty = vitae_section_new (VITAE_SECTION_AWARDS);
    g_autoptr(VitaeSection) again = vitae_section_new (VITAE_SECTION_EXPERIENCE);
    g_autoptr(VitaeEntry) entry = vitae_entry_new ();
    g_autoptr(VitaeBullet) blank = vitae_bullet_new ("");

    vitae_entry_append_bullet (entry, blank);
    vitae_section_append_entry (again, entry);
    vitae_document_append_section (document, empty);
    vitae_document_append_section (document, again);
  }

  return document;
}

static VitaeDocument *
parse_string (const char  *text,
              GError     **error)
{
  return vitae_xml_parse (text, strlen (text), "resume.vitae", error);
}

static void
test_round_trip (void)
{
  g_autoptr(VitaeDocument) document = make_full_document ();
  g_autoptr(VitaeDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len = 0, second_len = 0;

  first = vitae_xml_serialize (document, &first_len);
  g_assert_cmpuint (first_len, ==, strlen (first));
  g_assert_true (g_str_has_suffix (first, "</resume>\n"));

  reloaded = vitae_xml_parse (first, first_len, "full.vitae", &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (document, reloaded));
  g_assert_false (vitae_document_get_modified (reloaded));
  g_assert_false (vitae_history_get_can_undo (vitae_document_get_history (reloaded)));

  /* Same document, same bytes. */
  second = vitae_xml_serialize (reloaded, &second_len);
  g_assert_cmpstr (first, ==, second);

  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_layout (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeEntry) profile = vitae_entry_new ();
  const char * const keywords[] = { "Go", "PostgreSQL", NULL };
  g_autofree char *text = NULL;
  const char *expected =
    HEAD
    OPEN
    "  <basics>\n"
    "    <name>Ana Núñez</name>\n"
    "    <location>\n"
    "      <city>Berlin</city>\n"
    "    </location>\n"
    "    <profile>\n"
    "      <network>GitHub</network>\n"
    "    </profile>\n"
    "  </basics>\n"
    "  <meta>\n"
    "    <version>v1.0.0</version>\n"
    "  </meta>\n"
    "  <section kind=\"skills\">\n"
    "    <title>Tools</title>\n"
    "    <entry>\n"
    "      <title>Back end</title>\n"
    "      <keywords>\n"
    "        <item>Go</item>\n"
    "        <item>PostgreSQL</item>\n"
    "      </keywords>\n"
    "    </entry>\n"
    "  </section>\n"
    "</resume>\n";

  /* Set in an order unlike the file's, which must not matter. */
  vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
  vitae_node_set_text (VITAE_NODE (entry), "title", "Back end");
  vitae_section_append_entry (section, entry);
  vitae_node_set_text (VITAE_NODE (section), "title", "Tools");
  vitae_document_append_section (document, section);
  vitae_node_set_text (VITAE_NODE (document), "meta-version", "v1.0.0");
  vitae_node_set_text (VITAE_NODE (document), "city", "Berlin");
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  vitae_node_set_text (VITAE_NODE (profile), "network", "GitHub");
  vitae_document_append_profile (document, profile);

  text = vitae_xml_serialize (document, NULL);
  g_assert_cmpstr (text, ==, expected);

  /* An empty document is a valid, minimal file. */
  {
    g_autoptr(VitaeDocument) empty = vitae_document_new ();
    g_autoptr(VitaeDocument) reloaded = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *empty_text = vitae_xml_serialize (empty, NULL);

    g_assert_cmpstr (empty_text, ==, HEAD "<resume xmlns=\"" NS "\" version=\"1\"/>\n");
    reloaded = parse_string (empty_text, &error);
    g_assert_no_error (error);
    g_assert_true (vitae_document_equal (empty, reloaded));
  }
}

static void
test_text (void)
{
  static const struct {
    const char *typed;
    const char *saved;  /* what the file holds */
    const char *loaded; /* what comes back */
  } cases[] = {
    { "a & b < c > d", "a &amp; b &lt; c &gt; d", "a & b < c > d" },
    { "end ]]> of CDATA", "end ]]&gt; of CDATA", "end ]]> of CDATA" },
    { "quotes \" and '", "quotes \" and '", "quotes \" and '" },
    { "two\nlines", "two\nlines", "two\nlines" },
    { "windows\r\nline", "windows&#13;\nline", "windows\r\nline" },
    { "  spaced  ", "  spaced  ", "  spaced  " },
    { "tab\there", "tab\there", "tab\there" },
    /* Control characters XML cannot hold are dropped, not saved into a
     * file that would not load again. */
    { "bell\a escape\x1b nul-less\x01 form\f", "bell escape nul-less form", "bell escape nul-less form" },
    { "non-character \xef\xbf\xbe here", "non-character  here", "non-character  here" },
    { "DEL \x7f is allowed", "DEL \x7f is allowed", "DEL \x7f is allowed" },
    { "emoji 🙂 and 𝄞", "emoji 🙂 and 𝄞", "emoji 🙂 and 𝄞" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeDocument) document = vitae_document_new ();
      g_autoptr(VitaeDocument) reloaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *element = g_strdup_printf ("<name>%s</name>", cases[i].saved);

      g_test_message ("case %u: %s", i, cases[i].typed);
      vitae_node_set_text (VITAE_NODE (document), "name", cases[i].typed);
      text = vitae_xml_serialize (document, NULL);
      g_assert_nonnull (strstr (text, element));

      reloaded = parse_string (text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (reloaded), "name"), ==, cases[i].loaded);
    }
}

/* Files Vitae did not write itself, but which are valid and must load. */
static void
test_accepted (void)
{
  static const struct {
    const char *name;
    const char *xml;
    const char *name_field;
    guint       n_sections;
  } cases[] = {
    { "no declaration",
      "<resume xmlns='" NS "' version='1'><basics><name>A</name></basics></resume>", "A", 0 },
    { "comments and processing instructions, one naming a DOCTYPE",
      "<?xml version='1.0'?>\n<!-- not a <!DOCTYPE x> -->\n<?editor x?>\n"
      "<resume xmlns='" NS "' version='1'><!-- c --><basics><name>A<!-- inside -->B</name></basics></resume>",
      "AB", 0 },
    { "CDATA",
      "<resume xmlns='" NS "' version='1'><basics><name><![CDATA[<b>&</b>]]></name></basics></resume>",
      "<b>&</b>", 0 },
    { "character references",
      "<resume xmlns='" NS "' version='1'><basics><name>&#233;&#x6771;&amp;&quot;</name></basics></resume>",
      "é東&\"", 0 },
    { "a prefixed namespace",
      "<v:resume xmlns:v='" NS "' version='1'><v:basics><v:name>P</v:name></v:basics>"
      "<v:section kind='custom'/></v:resume>", "P", 1 },
    { "fields in another order",
      "<resume xmlns='" NS "' version='1'><basics><profile><url>u</url></profile><location><city>C</city></location>"
      "<name>N</name></basics><section kind='skills'><title>T</title><entry><keywords><item>Go</item></keywords>"
      "<title>x</title></entry></section></resume>", "N", 1 },
    { "an encoding declaration that does not match is overridden by UTF-8",
      "<?xml version='1.0' encoding='ISO-8859-1'?><resume xmlns='" NS "' version='1'>"
      "<basics><name>Zoë</name></basics></resume>", "Zoë", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, cases[i].name);
      document = parse_string (cases[i].xml, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, cases[i].name_field);
      g_assert_cmpuint (vitae_document_get_n_sections (document), ==, cases[i].n_sections);
    }
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, unit);

  return g_string_free (out, FALSE);
}

static void
test_refused (void)
{
  g_autofree char *deep_open = repeat ("<entry>", 40);
  g_autofree char *deep_close = repeat ("</entry>", 40);
  g_autofree char *deep = g_strconcat (OPEN, deep_open, deep_close, "</resume>\n", NULL);
  /* Elements that no limit of their own counts. */
  g_autofree char *many_items = repeat ("<title/>", 200001);
  g_autofree char *many = g_strconcat (OPEN "<section kind='skills'><entry>", many_items,
                                       "</entry></section></resume>\n", NULL);
  g_autofree char *hostname = NULL;
  const struct {
    const char *name;
    const char *xml;
    int         code;
    const char *expected; /* in the message, after "resume.vitae:" */
  } cases[] = {
    { "external entity",
      HEAD "<!DOCTYPE resume [\n<!ENTITY h SYSTEM \"file:///etc/hostname\">\n]>\n"
      OPEN "<basics><name>&h;</name></basics></resume>\n",
      VITAE_ERROR_FORBIDDEN, "resume.vitae:2: the file declares a document type" },
    { "parameter entity",
      HEAD "<!DOCTYPE resume [\n<!ENTITY % p SYSTEM \"file:///etc/hostname\">\n%p;\n]>\n" OPEN "</resume>\n",
      VITAE_ERROR_FORBIDDEN, "resume.vitae:2: the file declares a document type" },
    { "billion laughs",
      HEAD "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
      " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
      " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
      " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
      " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
      " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
      "]>\n" OPEN "<basics><name>&lol9;</name></basics></resume>\n",
      VITAE_ERROR_FORBIDDEN, "resume.vitae:2: the file declares a document type" },
    { "a lone entity declaration",
      HEAD OPEN "<!ENTITY x \"y\">\n</resume>\n",
      VITAE_ERROR_FORBIDDEN, "resume.vitae:3: the file declares an entity" },
    { "undefined entity",
      HEAD OPEN "<basics>\n<name>&nbsp;</name>\n</basics>\n</resume>\n",
      VITAE_ERROR_PARSE, "resume.vitae:4: “&nbsp;” is not defined" },
    { "truncated",
      HEAD OPEN "<basics>\n<name>An", VITAE_ERROR_PARSE, "resume.vitae:4: the file ends before element “name”" },
    { "mismatched tags",
      HEAD OPEN "<basics>\n<name>An</nam>\n</basics>\n</resume>\n",
      VITAE_ERROR_PARSE, "resume.vitae:4: this end tag does not close element “name” opened on line 4" },
    { "content after the root",
      HEAD OPEN "</resume>\n<resume/>\n", VITAE_ERROR_PARSE, "resume.vitae:4: there is more after the end" },
    { "not XML at all", "{\"basics\": {}}", VITAE_ERROR_PARSE, "resume.vitae:1: " },
    { "only blanks", "  \n ", VITAE_ERROR_PARSE, "resume.vitae" },
    { "wrong root",
      HEAD "<cv xmlns=\"" NS "\" version=\"1\"/>\n", VITAE_ERROR_INVALID,
      "resume.vitae:2: this is not a Vitae resume: the document is “cv”, not “resume”" },
    { "no namespace",
      HEAD "<resume version=\"1\"/>\n", VITAE_ERROR_INVALID, "resume.vitae:2: this is not a Vitae resume: “resume” must be in the namespace" },
    { "wrong namespace",
      HEAD "<resume xmlns=\"https://example.org/cv\" version=\"1\"/>\n", VITAE_ERROR_INVALID, "must be in the namespace " NS },
    { "no version",
      HEAD "<resume xmlns=\"" NS "\"/>\n", VITAE_ERROR_INVALID, "resume.vitae:2: “resume” has no “version” attribute" },
    { "future version",
      HEAD "<resume xmlns=\"" NS "\" version=\"2\"/>\n", VITAE_ERROR_UNSUPPORTED,
      "resume.vitae:2: the file is in format version “2”, but this Vitae reads version 1" },
    { "misspelt element",
      HEAD OPEN "<section kind=\"experience\">\n<entry>\n<bullets>\n<bullet>a</bullet>\n<bulet>b</bulet>\n"
      "</bullets>\n</entry>\n</section>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:7: element “bulet” is not allowed in “bullets”" },
    { "unknown field",
      HEAD OPEN "<section kind=\"experience\">\n<entry>\n<employer>Acme</employer>\n</entry>\n</section>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:5: element “employer” is not allowed in “entry”" },
    { "unknown section kind",
      HEAD OPEN "<section kind=\"work\"/>\n</resume>\n", VITAE_ERROR_INVALID, "resume.vitae:3: section kind “work” is unknown" },
    { "section without kind",
      HEAD OPEN "<section/>\n</resume>\n", VITAE_ERROR_INVALID, "resume.vitae:3: “section” has no “kind” attribute" },
    { "field twice",
      HEAD OPEN "<basics>\n<name>A</name>\n<name>B</name>\n</basics>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:5: “name” appears twice in “basics”" },
    { "text between elements",
      HEAD OPEN "<section kind=\"skills\">\n<entry>\n  stray words\n</entry>\n</section>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:5: text “stray words” is not allowed directly inside “entry”" },
    { "markup inside a field",
      HEAD OPEN "<basics>\n<name>A <b>bold</b></name>\n</basics>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:4: element “b” is not allowed inside “name”, which holds text only" },
    { "unknown attribute",
      HEAD OPEN "<section kind=\"skills\" id=\"3\"/>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:3: attribute “id” is not allowed on “section”" },
    { "element from another namespace",
      HEAD OPEN "<basics>\n<x:name xmlns:x=\"urn:other\">A</x:name>\n</basics>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:4: element “name” is not in the Vitae namespace" },
    { "basics after a section",
      HEAD OPEN "<section kind=\"skills\"/>\n<basics/>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:4: “basics” must come once, first in the resume" },
    { "title after the entries",
      HEAD OPEN "<section kind=\"skills\">\n<entry/>\n<title>T</title>\n</section>\n</resume>\n",
      VITAE_ERROR_INVALID, "resume.vitae:5: the section’s “title” must come before its entries" },
    { "nested too deep", deep, VITAE_ERROR_TOO_LARGE, "resume.vitae:2: elements are nested more than 32 deep" },
    { "too many elements", many, VITAE_ERROR_TOO_LARGE, "resume.vitae:2: the file has more than 200000 elements" },
  };

  g_file_get_contents ("/etc/hostname", &hostname, NULL, NULL);
  if (hostname != NULL)
    g_strstrip (hostname);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, cases[i].name);
      document = parse_string (cases[i].xml, &error);
      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, cases[i].code);
      g_test_message ("  → %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "resume.vitae"));
      if (strstr (error->message, cases[i].expected) == NULL)
        g_error ("case “%s”: expected “%s” in “%s”", cases[i].name, cases[i].expected, error->message);

      /* Nothing read from outside ever shows, not even in the message. */
      if (hostname != NULL && hostname[0] != '\0' && strlen (hostname) > 3)
        g_assert_null (strstr (error->message, hostname));
    }
}

/* Counts no resume comes near are refused by the scan before RELAX NG
 * validation, whose cost grows much faster than the list (190,000
 * keywords took 48 s), with a message that names the file, the line and
 * what is over the limit; as many as the limit allows load. */
static void
test_limits (void)
{
  static const struct {
    const char *name;
    const char *before;  /* then UNIT × (limit + 1), then after */
    const char *unit;
    const char *after;
    guint       limit;
    const char *expected;
  } cases[] = {
    { "keywords in one list", "<section kind='skills'><entry><keywords>", "<item>Go</item>",
      "</keywords></entry></section>", VITAE_MAX_ITEMS_PER_LIST,
      "resume.vitae:2: more than 500 keywords, courses or roles in one list" },
    { "courses in one list", "<section kind='education'><entry><courses>", "<item>C</item>",
      "</courses></entry></section>", VITAE_MAX_ITEMS_PER_LIST, "more than 500 keywords, courses or roles" },
    { "bullets in one entry", "<section kind='experience'><entry><bullets>", "<bullet>Cut costs</bullet>",
      "</bullets></entry></section>", VITAE_MAX_BULLETS_PER_ENTRY, "resume.vitae:2: more than 200 bullets in one entry" },
    { "entries in one section", "<section kind='projects'>", "<entry><title>P</title></entry>",
      "</section>", VITAE_MAX_ENTRIES_PER_SECTION, "more than 1000 entries in one section" },
    { "sections", "", "<section kind='custom'/>", "", VITAE_MAX_SECTIONS, "more than 100 sections" },
    { "profiles", "<basics>", "<profile><network>N</network></profile>", "</basics>", VITAE_MAX_PROFILES,
      "more than 100 profiles" },
    /* A prefix does not hide an element from the count. */
    { "prefixed items", "<v:section xmlns:v='" NS "' kind='skills'><v:entry><v:keywords>", "<v:item>Go</v:item>",
      "</v:keywords></v:entry></v:section>", VITAE_MAX_ITEMS_PER_LIST, "more than 500 keywords" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint over = 0; over <= 1; over++)
      {
        g_autofree char *units = repeat (cases[i].unit, cases[i].limit + over);
        g_autofree char *xml = g_strconcat (OPEN, cases[i].before, units, cases[i].after, "</resume>\n", NULL);
        g_autoptr(VitaeDocument) document = NULL;
        g_autoptr(GError) error = NULL;

        g_test_message ("%s: %u", cases[i].name, cases[i].limit + over);
        document = parse_string (xml, &error);
        if (!over)
          {
            g_assert_no_error (error);
            g_assert_nonnull (document);
            continue;
          }
        g_assert_null (document);
        g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
        g_test_message ("  → %s", error->message);
        if (strstr (error->message, cases[i].expected) == NULL)
          g_error ("case “%s”: expected “%s” in “%s”", cases[i].name, cases[i].expected, error->message);
      }

  /* The totals: 51 entries of 200 bullets each, 10,200 bullets in all. */
  {
    g_autofree char *bullets = repeat ("<bullet>Cut costs</bullet>", VITAE_MAX_BULLETS_PER_ENTRY);
    g_autofree char *entry = g_strconcat ("<entry><bullets>", bullets, "</bullets></entry>", NULL);
    g_autofree char *entries = repeat (entry, VITAE_MAX_ITEMS / VITAE_MAX_BULLETS_PER_ENTRY + 1);
    g_autofree char *xml = g_strconcat (OPEN "<section kind='experience'>", entries, "</section></resume>\n", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(VitaeDocument) document = parse_string (xml, &error);

    g_assert_null (document);
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "more than 10000 bullets;"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/xml/round-trip", test_round_trip);
  g_test_add_func ("/vitae/xml/layout", test_layout);
  g_test_add_func ("/vitae/xml/text", test_text);
  g_test_add_func ("/vitae/xml/accepted", test_accepted);
  g_test_add_func ("/vitae/xml/refused", test_refused);
  g_test_add_func ("/vitae/xml/limits", test_limits);

  return g_test_run ();
}
