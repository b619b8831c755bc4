/*
** periods.h: every date expression of a text, as the period it means.
**
**   tn_find_periods(tn_locale_get("it", err, sizeof err),
**                   "nei primi tre trimestri del 2021", n, NULL, found, arg);
**   -- "primi tre trimestri del 2021": quarter, 2021-01-01 to 2021-09-30
**
** What is found, in the locale's forms (CLDR's, and the words of
** data/lang/<code>/dates.txt):
**  - days: "3 marzo 2024", "March 3, 2024", "3/3/2024", "2024年3月3日",
**    ISO dates; a day without its year takes ref's year (or none);
**  - months of a year: "febbraio 2020", "tháng 11/2022", "2022年11月";
**  - quarters and halves: "Q3 2021", "third quarter of 2021", "nei primi
**    tre trimestri del 2021", "2021年前三季度", "quý 3/2021";
**  - years, only where the text uses the number as one: after a word that
**    says so ("nel 2021", "in 2021", "năm 2021") or before one ("2021年");
**  - ranges: "Oct 15-24", "dal 3 al 5 marzo", "from March to May 2024",
**    "2021-2023" after a year word;
**  - dates relative to the day of writing ("yesterday", "ieri", "hôm qua",
**    "上周", "last year", "năm ngoái", "去年"), resolved against ref (NULL:
**    their period is unknown).
** Percentages, amounts, phone numbers, model numbers and bare counts are
** not dates: a number alone is never one.
*/
#ifndef TN_PERIODS_H
#define TN_PERIODS_H

#include <stddef.h>
#include "dates.h"
#include "locale.h"

typedef enum { TN_GRAIN_DAY, TN_GRAIN_WEEK, TN_GRAIN_MONTH, TN_GRAIN_QUARTER, TN_GRAIN_YEAR,
               TN_GRAIN_RANGE } tn_grain;

typedef struct {
  size_t start, end;     /* bytes of the expression in the text */
  tn_grain grain;
  int known;             /* 0 when the period cannot be told (a relative date
                         ** without ref, a day without a year): from and to
                         ** are then zero */
  tn_date from, to;      /* the first and the last day of the period */
} tn_period;

/* Calls found(period, arg) for each date expression of s[0..n) in order;
** stops when found returns nonzero and returns that; else 0. ref is the
** day relative dates count from (NULL: none). s must be valid UTF-8. */
int tn_find_periods(const tn_locale *loc, const char *s, size_t n, const tn_date *ref,
                    int (*found)(const tn_period *, void *), void *arg);

/* "day", "week", "month", "quarter", "year" or "range". */
const char *tn_grain_name(tn_grain grain);

#endif
