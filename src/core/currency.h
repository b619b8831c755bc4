/*
** currency.h: ISO 4217 currencies as ICU's CLDR data describes them: their
** names and symbols in a locale, and their minor unit digits.
**
**   char name[128];
**   tn_currency_name("CNY", "it", TN_CURRENCY_LONG, name, sizeof name);
**   -- "renminbi cinese"
*/
#ifndef TN_CURRENCY_H
#define TN_CURRENCY_H

#include <stddef.h>
#include <unicode/ucurr.h>

typedef enum { TN_CURRENCY_LONG, TN_CURRENCY_SYMBOL } tn_currency_form;

/* The name or symbol of code (3 upper-case letters) in locale, UTF-8, into
** buf[0..n). Returns 1, or 0 when CLDR does not have it. */
int tn_currency_name(const char *code, const char *locale, tn_currency_form form,
                     char *buf, size_t n);

/* CLDR's names of currencies in one locale, from ICU's bundles of currency
** data along the locale's chain of parents (es_MX, es_419, es, root), each
** opened once: ucurr_getName() and ucurr_getPluralName() read the same
** names but open the locale's bundle again on every call, which was 40% of
** the cost of a lexicon (some 1,500 names a locale). The two below answer
** as those do, the same string and length, U_USING_DEFAULT_WARNING where
** they give it (a name of root's, the locale's own unknown to ICU, or the
** code itself for no name) and U_ZERO_ERROR for their other warnings;
** tests/unit compare them on every currency in every locale ICU has.
** NULL when out of memory. Not for two threads at once. */
typedef struct tn_currency_names tn_currency_names;
tn_currency_names *tn_currency_names_open(const char *locale);
void tn_currency_names_close(tn_currency_names *names);

/* ucurr_getName(iso, locale, style, ...) for style UCURR_SYMBOL_NAME,
** UCURR_LONG_NAME or UCURR_NARROW_SYMBOL_NAME. */
const UChar *tn_currency_names_get(tn_currency_names *names, const UChar *iso, UCurrNameStyle style,
                                   int32_t *len, UErrorCode *status);

/* ucurr_getPluralName(iso, locale, ..., count, ...). */
const UChar *tn_currency_names_plural(tn_currency_names *names, const UChar *iso, const char *count,
                                      int32_t *len, UErrorCode *status);

/* Digits of the minor unit (2 for cents, 0 for JPY), per CLDR. */
int tn_currency_digits(const char *code);

/* Whether s[0..n) (any case) is an ISO 4217 code, current or historical,
** per ICU. */
int tn_currency_is_iso(const char *s, size_t n);

/* Every currency code worth listing, sorted, into out (up to max): ICU's
** current ISO 4217 codes, every code of the rate table, and USD. Returns
** how many. */
int tn_currency_codes(char (*out)[4], int max);

#endif
