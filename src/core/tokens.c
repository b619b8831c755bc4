/*
** tokens.c: cutting text into the tokens of tokens.h.
*/
#include "tokens.h"
#include "utf8.h"

#include <pthread.h>
#include <utf8proc.h>

static inline uint32_t cp_at(const char *s, size_t n, size_t i, size_t *len){
  unsigned char c = (unsigned char)s[i];
  if( c<0x80 ){ *len = 1; return c; }
  uint32_t cp;
  *len = tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
  return cp;
}

int tn_digit_value(uint32_t cp){
  if( cp>='0' && cp<='9' ) return (int)(cp - '0');
  if( cp>=0xFF10 && cp<=0xFF19 ) return (int)(cp - 0xFF10);   /* full-width */
  return -1;
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
** is_word_char_slow() and tn_fold() in tables made once: every character of
** every word is asked about. A fold of 0 did not fit: ask tn_fold(). */
static uint8_t word_chars[TN_UNSPACED_FROM / 8];
static uint16_t folds[TN_UNSPACED_FROM];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void make_tables(void){
  for(uint32_t cp=0; cp<TN_UNSPACED_FROM; cp++){
    if( is_word_char_slow(cp) ) word_chars[cp/8] |= (uint8_t)(1u << (cp%8));
    uint32_t f = tn_fold(cp);
    folds[cp] = f<=0xFFFF ? (uint16_t)f : 0;
  }
}

/* Not for ASCII, which the callers handle first. */
static int is_word_char(uint32_t cp){
  pthread_once(&tables_once, make_tables);
  return cp<TN_UNSPACED_FROM && (word_chars[cp/8] >> (cp%8) & 1);
}

static uint32_t fold(uint32_t cp){
  pthread_once(&tables_once, make_tables);
  return cp<TN_UNSPACED_FROM && folds[cp] ? folds[cp] : tn_fold(cp);
}

char tn_number_separator(uint32_t cp){
  switch( cp ){
    case '.': case 0xFF0E: return '.';          /* and full-width: １．０７５３ */
    case ',': case 0xFF0C: return ',';
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

static int is_ascii_letter(unsigned char c){
  return (c|0x20)>='a' && (c|0x20)<='z';
}

int tn_next_token(const char *s, size_t n, size_t i, tn_token *t){
  size_t len;
  uint32_t cp = 0;
  for(;;){                       /* ASCII first: most of the text of most news */
    while( i<n && (s[i]==' ' || s[i]=='\n') ) i++;
    if( i>=n || !is_space(cp = cp_at(s, n, i, &len)) ) break;
    i += len;
  }
  if( i>=n ) return 0;
  t->start = i;
  if( tn_digit_value(cp)>=0 ){
    t->type = TN_TOK_NUM;
    i += len;
    while( i<n ){
      cp = cp_at(s, n, i, &len);
      if( tn_digit_value(cp)>=0 ){ i += len; continue; }
      char sep = tn_number_separator(cp);
      if( sep && joins_digits(s, n, i, sep, len) ){
        i += len;
        continue;
      }
      break;
    }
  }else if( cp<0x80 ? is_ascii_letter((unsigned char)cp) : is_word_char(cp) ){
    t->type = TN_TOK_WORD;
    i += len;
    while( i<n ){
      unsigned char c = (unsigned char)s[i];
      if( c<0x80 ){
        if( !is_ascii_letter(c) ) break;
        i++;
      }else if( is_word_char(cp_at(s, n, i, &len)) ){
        i += len;
      }else{
        break;
      }
    }
  }else{
    t->type = TN_TOK_CHAR;
    i += len;
  }
  t->end = i;
  return 1;
}

size_t tn_token_fold(const char *s, const tn_token *t, char *buf, size_t cap){
  size_t out = 0, len;
  for(size_t i=t->start; i<t->end; i+=len){
    unsigned char c = (unsigned char)s[i];
    if( c<0x80 ){
      len = 1;
      if( out+1>=cap ) return 0;
      buf[out++] = (char)(c>='A' && c<='Z' ? c + 32 : c);
      continue;
    }
    uint32_t cp = fold(cp_at(s, t->end, i, &len));
    if( cp>=0xFF01 && cp<=0xFF5E ) cp -= 0xFEE0;    /* full-width forms: ＄ is $ */
    unsigned char enc[4];
    size_t k = tn_utf8_encode(cp, enc);
    if( out+k>=cap ) return 0;
    for(size_t j=0; j<k; j++) buf[out++] = (char)enc[j];
  }
  buf[out] = 0;
  return out;
}

int tn_token_is_upper(const char *s, const tn_token *t){
  for(size_t i=t->start; i<t->end; i++){
    if( s[i]>='a' && s[i]<='z' ) return 0;
  }
  return 1;
}
