/* test-import-headings.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names, headlines and headings of imported PDFs in layouts met in real
 * resumes: a name only as the value of a table's "NAME" label, a name in
 * a sidebar under its photo, a name over two lines in two sizes, a
 * tagline in capitals over the contact details, and headings set only a
 * little larger than the text. Each page is given as the reader's lines,
 * in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

static VitaeSection *
find_section (VitaeDocument *document,
              const char    *title)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (g_strcmp0 (vitae_section_get_title (section), title) == 0)
        return section;
    }
  return NULL;
}

static VitaeSection *
section_of_kind (VitaeDocument    *document,
                 VitaeSectionKind  kind)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_kind (section) == kind)
        return section;
    }
  return NULL;
}

static guint
n_entries_of_kind (VitaeDocument    *document,
                   VitaeSectionKind  kind)
{
  VitaeSection *section = section_of_kind (document, kind);

  return section != NULL ? vitae_section_get_n_entries (section) : 0;
}

static VitaeEntry *
entry_at_index (VitaeDocument    *document,
                VitaeSectionKind  kind,
                guint             index)
{
  VitaeSection *section = section_of_kind (document, kind);

  return section != NULL && index < vitae_section_get_n_entries (section) ? vitae_section_get_entry (section, index)
                                                                          : NULL;
}

static VitaeEntry *
entry_at_kind (VitaeDocument    *document,
               VitaeSectionKind  kind)
{
  return entry_at_index (document, kind, 0);
}

/* A table of personal data whose labels, in capitals and without
 * colons, the reader gives before their values (and before the
 * headings and dates of the column they share). */
static void
test_name_label_in_capitals (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 120, 220, 14, 0, "Curriculum Vitae");
  add_line (lines, 70, 175, 12, 60, "Angaben zur Person")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 165, 190, 9, 30, "NAME")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 155, 190, 9, 6, "ANSCHRIFT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 160, 190, 9, 6, "TELEFON")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 128, 190, 9, 6, "E-MAIL ADRESSE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 140, 185, 12, 40, "Ausbildung")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 70, 160, 9, 20, "01/10/2016–30/09/2020");
  add_line (lines, 225, 330, 14, 0, "Frieda Lindqvist")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 228, 380, 10, 4, "Birkenallee 7, 24103 Kiel");
  add_line (lines, 228, 300, 10, 6, "+49 151 2345678");
  add_line (lines, 228, 330, 10, 6, "frieda.lindqvist@example.de");
  add_line (lines, 220, 440, 14, 70, "Bachelorstudium Schiffbau");
  add_line (lines, 212, 330, 10, 4, "Fachhochschule Kiel");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Frieda Lindqvist");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 151 2345678");
  /* The label is no section of its own. */
  g_assert_null (find_section (document, "Name"));
}

/* A given name in capitals over the surname set much larger, from the
 * same edge, under a cover's title. */
static void
test_name_in_two_sizes (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 52, 140, 12, 0, "Curriculum Vitae")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 192, 280, 21, 37, "TOMASZ")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 192, 330, 37, -4, "WIERZBA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 192, 270, 8, 0, "STUDENT OF GAME DESIGN");
  add_line (lines, 192, 530, 8, 6, "I study computer science and build small games with friends in the evenings.");
  add_line (lines, 209, 300, 8, 11, "tomasz.wierzba@example.pl");
  add_line (lines, 58, 130, 10.5, 32, "SKILLS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 58, 130, 8, 6, "C#, Unity, Blender");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "TOMASZ WIERZBA");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "tomasz.wierzba@example.pl");
}

/* A tagline in capitals, set like a heading, between the name and the
 * line of contact details: the headline, and the header goes on. */
static void
test_tagline_over_contacts (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 184, 534, 30, 0, "NICOLÁS ARAYA PUGA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 276, 436, 18, 8, "DISEÑO GRÁFICO");
  add_line (lines, 185, 548, 11, 8, "nicolas.araya@example.cl\t299-4123456\tTemuco")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 205, 400, 14, 34, "PERFIL PROFESIONAL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 207, 580, 11, 16, "Diseñador con tres años de experiencia en identidad de marca.");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "NICOLÁS ARAYA PUGA");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "DISEÑO GRÁFICO");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "299-4123456");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nicolas.araya@example.cl");
  g_assert_null (find_section (document, "Diseño Gráfico"));
}

/* The name in a sidebar under its photo, set as large as the headings,
 * read after the main column's profile paragraph beside it; the heading
 * of the contact details under it. */
static void
test_name_in_sidebar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 300, 366, 18, 0, "PROFIL");
  add_line (lines, 292, 600, 10, 11, "Jestem kierowcą z ośmioletnim doświadczeniem w transporcie");
  add_line (lines, 292, 600, 10, 2, "międzynarodowym. Planuję trasy, rozliczam przewozy i rozmawiam z");
  add_line (lines, 292, 600, 10, 2, "klientami po niemiecku i angielsku. Szukam teraz pracy w biurze");
  add_line (lines, 292, 480, 10, 2, "spedycji, gdzie mogę dalej się uczyć.");
  add_line (lines, 49, 228, 18, 0, "OLENA KOWALCZUK")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 84, 190, 20, 38, "KONTAKT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 88, 190, 12, 10, "+48 601 234 567");
  add_line (lines, 54, 222, 12, 40, "olena.kowalczuk@example.pl");
  add_line (lines, 300, 420, 18, 30, "DOŚWIADCZENIE");
  add_line (lines, 300, 540, 12, 6, "Trans-Bałtyk, Gdańsk\t2016 - 2024");
  add_line (lines, 306, 600, 10, 4, "• Planowanie tras przewozów po całej Europie");
  add_line (lines, 306, 600, 10, 4, "• Rozliczanie kierowców i przewoźników");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "OLENA KOWALCZUK");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+48 601 234 567");
  g_assert_null (find_section (document, "Olena Kowalczuk"));
}

/* Items drawn without a glyph, as short paragraphs a space apart (one
 * or two lines each), right under their heading, in a column beside
 * projects whose items are marked. */
static void
test_paragraph_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 120, 250, 23, 0, "Imran Qureshi");
  add_line (lines, 44, 140, 9, 20, "imran.qureshi@example.in");
  add_line (lines, 25, 100, 14, 18, "PROJECTS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 25, 200, 10, 7, "Bus Timetable App (2022)");
  add_line (lines, 25, 240, 8, 2, "• Built a timetable app for the town's buses.");
  add_line (lines, 25, 180, 8, 3, "• Used Kotlin and SQLite.");
  add_line (lines, 25, 200, 8, 3, "• Put the code on a public forge.");
  add_line (lines, 25, 90, 10, 12, "Recipe Box");
  add_line (lines, 25, 230, 8, 2, "• Wrote a site to keep family recipes.");
  add_line (lines, 25, 150, 8, 3, "• Used Django.");
  add_line (lines, 25, 150, 8, 3, "• Let cousins add their own.");
  add_line (lines, 25, 90, 10, 12, "Weather Board");
  add_line (lines, 25, 230, 8, 2, "• Showed the forecast on an old tablet.");
  add_line (lines, 25, 150, 8, 3, "• Used a free weather service.");
  add_line (lines, 25, 150, 8, 3, "• Ran it on a spare charger.");
  add_line (lines, 25, 150, 8, 3, "• Drew the icons by hand.");
  add_line (lines, 315, 400, 14, 0, "VOLUNTEERING")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 315, 525, 10, 7, "Taught first steps in coding to pupils at");
  add_line (lines, 315, 380, 10, 0, "the village school.");
  add_line (lines, 315, 514, 10, 13, "Short course in Office Administration");
  add_line (lines, 317, 407, 10, 0, "(09/2012 - 01/2013)");
  add_line (lines, 315, 531, 10, 13, "Kept the books of the cricket club for");
  add_line (lines, 315, 384, 10, 0, "three seasons");
  add_line (lines, 315, 497, 10, 13, "Sorted donations at the food bank.");
  add_line (lines, 315, 550, 10, 13, "Helped run the library's reading club for kids");
  document = vitae_import_lines (lines, NULL);
  entry = entry_at_kind (document, VITAE_SECTION_VOLUNTEER);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 5);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 0)), ==,
                   "Taught first steps in coding to pupils at the village school.");
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 1)), ==,
                   "Short course in Office Administration (09/2012 - 01/2013)");
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 2)), ==,
                   "Kept the books of the cricket club for three seasons");
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 4)), ==,
                   "Helped run the library's reading club for kids");
}

/* A school over its degree, a space between schools, stay entries. */
static void
test_paragraph_schools (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 200, 22, 0, "Hana Kobayashi");
  add_line (lines, 40, 200, 10, 6, "hana.kobayashi@example.jp");
  add_line (lines, 40, 160, 14, 18, "VOLUNTEERING")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 250, 10, 8, "Red Cross, Osaka");
  add_line (lines, 40, 230, 10, 0, "First aid trainer");
  add_line (lines, 40, 250, 10, 13, "City Library, Sakai");
  add_line (lines, 40, 220, 10, 0, "Reading mentor");
  add_line (lines, 40, 250, 10, 13, "Harbour Clean-up Club");
  add_line (lines, 40, 220, 10, 0, "Organiser");
  add_line (lines, 40, 560, 10, 13, "Swept beaches with a team of forty every spring and wrote up what was found there.");
  document = vitae_import_lines (lines, NULL);
  for (guint i = 0; i < n_entries_of_kind (document, VITAE_SECTION_VOLUNTEER); i++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at_index (document, VITAE_SECTION_VOLUNTEER, i)), ==, 0);
}

/* A German CV signed at its end: the name, the place and the day's date
 * under the last section, over a footer, are no content. */
static void
test_signature_at_end (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  add_line (lines, 140, 380, 24, 0, "Lorenz Aigner");
  add_line (lines, 140, 330, 11, 6, "lorenz.aigner@example.at");
  add_line (lines, 140, 280, 14, 20, "Berufserfahrung");
  add_line (lines, 140, 540, 11, 8, "Tischler, Holzbau Gruber\t2016 – 2024");
  add_line (lines, 140, 480, 11, 4, "• Baute Treppen und Einbauschränke nach Maß");
  add_line (lines, 140, 280, 14, 20, "Sprachen");
  add_line (lines, 140, 400, 11, 8, "Deutsch, Englisch");
  add_line (lines, 42, 118, 11, 80, "Lorenz Aigner");
  add_line (lines, 42, 208, 11, 4, "Vöcklabruck, 4. März 2024");
  add_line (lines, 42, 100, 9, 12, "Ort, Datum");
  document = vitae_import_lines (lines, NULL);
  json = vitae_json_resume_serialize (document, &length);
  g_assert_null (strstr (json, "Vöcklabruck"));
  g_assert_null (strstr (json, "Ort, Datum"));
  /* The name once: the person's. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lorenz Aigner");
  g_assert_null (strstr (strstr (json, "Lorenz Aigner") + 1, "Lorenz Aigner"));
  g_assert_cmpuint (n_entries_of_kind (document, VITAE_SECTION_LANGUAGES), ==, 2);
}

/* A Portuguese page whose work is headed "Atuação:" ("what I did"),
 * after languages: its items, each after a glyph, wrap back at the
 * glyph's edge and stand a blank line apart. The heading starts a
 * section of work, whose items keep their wrapped lines. */
static void
test_atuacao_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;
  g_autoptr(GString) bullets = g_string_new (NULL);

  add_line (lines, 43, 250, 20, 0, "Clara Nunes Prado")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 43, 250, 11, 4, "clara.prado@example.com.br");
  add_line (lines, 43, 120, 13, 14, "Idiomas:")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 43, 160, 11, 6, "\u2022 Língua Inglesa")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 43, 400, 11, 0, "Entendo bem / Falo bem / Leio bem / Escrevo bem");
  add_line (lines, 43, 110, 13, 14, "Atuação:")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 43, 111, 11, 12, "2019 — 2024")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 43, 150, 11, 0, "\u2022 Doutorado")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 43, 500, 11, 0, "Pesquisei no laboratório de botânica da universidade federal");
  add_line (lines, 43, 525, 11, 14, "\u2022 Principais atividades: coleta de plantas no campo; análise de dados;");
  add_line (lines, 43, 520, 11, 0, "escrita de artigos e relatórios (revistas, congressos); e orientação de");
  add_line (lines, 43, 330, 11, 0, "alunos em projetos de extensão.");
  add_line (lines, 43, 111, 11, 14, "2015 — 2019")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 43, 150, 11, 0, "\u2022 Mestrado")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 43, 500, 11, 0, "Pesquisei no laboratório de ecologia da universidade estadual");
  add_line (lines, 43, 540, 11, 14, "\u2022 Principais atividades: montagem de herbário; estatística em linguagem R;");
  add_line (lines, 43, 300, 11, 0, "e organização de eventos.");
  document = vitae_import_lines (lines, NULL);

  section = find_section (document, "Atuação");
  g_assert_nonnull (section);
  g_assert_cmpint (vitae_section_get_kind (section), ==, VITAE_SECTION_EXPERIENCE);
  for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (bullets, "%s\n", vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)));
    }
  g_assert_nonnull (strstr (bullets->str,
                            "\nPrincipais atividades: coleta de plantas no campo; análise de dados; escrita de "
                            "artigos e relatórios (revistas, congressos); e orientação de alunos em projetos de "
                            "extensão.\n"));
  g_assert_nonnull (strstr (bullets->str,
                            "\nPrincipais atividades: montagem de herbário; estatística em linguagem R; e "
                            "organização de eventos.\n"));
}

/* Headings in Turkish capitals read in title case as Turkish writes
 * them: "İŞ DENEYİMİ" is "İş Deneyimi", with no dot above added to its
 * small i's. */
static void
test_turkish_capitals (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;

  add_line (lines, 40, 300, 20, 0, "Deniz Aksoylu")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 300, 10, 6, "deniz.aksoylu@example.com.tr");
  add_line (lines, 40, 200, 14, 20, "KİŞİSEL NOTLAR")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 400, 10, 8, "Satranç kulübünün kurucusu.");
  add_line (lines, 40, 200, 14, 20, "İŞ DENEYİMİ")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 500, 10, 8, "Liman İşletmesi\t2019 – 2022")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 500, 10, 4, "• Yük planlama tablolarını yeniden düzenledim");
  document = vitae_import_lines (lines, NULL);

  section = section_of_kind (document, VITAE_SECTION_EXPERIENCE);
  g_assert_nonnull (section);
  g_assert_cmpstr (vitae_section_get_title (section), ==, "İş Deneyimi");
  g_assert_nonnull (find_section (document, "Kişisel Notlar"));
}

/* Headings whose letters the text layer set apart: spaced wide over the
 * whole line ("W O R K E X P E R I E N C E"), or small capitals broken
 * after a first capital and at an accent ("C OMP ÉTENCES"). Each names
 * its section, titled with its words spaced as written. */
static void
test_letter_spaced_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;

  add_line (lines, 40, 220, 20, 0, "Ilse Marten")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 220, 10, 4, "ilse.marten@example.org");
  add_line (lines, 40, 250, 12, 18, "W O R K E X P E R I E N C E")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 500, 10, 8, "Harbour Office\t2019 – 2022")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 500, 10, 4, "• Planned the loading of ships for the night shift");
  add_line (lines, 40, 250, 12, 18, "C OMP ÉTENCES")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 400, 10, 8, "Tableurs, cartographie, plongée");
  add_line (lines, 40, 250, 12, 18, "A W A R D S")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 400, 10, 8, "• Best map of the coast, 2021");
  document = vitae_import_lines (lines, NULL);

  section = section_of_kind (document, VITAE_SECTION_EXPERIENCE);
  g_assert_nonnull (section);
  g_assert_cmpstr (vitae_section_get_title (section), ==, "Work Experience");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  g_assert_nonnull (section_of_kind (document, VITAE_SECTION_SKILLS));
  section = section_of_kind (document, VITAE_SECTION_AWARDS);
  g_assert_nonnull (section);
  g_assert_cmpstr (vitae_section_get_title (section), ==, "Awards");
}

/* A paragraph of prose right under the contact details, without a
 * heading over it, is the summary: its lines, as close as the contact
 * lines above them, are no contact details. */
static void
test_summary_under_contacts (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  const char *summary;

  add_line (lines, 180, 420, 20, 0, "Wenke Sollig")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 36, 576, 10, 1, "Tel: +49 170 1234567\tEmail: wenke.sollig@example.org");
  add_line (lines, 36, 576, 10, 2, "For six years I have kept the pumps of a small water works out in the marshes running well, and I am now");
  add_line (lines, 36, 576, 10, 2, "looking for a team that builds the tools such works use to watch their machines");
  add_line (lines, 36, 400, 10, 2, "and to plan their repairs before anything breaks.");
  add_line (lines, 36, 110, 14, 10, "Education")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 36, 576, 10, 6, "Technical College of Emden\t2012 – 2015")->flags = VITAE_TEXT_LINE_BOLD;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "wenke.sollig@example.org");
  summary = vitae_node_get_text (VITAE_NODE (document), "summary");
  g_assert_nonnull (summary);
  g_assert_true (g_str_has_prefix (summary, "For six years I have kept the pumps"));
  g_assert_true (g_str_has_suffix (summary, "before anything breaks."));
}

/* A headline in capitals whose words are set wide apart, so that the
 * reader split them into cells ("DATA <tab> ANALYST"), is one headline. */
static void
test_headline_in_cells (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 160, 430, 30, 0, "JORIS VELDKAMP")->flags = VITAE_TEXT_LINE_BOLD;
  line = add_line (lines, 180, 410, 14, 2, "DATA\tANALYST");
  line->tab_x = 300;
  add_line (lines, 180, 410, 10, 8, "joris.veldkamp@example.nl");
  add_line (lines, 36, 110, 14, 10, "Experience")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 36, 576, 10, 6, "Polder Logistics\t2018 – 2023")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 36, 576, 10, 4, "• Counted the trucks at the gate with a small camera");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "DATA ANALYST");
}

/* Under the name and the contact details, a heading no table knows over
 * an entry's title with its span of dates at the right: the header ends
 * there, and the title is read, not left unplaced among the header's
 * cells. */
static void
test_entry_after_contacts (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  add_line (lines, 240, 350, 17, 0, "Hanna Roloff");
  add_line (lines, 56, 150, 11, 16, "hanna.roloff@example.de");
  add_line (lines, 56, 250, 11, 4, "Deichstraße 9, 26721 Emden");
  add_line (lines, 56, 200, 12, 33, "Schooling Years");
  add_line (lines, 56, 537, 11, 14, "M. Sc. Marine Biology\t2023 - 2025");
  add_line (lines, 56, 140, 11, 4, "University of Kiel");
  add_line (lines, 56, 537, 11, 9, "B. Sc. Biology\t2019 - 2023");
  add_line (lines, 56, 140, 11, 4, "University of Bremen");
  add_line (lines, 56, 150, 12, 33, "Experience");
  add_line (lines, 56, 537, 11, 14, "Field Assistant\t2023 - 2024");
  add_line (lines, 56, 140, 11, 4, "Wadden Sea Station");
  document = vitae_import_lines (lines, notes);

  g_assert_cmpuint (notes->len, ==, 0);
  json = vitae_json_resume_serialize (document, &length);
  g_assert_nonnull (strstr (json, "M. Sc. Marine Biology"));
  g_assert_nonnull (strstr (json, "B. Sc. Biology"));
}

/* Headings that qualify a section's name with a word saying which of
 * them ("Previous Employment", "Selected Projects"): the section's kind
 * all the same, its jobs' duties items of theirs, not skills. */
static void
test_qualified_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 200, 380, 18, 0, VITAE_TEXT_LINE_BOLD, "Perpetua Lindqvist");
  add_line_full (lines, 0, 200, 400, 10, 2, 0, "perpetua@example.se");
  add_line_full (lines, 0, 36, 160, 14, 12, VITAE_TEXT_LINE_BOLD, "Technical Skills");
  add_line_full (lines, 0, 36, 300, 11, 3, 0, "•\tPython (pandas, NumPy)");
  add_line_full (lines, 0, 36, 300, 11, 0, 0, "•\tPostgreSQL");
  add_line_full (lines, 0, 36, 190, 14, 12, VITAE_TEXT_LINE_BOLD, "Previous Employment");
  add_cells (lines, 36, 506, 575, 12, 6, VITAE_TEXT_LINE_BOLD, "Data Analyst, Norrsken Freight\tMay 2019 – Jun 2022");
  add_line_full (lines, 0, 36, 390, 11, 2, 0, "•\tBuilt the weekly report of late deliveries for each depot.");
  add_line_full (lines, 0, 36, 190, 14, 12, VITAE_TEXT_LINE_BOLD, "Selected Projects");
  add_line_full (lines, 0, 36, 390, 11, 2, 0, "•\tA tide-table reader for small harbours, written in Rust.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of_kind (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (vitae_section_get_entry (section_of_kind (document, VITAE_SECTION_EXPERIENCE), 0)), ==, 1);
  g_assert_cmpuint (n_entries_of_kind (document, VITAE_SECTION_PROJECTS), ==, 1);
}

/* A document typed in one plain size, its headings short lines ending
 * in a colon ("Technical knowledge:"), a list of words in the left
 * column and the jobs in the right one with no heading over them: the
 * headings name their sections (without the colon), and the right
 * column's titles, dates and items are jobs, not languages. */
static void
test_jobs_beside_skills (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *skills, *jobs;
  VitaeEntry *entry;

  add_placed (lines, 0, 35, 36, 160, 9, 0, 0, "Oskar Lindqvist");
  add_placed (lines, 0, 48, 36, 120, 9, 1, 0, "Uppsala, Sweden");
  add_placed (lines, 0, 61, 36, 130, 9, 1, 0, "oskar.lindqvist@example.se");
  add_placed (lines, 0, 86, 36, 82, 9, 14, 0, "Languages:");
  add_placed (lines, 0, 99, 54, 130, 9, 1, 0, "\u25cf\tNative Swedish");
  add_placed (lines, 0, 112, 54, 130, 9, 1, 0, "\u25cf\tFluent English");
  add_placed (lines, 0, 137, 36, 123, 9, 14, 0, "Technical knowledge:");
  add_placed (lines, 0, 150, 54, 150, 9, 1, 0, "\u25cf\tRust, Go");
  add_placed (lines, 0, 163, 54, 180, 9, 1, 0, "\u25cf\tNomad, Consul, Vault");
  add_placed (lines, 0, 35, 316, 450, 9, 0, 0, "Platform Engineer (Payments)");
  add_placed (lines, 0, 48, 316, 375, 9, 1, 0, "2022 - current");
  add_placed (lines, 0, 61, 316, 420, 9, 1, 0, "Nordvik Betalning AB");
  add_placed (lines, 0, 74, 334, 550, 9, 1, 0, "\u25cf\tMoved the ledger service onto Nomad");
  add_placed (lines, 0, 87, 334, 520, 9, 1, 0, "\u25cf\tWrote the runbooks for on-call");
  add_placed (lines, 0, 112, 316, 450, 9, 14, 0, "Site Reliability Engineer");
  add_placed (lines, 0, 125, 316, 375, 9, 1, 0, "2019 - 2022");
  add_placed (lines, 0, 138, 316, 420, 9, 1, 0, "Hamnkontoret");
  add_placed (lines, 0, 151, 334, 540, 9, 1, 0, "\u25cf\tKept the booking site up through two moves");
  document = vitae_import_lines (lines, NULL);

  skills = section_of_kind (document, VITAE_SECTION_SKILLS);
  g_assert_nonnull (skills);
  g_assert_cmpstr (vitae_section_get_title (skills), ==, "Technical knowledge");
  g_assert_null (find_section (document, "Languages:"));
  jobs = section_of_kind (document, VITAE_SECTION_EXPERIENCE);
  g_assert_nonnull (jobs);
  g_assert_cmpuint (vitae_section_get_n_entries (jobs), ==, 2);
  entry = vitae_section_get_entry (jobs, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Nordvik Betalning AB");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Platform Engineer (Payments)");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2022");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* Parts of a section set as headings a point smaller than the sections'
 * headings, in bold, the first right under the section's heading
 * ("SCHULE" under "BILDUNG", then "ZIVILDIENST," after its item, on
 * two lines): the section's entries, not sections of their own. */
static void
test_parts_under_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *school;

  add_line_full (lines, 0, 100, 300, 16, 0, VITAE_TEXT_LINE_BOLD, "Jonas Albrecht");
  add_line_full (lines, 0, 100, 300, 9, 4, 0, "jonas.albrecht@example.de");
  add_line_full (lines, 0, 100, 160, 10, 19, VITAE_TEXT_LINE_BOLD, "PRAKTIKA");
  add_line_full (lines, 0, 100, 400, 9, 6, 0, "MECHATRONIKER, WERKSTATT BRUNS, 24534 NEUMÜNSTER – 08.2022");
  add_line_full (lines, 0, 100, 300, 9, 2, 0, "• Schaltschränke verdrahtet und geprüft");
  add_line_full (lines, 0, 100, 150, 10, 18, VITAE_TEXT_LINE_BOLD, "BILDUNG");
  add_line_full (lines, 0, 100, 140, 9, 6, VITAE_TEXT_LINE_BOLD, "SCHULE");
  add_line_full (lines, 0, 100, 350, 9, 2, 0, "• Gemeinschaftsschule am Brook in 24537 Neumünster, 2016 - 2022");
  add_line_full (lines, 0, 100, 200, 9, 10, VITAE_TEXT_LINE_BOLD, "ZIVILDIENST,");
  add_line_full (lines, 0, 100, 200, 9, 1, VITAE_TEXT_LINE_BOLD, "KREISKRANKENHAUS NORD");
  add_line_full (lines, 0, 100, 350, 9, 2, 0, "• Tafel Neumünster, Ausgabe und Lager, 2022 - 2023");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 2);
  school = section_of_kind (document, VITAE_SECTION_EDUCATION);
  g_assert_nonnull (school);
  g_assert_cmpuint (vitae_section_get_n_entries (school), ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (school, 0)), "organization"), ==, "SCHULE");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (school, 1)), "organization"), ==,
                   "ZIVILDIENST, KREISKRANKENHAUS NORD");
  g_assert_cmpuint (vitae_entry_get_n_bullets (vitae_section_get_entry (school, 1)), ==, 1);
}

/* Groups of skills set in bold a little smaller than "SKILLS", under a
 * rule typed as underscores, the first "Languages" (the programming
 * ones): groups of the skills, not a section of spoken languages; the
 * rule is no skill. */
static void
test_languages_among_skills (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  VitaeSection *skills;

  add_line_full (lines, 0, 160, 260, 28, 0, VITAE_TEXT_LINE_BOLD, "MIRA OKONKWO");
  add_line_full (lines, 0, 100, 500, 12, 16, 0, "mira.okonkwo@example.ca");
  add_line_full (lines, 0, 53, 105, 14, 24, 0, "SKILLS");
  add_line_full (lines, 0, 36, 229, 5, 0, 0, "____________________________________________");
  add_line_full (lines, 0, 34, 93, 12, 6, VITAE_TEXT_LINE_BOLD, "Languages");
  add_line_full (lines, 0, 41, 144, 10, 2, 0, "• Basic: Go, Kotlin");
  add_line_full (lines, 0, 41, 217, 10, 0, 0, "• Fluent: TypeScript, Python, SQL");
  add_line_full (lines, 0, 34, 91, 12, 7, VITAE_TEXT_LINE_BOLD, "Databases");
  add_line_full (lines, 0, 41, 205, 10, 2, 0, "• SQLite, Redis, Cassandra");
  document = vitae_import_lines (lines, NULL);

  g_assert_null (section_of_kind (document, VITAE_SECTION_LANGUAGES));
  skills = section_of_kind (document, VITAE_SECTION_SKILLS);
  g_assert_nonnull (skills);
  for (guint k = 0; k < vitae_section_get_n_entries (skills); k++)
    {
      VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (skills, k));
      const char * const *list = vitae_node_get_list (entry, "keywords");

      g_string_append_printf (words, "%s:", vitae_node_get_text (entry, "title"));
      for (guint j = 0; list != NULL && list[j]; j++)
        g_string_append_printf (words, " %s", list[j]);
      g_string_append_c (words, '\n');
    }
  g_assert_cmpstr (words->str, ==,
                   "Languages:\nBasic: Go Kotlin\nFluent: TypeScript Python SQL\nDatabases: SQLite Redis Cassandra\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-headings/name-label-in-capitals", test_name_label_in_capitals);
  g_test_add_func ("/import-headings/name-in-two-sizes", test_name_in_two_sizes);
  g_test_add_func ("/import-headings/tagline-over-contacts", test_tagline_over_contacts);
  g_test_add_func ("/import-headings/name-in-sidebar", test_name_in_sidebar);
  g_test_add_func ("/import-headings/paragraph-items", test_paragraph_items);
  g_test_add_func ("/import-headings/paragraph-schools", test_paragraph_schools);
  g_test_add_func ("/import-headings/signature-at-end", test_signature_at_end);
  g_test_add_func ("/import-headings/atuacao-heading", test_atuacao_heading);
  g_test_add_func ("/import-headings/turkish-capitals", test_turkish_capitals);
  g_test_add_func ("/import-headings/letter-spaced-headings", test_letter_spaced_headings);
  g_test_add_func ("/import-headings/summary-under-contacts", test_summary_under_contacts);
  g_test_add_func ("/import-headings/headline-in-cells", test_headline_in_cells);
  g_test_add_func ("/import-headings/entry-after-contacts", test_entry_after_contacts);
  g_test_add_func ("/import-headings/qualified-headings", test_qualified_headings);
  g_test_add_func ("/import-headings/jobs-beside-skills", test_jobs_beside_skills);
  g_test_add_func ("/import-headings/parts-under-heading", test_parts_under_heading);
  g_test_add_func ("/import-headings/languages-among-skills", test_languages_among_skills);

  return g_test_run ();
}
