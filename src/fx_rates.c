/*
** fx_rates.c: the eponymous table fx_rates, the compiled monthly exchange
** rates (core/fx.h) as rows.
**
**   SELECT * FROM fx_rates WHERE currency = 'EUR' AND month >= '2021-11' LIMIT 2;
**   -- EUR|2021-11|0.88120714|ecb
**   -- EUR|2021-12|0.88466345|ecb
**
** Columns: currency, month ('YYYY-MM'), units_per_usd (monthly average units
** of the currency per USD), source (see data/fx/README.md). Rows come in
** currency then month order; `currency = ?` and bounds on month narrow the
** scan, and SQLite still checks every constraint itself, so any comparison
** gives the same answer as on a plain table. Gap months have no row.
** Read-only compiled data: innocuous, usable from any schema.
*/
#include "tradenews.h"
#include "core/fx.h"

#include <string.h>

enum { COL_CURRENCY, COL_MONTH, COL_RATE, COL_SOURCE };

/* Plan bits: which constraints xFilter receives, in this order. */
#define PLAN_CURRENCY 1
#define PLAN_FROM     2   /* month >, >= or = */
#define PLAN_TO       4   /* month <, <= or = */
#define PLAN_MONTH_EQ 8   /* one month = value gives both bounds */

typedef struct {
  sqlite3_vtab_cursor base;
  int cur, end_cur;          /* currency index, and one past the last to scan */
  int month, from, to;       /* month number now, and the bounds */
} fx_rates_cursor;

static int fx_rates_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db,
      "CREATE TABLE x(currency TEXT, month TEXT, units_per_usd REAL, source TEXT)", out);
}

static int fx_rates_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  (void)vtab;
  int currency = -1, from = -1, to = -1, eq = -1;
  for(int i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if( !c->usable ) continue;
    if( c->iColumn==COL_CURRENCY && c->op==SQLITE_INDEX_CONSTRAINT_EQ ) currency = i;
    if( c->iColumn!=COL_MONTH ) continue;
    switch( c->op ){
      case SQLITE_INDEX_CONSTRAINT_EQ: eq = i; break;
      case SQLITE_INDEX_CONSTRAINT_GT: case SQLITE_INDEX_CONSTRAINT_GE: from = i; break;
      case SQLITE_INDEX_CONSTRAINT_LT: case SQLITE_INDEX_CONSTRAINT_LE: to = i; break;
    }
  }
  int plan = 0, argc = 0;
  double cost = 60000;
  if( currency>=0 ){
    plan |= PLAN_CURRENCY;
    info->aConstraintUsage[currency].argvIndex = ++argc;
    cost /= 180;
  }
  if( eq>=0 ){
    plan |= PLAN_MONTH_EQ;
    info->aConstraintUsage[eq].argvIndex = ++argc;
    cost /= 300;
  }else{
    if( from>=0 ){ plan |= PLAN_FROM; info->aConstraintUsage[from].argvIndex = ++argc; cost /= 3; }
    if( to>=0 ){ plan |= PLAN_TO; info->aConstraintUsage[to].argvIndex = ++argc; cost /= 3; }
  }
  info->idxNum = plan;
  info->estimatedCost = cost;
  info->estimatedRows = (sqlite3_int64)cost + 1;
  /* Rows come sorted by currency, then month. */
  if( info->nOrderBy>=1 && info->aOrderBy[0].iColumn==COL_CURRENCY && !info->aOrderBy[0].desc
   && (info->nOrderBy==1
       || (info->nOrderBy==2 && info->aOrderBy[1].iColumn==COL_MONTH && !info->aOrderBy[1].desc)) ){
    info->orderByConsumed = 1;
  }
  return SQLITE_OK;
}

static int fx_rates_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  *out = tn_zalloc(sizeof(fx_rates_cursor));
  return *out ? SQLITE_OK : SQLITE_NOMEM;
}

static int fx_rates_close(sqlite3_vtab_cursor *cur){
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* The month number a bound on the month column narrows the scan to, for a
** lower (is_from) or upper bound, or -1 when the value gives no safe bound.
** Months are 'YYYY-MM' text, so a value starting with a year, or a year
** and a month, tells which months cannot match; SQLite checks the rest. */
static int month_bound(sqlite3_value *v, int is_from){
  if( sqlite3_value_type(v)!=SQLITE_TEXT ) return -1;
  const char *s = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v), year = 0;
  if( n<4 ) return -1;
  for(int i=0; i<4; i++){
    if( s[i]<'0' || s[i]>'9' ) return -1;
    year = year*10 + s[i]-'0';
  }
  if( n>=7 && s[4]=='-' && s[5]>='0' && s[5]<='1' && s[6]>='0' && s[6]<='9' ){
    int month = (s[5]-'0')*10 + s[6]-'0';
    if( month>=1 && month<=12 ) return year*12 + month-1;
  }
  return is_from ? year*12 : year*12 + 11;
}

/* Moves to the first row at or after (c->cur, c->month) within the bounds. */
static void settle(fx_rates_cursor *c){
  for(; c->cur<c->end_cur; c->cur++){
    const tn_fx_currency *fx = &tn_fx_currencies[c->cur];
    int first = fx->first_month > c->from ? fx->first_month : c->from;
    int last = fx->first_month + fx->n_months - 1;
    if( last > c->to ) last = c->to;
    if( c->month<first ) c->month = first;
    for(; c->month<=last; c->month++){
      if( tn_fx_month_rate[fx->month_at + (uint32_t)(c->month - fx->first_month)]>0 ) return;
    }
    c->month = 0;
  }
}

static int fx_rates_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                           int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  fx_rates_cursor *c = (fx_rates_cursor *)cur;
  int arg = 0;
  c->cur = 0;
  c->end_cur = tn_fx_ncurrencies;
  c->month = 0;
  c->from = 0;
  c->to = 1<<16;
  if( plan & PLAN_CURRENCY ){
    sqlite3_value *v = argv[arg++];
    int found = sqlite3_value_type(v)==SQLITE_TEXT
              ? tn_fx_find((const char *)sqlite3_value_text(v), (size_t)sqlite3_value_bytes(v)) : -1;
    c->cur = found>=0 ? found : 0;
    c->end_cur = found>=0 ? found+1 : 0;
  }
  if( plan & PLAN_MONTH_EQ ){
    int from = month_bound(argv[arg], 1), to = month_bound(argv[arg], 0);
    arg++;
    if( from>=0 ){ c->from = from; c->to = to; }
  }
  if( plan & PLAN_FROM ){
    int m = month_bound(argv[arg++], 1);
    if( m>=0 ) c->from = m;
  }
  if( plan & PLAN_TO ){
    int m = month_bound(argv[arg++], 0);
    if( m>=0 ) c->to = m;
  }
  settle(c);
  return SQLITE_OK;
}

static int fx_rates_next(sqlite3_vtab_cursor *cur){
  fx_rates_cursor *c = (fx_rates_cursor *)cur;
  c->month++;
  settle(c);
  return SQLITE_OK;
}

static int fx_rates_eof(sqlite3_vtab_cursor *cur){
  fx_rates_cursor *c = (fx_rates_cursor *)cur;
  return c->cur>=c->end_cur;
}

static uint32_t row_index(const fx_rates_cursor *c){
  const tn_fx_currency *fx = &tn_fx_currencies[c->cur];
  return fx->month_at + (uint32_t)(c->month - fx->first_month);
}

static int fx_rates_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  fx_rates_cursor *c = (fx_rates_cursor *)cur;
  char month[8];
  switch( col ){
    case COL_CURRENCY:
      sqlite3_result_text(ctx, tn_fx_currencies[c->cur].code, 3, SQLITE_STATIC);
      break;
    case COL_MONTH:
      tn_fx_month_text(c->month, month);
      sqlite3_result_text(ctx, month, 7, SQLITE_TRANSIENT);
      break;
    case COL_RATE:
      sqlite3_result_double(ctx, tn_fx_month_rate[row_index(c)]);
      break;
    case COL_SOURCE:
      sqlite3_result_text(ctx, tn_fx_sources[tn_fx_month_source[row_index(c)]], -1, SQLITE_STATIC);
      break;
  }
  return SQLITE_OK;
}

static int fx_rates_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = row_index((fx_rates_cursor *)cur);
  return SQLITE_OK;
}

sqlite3_module tn_fx_rates_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only: the data are compiled in */
  .xConnect = fx_rates_connect,
  .xBestIndex = fx_rates_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = fx_rates_open,
  .xClose = fx_rates_close,
  .xFilter = fx_rates_filter,
  .xNext = fx_rates_next,
  .xEof = fx_rates_eof,
  .xColumn = fx_rates_column,
  .xRowid = fx_rates_rowid,
};
