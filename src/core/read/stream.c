/*
** stream.c: file bytes through libarchive's raw filters (see stream.h).
** libarchive is kept for this: one API for gzip, zstd, xz and bzip2, each
** streaming, where writing them would mean four decoders of our own.
*/
#include "stream.h"
#include "../counts.h"

#include <archive.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

struct tn_stream {
  struct archive *a;     /* NULL for a file that is not compressed: read() */
  int fd;
  int sniffed;           /* the first read looked for a compression's magic */
  size_t cap;            /* bytes tn_stream_slurp() may give */
  size_t size;           /* a file that is not compressed: its size, to slurp in one read */
  size_t plain_read;     /* bytes read() gave of such a file */
  int eof;
  char error[256];
};

/* Whether head[0..n) starts with the magic of gzip, zstd, xz or bzip2. */
static int compressed(const unsigned char *head, size_t n){
  static const struct { unsigned char magic[6]; size_t len; } magics[] = {
    { { 0x1F, 0x8B }, 2 }, { { 0x28, 0xB5, 0x2F, 0xFD }, 4 },
    { { 0xFD, '7', 'z', 'X', 'Z', 0x00 }, 6 }, { { 'B', 'Z', 'h' }, 3 },
  };
  for(size_t k=0; k<sizeof magics/sizeof magics[0]; k++){
    if( n>=magics[k].len && memcmp(head, magics[k].magic, magics[k].len)==0 ) return 1;
  }
  return 0;
}
#define MAGIC_MAX 6

tn_stream *tn_stream_open(const char *path, size_t cap, char *err, size_t nerr){
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
  if( fd<0 ){
    snprintf(err, nerr, "cannot open: %s", strerror(errno));
    return NULL;
  }
  struct stat st;
  if( fstat(fd, &st)!=0 || !S_ISREG(st.st_mode) ){
    snprintf(err, nerr, "not a regular file");
    close(fd);
    return NULL;
  }
  /* O_NONBLOCK only kept open() from waiting on a FIFO: a regular file's
  ** reads ignore it. */
  tn_count_file();
  tn_stream *s = calloc(1, sizeof *s);
  if( !s ){
    snprintf(err, nerr, "out of memory");
    close(fd);
    return NULL;
  }
  s->fd = fd;
  s->cap = cap;
  s->size = (size_t)st.st_size;
  return s;
}

/* Reads the file again from its start through libarchive's filters. 0 with
** s->error when they cannot read it. */
static int open_filters(tn_stream *s){
  struct archive *a = archive_read_new();
  if( !a || lseek(s->fd, 0, SEEK_SET)!=0 ){
    snprintf(s->error, sizeof s->error, a ? "cannot read: %s" : "out of memory", strerror(errno));
    archive_read_free(a);
    return 0;
  }
  s->a = a;
  s->size = 0;
  archive_read_support_filter_all(a);
  archive_read_support_format_raw(a);
  archive_read_support_format_empty(a);
  struct archive_entry *entry;
  int rc = archive_read_open_fd(a, s->fd, 65536);
  if( rc==ARCHIVE_OK ) rc = archive_read_next_header(a, &entry);
  if( rc==ARCHIVE_EOF ){
    s->eof = 1;                          /* an empty file */
  }else if( rc!=ARCHIVE_OK ){
    snprintf(s->error, sizeof s->error, "cannot read: %s",
             archive_error_string(a) ? archive_error_string(a) : "unknown error");
    return 0;
  }
  return 1;
}

/* What a read() of n bytes of the file as it is gave: counted, or the
** error kept. A read that gives fewer bytes than asked once the file's
** size is read is at its end: no read more to see it (a file of most news
** is then read in one). A file whose size says nothing (0, as /proc's) or
** that has grown is read on to a read that gives none. */
static long plain(tn_stream *s, ssize_t got, size_t n){
  if( got<0 ){
    snprintf(s->error, sizeof s->error, "read failed: %s", strerror(errno));
    return -1;
  }
  s->plain_read += (size_t)got;
  if( got==0 || ((size_t)got<n && s->size && s->plain_read>=s->size) ) s->eof = 1;
  tn_count_bytes((uint64_t)got);
  return (long)got;
}

static ssize_t read_fd(int fd, char *buf, size_t n){
  ssize_t got;
  do got = read(fd, buf, n); while( got<0 && errno==EINTR );
  return got;
}

/* The first read: the bytes as they are (most files: no filter), or, when
** they start with a compression's magic, the file again from its start
** through libarchive. Sniffed in the first read rather than at open, a
** plain file costs no system call more than its reads. */
static long first_read(tn_stream *s, char *buf, size_t n){
  s->sniffed = 1;
  unsigned char small[MAGIC_MAX];
  const unsigned char *head = (const unsigned char *)buf;
  ssize_t got;
  if( n<MAGIC_MAX ){                     /* a buffer too small to sniff in */
    head = small;
    got = pread(s->fd, small, MAGIC_MAX, 0);
  }else{
    got = read_fd(s->fd, buf, n);
  }
  if( got>0 && compressed(head, (size_t)got) ) return open_filters(s) ? tn_stream_read(s, buf, n) : -1;
  if( head==small ) return plain(s, read_fd(s->fd, buf, n), n);
  return plain(s, got, n);
}

long tn_stream_read(tn_stream *s, char *buf, size_t n){
  if( s->eof || s->error[0] ) return s->error[0] ? -1 : 0;
  if( !s->sniffed ) return first_read(s, buf, n);
  if( !s->a ) return plain(s, read_fd(s->fd, buf, n), n);
  la_ssize_t got = archive_read_data(s->a, buf, n);
  if( got<0 ){
    snprintf(s->error, sizeof s->error, "%s data damaged or truncated: %s",
             tn_stream_compression(s) ? tn_stream_compression(s) : "file",
             archive_error_string(s->a) ? archive_error_string(s->a) : "read failed");
    return -1;
  }
  if( got==0 ) s->eof = 1;
  tn_count_bytes((uint64_t)got);
  return (long)got;
}

char *tn_stream_slurp(tn_stream *s, const char *ahead, size_t nahead, size_t *len){
  /* Room for the whole file at once when its size is known (one read: a
  ** byte more is asked, so that it ends short), for what was read ahead
  ** when that was all, else 64 KB, doubled as it fills. */
  size_t cap = s->eof ? nahead : s->size>nahead && s->size<=s->cap ? s->size + 1 : 65536, n = nahead;
  if( cap<nahead ) cap = nahead;
  char *buf = malloc(cap + 1);
  if( !buf ){
    snprintf(s->error, sizeof s->error, "out of memory");
    return NULL;
  }
  if( nahead ) memcpy(buf, ahead, nahead);
  while( !s->eof ){
    if( n==cap ){
      /* Past the cap is an error: a zip bomb is a bad input, not a crash. */
      if( cap>s->cap ){
        free(buf);
        snprintf(s->error, sizeof s->error, "larger than %zu bytes%s: not read", s->cap,
                 tn_stream_compression(s) ? " once decompressed" : "");
        return NULL;
      }
      cap *= 2;
      char *grown = realloc(buf, cap + 1);
      if( !grown ){
        free(buf);
        snprintf(s->error, sizeof s->error, "out of memory");
        return NULL;
      }
      buf = grown;
    }
    long got = tn_stream_read(s, buf + n, cap - n);
    if( got<0 ){ free(buf); return NULL; }
    if( got==0 ) break;
    n += (size_t)got;
  }
  if( n>s->cap ){
    free(buf);
    snprintf(s->error, sizeof s->error, "larger than %zu bytes%s: not read", s->cap,
             tn_stream_compression(s) ? " once decompressed" : "");
    return NULL;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

const char *tn_stream_error(const tn_stream *s){
  return s->error[0] ? s->error : NULL;
}

const char *tn_stream_compression(const tn_stream *s){
  return s->a && archive_filter_count(s->a)>1 ? archive_filter_name(s->a, 0) : NULL;
}

void tn_stream_close(tn_stream *s){
  if( !s ) return;
  if( s->a ) archive_read_free(s->a);
  close(s->fd);
  free(s);
}

void tn_stream_inner_name(const char *name, char *out, size_t n){
  static const char *const suffixes[] = { ".gz", ".zst", ".xz", ".bz2" };
  snprintf(out, n, "%s", name);
  size_t len = strlen(out);
  for(size_t k=0; k<sizeof suffixes/sizeof suffixes[0]; k++){
    size_t sl = strlen(suffixes[k]);
    if( len>sl && strcasecmp(out + len - sl, suffixes[k])==0 ){ out[len - sl] = 0; return; }
  }
}
