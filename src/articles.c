/*
** articles.c: the `articles` virtual table, one row per article of the
** files of a folder: one per file of text or a web page, one per record of
** a JSON Lines file or a WARC archive.
**
**   SELECT path, record, lang, published FROM articles('seeds');
**   SELECT path FROM articles('seeds', '*.txt');      -- GLOB on the path
**   SELECT path, record FROM articles('crawl', '*', 'jsonl', 'UTF-8');
**   CREATE VIRTUAL TABLE temp.news USING articles(dir='seeds', pattern='*.txt',
**                                                 format='html', encoding='windows-1258');
**
** Columns: path (relative to the folder), record (0-based index of the
** article in its file), size, mtime (ISO 8601 UTC), format ('text',
** 'html', 'jsonl', 'warc'), encoding, lang, locale, locale_how, title,
** source, dateline, published, published_how, period, url, body, words,
** error; hidden: dir, pattern, format and encoding forced (NULL: by the
** file). (path, record) is the key. The folder is walked in path order
** (core/walk.h); each file is read by the reader of its format
** (core/read/reader.h) and each record as an article (core/article.h). A
** file of text or a page is opened only when a column needs its content; a
** file that may hold many records (JSON Lines, JSON, WARC, or a name that
** does not say) as soon as the scan reaches it. `path = ?` is answered
** without a walk. A file or record that cannot be read is a row whose
** `error` says why; the scan goes on.
**
** Rationale for SQLITE_VTAB_DIRECTONLY: the table reads any file the process
** can read. If a view or trigger of a database file could use it, opening a
** hostile database could read files and show them through the view. Direct
** use only (a statement the application runs, or a TEMP view or table)
** keeps file access in the hands of whoever runs the SQL; persistent schema
** objects that name it fail with "unsafe use of virtual table".
*/
#include "tradenews.h"
#include "core/article.h"
#include "core/read/reader.h"
#include "core/utf8.h"
#include "core/walk.h"
#include "core/words.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ARTICLES_SCHEMA \
  "CREATE TABLE x(path TEXT, record INTEGER, size INTEGER, mtime TEXT, format TEXT, encoding TEXT," \
  " lang TEXT, locale TEXT, locale_how TEXT, title TEXT, source TEXT, dateline TEXT, published TEXT," \
  " published_how TEXT, period TEXT, url TEXT, body TEXT, words INTEGER, error TEXT," \
  " dir HIDDEN, pattern HIDDEN, format_arg HIDDEN, encoding_arg HIDDEN)"
enum {
  COL_PATH, COL_RECORD, COL_SIZE, COL_MTIME, COL_FORMAT, COL_ENCODING, COL_LANG, COL_LOCALE,
  COL_LOCALE_HOW, COL_TITLE, COL_SOURCE, COL_DATELINE, COL_PUBLISHED, COL_PUBLISHED_HOW,
  COL_PERIOD, COL_URL, COL_BODY, COL_WORDS, COL_ERROR,
  COL_DIR, COL_PATTERN, COL_FORMAT_ARG, COL_ENCODING_ARG
};

/* The arguments, in the order of their hidden columns; idxNum has a bit
** for each given, and PLAN_PATH for `path = ?`; xFilter gets them in this
** order. */
#define NARGS 4
#define PLAN_PATH (1 << NARGS)
static const char *const arg_names[NARGS] = { "dir", "pattern", "format", "encoding" };

typedef struct {
  sqlite3_vtab base;
  sqlite3 *db;
  char *args[NARGS];     /* from CREATE VIRTUAL TABLE ... (dir=..., ...), or NULL */
} articles_vtab;

typedef struct {
  sqlite3_vtab_cursor base;
  tn_walk *walk;
  char *args[NARGS];     /* this scan's */
  const tn_format *format;   /* forced, or NULL */
  int single;            /* a path = ? lookup: one file */
  int eof;
  sqlite3_int64 rowid;
  tn_entry entry;
  char *path;            /* entry.rel as valid UTF-8 */
  tn_reader *reader;     /* the file's, once opened */
  char *open_error;      /* why it could not be opened */
  sqlite3_int64 record;
  /* The current record, read on first use for a file of one record. */
  int loaded, parsed, period_read;
  int lang_read;         /* article.lang is known, parsed or not */
  tn_record rec;
  tn_article article;
  long words;            /* -2 until counted */
  char period[16];
} articles_cursor;

static char *dequote(const char *v){
  size_t n = strlen(v);
  if( n>=2 && (v[0]=='\'' || v[0]=='"') && v[n-1]==v[0] ){
    return sqlite3_mprintf("%.*s", (int)(n-2), v+1);
  }
  return sqlite3_mprintf("%s", v);
}

static void free_args(char **args){
  for(int k=0; k<NARGS; k++){ sqlite3_free(args[k]); args[k] = NULL; }
}

/* The forced format of an argument, or NULL with an error message. */
static char *check_format(const char *fn, const char *name, const tn_format **format){
  *format = NULL;
  if( !name ) return NULL;
  if( (*format = tn_format_named(name)) ) return NULL;
  return sqlite3_mprintf("%s: unknown format '%s' (expected 'text', 'html', 'jsonl' or 'warc')", fn, name);
}

static int articles_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **pzErr){
  (void)aux;
  char *args[NARGS] = { NULL };
  const tn_format *format;
  for(int i=3; i<argc; i++){
    const char *arg = argv[i];
    const char *eq = strchr(arg, '=');
    size_t klen = eq ? (size_t)(eq-arg) : strlen(arg);
    while( klen && arg[klen-1]==' ' ) klen--;
    int k = -1;
    for(int a=0; eq && a<NARGS; a++){
      if( klen==strlen(arg_names[a]) && strncmp(arg, arg_names[a], klen)==0 ) k = a;
    }
    if( k<0 ){
      *pzErr = sqlite3_mprintf("articles: unknown parameter '%.*s' (expected dir=, pattern=, format= or encoding=)",
                               (int)klen, arg);
      free_args(args);
      return SQLITE_ERROR;
    }
    if( args[k] ){
      *pzErr = sqlite3_mprintf("articles: parameter '%.*s' given more than once", (int)klen, arg);
      free_args(args);
      return SQLITE_ERROR;
    }
    const char *v = eq+1;
    while( *v==' ' ) v++;
    if( !(args[k] = dequote(v)) ){ free_args(args); return SQLITE_NOMEM; }
  }
  if( (args[1] || args[2] || args[3]) && !args[0] ){
    *pzErr = sqlite3_mprintf("articles: pattern=, format= and encoding= need dir='folder' too");
    free_args(args);
    return SQLITE_ERROR;
  }
  if( (*pzErr = check_format("articles", args[2], &format)) ){ free_args(args); return SQLITE_ERROR; }
  int rc = sqlite3_declare_vtab(db, ARTICLES_SCHEMA);
  if( rc ){ free_args(args); return rc; }
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);   /* see Rationale above */
  articles_vtab *t = tn_zalloc(sizeof *t);
  if( !t ){ free_args(args); return SQLITE_NOMEM; }
  t->db = db;
  memcpy(t->args, args, sizeof args);
  *out = &t->base;
  return SQLITE_OK;
}

static int articles_disconnect(sqlite3_vtab *vtab){
  articles_vtab *t = (articles_vtab *)vtab;
  free_args(t->args);
  sqlite3_free(t);
  return SQLITE_OK;
}

/* Plans: the arguments come from the hidden columns (the table function's
** arguments) unless the table was created with them; an equality on path
** turns the walk into one lookup; ORDER BY path is free. */
static int articles_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  articles_vtab *t = (articles_vtab *)vtab;
  int slot[NARGS + 1];
  for(int k=0; k<=NARGS; k++) slot[k] = -1;
  for(int i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int k = c->iColumn>=COL_DIR ? c->iColumn - COL_DIR : c->iColumn==COL_PATH ? NARGS : -1;
    if( k<0 || c->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( k<NARGS && t->args[0] ) continue;      /* fixed by CREATE VIRTUAL TABLE */
    if( !c->usable ){
      if( k<NARGS ) return SQLITE_CONSTRAINT;   /* wait for a plan that has it */
      continue;
    }
    slot[k] = i;
  }
  int argv_index = 0, plan = 0;
  for(int k=0; k<=NARGS; k++){
    if( slot[k]<0 ) continue;
    plan |= 1 << k;
    info->aConstraintUsage[slot[k]].argvIndex = ++argv_index;
    info->aConstraintUsage[slot[k]].omit = 1;
  }
  info->idxNum = plan;
  if( plan & PLAN_PATH ){
    info->estimatedCost = 10;
    info->estimatedRows = 1;
  }else{
    info->estimatedCost = 100000;
    info->estimatedRows = 10000;
  }
  if( info->nOrderBy==1 && info->aOrderBy[0].iColumn==COL_PATH && !info->aOrderBy[0].desc ){
    info->orderByConsumed = 1;
  }
  return SQLITE_OK;
}

static int articles_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out){
  (void)vtab;
  *out = tn_zalloc(sizeof(articles_cursor));
  return *out ? SQLITE_OK : SQLITE_NOMEM;
}

static void clear_record(articles_cursor *c){
  tn_record_free(&c->rec);
  tn_article_free(&c->article);
  c->loaded = c->parsed = c->period_read = c->lang_read = 0;
  c->words = -2;
}

static void close_file(articles_cursor *c){
  clear_record(c);
  tn_reader_close(c->reader);
  c->reader = NULL;
  sqlite3_free(c->open_error);
  c->open_error = NULL;
  sqlite3_free(c->path);
  c->path = NULL;
}

static void reset_cursor(articles_cursor *c){
  close_file(c);
  tn_walk_close(c->walk);
  c->walk = NULL;
  free_args(c->args);
}

static int articles_close(sqlite3_vtab_cursor *cur){
  articles_cursor *c = (articles_cursor *)cur;
  reset_cursor(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int set_path(articles_cursor *c){
  size_t n;
  char *clean = tn_utf8_sanitize(c->entry.rel, strlen(c->entry.rel), &n);
  if( !clean ) return SQLITE_NOMEM;
  c->path = sqlite3_mprintf("%s", clean);
  free(clean);
  return c->path ? SQLITE_OK : SQLITE_NOMEM;
}

/* Opens the current file's reader. Errors are kept for `error`. */
static int open_file(articles_cursor *c){
  char err[256];
  articles_vtab *t = (articles_vtab *)c->base.pVtab;
  size_t limit = (size_t)sqlite3_limit(t->db, SQLITE_LIMIT_LENGTH, -1);
  c->reader = tn_reader_open(c->entry.target, c->entry.rel, c->format, c->args[3], limit, err, sizeof err);
  if( c->reader ) return SQLITE_OK;
  if( strcmp(err, "out of memory")==0 ) return SQLITE_NOMEM;
  return (c->open_error = sqlite3_mprintf("%s", err)) ? SQLITE_OK : SQLITE_NOMEM;
}

/* Reads the next record of the open file: 1, 0 at its end. */
static int read_record(articles_cursor *c, int *got){
  clear_record(c);
  c->loaded = 1;
  int rc = tn_reader_next(c->reader, &c->rec);
  if( rc<0 ) return SQLITE_NOMEM;
  *got = rc;
  return SQLITE_OK;
}

/* The current record, read on first use. */
static int load(articles_cursor *c){
  if( c->loaded ) return SQLITE_OK;
  c->loaded = 1;
  if( c->entry.error ) return SQLITE_OK;
  int rc = c->reader || c->open_error ? SQLITE_OK : open_file(c), got;
  if( rc || !c->reader ) return rc;
  return read_record(c, &got);
}

/* Enters the current file: one that may hold many records is opened and
** its first record read (*rows: 0 when it has none). */
static int enter_file(articles_cursor *c, int *rows){
  c->record = 0;
  *rows = 1;
  const tn_format *f = c->format ? c->format : tn_format_for_name(c->entry.rel);
  if( c->entry.error || (f && !f->many) ) return SQLITE_OK;
  int rc = open_file(c);
  if( rc || !c->reader ) return rc;
  return read_record(c, rows);
}

/* Moves to the next record: of this file, else the first of the next file
** that matches the pattern and has one. */
static int advance(articles_cursor *c){
  int got, rc;
  if( c->reader && c->loaded && tn_reader_many(c->reader) ){
    if( (rc = read_record(c, &got)) ) return rc;
    if( got ){
      c->record++;
      c->rowid++;
      return SQLITE_OK;
    }
  }
  for(;;){
    close_file(c);
    if( c->single ){ c->eof = 1; return SQLITE_OK; }
    rc = tn_walk_next(c->walk, &c->entry);
    if( rc<0 ) return SQLITE_NOMEM;
    if( rc==0 ){ c->eof = 1; return SQLITE_OK; }
    if( set_path(c) ) return SQLITE_NOMEM;
    if( c->args[1] && sqlite3_strglob(c->args[1], c->path)!=0 ) continue;
    if( (rc = enter_file(c, &got)) ) return rc;
    if( got ){
      c->rowid++;
      return SQLITE_OK;
    }
  }
}

static int articles_next(sqlite3_vtab_cursor *cur){
  return advance((articles_cursor *)cur);
}

static int articles_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                           int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  articles_cursor *c = (articles_cursor *)cur;
  articles_vtab *t = (articles_vtab *)cur->pVtab;
  reset_cursor(c);
  c->eof = 0;
  c->single = 0;
  c->rowid = 0;
  int a = 0;
  sqlite3_value *given[NARGS + 1] = { NULL };
  for(int k=0; k<=NARGS; k++) if( plan & (1 << k) ) given[k] = argv[a++];
  for(int k=0; k<NARGS; k++){
    if( t->args[0] ){
      if( t->args[k] && !(c->args[k] = sqlite3_mprintf("%s", t->args[k])) ) return SQLITE_NOMEM;
      continue;
    }
    if( !given[k] ) continue;
    /* NULL arguments give no rows, as in generate_series(). */
    if( sqlite3_value_type(given[k])==SQLITE_NULL ){ c->eof = 1; return SQLITE_OK; }
    if( !(c->args[k] = sqlite3_mprintf("%s", sqlite3_value_text(given[k]))) ) return SQLITE_NOMEM;
  }
  if( !c->args[0] ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = sqlite3_mprintf("articles(): the folder argument is missing: "
        "use articles('folder') or CREATE VIRTUAL TABLE ... USING articles(dir='folder')");
    return SQLITE_ERROR;
  }
  char *bad = check_format("articles()", c->args[2], &c->format);
  if( bad ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = bad;
    return SQLITE_ERROR;
  }
  char err[512];
  c->walk = tn_walk_open(c->args[0], err, sizeof err);
  if( !c->walk ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = sqlite3_mprintf("articles(): %s", err);
    return SQLITE_ERROR;
  }
  sqlite3_value *path = given[NARGS];
  if( path ){
    c->single = 1;
    if( sqlite3_value_type(path)==SQLITE_NULL ){ c->eof = 1; return SQLITE_OK; }
    int rc = tn_walk_lookup(c->walk, (const char *)sqlite3_value_text(path), &c->entry), got;
    if( rc<0 ) return SQLITE_NOMEM;
    if( rc==0 ){ c->eof = 1; return SQLITE_OK; }
    if( set_path(c) ) return SQLITE_NOMEM;
    c->rowid = 1;
    if( c->args[1] && sqlite3_strglob(c->args[1], c->path)!=0 ){ c->eof = 1; return SQLITE_OK; }
    if( (rc = enter_file(c, &got)) ) return rc;
    if( !got ) c->eof = 1;
    return SQLITE_OK;
  }
  return advance(c);
}

static int articles_eof(sqlite3_vtab_cursor *cur){
  return ((articles_cursor *)cur)->eof;
}

static int parse(articles_cursor *c){
  int rc = load(c);
  if( rc || c->parsed ) return rc;
  c->parsed = 1;
  return tn_article_read(&c->rec, (long long)c->entry.mtime, &c->article) ? SQLITE_NOMEM : SQLITE_OK;
}

/* The lang column: the whole parse when it ran, else the language alone. */
static int read_lang(articles_cursor *c){
  int rc = load(c);
  if( rc || c->parsed || c->lang_read ) return rc;
  c->lang_read = 1;
  return tn_article_read_lang(&c->rec, c->article.lang) ? SQLITE_NOMEM : SQLITE_OK;
}

static void result_text(sqlite3_context *ctx, const char *s){
  if( s && *s ) sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
}

/* The body of the current record, front matter left out: read without
** parsing the article (the body and words columns need no more). */
static int body_of(articles_cursor *c, const char **body, size_t *n){
  int rc = load(c);
  *body = NULL;
  *n = 0;
  if( rc || !c->rec.doc.text ) return rc;
  size_t start = c->parsed ? c->article.body_start : tn_article_body_start(c->rec.doc.text, c->rec.doc.len);
  *body = c->rec.doc.text + start;
  *n = c->rec.doc.len - start;
  return SQLITE_OK;
}

static int articles_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  articles_cursor *c = (articles_cursor *)cur;
  const tn_record *r = &c->rec;
  const char *body;
  size_t body_n;
  int rc = SQLITE_OK;
  switch( col ){
    case COL_PATH: result_text(ctx, c->path); break;
    case COL_RECORD: sqlite3_result_int64(ctx, c->record); break;
    case COL_SIZE:
      if( c->entry.size>=0 ) sqlite3_result_int64(ctx, c->entry.size);
      break;
    case COL_MTIME:
      if( c->entry.mtime ){
        struct tm tm;
        char buf[32];
        gmtime_r(&c->entry.mtime, &tm);
        strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
        result_text(ctx, buf);
      }
      break;
    case COL_FORMAT:
      rc = load(c);
      if( c->reader ) result_text(ctx, c->reader->format->name);
      break;
    case COL_ENCODING:
      rc = load(c);
      if( r->doc.text ) result_text(ctx, r->doc.encoding);
      break;
    case COL_BODY:
      rc = body_of(c, &body, &body_n);
      if( body ) sqlite3_result_text64(ctx, body, body_n, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    case COL_WORDS:
      rc = body_of(c, &body, &body_n);
      if( body && c->words==-2 ) c->words = tn_count_words(body, body_n);
      if( body && c->words>=0 ) sqlite3_result_int64(ctx, c->words);
      break;
    case COL_ERROR:
      rc = parse(c);
      if( c->entry.error ) result_text(ctx, c->entry.error);
      else if( c->open_error ) result_text(ctx, c->open_error);
      else if( r->error[0] ) result_text(ctx, r->error);
      else result_text(ctx, c->article.error);
      break;
    case COL_PERIOD:
      rc = parse(c);
      if( !rc ) rc = body_of(c, &body, &body_n);
      if( body && !c->period_read ){
        tn_article_period(body, body_n, &c->article, (long long)c->entry.mtime, c->period);
        c->period_read = 1;
      }
      if( body ) result_text(ctx, c->period);
      break;
    case COL_LANG:
      rc = read_lang(c);
      result_text(ctx, c->article.lang);
      break;
    case COL_DIR: case COL_PATTERN: case COL_FORMAT_ARG: case COL_ENCODING_ARG:
      result_text(ctx, c->args[col - COL_DIR]);
      break;
    default:
      rc = parse(c);
      if( rc ) break;
      switch( col ){
        case COL_LOCALE:
          if( c->article.locale ) result_text(ctx, tn_locale_tag(c->article.locale));
          break;
        case COL_LOCALE_HOW: result_text(ctx, c->article.locale_how); break;
        case COL_TITLE: result_text(ctx, c->article.title); break;
        case COL_SOURCE: result_text(ctx, c->article.source); break;
        case COL_DATELINE: result_text(ctx, c->article.dateline); break;
        case COL_PUBLISHED: result_text(ctx, c->article.published); break;
        case COL_PUBLISHED_HOW: result_text(ctx, c->article.published_how); break;
        case COL_URL: result_text(ctx, c->article.url); break;
      }
  }
  if( rc==SQLITE_NOMEM ) sqlite3_result_error_nomem(ctx);
  return rc;
}

static int articles_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = ((articles_cursor *)cur)->rowid;
  return SQLITE_OK;
}

sqlite3_module tn_articles_module = {
  .iVersion = 0,
  .xCreate = articles_connect,   /* the same as xConnect: eponymous too */
  .xConnect = articles_connect,
  .xBestIndex = articles_best_index,
  .xDisconnect = articles_disconnect,
  .xDestroy = articles_disconnect,
  .xOpen = articles_open,
  .xClose = articles_close,
  .xFilter = articles_filter,
  .xNext = articles_next,
  .xEof = articles_eof,
  .xColumn = articles_column,
  .xRowid = articles_rowid,
};
