/*
** amounts.c: the table-valued function amounts() and the scalar functions
** extract_amount() and extract_currency(), over core/money.h.
**
**   SELECT value, currency, text, kind FROM amounts('oltre 10 miliardi di yuan', 'it');
**   -- 10000000000.0|CNY|oltre 10 miliardi di yuan|min
**   SELECT currency FROM amounts('Ventas por $500 millones', 'es-MX');   -- MXN
**   SELECT extract_amount('$3.8 billion'), extract_currency('$3.8 billion');
**   -- 3800000000.0|USD
**
** Columns of amounts(text [, locale]): value, currency (ISO 4217 or NULL),
** text (the span), pos and len (in characters: substr(text, pos, len) is
** the span), kind ('exact', 'approx', 'min', 'max', 'range'), low and high
** (a range's bounds; the bound of min or max), role ('level', 'change',
** 'from', 'to': "rose from $8 billion to $10 billion" is two amounts, a
** from and a to), restates (the 1-based row of the amount this one
** restates: "100 milioni di yuan, pari a 14,2 milioni di dollari"; else
** NULL). The locale is a tag such as
** 'it', 'es-MX' or 'fr_CA' (core/locale.h): its region decides what "$",
** "pesos" or "francs" mean. Without it the language is detected as
** detect_lang() does (English when it cannot tell). NULL in any argument
** gives no rows (and NULL from the scalar functions). All pure.
*/
#include "tradenews.h"
#include "core/money.h"

#include <math.h>
#include <string.h>

/* ---- arguments ---------------------------------------------------------- */

/* ---- extract_amount(), extract_currency() ------------------------------- */

static int keep_first(const tn_amount *a, void *arg){
  *(tn_amount *)arg = *a;
  return 1;
}

void tn_extract_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *fn = sqlite3_user_data(ctx);
  if( tn_any_null(argc, argv) ) return;
  const tn_locale *loc = NULL;
  char *err = tn_check_text(fn, argv[0]);
  if( !err && !(loc = tn_text_locale(fn, argv[0], argc>1 ? argv[1] : NULL, &err)) && !err ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if( err ){
    sqlite3_result_error(ctx, err, -1);
    sqlite3_free(err);
    return;
  }
  tn_amount first;
  const char *s = (const char *)sqlite3_value_text(argv[0]);
  int rc = tn_find_amounts(loc, s, (size_t)sqlite3_value_bytes(argv[0]), keep_first, &first);
  if( rc<0 ){ sqlite3_result_error_nomem(ctx); return; }
  if( rc==0 ) return;                              /* no amount */
  if( strcmp(fn, "extract_amount")==0 ) sqlite3_result_double(ctx, first.value);
  else if( first.currency[0] ) sqlite3_result_text(ctx, first.currency, -1, SQLITE_TRANSIENT);
}

/* ---- amounts() ------------------------------------------------------------ */

/* Both tables' rows: the amounts (or percentages) one finder of money.h
** reads in the text, each with its span. */
typedef struct {
  tn_span span;
  tn_amount a;
} row;

typedef int finder(const tn_locale *, const char *, size_t, int (*)(const tn_amount *, void *), void *);

static int money_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  return tn_spans_open(sizeof(row), out);
}

static int collect(const tn_amount *a, void *c){
  row r = { { a->start, a->end, 0, 0 }, *a };
  return tn_spans_add(c, &r);
}

/* xFilter of both: the text and locale checked as arguments of fn, then
** the rows find reads. */
static int filter_with(sqlite3_vtab_cursor *cur, int plan, sqlite3_value **argv,
                       const char *fn, finder *find){
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  int nulls = tn_any_null(plan, argv);
  int rc = tn_spans_start(c, nulls ? NULL : argv[0]);
  if( rc || nulls ) return rc;
  char *err = tn_check_text(fn, argv[0]);
  const tn_locale *loc = err ? NULL : tn_text_locale(fn, argv[0], plan>1 ? argv[1] : NULL, &err);
  if( !loc ) return tn_spans_error(cur, err);
  if( find(loc, c->text, c->bytes, collect, c)<0 ) return SQLITE_NOMEM;
  return SQLITE_OK;
}

static void result_bound(sqlite3_context *ctx, double v){
  if( !isnan(v) ) sqlite3_result_double(ctx, v);
}

enum { COL_VALUE, COL_CURRENCY, COL_TEXT, COL_POS, COL_LEN, COL_KIND, COL_LOW, COL_HIGH,
       COL_ROLE, COL_RESTATES, COL_INPUT, COL_LOCALE };

static int amounts_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                           sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db,
      "CREATE TABLE x(value REAL, currency TEXT, text TEXT, pos INTEGER, len INTEGER, "
      "kind TEXT, low REAL, high REAL, role TEXT, restates INTEGER, input HIDDEN, locale HIDDEN)", out);
}

/* idxNum: 1 = text given, 2 = locale given too. */
static int amounts_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  return tn_best_index_args(vtab, info, COL_INPUT, 2,
                            "amounts(): argument 1 (text) is required: amounts(text [, locale])");
}

static int amounts_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                          int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  return filter_with(cur, plan, argv, "amounts", tn_find_amounts);
}

static int amounts_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  const row *r = tn_spans_row(c, c->i);
  switch( col ){
    case COL_VALUE: sqlite3_result_double(ctx, r->a.value); break;
    case COL_CURRENCY:
      if( r->a.currency[0] ) sqlite3_result_text(ctx, r->a.currency, -1, SQLITE_TRANSIENT);
      break;
    case COL_TEXT:
      sqlite3_result_text(ctx, c->text + r->a.start, (int)(r->a.end - r->a.start), SQLITE_TRANSIENT);
      break;
    case COL_POS: sqlite3_result_int64(ctx, tn_spans_counted(c)->pos); break;
    case COL_LEN: sqlite3_result_int64(ctx, tn_spans_counted(c)->len); break;
    case COL_KIND: sqlite3_result_text(ctx, tn_amount_kind_name(r->a.kind), -1, SQLITE_STATIC); break;
    case COL_LOW: result_bound(ctx, r->a.low); break;
    case COL_HIGH: result_bound(ctx, r->a.high); break;
    case COL_ROLE: sqlite3_result_text(ctx, tn_amount_role_name(r->a.role), -1, SQLITE_STATIC); break;
    case COL_RESTATES: if( r->a.restates ) sqlite3_result_int64(ctx, (sqlite3_int64)r->a.restates); break;
    default: break;     /* the hidden arguments are not echoed */
  }
  return SQLITE_OK;
}

sqlite3_module tn_amounts_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only: a function of its arguments */
  .xConnect = amounts_connect,
  .xBestIndex = amounts_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = money_open,
  .xClose = tn_spans_close,
  .xFilter = amounts_filter,
  .xNext = tn_spans_next,
  .xEof = tn_spans_eof,
  .xColumn = amounts_column,
  .xRowid = tn_spans_rowid,
};

/* ---- percents() ------------------------------------------------------------ */

enum { P_VALUE, P_UNIT, P_KIND, P_LOW, P_HIGH, P_ROLE, P_TEXT, P_POS, P_LEN, P_INPUT, P_LOCALE };

static int percents_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db,
      "CREATE TABLE x(value REAL, unit TEXT, kind TEXT, low REAL, high REAL, role TEXT, text TEXT, "
      "pos INTEGER, len INTEGER, input HIDDEN, locale HIDDEN)", out);
}

/* idxNum: 1 = text given, 2 = locale given too. */
static int percents_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  return tn_best_index_args(vtab, info, P_INPUT, 2,
                            "percents(): argument 1 (text) is required: percents(text [, locale])");
}

static int percents_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                           int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  return filter_with(cur, plan, argv, "percents", tn_find_percents);
}

static int percents_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  const row *r = tn_spans_row(c, c->i);
  switch( col ){
    case P_VALUE: sqlite3_result_double(ctx, r->a.value); break;
    case P_UNIT: sqlite3_result_text(ctx, tn_percent_unit_name(r->a.unit), -1, SQLITE_STATIC); break;
    case P_KIND: sqlite3_result_text(ctx, tn_amount_kind_name(r->a.kind), -1, SQLITE_STATIC); break;
    case P_LOW: result_bound(ctx, r->a.low); break;
    case P_HIGH: result_bound(ctx, r->a.high); break;
    case P_ROLE: sqlite3_result_text(ctx, tn_amount_role_name(r->a.role), -1, SQLITE_STATIC); break;
    case P_TEXT:
      sqlite3_result_text(ctx, c->text + r->a.start, (int)(r->a.end - r->a.start), SQLITE_TRANSIENT);
      break;
    case P_POS: sqlite3_result_int64(ctx, tn_spans_counted(c)->pos); break;
    case P_LEN: sqlite3_result_int64(ctx, tn_spans_counted(c)->len); break;
    default: break;     /* the hidden arguments are not echoed */
  }
  return SQLITE_OK;
}

sqlite3_module tn_percents_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only: a function of its arguments */
  .xConnect = percents_connect,
  .xBestIndex = percents_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = money_open,
  .xClose = tn_spans_close,
  .xFilter = percents_filter,
  .xNext = tn_spans_next,
  .xEof = tn_spans_eof,
  .xColumn = percents_column,
  .xRowid = tn_spans_rowid,
};
