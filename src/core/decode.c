/*
** decode.c: bytes of a file to clean UTF-8 (see decode.h).
*/
#include "decode.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <utf8proc.h>

/* Whether valid UTF-8 needs utf8proc_map(): a CR to fold, or text that
** is not NFC already (ICU's quick check: most text is, and skips the copy;
** text of characters that pass the check alone and do not combine, as
** tn_utf8_scan() counts them while it validates, is NFC without asking). */
static int needs_normalizing(const char *s, size_t n, int nfc_unsure){
  return memchr(s, '\r', n) || (nfc_unsure && !tn_is_nfc(s, n));
}

/* valid[0..*len), malloc()ed UTF-8 with no bad byte and no NUL, in NFC
** with LF line ends: valid itself when it already is (nearly always), else
** a new block (valid freed). NULL when out of memory. */
static char *normalized(char *valid, size_t *len, int nfc_unsure){
  if( !needs_normalizing(valid, *len, nfc_unsure) ) return valid;
  utf8proc_uint8_t *nfc = NULL;
  utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)valid,
      (utf8proc_ssize_t)*len, &nfc,
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_NLF2LF);
  free(valid);
  if( m<0 ) return NULL;  /* the input is valid, so only memory can fail */
  *len = (size_t)m;
  return (char *)nfc;
}

char *tn_clean_utf8(const char *s, size_t n, size_t *out_len){
  char *valid = tn_utf8_sanitize(s, n, out_len);
  return valid ? normalized(valid, out_len, 1) : NULL;
}

/* Convert from the ICU charset `name` to clean UTF-8 into out. */
static int convert(const char *name, const char *bytes, size_t n,
                   tn_decoded *out){
  if( n > (INT32_MAX-4)/3 ){ out->error = "file too large to convert"; return -1; }
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(name, &err);
  if( U_FAILURE(err) ){ out->error = "unsupported charset"; return -1; }
  /* UTF-8 needs at most 3 bytes per input byte for the charsets ICU's
  ** detector names (a 2-byte UTF-16 unit or 1 legacy byte → ≤3 bytes). */
  size_t cap = n*3 + 4;
  char *utf8 = malloc(cap);
  if( !utf8 ){ ucnv_close(cnv); out->error = "out of memory"; return -1; }
  int32_t m = ucnv_toAlgorithmic(UCNV_UTF8, cnv, utf8, (int32_t)cap,
                                 bytes, (int32_t)n, &err);
  ucnv_close(cnv);
  if( U_FAILURE(err) ){ free(utf8); out->error = "charset conversion failed"; return -1; }
  out->text = tn_clean_utf8(utf8, (size_t)m, &out->len);
  free(utf8);
  if( !out->text ){ out->error = "out of memory"; return -1; }
  return 0;
}

static const char *detect_charset(const char *bytes, size_t n){
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&err);
  const char *name = NULL;
  /* The detector looks at statistics; 64 KB is plenty and keeps huge files
  ** cheap. Names it returns are static ICU strings. */
  int32_t len = n > 65536 ? 65536 : (int32_t)n;
  ucsdet_setText(det, bytes, len, &err);
  const UCharsetMatch *m = ucsdet_detect(det, &err);
  if( U_SUCCESS(err) && m ) name = ucsdet_getName(m, &err);
  ucsdet_close(det);
  return U_SUCCESS(err) ? name : NULL;
}

int tn_decode(const char *bytes, size_t n, tn_decoded *out){
  return tn_decode_as(bytes, n, NULL, out);
}

/* The charset ICU should read for a stated one: what browsers read for it
** (GB2312 pages are GB18030, ISO-8859-1 ones windows-1252), or NULL when
** ICU does not know it. */
static const char *stated_charset(const char *charset){
  static const struct { const char *stated, *read; } supersets[] = {
    { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
    { "iso-8859-1", "windows-1252" }, { "us-ascii", "windows-1252" }, { "latin1", "windows-1252" },
  };
  for(size_t k=0; k<sizeof supersets/sizeof supersets[0]; k++){
    if( strcasecmp(charset, supersets[k].stated)==0 ) return supersets[k].read;
  }
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(charset, &err);
  ucnv_close(cnv);
  return U_SUCCESS(err) ? charset : NULL;
}

int tn_decode_as(const char *bytes, size_t n, const char *charset, tn_decoded *out){
  const unsigned char *b = (const unsigned char *)bytes;
  memset(out, 0, sizeof *out);
  static const struct { const char *name; unsigned char bom[4]; size_t len; } boms[] = {
    /* UTF-32LE before UTF-16LE: its BOM starts with the same two bytes. */
    { "UTF-32LE", {0xFF,0xFE,0x00,0x00}, 4 },
    { "UTF-32BE", {0x00,0x00,0xFE,0xFF}, 4 },
    { "UTF-8",    {0xEF,0xBB,0xBF,0},    3 },
    { "UTF-16LE", {0xFF,0xFE,0,0},       2 },
    { "UTF-16BE", {0xFE,0xFF,0,0},       2 },
  };
  for(size_t i=0; i<sizeof boms/sizeof boms[0]; i++){
    if( n>=boms[i].len && memcmp(b, boms[i].bom, boms[i].len)==0 ){
      strcpy(out->encoding, boms[i].name);
      return convert(boms[i].name, bytes+boms[i].len, n-boms[i].len, out);
    }
  }
  if( memchr(bytes, 0, n) ){
    out->error = "binary file (contains NUL bytes)";
    return -1;
  }
  const char *stated = charset ? stated_charset(charset) : NULL;
  if( stated && strcasecmp(stated, "utf-8")!=0 && strcasecmp(stated, "utf8")!=0 ){
    snprintf(out->encoding, sizeof out->encoding, "%s", stated);
    return convert(stated, bytes, n, out);
  }
  tn_utf8_stats st = tn_utf8_scan(bytes, n);
  /* Text that is mostly valid UTF-8 is UTF-8 with some damage: keep it and
  ** mark the damage with U+FFFD rather than reinterpret every character.
  ** (In legacy charsets a byte pair that happens to be valid UTF-8 is rare:
  ** an accented letter is followed by a plain letter, not a 0x80-0xBF.) */
  if( st.invalid==0 || st.multibyte>=st.invalid ){
    strcpy(out->encoding, "UTF-8");
    /* Scanned already, with no NUL: valid text is copied as it is. */
    char *valid = st.invalid ? tn_utf8_sanitize(bytes, n, &out->len) : malloc(n + 1);
    if( valid && !st.invalid ){
      memcpy(valid, bytes, n);
      valid[n] = 0;
      out->len = n;
    }
    out->text = valid ? normalized(valid, &out->len, st.nfc_unsure || st.invalid) : NULL;
    if( !out->text ){ out->error = "out of memory"; return -1; }
    return 0;
  }
  const char *name = detect_charset(bytes, n);
  if( !name ) name = "windows-1252";
  strncpy(out->encoding, name, sizeof out->encoding - 1);
  return convert(name, bytes, n, out);
}
