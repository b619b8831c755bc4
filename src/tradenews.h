/*
** tradenews.h: what the SQLite bindings share. The text engine in core/
** never includes this file; only the thin binding files do.
*/
#ifndef TRADENEWS_H
#define TRADENEWS_H

#include <stddef.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3

/* Pure functions: same output for the same input, no side effects, safe in
** views and triggers of an untrusted schema (trusted_schema=OFF). */
#define TN_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* Registration, one per binding file; each returns an SQLite result code
** and on failure leaves a message in *pzErrMsg. */
int tn_register_info(sqlite3 *db, const char *entry_point, char **pzErrMsg);
int tn_register_detect_lang(sqlite3 *db, char **pzErrMsg);
int tn_register_articles(sqlite3 *db, char **pzErrMsg);
int tn_register_amounts(sqlite3 *db, char **pzErrMsg);
int tn_register_fx(sqlite3 *db, char **pzErrMsg);
int tn_register_fx_rates(sqlite3 *db, char **pzErrMsg);
int tn_register_currencies(sqlite3 *db, char **pzErrMsg);

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

/* Failure message for a create_function/create_module that returned rc. */
int tn_registration_failed(sqlite3 *db, const char *name, int rc, char **pzErrMsg);

#endif
