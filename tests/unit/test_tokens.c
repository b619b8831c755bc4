/* test_tokens.c: cutting text into tokens, their folded keys, and the
** lexicon's opener bits that let the money reader pass most of them over. */
#include "check.h"
#include "core/lexicon.h"
#include "core/tokens.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

/* The tokens of text as "key/type key/type …" (type: n, w or c; a key that
** does not fit shows as "-"), each checked against its span in text. */
static const char *cut(const char *text){
  static char out[1024];
  size_t n = strlen(text), o = 0;
  tn_token t;
  out[0] = 0;
  for(size_t i=0; tn_next_token(text, n, i, &t); i = t.end){
    if( t.end<=t.start || t.end>n ) return "bad span";
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%s/%c", o ? " " : "",
                          t.keylen ? t.key : "-", "nwc"[t.type]);
  }
  return out;
}

void test_tokens(void){
  CHECK_STR("tokens.words", "the/w deal/w ,/c worth/w 5/n million/w", cut("The DEAL, worth 5 MILLION"));
  /* Words of 7, 8 and 9 letters: one step of 8 bytes, and past it. */
  CHECK_STR("tokens.lengths", "seventy/w eighteen/w nineteens/w", cut("Seventy Eighteen NINETEENS"));
  /* Fewer than 8 bytes left: the end of the text is not read past. */
  CHECK_STR("tokens.end", "a/w b/w usd/w", cut("a b USD"));
  CHECK_STR("tokens.end.1", "x/w", cut("x"));
  /* Letters that are not ASCII go on a word and fold: Việt, ĐỒNG, Café. */
  CHECK_STR("tokens.latin", "vi\xe1\xbb\x87t/w \xc4\x91\xe1\xbb\x93ng/w caf\xc3\xa9/w",
            cut("Vi\xe1\xbb\x87t \xc4\x90\xe1\xbb\x92NG Caf\xc3\xa9"));
  /* A word too long for a key is still one token. */
  CHECK_STR("tokens.long", "-/w ok/w", cut("Pneumonoultramicroscopicsilicovolcanoconiosis ok"));
  /* Numbers keep their separators; full-width forms read as ASCII. */
  CHECK_STR("tokens.numbers", "1.234,5/n usd/w 12,34,567.89/n",
            cut("1.234,5 USD 12,34,567.89"));
  CHECK_STR("tokens.fullwidth", "$/c 12/n", cut("\xef\xbc\x84\xef\xbc\x91\xef\xbc\x92"));
  /* CJK characters are tokens of their own; the katakana middle dot is a space. */
  CHECK_STR("tokens.cjk", "5/n \xe4\xba\xbf/c \xe5\x85\x83/c", cut("5\xe4\xba\xbf\xe5\x85\x83"));
  /* Each key its three bytes alone, the next character's first not kept. */
  CHECK_STR("tokens.cjk.run", "\xe7\xbe\x8e/c \xe5\x85\x83/c 5/n \xed\x95\x9c/c \xe3\x83\x89/c x/w",
            cut("\xe7\xbe\x8e\xe5\x85\x83" "5\xed\x95\x9c\xe3\x83\x89x"));
  CHECK_STR("tokens.middle-dot", "\xe3\x82\xb9/c \xe3\x83\x95/c",
            cut("\xe3\x82\xb9\xe3\x83\xbb\xe3\x83\x95"));
  CHECK_STR("tokens.spaces", "a/w b/w", cut(" \t a\xc2\xa0\xe2\x80\x89 b \r\n"));
  /* After a space of several bytes, a token of one: "4人民元　5ドル". */
  CHECK_STR("tokens.wide-space", "4/n \xe5\x85\x83/c 5/n usd/w",
            cut("4\xe5\x85\x83\xe3\x80\x80" "5 USD"));
  /* Words of 15 and 16 letters, either side of the two steps of 8 bytes. */
  CHECK_STR("tokens.lengths.16", "fifteenletterss/w sixteenlettersss/w x/w",
            cut("FifteenLetterss SixteenLettersss x"));
  /* ASCII letters after and between others in one word: "Đường", "naïve". */
  CHECK_STR("tokens.mixed", "\xc4\x91\xc6\xb0\xe1\xbb\x9dng/w na\xc3\xafve/w",
            cut("\xc4\x90\xc6\xb0\xe1\xbb\x9dng NA\xc3\x8fVE"));
}

/* Every character that tn_is_unspaced_char() tells without its token is a
** token of its own, its three bytes its key, as tn_next_token() makes it,
** alone and between others; and none of them that the Chinese or Korean
** lexicon says no to opens an amount by tn_lexicon_may_open(). The money
** reader passes such characters over on these answers alone. */
void test_unspaced_chars(void){
  const tn_lexicon *zh = tn_locale_lexicon(locale_of("zh")), *ko = tn_locale_lexicon(locale_of("ko"));
  int tokens_agree = 1, bits_agree = 1;
  size_t told = 0;
  for(uint32_t cp=0x80; cp<0x10000; cp++){
    char text[8] = "x";
    size_t len = tn_utf8_encode(cp, (unsigned char *)text + 1);
    if( !len || !tn_is_unspaced_char(text + 1, len) ) continue;
    told++;
    memcpy(text + 1 + len, "x", 2);
    tn_token t, next;
    if( len!=3 || !tn_next_token(text, len + 2, 1, &t) || t.type!=TN_TOK_CHAR || t.start!=1 || t.end!=4
        || t.keylen!=3 || memcmp(t.key, text + 1, 3)!=0 || t.key[3]!=0
        || !tn_next_token(text, len + 2, t.end, &next) || next.start!=4 ){
      tokens_agree = 0;
    }
    for(int k=0; k<2; k++){
      const tn_lexicon *lx = k ? ko : zh;
      if( lx && tn_lexicon_may_open(lx, text, &t)!=TN_OPENS_NOT && !tn_lexicon_char_may_open(lx, text + 1) ){
        bits_agree = 0;
      }
    }
  }
  CHECK("tokens.unspaced.tokens", tokens_agree);
  CHECK("tokens.unspaced.bits", zh && ko && bits_agree);
  CHECK_INT("tokens.unspaced.count", (0x9FFF - 0x4000 + 1) + (0xD7A3 - 0xAC00 + 1), (int)told);
  CHECK("tokens.unspaced.not", !tn_is_unspaced_char("ã", 3)      /* ideographic space */
                               && !tn_is_unspaced_char("ã»", 3)   /* katakana middle dot */
                               && !tn_is_unspaced_char("ä¸", 2) && !tn_is_unspaced_char("ä¸" "a", 3));
}

/* Characters counted 8 bytes a step agree with one at a time, wherever the
** multi-byte characters fall. */
void test_utf8_count(void){
  const char *pieces[] = { "a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x92\xb0", " " };
  char text[256];
  size_t n = 0, chars = 0;
  unsigned seed = 7;
  int agree = 1;
  while( n + 4 < sizeof text ){
    seed = seed*1103515245u + 12345u;
    const char *p = pieces[(seed >> 16) % 5];
    memcpy(text + n, p, strlen(p));
    n += strlen(p);
    chars++;
    if( tn_utf8_count(text, n)!=chars ) agree = 0;
  }
  CHECK("utf8.count.swar", agree);
}

/* The first token of every term that can open an amount passes the opener
** bits: here a sample per kind, in capitals only where the term is; that
** of a term of several words, or of a count, as a prefix, and the pair of
** it and the next word too. */
void test_openers(void){
  struct { const char *lang, *text; int may; } cases[] = {
    { "fr", "dollars", TN_OPENS_MAYBE }, { "en", "ten", TN_OPENS_MAYBE },
    { "en", "USD", TN_OPENS_MAYBE }, { "en", "A", TN_OPENS_MAYBE },       /* A$ */
    { "en", "more", TN_OPENS_PREFIX },     /* more than */
    { "en", "a", TN_OPENS_PREFIX },        /* a billion */
    { "it", "miliardi", 0 }, /* a scale that closes a group comes after a number */
    { "it", "dieci", TN_OPENS_MAYBE }, { "it", "oltre", TN_OPENS_MAYBE },
    { "it", "euro", TN_OPENS_MAYBE }, { "vi", "\xc4\x91\xe1\xbb\x93ng", TN_OPENS_PREFIX },   /* alone, after its number; first of "Đồng Việt Nam" */
    { "vi", "kho\xe1\xba\xa3ng", TN_OPENS_MAYBE }, { "zh", "\xe7\xba\xa6", TN_OPENS_MAYBE },
    { "zh", "\xe4\xb8\x89", TN_OPENS_MAYBE },
  };
  for(size_t k=0; k<sizeof cases/sizeof cases[0]; k++){
    const tn_lexicon *lx = tn_locale_lexicon(locale_of(cases[k].lang));
    tn_token t;
    char name[64];
    snprintf(name, sizeof name, "openers.%s.%s", cases[k].lang, cases[k].text);
    if( !lx || !tn_next_token(cases[k].text, strlen(cases[k].text), 0, &t) ){
      CHECK(name, 0);
      continue;
    }
    if( cases[k].may ) CHECK_INT(name, cases[k].may, tn_lexicon_may_open(lx, cases[k].text, &t));
    else{
      tn_lookup found = tn_lexicon_find(lx, t.key, t.keylen);
      CHECK(name, found.term && !tn_term_opens_amount(found.term));
    }
  }
  struct { const char *lang, *first, *second; } pairs[] = {
    { "en", "more", "than" }, { "en", "a", "billion" }, { "en", "in", "excess" },
    { "it", "mezzo", "miliardo" }, { "vi", "nh\xc3\xa2n", "d\xc3\xa2n" },
  };
  for(size_t k=0; k<sizeof pairs/sizeof pairs[0]; k++){
    const tn_lexicon *lx = tn_locale_lexicon(locale_of(pairs[k].lang));
    tn_token a, b;
    char name[64];
    snprintf(name, sizeof name, "openers.pair.%s.%s", pairs[k].first, pairs[k].second);
    CHECK(name, lx && tn_next_token(pairs[k].first, strlen(pairs[k].first), 0, &a)
                && tn_next_token(pairs[k].second, strlen(pairs[k].second), 0, &b)
                && tn_lexicon_may_open_pair(lx, &a, &b));
  }
  /* A word too long for a key goes on from no prefix (found by make fuzz). */
  const char *text = "more Pneumonoultramicroscopicsilicovolcanoconiosis";
  tn_token a, b;
  tn_next_token(text, strlen(text), 0, &a);
  tn_next_token(text, strlen(text), a.end, &b);
  CHECK_INT("openers.pair.long-word", 0, tn_lexicon_may_open_pair(tn_locale_lexicon(locale_of("en")), &a, &b));
}

/* The key tn_lexicon_spelled() reads for text: its words' keys, joiners
** left out, as the money grammar makes it. */
static size_t spelled_key_of(const tn_lexicon *lx, const char *text, char *key, size_t size){
  tn_token t;
  size_t k = 0, n = strlen(text);
  for(size_t i=0; tn_next_token(text, n, i, &t); i = t.end){
    if( tn_lexicon_joins_spelled(lx, &t) ) continue;
    if( k + t.keylen + 2 >= size ) return 0;
    if( k ) key[k++] = ' ';
    memcpy(key + k, t.key, t.keylen);
    k += t.keylen;
  }
  key[k] = 0;
  return k;
}

/* Spelled-out numbers are read from the lexicon's table, made from ICU's
** spell-out rules, with no ICU parse at run time: every number ICU writes
** from 0 to 1000, and thousands in the languages that write them as words
** apart, read back as the number ICU wrote. (ICU's own lenient parse, used
** before, reads Italian "centottanta" as 100.) */
void test_spelled(void){
  /* Regions after their language: a region of the language's rules reads
  ** the texts made for it (es-AR: es_419's, as ICU finds them), one with
  ** rules of its own (en-IN, pt-PT, de-CH) its own. */
  static const char *langs[] = { "en", "it", "fr", "de", "es", "pt", "vi", "nl", "ru", "id",
                                 "es-AR", "es-MX", "en-SG", "en-IN", "pt-BR", "pt-PT", "de-CH", "fr-CA" };
  for(size_t k=0; k<sizeof langs/sizeof langs[0]; k++){
    const tn_lexicon *lx = tn_locale_lexicon(locale_of(langs[k]));
    UErrorCode st = U_ZERO_ERROR;
    char icu_id[16];
    snprintf(icu_id, sizeof icu_id, "%s", langs[k]);
    if( icu_id[2]=='-' ) icu_id[2] = '_';
    UNumberFormat *icu = unum_open(UNUM_SPELLOUT, NULL, 0, icu_id, NULL, &st);
    int read = 0, same = 0;
    for(int v=0; v<=9999 && U_SUCCESS(st); v += v<1000 ? 1 : 37){
      UChar u[256];
      char text[512], key[512];
      int32_t len = unum_format(icu, v, u, 256, NULL, &st), kept = 0;
      for(int32_t j=0; j<len; j++) if( u[j]!=0xAD ) u[kept++] = u[j];   /* soft hyphens, as text has none */
      len = kept;
      u_strToUTF8(text, sizeof text, NULL, u, len, &st);
      double mine;
      if( !spelled_key_of(lx, text, key, sizeof key) || !tn_lexicon_spelled(lx, key, strlen(key), &mine) ) continue;
      read++;
      same += mine==v;
    }
    unum_close(icu);
    char name[64];
    snprintf(name, sizeof name, "spelled.%s.as_icu_writes", langs[k]);
    CHECK_INT(name, read, same);
    snprintf(name, sizeof name, "spelled.%s.all_below_1000", langs[k]);
    CHECK(name, read>=1000);
  }
  struct { const char *lang, *text; double value; } cases[] = {
    { "en", "two hundred and five", 205 }, { "en", "forty-two", 42 },
    { "en", "five thousand two hundred", 5200 }, { "it", "ventitr\xc3\xa9", 23 },
    { "fr", "quatre-vingt-dix", 90 }, { "de", "f\xc3\xbcnfundvierzig", 45 },
    { "vi", "m\xc6\xb0\xe1\xbb\x9di l\xc4\x83m", 15 }, { "en", "forty two thousand", 42000 },
  };
  for(size_t k=0; k<sizeof cases/sizeof cases[0]; k++){
    const tn_lexicon *lx = tn_locale_lexicon(locale_of(cases[k].lang));
    char key[256], name[96];
    double v = -1;
    snprintf(name, sizeof name, "spelled.%s.%s", cases[k].lang, cases[k].text);
    CHECK(name, spelled_key_of(lx, cases[k].text, key, sizeof key)
                && tn_lexicon_spelled(lx, key, strlen(key), &v) && v==cases[k].value);
  }
  /* Not numbers: a word between, a thousands word first, two numbers. */
  static const char *nots[] = { "forty big two", "thousand", "five five" };
  const tn_lexicon *en = tn_locale_lexicon(locale_of("en"));
  for(size_t k=0; k<sizeof nots/sizeof nots[0]; k++){
    char key[256], name[96];
    double v;
    snprintf(name, sizeof name, "spelled.not.%s", nots[k]);
    CHECK(name, !(spelled_key_of(en, nots[k], key, sizeof key) && tn_lexicon_spelled(en, key, strlen(key), &v)));
  }
}
