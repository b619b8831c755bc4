/*
** fx.h: exchange rates against the US dollar, compiled in.
**
** The table is generated at build time by tools/fxgen.c from the CSV files of data/fx/
** (see data/fx/README.md for the sources): for every currency, a monthly
** average for each month from its first to its last, and, where the data
** have them, daily rates. Rates are units of the currency per 1 USD.
**
**   int eur = tn_fx_find("eur", 3);
**   tn_when w;  tn_parse_when("2021-12-14", 10, &w);
**   double r = tn_fx_units_per_usd(eur, w);     -- 0.8836..., NaN if none
**
** Which rate a date gets:
**  - a day: that day's rate where the daily data have one, else its month's;
**  - a month: the month's average; a year: the mean of its months;
**  - the latest (TN_WHEN_LATEST): the currency's last month;
**  - after a currency's last month: a retired currency with a successor
**    (DEM -> EUR at 1.95583, data/fx/successors.csv) goes through it; any
**    other currency keeps its last month;
**  - before its first month, or in a gap of the data: no rate (NaN).
** USD is always 1.
*/
#ifndef TN_FX_H
#define TN_FX_H

#include <stddef.h>
#include <stdint.h>

/* One currency of the generated table. Months are numbered year*12 +
** (month-1). */
typedef struct {
  char code[4];            /* ISO 4217, upper case, NUL-terminated */
  uint16_t first_month;    /* month number of its first rate */
  uint16_t n_months;       /* months first..last; a gap has rate 0 */
  uint32_t month_at;       /* index into tn_fx_month_rate/_source */
  uint32_t day_at;         /* index into tn_fx_day/_day_rate */
  uint32_t n_days;         /* daily rates, in date order */
  int16_t successor;       /* index of the currency that replaced it, or -1 */
  double units_per_successor;
} tn_fx_currency;

/* The generated table (build/gen/fx_table.c). */
extern const tn_fx_currency tn_fx_currencies[];
extern const int tn_fx_ncurrencies;
extern const double tn_fx_month_rate[];
extern const uint8_t tn_fx_month_source[];
extern const char *const tn_fx_sources[];
extern const uint8_t tn_fx_day[];        /* day of the month */
/* Per month row: where its days start among its currency's daily rates. */
extern const uint16_t tn_fx_month_day_at[];
extern const double tn_fx_day_rate[];

/* tn_fx_find's answer for "USD", which has no rows: its rate is 1. */
#define TN_FX_USD (-2)

/* The index of currency code s[0..n) (any case), TN_FX_USD, or -1. */
int tn_fx_find(const char *s, size_t n);

/* A point or period in time, as a rate lookup sees it. */
typedef enum { TN_WHEN_LATEST, TN_WHEN_YEAR, TN_WHEN_MONTH, TN_WHEN_DAY } tn_when_kind;
typedef struct {
  tn_when_kind kind;
  int year, month, day;    /* as far as kind says */
} tn_when;

/* Parses what SQLite's date functions accept, plus a bare month or year:
** "2021", "2021-12", "2021-12-14", "2021-12-14 10:00", "2021-12-14T10:00:05.5",
** with an optional "Z" or "+hh:mm" zone (the day is taken in UTC, as SQLite
** does), and a Julian day number ("2459563.5"). Surrounding spaces are
** allowed. Returns 1, or 0 when s[0..n) is none of these. */
int tn_parse_when(const char *s, size_t n, tn_when *w);

/* The civil day of Julian day number jd (SQLite's numeric dates). Returns 0
** when jd is outside years 1..9999. */
int tn_when_from_julian(double jd, tn_when *w);

/* Units of currency `cur` (a tn_fx_find index) per USD at w, or NaN when
** the data have no rate for it (see the rules above). */
double tn_fx_units_per_usd(int cur, tn_when w);

/* The same, and the period whose rate it is into *used (when not NULL): the
** day for a daily rate, else the month or the year averaged; the last month
** for a date after it; w itself for USD. *used is meaningless when the
** answer is NaN. */
double tn_fx_rate_used(int cur, tn_when w, tn_when *used);

/* "YYYY-MM" of month number m into buf[8]. */
void tn_fx_month_text(int m, char buf[8]);

#endif
