/*
** reader.h: files as records, through one seam. A reader turns one file
** into a sequence of records, each a clean UTF-8 text plus what the format
** states about it (title, date, language, url, source).
**
**   tn_reader *r = tn_reader_open(path, "news/a.jsonl.gz", NULL, NULL, limit, err, sizeof err);
**   tn_record rec;
**   while( tn_reader_next(r, &rec)==1 ){ ... tn_record_free(&rec); }
**   tn_reader_close(r);
**
** Formats (each a reader in a file of its own; adding one is adding a row
** to the table in reader.c):
**   text   a plain text file: one record (decode.h finds its charset);
**   html   a saved web page, with or without HTTP headers: its main text,
**          title, date, language and site (html.c);
**   jsonl  JSON Lines or a JSON array of objects, as crawlers write them
**          (news-please and the like): one record per object (jsonl.c);
**   warc   a WARC archive: one record per response that is a page or text
**          (warc.c).
** The format is the file name's (".html", ".jsonl", ".warc" …, under a
** compression suffix: stream.h), else sniffed from its first bytes, or
** forced. A record that cannot be read is a record with its error; the
** reader goes on to the next. Memory holds one record at a time.
*/
#ifndef TN_READER_H
#define TN_READER_H

#include <stddef.h>
#include "../decode.h"
#include "stream.h"

typedef struct {
  tn_decoded doc;         /* the text, clean UTF-8; doc.text NULL on an error */
  char *title, *url, *source, *lang;   /* what the format states, malloc()ed, or NULL */
  char published[32];     /* YYYY-MM-DD the format states, or "" */
  const char *published_how;   /* static: "html meta", "json-ld", … ; NULL with "" */
  char fetched[32];       /* YYYY-MM-DD the page was fetched (WARC-Date), or "":
                          ** the date of last resort */
  char error[256];        /* "" or why this record could not be read */
} tn_record;

typedef struct tn_reader tn_reader;

/* A format: its name, the file names it claims, the first bytes it claims,
** whether a file may hold many records, and how to read the next one (1
** a record, 0 the end, -1 out of memory). */
typedef struct {
  const char *name;
  const char *const *extensions;
  int (*claims)(const char *head, size_t n);
  int many;
  int (*next)(tn_reader *r, tn_record *rec);
  void (*close)(tn_reader *r);
} tn_format;

/* What a format's reader works with. */
struct tn_reader {
  tn_stream *in;
  const tn_format *format;
  const char *encoding;      /* forced charset, or NULL */
  size_t limit;              /* bytes of one record at most */
  char *head;                /* bytes read ahead to sniff the format */
  size_t head_len, head_pos;
  long long line;            /* lines read (jsonl) */
  int done;
  void *state;               /* the format's own */
};

/* The format a file name says ("a.jsonl.gz": jsonl), or NULL when its
** content must tell. */
const tn_format *tn_format_for_name(const char *name);

/* The format of that name ("html"), or NULL. */
const tn_format *tn_format_named(const char *name);

/* Opens path as the format forced (NULL: by name, else by content) and
** with the charset forced (NULL: detected). limit bounds a record and what
** decompression may give. NULL with err when the file cannot be opened. */
tn_reader *tn_reader_open(const char *path, const char *name, const tn_format *forced,
                          const char *encoding, size_t limit, char *err, size_t nerr);

/* The next record into *rec: 1, 0 at the end, -1 out of memory. */
int tn_reader_next(tn_reader *r, tn_record *rec);

/* Whether the file may hold more than one record. */
int tn_reader_many(const tn_reader *r);

void tn_reader_close(tn_reader *r);
void tn_record_free(tn_record *rec);

/* For the formats: up to n bytes of the file, read-ahead first (as
** tn_stream_read()); and the whole rest, malloc()ed (as tn_stream_slurp()). */
long tn_reader_read(tn_reader *r, char *buf, size_t n);
char *tn_reader_slurp(tn_reader *r, size_t *len);

/* For the formats: the record's text from bytes[0..n) in charset (NULL:
** detected; a BOM wins); an error in rec->error when they are no text. */
int tn_record_decode(const char *bytes, size_t n, const char *charset, tn_record *rec);

/* For the formats of one record a file (text, pages): the whole file made
** a record by make (tn_record_decode, tn_html_record); a file that cannot
** be read is a record with its error. As tn_format.next returns. */
typedef int tn_record_maker(const char *bytes, size_t n, const char *charset, tn_record *rec);
int tn_reader_whole(tn_reader *r, tn_record *rec, tn_record_maker *make);

/* For the formats: the body offset of an HTTP response above a page (0
** when bytes do not start with one), its Content-Type into type and its
** charset into charset. */
size_t tn_http_headers(const char *s, size_t n, char *charset, size_t nc, char *type, size_t nt);

/* For the formats: a page's record from its bytes (html.c), read in
** charset when given. -1 when out of memory. */
int tn_html_record(const char *bytes, size_t n, const char *charset, tn_record *rec);

extern const tn_format tn_format_text, tn_format_html, tn_format_jsonl, tn_format_warc;

#endif
