/*
** helpers.c: what the binding files have in common (see tradenews.h).
*/
#include "tradenews.h"
SQLITE_EXTENSION_INIT3

#include <stdarg.h>
#include <string.h>

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

int tn_disconnect_pure(sqlite3_vtab *vtab){
  sqlite3_free(vtab);
  return SQLITE_OK;
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

const tn_locale *tn_locale_arg(const char *fn, int argi, sqlite3_value *v, char **err){
  *err = NULL;
  if( sqlite3_value_type(v)!=SQLITE_TEXT ){
    *err = sqlite3_mprintf("%s(): argument %d (locale) must be a locale such as 'it' or 'es-MX', got %s",
                           fn, argi, tn_type_name(sqlite3_value_type(v)));
    return NULL;
  }
  char why[192];
  const tn_locale *loc = tn_locale_get((const char *)sqlite3_value_text(v), why, sizeof why);
  if( !loc && strcmp(why, "out of memory")!=0 ){
    *err = sqlite3_mprintf("%s(): argument %d (locale): %s", fn, argi, why);
  }
  return loc;
}
