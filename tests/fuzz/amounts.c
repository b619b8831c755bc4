/* amounts.c: libFuzzer target for the money and percent extractors (make
** fuzz). The input's first byte picks a locale, the rest is the text, made
** valid UTF-8 first as the SQL binding guarantees. Every amount and every
** percentage must lie inside the text, in order, with a finite value, and
** restate only an amount before it. */
#include "core/money.h"
#include "core/utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static const char *const tags[] = { "en", "it", "vi", "zh", "ja", "ko", "hi", "de", "fr", "es", "tr",
                                    "es-MX", "fr-CA", "de-CH", "pt-PT", "zh-TW", "fr-SN", "th", "en-IN" };

typedef struct { size_t n, last_end, count; } state;

static int check(const tn_amount *a, void *arg){
  state *s = arg;
  if( a->start>=a->end || a->end>s->n || a->start<s->last_end || !isfinite(a->value) ) abort();
  if( a->restates > s->count ) abort();
  s->last_end = a->end;
  s->count++;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  if( size==0 ) return 0;
  char err[160];
  const tn_locale *loc = tn_locale_get(tags[data[0] % (sizeof tags / sizeof tags[0])], err, sizeof err);
  size_t n;
  char *text = tn_utf8_sanitize((const char *)data + 1, size - 1, &n);
  if( !text ) return 0;
  state s = { n, 0, 0 };
  if( !loc ) abort();
  tn_find_amounts(loc, text, n, check, &s);
  state p = { n, 0, 0 };
  tn_find_percents(loc, text, n, check, &p);
  free(text);
  return 0;
}
