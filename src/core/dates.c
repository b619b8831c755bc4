/*
** dates.c: dates written the way a language writes them (see dates.h).
*/
#include "dates.h"
#include "locale.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

/* data/dates.txt and data/lang/<code>/dates.txt, compiled in. */
extern const char tn_dates_txt[];
extern const unsigned long tn_dates_txt_len;

/* EL_WORD: a quoted literal of the pattern ('de', 'năm'), which news text
** often leaves out ("3 mar 2024" for "d 'de' MMM 'de' y"): optional. */
enum { EL_DAY, EL_MONTH_NUM, EL_MONTH_NAME, EL_YEAR, EL_SPACE, EL_LITERAL, EL_WORD };

typedef struct {
  int kind;
  uint32_t cp;          /* EL_LITERAL: one lower-cased code point */
} pattern_el;

#define MAX_ELS 24
typedef struct {
  int n;
  pattern_el el[MAX_ELS];
} date_pattern;

#define MONTH_FORMS 4   /* format and stand-alone, full and abbreviated */
#define NAME_MAX_CP 24      /* a month or weekday name */
#define PHRASE_MAX_CP 48    /* a phrase of the dates data: "primeros tres trimestres" */
#define MAX_PATTERNS 16

/* A set of folded code points, asked at every position of a text: ASCII
** as bits, the rest listed; a set grown past its list holds everything. */
typedef struct {
  uint64_t ascii[2];
  uint32_t other[64];
  int nother;             /* -1: everything */
} cp_set;

static void cp_set_add(cp_set *s, uint32_t cp){
  if( cp<128 ){
    s->ascii[cp>>6] |= (uint64_t)1 << (cp & 63);
    return;
  }
  for(int k=0; k<s->nother; k++) if( s->other[k]==cp ) return;
  if( s->nother<0 ) return;
  if( s->nother==(int)(sizeof s->other/sizeof s->other[0]) ) s->nother = -1;
  else s->other[s->nother++] = cp;
}

static int cp_set_has(const cp_set *s, uint32_t cp){
  if( cp<128 ) return (int)(s->ascii[cp>>6] >> (cp & 63) & 1);
  if( s->nother<0 ) return 1;
  for(int k=0; k<s->nother; k++) if( s->other[k]==cp ) return 1;
  return 0;
}

/* A word or phrase of the dates data, folded (see fold()). */
typedef struct {
  tn_date_word kind;
  tn_date_word_info info;
  uint32_t cp[PHRASE_MAX_CP];
} phrase;

/* The names or phrases of one kind that start with one code point, in a
** list sorted by them: from its item lo on, count of them. An index of
** runs by (first code point, kind) answers the words asked about, where a
** binary search of the list took a mispredicted branch a step. */
typedef struct {
  uint32_t first;          /* 0: an empty slot */
  uint16_t kind, count;
  uint32_t lo;
} run;

typedef struct {
  run *slots;
  size_t mask;             /* slots has mask + 1 of them, at most half full */
} run_index;

struct tn_date_forms {
  int npatterns, nmonth_patterns;
  date_pattern patterns[MAX_PATTERNS];        /* with a day */
  date_pattern month_patterns[MAX_PATTERNS];  /* a month and a year: "febbraio 2020", "2022年11月" */
  /* Month and weekday names as folded code points, 0 terminated, without a
  ** final abbreviation dot; months[m][f] for month m (0..11) and form f. */
  uint32_t months[12][MONTH_FORMS][NAME_MAX_CP];
  cp_set month_firsts;     /* the first letters of those */
  /* The names that are there, m * MONTH_FORMS + f, by their first code
  ** point: a word is compared with the few that start as it does. */
  uint8_t month_order[12 * MONTH_FORMS];
  int nmonth_order;
  run_index month_runs;    /* of month_order, kind 0 */
  cp_set date_firsts;      /* what a date of patterns can start with (find_firsts()) */
  cp_set month_year_firsts;   /* and a month of a year (month_patterns) */
  cp_set period_firsts;    /* and an expression of periods.c (tn_period_may_start()) */
  size_t lead_max;         /* characters before a date's first digit, white space aside (find_firsts()) */
  uint32_t weekdays[7][MONTH_FORMS][NAME_MAX_CP];
  phrase *phrases;         /* in the data's order within each first code point */
  size_t nphrases;
  run_index phrase_runs;   /* of phrases */
};

/* How names and words are compared: lower case, Latin letters without
** their accents, a typographic apostrophe as a plain one. */
static inline uint32_t fold(uint32_t cp){
  if( cp<0x80 ) return cp>='A' && cp<='Z' ? cp + 32 : cp;    /* most text: no table lookups */
  return cp==0x2019 ? '\'' : tn_unaccented(tn_fold(cp));
}


/* ISO 8601 dates are read in every language, ahead of the CLDR forms. */
static const char *const skeletons[] = { "yMMMMd", "yMMMd", "yMd", "MMMMd", "MMMd", "Md" };
static const char *const month_skeletons[] = { "yMMMM", "yMMM", "yM" };


/* Compile an ICU date pattern (UTF-16) into elements. Fields other than day,
** month and year (weekday, era) make the pattern unusable here: return 0. */
static int compile_pattern(const UChar *p, int32_t n, date_pattern *out){
  out->n = 0;
  int32_t i = 0;
  while( i<n && out->n<MAX_ELS ){
    UChar c = p[i];
    if( c=='\'' ){                      /* quoted literal, '' is a quote */
      i++;
      while( i<n && out->n<MAX_ELS ){
        if( p[i]=='\'' ){
          if( i+1<n && p[i+1]=='\'' ){ i++; }else{ i++; break; }
        }
        out->el[out->n].kind = p[i]==' ' ? EL_SPACE : EL_WORD;
        out->el[out->n++].cp = fold(p[i]);
        i++;
      }
      continue;
    }
    if( (c>='a' && c<='z') || (c>='A' && c<='Z') ){
      int32_t run = 1;
      while( i+run<n && p[i+run]==c ) run++;
      int kind;
      if( c=='d' ) kind = EL_DAY;
      else if( c=='M' || c=='L' ) kind = run>=3 ? EL_MONTH_NAME : EL_MONTH_NUM;
      else if( c=='y' ) kind = EL_YEAR;
      else return 0;
      out->el[out->n++].kind = kind;
      i += run;
      continue;
    }
    uint32_t cp = c;
    if( U16_IS_LEAD(c) && i+1<n ){ cp = U16_GET_SUPPLEMENTARY(c, p[i+1]); i++; }
    i++;
    if( u_isUWhiteSpace((UChar32)cp) ){
      if( out->n==0 || out->el[out->n-1].kind!=EL_SPACE ) out->el[out->n++].kind = EL_SPACE;
    }else{
      out->el[out->n].kind = EL_LITERAL;
      out->el[out->n++].cp = fold(cp);
    }
  }
  return out->n>0 && out->n<MAX_ELS;
}

/* Adds pattern p[0..n) to the forms: with the day patterns if it has a
** day, else with the month patterns. */
static void add_pattern(tn_date_forms *f, const UChar *p, int32_t n){
  date_pattern dp;
  if( !compile_pattern(p, n, &dp) ) return;
  int day = 0;
  for(int e=0; e<dp.n; e++) day |= dp.el[e].kind==EL_DAY;
  if( day && f->npatterns<MAX_PATTERNS ) f->patterns[f->npatterns++] = dp;
  if( !day && f->nmonth_patterns<MAX_PATTERNS ) f->month_patterns[f->nmonth_patterns++] = dp;
}

static void store_name(const UChar *s, int32_t n, uint32_t *out){
  int k = 0;
  for(int32_t i=0; i<n && k<NAME_MAX_CP-1; ){
    UChar32 cp;
    U16_NEXT(s, i, n, cp);
    out[k++] = fold((uint32_t)cp);
  }
  while( k>0 && out[k-1]=='.' ) k--;
  out[k] = 0;
}

static void load_forms(const char *id, tn_date_forms *f){
  UErrorCode err = U_ZERO_ERROR;
  UDateTimePatternGenerator *gen = udatpg_open(id, &err);
  for(size_t s=0; U_SUCCESS(err) && s<sizeof skeletons/sizeof skeletons[0] + sizeof month_skeletons/sizeof month_skeletons[0]; s++){
    UChar skel[16], pat[64];
    u_uastrcpy(skel, s<6 ? skeletons[s] : month_skeletons[s-6]);
    int32_t n = udatpg_getBestPattern(gen, skel, -1, pat, 64, &err);
    if( U_SUCCESS(err) ) add_pattern(f, pat, n);
    err = U_ZERO_ERROR;
  }
  if( gen ) udatpg_close(gen);
  err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, id, NULL, 0, NULL, 0, &err);
  if( U_FAILURE(err) ) return;
  static const UDateFormatSymbolType forms[MONTH_FORMS] = {
    UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS
  };
  static const UDateFormatSymbolType days[MONTH_FORMS] = {
    UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS
  };
  for(int k=0; k<MONTH_FORMS; k++){
    for(int m=0; m<12; m++){
      UChar name[64];
      err = U_ZERO_ERROR;
      int32_t n = udat_getSymbols(fmt, forms[k], m, name, 64, &err);
      if( U_SUCCESS(err) ) store_name(name, n, f->months[m][k]);
    }
    for(int m=0; m<12; m++) if( f->months[m][k][0] ) cp_set_add(&f->month_firsts, f->months[m][k][0]);
    for(int d=0; d<7; d++){          /* ICU counts weekdays from 1, Sunday */
      UChar name[64];
      err = U_ZERO_ERROR;
      int32_t n = udat_getSymbols(fmt, days[k], d + 1, name, 64, &err);
      if( U_SUCCESS(err) ) store_name(name, n, f->weekdays[d][k]);
    }
  }
  udat_close(fmt);
}

/* ---- the dates data ----------------------------------------------------- */

static const struct { const char *name; tn_date_word kind; } word_kinds[] = {
  { "label", TN_DATE_LABEL }, { "source", TN_DATE_SOURCE }, { "time", TN_DATE_TIME },
  { "future", TN_DATE_FUTURE }, { "relative", TN_DATE_RELATIVE }, { "prefix", TN_DATE_PREFIX },
  { "fullyear", TN_DATE_FULLYEAR }, { "quarter", TN_DATE_QUARTER }, { "from", TN_DATE_FROM },
  { "to", TN_DATE_TO }, { "year", TN_DATE_YEAR }, { "forecast", TN_DATE_FORECAST },
};
static const char *const unit_names[] = { "day", "week", "month", "quarter", "year" };

/* The folded code points of UTF-8 s[0..n) into out[PHRASE_MAX_CP]; 0 when
** they do not fit. */
static int fold_utf8(const char *s, size_t n, uint32_t *out){
  size_t k = 0;
  for(size_t i=0; i<n; ){
    uint32_t cp;
    i += tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if( k+1>=PHRASE_MAX_CP ) return 0;
    out[k++] = fold(cp);
  }
  out[k] = 0;
  return k>0;
}

int tn_date_languages(char (*codes)[12], int max){
  int found = 0;
  for(size_t i=0; i<tn_dates_txt_len; ){
    const char *nl = memchr(tn_dates_txt + i, '\n', tn_dates_txt_len - i);
    size_t end = nl ? (size_t)(nl - tn_dates_txt) : tn_dates_txt_len;
    size_t len = strcspn(tn_dates_txt + i, "-\t\n");
    if( tn_dates_txt[i]!='#' && tn_dates_txt[i]!='*' && len>0 && len<12 && i + len<end ){
      int seen = 0;
      for(int k=0; k<found && !seen; k++) seen = strlen(codes[k])==len && memcmp(codes[k], tn_dates_txt + i, len)==0;
      if( !seen && found<max ){
        memcpy(codes[found], tn_dates_txt + i, len);
        codes[found++][len] = 0;
      }
    }
    i = end + 1;
  }
  return found;
}

/* One line, SCOPE <tab> KIND <tab> ARG <tab> TERM, that applies to loc. */
static void add_line(tn_date_forms *f, const tn_locale *loc, const char *line, size_t n, size_t cap){
  const char *field[4];
  size_t len[4];
  if( tn_locale_data_line(loc, line, n, field, len)==TN_SCOPE_NONE ) return;
  if( len[1]==7 && memcmp(field[1], "pattern", 7)==0 ){
    UChar u[64];
    int32_t ulen;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(u, 64, &ulen, field[3], (int32_t)len[3], &st);
    if( U_SUCCESS(st) ) add_pattern(f, u, ulen);
    return;
  }
  if( f->nphrases>=cap ) return;
  phrase *p = &f->phrases[f->nphrases];
  memset(p, 0, sizeof *p);
  for(size_t k=0; k<sizeof word_kinds/sizeof word_kinds[0]; k++){
    if( strlen(word_kinds[k].name)==len[1] && memcmp(word_kinds[k].name, field[1], len[1])==0 ){
      p->kind = word_kinds[k].kind;
    }
  }
  if( !p->kind || !fold_utf8(field[3], len[3], p->cp) ) return;
  char arg[32];
  snprintf(arg, sizeof arg, "%.*s", (int)len[2], field[2]);
  if( p->kind==TN_DATE_RELATIVE ){         /* "year -1" */
    for(size_t u=0; u<sizeof unit_names/sizeof unit_names[0]; u++){
      size_t ul = strlen(unit_names[u]);
      if( strncmp(arg, unit_names[u], ul)==0 && arg[ul]==' ' ){
        p->info.unit = (tn_date_unit)u;
        p->info.offset = atoi(arg + ul + 1);
      }
    }
  }else if( p->kind==TN_DATE_QUARTER ){    /* "1 3": the first three quarters */
    if( sscanf(arg, "%d %d", &p->info.first, &p->info.last)!=2 || p->info.first<1
        || p->info.last>4 || p->info.first>p->info.last ) return;
  }else if( p->kind==TN_DATE_YEAR ){       /* "before" or "after" */
    p->info.after = strcmp(arg, "after")==0;
  }
  f->nphrases++;
}

static void load_data(tn_date_forms *f, const tn_locale *loc){
  size_t lines = 0;
  for(size_t i=0; i<tn_dates_txt_len; i++) lines += tn_dates_txt[i]=='\n';
  if( !(f->phrases = malloc((lines + 1) * sizeof *f->phrases)) ) return;
  for(size_t i=0; i<tn_dates_txt_len; ){
    const char *nl = memchr(tn_dates_txt + i, '\n', tn_dates_txt_len - i);
    size_t end = nl ? (size_t)(nl - tn_dates_txt) : tn_dates_txt_len;
    if( end>i && tn_dates_txt[i]!='#' ) add_line(f, loc, tn_dates_txt + i, end - i, lines + 1);
    i = end + 1;
  }
}

/* The first code points of the day patterns: digits (ISO dates and every
** number), a month name's first letters, a literal; a space or a quoted
** word may be left out, so what follows it can start a date too. */
static void add_firsts(const tn_date_forms *f, const date_pattern *patterns, int npatterns, cp_set *s){
  for(uint32_t d='0'; d<='9'; d++) cp_set_add(s, d);
  for(int p=0; p<npatterns; p++){
    const date_pattern *dp = &patterns[p];
    for(int e=0, more=1; e<dp->n && more; e++){
      switch( dp->el[e].kind ){
        case EL_SPACE: break;
        case EL_WORD:
          cp_set_add(s, dp->el[e].cp);
          while( e+1<dp->n && dp->el[e+1].kind==EL_WORD ) e++;
          break;
        case EL_MONTH_NAME:
          for(int m=0; m<12; m++){
            for(int k=0; k<MONTH_FORMS; k++) if( f->months[m][k][0] ) cp_set_add(s, f->months[m][k][0]);
          }
          more = 0;
          break;
        case EL_LITERAL: cp_set_add(s, dp->el[e].cp); more = 0; break;
        default: more = 0;      /* a number: the digits are in */
      }
    }
  }
}

static void find_firsts(tn_date_forms *f){
  add_firsts(f, f->patterns, f->npatterns, &f->date_firsts);
  add_firsts(f, f->month_patterns, f->nmonth_patterns, &f->month_year_firsts);
  add_firsts(f, f->patterns, f->npatterns, &f->period_firsts);
  add_firsts(f, f->month_patterns, f->nmonth_patterns, &f->period_firsts);
  cp_set_add(&f->period_firsts, 'q');
  for(size_t k=0; k<f->nphrases; k++){
    tn_date_word kind = f->phrases[k].kind;
    if( kind==TN_DATE_FROM || kind==TN_DATE_RELATIVE || kind==TN_DATE_QUARTER ) cp_set_add(&f->period_firsts, f->phrases[k].cp[0]);
  }
  /* Every day pattern has its day in ASCII digits (add_pattern()); what
  ** comes before its first number is a month name (with its dot), literals
  ** and quoted words, a character of text for each code point of theirs,
  ** and white space: tn_find_date() starts no nearer to a digit than that
  ** allows. */
  size_t name_max = 0;
  for(int m=0; m<12; m++){
    for(int k=0; k<MONTH_FORMS; k++){
      size_t len = 0;
      while( f->months[m][k][len] ) len++;
      if( len + 1 > name_max ) name_max = len + 1;
    }
  }
  for(int p=0; p<f->npatterns; p++){
    const date_pattern *dp = &f->patterns[p];
    size_t lead = 0;
    for(int e=0; e<dp->n; e++){
      int kind = dp->el[e].kind;
      if( kind==EL_DAY || kind==EL_MONTH_NUM || kind==EL_YEAR ) break;
      lead += kind==EL_MONTH_NAME ? name_max : kind==EL_SPACE ? 0 : 1;
    }
    if( lead > f->lead_max ) f->lead_max = lead;
  }
}

/* The month names by their first code point (a stable insertion sort). */
static const uint32_t *month_name_of(const tn_date_forms *f, int k){
  return f->months[f->month_order[k] / MONTH_FORMS][f->month_order[k] % MONTH_FORMS];
}

static void order_months(tn_date_forms *f){
  f->nmonth_order = 0;
  for(int k=0; k<12 * MONTH_FORMS; k++){
    if( !f->months[k / MONTH_FORMS][k % MONTH_FORMS][0] ) continue;
    int j = f->nmonth_order++;
    for(; j>0 && month_name_of(f, j-1)[0]>f->months[k / MONTH_FORMS][k % MONTH_FORMS][0]; j--){
      f->month_order[j] = f->month_order[j-1];
    }
    f->month_order[j] = (uint8_t)k;
  }
}

/* Whether phrase a sorts before the first code point and kind given. */
static int phrase_before(const phrase *a, uint32_t first, tn_date_word kind){
  return a->cp[0]<first || (a->cp[0]==first && a->kind<kind);
}

/* Phrases by their first code point and kind, so a word looks at only
** those of the kind asked that start as it does; the data's order kept
** among them (a stable insertion sort: a few hundred phrases, once a
** locale). */
static void sort_phrases(tn_date_forms *f){
  for(size_t k=1; k<f->nphrases; k++){
    phrase p = f->phrases[k];
    size_t j = k;
    for(; j>0 && phrase_before(&p, f->phrases[j-1].cp[0], f->phrases[j-1].kind); j--) f->phrases[j] = f->phrases[j-1];
    f->phrases[j] = p;
  }
}

_Static_assert(TN_DATE_FORECAST < 16, "a kind fits the 4 bits the index's hash gives it");

static run *run_slot(const run_index *x, uint32_t first, unsigned kind){
  size_t i = (size_t)(((uint64_t)first << 4 ^ kind) * 0x9E3779B97F4A7C15ull >> 40) & x->mask;
  while( x->slots[i].first && !(x->slots[i].first==first && x->slots[i].kind==kind) ) i = (i + 1) & x->mask;
  return &x->slots[i];
}

/* The run of (first, kind), or NULL. */
static const run *find_run(const run_index *x, uint32_t first, unsigned kind){
  const run *r = first ? run_slot(x, first, kind) : NULL;
  return r && r->first ? r : NULL;
}

static int make_index(run_index *x, size_t items){
  size_t slots = 16;
  while( slots < 2 * items ) slots *= 2;
  x->mask = slots - 1;
  return (x->slots = calloc(slots, sizeof *x->slots))!=NULL;
}

/* Item k of a sorted list, which starts with first: in its run. */
static void index_item(run_index *x, uint32_t first, unsigned kind, size_t k){
  run *r = run_slot(x, first, kind);
  if( !r->first ) *r = (run){ first, (uint16_t)kind, 0, (uint32_t)k };
  r->count++;
}

static int index_runs(tn_date_forms *f){
  if( !make_index(&f->phrase_runs, f->nphrases) || !make_index(&f->month_runs, (size_t)f->nmonth_order) ) return 0;
  for(size_t k=0; k<f->nphrases; k++) index_item(&f->phrase_runs, f->phrases[k].cp[0], f->phrases[k].kind, k);
  for(int k=0; k<f->nmonth_order; k++) index_item(&f->month_runs, month_name_of(f, k)[0], 0, (size_t)k);
  return 1;
}

tn_date_forms *tn_date_forms_build(const tn_locale *loc){
  tn_date_forms *f = calloc(1, sizeof *f);
  if( !f ) return NULL;
  load_forms(tn_locale_id(loc), f);
  load_data(f, loc);
  find_firsts(f);
  order_months(f);
  sort_phrases(f);
  if( !index_runs(f) ){
    tn_date_forms_free(f);
    return NULL;
  }
  return f;
}

void tn_date_forms_free(tn_date_forms *f){
  if( f ){
    free(f->phrases);
    free(f->phrase_runs.slots);
    free(f->month_runs.slots);
  }
  free(f);
}

/* ---- matching ---------------------------------------------------------- */

typedef struct { const unsigned char *s; size_t n; } text;

static inline uint32_t cp_at(text t, size_t i, size_t *len){
  uint32_t cp;
  *len = tn_utf8_decode(t.s+i, t.n-i, &cp);
  return cp;
}

static int is_digit_at(text t, size_t i){ return i<t.n && t.s[i]>='0' && t.s[i]<='9'; }

/* Read 1..maxd ASCII digits at *i that are not followed by another digit. */
static int read_number(text t, size_t *i, int maxd, int *value){
  size_t k = *i;
  int v = 0, d = 0;
  while( is_digit_at(t, k) && d<maxd ){ v = v*10 + (t.s[k]-'0'); k++; d++; }
  if( d==0 || is_digit_at(t, k) ) return 0;
  *value = v;
  *i = k;
  return d;
}

/* Match the lower-cased name at *i, whole word, then an optional dot. */
static int match_name(text t, size_t *i, const uint32_t *name){
  if( !name[0] ) return 0;
  size_t k = *i, len;
  for(int j=0; name[j]; j++){
    if( k>=t.n || fold(cp_at(t, k, &len))!=name[j] ) return 0;
    k += len;
  }
  if( k<t.n && tn_is_letter(cp_at(t, k, &len)) ) return 0;
  /* An abbreviation's dot ("Dec. 14", "3 dic. 2024"), not a full stop
  ** ("il 5 marzo. Poi"): what follows it goes on the date. */
  if( k<t.n && t.s[k]=='.' ){
    size_t after = k + 1;
    while( after<t.n && t.s[after]==' ' ) after++;
    if( after<t.n && ((t.s[after]>='0' && t.s[after]<='9') || (t.s[after]>='a' && t.s[after]<='z') || t.s[after]==',') ) k++;
  }
  *i = k;
  return 1;
}

static int match_month_name(const tn_date_forms *f, text t, size_t *i, int *month){
  /* Longest name first, so "luglio" is not taken for "lug". Most positions
  ** start no month name: their first letter says so; of the rest, the
  ** second letter rules out most names before they are compared. */
  size_t best = 0, len, len2;
  if( *i>=t.n ) return 0;
  uint32_t first = fold(cp_at(t, *i, &len));
  const run *r;
  if( !cp_set_has(&f->month_firsts, first) || !(r = find_run(&f->month_runs, first, 0)) ) return 0;
  uint32_t second = *i + len<t.n ? fold(cp_at(t, *i + len, &len2)) : 0;
  for(size_t k=r->lo; k<r->lo + r->count; k++){
    const uint32_t *name = month_name_of(f, (int)k);
    size_t end = *i;
    if( name[1] && name[1]!=second ) continue;
    if( match_name(t, &end, name) && end>best ){ best = end; *month = f->month_order[k] / MONTH_FORMS + 1; }
  }
  if( !best ) return 0;
  *i = best;
  return 1;
}

/* Whether cp is white space as a pattern's space reads it. */
static int is_pattern_space(uint32_t cp){
  return cp=='\t' || (cp<0x80 ? cp==' ' : utf8proc_category((utf8proc_int32_t)cp)==UTF8PROC_CATEGORY_ZS);
}

static void skip_space(text t, size_t *i){
  size_t len;
  while( *i<t.n && is_pattern_space(cp_at(t, *i, &len)) ) *i += len;
}

/* An English-style ordinal suffix after a day ("31st", "2nd"): two ASCII
** letters closing the word. */
static void skip_ordinal(text t, size_t *i){
  size_t k = *i;
  int letters = 0;
  while( k<t.n && letters<3 && ((t.s[k]|0x20)>='a' && (t.s[k]|0x20)<='z') ){ k++; letters++; }
  size_t len;
  if( letters==2 && (k>=t.n || !tn_is_letter(cp_at(t, k, &len))) ) *i = k;
}

/* The month name last looked for, at byte at - 1 (0: none yet): the
** patterns tried at one place mostly look for a month name at the same
** byte, which is then compared once. */
typedef struct {
  size_t at, end;
  int month;
} month_memo;

static int month_name_memo(const tn_date_forms *f, text t, size_t *i, int *month, month_memo *memo){
  if( memo->at!=*i + 1 ){
    memo->at = *i + 1;
    memo->end = *i;
    if( !match_month_name(f, t, &memo->end, &memo->month) ) memo->end = 0;
  }
  if( !memo->end ) return 0;
  *i = memo->end;
  *month = memo->month;
  return 1;
}

/* The end of pattern p matched at byte start, its fields into *d (those it
** lacks 0), or 0; whether *d is a real day is the caller's to judge. */
static size_t match_pattern(const tn_date_forms *f, const date_pattern *p, text t,
                            size_t start, tn_date *d, month_memo *memo){
  size_t i = start, len;
  memset(d, 0, sizeof *d);
  for(int e=0; e<p->n; e++){
    const pattern_el *el = &p->el[e];
    switch( el->kind ){
      case EL_DAY:
        if( !read_number(t, &i, 2, &d->day) ) return 0;
        if( e+1==p->n || p->el[e+1].kind==EL_SPACE ) skip_ordinal(t, &i);
        break;
      case EL_MONTH_NUM:
        if( !read_number(t, &i, 2, &d->month) ) return 0;
        break;
      case EL_MONTH_NAME:
        if( !month_name_memo(f, t, &i, &d->month, memo) ) return 0;
        break;
      case EL_YEAR:
        if( read_number(t, &i, 4, &d->year)!=4 ) return 0;
        break;
      case EL_SPACE:
        skip_space(t, &i);
        break;
      case EL_WORD: {          /* the whole quoted word, or none of it */
        int last = e;
        while( last+1<p->n && p->el[last+1].kind==EL_WORD ) last++;
        size_t k = i;
        int all = 1;
        for(int w=e; w<=last && all; w++){
          all = k<t.n && fold(cp_at(t, k, &len))==p->el[w].cp;
          k += all ? len : 0;
        }
        if( all ) i = k;
        e = last;
        break;
      }
      default:
        if( i>=t.n || fold(cp_at(t, i, &len))!=el->cp ) return 0;
        i += len;
    }
  }
  return i;
}

long tn_day_number(tn_date d){
  long y = d.year - (d.month<=2);
  long era = (y>=0 ? y : y-399) / 400;
  long yoe = y - era*400;
  long doy = (153*(d.month + (d.month>2 ? -3 : 9)) + 2)/5 + d.day - 1;
  long doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

tn_date tn_date_of_day(long z){
  z += 719468;
  long era = (z>=0 ? z : z - 146096) / 146097;
  long doe = z - era*146097;
  long yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  long doy = doe - (365*yoe + yoe/4 - yoe/100);
  long mp = (5*doy + 2)/153;
  tn_date d;
  d.day = (int)(doy - (153*mp + 2)/5 + 1);
  d.month = (int)(mp<10 ? mp+3 : mp-9);
  d.year = (int)(yoe + era*400 + (d.month<=2));
  return d;
}

int tn_date_is_valid(tn_date d){
  static const int days[] = {31,29,31,30,31,30,31,31,30,31,30,31};
  if( d.month<1 || d.month>12 || d.day<1 || d.day>days[d.month-1] ) return 0;
  if( d.year && d.month==2 && d.day==29 ){
    int leap = (d.year%4==0 && d.year%100!=0) || d.year%400==0;
    if( !leap ) return 0;
  }
  return 1;
}

static size_t match_iso(text t, size_t start, tn_date *d){
  size_t i = start;
  memset(d, 0, sizeof *d);
  if( read_number(t, &i, 4, &d->year)!=4 ) return 0;
  if( i>=t.n || t.s[i]!='-' ) return 0;
  i++;
  if( read_number(t, &i, 2, &d->month)!=2 ) return 0;
  if( i>=t.n || t.s[i]!='-' ) return 0;
  i++;
  if( read_number(t, &i, 2, &d->day)!=2 ) return 0;
  return tn_date_is_valid(*d) ? i : 0;
}

int tn_parse_iso_date(const char *s, size_t n, tn_date *d){
  text t = { (const unsigned char *)s, n };
  return match_iso(t, 0, d)==n;
}

/* Whether a date may start at byte i: not inside another word or number
** (CJK text runs straight into it: "新华社北京3月5日电"). */
static int starts_word(text t, size_t i){
  if( i==0 ) return 1;
  size_t back = i-1, len;
  while( back>0 && (t.s[back] & 0xC0)==0x80 ) back--;
  uint32_t prev = cp_at(t, back, &len);
  return !tn_is_spaced_letter(prev) && !(prev>='0' && prev<='9');
}

/* The end of a date of the forms f (or ISO) at byte i exactly, or 0. */
static size_t date_at(const tn_date_forms *f, text t, size_t i, tn_date *d){
  /* A number of the digits at i: a day or a month has one or two, a year
  ** four (ISO too); most numbers of a text are neither. */
  size_t digits = 0;
  while( digits<5 && is_digit_at(t, i + digits) ) digits++;
  size_t end = digits==4 ? match_iso(t, i, d) : 0;
  month_memo memo = { 0, 0, 0 };
  for(int p=0; !end && f && p<f->npatterns; p++){
    /* A number starts at a digit; a name not, unless some do ("3月"). */
    int first = f->patterns[p].el[0].kind;
    if( digits ? (first==EL_MONTH_NAME && !cp_set_has(&f->month_firsts, t.s[i]))
                 || ((first==EL_DAY || first==EL_MONTH_NUM) && digits>2) || (first==EL_YEAR && digits!=4)
               : first==EL_DAY || first==EL_MONTH_NUM || first==EL_YEAR ) continue;
    /* Most words are no month name: looked up once here, not tried by
    ** every pattern that begins with one. */
    size_t after = i;
    int month;
    if( first==EL_MONTH_NAME && !month_name_memo(f, t, &after, &month, &memo) ) continue;
    end = match_pattern(f, &f->patterns[p], t, i, d, &memo);
    if( !tn_date_is_valid(*d) ) end = 0;
  }
  return end;
}

int tn_date_at(const tn_locale *loc, const char *s, size_t n, size_t i, tn_date_match *m){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  if( i>=n || !starts_word(t, i) || !(m->end = date_at(f, t, i, &m->date)) ) return 0;
  m->start = i;
  return 1;
}

/* Whether a date of f may start with code point cp (see find_firsts()). */
static int may_start(const tn_date_forms *f, uint32_t cp){
  return f ? cp_set_has(&f->date_firsts, fold(cp)) : cp>='0' && cp<='9';
}

/* The first byte from i on where a date can start whose first ASCII digit
** is at byte digit: no more than lead characters before it that are not
** white space (find_firsts()). Read back one character at a time; bytes of
** broken UTF-8, each a character when read forward, count as one: fewer
** counted is only more tried. */
static size_t earliest_start(text t, size_t i, size_t digit, size_t lead){
  size_t k = digit, count = 0;
  while( k>i ){
    size_t b = k - 1, len;
    while( b>i && (t.s[b] & 0xC0)==0x80 ) b--;
    uint32_t cp = cp_at(t, b, &len);
    if( len!=k - b || !is_pattern_space(cp) ) count++;
    if( count>lead ) return k;
    k = b;
  }
  return k;
}

/* The first ASCII digit of s[i..n), or n: eight bytes at a time where
** none is, as most bytes of a text are ("hasless" of Bit Twiddling Hacks:
** a byte of w below 10 after digits are made 0 to 9). */
static size_t next_digit(const char *s, size_t i, size_t n){
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  for(; i + 8<=n; i += 8){
    uint64_t w;
    memcpy(&w, s + i, 8);
    w ^= 0x30 * ones;
    if( (w - 10 * ones) & ~w & highs ) break;
  }
  while( i<n && (unsigned char)(s[i] - '0')>=10 ) i++;
  return i;
}

int tn_find_date(const tn_locale *loc, const char *s, size_t n, tn_date_match *m){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  size_t lead = f ? f->lead_max : 0;
  /* A date has an ASCII digit, not far after its start (find_firsts()):
  ** from one digit to the next, only the bytes that near it are tried. A
  ** date starts a word: not after a letter or a digit, which the loop has
  ** just read, so starts_word() (which reads back to it) is asked only
  ** where none was. */
  int in_word = 0;
  for(size_t i=0; i<n; ){
    size_t digit = next_digit(s, i, n);
    if( digit==n ) return 0;
    size_t from = earliest_start(t, i, digit, lead);
    if( from>i ){
      i = from;
      in_word = 0;
    }
    while( i<=digit ){
      size_t len;
      uint32_t cp = cp_at(t, i, &len);
      if( !in_word && may_start(f, cp) && starts_word(t, i) && (m->end = date_at(f, t, i, &m->date))!=0 ){
        m->start = i;
        return 1;
      }
      in_word = tn_is_spaced_letter(cp) || (cp>='0' && cp<='9');
      i += len;
    }
  }
  return 0;
}

/* The end of the folded name at byte i as a whole word (CJK words run on),
** or 0. */
static size_t name_at(text t, size_t i, const uint32_t *name){
  size_t k = i, len;
  for(int j=0; name[j]; j++){
    if( k>=t.n || fold(cp_at(t, k, &len))!=name[j] ) return 0;
    k += len;
  }
  if( k==i || (k<t.n && tn_is_spaced_letter(cp_at(t, k, &len))) ) return 0;
  return k;
}

size_t tn_date_word_at(const tn_locale *loc, tn_date_word kind, const char *s, size_t n, size_t i,
                       tn_date_word_info *info){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  size_t best = 0, len;
  if( !f || i>=n ) return 0;
  uint32_t cp = cp_at(t, i, &len), first = fold(cp);
  const run *r = find_run(&f->phrase_runs, first, kind);
  if( !r ) return 0;
  /* A word of a spaced script starts a word; CJK runs on ("2021年"). */
  if( tn_is_spaced_letter(cp) && !starts_word(t, i) ) return 0;
  for(size_t k=r->lo; k<r->lo + r->count; k++){
    const phrase *p = &f->phrases[k];
    size_t end;
    if( (end = name_at(t, i, p->cp))<=best ) continue;
    best = end;
    if( info ) *info = p->info;
  }
  return best;
}

size_t tn_weekday_at(const tn_locale *loc, const char *s, size_t n, size_t i){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  size_t best = 0;
  for(int d=0; f && d<7; d++){
    for(int k=0; k<MONTH_FORMS; k++){
      size_t end = f->weekdays[d][k][0] ? name_at(t, i, f->weekdays[d][k]) : 0;
      if( end>best ) best = end;
    }
  }
  if( best && best<n && s[best]=='.' ) best++;
  return best;
}

size_t tn_month_year_at(const tn_locale *loc, const char *s, size_t n, size_t i, tn_date *d){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  size_t end = 0;
  month_memo memo = { 0, 0, 0 };
  size_t len;
  if( !f || i>=n || !cp_set_has(&f->month_year_firsts, fold(cp_at(t, i, &len))) || !starts_word(t, i) ) return 0;
  for(int p=0; !end && p<f->nmonth_patterns; p++){
    tn_date m;
    size_t k = match_pattern(f, &f->month_patterns[p], t, i, &m, &memo);
    m.day = 1;
    if( k && m.year && tn_date_is_valid(m) && !(k<n && is_digit_at(t, k)) ){ *d = m; end = k; }
  }
  return end;
}

int tn_period_may_start(const tn_date_forms *f, uint32_t cp){
  return !f || cp_set_has(&f->period_firsts, fold(cp));
}

size_t tn_month_name_at(const tn_locale *loc, const char *s, size_t n, size_t i, int *month){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  size_t end = i;
  return f && starts_word(t, i) && match_month_name(f, t, &end, month) ? end : 0;
}

#define SENTENCE_MAX 300     /* bytes looked back for a forecast word */

/* Whether c ends a sentence: ". ", "!", "?", "。", "！", "？", a line end. */
static int ends_sentence(text t, size_t b){
  size_t len;
  uint32_t cp = cp_at(t, b, &len);
  return cp=='\n' || cp=='!' || cp=='?' || cp==0x3002 || cp==0xFF01 || cp==0xFF1F
      || (cp=='.' && b + 1<t.n && t.s[b+1]==' ');
}

int tn_year_is_target(const tn_locale *loc, const char *s, size_t n, size_t i){
  text t = { (const unsigned char *)s, n };
  size_t from = i>SENTENCE_MAX ? i - SENTENCE_MAX : 0, len;
  for(size_t b=i; b>from; b--){        /* the sentence's start */
    if( (t.s[b-1] & 0xC0)!=0x80 && ends_sentence(t, b-1) ){ from = b; break; }
  }
  for(size_t b=from; b<i; b++){
    if( (t.s[b] & 0xC0)==0x80 ) continue;
    if( tn_date_word_at(loc, TN_DATE_FORECAST, (const char *)t.s, t.n, b, NULL) ) return 1;
    size_t e = tn_date_word_at(loc, TN_DATE_FUTURE, (const char *)t.s, t.n, b, NULL);
    if( !e ) continue;
    while( e<i && (t.s[e]==' ' || cp_at(t, e, &len)==0xA0) ) e += t.s[e]==' ' ? 1 : len;
    if( e==i ) return 1;
  }
  return 0;
}

/* Whether the text reports a month after `month` (it speaks of later
** months of the year), the year as a whole ("full year", "全年"), or last
** year ("last year", "去年"). */
static int reports_later(const tn_locale *loc, text t, int month){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  for(size_t i=0, len; i<t.n; i += len){
    cp_at(t, i, &len);
    if( (t.s[i] & 0xC0)==0x80 || !starts_word(t, i) ) continue;
    size_t end = i;
    int m;
    tn_date_word_info w;
    if( tn_date_word_at(loc, TN_DATE_FULLYEAR, (const char *)t.s, t.n, i, NULL) ) return 1;
    if( tn_date_word_at(loc, TN_DATE_RELATIVE, (const char *)t.s, t.n, i, &w)
        && w.unit==TN_UNIT_YEAR && w.offset==-1 ) return 1;      /* "last year" */
    if( f && match_month_name(f, t, &end, &m) && m>month + 1 ) return 1;
  }
  return 0;
}

int tn_year_of_writing(const tn_locale *loc, const char *s, size_t n, int month, int max_year){
  text t = { (const unsigned char *)s, n };
  int latest = 0;
  for(size_t i=0; i<n; i++){
    if( !is_digit_at(t, i) || (i>0 && is_digit_at(t, i-1)) ) continue;
    size_t k = i;
    int y;
    /* "2,021" or "2021.5" are numbers, not years. */
    if( read_number(t, &k, 4, &y)==4 && y>=1900 && y<=2099 && y>latest
        && !(k+1<n && (t.s[k]=='.' || t.s[k]==',') && is_digit_at(t, k+1))
        && !(i>=2 && (t.s[i-1]=='.' || t.s[i-1]==',') && is_digit_at(t, i-2))
        && (!max_year || y<=max_year) && !tn_year_is_target(loc, s, n, i) ){
      latest = y;
    }
    i = k;
  }
  /* In January or February a text that reports last year's whole year, or
  ** its later months, was written the year after. */
  if( latest && month<=2 && (!max_year || latest<max_year) && reports_later(loc, t, month) ) latest++;
  return latest;
}
