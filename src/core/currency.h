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

typedef enum { TN_CURRENCY_LONG, TN_CURRENCY_SYMBOL } tn_currency_form;

/* The name or symbol of code (3 upper-case letters) in locale, UTF-8, into
** buf[0..n). Returns 1, or 0 when CLDR does not have it. */
int tn_currency_name(const char *code, const char *locale, tn_currency_form form,
                     char *buf, size_t n);

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
