/*
** articles.c: the `articles` virtual table, one row per file of a folder.
**
**   SELECT path, lang, published FROM articles('seeds');
**   SELECT path FROM articles('seeds', '*.txt');      -- GLOB on the path
**   CREATE VIRTUAL TABLE temp.news USING articles(dir='seeds', pattern='*.txt');
**
** Columns: path (relative to the folder), size, mtime (ISO 8601 UTC),
** encoding, lang, locale, locale_how, title, source, dateline, published,
** published_how, period, url, body, words, error; hidden: dir, pattern. The folder is walked in path
** order (core/walk.h); each file is decoded to clean UTF-8 (core/decode.h)
** and read as an article (core/article.h). Files are opened only when a
** column needs their content, `path = ?` is answered without a walk, and a
** file that cannot be read is a row whose `error` says why.
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
#include "core/decode.h"
#include "core/utf8.h"
#include "core/walk.h"
#include "core/words.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define ARTICLES_SCHEMA \
  "CREATE TABLE x(path TEXT, size INTEGER, mtime TEXT, encoding TEXT," \
  " lang TEXT, locale TEXT, locale_how TEXT, title TEXT, source TEXT, dateline TEXT, published TEXT," \
  " published_how TEXT, period TEXT, url TEXT, body TEXT, words INTEGER, error TEXT," \
  " dir HIDDEN, pattern HIDDEN)"
enum {
  COL_PATH, COL_SIZE, COL_MTIME, COL_ENCODING, COL_LANG, COL_LOCALE, COL_LOCALE_HOW, COL_TITLE,
  COL_SOURCE, COL_DATELINE, COL_PUBLISHED, COL_PUBLISHED_HOW, COL_PERIOD, COL_URL,
  COL_BODY, COL_WORDS, COL_ERROR, COL_DIR, COL_PATTERN
};

/* idxNum bits: which arguments xFilter gets, in this order. */
#define PLAN_DIR     1
#define PLAN_PATTERN 2
#define PLAN_PATH    4

typedef struct {
  sqlite3_vtab base;
  sqlite3 *db;
  char *dir;       /* from CREATE VIRTUAL TABLE ... (dir=...), or NULL */
  char *pattern;
} articles_vtab;

typedef struct {
  sqlite3_vtab_cursor base;
  tn_walk *walk;
  char *dir, *pattern;   /* this scan's arguments */
  int single;            /* a path = ? lookup: at most one row */
  int eof;
  sqlite3_int64 rowid;
  tn_entry entry;
  char *path;            /* entry.rel as valid UTF-8 */
  /* Content, read on first use. */
  int loaded, parsed;
  tn_decoded text;
  char *read_error;
  tn_article article;
  long words;            /* -2 until counted */
  int period_read;
  char period[16];       /* tn_article_period(), read on first use */
} articles_cursor;

static char *dequote(const char *v){
  size_t n = strlen(v);
  if( n>=2 && (v[0]=='\'' || v[0]=='"') && v[n-1]==v[0] ){
    return sqlite3_mprintf("%.*s", (int)(n-2), v+1);
  }
  return sqlite3_mprintf("%s", v);
}

static int articles_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **out, char **pzErr){
  (void)aux;
  char *dir = NULL, *pattern = NULL;
  for(int i=3; i<argc; i++){
    const char *arg = argv[i];
    const char *eq = strchr(arg, '=');
    size_t klen = eq ? (size_t)(eq-arg) : strlen(arg);
    while( klen && arg[klen-1]==' ' ) klen--;
    char **slot = NULL;
    if( eq && klen==3 && strncmp(arg, "dir", 3)==0 ) slot = &dir;
    else if( eq && klen==7 && strncmp(arg, "pattern", 7)==0 ) slot = &pattern;
    if( !slot ){
      *pzErr = sqlite3_mprintf("articles: unknown parameter '%.*s' (expected dir='folder' or pattern='glob')", (int)klen, arg);
      goto fail;
    }
    if( *slot ){
      *pzErr = sqlite3_mprintf("articles: parameter '%.*s' given more than once", (int)klen, arg);
      goto fail;
    }
    const char *v = eq+1;
    while( *v==' ' ) v++;
    if( !(*slot = dequote(v)) ) goto nomem;
  }
  if( pattern && !dir ){
    *pzErr = sqlite3_mprintf("articles: pattern= needs dir='folder' too");
    goto fail;
  }
  int rc = sqlite3_declare_vtab(db, ARTICLES_SCHEMA);
  if( rc ){ sqlite3_free(dir); sqlite3_free(pattern); return rc; }
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);   /* see Rationale above */
  articles_vtab *t = tn_zalloc(sizeof *t);
  if( !t ) goto nomem;
  t->db = db;
  t->dir = dir;
  t->pattern = pattern;
  *out = &t->base;
  return SQLITE_OK;
nomem:
  sqlite3_free(dir);
  sqlite3_free(pattern);
  return SQLITE_NOMEM;
fail:
  sqlite3_free(dir);
  sqlite3_free(pattern);
  return SQLITE_ERROR;
}

static int articles_disconnect(sqlite3_vtab *vtab){
  articles_vtab *t = (articles_vtab *)vtab;
  sqlite3_free(t->dir);
  sqlite3_free(t->pattern);
  sqlite3_free(t);
  return SQLITE_OK;
}

/* Plans: the folder and pattern come from the hidden columns (the table
** function's arguments) unless the table was created with them; an equality
** on path turns the walk into one lookup; ORDER BY path is free. */
static int articles_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info){
  articles_vtab *t = (articles_vtab *)vtab;
  int slot[3] = { -1, -1, -1 };   /* constraint index for dir, pattern, path */
  int bits[3] = { PLAN_DIR, PLAN_PATTERN, PLAN_PATH };
  for(int i=0; i<info->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int k = c->iColumn==COL_DIR ? 0 : c->iColumn==COL_PATTERN ? 1 : c->iColumn==COL_PATH ? 2 : -1;
    if( k<0 || c->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( k<2 && t->dir ) continue;    /* fixed by CREATE VIRTUAL TABLE */
    if( !c->usable ){
      if( k<2 ) return SQLITE_CONSTRAINT;   /* wait for a plan that has it */
      continue;
    }
    slot[k] = i;
  }
  int argv_index = 0, plan = 0;
  for(int k=0; k<3; k++){
    if( slot[k]<0 ) continue;
    plan |= bits[k];
    info->aConstraintUsage[slot[k]].argvIndex = ++argv_index;
    info->aConstraintUsage[slot[k]].omit = 1;
  }
  info->idxNum = plan;
  if( plan & PLAN_PATH ){
    info->estimatedCost = 10;
    info->estimatedRows = 1;
    info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
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

static void clear_row(articles_cursor *c){
  sqlite3_free(c->path);
  c->path = NULL;
  free(c->text.text);
  memset(&c->text, 0, sizeof c->text);
  sqlite3_free(c->read_error);
  c->read_error = NULL;
  tn_article_free(&c->article);
  c->loaded = c->parsed = c->period_read = 0;
  c->words = -2;
}

static void reset_cursor(articles_cursor *c){
  clear_row(c);
  tn_walk_close(c->walk);
  c->walk = NULL;
  sqlite3_free(c->dir);
  sqlite3_free(c->pattern);
  c->dir = c->pattern = NULL;
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

/* Move to the next entry that matches the pattern. */
static int advance(articles_cursor *c){
  for(;;){
    clear_row(c);
    if( c->single ){ c->eof = 1; return SQLITE_OK; }
    int rc = tn_walk_next(c->walk, &c->entry);
    if( rc<0 ) return SQLITE_NOMEM;
    if( rc==0 ){ c->eof = 1; return SQLITE_OK; }
    if( set_path(c) ) return SQLITE_NOMEM;
    c->rowid++;
    if( !c->pattern || sqlite3_strglob(c->pattern, c->path)==0 ) return SQLITE_OK;
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
  sqlite3_value *dir = plan & PLAN_DIR ? argv[a++] : NULL;
  sqlite3_value *pattern = plan & PLAN_PATTERN ? argv[a++] : NULL;
  sqlite3_value *path = plan & PLAN_PATH ? argv[a++] : NULL;
  if( t->dir ){
    c->dir = sqlite3_mprintf("%s", t->dir);
    c->pattern = t->pattern ? sqlite3_mprintf("%s", t->pattern) : NULL;
    if( !c->dir || (t->pattern && !c->pattern) ) return SQLITE_NOMEM;
  }else{
    if( !dir ){
      sqlite3_free(t->base.zErrMsg);
      t->base.zErrMsg = sqlite3_mprintf("articles(): the folder argument is missing: "
          "use articles('folder') or CREATE VIRTUAL TABLE ... USING articles(dir='folder')");
      return SQLITE_ERROR;
    }
    /* NULL arguments give no rows, as in generate_series(). */
    if( sqlite3_value_type(dir)==SQLITE_NULL
        || (pattern && sqlite3_value_type(pattern)==SQLITE_NULL) ){
      c->eof = 1;
      return SQLITE_OK;
    }
    c->dir = sqlite3_mprintf("%s", sqlite3_value_text(dir));
    if( !c->dir ) return SQLITE_NOMEM;
    if( pattern && !(c->pattern = sqlite3_mprintf("%s", sqlite3_value_text(pattern))) ) return SQLITE_NOMEM;
  }
  char err[512];
  c->walk = tn_walk_open(c->dir, err, sizeof err);
  if( !c->walk ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = sqlite3_mprintf("articles(): %s", err);
    return SQLITE_ERROR;
  }
  if( path ){
    c->single = 1;
    if( sqlite3_value_type(path)==SQLITE_NULL ){ c->eof = 1; return SQLITE_OK; }
    int rc = tn_walk_lookup(c->walk, (const char *)sqlite3_value_text(path), &c->entry);
    if( rc<0 ) return SQLITE_NOMEM;
    if( rc==0 ){ c->eof = 1; return SQLITE_OK; }
    if( set_path(c) ) return SQLITE_NOMEM;
    c->rowid = 1;
    if( c->pattern && sqlite3_strglob(c->pattern, c->path)!=0 ) c->eof = 1;
    return SQLITE_OK;
  }
  return advance(c);
}

static int articles_eof(sqlite3_vtab_cursor *cur){
  return ((articles_cursor *)cur)->eof;
}

/* Read and decode the current file once. Errors are kept for the `error`
** column; only running out of memory fails the statement. */
static int load(articles_cursor *c, sqlite3 *db){
  if( c->loaded ) return SQLITE_OK;
  c->loaded = 1;
  if( c->entry.error ) return SQLITE_OK;
  int fd = open(c->entry.target, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
  if( fd<0 ){
    c->read_error = sqlite3_mprintf("cannot open: %s", strerror(errno));
    return c->read_error ? SQLITE_OK : SQLITE_NOMEM;
  }
  struct stat st;
  sqlite3_int64 limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
  char *bytes = NULL;
  if( fstat(fd, &st)!=0 || !S_ISREG(st.st_mode) ){
    c->read_error = sqlite3_mprintf("not a regular file");
  }else if( st.st_size>limit ){
    c->read_error = sqlite3_mprintf("file too large: %lld bytes, more than SQLITE_LIMIT_LENGTH (%lld)",
                                    (long long)st.st_size, (long long)limit);
  }else if( !(bytes = malloc((size_t)st.st_size + 1)) ){
    close(fd);
    return SQLITE_NOMEM;
  }else{
    size_t got = 0, want = (size_t)st.st_size;
    while( got<want ){
      ssize_t r = read(fd, bytes+got, want-got);
      if( r<0 && errno==EINTR ) continue;
      if( r<=0 ){
        if( r<0 ) c->read_error = sqlite3_mprintf("read failed: %s", strerror(errno));
        break;
      }
      got += (size_t)r;
    }
    /* A file that shrank while read is what it now holds. */
    if( !c->read_error && tn_decode(bytes, got, &c->text)!=0 ){
      if( strcmp(c->text.error, "out of memory")==0 ){ free(bytes); close(fd); return SQLITE_NOMEM; }
      c->read_error = sqlite3_mprintf("%s", c->text.error);
    }
  }
  free(bytes);
  close(fd);
  return SQLITE_OK;
}

static int parse(articles_cursor *c, sqlite3 *db){
  int rc = load(c, db);
  if( rc || c->parsed ) return rc;
  c->parsed = 1;
  if( !c->text.text ) return SQLITE_OK;
  return tn_article_parse(c->text.text, c->text.len, (long long)c->entry.mtime, &c->article) ? SQLITE_NOMEM : SQLITE_OK;
}

static void result_text(sqlite3_context *ctx, const char *s){
  if( s && *s ) sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
}

static int articles_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  articles_cursor *c = (articles_cursor *)cur;
  articles_vtab *t = (articles_vtab *)cur->pVtab;
  sqlite3 *db = t->db;
  int rc = SQLITE_OK;
  switch( col ){
    case COL_PATH: result_text(ctx, c->path); break;
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
    case COL_ENCODING:
      rc = load(c, db);
      if( c->text.text ) result_text(ctx, c->text.encoding);
      break;
    case COL_BODY:
      rc = parse(c, db);
      if( c->text.text ){
        sqlite3_result_text64(ctx, c->text.text + c->article.body_start,
                              c->text.len - c->article.body_start, SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      break;
    case COL_WORDS:
      rc = parse(c, db);
      if( c->text.text && c->words==-2 ){
        c->words = tn_count_words(c->text.text + c->article.body_start,
                                  c->text.len - c->article.body_start);
      }
      if( c->text.text && c->words>=0 ) sqlite3_result_int64(ctx, c->words);
      break;
    case COL_ERROR:
      rc = parse(c, db);
      if( c->entry.error ) result_text(ctx, c->entry.error);
      else if( c->read_error ) result_text(ctx, c->read_error);
      else result_text(ctx, c->article.error);
      break;
    case COL_PERIOD:
      rc = parse(c, db);
      if( c->text.text && !c->period_read ){
        tn_article_period(c->text.text + c->article.body_start, c->text.len - c->article.body_start,
                          &c->article, (long long)c->entry.mtime, c->period);
        c->period_read = 1;
      }
      if( c->text.text ) result_text(ctx, c->period);
      break;
    case COL_DIR: result_text(ctx, c->dir); break;
    case COL_PATTERN: result_text(ctx, c->pattern); break;
    default:
      rc = parse(c, db);
      if( rc ) break;
      switch( col ){
        case COL_LANG: result_text(ctx, c->article.lang); break;
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
