/* test_terms.c: the search tokenizer's terms. The answers of the table of
** single characters (terms.c) must be what ICU makes of whole words: a
** Turkish cutter, which does without the table, and a root one read the
** same texts (with no I or ı, which Turkish lower-cases otherwise). */
#include "check.h"
#include "core/terms.h"

#include <stdlib.h>

typedef struct { char *out; size_t n, cap; } joined;

static int join(void *arg, const char *term, size_t len, size_t start, size_t end){
  joined *j = arg;
  (void)start; (void)end;
  if( j->n + len + 2 > j->cap ) return 1;
  if( j->n ) j->out[j->n++] = ' ';
  memcpy(j->out + j->n, term, len);
  j->n += len;
  j->out[j->n] = 0;
  return 0;
}

static const char *terms_of(tn_terms *t, const char *text){
  static char out[4096];
  joined j = { out, 0, sizeof out };
  out[0] = 0;
  return tn_terms_cut(t, text, strlen(text), join, &j)==0 ? out : "(error)";
}

void test_terms(void){
  static const char *texts[] = {
    "Kim ngạch xuất khẩu đạt 43,7 tỷ USD; Đà Nẵng đón đoàn đầu tư Hàn Quốc.",
    "Le esportazioni sono cresciute del 16,5 per cento: è più di quanto atteso, perché già.",
    "L'économie française a progressé; Straße, Größe, Ärger, Œuvre, ﬁn, Ǆemal.",
    "Η οικονομία της Ελλάδας ΑΝΑΠΤΥΣΣΕΤΑΙ· Россия экспортирует ЗЕРНО, ёлка Ёлка.",
    "Crème brûlée, naïve façade, Ångström, Øresund, Łódź, Čeština, Śląsk, Ṣọ̀rọ̀.",
  };
  char err[160];
  for(int remove=0; remove<2; remove++){
    tn_terms *root = tn_terms_open(NULL, remove, err, sizeof err), *tr = tn_terms_open("tr", remove, err, sizeof err);
    for(size_t k=0; k<sizeof texts/sizeof texts[0]; k++){
      char name[64], mine[4096];
      snprintf(name, sizeof name, "terms.table.%d.%zu", remove, k);
      snprintf(mine, sizeof mine, "%s", terms_of(root, texts[k]));
      CHECK_STR(name, terms_of(tr, texts[k]), mine);
    }
    tn_terms_close(root);
    tn_terms_close(tr);
  }
  tn_terms *t = tn_terms_open(NULL, 1, err, sizeof err);
  CHECK_STR("terms.vi", "kim ngach xuat khau dat 43,7 ty usd da nang", terms_of(t, "Kim ngạch xuất khẩu đạt 43,7 tỷ USD; Đà Nẵng"));
  CHECK_STR("terms.han", "中 国 出 口 额 9.9", terms_of(t, "中国出口额9.9%"));
  CHECK_STR("terms.thai-marks-kept", "ส่ง ออก", terms_of(t, "ส่งออก"));
  CHECK_STR("terms.devanagari-kept", "निर्यात", terms_of(t, "निर्यात"));
  CHECK_STR("terms.elision", "dell europa 1'250", terms_of(t, "dell'Europa 1'250"));
  tn_terms_close(t);
}

/* The terms and their places, as "term@start-end ...". */
typedef struct { char *out; size_t n, cap; } placed;

static int place(void *arg, const char *term, size_t len, size_t start, size_t end){
  placed *p = arg;
  int w = snprintf(p->out + p->n, p->cap - p->n, "%s%.*s@%zu-%zu", p->n ? " " : "", (int)len, term, start, end);
  if( w<0 || (size_t)w >= p->cap - p->n ) return 1;
  p->n += (size_t)w;
  return 0;
}

/* Plain ASCII is cut without ICU's segmenter: the terms and their places
** must be ICU's, on edge cases and on every file of seeds/. */
void test_terms_ascii(void){
  static const char *texts[] = {
    "a:b U.S. e.g. 3.5 1,000,000 abc123 _x_ __ don't 3'5 a.b.c a,b 1.a a1.2 x_1 1_000 a-b 5% $5 #tag a;b 1;2",
    "end. 'quoted' \"double\" (paren) [b] {c} a/b a\\b a|b a+b a=b a<b> a*b a~b a^b `tick` 1.2.3 1..2 a..b .5 5. ,5 5,",
    "Tab\tnew\nline\r\ncr x\fy z\vw  two  spaces",
    "mixed ASCII and Việt: xuất khẩu 43,7 tỷ USD, then 中国出口 and back to ASCII words.",
    "l'export, dell'Europa, l’export; e-mail a@b.c @me me@ 3'000'000 CHF 1'250.50",
  };
  char err[160];
  tn_terms *t = tn_terms_open(NULL, 1, err, sizeof err);
  static char fast[1 << 16], icu[1 << 16];
  for(size_t k=0; k<sizeof texts/sizeof texts[0]; k++){
    placed a = { fast, 0, sizeof fast }, b = { icu, 0, sizeof icu };
    fast[0] = icu[0] = 0;
    tn_terms_cut(t, texts[k], strlen(texts[k]), place, &a);
    tn_terms_cut_icu(t, texts[k], strlen(texts[k]), place, &b);
    char name[64];
    snprintf(name, sizeof name, "terms.ascii.%zu", k);
    CHECK_STR(name, icu, fast);
  }
  for(int k=0; k<5; k++){
    static const char *files[] = { "seeds/000_030d9a3b1f9c0522.txt", "seeds/001_d563fd38f9ff7281.txt",
      "seeds/002_20efa504432d0a2c.txt", "seeds/003_17849deb6f011a06.txt", "seeds/004_a2b98f21798d0d4c.txt" };
    static char text[1 << 15];
    FILE *f = fopen(files[k], "rb");
    size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    if( f ) fclose(f);
    text[n] = 0;
    placed a = { fast, 0, sizeof fast }, b = { icu, 0, sizeof icu };
    fast[0] = icu[0] = 0;
    tn_terms_cut(t, text, n, place, &a);
    tn_terms_cut_icu(t, text, n, place, &b);
    char name[64];
    snprintf(name, sizeof name, "terms.ascii.seed%d", k);
    CHECK(name, n>0 && strcmp(fast, icu)==0);
  }
  tn_terms_close(t);
}
