/*
** helpers.c: what the binding files have in common (see tradenews.h).
*/
#include "tradenews.h"
#include "core/article.h"
#include "core/utf8.h"
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

const tn_locale *tn_text_locale(const char *fn, sqlite3_value *text, sqlite3_value *locale_arg, char **err){
  if( locale_arg ) return tn_locale_arg(fn, 2, locale_arg, err);
  *err = NULL;
  const tn_locale *loc = tn_article_language((const char *)sqlite3_value_text(text),
                                             (size_t)sqlite3_value_bytes(text));
  return loc ? loc : tn_locale_english();
}

char *tn_check_text(const char *fn, sqlite3_value *text){
  int type = sqlite3_value_type(text);
  if( type==SQLITE_TEXT ) return NULL;
  return sqlite3_mprintf("%s(): argument 1 (text) must be text, got %s", fn, tn_type_name(type));
}

int tn_best_index_args(sqlite3_vtab *vtab, sqlite3_index_info *info, int first_arg, int nargs,
                       const char *usage){
  int slot[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };
  for(int i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int k = c->iColumn - first_arg;
    if( c->op!=SQLITE_INDEX_CONSTRAINT_EQ || k<0 || k>=nargs || k>=8 ) continue;
    if( !c->usable ) return SQLITE_CONSTRAINT;   /* wait for a plan that has it */
    slot[k] = i;
  }
  if( slot[0]<0 ){
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", usage);
    return SQLITE_ERROR;
  }
  info->idxNum = 0;
  for(int k=0; k<nargs && k<8 && slot[k]>=0; k++){
    info->aConstraintUsage[slot[k]].argvIndex = k + 1;
    info->aConstraintUsage[slot[k]].omit = 1;
    info->idxNum = k + 1;
  }
  info->estimatedCost = 1000;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

void tn_char_span(const char *text, tn_char_counter *at, size_t start, size_t end,
                  sqlite3_int64 *pos, sqlite3_int64 *len){
  at->chars += (sqlite3_int64)tn_utf8_count(text + at->byte, start - at->byte);
  at->byte = start;
  *pos = at->chars + 1;
  *len = (sqlite3_int64)tn_utf8_count(text + start, end - start);
}
