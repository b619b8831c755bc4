/*
** script.h: running the SQL of sql/ from the command (cli/script.c).
*/
#ifndef TN_CLI_SCRIPT_H
#define TN_CLI_SCRIPT_H

#include <signal.h>
#include <sqlite3.h>

/* Runs script (SQL with sqlite3 shell dot-commands, which it passes over),
** binding :dir where a statement has it. Stops at the first error, with
** the message in *err (sqlite3_malloc). */
int run_script(sqlite3 *db, const char *script, const char *dir, char **err);

/* What a parallel build needs besides the writer's connection. */
typedef struct {
  const char *dir;                       /* :dir */
  int workers;                           /* threads reading files */
  volatile sig_atomic_t *interrupted;    /* set by the caller's SIGINT handler */
  void (*waiting)(void *arg);            /* called about ten times a second while */
  void *waiting_arg;                     /* the writer waits for a worker */
} tn_crew_plan;

/* Runs build.sql (script) on db as run_script() does, with step 3, which
** reads the files of temp.batch, done by plan->workers threads, each on a
** part of temp.to_read in an in-memory database of its own; the writer
** copies each part's rows into db and runs step 4 on that part, in the
** order of the parts, all in build.sql's one transaction. The tables come
** out as one pass makes them. */
int run_build_parallel(sqlite3 *db, const char *script, const tn_crew_plan *plan, char **err);

#endif
