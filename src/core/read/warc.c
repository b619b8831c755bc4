/*
** warc.c: WARC archives (reader.h), as web crawlers write them (.warc,
** .warc.gz: stream.h decompresses). One record per response or resource
** whose payload is a page or text: a page is read as html.c reads one
** (its HTTP headers give the charset and are stripped), text as text.
** WARC-Target-URI is the url; WARC-Date's day the date of last resort
** (tn_record.fetched). Requests, metadata, warcinfo and revisits are no
** records. Memory: one record; a record longer than the limit is a record
** with its error, passed over.
*/
#define _GNU_SOURCE            /* strcasestr() */
#include "reader.h"
#include "../dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HEADER_MAX 65536       /* bytes of a record's WARC headers */

typedef struct {
  char buf[65536];
  size_t len, pos;
} warc_state;

/* One byte, or -1 at the end or on an error. */
static int next_byte(tn_reader *r, warc_state *s){
  if( s->pos==s->len ){
    long got = tn_reader_read(r, s->buf, sizeof s->buf);
    if( got<=0 ) return -1;
    s->len = (size_t)got;
    s->pos = 0;
  }
  return (unsigned char)s->buf[s->pos++];
}

/* n bytes into out (NULL: passed over). 0 when the file ends first. */
static int read_exact(tn_reader *r, warc_state *s, char *out, size_t n){
  while( n ){
    if( s->pos==s->len ){
      long got = tn_reader_read(r, s->buf, sizeof s->buf);
      if( got<=0 ) return 0;
      s->len = (size_t)got;
      s->pos = 0;
    }
    size_t k = s->len - s->pos < n ? s->len - s->pos : n;
    if( out ){ memcpy(out, s->buf + s->pos, k); out += k; }
    s->pos += k;
    n -= k;
  }
  return 1;
}

/* A record's headers up to their blank line, into h (NUL-terminated). 0 at
** the end of the file. */
static int read_headers(tn_reader *r, warc_state *s, char *h, size_t cap, size_t *len){
  size_t n = 0;
  int c;
  while( (c = next_byte(r, s))>=0 ){
    if( n==0 && (c=='\r' || c=='\n') ) continue;          /* between records */
    if( n + 1<cap ) h[n++] = (char)c;
    if( n>=4 && memcmp(h + n - 4, "\r\n\r\n", 4)==0 ) break;
    if( n>=2 && memcmp(h + n - 2, "\n\n", 2)==0 ) break;
  }
  h[n] = 0;
  *len = n;
  return n>0;
}

/* The value of header name in h, into out[n]. */
static int header(const char *h, const char *name, char *out, size_t n){
  size_t nl = strlen(name);
  for(const char *line = h; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL){
    if( strncasecmp(line, name, nl)!=0 || line[nl]!=':' ) continue;
    const char *v = line + nl + 1;
    while( *v==' ' ) v++;
    size_t k = 0;
    while( v[k] && v[k]!='\r' && v[k]!='\n' && k + 1<n ){ out[k] = v[k]; k++; }
    out[k] = 0;
    return 1;
  }
  return 0;
}

/* The next record that is a page or text into rec: 1, 0 at the end, -1
** out of memory; h holds a record's headers. */
static int next_record(tn_reader *r, warc_state *s, char *h, tn_record *rec){
  for(;;){
    size_t hlen;
    if( !read_headers(r, s, h, HEADER_MAX, &hlen) ){
      r->done = 1;
      const char *why = tn_stream_error(r->in);
      if( !why ) return 0;
      snprintf(rec->error, sizeof rec->error, "%s", why);
      return strcmp(why, "out of memory")==0 ? -1 : 1;
    }
    r->line++;
    char type[64] = "", length[32] = "", uri[1024] = "", date[64] = "", ctype[128] = "";
    header(h, "WARC-Type", type, sizeof type);
    header(h, "WARC-Target-URI", uri, sizeof uri);
    header(h, "WARC-Date", date, sizeof date);
    header(h, "Content-Type", ctype, sizeof ctype);
    if( strncmp(h, "WARC/", 5)!=0 || !header(h, "Content-Length", length, sizeof length) ){
      r->done = 1;
      snprintf(rec->error, sizeof rec->error, "record %lld: not a WARC record", r->line);
      return 1;
    }
    size_t n = (size_t)strtoull(length, NULL, 10);
    int wanted = (strcasecmp(type, "response")==0 || strcasecmp(type, "resource")==0)
              && (strcasestr(ctype, "application/http") || strcasestr(ctype, "text/"));
    if( !wanted || n>r->limit ){
      if( !read_exact(r, s, NULL, n) ){ r->done = 1; return 0; }
      if( !wanted ) continue;
      snprintf(rec->error, sizeof rec->error, "record %lld: longer than %zu bytes: not read", r->line, r->limit);
      return 1;
    }
    char *payload = malloc(n + 1);
    if( !payload ) return -1;
    if( !read_exact(r, s, payload, n) ){
      free(payload);
      r->done = 1;
      snprintf(rec->error, sizeof rec->error, "record %lld: truncated", r->line);
      return 1;
    }
    payload[n] = 0;
    /* The payload's own type: an HTTP response's Content-Type, else the record's. */
    char charset[64] = "", ptype[64] = "";
    size_t body = tn_http_headers(payload, n, charset, sizeof charset, ptype, sizeof ptype);
    const char *kind = ptype[0] ? ptype : ctype;
    int rc;
    if( strcasestr(kind, "html") ) rc = tn_html_record(payload, n, r->encoding, rec);
    else if( strcasestr(kind, "text/") ) rc = tn_record_decode(payload + body, n - body,
                                                              r->encoding ? r->encoding : charset[0] ? charset : NULL, rec);
    else{ free(payload); continue; }                  /* images, PDFs: no article */
    free(payload);
    if( rc<0 ) return -1;
    tn_date d;
    if( strlen(date)>=10 && tn_parse_iso_date(date, 10, &d) ){
      memcpy(rec->fetched, date, 10);
      rec->fetched[10] = 0;
    }
    if( uri[0] && !rec->url && !(rec->url = strdup(uri)) ) return -1;
    return 1;
  }
}

static int warc_next(tn_reader *r, tn_record *rec){
  if( !r->state && !(r->state = calloc(1, sizeof(warc_state))) ) return -1;
  char *h = malloc(HEADER_MAX);
  if( !h ) return -1;
  int rc = next_record(r, r->state, h, rec);
  free(h);
  return rc;
}

static void warc_close(tn_reader *r){
  free(r->state);
  r->state = NULL;
}

static int warc_claims(const char *head, size_t n){
  return n>=5 && memcmp(head, "WARC/", 5)==0;
}

static const char *const warc_extensions[] = { "warc", "arc", NULL };
const tn_format tn_format_warc = { "warc", warc_extensions, warc_claims, 1, warc_next, warc_close };
