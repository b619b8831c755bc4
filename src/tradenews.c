/*
** tradenews.c: the extension's entry points, tradenews_version() and
** tradenews_info().
**
**   .load ./tradenews                          -- everything
**   SELECT load_extension('./tradenews', 'sqlite3_tradenewsnofs_init');
**                                              -- all but file access
**
** The "nofs" entry point is for hosts that run SQL they do not trust
** (Datasette-like servers, BI tools open to many users): it registers every
** function except the `articles` table, the only thing that reads files.
**
**   SELECT tradenews_version();   -- '0.1.0'
**   SELECT tradenews_info();      -- JSON: versions, commit, entry point
*/
#include "tradenews.h"
SQLITE_EXTENSION_INIT1

#include <stdarg.h>
#include <string.h>
#include <unicode/uversion.h>
#include <utf8proc.h>

#ifndef TN_VERSION
# error "TN_VERSION must be defined by the build (see Makefile)"
#endif
#ifndef TN_COMMIT
# define TN_COMMIT "unknown"
#endif

/* SQLITE_DIRECTONLY, SQLITE_INNOCUOUS and SQLITE_VTAB_DIRECTONLY, which the
** security model rests on, came in SQLite 3.31.0. */
#define TN_MIN_SQLITE 3031000

void tn_result_errorf(sqlite3_context *ctx, const char *fmt, ...){
  va_list ap;
  va_start(ap, fmt);
  char *msg = sqlite3_vmprintf(fmt, ap);
  va_end(ap);
  if( msg ){
    sqlite3_result_error(ctx, msg, -1);
    sqlite3_free(msg);
  }else{
    sqlite3_result_error_nomem(ctx);
  }
}

void *tn_zalloc(size_t size){
  void *p = sqlite3_malloc64(size);
  if( p ) memset(p, 0, size);
  return p;
}

int tn_connect_pure(sqlite3 *db, const char *schema, sqlite3_vtab **out){
  int rc = sqlite3_declare_vtab(db, schema);
  if( rc ) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = tn_zalloc(sizeof **out);
  return *out ? SQLITE_OK : SQLITE_NOMEM;
}

const char *tn_type_name(int type){
  switch( type ){
    case SQLITE_INTEGER: case SQLITE_FLOAT: return "a number";
    case SQLITE_BLOB: return "a blob";
    case SQLITE_NULL: return "NULL";
    default: return "text";
  }
}

int tn_any_null(int argc, sqlite3_value **argv){
  for(int i=0; i<argc; i++) if( sqlite3_value_type(argv[i])==SQLITE_NULL ) return 1;
  return 0;
}

int tn_disconnect_pure(sqlite3_vtab *vtab){
  sqlite3_free(vtab);
  return SQLITE_OK;
}

int tn_registration_failed(sqlite3 *db, const char *name, int rc, char **pzErrMsg){
  *pzErrMsg = sqlite3_mprintf("tradenews: cannot register %s: %s", name, sqlite3_errmsg(db));
  return rc;
}

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, TN_VERSION, -1, SQLITE_STATIC);
}

static void info_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  const char *entry_point = sqlite3_user_data(ctx);
  UVersionInfo icu;
  char icu_version[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, icu_version);
  char *json = sqlite3_mprintf(
      "{\"version\":\"%s\",\"commit\":\"%s\",\"sqlite\":\"%s\","
      "\"icu\":\"%s\",\"utf8proc\":\"%s\",\"lang_engine\":\"CLD2\","
      "\"entry_point\":\"%s\",\"filesystem\":%s}",
      TN_VERSION, TN_COMMIT, sqlite3_libversion(), icu_version,
      utf8proc_version(), entry_point,
      strcmp(entry_point, "sqlite3_tradenews_init")==0 ? "true" : "false");
  if( !json ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, json, -1, sqlite3_free);
}

int tn_register_info(sqlite3 *db, const char *entry_point, char **pzErrMsg){
  int rc = sqlite3_create_function(db, "tradenews_version", 0, TN_PURE, NULL,
                                   version_func, NULL, NULL);
  if( rc ) return tn_registration_failed(db, "tradenews_version", rc, pzErrMsg);
  rc = sqlite3_create_function(db, "tradenews_info", 0, TN_PURE,
                               (void *)entry_point, info_func, NULL, NULL);
  if( rc ) return tn_registration_failed(db, "tradenews_info", rc, pzErrMsg);
  return SQLITE_OK;
}

static int init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi,
                const char *entry_point, int with_files){
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number()<TN_MIN_SQLITE ){
    *pzErrMsg = sqlite3_mprintf("tradenews needs SQLite 3.31.0 or later, this is %s",
                                sqlite3_libversion());
    return SQLITE_ERROR;
  }
  int rc = tn_register_info(db, entry_point, pzErrMsg);
  if( rc==SQLITE_OK ) rc = tn_register_detect_lang(db, pzErrMsg);
  if( rc==SQLITE_OK ) rc = tn_register_amounts(db, pzErrMsg);
  if( rc==SQLITE_OK ) rc = tn_register_fx(db, pzErrMsg);
  if( rc==SQLITE_OK ) rc = tn_register_fx_rates(db, pzErrMsg);
  if( rc==SQLITE_OK ) rc = tn_register_currencies(db, pzErrMsg);
  if( rc==SQLITE_OK && with_files ) rc = tn_register_articles(db, pzErrMsg);
  return rc;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default")))
int sqlite3_tradenews_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  return init(db, pzErrMsg, pApi, "sqlite3_tradenews_init", 1);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default")))
int sqlite3_tradenewsnofs_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  return init(db, pzErrMsg, pApi, "sqlite3_tradenewsnofs_init", 0);
}
