/*
** tokens.c: cutting text into the tokens of tokens.h.
*/
#include "tokens.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <utf8proc.h>

static inline uint32_t cp_at(const char *s, size_t n, size_t i, size_t *len){
  uint32_t cp;
  *len = tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
  return cp;
}

int tn_digit_value(uint32_t cp){
  if( cp>='0' && cp<='9' ) return (int)(cp - '0');
  if( cp>=0xFF10 && cp<=0xFF19 ) return (int)(cp - 0xFF10);   /* full-width */
  /* The decimal digits of other scripts, as Unicode has them: Arabic-Indic
  ** "٣٫٥", Persian, Devanagari, Bengali, Thai... None is below U+0660 or
  ** among the CJK letters, most tokens of Chinese text. */
  if( cp<0x660 || (cp>=0x2E80 && cp<0xFF10) ) return -1;
  return u_charType((UChar32)cp)==U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue((UChar32)cp) : -1;
}

static int is_space(uint32_t cp){
  return cp==' ' || cp=='\t' || cp=='\n' || cp=='\r' || cp==0xA0 || cp==0x3000
      || (cp>=0x2000 && cp<=0x200B) || cp==0x202F || cp==0x205F
      || cp==0x30FB;   /* the katakana middle dot: スイス・フラン is CLDR's スイス フラン */
}

/* A word goes on through letters and combining marks (Hindi vowel signs). */
static int is_word_char_slow(uint32_t cp){
  if( !tn_is_spaced_letter(cp) ){
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return cp<TN_UNSPACED_FROM && (c==UTF8PROC_CATEGORY_MN || c==UTF8PROC_CATEGORY_MC);
  }
  return 1;
}

/* Below TN_UNSPACED_FROM, where every word char is, the answers of
** is_word_char_slow() in a table made when the library is loaded: every
** character of every word is asked about. */
static uint8_t word_chars[TN_UNSPACED_FROM / 8];

__attribute__((constructor)) static void make_tables(void){
  for(uint32_t cp=0; cp<TN_UNSPACED_FROM; cp++){
    if( is_word_char_slow(cp) ) word_chars[cp/8] |= (uint8_t)(1u << (cp%8));
  }
}

static int is_word_char(uint32_t cp){
  return cp<TN_UNSPACED_FROM && (word_chars[cp/8] >> (cp%8) & 1);
}

char tn_number_separator(uint32_t cp){
  switch( cp ){
    case '.': case 0xFF0E: case 0x66B: return '.';   /* full-width １．０７５３, Arabic ٣٫٥ */
    case ',': case 0xFF0C: case 0x66C: return ',';
    case '\'': case 0x2019: return '\'';
    case ' ': case 0xA0: case 0x2009: case 0x202F: return ' ';
    default: return 0;
  }
}

/* Separators that may stand inside a number: they join two digits, and
** the spaces only before a group of exactly three digits. */
static int joins_digits(const char *s, size_t n, size_t i, char sep, size_t seplen){
  size_t j = i + seplen, len;
  int digits = 0;
  while( j<n && tn_digit_value(cp_at(s, n, j, &len))>=0 ){ digits++; j += len; }
  if( digits==0 ) return 0;
  return sep!=' ' || digits==3;
}

static int is_ascii_punct(uint32_t c){
  return (c>='!' && c<='/') || (c>=':' && c<='@') || (c>='[' && c<='`') || (c>='{' && c<='~');
}

static int is_ascii_letter(unsigned char c){
  return (c|0x20)>='a' && (c|0x20)<='z';
}

/* Appends cp, folded, to the token's key at byte at; returns where the key
** goes on, past TN_KEY_MAX when it does not fit (keylen 0 at the end).
** enc[0..len) is cp's UTF-8 in the text, copied when folding leaves cp as
** it is. The key's length is passed and returned, not pointed to: it stays
** in a register, where a pointer would make the compiler keep it in memory
** (each char stored could alias it). */
static size_t append_folded(tn_token *t, size_t at, uint32_t cp, const char *enc, size_t len){
  unsigned char folded[4];
  uint32_t f = cp<0x80 ? (cp>='A' && cp<='Z' ? cp + 32 : cp) : tn_fold(cp);
  if( f>=0xFF01 && f<=0xFF5E ) f -= 0xFEE0;        /* full-width forms: ＄ is $ */
  if( f==0x2019 ) f = '\'';                         /* "d’euros" as "d'euros" */
  if( f!=cp ){
    len = tn_utf8_encode(f, folded);
    enc = (const char *)folded;
  }
  if( at + len >= TN_KEY_MAX ) return TN_KEY_MAX;
  for(size_t j=0; j<len; j++) t->key[at + j] = enc[j];   /* 1 to 4 bytes: no memcpy() call */
  return at + len;
}

/* append_folded() for a letter of a word that is not ASCII (the é of
** "café", the ệ of "Việt"), inline: the loop over words calls it often. */
static inline size_t append_word_char(tn_token *t, size_t at, uint32_t cp, const char *enc,
                                      size_t len, const char *text_end){
  if( tn_fold(cp)!=cp || at + 4 >= TN_KEY_MAX || text_end - enc < 4 ) return append_folded(t, at, cp, enc, len);
  memcpy(t->key + at, enc, 4);     /* 2 or 3 bytes, 4 copied: the next are overwritten */
  return at + len;
}

/* The bytes of an apostrophe at s[i] between two Cyrillic letters, or 0:
** Ukrainian writes it inside words ("п'ять", "дев’ять"; CLDR and ICU as
** U+02BC, a letter), where other languages' apostrophes part words
** ("dell'Europa", "d'euros"). */
static size_t cyrillic_apostrophe(const char *s, size_t n, size_t i){
  size_t len = i<n && s[i]=='\'' ? 1 : i + 3<=n && memcmp(s + i, "\xe2\x80\x99", 3)==0 ? 3 : 0, b = i, after;
  if( !len || i==0 ) return 0;
  while( b>0 && ((unsigned char)s[b-1] & 0xC0)==0x80 ) b--;
  uint32_t prev = b>0 ? cp_at(s, n, b - 1, &after) : 0, next = i + len<n ? cp_at(s, n, i + len, &after) : 0;
  return prev>=0x400 && prev<0x530 && next>=0x400 && next<0x530 ? len : 0;
}

/* The letters of a word from s[i], folded into the key from *k on: ASCII
** letters and those of other scripts, with an apostrophe inside a
** Cyrillic word; returns where the word ends. One by one: the words that
** come here are mostly short runs of ASCII between other letters ("Việt"). */
static size_t append_word(tn_token *t, size_t *k, const char *s, size_t n, size_t i){
  size_t at = *k;                  /* not *k: each char stored could alias it */
  while( i<n ){
    uint32_t cp;
    size_t len;
    unsigned char c = (unsigned char)s[i];
    if( is_ascii_letter(c) ){
      if( at + 1 < TN_KEY_MAX ) t->key[at++] = (char)(c | 0x20);
      else at = TN_KEY_MAX;
      i++;
    }else if( c>=0x80 && is_word_char(cp = cp_at(s, n, i, &len)) ){
      at = append_word_char(t, at, cp, s + i, len, s + n);
      i += len;
    }else if( (c=='\'' || c==0xE2) && (len = cyrillic_apostrophe(s, n, i))!=0 ){
      at = append_folded(t, at, 0x2BC, "\xca\xbc", 2);
      i += len;
    }else{
      break;
    }
  }
  *k = at;
  return i;
}

/* Whether cp is a character of a script written without spaces that is a
** token of its own, its bytes its key: CJK (most tokens of Chinese and
** Japanese text). None is a digit or a letter of a word, none folds. */
static int is_char_token(uint32_t cp){
  return cp>=TN_UNSPACED_FROM && cp<0xFF01 && tn_fold(cp)==cp;
}

/* The character at s[i] (len bytes, 1 to 3) as a token whose key is its
** bytes. */
static int char_token(const char *s, size_t n, size_t i, size_t len, tn_token *t){
  t->type = TN_TOK_CHAR;
  t->start = i;
  t->end = i + len;
  /* The key in one store of 8 bytes, NUL-padded, and its hash from the
  ** register: a load of bytes from several stores waits. */
  uint64_t key = 0;
  if( n - i>=4 ) memcpy(&key, s + i, 4);     /* 4 copied: a move, not a call */
  else memcpy(&key, s + i, len);
  key &= tn_first_bytes(len);
  memcpy(t->key, &key, 8);
  t->keylen = len;
  t->hash = tn_key_hash(key, len);
  return 1;
}

/* Any token but the short ASCII words of tn_next_token() and the tokens
** of one character (char_token()), from s[i], the first byte of it, whose
** character is cp (len bytes). */
static int next_token_general(const char *s, size_t n, size_t i, uint32_t cp, size_t len, tn_token *t){
  size_t k = 0;
  if( cp<0x80 ? cp>='0' && cp<='9' : tn_digit_value(cp)>=0 ){
    t->type = TN_TOK_NUM;
    k = append_folded(t, k, cp, s + i, len);
    i += len;
    /* A full-width separator joins full-width digits only: "$20，300美圆"
    ** is two sums, "１，０００" one. */
    int full_width = cp>=0xFF10;
    while( i<n ){
      char sep;
      if( s[i]>='0' && s[i]<='9' ){   /* most digits: ASCII, their own key */
        if( k + 1 < TN_KEY_MAX ) t->key[k++] = s[i];
        else k = TN_KEY_MAX;
        full_width = 0;
        i++;
        continue;
      }
      cp = cp_at(s, n, i, &len);
      if( tn_digit_value(cp)>=0 ){
        full_width = cp>=0xFF10;
      }else if( !(sep = tn_number_separator(cp)) || (cp>=0xFF0C && !full_width) || !joins_digits(s, n, i, sep, len) ){
        break;
      }
      k = append_folded(t, k, cp, s + i, len);
      i += len;
    }
  }else if( cp<0x80 ? is_ascii_letter((unsigned char)cp) : is_word_char(cp) ){
    t->type = TN_TOK_WORD;
    i = append_word(t, &k, s, n, i);
  }else{
    t->type = TN_TOK_CHAR;
    k = append_folded(t, k, cp, s + i, len);
    i += len;
  }
  t->end = i;
  t->keylen = k<TN_KEY_MAX ? k : 0;
  t->key[t->keylen] = 0;
  uint64_t first8;
  memcpy(&first8, t->key, 8);
  t->hash = t->keylen ? tn_key_hash(first8 & tn_first_bytes(t->keylen<8 ? t->keylen : 8), t->keylen) : 0;
  return 1;
}

int tn_next_token_slow(const char *s, size_t n, size_t from, tn_token *t){
  size_t i = from, len;
  uint32_t cp;
  for(;;){                       /* ASCII first: most of the text of most news */
    while( i<n && (s[i]==' ' || s[i]=='\n') ) i++;
    if( i>=n ) return 0;
    if( (unsigned char)s[i]<0x80 && s[i]!='\t' && s[i]!='\r' ){
      cp = (unsigned char)s[i];
      len = 1;
      break;
    }
    if( !is_space(cp = cp_at(s, n, i, &len)) ) break;
    i += len;
  }
  /* tn_next_token() has read the word at from. */
  if( i!=from && i + 16 <= n && tn_short_ascii_word(s + i, t) ){
    t->start = i;
    t->end = i + t->keylen;
    return 1;
  }
  /* A CJK character, a comma, a period: its own bytes its key. */
  if( cp>=0x80 ? is_char_token(cp) : is_ascii_punct(cp) ) return char_token(s, n, i, len, t);
  t->start = i;
  return next_token_general(s, n, i, cp, len, t);
}

int tn_word_breaks_set(UBreakIterator *words, const char *s, size_t n){
  UErrorCode st = U_ZERO_ERROR;
  if( n>INT32_MAX ) return 0;
  UText *ut = utext_openUTF8(NULL, s, (int64_t)n, &st);
  ubrk_setUText(words, ut, &st);     /* keeps a shallow clone of ut */
  utext_close(ut);
  return U_SUCCESS(st);
}

UBreakIterator *tn_word_breaks_open(const char *locale_id, const char *s, size_t n){
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *words = ubrk_open(UBRK_WORD, locale_id, NULL, 0, &st);
  if( U_SUCCESS(st) && tn_word_breaks_set(words, s, n) ) return words;
  ubrk_close(words);
  return NULL;
}

int tn_next_token_in_dictionary_words(const char *s, size_t n, size_t i, struct UBreakIterator *words,
                                      tn_token *t){
  if( !tn_next_token(s, n, i, t) ) return 0;
  if( t->type==TN_TOK_WORD ){
    int32_t end = ubrk_following(words, (int32_t)t->start);
    if( end!=UBRK_DONE && (size_t)end < t->end ) tn_next_token(s, (size_t)end, t->start, t);
  }
  return 1;
}
