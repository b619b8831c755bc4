/*
** utf8.c: UTF-8 validation, decoding and counting (see utf8.h).
*/
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

size_t tn_utf8_seq_len(const unsigned char *s, size_t n){
  if( n==0 ) return 0;
  unsigned c = s[0];
  if( c<0x80 ) return 1;
  size_t len;
  uint32_t min;
  if( c>=0xC2 && c<=0xDF ){ len = 2; min = 0x80; }
  else if( c>=0xE0 && c<=0xEF ){ len = 3; min = 0x800; }
  else if( c>=0xF0 && c<=0xF4 ){ len = 4; min = 0x10000; }
  else return 0;
  if( n<len ) return 0;
  uint32_t cp = c & (0x3F >> (len-1));
  for(size_t i=1; i<len; i++){
    if( (s[i] & 0xC0)!=0x80 ) return 0;
    cp = (cp<<6) | (s[i] & 0x3F);
  }
  if( cp<min || cp>0x10FFFF || (cp>=0xD800 && cp<=0xDFFF) ) return 0;
  return len;
}

size_t tn_utf8_decode_checked(const unsigned char *s, size_t n, uint32_t *cp){
  size_t len = tn_utf8_seq_len(s, n);
  if( len==0 ){ *cp = 0xFFFD; return n ? 1 : 0; }
  if( len==1 ){ *cp = s[0]; return 1; }
  uint32_t v = s[0] & (0x3F >> (len-1));
  for(size_t i=1; i<len; i++) v = (v<<6) | (s[i] & 0x3F);
  *cp = v;
  return len;
}

size_t tn_utf8_encode(uint32_t cp, unsigned char *out){
  if( cp<0x80 ){ out[0] = (unsigned char)cp; return 1; }
  if( cp<0x800 ){
    out[0] = (unsigned char)(0xC0 | (cp>>6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if( cp<0x10000 ){
    out[0] = (unsigned char)(0xE0 | (cp>>12));
    out[1] = (unsigned char)(0x80 | ((cp>>6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp>>18));
  out[1] = (unsigned char)(0x80 | ((cp>>12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp>>6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t tn_utf8_count(const char *s, size_t n){
  const unsigned char *p = (const unsigned char *)s;
  size_t count = 0, i = 0;
  /* In valid UTF-8 every byte that is not a continuation byte (10xxxxxx)
  ** starts one: counted 8 bytes a step, as amounts() counts up to every
  ** amount it finds. */
  const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
  for(; i+8<=n; i+=8){
    uint64_t x;
    memcpy(&x, p + i, 8);
    uint64_t continuation = x & ~(x << 1) & high;
    count += 8 - (size_t)(((continuation >> 7) * ones) >> 56);
  }
  for(; i<n; i++) count += (p[i] & 0xC0)!=0x80;
  return count;
}

/* The characters of the Basic Multilingual Plane that tn_utf8_scan()
** counts as nfc_unsure, made when the library is loaded (make_tables()). */
static uint8_t nfc_unsure_table[0x10000 / 8];

tn_utf8_stats tn_utf8_scan(const char *s, size_t n){
  const unsigned char *p = (const unsigned char *)s;
  tn_utf8_stats st = {0, 0, 0};
  size_t i = 0;
  while( i<n ){
    if( p[i]<0x80 ){
      uint64_t eight;                /* ASCII runs 8 bytes a step */
      while( i+8<=n && (memcpy(&eight, p+i, 8), (eight & 0x8080808080808080ull)==0) ) i += 8;
      while( i<n && p[i]<0x80 ) i++;
      continue;
    }
    /* tn_utf8_decode() checks two and three bytes (nearly all text)
    ** inline; of a byte from 0x80 on, one byte read is an invalid one. */
    uint32_t cp;
    size_t len = tn_utf8_decode(p+i, n-i, &cp);
    if( len==1 ) st.invalid++;
    else { st.multibyte++; st.nfc_unsure += cp>0xFFFF || (nfc_unsure_table[cp/8] >> (cp%8) & 1); }
    i += len;
  }
  return st;
}

size_t tn_utf8_cut(const char *s, size_t n, size_t max){
  if( n<=max ) return n;
  const unsigned char *p = (const unsigned char *)s;
  size_t end = max;
  while( end>0 && (p[end] & 0xC0)==0x80 ) end--;
  return end;
}

char *tn_utf8_sanitize(const char *s, size_t n, size_t *out_len){
  const unsigned char *p = (const unsigned char *)s;
  /* Each bad byte (1 byte) becomes U+FFFD (3 bytes). */
  size_t bad = tn_utf8_scan(s, n).invalid;
  for(const char *z = memchr(s, 0, n); z; z = memchr(z + 1, 0, n - (size_t)(z + 1 - s))) bad++;
  char *out = malloc(n + 2*bad + 1);
  if( !out ) return NULL;
  if( bad==0 ){                          /* nearly always: a plain copy */
    memcpy(out, s, n);
    out[n] = 0;
    *out_len = n;
    return out;
  }
  size_t o = 0, i = 0;
  while( i<n ){
    size_t len = p[i] && p[i]<0x80 ? 1 : tn_utf8_seq_len(p+i, n-i);
    if( len==0 || p[i]==0 ){
      o += tn_utf8_encode(0xFFFD, (unsigned char *)out+o);
      i++;
    }else{
      memcpy(out+o, p+i, len);
      o += len;
      i += len;
    }
  }
  out[o] = 0;
  *out_len = o;
  return out;
}

/* The answers of tn_is_letter() below TN_UNSPACED_FROM, where the letters
** of the scripts written with spaces are, of tn_unaccented() and, in the
** whole Basic Multilingual Plane, of tn_fold(), in tables made when the
** library is loaded: the date finder, the readers and the tokenizer ask
** them of every character. */
uint8_t tn_letter_table[TN_UNSPACED_FROM / 8];
uint16_t tn_fold_table[TN_FOLD_TABLE_SIZE];
uint16_t tn_unaccented_table[TN_UNACCENTED_TO];

int tn_is_letter_slow(uint32_t cp){
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c>=UTF8PROC_CATEGORY_LU && c<=UTF8PROC_CATEGORY_LO;
}

uint32_t tn_fold_slow(uint32_t cp){
  switch( cp ){
    case 0x15E: case 0x15F: return 0x219;     /* Ş ş: ș */
    case 0x162: case 0x163: return 0x21B;     /* Ţ ţ: ț */
  }
  return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

static uint32_t unaccented_slow(uint32_t cp){
  if( !((cp>=0xC0 && cp<0x250) || (cp>=0x386 && cp<0x3D0) || (cp>=0x1E00 && cp<0x1F00)) ) return cp;
  if( cp==0x111 ) return 'd';   /* Vietnamese đ: a stroke, no decomposition */
  utf8proc_int32_t out[4];
  int last;
  utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, out, 4,
                                               UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
  return n==1 ? (uint32_t)out[0] : cp;
}

/* Made before the constructors of other files run (priority 101 is the
** first a program may use): tokens.c's tables ask these. */
__attribute__((constructor(101))) static void make_tables(void){
  for(uint32_t cp=0; cp<TN_FOLD_TABLE_SIZE; cp++){
    if( cp<TN_UNSPACED_FROM && tn_is_letter_slow(cp) ) tn_letter_table[cp/8] |= (uint8_t)(1u << (cp%8));
    uint32_t f = tn_fold_slow(cp);
    if( f!=cp ) tn_fold_table[cp] = f<TN_FOLD_SLOW ? (uint16_t)f : TN_FOLD_SLOW;
    if( cp<TN_UNACCENTED_TO ) tn_unaccented_table[cp] = (uint16_t)unaccented_slow(cp);
  }
  /* A text whose every character passes NFC's quick check and has no
  ** combining class is NFC (UAX #15): ICU's normalizer need not read it.
  ** The others as ICU's set of them, a few hundred ranges. */
  UChar pattern[32];
  UErrorCode st = U_ZERO_ERROR;
  u_uastrcpy(pattern, "[[:^NFC_QC=Y:][:^ccc=0:]]");
  USet *unsure = uset_openPattern(pattern, -1, &st);
  for(int32_t r=0; U_SUCCESS(st) && r<uset_getRangeCount(unsure); r++){
    UChar32 from, to;
    uset_getItem(unsure, r, &from, &to, NULL, 0, &st);
    for(UChar32 cp=from; cp<=to && cp<0x10000; cp++) nfc_unsure_table[cp/8] |= (uint8_t)(1u << (cp%8));
  }
  /* Without ICU's answer, every character from U+0300 up is asked about. */
  if( U_FAILURE(st) ) memset(nfc_unsure_table + 0x300/8, 0xFF, sizeof nfc_unsure_table - 0x300/8);
  uset_close(unsure);
}


int tn_has_letters(const char *s, size_t n, size_t k){
  size_t letters = 0;
  for(size_t i=0; i<n && letters<k; ){
    uint32_t cp;
    i += tn_utf8_decode((const unsigned char *)s+i, n-i, &cp);
    letters += (size_t)tn_is_letter(cp);
  }
  return letters>=k;
}
