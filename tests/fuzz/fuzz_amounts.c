/* fuzz_amounts.c: libFuzzer target for the money extractor (make fuzz).
** The input's first byte picks a language, the rest is the text, made
** valid UTF-8 first as the SQL binding guarantees. Every amount must lie
** inside the text, in order, with a finite value. */
#include "core/money.h"
#include "core/utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static const char *const langs[] = { "en", "it", "vi", "zh", "ja", "ko", "hi", "de", "fr", "es", "tr", NULL };

typedef struct { size_t n, last_end; } state;

static int check(const tn_amount *a, void *arg){
  state *s = arg;
  if( a->start>=a->end || a->end>s->n || a->start<s->last_end || !isfinite(a->value) ) abort();
  s->last_end = a->end;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  if( size==0 ) return 0;
  const char *lang = langs[data[0] % (sizeof langs / sizeof langs[0])];
  size_t n;
  char *text = tn_utf8_sanitize((const char *)data + 1, size - 1, &n);
  if( !text ) return 0;
  state s = { n, 0 };
  tn_find_amounts(lang, text, n, check, &s);
  free(text);
  return 0;
}
