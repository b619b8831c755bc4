/* test_article.c: front matter, titles, datelines, publication dates. */
#include "check.h"
#include "core/article.h"

static tn_article parse(const char *text){
  tn_article a;
  tn_article_parse(text, strlen(text), &a);
  return a;
}

void test_article(void){
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
