/*
** tokens.h: the tokens money is read from.
**
** Text is cut into numbers (a run of digits, ASCII or full-width, with the
** separators written inside numbers: "1.234,5", "12,34,567", "1'000",
** "1 000"), words (a run of letters and marks of a script written with
** spaces), and single characters (a CJK character, a symbol, punctuation).
** White space separates tokens and is not one. A lexicon term is a
** sequence of tokens, so "US$" is [us][$], "nhân dân tệ" three words and
** "美元" the two characters [美][元].
*/
#ifndef TN_TOKENS_H
#define TN_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum { TN_TOK_NUM, TN_TOK_WORD, TN_TOK_CHAR } tn_token_type;

#define TN_KEY_MAX 40      /* bytes of a token's folded text, with its NUL */

typedef struct {
  size_t start, end;       /* bytes */
  tn_token_type type;
  size_t keylen;           /* 0 when the folded text does not fit in key */
  uint64_t hash;           /* tn_key_hash() of the key (when keylen is not 0) */
  char key[TN_KEY_MAX];    /* the text case-folded, full-width forms as ASCII
                           ** ("＄" is "$"); NUL-terminated; what lexicons hold */
} tn_token;

/* The mask of the first r bytes (1 to 8) of 8 bytes of text loaded into a
** word with memcpy(): text and keys are read 8 bytes a step. */
static inline uint64_t tn_first_bytes(size_t r){
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
  return ~0ull << (8 * (8 - r));
#else
  return ~0ull >> (8 * (8 - r));
#endif
}

/* The hash of a key of n bytes (1 or more) whose first 8 bytes (or all n,
** the rest zero) are first8 as loaded with memcpy(): from them and the
** length only, with no branch on the length, which is long or short at
** random. A token is given it as it is cut, from the bytes still in
** registers: the money reader asks the lexicon's sets of bits, which are
** at these hashes, of every word of a text, and a load of the key just
** stored would wait for it. */
_Static_assert(TN_KEY_MAX >= 8, "a key's first 8 bytes are read at once");
static inline uint64_t tn_key_hash(uint64_t first8, size_t n){
  return (first8 ^ n) * 0x9E3779B97F4A7C15ull;
}

/* The value of a digit, ASCII or full-width, or -1. */
int tn_digit_value(uint32_t cp);

/* The ASCII form of a separator written inside numbers ('.', ',', '\'' or
** ' ', from full-width and typographic forms too), or 0. */
char tn_number_separator(uint32_t cp);

/* The next token at or after byte i of s[0..n), with its folded text.
** Returns 0 at the end. Most tokens of most text, a short ASCII word after
** one space, inline: the readers ask for every token of a text; the rest
** from tn_next_token_slow(), told that the inline part read from byte i. */
int tn_next_token_slow(const char *s, size_t n, size_t i, tn_token *t);
static inline int tn_short_ascii_word(const char *word, tn_token *t);
static inline int tn_next_token(const char *s, size_t n, size_t i, tn_token *t){
  if( i<n ) i += s[i]==' ';      /* no branch on the space: most tokens have one, not all */
  if( i + 16 <= n && tn_short_ascii_word(s + i, t) ){
    t->start = i;
    t->end = i + t->keylen;
    return 1;
  }
  return tn_next_token_slow(s, n, i, t);
}

/* Whether s[0..n) begins with a CJK ideograph (U+4000 to U+9FFF) or a
** Hangul syllable, in three bytes: a character that tn_next_token() makes
** a token of its own, its bytes its key (tests/unit check every one), told
** here without making the token, as most characters of Chinese, Japanese
** and Korean text are passed over. */
static inline int tn_is_unspaced_char(const char *s, size_t n){
  const unsigned char *u = (const unsigned char *)s;
  if( n<3 || (u[0] & 0xF0)!=0xE0 || (u[1] & 0xC0)!=0x80 || (u[2] & 0xC0)!=0x80 ) return 0;
  uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
  return (cp>=0x4000 && cp<=0x9FFF) || (cp>=0xAC00 && cp<=0xD7A3);
}

/* The high bit of each of the 8 bytes of x that is an ASCII letter. */
#define TN_HIGH_BITS 0x8080808080808080ull
static inline uint64_t tn_letter_bits(uint64_t x){
  uint64_t y = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;   /* lower case, 7 bits */
  uint64_t from_a = y + 0x1F1F1F1F1F1F1F1Full;     /* high bit set from 'a' (0x61) on */
  uint64_t past_z = y + 0x0505050505050505ull;     /* ... and from '{' (0x7B) on */
  return from_a & ~past_z & ~x & TN_HIGH_BITS;     /* ~x: no byte of a UTF-8 sequence */
}

/* Which of 8 bytes in text order is the first whose bit is not in bits
** (one is not). */
static inline size_t tn_first_clear(uint64_t bits){
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__==__ORDER_BIG_ENDIAN__
  return (size_t)__builtin_clzll(~bits & TN_HIGH_BITS) / 8;
#else
  return (size_t)__builtin_ctzll(~bits & TN_HIGH_BITS) / 8;
#endif
}

/* A word of 1 to 15 ASCII letters that an ASCII byte ends, read from the
** 16 bytes at word[0..16) in two steps, as token t (but its start and
** end). Its key is written with two stores, NUL-padded, which is also how
** the lexicon's look-ups read it back; its hash is made from the first. 0
** for any other token. */
static inline int tn_short_ascii_word(const char *word, tn_token *t){
  uint64_t x, y;
  memcpy(&x, word, 8);
  memcpy(&y, word + 8, 8);
  uint64_t low = tn_letter_bits(x), high;
  if( !(low & tn_first_bytes(1)) ) return 0;
  size_t run;
  if( low!=TN_HIGH_BITS ){
    run = tn_first_clear(low);
  }else{
    if( (high = tn_letter_bits(y))==TN_HIGH_BITS ) return 0;
    run = 8 + tn_first_clear(high);
  }
  if( (unsigned char)word[run]>=0x80 ) return 0;
  x = (x | 0x2020202020202020ull) & tn_first_bytes(run<8 ? run : 8);
  y = run>8 ? (y | 0x2020202020202020ull) & tn_first_bytes(run - 8) : 0;
  memcpy(t->key, &x, 8);
  memcpy(t->key + 8, &y, 8);
  t->type = TN_TOK_WORD;
  t->keylen = run;
  t->hash = tn_key_hash(x, run);
  return 1;
}

/* tn_next_token() for a script written without spaces between words
** (Thai): a word also ends at the first boundary of words, a word break
** iterator set on s, after its start ("ล้านบาท" is "ล้าน" "บาท"). With
** words NULL, tn_next_token() itself. */
struct UBreakIterator;
int tn_next_token_in_dictionary_words(const char *s, size_t n, size_t i, struct UBreakIterator *words,
                                      tn_token *t);
static inline int tn_next_token_in_words(const char *s, size_t n, size_t i, struct UBreakIterator *words,
                                         tn_token *t){
  return words ? tn_next_token_in_dictionary_words(s, n, i, words, t) : tn_next_token(s, n, i, t);
}

/* ICU's dictionary word breaks of the locale (an ICU ID) over s[0..n), for
** tn_next_token_in_words(); NULL when ICU cannot make them (words are then
** cut at spaces only). tn_word_breaks_set() moves one to another text.
** Close with ubrk_close(). */
struct UBreakIterator *tn_word_breaks_open(const char *locale_id, const char *s, size_t n);
int tn_word_breaks_set(struct UBreakIterator *words, const char *s, size_t n);


#endif
