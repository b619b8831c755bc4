/*
** article.c: front matter, title, dateline and date of an article (see
** article.h).
*/
#include "article.h"
#include "dates.h"
#include "lang.h"
#include "lexicon.h"
#include "periods.h"
#include "places.h"
#include "read/reader.h"
#include "utf8.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

/* data/agencies.txt, compiled in by tools/embed. */
extern const char tn_agencies_txt[];
extern const unsigned long tn_agencies_txt_len;

#define TITLE_MAX_CHARS 250   /* longer first lines are paragraphs */
#define HEAD_LINES 6          /* lines searched for a dateline or date */
#define DATELINE_ZONE 200     /* bytes of a line that may hold a dateline */
#define PLACE_MAX_BYTES 60
#define CJK_PLACE_MAX_CHARS 5   /* 乌鲁木齐, 呼和浩特: longer is a phrase */

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

/* The names of data/agencies.txt, each with its first character folded:
** most places asked begin no name, and are told so by that alone. */
typedef struct {
  span name;
  uint32_t first;
} agency;
static agency *agencies;
static int nagencies;
static pthread_once_t agencies_once = PTHREAD_ONCE_INIT;

static void load_agencies(void){
  size_t pos = 0, lines = 1, len;
  for(size_t i=0; i<tn_agencies_txt_len; i++) lines += tn_agencies_txt[i]=='\n';
  if( !(agencies = malloc(lines * sizeof *agencies)) ) return;
  while( pos<tn_agencies_txt_len ){
    span line = trim(next_line(tn_agencies_txt, tn_agencies_txt_len, &pos));
    if( line.n && line.s[0]!='#' ) agencies[nagencies++] = (agency){ line, tn_fold(cp_at(line, 0, &len)) };
  }
}

/* Freed when the library is unloaded. */
__attribute__((destructor)) static void free_agencies(void){
  free(agencies);
  agencies = NULL;
  nagencies = 0;
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
  size_t best = 0, first_len;
  uint32_t first = n ? tn_fold(cp_at(x, 0, &first_len)) : 0;
  for(int i=0; n && i<nagencies; i++){
    if( agencies[i].first!=first ) continue;
    size_t m = match_word_ci(x, agencies[i].name);
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
size_t tn_article_body_start(const char *text, size_t n){
  size_t pos = 0;
  span first = next_line(text, n, &pos);
  if( !(first.n==3 && memcmp(first.s, "---", 3)==0) ) return 0;
  while( pos<n ){
    span line = next_line(text, n, &pos);
    if( line.n==3 && memcmp(line.s, "---", 3)==0 ) return pos;
  }
  return 0;   /* never closed: a rule line, not front matter */
}

static int parse_front_matter(const char *text, size_t n, tn_article *a,
                              span *date, span *lang, span *locale){
  if( !(a->body_start = tn_article_body_start(text, n)) ) return 0;
  size_t pos = 0;
  span fields[32];
  int nfields = 0;
  next_line(text, n, &pos);               /* the opening --- */
  while( pos<a->body_start ){
    span line = next_line(text, n, &pos);
    if( pos<a->body_start && nfields<32 ) fields[nfields++] = line;
  }
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

/* ---- words and fillers ----------------------------------------------- */

/* Spaces, punctuation and symbols: what stands between the parts of a date
** line or a dateline (":", "：", "|", "·", "-", "–", ",", "(", "【", "+"). */
static int is_filler(uint32_t cp){
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return cp=='\t' || (c>=UTF8PROC_CATEGORY_PC && c<=UTF8PROC_CATEGORY_ZS);
}

static size_t skip_fillers(span x, size_t i){
  size_t len;
  while( i<x.n && is_filler(cp_at(x, i, &len)) ) i += len;
  return i;
}

/* The end of a date word of that kind at byte i of x (dates.h), or 0. */
static size_t word_at(const tn_locale *loc, tn_date_word kind, span x, size_t i){
  return tn_date_word_at(loc, kind, x.s, x.n, i, NULL);
}

/* The name after a source label ending at byte i: "Source: Reuters",
** "来源：新华网" give "Reuters", "新华网". */
static span source_after(span x, size_t i){
  span name = trim((span){ x.s + skip_fillers(x, i), x.n - skip_fillers(x, i) });
  for(size_t last, len; name.n; name.n = last){             /* "Reuters." */
    last = name.n - 1;
    while( last && (name.s[last] & 0xC0)==0x80 ) last--;
    if( !is_filler(cp_at(name, last, &len)) ) break;
  }
  if( name.n>PLACE_MAX_BYTES || !name.n ) return (span){ NULL, 0 };
  return name;
}

/* A line that is a source line, "Source: Reuters", "Nguồn: TTXVN". */
static span source_line(span line, const tn_locale *loc){
  line = trim(line);
  size_t i = skip_fillers(line, 0), e = word_at(loc, TN_DATE_SOURCE, line, i);
  return e ? source_after(line, e) : (span){ NULL, 0 };
}

/* ---- stated dates ------------------------------------------------------- */

#define STATED_LINE_MAX 200   /* longer lines are prose, not date lines */

/* A line that states a full date: labels, weekdays and punctuation before
** it ("Published: 7 March 2024", "Cập nhật: Thứ sáu, 3/3/2024", "Stand:
** 03.03.2024"), and after it nothing but a time and its zone ("10:32 GMT",
** "à 10h32", "14:05 Uhr", "T10:32:00+01:00"), a weekday, or a source
** ("10:32 来源：新华网", kept in *source). */
static int stated_date_line(span line, const tn_locale *loc, tn_date *d, span *source){
  line = trim(line);
  if( !line.n || line.n>STATED_LINE_MAX ) return 0;
  size_t i = 0, e, len;
  for(;;){
    i = skip_fillers(line, i);
    if( (e = word_at(loc, TN_DATE_LABEL, line, i))==0 && (e = tn_weekday_at(loc, line.s, line.n, i))==0 ) break;
    i = e;
  }
  const tn_locale *english = tn_locale_english();
  tn_date_match m;
  if( !tn_date_at(loc, line.s, line.n, i, &m) && !(loc!=english && tn_date_at(english, line.s, line.n, i, &m)) ){
    return 0;
  }
  if( !m.date.year ) return 0;
  for(i = m.end; i<line.n; ){
    uint32_t cp = cp_at(line, i, &len);
    int after_digit = i>0 && line.s[i-1]>='0' && line.s[i-1]<='9';
    if( is_filler(cp) || (cp>='0' && cp<='9') || (after_digit && (cp=='h' || cp=='T' || cp=='Z')) ){
      i += len;
    }else if( (e = word_at(loc, TN_DATE_SOURCE, line, i))!=0 ){
      *source = source_after(line, e);
      break;
    }else if( (e = word_at(loc, TN_DATE_TIME, line, i))!=0 || (e = tn_weekday_at(loc, line.s, line.n, i))!=0 ){
      i = e;
    }else{
      return 0;
    }
  }
  *d = m.date;
  return 1;
}

/* ---- datelines ---------------------------------------------------------- */

/* Whether p names a place: not a label, a weekday or a month, not a
** fragment of a sentence (at most four words, each of four letters or more
** with a capital first, as in "Ciudad de México", not "The order"; no
** digits or quotes), unless data/places.txt knows it. */
static int is_place(span p, const tn_locale *loc){
  char country[3];
  size_t len, words = 0, letters = 0;
  int month, capital = 0;
  if( !p.n || p.n>PLACE_MAX_BYTES ) return 0;
  if( tn_place_country(p.s, p.n, country) ) return 1;
  for(size_t k=0; k<=p.n; k += len){
    uint32_t cp = k<p.n ? cp_at(p, k, &len) : ' ';
    if( k==p.n ) len = 1;
    if( (cp>='0' && cp<='9') || cp=='"' || cp=='(' || cp==')' ) return 0;
    if( tn_is_spaced_letter(cp) ){
      utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
      if( !letters++ ) capital = c==UTF8PROC_CATEGORY_LU || c==UTF8PROC_CATEGORY_LT;
      continue;
    }
    if( letters && !capital && (letters>=4 || words==0) ) return 0;   /* "The order", "ngày" */
    words += letters>0;
    letters = 0;
  }
  /* CJK runs on without spaces: a place is a few characters ("北京"). */
  if( words>4 || (words==0 && tn_utf8_count(p.s, p.n)>CJK_PLACE_MAX_CHARS) ) return 0;
  return word_at(loc, TN_DATE_LABEL, p, 0)!=p.n && word_at(loc, TN_DATE_SOURCE, p, 0)!=p.n
      && tn_weekday_at(loc, p.s, p.n, 0)!=p.n && tn_month_name_at(loc, p.s, p.n, 0, &month)!=p.n;
}

static int is_separator(uint32_t cp){
  return cp==',' || cp==0xFF0C || cp=='-' || cp==0x2013 || cp==0x2014
      || cp==':' || cp==')' || cp==0xFF09 || cp=='|' || cp=='/';
}

/* Is line[0..) "(AGENCY)": a known agency or a name in capitals? */
static span paren_source(span line, size_t *after){
  span none = { NULL, 0 };
  size_t l;
  uint32_t open = line.n ? cp_at(line, 0, &l) : 0;
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

/* Whether segment s, between the place and the date, is a word that may
** stand there: a date label ("ngày") or a weekday ("lunedì"). */
static int goes_before_date(span s, const tn_locale *loc){
  return word_at(loc, TN_DATE_LABEL, s, 0)==s.n || tn_weekday_at(loc, s.s, s.n, 0)==s.n;
}

/* The place before a date: the first segment between separators, which
** must be a place, with a province in parentheses left out ("Guadalajara
** (Jalisco), 5 mar" gives "Guadalajara"); the segments after it may only
** be a label or a weekday ("HÀ NỘI, ngày 12/5"). An agency in the
** parentheses is the source. */
static span find_place(span before, const tn_locale *loc, span *source){
  span none = { NULL, 0 }, place = none;
  size_t i = 0, seg = 0, len = 0;
  while( i<=before.n ){
    int end = i==before.n, paren = 0;
    uint32_t cp = end ? 0 : cp_at(before, i, &len);
    if( cp=='(' || cp==0xFF08 ){                   /* "(Jalisco)", "(Reuters)" */
      size_t after;
      span agency = paren_source((span){ before.s + i, before.n - i }, &after);
      if( agency.n && !source->n ) *source = agency;
      paren = 1;
    }
    if( end || paren || is_separator(cp) ){
      span s = trim((span){ before.s+seg, i-seg });
      if( s.n ){
        if( !place.n && !is_place(s, loc) ) return none;
        if( place.n && !goes_before_date(s, loc) ) return none;
        if( !place.n ) place = s;
      }
      if( end ) break;
      while( paren && i<before.n && (cp = cp_at(before, i, &len))!=')' && cp!=0xFF09 ) i += len;
      if( i>=before.n ) break;
      seg = i + len;
    }
    i += len;
  }
  return place;
}

typedef struct {
  span source, place;
  tn_date date;        /* 0 day when the dateline gives none */
} dateline;

/* A dateline with no date: "Frankfurt/Main (Reuters) -", "PLACE (Agency):",
** "【東京共同】" (place and agency in brackets). */
static int place_only_dateline(span line, const tn_locale *loc, dateline *d){
  size_t l;
  if( line.n>=3 && cp_at(line, 0, &l)==0x3010 ){           /* 【 */
    size_t close = l, len;
    while( close<line.n && cp_at(line, close, &len)!=0x3011 ) close += len;   /* 】 */
    span inner = { line.s + l, close<line.n ? close - l : 0 };
    for(size_t p=0; p<inner.n; p += tn_utf8_seq_len((const unsigned char *)inner.s + p, inner.n - p)){
      size_t alen;
      if( tn_agency_at(inner.s + p, inner.n - p, &alen) && alen==inner.n - p ){
        span place = { inner.s, p };
        if( !is_place(place, loc) ) return 0;
        d->place = place;
        d->source = (span){ inner.s + p, alen };
        return 1;
      }
    }
    return 0;
  }
  const char *open = memchr(line.s, '(', line.n < PLACE_MAX_BYTES + 2 ? line.n : PLACE_MAX_BYTES + 2);
  if( !open ) return 0;
  span place = trim((span){ line.s, (size_t)(open - line.s) });
  while( place.n && place.s[place.n-1]==',' ) place.n--;
  size_t after;
  span rest = { open, line.n - (size_t)(open - line.s) };
  span agency = paren_source(rest, &after);
  /* A dash or a colon right after the agency opens the text. */
  size_t i = after;
  while( i<rest.n && rest.s[i]==' ' ) i++;
  uint32_t cp = i<rest.n ? cp_at(rest, i, &l) : 0;
  if( !agency.n || !(cp=='-' || cp==0x2013 || cp==0x2014 || cp==':') ) return 0;
  d->source = agency;
  if( place.n && !is_place(place, loc) ) return 0;
  d->place = place;
  return 1;
}

/* A dateline: "(XINHUA) - CANTON, 14 DIC -", "SHANGHAI, March 3, 2024
** (Reuters) -", "Guadalajara (Jalisco), 5 mar (EFE).-", "新华社北京3月5日电",
** "本报上海3月5日电", or one of place_only_dateline(). */
static int parse_dateline(span line, const tn_locale *loc, dateline *d){
  memset(d, 0, sizeof *d);
  line = trim(line);
  span zone = { line.s, tn_utf8_cut(line.s, line.n, DATELINE_ZONE) };
  tn_date_match m;
  const tn_locale *english = tn_locale_english();
  if( !tn_find_date(loc, zone.s, zone.n, &m) && !(loc && loc!=english && tn_find_date(english, zone.s, zone.n, &m)) ){
    return place_only_dateline(zone, loc, d) && d->place.n;
  }
  span before = { zone.s, m.start };
  size_t after = 0, alen;
  d->source = paren_source(before, &after);
  if( !d->source.n && tn_agency_at(before.s, before.n, &alen) ){
    d->source = (span){ before.s, alen };
    after = alen;
  }
  before.s += after;
  before.n -= after;
  span rest = trim(before);
  size_t e = word_at(loc, TN_DATE_PREFIX, rest, 0);      /* "本报" */
  if( e ){ before.s = rest.s + e; before.n = rest.n - e; }
  d->place = find_place(before, loc, &d->source);
  d->date = m.date;
  if( !d->source.n ){
    /* "BEIJING, Dec. 14 (Xinhua) --": the agency follows the date. */
    span tail = trim((span){ zone.s+m.end, zone.n-m.end });
    d->source = paren_source(tail, &after);
  }
  return d->place.n>0;
}

/* ---- the article ------------------------------------------------------- */

static void format_date(char out[32], tn_date d){
  snprintf(out, 32, "%04d-%02d-%02d", d.year, d.month, d.day);
}

static int looks_like_title(span line){
  line = trim(line);
  if( !line.n || tn_utf8_count(line.s, line.n)>TITLE_MAX_CHARS ) return 0;
  if( !tn_has_letters(line.s, line.n, 2) ) return 0;
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

#define BRIEF_MAX 400     /* bytes: a wire brief, whose dateline may outweigh its text */
#define LEAD_MAX 120      /* bytes before the dash that ends a brief's dateline */

/* How many word tokens of s[0..n) the locale's money lexicon knows ("de",
** "million", "euros" in French). */
static int known_words(const tn_locale *loc, const char *s, size_t n){
  const tn_lexicon *lx = tn_locale_lexicon(loc);
  tn_token t;
  int known = 0;
  for(size_t i=0; lx && tn_next_token(s, n, i, &t); i = t.end){
    known += t.type==TN_TOK_WORD && t.keylen && tn_lexicon_find(lx, t.key, t.keylen).term!=NULL;
  }
  return known;
}

/* A wire brief is too short for the detector alone: when the detected
** language reads no date in its first line, the languages of the dates
** data that read one there with a month name ("mars") compete, and the one
** whose money words the brief uses most ("de", "million", "euros") wins. */
const tn_locale *tn_article_language(const char *body, size_t n){
  char err[160], codes[32][12];
  const char *code = tn_detect_lang(body, n);
  const tn_locale *best = code ? tn_locale_get(code, err, sizeof err) : NULL;
  size_t line = strcspn(body, "\n");
  line = tn_utf8_cut(body, line<n ? line : n, LEAD_MAX);
  tn_date_match m;
  if( n>BRIEF_MAX || !best || tn_find_date(best, body, line, &m) ) return best;
  int langs = tn_date_languages(codes, 32), best_known = -1;
  for(int k=0; k<langs; k++){
    const tn_locale *loc = tn_locale_get(codes[k], err, sizeof err);
    if( !loc || !tn_find_date(loc, body, line, &m) || !tn_has_letters(body + m.start, m.end - m.start, 1) ) continue;
    int known = known_words(loc, body + m.end, n - m.end);
    if( known>best_known ){ best_known = known; best = loc; }
  }
  return best;
}

#define TAIL_LINES 3         /* last lines searched for a stated date or a source */

/* The front matter and the language: the first step of tn_article_parse(),
** all that tn_article_read_lang() takes. *loc is the language's locale
** (NULL when unknown), *fm_date the front matter's date: value. */
static int read_language(const char *text, size_t n, const tn_locale *markup, tn_article *a,
                         const tn_locale **language, span *fm_date){
  memset(a, 0, sizeof *a);
  span fm_lang = { NULL, 0 }, fm_locale = { NULL, 0 };
  fm_date->s = NULL;
  fm_date->n = 0;
  if( parse_front_matter(text, n, a, fm_date, &fm_lang, &fm_locale) ) return -1;
  const char *body = text + a->body_start;
  size_t body_n = n - a->body_start;

  /* The language and locale: a front-matter locale: or lang: line that
  ** states a region decides both; else the language is stated or detected,
  ** and its locale comes from the dateline below. */
  const tn_locale *stated = fm_locale.n ? front_matter_locale(a, "locale", fm_locale) : NULL;
  if( !stated && fm_lang.n ) stated = front_matter_locale(a, "lang", fm_lang);
  const char *stated_how = "front matter";
  if( !stated && markup ){
    stated = markup;
    stated_how = "markup";
  }
  const tn_locale *loc = stated;
  if( stated && tn_locale_region(stated)[0] ){
    a->locale = stated;
    a->locale_how = stated_how;
  }
  if( !loc ) loc = tn_article_language(body, body_n);
  if( loc ) snprintf(a->lang, sizeof a->lang, "%s", tn_locale_language(loc));
  *language = loc;
  return 0;
}

int tn_article_parse(const char *text, size_t n, long long mtime, const tn_locale *markup, tn_article *a){
  const tn_locale *loc;
  span fm_date;
  if( read_language(text, n, markup, a, &loc, &fm_date) ) return -1;
  const char *body = text + a->body_start;
  size_t body_n = n - a->body_start;

  if( fm_date.n ){
    tn_date d;
    /* A date, or a date-time: "2024-03-07T10:00:00Z", "2024-03-07 10:00". */
    size_t day = fm_date.n>10 && (fm_date.s[10]=='T' || fm_date.s[10]==' ') && fm_date.s[11]>='0' && fm_date.s[11]<='9'
                 ? 10 : fm_date.n;
    if( tn_parse_iso_date(fm_date.s, day, &d) ){
      format_date(a->published, d);
      a->published_how = "front matter";
    }else{
      add_error(a, "date", fm_date, "is not a date like 2021-12-14");
    }
  }

  /* The head: the first few non-empty lines; then the last few. */
  size_t pos = 0;
  int seen = 0, have_dateline = 0, have_title = a->title!=NULL;
  dateline dl;
  memset(&dl, 0, sizeof dl);
  tn_date stated_date = {0, 0, 0};
  span source = { NULL, 0 }, tail[TAIL_LINES];
  int ntail = 0;
  while( pos<body_n ){
    span line = next_line(body, body_n, &pos);
    if( !trim(line).n ) continue;
    if( seen>=HEAD_LINES ){              /* keep the last lines only */
      if( ntail==TAIL_LINES ){ memmove(tail, tail + 1, (TAIL_LINES - 1) * sizeof *tail); ntail--; }
      tail[ntail++] = line;
      continue;
    }
    seen++;
    span said = { NULL, 0 };
    if( !stated_date.year && stated_date_line(line, loc, &stated_date, &said) ){
      if( said.n && !source.n ) source = said;
    }else if( !have_dateline && parse_dateline(line, loc, &dl) ){
      have_dateline = 1;
      if( dl.date.year && !stated_date.year ) stated_date = dl.date;
    }else if( !source.n && (said = source_line(line, loc)).n ){
      source = said;
    }else if( seen==1 && !have_title && pos<body_n && looks_like_title(line) ){
      if( !(a->title = dup_span(trim(line))) ) return -1;
      have_title = 1;
    }
  }
  for(int k=0; k<ntail; k++){
    span said = { NULL, 0 };
    if( !stated_date.year && stated_date_line(tail[k], loc, &stated_date, &said) ){
      if( said.n && !source.n ) source = said;
    }else if( !source.n && (said = source_line(tail[k], loc)).n ){
      source = said;
    }
  }
  if( have_dateline && dl.source.n ) source = dl.source;
  if( !a->source && source.n && !(a->source = dup_span(source)) ) return -1;
  if( have_dateline && !(a->dateline = dup_span(dl.place)) ) return -1;

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
    }else if( have_dateline && dl.date.month ){
      /* The year of a day-and-month dateline, never after the file's mtime. */
      struct tm tm = { 0 };
      time_t t = (time_t)mtime;
      int max_year = mtime && gmtime_r(&t, &tm) ? tm.tm_year + 1900 : 0;
      tn_date d = dl.date;
      d.year = tn_year_of_writing(loc, body, body_n, d.month, max_year);
      int after_mtime = max_year && (d.year*10000 + d.month*100 + d.day)
                                    > (max_year*10000 + (tm.tm_mon + 1)*100 + tm.tm_mday);
      if( d.year && tn_date_is_valid(d) && !after_mtime ){
        format_date(a->published, d);
        a->published_how = "dateline + year in text";
      }
    }
  }
  return 0;
}

/* ---- the period an article reports on ---------------------------------- */

typedef struct {
  const tn_locale *loc;
  const char *s;
  size_t n;
  tn_date until;        /* year 0: no bound */
  int strict;           /* until is the article's date: the period ends before it */
  tn_period best;
  int found;
} period_search;

static long date_key(tn_date d){ return d.year*10000L + d.month*100 + d.day; }

static int keep_latest_past(const tn_period *p, void *arg){
  period_search *ps = arg;
  if( !p->known || tn_year_is_target(ps->loc, ps->s, ps->n, p->start) ) return 0;
  /* Not after the bound; before the article's own date, not on it. */
  if( ps->until.year && date_key(p->to)>date_key(ps->until) - ps->strict ) return 0;
  if( !ps->found || date_key(p->to)>date_key(ps->best.to) ) ps->best = *p;
  ps->found = 1;
  return 0;
}

void tn_article_period(const char *body, size_t n, const tn_article *a, long long mtime, char out[16]){
  out[0] = 0;
  if( !a->locale ) return;
  period_search ps = { a->locale, body, n, { 0, 0, 0 }, 0, { 0 }, 0 };
  tn_date published, *ref = NULL;
  if( a->published[0] && tn_parse_iso_date(a->published, 10, &published) ){
    ps.until = published;
    ps.strict = 1;
    ref = &published;
  }else if( mtime ){
    struct tm tm;
    time_t t = (time_t)mtime;
    if( gmtime_r(&t, &tm) ) ps.until = (tn_date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
  }
  tn_find_periods(a->locale, body, n, ref, keep_latest_past, &ps);
  if( !ps.found ) return;
  tn_date d = ps.best.to;
  if( ps.best.grain==TN_GRAIN_DAY || ps.best.grain==TN_GRAIN_WEEK ) snprintf(out, 16, "%04d-%02d-%02d", d.year, d.month, d.day);
  else if( ps.best.grain==TN_GRAIN_YEAR ) snprintf(out, 16, "%04d", d.year);
  else snprintf(out, 16, "%04d-%02d", d.year, d.month);
}

/* A copy of s into *slot when the slot is empty; 0 when out of memory. */
static int fill(char **slot, const char *s){
  if( *slot || !s ) return 1;
  return (*slot = strdup(s))!=NULL;
}

/* The locale a record's format states (an HTML page's lang), or NULL. */
static const tn_locale *markup_locale(const tn_record *rec){
  char err[160];
  return rec->lang ? tn_locale_get(rec->lang, err, sizeof err) : NULL;
}

int tn_article_read_lang(const tn_record *rec, char lang[16]){
  tn_article a;
  const tn_locale *loc;
  span fm_date;
  lang[0] = 0;
  if( !rec->doc.text ) return 0;
  int rc = read_language(rec->doc.text, rec->doc.len, markup_locale(rec), &a, &loc, &fm_date);
  memcpy(lang, a.lang, sizeof a.lang);
  tn_article_free(&a);
  return rc;
}

int tn_article_read(const tn_record *rec, long long mtime, tn_article *a){
  memset(a, 0, sizeof *a);
  if( !rec->doc.text ) return 0;
  if( tn_article_parse(rec->doc.text, rec->doc.len, mtime, markup_locale(rec), a) ) return -1;
  /* What the format states beats what the text suggests, not front matter. */
  if( rec->title && (!a->title || a->body_start==0) ){
    free(a->title);
    if( !(a->title = strdup(rec->title)) ) return -1;
  }
  if( rec->published[0] && (!a->published_how || strcmp(a->published_how, "front matter")!=0) ){
    snprintf(a->published, sizeof a->published, "%s", rec->published);
    a->published_how = rec->published_how;
  }else if( !a->published_how && rec->fetched[0] ){
    snprintf(a->published, sizeof a->published, "%s", rec->fetched);
    a->published_how = "fetched";
  }
  return fill(&a->url, rec->url) && fill(&a->source, rec->source) ? 0 : -1;
}

void tn_article_free(tn_article *a){
  free(a->title);
  free(a->source);
  free(a->dateline);
  free(a->url);
  memset(a, 0, sizeof *a);
}
