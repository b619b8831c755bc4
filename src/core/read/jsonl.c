/*
** jsonl.c: JSON Lines and JSON arrays of objects, as crawlers write them
** (reader.h). One record per object; the fields news-please writes and
** their common alternates:
**   text     maintext, text, content, body, article, description
**   title    title, headline
**   date     date_publish, published, date_published, datePublished, date,
**            publish_date, pubDate
**   language language, lang, locale
**   url      url, link, source_url
**   source   source_domain, source, site_name, publisher
** "None", "null" and "" are missing. A line that is not JSON, or an object
** with no text field, is a record with its error (and line number); the
** reader goes on. JSON Lines are read a line at a time (memory: the
** longest line); a file whose first character is '[' is one JSON array.
*/
#include "json.h"
#include "reader.h"
#include "../dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const text_keys[] = { "maintext", "text", "content", "body", "article", "description", NULL };
static const char *const title_keys[] = { "title", "headline", NULL };
static const char *const date_keys[] = { "date_publish", "published", "date_published", "datePublished",
                                         "date", "publish_date", "pubDate", NULL };
static const char *const lang_keys[] = { "language", "lang", "locale", NULL };
static const char *const url_keys[] = { "url", "link", "source_url", NULL };
static const char *const source_keys[] = { "source_domain", "source", "site_name", "publisher", NULL };

/* The first field of keys that holds a value ("None", "null", "" do not). */
static const char *field(const tn_json *obj, const char *const *keys){
  for(; *keys; keys++){
    const tn_json *v = tn_json_get(obj, *keys);
    if( v && v->type==TN_JSON_OBJECT ) v = tn_json_get(v, "name");    /* "publisher": {"name": …} */
    const char *s = tn_json_string(v);
    if( s && *s && strcmp(s, "None")!=0 && strcmp(s, "null")!=0 ) return s;
  }
  return NULL;
}

static int dup_field(char **out, const char *s){
  if( !s ) return 1;
  return (*out = strdup(s))!=NULL;
}

/* The record of one object. -1 when out of memory. */
static int record_of(const tn_json *obj, long long line, tn_record *rec){
  const char *text = obj->type==TN_JSON_OBJECT ? field(obj, text_keys) : NULL;
  if( !text ){
    snprintf(rec->error, sizeof rec->error, "line %lld: %s", line,
             obj->type==TN_JSON_OBJECT ? "no text field (maintext, text, content, body, article)"
                                       : "not a JSON object");
    return 0;
  }
  if( tn_record_decode(text, strlen(text), "UTF-8", rec)<0 ) return -1;
  const char *date = field(obj, date_keys);
  tn_date d;
  if( date && strlen(date)>=10 && tn_parse_iso_date(date, 10, &d) ){
    memcpy(rec->published, date, 10);
    rec->published[10] = 0;
    rec->published_how = "record";
  }
  if( !dup_field(&rec->title, field(obj, title_keys)) || !dup_field(&rec->lang, field(obj, lang_keys))
      || !dup_field(&rec->url, field(obj, url_keys)) || !dup_field(&rec->source, field(obj, source_keys)) ){
    return -1;
  }
  return 0;
}

typedef struct {
  char *buf;             /* bytes read and not yet used */
  size_t len, cap, pos;
  tn_json *array;        /* a JSON array file: its items, one a record */
  size_t next_item;
} jsonl_state;

static jsonl_state *state_of(tn_reader *r){
  if( !r->state ) r->state = calloc(1, sizeof(jsonl_state));
  return r->state;
}

/* The next line into s->buf[s->pos..*end): 1, 0 at the end, 2 when it was
** longer than the limit (passed over, its error in rec), -1 on an error of
** the file (in rec) or out of memory. Memory: the longest line read. */
static int next_line(tn_reader *r, jsonl_state *s, size_t *end, tn_record *rec){
  for(;;){
    char *nl = s->buf ? memchr(s->buf + s->pos, '\n', s->len - s->pos) : NULL;
    if( nl ){ *end = (size_t)(nl - s->buf); return 1; }
    if( s->pos ){                                  /* keep what is left */
      memmove(s->buf, s->buf + s->pos, s->len - s->pos);
      s->len -= s->pos;
      s->pos = 0;
    }
    if( s->len==s->cap ){
      if( s->cap>=r->limit ){                  /* pass over the rest of the line */
        snprintf(rec->error, sizeof rec->error, "line %lld: longer than %zu bytes: not read", r->line + 1, r->limit);
        for(;;){
          long got = tn_reader_read(r, s->buf, s->cap);
          char *nl = got>0 ? memchr(s->buf, '\n', (size_t)got) : NULL;
          if( got<=0 ){ s->len = s->pos = 0; break; }
          if( nl ){
            s->pos = (size_t)(nl - s->buf) + 1;
            s->len = (size_t)got;
            break;
          }
        }
        return 2;
      }
      size_t cap = s->cap ? s->cap*2 : 65536;
      char *grown = realloc(s->buf, cap);
      if( !grown ) return -1;
      s->buf = grown;
      s->cap = cap;
    }
    long got = tn_reader_read(r, s->buf + s->len, s->cap - s->len);
    if( got<0 ){
      snprintf(rec->error, sizeof rec->error, "%s", tn_stream_error(r->in));
      return -1;
    }
    if( got==0 ){
      *end = s->len;
      return s->len>s->pos;
    }
    s->len += (size_t)got;
  }
}

static int jsonl_next(tn_reader *r, tn_record *rec){
  jsonl_state *s = state_of(r);
  char err[128];
  size_t end;
  if( !s ) return -1;
  if( !s->array && r->line==0 ){
    size_t k = 0;
    while( k<r->head_len && (r->head[k]==' ' || r->head[k]=='\n' || r->head[k]=='\r' || r->head[k]=='\t') ) k++;
    if( k<r->head_len && r->head[k]=='[' ){    /* a JSON array: read whole */
      size_t n;
      char *all = tn_reader_slurp(r, &n);
      r->line = 1;
      if( !all ){
        r->done = 1;
        snprintf(rec->error, sizeof rec->error, "%s", tn_stream_error(r->in) ? tn_stream_error(r->in) : "cannot read");
        return strcmp(rec->error, "out of memory")==0 ? -1 : 1;
      }
      s->array = tn_json_parse(all, n, &end, err, sizeof err);
      free(all);
      if( !s->array || s->array->type!=TN_JSON_ARRAY ){
        r->done = 1;
        snprintf(rec->error, sizeof rec->error, "not a JSON array of objects: %s", s->array ? "another value" : err);
        return 1;
      }
    }
  }
  if( s->array ){
    if( s->next_item>=s->array->count ){ r->done = 1; return 0; }
    const tn_json *item = &s->array->items[s->next_item++];
    return record_of(item, (long long)s->next_item, rec)<0 ? -1 : 1;
  }
  for(;;){
    int got = next_line(r, s, &end, rec);
    if( got==2 ){ r->line++; return 1; }       /* a line too long: its error */
    if( got<=0 ){
      r->done = 1;
      return rec->error[0] ? (strcmp(rec->error, "out of memory")==0 ? -1 : 1) : got;
    }
    r->line++;
    const char *line = s->buf + s->pos;
    size_t n = end - s->pos;
    s->pos = end<s->len ? end + 1 : end;
    size_t k = 0;
    while( k<n && (line[k]==' ' || line[k]=='\t' || line[k]=='\r') ) k++;
    if( k==n ) continue;                        /* blank lines are no records */
    tn_json *obj = tn_json_parse(line + k, n - k, &end, err, sizeof err);
    if( !obj ){
      if( strcmp(err, "out of memory")==0 ) return -1;
      snprintf(rec->error, sizeof rec->error, "line %lld: not JSON: %s", r->line, err);
      return 1;
    }
    int rc = record_of(obj, r->line, rec);
    tn_json_free(obj);
    return rc<0 ? -1 : 1;
  }
}

static void jsonl_close(tn_reader *r){
  jsonl_state *s = r->state;
  if( !s ) return;
  free(s->buf);
  tn_json_free(s->array);
  free(s);
  r->state = NULL;
}

/* The first byte of the first line is '{' (or '[' for an array of them). */
static int jsonl_claims(const char *head, size_t n){
  size_t k = 0;
  while( k<n && (head[k]==' ' || head[k]=='\n' || head[k]=='\r' || head[k]=='\t') ) k++;
  if( k>=n ) return 0;
  if( head[k]=='{' ) return 1;
  if( head[k]!='[' ) return 0;
  for(k++; k<n && (head[k]==' ' || head[k]=='\n' || head[k]=='\r' || head[k]=='\t'); k++){}
  return k<n && head[k]=='{';
}

static const char *const jsonl_extensions[] = { "jsonl", "ndjson", "json", NULL };
const tn_format tn_format_jsonl = { "jsonl", jsonl_extensions, jsonl_claims, 1, jsonl_next, jsonl_close };
