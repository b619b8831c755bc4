/*
** terms.c: cutting text into the terms of a search index (see terms.h).
*/
#include "terms.h"
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct tn_terms {
  UBreakIterator *words;
  UText *text;
  const UNormalizer2 *nfkc_cf, *nfd, *nfc;
  char locale[64];
  int remove_diacritics;
  int fast;                  /* may use the table of characters below */
  /* Work buffers, for one word at a time. */
  UChar a[4 * TN_TERMS_WORD_MAX], b[4 * TN_TERMS_WORD_MAX];   /* case and forms may grow */
  char out[3 * 4 * TN_TERMS_WORD_MAX];
};

static tn_terms *open_terms(const char *locale_id, int remove_diacritics, char *err, size_t errlen){
  tn_terms *t = calloc(1, sizeof *t);
  UErrorCode st = U_ZERO_ERROR;
  if( !t ){
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  snprintf(t->locale, sizeof t->locale, "%s", locale_id ? locale_id : "");
  t->remove_diacritics = remove_diacritics;
  t->words = ubrk_open(UBRK_WORD, t->locale, NULL, 0, &st);
  t->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
  t->nfd = unorm2_getNFDInstance(&st);
  t->nfc = unorm2_getNFCInstance(&st);
  if( U_FAILURE(st) ){
    snprintf(err, errlen, "ICU cannot cut words: %s", u_errorName(st));
    tn_terms_close(t);
    return NULL;
  }
  return t;
}

void tn_terms_close(tn_terms *t){
  if( !t ) return;
  ubrk_close(t->words);
  utext_close(t->text);
  free(t);
}

/* Whether the mark cp after base is a diacritic to drop: a nonspacing mark
** on a Latin, Greek or Cyrillic letter (Thai and Devanagari vowel signs are
** letters of their words). */
static int is_diacritic(uint32_t cp, UChar32 base){
  if( u_charType((UChar32)cp)!=U_NON_SPACING_MARK ) return 0;
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(base, &st);
  return script==USCRIPT_LATIN || script==USCRIPT_GREEK || script==USCRIPT_CYRILLIC;
}

/* The term of the word s[0..n) into t->out by ICU: lower-cased in the
** locale's way, NFKC case-folded, and without its diacritics when asked.
** Returns its length, 0 if none. */
static size_t term_by_icu(tn_terms *t, const char *s, size_t n, char *out, size_t cap){
  UErrorCode st = U_ZERO_ERROR;
  int32_t len, folded;
  u_strFromUTF8Lenient(t->b, TN_TERMS_WORD_MAX, &len, s, (int32_t)n, &st);
  len = u_strToLower(t->a, (int32_t)(sizeof t->a / sizeof t->a[0]), t->b, len, t->locale, &st);
  folded = unorm2_normalize(t->nfkc_cf, t->a, len, t->b, (int32_t)(sizeof t->b / sizeof t->b[0]), &st);
  if( U_FAILURE(st) ) return 0;
  if( t->remove_diacritics ){
    len = unorm2_normalize(t->nfd, t->b, folded, t->a, (int32_t)(sizeof t->a / sizeof t->a[0]), &st);
    if( U_FAILURE(st) ) return 0;
    int32_t kept = 0;
    UChar32 base = 0;
    for(int32_t i=0; i<len; ){
      UChar32 c;
      U16_NEXT(t->a, i, len, c);
      if( is_diacritic((uint32_t)c, base) ) continue;
      if( c==0x0111 ) c = 'd';                  /* đ, which no decomposition reaches */
      base = c;
      U16_APPEND_UNSAFE(t->a, kept, c);
    }
    folded = unorm2_normalize(t->nfc, t->a, kept, t->b, (int32_t)(sizeof t->b / sizeof t->b[0]), &st);
  }
  u_strToUTF8(out, (int32_t)cap, &len, t->b, folded, &st);
  return U_SUCCESS(st) && st!=U_STRING_NOT_TERMINATED_WARNING ? (size_t)len : 0;
}

/* What term_by_icu() makes of each character below FAST_CHARS alone, for
** the words whose characters all have an answer here (Latin, Greek,
** Cyrillic letters with their accents precomposed: most words of most
** text), with and without diacritics: asked of ICU the first time a
** character is met, then kept for the process. An entry is 8 bytes, read
** and written whole (atomically): 0 when not yet asked, else its length
** (1 to 7) in the low byte and the answer above it, or SLOW for none: marks
** and Hangul jamo, which combine with their neighbours, and answers of more
** than 7 bytes. Only a locale that lower-cases as the root locale does uses
** it (not Turkish). */
#define FAST_CHARS 0x3000
#define SLOW 0xFF
static uint64_t fast_chars[2][FAST_CHARS];

/* The entry of cp (0x80 <= cp < FAST_CHARS), asking ICU the first time. */
static uint64_t fast_char(tn_terms *t, uint32_t cp){
  uint64_t *slot = &fast_chars[t->remove_diacritics ? 1 : 0][cp];
  uint64_t v = __atomic_load_n(slot, __ATOMIC_RELAXED);
  if( v ) return v;
  int8_t type = u_charType((UChar32)cp);
  v = SLOW;
  if( type!=U_NON_SPACING_MARK && type!=U_COMBINING_SPACING_MARK && type!=U_ENCLOSING_MARK
      && !(cp>=0x1100 && cp<0x1200) && !(cp>=0xD800 && cp<0xE000) ){
    char enc[4], out[16];
    size_t n = tn_utf8_encode(cp, (unsigned char *)enc), len = term_by_icu(t, enc, n, out, sizeof out);
    if( len && len<=7 ){
      v = len;
      for(size_t k=0; k<len; k++) v |= (uint64_t)(unsigned char)out[k] << (8 * (k + 1));
    }
  }
  __atomic_store_n(slot, v, __ATOMIC_RELAXED);   /* two threads store the same */
  return v;
}

/* Whether the locale lower-cases as the root locale does, for the table. */
static int lower_cases_as_root(const char *locale){
  static const UChar upper[] = { 'I', 0x130, 0xCC };
  UChar mine[8], root[8];
  UErrorCode st = U_ZERO_ERROR;
  int32_t n = u_strToLower(mine, 8, upper, 3, locale, &st), m = u_strToLower(root, 8, upper, 3, "", &st);
  return U_SUCCESS(st) && n==m && u_memcmp(mine, root, n)==0;
}

/* The term of the word s[0..n) into t->out: ASCII lower-cased byte by
** byte, other characters from the table, and a word with any character
** the table has no answer for by ICU. Returns its length, 0 if none. */
static size_t term_of(tn_terms *t, const char *s, size_t n){
  size_t k = 0;
  for(; k<n && (unsigned char)s[k]<0x80; k++) t->out[k] = (char)(s[k]>='A' && s[k]<='Z' ? s[k] + 32 : s[k]);
  if( k==n ) return n;                          /* most words of most text */
  if( !t->fast ) return term_by_icu(t, s, n, t->out, sizeof t->out);
  size_t o = k;
  for(size_t i=k; i<n; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    uint64_t f;
    if( cp<0x80 ){
      t->out[o++] = (char)(cp>='A' && cp<='Z' ? cp + 32 : cp);
    }else if( cp<FAST_CHARS && ((f = fast_char(t, cp)) & 0xFF)!=SLOW ){
      for(size_t b=0; b<(f & 0xFF); b++) t->out[o++] = (char)(f >> (8 * (b + 1)));
    }else{
      return term_by_icu(t, s, n, t->out, sizeof t->out);
    }
    i += len;
  }
  return o;
}

tn_terms *tn_terms_open(const char *locale_id, int remove_diacritics, char *err, size_t errlen){
  tn_terms *t = open_terms(locale_id, remove_diacritics, err, errlen);
  if( t ) t->fast = lower_cases_as_root(t->locale);
  return t;
}

/* Emits the term of s[start..end), if it has one. */
static int emit_word(tn_terms *t, const char *s, size_t start, size_t end,
                     int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  if( end<=start || end - start > TN_TERMS_WORD_MAX ) return 0;
  size_t len = term_of(t, s + start, end - start);
  return len ? emit(arg, t->out, len, start, end) : 0;
}

static int is_apostrophe(uint32_t cp){ return cp=='\'' || cp==0x2019; }

/* Characters that are terms alone: Han ideographs, and Hangul syllables,
** whose words take their particles ("서울에서" is "서울" and "에서"). */
static int is_term_alone(uint32_t cp){
  if( cp>=0xAC00 && cp<=0xD7A3 ) return 1;
  UErrorCode st = U_ZERO_ERROR;
  return uscript_getScript((UChar32)cp, &st)==USCRIPT_HAN;
}

/* The terms of one word of the segmenter, s[start..end): Han characters
** and Hangul syllables one by one, and the rest cut at apostrophes unless it is a number
** ("1'250"). */
static int emit_segment(tn_terms *t, const char *s, size_t start, size_t end, int number,
                        int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  size_t from = start;
  for(size_t i=start; i<end; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, end - i, &cp);
    int rc = 0;
    if( cp>=0x2E80 && is_term_alone(cp) ){
      if( (rc = emit_word(t, s, from, i, emit, arg))==0 ) rc = emit_word(t, s, i, i + len, emit, arg);
      from = i + len;
    }else if( is_apostrophe(cp) && !number ){
      rc = emit_word(t, s, from, i, emit, arg);
      from = i + len;
    }
    if( rc ) return rc;
    i += len;
  }
  return emit_word(t, s, from, end, emit, arg);
}

/* The words of s[from..to) by ICU's segmenter. */
static int icu_words(tn_terms *t, const char *s, size_t from, size_t to,
                     int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  UErrorCode st = U_ZERO_ERROR;
  t->text = utext_openUTF8(t->text, s + from, (int64_t)(to - from), &st);
  ubrk_setUText(t->words, t->text, &st);
  if( U_FAILURE(st) ) return -1;
  int32_t start = ubrk_first(t->words);
  for(int32_t end = ubrk_next(t->words); end!=UBRK_DONE; start = end, end = ubrk_next(t->words)){
    int32_t status = ubrk_getRuleStatus(t->words);
    if( status < UBRK_WORD_NONE_LIMIT ) continue;   /* spaces, punctuation */
    int number = status < UBRK_WORD_NUMBER_LIMIT;
    int rc = emit_segment(t, s, from + (size_t)start, from + (size_t)end, number, emit, arg);
    if( rc ) return rc;
  }
  return 0;
}

static int is_word_byte(char c){
  return (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') || c=='_';
}
static int is_letter_byte(char c){ return (c>='a' && c<='z') || (c>='A' && c<='Z'); }
static int is_digit_byte(char c){ return c>='0' && c<='9'; }

/* The words of s[from..to), ASCII with no '@', as ICU's segmenter (UAX #29)
** cuts them, without it: runs of letters, digits and '_', joined by '.'
** and '\'' between two letters or two digits, and by ',' and ';' between
** two digits ("U.S", "3.5", "1,000,000", "don't"). */
static int ascii_words(tn_terms *t, const char *s, size_t from, size_t to,
                       int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  for(size_t i=from; i<to; ){
    if( !is_word_byte(s[i]) ){ i++; continue; }
    size_t start = i;
    int letters = 0;
    for(;;){
      for(; i<to && is_word_byte(s[i]); i++) letters |= is_letter_byte(s[i]);
      if( i + 1 >= to ) break;
      char mid = s[i], before = s[i-1], after = s[i+1];
      int both_letters = is_letter_byte(before) && is_letter_byte(after);
      int both_digits = is_digit_byte(before) && is_digit_byte(after);
      if( ((mid=='.' || mid=='\'') && (both_letters || both_digits)) || ((mid==',' || mid==';') && both_digits) ){
        i++;
        continue;
      }
      break;
    }
    int rc = emit_segment(t, s, start, i, !letters, emit, arg);
    if( rc ) return rc;
  }
  return 0;
}

static int is_space_byte(char c){ return c==' ' || c=='\n' || c=='\t' || c=='\r' || c=='\f' || c=='\v'; }

/* Whether s[from..to) is ASCII that ascii_words() cuts as ICU does. */
static int is_plain_ascii(const char *s, size_t from, size_t to){
  for(size_t i=from; i<to; i++){
    if( (unsigned char)s[i]>=0x80 || s[i]=='@' ) return 0;
  }
  return 1;
}

/* Han ideographs of the unified blocks and Hangul syllables, which case
** folding and NFKC leave as they are; and the punctuation of Chinese text
** between them. */
static int is_unified_han(uint32_t cp){
  return (cp>=0x4E00 && cp<=0x9FFF) || (cp>=0x3400 && cp<=0x4DBF) || (cp>=0x20000 && cp<=0x2EBEF)
      || (cp>=0xAC00 && cp<=0xD7A3);
}
static int is_cjk_punctuation(uint32_t cp){
  return (cp>=0x3000 && cp<=0x3004) || (cp>=0x3008 && cp<=0x3011) || (cp>=0x3014 && cp<=0x301F)
      || (cp>=0xFF01 && cp<=0xFF0F) || (cp>=0xFF1A && cp<=0xFF20) || (cp>=0xFF3B && cp<=0xFF40)
      || (cp>=0xFF5B && cp<=0xFF65) || (cp>=0x2018 && cp<=0x201F) || cp==0x2014 || cp==0x2026;
}

/* The terms of s[from..to) when it is Chinese or Korean: plain ASCII, Han
** ideographs, Hangul syllables and their punctuation only (else 0, and
** nothing emitted, in *done). Each ideograph or syllable is its own term, as ICU's dictionary would have it cut and
** then emit_segment() split (the dictionary's words are not needed), and
** the ASCII between them are words of their own ("GDP增长9.9%"). */
static int han_words(tn_terms *t, const char *s, size_t from, size_t to, int *done,
                     int (*emit)(void *, const char *, size_t, size_t, size_t), void *arg){
  *done = 0;
  for(size_t i=from; i<to; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, to - i, &cp);
    if( (cp>=0x80 && !is_unified_han(cp) && !is_cjk_punctuation(cp)) || cp=='@' ) return 0;
    i += len;
  }
  *done = 1;
  size_t ascii = from;               /* where the ASCII run before i began */
  for(size_t i=from; i<to; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, to - i, &cp);
    if( cp<0x80 ){ i += len; continue; }
    int rc = ascii_words(t, s, ascii, i, emit, arg);
    if( !rc && is_unified_han(cp) ) rc = emit(arg, s + i, len, i, i + len);
    if( rc ) return rc;
    i += len;
    ascii = i;
  }
  return ascii_words(t, s, ascii, to, emit, arg);
}

/* Words never go across ASCII white space: the text is cut there into
** chunks, the plain ASCII ones read by ascii_words(), Chinese ones by
** han_words(), the others, joined while they follow each other, by ICU. */
int tn_terms_cut(tn_terms *t, const char *s, size_t n,
                 int (*emit)(void *arg, const char *term, size_t len, size_t start, size_t end),
                 void *arg){
  if( n>INT32_MAX ) return -1;
  size_t i = 0;
  while( i<n ){
    while( i<n && is_space_byte(s[i]) ) i++;
    size_t end = i;
    while( end<n && !is_space_byte(s[end]) ) end++;
    if( end==i ) break;
    int rc, done;
    if( is_plain_ascii(s, i, end) ){
      rc = ascii_words(t, s, i, end, emit, arg);
    }else if( (rc = han_words(t, s, i, end, &done, emit, arg))!=0 || done ){
      /* Chinese, cut */
    }else{
      size_t last = end;             /* the non-ASCII chunks that follow this one */
      for(;;){
        size_t next = last;
        while( next<n && is_space_byte(s[next]) ) next++;
        size_t next_end = next;
        while( next_end<n && !is_space_byte(s[next_end]) ) next_end++;
        if( next_end==next || is_plain_ascii(s, next, next_end) ) break;
        last = next_end;
      }
      rc = icu_words(t, s, i, last, emit, arg);
      end = last;
    }
    if( rc ) return rc;
    i = end;
  }
  return 0;
}

int tn_terms_cut_icu(tn_terms *t, const char *s, size_t n,
                     int (*emit)(void *arg, const char *term, size_t len, size_t start, size_t end),
                     void *arg){
  if( n>INT32_MAX ) return -1;
  return icu_words(t, s, 0, n, emit, arg);
}
