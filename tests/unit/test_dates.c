/* test_dates.c: dates in the forms of each language (CLDR via ICU). */
#include "check.h"
#include "core/dates.h"
#include "core/periods.h"

static void check_date(const char *name, const char *lang, const char *text,
                       int y, int m, int d, size_t start){
  tn_date_match found;
  char label[96];
  int ok = tn_find_date(locale_of(lang), text, strlen(text), &found);
  snprintf(label, sizeof label, "dates.%s.found", name);
  CHECK_INT(label, 1, ok);
  if( !ok ) return;
  snprintf(label, sizeof label, "dates.%s.ymd", name);
  CHECK_INT(label, y*10000 + m*100 + d, found.date.year*10000 + found.date.month*100 + found.date.day);
  snprintf(label, sizeof label, "dates.%s.start", name);
  CHECK_INT(label, (long long)start, (long long)found.start);
}

static void check_no_date(const char *name, const char *lang, const char *text){
  tn_date_match found;
  char label[96];
  snprintf(label, sizeof label, "dates.%s.none", name);
  CHECK_INT(label, 0, tn_find_date(locale_of(lang), text, strlen(text), &found));
}

/* The periods of text, "text|grain|from..to" joined by "; ". */
typedef struct { const char *text; char out[512]; } periods_seen;
static int note_period(const tn_period *p, void *arg){
  periods_seen *seen = arg;
  size_t k = strlen(seen->out);
  snprintf(seen->out + k, sizeof seen->out - k, "%s%.*s|%s|%04d-%02d-%02d..%04d-%02d-%02d", k ? "; " : "",
           (int)(p->end - p->start), seen->text + p->start, tn_grain_name(p->grain),
           p->from.year, p->from.month, p->from.day, p->to.year, p->to.month, p->to.day);
  return 0;
}

static void check_periods(const char *name, const char *lang, const char *text, const char *want){
  periods_seen seen = { text, "" };
  tn_date ref = { 2024, 5, 1 };
  char label[96];
  tn_find_periods(locale_of(lang), text, strlen(text), &ref, note_period, &seen);
  snprintf(label, sizeof label, "periods.%s", name);
  CHECK_STR(label, want, seen.out);
}

/* tn_find_periods() tries an expression only at a character one can
** start with (tn_period_may_start(), from the forms' patterns and words)
** and passes over the ASCII letters that go on a word: what starts one
** is still found, after words of every kind, and nothing inside a word. */
static void test_period_starts(void){
  const tn_date_forms *en = tn_locale_dates(locale_of("en")), *zh = tn_locale_dates(locale_of("zh"));
  const tn_date_forms *vi = tn_locale_dates(locale_of("vi")), *it = tn_locale_dates(locale_of("it"));
  CHECK("periods.start.digit", tn_period_may_start(en, '7'));
  CHECK("periods.start.q", tn_period_may_start(en, 'Q') && tn_period_may_start(en, 'q'));
  CHECK("periods.start.relative", tn_period_may_start(en, 'Y') && tn_period_may_start(it, 'i'));
  CHECK("periods.start.from", tn_period_may_start(en, 'f') && tn_period_may_start(it, 'd'));
  CHECK("periods.start.month", tn_period_may_start(en, 'J') && tn_period_may_start(it, 'g'));
  CHECK("periods.start.vi", tn_period_may_start(vi, 'n') && tn_period_may_start(vi, 'h'));
  CHECK("periods.start.zh", tn_period_may_start(zh, 0x53BB) && tn_period_may_start(zh, 0x4E0A));   /* 去 上 */
  CHECK("periods.start.none-en", !tn_period_may_start(en, 'x') && !tn_period_may_start(en, 'w'));
  CHECK("periods.start.none-zh", !tn_period_may_start(zh, 0x7684));                                /* 的 */
  check_periods("after-words", "it", "Le esportazioni di ieri e del terzo trimestre 2021",
                "ieri|day|2024-04-30..2024-04-30; terzo trimestre 2021|quarter|2021-07-01..2021-09-30");
  check_periods("inside-words", "it", "Nessun periodo: aieri, àieri, xdal 2021", "");
  check_periods("en", "en", "Exports grew yesterday, and in the second quarter of 2023 they fell",
                "yesterday|day|2024-04-30..2024-04-30; second quarter of 2023|quarter|2023-04-01..2023-06-30");
  check_periods("zh", "zh", "的去年出口", "去年|year|2023-01-01..2023-12-31");
  check_periods("vi", "vi", "Xuất khẩu năm ngoái và quý 3/2021", "năm ngoái|year|2023-01-01..2023-12-31; quý 3/2021|quarter|2021-07-01..2021-09-30");
}

void test_dates(void){
  test_period_starts();
  check_date("it-short-caps", "it", "(XINHUA) - CANTON, 14 DIC - Per", 0, 12, 14, 19);
  check_date("it-full", "it", "Roma, 3 luglio 2020 - Il", 2020, 7, 3, 6);
  check_date("en-ordinal", "en", "China News Agency, Beijing, July 31st (Reporter", 0, 7, 31, 28);
  check_date("en-abbrev-dot", "en", "BEIJING, Dec. 14 (Xinhua)", 0, 12, 14, 9);
  check_date("en-with-year", "en", "BEIJING, Dec. 14, 2021 (Xinhua)", 2021, 12, 14, 9);
  check_date("zh", "zh", "新华社北京3月5日电", 0, 3, 5, 15);
  check_date("zh-year", "zh", "2023年3月5日", 2023, 3, 5, 0);
  check_date("vi-numeric", "vi", "HÀ NỘI, ngày 12/5 - Kim", 0, 5, 12, 17);
  check_date("de", "de", "BERLIN, 5. Juli - Die", 0, 7, 5, 8);
  check_date("es", "es", "MADRID, 5 de julio (EFE)", 0, 7, 5, 8);
  check_date("fr-abbrev", "fr", "PARIS, 2 déc. (AFP)", 0, 12, 2, 7);
  check_date("iso", "en", "2020-10-28 11:13:13", 2020, 10, 28, 0);
  check_date("iso-any-lang", "vi", "ngày 2020-10-28", 2020, 10, 28, 6);
  /* Only the bytes near a digit are tried (find_firsts()): a date with
  ** white space of any length before its number, after a long run of
  ** words, after broken UTF-8, or whose month name holds the digit. */
  check_date("en-far-spaces", "en", "Signed on December \t                                                            "
             "                                                   14, 2021 in Rome", 2021, 12, 14, 10);
  check_date("en-after-words", "en", "Shares of the company, which makes parts for cars and trucks in several "
             "countries, rose sharply after the announcement of a deal on March 3, 2024", 2024, 3, 3, 132);
  check_date("en-after-broken-utf8", "en", "\xE2\x82 \xFF\x80\x80March 3, 2024", 2024, 3, 3, 6);
  check_date("vi-month-with-digit", "vi", "Hợp đồng được ký kết vào ngày 12 tháng 5 năm 2023 tại Hà Nội", 0, 5, 12, 44);
  /* Digits are looked for eight bytes at a time: the bytes beside '0' and
  ** '9' ('/', ':') and those of other scripts are none. */
  check_date("after-neighbours-of-digits", "en", "////::::////::::/:/:/:/: on 3 March 2024", 2024, 3, 3, 28);
  check_no_date("neighbours-of-digits", "en", "////::::////::::/:/:/:/:////::::");
  check_date("vi-after-accents", "vi", "Thành phố Hồ Chí Minh đã ký kết hợp đồng ngày 12/5/2023", 2023, 5, 12, 63);
  check_no_date("digit-too-far", "en", "December, as the company said, brought many more orders: 14 in all");
  check_no_date("feb-30", "en", "Beijing, February 30 -");
  check_no_date("inside-number", "en", "code 12345 June");
  check_no_date("no-date", "it", "Oltre 2,1 milioni di giocattoli di circa 44.000 aziende");
  tn_date d;
  CHECK_INT("dates.iso.valid", 1, tn_parse_iso_date("2024-02-29", 10, &d));
  CHECK_INT("dates.iso.not-leap", 0, tn_parse_iso_date("2023-02-29", 10, &d));
  CHECK_INT("dates.iso.trailing", 0, tn_parse_iso_date("2024-02-29x", 11, &d));
  const char *t = "nel 2020, nel 2021; 12.2025 non è un anno, 1.2030,5 neppure, 20215 no";
  CHECK_INT("dates.latest-year", 2021, tn_year_of_writing(locale_of("it"), t, strlen(t), 6, 0));
  CHECK_INT("dates.latest-year.none", 0, tn_year_of_writing(locale_of("en"), "no years 123", 12, 6, 0));
}
