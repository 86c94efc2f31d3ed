/* test-import-names10.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs read wrong or not at all: the name and a long
 * headline after a comma on the first line; a name set large on two
 * lines, the second of three words with a particle between; the name
 * followed by its form in another script in brackets; a sidebar's name
 * set a little smaller than the headings, the same words opening the
 * profile read before it; a generic mailbox at the person's own domain
 * or one without the name's words, a later page's heading over a link.
 * Each page is given as the reader's lines in our own words, with where
 * each line stands on the page. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The profiles of @document as "network=username;" each. */
static char *
dup_profiles (VitaeDocument *document)
{
  GListModel *profiles = vitae_document_get_profiles (document);
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);

      g_string_append_printf (text, "%s=%s;", vitae_node_get_text (profile, "network"),
                              vitae_node_get_text (profile, "username"));
    }
  return g_string_free (text, FALSE);
}

/* The name, a comma (or a middle dot) and a headline of seven words on
 * the first line, set as large as the headings and a little larger than
 * the text; the contact details under it, set apart by bars. */
static void
test_name_comma_long_headline (void)
{
  static const char * const separators[] = { ", ", " · " };

  for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *first = g_strconcat ("Nadia Brook", separators[k],
                                            "Illustrator and Motion Designer for Mobile Games", NULL);

      add_placed (lines, 0, 72, 72, 430, 14, 0, 0, first);
      add_placed (lines, 0, 91, 72, 520, 10, 0, 0, "nbrook.example.net | nb.art@example.com | +1 (206) 555-0147");
      add_placed (lines, 0, 121, 72, 180, 14, 16, 0, "Work Experience");
      add_placed (lines, 0, 159, 72, 350, 10, 19, VITAE_TEXT_LINE_BOLD, "Lead Illustrator, Fernhill Studios");
      add_placed (lines, 0, 173, 72, 160, 10, 0, VITAE_TEXT_LINE_ITALIC, "March 2020 – Present");
      add_placed (lines, 0, 186, 72, 470, 10, 0, 0, "• Drew the key art for three puzzle games and their stores");
      add_placed (lines, 0, 213, 72, 300, 10, 13, VITAE_TEXT_LINE_BOLD, "Junior Animator at Kettle Works");
      add_placed (lines, 0, 227, 72, 160, 10, 0, VITAE_TEXT_LINE_ITALIC, "June 2017 – March 2020");
      add_placed (lines, 0, 240, 72, 470, 10, 0, 0, "• Animated the menus and the loading screens of two games");
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, "Nadia Brook");
      g_assert_cmpstr (basics (document, "label"), ==, "Illustrator and Motion Designer for Mobile Games");
      g_assert_cmpstr (basics (document, "email"), ==, "nb.art@example.com");
    }
}

/* A name set large on two lines at the top of a sidebar, the second
 * indented and of three words, a particle between them; the main
 * column's heading and first dates read beside them after a wide gap. */
static void
test_name_two_lines_with_particle (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 115, 468, 1120, 48, 0, VITAE_TEXT_LINE_BOLD, "Renata Alves\tWORK EXPERIENCE")->tab_x = 877;
  add_placed (lines, 0, 173, 497, 1100, 48, 9.8, VITAE_TEXT_LINE_BOLD, "Souza da Rocha\tMarch 2016 - today")->tab_x = 864;
  add_placed (lines, 0, 213, 864, 1150, 21, -7.7, 0, "Freelance Developer");
  add_placed (lines, 0, 223, 500, 730, 21, -18.6, VITAE_TEXT_LINE_BOLD, "Analyst / Programmer");
  add_placed (lines, 0, 242, 500, 1100, 18, -11.7, 0, "Born: 02/03/1986\tSoftware for shops")->tab_x = 865;
  add_placed (lines, 0, 266, 865, 1150, 18, -8, 0, "Wrote stock and till programs for small shops");
  add_placed (lines, 0, 288, 865, 1150, 18, -8, 0, "in three towns, and kept them running.");
  add_placed (lines, 0, 330, 520, 760, 18, 20, 0, "renata.rocha@example.com");
  add_placed (lines, 0, 354, 520, 760, 18, 5, 0, "+55 41 9 5555 0123");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Renata Alves Souza da Rocha");
}

/* The name with its form in another script, on a line with contact
 * details beside it after a wide gap: in brackets after it, with a space
 * before full-width brackets or none before plain ones; or first, the
 * name in brackets. The name is the form in the script the page is
 * written in; the other stays, as a profile. A bracket in the name's own
 * script stays, and so does a name in two scripts without brackets. */
static void
test_name_other_script_in_brackets (void)
{
  static const char * const names[] = {
    "Mingyu Zhao(明宇 赵)\tPhone: +86 139 5555 0101",
    "Mingyu Zhao （赵明宇）\tPhone: +86 139 5555 0101",
    "赵明宇 (Mingyu Zhao)\tPhone: +86 139 5555 0101",
    "Mingyu Zhao (Ming)\tPhone: +86 139 5555 0101",
    "Mingyu Zhao 赵明宇\tPhone: +86 139 5555 0101",
  };
  static const char * const others[] = { "明宇 赵", "赵明宇", "赵明宇", NULL, NULL };
  static const char * const wanted[] = {
    "Mingyu Zhao", "Mingyu Zhao", "Mingyu Zhao", "Mingyu Zhao (Ming)", "Mingyu Zhao 赵明宇",
  };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *profiles = NULL;
      g_autofree char *want = NULL;

      add_placed (lines, 0, 21, 350, 455, 11, 0, 0, "Born: 09.10.1997");
      add_placed (lines, 0, 36, 36, 490, 25, -8, 0, names[k])->tab_x = 350;
      add_placed (lines, 0, 62, 350, 490, 11, -1, 0, "e-mail: mzhao@example.cn");
      add_placed (lines, 0, 88, 36, 160, 12, 16, VITAE_TEXT_LINE_BOLD, "EDUCATION");
      add_placed (lines, 0, 108, 46, 580, 10, 8, VITAE_TEXT_LINE_BOLD, "Lakeside University\tHangzhou, China")->tab_x = 480;
      add_placed (lines, 0, 120, 46, 560, 10, 2, VITAE_TEXT_LINE_ITALIC, "BSc in Mechanical Engineering\t09.2016 – 06.2020")->tab_x = 480;
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, wanted[k]);
      profiles = dup_profiles (document);
      want = g_strdup_printf ("Name=%s;", others[k] != NULL ? others[k] : "");
      g_assert_true ((strstr (profiles, want) != NULL) == (others[k] != NULL));
    }
}

/* A main column read first, a profile under its heading that opens with
 * the person's name; then a sidebar whose name, in capitals, is set a
 * little smaller than the headings, over a job title and the contact
 * details under their labels (the mailbox holds no word of the name). */
static void
test_sidebar_name_opens_profile (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 30, 250, 335, 20.7, 0, VITAE_TEXT_LINE_BOLD, "PROFILE");
  add_placed (lines, 0, 55, 250, 560, 7.8, 1, 0, "Tomas Keller Born in Graz in 1995, studied informatics at the college of");
  add_placed (lines, 0, 70, 250, 560, 7.8, 6, 0, "technology from 2013 to 2017 and has since built networks for schools,");
  add_placed (lines, 0, 85, 250, 560, 7.8, 6, 0, "offices and a small hospital. Careful, calm and fond of hard problems.");
  add_placed (lines, 0, 210, 31, 205, 20.1, 11, VITAE_TEXT_LINE_BOLD, "TOMAS KELLER");
  add_placed (lines, 0, 235, 64, 175, 12, 2, 0, "NETWORK TECHNICIAN");
  add_placed (lines, 0, 287, 38, 120, 20.7, 37, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_placed (lines, 0, 330, 71, 119, 12, 19, VITAE_TEXT_LINE_BOLD, "ADDRESS");
  add_placed (lines, 0, 347, 71, 160, 8, 3.4, 0, "Hauptplatz 3, Graz");
  add_placed (lines, 0, 416, 71, 125, 12, 13, VITAE_TEXT_LINE_BOLD, "PHONE");
  add_placed (lines, 0, 433, 73, 128, 8, 3, 0, "0664 5551234");
  add_placed (lines, 0, 457, 71, 112, 12, 14.7, VITAE_TEXT_LINE_BOLD, "E-MAIL");
  add_placed (lines, 0, 474, 71, 159, 8, 3.2, 0, "ttkk.graz@example.at");
  add_placed (lines, 0, 530, 41, 124, 20.7, 47, VITAE_TEXT_LINE_BOLD, "LANGUAGES");
  add_placed (lines, 0, 560, 48, 131, 8, 20, 0, "GERMAN, ENGLISH");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TOMAS KELLER");
}

/* Adds the lines of test_generic_mailbox_own_domain(), @mailbox the
 * e-mail address. */
static void
add_sidebar_and_pages (GPtrArray  *lines,
                       const char *mailbox)
{
  add_placed (lines, 0, 25, 215, 308, 17.2, 10, VITAE_TEXT_LINE_BOLD, "Experience");
  add_placed (lines, 0, 55, 215, 263, 10, 14, 0, "April 2019");
  add_placed (lines, 0, 67, 215, 255, 10, 2, 0, "today");
  add_placed (lines, 0, 157, 14, 151, 24.8, 80, 0, "Lena Okafor");
  add_placed (lines, 0, 193, 14, 157, 14.3, 11, 0, "Software Engineer");
  add_placed (lines, 0, 222, 14, 95, 20.7, 15, 0, "About me");
  add_placed (lines, 0, 241, 14, 205, 10, -1, 0, "An engineer who builds vision systems");
  add_placed (lines, 0, 254, 14, 184, 10, 2, 0, "for cars, trained in physics first.");
  add_placed (lines, 0, 531, 57, 144, 10, 43, 0, "(+44) 7700 900123");
  add_placed (lines, 0, 559, 57, 129, 10, -1, 0, "Leeds, England");
  add_placed (lines, 0, 582, 57, 190, 10, 2, 0, mailbox);
  add_placed (lines, 0, 612, 57, 153, 10, 16, 0, "github.com/lenaok");
  add_placed (lines, 0, 55, 278, 584, 10, 0, VITAE_TEXT_LINE_BOLD, "Vision Engineer\tRoadsense Ltd")->tab_x = 524;
  add_placed (lines, 0, 67, 278, 335, 10, 2, 0, "Leeds, England");
  add_placed (lines, 0, 91, 278, 585, 10, 14, 0, "• Trained the networks that find lanes and signs in the rain");
  add_placed (lines, 1, 3, 215, 376, 17.2, 0, VITAE_TEXT_LINE_BOLD, "Awards and Grants");
  add_placed (lines, 1, 40, 215, 584, 10, 20, 0, "2015\tA grant for a summer school of physics")->tab_x = 278;
  add_placed (lines, 1, 188, 215, 438, 17.2, 23, VITAE_TEXT_LINE_BOLD, "Open Source Work");
  add_placed (lines, 1, 219, 215, 584, 10, 14.5, 0, "2020\tTide Chart\tgithub.com/lenaok/tides")->tab_x = 278;
  add_placed (lines, 1, 231, 215, 586, 10, 2, 0, "2021\tA small game of tides for the browser")->tab_x = 278;
}

/* A sidebar read after the main column's first dates: the name set
 * largest on the first page, a headline, an introduction, the contact
 * details with a generic mailbox at the person's own domain, or a
 * mailbox that holds no word of the name. A heading of the second page
 * over a project's line with its link is no name. */
static void
test_generic_mailbox_own_domain (void)
{
  static const char * const mailboxes[] = { "inquiries@lenaokafor.dev", "lk.dev@example.com" };

  for (guint k = 0; k < G_N_ELEMENTS (mailboxes); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_sidebar_and_pages (lines, mailboxes[k]);
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, "Lena Okafor");
    }
}


int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names10/name-comma-long-headline", test_name_comma_long_headline);
  g_test_add_func ("/import-names10/name-two-lines-with-particle", test_name_two_lines_with_particle);
  g_test_add_func ("/import-names10/name-other-script-in-brackets", test_name_other_script_in_brackets);
  g_test_add_func ("/import-names10/sidebar-name-opens-profile", test_sidebar_name_opens_profile);
  g_test_add_func ("/import-names10/generic-mailbox-own-domain", test_generic_mailbox_own_domain);

  return g_test_run ();
}
