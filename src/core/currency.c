/*
** currency.c: currency names, symbols and digits from ICU's CLDR data; the
** names of one locale read along its chain of bundles (currency.h).
*/
#include "currency.h"
#include "fx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucurr.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

int tn_currency_name(const char *code, const char *locale, tn_currency_form form,
                     char *buf, size_t n){
  UChar iso[4];
  u_charsToUChars(code, iso, 4);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice;
  int32_t len;
  const UChar *name = ucurr_getName(iso, locale,
                                    form==TN_CURRENCY_SYMBOL ? UCURR_SYMBOL_NAME : UCURR_LONG_NAME,
                                    &is_choice, &len, &status);
  /* Without data ICU answers with the code itself and a warning. */
  if( U_FAILURE(status) || (status==U_USING_DEFAULT_WARNING && u_strncmp(name, iso, 4)==0) ){
    return 0;
  }
  u_strToUTF8(buf, (int32_t)n, NULL, name, len, &status);
  return U_SUCCESS(status) && status!=U_STRING_NOT_TERMINATED_WARNING;
}

/* The bundles of the chain, the locale's own first and root last (at most
** CHAIN_MAX: CLDR's are three or four long), with their own tables of
** names (NULL where a bundle has none). */
enum { CHAIN_MAX = 8 };
enum { NAMES, NARROW, PLURALS, NTABLES };
static const char *const table_keys[NTABLES] = {
  "Currencies",           /* code -> [symbol, long name] */
  "Currencies%narrow",    /* code -> narrow symbol */
  "CurrencyPlurals",      /* code -> count -> name */
};
#define CURRENCY_DATA U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "curr"

struct tn_currency_names {
  int from_default;        /* ICU has not the locale: its default locale's names */
  int n;
  struct {
    UResourceBundle *bundle;
    UResourceBundle *tables[NTABLES];
    int root;
  } chain[CHAIN_MAX];
  UResourceBundle *item;   /* what a lookup fills in */
};

static UResourceBundle *own_table(UResourceBundle *bundle, const char *key){
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *table = ures_getByKey(bundle, key, NULL, &st);
  if( U_SUCCESS(st) ) return table;
  ures_close(table);
  return NULL;
}

/* The parent of bundle (of locale id) in id: CLDR's where it names one
** ("es_419" for es_MX, "root" for zh_Hant), else id less its last part,
** else root. ICU 72 (Debian's) keeps CLDR's parents in the bundles
** (%%Parent); should a later one keep them elsewhere, the unit test that
** compares these names with ucurr's fails on es_MX, en_SG and zh_Hant. */
static void parent_of(UResourceBundle *bundle, char *id, size_t n){
  UErrorCode st = U_ZERO_ERROR;
  int32_t len;
  const UChar *parent = ures_getStringByKey(bundle, "%%Parent", &len, &st);
  if( U_SUCCESS(st) && len>0 && (size_t)len<n ){
    u_UCharsToChars(parent, id, len);
    id[len] = 0;
    return;
  }
  char up[ULOC_FULLNAME_CAPACITY];
  st = U_ZERO_ERROR;
  int32_t k = uloc_getParent(id, up, sizeof up, &st);
  snprintf(id, n, "%s", U_SUCCESS(st) && k>0 && k<(int32_t)sizeof up ? up : "root");
}

tn_currency_names *tn_currency_names_open(const char *locale){
  tn_currency_names *names = calloc(1, sizeof *names);
  if( !names ) return NULL;
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *first = ures_open(CURRENCY_DATA, locale, &st);
  names->from_default = st==U_USING_DEFAULT_WARNING;
  const char *actual = U_SUCCESS(st) ? ures_getLocaleByType(first, ULOC_ACTUAL_LOCALE, &st) : NULL;
  char id[ULOC_FULLNAME_CAPACITY];
  snprintf(id, sizeof id, "%s", U_SUCCESS(st) && actual ? actual : "");
  while( id[0] && names->n<CHAIN_MAX ){
    st = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(CURRENCY_DATA, id, &st);
    if( U_FAILURE(st) ){
      ures_close(bundle);
      break;
    }
    names->chain[names->n].bundle = bundle;
    for(int t=0; t<NTABLES; t++) names->chain[names->n].tables[t] = own_table(bundle, table_keys[t]);
    names->chain[names->n].root = strcmp(id, "root")==0;
    if( names->chain[names->n++].root ) break;
    parent_of(bundle, id, sizeof id);
  }
  ures_close(first);
  return names;
}

void tn_currency_names_close(tn_currency_names *names){
  if( !names ) return;
  for(int k=0; k<names->n; k++){
    for(int t=0; t<NTABLES; t++) ures_close(names->chain[k].tables[t]);
    ures_close(names->chain[k].bundle);
  }
  ures_close(names->item);
  free(names);
}

/* Item code of the first table of the kind along the chain that holds it,
** into names->item; the number of its link, or -1. */
static int find_item(tn_currency_names *names, int table, const char *code){
  for(int k=0; k<names->n; k++){
    UResourceBundle *t = names->chain[k].tables[table];
    UErrorCode st = U_ZERO_ERROR;
    if( !t ) continue;
    names->item = ures_getByKey(t, code, names->item, &st);
    if( U_SUCCESS(st) ) return k;
  }
  return -1;
}

/* CLDR's mark of a value that is not inherited: none. */
static int no_inheritance(const UChar *s, int32_t len){
  static const UChar marker[] = { 0x2205, 0x2205, 0x2205 };
  return len==3 && u_memcmp(s, marker, 3)==0;
}

/* A name found in link k of the chain, told as ucurr tells it: one of
** root's where the locale has none, or, on a first lookup (first), any
** name of a locale ICU has not, is the default's. */
static const UChar *found(const tn_currency_names *names, int k, int first, const UChar *s,
                          UErrorCode *status){
  if( (first && names->from_default) || (k>0 && names->chain[k].root) ) *status = U_USING_DEFAULT_WARNING;
  return s;
}

const UChar *tn_currency_names_get(tn_currency_names *names, const UChar *iso, UCurrNameStyle style,
                                   int32_t *len, UErrorCode *status){
  if( U_FAILURE(*status) ) return NULL;
  char code[4];
  u_UCharsToChars(iso, code, 3);
  code[3] = 0;
  int32_t choice = style;
  int k, first = 1;
  if( style==UCURR_NARROW_SYMBOL_NAME ){
    if( (k = find_item(names, NARROW, code))>=0 ){
      UErrorCode st = U_ZERO_ERROR;
      const UChar *s = ures_getString(names->item, len, &st);
      if( U_SUCCESS(st) && !no_inheritance(s, *len) ) return found(names, k, 1, s, status);
    }
    choice = UCURR_SYMBOL_NAME;      /* looked up afresh: not told as the default's */
    first = 0;
  }
  if( (k = find_item(names, NAMES, code))>=0 ){
    UErrorCode st = U_ZERO_ERROR;
    const UChar *s = ures_getStringByIndex(names->item, choice, len, &st);
    if( U_SUCCESS(st) ) return found(names, k, first, s, status);
  }
  *len = u_strlen(iso);
  *status = U_USING_DEFAULT_WARNING;
  return iso;
}

const UChar *tn_currency_names_plural(tn_currency_names *names, const UChar *iso, const char *count,
                                      int32_t *len, UErrorCode *status){
  if( U_FAILURE(*status) ) return NULL;
  char code[4];
  u_UCharsToChars(iso, code, 3);
  code[3] = 0;
  const char *counts[] = { count, "other" };
  for(int c=0; c<2; c++){
    for(int k=0; k<names->n; k++){
      UResourceBundle *t = names->chain[k].tables[PLURALS];
      UErrorCode st = U_ZERO_ERROR;
      if( !t ) continue;
      names->item = ures_getByKey(t, code, names->item, &st);
      const UChar *s = ures_getStringByKey(names->item, counts[c], len, &st);
      if( U_SUCCESS(st) && no_inheritance(s, *len) ) break;     /* none, and none inherited */
      if( U_SUCCESS(st) ) return found(names, k, c==0, s, status);   /* "other" looked up afresh */
    }
  }
  return tn_currency_names_get(names, iso, UCURR_LONG_NAME, len, status);
}

int tn_currency_digits(const char *code){
  UChar iso[4];
  u_charsToUChars(code, iso, 4);
  UErrorCode status = U_ZERO_ERROR;
  int digits = ucurr_getDefaultFractionDigits(iso, &status);
  return U_SUCCESS(status) ? digits : 2;
}

static int by_code(const void *a, const void *b){
  return memcmp(a, b, 4);
}

int tn_currency_is_iso(const char *s, size_t n){
  if( n!=3 ) return 0;
  int found = 0;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_ALL, &status);
  const char *code;
  int32_t len;
  while( !found && U_SUCCESS(status) && (code = uenum_next(e, &len, &status)) ){
    found = len==3 && strncasecmp(code, s, 3)==0;
  }
  uenum_close(e);
  return found;
}

int tn_currency_codes(char (*out)[4], int max){
  int n = 0;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  const char *code;
  int32_t len;
  while( U_SUCCESS(status) && n<max && (code = uenum_next(e, &len, &status)) && len==3 ){
    memcpy(out[n++], code, 4);
  }
  uenum_close(e);
  for(int i=0; i<tn_fx_ncurrencies && n<max; i++) memcpy(out[n++], tn_fx_currencies[i].code, 4);
  if( n<max ) memcpy(out[n++], "USD", 4);
  qsort(out, (size_t)n, 4, by_code);
  int unique = 0;
  for(int i=0; i<n; i++){
    if( unique==0 || memcmp(out[unique-1], out[i], 4)!=0 ) memcpy(out[unique++], out[i], 4);
  }
  return unique;
}
