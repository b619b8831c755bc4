/* test_walk.c: the folder walk, in a scratch folder. */
#include "check.h"
#include "core/walk.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void touch(const char *path){
  FILE *f = fopen(path, "w");
  if( f ){ fputs("x\n", f); fclose(f); }
}

void test_walk(void){
  char root[] = "/tmp/tn_walk_XXXXXX";
  if( !mkdtemp(root) ){ CHECK("walk.mkdtemp", 0); return; }
  char p[512];
  /* Byte order of full paths: "a-b" < "a.txt" < "a/x" < "b". */
  snprintf(p, sizeof p, "%s/a", root); mkdir(p, 0755);
  snprintf(p, sizeof p, "%s/a/x", root); touch(p);
  snprintf(p, sizeof p, "%s/a.txt", root); touch(p);
  snprintf(p, sizeof p, "%s/a-b", root); touch(p);
  snprintf(p, sizeof p, "%s/b", root); touch(p);
  snprintf(p, sizeof p, "%s/.hidden", root); touch(p);
  snprintf(p, sizeof p, "%s/gone", root); touch(p);

  char err[256];
  tn_walk *w = tn_walk_open(root, err, sizeof err);
  CHECK("walk.open", w!=NULL);
  if( !w ) return;
  char order[256] = "";
  tn_entry e;
  int deleted = 0;
  while( tn_walk_next(w, &e)==1 ){
    /* Delete "gone" after the listing, before it is reached. */
    if( !deleted ){ snprintf(p, sizeof p, "%s/gone", root); unlink(p); deleted = 1; }
    strcat(order, e.rel);
    strcat(order, e.error ? "!" : "");
    strcat(order, " ");
  }
  CHECK_STR("walk.order", "a-b a.txt a/x b gone! ", order);
  CHECK_INT("walk.lookup.file", 1, tn_walk_lookup(w, "a/x", &e));
  CHECK_INT("walk.lookup.size", 2, e.size);
  CHECK_INT("walk.lookup.hidden", 0, tn_walk_lookup(w, ".hidden", &e));
  CHECK_INT("walk.lookup.dotdot", 0, tn_walk_lookup(w, "a/../b", &e));
  CHECK_INT("walk.lookup.absolute", 0, tn_walk_lookup(w, "/etc/passwd", &e));
  CHECK_INT("walk.lookup.folder", 0, tn_walk_lookup(w, "a", &e));
  CHECK_INT("walk.lookup.missing", 0, tn_walk_lookup(w, "zzz", &e));
  tn_walk_close(w);

  CHECK("walk.missing-folder", tn_walk_open("/nonexistent/folder", err, sizeof err)==NULL);
  CHECK_STR("walk.missing-folder.message",
            "folder '/nonexistent/folder' not found: No such file or directory", err);
  snprintf(p, sizeof p, "%s/b", root);
  CHECK("walk.file-as-folder", tn_walk_open(p, err, sizeof err)==NULL);
  char want[600];
  snprintf(want, sizeof want, "'%s' is not a folder", p);
  CHECK_STR("walk.file-as-folder.message", want, err);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  CHECK_INT("walk.cleanup", 0, system(cmd));
}
