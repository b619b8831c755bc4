/* article.c: libFuzzer target for the article parser of core/article.h
** (make fuzz): front matter, datelines, stated dates, the year rule and
** the period, on any text, made valid UTF-8 first as core/decode.h
** guarantees. What it reads must lie inside the text and be real dates. */
#include "core/article.h"
#include "core/dates.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  size_t n;
  char *text = tn_utf8_sanitize((const char *)data, size, &n);
  if( !text ) return 0;
  tn_article a;
  /* 1709251200: 2024-03-01, a bound for inferred years. */
  if( tn_article_parse(text, n, size % 2 ? 1709251200LL : 0, NULL, &a)==0 ){
    tn_date d;
    char period[16];
    if( a.body_start>n ) abort();
    if( a.published[0] && !tn_parse_iso_date(a.published, strlen(a.published), &d) ) abort();
    tn_article_period(text + a.body_start, n - a.body_start, &a, 0, period);
    if( strlen(period)>10 ) abort();
  }
  tn_article_free(&a);
  free(text);
  return 0;
}
