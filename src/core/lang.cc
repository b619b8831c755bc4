/*
** lang.cc: the C face of CLD2 (see lang.h). C++ only because CLD2 is.
*/
#include <cstdio>   /* CLD2's public header uses FILE without including it */
#include <cld2/public/compact_lang_det.h>
#include <cstdlib>

#include "lang.h"
#include "utf8.h"

extern "C" const char *tn_detect_lang(const char *s, size_t n){
  n = tn_utf8_cut(s, n, TN_LANG_SAMPLE);
  /* CLD2 requires valid UTF-8; damaged text is read with U+FFFD in place. */
  if( tn_utf8_scan(s, n).invalid ){
    size_t clean_n;
    char *clean = tn_utf8_sanitize(s, n, &clean_n);
    const char *code = clean ? tn_detect_lang(clean, clean_n) : nullptr;
    free(clean);
    return code;
  }
  if( tn_count_letters(s, n)<TN_LANG_MIN_LETTERS ) return nullptr;
  bool reliable = false;
  int text_bytes = 0;
  CLD2::Language top3[3];
  int percent3[3];
  CLD2::Language lang = CLD2::DetectLanguageSummary(s, (int)n, true, top3,
      percent3, &text_bytes, &reliable);
  if( lang==CLD2::UNKNOWN_LANGUAGE ) return nullptr;
  /* CLD2 tells Traditional Chinese ("zh-Hant") apart; the language is zh. */
  if( lang==CLD2::CHINESE_T ) lang = CLD2::CHINESE;
  return CLD2::LanguageCode(lang);
}
