/*
** lexicon.c: building the per-language money lexicons of lexicon.h from
** data/money.txt (compiled in) and ICU's CLDR data.
*/
#include "currency.h"
#include "lexicon.h"
#include "locale.h"
#include "tokens.h"
#include "utf8.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/unumsys.h>
#include <unicode/upluralrules.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

extern const char tn_money_txt[];
extern const unsigned long tn_money_txt_len;

#define KEY_MAX 96

typedef struct {
  uint32_t key;        /* where its key is (key_of()); 0: an empty slot */
  unsigned has_term : 1, longer : 1;
  unsigned number_word : 1;   /* a word of a spelled-out number ("dieci", "forty") */
  tn_term term;
} slot;

/* The keys live in blocks of this many bytes, not a malloc() each: a
** lexicon has some ten thousand short keys. A slot names its key by the
** block and the offset in 32 bits, not a pointer in 64: a slot is then 24
** bytes, not 32, and a lexicon (one per locale met) a quarter smaller. */
#define KEY_BLOCK_BITS 14
#define KEY_BLOCK (1u << KEY_BLOCK_BITS)

struct tn_lexicon {
  tn_openers openers;  /* first: lexicon.h reads them inline */
  char **key_blocks;   /* of KEY_BLOCK bytes; the last one is being filled */
  size_t nkey_blocks, key_used;   /* bytes of the last one used; its first is
                                  ** not, so that no key is at 0 */
  const tn_lexicon *names;   /* the English currency names, shared by every
                             ** other language's lexicon; or NULL */
  uint32_t *hashes;    /* the low half of the hash of slots[i].key (odd), 0 when
                       ** empty: probed without touching slots */
  slot *slots;
  size_t cap, used;
  int myriad;          /* large numbers go in groups of four digits (万, 만) */
  char suffixes[512];  /* endings glued to a currency word, space-separated */
  UBreakIterator *words;   /* while building, for scripts without spaces: terms
                           ** are cut as the text will be (tokens.h) */
};

/* ---- the hash table ---------------------------------------------------- */

/* Eight bytes at a time, the last eight (or the short key) read as one
** word from overlapping loads: the keys are short, and every word of a text
** is hashed once. */
static inline uint64_t load(const char *s, size_t n){
  uint64_t w = 0;
  memcpy(&w, s, n);
  return w;
}

static inline uint64_t hash(const char *s, size_t n){
  const uint64_t mul = 0x9E3779B97F4A7C15ull;
  uint64_t h = n * mul, w;
  size_t i = 0;
  for(; i+8<n; i += 8){
    h = (h ^ load(s + i, 8)) * mul;
    h ^= h >> 32;
  }
  size_t rest = n - i;
  if( rest>=4 ) w = load(s + i, 4) | load(s + n - 4, 4) << 32;
  else if( rest ) w = (uint64_t)(unsigned char)s[i] | (uint64_t)(unsigned char)s[i + rest/2] << 8
                      | (uint64_t)(unsigned char)s[n-1] << 16;
  else w = 0;
  h = (h ^ w) * mul;
  h ^= h >> 29;
  return h | 1;            /* never 0, the mark of an empty slot */
}

/* The key of slot s, NUL-terminated, or NULL for an empty slot. */
static const char *key_of(const tn_lexicon *lx, const slot *s){
  return s->key ? lx->key_blocks[s->key >> KEY_BLOCK_BITS] + (s->key & (KEY_BLOCK - 1)) : NULL;
}

/* Whether k, a key of the table, is key[0..n): a few bytes, compared here,
** not by a call of memcmp(). Byte by byte, it reads no further in k than
** its NUL. */
static inline int is_key(const char *k, const char *key, size_t n){
  for(size_t i=0; i<n; i++){
    if( k[i]!=key[i] ) return 0;
  }
  return k[n]==0;
}

static slot *find_slot(const tn_lexicon *lx, const char *key, size_t n, uint64_t h){
  size_t i = (size_t)h & (lx->cap - 1);
  while( lx->hashes[i] ){
    const slot *s = &lx->slots[i];
    if( lx->hashes[i]==(uint32_t)h && is_key(key_of(lx, s), key, n) ) return &lx->slots[i];
    i = (i+1) & (lx->cap - 1);
  }
  return &lx->slots[i];
}

static int grow(tn_lexicon *lx){
  size_t cap = lx->cap ? lx->cap*2 : 1024;
  slot *old = lx->slots;
  uint32_t *old_hashes = lx->hashes;
  size_t old_cap = lx->cap;
  lx->slots = calloc(cap, sizeof *lx->slots);
  lx->hashes = calloc(cap, sizeof *lx->hashes);
  if( !lx->slots || !lx->hashes ){
    free(lx->slots);
    free(lx->hashes);
    lx->slots = old;
    lx->hashes = old_hashes;
    return 0;
  }
  lx->cap = cap;
  for(size_t i=0; i<old_cap; i++){
    const char *key = key_of(lx, &old[i]);
    if( !key ) continue;
    slot *s = find_slot(lx, key, strlen(key), old_hashes[i]);
    *s = old[i];
    lx->hashes[s - lx->slots] = old_hashes[i];
  }
  free(old);
  free(old_hashes);
  return 1;
}

/* Room for n bytes of key: where it is (key_of()), or 0. */
static uint32_t key_room(tn_lexicon *lx, size_t n){
  if( n>=KEY_BLOCK ) return 0;
  if( !lx->nkey_blocks || lx->key_used + n > KEY_BLOCK ){
    char **blocks = realloc(lx->key_blocks, (lx->nkey_blocks + 1) * sizeof *blocks);
    if( !blocks ) return 0;
    lx->key_blocks = blocks;
    if( lx->nkey_blocks + 1 > (1u << (32 - KEY_BLOCK_BITS)) || !(blocks[lx->nkey_blocks] = malloc(KEY_BLOCK)) ) return 0;
    lx->nkey_blocks++;
    lx->key_used = 1;
  }
  uint32_t at = (uint32_t)((lx->nkey_blocks - 1) << KEY_BLOCK_BITS | lx->key_used);
  lx->key_used += n;
  return at;
}

static slot *upsert(tn_lexicon *lx, const char *key, size_t n){
  if( (lx->used+1)*4 > lx->cap*3 && !grow(lx) ) return NULL;   /* at most 3/4 full */
  uint64_t h = hash(key, n);
  slot *s = find_slot(lx, key, n, h);
  if( !s->key ){
    if( !(s->key = key_room(lx, n+1)) ) return NULL;
    char *room = (char *)key_of(lx, s);
    memcpy(room, key, n);
    room[n] = 0;
    lx->hashes[s - lx->slots] = (uint32_t)h;
    lx->used++;
  }
  return s;
}

/* How a term spelled t[0..n) is matched: in capitals, if it has any. */
static tn_case case_rule_of(const char *t, size_t n){
  int upper = 0, lower = 0;
  for(size_t i=0; i<n; i++){
    upper |= t[i]>='A' && t[i]<='Z';
    lower |= t[i]>='a' && t[i]<='z';
  }
  return !upper ? TN_CASE_ANY : lower ? TN_CASE_CAPITAL : TN_CASE_UPPER;
}

int tn_term_opens_amount(const tn_term *t){
  switch( t->kind ){
    case TN_TERM_CONNECTOR: case TN_TERM_AND: case TN_TERM_RANGE_TO: case TN_TERM_CHANGE:
    case TN_TERM_BY: case TN_TERM_RESTATES: case TN_TERM_POINT: case TN_TERM_WORD:
    case TN_TERM_SUBJECT: case TN_TERM_VERSUS: case TN_TERM_MORE: return 0;
    case TN_TERM_QUALIFIER: return !t->after_only;
    case TN_TERM_CURRENCY: case TN_TERM_PERCENT: return !t->after_only;
    case TN_TERM_SUBUNIT: return t->case_rule!=TN_CASE_ANY;
    case TN_TERM_SCALE: return t->value < TN_SMALL_SCALE || t->one;   /* 十, 千円, "milión eur" */
    default: return 1;
  }
}

/* Sets bit in the set words (lexicon.h's sets of bits: tn_openers holds
** nothing else, so two lexicons' sets are merged word by word). */
_Static_assert(sizeof(tn_openers) % sizeof(uint64_t)==0, "tn_openers: sets of 64-bit words");
static void set_bit(uint64_t *words, uint64_t bit){
  words[bit / 64] |= 1ull << (bit % 64);
}

/* The hash of the word key[0..n) of a term, as its token has it (tn_key_hash()). */
static uint64_t word_hash(const char *key, size_t n){
  uint64_t first8 = 0;
  memcpy(&first8, key, n<8 ? n : 8);
  return tn_key_hash(first8, n);
}

/* The bits of a term that can open an amount: its first word in "any" (or
** in "capital" for a term only in capitals); for a term of several words,
** or a count ("a", which opens only before a scale: "a billion"), its first
** word is a prefix instead, and the pair of it and the word after it is set
** (pairs_of_counts() adds those after counts). */
static void mark_opener(tn_lexicon *lx, const char *key, size_t first, size_t second,
                        const tn_term *term){
  uint64_t h = word_hash(key, first), bit = tn_opener_bit(h), mask = 1ull << (bit % 64);
  lx->openers.any_kind[bit / 64] |= mask;
  if( term->case_rule ){
    lx->openers.kinds[bit / 64].capital |= mask;
  }else if( second || term->kind==TN_TERM_COUNT ){
    lx->openers.kinds[bit / 64].prefix |= mask;
    if( second ){
      set_bit(lx->openers.pairs, tn_opener_pair_bit(h, word_hash(key + first + 1, second - first - 1)));
    }
  }else{
    lx->openers.kinds[bit / 64].any |= mask;
  }
}

/* Every count of one word ("a", "un", "mezzo") with every word that may
** follow it: the first word of a scale or a connector, and a hyphen. */
static void pairs_of_counts(tn_lexicon *lx){
  for(size_t i=0; i<lx->cap; i++){
    const slot *c = &lx->slots[i];
    const char *count = key_of(lx, c);
    if( !c->has_term || c->term.kind!=TN_TERM_COUNT || strchr(count, ' ') ) continue;
    uint64_t hc = word_hash(count, strlen(count));
    for(size_t j=0; j<lx->cap; j++){
      const slot *f = &lx->slots[j];
      const char *key = key_of(lx, f);
      int follows = f->has_term && (f->term.kind==TN_TERM_SCALE || f->term.kind==TN_TERM_CONNECTOR);
      if( !follows && !(key && strcmp(key, "-")==0) ) continue;
      set_bit(lx->openers.pairs, tn_opener_pair_bit(hc, word_hash(key, strcspn(key, " "))));
    }
  }
}

/* Adds term under the key of text t[0..n): its tokens folded and joined by
** spaces. Every shorter run of its tokens is marked as leading on. An
** existing term of the same key stays: earlier sources win. */
static void add(tn_lexicon *lx, const char *t, size_t n, const tn_term *term){
  char key[KEY_MAX];
  size_t k = 0, first_len = 0, second_len = 0;
  tn_token tok;
  UBreakIterator *words = lx->words && tn_word_breaks_set(lx->words, t, n) ? lx->words : NULL;
  for(size_t i=0; tn_next_token_in_words(t, n, i, words, &tok); i = tok.end){
    if( k ){
      slot *prefix = upsert(lx, key, k);
      if( !prefix ) return;
      prefix->longer = 1;
      if( k+1>=KEY_MAX ) return;
      key[k++] = ' ';
    }
    if( !tok.keylen || k + tok.keylen >= KEY_MAX ) return;
    memcpy(key + k, tok.key, tok.keylen);
    k += tok.keylen;
    if( !first_len ) first_len = k;
    else if( !second_len ) second_len = k;
  }
  if( !k ) return;
  slot *s = upsert(lx, key, k);
  if( s && !s->has_term ){
    s->has_term = 1;
    s->term = *term;
    /* A change word, or a "to" that is one ("增至", "auf"), opens nothing,
    ** but the reader must see it. */
    if( tn_term_opens_amount(term) || term->kind==TN_TERM_CHANGE
        || (term->kind==TN_TERM_RANGE_TO && term->change) ) mark_opener(lx, key, first_len, second_len, term);
  }
}

/* The bit of the first word of key[0..n) in first_words. */
static uint64_t first_word_bit(const char *key, size_t n){
  size_t first = 0;
  while( first<n && key[first]!=' ' ) first++;    /* a few bytes: no call of memchr() */
  return tn_word_bit(word_hash(key, first));
}

/* Sets the first_words bit of every key of lx, and the word_pairs bit of
** its first two words. */
static void mark_key_words(tn_lexicon *lx){
  for(size_t i=0; i<lx->cap; i++){
    const char *key = key_of(lx, &lx->slots[i]);
    if( !key ) continue;
    size_t first = strcspn(key, " ");
    uint64_t h = word_hash(key, first);
    set_bit(lx->openers.first_words, tn_word_bit(h));
    if( key[first] ){
      const char *second = key + first + 1;
      set_bit(lx->openers.word_pairs, tn_word_pair_bit(h, word_hash(second, strcspn(second, " "))));
    }
  }
}

/* Whether a key of lx may begin with the first word of key[0..n). */
static int may_begin(const tn_lexicon *lx, const char *key, size_t n){
  uint64_t bit = first_word_bit(key, n);
  return tn_opener_bit_in(lx->openers.first_words, bit);
}

/* tn_lexicon_find(), told whether a key of the English names may begin
** with the key's first word. */
static tn_lookup find_key(const tn_lexicon *lx, const char *key, size_t n, int names_may_begin){
  uint64_t h = hash(key, n);
  const slot *s = find_slot(lx, key, n, h);
  tn_lookup found = { NULL, 0, 0 };
  if( s->key ){
    found.term = s->has_term ? &s->term : NULL;
    found.longer = s->longer;
    found.number_word = s->number_word;
  }
  /* The English names are asked only for a key whose first word may begin
  ** one of them (their opener bits): most keys asked are not. */
  if( names_may_begin && (s = find_slot(lx->names, key, n, h))->key ){
    if( !found.term && s->has_term ) found.term = &s->term;
    found.longer |= s->longer;
  }
  return found;
}

tn_lookup tn_lexicon_find(const tn_lexicon *lx, const char *key, size_t n){
  return find_key(lx, key, n, lx->names && may_begin(lx->names, key, n));
}

tn_lookup tn_lexicon_find_word(const tn_lexicon *lx, const tn_token *t){
  if( t->type==TN_TOK_NUM ) return tn_lexicon_find(lx, t->key, t->keylen);   /* "1 000": a space */
  return find_key(lx, t->key, t->keylen, lx->names && tn_lexicon_may_begin(lx->names, t));
}

const tn_term *tn_lexicon_find_stem(const tn_lexicon *lx, const char *key, size_t n){
  for(const char *sfx = lx->suffixes; *sfx; ){
    size_t len = strcspn(sfx, " ");
    if( n > len + 1 && memcmp(key + n - len, sfx, len)==0 ){
      const tn_term *t = tn_lexicon_find(lx, key, n - len).term;
      if( t && !t->case_rule && (t->kind==TN_TERM_CURRENCY || t->kind==TN_TERM_SUBUNIT) ) return t;
    }
    sfx += len;
    while( *sfx==' ' ) sfx++;
  }
  return NULL;
}

/* ---- data/money.txt ---------------------------------------------------- */

/* The KIND of a data line: its term's kind, and its after_only and change
** bits (data/money.txt says what each means). */
static const struct { const char *name; tn_term_kind kind; int after_only, change, one; } kinds[] = {
  {"currency", TN_TERM_CURRENCY, 0, 0, 0}, {"currency-after", TN_TERM_CURRENCY, 1, 0, 0},
  {"subunit", TN_TERM_SUBUNIT, 0, 0, 0}, {"subunit-after", TN_TERM_SUBUNIT, 1, 0, 0},
  {"scale", TN_TERM_SCALE, 0, 0, 0}, {"scale-alone", TN_TERM_SCALE, 0, 0, 1}, {"numeral", TN_TERM_NUMERAL, 0, 0, 0},
  {"qualifier", TN_TERM_QUALIFIER, 0, 0, 0}, {"qualifier-after", TN_TERM_QUALIFIER, 1, 0, 0},
  {"vague", TN_TERM_COUNT, 0, 0, 0}, {"count", TN_TERM_COUNT, 0, 0, 0},
  {"connector", TN_TERM_CONNECTOR, 0, 0, 0}, {"connector-by", TN_TERM_CONNECTOR, 0, 1, 0},
  {"and", TN_TERM_AND, 0, 0, 0},
  {"to", TN_TERM_RANGE_TO, 0, 0, 0}, {"to-in-change", TN_TERM_RANGE_TO, 1, 0, 0},
  {"change-to", TN_TERM_RANGE_TO, 0, 1, 0}, {"between", TN_TERM_BETWEEN, 0, 0, 0},
  {"percent", TN_TERM_PERCENT, 1, 0, 0}, {"percent-before", TN_TERM_PERCENT, 0, 0, 0},
  {"change", TN_TERM_CHANGE, 0, 0, 0}, {"by", TN_TERM_BY, 0, 0, 0}, {"restates", TN_TERM_RESTATES, 0, 0, 0},
  {"point", TN_TERM_POINT, 0, 0, 0}, {"word", TN_TERM_WORD, 0, 0, 0}, {"subject", TN_TERM_SUBJECT, 0, 0, 0},
  {"versus", TN_TERM_VERSUS, 0, 0, 0}, {"more", TN_TERM_MORE, 0, 0, 0},
};

static const char *const percent_units[] = { "percent", "point", "permille" };

const char *tn_percent_unit_name(tn_percent_unit unit){ return percent_units[unit]; }

static const struct { const char *name; tn_amount_kind kind; } qualifiers[] = {
  {"approx", TN_KIND_APPROX}, {"min", TN_KIND_MIN}, {"max", TN_KIND_MAX},
};

/* The currency of a currency line's ARG: a code; "-" for none; or codes
** joined by "|" ("XOF|XAF" for "FCFA"), which is the region's currency
** when it is one of them and none otherwise. */
static void line_currency(const char *arg, const char *region_currency, char code[4]){
  if( !strchr(arg, '|') ){
    if( strcmp(arg, "-")!=0 ) memcpy(code, arg, 3);
    return;
  }
  for(const char *c = arg; *region_currency && c[0]; c += c[3]=='|' ? 4 : 3){
    if( memcmp(c, region_currency, 3)==0 ){ memcpy(code, c, 3); return; }
    if( c[3]!='|' ) break;
  }
}

/* One line: SCOPE <tab> KIND <tab> ARG <tab> TERM, taken when its SCOPE
** applies to the locale as want says (locale.h: "es-MX", "es" or "*"). ARG
** is a currency (see line_currency()), a number, a qualifier kind, "CODE
** FACTOR" for a sub-unit, or "-". */
static void add_line(tn_lexicon *lx, const char *line, size_t n, tn_scope want,
                     const tn_locale *loc){
  const char *field[4];
  size_t len[4];
  if( tn_locale_data_line(loc, line, n, field, len)!=want ) return;
  if( len[1]==6 && strncmp(field[1], "suffix", 6)==0 ){
    size_t have = strlen(lx->suffixes);
    if( have + len[3] + 2 < sizeof lx->suffixes ){
      if( have ) lx->suffixes[have++] = ' ';
      memcpy(lx->suffixes + have, field[3], len[3]);
      lx->suffixes[have + len[3]] = 0;
    }
    return;
  }
  tn_term term = { 0 };
  for(size_t k=0; k<sizeof kinds/sizeof kinds[0]; k++){
    if( strlen(kinds[k].name)==len[1] && strncmp(kinds[k].name, field[1], len[1])==0 ){
      term.kind = kinds[k].kind;
      term.after_only = (unsigned)kinds[k].after_only;
      term.change = (unsigned)kinds[k].change;
      term.one = (unsigned)kinds[k].one;
    }
  }
  char arg[32];
  if( !term.kind || len[2]>=sizeof arg ) return;
  memcpy(arg, field[2], len[2]);
  arg[len[2]] = 0;
  switch( term.kind ){
    case TN_TERM_CURRENCY:
      line_currency(arg, tn_locale_currency(loc), term.code);
      break;
    case TN_TERM_SUBUNIT: {      /* "USD 0.01" or "- 0.01" */
      char *space = strchr(arg, ' ');
      if( !space ) return;
      if( arg[0]!='-' ) memcpy(term.code, arg, 3);
      term.value = strtod(space+1, NULL);
      break;
    }
    case TN_TERM_QUALIFIER: case TN_TERM_RESTATES:
      for(size_t k=0; k<sizeof qualifiers/sizeof qualifiers[0]; k++){
        if( strcmp(qualifiers[k].name, arg)==0 ) term.qualifier = qualifiers[k].kind;
      }
      break;
    case TN_TERM_PERCENT: {     /* "point 0.01" */
      char *space = strchr(arg, ' ');
      if( !space ) return;
      *space = 0;
      for(size_t k=0; k<sizeof percent_units/sizeof percent_units[0]; k++){
        if( strcmp(percent_units[k], arg)==0 ) term.percent_unit = (tn_percent_unit)k;
      }
      term.value = strtod(space+1, NULL);
      break;
    }
    case TN_TERM_COUNT:         /* "vague" counts are the least they mean */
      term.qualifier = len[1]==5 && strncmp(field[1], "vague", 5)==0 ? TN_KIND_MIN : TN_KIND_EXACT;
      term.value = strtod(arg, NULL);
      break;
    default:
      term.value = strtod(arg, NULL);
  }
  /* A term spelled with capitals matches only capitals: "A$", not "a $". */
  term.case_rule = case_rule_of(field[3], len[3]);
  add(lx, field[3], len[3], &term);
}

/* The sections of the money words (tn_money_txt), each a run of lines
** whose scopes are of one language ("it", "it-CH") or of all ("*"), found
** once: a lexicon reads its own language's lines and those of all, where
** reading each of the ~9,000 lines of every language was a sixth of the
** cost of building it. A run of lines of no scope (comments) goes with the
** section it is in. Past MAX_SECTIONS, the last section is the rest of the
** text, read line by line by every lexicon. */
enum { MAX_SECTIONS = 256, SECTION_LANGUAGE_MAX = 12 };
static struct { char language[SECTION_LANGUAGE_MAX]; size_t from, to; } sections[MAX_SECTIONS];
static size_t nsections;
static pthread_once_t sections_once = PTHREAD_ONCE_INIT;

static void find_sections(void){
  const char *s = tn_money_txt;
  size_t n = tn_money_txt_len;
  for(size_t i=0; i<n; ){
    const char *nl = memchr(s + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - s) : n, len = strcspn(s + i, "-\t\n");
    int scoped = s[i]!='#' && i + len < end && len < SECTION_LANGUAGE_MAX;
    if( scoped && nsections<MAX_SECTIONS
        && (nsections==0 || strncmp(sections[nsections-1].language, s + i, len)!=0
            || sections[nsections-1].language[len]!=0) ){
      if( nsections==MAX_SECTIONS-1 ) len = 0;          /* "": the rest, of any language */
      memcpy(sections[nsections].language, s + i, len);
      sections[nsections].language[len] = 0;
      sections[nsections++].from = i;
    }
    if( nsections ) sections[nsections-1].to = end < n ? end + 1 : n;
    i = end + 1;
  }
}

static void add_data(tn_lexicon *lx, tn_scope want, const tn_locale *loc){
  pthread_once(&sections_once, find_sections);
  const char *s = tn_money_txt;
  for(size_t k=0; k<nsections; k++){
    const char *language = sections[k].language;
    if( language[0] && strcmp(language, "*")!=0 && strcmp(language, tn_locale_language(loc))!=0 ) continue;
    for(size_t i=sections[k].from, n=sections[k].to; i<n; ){
      const char *nl = memchr(s + i, '\n', n - i);
      size_t end = nl ? (size_t)(nl - s) : n;
      if( end>i && s[i]!='#' ) add_line(lx, s+i, end-i, want, loc);
      i = end+1;
    }
  }
}

/* ---- ICU's CLDR data --------------------------------------------------- */

/* Adds the UTF-16 text u[0..len); as_spelled: matched only in capitals when
** it has any (symbols: "ALL", "R$"), not names ("US dollars"). */
static void add_utf16(tn_lexicon *lx, const UChar *u, int32_t len, const tn_term *term,
                      int as_spelled){
  char buf[KEY_MAX*2];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n;
  u_strToUTF8(buf, sizeof buf, &n, u, len, &status);
  if( U_FAILURE(status) || n>=(int32_t)sizeof buf ) return;
  tn_term t = *term;
  t.case_rule = as_spelled ? case_rule_of(buf, (size_t)n) : TN_CASE_ANY;
  add(lx, buf, (size_t)n, &t);
}

/* The narrow symbols that are signs (no ASCII letter) of one currency only:
** "₡", "₾", "₭", "₽", where the language's own symbol is the code. A sign
** that several currencies share ("$", "£", "kr") is left out. */
static void add_narrow_signs(tn_lexicon *lx, tn_currency_names *names){
  enum { MAX_SIGNS = 400, SIGN_MAX = 16 };
  struct { char code[4]; UChar sign[SIGN_MAX]; int32_t len; } *signs = malloc(MAX_SIGNS * sizeof *signs);
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON, &status);
  const char *code;
  int32_t len, n = 0;
  while( signs && U_SUCCESS(status) && n<MAX_SIGNS && (code = uenum_next(e, &len, &status)) ){
    UChar iso[4];
    UErrorCode st = U_ZERO_ERROR;
    u_charsToUChars(code, iso, 4);
    const UChar *sign = tn_currency_names_get(names, iso, UCURR_NARROW_SYMBOL_NAME, &len, &st);
    int letters = 0;
    for(int32_t k=0; k<len; k++) letters += (sign[k]|0x20)>='a' && (sign[k]|0x20)<='z';
    if( U_FAILURE(st) || len<=0 || len>=SIGN_MAX || letters ) continue;
    memcpy(signs[n].code, code, 4);
    u_memcpy(signs[n].sign, sign, len);
    signs[n++].len = len;
  }
  uenum_close(e);
  for(int32_t i=0; i<n; i++){
    int shared = 0;
    for(int32_t j=0; j<n && !shared; j++){
      shared = j!=i && signs[j].len==signs[i].len && u_memcmp(signs[j].sign, signs[i].sign, signs[i].len)==0;
    }
    if( shared ) continue;
    tn_term term = { .kind = TN_TERM_CURRENCY };
    memcpy(term.code, signs[i].code, 4);
    add_utf16(lx, signs[i].sign, signs[i].len, &term, 1);
  }
  free(signs);
}

/* Bare unit words: "100 colóns", "100 라리", where CLDR's names say "Costa
** Rican colón" and "조지아 라리". The unit is the word of a currency's name
** that the language puts last ("US dollar", "Australian dollar") or first
** ("dólar estadounidense", "dólar australiano"), as the names of those two
** show. A unit word of one currency only is that currency; one that
** several share ("pesos", "marks": the German or the Bosnian?) says none:
** the amount is found with no currency. Both count only after a number,
** as the country word could be anything. */
enum { UNIT_WORD_MAX = 64 };

/* name[from..to), folded, in UTF-8 in out[UNIT_WORD_MAX]. */
static int fold_word(const UChar *name, int32_t from, int32_t to, char *out){
  UChar folded[UNIT_WORD_MAX];
  UErrorCode st = U_ZERO_ERROR;
  int32_t n = u_strFoldCase(folded, UNIT_WORD_MAX, name + from, to - from, U_FOLD_CASE_DEFAULT, &st);
  if( U_FAILURE(st) || n>=UNIT_WORD_MAX ) return 0;
  u_strToUTF8(out, UNIT_WORD_MAX, NULL, folded, n, &st);
  return U_SUCCESS(st) && st!=U_STRING_NOT_TERMINATED_WARNING;
}

static int is_name_space(UChar c){
  return c==' ' || c==0xA0;
}

/* The first or last of the space-separated words of name[0..len), folded,
** in out[UNIT_WORD_MAX]; 0 when the name is one word. With the first, the
** words after it in rest[UNIT_WORD_MAX] ("" if none) unless rest is NULL:
** the name, where the first only qualifies it ("nuovo dollaro taiwanese"),
** see add_units(). */
static int unit_word(const UChar *name, int32_t len, int last, char *out, char *rest){
  int32_t from = 0, to = len;
  for(int32_t k=0; k<len; k++){
    if( !is_name_space(name[k]) ) continue;
    if( last ) from = k + 1;
    else if( to==len ) to = k;
  }
  if( (last ? from==0 : to==len) || to<=from ) return 0;
  if( rest && (last || !fold_word(name, to + 1, len, rest)) ) rest[0] = 0;
  return fold_word(name, from, to, out);
}

typedef struct {
  char word[UNIT_WORD_MAX], rest[UNIT_WORD_MAX], code[4];
  int before_unit;         /* the word is written before another name's unit word */
} unit_name;

/* CLDR's plural categories: the plural names of currencies come in these. */
static const char *const plural_forms[] = { "zero", "one", "two", "few", "many", "other" };
#define NPLURAL_FORMS (sizeof plural_forms / sizeof plural_forms[0])

/* The categories of the locale's plural rules ("one", "other" for English):
** CLDR names currencies in those only, and ucurr_getPluralName() answers
** any other with the "other" name, so asking for all six tripled the ICU
** lookups of a lexicon's build for nothing. All six when ICU has no rules. */
typedef struct {
  const char *forms[NPLURAL_FORMS];
  size_t n;
} plurals;

static void plurals_of(const char *id, plurals *p){
  UErrorCode st = U_ZERO_ERROR;
  UPluralRules *rules = uplrules_open(id, &st);
  UEnumeration *e = U_SUCCESS(st) ? uplrules_getKeywords(rules, &st) : NULL;
  p->n = 0;
  const char *k;
  while( e && U_SUCCESS(st) && (k = uenum_next(e, NULL, &st))!=NULL ){
    for(size_t f=0; f<NPLURAL_FORMS; f++) if( strcmp(k, plural_forms[f])==0 ) p->forms[p->n++] = plural_forms[f];
  }
  uenum_close(e);
  uplrules_close(rules);
  if( U_FAILURE(st) || p->n==0 ){
    for(p->n=0; p->n<NPLURAL_FORMS; p->n++) p->forms[p->n] = plural_forms[p->n];
  }
}

static int by_word_then_code(const void *a, const void *b){
  const unit_name *x = a, *y = b;
  int c = strcmp(x->word, y->word);
  return c ? c : strcmp(x->code, y->code);
}

/* Whether the language puts the unit last (1) or first (0) in currency
** names, or -1 when its names of two dollars do not tell: the US and the
** Australian dollar, or, where the US one is written apart ("доллар
** США" beside "австралийский доллар"), the Australian and the Canadian. */
static int unit_word_position(tn_currency_names *names){
  static const UChar usd[] = { 'U', 'S', 'D', 0 }, aud[] = { 'A', 'U', 'D', 0 }, cad[] = { 'C', 'A', 'D', 0 };
  static const UChar *const pairs[][2] = { { usd, aud }, { aud, cad } };
  for(size_t p=0; p<sizeof pairs/sizeof pairs[0]; p++){
    for(int last=1; last>=0; last--){
      char a[UNIT_WORD_MAX], b[UNIT_WORD_MAX];
      UErrorCode st = U_ZERO_ERROR;
      int32_t na, nb;
      const UChar *name_a = tn_currency_names_get(names, pairs[p][0], UCURR_LONG_NAME, &na, &st);
      const UChar *name_b = tn_currency_names_get(names, pairs[p][1], UCURR_LONG_NAME, &nb, &st);
      if( U_SUCCESS(st) && unit_word(name_a, na, last, a, NULL) && unit_word(name_b, nb, last, b, NULL)
          && strcmp(a, b)==0 ) return last;
    }
  }
  return -1;
}

/* The unit words of the names collected (units_collect()), each of the
** currency that alone has it ("dollars" of every dollar: none), counted
** only after a number. */
typedef struct { unit_name *names; size_t n, cap; int last; } units;

static void units_collect(units *u, const UChar *name, int32_t len, const char *code){
  if( u->last<0 ) return;
  if( u->n==u->cap ){
    size_t cap = u->cap ? 2*u->cap : 2048;
    unit_name *grown = realloc(u->names, cap * sizeof *grown);
    if( !grown ) return;
    u->names = grown;
    u->cap = cap;
  }
  unit_name *un = &u->names[u->n];
  if( unit_word(name, len, u->last, un->word, un->rest) ){
    memcpy(un->code, code, 4);
    u->n++;
  }
}

static int by_word(const void *key, const void *b){
  return strcmp(key, ((const unit_name *)b)->word);
}

static void add_units(tn_lexicon *lx, units *u){
  if( !u->names ) return;
  qsort(u->names, u->n, sizeof *u->names, by_word_then_code);
  /* A first word that some name puts before another name's unit word is
  ** an adjective: "nuovo" of "nuovo dollaro taiwanese". In every name it
  ** begins, the unit is the second word ("nuovo shekel israeliano"), and
  ** the name is also written without it ("dollari taiwanesi"); "un nuovo",
  ** "un nouveau record" are no amounts. The unit word after it must be no
  ** adjective itself: "cruzado novo brasileiro" is a cruzado. */
  for(int round=0; round<2; round++){     /* the search needs the order: no word moves yet */
    for(size_t i=0, j; i<u->n; i = j){
      int before_unit = 0;
      for(j=i; j<u->n && strcmp(u->names[j].word, u->names[i].word)==0; j++){
        char second[UNIT_WORD_MAX];
        snprintf(second, sizeof second, "%.*s", (int)strcspn(u->names[j].rest, " "), u->names[j].rest);
        const unit_name *unit = second[0] ? bsearch(second, u->names, u->n, sizeof *u->names, by_word) : NULL;
        before_unit |= unit && (round==0 || unit->before_unit==0);
      }
      for(size_t k=i; k<j; k++){
        if( round==0 ) u->names[k].before_unit = before_unit;
        else if( !before_unit ) u->names[k].rest[0] = 0;
      }
    }
  }
  int moved = 0;
  for(size_t i=0; i<u->n; i++){
    unit_name *un = &u->names[i];
    if( !un->rest[0] ) continue;
    tn_term name = { .kind = TN_TERM_CURRENCY };
    memcpy(name.code, un->code, 4);
    add(lx, un->rest, strlen(un->rest), &name);
    snprintf(un->word, UNIT_WORD_MAX, "%.*s", (int)strcspn(un->rest, " "), un->rest);
    moved = 1;
  }
  if( moved ) qsort(u->names, u->n, sizeof *u->names, by_word_then_code);
  for(size_t i=0; i<u->n; ){            /* a group of names with one unit word */
    size_t j = i + 1;
    int one_currency = 1;
    for(; j<u->n && strcmp(u->names[j].word, u->names[i].word)==0; j++){
      one_currency &= strcmp(u->names[j].code, u->names[i].code)==0;
    }
    tn_term term = { .kind = TN_TERM_CURRENCY, .after_only = 1 };
    if( one_currency ) memcpy(term.code, u->names[i].code, 4);
    add(lx, u->names[i].word, strlen(u->names[i].word), &term);
    i = j;
  }
  free(u->names);
  u->names = NULL;
  u->n = u->cap = 0;
}

/* Symbols, display names and plural names of every currency that is or was
** legal tender (not gold, "금", or fund units: ICU's uncommon codes), and the
** ISO codes themselves. */
/* The signs that the press of each region writes for its own currency,
** from CLDR: the symbol and the narrow symbol of the currency of every
** locale with a region ("S/" in es_PE, "KSh" in en_KE, "₦" in en_NG, "GH₵"
** in en_GH, "RM" in ms_MY). A sign that two currencies share ("$", "kr",
** "Rs"), of one letter ("R", "K") or of small letters only ("den") is
** left out: it is read only where its region's locale says so. Made once
** per process. */
enum { REGION_SIGNS_MAX = 512, REGION_SIGN_LEN = 12 };
static struct region_sign { char code[4]; UChar sign[REGION_SIGN_LEN]; int32_t len; int shared; }
  region_signs[REGION_SIGNS_MAX];
static int32_t region_signs_n;
static pthread_once_t region_signs_once = PTHREAD_ONCE_INIT;

/* The index of sign in region_signs, or -1. */
static int32_t region_sign_index(const UChar *sign, int32_t len){
  for(int32_t i=0; i<region_signs_n; i++){
    if( region_signs[i].len==len && u_memcmp(region_signs[i].sign, sign, len)==0 ) return i;
  }
  return -1;
}

static void note_region_sign(const char *code, const UChar *sign, int32_t len){
  int letters = 0, capitals = 0;
  for(int32_t k=0; k<len; k++){
    letters += u_isalpha(sign[k]);
    capitals += u_isupper(sign[k]);
  }
  /* Of letters only, a sign must have a capital: "den" is a word elsewhere. */
  if( len<=0 || len>=REGION_SIGN_LEN || (len==1 && letters) || (letters==len && !capitals) ) return;
  char ascii[4];
  if( len==3 ){                                              /* a code: added as one */
    u_UCharsToChars(sign, ascii, 3);
    if( memcmp(ascii, code, 3)==0 ) return;
  }
  int32_t known = region_sign_index(sign, len);
  if( known>=0 ){
    region_signs[known].shared |= strcmp(region_signs[known].code, code)!=0;
    return;
  }
  if( region_signs_n==REGION_SIGNS_MAX ) return;
  struct region_sign *r = &region_signs[region_signs_n++];
  memcpy(r->code, code, 4);
  u_memcpy(r->sign, sign, len);
  r->len = len;
}

/* The dollar sign with the region or the code the press adds where "$"
** alone would not say which dollar: "$HK", "HK$", "$ CA" (CLDR's fr_CA),
** "$CAD", "CAD$", for every currency whose narrow symbol in its region is
** "$" and whose code begins with the region's, as ISO 4217 codes do (HKD,
** MXN, ARS). Added after CLDR's own, and only where CLDR has no such sign
** for another currency ("EC$" is the East Caribbean dollar). */
static void note_dollar_signs(const char *region, const char *code){
  if( strncmp(region, code, 2)!=0 || strlen(region)!=2 ) return;
  char forms[4][8];
  snprintf(forms[0], sizeof forms[0], "$%s", region);
  snprintf(forms[1], sizeof forms[1], "%s$", region);
  snprintf(forms[2], sizeof forms[2], "$%s", code);
  snprintf(forms[3], sizeof forms[3], "%s$", code);
  for(size_t k=0; k<4; k++){
    UChar sign[8];
    int32_t len = (int32_t)strlen(forms[k]);
    u_charsToUChars(forms[k], sign, len);
    if( region_sign_index(sign, len)<0 ) note_region_sign(code, sign, len);
  }
}

static void find_region_signs(void){
  struct { char region[8], code[4]; } dollars[64];
  size_t ndollars = 0;
  for(int32_t i=0; i<uloc_countAvailable(); i++){
    const char *loc = uloc_getAvailable(i);
    char region[8];
    UErrorCode st = U_ZERO_ERROR;
    if( uloc_getCountry(loc, region, sizeof region, &st)<=0 || U_FAILURE(st) ) continue;
    UChar iso[4];
    char code[4];
    if( ucurr_forLocale(loc, iso, 4, &st)!=3 || U_FAILURE(st) ) continue;
    u_UCharsToChars(iso, code, 3);
    code[3] = 0;
    static const UCurrNameStyle styles[] = { UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME };
    for(size_t k=0; k<2; k++){
      UBool is_choice;
      int32_t len;
      UErrorCode s2 = U_ZERO_ERROR;
      const UChar *sign = ucurr_getName(iso, loc, styles[k], &is_choice, &len, &s2);
      if( U_SUCCESS(s2) ) note_region_sign(code, sign, len);
      if( U_SUCCESS(s2) && len==1 && sign[0]=='$' && ndollars<sizeof dollars / sizeof *dollars ){
        memcpy(dollars[ndollars].region, region, sizeof region);
        memcpy(dollars[ndollars++].code, code, 4);
      }
    }
  }
  for(size_t i=0; i<ndollars; i++) note_dollar_signs(dollars[i].region, dollars[i].code);
}

static void add_signs_of_every_region(tn_lexicon *lx){
  pthread_once(&region_signs_once, find_region_signs);
  for(int32_t i=0; i<region_signs_n; i++){
    if( region_signs[i].shared ) continue;
    tn_term term = { .kind = TN_TERM_CURRENCY };
    memcpy(term.code, region_signs[i].code, 4);
    add_utf16(lx, region_signs[i].sign, region_signs[i].len, &term, 1);
  }
}

/* CLDR's names of every currency in the locale, singular and plural, and
** its symbols there when with_symbols; the unit words of the names into
** *u, as the names are read once (ICU's lookups are most of the cost of a
** lexicon). */
static void add_currency_names(tn_lexicon *lx, tn_currency_names *names, const plurals *plural,
                               int with_symbols, units *u){
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON, &status);
  const char *code;
  int32_t len;
  while( U_SUCCESS(status) && (code = uenum_next(e, &len, &status)) ){
    if( len!=3 ) continue;
    tn_term term = { .kind = TN_TERM_CURRENCY };
    memcpy(term.code, code, 4);
    UChar iso[4];
    u_charsToUChars(code, iso, 4);
    for(int form=!with_symbols; form<2; form++){
      UErrorCode st = U_ZERO_ERROR;
      const UChar *name = tn_currency_names_get(names, iso, form ? UCURR_LONG_NAME : UCURR_SYMBOL_NAME,
                                                &len, &st);
      if( U_SUCCESS(st) && st!=U_USING_DEFAULT_WARNING ){
        add_utf16(lx, name, len, &term, !form);
        if( form ) units_collect(u, name, len, code);
      }
    }
    for(size_t p=0; p<plural->n; p++){
      UErrorCode st = U_ZERO_ERROR;
      const UChar *name = tn_currency_names_plural(names, iso, plural->forms[p], &len, &st);
      if( U_SUCCESS(st) && st!=U_USING_DEFAULT_WARNING ){
        add_utf16(lx, name, len, &term, 0);
        units_collect(u, name, len, code);
      }
    }
  }
  uenum_close(e);
}

/* The English names of every currency, singular, plural and bare unit
** ("US dollars", "euros", "rupees"): made once per process, freed at
** unload. */
static tn_lexicon *english_names;
static pthread_once_t english_names_once = PTHREAD_ONCE_INIT;

static void make_english_names(void){
  tn_lexicon *lx = calloc(1, sizeof *lx);
  if( !lx || !grow(lx) ){ free(lx); return; }
  tn_currency_names *names = tn_currency_names_open("en");
  if( !names ){ tn_lexicon_free(lx); return; }
  plurals english;
  plurals_of("en", &english);
  units u = { .last = unit_word_position(names) };
  add_currency_names(lx, names, &english, 0, &u);
  tn_currency_names_close(names);
  add_units(lx, &u);
  mark_key_words(lx);
  english_names = lx;
}

__attribute__((destructor)) static void free_english_names(void){
  tn_lexicon_free(english_names);
  english_names = NULL;
}

static void add_currencies(tn_lexicon *lx, const char *id, tn_currency_names *names, const plurals *plural,
                           int last){
  units u = { .last = last };
  add_currency_names(lx, names, plural, 1, &u);
  add_narrow_signs(lx, names);
  add_units(lx, &u);
  /* English names, as other languages' news writes them too ("euros",
  ** "Rupees", "US dollars"), after the language's own: one lexicon of them
  ** that every other language's looks in, and whose openers it takes. */
  if( strncmp(id, "en", 2)!=0 || (id[2] && id[2]!='_') ){
    pthread_once(&english_names_once, make_english_names);
    if( (lx->names = english_names)!=NULL ){
      /* Every set of bits, one word of 64 after another. */
      uint64_t *to = (uint64_t *)&lx->openers;
      const uint64_t *from = (const uint64_t *)&english_names->openers;
      for(size_t k=0; k<sizeof lx->openers / sizeof *to; k++) to[k] |= from[k];
    }
  }
  add_signs_of_every_region(lx);
  /* The codes last, so a name or symbol spelled like one keeps its meaning. */
  UErrorCode status = U_ZERO_ERROR;
  const char *code;
  int32_t len;
  UEnumeration *e;
  e = ucurr_openISOCurrencies(UCURR_ALL, &status);
  while( U_SUCCESS(status) && (code = uenum_next(e, &len, &status)) ){
    if( len!=3 ) continue;
    tn_term term = { .kind = TN_TERM_CURRENCY, .case_rule = TN_CASE_UPPER };
    memcpy(term.code, code, 4);
    add(lx, code, 3, &term);
    /* Millions in the code, as business reports write them: "120 MEUR". */
    char mega[5] = { 'M', code[0], code[1], code[2], 0 };
    tn_term millions = { .kind = TN_TERM_SUBUNIT, .case_rule = TN_CASE_UPPER, .value = 1e6 };
    memcpy(millions.code, code, 4);
    add(lx, mega, 4, &millions);
  }
  uenum_close(e);
}

/* Scale words from the compact decimal patterns: the pattern "00 milioni"
** under 10000000 says "milioni" multiplies by 10^6. */
/* CLDR's compact decimal patterns of style in the locale id or, where it
** has none of its own, in its nearest parent that has (ar_SA and fa_AF
** write Arabic digits and keep the Latin-digit patterns in ar and fa);
** NULL when none has. */
static UResourceBundle *compact_patterns(const char *id, const char *style){
  static const char *path[] = { "NumberElements", "latn", NULL, "decimalFormat" };
  char locale[ULOC_FULLNAME_CAPACITY];
  snprintf(locale, sizeof locale, "%s", id);
  for(;;){
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *r = ures_open(NULL, locale, &status);
    for(int k=0; k<4 && U_SUCCESS(status); k++){
      UResourceBundle *child = ures_getByKey(r, k==2 ? style : path[k], NULL, &status);
      ures_close(r);
      r = child;
    }
    if( U_SUCCESS(status) ) return r;
    ures_close(r);
    char parent[ULOC_FULLNAME_CAPACITY];
    status = U_ZERO_ERROR;
    uloc_getParent(locale, parent, sizeof parent, &status);
    if( U_FAILURE(status) || !parent[0] || strcmp(parent, locale)==0 ) return NULL;
    snprintf(locale, sizeof locale, "%s", parent);
  }
}

static void add_scales(tn_lexicon *lx, const char *id){
  static const char *const styles[] = { "patternsLong", "patternsShort" };
  for(int s=0; s<2; s++){
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *r = compact_patterns(id, styles[s]);
    if( !r ) continue;
    for(int32_t i=0; U_SUCCESS(status) && i<ures_getSize(r); i++){
      UErrorCode st = U_ZERO_ERROR;
      UResourceBundle *power = ures_getByIndex(r, i, NULL, &st);
      double magnitude = strtod(ures_getKey(power), NULL);
      /* The words of each plural form; the "one" form's word, where no
      ** other form has it, is singular only ("milión" beside "milióny",
      ** "miliónov"; not English "million"). */
      enum { FORMS_MAX = 8 };
      UChar words[FORMS_MAX][KEY_MAX];
      int32_t lens[FORMS_MAX], forms = 0, one = -1, zeros = 0;
      for(int32_t j=0; U_SUCCESS(st) && j<ures_getSize(power) && forms<FORMS_MAX; j++){
        UResourceBundle *form = ures_getByIndex(power, j, NULL, &st);
        int32_t len;
        const UChar *p = ures_getString(form, &len, &st);
        int32_t n = 0;
        zeros = 0;
        for(int32_t k=0; U_SUCCESS(st) && k<len && n<KEY_MAX-1; k++){
          if( p[k]=='0' ) zeros++;
          /* '.' quotes a literal dot; the marks of writing direction
          ** around Hebrew and Arabic words are no part of them */
          else if( p[k]!='\'' && !u_hasBinaryProperty(p[k], UCHAR_BIDI_CONTROL) ) words[forms][n++] = p[k];
        }
        if( U_SUCCESS(st) && zeros>0 ){
          if( strcmp(ures_getKey(form), "one")==0 ) one = forms;
          lens[forms++] = n;
        }
        ures_close(form);
      }
      double scale = magnitude;
      for(int32_t z=1; z<zeros; z++) scale /= 10;
      for(int32_t f=0; f<forms && scale>=1000; f++){
        tn_term term = { .kind = TN_TERM_SCALE, .value = scale, .one = f==one };
        for(int32_t g=0; g<forms && term.one; g++){
          term.one = g==f || lens[g]!=lens[f] || u_memcmp(words[g], words[f], lens[f])!=0;
        }
        add_utf16(lx, words[f], lens[f], &term, 0);
      }
      if( scale==1e4 ) lx->myriad = 1;      /* a word of its own for 10^4 */
      ures_close(power);
    }
    ures_close(r);
  }
}

/* ---- spelled-out numbers ---------------------------------------------- */

/* Spelled-out numbers are read from a table made once from ICU's spell-out
** rules of the language (its RBNF data): the words it writes for 0 to 999
** and 1000, each run of words a key, and the word it puts after a count of
** thousands ("two thousand": "thousand"). Reading is then a lookup, with no
** ICU parse at run time. Keys are the words alone, without the "-" and
** "and" words that join them ("forty-two", "two hundred and five" are
** "forty two", "two hundred five"), and they are kept apart from the
** lexicon's terms by a first byte no token key starts with. */
#define SPELLED_KEY '\x01'      /* a number, 0 to 1000 */
#define THOUSANDS_KEY '\x02'    /* the word after a count of thousands */

static void add_spelled(tn_lexicon *lx, char first, const char *key, size_t n, double value){
  char k[KEY_MAX];
  if( n + 1 >= KEY_MAX ) return;
  k[0] = first;
  memcpy(k + 1, key, n);
  slot *s = upsert(lx, k, n + 1);
  if( s && !s->has_term ){
    s->has_term = 1;
    s->term = (tn_term){ .kind = TN_TERM_NUMERAL, .value = value };
  }
}

static double spelled_value(const tn_lexicon *lx, char first, const char *key, size_t n){
  char k[KEY_MAX];
  if( n + 1 >= KEY_MAX ) return -1;
  k[0] = first;
  memcpy(k + 1, key, n);
  const slot *s = find_slot(lx, k, n + 1, hash(k, n + 1));
  return s->key && s->has_term ? s->term.value : -1;
}

/* The longest run of words at key[*i..n) that the table holds under first:
** its value, *i moved past it (and its space); -1 if none. */
static double longest_spelled(const tn_lexicon *lx, char first, const char *key, size_t n, size_t *i){
  double best = -1;
  size_t best_end = *i;
  for(size_t e=*i; e<=n; e++){
    if( e<n && key[e]!=' ' ) continue;
    double v = spelled_value(lx, first, key + *i, e - *i);
    if( v>=0 ){ best = v; best_end = e; }
  }
  if( best>=0 ) *i = best_end<n ? best_end + 1 : n;
  return best;
}

int tn_lexicon_spelled(const tn_lexicon *lx, const char *key, size_t n, double *v){
  size_t i = 0;
  double count = longest_spelled(lx, SPELLED_KEY, key, n, &i), total;
  if( count<0 ) return 0;
  if( i<n && count>=100 && count<1000 && fmod(count, 100)==0 ){   /* "doscientas cincuenta" */
    size_t k = i;
    double rest = longest_spelled(lx, SPELLED_KEY, key, n, &k);
    if( rest>0 && rest<100 ){
      count += rest;
      i = k;
    }
  }
  total = count;
  if( i<n && count>=1 && count<1000 && longest_spelled(lx, THOUSANDS_KEY, key, n, &i)>=0 ){
    total = count * 1000;                     /* "five thousand two hundred" */
    double rest = i<n ? longest_spelled(lx, SPELLED_KEY, key, n, &i) : 0;
    if( rest<0 || rest>=1000 ) return 0;
    total += rest;
  }
  if( i<n ) return 0;
  *v = total;
  return 1;
}

/* Whether a token joins the words of a spelled-out number: "-", "and". */
int tn_lexicon_joins_spelled(const tn_lexicon *lx, const tn_token *t){
  if( t->keylen==1 && t->key[0]=='-' ) return 1;
  const tn_term *term = tn_lexicon_find_word(lx, t).term;
  return term && term->kind==TN_TERM_AND;
}

/* Marks the word key[0..n) as a word of a spelled-out number, which opens
** an amount on its own. */
static void mark_number_word(tn_lexicon *lx, const char *key, size_t n){
  const tn_term number_word = { .kind = TN_TERM_NUMERAL };
  slot *s = upsert(lx, key, n);
  if( s ){
    s->number_word = 1;
    mark_opener(lx, key, n, 0, &number_word);
  }
}

/* The texts ICU's spell-out rules write for the numbers of the table (see
** above), made once per process for each set of rules and read by every
** lexicon of those: a region's locale mostly has its language's rules
** ("es-MX" writes as "es"), and opening and running them was a third of
** the cost of a lexicon. Rules are told apart by ICU's locale of them; the
** texts of one rule set are its numbers in order, then 2000 (for the
** thousands word), then an entry of value -1. */
typedef struct { int value; uint32_t at; } spelled_text;   /* at: in texts (NUL-terminated) */

typedef struct spelled_rules {
  char locale[ULOC_FULLNAME_CAPACITY];
  spelled_text *entries;
  size_t n, cap;
  char *texts;
  size_t used, room;
  struct spelled_rules *next;
} spelled_rules;

static spelled_rules *spelled_rules_made;
static pthread_mutex_t spelled_rules_mutex = PTHREAD_MUTEX_INITIALIZER;

/* Appends an entry: value (-1: the end of a set) and its text u[0..len)
** (NULL: none, as for a number ICU could not write); a text too long for a
** key is left out. 0 when out of memory. */
static int spelled_append(spelled_rules *r, int value, const UChar *u, int32_t len){
  char text[256];
  int32_t n = 0;
  if( u ){
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(text, sizeof text, &n, u, len, &status);
    if( U_FAILURE(status) || n>=(int32_t)sizeof text ) return 1;
  }
  if( r->n==r->cap ){
    size_t cap = r->cap ? 2*r->cap : 1024;
    spelled_text *grown = realloc(r->entries, cap * sizeof *grown);
    if( !grown ) return 0;
    r->entries = grown;
    r->cap = cap;
  }
  if( r->used + (size_t)n + 1 > r->room ){
    size_t room = r->room ? 2*r->room : 16384;
    while( room < r->used + (size_t)n + 1 ) room *= 2;
    char *grown = realloc(r->texts, room);
    if( !grown ) return 0;
    r->texts = grown;
    r->room = room;
  }
  memcpy(r->texts + r->used, text, (size_t)n);
  r->texts[r->used + (size_t)n] = 0;
  r->entries[r->n++] = (spelled_text){ value, (uint32_t)r->used };
  r->used += (size_t)n + 1;
  return 1;
}

/* Whether a spell-out rule set writes the cardinals: the language's
** numbering ("uno", "eins") and its cardinals of one kind of noun, a
** gender or a case ("una", "doscientas", "duas", "dwie", "две", "eine",
** "kahden", 壹贰 of financial Chinese), not ordinals or years. Two kinds
** at once ("-masculine-genitive") are left out: Russian has 24. */
static int writes_cardinals(const char *name){
  if( strcmp(name, "%spellout-numbering")==0 ) return 1;
  const char *prefix = "%spellout-cardinal";
  size_t n = strlen(prefix);
  if( strncmp(name, prefix, n)!=0 ) return 0;
  return name[n]==0 || (name[n]=='-' && !strchr(name + n + 1, '-'));
}

/* The texts of the cardinal rule sets of the locale id: of the numbering,
** every number to 1000; of the other sets, 0 to 100 and the hundreds
** (tn_lexicon_spelled() adds "doscientas" and "cincuenta"), so that their
** ICU formatting stays small; of each, 2000. 0 when out of memory. */
static int spelled_write(spelled_rules *r, const char *id){
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *spellout = unum_open(UNUM_SPELLOUT, NULL, 0, id, NULL, &status);
  UChar sets[4096];
  int32_t nsets = U_SUCCESS(status) ? unum_getTextAttribute(spellout, UNUM_PUBLIC_RULESETS, sets, 4096, &status) : 0;
  int ok = 1;
  for(int32_t from=0, to; ok && U_SUCCESS(status) && from<nsets; from = to + 1){
    for(to=from; to<nsets && sets[to]!=';'; to++){}
    char name[64];
    if( to - from >= (int32_t)sizeof name ) continue;
    u_UCharsToChars(sets + from, name, to - from);
    name[to - from] = 0;
    if( !writes_cardinals(name) ) continue;
    UErrorCode st = U_ZERO_ERROR;
    unum_setTextAttribute(spellout, UNUM_DEFAULT_RULESET, sets + from, to - from, &st);
    if( U_FAILURE(st) ) continue;
    int all = strcmp(name, "%spellout-numbering")==0;
    for(int v=0; ok && v<=2000; v = v<1000 ? v + (all || v<100 ? 1 : 100) : v + 1000){
      UChar u[128];
      int32_t len = unum_format(spellout, v, u, 128, NULL, &st), k = 0;
      for(int32_t j=0; j<len && U_SUCCESS(st); j++){
        if( u[j]!=0xAD ) u[k++] = u[j];      /* German writes soft hyphens: fünf\u00adund\u00advierzig */
      }
      ok = spelled_append(r, v, U_SUCCESS(st) ? u : NULL, k);
      st = U_ZERO_ERROR;
    }
    ok = ok && spelled_append(r, -1, NULL, 0);
  }
  unum_close(spellout);
  return ok;
}

/* The texts of the spell-out rules of locale id (made the first time they
** are asked), or NULL (no rules, or out of memory). */
static const spelled_rules *spelled_rules_of(const char *id){
  /* The rules' bundle, as ICU's formatter opens it: where it is found
  ** (es-MX has none of its own: es's), and the locale's digits, which the
  ** rules write numbers in where they spell none, are the texts. Root's
  ** rules spell nothing and write with each locale's own separators:
  ** theirs are not shared. (Checked on every locale ICU has: locales of
  ** one key write the same texts.) */
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "rbnf", id, &st);
  const char *rules = U_SUCCESS(st) ? ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, &st) : NULL;
  UNumberingSystem *digits = unumsys_open(id, &st);
  char own[ULOC_FULLNAME_CAPACITY];
  if( U_FAILURE(st) || !rules ) own[0] = 0;
  else if( strcmp(rules, "root")==0 ) snprintf(own, sizeof own, "%s", id);
  else snprintf(own, sizeof own, "%s@%s", rules, unumsys_getName(digits));
  unumsys_close(digits);
  ures_close(bundle);
  if( !own[0] ) return NULL;
  pthread_mutex_lock(&spelled_rules_mutex);
  spelled_rules *r = spelled_rules_made;
  while( r && strcmp(r->locale, own)!=0 ) r = r->next;
  if( !r && (r = calloc(1, sizeof *r))!=NULL ){
    memcpy(r->locale, own, sizeof own);
    if( spelled_write(r, id) ){
      /* Kept for the process: no room to spare (a lexicon's memory counts). */
      spelled_text *entries = r->n ? realloc(r->entries, r->n * sizeof *entries) : NULL;
      char *texts = r->used ? realloc(r->texts, r->used) : NULL;
      if( entries ) r->entries = entries;
      if( texts ) r->texts = texts;
      r->next = spelled_rules_made;
      spelled_rules_made = r;
    }else{
      free(r->entries);
      free(r->texts);
      free(r);
      r = NULL;
    }
  }
  pthread_mutex_unlock(&spelled_rules_mutex);
  return r;
}

__attribute__((destructor)) static void free_spelled_rules(void){
  while( spelled_rules_made ){
    spelled_rules *next = spelled_rules_made->next;
    free(spelled_rules_made->entries);
    free(spelled_rules_made->texts);
    free(spelled_rules_made);
    spelled_rules_made = next;
  }
}

/* The key of a spelled-out number's text (joiners left out), its words
** marked as number words that open amounts; 0 if it has none. */
static size_t spelled_key(tn_lexicon *lx, const char *text, char key[KEY_MAX]){
  tn_token tok;
  size_t n = 0, len = strlen(text);
  for(size_t i=0; tn_next_token(text, len, i, &tok); i = tok.end){
    if( tok.type!=TN_TOK_WORD && !(tok.keylen==1 && tok.key[0]=='-') ) return 0;
    if( !tok.keylen || tn_lexicon_joins_spelled(lx, &tok) ) continue;
    if( n + tok.keylen + 1 >= KEY_MAX ) return 0;
    if( n ) key[n++] = ' ';
    memcpy(key + n, tok.key, tok.keylen);
    n += tok.keylen;
    mark_number_word(lx, tok.key, tok.keylen);
  }
  return n;
}

/* The table of spelled-out numbers of the locale (see above), from each
** rule set of cardinals: a number's words in one are the same number in
** all. */
static void add_spelled_numbers(tn_lexicon *lx, const char *id){
  const spelled_rules *r = spelled_rules_of(id);
  for(size_t set=0, end; r && set<r->n; set = end + 1){
    const char *two_thousand = NULL;
    char key[KEY_MAX], two[KEY_MAX];
    size_t n, n2 = 0;
    for(end=set; r->entries[end].value>=0; end++){
      const spelled_text *e = &r->entries[end];
      if( e->value==2000 ){ two_thousand = r->texts + e->at; continue; }
      if( (n = spelled_key(lx, r->texts + e->at, key))==0 ) continue;
      add_spelled(lx, SPELLED_KEY, key, n, e->value);
      if( e->value==2 ){ memcpy(two, key, n); n2 = n; }
    }
    /* The thousands word: what "two thousand" says after "two". */
    n = two_thousand ? spelled_key(lx, two_thousand, key) : 0;
    if( n2 && n > n2 + 1 && memcmp(key, two, n2)==0 && key[n2]==' ' ){
      add_spelled(lx, THOUSANDS_KEY, key + n2 + 1, n - n2 - 1, 1000);
    }
  }
}

/* ---- unaccented forms -------------------------------------------------- */

/* News text, headlines and wire copy often drop accents ("milhoes",
** "dolares", "ty dong") and Indic nuktas ("फ्रैंक"), and write the
** candrabindu as an anusvara ("पांच"): every term with accented Latin or
** Greek letters, a nukta or a candrabindu is also found written so,
** unless that spelling is a term of its own. */
static void add_unaccented(tn_lexicon *lx){
  size_t n = 0;
  for(size_t i=0; i<lx->cap; i++) n += lx->slots[i].has_term || lx->slots[i].number_word;
  struct { char key[KEY_MAX]; size_t len; int number_word, has_term; tn_term term; } *alias = malloc(n * sizeof *alias);
  if( !alias ) return;
  size_t count = 0;
  for(size_t i=0; i<lx->cap; i++){
    const slot *sl = &lx->slots[i];
    if( !sl->has_term && !sl->number_word ) continue;
    const char *key = key_of(lx, sl);
    size_t k = 0, changed = 0, len = strlen(key);
    for(size_t j=0; j<len && k+4<KEY_MAX; ){
      uint32_t cp, base;
      j += tn_utf8_decode((const unsigned char *)key + j, len - j, &cp);
      if( cp==0x93C || cp==0x9BC || cp==0xA3C ){    /* the nukta that Hindi news often leaves out: फ़्रैंक, फ्रैंक */
        changed++;
        continue;
      }
      base = cp==0x901 ? 0x902 : tn_unaccented(cp);   /* candrabindu as anusvara: पाँच, पांच */
      changed += base!=cp;
      k += tn_utf8_encode(base, (unsigned char *)alias[count].key + k);
    }
    if( !changed ) continue;
    alias[count].len = k;
    alias[count].number_word = sl->number_word;
    alias[count].has_term = sl->has_term;
    alias[count++].term = sl->term;
  }
  for(size_t i=0; i<count; i++){
    const char *key = alias[i].key;
    size_t len = alias[i].len;
    if( key[0]==SPELLED_KEY || key[0]==THOUSANDS_KEY ){      /* the table of spelled-out numbers */
      if( alias[i].has_term ) add_spelled(lx, key[0], key + 1, len - 1, alias[i].term.value);
      continue;
    }
    if( alias[i].has_term ) add(lx, key, len, &alias[i].term);
    if( alias[i].number_word ) mark_number_word(lx, key, len);
  }
  free(alias);
}

/* ---- building --------------------------------------------------------- */

/* What the region calls its own currency: its symbols in the locale ("$"
** for MXN in es-MX, "kr" for SEK in sv-SE, "F CFA" for XOF in fr-SN) and
** the unit word of its names there ("pesos", "dollars", "francs",
** "Franken"). Added before the language's terms, these win over them: "$"
** is MXN in es-MX and USD in es, while a currency the text names ("US$",
** "dólares", "dollars américains") keeps its own term. last: where the
** language puts the unit word (unit_word_position()). */
static void add_region_currency(tn_lexicon *lx, const tn_locale *loc, tn_currency_names *names,
                                const char *const *plurals, size_t nplurals, int last){
  const char *code = tn_locale_currency(loc);
  if( !code[0] ) return;
  UChar iso[4];
  u_charsToUChars(code, iso, 4);
  tn_term term = { .kind = TN_TERM_CURRENCY };
  memcpy(term.code, code, 4);
  static const UCurrNameStyle signs[] = { UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME };
  for(size_t k=0; k<sizeof signs/sizeof signs[0]; k++){
    UErrorCode st = U_ZERO_ERROR;
    int32_t len;
    const UChar *sign = tn_currency_names_get(names, iso, signs[k], &len, &st);
    if( U_SUCCESS(st) && st!=U_USING_DEFAULT_WARNING ) add_utf16(lx, sign, len, &term, 1);
  }
  term.after_only = 1;
  for(size_t form=0; last>=0 && form<=nplurals; form++){
    UErrorCode st = U_ZERO_ERROR;
    int32_t len;
    char word[UNIT_WORD_MAX];
    const UChar *name = form==0
        ? tn_currency_names_get(names, iso, UCURR_LONG_NAME, &len, &st)
        : tn_currency_names_plural(names, iso, plurals[form-1], &len, &st);
    if( U_SUCCESS(st) && st!=U_USING_DEFAULT_WARNING && unit_word(name, len, last, word, NULL) ){
      add(lx, word, strlen(word), &term);
    }
  }
}

/* ---- percent signs and names -------------------------------------------- */

/* Adds what CLDR writes around a number formatted by skeleton (ASCII
** digits forced): "%" of "5%", "Prozent" of "5 Prozent", Turkish "yüzde" of
** "yüzde 5" (before the number), in each plural form the samples reach. */
/* Adds u[a..b) without the white space around it, if anything is left. */
static void add_trimmed(tn_lexicon *lx, const UChar *u, int32_t a, int32_t b, const tn_term *term){
  while( a<b && u_isUWhiteSpace(u[a]) ) a++;
  while( b>a && u_isUWhiteSpace(u[b-1]) ) b--;
  if( b>a ) add_utf16(lx, u + a, b - a, term, 0);
}

static void add_percent_affixes(tn_lexicon *lx, const char *id, const char *skeleton,
                                tn_percent_unit unit){
  static const double samples[] = { 0, 1, 2, 3, 5, 11, 21, 1.5 };
  UChar sk[128], out[128];
  int32_t n;
  UErrorCode st = U_ZERO_ERROR;
  u_strFromUTF8(sk, 128, &n, skeleton, -1, &st);
  UNumberFormatter *f = unumf_openForSkeletonAndLocale(sk, n, id, &st);
  UFormattedNumber *result = unumf_openResult(&st);
  for(size_t k=0; k<sizeof samples/sizeof samples[0] && U_SUCCESS(st); k++){
    unumf_formatDouble(f, samples[k], result, &st);
    int32_t len = unumf_resultToString(result, out, 128, &st), kept = 0, first = -1, last = -1;
    if( U_FAILURE(st) ) break;
    for(int32_t j=0; j<len; j++){           /* bidi marks out: "٪؜" is "٪" */
      if( u_charType(out[j])!=U_FORMAT_CHAR ) out[kept++] = out[j];
    }
    for(int32_t j=0; j<kept; j++){
      if( (out[j]>='0' && out[j]<='9') || out[j]=='.' || out[j]==',' ){
        if( first<0 ) first = j;
        last = j;
      }
    }
    if( first<0 ) continue;
    tn_term term = { .kind = TN_TERM_PERCENT, .percent_unit = unit, .value = 1 };
    add_trimmed(lx, out, 0, first, &term);          /* before the number */
    term.after_only = 1;
    add_trimmed(lx, out, last + 1, kept, &term);    /* after it */
  }
  unumf_closeResult(result);
  unumf_close(f);
}

/* The locale's percent sign and the names of percent, from CLDR. */
static void add_percents(tn_lexicon *lx, const char *id){
  /* Per mille is rare in news: its sign and names are data lines, which
  ** saves two ICU formatters a locale (some 70 KB of heap each). */
  add_percent_affixes(lx, id, "percent numbering-system/latn", TN_PERCENT);
  add_percent_affixes(lx, id, "measure-unit/concentr-percent unit-width-full-name numbering-system/latn", TN_PERCENT);
}

tn_lexicon *tn_lexicon_build(const tn_locale *loc){
  tn_lexicon *lx = calloc(1, sizeof *lx);
  if( !lx || !grow(lx) ){ free(lx); return NULL; }
  const char *id = tn_locale_id(loc);
  tn_currency_names *names = tn_currency_names_open(id);    /* CLDR's, read by several steps */
  if( !names ){
    tn_lexicon_free(lx);
    return NULL;
  }
  if( tn_locale_word_breaks(loc) ) lx->words = tn_word_breaks_open(id, "", 0);
  /* First source wins: the region's lines, the region's currency, the
  ** language's lines, lines for all, then CLDR's names and scales. */
  add_data(lx, TN_SCOPE_REGION, loc);
  plurals plural;
  plurals_of(id, &plural);
  int last = unit_word_position(names);   /* of unit words, for both steps below */
  add_region_currency(lx, loc, names, plural.forms, plural.n, last);
  add_data(lx, TN_SCOPE_LANGUAGE, loc);
  add_data(lx, TN_SCOPE_ALL, loc);
  add_currencies(lx, id, names, &plural, last);
  tn_currency_names_close(names);
  add_scales(lx, id);
  add_percents(lx, id);
  add_spelled_numbers(lx, id);
  add_unaccented(lx);              /* of the spelled-out numbers too: "veintidos", "पांच" */
  pairs_of_counts(lx);
  mark_key_words(lx);
  ubrk_close(lx->words);
  lx->words = NULL;
  return lx;
}

void tn_lexicon_free(tn_lexicon *lx){
  if( !lx ) return;
  for(size_t b=0; b<lx->nkey_blocks; b++) free(lx->key_blocks[b]);
  free(lx->key_blocks);
  free(lx->slots);
  free(lx->hashes);
  free(lx);
}

int tn_lexicon_myriad(const tn_lexicon *lx){ return lx->myriad; }
