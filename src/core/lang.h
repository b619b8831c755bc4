/*
** lang.h: language identification of UTF-8 text.
**
** The engine is CLD2 (Debian's libcld2), chosen by measurement: on the 1,187
** labelled sentences of the Recognizers corpus it names the right language
** for 84% of them, libexttextcat for 71% (README, "detect_lang").
*/
#ifndef TN_LANG_H
#define TN_LANG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ISO 639-1 code of the language of s[0..n) (UTF-8), e.g. "it", as a
** static string; NULL when the text has fewer than TN_LANG_MIN_LETTERS
** letters, too few to tell. Only the first TN_LANG_SAMPLE bytes are read:
** on 17,145 articles (tests/articles, pages, readers' fixtures, the seeds
** and bench/articles.sh's corpora) 1 KB named the same language as 2 KB
** every time, and 2 KB the same as 64 KB on 1,590 of them; CLD2's cost
** grows with the sample (half the lang column's time at 2 KB). */
#define TN_LANG_SAMPLE 1024
#define TN_LANG_MIN_LETTERS 4
const char *tn_detect_lang(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
