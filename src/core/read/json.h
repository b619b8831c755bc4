/*
** json.h: a small JSON parser for the readers: crawler records (jsonl.c)
** and a page's JSON-LD (html.c). Values become a tree; strings are UTF-8
** (escapes decoded, \u surrogate pairs joined, lone surrogates U+FFFD).
** Nesting deeper than TN_JSON_DEPTH is an error, so hostile input cannot
** exhaust the stack.
**
**   tn_json *v = tn_json_parse(line, n, &end, err, sizeof err);
**   const char *title = tn_json_string(tn_json_get(v, "title"));
**   tn_json_free(v);
*/
#ifndef TN_JSON_H
#define TN_JSON_H

#include <stddef.h>

#define TN_JSON_DEPTH 64

typedef enum { TN_JSON_NULL, TN_JSON_FALSE, TN_JSON_TRUE, TN_JSON_NUMBER, TN_JSON_STRING,
               TN_JSON_ARRAY, TN_JSON_OBJECT } tn_json_type;

typedef struct tn_json tn_json;
struct tn_json {
  tn_json_type type;
  char *text;            /* a string's UTF-8, NUL-terminated; a number as written */
  size_t len;
  size_t count;          /* items of an array or object */
  tn_json *items;        /* their values */
  char **keys;           /* an object's keys */
};

/* The value at the start of s[0..n) (after white space); *end is where it
** ends. NULL with err when it is not JSON ("out of memory" included). */
tn_json *tn_json_parse(const char *s, size_t n, size_t *end, char *err, size_t nerr);

/* An object's value of key, or NULL. */
const tn_json *tn_json_get(const tn_json *obj, const char *key);

/* A string value's text, or NULL for anything else. */
const char *tn_json_string(const tn_json *v);

void tn_json_free(tn_json *v);

#endif
