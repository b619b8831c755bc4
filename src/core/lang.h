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
** 512 bytes named the same language as the whole text on each of 158
** distinct texts in 9 languages (tests/articles, pages, the seeds, and the
** 96 passages of tests/money and tests/percents, each of those right), and
** the same as 1 KB on the 35,000 files of bench/articles.sh's corpora;
** CLD2's cost grows with the sample (at 1 KB it was most of the lang
** column's time). */
#define TN_LANG_SAMPLE 512
#define TN_LANG_MIN_LETTERS 4
const char *tn_detect_lang(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
