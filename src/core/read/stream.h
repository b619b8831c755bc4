/*
** stream.h: the bytes of one file, decompressed on the way when they are
** compressed (gzip, zstd, xz, bzip2: libarchive's raw filters), read in
** pieces so that memory does not grow with the file.
**
**   char err[256];
**   tn_stream *in = tn_stream_open("news.jsonl.gz", 1<<30, err, sizeof err);
**   while( (got = tn_stream_read(in, buf, sizeof buf))>0 ) ...
**   tn_stream_close(in);
**
** The file is opened without following a symlink and must be a regular
** file (a FIFO would block). A cap bounds what tn_stream_slurp() may give:
** past it, it fails with "larger than N bytes", so a zip bomb read whole
** is an error, not a crash; readers of many records read in pieces and
** bound each record themselves. A damaged or truncated compressed file is
** an error too. Whether the file is compressed is told from the bytes of
** its first read (a plain file costs no system call more than its reads),
** so an error of its start comes from that read, not from the open.
*/
#ifndef TN_STREAM_H
#define TN_STREAM_H

#include <stddef.h>

typedef struct tn_stream tn_stream;

/* Opens path, cap bounding a slurp; NULL with err when it cannot be read. */
tn_stream *tn_stream_open(const char *path, size_t cap, char *err, size_t nerr);

/* Up to n bytes into buf: how many, 0 at the end, -1 on an error
** (tn_stream_error() says which). */
long tn_stream_read(tn_stream *s, char *buf, size_t n);

/* ahead[0..nahead) (bytes the caller read already) and everything left,
** malloc()ed and NUL-terminated, the length in *len; NULL on an error
** (tn_stream_error(); "out of memory" included). */
char *tn_stream_slurp(tn_stream *s, const char *ahead, size_t nahead, size_t *len);

/* The error of the last read, or NULL. */
const char *tn_stream_error(const tn_stream *s);

/* "gzip", "zstd", "xz", "bzip2" … when the file is compressed, else NULL. */
const char *tn_stream_compression(const tn_stream *s);

void tn_stream_close(tn_stream *s);

/* The name without a compression suffix (".gz", ".zst", ".xz", ".bz2"),
** into out[n]: "a.jsonl.gz" gives "a.jsonl". */
void tn_stream_inner_name(const char *name, char *out, size_t n);

#endif
