/*
** money.c: the amount grammar of money.h over a sliding window of tokens.
**
**   amount  := [qualifier] [between] [currency] number [range] [currency] [sub-unit]
**   number  := (digits | CJK numerals | spelled-out words) {scale | number scale}
**   range   := ("-" | "to" | "至" | "and" after "between") [currency] number
**   sub-unit:= ["and"] number sub-unit-name      ("13銭", "and 45 cents")
*/
#include "counts.h"
#include "currency.h"
#include "money.h"
#include "tokens.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#define WINDOW 512         /* tokens kept; an amount spans far fewer */
#define KEY_MAX 96
#define SPELLED_MAX 8      /* words of a spelled-out number */

typedef struct {
  tn_token tok;
  int matched;             /* match() has run here: its answer follows */
  int number_word;         /* a word of a spelled-out number */
  const tn_term *term;
  size_t term_next;
} wtok;

typedef struct {
  const tn_lexicon *lx;
  int percents;            /* reading percentages, not money */
  char decimal;            /* the locale's decimal separator */
  UBreakIterator *words;   /* dictionary word breaks (Thai), or NULL */
  const char *s;
  size_t n, next_byte;
  wtok *buf;
  size_t base, count;      /* buf[0] is token number base */
  size_t keep_from;        /* the token the grammar is at: kept */
  int done;
  size_t change_end;       /* byte after the last change word ("rose"), or 0 */
  int change_to;           /* that word is a "to" of change: "增至", "auf" */
  size_t found;            /* amounts found so far */
  tn_amount prev;          /* the last of them, not yet handed on */
  int prev_governed;       /* a change word governs it (role_of()) */
  tn_amount pending;       /* the "to" of a change, found with its "from" */
  tn_term inherited;       /* the currency a bare sum takes from the paragraph */
  int has_pending;
} reader;

/* The next token at or after byte i: words end at the dictionary's word
** breaks where the script needs them. */
static int next_token(reader *r, size_t i, tn_token *t){
  return tn_next_token_in_words(r->s, r->n, i, r->words, t);
}

/* Room at the end of the window for one more token, made by sliding the
** window past the tokens the grammar is done with; NULL when it needs
** them all. The token is the caller's to fill. */
static wtok *new_token(reader *r){
  if( r->count==WINDOW ){
    size_t drop = r->keep_from - r->base;
    if( drop==0 ) return NULL;
    memmove(r->buf, r->buf + drop, (r->count - drop) * sizeof *r->buf);
    r->base += drop;
    r->count -= drop;
  }
  wtok *w = &r->buf[r->count++];
  w->matched = 0;
  return w;
}

/* Token number i (counted from the start of the text), or NULL past the
** end or beyond the window. */
static wtok *read_to(reader *r, size_t i){
  while( i >= r->base + r->count ){
    wtok *w;
    if( r->done || (w = new_token(r))==NULL ) return NULL;
    if( !next_token(r, r->next_byte, &w->tok) ){
      r->count--;
      r->done = 1;
      return NULL;
    }
    r->next_byte = w->tok.end;
  }
  return i>=r->base ? &r->buf[i - r->base] : NULL;
}

/* Appends token t to the window, as the next token of the text. */
static int append_opener(reader *r, const tn_token *t){
  wtok *w = new_token(r);
  if( !w ) return 0;
  w->tok = *t;
  r->next_byte = t->end;
  return 1;
}

/* Reads on to the next token that an amount may open with and appends it
** to the window; the tokens before it, most words of a text, are passed
** over without entering it. A prefix ("in", "a") opens only when the word
** after it goes on ("in excess of", "a billion"). 0 at the end. */
static int read_opener(reader *r){
  tn_token t, prefix;
  int after_prefix = 0;
  if( r->done ) return 0;
  for(size_t i = r->next_byte; ; i = t.end){
    /* A CJK character that opens nothing, passed over without its token
    ** (its first byte told first: one test for the words of other text). */
    if( i<r->n && (unsigned char)r->s[i]>=0xE4 && !after_prefix && !r->words
        && tn_is_unspaced_char(r->s + i, r->n - i) && !tn_lexicon_char_may_open(r->lx, r->s + i) ){
      t.end = i + 3;
      continue;
    }
    if( !next_token(r, i, &t) ) break;
    if( after_prefix && tn_lexicon_may_open_pair(r->lx, &prefix, &t) ) return append_opener(r, &prefix);
    int opens = t.type==TN_TOK_NUM ? TN_OPENS_MAYBE : tn_lexicon_may_open(r->lx, r->s, &t);
    if( opens==TN_OPENS_MAYBE ) return append_opener(r, &t);
    after_prefix = opens==TN_OPENS_PREFIX;
    if( after_prefix ) prefix = t;
  }
  r->done = 1;
  return 0;
}

/* The grammar asks for the tokens in the window far more often than it
** reads new ones. */
static inline wtok *tok(reader *r, size_t i){
  return i>=r->base && i - r->base < r->count ? &r->buf[i - r->base] : read_to(r, i);
}

/* Whether s[from..to) is written as a case rule wants: no small letter
** (TN_CASE_UPPER: "A$", not the "a $" of "subirá a $ 234"), or a capital
** first (TN_CASE_CAPITAL). */
static int written_as(const char *s, size_t from, size_t to, tn_case rule){
  if( rule==TN_CASE_CAPITAL ) return s[from]>='A' && s[from]<='Z';
  for(size_t b=from; rule==TN_CASE_UPPER && b<to; b++){
    if( s[b]>='a' && s[b]<='z' ) return 0;
  }
  return 1;
}

/* Whether tokens i..j are written as the term's case rule wants. */
static int case_matches(reader *r, size_t i, size_t j, tn_case rule){
  return rule==TN_CASE_ANY || written_as(r->s, tok(r, i)->tok.start, tok(r, j)->tok.end, rule);
}

/* The longest lexicon term starting at token i; *next is the token after.
** The grammar asks this of one token many times, so the answer is kept. */
static const tn_term *match(reader *r, size_t i, size_t *next){
  wtok *first = tok(r, i);
  if( first && first->matched ){
    *next = first->term_next;
    return first->term;
  }
  char key[KEY_MAX];
  size_t k = 0;
  const tn_term *best = NULL;
  int number_word = 0;
  /* No term begins with digits: a number, the most asked token, is none. */
  for(size_t j=i; first && first->tok.type!=TN_TOK_NUM; j++){
    wtok *w = tok(r, j);
    if( !w || !w->tok.keylen || k + w->tok.keylen + 1 >= KEY_MAX ) break;
    tn_lookup found;
    if( j==i ){
      if( !tn_lexicon_may_begin(r->lx, &w->tok) ) break;
      found = tn_lexicon_find_word(r->lx, &w->tok);
      number_word = found.number_word;
      if( found.longer ){
        memcpy(key, w->tok.key, w->tok.keylen);
        k = w->tok.keylen;
      }
    }else{
      if( j==i+1 && !tn_lexicon_may_go_on(r->lx, &tok(r, i)->tok, &w->tok) ) break;
      key[k++] = ' ';
      memcpy(key + k, w->tok.key, w->tok.keylen);
      k += w->tok.keylen;
      found = tn_lexicon_find(r->lx, key, k);
    }
    /* A longer subject of money does not hide a unit: "100억원가량" is
    ** 원 and 가량, not 원가 (cost). */
    if( found.term && case_matches(r, i, j, found.term->case_rule)
        && !(best && (best->kind==TN_TERM_CURRENCY || best->kind==TN_TERM_SUBUNIT)
              && found.term->kind==TN_TERM_SUBJECT) ){
      best = found.term;
      *next = j+1;
    }
    if( !found.longer ) break;
  }
  /* tok() may have slid the window while looking ahead. */
  first = tok(r, i);
  if( first ){
    first->matched = 1;
    first->number_word = number_word;
    first->term = best;
    first->term_next = best ? *next : i;
  }
  return best;
}

static int is_kind(const tn_term *t, tn_term_kind kind){
  return t && t->kind==kind;
}

static int is_unit(const tn_term *t){
  return t && (t->kind==TN_TERM_CURRENCY || t->kind==TN_TERM_SUBUNIT);
}

/* A unit that may follow a number on its own: not a sub-unit that counts
** only after its unit (分 alone is a minute). */
static int is_unit_alone(const tn_term *t){
  return is_unit(t) && !(t->kind==TN_TERM_SUBUNIT && t->after_only);
}

/* What an amount is counted in, written after its number: a currency or
** sub-unit (money), or a percent sign or word (percents: also one said
** before its number where the language does, Turkish "%15", as "15%" is
** written there too). */
static int is_unit_after(const reader *r, const tn_term *t){
  return r->percents ? is_kind(t, TN_TERM_PERCENT) : is_unit_alone(t);
}

/* ... and written before it: a currency ("$", "US$"), or a code of millions
** ("MAUD 60"; a sub-unit word goes after: "p 5" is a page); "百分之",
** Turkish "%" and "yüzde". */
static int is_unit_before(const reader *r, const tn_term *t){
  if( r->percents ) return is_kind(t, TN_TERM_PERCENT) && !t->after_only;
  return (is_kind(t, TN_TERM_CURRENCY) && !t->after_only) || (is_kind(t, TN_TERM_SUBUNIT) && t->case_rule);
}

/* ---- numbers ------------------------------------------------------------ */

/* The value of ASCII digits with at most one '.'. Up to 15 digits the
** digits and the power of ten are exact doubles, and one division rounds
** as strtod() does; longer numbers, rare, are left to strtod(). */
static double decimal_value(const char *digits){
  static const double tens[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                 1e11, 1e12, 1e13, 1e14, 1e15 };
  uint64_t m = 0;
  size_t count = 0, decimals = 0;
  int point = 0;
  for(const char *p = digits; *p; p++){
    if( *p=='.' ){ point = 1; continue; }
    m = m*10 + (uint64_t)(*p - '0');
    decimals += point;
    if( ++count>15 ) return strtod(digits, NULL);
  }
  return (double)m / tens[decimals];
}

/* The value of a digits token. Separators: several of one kind group
** thousands ("1.234.567"); with two kinds the last is the decimal one
** ("1.234,5", "12,34,567.89"); a single one is a decimal separator unless
** exactly three digits follow, and then the language decides ("1.234").
** Apostrophes and spaces always group. */
static double digits_value(const char *s, const tn_token *t, char decimal){
  /* Most numbers are digits alone ("2024", "15"), ASCII or full-width: the
  ** key has them in ASCII, as the digits below would be. */
  size_t digits = 0;
  while( digits<t->keylen && t->key[digits]>='0' && t->key[digits]<='9' ) digits++;
  if( digits && digits==t->keylen ) return decimal_value(t->key);
  char sep[64];
  size_t after[64], nsep = 0, digits_since = 0;
  for(size_t i=t->start; i<t->end; ){
    uint32_t cp;
    i += tn_utf8_decode((const unsigned char *)s + i, t->end - i, &cp);
    if( tn_digit_value(cp)>=0 ){
      digits_since++;
      if( nsep ) after[nsep-1] = digits_since;
    }else if( nsep<64 ){
      char c = tn_number_separator(cp);
      sep[nsep++] = c=='.' || c==',' ? c : ' ';
      after[nsep-1] = digits_since = 0;
    }
  }
  char dec = 0;
  if( nsep ){
    char last = sep[nsep-1];
    int same = 0, other = 0;
    for(size_t k=0; k+1<nsep; k++){
      if( sep[k]==last ) same++;
      else if( sep[k]!=' ' ) other++;
    }
    if( last!=' ' && !same ){
      if( other || after[nsep-1]!=3 || last==decimal ) dec = last;
    }
  }
  /* Digits in ASCII, with '.' at the decimal separator. */
  char buf[128];
  size_t k = 0, seen = 0;
  for(size_t i=t->start; i<t->end && k<sizeof buf - 1; ){
    uint32_t cp;
    i += tn_utf8_decode((const unsigned char *)s + i, t->end - i, &cp);
    int d = tn_digit_value(cp);
    if( d>=0 ) buf[k++] = (char)('0' + d);
    else if( ++seen==nsep && dec && tn_number_separator(cp)==dec ) buf[k++] = '.';
  }
  buf[k] = 0;
  return decimal_value(buf);
}

typedef struct {
  double value;
  double scale;            /* the last scale word applied, 0 if none */
  int vague;               /* "decine di": at least */
  int bare_scale;          /* a scale word without a number: "mil millones" */
  size_t next;
} number;

/* Whether token i is a hyphen joined to the tokens on both sides, as in
** "a 12-cent dividend", "one-yen bid". */
static int is_hyphen_joined(reader *r, size_t i){
  const wtok *w = tok(r, i), *before = i ? tok(r, i-1) : NULL, *after = tok(r, i+1);
  return w && before && after && w->tok.keylen==1 && w->tok.key[0]=='-'
      && before->tok.end==w->tok.start && w->tok.end==after->tok.start;
}

/* The token after a price's "no cents" mark, if one follows the digits
** that end before token j: a decimal separator and a dash written against
** them, as Swiss and German prices are ("Fr. 3'400.–", "10,- Euro");
** else j. */
static size_t past_no_cents(reader *r, size_t j){
  const wtok *w = tok(r, j);
  if( !w || w->tok.keylen!=1 || (w->tok.key[0]!='.' && w->tok.key[0]!=',')
      || w->tok.start!=tok(r, j-1)->tok.end ) return j;
  size_t sep_end = w->tok.end;
  w = tok(r, j+1);
  if( !w || w->tok.start!=sep_end ) return j;
  uint32_t cp;
  size_t len = tn_utf8_decode((const unsigned char *)r->s + w->tok.start, w->tok.end - w->tok.start, &cp);
  return len==w->tok.end - w->tok.start && (cp=='-' || cp==0x2013 || cp==0x2014) ? j + 2 : j;
}

/* Spelled-out words from token i up to a scale or unit word: a run of the
** language's number words (and "-", "and"), read from the lexicon's table. */
static int spelled(reader *r, size_t i, double *v, size_t *next){
  char key[KEY_MAX];
  size_t e = i, words_end = i, k = 0;   /* after the last number word: "one-yen" is one */
  size_t joined_k = 0, joiner = 0;      /* the key's bytes before the first joiner, and it */
  for(; e < i + SPELLED_MAX; e++){
    wtok *w = tok(r, e);
    if( !w ) break;
    size_t after;
    const tn_term *t = match(r, e, &after);
    w = tok(r, e);                 /* match() may have slid the window */
    /* A number word that is also a unit is the number where a unit, a
    ** scale or a connector follows: "deux cents euros" is 200 euros,
    ** "vingt cents" 20 cents. */
    size_t after_then;
    const tn_term *then = t && is_unit(t) && w->number_word && e>i ? match(r, e+1, &after_then) : NULL;
    int number_then = is_unit(then) || is_kind(then, TN_TERM_SCALE) || is_kind(then, TN_TERM_CONNECTOR);
    w = tok(r, e);
    if( t && !number_then && (t->kind==TN_TERM_SCALE || t->kind==TN_TERM_PERCENT || t->kind==TN_TERM_POINT
                              || is_unit(t)) ) break;
    if( e>i && tn_lexicon_joins_spelled(r->lx, &w->tok) ){
      if( !joiner ){
        joined_k = k;
        joiner = e;
      }
      continue;
    }
    if( e>i && is_kind(t, TN_TERM_RANGE_TO) ) break;     /* "three to five million" */
    if( !(w->tok.type==TN_TOK_WORD && w->number_word) || k + w->tok.keylen + 1 >= KEY_MAX ){
      return 0;
    }
    if( k ) key[k++] = ' ';
    memcpy(key + k, w->tok.key, w->tok.keylen);
    k += w->tok.keylen;
    words_end = e+1;
  }
  if( e==i || e==i + SPELLED_MAX ) return 0;
  if( !tn_lexicon_spelled(r->lx, key, k, v) ){
    /* Words joined that make no number are two: "between three and five
    ** million", "entre trois et cinq millions" (the "and" then closes a
    ** range), where "twenty-one" and "vingt et un" are one. */
    if( !joiner || !tn_lexicon_spelled(r->lx, key, joined_k, v) ) return 0;
    words_end = joiner;
  }
  *next = words_end;
  return 1;
}

/* Whether the word w alone is a small scale, as "mil" of "mil millones". */
static int begins_small_scale(reader *r, const wtok *w){
  const tn_term *t = tn_lexicon_find_word(r->lx, &w->tok).term;
  return w->tok.keylen && is_kind(t, TN_TERM_SCALE) && t->value < TN_SMALL_SCALE;
}

/* Whether a count ends before token i and a scale follows, after a
** connector ("decine di milioni") or a hyphen ("demi-milliard"); *scale is
** the scale's token. */
static int count_of_scale(reader *r, size_t i, size_t *scale){
  size_t next;
  if( is_kind(match(r, i, &next), TN_TERM_CONNECTOR) ) i = next;
  else if( is_hyphen_joined(r, i) ) i++;
  *scale = i;
  return is_kind(match(r, i, &next), TN_TERM_SCALE);
}

/* The digits after a spoken decimal point, from token i, as a fraction:
** ASCII digits ("5" of "1 point 5"), CJK numerals one a digit ("五" of
** "一点五"), or one spelled-out digit ("five"). *next is the token after. */
static int decimal_digits(reader *r, size_t i, double *fraction, size_t *next){
  const wtok *w = tok(r, i);
  if( !w ) return 0;
  if( w->tok.type==TN_TOK_NUM ){
    double scale = 1, v = 0;
    for(size_t b=w->tok.start; b<w->tok.end; b++){
      if( r->s[b]<'0' || r->s[b]>'9' ) return 0;      /* "5", not "5,000" */
      v = v*10 + (r->s[b] - '0');
      scale *= 10;
    }
    *fraction = v / scale;
    *next = i + 1;
    return 1;
  }
  double scale = 1, v = 0;
  size_t j = i, k;
  const tn_term *t;
  while( is_kind(t = match(r, j, &k), TN_TERM_NUMERAL) && t->value<10 ){
    v = v*10 + t->value;
    scale *= 10;
    j = k;
  }
  w = tok(r, i);
  if( j==i && w->tok.type==TN_TOK_WORD && w->number_word
      && tn_lexicon_spelled(r->lx, w->tok.key, w->tok.keylen, &v) && v<10 && v==floor(v) ){
    scale = 10;
    j = i + 1;
  }
  if( j==i ) return 0;
  *fraction = v / scale;
  *next = j;
  return 1;
}

/* A number starting at token i, with its scale words. East Asian numbers
** add up groups: 四十九兆九千五百九十二億 is (4×10+9)×10^12 + (9×1000+5×100+9×10+2)×10^8,
** and 4천 820만 is (4×1000+820)×10^4. */
static int parse_number(reader *r, size_t i, number *out){
  wtok *w = tok(r, i);
  if( !w ) return 0;
  double total = 0, group = 0, cur = 0, last_big = INFINITY;
  size_t j = i, next, last_big_end = 0;
  const tn_term *t = match(r, i, &next);
  out->vague = out->bare_scale = 0;
  out->scale = 0;
  if( w->tok.type==TN_TOK_NUM ){
    cur = digits_value(r->s, &w->tok, r->decimal);
    j = past_no_cents(r, i+1);
    /* "2 . 0 billion": a zero before a scale is no count of it (a bare
    ** scale word counts one). */
    if( cur==0 && is_kind(match(r, j, &next), TN_TERM_SCALE) ) return 0;
    /* "$750-million", "a 2-billion-euro deal": a scale joined by a hyphen. */
    if( is_hyphen_joined(r, j) && is_kind(match(r, j+1, &next), TN_TERM_SCALE) ) j++;
  }else if( is_kind(t, TN_TERM_NUMERAL) ){
    cur = t->value;
    j = next;
  }else if( is_kind(t, TN_TERM_SCALE) && (t->value<TN_SMALL_SCALE || t->one || begins_small_scale(r, w)) ){
    cur = 0;               /* 十 is ten, 千円 a thousand yen, mil millones a billion */
    out->bare_scale = w->tok.type==TN_TOK_WORD;
  }else if( is_kind(t, TN_TERM_COUNT) && count_of_scale(r, next, &j) ){
    cur = t->value;                  /* "half a" billion, "decine di" milioni */
    out->vague = t->qualifier==TN_KIND_MIN;
  }else if( w->tok.type==TN_TOK_WORD && (!t || is_kind(t, TN_TERM_COUNT)) ){
    if( !spelled(r, i, &cur, &j) ) return 0;     /* "un euro" is one */
  }else{
    return 0;
  }
  int after_numeral = w->tok.type!=TN_TOK_NUM && !is_kind(t, TN_TERM_SCALE);
  if( is_kind(match(r, j, &next), TN_TERM_POINT) && !out->bare_scale ){
    double fraction;                 /* "1 point 5 billion", "1 phẩy 5 tỷ", "一点五亿" */
    size_t k;
    if( decimal_digits(r, next, &fraction, &k) ){
      cur += fraction;
      j = k;
      after_numeral = 0;
    }
  }
  for(;;){
    t = match(r, j, &next);
    if( is_kind(t, TN_TERM_SCALE) ){
      if( t->value < TN_SMALL_SCALE ){
        group += (cur ? cur : 1) * t->value;
      }else{
        if( t->value >= last_big ){
          /* A larger scale right after one multiplies it: "1 lakh crore"
          ** (10^5 × 10^7), "1 लाख करोड़ रुपये". */
          if( cur || group || j!=last_big_end ) break;
          total *= t->value;
          out->scale = last_big = t->value;
          j = last_big_end = next;
          continue;
        }
        double big = t->value, unit;
        if( group && tn_lexicon_myriad(r->lx)
            && t->value > (unit = pow(TN_SMALL_SCALE, floor(log10(t->value) / 4))) ){
          /* A compound word such as 백만 (10^2 × 10^4) after a group: its
          ** small part belongs to the group, 7천 5백만 = (7천 + 5백) × 만. */
          group += (cur ? cur : 1) * (t->value / unit);
          cur = 0;
          big = unit;
        }
        total += (group + cur ? group + cur : 1) * big;
        group = 0;
        last_big = big;
        last_big_end = next;
      }
      cur = 0;
      out->scale = t->value;
      j = next;
      after_numeral = 0;
      continue;
    }
    /* "十多万元", "3000多万", "100余亿": more than, inside the number. */
    if( is_kind(t, TN_TERM_QUALIFIER) && t->after_only && t->qualifier==TN_KIND_MIN ){
      size_t k;
      if( is_kind(match(r, next, &k), TN_TERM_SCALE) ){
        out->vague = 1;
        j = next;
        continue;
      }
    }
    if( is_kind(t, TN_TERM_NUMERAL) && !out->vague ){
      cur = after_numeral ? cur*10 + t->value : t->value;
      after_numeral = 1;
      j = next;
      continue;
    }
    /* Digits go on only into a smaller scale: "4천 820만", not "10 million 2020";
    ** also after an "and": "3 مليارات و500 مليون", "۵۸ هزار و ۵۰۰". */
    size_t before_and = j;
    int after_and = is_kind(t, TN_TERM_AND) && out->scale && cur==0;
    if( after_and ) j = next;
    w = tok(r, j);
    if( w && w->tok.type==TN_TOK_NUM && out->scale && cur==0 ){
      size_t k;
      const tn_term *s = match(r, j+1, &k);
      double v = digits_value(r->s, &w->tok, r->decimal);
      /* After an "and", only into a smaller group: "28mila e 50mila euro"
      ** are two. */
      int into_scale = is_kind(s, TN_TERM_SCALE) && s->value < last_big && (!after_and || s->value < out->scale);
      /* ... and not where a scale as large follows it: "1.5 lakh crore and
      ** 5 thousand crore" are two. */
      size_t k2;
      const tn_term *s2 = after_and && into_scale ? match(r, k, &k2) : NULL;
      if( is_kind(s2, TN_TERM_SCALE) && s2->value >= last_big ) into_scale = 0;
      /* ... and, after a small scale, as its units: 1만 2천 345, 30만9천381;
      ** after a myriad where the unit follows: "50만 9375달러", not "50万 2020年". */
      int units = !is_kind(s, TN_TERM_SCALE) && v < out->scale && v==floor(v)
                  && (out->scale < TN_SMALL_SCALE
                      || (tn_lexicon_myriad(r->lx) && out->scale==TN_SMALL_SCALE && is_unit_after(r, s)));
      if( into_scale || units ){
        cur = v;
        j++;
        continue;
      }
    }
    j = before_and;
    break;
  }
  out->value = total + group + cur;
  out->next = j;
  return 1;
}

/* ---- amounts ------------------------------------------------------------ */

/* Whether token i closes a clause: the end of the text or a punctuation
** mark. */
static int ends_clause(reader *r, size_t i){
  const wtok *w = tok(r, i);
  if( !w ) return 1;
  if( w->tok.type!=TN_TOK_CHAR ) return 0;
  uint32_t cp;
  tn_utf8_decode((const unsigned char *)r->s + w->tok.start, w->tok.end - w->tok.start, &cp);
  return u_ispunct((UChar32)cp);
}

/* Change written after the unit with its sub-unit left unsaid: "5 euro
** 50", "15 dollar en 15." Only 1 to 99, of a currency with cents, and only
** where the clause ends there, so "15 dollars 20 times" stays 15. */
static int is_unsaid_change(reader *r, const number *sub, const char *code){
  return !sub->scale && !sub->vague && sub->value>=1 && sub->value<100
      && sub->value==floor(sub->value) && code[0] && tn_currency_digits(code)==2
      && ends_clause(r, sub->next);
}

/* The unit that word i is with a suffix glued on ("100 avroydu"), or NULL. */
static const tn_term *unit_with_suffix(reader *r, size_t i){
  const wtok *w = tok(r, i);
  if( !w || w->tok.type!=TN_TOK_WORD || !w->tok.keylen ) return NULL;
  const tn_term *t = tn_lexicon_find_stem(r->lx, w->tok.key, w->tok.keylen);
  return is_unit_alone(t) ? t : NULL;
}

/* Whether the unit that ends before token i opens the next amount instead:
** a number follows it, written against it ("1 $10 bill"; not in CJK, which
** writes no spaces: 2222円13銭) or after an amount that already has its unit
** ("$ 20,000.00 $ 37,305.97"). */
static int leads_next_number(reader *r, size_t i, int has_unit){
  const wtok *w = tok(r, i), *unit = i ? tok(r, i-1) : NULL;
  if( !w || !unit || w->tok.type!=TN_TOK_NUM ) return 0;
  uint32_t cp;
  tn_utf8_decode((const unsigned char *)r->s + unit->tok.start, unit->tok.end - unit->tok.start, &cp);
  return has_unit || (unit->tok.end==w->tok.start && cp<TN_UNSPACED_FROM);
}

/* The bytes of the minus sign ("-" or U+2212 "−") that ends at byte b of
** s, or 0. */
static size_t minus_sign_before(const char *s, size_t b){
  if( b>=1 && s[b-1]=='-' ) return 1;
  if( b>=3 && memcmp(s + b - 3, "\xe2\x88\x92", 3)==0 ) return 3;
  return 0;
}

/* The bytes of a minus sign that ends right before byte b and stands after
** no letter or digit of a script written with spaces: after a space, a
** bracket, the start of the text, or a Chinese character ("-$3 million",
** "(-0.5%)", "降至-1.2%"); not the hyphen of "2019-$5" or "US-5". Else 0. */
static size_t minus_before(const char *s, size_t b){
  size_t sign = minus_sign_before(s, b), m = b - sign;
  if( !sign || m==0 ) return sign;
  size_t k = m - 1;                   /* the character before the sign */
  while( k>0 && ((unsigned char)s[k] & 0xC0)==0x80 ) k--;
  uint32_t cp;
  tn_utf8_decode((const unsigned char *)s + k, m - k, &cp);
  int joined = cp<0x80 ? (cp>='0' && cp<='9') || ((cp|0x20)>='a' && (cp|0x20)<='z') || cp=='-'
                       : tn_is_spaced_letter(cp);
  return joined ? 0 : sign;
}

/* Whether token i is a minus sign written against the number after it, as
** between a currency and its number: "$-5 million". */
static int minus_at(reader *r, size_t i){
  const wtok *after = tok(r, i+1), *w = tok(r, i);   /* tok(i+1) may slide the window */
  return w && after && after->tok.type==TN_TOK_NUM && w->tok.end==after->tok.start
      && minus_sign_before(r->s, w->tok.end)==w->tok.end - w->tok.start;
}

/* Whether an end of a sentence ends at byte b of s, and starts no earlier
** than from: ". ! ?", a line end, and the full stops and marks of other
** scripts: "。", "！", "？", Devanagari "।", Arabic "؟" and "۔". */
static int sentence_end_before(const char *s, size_t from, size_t b){
  char c = s[b-1];
  if( c=='.' || c=='!' || c=='?' || c=='\n' ) return 1;
  if( !((unsigned char)c & 0x80) ) return 0;
  size_t k = b - 1;
  while( k>from && ((unsigned char)s[k] & 0xC0)==0x80 ) k--;
  uint32_t cp;
  if( tn_utf8_decode((const unsigned char *)s + k, b - k, &cp)!=b - k ) return 0;
  return cp==0x3002 || cp==0xFF01 || cp==0xFF1F || cp==0x0964 || cp==0x061F || cp==0x06D4;
}

/* Whether bytes from..to of the text hold no end of a sentence. */
static int one_sentence(const char *s, size_t from, size_t to){
  for(size_t b=from+1; b<=to; b++){
    if( sentence_end_before(s, from, b) ) return 0;
  }
  return 1;
}

/* ---- what stands between ------------------------------------------------ */

/* Whether token t is written as a year: four digits, 19xx or 20xx. */
static int is_year_token(const char *s, const tn_token *t){
  return t->type==TN_TOK_NUM && t->end - t->start==4
      && (memcmp(s + t->start, "19", 2)==0 || memcmp(s + t->start, "20", 2)==0);
}

/* The few words between two places of a sentence: between a change word
** and an amount, or between two amounts. */
#define GAP_BYTES 64
#define GAP_TOKENS 4
#define LONG_GAP_TOKENS 10         /* up to a restating or comparing word: "... la première année, soit" */
typedef struct {
  int tokens, nums, stop, comma, paren;     /* stop: . ; : ! ? and the like */
  int by, to, to_change, restates;          /* terms of those kinds met */
  int ends_restating;                       /* a restating word is the last */
  int versus;                               /* "compared with", "contre", "dont" */
  int by_connector;                         /* a connector-by: "sceso di" */
  int from;                                 /* a "from" word: "to $10 billion from $8 billion" */
  int connectors, percents;                 /* "de", "di"; "7,2 %" */
  tn_amount_kind restates_kind;
} gap;

/* The longest term at byte i of s[0..n), of up to TERM_TOKENS tokens
** ("chiffre d ' affaires", 贸易总额 are four); *next is the byte after it
** (after the token at i when there is none). */
#define TERM_TOKENS 8

static const tn_term *term_at(reader *r, size_t n, size_t i, size_t *next){
  char key[KEY_MAX];
  size_t k = 0;
  const tn_term *best = NULL;
  tn_token t;
  size_t first = i;
  for(int words=0; words<TERM_TOKENS && tn_next_token_in_words(r->s, n, i, r->words, &t) && t.keylen;
      words++, i = t.end){
    if( k + t.keylen + 2 >= KEY_MAX ) break;
    if( !words ){
      first = t.start;
      *next = t.end;
      if( !tn_lexicon_may_begin(r->lx, &t) ) break;   /* most words: no term, no look-up */
    }
    if( k ) key[k++] = ' ';
    memcpy(key + k, t.key, t.keylen);
    k += t.keylen;
    tn_lookup found = tn_lexicon_find(r->lx, key, k);
    if( found.term && written_as(r->s, first, t.end, found.term->case_rule) ){ best = found.term; *next = t.end; }
    if( !found.longer ) break;
  }
  return best;
}

/* Reads s[from..to) into g, up to max_tokens tokens and as many bytes as
** GAP_BYTES gives GAP_TOKENS; 0 when it is too long to be a gap. */
static int read_gap(reader *r, size_t from, size_t to, int max_tokens, gap *g){
  memset(g, 0, sizeof *g);
  if( to<from || to - from > (size_t)(GAP_BYTES * max_tokens / GAP_TOKENS) ) return 0;
  tn_token t;
  for(size_t i=from; tn_next_token(r->s, to, i, &t); ){
    size_t next = t.end;      /* a term may go on into the amount: ", or about $140 million" */
    g->tokens++;
    g->ends_restating = 0;
    if( g->tokens > max_tokens + 1 ) return 1;    /* no gap: the callers stop here */
    if( t.type==TN_TOK_NUM ){
      size_t after;
      /* A year is a word here: "from 36,883 yuan in 2022 to 39,218 yuan". */
      if( is_year_token(r->s, &t) ){
        i = next;
        continue;
      }
      if( !is_kind(term_at(r, r->n, t.end, &after), TN_TERM_PERCENT) ){
        g->nums++;
        return 1;
      }
      g->percents++;                      /* "rose 7,2 % to 58,40 €" */
      i = after;
      continue;
    }
    const tn_term *term = term_at(r, r->n, t.start, &next);
    if( is_kind(term, TN_TERM_BY) ) g->by = 1;
    else if( is_kind(term, TN_TERM_RANGE_TO) ){     /* after a "by", a "to" wins: "subirá en agosto a $ 234.540" */
      g->to = 1;
      g->to_change |= term->change;
      g->by = 0;
    }
    else if( is_kind(term, TN_TERM_VERSUS) ) g->versus = 1;
    else if( is_kind(term, TN_TERM_RESTATES) ){
      g->restates = g->ends_restating = 1;
      g->restates_kind = term->qualifier;
    }
    /* A "by" that a "from" or a connector follows says when, not by how
    ** much: "sobe em janeiro de 820 para 870 euros". */
    else if( is_kind(term, TN_TERM_BETWEEN) ){ g->from = 1; g->by = 0; }
    else if( is_kind(term, TN_TERM_CONNECTOR) ){ g->connectors++; g->by_connector |= term->change; g->by = 0; }
    else if( t.type==TN_TOK_CHAR && !term ){
      uint32_t cp;
      tn_utf8_decode((const unsigned char *)r->s + t.start, t.end - t.start, &cp);
      if( cp=='(' || cp==0xFF08 ) g->paren = 1;
      else if( cp==',' || cp==0xFF0C || cp==0x3001 ) g->comma = 1;
      else if( u_ispunct((UChar32)cp) && cp!='-' && cp!=0x2013 && cp!=0x2014 ){
        g->stop = 1;
        return 1;
      }
    }
    i = next;
  }
  return 1;
}

/* Whether a change word governs the sum at byte start: it stands just
** before, in the same clause, with at most a few words between (g). */
static int change_gap(reader *r, size_t start, gap *g){
  /* A comma after the percent of the change goes on to the level: "se
  ** redujo un 6 %, hasta 24.300 millones", "rose 5%, to $10 billion". */
  return r->change_end && read_gap(r, r->change_end, start, GAP_TOKENS, g) && !g->stop
         && (!g->comma || g->percents) && !g->nums && g->tokens - g->percents < GAP_TOKENS;
}

/* Whether an "up to" sum at byte start is the level a change reached,
** said after a comma, further on in its sentence than change_gap() looks:
** "se redujo un 8,6 % en enero respecto al mismo mes del año anterior,
** hasta los 3.517 millones de euros", "subían un 2,1 % a media sesión,
** hasta 13,45 euros". The words between hold the percent of the change. */
#define CHANGE_SENTENCE_TOKENS 16
static int reached_after_comma(reader *r, size_t start){
  size_t b = start;
  while( b>0 && r->s[b-1]==' ' ) b--;
  gap g;
  return b>0 && r->s[b-1]==',' && r->change_end && r->change_end < b
      && read_gap(r, r->change_end, b - 1, CHANGE_SENTENCE_TOKENS, &g) && !g.stop && !g.nums && g.percents
      && g.tokens<=CHANGE_SENTENCE_TOKENS && one_sentence(r->s, r->change_end, start);
}

/* The role of amount a from the words before it, in its clause: after a
** change word, a "to" word says the level reached ("rose to $10
** billion"), "by" or nothing between a change ("rose by $2 billion",
** "rose $2 billion"); other words leave it a level, which the change word
** governs (*governed: "rose from $8 billion", "passare da 3 miliardi"). */
static tn_amount_role role_of(reader *r, const tn_amount *a, int *governed){
  gap g;
  if( !(*governed = change_gap(r, a->start, &g)) ){
    return a->kind==TN_KIND_MAX && reached_after_comma(r, a->start) ? TN_ROLE_TO : TN_ROLE_LEVEL;
  }
  if( r->change_to && g.tokens==0 ) return TN_ROLE_TO;        /* "增至80亿元", "auf 5 Mrd. Euro" */
  /* "rose 4,3% to 27.450 đồng", "se redujo un 6 %, hasta 24.300 millones" */
  if( g.percents ) return g.to || a->kind==TN_KIND_MAX ? TN_ROLE_TO : TN_ROLE_LEVEL;
  /* "by" or nothing between, or just a connector: "augmenté de 420 millions" */
  if( g.by || g.by_connector || g.tokens==0 || (g.tokens==1 && g.connectors==1) ) return TN_ROLE_CHANGE;
  return g.to ? TN_ROLE_TO : TN_ROLE_LEVEL;
}

/* What amount b says of amount a just before it: with a "to" word between,
** b is the level reached after a change a ("rose by $2 billion to $10
** billion"), or a and b are the from and the to of a change when a change
** word governs a or the "to" is one ("von 3 Mrd. Euro auf 5 Mrd. Euro",
** "从50亿元增至80亿元"); b restates a after a restating word ("pari a",
** "equivalent to", "相当于"), or in a parenthesis opened between them on
** a sum in another currency ("100 milioni di yuan (14,2 milioni di
** dollari)"). */
static void relate(reader *r, tn_amount *a, int a_governed, tn_amount *b){
  gap g;
  if( !read_gap(r, a->end, b->start, LONG_GAP_TOKENS, &g) || g.stop || g.nums ) return;
  /* Past a few words, only a restating word just before b relates them:
  ** "300 milliards de FCFA la première année, soit 457 millions d'euros". */
  if( g.tokens>GAP_TOKENS || b->start - a->end > GAP_BYTES ){
    if( g.tokens>LONG_GAP_TOKENS || !g.ends_restating ) return;
    g.to = g.from = g.paren = 0;
  }
  /* A "to" right after a, or after a few words where a change word
  ** governs a: "rose from $8.2 billion a year earlier to $9.6 billion". */
  if( g.to && (g.tokens<=2 || a_governed) ){
    /* A change word, a plain connector, a sum and a short "to" alone: the
    ** from ("est passé de 3,1 milliards $ à 3,4 milliards $"), where a
    ** connector-by says by how much ("sceso di 300 mln a 1,1 mld") and so
    ** does a longer "to" ("augmenté de 420 millions pour atteindre 3,6
    ** milliards"). */
    gap ga;
    if( a->role==TN_ROLE_CHANGE && g.tokens==1 && b->start - a->end <= 4
        && change_gap(r, a->start, &ga) && ga.tokens==1 && ga.connectors==1 && !ga.by_connector && !ga.by ){
      a->role = TN_ROLE_FROM;
      b->role = TN_ROLE_TO;
    }else if( a->role==TN_ROLE_CHANGE ) b->role = TN_ROLE_TO;
    else if( g.to_change || a_governed ){
      a->role = TN_ROLE_FROM;
      b->role = TN_ROLE_TO;
    }
  }
  /* The level reached, then where it came from: "narrowed to $63.4 billion
  ** in March from $68.3 billion", "salite a 10 miliardi da 8". */
  if( g.from && !g.to && a->role==TN_ROLE_TO && b->role==TN_ROLE_LEVEL ) b->role = TN_ROLE_FROM;
  if( g.restates || (g.paren && strcmp(a->currency, b->currency)!=0) ){
    b->restates = r->found;
    b->role = a->role;
    if( g.restates && b->kind==TN_KIND_EXACT ) b->kind = g.restates_kind;
  }
}

/* Whether a change word governs the sum at byte start: it stands just
** before, in the same clause: GOVERNS with words between ("rose from",
** "passare da"), GOVERNS_BY with a "by" or nothing between ("rose by",
** "rose $2 billion"), GOVERNS_BY_CONNECTOR with a connector-by between
** ("sceso di"); else 0. */
enum { GOVERNS = 1, GOVERNS_BY, GOVERNS_BY_CONNECTOR };
static int after_change_word(reader *r, size_t start){
  gap g;
  if( !change_gap(r, start, &g) || g.percents ) return 0;
  return g.by || g.tokens==0 ? GOVERNS_BY : g.by_connector ? GOVERNS_BY_CONNECTOR : GOVERNS;
}

/* The currency a sum with a money scale but no currency takes ("3 mld",
** "N Mio.", "5亿"), into r->inherited: the one of the amount before it,
** in the same paragraph, where
**  - the sum follows that amount in its sentence with the same scale word,
**    or a change word after the amount governs it, or a word that
**    compares the two or makes the sum a part of the amount does;
**  - a subject of money ("fatturato", "exports", "出口") follows the sum,
**    or stands before it in its own sentence and the sum ends there;
** never where what follows says it counts something else, so that "2,1
** milioni di giocattoli", "5 million units" stay counts. Tokens i to j are
** the number. */
#define PARAGRAPH_BYTES 600
#define SENTENCE_BYTES 200
static int inherit(reader *r){
  r->inherited = (tn_term){ .kind = TN_TERM_CURRENCY };
  memcpy(r->inherited.code, r->prev.currency, 4);
  return 1;
}

/* Whether token j, after a bare number, says that the number counts
** something else: a connector ("2,1 milioni di giocattoli"), a character
** of a script without spaces that is no punctuation ("14亿人"), a percent. */
static int counts_other(reader *r, size_t j){
  size_t next;
  const tn_term *t = match(r, j, &next);
  const wtok *w = tok(r, j);
  if( !w ) return 0;
  if( is_kind(t, TN_TERM_CONNECTOR) ){                /* not "5.730 millones de 2023" */
    const wtok *after = tok(r, next);
    return !after || !is_year_token(r->s, &after->tok);
  }
  if( is_kind(t, TN_TERM_PERCENT) ) return 1;
  if( w->tok.type!=TN_TOK_CHAR ) return 0;
  uint32_t cp;
  tn_utf8_decode((const unsigned char *)r->s + w->tok.start, w->tok.end - w->tok.start, &cp);
  return !u_ispunct((UChar32)cp);
}

/* Whether the sum ends before token j: the clause ends, or what follows
** says nothing is counted: a year, a joining word or a qualifier ("250
** milhões até 2027", "500 milhões e o salário", "3 mld nel 2024"). */
static int ends_sum(reader *r, size_t j){
  if( ends_clause(r, j) ) return 1;
  const wtok *w = tok(r, j);
  if( is_year_token(r->s, &w->tok) ) return 1;
  /* A word, one a preposition, before a year: "al 2027", "de 2023", "in 2024". */
  const wtok *after = tok(r, j+1);
  w = tok(r, j);
  if( after && w->tok.type==TN_TOK_WORD && is_year_token(r->s, &after->tok) ) return 1;
  size_t next;
  const tn_term *t = match(r, j, &next);
  return is_kind(t, TN_TERM_AND) || is_kind(t, TN_TERM_RANGE_TO) || is_kind(t, TN_TERM_BETWEEN)
      || is_kind(t, TN_TERM_BY) || is_kind(t, TN_TERM_RESTATES) || is_kind(t, TN_TERM_VERSUS)
      || is_kind(t, TN_TERM_QUALIFIER);
}

static int currency_of_paragraph(reader *r, size_t i, size_t j, const number *num){
  double least = tn_lexicon_myriad(r->lx) ? 1e4 : 1e6;
  if( !r->found || !r->prev.currency[0] || num->scale < least || num->vague ) return 0;
  size_t start = tok(r, i)->tok.start;
  if( start < r->prev.end || start - r->prev.end > PARAGRAPH_BYTES ) return 0;
  /* In the sentence of an amount with the same scale word, close before it:
  ** "un plan de 10 milliards d'euros, dont 5 milliards sur le budget",
  ** "11.200 millones de euros, frente a 9.800 millones hace un año". */
  if( r->prev.scale==num->scale && start - r->prev.end <= SENTENCE_BYTES
      && one_sentence(r->s, r->prev.end, start) && !counts_other(r, j) ){
    return inherit(r);
  }
  /* Governed by a change word after the amount, in its sentence: how
  ** much that changed ("un bénéfice de 3,28 milliards $, en baisse de 323
  ** millions", "revenue of $5 billion, up 300 million"). */
  if( r->change_end > r->prev.end && start - r->prev.end <= SENTENCE_BYTES
      && one_sentence(r->s, r->prev.end, start) && after_change_word(r, start) && ends_sum(r, j) ){
    return inherit(r);
  }
  /* After a word that compares it with the amount before or makes it a
  ** part of it, in its sentence: "1,04 milliard d'euros, contre 982
  ** millions en 2023", "2,3 milliards d'euros d'ici 2030, dont 790
  ** millions", "6.210 millones, frente a los 5.730 millones". */
  gap g;
  if( read_gap(r, r->prev.end, start, LONG_GAP_TOKENS, &g) && g.versus && !g.stop && !g.nums
      && g.tokens<=LONG_GAP_TOKENS && !counts_other(r, j) ){
    return inherit(r);
  }
  for(size_t b = r->prev.end; b + 1 < start; b++){
    if( r->s[b]=='\n' && (r->s[b+1]=='\n' || r->s[b+1]=='\r') ) return 0;   /* a blank line */
  }
  /* A subject of money right after it: "12 milliards de chiffre
  ** d'affaires", "3 miliardi di fatturato", "2 Mrd. Umsatz". */
  size_t k = j, next;
  if( is_kind(match(r, k, &next), TN_TERM_CONNECTOR) ) k = next;
  if( is_kind(match(r, k, &next), TN_TERM_SUBJECT) ) return inherit(r);
  if( !ends_sum(r, j) ) return 0;
  size_t from = start > SENTENCE_BYTES ? start - SENTENCE_BYTES : 0;
  if( from < r->prev.end ) from = r->prev.end;
  for(size_t b = start; b > from; b--){         /* back to the sentence's start */
    if( sentence_end_before(r->s, from, b) ){ from = b; break; }
  }
  tn_token t;
  for(size_t b = from; tn_next_token(r->s, start, b, &t); ){
    size_t next = t.end;
    if( is_kind(term_at(r, start, t.start, &next), TN_TERM_SUBJECT) ) return inherit(r);
    b = next;
  }
  return 0;
}

/* Whether a "more" or "less" word follows the sum that ends before token
** j, making it the size of a change: "2,4 Mrd. € mehr als im bisherigen
** Rahmen", "US$ 600 milhões a mais", "$2 billion more than a year ago"
** (the word alone, or with the next: "more than" is a qualifier before a
** sum, "more" after one). */
static int more_after(reader *r, size_t j){
  char key[KEY_MAX];
  size_t k = 0;
  for(size_t t=j; t<j+2; t++){
    const wtok *w = tok(r, t);
    if( !w || !w->tok.keylen || k + w->tok.keylen + 1 >= KEY_MAX ) return 0;
    if( k ) key[k++] = ' ';
    memcpy(key + k, w->tok.key, w->tok.keylen);
    k += w->tok.keylen;
    if( is_kind(tn_lexicon_find(r->lx, key, k).term, TN_TERM_MORE) ) return 1;
  }
  return 0;
}

/* Whether the number at token i, read as num, is written as a year: four
** digits from 1900 to 2099, with no separator and no scale. */
static int is_year(reader *r, size_t i, const number *num){
  const wtok *w = tok(r, i);
  return w && w->tok.type==TN_TOK_NUM && w->tok.end - w->tok.start==4 && !num->scale
      && num->value>=1900 && num->value<2100 && num->next==i+1;
}

/* after_change_word() of the amount at byte start, worked out the first
** time the grammar asks (*memo is -1 until then): only a range, a change
** or a year before a "to" needs it, not most numbers tried. After a
** "between" word, a change word with nothing between governs as one with
** words between ("giảm từ X xuống Y"). */
static int governed_at(reader *r, size_t start, int between, int *memo){
  if( *memo<0 ){
    *memo = after_change_word(r, start);
    if( between && *memo==GOVERNS_BY ) *memo = GOVERNS;
  }
  return *memo;
}

/* The amount starting at token i, if there is one. */
static int parse_amount(reader *r, size_t i, tn_amount *a, size_t *end_tok){
  size_t j = i, next;
  tn_amount_kind kind = TN_KIND_EXACT;
  const tn_term *t = match(r, j, &next);
  if( is_kind(t, TN_TERM_QUALIFIER) && !t->after_only ){
    kind = t->qualifier;
    j = next;
    t = match(r, j, &next);
  }
  int between = is_kind(t, TN_TERM_BETWEEN);
  size_t after_between = j;
  if( between ){
    j = after_between = next;
    t = match(r, j, &next);
  }
  const tn_term *pre = NULL;
  int negative = 0;
  if( is_unit_before(r, t) ){
    pre = t;
    j = next;
    negative = minus_at(r, j);        /* "$-5 million" */
    j += (size_t)negative;
  }
  number num, high;
  if( !parse_number(r, j, &num) ) return 0;
  if( pre && num.bare_scale ) return 0;     /* "the dollars thousand of times" */
  if( num.vague && kind==TN_KIND_EXACT ) kind = TN_KIND_MIN;
  j = num.next;
  int range = 0, change = 0;
  tn_amount_kind high_kind = TN_KIND_EXACT;
  const tn_term *high_pre = NULL;
  size_t num_end = j, high_start = j;
  size_t start = tok(r, i)->tok.start;
  int governed = -1;
#define GOVERNED governed_at(r, start, between, &governed)
  t = match(r, j, &next);
  /* Where a change word governs the bounds, the year of the first, after
  ** at most two words, may stand before the "to": "passera de 52 milliards
  ** en 2024 à 72 milliards d'euros", "stieg von 3 Mrd. im Jahr 2022 auf 5
  ** Mrd. Euro". With no change word met (no change_end) none governs. */
  for(size_t y=j; r->change_end && !between && !is_kind(t, TN_TERM_RANGE_TO) && y<=j+2; y++){
    const wtok *w = tok(r, y);
    if( w && is_year_token(r->s, &w->tok) ){
      size_t k;
      const tn_term *to = match(r, y+1, &k);
      if( is_kind(to, TN_TERM_RANGE_TO) && GOVERNED==GOVERNS ){
        t = to;
        next = k;
      }
      break;
    }
    if( !w || w->tok.type!=TN_TOK_WORD ) break;
  }
  /* "rose by $2 billion to $10 billion" is a change and a level, no range;
  ** "rose 3-5%" a range of change. */
  int to_sign = tok(r, j) && tok(r, j)->tok.type==TN_TOK_CHAR;
  /* After a "between" or "from" word an "and" closes the range; so does,
  ** between two numbers, an "up to" that many languages also write for
  ** "to" ("od 3 do 5", "de la 3 până la 5", "από 3 έως 5", "Rp 3 triliun
  ** hingga Rp 5 triliun"), where the second is no smaller. */
  int up_to = is_kind(t, TN_TERM_QUALIFIER) && t->qualifier==TN_KIND_MAX && !t->after_only;
  int closes = (between && is_kind(t, TN_TERM_AND)) || up_to;
  /* After "by", a first bound with its own scale word is the change and
  ** the second the level reached ("выросла на 2 млрд до 5 млрд рублей",
  ** "rose by 2 billion to 5 billion dollars"); without one it is a range
  ** of change ("by 2 to 3 billion"). */
  int ranges = (is_kind(t, TN_TERM_RANGE_TO) && (!t->after_only || GOVERNED)) || closes;
  int by_pair = ranges && !between && !to_sign && !pre && num.scale && GOVERNED==GOVERNS_BY;
  if( ranges && (to_sign || by_pair || GOVERNED!=GOVERNS_BY) ){
    /* A change, not a range, when the "to" says so ("auf", "lên", "增至")
    ** or a change word governs the bounds ("rose from X to Y", "sceso di
    ** 2 a 5 miliardi": by 2 billion, to 5). */
    change = (t->kind==TN_TERM_RANGE_TO && t->change) || GOVERNED==GOVERNS || GOVERNED==GOVERNS_BY_CONNECTOR
             || by_pair;
    size_t k = next;
    high_start = k;
    const tn_term *before_high = match(r, k, &next);
    if( pre && before_high==pre ) k = next;
    /* "from 52 billion in 2023 to $72 billion": the second's unit is both's. */
    else if( !pre && is_unit_before(r, before_high) ){
      high_pre = before_high;
      k = next;
    }
    /* The level a change reaches may be vague: "passera de 52 à environ 72 milliards". */
    const tn_term *q = match(r, k, &next);
    if( change && is_kind(q, TN_TERM_QUALIFIER) && !q->after_only ){
      high_kind = q->qualifier;
      k = next;
    }
    /* A low bound above the high one is no range: "2019-5%"; nor is a year
    ** and a "to" word: "from 36,883 yuan in 2022 to 39,218 yuan"; nor a
    ** bound with a scale word and one without, which the second would
    ** repeat: "R$ 5 bilhões para 2025" (the first borrows it: "3 à 5
    ** millions"). */
    if( parse_number(r, k, &high) && !(is_year(r, i, &num) && !between && tok(r, j)->tok.type==TN_TOK_WORD)
        && !(num.scale && !high.scale)
        && (change || (num.scale || !high.scale ? num.value : num.value * high.scale) <= high.value) ){
      range = 1;
      if( !num.scale && high.scale ){
        num.value *= high.scale;
        num.scale = high.scale;
      }
      j = high.next;
    }
  }
  const tn_term *post = NULL;
  t = match(r, j, &next);
  /* A qualifier after the number, before its unit: "5亿多元", "5 сая
  ** орчим төгрөг", "3 milions i escaig d'euros". */
  if( is_kind(t, TN_TERM_QUALIFIER) && t->after_only ){
    size_t k, u;
    const tn_term *then = match(r, next, &k);
    if( is_unit_after(r, then) || (is_kind(then, TN_TERM_CONNECTOR) && is_unit_after(r, match(r, k, &u))) ){
      if( kind==TN_KIND_EXACT ) kind = t->qualifier;
      j = next;
      t = match(r, j, &next);
    }
  }
  if( is_kind(t, TN_TERM_CONNECTOR) || (!range && is_hyphen_joined(r, j)) ){
    size_t k;
    const tn_term *u = match(r, next, &k);
    if( is_unit_after(r, u) && !leads_next_number(r, k, pre!=NULL) ){ post = u; j = k; }
  }else if( is_unit_after(r, t) && !leads_next_number(r, next, pre!=NULL) ){
    post = t;
    j = next;
  }else if( !t && !r->percents && (t = unit_with_suffix(r, j))!=NULL ){
    post = t;
    j++;
  }
  if( !pre && !post && range ) post = high_pre;
  if( !pre && !post ){
    if( r->percents || !currency_of_paragraph(r, i, j, &num) ) return 0;
    post = &r->inherited;            /* "Il fatturato è salito a 3 mld." */
  }
  /* A scale after the unit: "75 USD million". */
  if( post && !r->percents && !num.scale && !range && is_kind(t = match(r, j, &next), TN_TERM_SCALE)
      && t->value>=TN_SMALL_SCALE ){
    num.value *= t->value;
    j = next;
  }
  /* Bounds that each say the unit after "between": "between 3% and 5%". */
  if( post && between && !range && is_kind(match(r, j, &next), TN_TERM_AND)
      && parse_number(r, next, &high) && match(r, high.next, &next)==post ){
    range = 1;
    j = next;
  }
  /* A qualifier after the sum: "or more", "e oltre", "以上", "이상", "trở lên". */
  if( !range && is_kind(t = match(r, j, &next), TN_TERM_QUALIFIER) && t->after_only ){
    if( kind==TN_KIND_EXACT ) kind = t->qualifier;
    j = next;
  }
  const tn_term *unit = pre ? pre : post;
  double factor = unit->kind==TN_TERM_SUBUNIT || unit->kind==TN_TERM_PERCENT ? unit->value : 1;
  a->value = num.value * factor;
  a->unit = unit->percent_unit;
  a->low = a->high = NAN;
  if( range ){
    kind = TN_KIND_RANGE;
    a->low = a->value;
    a->high = high.value * factor;
  }else if( kind==TN_KIND_MIN ){
    a->low = a->value;
  }else if( kind==TN_KIND_MAX ){
    a->high = a->value;
  }
  memcpy(a->currency, unit->code, 4);
  /* Sub-units after the unit, each smaller than the one before: "2222円13銭",
  ** "13 Euro und 45 Cent", "50元6角3分". */
  double last_factor = 1;
  while( !range && unit->kind==TN_TERM_CURRENCY ){
    size_t k = j;
    if( is_kind(match(r, k, &next), TN_TERM_AND) ) k = next;
    number sub;
    if( !parse_number(r, k, &sub) ) break;
    t = match(r, sub.next, &next);
    /* A sub-unit word of another currency counts as this one's when it is
    ** worth as much: "5 euros and 20 cents" in English, where cents alone
    ** are US cents; "15 dollari e 15 centesimi". */
    if( is_kind(t, TN_TERM_SUBUNIT) && t->value<last_factor
        && (!t->code[0] || strcmp(t->code, unit->code)==0
            || (last_factor==1 && t->value==pow(10, -tn_currency_digits(unit->code)))) ){
      a->value += sub.value * t->value;
      last_factor = t->value;
      j = next;
      continue;
    }
    if( !num.scale && is_unsaid_change(r, &sub, unit->code) ){
      /* One CJK numeral says the next smaller unit, a tenth: 一块二 is 1.2,
      ** 一块二毛五 1.25; digits say cents: "5 euro 50". */
      int one_numeral = tok(r, k)->tok.type!=TN_TOK_NUM && sub.value<10 && sub.next==k+1;
      if( last_factor==1 ) a->value += sub.value / (one_numeral ? 10 : 100);
      else if( one_numeral && last_factor==0.1 ) a->value += sub.value / 100;
      else break;
      j = sub.next;
    }
    break;
  }
  a->kind = kind;
  a->scale = num.scale;
  a->role = more_after(r, j) ? TN_ROLE_CHANGE : TN_ROLE_LEVEL;
  a->restates = 0;
  /* "from $52.1 billion" with no range after it is "$52.1 billion". */
  a->start = tok(r, between && !range && kind==TN_KIND_EXACT ? after_between : i)->tok.start;
  size_t sign = minus_before(r->s, a->start);
  if( !negative && !range && kind==TN_KIND_EXACT && sign
      && (!r->found || a->start - sign >= r->prev.end) ){   /* not the "-" of "Fr. 3.-" before */
    negative = 1;                     /* "-$3 million", "-0.5%" */
    a->start -= sign;
  }
  if( negative && !range ){
    a->value = -a->value;
    a->low = -a->low;
    a->high = -a->high;
  }
  a->end = tok(r, j-1)->tok.end;
  if( range && change ){
    /* Two amounts: the from (or the change, "sceso di 2 a 5 miliardi"),
    ** with the unit and scale of the to when it says none ("da 3 a 5
    ** miliardi di euro"), and the to. */
    r->pending = *a;
    r->pending.value = a->high;
    r->pending.kind = high_kind;
    r->pending.low = high_kind==TN_KIND_MIN ? a->high : NAN;
    r->pending.high = high_kind==TN_KIND_MAX ? a->high : NAN;
    r->pending.start = tok(r, high_start)->tok.start;
    r->pending.role = TN_ROLE_TO;
    r->has_pending = 1;
    a->value = a->low;
    a->kind = kind==TN_KIND_RANGE ? TN_KIND_EXACT : kind;
    a->low = a->high = NAN;
    a->start = tok(r, between ? after_between : i)->tok.start;
    a->end = tok(r, (num_end > i ? num_end : i+1) - 1)->tok.end;
    a->role = GOVERNED==GOVERNS_BY_CONNECTOR || by_pair ? TN_ROLE_CHANGE : TN_ROLE_FROM;
  }
  *end_tok = j;
  return 1;
#undef GOVERNED
}

/* Whether a sum may start at the number at token i: what follows it is a
** word or sign the lexicon has (a unit, a scale, a range word, a percent),
** another number, a unit with a suffix glued on ("100 avroydu"), or the
** "no cents" mark of a price ("10,- Euro"); for money, no percent sign or
** word, after which parse_amount() finds no unit ("55 %"). A number before
** anything else ("in 2023, the", "15 people", most numbers of a text) is
** none whatever stands before it: a unit or qualifier before it was tried
** at its own token, and a bare sum takes the paragraph's currency only
** with a scale. */
static int number_may_open(reader *r, size_t i){
  const wtok *w = tok(r, i+1);
  size_t next;
  if( !w || w->tok.type==TN_TOK_NUM ) return 1;
  if( tn_lexicon_may_begin(r->lx, &w->tok) ) return r->percents || !is_kind(match(r, i+1, &next), TN_TERM_PERCENT);
  return unit_with_suffix(r, i+1) || past_no_cents(r, i+1)!=i+1;
}

/* Whether an amount may go on after the word at token i whose term t (or
** none: a number word) ends before token next, as parse_amount() reads on
** (0 only where it would find none). After a qualifier, a "between" word
** or a unit said before the sum comes a number, a unit or another word of
** money ("oltre 5", "超过三亿", "da 3 a 5", "$-5"); after a number word or
** a count of one word, spelled() and count_of_scale() read on through
** words the lexicon has ("deux cents", "vingt-cinq", "un milliard"). So
** most such words of a text open nothing: "une hausse", "năm nay", "circa
** un mese", the "Le" of a sentence (the Sierra Leonean leone's sign). */
static int may_go_on(reader *r, size_t i, const tn_term *t, size_t next){
  const wtok *w;
  if( is_kind(t, TN_TERM_QUALIFIER) || is_kind(t, TN_TERM_BETWEEN) || is_unit_before(r, t) ){
    w = tok(r, next);
    return w && (w->tok.type==TN_TOK_NUM || tn_lexicon_may_begin(r->lx, &w->tok)
                 || (w->tok.type==TN_TOK_CHAR && is_unit_before(r, t)));   /* a minus sign */
  }
  if( t && !(is_kind(t, TN_TERM_COUNT) && next==i+1) ) return 1;
  w = tok(r, i+1);
  return !w || tn_lexicon_may_begin(r->lx, &w->tok) || (w->tok.keylen==1 && w->tok.key[0]=='-');
}

/* Whether an amount may start at token i: a number that may be a sum, or a
** word or sign the lexicon knows. Most words of a text are none of these,
** and are passed over here. */
static int can_start(reader *r, size_t i){
  const wtok *w = tok(r, i);
  if( w->tok.type==TN_TOK_NUM ) return number_may_open(r, i);
  if( !tn_lexicon_may_open(r->lx, r->s, &w->tok) ) return 0;   /* read ahead, not yet asked */
  size_t next;
  const tn_term *t = match(r, i, &next);
  int change_to = is_kind(t, TN_TERM_RANGE_TO) && t->change;
  if( is_kind(t, TN_TERM_CHANGE) || change_to ){
    r->change_end = tok(r, next - 1)->tok.end;
    r->change_to = change_to;
  }
  if( t && tn_term_opens_amount(t) ) return may_go_on(r, i, t, next);
  return tok(r, i)->number_word && (t || may_go_on(r, i, NULL, next));
}

/* Takes amount b, found after the others: the one before it is handed to
** found() now, as b may change its role ("from"). */
static int take(reader *r, tn_amount *b, int (*found)(const tn_amount *, void *), void *arg){
  int governed = 0, rc = 0, by_words = b->role==TN_ROLE_LEVEL;
  if( by_words ) b->role = role_of(r, b, &governed);
  /* Not "up to $1 billion more": a change its "more" says. */
  if( (by_words || b->role==TN_ROLE_TO) && b->role!=TN_ROLE_LEVEL && b->kind==TN_KIND_MAX ){
    b->kind = TN_KIND_EXACT;         /* "tăng lên tới 5 tỷ": the level reached */
    b->high = NAN;
    b->role = TN_ROLE_TO;
  }
  if( r->found ){
    relate(r, &r->prev, r->prev_governed, b);
    rc = found(&r->prev, arg);
  }
  r->prev = *b;
  r->prev_governed = governed;
  r->found++;
  return rc;
}

static int find(const tn_locale *loc, const char *s, size_t n, int percents,
                int (*found)(const tn_amount *, void *), void *arg){
  reader r = { .s = s, .n = n, .percents = percents };
  if( !loc && !(loc = tn_locale_english()) ) return -1;
  r.lx = tn_locale_lexicon(loc);
  r.decimal = tn_locale_decimal(loc);
  if( tn_locale_word_breaks(loc) ) r.words = tn_word_breaks_open(tn_locale_id(loc), s, n);
  /* On the stack (some 48 KB), not malloc()ed: most texts are short, and
  ** malloc() and free() of a block this size are a share of reading one
  ** that bench/amounts.sh sees. */
  wtok window[WINDOW];
  r.buf = window;
  if( !r.lx ){ ubrk_close(r.words); return -1; }
  int rc = 0;
  for(size_t i=0; rc==0; ){
    if( i==r.base + r.count ? !read_opener(&r) : !tok(&r, i) ) break;
    r.keep_from = i;
    tn_amount a;
    size_t end;
    if( can_start(&r, i) && parse_amount(&r, i, &a, &end) ){
      rc = take(&r, &a, found, arg);
      if( !rc && r.has_pending ) rc = take(&r, &r.pending, found, arg);
      r.has_pending = 0;
      i = end;
    }else{
      i++;
    }
  }
  if( rc==0 && r.found ) rc = found(&r.prev, arg);      /* the last one */
  if( !percents ) tn_count_amounts(r.found);
  ubrk_close(r.words);
  return rc;
}

int tn_find_amounts(const tn_locale *loc, const char *s, size_t n,
                    int (*found)(const tn_amount *, void *), void *arg){
  return find(loc, s, n, 0, found, arg);
}

int tn_find_percents(const tn_locale *loc, const char *s, size_t n,
                     int (*found)(const tn_amount *, void *), void *arg){
  return find(loc, s, n, 1, found, arg);
}

const char *tn_amount_role_name(tn_amount_role role){
  static const char *const names[] = { "level", "change", "from", "to" };
  return names[role];
}

const char *tn_amount_kind_name(tn_amount_kind kind){
  static const char *const names[] = { "exact", "approx", "min", "max", "range" };
  return names[kind];
}
