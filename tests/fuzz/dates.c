/* dates.c: libFuzzer target for the date expressions of core/periods.h
** (make fuzz). The input's first byte picks a locale and whether a ref
** day is given, the rest is the text, made valid UTF-8 first as the SQL
** binding guarantees. Every period must lie inside the text, in order,
** and a known one run forward between real days. */
#include "core/periods.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdlib.h>

static const char *const tags[] = { "en", "it", "fr", "de", "es", "pt", "vi", "zh", "ja", "en-GB", "th" };

typedef struct { size_t n, last_end; } state;

static long key(tn_date d){ return d.year*10000L + d.month*100 + d.day; }

static int check(const tn_period *p, void *arg){
  state *s = arg;
  if( p->start>=p->end || p->end>s->n || p->start<s->last_end ) abort();
  if( p->known && (!tn_date_is_valid(p->from) || !tn_date_is_valid(p->to) || key(p->from)>key(p->to)) ) abort();
  s->last_end = p->end;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  if( size==0 ) return 0;
  char err[160];
  const tn_locale *loc = tn_locale_get(tags[data[0] % (sizeof tags / sizeof tags[0])], err, sizeof err);
  tn_date ref = { 2024, 3, 7 };
  size_t n;
  char *text = tn_utf8_sanitize((const char *)data + 1, size - 1, &n);
  if( !text ) return 0;
  if( !loc ) abort();
  state s = { n, 0 };
  tn_find_periods(loc, text, n, data[0] & 0x80 ? &ref : NULL, check, &s);
  free(text);
  return 0;
}
