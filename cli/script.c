/*
** script.c: running sql/build.sql from the command, in one pass or with
** workers.
**
** With workers, build.sql's own steps are split at their headers: the
** writer runs steps 1 and 2 (the transaction begins, temp.to_read says
** what to read), then takes temp.to_read in path order in parts of at most
** PART_FILES files or PART_BYTES bytes. Each worker takes the next part,
** opens an in-memory database with build.sql's news_articles and
** news_amounts tables and a temp.batch of the part's paths, and runs step 3
** there: the reading of files, language, dates and amounts, which is most
** of the time. The writer takes the parts in order, copies their rows,
** adds their paths to its temp.batch and, every INDEX_PARTS parts, runs
** step 4 (the search index) on the batch (FTS5 writes a segment a
** statement: fewer, larger statements keep the index small and the writer
** quick); then the rest of the script. Parts merged in path order give the search
** index the ids one pass gives, so the tables come out the same.
** Workers stay at most WINDOW parts per worker ahead of the writer, so
** memory does not grow with the folder.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "script.h"

#define PART_FILES 64
#define PART_BYTES (4 << 20)
#define WINDOW 4
#define INDEX_PARTS 8

int run_script(sqlite3 *db, const char *script, const char *dir, char **err){
  for(const char *at = script; *at; ){
    if( *at==' ' || *at=='\t' || *at=='\n' || *at=='\r' ){ at++; continue; }
    if( (at[0]=='-' && at[1]=='-') || *at=='.' ){   /* a comment; ".bail on", the shell's */
      while( *at && *at!='\n' ) at++;
      continue;
    }
    sqlite3_stmt *st;
    const char *next;
    int rc = sqlite3_prepare_v2(db, at, -1, &st, &next);
    if( rc==SQLITE_OK && st ){
      int k = dir ? sqlite3_bind_parameter_index(st, ":dir") : 0;
      if( k ) sqlite3_bind_text(st, k, dir, -1, SQLITE_STATIC);
      while( (rc = sqlite3_step(st))==SQLITE_ROW ){}
      if( rc==SQLITE_DONE ) rc = SQLITE_OK;
      sqlite3_finalize(st);
    }
    if( rc!=SQLITE_OK ){
      *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
      return rc;
    }
    at = next;
  }
  return SQLITE_OK;
}

typedef struct {
  int first, n;          /* its paths: crew.paths[first .. first+n) */
  sqlite3 *db;           /* the worker's database, once read */
  char *err;             /* why it could not be read (sqlite3_malloc) */
  int done;
} part;

typedef struct {
  const tn_crew_plan *plan;
  const char *step3;     /* the SQL each worker runs */
  char *schema;          /* CREATE TABLE news_articles …; CREATE TABLE news_amounts … */
  char **paths;
  part *parts;
  int nparts;
  pthread_mutex_t mu;
  pthread_cond_t changed;
  int next;              /* the first part no worker has taken */
  int merged;            /* parts the writer has copied */
  int stop;              /* a part failed, or the writer stopped */
} crew;

static int stop_if_interrupted(void *arg){
  const crew *c = arg;
  return *c->plan->interrupted || c->stop;
}

/* Step 3 on one part, in a database of the worker's own. */
static void read_part(crew *c, part *p){
  sqlite3 *db = NULL;
  int rc = sqlite3_open(":memory:", &db);
  if( rc==SQLITE_OK ) rc = sqlite3_exec(db, c->schema, NULL, NULL, NULL);
  if( rc==SQLITE_OK ) rc = sqlite3_exec(db, "CREATE TEMP TABLE batch(path TEXT)", NULL, NULL, NULL);
  sqlite3_stmt *add = NULL;
  if( rc==SQLITE_OK ) rc = sqlite3_prepare_v2(db, "INSERT INTO temp.batch VALUES (?1)", -1, &add, NULL);
  for(int i=0; rc==SQLITE_OK && i<p->n; i++){
    sqlite3_bind_text(add, 1, c->paths[p->first + i], -1, SQLITE_STATIC);
    rc = sqlite3_step(add)==SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(add);
  }
  sqlite3_finalize(add);
  if( rc!=SQLITE_OK ){
    p->err = sqlite3_mprintf("%s", db ? sqlite3_errmsg(db) : "out of memory");
  }else{
    sqlite3_progress_handler(db, 10000, stop_if_interrupted, c);
    run_script(db, c->step3, c->plan->dir, &p->err);
    sqlite3_progress_handler(db, 0, NULL, NULL);
  }
  p->db = db;
}

static void *work(void *arg){
  crew *c = arg;
  pthread_mutex_lock(&c->mu);
  for(;;){
    while( !c->stop && c->next<c->nparts && c->next >= c->merged + WINDOW * c->plan->workers ){
      pthread_cond_wait(&c->changed, &c->mu);
    }
    if( c->stop || c->next>=c->nparts ) break;
    part *p = &c->parts[c->next++];
    pthread_mutex_unlock(&c->mu);
    read_part(c, p);
    pthread_mutex_lock(&c->mu);
    p->done = 1;
    if( p->err ) c->stop = 1;
    pthread_cond_broadcast(&c->changed);
  }
  pthread_mutex_unlock(&c->mu);
  return NULL;
}

/* Every row of table in from, appended to the same table in to. */
static int copy_rows(sqlite3 *from, sqlite3 *to, const char *table, char **err){
  sqlite3_stmt *get = NULL, *put = NULL;
  char *sql = sqlite3_mprintf("SELECT * FROM main.\"%w\"", table);
  int rc = sqlite3_prepare_v2(from, sql, -1, &get, NULL);
  sqlite3_free(sql);
  if( rc!=SQLITE_OK ){
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(from));
    return rc;
  }
  int n = sqlite3_column_count(get);
  sqlite3_str *ins = sqlite3_str_new(to);
  sqlite3_str_appendf(ins, "INSERT INTO main.\"%w\" VALUES (?", table);
  for(int i=1; i<n; i++) sqlite3_str_appendall(ins, ", ?");
  sqlite3_str_appendall(ins, ")");
  sql = sqlite3_str_finish(ins);
  rc = sqlite3_prepare_v2(to, sql, -1, &put, NULL);
  sqlite3_free(sql);
  while( rc==SQLITE_OK && sqlite3_step(get)==SQLITE_ROW ){
    for(int i=0; i<n; i++) sqlite3_bind_value(put, i+1, sqlite3_column_value(get, i));
    rc = sqlite3_step(put)==SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(put);
  }
  if( rc!=SQLITE_OK ) *err = sqlite3_mprintf("%s", sqlite3_errmsg(to));
  sqlite3_finalize(get);
  sqlite3_finalize(put);
  return rc;
}

/* The writer's share of a part: its rows, its paths added to temp.batch. */
static int merge_part(sqlite3 *db, crew *c, part *p, char **err){
  int rc = copy_rows(p->db, db, "news_articles", err);
  if( rc==SQLITE_OK ) rc = copy_rows(p->db, db, "news_amounts", err);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_stmt *add = NULL;
  rc = sqlite3_prepare_v2(db, "INSERT INTO temp.batch VALUES (?1)", -1, &add, NULL);
  for(int i=0; rc==SQLITE_OK && i<p->n; i++){
    sqlite3_bind_text(add, 1, c->paths[p->first + i], -1, SQLITE_STATIC);
    rc = sqlite3_step(add)==SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    sqlite3_reset(add);
  }
  sqlite3_finalize(add);
  if( rc!=SQLITE_OK ) *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}

/* Step 4 on the parts merged since the last time, then an empty batch. */
static int index_batch(sqlite3 *db, const char *step4, const char *dir, char **err){
  int rc = run_script(db, step4, dir, err);
  if( rc==SQLITE_OK && sqlite3_exec(db, "DELETE FROM temp.batch", NULL, NULL, NULL)!=SQLITE_OK ){
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    rc = SQLITE_ERROR;
  }
  return rc;
}

/* temp.to_read in path order, cut into parts. */
static int plan_parts(sqlite3 *db, crew *c, char **err){
  sqlite3_stmt *q;
  int rc = sqlite3_prepare_v2(db,
    "SELECT path, max(size) FROM temp.on_disk WHERE path IN (SELECT path FROM temp.to_read)"
    " GROUP BY path ORDER BY path", -1, &q, NULL);
  int cap = 0, n = 0;
  sqlite3_int64 bytes = 0;
  while( rc==SQLITE_OK && sqlite3_step(q)==SQLITE_ROW ){
    if( n==cap ){
      cap = cap ? 2*cap : 1024;
      char **grown = realloc(c->paths, cap * sizeof *grown);
      part *more = realloc(c->parts, cap * sizeof *more);
      if( grown ) c->paths = grown;
      if( more ) c->parts = more;
      if( !grown || !more ){ rc = SQLITE_NOMEM; break; }
    }
    c->paths[n] = strdup((const char *)sqlite3_column_text(q, 0));
    if( !c->paths[n] ){ rc = SQLITE_NOMEM; break; }
    sqlite3_int64 size = sqlite3_column_int64(q, 1);
    part *last = c->nparts ? &c->parts[c->nparts-1] : NULL;
    if( !last || last->n>=PART_FILES || bytes + size > PART_BYTES ){
      last = &c->parts[c->nparts++];
      memset(last, 0, sizeof *last);
      last->first = n;
      bytes = 0;
    }
    last->n++;
    bytes += size;
    n++;
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_OK ) *err = sqlite3_mprintf("listing the files to read: %s", sqlite3_errstr(rc));
  return rc;
}

/* The text of script from the header "-- N. " of step from to that of
** step to (or the end), or NULL when build.sql lacks one. */
static char *step_text(const char *script, int from, int to){
  char head[16];
  snprintf(head, sizeof head, "\n-- %d. ", from);
  const char *a = from ? strstr(script, head) : script;
  snprintf(head, sizeof head, "\n-- %d. ", to);
  const char *b = to ? strstr(script, head) : script + strlen(script);
  if( !a || !b || b<a ) return NULL;
  return sqlite3_mprintf("%.*s", (int)(b - a), a);
}

/* Waits for part k to be read, calling plan->waiting now and then. */
static void wait_for(crew *c, int k){
  pthread_mutex_lock(&c->mu);
  while( !c->parts[k].done && !*c->plan->interrupted ){
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_nsec += 100000000;
    if( t.tv_nsec>=1000000000 ){ t.tv_sec++; t.tv_nsec -= 1000000000; }
    pthread_cond_timedwait(&c->changed, &c->mu, &t);
    if( !c->parts[k].done && c->plan->waiting ){
      pthread_mutex_unlock(&c->mu);
      c->plan->waiting(c->plan->waiting_arg);
      pthread_mutex_lock(&c->mu);
    }
  }
  pthread_mutex_unlock(&c->mu);
}

int run_build_parallel(sqlite3 *db, const char *script, const tn_crew_plan *plan, char **err){
  char *before = step_text(script, 0, 3), *step3 = step_text(script, 3, 4);
  char *step4 = step_text(script, 4, 5), *after = step_text(script, 5, 0);
  crew c = { .plan = plan, .step3 = step3 };
  pthread_mutex_init(&c.mu, NULL);
  pthread_cond_init(&c.changed, NULL);
  int rc = SQLITE_OK;
  if( !before || !step3 || !step4 || !after ){
    *err = sqlite3_mprintf("build.sql lacks the headers of its steps 3, 4 and 5");
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) rc = run_script(db, before, plan->dir, err);
  if( rc==SQLITE_OK ){
    sqlite3_stmt *q;
    rc = sqlite3_prepare_v2(db, "SELECT group_concat(sql, ';') FROM main.sqlite_schema"
                                " WHERE name IN ('news_articles', 'news_amounts')", -1, &q, NULL);
    if( rc==SQLITE_OK && sqlite3_step(q)==SQLITE_ROW ){
      c.schema = sqlite3_mprintf("%s", sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
    if( !c.schema ){
      *err = sqlite3_mprintf("build.sql made no news_articles and news_amounts");
      rc = SQLITE_ERROR;
    }
  }
  if( rc==SQLITE_OK ) rc = plan_parts(db, &c, err);
  int started = 0;
  pthread_t *threads = calloc(plan->workers, sizeof *threads);
  if( rc==SQLITE_OK && !threads ){ *err = sqlite3_mprintf("out of memory"); rc = SQLITE_NOMEM; }
  for(; rc==SQLITE_OK && started<plan->workers; started++){
    if( pthread_create(&threads[started], NULL, work, &c)!=0 ){
      *err = sqlite3_mprintf("cannot start worker %d", started + 1);
      rc = SQLITE_ERROR;
    }
  }
  if( rc==SQLITE_OK && sqlite3_exec(db, "DELETE FROM temp.batch", NULL, NULL, NULL)!=SQLITE_OK ){
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    rc = SQLITE_ERROR;
  }
  for(int k=0, unindexed=0; rc==SQLITE_OK && k<c.nparts; k++){
    wait_for(&c, k);
    part *p = &c.parts[k];
    if( *plan->interrupted ){
      *err = sqlite3_mprintf("interrupted");
      rc = SQLITE_INTERRUPT;
    }else if( p->err ){
      *err = sqlite3_mprintf("reading %s and the %d files after it: %s",
                             c.paths[p->first], p->n - 1, p->err);
      rc = SQLITE_ERROR;
    }else{
      rc = merge_part(db, &c, p, err);
      if( rc==SQLITE_OK && (++unindexed==INDEX_PARTS || k==c.nparts-1) ){
        rc = index_batch(db, step4, plan->dir, err);
        unindexed = 0;
      }
    }
    sqlite3_close(p->db);
    p->db = NULL;
    pthread_mutex_lock(&c.mu);
    c.merged++;
    if( rc!=SQLITE_OK ) c.stop = 1;
    pthread_cond_broadcast(&c.changed);
    pthread_mutex_unlock(&c.mu);
  }
  pthread_mutex_lock(&c.mu);
  c.stop = 1;
  pthread_cond_broadcast(&c.changed);
  pthread_mutex_unlock(&c.mu);
  for(int i=0; i<started; i++) pthread_join(threads[i], NULL);
  if( rc==SQLITE_OK ) rc = run_script(db, after, plan->dir, err);
  for(int k=0; k<c.nparts; k++){
    sqlite3_close(c.parts[k].db);
    sqlite3_free(c.parts[k].err);
  }
  for(int k=0; k<(c.nparts ? c.parts[c.nparts-1].first + c.parts[c.nparts-1].n : 0); k++) free(c.paths[k]);
  free(c.paths);
  free(c.parts);
  free(threads);
  sqlite3_free(c.schema);
  sqlite3_free(before);
  sqlite3_free(step3);
  sqlite3_free(step4);
  sqlite3_free(after);
  pthread_cond_destroy(&c.changed);
  pthread_mutex_destroy(&c.mu);
  return rc;
}
