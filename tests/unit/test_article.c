/* test_article.c: front matter, titles, datelines, publication dates. */
#include "check.h"
#include "core/article.h"

static tn_article parse(const char *text){
  tn_article a;
  tn_article_parse(text, strlen(text), 0, NULL, &a);
  return a;
}

/* One article's date, place and source, each checked. */
static void check_article(const char *name, const char *text, long long mtime, const char *published,
                          const char *dateline, const char *source){
  tn_article a;
  char label[96];
  tn_article_parse(text, strlen(text), mtime, NULL, &a);
  snprintf(label, sizeof label, "article.%s.published", name);
  CHECK_STR(label, published, a.published);
  snprintf(label, sizeof label, "article.%s.dateline", name);
  CHECK_STR(label, dateline, a.dateline);
  snprintf(label, sizeof label, "article.%s.source", name);
  CHECK_STR(label, source, a.source);
  tn_article_free(&a);
}

#define BODY_EN "Exports of machinery rose sharply in the first two months, the customs office said, as " \
                "demand from Asian buyers recovered and freight costs fell.\n"
#define BODY_FR "Les exportations de machines ont fortement progressé au cours des deux premiers mois, " \
                "selon les douanes, grâce à la reprise de la demande asiatique.\n"

/* The article's own date, place and agency, as wires and papers write them. */
static void test_article_forms(void){
  /* Stated dates: labels, weekdays and times around them, head or last line. */
  check_article("label-en", "Published: 7 March 2024, 10:32 GMT\n\n" BODY_EN, 0, "2024-03-07", NULL, NULL);
  check_article("label-fr", "Publié le 3 mars 2024 à 10h32\n\n" BODY_FR, 0, "2024-03-03", NULL, NULL);
  check_article("label-it", "Pubblicato il 3 marzo 2024 alle 10:32\n\nLe esportazioni di macchinari sono cresciute "
                "nei primi due mesi, secondo le dogane, grazie alla domanda asiatica.\n", 0, "2024-03-03", NULL, NULL);
  check_article("label-de-last-line", "Die Exporte von Maschinen sind in den ersten beiden Monaten deutlich gestiegen, "
                "teilte das Statistikamt mit.\n\nDie Nachfrage aus Asien zog an.\n\nStand: 03.03.2024, 14:05 Uhr\n",
                0, "2024-03-03", NULL, NULL);
  check_article("label-vi-weekday", "Cập nhật: Thứ sáu, 1/3/2024 10:32 (GMT+7)\n\nKim ngạch xuất khẩu máy móc tăng mạnh "
                "trong hai tháng đầu năm, theo số liệu của hải quan.\n", 0, "2024-03-01", NULL, NULL);
  check_article("label-zh-source", "2024年3月3日 10:32 来源：新华网\n\n海关总署今天发布数据，前两个月机电产品出口增长明显。\n",
                0, "2024-03-03", NULL, "新华网");
  check_article("iso-timestamp", "2024-03-07T10:32:00+01:00\n\n" BODY_FR, 0, "2024-03-07", NULL, NULL);
  /* Datelines with a year. */
  check_article("dateline-pt-year", "Lisboa, 3 mar 2024 (Lusa) - As exportações portuguesas de máquinas cresceram "
                "nos dois primeiros meses, segundo o instituto de estatística.\n", 0, "2024-03-03", "Lisboa", "Lusa");
  check_article("dateline-en-year", "SHANGHAI, March 3, 2024 (Reuters) - " BODY_EN, 0, "2024-03-03", "SHANGHAI", "Reuters");
  /* Day-and-month datelines: the year from the text, never a future one. */
  check_article("dateline-province", "Guadalajara (Jalisco), 5 mar (EFE).- Las exportaciones de maquinaria crecieron en "
                "2023 y se espera que se dupliquen para 2030, según la cámara de comercio.\n", 0,
                "2023-03-05", "Guadalajara", "EFE");
  check_article("future-year-it", "MILANO, 5 mar (Reuters) - Le esportazioni sono salite nel 2024 e il gruppo punta "
                "a raddoppiarle entro il 2030.\n", 0, "2024-03-05", "MILANO", "Reuters");
  check_article("future-year-zh", "新华社北京3月5日电 2024年前两个月，我国机电产品出口增长明显，到2030年出口规模有望翻番。\n",
                0, "2024-03-05", "北京", "新华社");
  check_article("prefix-zh", "本报上海3月5日电 2024年前两个月，上海口岸出口增长明显。\n", 0, "2024-03-05", "上海", NULL);
  check_article("january-last-year", "SINGAPORE, Jan 5 (Reuters) - The trader said its export volumes hit a record last "
                "year. In 2023, exports reached 14.7 million tonnes.\n", 0, "2024-01-05", "SINGAPORE", "Reuters");
  check_article("no-year", "TOKYO, March 5 (Reuters) - " BODY_EN, 0, "", "TOKYO", "Reuters");
  check_article("only-future-year", "TOKYO, March 5 (Reuters) - The group aims to double exports by 2030.\n", 0,
                "", "TOKYO", "Reuters");
  /* 1709251200 is 2024-03-01: a date inferred after the file's mtime is none. */
  check_article("after-mtime", "TOKYO, March 5 (Reuters) - Exports rose in 2024.\n", 1709251200LL, "", "TOKYO", "Reuters");
  /* Datelines with no date. */
  check_article("place-only", "Frankfurt/Main (Reuters) - " BODY_EN, 0, "", "Frankfurt/Main", "Reuters");
  check_article("brackets-ja", "【東京共同】日本の輸出は先月、前年同月比で大幅に増加した。\n", 0, "", "東京", "共同");
  /* A place is a place: not a weekday, a label or a sentence. */
  check_article("not-a-fragment", "The order, worth about $1.4 billion, will be delivered from 12 March.\n" BODY_EN, 0,
                "", NULL, NULL);
  check_article("not-a-weekday", "Lunedì, 3 marzo - Le esportazioni sono cresciute.\n", 0, "", NULL, NULL);
  check_article("source-line", BODY_EN "\nSource: Reuters\n", 0, "", NULL, "Reuters");
  check_article("source-line-vi", "Kim ngạch xuất khẩu máy móc tăng mạnh trong hai tháng đầu năm.\n\nNguồn: TTXVN\n",
                0, "", NULL, "TTXVN");

  /* A French brief: its language from the text after the dateline. */
  tn_article a = parse("PARIS, 3 mars 2024 (AFP) - Contrat de 1 million d'euros signé.\n");
  CHECK_STR("article.brief.lang", "fr", a.lang);
  CHECK_STR("article.brief.published", "2024-03-03", a.published);
  CHECK_STR("article.brief.dateline", "PARIS", a.dateline);
  CHECK_STR("article.brief.source", "AFP", a.source);
  tn_article_free(&a);
}

void test_article(void){
  test_article_forms();
  tn_article a = parse("(XINHUA) - CANTON, 14 DIC - Per superare l'impatto della pandemia, le autorità "
                       "locali hanno aiutato le imprese nel 2020 e nel 2021.\n");
  CHECK_STR("article.it.source", "XINHUA", a.source);
  CHECK_STR("article.it.dateline", "CANTON", a.dateline);
  CHECK_STR("article.it.published", "2021-12-14", a.published);
  CHECK_STR("article.it.how", "dateline + year in text", a.published_how);
  CHECK_STR("article.it.title", NULL, a.title);
  CHECK_STR("article.it.lang", "it", a.lang);
  tn_article_free(&a);

  a = parse("Headline of the day\n\n  China News Agency, Beijing, July 31st (Reporter Wei Xi) The factory "
            "manager was worried about overseas orders.\n");
  CHECK_STR("article.en.title", "Headline of the day", a.title);
  CHECK_STR("article.en.source", "China News Agency", a.source);
  CHECK_STR("article.en.dateline", "Beijing", a.dateline);
  CHECK_STR("article.en.no-year", "", a.published);
  CHECK_STR("article.en.how", NULL, a.published_how);
  tn_article_free(&a);

  a = parse("A title\n\n2020-10-28 11:13:13\nOriginal\n\nSince the first quarter of this year the trade sector "
            "has faced difficulties.\n");
  CHECK_STR("article.stated.published", "2020-10-28", a.published);
  CHECK_STR("article.stated.how", "stated", a.published_how);
  tn_article_free(&a);

  a = parse("---\ntitle: T\ndate: 2022-03-04\nlang: vi\nsource: 'VNA'\nurl: u\n---\nBody text here.\n");
  CHECK_STR("article.front.title", "T", a.title);
  CHECK_STR("article.front.published", "2022-03-04", a.published);
  CHECK_STR("article.front.how", "front matter", a.published_how);
  CHECK_STR("article.front.lang", "vi", a.lang);
  CHECK_STR("article.front.source", "VNA", a.source);
  CHECK_STR("article.front.url", "u", a.url);
  CHECK_INT("article.front.body_start", 64, a.body_start);
  CHECK_STR("article.front.error", "", a.error);
  tn_article_free(&a);

  a = parse("---\ndate: 2024-03-07T10:00:00Z\n---\nBody.\n");
  CHECK_STR("article.front-datetime.published", "2024-03-07", a.published);
  tn_article_free(&a);
  a = parse("---\ndate: 2024-03-07 10:00\n---\nBody.\n");
  CHECK_STR("article.front-datetime-space.published", "2024-03-07", a.published);
  tn_article_free(&a);

  a = parse("---\ndate: yesterday\n---\nBody.\n");
  CHECK_STR("article.front-bad-date.error", "front matter: date 'yesterday' is not a date like 2021-12-14", a.error);
  CHECK_STR("article.front-bad-date.published", "", a.published);
  tn_article_free(&a);

  a = parse("---\nnot front matter, never closed\nSome text.\n");
  CHECK_INT("article.unclosed-front.body_start", 0, a.body_start);
  tn_article_free(&a);

  a = parse("Sentence that ends with a period.\nSecond line.\n");
  CHECK_STR("article.title.sentence", NULL, a.title);
  tn_article_free(&a);

  size_t len;
  CHECK_INT("agency.case", 1, tn_agency_at("XINHUA) -", 9, &len));
  CHECK_INT("agency.case.len", 6, len);
  CHECK_INT("agency.cjk-run-on", 1, tn_agency_at("新华社北京", 15, &len));
  CHECK_INT("agency.cjk-run-on.len", 9, len);
  CHECK_INT("agency.word-goes-on", 0, tn_agency_at("APPLE", 5, &len));
}
