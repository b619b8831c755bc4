/*
** places.h: the country of a place named in a dateline.
**
**   char country[3];
**   tn_place_country("CIUDAD DE MÉXICO", 17, country);   -- 1, "MX"
**   tn_place_country("Ginevra", 7, country);             -- 1, "CH"
**
** The places are data/places.txt (compiled in): capitals, big cities,
** ports and trade hubs, each under the names the news of our languages
** gives it. Matching ignores case, accents and runs of white space. A name
** that stands for places in two countries is not in the file.
*/
#ifndef TN_PLACES_H
#define TN_PLACES_H

#include <stddef.h>

/* 1 and the ISO 3166-1 alpha-2 code in country[3] when s[0..n) is a place
** of data/places.txt, else 0. Thread-safe. */
int tn_place_country(const char *s, size_t n, char country[3]);

#endif
