/* check.h: the unit tests' few assertions. Each prints "ok NAME" or
** "FAIL NAME: expected …, got …", which tests/run.sh counts. */
#ifndef CHECK_H
#define CHECK_H
#include <stdio.h>
#include <string.h>
#include "core/locale.h"

extern int check_failures;

#define CHECK(name, cond) do{ \
  if( cond ) printf("ok %s\n", name); \
  else { printf("FAIL %s: %s is false (%s:%d)\n", name, #cond, __FILE__, __LINE__); check_failures++; } \
}while(0)

#define CHECK_INT(name, want, got) do{ long long w_ = (want), g_ = (got); \
  if( w_==g_ ) printf("ok %s\n", name); \
  else { printf("FAIL %s: expected %lld, got %lld\n", name, w_, g_); check_failures++; } \
}while(0)

#define CHECK_STR(name, want, got) do{ const char *w_ = (want), *g_ = (got); \
  if( (w_==NULL && g_==NULL) || (w_ && g_ && strcmp(w_, g_)==0) ) printf("ok %s\n", name); \
  else { printf("FAIL %s: expected '%s', got '%s'\n", name, w_ ? w_ : "(null)", g_ ? g_ : "(null)"); check_failures++; } \
}while(0)

/* The locale of a tag the test knows to be good (NULL for NULL). */
static inline const tn_locale *locale_of(const char *tag){
  char err[160];
  return tag ? tn_locale_get(tag, err, sizeof err) : NULL;
}

void test_utf8(void);
void test_decode(void);
void test_dates(void);
void test_article(void);
void test_walk(void);
void test_words_lang(void);
void test_fx(void);
void test_tokens(void);
void test_spelled(void);
void test_terms(void);
void test_terms_ascii(void);
void test_utf8_count(void);
void test_unspaced_chars(void);
void test_currency_names(void);
void test_openers(void);
void test_locale(void);

#endif
