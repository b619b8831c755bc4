/*
** places.c: data/places.txt as a sorted table of folded names (see
** places.h).
*/
#include "places.h"
#include "utf8.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* data/places.txt, compiled in by tools/embed. */
extern const char tn_places_txt[];
extern const unsigned long tn_places_txt_len;

#define NAME_MAX_BYTES 128

typedef struct {
  char name[NAME_MAX_BYTES];   /* folded */
  char country[3];
} place;

static place *places;
static size_t nplaces;
static pthread_once_t places_once = PTHREAD_ONCE_INIT;

/* s[0..n) lower-cased, without Latin accents, white space runs as one
** space, into out[NAME_MAX_BYTES]. 0 when it does not fit. */
static int fold_name(const char *s, size_t n, char *out){
  size_t k = 0;
  int space = 0;
  for(size_t i=0; i<n; ){
    uint32_t cp;
    i += tn_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if( cp==' ' || cp=='\t' || cp==0xA0 || cp==0x3000 ){
      space = k>0;
      continue;
    }
    if( k + 5 >= NAME_MAX_BYTES ) return 0;
    if( space ) out[k++] = ' ';
    space = 0;
    k += tn_utf8_encode(tn_unaccented(tn_fold(cp)), (unsigned char *)out + k);
  }
  out[k] = 0;
  return k>0;
}

static int by_name(const void *a, const void *b){
  return strcmp(((const place *)a)->name, ((const place *)b)->name);
}

static void load_places(void){
  const char *s = tn_places_txt;
  size_t n = tn_places_txt_len, lines = 0;
  for(size_t i=0; i<n; i++) lines += s[i]=='\n';
  places = malloc((lines + 1) * sizeof *places);
  if( !places ) return;
  for(size_t i=0; i<n; ){
    const char *nl = memchr(s + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - s) : n;
    /* COUNTRY <tab> NAME */
    if( end - i > 3 && s[i]!='#' && s[i+2]=='\t' && fold_name(s + i + 3, end - i - 3, places[nplaces].name) ){
      memcpy(places[nplaces].country, s + i, 2);
      places[nplaces++].country[2] = 0;
    }
    i = end + 1;
  }
  qsort(places, nplaces, sizeof *places, by_name);
}

int tn_place_country(const char *s, size_t n, char country[3]){
  pthread_once(&places_once, load_places);
  place key;
  if( !places || !fold_name(s, n, key.name) ) return 0;
  const place *found = bsearch(&key, places, nplaces, sizeof *places, by_name);
  if( !found ) return 0;
  memcpy(country, found->country, 3);
  return 1;
}

/* Freed when the library is unloaded. */
__attribute__((destructor)) static void free_places(void){
  free(places);
  places = NULL;
}
