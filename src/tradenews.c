/*
** tradenews.c: the extension's entry points and its registry: one table of
** every SQL function and one of every table, each row with its flags and
** whether it reads files. Adding a function is adding a row.
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
**   SELECT tradenews_info();      -- JSON: versions, commit, entry point,
**                                 -- the names it registered
*/
#include "tradenews.h"
SQLITE_EXTENSION_INIT1

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

/* ---- the registry ------------------------------------------------------ */

static tn_sql_function version_func, info_func;

/* Every SQL function of the extension: one row per name and number of
** arguments. The user data of each is its name, for error messages, or,
** for tradenews_info(), the entry point. Rows that need the file system
** (needs_fs) are left out by the nofs entry point. */
enum { DATA_NAME, DATA_ENTRY_POINT };
static const struct {
  const char *name;
  int nargs;
  int flags;
  tn_sql_function *func;
  int data;
  int needs_fs;
} functions[] = {
  { "tradenews_version", 0, TN_PURE, version_func, DATA_NAME, 0 },
  { "tradenews_info", 0, TN_PURE, info_func, DATA_ENTRY_POINT, 0 },
  { "detect_lang", 1, TN_PURE, tn_detect_lang_func, DATA_NAME, 0 },
  { "extract_amount", 1, TN_PURE, tn_extract_func, DATA_NAME, 0 },
  { "extract_amount", 2, TN_PURE, tn_extract_func, DATA_NAME, 0 },
  { "extract_currency", 1, TN_PURE, tn_extract_func, DATA_NAME, 0 },
  { "extract_currency", 2, TN_PURE, tn_extract_func, DATA_NAME, 0 },
  { "extract_date", 1, TN_PURE, tn_extract_date_func, DATA_NAME, 0 },
  { "extract_date", 2, TN_PURE, tn_extract_date_func, DATA_NAME, 0 },
  { "extract_date", 3, TN_PURE, tn_extract_date_func, DATA_NAME, 0 },
  { "to_usd", 2, TN_PURE, tn_to_usd_func, DATA_NAME, 0 },
  { "to_usd", 3, TN_PURE, tn_to_usd_func, DATA_NAME, 0 },
  { "fx_rate", 1, TN_PURE, tn_fx_rate_func, DATA_NAME, 0 },
  { "fx_rate", 2, TN_PURE, tn_fx_rate_func, DATA_NAME, 0 },
  { "fx_convert", 3, TN_PURE, tn_fx_convert_func, DATA_NAME, 0 },
  { "fx_convert", 4, TN_PURE, tn_fx_convert_func, DATA_NAME, 0 },
  { "fx_period", 1, TN_PURE, tn_fx_period_func, DATA_NAME, 0 },
  { "fx_period", 2, TN_PURE, tn_fx_period_func, DATA_NAME, 0 },
};

/* Every table: eponymous table-valued functions, and `articles`, which
** reads files. */
static const struct {
  const char *name;
  sqlite3_module *module;
  int needs_fs;
} modules[] = {
  { "amounts", &tn_amounts_module, 0 },
  { "percents", &tn_percents_module, 0 },
  { "tokens", &tn_tokens_module, 0 },
  { "dates", &tn_dates_module, 0 },
  { "fx_rates", &tn_fx_rates_module, 0 },
  { "currencies", &tn_currencies_module, 0 },
  { "articles", &tn_articles_module, 1 },
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, TN_VERSION, -1, SQLITE_STATIC);
}

/* The names the entry point registers, as a JSON array. */
static char *registered_names(int with_files){
  sqlite3_str *out = sqlite3_str_new(NULL);
  const char *sep = "";
  sqlite3_str_appendchar(out, 1, '[');
  for(size_t i=0; i<COUNT(functions); i++){
    if( (functions[i].needs_fs && !with_files) || (i && strcmp(functions[i-1].name, functions[i].name)==0) ) continue;
    sqlite3_str_appendf(out, "%s\"%s\"", sep, functions[i].name);
    sep = ",";
  }
  for(size_t i=0; i<COUNT(modules); i++){
    if( modules[i].needs_fs && !with_files ) continue;
    sqlite3_str_appendf(out, "%s\"%s\"", sep, modules[i].name);
    sep = ",";
  }
  sqlite3_str_appendchar(out, 1, ']');
  return sqlite3_str_finish(out);
}

/* tradenews_info(): the build, the libraries and what this entry point
** registered. */
static void info_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  const char *entry_point = sqlite3_user_data(ctx);
  int with_files = strcmp(entry_point, "sqlite3_tradenews_init")==0;
  char *names = registered_names(with_files);
  if( !names ){ sqlite3_result_error_nomem(ctx); return; }
  UVersionInfo icu;
  char icu_version[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, icu_version);
  char *json = sqlite3_mprintf(
      "{\"version\":\"%s\",\"commit\":\"%s\",\"sqlite\":\"%s\","
      "\"icu\":\"%s\",\"utf8proc\":\"%s\",\"lang_engine\":\"CLD2\","
      "\"entry_point\":\"%s\",\"filesystem\":%s,\"registered\":%s}",
      TN_VERSION, TN_COMMIT, sqlite3_libversion(), icu_version,
      utf8proc_version(), entry_point, with_files ? "true" : "false", names);
  sqlite3_free(names);
  if( !json ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, json, -1, sqlite3_free);
}

static int registration_failed(sqlite3 *db, const char *name, int rc, char **pzErrMsg){
  *pzErrMsg = sqlite3_mprintf("tradenews: cannot register %s: %s", name, sqlite3_errmsg(db));
  return rc;
}

static int init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi,
                const char *entry_point, int with_files){
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number()<TN_MIN_SQLITE ){
    *pzErrMsg = sqlite3_mprintf("tradenews needs SQLite 3.31.0 or later, this is %s",
                                sqlite3_libversion());
    return SQLITE_ERROR;
  }
  for(size_t i=0; i<COUNT(functions); i++){
    if( functions[i].needs_fs && !with_files ) continue;
    void *data = functions[i].data==DATA_ENTRY_POINT ? (void *)entry_point : (void *)functions[i].name;
    int rc = sqlite3_create_function(db, functions[i].name, functions[i].nargs, functions[i].flags,
                                     data, functions[i].func, NULL, NULL);
    if( rc ) return registration_failed(db, functions[i].name, rc, pzErrMsg);
  }
  for(size_t i=0; i<COUNT(modules); i++){
    if( modules[i].needs_fs && !with_files ) continue;
    int rc = sqlite3_create_module(db, modules[i].name, modules[i].module, NULL);
    if( rc ) return registration_failed(db, modules[i].name, rc, pzErrMsg);
  }
  int rc = tn_register_tokenizer(db);
  if( rc ) return registration_failed(db, "the FTS5 tokenizer tradenews", rc, pzErrMsg);
  return SQLITE_OK;
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
