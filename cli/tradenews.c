/*
** tradenews: the command. It links the extension and the system SQLite, and
** runs the SQL of sql/ (compiled in), so that the SQL stays the one
** definition of the news database.
**
**   tradenews build DIR [-o news.db] [-j N]   build or refresh the database of a folder
**   tradenews report news.db           the headline figures (sql/report.sql)
**   tradenews dashboard news.db -o dashboard.html
**   tradenews sql news.db              the sqlite3 shell, the extension loaded
**   tradenews amounts "TEXT" [--locale TAG]
**   tradenews article FILE             what is read from one file
**   tradenews COMMAND --help
**
** build prints, on a terminal, a progress line on stderr redrawn at most ten
** times a second (files and MB read, amounts found, rate, time; time left
** on a first build), and a summary at the end: files read (new, changed),
** unchanged, removed and failed (with the first reasons), amounts, time.
** When stderr is no terminal it prints nothing but errors and the summary
** goes to stdout. The run is sql/build.sql's one transaction: Ctrl-C stops
** it and leaves the database as it was. Exit status: 0 done, 1 failed
** (the message names the file or the reason), 2 a usage error.
*/
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/counts.h"
#include "script.h"

extern int sqlite3_tradenews_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);
extern const char tn_build_sql_txt[], tn_report_sql_txt[], tn_dashboard_sql_txt[];
extern const unsigned long tn_build_sql_txt_len, tn_report_sql_txt_len, tn_dashboard_sql_txt_len;

static void fail(int status, const char *fmt, ...){
  va_list ap;
  va_start(ap, fmt);
  fputs("tradenews: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(status);
}

static double now(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static sqlite3 *open_db(const char *path, int flags){
  sqlite3 *db;
  if( sqlite3_open_v2(path, &db, flags, NULL)!=SQLITE_OK ){
    fail(1, "%s: %s", path, db ? sqlite3_errmsg(db) : "cannot open");
  }
  sqlite3_busy_timeout(db, 5000);
  return db;
}

/* The first integer of a query's first row, or dflt. */
static sqlite3_int64 query_int(sqlite3 *db, const char *sql, sqlite3_int64 dflt){
  sqlite3_stmt *st;
  sqlite3_int64 v = dflt;
  if( sqlite3_prepare_v2(db, sql, -1, &st, NULL)==SQLITE_OK && sqlite3_step(st)==SQLITE_ROW ){
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return v;
}

/* ---- build ---------------------------------------------------------------- */

typedef struct {
  double started, last_draw;
  tn_counts at_start;
  double total_mb;       /* the folder's, on a first build; else 0 */
} progress;

static sqlite3 *interruptible;
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig){
  (void)sig;
  interrupted = 1;
  if( interruptible ) sqlite3_interrupt(interruptible);
}

static void draw(progress *p, int final){
  double t = now(), elapsed = t - p->started;
  tn_counts c = tn_counts_now();
  double mb = (double)(c.bytes - p->at_start.bytes) / 1048576;
  char left[32] = "";
  if( p->total_mb>0 && mb>0 && !final ){
    double rest = (p->total_mb - mb) / (mb / elapsed);
    if( rest>0 ) snprintf(left, sizeof left, ", %.0f s left", rest);
  }
  fprintf(stderr, "\r  %llu files, %.1f MB read, %llu amounts, %.1f MB/s, %.0f s%s\033[K",
          (unsigned long long)(c.files - p->at_start.files), mb,
          (unsigned long long)(c.amounts - p->at_start.amounts), elapsed>0 ? mb / elapsed : 0.0,
          elapsed, left);
  if( final ) fputc('\n', stderr);
  p->last_draw = t;
}

/* SQLite calls this every few thousand steps of the build: redraw at most
** ten times a second. */
static int on_progress(void *arg){
  progress *p = arg;
  if( now() - p->last_draw >= 0.1 ) draw(p, 0);
  return 0;
}

/* The same, while the writer waits for a worker. */
static void redraw(void *arg){ on_progress(arg); }

static void build_usage(FILE *out){
  fputs("usage: tradenews build DIR [-o news.db] [-j N]\n"
        "  Build the news database of the articles in DIR (sql/build.sql), or refresh it:\n"
        "  only new and changed files are read, the rows of files gone are dropped.\n"
        "  -o FILE   the database (default news.db)\n"
        "  -j N      read files in N worker threads (default: the number of cores);\n"
        "            one writer; the same tables whatever N\n"
        "  A progress line on a terminal; a summary at the end. One transaction: Ctrl-C\n"
        "  leaves the database as it was.\n", out);
}

static int build(int argc, char **argv){
  const char *dir = NULL, *out = "news.db";
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int workers = cores>1 ? (int)(cores<256 ? cores : 256) : 1;
  for(int i=0; i<argc; i++){
    if( strcmp(argv[i], "--help")==0 || strcmp(argv[i], "-h")==0 ){ build_usage(stdout); return 0; }
    if( strcmp(argv[i], "-o")==0 && i+1<argc ) out = argv[++i];
    else if( strncmp(argv[i], "-j", 2)==0 ){
      const char *n = argv[i][2] ? argv[i] + 2 : i+1<argc ? argv[++i] : "";
      char *end;
      long v = strtol(n, &end, 10);
      if( !*n || *end || v<1 || v>256 ){
        build_usage(stderr);
        fail(2, "build: -j takes a number of workers from 1 to 256, not '%s'", n);
      }
      workers = (int)v;
    }
    else if( argv[i][0]=='-' ){ build_usage(stderr); fail(2, "build: unknown option '%s'", argv[i]); }
    else if( !dir ) dir = argv[i];
    else { build_usage(stderr); fail(2, "build: one folder only ('%s' and '%s')", dir, argv[i]); }
  }
  if( !dir ){ build_usage(stderr); fail(2, "build: which folder?"); }
  struct stat st;
  if( stat(dir, &st)!=0 ) fail(1, "%s: %s", dir, strerror(errno));
  if( !S_ISDIR(st.st_mode) ) fail(1, "%s: not a folder", dir);

  sqlite3 *db = open_db(out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int tty = isatty(2);
  progress p = { now(), 0, tn_counts_now(), 0 };
  /* What the database held before, for the summary. */
  int had = query_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'news_articles'", 0) > 0;
  char *err = NULL;
  if( sqlite3_exec(db, had ? "CREATE TEMP TABLE cli_before AS SELECT DISTINCT path FROM news_articles"
                           : "CREATE TEMP TABLE cli_before(path TEXT)", NULL, NULL, &err)!=SQLITE_OK ){
    fail(1, "%s: %s", out, err);
  }
  if( tty && !had ){
    sqlite3_stmt *q;
    if( sqlite3_prepare_v2(db, "SELECT total(size) FROM articles(?1)", -1, &q, NULL)==SQLITE_OK ){
      sqlite3_bind_text(q, 1, dir, -1, SQLITE_STATIC);
      if( sqlite3_step(q)==SQLITE_ROW ) p.total_mb = sqlite3_column_double(q, 0) / 1048576;
    }
    sqlite3_finalize(q);
  }
  if( tty ) sqlite3_progress_handler(db, 20000, on_progress, &p);
  interruptible = db;
  signal(SIGINT, on_sigint);
  tn_crew_plan plan = { dir, workers, &interrupted, tty ? redraw : NULL, &p };
  int rc = workers==1 ? run_script(db, tn_build_sql_txt, dir, &err)
                      : run_build_parallel(db, tn_build_sql_txt, &plan, &err);
  sqlite3_progress_handler(db, 0, NULL, NULL);
  signal(SIGINT, SIG_DFL);
  interruptible = NULL;
  if( tty ) draw(&p, 1);
  if( rc!=SQLITE_OK ){
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    if( interrupted ) fail(130, "interrupted: %s is as it was", out);
    fail(1, "%s: %s", dir, err);
  }
  /* The summary, from build.sql's own lists of what it read and dropped. */
  FILE *to = tty ? stderr : stdout;
  sqlite3_stmt *q;
  const char *summary =
    "SELECT (SELECT count(*) FROM temp.to_read),"
    " (SELECT count(*) FROM temp.to_read WHERE path NOT IN (SELECT path FROM temp.cli_before)),"
    " (SELECT count(*) FROM temp.to_read WHERE path IN (SELECT path FROM temp.cli_before)),"
    " (SELECT count(DISTINCT path) FROM temp.on_disk WHERE path NOT IN (SELECT path FROM temp.to_read)),"
    " (SELECT count(*) FROM temp.to_drop WHERE path NOT IN (SELECT path FROM temp.to_read)),"
    " (SELECT count(*) FROM news_articles WHERE error IS NOT NULL AND path IN (SELECT path FROM temp.to_read)),"
    " (SELECT count(*) FROM news_amounts WHERE path IN (SELECT path FROM temp.to_read))";
  if( sqlite3_prepare_v2(db, summary, -1, &q, NULL)==SQLITE_OK && sqlite3_step(q)==SQLITE_ROW ){
    fprintf(to, "tradenews: %s: read %lld files (%lld new, %lld changed), %lld unchanged, %lld removed, "
                "%lld failed; %lld amounts; %.1f s\n",
            out, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2),
            sqlite3_column_int64(q, 3), sqlite3_column_int64(q, 4), sqlite3_column_int64(q, 5),
            sqlite3_column_int64(q, 6), now() - p.started);
  }
  sqlite3_finalize(q);
  if( sqlite3_prepare_v2(db, "SELECT path, error FROM news_articles WHERE error IS NOT NULL AND path IN "
                             "(SELECT path FROM temp.to_read) ORDER BY path, record LIMIT 5", -1, &q, NULL)==SQLITE_OK ){
    while( sqlite3_step(q)==SQLITE_ROW ){
      fprintf(to, "  failed: %s: %s\n", sqlite3_column_text(q, 0), sqlite3_column_text(q, 1));
    }
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
  return 0;
}

/* ---- report, dashboard, sql: the sqlite3 shell ---------------------------- */

/* The extension beside this program (make) or in ../lib (make install). */
static const char *extension_path(void){
  static char path[PATH_MAX];
  const char *env = getenv("TRADENEWS_SO");
  if( env && *env ) return env;
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if( n<=0 ) fail(1, "cannot find the extension: set TRADENEWS_SO");
  self[n] = 0;
  const char *here = dirname(self);
  static const char *const places[] = { "%s/tradenews.so", "%s/../lib/tradenews.so" };
  for(size_t k=0; k<2; k++){
    snprintf(path, sizeof path, places[k], here);
    if( access(path, R_OK)==0 ) return path;
  }
  fail(1, "cannot find tradenews.so beside %s or in %s/../lib: set TRADENEWS_SO", here, here);
  return NULL;
}

/* Runs sqlite3 -batch -bail -readonly DB with script on its input and
** its output to the file out (NULL: ours), with no shell between (any
** file name works). 0 when it succeeded. */
static int shell(const char *db, const char *script, const char *out){
  if( access(db, R_OK)!=0 ) fail(1, "%s: %s", db, strerror(errno));
  int to = out ? open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
  if( out && to<0 ) fail(1, "%s: %s", out, strerror(errno));
  int in[2];
  if( pipe(in)!=0 ) fail(1, "cannot run sqlite3: %s", strerror(errno));
  pid_t child = fork();
  if( child<0 ) fail(1, "cannot run sqlite3: %s", strerror(errno));
  if( child==0 ){
    dup2(in[0], 0);
    if( to>=0 ) dup2(to, 1);
    close(in[0]);
    close(in[1]);
    execlp("sqlite3", "sqlite3", "-batch", "-bail", "-readonly", db, (char *)NULL);
    _exit(127);
  }
  close(in[0]);
  if( to>=0 ) close(to);
  signal(SIGPIPE, SIG_IGN);              /* sqlite3 may stop reading at an error */
  size_t n = strlen(script);
  for(size_t done = 0; done<n; ){
    ssize_t w = write(in[1], script + done, n - done);
    if( w<=0 ) break;
    done += (size_t)w;
  }
  close(in[1]);
  int status;
  if( waitpid(child, &status, 0)<0 ) return 1;
  return WIFEXITED(status) && WEXITSTATUS(status)==0 ? 0 : 1;
}

static int simple_usage(int argc, char **argv, const char *usage, int want){
  for(int i=0; i<argc; i++){
    if( strcmp(argv[i], "--help")==0 || strcmp(argv[i], "-h")==0 ){ fputs(usage, stdout); return 1; }
  }
  if( argc<want ){ fputs(usage, stderr); exit(2); }
  return 0;
}

static int report(int argc, char **argv){
  static const char usage[] = "usage: tradenews report news.db\n"
                              "  The headline figures and the largest amounts (sql/report.sql).\n";
  if( simple_usage(argc, argv, usage, 1) ) return 0;
  return shell(argv[0], tn_report_sql_txt, NULL);
}

static int dashboard(int argc, char **argv){
  static const char usage[] = "usage: tradenews dashboard news.db [-o dashboard.html]\n"
                              "  One self-contained HTML page of charts (sql/dashboard.sql).\n";
  if( simple_usage(argc, argv, usage, 1) ) return 0;
  const char *out = "dashboard.html";
  if( argc>=3 && strcmp(argv[1], "-o")==0 ) out = argv[2];
  else if( argc!=1 ){ fputs(usage, stderr); exit(2); }
  return shell(argv[0], tn_dashboard_sql_txt, out);
}

static int sql(int argc, char **argv){
  static const char usage[] = "usage: tradenews sql news.db\n"
                              "  The sqlite3 shell on the database, the extension loaded.\n";
  if( simple_usage(argc, argv, usage, 1) ) return 0;
  char *load = sqlite3_mprintf(".load '%q'", extension_path());
  execlp("sqlite3", "sqlite3", "-cmd", load, argv[0], (char *)NULL);
  fail(1, "cannot run sqlite3: %s", strerror(errno));
  return 1;
}

/* ---- amounts, article: in process ------------------------------------------ */

static sqlite3 *memory_db(void){
  return open_db(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

/* Prints the rows of a query, a column a tab, NULL as empty; 1 on error. */
static int print_rows(sqlite3_stmt *st, int header){
  int n = sqlite3_column_count(st), rc;
  for(int k=0; header && k<n; k++) printf("%s%c", sqlite3_column_name(st, k), k+1<n ? '\t' : '\n');
  while( (rc = sqlite3_step(st))==SQLITE_ROW ){
    for(int k=0; k<n; k++){
      const unsigned char *v = sqlite3_column_text(st, k);
      printf("%s%c", v ? (const char *)v : "", k+1<n ? '\t' : '\n');
    }
  }
  return rc==SQLITE_DONE ? 0 : 1;
}

static int amounts(int argc, char **argv){
  static const char usage[] = "usage: tradenews amounts TEXT [--locale TAG]\n"
                              "  The amounts of money in TEXT: value, currency, kind, role, text.\n";
  if( simple_usage(argc, argv, usage, 1) ) return 0;
  const char *text = NULL, *locale = NULL;
  for(int i=0; i<argc; i++){
    if( strcmp(argv[i], "--locale")==0 && i+1<argc ) locale = argv[++i];
    else if( !text ) text = argv[i];
    else { fputs(usage, stderr); exit(2); }
  }
  sqlite3 *db = memory_db();
  sqlite3_stmt *st;
  const char *q = locale ? "SELECT value, currency, kind, role, text FROM amounts(?1, ?2)"
                         : "SELECT value, currency, kind, role, text FROM amounts(?1)";
  if( sqlite3_prepare_v2(db, q, -1, &st, NULL)!=SQLITE_OK ) fail(1, "%s", sqlite3_errmsg(db));
  sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
  if( locale ) sqlite3_bind_text(st, 2, locale, -1, SQLITE_STATIC);
  int bad = print_rows(st, 1);
  if( bad ) fprintf(stderr, "tradenews: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return bad;
}

static int article(int argc, char **argv){
  static const char usage[] = "usage: tradenews article FILE\n"
                              "  What is read from one file: one line a column of articles().\n";
  if( simple_usage(argc, argv, usage, 1) ) return 0;
  struct stat file;
  if( stat(argv[0], &file)!=0 ) fail(1, "%s: %s", argv[0], strerror(errno));
  if( !S_ISREG(file.st_mode) ) fail(1, "%s: not a file", argv[0]);
  char dirbuf[PATH_MAX], basebuf[PATH_MAX];
  snprintf(dirbuf, sizeof dirbuf, "%s", argv[0]);
  snprintf(basebuf, sizeof basebuf, "%s", argv[0]);
  const char *dir = dirname(dirbuf), *base = basename(basebuf);
  sqlite3 *db = memory_db();
  sqlite3_stmt *st;
  if( sqlite3_prepare_v2(db, "SELECT record, format, encoding, lang, locale, locale_how, title, source, dateline,"
                             " published, published_how, period, url, words, error, substr(body, 1, 300) AS body"
                             " FROM articles(?1) WHERE path = ?2", -1, &st, NULL)!=SQLITE_OK ){
    fail(1, "%s", sqlite3_errmsg(db));
  }
  sqlite3_bind_text(st, 1, dir, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, base, -1, SQLITE_STATIC);
  int rc, n = sqlite3_column_count(st);
  while( (rc = sqlite3_step(st))==SQLITE_ROW ){
    for(int k=0; k<n; k++){
      const unsigned char *v = sqlite3_column_text(st, k);
      printf("%-13s %s\n", sqlite3_column_name(st, k), v ? (const char *)v : "");
    }
    printf("\n");
  }
  if( rc!=SQLITE_DONE ) fail(1, "%s: %s", argv[0], sqlite3_errmsg(db));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return 0;
}

/* ---- main -------------------------------------------------------------------- */

static const char usage[] =
  "usage: tradenews COMMAND [ARGS]\n"
  "  build DIR [-o news.db]         build or refresh the news database of a folder\n"
  "  report news.db                 its headline figures\n"
  "  dashboard news.db [-o FILE]    its dashboard, one HTML page\n"
  "  sql news.db                    the sqlite3 shell on it, the extension loaded\n"
  "  amounts TEXT [--locale TAG]    the amounts of money in a text\n"
  "  article FILE                   what is read from one file\n"
  "  tradenews COMMAND --help says more.\n";

int main(int argc, char **argv){
  static const struct { const char *name; int (*run)(int, char **); } commands[] = {
    { "build", build }, { "report", report }, { "dashboard", dashboard }, { "sql", sql },
    { "amounts", amounts }, { "article", article },
  };
  if( argc<2 ){ fputs(usage, stderr); return 2; }
  if( strcmp(argv[1], "--help")==0 || strcmp(argv[1], "-h")==0 ){ fputs(usage, stdout); return 0; }
  if( strcmp(argv[1], "--version")==0 ){ printf("tradenews %s\n", TN_VERSION); return 0; }
  /* Memory statistics take one process-wide lock on every allocation,
  ** which the workers of build -j would contend for; nothing reads them. */
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_auto_extension((void (*)(void))sqlite3_tradenews_init);
  for(size_t k=0; k<sizeof commands/sizeof commands[0]; k++){
    if( strcmp(argv[1], commands[k].name)==0 ) return commands[k].run(argc - 2, argv + 2);
  }
  fputs(usage, stderr);
  fail(2, "unknown command '%s'", argv[1]);
  return 2;
}
