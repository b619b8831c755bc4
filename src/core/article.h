/*
** article.h: what a news article says about itself.
**
** Given the clean UTF-8 text of an article (see decode.h), finds:
**  - front matter: `---` lines at the very top holding `key: value` lines
**    (title, date, source, lang, url); what they state overrides detection;
**  - the title: a first line that reads as a headline;
**  - the dateline: "(XINHUA) - CANTON, 14 DIC -", "China News Agency,
**    Beijing, July 31st", "新华社北京3月5日电": the agency (source), the place
**    and the day, read with the language's CLDR date forms (dates.h) and the
**    agency names of data/agencies.txt;
**  - the publication date and how it is known: 'front matter'; 'stated' (a
**    line of the head that is a full date, or a dateline with its year);
**    'dateline + year in text' (a day-and-month dateline takes the latest
**    year the text mentions; none mentioned, no date);
**  - the language (lang.h), unless front matter states it;
**  - the locale money and dates are read in (locale.h), and how it is
**    known: 'front matter' (`locale:`, or a `lang:` with a region, such as
**    es-MX); 'dateline' (the dateline's place is in a country where the
**    language is official: Spanish from Ciudad de México is es-MX, English
**    from there stays en); 'language' (the language alone).
** A bad front-matter value is the article's error; the rest is still read.
*/
#ifndef TN_ARTICLE_H
#define TN_ARTICLE_H

#include <stddef.h>
#include "locale.h"
#include "read/reader.h"

typedef struct {
  size_t body_start;      /* byte offset of the text after any front matter */
  char *title;            /* malloc()ed strings, or NULL when unknown */
  char *source;
  char *dateline;
  char *url;
  char lang[16];          /* ISO 639, or "" when unknown */
  const tn_locale *locale;    /* NULL when the language is unknown */
  const char *locale_how;     /* static, NULL when locale is */
  char published[32];     /* YYYY-MM-DD, or "" when unknown */
  const char *published_how;  /* static, NULL when published is unknown */
  char error[320];        /* "" or what was wrong in the front matter */
} tn_article;

/* Read the article text[0..n) into *a; mtime is the file's (seconds since
** 1970, 0 when unknown): a year inferred for its date is never later.
** markup is the locale the text's format states (an HTML page's lang), or
** NULL; front matter beats it, and it beats detection ('markup'). Returns
** 0, or -1 when out of memory. tn_article_free() must be called either
** way. */
int tn_article_parse(const char *text, size_t n, long long mtime, const tn_locale *markup, tn_article *a);

/* Where the text after any front matter starts (0 when there is none):
** all that the body needs, without reading the article. */
size_t tn_article_body_start(const char *text, size_t n);

/* Read a record of a file (read/reader.h): its text as tn_article_parse()
** reads it, in the locale its format states, then what the format states
** over what the text suggests: its title, its date (published_how: 'html
** meta', 'json-ld', 'html time', 'url', 'record'; front matter still
** wins), url and source when the text has none; the day a crawler fetched
** the page when nothing else dates it ('fetched'). */
int tn_article_read(const tn_record *rec, long long mtime, tn_article *a);

/* The lang tn_article_read() gives the record ("" when unknown), read
** without the rest: front matter, markup or detection, no dateline or date
** search. 0, or -1 when out of memory. */
int tn_article_read_lang(const tn_record *rec, char lang[16]);
void tn_article_free(tn_article *a);

/* The locale of the language of an article's text[0..n), detected
** (lang.h); for a wire brief too short for that ("PARIS, 3 mars 2024 (AFP) -
** Contrat de 1 million d'euros signé." reads as English), the language
** whose date forms read its dateline and whose money words it uses. NULL
** when the text is too short to tell or ICU does not know the language. */
const tn_locale *tn_article_language(const char *text, size_t n);

/* The period the article reports on, read from its body[0..n) after
** tn_article_parse() gave *a: the latest period its text names that is not
** after its date (or, undated, its file's mtime) nor a target ("by 2030"):
** "tháng 11/2022" gives '2022-11'. Written as to_usd() takes dates: a day
** 'YYYY-MM-DD', a year 'YYYY', else the month it ends in, 'YYYY-MM'; "" when
** there is none. Relative dates count from the article's date. */
void tn_article_period(const char *body, size_t n, const tn_article *a, long long mtime, char out[16]);

/* 1 if text[i..n) begins with a known agency name as a whole word; its
** length in bytes goes to *len. */
int tn_agency_at(const char *text, size_t n, size_t *len);

#endif
