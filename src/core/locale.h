/*
** locale.h: the one owner of what depends on the language and the region.
**
**   char err[128];
**   const tn_locale *mx = tn_locale_get("es-MX", err, sizeof err);
**   tn_locale_tag(mx);         -- "es-MX"
**   tn_locale_currency(mx);    -- "MXN": what "$" and "pesos" mean there
**   tn_locale_get("Italian", err, sizeof err);
**                              -- NULL, err: "'Italian' is not a language ICU knows"
**
** A locale comes from a BCP 47 tag or a POSIX/ICU locale ID ("it", "es-MX",
** "es_MX", "es_MX.UTF-8", "zh-Hant-TW", "de_CH"), canonicalised by ICU.
** Only the language, the script and the region are kept (variants and
** extensions are dropped), and the script only where it is not the one
** the language writes in that region anyway: "zh-Hant-TW" is "zh-TW",
** "zh-Hant" stays "zh-Hant", "sr-Latn" stays. The language must be one ICU
** has data for and the region one ISO 3166 (or UN M.49, "419") knows.
**
** Each distinct locale is made once, on first use, and lives as long as the
** library: immutable, shared, safe to use from any thread. There is no
** fixed limit on how many; memory grows with the number of distinct tags
** used. What it owns is built when first asked for: the money lexicon
** (lexicon.h) and the date forms (dates.h). Everything per language and
** per region reaches the rest of the code through this object: no other
** file compares language codes.
*/
#ifndef TN_LOCALE_H
#define TN_LOCALE_H

#include <stddef.h>

typedef struct tn_locale tn_locale;
typedef struct tn_lexicon tn_lexicon;
typedef struct tn_date_forms tn_date_forms;

/* The locale of tag. NULL when tag is not a locale (err says why, naming
** the value: "'xx' is not a language ICU knows") or when out of memory
** (err: "out of memory"). */
const tn_locale *tn_locale_get(const char *tag, char *err, size_t nerr);

/* English ("en"): what text of an unknown language is read as. Never NULL
** unless out of memory. */
const tn_locale *tn_locale_english(void);

/* CLDR's root locale: dates in forms common to all languages, for text
** whose language is unknown. */
const tn_locale *tn_locale_root(void);

/* The locale of language lang in country region ("MX"), when lang is an
** official language there (CLDR's territory data: official, de facto or
** regional): Spanish in Mexico is es-MX, English in Mexico is NULL. */
const tn_locale *tn_locale_in_country(const tn_locale *lang, const char *region);

const char *tn_locale_tag(const tn_locale *loc);       /* BCP 47: "es-MX", "zh-Hant" */
const char *tn_locale_id(const tn_locale *loc);        /* ICU: "es_MX" */
const char *tn_locale_language(const tn_locale *loc);  /* "es"; "" for root */
const char *tn_locale_region(const tn_locale *loc);    /* "MX", or "" when the tag has none */

/* The ISO 4217 code of the region's currency ("MXN" for es-MX, "XOF" for
** fr-SN); with no region, that of the region where CLDR's likely subtags
** put the language ("CZK" for cs, "USD" for en, "EUR" for es: so that
** "300 milionů korun" are koruny and "20 millones de pesos" stay pesos of
** no country); "" where there is none (es-419). */
const char *tn_locale_currency(const tn_locale *loc);

/* The decimal separator of the region's numbers ('.' or ','), from CLDR:
** ',' for de, '.' for de-CH. */
char tn_locale_decimal(const tn_locale *loc);

/* 1 when the locale's script writes words without spaces between them and
** its letters are not cut one by one by tokens.h (Thai, Lao, Khmer,
** Burmese): words come from ICU's dictionary word breaks. */
int tn_locale_word_breaks(const tn_locale *loc);

/* How a data line's scope s[0..n) applies to loc: "es-MX" to es-MX only
** (TN_SCOPE_REGION), "es" to every Spanish locale (TN_SCOPE_LANGUAGE), "*"
** to all (TN_SCOPE_ALL); TN_SCOPE_NONE when it does not. Data lines are
** taken in that order, the first winning. */
typedef enum { TN_SCOPE_NONE, TN_SCOPE_REGION, TN_SCOPE_LANGUAGE, TN_SCOPE_ALL } tn_scope;
tn_scope tn_locale_scope(const tn_locale *loc, const char *s, size_t n);

/* A line of the data files, SCOPE <tab> KIND <tab> ARG <tab> TERM, split
** into its four fields (the last runs to the line's end) and the way its
** scope applies to loc; TN_SCOPE_NONE too when it has fewer fields. */
tn_scope tn_locale_data_line(const tn_locale *loc, const char *line, size_t n,
                             const char *field[4], size_t len[4]);

/* The money lexicon and the date forms of the locale, built on first use.
** NULL only when out of memory. */
const tn_lexicon *tn_locale_lexicon(const tn_locale *loc);
const tn_date_forms *tn_locale_dates(const tn_locale *loc);

/* Whether the lexicon of loc is built: a lexicon takes milliseconds to
** build, which a thread with nothing else to do can spend ahead of its
** first reader (articles() reading ahead, for amounts() on its rows). */
int tn_locale_lexicon_built(const tn_locale *loc);

#endif
