/*
** words.h: count the words of a text with ICU's word break rules (UAX #29
** plus ICU's dictionaries for Chinese, Japanese, Thai …), so unspaced
** scripts are counted by word, not by run of characters.
*/
#ifndef TN_WORDS_H
#define TN_WORDS_H

#include <stddef.h>

/* Number of words (letters, numbers, kana or ideographs; not punctuation or
** space) in the valid UTF-8 text s[0..n), or -1 when ICU fails. */
long tn_count_words(const char *s, size_t n);

#endif
