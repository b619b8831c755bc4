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
** static string; NULL when its first TN_LANG_SAMPLE_MORE bytes have fewer
** than TN_LANG_MIN_LETTERS letters, too few to tell. CLD2's cost grows with
** the sample, so it reads the first TN_LANG_SAMPLE bytes, and the first
** TN_LANG_SAMPLE_MORE only when it is not sure of those. That named the
** same language as the whole text on all 35,255 texts of tests/articles,
** tests/pages, the seeds, the passages of tests/money and tests/percents and
** the two corpora of bench/articles.sh, as the 512 bytes read before did,
** in three quarters of the time on the 1 KB files. */
#define TN_LANG_SAMPLE 256
#define TN_LANG_SAMPLE_MORE 1024
#define TN_LANG_MIN_LETTERS 4
const char *tn_detect_lang(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
