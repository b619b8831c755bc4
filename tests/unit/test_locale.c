/* test_locale.c: tags to locale objects (core/locale.h). */
#include "check.h"
#include "core/currency.h"
#include "core/lexicon.h"

#include <pthread.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <stdlib.h>

static void check_tag(const char *tag, const char *want_tag, const char *want_currency){
  char err[160], name[96];
  const tn_locale *loc = tn_locale_get(tag, err, sizeof err);
  snprintf(name, sizeof name, "locale.canonical.%s", tag);
  CHECK_STR(name, want_tag, loc ? tn_locale_tag(loc) : err);
  snprintf(name, sizeof name, "locale.currency.%s", tag);
  CHECK_STR(name, want_currency, loc ? tn_locale_currency(loc) : NULL);
}

static void check_bad(const char *tag, const char *want_in_err){
  char err[160] = "", name[96];
  snprintf(name, sizeof name, "locale.error.%s", tag);
  const tn_locale *loc = tn_locale_get(tag, err, sizeof err);
  CHECK(name, loc==NULL && strstr(err, want_in_err)!=NULL);
}

/* Several threads ask for the same and different tags at once: each tag
** gives one object, its lexicon built once. */
static const char *const thread_tags[] = { "es-MX", "es_MX", "fr-CA", "de-CH", "pt-PT", "es-mx", "th" };
#define THREADS 8

static void *ask(void *arg){
  const tn_locale **out = arg;
  for(size_t k=0; k<sizeof thread_tags/sizeof thread_tags[0]; k++){
    const tn_locale *loc = locale_of(thread_tags[k]);
    out[k] = loc && tn_locale_lexicon(loc) && tn_locale_dates(loc) ? loc : NULL;
  }
  return NULL;
}

static void check_threads(void){
  const tn_locale *got[THREADS][sizeof thread_tags/sizeof thread_tags[0]];
  pthread_t t[THREADS];
  for(int i=0; i<THREADS; i++) pthread_create(&t[i], NULL, ask, got[i]);
  for(int i=0; i<THREADS; i++) pthread_join(t[i], NULL);
  int same = 1;
  for(int i=0; i<THREADS; i++){
    for(size_t k=0; k<sizeof thread_tags/sizeof thread_tags[0]; k++){
      same &= got[i][k]!=NULL && got[i][k]==got[0][k];
    }
  }
  CHECK("locale.threads.one-object-per-tag", same);
  CHECK("locale.threads.spellings-share", got[0][0]==got[0][1] && got[0][0]==got[0][5]);
}

/* 500 distinct valid tags in one process, each with its dates, and every
** fourth with its lexicon (125, past the 64 languages there once were
** room for; a lexicon takes ~20 ms to build). */
static void check_many(void){
  static const char *const languages[] = { "en", "es", "fr", "de", "pt", "ar", "ru", "nl" };
  const char *const *regions = uloc_getISOCountries();
  int made = 0, tried = 0;
  for(size_t l=0; l<sizeof languages/sizeof languages[0] && tried<500; l++){
    for(size_t r=0; regions[r] && tried<500; r++){
      char tag[16];
      snprintf(tag, sizeof tag, "%s-%s", languages[l], regions[r]);
      const tn_locale *loc = locale_of(tag);
      made += loc && tn_locale_dates(loc) && (tried % 4 || tn_locale_lexicon(loc));
      tried++;
    }
  }
  CHECK_INT("locale.many-tags", 500, made);
}

void test_locale(void){
  check_tag("it", "it", "EUR");          /* no region: the likely one, IT */
  check_tag("IT", "it", "EUR");
  check_tag("es-MX", "es-MX", "MXN");
  check_tag("es_MX", "es-MX", "MXN");
  check_tag("es_MX.UTF-8", "es-MX", "MXN");
  check_tag("es-Latn-MX", "es-MX", "MXN");
  check_tag("es-AR", "es-AR", "ARS");
  check_tag("es-419", "es-419", "");
  check_tag("fr-CA", "fr-CA", "CAD");
  check_tag("fr_CH", "fr-CH", "CHF");
  check_tag("fr-SN", "fr-SN", "XOF");
  check_tag("fr-CM", "fr-CM", "XAF");
  check_tag("de-CH", "de-CH", "CHF");
  check_tag("pt-PT", "pt-PT", "EUR");
  check_tag("pt-BR", "pt-BR", "BRL");
  check_tag("zh-Hant-TW", "zh-TW", "TWD");
  check_tag("zh_TW", "zh-TW", "TWD");
  check_tag("zh-Hant", "zh-Hant", "TWD");
  check_tag("zh-Hans-CN", "zh-CN", "CNY");
  check_tag("sr-Latn", "sr-Latn", "RSD");
  check_tag("en-IN", "en-IN", "INR");
  check_tag("sv-SE", "sv-SE", "SEK");
  check_tag("de-CH-1996", "de-CH", "CHF");
  check_tag("EN-gb", "en-GB", "GBP");
  check_tag("th", "th", "THB");
  check_bad("xx", "is not a language ICU knows");
  check_bad("zz-ZZ", "is not a language ICU knows");
  check_bad("Italian", "is not a language ICU knows");
  check_bad("it-ZZ", "region");
  check_bad("", "not a locale");
  check_bad("und", "is not a language ICU knows");
  check_bad("abcdefghijklmnop", "is not a language ICU knows");   /* longer than ICU's language field (make fuzz) */

  /* Likely subtags and traits. */
  CHECK_STR("locale.language.zh-TW", "zh", tn_locale_language(locale_of("zh-Hant-TW")));
  CHECK_STR("locale.region.it", "", tn_locale_region(locale_of("it")));
  CHECK_INT("locale.decimal.de", ',', tn_locale_decimal(locale_of("de")));
  CHECK_INT("locale.decimal.de-CH", '.', tn_locale_decimal(locale_of("de-CH")));
  CHECK_INT("locale.decimal.fr-CA", ',', tn_locale_decimal(locale_of("fr-CA")));
  CHECK_INT("locale.word-breaks.th", 1, tn_locale_word_breaks(locale_of("th")));
  CHECK_INT("locale.word-breaks.zh", 0, tn_locale_word_breaks(locale_of("zh")));
  CHECK_INT("locale.word-breaks.vi", 0, tn_locale_word_breaks(locale_of("vi")));
  CHECK("locale.same-object", locale_of("es-MX")==locale_of("es_MX"));
  CHECK("locale.english", tn_locale_english()==locale_of("en"));

  /* Official languages (CLDR's territory data). */
  CHECK_STR("locale.country.es-MX", "es-MX", tn_locale_tag(tn_locale_in_country(locale_of("es"), "MX")));
  CHECK("locale.country.en-MX", tn_locale_in_country(locale_of("en"), "MX")==NULL);
  CHECK("locale.country.it-CN", tn_locale_in_country(locale_of("it"), "CN")==NULL);
  CHECK_STR("locale.country.fr-CA", "fr-CA", tn_locale_tag(tn_locale_in_country(locale_of("fr"), "CA")));
  CHECK_STR("locale.country.zh-TW", "zh-TW", tn_locale_tag(tn_locale_in_country(locale_of("zh"), "TW")));
  CHECK_STR("locale.country.it-CH", "it-CH", tn_locale_tag(tn_locale_in_country(locale_of("it"), "CH")));

  check_threads();
  check_many();
}

/* The names of currencies read along a locale's chain of bundles
** (tn_currency_names) are ucurr_getName()'s and ucurr_getPluralName()'s:
** the same string, length and default warning, for every currency in
** locales with a chain of their own (es_MX, es_419, es), an alias (zh_CN),
** a parent that skips the language (zh_Hant, sr_Latn), none of their own
** (it_IT), root, and one ICU has not (xx: the default locale's). */
void test_currency_names(void){
  static const char *const locales[] = {
    "it", "it_IT", "it_CH", "es_MX", "es_419", "es_AR", "es_ES", "en", "en_SG", "en_IN", "en_001",
    "zh", "zh_CN", "zh_Hant", "zh_Hant_HK", "sr_Latn", "pt_PT", "pt_BR", "de_CH", "fr_CA", "ar_EG",
    "hi", "ja", "ko", "ru", "tr", "vi", "sw_KE", "root", "xx", "zz_ZZ",
  };
  static const UCurrNameStyle styles[] = { UCURR_SYMBOL_NAME, UCURR_LONG_NAME, UCURR_NARROW_SYMBOL_NAME };
  static const char *const counts[] = { "zero", "one", "two", "few", "many", "other" };
  for(size_t l=0; l<sizeof locales/sizeof locales[0]; l++){
    tn_currency_names *names = tn_currency_names_open(locales[l]);
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *e = ucurr_openISOCurrencies(UCURR_ALL, &status);
    const char *code;
    int32_t clen;
    long asked = 0, differ = 0;
    while( names && (code = uenum_next(e, &clen, &status))!=NULL ){
      UChar iso[4];
      u_charsToUChars(code, iso, 4);
      for(size_t k=0; k<3 + sizeof counts/sizeof counts[0]; k++){
        UBool choice;
        int32_t want_len = -1, got_len = -1;
        UErrorCode want_st = U_ZERO_ERROR, got_st = U_ZERO_ERROR;
        const UChar *want = k<3 ? ucurr_getName(iso, locales[l], styles[k], &choice, &want_len, &want_st)
                                : ucurr_getPluralName(iso, locales[l], &choice, counts[k-3], &want_len, &want_st);
        const UChar *got = k<3 ? tn_currency_names_get(names, iso, styles[k], &got_len, &got_st)
                               : tn_currency_names_plural(names, iso, counts[k-3], &got_len, &got_st);
        asked++;
        differ += want_len!=got_len || !want!=!got || (want && u_memcmp(want, got, want_len)!=0)
                  || U_FAILURE(want_st)!=U_FAILURE(got_st)
                  || (want_st==U_USING_DEFAULT_WARNING)!=(got_st==U_USING_DEFAULT_WARNING);
      }
    }
    uenum_close(e);
    tn_currency_names_close(names);
    char name[96];
    snprintf(name, sizeof name, "currency.names.%s", locales[l]);
    CHECK(name, asked>2000 && differ==0);
  }
}
