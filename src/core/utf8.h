/*
** utf8.h: small UTF-8 helpers shared by the text engine.
**
** Everything works on (pointer, byte length) pairs; nothing needs a NUL
** terminator. Invalid sequences are reported, never trusted.
*/
#ifndef TN_UTF8_H
#define TN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Length in bytes of the valid UTF-8 sequence at s[0..n), or 0 if the bytes
** there are not a valid, shortest-form sequence of a Unicode scalar value. */
size_t tn_utf8_seq_len(const unsigned char *s, size_t n);

/* Decode the code point at s[0..n): its value goes to *cp and its length is
** returned. An invalid sequence yields U+FFFD and a length of 1. */
size_t tn_utf8_decode_checked(const unsigned char *s, size_t n, uint32_t *cp);

/* The same, with the sequences of nearly all text (ASCII, two and three
** bytes) decoded inline: every character of a text is. */
static inline size_t tn_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp){
  if( n>=1 && s[0]<0x80 ){
    *cp = s[0];
    return 1;
  }
  if( n>=2 && s[0]>=0xC2 && s[0]<=0xDF && (s[1] & 0xC0)==0x80 ){
    *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
    return 2;
  }
  if( n>=3 && (s[0] & 0xF0)==0xE0 && (s[1] & 0xC0)==0x80 && (s[2] & 0xC0)==0x80 ){
    uint32_t v = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    if( v>=0x800 && (v<0xD800 || v>0xDFFF) ){    /* not overlong, not a surrogate */
      *cp = v;
      return 3;
    }
  }
  return tn_utf8_decode_checked(s, n, cp);
}

/* Encode cp into out (at least 4 bytes); returns the number of bytes. */
size_t tn_utf8_encode(uint32_t cp, unsigned char *out);

/* Number of code points in the valid UTF-8 text s[0..n). */
size_t tn_utf8_count(const char *s, size_t n);

/* Counts of what s[0..n) holds, to judge whether it is UTF-8 at all. */
typedef struct {
  size_t multibyte; /* valid sequences of 2 to 4 bytes */
  size_t invalid;   /* bytes that start no valid sequence */
  size_t nfc_unsure; /* valid characters that may make text not NFC: one that NFC's
                     ** quick check does not pass or that combines (ICU's data), or
                     ** one beyond U+FFFF; text with none is NFC, with no more check */
} tn_utf8_stats;
tn_utf8_stats tn_utf8_scan(const char *s, size_t n);

/* Byte length of the longest prefix of s[0..n) no longer than max bytes that
** ends on a character boundary. */
size_t tn_utf8_cut(const char *s, size_t n, size_t max);

/* Where the scripts written without spaces between words (CJK) begin. */
#define TN_UNSPACED_FROM 0x2E80

/* 1 if cp is a letter (general category L*). Below TN_UNSPACED_FROM from
** a table made when the library is loaded, inline, as the next: the date
** finder and the readers ask them of every character. */
extern uint8_t tn_letter_table[TN_UNSPACED_FROM / 8];
int tn_is_letter_slow(uint32_t cp);
static inline int tn_is_letter(uint32_t cp){
  if( cp<0x80 ) return ((cp | 0x20)>='a' && (cp | 0x20)<='z');   /* most text: no table */
  return cp<TN_UNSPACED_FROM ? tn_letter_table[cp/8] >> (cp%8) & 1 : tn_is_letter_slow(cp);
}

/* 1 if cp is a letter of a script written with spaces between words. CJK
** (from U+2E80) is not: there a place runs straight into a date or an
** agency name, as in "新华社北京3月5日电". */
static inline int tn_is_spaced_letter(uint32_t cp){
  return cp<TN_UNSPACED_FROM && tn_is_letter(cp);
}

/* cp lower-cased, for matching that ignores case; Romanian s and t with a
** cedilla as with the comma below they stand for ("ş" is "ș"), as much
** Romanian text still writes them. In the Basic Multilingual Plane from a
** table made when the library is loaded, inline: the tokenizer folds every
** character of a text, CJK's one a token. The table holds only the code
** points that change (0: cp itself; TN_FOLD_SLOW: not in 16 bits), so the
** pages of the scripts without case are never written and take no memory. */
#define TN_FOLD_TABLE_SIZE 0x10000
#define TN_FOLD_SLOW 0xFFFF
extern uint16_t tn_fold_table[TN_FOLD_TABLE_SIZE];
uint32_t tn_fold_slow(uint32_t cp);
static inline uint32_t tn_fold(uint32_t cp){
  if( cp>=TN_FOLD_TABLE_SIZE ) return tn_fold_slow(cp);
  uint16_t f = tn_fold_table[cp];
  return !f ? cp : f!=TN_FOLD_SLOW ? f : tn_fold_slow(cp);
}

/* A Latin or Greek letter without its accents ("õ" is "o", "ệ" is "e",
** "ώ" is "ω", as Greek capitals and headlines leave them out); any other
** code point as it is. From a table, inline. */
#define TN_UNACCENTED_TO 0x1F00
extern uint16_t tn_unaccented_table[TN_UNACCENTED_TO];
static inline uint32_t tn_unaccented(uint32_t cp){
  return cp<TN_UNACCENTED_TO ? tn_unaccented_table[cp] : cp;
}

/* 1 when the UTF-8 text s[0..n) has at least k letters; read up to the k-th. */
int tn_has_letters(const char *s, size_t n, size_t k);

/* A malloc()ed, NUL-terminated copy of s[0..n) in which every invalid byte
** and every NUL is replaced by U+FFFD; *out_len gets its length. NULL when
** out of memory. */
char *tn_utf8_sanitize(const char *s, size_t n, size_t *out_len);

#ifdef __cplusplus
}
#endif
#endif
