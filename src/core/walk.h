/*
** walk.h: list the files below a folder, safely and in a stable order.
**
** The walk is depth-first in byte order of the path relative to the folder
** (exactly the order of ORDER BY path), skips hidden names (a leading dot),
** never leaves the folder: a symlink is followed only to a regular file
** inside it, never to a folder. At most TN_WALK_MAX_DEPTH folders deep.
** Memory holds the names of the folders on the current path only, never the
** whole tree. Anything that cannot be read is an entry with an error, so a
** bad file never ends the walk.
*/
#ifndef TN_WALK_H
#define TN_WALK_H

#include <stddef.h>
#include <time.h>

#define TN_WALK_MAX_DEPTH 32

typedef struct {
  const char *rel;     /* path relative to the folder; bytes as on disk */
  const char *target;  /* the file to open, NULL when error is set */
  long long size;      /* bytes, -1 when unknown */
  time_t mtime;        /* 0 when unknown */
  const char *error;   /* NULL, or why the entry cannot be read */
} tn_entry;

typedef struct tn_walk tn_walk;

/* Start a walk of `folder`. Returns NULL and writes a message naming the
** folder into err when it does not exist, is not a folder, or memory
** fails. */
tn_walk *tn_walk_open(const char *folder, char *err, size_t errlen);

/* The next entry: 1 and *e filled (valid until the next call), 0 at the
** end, -1 when out of memory. */
int tn_walk_next(tn_walk *w, tn_entry *e);

/* The entry at path `rel` without walking: 1 and *e filled, 0 when the
** walk would not list it (missing, hidden, outside, a folder), -1 when out
** of memory. */
int tn_walk_lookup(tn_walk *w, const char *rel, tn_entry *e);

void tn_walk_close(tn_walk *w);

#endif
