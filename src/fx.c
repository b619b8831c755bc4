/*
** fx.c: the SQL functions to_usd(), fx_rate(), fx_convert() and fx_period(), over the
** compiled exchange rates of core/fx.h.
**
**   SELECT to_usd(1e8, 'CNY', '2020-04-08');         -- 14126667.2...
**   SELECT fx_rate('EUR', '2021-12');                -- 0.88466...
**   SELECT fx_convert(100, 'DEM', 'FRF', '1998');    -- in francs
**   SELECT fx_period('EUR', '2021-12-11');           -- '2021-12': no daily rate
**
** A date is what SQLite's date functions take ('2021-12-14',
** '2021-12-14 10:00:00', a Julian day number) or a month or a year ('2021-12',
** '2021'), which means that period's average. No date means the latest rate;
** a NULL date gives NULL like any NULL argument, so a fallback is the
** caller's choice: to_usd(v, c, coalesce(published, '2024')).
** No rate for that currency at that time (before its first month, a gap in
** the data) gives NULL. Unknown codes and malformed dates are errors naming
** the function and the argument.
*/
#include "tradenews.h"
#include "core/currency.h"
#include "core/fx.h"

#include <math.h>
#include <stdio.h>

/* The function's name, for error messages, is its user data. */
#define FN(ctx) ((const char *)sqlite3_user_data(ctx))

/* currency_arg's answer for an ISO 4217 code that the rate data lack (CUC,
** the old BRB): not an error, but every rate is NaN, so the result is NULL. */
#define NO_RATES (-3)

/* Argument i, named `what`, as a currency index, TN_FX_USD or NO_RATES. On a
** bad argument sets the error and returns -1. Callers have ruled out NULL. */
static int currency_arg(sqlite3_context *ctx, sqlite3_value **argv, int i, const char *what){
  if( sqlite3_value_type(argv[i])!=SQLITE_TEXT ){
    tn_result_errorf(ctx, "%s(): argument %d (%s) must be a currency code, got %s",
                     FN(ctx), i+1, what, tn_type_name(sqlite3_value_type(argv[i])));
    return -1;
  }
  const char *s = (const char *)sqlite3_value_text(argv[i]);
  size_t n = (size_t)sqlite3_value_bytes(argv[i]);
  int cur = tn_fx_find(s, n);
  if( cur==-1 && tn_currency_is_iso(s, n) ) return NO_RATES;
  if( cur==-1 ) tn_result_errorf(ctx, "%s(): unknown currency '%s'", FN(ctx), s);
  return cur;
}

/* Argument i as a date into *w; returns 0 and sets the error when bad. */
static int date_arg(sqlite3_context *ctx, sqlite3_value **argv, int i, tn_when *w){
  int type = sqlite3_value_type(argv[i]);
  if( type==SQLITE_INTEGER || type==SQLITE_FLOAT ){
    double jd = sqlite3_value_double(argv[i]);
    if( tn_when_from_julian(jd, w) ) return 1;
    tn_result_errorf(ctx, "%s(): argument %d (date) %.15g is not a Julian day number "
                     "of years 1 to 9999; write a year as text, e.g. '2021'", FN(ctx), i+1, jd);
    return 0;
  }
  if( type!=SQLITE_TEXT ){
    tn_result_errorf(ctx, "%s(): argument %d (date) must be a date, got a blob", FN(ctx), i+1);
    return 0;
  }
  const char *s = (const char *)sqlite3_value_text(argv[i]);
  if( tn_parse_when(s, (size_t)sqlite3_value_bytes(argv[i]), w) ) return 1;
  if( sqlite3_stricmp(s, "now")==0 ){
    tn_result_errorf(ctx, "%s(): argument %d (date) 'now' would change the answer from day "
                     "to day; pass date('now') instead", FN(ctx), i+1);
  }else{
    tn_result_errorf(ctx, "%s(): argument %d (date) is not a date: '%s' (use YYYY-MM-DD, "
                     "YYYY-MM or YYYY)", FN(ctx), i+1, s);
  }
  return 0;
}

/* Argument i as a number into *v; returns 0 and sets the error when bad. */
static int value_arg(sqlite3_context *ctx, sqlite3_value **argv, int i, double *v){
  int type = sqlite3_value_numeric_type(argv[i]);
  if( type!=SQLITE_INTEGER && type!=SQLITE_FLOAT ){
    tn_result_errorf(ctx, "%s(): argument %d (value) must be a number, got %s",
                     FN(ctx), i+1, tn_type_name(type));
    return 0;
  }
  *v = sqlite3_value_double(argv[i]);
  return 1;
}

/* The date argument at i, or the latest rate when the call has no date. */
static int when_arg(sqlite3_context *ctx, int argc, sqlite3_value **argv, int i, tn_when *w){
  *w = (tn_when){ TN_WHEN_LATEST, 0, 0, 0 };
  return i>=argc || date_arg(ctx, argv, i, w);
}

/* A rate is NaN where the data have none: the result is then NULL. */
static void result_rate(sqlite3_context *ctx, double v){
  if( !isnan(v) ) sqlite3_result_double(ctx, v);
}

/* fx_rate(currency [, date]): units of currency per USD. */
void tn_fx_rate_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  tn_when w;
  if( tn_any_null(argc, argv) ) return;
  int cur = currency_arg(ctx, argv, 0, "currency");
  if( cur!=-1 && when_arg(ctx, argc, argv, 1, &w) ) result_rate(ctx, tn_fx_units_per_usd(cur, w));
}

/* fx_period(currency [, date]): the day, month or year whose rate fx_rate()
** gives, as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; NULL when there is none. */
void tn_fx_period_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  tn_when w, used;
  if( tn_any_null(argc, argv) ) return;
  int cur = currency_arg(ctx, argv, 0, "currency");
  if( cur==-1 || !when_arg(ctx, argc, argv, 1, &w) ) return;
  if( isnan(tn_fx_rate_used(cur, w, &used)) || used.kind==TN_WHEN_LATEST ) return;
  /* USD without a date has no period to name (TN_WHEN_LATEST). Else the
  ** full date, cut to the month or the year. */
  char text[16];
  snprintf(text, sizeof text, "%04d-%02d-%02d", used.year, used.month, used.day);
  int len = used.kind==TN_WHEN_DAY ? 10 : used.kind==TN_WHEN_MONTH ? 7 : 4;
  sqlite3_result_text(ctx, text, len, SQLITE_TRANSIENT);
}

/* to_usd(value, currency [, date]). */
void tn_to_usd_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  double value;
  tn_when w;
  if( tn_any_null(argc, argv) || !value_arg(ctx, argv, 0, &value) ) return;
  int cur = currency_arg(ctx, argv, 1, "currency");
  if( cur!=-1 && when_arg(ctx, argc, argv, 2, &w) ){
    result_rate(ctx, value / tn_fx_units_per_usd(cur, w));
  }
}

/* fx_convert(value, from, to [, date]): the date is read once for both. */
void tn_fx_convert_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  double value;
  tn_when w;
  if( tn_any_null(argc, argv) || !value_arg(ctx, argv, 0, &value) ) return;
  int from = currency_arg(ctx, argv, 1, "from");
  if( from==-1 || !when_arg(ctx, argc, argv, 3, &w) ) return;
  int to = currency_arg(ctx, argv, 2, "to");
  if( to!=-1 ){
    result_rate(ctx, value / tn_fx_units_per_usd(from, w) * tn_fx_units_per_usd(to, w));
  }
}
