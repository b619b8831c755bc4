/*
** percents.c: the table-valued function percents(), over core/money.h.
**
**   SELECT value, unit, kind, text FROM percents('Exports rose 9.9% and margins 50 basis points', 'en');
**   -- 9.9|percent|exact|9.9%
**   -- 0.5|point|exact|50 basis points
**   SELECT value FROM percents('百分之十五', 'zh');   -- 15.0
**
** Columns of percents(text [, locale]): value (in the unit: 9.9 for
** "9.9%", 0.5 for "50 basis points"), unit ('percent', 'point' for
** percentage points, 'permille'), kind ('exact', 'approx', 'min', 'max',
** 'range') with low and high as in amounts(), role as in amounts() ("rose
** from 3% to 5%" is a from and a to), text (the span), pos and len
** (in characters). The locale and NULLs are as in amounts(). Pure.
*/
#include "tradenews.h"
#include "core/money.h"

#include <math.h>

enum { COL_VALUE, COL_UNIT, COL_KIND, COL_LOW, COL_HIGH, COL_ROLE, COL_TEXT, COL_POS, COL_LEN,
       COL_INPUT, COL_LOCALE };

typedef struct {
  tn_span span;
  tn_amount p;
} row;

static int percents_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db,
      "CREATE TABLE x(value REAL, unit TEXT, kind TEXT, low REAL, high REAL, role TEXT, text TEXT, "
      "pos INTEGER, len INTEGER, input HIDDEN, locale HIDDEN)", out);
}

/* idxNum: 1 = text given, 2 = locale given too. */
static int percents_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  return tn_best_index_args(vtab, info, COL_INPUT, 2,
                            "percents(): argument 1 (text) is required: percents(text [, locale])");
}

static int percents_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  return tn_spans_open(sizeof(row), out);
}

static int collect(const tn_amount *p, void *c){
  row r = { { p->start, p->end, 0, 0 }, *p };
  return tn_spans_add(c, &r);
}

static int percents_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                           int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  int nulls = tn_any_null(plan, argv);
  int rc = tn_spans_start(c, nulls ? NULL : argv[0]);
  if( rc || nulls ) return rc;
  char *err = tn_check_text("percents", argv[0]);
  const tn_locale *loc = err ? NULL : tn_text_locale("percents", argv[0], plan>1 ? argv[1] : NULL, &err);
  if( !loc ) return tn_spans_error(cur, err);
  if( tn_find_percents(loc, c->text, c->bytes, collect, c)<0 ) return SQLITE_NOMEM;
  tn_spans_count(c);
  return SQLITE_OK;
}

static int percents_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  const tn_spans_cursor *c = (const tn_spans_cursor *)cur;
  const row *r = tn_spans_row(c, c->i);
  switch( col ){
    case COL_VALUE: sqlite3_result_double(ctx, r->p.value); break;
    case COL_UNIT: sqlite3_result_text(ctx, tn_percent_unit_name(r->p.unit), -1, SQLITE_STATIC); break;
    case COL_KIND: sqlite3_result_text(ctx, tn_amount_kind_name(r->p.kind), -1, SQLITE_STATIC); break;
    case COL_LOW: if( !isnan(r->p.low) ) sqlite3_result_double(ctx, r->p.low); break;
    case COL_HIGH: if( !isnan(r->p.high) ) sqlite3_result_double(ctx, r->p.high); break;
    case COL_ROLE: sqlite3_result_text(ctx, tn_amount_role_name(r->p.role), -1, SQLITE_STATIC); break;
    case COL_TEXT:
      sqlite3_result_text(ctx, c->text + r->p.start, (int)(r->p.end - r->p.start), SQLITE_TRANSIENT);
      break;
    case COL_POS: sqlite3_result_int64(ctx, r->span.pos); break;
    case COL_LEN: sqlite3_result_int64(ctx, r->span.len); break;
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
  .xOpen = percents_open,
  .xClose = tn_spans_close,
  .xFilter = percents_filter,
  .xNext = tn_spans_next,
  .xEof = tn_spans_eof,
  .xColumn = percents_column,
  .xRowid = tn_spans_rowid,
};
