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
** `error` says why; the scan goes on. On a machine of two processors or
** more, a scan whose columns need the files' content reads them ahead in
** a thread of its own, beside the query's work on the rows before, and in
** the query's thread too while it waits for a row; the rows and their
** order are the same (TRADENEWS_THREADS=0 in the environment: no thread).
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

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

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

/* The columns asked for, from xBestIndex's colUsed, passed to xFilter in
** idxNum above the plan's bits. */
#define NEED_SHIFT (NARGS + 1)
#define NEED(col) (1 << (NEED_SHIFT + (col)))
#define NEEDS_CONTENT (NEED(COL_FORMAT) | NEED(COL_ENCODING) | NEED(COL_LANG) | NEEDS_PARSE \
                       | NEED(COL_BODY) | NEED(COL_WORDS) | NEED(COL_PERIOD) | NEED(COL_ERROR))
#define NEEDS_PARSE (NEED(COL_LOCALE) | NEED(COL_LOCALE_HOW) | NEED(COL_TITLE) | NEED(COL_SOURCE) \
                     | NEED(COL_DATELINE) | NEED(COL_PUBLISHED) | NEED(COL_PUBLISHED_HOW) \
                     | NEED(COL_URL) | NEED(COL_PERIOD) | NEED(COL_ERROR))

typedef struct {
  sqlite3_vtab base;
  sqlite3 *db;
  char *args[NARGS];     /* from CREATE VIRTUAL TABLE ... (dir=..., ...), or NULL */
} articles_vtab;

/* One row: a record of a file, its columns computed when first asked, or
** ahead by the read-ahead thread (see "Reading ahead" below). It owns
** what it points to. */
typedef struct {
  sqlite3_int64 rowid, record;
  char *path;            /* the entry's rel as valid UTF-8 */
  char *rel, *target;    /* the entry's, copied: the walk reuses its own */
  long long size;
  time_t mtime;
  char *entry_error;     /* why the entry cannot be read */
  const char *format;    /* the name of the format that read it */
  char *open_error;      /* why it could not be opened */
  int loaded, parsed, period_read;
  int lang_read;         /* article.lang is known, parsed or not */
  tn_record rec;
  tn_article article;
  long words;            /* -2 until counted */
  char period[16];
} row;

/* What makes the rows of a scan: the walk, and the file of many records
** being read, with the entry of its rows. */
typedef struct {
  tn_walk *walk;
  const char *pattern, *encoding;
  const tn_format *format;   /* forced, or NULL */
  size_t limit;          /* bytes of a record at most */
  int single;            /* a path = ? lookup: one file */
  int ended;
  sqlite3_int64 rowid;
  tn_reader *many;       /* the file of many records being read */
  row file;              /* its entry: path, rel, size, mtime, format */
} producer;

typedef struct ahead ahead;

typedef struct {
  sqlite3_vtab_cursor base;
  char *args[NARGS];     /* this scan's */
  int eof;
  producer make;
  ahead *ahead;          /* the read-ahead thread, or NULL: rows made here */
  row cur;
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
  /* The columns asked for, for the read-ahead (its own bits above the plan's). */
  for(int col=0; col<COL_DIR; col++){
    if( info->colUsed & ((sqlite3_uint64)1 << col) ) plan |= NEED(col);
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

/* ---- a row --------------------------------------------------------------- */

static void row_clear(row *r){
  free(r->path);
  free(r->rel);
  free(r->target);
  free(r->entry_error);
  free(r->open_error);
  tn_record_free(&r->rec);
  tn_article_free(&r->article);
  memset(r, 0, sizeof *r);
  r->words = -2;
}

static char *dup_or_null(const char *s, int *nomem){
  char *d = s ? strdup(s) : NULL;
  if( s && !d ) *nomem = 1;
  return d;
}

/* The row of an entry of the walk (no record read). 0 when out of memory. */
static int row_of_entry(row *r, const tn_entry *e){
  int nomem = 0;
  size_t n;
  row_clear(r);
  r->path = tn_utf8_sanitize(e->rel, strlen(e->rel), &n);
  r->rel = dup_or_null(e->rel, &nomem);
  r->target = dup_or_null(e->target, &nomem);
  r->entry_error = dup_or_null(e->error, &nomem);
  r->size = e->size;
  r->mtime = e->mtime;
  return r->path && !nomem;
}

/* Opens the row's file: its reader, or NULL with the error kept for
** `error` (*rc SQLITE_NOMEM when out of memory). */
static tn_reader *row_open(row *r, const producer *p, int *rc){
  char err[256];
  tn_reader *reader = tn_reader_open(r->target, r->rel, p->format, p->encoding, p->limit, err, sizeof err);
  *rc = SQLITE_OK;
  if( reader ) r->format = reader->format->name;
  else if( strcmp(err, "out of memory")==0 || !(r->open_error = strdup(err)) ) *rc = SQLITE_NOMEM;
  return reader;
}

/* Reads the next record of reader into the row: *got 1, 0 at the end. */
static int row_read(row *r, tn_reader *reader, int *got){
  tn_record_free(&r->rec);
  int rc = tn_reader_next(reader, &r->rec);
  if( rc<0 ) return SQLITE_NOMEM;
  *got = rc;
  return SQLITE_OK;
}

/* The record of a file of one record, read on first use. */
static int row_load(row *r, const producer *p){
  if( r->loaded ) return SQLITE_OK;
  r->loaded = 1;
  if( r->entry_error ) return SQLITE_OK;
  int rc, got;
  tn_reader *reader = row_open(r, p, &rc);
  if( reader ){
    rc = row_read(r, reader, &got);
    tn_reader_close(reader);
  }
  return rc;
}

static int row_parse(row *r, const producer *p){
  int rc = row_load(r, p);
  if( rc || r->parsed ) return rc;
  r->parsed = 1;
  return tn_article_read(&r->rec, (long long)r->mtime, &r->article) ? SQLITE_NOMEM : SQLITE_OK;
}

/* The lang column: the whole parse when it ran, else the language alone. */
static int row_lang(row *r, const producer *p){
  int rc = row_load(r, p);
  if( rc || r->parsed || r->lang_read ) return rc;
  r->lang_read = 1;
  return tn_article_read_lang(&r->rec, r->article.lang) ? SQLITE_NOMEM : SQLITE_OK;
}

/* The body of the record, front matter left out: read without parsing the
** article (the body and words columns need no more). */
static int row_body(row *r, const producer *p, const char **body, size_t *n){
  int rc = row_load(r, p);
  *body = NULL;
  *n = 0;
  if( rc || !r->rec.doc.text ) return rc;
  size_t start = r->parsed ? r->article.body_start : tn_article_body_start(r->rec.doc.text, r->rec.doc.len);
  *body = r->rec.doc.text + start;
  *n = r->rec.doc.len - start;
  return SQLITE_OK;
}

static int row_words(row *r, const producer *p){
  const char *body;
  size_t n;
  int rc = row_body(r, p, &body, &n);
  if( !rc && body && r->words==-2 ) r->words = tn_count_words(body, n);
  return rc;
}

static int row_period(row *r, const producer *p){
  const char *body;
  size_t n;
  int rc = row_parse(r, p);
  if( !rc ) rc = row_body(r, p, &body, &n);
  if( !rc && body && !r->period_read ){
    tn_article_period(body, n, &r->article, (long long)r->mtime, r->period);
    r->period_read = 1;
  }
  return rc;
}

/* ---- the rows of a scan -------------------------------------------------- */

static void producer_close(producer *p){
  tn_reader_close(p->many);
  p->many = NULL;
  row_clear(&p->file);
  tn_walk_close(p->walk);
  p->walk = NULL;
}

/* The entry of the file being read, copied into a row of it. */
static int row_of_file(row *r, const row *file){
  int nomem = 0;
  r->path = dup_or_null(file->path, &nomem);
  r->rel = dup_or_null(file->rel, &nomem);
  r->target = dup_or_null(file->target, &nomem);
  r->entry_error = dup_or_null(file->entry_error, &nomem);
  r->size = file->size;
  r->mtime = file->mtime;
  r->format = file->format;
  return !nomem;
}

/* Makes the row of the current entry, read into p->file. A file that may
** hold many records is opened and its first record read (*got 0 when it
** has none), and kept for the rows after; a file of one record is opened
** when a column needs its content. */
static int enter_file(producer *p, row *r, int *got){
  *got = 1;
  const tn_format *f = p->format ? p->format : tn_format_for_name(p->file.rel);
  if( !row_of_file(r, &p->file) ) return SQLITE_NOMEM;
  if( r->entry_error || (f && !f->many) ) return SQLITE_OK;
  int rc;
  r->loaded = 1;
  tn_reader *reader = row_open(r, p, &rc);
  if( !reader ) return rc;
  p->file.format = r->format;
  if( (rc = row_read(r, reader, got)) || !*got || !tn_reader_many(reader) ){
    tn_reader_close(reader);
  }else{
    p->many = reader;                 /* the rows after read on from it */
  }
  return rc;
}

/* The first row of the walk's entry e into r: 1; 0 when the pattern leaves
** it out or its file holds no record; -1 out of memory. */
static int enter_entry(producer *p, const tn_entry *e, row *r){
  int got;
  if( !row_of_entry(&p->file, e) ) return -1;
  if( p->pattern && sqlite3_strglob(p->pattern, p->file.path)!=0 ) return 0;
  if( enter_file(p, r, &got) ) return -1;
  if( got ) r->rowid = ++p->rowid;
  return got;
}

/* The next row into r (cleared): 1, 0 after the last, SQLITE_NOMEM as -1. */
static int produce(producer *p, row *r){
  int got, rc;
  row_clear(r);
  if( p->ended ) return 0;
  if( p->many ){
    if( !row_of_file(r, &p->file) ) return -1;
    r->loaded = 1;
    if( row_read(r, p->many, &got) ) return -1;
    if( got ){
      r->record = ++p->file.record;
      r->rowid = ++p->rowid;
      return 1;
    }
    tn_reader_close(p->many);
    p->many = NULL;
    row_clear(r);
  }
  for(;;){
    if( p->single ){ p->ended = 1; return 0; }
    tn_entry e;
    rc = tn_walk_next(p->walk, &e);
    if( rc<0 ) return -1;
    if( rc==0 ){ p->ended = 1; return 0; }
    if( (got = enter_entry(p, &e, r))!=0 ) return got;
    row_clear(r);
  }
}

/* The first row of the file at rel (a path = ? lookup), as produce(). */
static int produce_path(producer *p, const char *rel, row *r){
  tn_entry e;
  int rc = tn_walk_lookup(p->walk, rel, &e);
  p->single = 1;
  row_clear(r);
  return rc<=0 ? rc : enter_entry(p, &e, r);
}

/* ---- reading ahead ------------------------------------------------------- */

/* With a second processor, the rows of a scan whose columns need the files'
** content are made ahead, up to AHEAD rows or AHEAD_BYTES of text before
** the one SQLite is on, with the columns the statement asks for computed
** then: reading, decoding, detecting the language and parsing the article.
** A thread of its own makes them beside the query's own work on the rows
** before (amounts() above all); and the query's thread, when the row it
** asks for is still being made and its own work is done (a scan of the
** columns alone), makes the next rows too rather than wait: the two then
** share the work. The rows are taken from the walk in its order, by one
** thread at a time, and given in that order, whichever thread computed
** them, so what a scan gives does not change. TRADENEWS_THREADS=0 in the
** environment makes them where they are asked. */
#define AHEAD 16
#define AHEAD_BYTES (4 << 20)

/* A row of the ring: being taken from the walk or computed, done, or failed
** (out of memory: the scan ends there). */
enum { ROW_BUSY, ROW_DONE, ROW_FAILED };

/* The thread that makes rows is woken in batches, not a row at a time:
** when half the ring is taken. */
struct ahead {
  pthread_t thread;
  pthread_mutex_t mutex;
  pthread_cond_t done, taken;
  int taker_waits, maker_waits;
  row rows[AHEAD];       /* a ring: count rows from first */
  int state[AHEAD];
  size_t first, count, bytes;
  int taking;            /* a thread is taking a row from the walk */
  int ended, nomem, stop;
  producer *make;
  int needs;
  int prepare_failed;    /* a lexicon could not be built (out of memory): build no more */
};

/* Whether the ring is too full to make another row. */
static int full(const ahead *a){
  return a->count==AHEAD || (a->count && a->bytes>AHEAD_BYTES);
}

/* Computes now the columns of r the statement asks for. */
static int complete(row *r, const producer *p, int needs){
  int rc = needs & NEEDS_CONTENT ? row_load(r, p) : SQLITE_OK;
  if( !rc && (needs & NEEDS_PARSE) ) rc = row_parse(r, p);
  if( !rc && (needs & NEED(COL_LANG)) ) rc = row_lang(r, p);
  if( !rc && (needs & NEED(COL_WORDS)) ) rc = row_words(r, p);
  if( !rc && (needs & NEED(COL_PERIOD)) ) rc = row_period(r, p);
  return rc;
}

/* Takes the next row of the walk into the ring, for the caller to compute
** (a->mutex held): its place; -1 when the ring is full, the walk over or
** the other thread taking one; -2 when the walk has just ended, the lock
** let go meanwhile (the ring may have changed). The walk's step (a system
** call or two, or the next record of a file of many) runs outside the
** lock, its place kept, one thread at a time: the rows keep the walk's
** order. */
static int take_next(ahead *a){
  if( a->ended || a->stop || a->taking || full(a) ) return -1;
  int k = (int)((a->first + a->count) % AHEAD);
  a->state[k] = ROW_BUSY;
  a->count++;
  a->taking = 1;
  pthread_mutex_unlock(&a->mutex);
  int got = produce(a->make, &a->rows[k]);
  pthread_mutex_lock(&a->mutex);
  a->taking = 0;
  if( a->maker_waits ) pthread_cond_signal(&a->taken);
  if( got<=0 ){
    row_clear(&a->rows[k]);
    a->count--;
    a->ended = 1;
    a->nomem = got<0;
    if( a->taker_waits ) pthread_cond_signal(&a->done);
    return -2;
  }
  return k;
}

/* Computes the row at place k outside the lock, then marks it done. */
static void compute(ahead *a, int k){
  pthread_mutex_unlock(&a->mutex);
  int failed = complete(&a->rows[k], a->make, a->needs)!=SQLITE_OK;
  pthread_mutex_lock(&a->mutex);
  a->state[k] = failed ? ROW_FAILED : ROW_DONE;
  a->bytes += a->rows[k].rec.doc.len;
  if( failed ) a->ended = 1;
  if( a->taker_waits && (size_t)k==a->first ) pthread_cond_signal(&a->done);
}

/* With the ring full, builds the lexicon of a locale of its rows that has
** none yet (a->mutex held, let go meanwhile): amounts() and percents()
** on the rows, the query's usual next step, would build it in the query's
** thread while this one waits. The last rows first: the query's thread,
** on the first, may be building theirs. 0 when there is none to build. */
static int prepare_locale(ahead *a){
  const tn_locale *loc = NULL;
  for(size_t j=a->count; j>0 && !loc && !a->prepare_failed; j--){
    size_t k = (a->first + j - 1) % AHEAD;
    const tn_locale *l = a->state[k]==ROW_DONE ? a->rows[k].article.locale : NULL;
    if( l && !tn_locale_lexicon_built(l) ) loc = l;
  }
  if( !loc ) return 0;
  pthread_mutex_unlock(&a->mutex);
  int built = tn_locale_lexicon(loc)!=NULL;
  pthread_mutex_lock(&a->mutex);
  a->prepare_failed = !built;
  return 1;
}

static void *read_ahead(void *arg){
  ahead *a = arg;
  pthread_mutex_lock(&a->mutex);
  for(;;){
    int k = take_next(a);
    if( k>=0 ){
      compute(a, k);
      continue;
    }
    if( a->stop || a->ended ) break;
    if( full(a) && prepare_locale(a) ) continue;
    a->maker_waits = 1;
    pthread_cond_wait(&a->taken, &a->mutex);
    a->maker_waits = 0;
  }
  pthread_mutex_unlock(&a->mutex);
  return NULL;
}

static int reading_ahead_wanted(int needs){
  const char *threads = getenv("TRADENEWS_THREADS");
  if( !(needs & NEEDS_CONTENT) || (threads && strcmp(threads, "0")==0) ) return 0;
  return sysconf(_SC_NPROCESSORS_ONLN)>1;
}

/* Starts reading ahead for p; NULL when it cannot (rows are then made
** where they are asked). */
static ahead *ahead_start(producer *p, int needs){
  ahead *a = calloc(1, sizeof *a);
  if( !a ) return NULL;
  a->make = p;
  a->needs = needs;
  pthread_mutex_init(&a->mutex, NULL);
  pthread_cond_init(&a->done, NULL);
  pthread_cond_init(&a->taken, NULL);
  /* The thread takes no signals: they stay the application's threads' to
  ** handle (a shell's Ctrl-C, Python's handlers). */
  sigset_t all, before;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &before);
  int failed = pthread_create(&a->thread, NULL, read_ahead, a)!=0;
  pthread_sigmask(SIG_SETMASK, &before, NULL);
  if( failed ){
    pthread_mutex_destroy(&a->mutex);
    pthread_cond_destroy(&a->done);
    pthread_cond_destroy(&a->taken);
    free(a);
    return NULL;
  }
  return a;
}

/* The next row made ahead into r: 1, 0 after the last, -1 out of memory.
** While it is being made, the caller makes the rows after it. */
static int ahead_next(ahead *a, row *r){
  row_clear(r);
  pthread_mutex_lock(&a->mutex);
  int got;
  for(;;){
    if( a->count && a->state[a->first]!=ROW_BUSY ){
      got = a->state[a->first]==ROW_DONE ? 1 : -1;
      break;
    }
    if( a->count==0 && a->ended ){
      got = a->nomem ? -1 : 0;
      break;
    }
    int k = take_next(a);
    if( k>=0 ){
      compute(a, k);
      continue;
    }
    if( k==-2 ) continue;            /* the walk has just ended: look again */
    /* The other thread is taking or computing the row: wait for it. */
    a->taker_waits = 1;
    pthread_cond_wait(&a->done, &a->mutex);
    a->taker_waits = 0;
  }
  if( got>0 ){
    *r = a->rows[a->first];
    memset(&a->rows[a->first], 0, sizeof *r);      /* r owns what it points to now */
    a->first = (a->first + 1) % AHEAD;
    a->count--;
    a->bytes -= r->rec.doc.len;
    if( a->maker_waits && a->count<=AHEAD/2 && a->bytes<=AHEAD_BYTES/2 ) pthread_cond_signal(&a->taken);
  }
  pthread_mutex_unlock(&a->mutex);
  return got;
}

/* Stops the thread (it ends the row it is on) and frees the rows it made. */
static void ahead_stop(ahead *a){
  if( !a ) return;
  pthread_mutex_lock(&a->mutex);
  a->stop = 1;
  pthread_cond_signal(&a->taken);
  pthread_mutex_unlock(&a->mutex);
  pthread_join(a->thread, NULL);
  for(size_t k=0; k<a->count; k++) row_clear(&a->rows[(a->first + k) % AHEAD]);
  pthread_mutex_destroy(&a->mutex);
  pthread_cond_destroy(&a->done);
  pthread_cond_destroy(&a->taken);
  free(a);
}

/* ---- the cursor ---------------------------------------------------------- */

static void reset_cursor(articles_cursor *c){
  ahead_stop(c->ahead);
  c->ahead = NULL;
  row_clear(&c->cur);
  producer_close(&c->make);
  memset(&c->make, 0, sizeof c->make);
  free_args(c->args);
}

static int articles_close(sqlite3_vtab_cursor *cur){
  articles_cursor *c = (articles_cursor *)cur;
  reset_cursor(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int articles_next(sqlite3_vtab_cursor *cur){
  articles_cursor *c = (articles_cursor *)cur;
  int got = c->ahead ? ahead_next(c->ahead, &c->cur) : produce(&c->make, &c->cur);
  if( got<0 ) return SQLITE_NOMEM;
  c->eof = got==0;
  return SQLITE_OK;
}

static int articles_filter(sqlite3_vtab_cursor *cur, int plan, const char *idxStr,
                           int argc, sqlite3_value **argv){
  (void)idxStr; (void)argc;
  articles_cursor *c = (articles_cursor *)cur;
  articles_vtab *t = (articles_vtab *)cur->pVtab;
  reset_cursor(c);
  c->eof = 0;
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
  producer *p = &c->make;
  char *bad = check_format("articles()", c->args[2], &p->format);
  if( bad ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = bad;
    return SQLITE_ERROR;
  }
  p->pattern = c->args[1];
  p->encoding = c->args[3];
  p->limit = (size_t)sqlite3_limit(t->db, SQLITE_LIMIT_LENGTH, -1);
  char err[512];
  p->walk = tn_walk_open(c->args[0], err, sizeof err);
  if( !p->walk ){
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = sqlite3_mprintf("articles(): %s", err);
    return SQLITE_ERROR;
  }
  sqlite3_value *path = given[NARGS];
  if( path ){
    if( sqlite3_value_type(path)==SQLITE_NULL ){ c->eof = 1; return SQLITE_OK; }
    int got = produce_path(p, (const char *)sqlite3_value_text(path), &c->cur);
    if( got<0 ) return SQLITE_NOMEM;
    c->eof = got==0;
    return SQLITE_OK;
  }
  int needs = plan & ~((1 << NEED_SHIFT) - 1);
  if( reading_ahead_wanted(needs) ) c->ahead = ahead_start(p, needs);
  return articles_next(cur);
}

static int articles_eof(sqlite3_vtab_cursor *cur){
  return ((articles_cursor *)cur)->eof;
}

static void result_text(sqlite3_context *ctx, const char *s){
  if( s && *s ) sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
}

static int articles_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col){
  articles_cursor *c = (articles_cursor *)cur;
  row *r = &c->cur;
  const producer *p = &c->make;
  const char *body;
  size_t body_n;
  int rc = SQLITE_OK;
  switch( col ){
    case COL_PATH: result_text(ctx, r->path); break;
    case COL_RECORD: sqlite3_result_int64(ctx, r->record); break;
    case COL_SIZE:
      if( r->size>=0 ) sqlite3_result_int64(ctx, r->size);
      break;
    case COL_MTIME:
      if( r->mtime ){
        struct tm tm;
        char buf[32];
        gmtime_r(&r->mtime, &tm);
        strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
        result_text(ctx, buf);
      }
      break;
    case COL_FORMAT:
      rc = row_load(r, p);
      result_text(ctx, r->format);
      break;
    case COL_ENCODING:
      rc = row_load(r, p);
      if( r->rec.doc.text ) result_text(ctx, r->rec.doc.encoding);
      break;
    case COL_BODY:
      rc = row_body(r, p, &body, &body_n);
      if( body ) sqlite3_result_text64(ctx, body, body_n, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    case COL_WORDS:
      rc = row_words(r, p);
      if( !rc && r->words>=0 ) sqlite3_result_int64(ctx, r->words);
      break;
    case COL_ERROR:
      rc = row_parse(r, p);
      if( r->entry_error ) result_text(ctx, r->entry_error);
      else if( r->open_error ) result_text(ctx, r->open_error);
      else if( r->rec.error[0] ) result_text(ctx, r->rec.error);
      else result_text(ctx, r->article.error);
      break;
    case COL_PERIOD:
      rc = row_period(r, p);
      if( !rc && r->period_read ) result_text(ctx, r->period);
      break;
    case COL_LANG:
      rc = row_lang(r, p);
      result_text(ctx, r->article.lang);
      break;
    case COL_DIR: case COL_PATTERN: case COL_FORMAT_ARG: case COL_ENCODING_ARG:
      result_text(ctx, c->args[col - COL_DIR]);
      break;
    default:
      rc = row_parse(r, p);
      if( rc ) break;
      switch( col ){
        case COL_LOCALE:
          if( r->article.locale ) result_text(ctx, tn_locale_tag(r->article.locale));
          break;
        case COL_LOCALE_HOW: result_text(ctx, r->article.locale_how); break;
        case COL_TITLE: result_text(ctx, r->article.title); break;
        case COL_SOURCE: result_text(ctx, r->article.source); break;
        case COL_DATELINE: result_text(ctx, r->article.dateline); break;
        case COL_PUBLISHED: result_text(ctx, r->article.published); break;
        case COL_PUBLISHED_HOW: result_text(ctx, r->article.published_how); break;
        case COL_URL: result_text(ctx, r->article.url); break;
      }
  }
  if( rc==SQLITE_NOMEM ) sqlite3_result_error_nomem(ctx);
  return rc;
}

static int articles_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = ((articles_cursor *)cur)->cur.rowid;
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
