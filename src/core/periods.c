/*
** periods.c: date expressions as periods (see periods.h).
**
**   expression := [from] single [to (single | day number)]
**   single     := relative | day | month-year | quarter | year
*/
#include "periods.h"
#include "utf8.h"

#include <string.h>

/* ---- calendar arithmetic ------------------------------------------------ */

static int leap(int y){ return (y%4==0 && y%100!=0) || y%400==0; }

static int days_in_month(int y, int m){
  static const int days[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  return m==2 && leap(y) ? 29 : days[m-1];
}

static void set_days(tn_period *p, tn_date from, tn_date to){
  p->from = from;
  p->to = to;
  p->known = 1;
}

static void set_months(tn_period *p, int y, int m1, int m2){
  set_days(p, (tn_date){ y, m1, 1 }, (tn_date){ y, m2, days_in_month(y, m2) });
}

/* The period `offset` units from ref: "yesterday" is day -1, "last year"
** year -1; a week runs Monday to Sunday. */
static void set_relative(tn_period *p, const tn_date *ref, tn_date_word_info w){
  static const tn_grain grains[] = { TN_GRAIN_DAY, TN_GRAIN_WEEK, TN_GRAIN_MONTH, TN_GRAIN_QUARTER, TN_GRAIN_YEAR };
  p->grain = grains[w.unit];
  if( !ref ) return;
  long day = tn_day_number(*ref);
  int months = ref->year*12 + ref->month - 1;
  switch( w.unit ){
    case TN_UNIT_DAY:
      set_days(p, tn_date_of_day(day + w.offset), tn_date_of_day(day + w.offset));
      break;
    case TN_UNIT_WEEK: {
      long monday = day - (day + 3) % 7 + 7L*w.offset;   /* 1970-01-01 was a Thursday */
      set_days(p, tn_date_of_day(monday), tn_date_of_day(monday + 6));
      break;
    }
    case TN_UNIT_MONTH:
      months += w.offset;
      set_months(p, months/12, months%12 + 1, months%12 + 1);
      break;
    case TN_UNIT_QUARTER:
      months = months - months%3 + 3*w.offset;
      set_months(p, months/12, months%12 + 1, months%12 + 3);
      break;
    case TN_UNIT_YEAR:
      set_months(p, ref->year + w.offset, 1, 12);
      break;
  }
}

/* ---- the text ------------------------------------------------------------ */

typedef struct {
  const tn_locale *loc;
  const char *s;
  size_t n;
  const tn_date *ref;
} reader;

static int digit_at(const reader *r, size_t i){ return i<r->n && r->s[i]>='0' && r->s[i]<='9'; }

static size_t skip_spaces(const reader *r, size_t i){
  while( i<r->n && r->s[i]==' ' ) i++;
  return i;
}

/* A number of exactly `digits` digits at i standing alone (not inside a
** longer number, "2,021", "2021.5", "2021%"); its end, or 0. */
static size_t number_at(const reader *r, size_t i, int digits, int *value){
  size_t k = i;
  int v = 0;
  if( i>0 && (digit_at(r, i-1) || ((r->s[i-1]=='.' || r->s[i-1]==',') && i>1 && digit_at(r, i-2))) ) return 0;
  while( digit_at(r, k) && k - i<(size_t)digits ){ v = v*10 + (r->s[k] - '0'); k++; }
  if( k - i!=(size_t)digits || digit_at(r, k) ) return 0;
  if( k<r->n && (r->s[k]=='%' || ((r->s[k]=='.' || r->s[k]==',') && digit_at(r, k+1))) ) return 0;
  *value = v;
  return k;
}

static size_t word_at(const reader *r, tn_date_word kind, size_t i, tn_date_word_info *info){
  return tn_date_word_at(r->loc, kind, r->s, r->n, i, info);
}

/* Whether a word of that kind (before: "nel", "in") ends just before byte
** i, spaces between. */
static int word_before(const reader *r, tn_date_word kind, size_t i){
  size_t from = i>24 ? i - 24 : 0;
  for(size_t b=from; b<i; b++){
    tn_date_word_info w;
    if( (r->s[b] & 0xC0)==0x80 ) continue;
    size_t e = word_at(r, kind, b, &w);
    if( e && !w.after && skip_spaces(r, e)==i ) return 1;
  }
  return 0;
}

/* A year of four digits from 1900 to 2099 at i; its end, or 0. */
static size_t year_at(const reader *r, size_t i, int *year){
  size_t e = number_at(r, i, 4, year);
  return e && *year>=1900 && *year<=2099 ? e : 0;
}

/* A year said as one at i: after a year word ("nel 2021"), or before one
** ("2021年", whose end it includes); or any year when bare is set (inside
** a range opened by a "from" word). Its end, or 0. */
static size_t said_year_at(const reader *r, size_t i, int bare, int *year){
  size_t e = year_at(r, i, year);
  if( !e ) return 0;
  tn_date_word_info w;
  size_t after = word_at(r, TN_DATE_YEAR, e, &w);
  if( after && w.after ) return after;
  /* A target is a year too: "by 2030", "d'ici 2030". */
  return bare || word_before(r, TN_DATE_YEAR, i) || word_before(r, TN_DATE_FUTURE, i) ? e : 0;
}

/* A quarter or half at i: "Q3", "3Q", a quarter word ("primi tre
** trimestri"), with its year after it ("of 2021", "/2021", "2021") when
** said; a CJK year before it ("2021年前三季度") is read by the caller. */
static size_t quarter_at(const reader *r, size_t i, int *first, int *last){
  tn_date_word_info w;
  size_t e = word_at(r, TN_DATE_QUARTER, i, &w);
  if( e ){
    *first = w.first;
    *last = w.last;
    return e;
  }
  /* "Q3", "q3", "3Q" */
  if( i + 1<r->n && (r->s[i]=='Q' || r->s[i]=='q') && r->s[i+1]>='1' && r->s[i+1]<='4'
      && !digit_at(r, i+2) && (i==0 || !tn_is_spaced_letter((unsigned char)r->s[i-1])) ){
    *first = *last = r->s[i+1] - '0';
    return i + 2;
  }
  return 0;
}

/* The year of a quarter, after it: "of 2021", "del 2021", "/2021", "2021"
** (not "'21": two digits are too often something else). */
static size_t year_after_quarter(const reader *r, size_t i, int *year){
  size_t k = skip_spaces(r, i), e;
  if( k<r->n && (r->s[k]=='/' || r->s[k]=='-') ) k = skip_spaces(r, k + 1);
  else if( (e = word_at(r, TN_DATE_YEAR, k, NULL))!=0 ) k = skip_spaces(r, e);
  return year_at(r, k, year);
}

/* One date expression at i that is not a range. */
static size_t single_at(const reader *r, size_t i, int in_range, tn_period *p){
  tn_date_word_info w;
  tn_date_match m;
  tn_date d;
  size_t e;
  int first, last, year;
  memset(p, 0, sizeof *p);
  p->start = i;
  /* The ends of a range may have their year word: "tra il 2019 e il 2021". */
  if( in_range && (e = word_at(r, TN_DATE_YEAR, i, &w))!=0 && !w.after && digit_at(r, skip_spaces(r, e)) ){
    i = skip_spaces(r, e);
  }
  if( (e = word_at(r, TN_DATE_RELATIVE, i, &w))!=0 ){
    set_relative(p, r->ref, w);
    return p->end = e;
  }
  if( (e = quarter_at(r, i, &first, &last))!=0 ){
    size_t ye = year_after_quarter(r, e, &year);
    p->grain = TN_GRAIN_QUARTER;
    if( ye ) e = ye;
    else year = r->ref ? r->ref->year : 0;
    if( year ) set_months(p, year, 3*first - 2, 3*last);
    return p->end = e;
  }
  if( tn_date_at(r->loc, r->s, r->n, i, &m) ){
    /* Digits alone with no year are no date ("3/5 of them"), unless a date
    ** label says so ("ngày 15/2"). */
    if( m.date.year || tn_has_letters(r->s + m.start, m.end - m.start, 1) || word_before(r, TN_DATE_LABEL, i) ){
      p->grain = TN_GRAIN_DAY;
      d = m.date;
      if( !d.year && r->ref ) d.year = r->ref->year;
      p->from = p->to = d;           /* year 0 until one is said after it */
      p->known = d.year && tn_date_is_valid(d);
      return p->end = m.end;
    }
  }
  if( (e = tn_month_year_at(r->loc, r->s, r->n, i, &d))!=0 ){
    p->grain = TN_GRAIN_MONTH;
    set_months(p, d.year, d.month, d.month);
    return p->end = e;
  }
  if( (e = said_year_at(r, i, in_range, &year))!=0 ){
    size_t q = e;
    if( (q = quarter_at(r, e, &first, &last))!=0 ){     /* 2021年前三季度 */
      p->grain = TN_GRAIN_QUARTER;
      set_months(p, year, 3*first - 2, 3*last);
      return p->end = q;
    }
    p->grain = TN_GRAIN_YEAR;
    set_months(p, year, 1, 12);
    return p->end = e;
  }
  if( in_range && (e = tn_month_name_at(r->loc, r->s, r->n, i, &d.month))!=0 ){
    p->grain = TN_GRAIN_MONTH;           /* "from March" to May 2024: its year comes later */
    p->from.month = d.month;
    return p->end = e;
  }
  return 0;
}

/* Whether text[from..to) has a number of four digits: the year of a day. */
static int year_in(const reader *r, size_t from, size_t to){
  for(size_t k=from; k + 4<=to; k++){
    int y;
    if( number_at(r, k, 4, &y) ) return 1;
  }
  return 0;
}

/* The day number that opens "dal 3 al 5 marzo" or closes "Oct 15-24". */
static size_t day_number_at(const reader *r, size_t i, int *day){
  size_t e = number_at(r, i, 2, day);
  if( !e ) e = number_at(r, i, 1, day);
  if( e && e + 1<r->n && r->s[e]=='.' && r->s[e+1]==' ' ) e++;      /* "vom 3. bis 5. März" */
  return e && *day>=1 && *day<=31 && !(e<r->n && tn_is_spaced_letter((unsigned char)r->s[e])) ? e : 0;
}

/* The range word after i ("to", "al", "-"; only a dash when dash_only:
** "2021 e 2022" is two years, "2021-2022" a range), and where what follows
** it starts; 0 if none. */
static size_t to_after(const reader *r, size_t i, int dash_only){
  size_t k = skip_spaces(r, i), e = dash_only ? 0 : word_at(r, TN_DATE_TO, k, NULL);
  if( !e && k<r->n && r->s[k]=='-' ) e = k + 1;     /* "15-24" */
  return e ? skip_spaces(r, e) : 0;
}

/* Joins two ends into a range; an end that lacks its year or month takes
** the other's ("dal 3 al 5 marzo", "from March to May 2024"). */
static void join(tn_period *p, const tn_period *a, const tn_period *b, int a_day){
  p->grain = TN_GRAIN_RANGE;
  p->end = b->end;
  if( !b->known ) return;
  tn_date from = a->from;
  if( a_day ){                                  /* a day number before b's day */
    from = (tn_date){ b->from.year, b->from.month, a_day };
  }else if( !a->known && a->grain==TN_GRAIN_MONTH && a->from.month ){
    from = (tn_date){ b->from.year, a->from.month, 1 };
  }else if( !a->known ){
    return;
  }
  if( !tn_date_is_valid(from) || tn_day_number(from)>tn_day_number(b->to) ) return;
  set_days(p, from, b->to);
}

/* The expression at i, with its range when one follows. */
static size_t period_at(const reader *r, size_t i, tn_period *p){
  size_t e = word_at(r, TN_DATE_FROM, i, NULL), k, t;
  tn_period a, b;
  int day;
  if( e ){                                       /* "dal 3 al 5 marzo", "from March to May 2024" */
    k = skip_spaces(r, e);
    size_t de = day_number_at(r, k, &day);
    if( de && (t = to_after(r, de, 0))!=0 && single_at(r, t, 1, &b) && b.grain==TN_GRAIN_DAY ){
      memset(p, 0, sizeof *p);
      p->start = i;
      join(p, &b, &b, day);
      return p->end;
    }
    if( single_at(r, k, 1, &a) && (t = to_after(r, a.end, 0))!=0 && single_at(r, t, 1, &b) ){
      *p = a;
      p->start = i;
      join(p, &a, &b, 0);
      return p->end;
    }
  }
  if( !single_at(r, i, 0, p) ) return 0;
  if( p->grain==TN_GRAIN_MONTH && !p->known ) return 0;  /* a month name alone */
  int said_year = p->grain!=TN_GRAIN_DAY || year_in(r, p->start, p->end);
  /* "2023年3月至5月", "March 2023 to May": the other month of its year */
  if( p->grain==TN_GRAIN_MONTH && p->known && (t = to_after(r, p->end, 0))!=0
      && (k = tn_month_name_at(r->loc, r->s, r->n, t, &day))!=0 && day>p->from.month ){
    set_months(p, p->from.year, p->from.month, day);
    p->grain = TN_GRAIN_RANGE;
    p->end = k;
  }
  /* "Oct 15-24", "2021-2023" */
  if( (p->grain==TN_GRAIN_DAY || p->grain==TN_GRAIN_YEAR)
      && (t = to_after(r, p->end, p->grain==TN_GRAIN_YEAR))!=0 ){
    if( p->grain==TN_GRAIN_DAY && (k = day_number_at(r, t, &day))!=0 && day>p->from.day ){
      tn_date to = { p->from.year, p->from.month, day };
      if( !to.year || tn_date_is_valid(to) ){
        p->grain = TN_GRAIN_RANGE;
        p->to = to;
        p->end = k;
      }
    }else if( p->grain==TN_GRAIN_YEAR && single_at(r, t, 1, &b) && b.grain==TN_GRAIN_YEAR && b.known
              && b.from.year>p->from.year ){
      p->grain = TN_GRAIN_RANGE;
      p->to = b.to;
      p->end = b.end;
    }
  }
  /* A year said after the days: "Oct 15-24, 2023", "March 5, 2023". */
  int year;
  size_t k2 = p->end<r->n && r->s[p->end]==',' ? p->end + 1 : p->end, ye;
  if( !said_year && p->from.month && (ye = year_at(r, skip_spaces(r, k2), &year))!=0 ){
    p->from.year = p->to.year = year;
    p->end = ye;
    p->known = tn_date_is_valid(p->from) && tn_date_is_valid(p->to);
  }
  if( !p->known ) p->from = p->to = (tn_date){ 0, 0, 0 };
  return p->end;
}

int tn_find_periods(const tn_locale *loc, const char *s, size_t n, const tn_date *ref,
                    int (*found)(const tn_period *, void *), void *arg){
  reader r = { loc, s, n, ref };
  const tn_date_forms *forms = tn_locale_dates(loc ? loc : tn_locale_root());
  for(size_t i=0; i<n; ){
    uint32_t cp;
    size_t len = tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    /* Expressions start at a digit, a letter or Q; passed over inside words
    ** and at the letters none of them starts with. */
    int spaced = tn_is_spaced_letter(cp);
    int starts = (cp>='0' && cp<='9') || tn_is_letter(cp);
    if( starts && i>0 && spaced ){
      size_t b = i - 1;
      while( b>0 && ((unsigned char)s[b] & 0xC0)==0x80 ) b--;
      uint32_t prev;
      tn_utf8_decode((const unsigned char *)s + b, n - b, &prev);
      starts = !tn_is_spaced_letter(prev);
    }
    tn_period p;
    if( starts && tn_period_may_start(forms, cp) && period_at(&r, i, &p) ){
      int rc = found(&p, arg);
      if( rc ) return rc;
      i = p.end>i ? p.end : i + len;
      continue;
    }
    i += len;
    /* The ASCII letters after a letter of a spaced script go on its word:
    ** none starts an expression. */
    if( spaced ) while( i<n && (unsigned char)s[i]<0x80 && tn_is_letter((unsigned char)s[i]) ) i++;
  }
  return 0;
}

const char *tn_grain_name(tn_grain grain){
  static const char *const names[] = { "day", "week", "month", "quarter", "year", "range" };
  return names[grain];
}
