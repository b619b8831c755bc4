/*
** words.c: word count with an ICU word break iterator (see words.h).
*/
#include "words.h"

#include <pthread.h>
#include <stdint.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* Opening a break iterator loads rules and dictionaries; do it once and give
** each call a cheap clone, since iterators are not thread-safe. */
static UBreakIterator *prototype;
static pthread_once_t prototype_once = PTHREAD_ONCE_INIT;

static void open_prototype(void){
  UErrorCode err = U_ZERO_ERROR;
  prototype = ubrk_open(UBRK_WORD, "", NULL, 0, &err);
  if( U_FAILURE(err) ) prototype = NULL;
}

/* Closed when the library is unloaded (see dates.c). */
__attribute__((destructor)) static void close_prototype(void){
  if( prototype ) ubrk_close(prototype);
  prototype = NULL;
}

long tn_count_words(const char *s, size_t n){
  pthread_once(&prototype_once, open_prototype);
  if( !prototype ) return -1;
  if( n>INT64_MAX ) return -1;
  UErrorCode err = U_ZERO_ERROR;
  UBreakIterator *it = ubrk_clone(prototype, &err);
  UText *ut = utext_openUTF8(NULL, s, (int64_t)n, &err);
  ubrk_setUText(it, ut, &err);
  long words = -1;
  if( U_SUCCESS(err) ){
    words = 0;
    for(int32_t b = ubrk_next(it); b!=UBRK_DONE; b = ubrk_next(it)){
      if( ubrk_getRuleStatus(it)>=UBRK_WORD_NONE_LIMIT ) words++;
    }
  }
  ubrk_close(it);
  utext_close(ut);
  return words;
}
