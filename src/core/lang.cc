/*
** lang.cc: the C face of CLD2 (see lang.h). C++ only because CLD2 is.
*/
#include <cstdio>   /* CLD2's public header uses FILE without including it */
#include <cld2/public/compact_lang_det.h>
#include <cstdlib>
#include <pthread.h>

#include "lang.h"
#include "utf8.h"

/* CLD2 allocates and frees about 176 KB of scratch on every call. glibc
** gives freed memory at the top of its heap back to the system once more
** than its trim threshold (128 KB at start) is free, so every call paid for
** brk() and fresh pages again: a third of the time of the lang column.
** Freeing one mapped block larger than the scratch raises glibc's mmap and
** trim thresholds, as any program's first large buffer does ("dynamic mmap
** threshold", mallopt(3)); nothing is kept, and other allocators do not
** care. Measured by bench/articles.sh (lang). */
static void settle_heap(void){
  volatile char *block = static_cast<volatile char *>(malloc(512 * 1024));
  if( block ){
    block[0] = 0;           /* used, so the pair is not optimized away */
    free(const_cast<char *>(block));
  }
}
static pthread_once_t heap_settled = PTHREAD_ONCE_INIT;

/* CLD2's answer for s[0..n) (valid UTF-8), and whether it is sure. */
static CLD2::Language detect(const char *s, size_t n, bool *reliable){
  int text_bytes = 0;
  CLD2::Language top3[3];
  int percent3[3];
  return CLD2::DetectLanguageSummary(s, (int)n, true, top3, percent3, &text_bytes, reliable);
}

extern "C" const char *tn_detect_lang(const char *s, size_t n){
  pthread_once(&heap_settled, settle_heap);
  n = tn_utf8_cut(s, n, TN_LANG_SAMPLE_MORE);
  /* CLD2 requires valid UTF-8; damaged text is read with U+FFFD in place. */
  if( tn_utf8_scan(s, n).invalid ){
    size_t clean_n;
    char *clean = tn_utf8_sanitize(s, n, &clean_n);
    const char *code = clean ? tn_detect_lang(clean, clean_n) : nullptr;
    free(clean);
    return code;
  }
  if( !tn_has_letters(s, n, TN_LANG_MIN_LETTERS) ) return nullptr;
  size_t sample = tn_utf8_cut(s, n, TN_LANG_SAMPLE);
  bool reliable = false;
  CLD2::Language lang = detect(s, sample, &reliable);
  if( !reliable && sample<n ) lang = detect(s, n, &reliable);
  if( lang==CLD2::UNKNOWN_LANGUAGE ) return nullptr;
  /* CLD2 tells Traditional Chinese ("zh-Hant") apart; the language is zh. */
  if( lang==CLD2::CHINESE_T ) lang = CLD2::CHINESE;
  return CLD2::LanguageCode(lang);
}
