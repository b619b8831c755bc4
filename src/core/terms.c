/*
** terms.c: cutting text into the terms of a search index (see terms.h).
*/
#include "terms.h"
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct tn_terms {
  UBreakIterator *words;
  UText *text;
  const UNormalizer2 *nfkc_cf, *nfd, *nfc;
  char locale[64];
  int remove_diacritics;
  /* Work buffers, for one word at a time. */
  UChar a[4 * TN_TERMS_WORD_MAX], b[4 * TN_TERMS_WORD_MAX];   /* case and forms may grow */
  char out[3 * 4 * TN_TERMS_WORD_MAX];
};

tn_terms *tn_terms_open(const char *locale_id, int remove_diacritics, char *err, size_t errlen){
  tn_terms *t = calloc(1, sizeof *t);
  UErrorCode st = U_ZERO_ERROR;
  if( !t ){
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  snprintf(t->locale, sizeof t->locale, "%s", locale_id ? locale_id : "");
  t->remove_diacritics = remove_diacritics;
  t->words = ubrk_open(UBRK_WORD, t->locale, NULL, 0, &st);
  t->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
  t->nfd = unorm2_getNFDInstance(&st);
  t->nfc = unorm2_getNFCInstance(&st);
  if( U_FAILURE(st) ){
    snprintf(err, errlen, "ICU cannot cut words: %s", u_errorName(st));
    tn_terms_close(t);
    return NULL;
  }
  return t;
}

void tn_terms_close(tn_terms *t){
  if( !t ) return;
  ubrk_close(t->words);
  utext_close(t->text);
  free(t);
}

/* Whether the mark cp after base is a diacritic to drop: a nonspacing mark
** on a Latin, Greek or Cyrillic letter (Thai and Devanagari vowel signs are
** letters of their words). */
static int is_diacritic(uint32_t cp, UChar32 base){
  if( u_charType((UChar32)cp)!=U_NON_SPACING_MARK ) return 0;
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(base, &st);
  return script==USCRIPT_LATIN || script==USCRIPT_GREEK || script==USCRIPT_CYRILLIC;
}

/* The term of the word s[0..n) into t->out: ASCII lower-cased byte by
** byte; anything else lower-cased in the locale's way, NFKC case-folded,
** and without its diacritics when asked. Returns its length, 0 if none. */
static size_t term_of(tn_terms *t, const char *s, size_t n){
  size_t k = 0;
  for(; k<n && (unsigned char)s[k]<0x80; k++) t->out[k] = (char)(s[k]>='A' && s[k]<='Z' ? s[k] + 32 : s[k]);
  if( k==n ) return n;                          /* most words of most text */
  UErrorCode st = U_ZERO_ERROR;
  int32_t len, folded;
  u_strFromUTF8Lenient(t->b, TN_TERMS_WORD_MAX, &len, s, (int32_t)n, &st);
  len = u_strToLower(t->a, (int32_t)(sizeof t->a / sizeof t->a[0]), t->b, len, t->locale, &st);
  folded = unorm2_normalize(t->nfkc_cf, t->a, len, t->b, (int32_t)(sizeof t->b / sizeof t->b[0]), &st);
  if( U_FAILURE(st) ) return 0;
  const UChar *from = t->b;
  if( t->remove_diacritics ){
    len = unorm2_normalize(t->nfd, t->b, folded, t->a, (int32_t)(sizeof t->a / sizeof t->a[0]), &st);
    if( U_FAILURE(st) ) return 0;
    int32_t kept = 0;
    UChar32 base = 0;
    for(int32_t i=0; i<len; ){
      UChar32 c;
      U16_NEXT(t->a, i, len, c);
      if( is_diacritic((uint32_t)c, base) ) continue;
      if( c==0x0111 ) c = 'd';                  /* đ, which no decomposition reaches */
      base = c;
      U16_APPEND_UNSAFE(t->a, kept, c);
    }
    folded = unorm2_normalize(t->nfc, t->a, kept, t->b, (int32_t)(sizeof t->b / sizeof t->b[0]), &st);
  }
  u_strToUTF8(t->out, (int32_t)sizeof t->out, &len, from, folded, &st);
  return U_SUCCESS(st) && st!=U_STRING_NOT_TERMINATED_WARNING ? (size_t)len : 0;
}

/* Emits the term of s[start..end), if it has one. */
static int emit_word(tn_terms *t, const char *s, size_t start, size_t end,
                     int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  if( end<=start || end - start > TN_TERMS_WORD_MAX ) return 0;
  size_t len = term_of(t, s + start, end - start);
  return len ? emit(arg, t->out, len, start, end) : 0;
}

static int is_apostrophe(uint32_t cp){ return cp=='\'' || cp==0x2019; }

static int is_han(uint32_t cp){
  UErrorCode st = U_ZERO_ERROR;
  return uscript_getScript((UChar32)cp, &st)==USCRIPT_HAN;
}

/* The terms of one word of the segmenter, s[start..end): Han characters
** one by one, and the rest cut at apostrophes unless it is a number
** ("1'250"). */
static int emit_segment(tn_terms *t, const char *s, size_t start, size_t end, int number,
                        int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  size_t from = start;
  for(size_t i=start; i<end; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, end - i, &cp);
    int rc = 0;
    if( cp>=0x2E80 && is_han(cp) ){
      if( (rc = emit_word(t, s, from, i, emit, arg))==0 ) rc = emit_word(t, s, i, i + len, emit, arg);
      from = i + len;
    }else if( is_apostrophe(cp) && !number ){
      rc = emit_word(t, s, from, i, emit, arg);
      from = i + len;
    }
    if( rc ) return rc;
    i += len;
  }
  return emit_word(t, s, from, end, emit, arg);
}

int tn_terms_cut(tn_terms *t, const char *s, size_t n,
                 int (*emit)(void *arg, const char *term, size_t len, size_t start, size_t end),
                 void *arg){
  UErrorCode st = U_ZERO_ERROR;
  if( n>INT64_MAX ) return -1;
  t->text = utext_openUTF8(t->text, s, (int64_t)n, &st);
  ubrk_setUText(t->words, t->text, &st);
  if( U_FAILURE(st) ) return -1;
  int32_t start = ubrk_first(t->words);
  for(int32_t end = ubrk_next(t->words); end!=UBRK_DONE; start = end, end = ubrk_next(t->words)){
    int32_t status = ubrk_getRuleStatus(t->words);
    if( status < UBRK_WORD_NONE_LIMIT ) continue;   /* spaces, punctuation */
    int number = status < UBRK_WORD_NUMBER_LIMIT;
    int rc = emit_segment(t, s, (size_t)start, (size_t)end, number, emit, arg);
    if( rc ) return rc;
  }
  return 0;
}
