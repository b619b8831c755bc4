/*
** dates.c: the table-valued function dates() and the scalar function
** extract_date(), over core/periods.h.
**
**   SELECT text, start, end, grain FROM dates('nei primi tre trimestri del 2021', 'it');
**   -- primi tre trimestri del 2021|2021-01-01|2021-09-30|quarter
**   SELECT extract_date('hôm qua', 'vi', '2024-03-07');   -- '2024-03-06'
**
** Columns of dates(text [, locale [, ref]]): text (the expression), pos and
** len (in characters), start and end (ISO dates, the first and the last
** day of the period meant; NULL when it cannot be told: a relative date
** without ref, a day without a year and no ref), grain ('day', 'week',
** 'month', 'quarter', 'year', 'range'). ref is the day relative dates
** count from, an ISO date ('2024-03-07'; a time after it is ignored).
** Without a locale the language is detected as detect_lang() does. NULL in
** any argument gives no rows (NULL from extract_date()). All pure.
*/
#include "tradenews.h"
#include "core/periods.h"

#include <stdio.h>
#include <string.h>

enum { COL_TEXT, COL_POS, COL_LEN, COL_START, COL_END, COL_GRAIN, COL_INPUT, COL_LOCALE, COL_REF };

/* The arguments: the text's locale, and ref when given. NULL with *err
** (NULL when out of memory). */
static const tn_locale *arguments(const char *fn, int argc, sqlite3_value **argv, tn_date *ref,
                                  int *has_ref, char **err){
  *has_ref = 0;
  if( (*err = tn_check_text(fn, argv[0]))!=NULL ) return NULL;
  if( argc>2 ){
    const char *s = (const char *)sqlite3_value_text(argv[2]);
    size_t n = s ? strlen(s) : 0;
    if( sqlite3_value_type(argv[2])!=SQLITE_TEXT || n<10 || !tn_parse_iso_date(s, 10, ref)
        || (n>10 && s[10]!=' ' && s[10]!='T') ){
      *err = sqlite3_mprintf("%s(): argument 3 (ref) is not a date like 2024-03-07: '%s'",
                             fn, s ? s : "");
      return NULL;
    }
    *has_ref = 1;
  }
  return tn_text_locale(fn, argv[0], argc>1 ? argv[1] : NULL, err);
}

static void result_day(sqlite3_context *ctx, const tn_period *p, int last){
  if( !p->known ) return;
  tn_date d = last ? p->to : p->from;
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* ---- extract_date() ------------------------------------------------------ */

static int keep_first(const tn_period *p, void *arg){
  *(tn_period *)arg = *p;
  return 1;
}

void tn_extract_date_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( tn_any_null(argc, argv) ) return;
  tn_date ref;
  int has_ref;
  char *err;
  const tn_locale *loc = arguments("extract_date", argc, argv, &ref, &has_ref, &err);
  if( !loc ){
    if( err ) sqlite3_result_error(ctx, err, -1);
    else sqlite3_result_error_nomem(ctx);
    sqlite3_free(err);
    return;
  }
  tn_period first;
  const char *s = (const char *)sqlite3_value_text(argv[0]);
  if( tn_find_periods(loc, s, (size_t)sqlite3_value_bytes(argv[0]), has_ref ? &ref : NULL,
                      keep_first, &first) ){
    result_day(ctx, &first, 0);
  }
}

/* ---- dates() ------------------------------------------------------------- */

typedef struct {
  tn_span span;
  tn_period p;
} row;

static int dates_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db,
      "CREATE TABLE x(text TEXT, pos INTEGER, len INTEGER, start TEXT, end TEXT, grain TEXT, "
      "input HIDDEN, locale HIDDEN, ref HIDDEN)", out);
}

/* idxNum: how many of text, locale, ref are given. */
static int dates_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  return tn_best_index_args(vtab, info, COL_INPUT, 3,
                            "dates(): argument 1 (text) is required: dates(text [, locale [, ref]])");
}

static int dates_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  return tn_spans_open(sizeof(row), out);
}

static int collect(const tn_period *p, void *c){
  row r = { { p->start, p->end, 0, 0 }, *p };
  return tn_spans_add(c, &r);
}

static int dates_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                        int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  int nulls = tn_any_null(plan, argv);
  int rc = tn_spans_start(c, nulls ? NULL : argv[0]);
  if( rc || nulls ) return rc;
  tn_date ref;
  int has_ref;
  char *err;
  const tn_locale *loc = arguments("dates", plan, argv, &ref, &has_ref, &err);
  if( !loc ) return tn_spans_error(cur, err);
  if( tn_find_periods(loc, c->text, c->bytes, has_ref ? &ref : NULL, collect, c)<0 ) return SQLITE_NOMEM;
  return SQLITE_OK;
}

static int dates_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  const row *r = tn_spans_row(c, c->i);
  switch( col ){
    case COL_TEXT:
      sqlite3_result_text(ctx, c->text + r->p.start, (int)(r->p.end - r->p.start), SQLITE_TRANSIENT);
      break;
    case COL_POS: sqlite3_result_int64(ctx, tn_spans_counted(c)->pos); break;
    case COL_LEN: sqlite3_result_int64(ctx, tn_spans_counted(c)->len); break;
    case COL_START: result_day(ctx, &r->p, 0); break;
    case COL_END: result_day(ctx, &r->p, 1); break;
    case COL_GRAIN: sqlite3_result_text(ctx, tn_grain_name(r->p.grain), -1, SQLITE_STATIC); break;
    default: break;     /* the hidden arguments are not echoed */
  }
  return SQLITE_OK;
}

sqlite3_module tn_dates_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only: a function of its arguments */
  .xConnect = dates_connect,
  .xBestIndex = dates_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = dates_open,
  .xClose = tn_spans_close,
  .xFilter = dates_filter,
  .xNext = tn_spans_next,
  .xEof = tn_spans_eof,
  .xColumn = dates_column,
  .xRowid = tn_spans_rowid,
};
