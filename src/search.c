/*
** search.c: the FTS5 tokenizer "tradenews" and the table-valued function
** tokens(), over core/terms.h.
**
**   CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'tradenews');
**   CREATE VIRTUAL TABLE vi_docs USING fts5(body, tokenize = 'tradenews locale vi remove_diacritics 1');
**   SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '出口';
**   SELECT token, pos, len FROM tokens('Xuất khẩu đạt 43,7 tỷ USD', 'vi');
**   -- xuat|1|4  khau|6|4  dat|11|3  43,7|15|4  ty|20|3  usd|24|3
**
** Tokenizer arguments, as pairs: "locale TAG" (a locale tag: 'vi',
** 'zh-TW'; without it the script of each word decides) and
** "remove_diacritics 0|1" (default 1). A bad argument makes CREATE VIRTUAL
** TABLE fail (FTS5 reports "error in tokenizer constructor"). The
** tokenizer is registered on every connection that loads the extension,
** where the host SQLite has FTS5; a database with such a table is read
** without the extension too, except that table. On SQLite 3.47 and later
** it is registered through FTS5's second interface, so that a row's
** fts5_locale() value decides over the table's locale for that row.
**
** Columns of tokens(text [, locale]): token (the term indexed), pos and
** len (its word in the text, in characters: substr(text, pos, len)). NULL
** text or locale gives no rows. Pure.
*/
#include "tradenews.h"
#include "core/terms.h"

#include <string.h>

/* ---- the FTS5 tokenizer ------------------------------------------------- */

typedef struct {
  tn_terms *terms;           /* in the table's locale, or the script's */
  int remove_diacritics;
  char row_tag[32];          /* the locale of the last row that gave one ... */
  tn_terms *row_terms;       /* ... and its cutter */
} tokenizer;

typedef struct {
  void *ctx;
  int (*token)(void *, int, const char *, int, int, int);
} fts5_call;

static int to_fts5(void *arg, const char *term, size_t len, size_t start, size_t end){
  fts5_call *call = arg;
  return call->token(call->ctx, 0, term, (int)len, (int)start, (int)end);
}

static void tokenizer_delete(Fts5Tokenizer *tok){
  tokenizer *t = (tokenizer *)tok;
  if( !t ) return;
  tn_terms_close(t->terms);
  tn_terms_close(t->row_terms);
  sqlite3_free(t);
}

/* "locale TAG", "remove_diacritics 0|1", in any order. */
static int tokenizer_create(void *aux, const char **argv, int argc, Fts5Tokenizer **out){
  (void)aux;
  const tn_locale *loc = NULL;
  int remove_diacritics = 1;
  char why[200];
  if( argc % 2 ) return SQLITE_ERROR;
  for(int i=0; i<argc; i += 2){
    if( strcmp(argv[i], "locale")==0 ){
      if( !(loc = tn_locale_get(argv[i+1], why, sizeof why)) ) return SQLITE_ERROR;
    }else if( strcmp(argv[i], "remove_diacritics")==0
              && (strcmp(argv[i+1], "0")==0 || strcmp(argv[i+1], "1")==0) ){
      remove_diacritics = argv[i+1][0]=='1';
    }else{
      return SQLITE_ERROR;
    }
  }
  tokenizer *t = tn_zalloc(sizeof *t);
  if( !t ) return SQLITE_NOMEM;
  t->remove_diacritics = remove_diacritics;
  if( !(t->terms = tn_terms_open(loc ? tn_locale_id(loc) : NULL, remove_diacritics, why, sizeof why)) ){
    sqlite3_free(t);
    return SQLITE_ERROR;
  }
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static int cut(tn_terms *terms, void *ctx, const char *text, int n,
               int (*token)(void *, int, const char *, int, int, int)){
  fts5_call call = { ctx, token };
  if( n<=0 ) return SQLITE_OK;
  int rc = tn_terms_cut(terms, text, (size_t)n, to_fts5, &call);
  return rc<0 ? SQLITE_ERROR : rc;
}

static int tokenizer_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                              int (*token)(void *, int, const char *, int, int, int)){
  (void)flags;           /* documents and queries are cut alike */
  return cut(((tokenizer *)tok)->terms, ctx, text, n, token);
}

static fts5_tokenizer tokenizer_v1 = { tokenizer_create, tokenizer_delete, tokenizer_tokenize };

/* SQLite 3.47 added a second interface, which hands each call the locale
** of its row (fts5_locale()); where the host has it (fts5_api version 3)
** the tokenizer is registered through it. Its layout, from the FTS5
** documentation, as the sqlite3.h of older hosts has none: */
typedef struct {
  int iVersion;            /* 2 */
  int (*xCreate)(void *, const char **, int, Fts5Tokenizer **);
  void (*xDelete)(Fts5Tokenizer *);
  int (*xTokenize)(Fts5Tokenizer *, void *ctx, int flags, const char *text, int n,
                   const char *locale, int nlocale, int (*token)(void *, int, const char *, int, int, int));
} fts5_tokenizer_v2_layout;

typedef struct {
  fts5_api v1;             /* iVersion, xCreateTokenizer, xFindTokenizer, xCreateFunction */
  int (*xCreateTokenizer_v2)(fts5_api *api, const char *name, void *aux,
                             fts5_tokenizer_v2_layout *tokenizer, void (*destroy)(void *));
} fts5_api_v3_layout;

/* A row's locale, when it gives one, decides over the table's; a locale
** ICU does not know is an error of the statement. */
static int tokenizer_tokenize_v2(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                                 const char *locale, int nlocale,
                                 int (*token)(void *, int, const char *, int, int, int)){
  (void)flags;
  tokenizer *t = (tokenizer *)tok;
  if( nlocale<=0 || !locale ) return cut(t->terms, ctx, text, n, token);
  if( nlocale>=(int)sizeof t->row_tag ) return SQLITE_ERROR;
  if( !t->row_terms || strncmp(t->row_tag, locale, (size_t)nlocale)!=0 || t->row_tag[nlocale] ){
    char tag[sizeof t->row_tag], why[200];
    memcpy(tag, locale, (size_t)nlocale);
    tag[nlocale] = 0;
    const tn_locale *loc = tn_locale_get(tag, why, sizeof why);
    if( !loc ) return SQLITE_ERROR;
    tn_terms_close(t->row_terms);
    t->row_tag[0] = 0;
    if( !(t->row_terms = tn_terms_open(tn_locale_id(loc), t->remove_diacritics, why, sizeof why)) ) return SQLITE_ERROR;
    memcpy(t->row_tag, tag, (size_t)nlocale + 1);
  }
  return cut(t->row_terms, ctx, text, n, token);
}

static fts5_tokenizer_v2_layout tokenizer_v2 = { 2, tokenizer_create, tokenizer_delete, tokenizer_tokenize_v2 };

int tn_register_tokenizer(sqlite3 *db){
  fts5_api *api = NULL;
  sqlite3_stmt *stmt;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL)!=SQLITE_OK ){
    return SQLITE_OK;    /* no FTS5 in this SQLite: nothing to register */
  }
  sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if( !api || api->iVersion<2 ) return SQLITE_OK;
  if( api->iVersion>=3 ){
    fts5_api_v3_layout *v3 = (fts5_api_v3_layout *)api;
    return v3->xCreateTokenizer_v2(api, "tradenews", NULL, &tokenizer_v2, NULL);
  }
  return api->xCreateTokenizer(api, "tradenews", NULL, &tokenizer_v1, NULL);
}

/* ---- tokens() ------------------------------------------------------------ */

enum { COL_TOKEN, COL_POS, COL_LEN, COL_INPUT, COL_LOCALE };

typedef struct {
  tn_span span;
  size_t len;
  char term[3 * 4 * TN_TERMS_WORD_MAX];
} row;

static int tokens_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                          sqlite3_vtab **out, char **err){
  (void)aux; (void)argc; (void)argv; (void)err;
  return tn_connect_pure(db, "CREATE TABLE x(token TEXT, pos INTEGER, len INTEGER, input HIDDEN, locale HIDDEN)", out);
}

/* idxNum: 1 = text given, 2 = locale given too. */
static int tokens_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  return tn_best_index_args(vtab, info, COL_INPUT, 2,
                            "tokens(): argument 1 (text) is required: tokens(text [, locale])");
}

static int tokens_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  return tn_spans_open(sizeof(row), out);
}

static int collect(void *c, const char *term, size_t len, size_t start, size_t end){
  row r = { { start, end, 0, 0 }, len, { 0 } };
  memcpy(r.term, term, len < sizeof r.term ? len : sizeof r.term);
  return tn_spans_add(c, &r);
}

static int tokens_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                         int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  int nulls = tn_any_null(plan, argv);
  int rc = tn_spans_start(c, nulls ? NULL : argv[0]);
  if( rc || nulls ) return rc;
  char *err = tn_check_text("tokens", argv[0]);
  const tn_locale *loc = NULL;
  if( !err && plan>1 && !(loc = tn_locale_arg("tokens", 2, argv[1], &err)) && !err ) return SQLITE_NOMEM;
  if( err ) return tn_spans_error(cur, err);
  char why[200];
  tn_terms *t = tn_terms_open(loc ? tn_locale_id(loc) : NULL, 1, why, sizeof why);
  if( !t ) return tn_spans_error(cur, sqlite3_mprintf("tokens(): %s", why));
  rc = tn_terms_cut(t, c->text, c->bytes, collect, c);
  tn_terms_close(t);
  if( rc ) return SQLITE_NOMEM;
  return SQLITE_OK;
}

static int tokens_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  tn_spans_cursor *c = (tn_spans_cursor *)cur;
  const row *r = tn_spans_row(c, c->i);
  switch( col ){
    case COL_TOKEN: sqlite3_result_text(ctx, r->term, (int)r->len, SQLITE_TRANSIENT); break;
    case COL_POS: sqlite3_result_int64(ctx, tn_spans_counted(c)->pos); break;
    case COL_LEN: sqlite3_result_int64(ctx, tn_spans_counted(c)->len); break;
    default: break;     /* the hidden arguments are not echoed */
  }
  return SQLITE_OK;
}

sqlite3_module tn_tokens_module = {
  .iVersion = 0,
  .xCreate = NULL,     /* eponymous only: a function of its arguments */
  .xConnect = tokens_connect,
  .xBestIndex = tokens_best_index,
  .xDisconnect = tn_disconnect_pure,
  .xDestroy = tn_disconnect_pure,
  .xOpen = tokens_open,
  .xClose = tn_spans_close,
  .xFilter = tokens_filter,
  .xNext = tn_spans_next,
  .xEof = tn_spans_eof,
  .xColumn = tokens_column,
  .xRowid = tn_spans_rowid,
};
