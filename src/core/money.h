/*
** money.h: every sum of money in a text, as a number and an ISO 4217 code.
**
**   static int print(const tn_amount *a, void *arg){ ... return 0; }
**   tn_find_amounts(tn_locale_get("it", err, sizeof err), text, len, print, NULL);
**   -- "oltre 10 miliardi di yuan": value 1e10, CNY, kind min
**
** An amount is a number (digits in the language's format, CJK numerals, or
** spelled-out words read by ICU), its scale words ("miliardi", "亿",
** "lakh"), and a currency before or after it (symbol, code or name, from
** lexicon.h); a number with no currency is not money, which keeps years,
** dates, percentages and counts out. Qualifiers before it set the kind
** ("oltre" min, "circa" approx, "fino a" max); "2-3 tỷ USD", "between 2
** and 3 billion yuan" and "2至3亿元" are one range; a sub-unit after a unit
** is added to it ("2222円13銭"), and one alone is converted ("50 cents" is
** 0.5). One pass over the text, tokens kept in a small sliding window.
*/
#ifndef TN_MONEY_H
#define TN_MONEY_H

#include <stddef.h>
#include "lexicon.h"
#include "locale.h"

/* What a sum is to its sentence: a level ("exports of $10 billion"); a
** change ("rose by $2 billion", "rose $2 billion"); or the from and the to
** of a change ("rose from $8 billion to $10 billion": two amounts, not a
** range; "rose to $10 billion" is a to). */
typedef enum { TN_ROLE_LEVEL, TN_ROLE_CHANGE, TN_ROLE_FROM, TN_ROLE_TO } tn_amount_role;

typedef struct {
  double value;          /* in units of the currency; the low bound of a range */
  double low, high;      /* a range's bounds; for min and max, the bound */
  char currency[4];      /* ISO 4217, or "" when the text does not say */
  tn_amount_kind kind;
  double scale;          /* the multiplier of its scale word ("miliardi": 1e9), or 0 */
  tn_percent_unit unit;  /* of a percentage (tn_find_percents) */
  tn_amount_role role;   /* what the sum is to the sentence: a level, a change... */
  size_t restates;       /* 1-based number of the amount this one restates
                         ** ("100 milioni di yuan, pari a 14,2 milioni di
                         ** dollari"), or 0 */
  size_t start, end;     /* byte offsets of the span in the text */
} tn_amount;

/* Calls found(amount, arg) for each amount of s[0..n), in order of
** appearance, reading it in the locale loc (NULL: English): its words, its
** numbers, and its region's currency for "$" and the like. Stops when found
** returns nonzero and returns that; returns -1 when out of memory, else 0.
** s must be valid UTF-8. */
int tn_find_amounts(const tn_locale *loc, const char *s, size_t n,
                    int (*found)(const tn_amount *, void *), void *arg);

/* tn_find_amounts() for percentages: "9.9%", "16,5 per cento", "百分之十五",
** "15个百分点", "50 basis points" (0.5 point). The grammar is money's, with
** a percent sign or word (lexicon.h: CLDR's, and data lines) for the
** currency; value is in the unit (percent, point or per mille), currency
** "". Percentages are never money, nor money percentages. */
int tn_find_percents(const tn_locale *loc, const char *s, size_t n,
                     int (*found)(const tn_amount *, void *), void *arg);

/* "level", "change", "from" or "to". */
const char *tn_amount_role_name(tn_amount_role role);

/* "exact", "approx", "min", "max" or "range". */
const char *tn_amount_kind_name(tn_amount_kind kind);

#endif
