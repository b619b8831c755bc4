/*
** currencies.c: the eponymous table currencies, one row per ISO 4217 code
** that ICU knows as current or that has exchange rates.
**
**   SELECT code, name, symbol, digits, first_month, last_month
**   FROM currencies WHERE code IN ('EUR', 'ITL');
**   -- EUR|Euro|€|2|1999-01|2026-09
**   -- ITL|Italian Lira|ITL|0|1971-01|2002-02
**   SELECT name FROM currencies('it') WHERE code = 'CNY';   -- renminbi cinese
**
** Columns: code; name and symbol in the locale given as the hidden argument
** (default 'en'; a BCP 47 tag or ICU ID such as 'pt-BR' or 'zh_Hant'),
** NULL where CLDR has none; digits of the minor unit; first_month and
** last_month with a monthly rate (NULL for USD, whose rate is 1, and for
** codes without rates). An unknown locale is an error; a NULL one gives no
** rows. Names come from ICU, rates from the compiled table: innocuous.
*/
#include "tradenews.h"
#include "core/currency.h"
#include "core/locale.h"
#include "core/fx.h"

#include <string.h>

enum { COL_CODE, COL_NAME, COL_SYMBOL, COL_DIGITS, COL_FIRST, COL_LAST, COL_LOCALE };
#define MAX_CODES 512

typedef struct {
  sqlite3_vtab_cursor base;
  char (*codes)[4];
  int n, i;
  const tn_locale *locale;
} currencies_cursor;

static int currencies_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db, "CREATE TABLE x(code TEXT, name TEXT, symbol TEXT, digits INTEGER, "
      "first_month TEXT, last_month TEXT, locale HIDDEN)", out);
}

static int currencies_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  (void)vtab;
  info->idxNum = 0;
  for(int i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if( c->iColumn==COL_LOCALE && c->op==SQLITE_INDEX_CONSTRAINT_EQ ){
      if( !c->usable ) return SQLITE_CONSTRAINT;   /* wait for the argument */
      info->aConstraintUsage[i].argvIndex = 1;
      info->aConstraintUsage[i].omit = 1;
      info->idxNum = 1;
    }
  }
  info->estimatedCost = 300;
  info->estimatedRows = 300;
  return SQLITE_OK;
}

static int currencies_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  *out = tn_zalloc(sizeof(currencies_cursor));
  return *out ? SQLITE_OK : SQLITE_NOMEM;
}

static int currencies_close(sqlite3_vtab_cursor *cur){
  currencies_cursor *c = (currencies_cursor *)cur;
  sqlite3_free(c->codes);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int currencies_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                             int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  currencies_cursor *c = (currencies_cursor *)cur;
  c->i = c->n = 0;
  c->locale = tn_locale_english();
  if( plan ){
    if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return SQLITE_OK;
    char *err;
    if( !(c->locale = tn_locale_arg("currencies", 1, argv[0], &err)) ){
      if( !err ) return SQLITE_NOMEM;
      sqlite3_free(cur->pVtab->zErrMsg);
      cur->pVtab->zErrMsg = err;
      return SQLITE_ERROR;
    }
  }
  if( !c->locale ) return SQLITE_NOMEM;
  if( !c->codes ){
    c->codes = sqlite3_malloc(MAX_CODES * sizeof *c->codes);
    if( !c->codes ) return SQLITE_NOMEM;
  }
  c->n = tn_currency_codes(c->codes, MAX_CODES);
  return SQLITE_OK;
}

static int currencies_next(sqlite3_vtab_cursor *cur){
  ((currencies_cursor *)cur)->i++;
  return SQLITE_OK;
}

static int currencies_eof(sqlite3_vtab_cursor *cur){
  currencies_cursor *c = (currencies_cursor *)cur;
  return c->i>=c->n;
}

static void result_month(sqlite3_context *ctx, const char *code, int last){
  int cur = tn_fx_find(code, 3);
  if( cur<0 ) return;
  const tn_fx_currency *fx = &tn_fx_currencies[cur];
  char month[8];
  tn_fx_month_text(last ? fx->first_month + fx->n_months - 1 : fx->first_month, month);
  sqlite3_result_text(ctx, month, 7, SQLITE_TRANSIENT);
}

static int currencies_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  currencies_cursor *c = (currencies_cursor *)cur;
  const char *code = c->codes[c->i];
  char name[256];
  switch( col ){
    case COL_CODE:
      sqlite3_result_text(ctx, code, 3, SQLITE_TRANSIENT);
      break;
    case COL_NAME: case COL_SYMBOL:
      if( tn_currency_name(code, tn_locale_id(c->locale), col==COL_NAME ? TN_CURRENCY_LONG : TN_CURRENCY_SYMBOL,
                           name, sizeof name) ){
        sqlite3_result_text(ctx, name, -1, SQLITE_TRANSIENT);
      }
      break;
    case COL_DIGITS:
      sqlite3_result_int(ctx, tn_currency_digits(code));
      break;
    case COL_FIRST: case COL_LAST:
      result_month(ctx, code, col==COL_LAST);
      break;
    case COL_LOCALE:
      sqlite3_result_text(ctx, tn_locale_id(c->locale), -1, SQLITE_TRANSIENT);
      break;
  }
  return SQLITE_OK;
}

static int currencies_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = ((currencies_cursor *)cur)->i + 1;
  return SQLITE_OK;
}

sqlite3_module tn_currencies_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only */
  .xConnect = currencies_connect,
  .xBestIndex = currencies_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = currencies_open,
  .xClose = currencies_close,
  .xFilter = currencies_filter,
  .xNext = currencies_next,
  .xEof = currencies_eof,
  .xColumn = currencies_column,
  .xRowid = currencies_rowid,
};
