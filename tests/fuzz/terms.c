/* terms.c: libFuzzer target for the search tokenizer (make fuzz). The
** input's first byte picks a locale and whether diacritics go; the rest is
** the text, as FTS5 hands it over: any bytes, valid UTF-8 or not. Every
** term must be non-empty, fit its buffer, and point at its word inside the
** text, in order. */
#include "core/terms.h"

#include <stdint.h>
#include <stdlib.h>

static const char *const locales[] = { NULL, "vi", "zh", "ja", "th", "tr", "it", "de" };

typedef struct { size_t n, last_end; } state;

static int check(void *arg, const char *term, size_t len, size_t start, size_t end){
  state *s = arg;
  (void)term;
  if( len==0 || len>3 * 4 * TN_TERMS_WORD_MAX || start>=end || end>s->n || start<s->last_end ) abort();
  s->last_end = end;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  static tn_terms *cutters[2 * sizeof locales / sizeof locales[0]];
  if( size==0 ) return 0;
  size_t k = data[0] % (2 * sizeof locales / sizeof locales[0]);
  char err[160];
  if( !cutters[k] && !(cutters[k] = tn_terms_open(locales[k / 2], k % 2, err, sizeof err)) ) abort();
  state s = { size - 1, 0 };
  if( tn_terms_cut(cutters[k], (const char *)data + 1, size - 1, check, &s)<0 ) abort();
  return 0;
}
