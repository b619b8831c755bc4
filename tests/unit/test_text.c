/* test_text.c: UTF-8 helpers, decoding, words and language. */
#include "check.h"
#include "core/decode.h"
#include "core/lang.h"
#include "core/utf8.h"
#include "core/words.h"

#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

/* Whether the character s[0..k) may make text not NFC, from ICU's
** properties one at a time: what tn_utf8_scan() counts as nfc_unsure. */
static int nfc_unsure(const unsigned char *s, size_t k){
  uint32_t cp;
  tn_utf8_decode(s, k, &cp);
  return cp>0xFFFF || u_getIntPropertyValue((UChar32)cp, UCHAR_NFC_QUICK_CHECK)!=UNORM_YES
      || u_getCombiningClass((UChar32)cp)!=0;
}

void test_utf8(void){
  CHECK_INT("utf8.seq.ascii", 1, tn_utf8_seq_len((const unsigned char *)"a", 1));
  CHECK_INT("utf8.seq.3byte", 3, tn_utf8_seq_len((const unsigned char *)"\xe2\x82\xac", 3));
  CHECK_INT("utf8.seq.overlong", 0, tn_utf8_seq_len((const unsigned char *)"\xc0\xaf", 2));
  CHECK_INT("utf8.seq.surrogate", 0, tn_utf8_seq_len((const unsigned char *)"\xed\xa0\x80", 3));
  CHECK_INT("utf8.seq.truncated", 0, tn_utf8_seq_len((const unsigned char *)"\xe2\x82", 2));
  CHECK_INT("utf8.count", 4, tn_utf8_count("caf\xc3\xa9", 5));
  CHECK_INT("utf8.cut.boundary", 3, tn_utf8_cut("caf\xc3\xa9", 5, 4));
  tn_utf8_stats st = tn_utf8_scan("\xc3\xa9\xff x \xe2\x82\xac", 9);
  CHECK_INT("utf8.scan.multibyte", 2, st.multibyte);
  CHECK_INT("utf8.scan.invalid", 1, st.invalid);
  CHECK_INT("utf8.scan.nfc-sure", 0, st.nfc_unsure);     /* é and € pass NFC's quick check */
  st = tn_utf8_scan("long ASCII runs, then e\xcc\x81 and \xc3\xa9", 32);
  CHECK_INT("utf8.scan.combining", 1, st.nfc_unsure);
  CHECK_INT("utf8.scan.after-run", 2, st.multibyte);
  /* The inline checks of two- and three-byte sequences agree with
  ** tn_utf8_seq_len() on pieces valid and not (overlong E0, surrogate ED,
  ** cut short, stray continuation), wherever they fall. */
  static const char *const pieces[] = { "a", "\xc3\xa9", "\xe1\xbb\x87", "\xe5\x85\x83", "\xef\xbc\x84",
    "\xe0\xa4\x95", "\xe0\x80\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xf0\x9f\x92\xb0", "\xe2\x82",
    "\x80", "\xc1\xbf", "\xcc\x81", "\xff" };
  char text[200];
  unsigned seed = 11;
  int agree = 1;
  for(int round=0; round<200; round++){
    size_t len = 0;
    while( len + 4 < sizeof text ){
      seed = seed*1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      memcpy(text + len, p, strlen(p));
      len += strlen(p);
    }
    len -= seed % 3;                      /* end inside a sequence too */
    tn_utf8_stats want = { 0, 0, 0 };
    for(size_t i=0; i<len; ){
      size_t k = tn_utf8_seq_len((const unsigned char *)text + i, len - i);
      if( k==0 ){ want.invalid++; i++; continue; }
      if( k>1 ){ want.multibyte++; want.nfc_unsure += nfc_unsure((const unsigned char *)text + i, k); }
      i += k;
    }
    tn_utf8_stats got = tn_utf8_scan(text, len);
    agree &= got.multibyte==want.multibyte && got.invalid==want.invalid && got.nfc_unsure==want.nfc_unsure;
  }
  CHECK("utf8.scan.agrees", agree);
  /* Every character of the Basic Multilingual Plane alone is counted as
  ** ICU's properties say; text of the others, however mixed, is NFC by
  ** ICU's normalizer. */
  int counted = 1, normal = 1;
  uint32_t sure[4096];
  size_t nsure = 0;
  for(uint32_t cp=0x80; cp<0x10000; cp++){
    unsigned char enc[4];
    size_t k = tn_utf8_encode(cp, enc);
    if( cp>=0xD800 && cp<=0xDFFF ) continue;
    int unsure = (int)tn_utf8_scan((const char *)enc, k).nfc_unsure;
    counted &= unsure==nfc_unsure(enc, k);
    if( !unsure && nsure<4096 && cp%16==seed%16 ) sure[nsure++] = cp;
  }
  for(int round=0; round<500; round++){
    size_t len = 0;
    while( len + 4 < sizeof text ){
      seed = seed*1103515245u + 12345u;
      len += tn_utf8_encode(sure[(seed >> 8) % nsure], (unsigned char *)text + len);
    }
    normal &= tn_utf8_scan(text, len).nfc_unsure==0 && tn_is_nfc(text, len);
  }
  CHECK("utf8.scan.nfc-unsure-as-icu", counted);
  CHECK("utf8.scan.nfc-sure-is-nfc", normal && nsure>1000);
  size_t n;
  char *s = tn_utf8_sanitize("a\xff" "b\0c", 5, &n);
  CHECK_STR("utf8.sanitize", "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c", s);
  CHECK_INT("utf8.sanitize.len", 9, n);
  free(s);
  /* Folding from the table, which holds only what changes: ASCII, Latin,
  ** Greek, full-width Latin, Cherokee (to U+AB70); CJK and digits as they
  ** are; beyond the table (Deseret) and cedilla forms as utf8proc says. */
  CHECK_INT("fold.ascii", 'a', tn_fold('A'));
  CHECK_INT("fold.latin", 0xE9, tn_fold(0xC9));             /* É */
  CHECK_INT("fold.greek", 0x3C9, tn_fold(0x3A9));           /* Ω */
  CHECK_INT("fold.fullwidth", 0xFF41, tn_fold(0xFF21));     /* Ａ */
  CHECK_INT("fold.cherokee", 0xAB70, tn_fold(0x13A0));
  CHECK_INT("fold.cjk", 0x5143, tn_fold(0x5143));           /* 元 */
  CHECK_INT("fold.digit", '7', tn_fold('7'));
  CHECK_INT("fold.deseret", 0x10428, tn_fold(0x10400));
  CHECK_INT("fold.romanian", 0x219, tn_fold(0x15E));        /* Ş as ș */
  /* Letters counted up to the k asked for. */
  CHECK("letters.enough", tn_has_letters("12 ab", 5, 2));
  CHECK("letters.too-few", !tn_has_letters("12 a.", 5, 2));
  CHECK("letters.other-scripts", tn_has_letters("\xe5\x85\x83 \xd0\xb4", 6, 2));
  CHECK("letters.none-asked", tn_has_letters("", 0, 0));
}

#define DECODE(name, bytes, text, encoding) check_decode(name, bytes, sizeof(bytes)-1, text, encoding)
static void check_decode(const char *name, const char *bytes, size_t n,
                         const char *want_text, const char *want_encoding){
  tn_decoded d;
  char label[96];
  int rc = tn_decode(bytes, n, &d);
  snprintf(label, sizeof label, "decode.%s.rc", name);
  CHECK_INT(label, 0, rc);
  snprintf(label, sizeof label, "decode.%s.text", name);
  CHECK_STR(label, want_text, d.text);
  snprintf(label, sizeof label, "decode.%s.encoding", name);
  CHECK_STR(label, want_encoding, d.encoding);
  free(d.text);
}

void test_decode(void){
  DECODE("ascii", "plain\n", "plain\n", "UTF-8");
  DECODE("bom", "\xef\xbb\xbfhi", "hi", "UTF-8");
  DECODE("crlf", "a\r\nb\rc\n", "a\nb\nc\n", "UTF-8");
  DECODE("nfc", "e\xcc\x81", "\xc3\xa9", "UTF-8");
  DECODE("utf16le", "\xff\xfeh\0\xe9\0", "h\xc3\xa9", "UTF-16LE");
  DECODE("utf16be", "\xfe\xff\0h\0\xe9", "h\xc3\xa9", "UTF-16BE");
  DECODE("utf32le", "\xff\xfe\0\0h\0\0\0", "h", "UTF-32LE");
  DECODE("damaged-utf8", "\xc3\xa9t\xc3\xa9 \xff", "\xc3\xa9t\xc3\xa9 \xef\xbf\xbd", "UTF-8");
  /* "Café “déjà vu” 5 € – naïve façade, très élégant" in windows-1252. */
  DECODE("windows-1252",
    "Caf\xe9 \x93" "d\xe9j\xe0 vu\x94 co\xfbte 5 \x80 \x96 na\xefve fa\xe7" "ade, tr\xe8s \xe9l\xe9gant.",
    "Caf\xc3\xa9 \xe2\x80\x9c" "d\xc3\xa9j\xc3\xa0 vu\xe2\x80\x9d co\xc3\xbbte 5 \xe2\x82\xac \xe2\x80\x93 na\xc3\xafve fa\xc3\xa7"
    "ade, tr\xc3\xa8s \xc3\xa9l\xc3\xa9gant.", "windows-1252");
  tn_decoded d;
  CHECK_INT("decode.binary.rc", -1, tn_decode("ab\0cd", 5, &d));
  CHECK_STR("decode.binary.error", "binary file (contains NUL bytes)", d.error);
  CHECK_INT("decode.empty.rc", 0, tn_decode("", 0, &d));
  CHECK_INT("decode.empty.len", 0, d.len);
  free(d.text);
}

void test_words_lang(void){
  CHECK_INT("words.english", 5, tn_count_words("Exports rose 5.2% in 2021.", 26));
  CHECK_INT("words.punctuation", 0, tn_count_words(" -- ... !", 9));
  const char *zh = "我国货物贸易进出口总值增长";
  CHECK(("words.chinese-by-word"), tn_count_words(zh, strlen(zh))>=4 && tn_count_words(zh, strlen(zh))<=8);
  const char *it = "Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.";
  CHECK_STR("lang.it", "it", tn_detect_lang(it, strlen(it)));
  const char *vi = "Thành phố dự kiến thu về 300 tỷ nhân dân tệ doanh thu vào năm 2025.";
  CHECK_STR("lang.vi", "vi", tn_detect_lang(vi, strlen(vi)));
  CHECK_STR("lang.too-short", NULL, tn_detect_lang("3 $", 3));
  CHECK_STR("lang.empty", NULL, tn_detect_lang("", 0));
}
