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

typedef enum { TN_TOK_NUM, TN_TOK_WORD, TN_TOK_CHAR } tn_token_type;

#define TN_KEY_MAX 40      /* bytes of a token's folded text, with its NUL */

typedef struct {
  size_t start, end;       /* bytes */
  tn_token_type type;
  size_t keylen;           /* 0 when the folded text does not fit in key */
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

/* The value of a digit, ASCII or full-width, or -1. */
int tn_digit_value(uint32_t cp);

/* The ASCII form of a separator written inside numbers ('.', ',', '\'' or
** ' ', from full-width and typographic forms too), or 0. */
char tn_number_separator(uint32_t cp);

/* The next token at or after byte i of s[0..n), with its folded text.
** Returns 0 at the end. */
int tn_next_token(const char *s, size_t n, size_t i, tn_token *t);

/* tn_next_token() for a script written without spaces between words
** (Thai): a word also ends at the first boundary of words, a word break
** iterator set on s, after its start ("ล้านบาท" is "ล้าน" "บาท"). With
** words NULL, tn_next_token() itself. */
struct UBreakIterator;
int tn_next_token_in_words(const char *s, size_t n, size_t i, struct UBreakIterator *words, tn_token *t);

/* ICU's dictionary word breaks of the locale (an ICU ID) over s[0..n), for
** tn_next_token_in_words(); NULL when ICU cannot make them (words are then
** cut at spaces only). tn_word_breaks_set() moves one to another text.
** Close with ubrk_close(). */
struct UBreakIterator *tn_word_breaks_open(const char *locale_id, const char *s, size_t n);
int tn_word_breaks_set(struct UBreakIterator *words, const char *s, size_t n);


#endif
