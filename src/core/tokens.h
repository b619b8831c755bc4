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

typedef struct {
  size_t start, end;       /* bytes */
  tn_token_type type;
} tn_token;

/* The value of a digit, ASCII or full-width, or -1. */
int tn_digit_value(uint32_t cp);

/* The ASCII form of a separator written inside numbers ('.', ',', '\'' or
** ' ', from full-width and typographic forms too), or 0. */
char tn_number_separator(uint32_t cp);

/* The next token at or after byte i of s[0..n). Returns 0 at the end. */
int tn_next_token(const char *s, size_t n, size_t i, tn_token *t);

/* The token's text case-folded into buf (NUL-terminated; at most cap-1
** bytes). Returns its length, or 0 when it does not fit. */
size_t tn_token_fold(const char *s, const tn_token *t, char *buf, size_t cap);

/* 1 if every letter of the token is upper case ("USD", not "usd"). */
int tn_token_is_upper(const char *s, const tn_token *t);

#endif
