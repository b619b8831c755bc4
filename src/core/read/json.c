/*
** json.c: the JSON parser of json.h, recursive descent with a depth limit.
*/
#include "json.h"
#include "../utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *s;
  size_t n, i;
  char *err;
  size_t nerr;
} parser;

static void skip_ws(parser *p){
  while( p->i<p->n && (p->s[p->i]==' ' || p->s[p->i]=='\t' || p->s[p->i]=='\n' || p->s[p->i]=='\r') ) p->i++;
}

static int fail(parser *p, const char *what){
  if( !p->err[0] ) snprintf(p->err, p->nerr, "%s at byte %zu", what, p->i);
  return 0;
}

static int hex4(parser *p, unsigned *v){
  if( p->i + 4>p->n ) return 0;
  *v = 0;
  for(int k=0; k<4; k++){
    char c = p->s[p->i++];
    *v <<= 4;
    if( c>='0' && c<='9' ) *v |= (unsigned)(c - '0');
    else if( (c|0x20)>='a' && (c|0x20)<='f' ) *v |= (unsigned)((c|0x20) - 'a' + 10);
    else return 0;
  }
  return 1;
}

/* A string after its opening quote, into v. */
static int parse_string(parser *p, tn_json *v){
  size_t cap = 16, k = 0;
  char *out = malloc(cap);
  if( !out ) return fail(p, "out of memory");
  for(;;){
    if( p->i>=p->n ){ free(out); return fail(p, "unterminated string"); }
    if( k + 8>cap ){
      char *grown = realloc(out, cap *= 2);
      if( !grown ){ free(out); return fail(p, "out of memory"); }
      out = grown;
    }
    unsigned char c = (unsigned char)p->s[p->i++];
    if( c=='"' ) break;
    if( c!='\\' ){ out[k++] = (char)c; continue; }
    if( p->i>=p->n ){ free(out); return fail(p, "unterminated string"); }
    char e = p->s[p->i++];
    unsigned cp;
    switch( e ){
      case '"': case '\\': case '/': out[k++] = e; break;
      case 'b': out[k++] = '\b'; break;
      case 'f': out[k++] = '\f'; break;
      case 'n': out[k++] = '\n'; break;
      case 'r': out[k++] = '\r'; break;
      case 't': out[k++] = '\t'; break;
      case 'u':
        if( !hex4(p, &cp) ){ free(out); return fail(p, "bad \\u escape"); }
        if( cp>=0xD800 && cp<0xDC00 ){          /* a pair, or U+FFFD */
          unsigned lo;
          size_t back = p->i;
          if( p->i + 6<=p->n && p->s[p->i]=='\\' && p->s[p->i+1]=='u' && (p->i += 2, hex4(p, &lo))
              && lo>=0xDC00 && lo<0xE000 ){
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }else{
            p->i = back;
            cp = 0xFFFD;
          }
        }else if( cp>=0xDC00 && cp<0xE000 ){
          cp = 0xFFFD;
        }
        k += tn_utf8_encode(cp, (unsigned char *)out + k);
        break;
      default: free(out); return fail(p, "bad escape");
    }
  }
  out[k] = 0;
  v->type = TN_JSON_STRING;
  v->text = out;
  v->len = k;
  return 1;
}

static int parse_value(parser *p, tn_json *v, int depth);

/* The items of an array or object after its opening bracket. */
static int parse_items(parser *p, tn_json *v, int object, int depth){
  size_t cap = 0;
  char close = object ? '}' : ']';
  v->type = object ? TN_JSON_OBJECT : TN_JSON_ARRAY;
  skip_ws(p);
  if( p->i<p->n && p->s[p->i]==close ){ p->i++; return 1; }
  for(;;){
    if( v->count==cap ){
      cap = cap ? cap*2 : 4;
      tn_json *items = realloc(v->items, cap * sizeof *items);
      if( !items ) return fail(p, "out of memory");
      v->items = items;
      if( object ){
        char **keys = realloc(v->keys, cap * sizeof *keys);
        if( !keys ) return fail(p, "out of memory");
        v->keys = keys;
      }
    }
    tn_json *item = &v->items[v->count];
    memset(item, 0, sizeof *item);
    if( object ){
      tn_json key = { 0 };
      skip_ws(p);
      if( p->i>=p->n || p->s[p->i]!='"' ) return fail(p, "expected a key");
      p->i++;
      if( !parse_string(p, &key) ) return 0;
      v->keys[v->count] = key.text;
      skip_ws(p);
      if( p->i>=p->n || p->s[p->i]!=':' ){ v->count++; return fail(p, "expected ':'"); }
      p->i++;
    }
    v->count++;
    if( !parse_value(p, item, depth + 1) ) return 0;
    skip_ws(p);
    if( p->i<p->n && p->s[p->i]==',' ){ p->i++; continue; }
    if( p->i<p->n && p->s[p->i]==close ){ p->i++; return 1; }
    return fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

static int literal(parser *p, const char *word, tn_json *v, tn_json_type type){
  size_t len = strlen(word);
  if( p->i + len>p->n || memcmp(p->s + p->i, word, len)!=0 ) return fail(p, "not JSON");
  p->i += len;
  v->type = type;
  return 1;
}

static int parse_value(parser *p, tn_json *v, int depth){
  if( depth>TN_JSON_DEPTH ) return fail(p, "nested too deep");
  skip_ws(p);
  if( p->i>=p->n ) return fail(p, "unexpected end");
  char c = p->s[p->i];
  if( c=='{' || c=='[' ){ p->i++; return parse_items(p, v, c=='{', depth); }
  if( c=='"' ){ p->i++; return parse_string(p, v); }
  if( c=='t' ) return literal(p, "true", v, TN_JSON_TRUE);
  if( c=='f' ) return literal(p, "false", v, TN_JSON_FALSE);
  if( c=='n' ) return literal(p, "null", v, TN_JSON_NULL);
  size_t start = p->i;
  while( p->i<p->n && strchr("+-0123456789.eE", p->s[p->i]) ) p->i++;
  if( p->i==start ) return fail(p, "not JSON");
  v->type = TN_JSON_NUMBER;
  v->len = p->i - start;
  if( !(v->text = malloc(v->len + 1)) ) return fail(p, "out of memory");
  memcpy(v->text, p->s + start, v->len);
  v->text[v->len] = 0;
  return 1;
}

static void free_items(tn_json *v){
  for(size_t k=0; k<v->count; k++){
    free_items(&v->items[k]);
    if( v->keys ) free(v->keys[k]);
  }
  free(v->items);
  free(v->keys);
  free(v->text);
}

tn_json *tn_json_parse(const char *s, size_t n, size_t *end, char *err, size_t nerr){
  parser p = { s, n, 0, err, nerr };
  err[0] = 0;
  tn_json *v = calloc(1, sizeof *v);
  if( !v ){ snprintf(err, nerr, "out of memory"); return NULL; }
  if( !parse_value(&p, v, 0) ){
    free_items(v);
    free(v);
    return NULL;
  }
  *end = p.i;
  return v;
}

const tn_json *tn_json_get(const tn_json *obj, const char *key){
  if( !obj || obj->type!=TN_JSON_OBJECT ) return NULL;
  for(size_t k=0; k<obj->count; k++){
    if( strcmp(obj->keys[k], key)==0 ) return &obj->items[k];
  }
  return NULL;
}

const char *tn_json_string(const tn_json *v){
  return v && v->type==TN_JSON_STRING ? v->text : NULL;
}

void tn_json_free(tn_json *v){
  if( !v ) return;
  free_items(v);
  free(v);
}
