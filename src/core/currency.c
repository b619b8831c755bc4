/*
** currency.c: currency names, symbols and digits from ICU's CLDR data.
*/
#include "currency.h"
#include "fx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucurr.h>
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
