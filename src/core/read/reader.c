/*
** reader.c: the reader seam (see reader.h): which format a file is, and
** the text format.
*/
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HEAD_BYTES 1024      /* read ahead to sniff a format */

/* The formats, most particular first: their names and first bytes are
** tried in this order; text takes what no other claims. */
static const tn_format *const formats[] = { &tn_format_warc, &tn_format_jsonl, &tn_format_html, &tn_format_text };
#define NFORMATS (sizeof formats / sizeof formats[0])

const tn_format *tn_format_for_name(const char *name){
  char inner[1024];
  tn_stream_inner_name(name, inner, sizeof inner);
  const char *dot = strrchr(inner, '.'), *slash = strrchr(inner, '/');
  if( !dot || (slash && dot<slash) ) return NULL;
  for(size_t f=0; f<NFORMATS; f++){
    for(const char *const *e = formats[f]->extensions; *e; e++){
      if( strcasecmp(dot + 1, *e)==0 ) return formats[f];
    }
  }
  return NULL;
}

const tn_format *tn_format_named(const char *name){
  for(size_t f=0; f<NFORMATS; f++){
    if( strcmp(formats[f]->name, name)==0 ) return formats[f];
  }
  return NULL;
}

tn_reader *tn_reader_open(const char *path, const char *name, const tn_format *forced,
                          const char *encoding, size_t limit, char *err, size_t nerr){
  tn_stream *in = tn_stream_open(path, limit, err, nerr);
  if( !in ) return NULL;
  tn_reader *r = calloc(1, sizeof *r);
  char *head = malloc(HEAD_BYTES);
  if( !r || !head ){
    snprintf(err, nerr, "out of memory");
    free(r);
    free(head);
    tn_stream_close(in);
    return NULL;
  }
  r->in = in;
  r->head = head;
  r->encoding = encoding;
  r->limit = limit;
  /* The first bytes, kept for the format's reader. */
  for(long got; r->head_len<HEAD_BYTES; r->head_len += (size_t)got){
    got = tn_stream_read(in, head + r->head_len, HEAD_BYTES - r->head_len);
    if( got<=0 ) break;
  }
  if( tn_stream_error(in) ){            /* its start cannot be read (a damaged compressed file) */
    snprintf(err, nerr, "%s", tn_stream_error(in));
    tn_reader_close(r);
    return NULL;
  }
  r->format = forced ? forced : tn_format_for_name(name);
  for(size_t f=0; !r->format && f<NFORMATS; f++){
    if( !formats[f]->claims || formats[f]->claims(head, r->head_len) ) r->format = formats[f];
  }
  return r;
}

long tn_reader_read(tn_reader *r, char *buf, size_t n){
  if( r->head_pos<r->head_len ){
    size_t k = r->head_len - r->head_pos < n ? r->head_len - r->head_pos : n;
    memcpy(buf, r->head + r->head_pos, k);
    r->head_pos += k;
    return (long)k;
  }
  return tn_stream_read(r->in, buf, n);
}

char *tn_reader_slurp(tn_reader *r, size_t *len){
  char *all = tn_stream_slurp(r->in, r->head + r->head_pos, r->head_len - r->head_pos, len);
  r->head_pos = r->head_len;
  return all;
}

int tn_reader_next(tn_reader *r, tn_record *rec){
  memset(rec, 0, sizeof *rec);
  if( r->done ) return 0;
  return r->format->next(r, rec);
}

int tn_reader_many(const tn_reader *r){
  return r->format->many;
}

void tn_reader_close(tn_reader *r){
  if( !r ) return;
  if( r->format && r->format->close ) r->format->close(r);
  tn_stream_close(r->in);
  free(r->head);
  free(r);
}

void tn_record_free(tn_record *rec){
  free(rec->doc.text);
  free(rec->title);
  free(rec->url);
  free(rec->source);
  free(rec->lang);
  memset(rec, 0, sizeof *rec);
}

int tn_record_decode(const char *bytes, size_t n, const char *charset, tn_record *rec){
  if( tn_decode_as(bytes, n, charset, &rec->doc)==0 ) return 0;
  if( rec->doc.error && strcmp(rec->doc.error, "out of memory")==0 ) return -1;
  snprintf(rec->error, sizeof rec->error, "%s", rec->doc.error ? rec->doc.error : "cannot decode");
  return 0;
}

int tn_reader_whole(tn_reader *r, tn_record *rec, tn_record_maker *make){
  size_t n;
  char *bytes = tn_reader_slurp(r, &n);
  r->done = 1;
  if( !bytes ){
    const char *why = tn_stream_error(r->in);
    if( why && strcmp(why, "out of memory")==0 ) return -1;
    snprintf(rec->error, sizeof rec->error, "%s", why ? why : "cannot read");
    return 1;
  }
  int rc = make(bytes, n, r->encoding, rec);
  free(bytes);
  return rc<0 ? -1 : 1;
}

/* ---- text: the whole file, one record ---------------------------------- */

static int text_next(tn_reader *r, tn_record *rec){
  return tn_reader_whole(r, rec, tn_record_decode);
}

static const char *const text_extensions[] = { "txt", "text", "md", NULL };
const tn_format tn_format_text = { "text", text_extensions, NULL, 0, text_next, NULL };
