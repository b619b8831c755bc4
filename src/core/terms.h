/*
** terms.h: the terms a search index holds, for the FTS5 tokenizer
** "tradenews" and the table tokens() (search.c).
**
**   tn_terms *t = tn_terms_open("vi", 1, err, sizeof err);
**   tn_terms_cut(t, text, len, TN_TERMS_DOCUMENT, emit, arg);
**   -- "Xuất khẩu đạt 43,7 tỷ USD": xuat, khau, dat, 43,7, ty, usd
**   tn_terms_close(t);
**
** Text is cut at ICU's word boundaries: dictionary segmentation for Thai,
** Lao, Khmer, Burmese, Chinese and Japanese, UAX #29 elsewhere. Spaces and
** punctuation are no terms. A term is its word lower-cased in the
** locale's way (Turkish "I" is "ı") and NFKC case-folded (full-width forms
** and ligatures as their plain letters, "ß" as "ss"), and, when asked,
** without the diacritics of Latin, Greek and Cyrillic letters ("xuất" is
** "xuat", Vietnamese "đ" is "d"; the vowel signs of Thai or Hindi are
** letters, kept). A number is one term in any locale's format: "2,1",
** "1.234,5", "1'250". A word with an apostrophe inside is cut there, so
** that elisions find their word: "dell'Europa" is "dell" and "europa".
**
** Han characters and Hangul syllables are one term each, in documents and
** queries alike: a Chinese, Japanese or Korean word is then the phrase of
** its characters, found whatever the segmenter makes of the text around it
** ("出口" inside "出口额" or "进出口", "서울" inside "서울에서"); kana and
** other scripts keep the segmenter's words.
** Every term says where its word is in the text, in bytes, so that
** FTS5's highlight() and snippet() cut on character boundaries. A word of
** more than TN_TERMS_WORD_MAX bytes is no term.
**
** Invalid UTF-8 is read as U+FFFD, which is no letter: it ends a word.
** Not thread-safe: one tn_terms for each user at a time.
*/
#ifndef TN_TERMS_H
#define TN_TERMS_H

#include <stddef.h>

#define TN_TERMS_WORD_MAX 256

typedef struct tn_terms tn_terms;

/* A cutter for the locale (an ICU ID from locale.h, or NULL for none: the
** script of each word decides). NULL with a message in err when ICU
** cannot open one. */
tn_terms *tn_terms_open(const char *locale_id, int remove_diacritics, char *err, size_t errlen);
void tn_terms_close(tn_terms *t);

/* Calls emit(arg, term, len, start, end) for each term of s[0..n), in
** order; start and end are the bytes of its word in s. Stops when emit
** returns nonzero and returns that; returns -1 when out of memory or when
** ICU fails, else 0. */
int tn_terms_cut(tn_terms *t, const char *s, size_t n,
                 int (*emit)(void *arg, const char *term, size_t len, size_t start, size_t end),
                 void *arg);

/* tn_terms_cut() with ICU's segmenter over the whole text, where
** tn_terms_cut() cuts plain ASCII stretches itself (four times faster):
** the answers must be the same, which the tests check. */
int tn_terms_cut_icu(tn_terms *t, const char *s, size_t n,
                     int (*emit)(void *arg, const char *term, size_t len, size_t start, size_t end),
                     void *arg);

#endif
