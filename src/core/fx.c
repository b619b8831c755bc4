/*
** fx.c: rate lookup in the compiled exchange-rate table, and the date forms
** a lookup accepts. See fx.h for the rules.
*/
#include "fx.h"
#include "dates.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A code as one number, so the search compares integers. */
static uint32_t code_key(const char *s){
  return (uint32_t)(unsigned char)s[0]<<16 | (uint32_t)(unsigned char)s[1]<<8 | (unsigned char)s[2];
}

int tn_fx_find(const char *s, size_t n){
  if( n!=3 ) return -1;
  char code[3];
  for(int i=0; i<3; i++){
    char ch = s[i];
    if( ch>='a' && ch<='z' ) ch = (char)(ch - 'a' + 'A');
    if( ch<'A' || ch>'Z' ) return -1;
    code[i] = ch;
  }
  uint32_t key = code_key(code);
  if( key==code_key("USD") ) return TN_FX_USD;
  int lo = 0, hi = tn_fx_ncurrencies - 1;
  while( lo<=hi ){
    int mid = (lo + hi)/2;
    uint32_t k = code_key(tn_fx_currencies[mid].code);
    if( k==key ) return mid;
    if( key<k ) hi = mid-1; else lo = mid+1;
  }
  return -1;
}

/* ---- dates ---- */

/* The day of a day number into w. */
static void set_day(tn_when *w, long days){
  tn_date d = tn_date_of_day(days);
  w->year = d.year;
  w->month = d.month;
  w->day = d.day;
}

/* n digits at s[*i], advancing *i; -1 when they are not all there. */
static int digits(const char *s, size_t len, size_t *i, int n){
  int v = 0;
  for(int k=0; k<n; k++, (*i)++){
    if( *i>=len || s[*i]<'0' || s[*i]>'9' ) return -1;
    v = v*10 + s[*i]-'0';
  }
  return v;
}

int tn_when_from_julian(double jd, tn_when *w){
  /* 1721425.5 is 0001-01-01, 5373484.5 is 10000-01-01. */
  if( !(jd>=1721425.5 && jd<5373484.5) ) return 0;
  long day = (long)floor(jd + 0.5) - 2440588;   /* 2440587.5 is 1970-01-01 */
  w->kind = TN_WHEN_DAY;
  set_day(w, day);
  return 1;
}

/* A Julian day number written as text: digits with an optional fraction. */
static int parse_julian(const char *s, size_t n, tn_when *w){
  char buf[32];
  if( n==0 || n>=sizeof buf ) return 0;
  int dot = 0;
  for(size_t i=0; i<n; i++){
    if( s[i]=='.' && !dot ) dot = 1;
    else if( s[i]<'0' || s[i]>'9' ) return 0;
  }
  memcpy(buf, s, n);
  buf[n] = 0;
  return tn_when_from_julian(strtod(buf, NULL), w);
}

#define BAD_TIME (-100000)

/* Time of day after a date: "HH:MM[:SS[.fff]]" then an optional zone.
** Returns the time in UTC as minutes from the day's start (negative or past
** 24h when the zone moves it to another day), or BAD_TIME. */
static int parse_time_zone(const char *s, size_t n, size_t i){
  int hh = digits(s, n, &i, 2);
  if( hh<0 || hh>23 || i>=n || s[i]!=':' ) return BAD_TIME;
  i++;
  int mm = digits(s, n, &i, 2);
  if( mm<0 || mm>59 ) return BAD_TIME;
  if( i<n && s[i]==':' ){
    i++;
    int ss = digits(s, n, &i, 2);
    if( ss<0 || ss>59 ) return BAD_TIME;
    if( i<n && s[i]=='.' ){
      i++;
      if( i>=n || s[i]<'0' || s[i]>'9' ) return BAD_TIME;
      while( i<n && s[i]>='0' && s[i]<='9' ) i++;
    }
  }
  int shift = 0;
  while( i<n && s[i]==' ' ) i++;
  if( i<n && (s[i]=='Z' || s[i]=='z') ){
    i++;
  }else if( i<n && (s[i]=='+' || s[i]=='-') ){
    int sign = s[i]=='+' ? -1 : 1;    /* +02:00 is two hours ahead of UTC */
    i++;
    int zh = digits(s, n, &i, 2);
    if( zh<0 || zh>14 || i>=n || s[i]!=':' ) return BAD_TIME;
    i++;
    int zm = digits(s, n, &i, 2);
    if( zm<0 || zm>59 ) return BAD_TIME;
    shift = sign*(zh*60 + zm);
  }
  if( i!=n ) return BAD_TIME;
  return hh*60 + mm + shift;
}

int tn_parse_when(const char *s, size_t n, tn_when *w){
  while( n && s[0]==' ' ){ s++; n--; }
  while( n && s[n-1]==' ' ) n--;
  size_t i = 0;
  int year = digits(s, n, &i, 4);
  if( year<0 || (i<n && s[i]!='-') ) return parse_julian(s, n, w);
  if( i==n ){
    if( year<1 ) return 0;
    *w = (tn_when){ TN_WHEN_YEAR, year, 0, 0 };
    return 1;
  }
  i++;
  int month = digits(s, n, &i, 2);
  if( month<1 || month>12 ) return 0;
  if( i==n ){
    if( year<1 ) return 0;
    *w = (tn_when){ TN_WHEN_MONTH, year, month, 0 };
    return 1;
  }
  if( s[i]!='-' ) return 0;
  i++;
  int day = digits(s, n, &i, 2);
  if( day<1 || !tn_date_is_valid((tn_date){ year, month, day }) ) return 0;
  *w = (tn_when){ TN_WHEN_DAY, year, month, day };
  if( i==n ) return 1;
  if( s[i]!=' ' && s[i]!='T' && s[i]!='t' ) return 0;
  while( i<n && s[i]==' ' ) i++;
  if( i<n && (s[i]=='T' || s[i]=='t') ) i++;
  int minutes = parse_time_zone(s, n, i);
  if( minutes==BAD_TIME ) return 0;
  /* The day in UTC: a zone can move it by one either way. */
  long days = tn_day_number((tn_date){ year, month, day });
  if( minutes<0 ) days--;
  else if( minutes>=24*60 ) days++;
  set_day(w, days);
  return 1;
}

/* ---- rates ---- */

static double month_rate(const tn_fx_currency *c, int m){
  if( m<c->first_month || m>=c->first_month + c->n_months ) return NAN;
  double r = tn_fx_month_rate[c->month_at + (uint32_t)(m - c->first_month)];
  return r>0 ? r : NAN;
}

/* The daily rate of day `day` of month m, or NaN: a short scan of the
** month's own days. */
static double day_rate(const tn_fx_currency *c, int m, int day){
  uint32_t k = (uint32_t)(m - c->first_month);
  uint32_t lo = tn_fx_month_day_at[c->month_at + k];
  uint32_t hi = k+1<c->n_months ? tn_fx_month_day_at[c->month_at + k + 1] : c->n_days;
  for(uint32_t i=lo; i<hi; i++){
    if( tn_fx_day[c->day_at + i]==day ) return tn_fx_day_rate[c->day_at + i];
  }
  return NAN;
}

/* The month number m as a tn_when of kind TN_WHEN_MONTH. */
static tn_when month_when(int m){
  return (tn_when){ TN_WHEN_MONTH, m/12, m%12 + 1, 0 };
}

double tn_fx_rate_used(int cur, tn_when w, tn_when *used){
  tn_when ignored;
  if( !used ) used = &ignored;
  *used = w;
  if( cur==TN_FX_USD ) return 1.0;
  if( cur<0 || cur>=tn_fx_ncurrencies ) return NAN;
  const tn_fx_currency *c = &tn_fx_currencies[cur];
  int last = c->first_month + c->n_months - 1;
  int first = w.kind==TN_WHEN_YEAR ? w.year*12 : w.year*12 + w.month - 1;
  if( w.kind==TN_WHEN_LATEST || first>last ){
    if( c->successor>=0 ){
      return c->units_per_successor * tn_fx_rate_used(c->successor, w, used);
    }
    *used = month_when(last);
    return month_rate(c, last);
  }
  switch( w.kind ){
    case TN_WHEN_DAY: {
      if( first<c->first_month ) return NAN;
      double r = day_rate(c, first, w.day);
      if( !isnan(r) ) return r;
      *used = month_when(first);
      return month_rate(c, first);
    }
    case TN_WHEN_MONTH:
      return month_rate(c, first);
    default: {
      /* A year: the mean of its months up to the currency's last. A year
      ** that starts before the first month or has a gap has no mean. */
      double sum = 0;
      int n = 0;
      for(int m=first; m<first+12 && m<=last; m++){
        double r = month_rate(c, m);
        if( isnan(r) ) return NAN;
        sum += r;
        n++;
      }
      return n ? sum/n : NAN;
    }
  }
}

double tn_fx_units_per_usd(int cur, tn_when w){
  return tn_fx_rate_used(cur, w, NULL);
}

void tn_fx_month_text(int m, char buf[8]){
  int y = m/12, mo = m%12 + 1;
  buf[0] = (char)('0' + y/1000%10);
  buf[1] = (char)('0' + y/100%10);
  buf[2] = (char)('0' + y/10%10);
  buf[3] = (char)('0' + y%10);
  buf[4] = '-';
  buf[5] = (char)('0' + mo/10);
  buf[6] = (char)('0' + mo%10);
  buf[7] = 0;
}
