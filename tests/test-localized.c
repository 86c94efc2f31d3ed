/* test-localized.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "vitae-core.h"
#include "vitae-json-resume.h"
#include "vitae-render.h"
#include "vitae-test-pdf.h"
#include "vitae-text-reader.h"

/*
 * A resume in each document language, exported to PDF by `vitae export`
 * and read back by poppler: its headings, month names and word for
 * "present" are that language's, extract verbatim and in reading order,
 * and the PDF's /Lang is the language. Arabic and Hebrew pages are
 * mirrored: headings and titles at the right, dates at their left.
 *
 * The resumes and the expected words were written for this test.
 */

typedef struct
{
  const char *tag;
  /* the resume */
  const char *name;
  const char *summary;
  const char *role1;
  const char *org1;
  const char *bullet1;
  const char *role2;
  const char *org2;
  const char *bullet2;
  const char *school;
  const char *skills;
  /* what the PDF must say: headings as printed (upper case where the
   * script has one), then the two entries' dates: 2021-03 to now, and
   * 2018-09 to 2021-02 */
  const char *h_summary;
  const char *h_experience;
  const char *h_education;
  const char *h_skills;
  const char *dates1;
  const char *dates2;
  /* the label before the courses, and the PDF's title after the name */
  const char *courses;
  const char *title;
} Resume;

static const Resume resumes[] = {
  { "en", "Jane Doe",
    "Backend engineer with six years of payments work in Go and PostgreSQL.",
    "Senior Backend Engineer", "Example Payments", "Built a billing service in Go for two million users and halved checkout latency.",
    "Backend Engineer", "Sample Bank", "Moved the ledger database to PostgreSQL without downtime.",
    "University of Leeds", "Languages",
    "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS",
    "Mar 2021 – Present", "Sep 2018 – Feb 2021",
    "Courses", "Resume" },
  { "de", "Lena Hoffmann",
    "Backend-Entwicklerin mit sechs Jahren Erfahrung in Go und PostgreSQL für Zahlungssysteme.",
    "Senior Backend-Entwicklerin", "Beispiel GmbH", "Entwicklung eines Abrechnungsdienstes in Go für zwei Millionen Nutzer.",
    "Backend-Entwicklerin", "Muster AG", "Migration der Datenbank auf PostgreSQL ohne Ausfallzeit.",
    "Technische Universität Berlin", "Programmiersprachen",
    "PROFIL", "BERUFSERFAHRUNG", "AUSBILDUNG", "KENNTNISSE",
    "März 2021 – heute", "September 2018 – Februar 2021",
    "Kurse", "Lebenslauf" },
  { "fr", "Claire Martin",
    "Ingénieure backend avec six ans d'expérience des paiements en Go et PostgreSQL.",
    "Ingénieure backend senior", "Exemple SAS", "Développement d'un service de facturation en Go pour deux millions d'utilisateurs.",
    "Ingénieure backend", "Banque Modèle", "Migration de la base de données vers PostgreSQL sans interruption.",
    "Université de Lyon", "Langages",
    "PROFIL", "EXPÉRIENCE PROFESSIONNELLE", "FORMATION", "COMPÉTENCES",
    "mars 2021 – aujourd'hui", "septembre 2018 – février 2021",
    "Cours", "CV" },
  { "es", "Lucía García",
    "Ingeniera backend con seis años de experiencia en pagos con Go y PostgreSQL.",
    "Ingeniera backend sénior", "Ejemplo S.L.", "Desarrollé un servicio de facturación en Go para dos millones de usuarios.",
    "Ingeniera backend", "Banco Modelo", "Migré la base de datos a PostgreSQL sin interrupciones.",
    "Universidad de Valencia", "Lenguajes",
    "PERFIL", "EXPERIENCIA LABORAL", "FORMACIÓN", "HABILIDADES",
    "marzo 2021 – actualidad", "septiembre 2018 – febrero 2021",
    "Cursos", "Currículum" },
  { "pt", "Ana Souza",
    "Engenheira backend com seis anos de experiência em pagamentos com Go e PostgreSQL.",
    "Engenheira backend sênior", "Exemplo Ltda.", "Desenvolvi um serviço de faturação em Go para dois milhões de usuários.",
    "Engenheira backend", "Banco Modelo", "Migrei o banco de dados para PostgreSQL sem interrupção.",
    "Universidade de Coimbra", "Linguagens",
    "RESUMO", "EXPERIÊNCIA PROFISSIONAL", "FORMAÇÃO", "COMPETÊNCIAS",
    "março 2021 – presente", "setembro 2018 – fevereiro 2021",
    "Disciplinas", "Currículo" },
  { "it", "Giulia Rossi",
    "Ingegnera backend con sei anni di esperienza nei pagamenti con Go e PostgreSQL.",
    "Ingegnera backend senior", "Esempio S.r.l.", "Ho sviluppato un servizio di fatturazione in Go per due milioni di utenti.",
    "Ingegnera backend", "Banca Modello", "Ho migrato il database su PostgreSQL senza interruzioni.",
    "Politecnico di Torino", "Linguaggi",
    "PROFILO", "ESPERIENZA PROFESSIONALE", "ISTRUZIONE", "COMPETENZE",
    "marzo 2021 – oggi", "settembre 2018 – febbraio 2021",
    "Corsi", "Curriculum" },
  { "nl", "Sanne de Vries",
    "Backend-ontwikkelaar met zes jaar ervaring in betalingen met Go en PostgreSQL.",
    "Senior backend-ontwikkelaar", "Voorbeeld B.V.", "Ontwikkelde een factureringsdienst in Go voor twee miljoen gebruikers.",
    "Backend-ontwikkelaar", "Modelbank", "Migreerde de database naar PostgreSQL zonder uitval.",
    "Universiteit Utrecht", "Programmeertalen",
    "PROFIEL", "WERKERVARING", "OPLEIDING", "VAARDIGHEDEN",
    "maart 2021 – heden", "september 2018 – februari 2021",
    "Vakken", "Cv" },
  { "pl", "Anna Kowalska",
    "Inżynierka backendu z sześcioletnim doświadczeniem w płatnościach w Go i PostgreSQL.",
    "Starsza inżynierka backendu", "Przykład Sp. z o.o.", "Stworzyłam usługę rozliczeń w Go dla dwóch milionów użytkowników.",
    "Inżynierka backendu", "Bank Wzorcowy", "Przeniosłam bazę danych do PostgreSQL bez przestojów.",
    "Politechnika Warszawska", "Języki programowania",
    "PODSUMOWANIE", "DOŚWIADCZENIE ZAWODOWE", "WYKSZTAŁCENIE", "UMIEJĘTNOŚCI",
    "marzec 2021 – obecnie", "wrzesień 2018 – luty 2021",
    "Kursy", "CV" },
  { "ru", "Анна Смирнова",
    "Бэкенд-разработчица с шестилетним опытом в платёжных системах на Go и PostgreSQL.",
    "Ведущая бэкенд-разработчица", "ООО «Пример»", "Разработала сервис расчётов на Go для двух миллионов пользователей.",
    "Бэкенд-разработчица", "Банк «Образец»", "Перенесла базу данных на PostgreSQL без простоя.",
    "МГУ имени М. В. Ломоносова", "Языки программирования",
    "ОБО МНЕ", "ОПЫТ РАБОТЫ", "ОБРАЗОВАНИЕ", "НАВЫКИ",
    "март 2021 – настоящее время", "сентябрь 2018 – февраль 2021",
    "Курсы", "Резюме" },
  { "zh", "王芳",
    "六年支付系统后端开发经验，熟悉 Go 和 PostgreSQL。",
    "高级后端工程师", "示例科技有限公司", "使用 Go 为两百万用户开发计费服务，将结账延迟降低了一半。",
    "后端工程师", "样板银行", "将数据库迁移到 PostgreSQL，全程无停机。",
    "浙江大学", "编程语言",
    "个人简介", "工作经历", "教育背景", "专业技能",
    "2021年3月 – 至今", "2018年9月 – 2021年2月",
    "课程", "简历" },
  { "ja", "佐藤 花子",
    "決済システムのバックエンド開発に六年間従事し、Go と PostgreSQL を得意としています。",
    "シニアバックエンドエンジニア", "株式会社サンプル", "Go で二百万人のユーザー向けに課金サービスを開発しました。",
    "バックエンドエンジニア", "見本銀行", "データベースを PostgreSQL に無停止で移行しました。",
    "東北大学", "プログラミング言語",
    "職務要約", "職務経歴", "学歴", "スキル",
    "2021年3月 – 現在", "2018年9月 – 2021年2月",
    "履修科目", "職務経歴書" },
  { "ko", "김지은",
    "결제 시스템 백엔드 개발 경력 6년, Go와 PostgreSQL을 주로 사용합니다.",
    "시니어 백엔드 엔지니어", "예시 주식회사", "Go로 이백만 명의 사용자를 위한 결제 서비스를 개발했습니다.",
    "백엔드 엔지니어", "본보기 은행", "데이터베이스를 중단 없이 PostgreSQL로 이전했습니다.",
    "부산대학교", "프로그래밍 언어",
    "요약", "경력", "학력", "기술",
    "2021년 3월 – 현재", "2018년 9월 – 2021년 2월",
    "수강 과목", "이력서" },
  { "ar", "ليلى حسن",
    "مهندسة برمجيات خلفية بخبرة ست سنوات في أنظمة الدفع باستخدام Go وPostgreSQL.",
    "مهندسة برمجيات أولى", "شركة المثال", "طورت خدمة فوترة بلغة Go لمليوني مستخدم وخفضت زمن الاستجابة إلى النصف.",
    "مهندسة برمجيات", "مصرف النموذج", "نقلت قاعدة البيانات إلى PostgreSQL دون أي توقف.",
    "جامعة القاهرة", "لغات البرمجة",
    "الملخص", "الخبرة العملية", "التعليم", "المهارات",
    "مارس 2021 حتى الآن", "سبتمبر 2018 حتى فبراير 2021",
    "المقررات", "السيرة الذاتية" },
  { "he", "נועה לוי",
    "מפתחת צד שרת עם שש שנות ניסיון במערכות תשלומים ב-Go וב-PostgreSQL.",
    "מפתחת בכירה", "חברת הדוגמה", "פיתחתי שירות חיוב ב-Go עבור שני מיליון משתמשים וקיצרתי את זמן התגובה בחצי.",
    "מפתחת צד שרת", "בנק המופת", "העברתי את מסד הנתונים ל-PostgreSQL ללא השבתה.",
    "האוניברסיטה העברית", "שפות תכנות",
    "תקציר", "ניסיון תעסוקתי", "השכלה", "כישורים",
    "מרץ 2021 עד היום", "ספטמבר 2018 עד פברואר 2021",
    "קורסים", "קורות חיים" },
};

static char *tmpdir;

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return FALSE;
    }

  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

static JsonNode *
entry_node (const char *role,
            const char *org,
            const char *start,
            const char *end,
            const char *bullet)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, org);
  json_builder_set_member_name (builder, "position");
  json_builder_add_string_value (builder, role);
  json_builder_set_member_name (builder, "startDate");
  json_builder_add_string_value (builder, start);
  if (end != NULL)
    {
      json_builder_set_member_name (builder, "endDate");
      json_builder_add_string_value (builder, end);
    }
  json_builder_set_member_name (builder, "highlights");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, bullet);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Writes @resume as JSON Resume with its language in meta, and exports
 * it with @template_id to @extension ("pdf"). Returns the output's path. */
static char *
export_resume_as (const Resume *resume,
                  const char   *template_id,
                  const char   *extension)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_strdup_printf ("%s-%s", resume->tag, template_id);
  g_autofree char *json_name = g_strconcat (base, ".json", NULL);
  g_autofree char *pdf_name = g_strconcat (base, ".", extension, NULL);
  g_autofree char *input = g_build_filename (tmpdir, json_name, NULL);
  char *output = g_build_filename (tmpdir, pdf_name, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", output, "--template", template_id, NULL };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "basics");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, resume->name);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, "someone@example.org");
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, resume->summary);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "work");
  json_builder_begin_array (builder);
  json_builder_add_value (builder, entry_node (resume->role1, resume->org1, "2021-03", NULL, resume->bullet1));
  json_builder_add_value (builder, entry_node (resume->role2, resume->org2, "2018-09", "2021-02", resume->bullet2));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "education");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "institution");
  json_builder_add_string_value (builder, resume->school);
  json_builder_set_member_name (builder, "courses");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "SQL");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, resume->skills);
  json_builder_set_member_name (builder, "keywords");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "Go");
  json_builder_add_string_value (builder, "PostgreSQL");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "meta");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, resume->tag);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_to_file (generator, input, &error);
  g_assert_no_error (error);

  out = run (argv);

  return output;
}

static char *
export_resume (const Resume *resume,
               const char   *template_id)
{
  return export_resume_as (resume, template_id, "pdf");
}

static char *
squeeze (const char *text)
{
  return test_pdf_squeeze (text, FALSE);
}

static gboolean
is_rtl (const Resume *resume)
{
  return g_str_equal (resume->tag, "ar") || g_str_equal (resume->tag, "he");
}

/* Finds @needle in @text at or after *@at, moving *@at past it. */
static void
expect_after (const char *text,
              gsize      *at,
              const char *what,
              const char *needle,
              gboolean    loose)
{
  g_autofree char *squeezed = test_pdf_squeeze (needle, loose);
  const char *found = strstr (text + *at, squeezed);

  if (found == NULL)
    g_error ("%s “%s” is not in the text after “%.80s”:\n%s", what, needle, text + *at, text);
  *at = found - text + strlen (squeezed);
}

static void
check_text (const Resume *resume,
            const char   *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *raw = run (argv);
  gboolean loose = is_rtl (resume);
  g_autofree char *text = test_pdf_squeeze (raw, loose);
  gsize at = 0;

  expect_after (text, &at, "the name", resume->name, loose);
  expect_after (text, &at, "the summary heading", resume->h_summary, loose);
  expect_after (text, &at, "the summary", resume->summary, loose);
  expect_after (text, &at, "the experience heading", resume->h_experience, loose);
  expect_after (text, &at, "the first role", resume->role1, loose);
  expect_after (text, &at, "the first dates", resume->dates1, loose);
  expect_after (text, &at, "the first bullet", resume->bullet1, loose);
  expect_after (text, &at, "the second role", resume->role2, loose);
  expect_after (text, &at, "the second dates", resume->dates2, loose);
  expect_after (text, &at, "the second bullet", resume->bullet2, loose);
  expect_after (text, &at, "the education heading", resume->h_education, loose);
  expect_after (text, &at, "the school", resume->school, loose);
  {
    g_autofree char *courses = g_strdup_printf ("%s: SQL", resume->courses);

    expect_after (text, &at, "the courses", courses, loose);
  }
  expect_after (text, &at, "the skills heading", resume->h_skills, loose);
  expect_after (text, &at, "the skill group", resume->skills, loose);

  /* No English heading or "Present" is left in another language. */
  if (!g_str_equal (resume->tag, "en"))
    {
      static const char *english[] = { "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS", "Present" };

      for (guint i = 0; i < G_N_ELEMENTS (english); i++)
        g_assert_null (strstr (text, english[i]));
    }
}

static void
check_lang (const Resume *resume,
            const char   *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *expected = g_strdup_printf ("/Lang (%s)", resume->tag);
  gsize length;
  gboolean found = FALSE;

  g_file_get_contents (pdf, &data, &length, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i + strlen (expected) <= length && !found; i++)
    found = memcmp (data + i, expected, strlen (expected)) == 0;
  g_assert_true (found);
}

/* The document's title names it in its language. */
static void
check_title (const Resume *resume,
             const char   *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  g_autofree char *expected = g_strdup_printf ("%s — %s", resume->name, resume->title);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  gboolean found = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Title:"))
      {
        g_assert_cmpstr (g_strstrip (lines[i] + strlen ("Title:")), ==, expected);
        found = TRUE;
      }
  g_assert_true (found);
}

static void
test_languages (void)
{
  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      g_autofree char *pdf = NULL;

      g_test_message ("%s", resumes[i].tag);
      pdf = export_resume (&resumes[i], "classic");
      check_text (&resumes[i], pdf);
      check_lang (&resumes[i], pdf);
      check_title (&resumes[i], pdf);
    }
}

typedef struct
{
  double  x_min;
  double  x_max;
  double  y_min;
  char   *text;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

static double
attribute (const char *line,
           const char *name)
{
  g_autofree char *key = g_strdup_printf ("%s=\"", name);
  const char *p = strstr (line, key);

  g_assert_nonnull (p);
  return g_ascii_strtod (p + strlen (key), NULL);
}

/* The words pdftotext -bbox finds on the first page, with their boxes. */
static GArray *
read_words (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-", NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));

  g_array_set_clear_func (words, word_clear);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *open = strstr (lines[i], "<word ");
      const char *start, *end;
      Word word;

      if (open == NULL)
        continue;
      start = strchr (open, '>') + 1;
      end = strstr (start, "</word>");
      word.x_min = attribute (open, "xMin");
      word.x_max = attribute (open, "xMax");
      word.y_min = attribute (open, "yMin");
      word.text = g_strndup (start, end - start);
      g_array_append_val (words, word);
    }

  return words;
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  const Word *word_a = a, *word_b = b;

  return word_a->x_min < word_b->x_min ? -1 : word_a->x_min > word_b->x_min;
}

/* The words of the first line below @below whose text, read from the
 * right for @rtl, holds @needle (without white space): pdftotext -bbox
 * gives Arabic a letter a "word", so lines are matched as a whole. */
static GArray *
find_line (GArray     *words,
           const char *needle,
           gboolean    rtl,
           double      below)
{
  g_autofree char *squeezed = squeeze (needle);

  for (guint i = 0; i < words->len; i++)
    {
      double y = g_array_index (words, Word, i).y_min;
      g_autoptr(GArray) line = g_array_new (FALSE, FALSE, sizeof (Word));
      g_autoptr(GString) text = g_string_new (NULL);

      if (y <= below)
        continue;
      for (guint k = 0; k < words->len; k++)
        if (ABS (g_array_index (words, Word, k).y_min - y) < 3)
          g_array_append_val (line, g_array_index (words, Word, k));
      g_array_sort (line, compare_x);
      for (guint k = 0; k < line->len; k++)
        g_string_append (text, g_array_index (line, Word, rtl ? line->len - 1 - k : k).text);
      if (strstr (text->str, squeezed) != NULL)
        return g_steal_pointer (&line);
    }

  g_error ("no line holds “%s”", needle);
  return NULL;
}

/* Right-to-left pages are mirrored: the first entry's title starts at
 * the right edge and its dates end at its left; headings end at the right
 * edge, and the bullets' text stops short of it, for the mark; a
 * left-to-right page is the other way round. */
static void
check_mirrored (const Resume *resume,
                const char   *pdf,
                gboolean      rtl)
{
  g_autoptr(GArray) words = read_words (pdf);
  g_auto(GStrv) role_words = g_strsplit (resume->role1, " ", -1);
  g_auto(GStrv) date_words = g_strsplit (resume->dates1, " ", -1);
  g_auto(GStrv) bullet_words = g_strsplit (resume->bullet1, " ", 3);
  g_autofree char *bullet_start = g_strjoin (" ", bullet_words[0], bullet_words[1], NULL);
  g_autoptr(GArray) heading = find_line (words, resume->h_experience, rtl, 0);
  g_autoptr(GArray) entry = find_line (words, resume->dates1, rtl, g_array_index (heading, Word, 0).y_min);
  g_autoptr(GArray) bullet = find_line (words, bullet_start, rtl, g_array_index (entry, Word, 0).y_min);
  Word *heading_first, *first, *last;
  double right = 0, left = G_MAXDOUBLE;

  for (guint i = 0; i < words->len; i++)
    {
      right = MAX (right, g_array_index (words, Word, i).x_max);
      left = MIN (left, g_array_index (words, Word, i).x_min);
    }

  first = &g_array_index (entry, Word, rtl ? entry->len - 1 : 0);
  last = &g_array_index (entry, Word, rtl ? 0 : entry->len - 1);
  heading_first = &g_array_index (heading, Word, rtl ? heading->len - 1 : 0);
  g_test_message ("%s: title starts with “%s”, dates end with “%s”", resume->tag, first->text, last->text);
  /* Arabic letters come one a word: a word starts the title, ends the dates. */
  g_assert_true (g_str_has_prefix (role_words[0], first->text) || g_str_has_prefix (first->text, role_words[0]));
  g_assert_true (g_str_has_suffix (date_words[g_strv_length (date_words) - 1], last->text));

  if (rtl)
    {
      g_assert_cmpfloat (heading_first->x_max, >, right - 1);
      g_assert_cmpfloat (g_array_index (heading, Word, 0).x_min, >, (left + right) / 2);
      g_assert_cmpfloat (first->x_max, >, right - 1);
      g_assert_cmpfloat (last->x_max, <, first->x_min);
      g_assert_cmpfloat (g_array_index (bullet, Word, bullet->len - 1).x_max, <, right - 5);
    }
  else
    {
      g_assert_cmpfloat (heading_first->x_min, <, left + 1);
      g_assert_cmpfloat (g_array_index (heading, Word, heading->len - 1).x_max, <, (left + right) / 2);
      g_assert_cmpfloat (first->x_min, <, left + 1);
      g_assert_cmpfloat (last->x_min, >, first->x_max);
      g_assert_cmpfloat (g_array_index (bullet, Word, 0).x_min, >, left + 5);
    }
}

static void
test_right_to_left (void)
{
  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      gboolean rtl = is_rtl (&resumes[i]);

      if (!rtl && !g_str_equal (resumes[i].tag, "de"))
        continue;

      for (guint t = 0; t < vitae_template_get_count (); t++)
        {
          const char *template_id = vitae_template_get_nth (t)->id;
          g_autofree char *pdf = export_resume (&resumes[i], template_id);

          g_test_message ("%s, %s", resumes[i].tag, template_id);
          check_text (&resumes[i], pdf);
          check_mirrored (&resumes[i], pdf, rtl);
        }
    }
}

/* Word and OpenDocument files say the same, and are right to left for
 * Arabic and Hebrew. */
static void
test_office (void)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      const Resume *resume = &resumes[i];

      if (!is_rtl (resume) && !g_str_equal (resume->tag, "de") && !g_str_equal (resume->tag, "ja"))
        continue;

      for (guint odf = 0; odf < 2; odf++)
        {
          g_autofree char *path = export_resume_as (resume, "classic", odf ? "odt" : "docx");
          g_autoptr(GError) error = NULL;
          g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
          g_autoptr(GBytes) bytes = NULL;
          g_autofree char *raw = NULL;
          g_autofree char *text = NULL;
          gsize at = 0;

          g_assert_no_error (error);
          bytes = g_mapped_file_get_bytes (file);
          raw = vitae_office_read_text (bytes, odf, &error);
          g_assert_no_error (error);
          text = squeeze (raw);

          g_test_message ("%s, %s", resume->tag, odf ? "odt" : "docx");
          expect_after (text, &at, "the summary heading", resume->h_summary, FALSE);
          expect_after (text, &at, "the experience heading", resume->h_experience, FALSE);
          expect_after (text, &at, "the first role", resume->role1, FALSE);
          expect_after (text, &at, "the first dates", resume->dates1, FALSE);
          expect_after (text, &at, "the second dates", resume->dates2, FALSE);
          expect_after (text, &at, "the education heading", resume->h_education, FALSE);
          expect_after (text, &at, "the skills heading", resume->h_skills, FALSE);

          if (unzip != NULL)
            {
              const char *argv[] = { unzip, "-p", path, odf ? "styles.xml" : "word/styles.xml", NULL };
              g_autofree char *styles = run (argv);
              const char *mark = odf ? "style:writing-mode=\"rl-tb\"" : "<w:bidi/>";

              g_assert_true ((strstr (styles, mark) != NULL) == is_rtl (resume));
            }
        }
    }
}

/* An export read back by the import: the language is detected from the
 * text and the headings are recognised as their sections, Arabic and
 * Hebrew ones included. */
static void
test_import (void)
{
  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      const Resume *resume = &resumes[i];
      g_autofree char *pdf = NULL;
      g_autofree char *output = NULL;
      g_autofree char *out = NULL;
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      const char *argv[] = { g_getenv ("VITAE_EXE"), "import", NULL, NULL, NULL };

      g_test_message ("%s", resume->tag);
      pdf = export_resume (resume, "modern");
      output = g_strconcat (pdf, ".vitae", NULL);
      argv[2] = pdf;
      argv[3] = output;
      out = run (argv);

      document = vitae_document_load (output, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (vitae_document_get_language (document), ==, resume->tag);
      g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE));
      g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_EDUCATION));
      g_assert_nonnull (vitae_document_find_section (document, VITAE_SECTION_SKILLS));
    }
}

/* The plain-text export words a grade and a degree with its field in the
 * document's language, as the PDF does its labels, whatever the
 * interface's language. Before, they were "Score: …" and "… in …" from
 * the interface's translation. */
static void
test_text_labels (void)
{
  static const struct
  {
    const char *tag;
    const char *degree;
    const char *area;
    const char *score;
    const char *study;        /* the degree with its field, as written */
    const char *score_label;  /* the word before the grade */
  } cases[] = {
    { "en", "BSc", "Physics", "3.8/4.0", "BSc in Physics", "Score" },
    { "de", "B.Sc.", "Physik", "1,3", "B.Sc. in Physik", "Note" },
    { "fr", "Licence", "physique", "16/20", "Licence en physique", "Note" },
    { "es", "Grado", "Física", "9,1", "Grado en Física", "Nota" },
    { "pt", "Bacharelado", "Física", "9,0", "Bacharelado em Física", "Nota" },
    { "it", "Laurea", "Fisica", "110/110", "Laurea in Fisica", "Voto" },
    { "ja", "学士", "物理学", "3.5", "学士（物理学）", "成績" },
    { "ko", "학사", "물리학", "4.1/4.5", "물리학 학사", "학점" },
    { "ar", "بكالوريوس", "الفيزياء", "3.7", "بكالوريوس في الفيزياء", "المعدل" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autofree char *text = NULL;
      g_autofree char *score_line = NULL;
      g_autofree char *english = NULL;
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].tag);
      json = g_strdup_printf ("{ \"basics\": { \"name\": \"Ana Lima\" },"
                              "  \"education\": [ { \"institution\": \"Universidade\","
                              "    \"studyType\": \"%s\", \"area\": \"%s\", \"score\": \"%s\" } ],"
                              "  \"meta\": { \"language\": \"%s\" } }",
                              cases[i].degree, cases[i].area, cases[i].score, cases[i].tag);
      document = vitae_json_resume_parse (json, strlen (json), "ana.json", &error);
      g_assert_no_error (error);
      text = vitae_text_export (document);

      if (strstr (text, cases[i].study) == NULL)
        g_error ("%s: “%s” is not in the text:\n%s", cases[i].tag, cases[i].study, text);
      score_line = g_strdup_printf ("\n%s", cases[i].score_label);
      if (strstr (text, score_line) == NULL || strstr (text, cases[i].score) == NULL)
        g_error ("%s: no “%s” line with “%s”:\n%s", cases[i].tag, cases[i].score_label, cases[i].score, text);
      /* Nothing of the English wording is left where the language's
       * differs. */
      if (!g_str_equal (cases[i].score_label, "Score"))
        g_assert_null (strstr (text, "Score"));
      english = g_strdup_printf ("%s in %s", cases[i].degree, cases[i].area);
      if (!g_str_equal (english, cases[i].study))
        g_assert_null (strstr (text, english));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  tmpdir = g_dir_make_tmp ("vitae-localized-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/localized/languages", test_languages);
  g_test_add_func ("/localized/right-to-left", test_right_to_left);
  g_test_add_func ("/localized/office", test_office);
  g_test_add_func ("/localized/import", test_import);
  g_test_add_func ("/localized/text-labels", test_text_labels);

  status = g_test_run ();

  if (status == 0)
    {
      g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);

          g_remove (path);
        }
      g_rmdir (tmpdir);
    }
  g_free (tmpdir);

  return status;
}
