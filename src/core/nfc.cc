/*
** nfc.cc: whether UTF-8 is already in NFC, by ICU's Normalizer2 (C++: the C
** API checks UTF-16 only). Nearly all news text is NFC already; this check
** runs at about a GB/s, where normalizing what needs none costs a copy.
*/
#include <climits>
#include <cstdint>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "decode.h"

extern "C" int tn_is_nfc(const char *s, size_t n){
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
  if( U_FAILURE(status) || n>INT32_MAX ) return 0;
  UBool yes = nfc->isNormalizedUTF8(icu::StringPiece(s, (int32_t)n), status);
  return U_SUCCESS(status) && yes;
}
