/*
** dates.h: find calendar dates in text the way a language writes them.
**
** The forms come from ICU's CLDR data, not hand lists: for each locale the
** date-time pattern generator gives the patterns for the skeletons "yMMMMd",
** "yMMMd", "yMd", "MMMMd", "MMMd" and "Md" (e.g. Italian "d MMM", English
** "MMMM d", Chinese "M月d日"), and the date format symbols give the month
** names, full and abbreviated. Matching ignores case, so "14 DIC" is found
** with the Italian "dic". ISO dates (2020-10-28) are found in any language.
*/
#ifndef TN_DATES_H
#define TN_DATES_H

#include <stddef.h>
#include "locale.h"

typedef struct {
  int year;   /* 0 when the text gives day and month only */
  int month;  /* 1..12 */
  int day;    /* 1..31 */
} tn_date;

typedef struct {
  tn_date date;
  size_t start, end;   /* byte offsets of the match in the searched text */
} tn_date_match;

/* The first date in s[0..n) in a form of the locale (NULL: CLDR's root
** forms) or in ISO form. Returns 1 and fills *m, or 0 when there is none.
** Thread-safe. */
int tn_find_date(const tn_locale *loc, const char *s, size_t n, tn_date_match *m);

/* The date forms of a locale, and their end: for locale.c, which builds
** them once (everyone else asks tn_locale_dates()). NULL when out of
** memory. */
tn_date_forms *tn_date_forms_build(const tn_locale *loc);
void tn_date_forms_free(tn_date_forms *f);

/* 1 if s[0..n) is exactly an ISO date YYYY-MM-DD of a real day. */
int tn_parse_iso_date(const char *s, size_t n, tn_date *d);

/* The latest year from 1900 to 2099 written as a number of its own in
** s[0..n), or 0 when there is none. */
int tn_latest_year(const char *s, size_t n);

/* 1 if d names a real day (a 0 year is taken as a leap year). */
int tn_date_is_valid(tn_date d);

#endif
