/*
** dates.c: dates written the way a language writes them (see dates.h).
*/
#include "dates.h"
#include "locale.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

enum { EL_DAY, EL_MONTH_NUM, EL_MONTH_NAME, EL_YEAR, EL_SPACE, EL_LITERAL };

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
#define NAME_MAX_CP 24
struct tn_date_forms {
  int npatterns;
  date_pattern patterns[6];
  /* Month names as lower-cased code points, 0 terminated, without a final
  ** abbreviation dot; months[m][f] for month m (0..11) and form f. */
  uint32_t months[12][MONTH_FORMS][NAME_MAX_CP];
};


/* ISO 8601 dates are read in every language, ahead of the CLDR forms. */
static const char *const skeletons[] = { "yMMMMd", "yMMMd", "yMd", "MMMMd", "MMMd", "Md" };

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
        out->el[out->n].kind = p[i]==' ' ? EL_SPACE : EL_LITERAL;
        out->el[out->n++].cp = tn_fold(p[i]);
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
      out->el[out->n++].cp = tn_fold(cp);
    }
  }
  return out->n>0 && out->n<MAX_ELS;
}

static void store_name(const UChar *s, int32_t n, uint32_t *out){
  int k = 0;
  for(int32_t i=0; i<n && k<NAME_MAX_CP-1; ){
    UChar32 cp;
    U16_NEXT(s, i, n, cp);
    out[k++] = tn_fold((uint32_t)cp);
  }
  while( k>0 && out[k-1]=='.' ) k--;
  out[k] = 0;
}

static void load_forms(const char *id, tn_date_forms *f){
  UErrorCode err = U_ZERO_ERROR;
  UDateTimePatternGenerator *gen = udatpg_open(id, &err);
  for(size_t s=0; U_SUCCESS(err) && s<sizeof skeletons/sizeof skeletons[0]; s++){
    UChar skel[16], pat[64];
    u_uastrcpy(skel, skeletons[s]);
    int32_t n = udatpg_getBestPattern(gen, skel, -1, pat, 64, &err);
    if( U_SUCCESS(err) && compile_pattern(pat, n, &f->patterns[f->npatterns]) ) f->npatterns++;
    err = U_ZERO_ERROR;
  }
  if( gen ) udatpg_close(gen);
  err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, id, NULL, 0, NULL, 0, &err);
  if( U_FAILURE(err) ) return;
  static const UDateFormatSymbolType forms[MONTH_FORMS] = {
    UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS
  };
  for(int m=0; m<12; m++){
    for(int k=0; k<MONTH_FORMS; k++){
      UChar name[64];
      err = U_ZERO_ERROR;
      int32_t n = udat_getSymbols(fmt, forms[k], m, name, 64, &err);
      if( U_SUCCESS(err) ) store_name(name, n, f->months[m][k]);
    }
  }
  udat_close(fmt);
}

tn_date_forms *tn_date_forms_build(const tn_locale *loc){
  tn_date_forms *f = calloc(1, sizeof *f);
  if( f ) load_forms(tn_locale_id(loc), f);
  return f;
}

void tn_date_forms_free(tn_date_forms *f){
  free(f);
}

/* ---- matching ---------------------------------------------------------- */

typedef struct { const unsigned char *s; size_t n; } text;

static uint32_t cp_at(text t, size_t i, size_t *len){
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
    if( k>=t.n || tn_fold(cp_at(t, k, &len))!=name[j] ) return 0;
    k += len;
  }
  if( k<t.n && tn_is_letter(cp_at(t, k, &len)) ) return 0;
  if( k<t.n && t.s[k]=='.' ) k++;
  *i = k;
  return 1;
}

static int match_month_name(const tn_date_forms *f, text t, size_t *i, int *month){
  /* Longest name first, so "luglio" is not taken for "lug". */
  size_t best = 0;
  for(int m=0; m<12; m++){
    for(int k=0; k<MONTH_FORMS; k++){
      size_t end = *i;
      if( match_name(t, &end, f->months[m][k]) && end>best ){ best = end; *month = m+1; }
    }
  }
  if( !best ) return 0;
  *i = best;
  return 1;
}

static void skip_space(text t, size_t *i){
  size_t len;
  for(uint32_t cp; *i<t.n && ((cp = cp_at(t, *i, &len))=='\t'
        || utf8proc_category((utf8proc_int32_t)cp)==UTF8PROC_CATEGORY_ZS); ) *i += len;
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

static size_t match_pattern(const tn_date_forms *f, const date_pattern *p, text t,
                            size_t start, tn_date *d){
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
        if( !match_month_name(f, t, &i, &d->month) ) return 0;
        break;
      case EL_YEAR:
        if( read_number(t, &i, 4, &d->year)!=4 ) return 0;
        break;
      case EL_SPACE:
        skip_space(t, &i);
        break;
      default:
        if( i>=t.n || tn_fold(cp_at(t, i, &len))!=el->cp ) return 0;
        i += len;
    }
  }
  return tn_date_is_valid(*d) ? i : 0;
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

int tn_find_date(const tn_locale *loc, const char *s, size_t n, tn_date_match *m){
  const tn_date_forms *f = tn_locale_dates(loc ? loc : tn_locale_root());
  text t = { (const unsigned char *)s, n };
  for(size_t i=0; i<n; ){
    size_t len;
    uint32_t prev = i ? 0 : ' ';
    if( i ){
      size_t back = i-1;
      while( back>0 && (t.s[back] & 0xC0)==0x80 ) back--;
      prev = cp_at(t, back, &len);
    }
    /* A date starts a word: not inside another word or number (CJK text
    ** runs straight into it: "新华社北京3月5日电"). */
    if( !tn_is_spaced_letter(prev) && !(prev>='0' && prev<='9') ){
      tn_date d;
      size_t end = match_iso(t, i, &d);
      for(int p=0; !end && f && p<f->npatterns; p++){
        end = match_pattern(f, &f->patterns[p], t, i, &d);
      }
      if( end ){
        m->date = d;
        m->start = i;
        m->end = end;
        return 1;
      }
    }
    cp_at(t, i, &len);
    i += len;
  }
  return 0;
}

int tn_latest_year(const char *s, size_t n){
  text t = { (const unsigned char *)s, n };
  int latest = 0;
  for(size_t i=0; i<n; i++){
    if( !is_digit_at(t, i) || (i>0 && is_digit_at(t, i-1)) ) continue;
    size_t k = i;
    int y;
    /* "2,021" or "2021.5" are numbers, not years. */
    if( read_number(t, &k, 4, &y)==4 && y>=1900 && y<=2099
        && !(k+1<n && (t.s[k]=='.' || t.s[k]==',') && is_digit_at(t, k+1))
        && !(i>=2 && (t.s[i-1]=='.' || t.s[i-1]==',') && is_digit_at(t, i-2))
        && y>latest ){
      latest = y;
    }
    i = k;
  }
  return latest;
}
