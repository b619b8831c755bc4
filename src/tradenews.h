/*
** tradenews.h: what the SQLite bindings share. The text engine in core/
** never includes this file; only the thin binding files do.
**
** Every function and table of the extension is a row of the registry in
** tradenews.c; the binding files define what the rows point to, and the
** helpers below (helpers.c) are what they have in common.
*/
#ifndef TRADENEWS_H
#define TRADENEWS_H

#include <stddef.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

#include "core/locale.h"

/* Pure functions: same output for the same input, no side effects, safe in
** views and triggers of an untrusted schema (trusted_schema=OFF). */
#define TN_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* ---- what the registry registers (tradenews.c) ------------------------- */

typedef void tn_sql_function(sqlite3_context *, int, sqlite3_value **);

tn_sql_function tn_detect_lang_func;                        /* detect_lang.c */
tn_sql_function tn_extract_func;                            /* amounts.c */
tn_sql_function tn_extract_date_func;                       /* dates.c */
tn_sql_function tn_to_usd_func, tn_fx_rate_func, tn_fx_convert_func, tn_fx_period_func;  /* fx.c */
extern sqlite3_module tn_amounts_module;                    /* amounts.c */
extern sqlite3_module tn_percents_module;                   /* amounts.c */
extern sqlite3_module tn_tokens_module;                     /* search.c */

/* Registers the FTS5 tokenizer "tradenews" on db, where its SQLite has
** FTS5 (search.c). */
int tn_register_tokenizer(sqlite3 *db);
extern sqlite3_module tn_dates_module;                      /* dates.c */
extern sqlite3_module tn_fx_rates_module;                   /* fx_rates.c */
extern sqlite3_module tn_currencies_module;                 /* currencies.c */
extern sqlite3_module tn_articles_module;                   /* articles.c */

/* ---- helpers (helpers.c) ------------------------------------------------ */

/* A zeroed block from sqlite3_malloc(), or NULL: how tables and cursors
** start. */
void *tn_zalloc(size_t size);

/* xConnect of a read-only table over pure data (compiled tables, text
** given as arguments): declares schema, marks it innocuous so untrusted
** schemas may use it, and makes a plain sqlite3_vtab. */
int tn_connect_pure(sqlite3 *db, const char *schema, sqlite3_vtab **out);

/* xDisconnect and xDestroy of a table made by tn_connect_pure(). */
int tn_disconnect_pure(sqlite3_vtab *vtab);

/* How an error message names a value's type: "text", "a number", "a blob". */
const char *tn_type_name(int type);

/* 1 if any of argv[0..argc) is NULL: NULL in gives NULL out. */
int tn_any_null(int argc, sqlite3_value **argv);

/* sqlite3_result_error() with a printf-style message. */
void tn_result_errorf(sqlite3_context *ctx, const char *fmt, ...);

/* The locale of argument number argi (from 1) of function fn, a tag such
** as 'it' or 'es-MX'. NULL with *err, an sqlite3_malloc()ed message that
** names fn, the argument and the value, when it is not one (or NULL *err
** when out of memory). The caller has ruled out a NULL value. */
const tn_locale *tn_locale_arg(const char *fn, int argi, sqlite3_value *v, char **err);

/* The locale to read text in, for functions of (text [, locale]):
** locale_arg if given (checked as tn_locale_arg() does, as argument 2),
** else the language detect_lang() finds (English when it cannot tell, or
** when ICU does not know the language CLD2 names). */
const tn_locale *tn_text_locale(const char *fn, sqlite3_value *text, sqlite3_value *locale_arg, char **err);

/* NULL when argument 1 is text, else a message naming fn (sqlite3_malloc). */
char *tn_check_text(const char *fn, sqlite3_value *text);

/* xBestIndex of a table-valued function whose arguments are the hidden
** columns first_arg .. first_arg+nargs-1, the first required (else the
** error usage): idxNum is how many leading arguments xFilter gets. */
int tn_best_index_args(sqlite3_vtab *vtab, sqlite3_index_info *info, int first_arg, int nargs,
                       const char *usage);

/* Character positions of spans that come in order through one text:
** pos (from 1) and len in characters of text[start..end), counted once. */
typedef struct { size_t byte; sqlite3_int64 chars; } tn_char_counter;
void tn_char_span(const char *text, tn_char_counter *at, size_t start, size_t end,
                  sqlite3_int64 *pos, sqlite3_int64 *len);

/* ---- the cursor of amounts() and dates() (spans.c) ---------------------- */

/* Where a row's span is: bytes start..end of the text, and pos (from 1)
** and len in characters, which tn_spans_counted() fills. Every row starts
** with one. */
typedef struct {
  size_t start, end;
  sqlite3_int64 pos, len;
} tn_span;

/* A copy of the text given and the rows found in it, each row a struct of
** row_size bytes that starts with a tn_span; the rest only the table reads. */
typedef struct {
  sqlite3_vtab_cursor base;
  char *text;               /* the input, NUL-terminated; spans point into it */
  size_t bytes;
  char *rows;               /* n rows of row_size bytes */
  size_t row_size;
  sqlite3_int64 n, cap, i;  /* rows, room, the current one */
  sqlite3_int64 counted;    /* rows before this one have pos and len */
  tn_char_counter at;       /* where counting them got to */
} tn_spans_cursor;

/* xOpen: an empty cursor for rows of row_size bytes. */
int tn_spans_open(size_t row_size, sqlite3_vtab_cursor **out);
/* xFilter starts here: drops the rows and copies text (no text: none).
** SQLITE_OK or SQLITE_NOMEM. */
int tn_spans_start(tn_spans_cursor *c, sqlite3_value *text);
/* Appends a row of row_size bytes: 0, or -1 when out of memory. */
int tn_spans_add(tn_spans_cursor *c, const void *row);
/* Row k (from 0). */
void *tn_spans_row(const tn_spans_cursor *c, sqlite3_int64 k);
/* The current row's span with its pos and len, counted only when a query
** asks for them (most ask for values only), in row order: the spans come
** in order through the text, and the rows are read in order. */
const tn_span *tn_spans_counted(tn_spans_cursor *c);
/* What xFilter returns for a message from the argument checks: err (an
** sqlite3_malloc()ed message, taken) becomes the table's error; NULL err
** means out of memory. */
int tn_spans_error(sqlite3_vtab_cursor *cur, char *err);
int tn_spans_close(sqlite3_vtab_cursor *cur);
int tn_spans_next(sqlite3_vtab_cursor *cur);
int tn_spans_eof(sqlite3_vtab_cursor *cur);
int tn_spans_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid);

#endif
