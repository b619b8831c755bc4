/*
** detect_lang.c: the SQL function detect_lang(text).
**
**   SELECT detect_lang('Il valore della produzione ha raggiunto i 9,29 miliardi di yuan');
**   -- 'it'
**
** Returns the ISO 639-1 code of the language of text (see core/lang.h; a
** wire brief is read as core/article.h says), or NULL when the text is too
** short to tell. NULL in, NULL out; a number or a
** blob is an error naming the argument.
*/
#include "tradenews.h"
#include "core/article.h"
#include "core/lang.h"

void tn_detect_lang_func(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  int type = sqlite3_value_type(argv[0]);
  if( type==SQLITE_NULL ) return;
  if( type!=SQLITE_TEXT ){
    tn_result_errorf(ctx, "detect_lang(): argument 1 (text) must be text, got %s",
                     tn_type_name(type));
    return;
  }
  const char *s = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  const tn_locale *loc = tn_article_language(s, (size_t)n);
  const char *code = loc ? tn_locale_language(loc) : tn_detect_lang(s, (size_t)n);
  if( code ) sqlite3_result_text(ctx, code, -1, SQLITE_STATIC);
}
