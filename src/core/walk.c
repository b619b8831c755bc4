/*
** walk.c: a confined, sorted, depth-first folder walk (see walk.h).
*/
#define _GNU_SOURCE
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
  char *name;
  int is_dir;
} dir_item;

typedef struct {
  size_t rel_len;     /* length of the folder's relative path in w->rel */
  dir_item *items;
  size_t n, next;
} level;

struct tn_walk {
  char *root;                 /* realpath of the folder */
  size_t root_len;
  level stack[TN_WALK_MAX_DEPTH+1];
  int depth;                  /* levels in use; 0 when the walk is over */
  int started;                /* the folder's own names have been read */
  char rel[PATH_MAX];         /* relative path of the current entry */
  char full[PATH_MAX];        /* root + "/" + rel */
  char target[PATH_MAX];      /* the file a symlink resolves to: the one to open */
  char error[128];
};

/* Sort so that a depth-first walk lists paths in byte order: a folder
** sorts as its name followed by '/', where its contents will stand. */
static int compare_items(const void *a, const void *b){
  const dir_item *x = a, *y = b;
  const unsigned char *p = (const unsigned char *)x->name;
  const unsigned char *q = (const unsigned char *)y->name;
  for(;; p++, q++){
    unsigned c = *p ? *p : (x->is_dir ? '/' : 0);
    unsigned d = *q ? *q : (y->is_dir ? '/' : 0);
    if( c!=d ) return (int)c - (int)d;
    if( !*p || !*q ) return (int)(*q==0) - (int)(*p==0);
  }
}

static void free_level(level *l){
  for(size_t i=0; i<l->n; i++) free(l->items[i].name);
  free(l->items);
  memset(l, 0, sizeof *l);
}

/* out = a "/" b (a alone or b alone when the other is ""); 0, out left
** as it was, when that is PATH_MAX or longer. out may be a (b is appended
** to it), not b. */
static int join(char *out, const char *a, const char *b){
  size_t na = strlen(a), nb = strlen(b), slash = na && nb;
  if( na + slash + nb >= PATH_MAX ) return 0;
  if( out!=a ) memcpy(out, a, na);
  if( slash ) out[na] = '/';
  memcpy(out + na + slash, b, nb + 1);
  return 1;
}

/* Read and sort the names of folder rel (w->rel[0..rel_len)). Returns 0, an
** errno value, or -1 when out of memory. */
static int push_level(tn_walk *w, size_t rel_len){
  char path[PATH_MAX];
  w->rel[rel_len] = 0;
  if( !join(path, w->root, w->rel) ) return ENAMETOOLONG;
  DIR *d = opendir(path);
  if( !d ) return errno;
  level *l = &w->stack[w->depth];
  memset(l, 0, sizeof *l);
  l->rel_len = rel_len;
  size_t cap = 0;
  struct dirent *de;
  while( (de = readdir(d))!=NULL ){
    if( de->d_name[0]=='.' ) continue;   /* hidden, and . and .. */
    if( l->n==cap ){
      cap = cap ? cap*2 : 64;
      dir_item *grown = realloc(l->items, cap * sizeof *grown);
      if( !grown ){ closedir(d); free_level(l); return -1; }
      l->items = grown;
    }
    int is_dir = de->d_type==DT_DIR;
    if( de->d_type==DT_UNKNOWN ){
      struct stat st;
      char child[PATH_MAX];
      is_dir = join(child, path, de->d_name) && lstat(child, &st)==0 && S_ISDIR(st.st_mode);
    }
    char *name = strdup(de->d_name);
    if( !name ){ closedir(d); free_level(l); return -1; }
    l->items[l->n].name = name;
    l->items[l->n++].is_dir = is_dir;
  }
  closedir(d);
  qsort(l->items, l->n, sizeof *l->items, compare_items);
  w->depth++;
  return 0;
}

tn_walk *tn_walk_open(const char *folder, char *err, size_t errlen){
  struct stat st;
  if( stat(folder, &st)!=0 ){
    snprintf(err, errlen, "folder '%s' not found: %s", folder, strerror(errno));
    return NULL;
  }
  if( !S_ISDIR(st.st_mode) ){
    snprintf(err, errlen, "'%s' is not a folder", folder);
    return NULL;
  }
  tn_walk *w = calloc(1, sizeof *w);
  if( !w || !(w->root = realpath(folder, NULL)) ){
    free(w);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  w->root_len = strlen(w->root);
  /* Fail now, not at the first row, when the folder cannot be listed. */
  DIR *d = opendir(w->root);
  if( !d ){
    snprintf(err, errlen, "cannot read folder '%s': %s", folder, strerror(errno));
    tn_walk_close(w);
    return NULL;
  }
  closedir(d);
  return w;
}

static void set_error(tn_walk *w, tn_entry *e, const char *msg){
  snprintf(w->error, sizeof w->error, "%s", msg);
  e->error = w->error;
  e->target = NULL;
}

/* An entry for a folder (or a name) that cannot be read: only an error. */
static int error_entry(tn_walk *w, tn_entry *e, const char *rel, const char *msg){
  memset(e, 0, sizeof *e);
  e->rel = rel;
  e->size = -1;
  set_error(w, e, msg);
  return 1;
}

/* Fill *e for the non-folder at w->rel. */
static void classify(tn_walk *w, tn_entry *e){
  struct stat st;
  memset(e, 0, sizeof *e);
  e->rel = w->rel;
  e->size = -1;
  if( !join(w->full, w->root, w->rel) ){ set_error(w, e, "path too long"); return; }
  if( lstat(w->full, &st)!=0 ){ set_error(w, e, strerror(errno)); return; }
  e->mtime = st.st_mtime;
  int is_link = S_ISLNK(st.st_mode);
  if( is_link ){
    struct stat target;
    if( stat(w->full, &target)!=0 ){
      set_error(w, e, errno==ELOOP ? "symlink loop" :
                      errno==ENOENT ? "broken symlink: its target does not exist" :
                      strerror(errno));
      return;
    }
    char *real = realpath(w->full, NULL);
    int inside = real && strncmp(real, w->root, w->root_len)==0
                 && (real[w->root_len]=='/' || w->root[w->root_len-1]=='/');
    if( inside ) snprintf(w->target, sizeof w->target, "%s", real);
    free(real);
    if( !inside ){ set_error(w, e, "symlink to a place outside the folder, not followed"); return; }
    if( S_ISDIR(target.st_mode) ){ set_error(w, e, "symlink to a folder, not followed"); return; }
    st = target;
    e->mtime = st.st_mtime;
  }
  if( !S_ISREG(st.st_mode) ){
    set_error(w, e, S_ISFIFO(st.st_mode) ? "not a regular file (a FIFO)" :
                    S_ISSOCK(st.st_mode) ? "not a regular file (a socket)" :
                    "not a regular file (a device)");
    return;
  }
  e->size = (long long)st.st_size;
  e->target = is_link ? w->target : w->full;
}

static int folder_error(tn_walk *w, tn_entry *e, const char *rel, int err){
  char msg[96];
  snprintf(msg, sizeof msg, "cannot read folder: %s", strerror(err));
  return error_entry(w, e, rel, msg);
}

int tn_walk_next(tn_walk *w, tn_entry *e){
  if( !w->started ){
    /* Listed lazily, so that a lookup never reads the folder. */
    w->started = 1;
    int rc = push_level(w, 0);
    if( rc<0 ) return -1;
    if( rc>0 ) return folder_error(w, e, "", rc);
  }
  while( w->depth>0 ){
    level *l = &w->stack[w->depth-1];
    if( l->next>=l->n ){ free_level(l); w->depth--; continue; }
    dir_item *it = &l->items[l->next++];
    w->rel[l->rel_len] = 0;
    if( !join(w->rel, w->rel, it->name) ) return error_entry(w, e, it->name, "path too long");
    if( !it->is_dir ){ classify(w, e); return 1; }
    size_t len = strlen(w->rel);
    if( w->depth>TN_WALK_MAX_DEPTH ){
      char msg[64];
      snprintf(msg, sizeof msg, "folder nested deeper than %d levels, not read", TN_WALK_MAX_DEPTH);
      return error_entry(w, e, w->rel, msg);
    }
    int rc = push_level(w, len);
    if( rc<0 ) return -1;
    if( rc>0 ) return folder_error(w, e, w->rel, rc);
  }
  return 0;
}

int tn_walk_lookup(tn_walk *w, const char *rel, tn_entry *e){
  size_t n = strlen(rel);
  if( n==0 || n>=PATH_MAX || rel[0]=='/' ) return 0;
  /* Every component must be one the walk would enter: not empty, not
  ** hidden (which also rules out . and ..), and no folder on the way may
  ** be a symlink. */
  char prefix[PATH_MAX];
  int depth = 0;
  for(size_t i=0; i<=n; i++){
    if( rel[i]!='/' && rel[i]!=0 ) continue;
    size_t start = i;
    while( start>0 && rel[start-1]!='/' ) start--;
    if( i==start || rel[start]=='.' ) return 0;
    if( rel[i]=='/' ){
      struct stat st;
      memcpy(prefix, rel, i);
      prefix[i] = 0;
      char full[PATH_MAX];
      if( !join(full, w->root, prefix) || lstat(full, &st)!=0 || !S_ISDIR(st.st_mode) ) return 0;
      if( ++depth>TN_WALK_MAX_DEPTH ) return 0;
    }
  }
  memcpy(w->rel, rel, n+1);
  struct stat st;
  if( !join(w->full, w->root, w->rel) || lstat(w->full, &st)!=0 || S_ISDIR(st.st_mode) ) return 0;
  classify(w, e);
  return 1;
}

void tn_walk_close(tn_walk *w){
  if( !w ) return;
  while( w->depth>0 ) free_level(&w->stack[--w->depth]);
  free(w->root);
  free(w);
}
