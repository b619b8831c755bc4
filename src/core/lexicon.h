/*
** lexicon.h: the words of money in one locale, built once per process by
** the locale object (locale.h owns it: tn_locale_lexicon()).
**
** Each locale's lexicon merges, first source winning:
**  1. money data lines of the language and region ("zh-TW": 元 is TWD);
**  2. what the region calls its own currency, from CLDR: its symbols there
**     ("$" in es-MX is MXN) and the unit word of its names ("pesos");
**  3. money data lines of the language (data/lang/<code>/money.txt: news
**     forms CLDR lacks: "yuan", "nhân dân tệ", "亿元"; qualifiers; range
**     words; connectors);
**  4. money data lines for every language (data/money.txt: "$", "US$", "€");
**  5. ICU's CLDR data for the locale: currency symbols, display names
**     and their plural forms, ISO codes (matched only in upper case), and
**     the scale words of the compact number patterns ("0 milioni",
**     "0 Mrd.", "0亿", "0 lakh", pt-PT "0 biliões").
** Keys are case-folded tokens (tokens.h) joined by one space.
*/
#ifndef TN_LEXICON_H
#define TN_LEXICON_H

#include "locale.h"
#include "tokens.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum {
  TN_TERM_CURRENCY = 1, /* a currency; code "" when the text does not say which */
  TN_TERM_SUBUNIT,      /* cents, MEUR: value is what one is worth (0.01, 1e6) */
  TN_TERM_SCALE,        /* million, 亿, lakh: value is the multiplier */
  TN_TERM_NUMERAL,      /* 一, 五, 两: a digit in CJK writing */
  TN_TERM_QUALIFIER,    /* more than, circa, 逾: kind says which; after_only
                        ** for one said after the sum ("or more", "以上",
                        ** "trở lên"; 多 also inside a number: 十多万) */
  TN_TERM_COUNT,        /* a number said only before a scale: "half a" (0.5),
                        ** "a" (1), "decine di" (tens of: 10, kind min) */
  TN_TERM_CONNECTOR,    /* "di", "of", "de": between a number and its currency */
  TN_TERM_AND,          /* "and", "e": joins a unit and its sub-unit */
  TN_TERM_RANGE_TO,     /* "-", "to", "đến", "至"; after_only: joins bounds
                        ** only where a change word governs them (Spanish
                        ** "pasaron de 3 a 5", not "1.1990 a 1.015") */
  TN_TERM_BETWEEN,      /* "between", "tra", "từ" */
  TN_TERM_POINT,        /* a spoken decimal point: "1 point 5", "1 phẩy 5", 一点五 */
  TN_TERM_SUBJECT,      /* a subject of money: "sales", "fatturato", "xuất
                        ** khẩu", "出口": a sentence with one may go on in
                        ** the currency said before ("3 mld") */
  TN_TERM_WORD,         /* a word that holds a money word but is none:
                        ** Vietnamese "đồng hồ" (clock), "đồng ý" (agree) */
  TN_TERM_CHANGE,       /* a verb or noun of change: "rose", "passare",
                        ** "gestiegen", "tăng": "from X to Y" after it is a
                        ** change, not a range */
  TN_TERM_BY,           /* "by", "um": "rose by X" says the change X */
  TN_TERM_MORE,         /* "more", "mehr", "a mais", "de plus" right after a
                        ** sum: it is the size of a change ("2,4 Mrd. €
                        ** mehr als im bisherigen Rahmen") */
  TN_TERM_VERSUS,       /* "compared with", "contre", "frente a", "dont",
                        ** "of which", "其中": a bare sum after it, in the
                        ** sentence of an amount, is in that amount's unit */
  TN_TERM_RESTATES,     /* "pari a", "equivalent to", "相当于": the amount
                        ** after it restates the one before (qualifier:
                        ** approx for "约合") */
  TN_TERM_PERCENT       /* "%", "per cento", "Prozentpunkte", "bps" after the
                        ** number, "百分之", Turkish "yüzde" before it (not
                        ** after_only): value is what one is worth in its
                        ** unit (a basis point, 0.01 of a point) */
} tn_term_kind;

/* What a percentage counts: percent, percentage points, per mille. */
typedef enum { TN_PERCENT, TN_POINT, TN_PERMILLE } tn_percent_unit;

/* "percent", "point" or "permille": how data lines and percents() say it. */
const char *tn_percent_unit_name(tn_percent_unit unit);

/* Scales below this multiply within a group of digits (十 百 千, thousand);
** the larger ones (万, million) close a group. */
#define TN_SMALL_SCALE 1e4

typedef enum { TN_KIND_EXACT, TN_KIND_APPROX, TN_KIND_MIN, TN_KIND_MAX, TN_KIND_RANGE } tn_amount_kind;

/* How a term written with capitals is matched: TN_CASE_UPPER, every letter
** of the text in capitals ("USD", "A$": not "All 70" for ALL); TN_CASE_CAPITAL,
** its first letter a capital ("Rs", "Fr.": not "rs"); TN_CASE_ANY otherwise. */
typedef enum { TN_CASE_ANY, TN_CASE_UPPER, TN_CASE_CAPITAL } tn_case;

/* A lexicon holds some ten thousand terms in each locale met: the small
** fields are bit-fields, so that a term takes 16 bytes. */
typedef struct {
  tn_term_kind kind : 8;
  tn_amount_kind qualifier : 8;   /* for qualifiers and counts ("decine di": min) */
  tn_case case_rule : 8;      /* ISO codes and symbols: "EUR", "A$", "Rs"; not "eur", "a $", "rs" */
  tn_percent_unit percent_unit : 2;
  unsigned change : 1;        /* a range word that is itself a change: "von 3
                              ** auf 5", "từ 3 lên 5", "增至"; a connector
                              ** that after a change word says by how much:
                              ** "sceso di 2 miliardi" */
  unsigned one : 1;           /* a scale word that alone is a number, its
                              ** value: "milión eur", "миллион долларов"
                              ** (CLDR's "one" form), Arabic duals "ملياري
                              ** دولار" (data's scale-alone) */
  unsigned after_only : 1;    /* a currency word that is also a common word:
                              ** only after its number, "5 won" but not "won 5";
                              ** a sub-unit: only after its unit, 50元6角 */
  char code[4];               /* currency, or a sub-unit's currency */
  double value;
} tn_term;

/* The lexicon of a locale, and its end: for locale.c, which builds each
** once (everyone else asks tn_locale_lexicon()). NULL when out of memory. */
tn_lexicon *tn_lexicon_build(const tn_locale *loc);
void tn_lexicon_free(tn_lexicon *lx);

/* What the lexicon knows of the key key[0..n). */
typedef struct {
  const tn_term *term;   /* the term of this key, or NULL */
  int longer;            /* a longer term starts with this key and one more token */
  int number_word;       /* a word of a spelled-out number ("dieci", "forty") */
} tn_lookup;
tn_lookup tn_lexicon_find(const tn_lexicon *lx, const char *key, size_t n);

/* tn_lexicon_find() of the key of token t: that of a word or a character
** is its first word whole, so the bits of the English names are read on
** its opener hash, with no search for a space. */
tn_lookup tn_lexicon_find_word(const tn_lexicon *lx, const tn_token *t);

/* Whether an amount may begin with the term: not the words that join its
** parts (connectors, "and", range words), nor those said only after a
** number or a unit (big scales, "won", cents). */
int tn_term_opens_amount(const tn_term *t);

/* Whether an amount can open with the token t of text, from bits of sets
** made with the lexicon. TN_OPENS_NOT when it is no number word and begins
** no currency, numeral or qualifier (that it may begin in its case: "A"
** may begin "A$", "a" not): most words of a text, passed over on this
** answer alone. TN_OPENS_PREFIX when it only begins terms of several words
** ("in" of "in excess of") or counts ("a" of "a billion"): whether the
** next word goes on is tn_lexicon_may_open_pair()'s. TN_OPENS_MAYBE
** otherwise. The bits may say yes wrongly, never no. Both inline: the
** money reader asks them of every word of a text. */
enum { TN_OPENS_NOT, TN_OPENS_MAYBE, TN_OPENS_PREFIX };
static inline int tn_lexicon_may_open(const tn_lexicon *lx, const char *text, const tn_token *t);

/* Whether the token next may go on from the prefix token before it (see
** above): "excess" after "in", "billion" after "a". */
static inline int tn_lexicon_may_open_pair(const tn_lexicon *lx, const tn_token *prefix, const tn_token *next);

/* Whether the CJK or Hangul character at s[0..3) (tn_is_unspaced_char())
** may open an amount, without its token: 0 only where tn_lexicon_may_open()
** of the token is TN_OPENS_NOT. */
static inline int tn_lexicon_char_may_open(const tn_lexicon *lx, const char *s);

/* The bits behind both, the first member of every lexicon: at the hashes of
** the words an amount may open with, apart for the words that open only in
** capitals ("A" of "A$", but not "a"). ~1,000 opening words: 1 in 60
** others pass. */
#define TN_OPENER_BITS (1u << 16)
#define TN_WORD_BITS (1u << 14)     /* of the sets of every key's words: 1 in 8 others pass */
typedef struct {
  uint64_t any_kind[TN_OPENER_BITS / 64];          /* any of the kinds below */
  struct { uint64_t any, capital, prefix; } kinds[TN_OPENER_BITS / 64];  /* one cache line */
  uint64_t pairs[TN_OPENER_BITS / 64];   /* at the hashes of a prefix and its next word */
  uint64_t first_words[TN_WORD_BITS / 64];  /* at the hash of the first word of every key */
  uint64_t word_pairs[TN_WORD_BITS / 64];   /* at the hashes of its first two words */
} tn_openers;

/* The bits are at a word's hash, tn_key_hash() (tokens.h), which its
** token carries: words that share their length and first 8 bytes share a
** bit (a longer word passes more often, which costs time, not answers). */
static inline uint64_t tn_opener_bit(uint64_t h){
  return (h >> 40) & (TN_OPENER_BITS - 1);
}

static inline uint64_t tn_opener_pair_bit(uint64_t first, uint64_t second){
  return tn_opener_bit((first ^ (second << 17 | second >> 47)) * 0xC2B2AE3D27D4EB4Full);
}

/* The bit of a hash, or of a pair of hashes, in the sets of TN_WORD_BITS. */
static inline uint64_t tn_word_bit(uint64_t h){
  return tn_opener_bit(h) & (TN_WORD_BITS - 1);
}

static inline uint64_t tn_word_pair_bit(uint64_t first, uint64_t second){
  return tn_opener_pair_bit(first, second) & (TN_WORD_BITS - 1);
}

static inline int tn_opener_bit_in(const uint64_t *words, uint64_t bit){
  return words[bit / 64] >> (bit % 64) & 1;
}

static inline int tn_lexicon_may_open(const tn_lexicon *lx, const char *text, const tn_token *t){
  const tn_openers *o = (const tn_openers *)lx;
  if( !t->keylen ) return TN_OPENS_NOT;
  uint64_t bit = tn_opener_bit(t->hash), word = bit / 64, mask = 1ull << (bit % 64);
  if( !(o->any_kind[word] & mask) ) return TN_OPENS_NOT;    /* most words */
  if( (o->kinds[word].any & mask)
      || ((o->kinds[word].capital & mask) && text[t->start]>='A' && text[t->start]<='Z') ){
    return TN_OPENS_MAYBE;
  }
  return o->kinds[word].prefix & mask ? TN_OPENS_PREFIX : TN_OPENS_NOT;
}

static inline int tn_lexicon_char_may_open(const tn_lexicon *lx, const char *s){
  const tn_openers *o = (const tn_openers *)lx;
  uint64_t first8 = 0;
  memcpy(&first8, s, 3);
  return tn_opener_bit_in(o->any_kind, tn_opener_bit(tn_key_hash(first8, 3)));
}

static inline int tn_lexicon_may_open_pair(const tn_lexicon *lx, const tn_token *prefix, const tn_token *next){
  const tn_openers *o = (const tn_openers *)lx;
  if( !prefix->keylen || !next->keylen ) return 0;    /* the hash reads 1 to 8 bytes */
  return tn_opener_bit_in(o->pairs, tn_opener_pair_bit(prefix->hash, next->hash));
}

/* Whether a key of the lexicon (or of the English names it looks in) may
** begin with the token t: when not, tn_lexicon_find() of it finds nothing.
** Most tokens the grammar looks up are no words of money ("people",
** "tonnes"): one bit, not a probe of the table. */
static inline int tn_lexicon_may_begin(const tn_lexicon *lx, const tn_token *t){
  const tn_openers *o = (const tn_openers *)lx;
  return t->keylen && tn_opener_bit_in(o->first_words, tn_word_bit(t->hash));
}

/* Whether a key of the lexicon (or of its English names) may begin with
** the tokens first and second: when not, no key does, and a longer term
** after first is not looked for ("di" of "di cui", then "di una"). */
static inline int tn_lexicon_may_go_on(const tn_lexicon *lx, const tn_token *first, const tn_token *second){
  const tn_openers *o = (const tn_openers *)lx;
  return first->keylen && second->keylen
      && tn_opener_bit_in(o->word_pairs, tn_word_pair_bit(first->hash,
                                                             second->hash));
}

/* The currency or sub-unit that the folded word key[0..n) is with one of
** the language's suffixes (data/money.txt) glued on: Turkish "avroydu",
** "dolardan". NULL if none. */
const tn_term *tn_lexicon_find_stem(const tn_lexicon *lx, const char *key, size_t n);

/* 1 when the language counts large numbers in groups of four digits, with
** a word for 10^4 (Chinese 万, Japanese 万, Korean 만): CLDR says so. */
int tn_lexicon_myriad(const tn_lexicon *lx);

/* A spelled-out number, from a table made once from ICU's spell-out rules
** of the language: key[0..n) is its words' keys joined by one space, the
** words that join them left out ("forty two" for "forty-two"). Returns 1
** and sets *v when the whole key is one number ("dieci", "forty two",
** "five thousand two hundred", "mười"). */
int tn_lexicon_spelled(const tn_lexicon *lx, const char *key, size_t n, double *v);

/* Whether token t joins the words of a spelled-out number: "-", or an
** "and" word of the language ("forty-two", "two hundred and five"). */
int tn_lexicon_joins_spelled(const tn_lexicon *lx, const tn_token *t);

#endif
