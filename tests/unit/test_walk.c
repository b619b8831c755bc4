/* test_walk.c: the folder walk, in a scratch folder. */
#include "check.h"
#include "core/walk.h"
#include "core/read/stream.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void touch(const char *path){
  FILE *f = fopen(path, "w");
  if( f ){ fputs("x\n", f); fclose(f); }
}

/* The whole of a stream read n bytes at a time, into out[cap]; -1 on an error. */
static long read_all(const char *path, size_t n, char *out, size_t cap){
  char err[256];
  tn_stream *s = tn_stream_open(path, 1<<20, err, sizeof err);
  if( !s ) return -1;
  size_t len = 0;
  long got = 0;
  while( len + n<=cap && (got = tn_stream_read(s, out + len, n))>0 ) len += (size_t)got;
  if( got<0 ) len = (size_t)-1;
  tn_stream_close(s);
  out[len<cap ? len : 0] = 0;
  return (long)len;
}

/* A plain file and a gzip'ed one read in pieces of every size, the pieces
** smaller than a compression's magic too: the same bytes. The first read
** tells them apart. */
static void test_stream(const char *root){
  char plain[512], gz[512], cmd[1200], out[256];
  snprintf(plain, sizeof plain, "%s/s.txt", root);
  snprintf(gz, sizeof gz, "%s/s.txt.gz", root);
  FILE *f = fopen(plain, "w");
  if( f ){ fputs("The euro rose 2%.\n", f); fclose(f); }
  snprintf(cmd, sizeof cmd, "gzip -c '%s' > '%s'", plain, gz);
  CHECK_INT("stream.gzip", 0, system(cmd));
  static const size_t sizes[] = { 1, 2, 5, 6, 7, 64 };
  for(size_t k=0; k<sizeof sizes/sizeof sizes[0]; k++){
    char name[64];
    for(int zipped=0; zipped<2; zipped++){
      snprintf(name, sizeof name, "stream.%s.%zu.length", zipped ? "gzip" : "plain", sizes[k]);
      CHECK_INT(name, 18, read_all(zipped ? gz : plain, sizes[k], out, sizeof out));
      snprintf(name, sizeof name, "stream.%s.%zu.text", zipped ? "gzip" : "plain", sizes[k]);
      CHECK_STR(name, "The euro rose 2%.\n", out);
    }
  }
  /* Cut short: an error, not a short text. */
  snprintf(cmd, sizeof cmd, "head -c 20 '%s' > '%s/cut.gz'", gz, root);
  CHECK_INT("stream.cut", 0, system(cmd));
  snprintf(gz, sizeof gz, "%s/cut.gz", root);
  CHECK_INT("stream.cut.error", -1, read_all(gz, 64, out, sizeof out));
}

/* A file slurped as a reader does (its first KB read ahead, then the
** rest): len bytes, n_after of them appended after it was opened; -1 on an
** error. */
static long slurp_file(const char *path, size_t n_after, char **out){
  char err[256], head[1024];
  *out = NULL;
  tn_stream *s = tn_stream_open(path, 1<<20, err, sizeof err);
  if( !s ) return -1;
  size_t nhead = 0;
  for(long got; nhead<sizeof head && (got = tn_stream_read(s, head + nhead, sizeof head - nhead))>0; ) nhead += (size_t)got;
  if( n_after ){
    FILE *f = fopen(path, "a");
    for(size_t k=0; f && k<n_after; k++) fputc('z', f);
    if( f ) fclose(f);
  }
  size_t len = 0;
  *out = tn_stream_slurp(s, head, nhead, &len);
  tn_stream_close(s);
  return *out ? (long)len : -1;
}

/* Files of sizes about the read-ahead and the first read are read whole
** (the end is told from the size, no read more), as is one that grows
** after it is opened but before its end is read (a file shorter than the
** read-ahead is as it was then) and one whose size says nothing (/proc's
** are 0). */
static void test_slurp(const char *root){
  static const size_t sizes[] = { 0, 1, 1023, 1024, 1025, 3000, 70000 };
  char path[512], name[64], *text;
  snprintf(path, sizeof path, "%s/slurp.txt", root);
  for(size_t k=0; k<sizeof sizes/sizeof sizes[0]; k++){
    for(size_t grow=0; grow<=5; grow += 5){
      FILE *f = fopen(path, "w");
      for(size_t b=0; f && b<sizes[k]; b++) fputc('a' + (int)(b % 26), f);
      if( f ) fclose(f);
      long len = slurp_file(path, grow, &text);
      size_t want = sizes[k] + (sizes[k]>=1024 ? grow : 0);
      snprintf(name, sizeof name, "stream.slurp.%zu%s", sizes[k], grow ? ".grown" : "");
      int whole = text && len==(long)want;
      for(size_t b=0; whole && b<sizes[k]; b++) whole = text[b]=='a' + (int)(b % 26);
      for(size_t b=sizes[k]; whole && b<want; b++) whole = text[b]=='z';
      CHECK(name, whole && text[len]==0);
      free(text);
    }
  }
  long len = slurp_file("/proc/self/status", 0, &text);
  CHECK("stream.slurp.proc", len>200 && strstr(text, "Name:") && strstr(text, "nonvoluntary_ctxt_switches") && text[len-1]=='\n');
  free(text);
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
  test_stream(root);
  test_slurp(root);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  CHECK_INT("walk.cleanup", 0, system(cmd));
}
