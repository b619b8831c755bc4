/*
** locale.c: tags to locale objects, and the objects' lazily built parts
** (see locale.h).
*/
#include "locale.h"
#include "dates.h"
#include "lexicon.h"
#include "utf8.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#define TAG_MAX 64      /* longer input is no locale we keep */

struct tn_locale {
  char id[TAG_MAX];          /* ICU: es_MX */
  char tag[TAG_MAX];         /* BCP 47: es-MX */
  char language[12];
  char region[4];
  char currency[4];
  char decimal;
  int word_breaks;
  /* Built on first use, each under a mutex of its own: a lexicon's build
  ** (milliseconds) holds up no reader of the dates or the countries, as
  ** the thread that reads articles ahead is one. Read without it once set. */
  struct lazy { pthread_mutex_t mutex; void *part; } lexicon, dates;
  /* tn_locale_in_country()'s answers, under countries_mutex: a folder's
  ** datelines name few countries, and each answer costs CLDR look-ups. */
  pthread_mutex_t countries_mutex;
  struct { char region[4]; const tn_locale *in; } countries[16];
  size_t ncountries;
};

/* ---- the registry: every tag seen, and every canonical ID -------------- */

/* Open addressing, keys owned; a locale is the value of its canonical ID
** (the entry that owns it) and of every other spelling it was asked for
** by ("es_MX", "es-mx"). */
typedef struct { char *key; tn_locale *loc; int owner; } entry;
static entry *table;
static size_t table_cap, table_used;
static pthread_mutex_t table_mutex = PTHREAD_MUTEX_INITIALIZER;

static uint64_t hash_key(const char *s){
  uint64_t h = 0xcbf29ce484222325ull;     /* FNV-1a */
  for(; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

static entry *find_entry(entry *t, size_t cap, const char *key){
  size_t i = (size_t)hash_key(key) & (cap - 1);
  while( t[i].key && strcmp(t[i].key, key)!=0 ) i = (i + 1) & (cap - 1);
  return &t[i];
}

static tn_locale *lookup(const char *key){
  if( !table_cap ) return NULL;
  return find_entry(table, table_cap, key)->loc;
}

/* Adds key -> loc (the caller holds table_mutex). 0 when out of memory. */
static int insert(const char *key, tn_locale *loc, int owner){
  if( (table_used + 1) * 2 > table_cap ){
    size_t cap = table_cap ? table_cap * 2 : 64;
    entry *t = calloc(cap, sizeof *t);
    if( !t ) return 0;
    for(size_t i=0; i<table_cap; i++){
      if( table[i].key ) *find_entry(t, cap, table[i].key) = table[i];
    }
    free(table);
    table = t;
    table_cap = cap;
  }
  entry *e = find_entry(table, table_cap, key);
  if( e->key ) return 1;
  if( !(e->key = strdup(key)) ) return 0;
  e->loc = loc;
  e->owner = owner;
  table_used++;
  return 1;
}

/* ---- canonical forms ---------------------------------------------------- */

/* Whether ICU has locale data of its own for the language (not only the
** root's). */
static int language_known(const char *language){
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *r = ures_open(NULL, language, &st);
  int known = U_SUCCESS(st) && st!=U_USING_DEFAULT_WARNING;
  ures_close(r);
  return known;
}

static int region_known(const char *region){
  size_t n = strlen(region);
  if( n==3 ) return region[0]>='0' && region[0]<='9';   /* UN M.49: 419, 001 */
  for(const char *const *c = uloc_getISOCountries(); *c; c++){
    if( strcmp(*c, region)==0 ) return 1;
  }
  return 0;
}

/* A part of an ICU ID (uloc_getLanguage() and the like) into buf[cap],
** NUL-terminated; 0 when it does not fit ("lang: Oxxxxxxxxxxxx…"). */
static int id_part(int32_t (*part)(const char *, char *, int32_t, UErrorCode *), const char *id,
                   char *buf, int32_t cap){
  UErrorCode st = U_ZERO_ERROR;
  int32_t n = part(id, buf, cap, &st);
  if( U_FAILURE(st) || st==U_STRING_NOT_TERMINATED_WARNING || n>=cap ){
    buf[0] = 0;
    return 0;
  }
  return 1;
}

/* Parses tag into language, script and region. 0 with err when it is not
** a locale. */
static int parse_tag(const char *tag, char *language, char *script, char *region,
                     char *err, size_t nerr){
  char id[ULOC_FULLNAME_CAPACITY];
  UErrorCode st = U_ZERO_ERROR;
  int32_t parsed = 0;
  size_t n = strlen(tag);
  if( n==0 || n>=TAG_MAX ){
    snprintf(err, nerr, "'%.*s' is not a locale such as 'it' or 'es-MX'", TAG_MAX, tag);
    return 0;
  }
  uloc_forLanguageTag(tag, id, sizeof id, &parsed, &st);
  if( U_FAILURE(st) || parsed!=(int32_t)n || !id[0] ){
    st = U_ZERO_ERROR;                 /* not BCP 47: a POSIX or ICU ID */
    uloc_canonicalize(tag, id, sizeof id, &st);
    if( U_FAILURE(st) || st==U_STRING_NOT_TERMINATED_WARNING ) id[0] = 0;
  }
  if( !id_part(uloc_getLanguage, id, language, 12) || !id_part(uloc_getScript, id, script, 8)
      || !id_part(uloc_getCountry, id, region, 4) || !language[0] || !language_known(language) ){
    snprintf(err, nerr, "'%s' is not a language ICU knows (expected a code such as 'it' or 'es-MX')", tag);
    return 0;
  }
  if( region[0] && !region_known(region) ){
    snprintf(err, nerr, "'%s' has a region no standard knows: '%s'", tag, region);
    return 0;
  }
  /* The script the language writes in that region anyway says nothing. */
  if( script[0] ){
    char base[32], likely[ULOC_FULLNAME_CAPACITY], likely_script[8];
    snprintf(base, sizeof base, "%s%s%s", language, region[0] ? "_" : "", region);
    st = U_ZERO_ERROR;
    uloc_addLikelySubtags(base, likely, sizeof likely, &st);
    uloc_getScript(likely, likely_script, sizeof likely_script, &st);
    if( U_SUCCESS(st) && strcmp(likely_script, script)==0 ) script[0] = 0;
  }
  return 1;
}

static char decimal_of(const char *id){
  UErrorCode st = U_ZERO_ERROR;
  UNumberFormat *f = unum_open(UNUM_DECIMAL, NULL, 0, id, NULL, &st);
  UChar sym[8];
  int32_t n = unum_getSymbol(f, UNUM_DECIMAL_SEPARATOR_SYMBOL, sym, 8, &st);
  unum_close(f);
  return U_SUCCESS(st) && n==1 && sym[0]==',' ? ',' : '.';
}

/* Scripts that ICU breaks into words with a dictionary, and that tokens.h
** does not already cut letter by letter (it does for CJK, from
** TN_UNSPACED_FROM): Thai, Lao, Khmer, Burmese. */
static int needs_word_breaks(const char *id){
  char likely[ULOC_FULLNAME_CAPACITY], script[8];
  UErrorCode st = U_ZERO_ERROR;
  uloc_addLikelySubtags(id, likely, sizeof likely, &st);
  uloc_getScript(likely, script, sizeof script, &st);
  UScriptCode code = (UScriptCode)u_getPropertyValueEnum(UCHAR_SCRIPT, script);
  if( U_FAILURE(st) || code==USCRIPT_INVALID_CODE || !uscript_breaksBetweenLetters(code) ) return 0;
  UChar sample[8];
  int32_t n = uscript_getSampleString(code, sample, 8, &st);
  return U_SUCCESS(st) && n>0 && sample[0] < TN_UNSPACED_FROM;
}

static tn_locale *make(const char *language, const char *script, const char *region){
  tn_locale *loc = calloc(1, sizeof *loc);
  if( !loc ) return NULL;
  snprintf(loc->language, sizeof loc->language, "%s", language);
  snprintf(loc->region, sizeof loc->region, "%s", region);
  snprintf(loc->id, sizeof loc->id, "%s%s%s%s%s", language, script[0] ? "_" : "", script,
           region[0] ? "_" : "", region);
  snprintf(loc->tag, sizeof loc->tag, "%s%s%s%s%s", language, script[0] ? "-" : "", script,
           region[0] ? "-" : "", region);
  /* The region's currency; with no region, that of the region CLDR's
  ** likely subtags give the language (cs: CZ, so "300 milionů korun" are
  ** koruny; en: US; es: ES, whose euro names no "pesos"). */
  char likely[ULOC_FULLNAME_CAPACITY];
  UErrorCode st = U_ZERO_ERROR;
  uloc_addLikelySubtags(loc->id, likely, sizeof likely, &st);
  if( U_SUCCESS(st) ){
    UChar code[4];
    int32_t n = ucurr_forLocale(region[0] ? loc->id : likely, code, 4, &st);
    if( U_SUCCESS(st) && n==3 ) u_UCharsToChars(code, loc->currency, 3);
  }
  loc->decimal = decimal_of(loc->id);
  loc->word_breaks = needs_word_breaks(loc->id);
  pthread_mutex_init(&loc->lexicon.mutex, NULL);
  pthread_mutex_init(&loc->dates.mutex, NULL);
  pthread_mutex_init(&loc->countries_mutex, NULL);
  return loc;
}

static void free_locale(tn_locale *loc);

const tn_locale *tn_locale_get(const char *tag, char *err, size_t nerr){
  pthread_mutex_lock(&table_mutex);
  tn_locale *loc = lookup(tag);
  pthread_mutex_unlock(&table_mutex);
  if( loc ) return loc;
  char language[12], script[8], region[4];
  if( !parse_tag(tag, language, script, region, err, nerr) ) return NULL;
  tn_locale *made = make(language, script, region);
  if( !made ){
    snprintf(err, nerr, "out of memory");
    return NULL;
  }
  pthread_mutex_lock(&table_mutex);
  loc = lookup(made->id);                 /* another spelling, or another thread */
  if( loc ){
    free_locale(made);
  }else if( insert(made->id, made, 1) ){
    loc = made;
  }else{
    free_locale(made);
  }
  if( loc && !insert(tag, loc, 0) ) loc = NULL;
  pthread_mutex_unlock(&table_mutex);
  if( !loc ) snprintf(err, nerr, "out of memory");
  return loc;
}

const tn_locale *tn_locale_english(void){
  char err[8];
  return tn_locale_get("en", err, sizeof err);
}

static tn_locale *root_locale;

static void make_root(void){
  if( (root_locale = make("root", "", "")) ){
    root_locale->language[0] = 0;
    strcpy(root_locale->tag, "und");
  }
}

const tn_locale *tn_locale_root(void){
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, make_root);
  return root_locale;
}

/* ---- official languages ------------------------------------------------ */

/* CLDR's supplementalData/territoryInfo/REGION/KEY/officialStatus says
** official, de_facto_official or official_regional. */
static int is_official_key(const char *region, const char *key){
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle *r = ures_openDirect(NULL, "supplementalData", &st);
  const char *path[] = { "territoryInfo", region, key, "officialStatus" };
  for(int k=0; k<4 && U_SUCCESS(st); k++){
    UResourceBundle *child = ures_getByKey(r, path[k], NULL, &st);
    ures_close(r);
    r = child;
  }
  char status[32] = "";
  int32_t len = 0;
  const UChar *s = U_SUCCESS(st) ? ures_getString(r, &len, &st) : NULL;
  if( s && U_SUCCESS(st) && len<(int32_t)sizeof status ){
    u_UCharsToChars(s, status, len);
    status[len] = 0;
  }
  ures_close(r);
  return strstr(status, "official")!=NULL;
}

/* Whether the language is official in the region, under its own code or
** with the script it is written in there (CLDR lists zh_Hant for Taiwan). */
static int is_official(const char *language, const char *region){
  if( is_official_key(region, language) ) return 1;
  char id[32], likely[ULOC_FULLNAME_CAPACITY], script[8], key[32];
  snprintf(id, sizeof id, "%s_%s", language, region);
  UErrorCode st = U_ZERO_ERROR;
  uloc_addLikelySubtags(id, likely, sizeof likely, &st);
  uloc_getScript(likely, script, sizeof script, &st);
  if( U_FAILURE(st) || !script[0] ) return 0;
  snprintf(key, sizeof key, "%s_%s", language, script);
  return is_official_key(region, key);
}

/* The answer, and whether it is sure: NULL is also what running out of
** memory gives. */
static const tn_locale *in_country(const tn_locale *lang, const char *region, int *sure){
  *sure = 1;
  if( !lang->language[0] || !is_official(lang->language, region) ) return NULL;
  char tag[TAG_MAX], err[128];
  snprintf(tag, sizeof tag, "%s-%s", lang->language, region);
  const tn_locale *in = tn_locale_get(tag, err, sizeof err);
  *sure = in!=NULL;
  return in;
}

const tn_locale *tn_locale_in_country(const tn_locale *lang, const char *region){
  tn_locale *memo = (tn_locale *)lang;
  size_t len = strlen(region);
  pthread_mutex_lock(&memo->countries_mutex);
  for(size_t k=0; k<memo->ncountries; k++){
    if( strcmp(memo->countries[k].region, region)==0 ){
      const tn_locale *in = memo->countries[k].in;
      pthread_mutex_unlock(&memo->countries_mutex);
      return in;
    }
  }
  pthread_mutex_unlock(&memo->countries_mutex);
  int sure;
  const tn_locale *in = in_country(lang, region, &sure);
  pthread_mutex_lock(&memo->countries_mutex);
  if( sure && len<sizeof memo->countries[0].region
      && memo->ncountries<sizeof memo->countries/sizeof memo->countries[0] ){
    memcpy(memo->countries[memo->ncountries].region, region, len + 1);
    memo->countries[memo->ncountries++].in = in;
  }
  pthread_mutex_unlock(&memo->countries_mutex);
  return in;
}

/* ---- accessors ----------------------------------------------------------- */

const char *tn_locale_tag(const tn_locale *loc){ return loc->tag; }
const char *tn_locale_id(const tn_locale *loc){ return loc->id; }
const char *tn_locale_language(const tn_locale *loc){ return loc->language; }
const char *tn_locale_region(const tn_locale *loc){ return loc->region; }
const char *tn_locale_currency(const tn_locale *loc){ return loc->currency; }
char tn_locale_decimal(const tn_locale *loc){ return loc->decimal; }
int tn_locale_word_breaks(const tn_locale *loc){ return loc->word_breaks; }

tn_scope tn_locale_data_line(const tn_locale *loc, const char *line, size_t n,
                             const char *field[4], size_t len[4]){
  /* The scope first: most lines of the data are other languages'. */
  const char *tab = memchr(line, '\t', n);
  tn_scope scope = tab ? tn_locale_scope(loc, line, (size_t)(tab - line)) : TN_SCOPE_NONE;
  if( scope==TN_SCOPE_NONE ) return scope;
  size_t nf = 0, start = 0;
  for(size_t i=0; i<=n && nf<4; i++){
    if( i==n || (line[i]=='\t' && nf<3) ){
      field[nf] = line + start;
      len[nf++] = i - start;
      start = i + 1;
    }
  }
  return nf==4 ? scope : TN_SCOPE_NONE;
}

tn_scope tn_locale_scope(const tn_locale *loc, const char *s, size_t n){
  if( n==1 && s[0]=='*' ) return TN_SCOPE_ALL;
  size_t lang = strlen(loc->language);
  if( !lang || n<lang || memcmp(s, loc->language, lang)!=0 ) return TN_SCOPE_NONE;
  if( n==lang ) return TN_SCOPE_LANGUAGE;
  return s[lang]=='-' && n - lang - 1==strlen(loc->region) && loc->region[0]
         && memcmp(s + lang + 1, loc->region, n - lang - 1)==0 ? TN_SCOPE_REGION : TN_SCOPE_NONE;
}

/* The part of loc in *l, built by build(loc) the first time. */
static void *lazy(const tn_locale *loc, struct lazy *l, void *(*build)(const tn_locale *)){
  void *part = __atomic_load_n(&l->part, __ATOMIC_ACQUIRE);
  if( part ) return part;
  pthread_mutex_lock(&l->mutex);
  part = l->part;
  if( !part && (part = build(loc))!=NULL ) __atomic_store_n(&l->part, part, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&l->mutex);
  return part;
}

static void *build_lexicon(const tn_locale *loc){ return tn_lexicon_build(loc); }
static void *build_dates(const tn_locale *loc){ return tn_date_forms_build(loc); }

const tn_lexicon *tn_locale_lexicon(const tn_locale *loc){
  return lazy(loc, &((tn_locale *)loc)->lexicon, build_lexicon);
}

int tn_locale_lexicon_built(const tn_locale *loc){
  return __atomic_load_n(&loc->lexicon.part, __ATOMIC_ACQUIRE)!=NULL;
}

const tn_date_forms *tn_locale_dates(const tn_locale *loc){
  return lazy(loc, &((tn_locale *)loc)->dates, build_dates);
}

/* ---- freeing at unload --------------------------------------------------- */

static void free_locale(tn_locale *loc){
  tn_lexicon_free(loc->lexicon.part);
  tn_date_forms_free(loc->dates.part);
  pthread_mutex_destroy(&loc->lexicon.mutex);
  pthread_mutex_destroy(&loc->dates.mutex);
  pthread_mutex_destroy(&loc->countries_mutex);
  free(loc);
}

/* The extension can be unloaded (sqlite3_close runs dlclose): free then
** rather than leak. A locale is freed by the entry that owns it. */
__attribute__((destructor)) static void free_locales(void){
  for(size_t i=0; i<table_cap; i++){
    if( table[i].owner ) free_locale(table[i].loc);
    free(table[i].key);
  }
  free(table);
  table = NULL;
  table_cap = table_used = 0;
  if( root_locale ) free_locale(root_locale);
  root_locale = NULL;
}
