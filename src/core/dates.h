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
#include <stdint.h>
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

/* The same at byte i exactly (a date starting there, as a word). */
int tn_date_at(const tn_locale *loc, const char *s, size_t n, size_t i, tn_date_match *m);

/* The words around dates, from data/dates.txt and data/lang/<code>/dates.txt:
** labels ("Published:", "Pubblicato il"), source labels ("Source:",
** "来源："), words around a time ("alle", "Uhr", "GMT"), words that make a
** year a target ("by 2030", "entro il"), openers of a dateline that are no
** place nor agency ("本报"), words of a whole year ("full year", "全年"),
** and dates relative to the day of writing
** ("yesterday": day -1), quarters and halves ("Q1", "前三季度"), the words
** of ranges ("dal … al", "-") and those that make a number a year ("nel
** 2021", "2021年"). */
typedef enum { TN_DATE_LABEL = 1, TN_DATE_SOURCE, TN_DATE_TIME, TN_DATE_FUTURE, TN_DATE_RELATIVE,
               TN_DATE_PREFIX, TN_DATE_FULLYEAR, TN_DATE_QUARTER, TN_DATE_FROM, TN_DATE_TO,
               TN_DATE_YEAR, TN_DATE_FORECAST } tn_date_word;
typedef enum { TN_UNIT_DAY, TN_UNIT_WEEK, TN_UNIT_MONTH, TN_UNIT_QUARTER, TN_UNIT_YEAR } tn_date_unit;

/* What a word says beyond its kind: a relative word's unit and offset
** ("last year": year, -1), the quarters of a quarter word ("前三季度": 1 to
** 3), whether a year word stands after the year ("2021年") or before it. */
typedef struct {
  tn_date_unit unit;
  int offset;
  int first, last;
  int after;
} tn_date_word_info;

/* The end of the longest word of that kind at byte i of s[0..n) (whole
** words, ignoring case and accents), or 0; what it says in *info (may be
** NULL). */
size_t tn_date_word_at(const tn_locale *loc, tn_date_word kind, const char *s, size_t n, size_t i,
                       tn_date_word_info *info);

/* The end of a month and its year at byte i ("febbraio 2020", "March
** 2024", "2022年11月", CLDR's forms), or 0; the month in *d (day 1). */
size_t tn_month_year_at(const tn_locale *loc, const char *s, size_t n, size_t i, tn_date *d);

/* The end of a weekday name (CLDR, full or abbreviated: "Thứ Sáu",
** "lunedì", "Mon.") at byte i, or 0. */
size_t tn_weekday_at(const tn_locale *loc, const char *s, size_t n, size_t i);

/* The end of a month name at byte i, or 0; its number (1..12) in *month. */
size_t tn_month_name_at(const tn_locale *loc, const char *s, size_t n, size_t i, int *month);

/* Whether an expression of periods.h may start with the character cp: a
** digit, "Q", the first of a word of the data that opens a range, says a
** relative date or a quarter (TN_DATE_FROM, TN_DATE_RELATIVE,
** TN_DATE_QUARTER), or of a date or a month of the patterns of the forms
** f (tn_locale_dates()). 0 only where tn_find_periods() can find none: it
** passes over the words that start so with this one test. */
int tn_period_may_start(const tn_date_forms *f, uint32_t cp);

/* The languages the dates data has words for ("de", "en", …), in its
** order, into codes (at most max). Returns how many. */
int tn_date_languages(char (*codes)[12], int max);

/* 1 if s[0..n) is exactly an ISO date YYYY-MM-DD of a real day. */
int tn_parse_iso_date(const char *s, size_t n, tn_date *d);

/* Whether the year whose digits start at byte i of s[0..n) is a target,
** not the present: right after a word that makes it one ("by 2030", "entro
** il 2025", "đến năm 2030", "到2030年"), or after a forecast word earlier in
** its sentence ("expected to reach … in 2025", "dự kiến … vào năm 2025"). */
int tn_year_is_target(const tn_locale *loc, const char *s, size_t n, size_t i);

/* The year a text dated by day and month only (month 1..12) was written
** in: the latest year from 1900 to 2099 it speaks of as past or present,
** not one after a word that makes it a target ("by 2030", "entro il 2025",
** "到2030年"), nor one after max_year (the file's; 0 for no bound). In
** January or February, when the text reports that year as a whole ("full
** year", "全年"), its later months, or "last year", the year after it. 0 when no year can
** be trusted. */
int tn_year_of_writing(const tn_locale *loc, const char *s, size_t n, int month, int max_year);

/* 1 if d names a real day (a 0 year is taken as a leap year). */
int tn_date_is_valid(tn_date d);

/* Days from 1970-01-01 to a day, and the day of such a number (proleptic
** Gregorian; Howard Hinnant's days_from_civil and civil_from_days). */
long tn_day_number(tn_date d);
tn_date tn_date_of_day(long days);

#endif
