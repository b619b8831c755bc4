/*
** article.c: front matter, title, dateline and date of an article (see
** article.h).
*/
#include "article.h"
#include "dates.h"
#include "lang.h"
#include "places.h"
#include "utf8.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* data/agencies.txt, compiled in by tools/embed. */
extern const char tn_agencies_txt[];
extern const unsigned long tn_agencies_txt_len;

#define TITLE_MAX_CHARS 250   /* longer first lines are paragraphs */
#define HEAD_LINES 6          /* lines searched for a dateline or date */
#define DATELINE_ZONE 200     /* bytes of a line that may hold a dateline */
#define PLACE_MAX_BYTES 60

/* ---- small text helpers ------------------------------------------------ */

typedef struct { const char *s; size_t n; } span;

static int is_space_byte(char c){ return c==' ' || c=='\t' || c=='\n'; }

static span trim(span x){
  /* Trims ASCII space and the no-break and ideographic spaces. */
  for(;;){
    if( x.n && is_space_byte(x.s[0]) ){ x.s++; x.n--; continue; }
    if( x.n>=2 && (unsigned char)x.s[0]==0xC2 && (unsigned char)x.s[1]==0xA0 ){ x.s += 2; x.n -= 2; continue; }
    if( x.n>=3 && memcmp(x.s, "\xE3\x80\x80", 3)==0 ){ x.s += 3; x.n -= 3; continue; }
    break;
  }
  for(;;){
    if( x.n && is_space_byte(x.s[x.n-1]) ){ x.n--; continue; }
    if( x.n>=2 && (unsigned char)x.s[x.n-2]==0xC2 && (unsigned char)x.s[x.n-1]==0xA0 ){ x.n -= 2; continue; }
    if( x.n>=3 && memcmp(x.s+x.n-3, "\xE3\x80\x80", 3)==0 ){ x.n -= 3; continue; }
    break;
  }
  return x;
}

static char *dup_span(span x){
  char *s = malloc(x.n+1);
  if( s ){ memcpy(s, x.s, x.n); s[x.n] = 0; }
  return s;
}

static uint32_t cp_at(span x, size_t i, size_t *len){
  uint32_t cp;
  *len = tn_utf8_decode((const unsigned char *)x.s+i, x.n-i, &cp);
  return cp;
}


/* The line of text starting at *pos; *pos moves past its LF. */
static span next_line(const char *text, size_t n, size_t *pos){
  span line = { text+*pos, 0 };
  const char *nl = memchr(line.s, '\n', n-*pos);
  line.n = nl ? (size_t)(nl-line.s) : n-*pos;
  *pos += line.n + (nl!=NULL);
  return line;
}

/* ---- agencies ---------------------------------------------------------- */

#define MAX_AGENCIES 256
static span agencies[MAX_AGENCIES];
static int nagencies;
static pthread_once_t agencies_once = PTHREAD_ONCE_INIT;

static void load_agencies(void){
  size_t pos = 0;
  while( pos<tn_agencies_txt_len && nagencies<MAX_AGENCIES ){
    span line = trim(next_line(tn_agencies_txt, tn_agencies_txt_len, &pos));
    if( line.n && line.s[0]!='#' ) agencies[nagencies++] = line;
  }
}

/* Length of a case-insensitive match of name at x[0..), as a whole word. */
static size_t match_word_ci(span x, span name){
  size_t i = 0, j = 0, li, lj;
  while( j<name.n ){
    if( i>=x.n ) return 0;
    if( tn_fold(cp_at(x, i, &li))!=tn_fold(cp_at(name, j, &lj)) ) return 0;
    i += li;
    j += lj;
  }
  /* A word of a spaced script must end here; CJK may run on. */
  if( i<x.n && tn_is_spaced_letter(cp_at(x, i, &li)) ) return 0;
  return i;
}

int tn_agency_at(const char *text, size_t n, size_t *len){
  pthread_once(&agencies_once, load_agencies);
  span x = { text, n };
  size_t best = 0;
  for(int i=0; i<nagencies; i++){
    size_t m = match_word_ci(x, agencies[i]);
    if( m>best ) best = m;
  }
  *len = best;
  return best>0;
}

/* ---- front matter ------------------------------------------------------ */

static span unquote(span v){
  v = trim(v);
  if( v.n>=2 && (v.s[0]=='"' || v.s[0]=='\'') && v.s[v.n-1]==v.s[0] ){ v.s++; v.n -= 2; }
  return v;
}

/* Reads front matter if the text starts with a `---` line. Returns 0, or -1
** when out of memory. */
static int parse_front_matter(const char *text, size_t n, tn_article *a,
                              span *date, span *lang, span *locale){
  size_t pos = 0;
  span first = next_line(text, n, &pos);
  if( !(first.n==3 && memcmp(first.s, "---", 3)==0) ) return 0;
  span fields[32];
  int nfields = 0;
  int closed = 0;
  while( pos<n ){
    span line = next_line(text, n, &pos);
    if( line.n==3 && memcmp(line.s, "---", 3)==0 ){ closed = 1; break; }
    if( nfields<32 ) fields[nfields++] = line;
  }
  if( !closed ) return 0;   /* a rule line, not front matter */
  a->body_start = pos;
  for(int i=0; i<nfields; i++){
    const char *colon = memchr(fields[i].s, ':', fields[i].n);
    if( !colon ) continue;
    span key = trim((span){ fields[i].s, (size_t)(colon-fields[i].s) });
    span val = unquote((span){ colon+1, fields[i].n - (size_t)(colon+1-fields[i].s) });
    char **target = NULL;
    if( key.n==5 && strncasecmp(key.s, "title", 5)==0 ) target = &a->title;
    else if( key.n==6 && strncasecmp(key.s, "source", 6)==0 ) target = &a->source;
    else if( key.n==3 && strncasecmp(key.s, "url", 3)==0 ) target = &a->url;
    else if( key.n==4 && strncasecmp(key.s, "date", 4)==0 ) *date = val;
    else if( key.n==4 && strncasecmp(key.s, "lang", 4)==0 ) *lang = val;
    else if( key.n==6 && strncasecmp(key.s, "locale", 6)==0 ) *locale = val;
    if( target && val.n ){
      free(*target);
      if( !(*target = dup_span(val)) ) return -1;
    }
  }
  return 0;
}

/* ---- dateline ---------------------------------------------------------- */

static int is_separator(uint32_t cp){
  return cp==',' || cp==0xFF0C || cp=='-' || cp==0x2013 || cp==0x2014
      || cp==':' || cp==')' || cp==0xFF09 || cp=='|' || cp=='/';
}

/* The place is the last segment before the date that starts like a name
** (not with a lower-case word such as Vietnamese "ngày"). */
static span find_place(span before){
  span place = { NULL, 0 };
  size_t i = 0, seg = 0, len = 0;
  while( i<=before.n ){
    int end = i==before.n;
    if( !end ) end = is_separator(cp_at(before, i, &len));
    if( end ){
      span s = trim((span){ before.s+seg, i-seg });
      if( s.n ){
        size_t l0;
        uint32_t c0 = cp_at(s, 0, &l0);
        utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c0);
        if( cat!=UTF8PROC_CATEGORY_LL ) place = s;
      }
      if( i==before.n ) break;
      seg = i + len;
      i += len;
    }else{
      i += len;
    }
  }
  if( !place.n || place.n>PLACE_MAX_BYTES ) return (span){ NULL, 0 };
  for(size_t k=0; k<place.n; k++){
    char c = place.s[k];
    if( (c>='0' && c<='9') || c=='(' || c=='"' || c=='.' ) return (span){ NULL, 0 };
  }
  return place;
}

typedef struct {
  span source, place;
  tn_date date;
  size_t line_start;   /* offset of the dateline's line in the text */
} dateline;

/* Is line[0..) "(AGENCY)": a known agency or a name in capitals? */
static span paren_source(span line, size_t *after){
  span none = { NULL, 0 };
  size_t l;
  uint32_t open = cp_at(line, 0, &l);
  if( open!='(' && open!=0xFF08 ) return none;
  size_t i = l;
  while( i<line.n ){
    size_t len;
    uint32_t cp = cp_at(line, i, &len);
    if( cp==')' || cp==0xFF09 ){
      span name = trim((span){ line.s+l, i-l });
      size_t alen;
      int caps = name.n>=2;
      for(size_t k=0; k<name.n; k++){
        if( name.s[k]>='a' && name.s[k]<='z' ) caps = 0;
      }
      if( !caps && !(tn_agency_at(name.s, name.n, &alen) && alen==name.n) ) return none;
      *after = i+len;
      return name;
    }
    i += len;
  }
  return none;
}

static int parse_dateline(span line, const tn_locale *loc, dateline *d){
  span zone = { line.s, tn_utf8_cut(line.s, line.n, DATELINE_ZONE) };
  tn_date_match m;
  const tn_locale *english = tn_locale_english();
  if( !tn_find_date(loc, zone.s, zone.n, &m)
      && !(loc && loc!=english && tn_find_date(english, zone.s, zone.n, &m)) ){
    return 0;
  }
  span before = { zone.s, m.start };
  size_t lead = 0;
  while( lead<before.n && is_space_byte(before.s[lead]) ) lead++;
  before.s += lead;
  before.n -= lead;
  size_t after = 0, alen;
  d->source = paren_source(before, &after);
  if( !d->source.n && tn_agency_at(before.s, before.n, &alen) ){
    d->source = (span){ before.s, alen };
    after = alen;
  }
  before.s += after;
  before.n -= after;
  d->place = find_place(before);
  d->date = m.date;
  if( !d->source.n ){
    /* "BEIJING, Dec. 14 (Xinhua) --": the agency follows the date. */
    span rest = trim((span){ zone.s+m.end, zone.n-m.end });
    d->source = paren_source(rest, &after);
  }
  return d->place.n>0;
}

/* ---- the article ------------------------------------------------------- */

static void format_date(char out[32], tn_date d){
  snprintf(out, 32, "%04d-%02d-%02d", d.year, d.month, d.day);
}

/* A line that is a full date, maybe with a time: "2020-10-28 11:13:13". */
static int date_line(span line, const tn_locale *loc, tn_date *d){
  tn_date_match m;
  line = trim(line);
  if( !line.n || !tn_find_date(loc, line.s, line.n, &m) || m.start!=0 || !m.date.year ) return 0;
  for(size_t k=m.end; k<line.n; k++){
    char c = line.s[k];
    if( !((c>='0' && c<='9') || c==':' || c==' ' || c=='T' || c=='Z' || c=='+' || c=='.') ) return 0;
  }
  *d = m.date;
  return 1;
}

static int looks_like_title(span line){
  line = trim(line);
  if( !line.n || tn_utf8_count(line.s, line.n)>TITLE_MAX_CHARS ) return 0;
  if( tn_count_letters(line.s, line.n)<2 ) return 0;
  char last = line.s[line.n-1];
  if( last=='.' || last==':' || last==';' || last==',' ) return 0;
  if( line.n>=3 && memcmp(line.s+line.n-3, "\xE3\x80\x82", 3)==0 ) return 0;  /* 。 */
  return 1;
}

/* Appends a front-matter error to the article's. */
static void add_error(tn_article *a, const char *what, span value, const char *why){
  size_t have = strlen(a->error);
  snprintf(a->error + have, sizeof a->error - have, "%sfront matter: %s '%.*s' %s",
           have ? "; " : "", what, (int)(value.n>60 ? 60 : value.n), value.s, why);
}

/* The locale of a front-matter value, or NULL with the article's error. */
static const tn_locale *front_matter_locale(tn_article *a, const char *key, span value){
  char tag[64], err[160];
  if( value.n>=sizeof tag ){
    add_error(a, key, value, "is not a locale such as 'it' or 'es-MX'");
    return NULL;
  }
  memcpy(tag, value.s, value.n);
  tag[value.n] = 0;
  const tn_locale *loc = tn_locale_get(tag, err, sizeof err);
  if( !loc ) add_error(a, key, value, strncmp(err, "out of memory", 13)==0 ? "could not be read: out of memory"
                                      : "is not a language code ICU knows (expected 'it' or 'es-MX')");
  return loc;
}

int tn_article_parse(const char *text, size_t n, tn_article *a){
  memset(a, 0, sizeof *a);
  span fm_date = { NULL, 0 }, fm_lang = { NULL, 0 }, fm_locale = { NULL, 0 };
  if( parse_front_matter(text, n, a, &fm_date, &fm_lang, &fm_locale) ) return -1;
  const char *body = text + a->body_start;
  size_t body_n = n - a->body_start;

  /* The language and locale: a front-matter locale: or lang: line that
  ** states a region decides both; else the language is stated or detected,
  ** and its locale comes from the dateline below. */
  const tn_locale *stated = fm_locale.n ? front_matter_locale(a, "locale", fm_locale) : NULL;
  if( !stated && fm_lang.n ) stated = front_matter_locale(a, "lang", fm_lang);
  const tn_locale *loc = stated;
  if( stated && tn_locale_region(stated)[0] ){
    a->locale = stated;
    a->locale_how = "front matter";
  }
  if( !loc ){
    char err[160];
    const char *code = tn_detect_lang(body, body_n);
    if( code ) loc = tn_locale_get(code, err, sizeof err);
  }
  if( loc ) snprintf(a->lang, sizeof a->lang, "%s", tn_locale_language(loc));

  if( fm_date.n ){
    tn_date d;
    if( tn_parse_iso_date(fm_date.s, fm_date.n, &d) ){
      format_date(a->published, d);
      a->published_how = "front matter";
    }else{
      add_error(a, "date", fm_date, "is not a date like 2021-12-14");
    }
  }

  /* The head: the first few non-empty lines. */
  size_t pos = 0;
  int seen = 0, have_dateline = 0, have_title = a->title!=NULL;
  dateline dl;
  memset(&dl, 0, sizeof dl);
  tn_date stated_date = {0, 0, 0};
  while( pos<body_n && seen<HEAD_LINES ){
    span line = next_line(body, body_n, &pos);
    if( !trim(line).n ) continue;
    seen++;
    if( !have_dateline && parse_dateline(line, loc, &dl) ){
      have_dateline = 1;
      if( dl.date.year && !stated_date.year ) stated_date = dl.date;
    }else if( !stated_date.year && date_line(line, loc, &stated_date) ){
      /* stated_date now holds the date */
    }else if( seen==1 && !have_title && pos<body_n && looks_like_title(line) ){
      if( !(a->title = dup_span(trim(line))) ) return -1;
      have_title = 1;
    }
  }
  if( have_dateline ){
    if( !a->source && dl.source.n && !(a->source = dup_span(dl.source)) ) return -1;
    if( !(a->dateline = dup_span(dl.place)) ) return -1;
  }
  /* The dateline's country, where the language is official there. */
  char country[3];
  if( !a->locale && loc && have_dateline && tn_place_country(dl.place.s, dl.place.n, country) ){
    a->locale = tn_locale_in_country(loc, country);
    a->locale_how = a->locale ? "dateline" : NULL;
  }
  if( !a->locale && loc ){
    a->locale = loc;
    a->locale_how = "language";
  }
  if( !a->published_how ){
    if( stated_date.year ){
      format_date(a->published, stated_date);
      a->published_how = "stated";
    }else if( have_dateline ){
      tn_date d = dl.date;
      d.year = tn_latest_year(body, body_n);
      if( d.year && tn_date_is_valid(d) ){
        format_date(a->published, d);
        a->published_how = "dateline + year in text";
      }
    }
  }
  return 0;
}

void tn_article_free(tn_article *a){
  free(a->title);
  free(a->source);
  free(a->dateline);
  free(a->url);
  memset(a, 0, sizeof *a);
}
