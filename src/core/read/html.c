/*
** html.c: a saved web page (reader.h), parsed with gumbo, Debian's
** libgumbo: a complete HTML5 parser (the browsers' tree building, entities,
** broken markup) that writing our own would only approximate.
**
** From the page:
**  - its charset: a BOM, then <meta charset> or http-equiv in the first
**    1024 bytes (HTML5's prescan), then an HTTP Content-Type header above
**    the page, then detection (decode.h);
**  - the main text: the <article> with most paragraph text, else the
**    element whose own paragraphs hold most text; its headings, paragraphs
**    and list items, blank lines between. Never script, style, nav,
**    header, footer, aside, forms, figures, comments, nor an element whose
**    id or class says it is furniture (cookie, consent, share, social,
**    related, newsletter, promo, advert, sidebar, comment, breadcrumb, menu,
**    byline, author, tags, meta …: furniture_name()), nor a hidden one;
**  - the title: og:title, else <title> without the site's name, else h1
**    (an h1 of the same text is not repeated in the body);
**  - the date, in the order of evidence htmldate's evaluation found best:
**    meta tags (article:published_time, og:published_time, itemprop
**    datePublished, pubdate, DC.date, parsely-pub-date, sailthru.date …),
**    JSON-LD datePublished, <time datetime>, the URL's /YYYY/MM/DD/; the
**    text's own dateline comes after (article.h);
**  - the language and region: <html lang>, else Content-Language, else
**    og:locale; the source: og:site_name, else JSON-LD publisher; the url:
**    the canonical link, else og:url.
*/
#define _GNU_SOURCE            /* strcasestr() */
#include "json.h"
#include "reader.h"
#include "../dates.h"
#include "../utf8.h"

#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- HTTP headers and the charset ------------------------------------- */

/* The value of name=value in s (a Content-Type's charset), into out[n]. */
static void param(const char *s, size_t len, const char *name, char *out, size_t n){
  size_t nl = strlen(name);
  for(size_t i=0; i + nl<len; i++){
    if( strncasecmp(s + i, name, nl)!=0 ) continue;
    size_t k = i + nl;
    while( k<len && s[k]==' ' ) k++;
    if( k>=len || s[k]!='=' ) continue;
    k++;
    while( k<len && (s[k]==' ' || s[k]=='"' || s[k]=='\'') ) k++;
    size_t e = k;
    while( e<len && e - k<n - 1 && (s[e]=='-' || s[e]=='_' || s[e]=='.' || s[e]==':'
           || (s[e]>='0' && s[e]<='9') || ((s[e]|0x20)>='a' && (s[e]|0x20)<='z')) ) e++;
    if( e>k ){
      memcpy(out, s + k, e - k);
      out[e - k] = 0;
      return;
    }
  }
}

size_t tn_http_headers(const char *s, size_t n, char *charset, size_t nc, char *type, size_t nt){
  if( n<5 || memcmp(s, "HTTP/", 5)!=0 ) return 0;
  size_t i = 0;
  while( i<n ){
    const char *nl = memchr(s + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - s) : n, len = end - i;
    if( len && s[end-1]=='\r' ) len--;
    if( len==0 ) return nl ? end + 1 : n;            /* the blank line */
    if( len>13 && strncasecmp(s + i, "Content-Type:", 13)==0 ){
      size_t k = i + 13;
      while( k<i + len && s[k]==' ' ) k++;
      size_t t = 0;
      while( k + t<i + len && s[k+t]!=';' && s[k+t]!=' ' && t + 1<nt ){ type[t] = s[k+t]; t++; }
      type[t] = 0;
      param(s + i, len, "charset", charset, nc);
    }
    i = nl ? end + 1 : n;
  }
  return n;
}

/* HTML5's prescan, simplified: <meta charset=…> or <meta http-equiv
** content="…; charset=…"> in the first 1024 bytes. */
static void meta_charset(const char *s, size_t n, char *out, size_t nout){
  if( n>1024 ) n = 1024;
  for(size_t i=0; i + 5<n; i++){
    if( s[i]!='<' || strncasecmp(s + i + 1, "meta", 4)!=0 ) continue;
    const char *gt = memchr(s + i, '>', n - i);
    size_t len = gt ? (size_t)(gt - (s + i)) : n - i;
    param(s + i, len, "charset", out, nout);
    if( out[0] ) return;
  }
}

/* ---- the tree ---------------------------------------------------------- */

typedef struct {
  char *s;
  size_t len, cap;
  int failed;
} buffer;

static void put(buffer *b, const char *s, size_t n){
  if( b->failed ) return;
  if( b->len + n + 1>b->cap ){
    size_t cap = b->cap ? b->cap : 1024;
    while( b->len + n + 1>cap ) cap *= 2;
    char *grown = realloc(b->s, cap);
    if( !grown ){ b->failed = 1; return; }
    b->s = grown;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

static const char *attr(const GumboNode *node, const char *name){
  if( node->type!=GUMBO_NODE_ELEMENT ) return NULL;
  const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : NULL;
}

static GumboTag tag(const GumboNode *node){
  return node->type==GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

/* Whether an id or class names page furniture rather than the article:
** one of its parts (split at spaces, '-' and '_') is, or starts with, a
** word of sites' templates. Parts, not substrings: "comments" is
** furniture, "commentary" is not; "entry-meta" is, "metadata" is not. */
static int furniture_name(const char *v){
  static const char *const exact[] = { "ad", "ads", "tag", "tags", "meta", "kicker", "dachzeile", "teilen",
    "compartir", "gdpr", "sharing", NULL };
  static const char *const prefixes[] = { "cookie", "consent", "share", "social", "related", "recommend",
    "newsletter", "subscri", "promo", "advert", "sidebar", "comment", "breadcrumb", "menu", "popup",
    "modal", "paywall", "banner", "byline", "author", "autor", "auteur", "compartilh", "partage",
    "condivid", "widget", "toolbar", NULL };
  if( !v ) return 0;
  for(const char *p = v; *p; ){
    size_t n = strcspn(p, " -_");
    for(const char *const *w = exact; n && *w; w++){
      if( strlen(*w)==n && strncasecmp(p, *w, n)==0 ) return 1;
    }
    for(const char *const *w = prefixes; n && *w; w++){
      if( n>=strlen(*w) && strncasecmp(p, *w, strlen(*w))==0 ) return 1;
    }
    p += n;
    while( *p==' ' || *p=='-' || *p=='_' ) p++;
  }
  return 0;
}

/* Whether a subtree is not the article's text. */
static int skipped(const GumboNode *node){
  if( node->type==GUMBO_NODE_COMMENT ) return 1;
  if( node->type!=GUMBO_NODE_ELEMENT ) return 0;
  switch( tag(node) ){
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
      return 1;
    default: break;
  }
  const char *hidden = attr(node, "aria-hidden");
  const char *style = attr(node, "style");
  return attr(node, "hidden") || (hidden && strcmp(hidden, "true")==0)
      || (style && strcasestr(style, "display:none")) || (style && strcasestr(style, "display: none"))
      || furniture_name(attr(node, "id")) || furniture_name(attr(node, "class"));
}

static int is_block(GumboTag t){
  switch( t ){
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGCAPTION:
      return 1;
    default: return 0;
  }
}

static int is_inline(GumboTag t){
  switch( t ){
    case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_TIME: case GUMBO_TAG_CODE: case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q: case GUMBO_TAG_CITE: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_FONT:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_BR: case GUMBO_TAG_WBR: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_DATA:
      return 1;
    default: return 0;
  }
}

/* The text of an inline run into b, white space as single spaces. */
static void gather(const GumboNode *node, buffer *b, int depth){
  if( depth>200 || skipped(node) ) return;
  if( node->type==GUMBO_NODE_TEXT || node->type==GUMBO_NODE_WHITESPACE || node->type==GUMBO_NODE_CDATA ){
    const char *t = node->v.text.text;
    for(; *t; t++){
      int space = *t==' ' || *t=='\n' || *t=='\t' || *t=='\r';
      if( space ){
        if( b->len && b->s[b->len-1]!=' ' && b->s[b->len-1]!='\n' ) put(b, " ", 1);
      }else{
        put(b, t, 1);
      }
    }
    return;
  }
  if( tag(node)==GUMBO_TAG_BR ){ put(b, "\n", 1); return; }
  if( node->type!=GUMBO_NODE_ELEMENT ) return;
  const GumboVector *kids = &node->v.element.children;
  for(unsigned k=0; k<kids->length; k++) gather(kids->data[k], b, depth + 1);
}

typedef struct {
  buffer out;            /* the body: paragraphs, blank lines between */
  buffer para;           /* the paragraph being gathered */
  const char *title;     /* an h1 of this text is not repeated */
} emitter;

static void flush(emitter *e){
  size_t a = 0, z = e->para.len;
  while( a<z && (e->para.s[a]==' ' || e->para.s[a]=='\n') ) a++;
  while( z>a && (e->para.s[z-1]==' ' || e->para.s[z-1]=='\n') ) z--;
  if( z>a && !(e->title && strlen(e->title)==z - a && memcmp(e->title, e->para.s + a, z - a)==0) ){
    if( e->out.len ) put(&e->out, "\n\n", 2);
    put(&e->out, e->para.s + a, z - a);
  }
  e->para.len = 0;
}

/* The blocks of a container as paragraphs; inline runs between blocks are
** paragraphs too. */
static void emit(const GumboNode *node, emitter *e, int depth){
  if( depth>200 || skipped(node) || node->type!=GUMBO_NODE_ELEMENT ) return;
  const GumboVector *kids = &node->v.element.children;
  for(unsigned k=0; k<kids->length; k++){
    const GumboNode *kid = kids->data[k];
    GumboTag t = tag(kid);
    if( kid->type!=GUMBO_NODE_ELEMENT || is_inline(t) ){
      gather(kid, &e->para, depth + 1);
    }else if( is_block(t) ){
      flush(e);
      gather(kid, &e->para, depth + 1);
      flush(e);
    }else{
      flush(e);
      emit(kid, e, depth + 1);
      flush(e);
    }
  }
}

/* The text of a node's own paragraphs: how much of an article it holds. */
static size_t paragraph_text(const GumboNode *node){
  size_t n = 0;
  const GumboVector *kids = &node->v.element.children;
  for(unsigned k=0; k<kids->length; k++){
    const GumboNode *kid = kids->data[k];
    if( tag(kid)!=GUMBO_TAG_P || skipped(kid) ) continue;
    buffer b = { 0 };
    gather(kid, &b, 0);
    n += b.len;
    free(b.s);
  }
  return n;
}

/* All that the page says of itself, gathered in one walk. */
typedef struct {
  const GumboNode *best_article, *best_block, *h1, *title, *first_time;
  size_t best_article_text, best_block_text;
  const char *lang, *site, *og_title, *og_url, *canonical, *og_locale, *content_language;
  const char *meta_date;
  int meta_rank;         /* of meta_date: lower is better */
  tn_json *jsonld[8];
  int njsonld;
} page;

/* Meta names and properties that state the publication date, best first. */
static const char *const date_metas[] = {
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
  "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
  "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "date", NULL
};

/* Gathers what the page says of itself; in_furniture: inside an element
** that is no article text, whose metadata counts (a byline's <time>) but
** whose text and headings do not. */
static void look(const GumboNode *node, page *pg, int depth, int in_furniture){
  if( depth>200 || node->type!=GUMBO_NODE_ELEMENT ) return;
  GumboTag t = tag(node);
  if( t==GUMBO_TAG_HTML && attr(node, "lang") ) pg->lang = attr(node, "lang");
  if( t==GUMBO_TAG_TITLE && !pg->title ) pg->title = node;
  if( t==GUMBO_TAG_H1 && !pg->h1 && !in_furniture && !skipped(node) ) pg->h1 = node;
  if( t==GUMBO_TAG_TIME && !pg->first_time && attr(node, "datetime") ) pg->first_time = node;
  if( t==GUMBO_TAG_LINK && attr(node, "rel") && strcasecmp(attr(node, "rel"), "canonical")==0 ){
    pg->canonical = attr(node, "href");
  }
  if( t==GUMBO_TAG_META ){
    const char *key = attr(node, "property");
    if( !key ) key = attr(node, "name");
    if( !key ) key = attr(node, "itemprop");
    const char *content = attr(node, "content");
    const char *equiv = attr(node, "http-equiv");
    if( equiv && content && strcasecmp(equiv, "content-language")==0 ) pg->content_language = content;
    if( key && content && *content ){
      if( strcasecmp(key, "og:title")==0 ) pg->og_title = content;
      else if( strcasecmp(key, "og:site_name")==0 ) pg->site = content;
      else if( strcasecmp(key, "og:url")==0 ) pg->og_url = content;
      else if( strcasecmp(key, "og:locale")==0 ) pg->og_locale = content;
      for(int k=0; date_metas[k]; k++){
        if( strcasecmp(key, date_metas[k])==0 && (!pg->meta_date || k<pg->meta_rank) ){
          pg->meta_date = content;
          pg->meta_rank = k;
        }
      }
    }
  }
  if( t==GUMBO_TAG_SCRIPT && attr(node, "type") && strcasecmp(attr(node, "type"), "application/ld+json")==0
      && pg->njsonld<8 && node->v.element.children.length ){
    const GumboNode *text = node->v.element.children.data[0];
    if( text->type==GUMBO_NODE_TEXT ){
      char err[64];
      size_t end;
      tn_json *v = tn_json_parse(text->v.text.text, strlen(text->v.text.text), &end, err, sizeof err);
      if( v ) pg->jsonld[pg->njsonld++] = v;
    }
  }
  in_furniture |= skipped(node);
  if( !in_furniture && t!=GUMBO_TAG_BODY && t!=GUMBO_TAG_HTML ){
    size_t text = paragraph_text(node);
    if( t==GUMBO_TAG_ARTICLE && text>=pg->best_article_text ){ pg->best_article = node; pg->best_article_text = text; }
    if( text>pg->best_block_text ){ pg->best_block = node; pg->best_block_text = text; }
  }
  const GumboVector *kids = &node->v.element.children;
  for(unsigned k=0; k<kids->length; k++) look(kids->data[k], pg, depth + 1, in_furniture);
}

/* A key of the JSON-LD, searched in objects, arrays and @graph. */
static const tn_json *jsonld_find(const tn_json *v, const char *key, int depth){
  if( !v || depth>8 ) return NULL;
  const tn_json *hit = tn_json_get(v, key);
  if( hit ) return hit;
  if( v->type==TN_JSON_ARRAY || v->type==TN_JSON_OBJECT ){
    for(size_t k=0; k<v->count; k++){
      if( (hit = jsonld_find(&v->items[k], key, depth + 1)) ) return hit;
    }
  }
  return NULL;
}

/* A date at the start of s ("2024-03-07T10:32:00+01:00", "2024/03/07")
** into out[32] as YYYY-MM-DD. */
static int iso_day(const char *s, char out[32]){
  tn_date d;
  char buf[11];
  if( !s || strlen(s)<10 ) return 0;
  memcpy(buf, s, 10);
  buf[10] = 0;
  if( buf[4]=='/' && buf[7]=='/' ) buf[4] = buf[7] = '-';
  if( !tn_parse_iso_date(buf, 10, &d) ) return 0;
  memcpy(out, buf, 11);
  return 1;
}

/* A date in a URL: /2024/03/07/ or /2024-03-07. */
static int url_day(const char *url, char out[32]){
  for(const char *p = url ? strchr(url, '/') : NULL; p; p = strchr(p + 1, '/')){
    char buf[11];
    tn_date d;
    if( strlen(p)>=11 && p[5]=='/' && p[8]=='/' ){
      snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", p + 1, p + 6, p + 9);
    }else if( strlen(p)>=11 && p[5]=='-' && p[8]=='-' ){
      memcpy(buf, p + 1, 10);
      buf[10] = 0;
    }else{
      continue;
    }
    if( tn_parse_iso_date(buf, 10, &d) ){ memcpy(out, buf, 11); return 1; }
  }
  return 0;
}

/* The title without the site's name: "Headline | Site" gives "Headline". */
static char *strip_site(const char *title, const char *site){
  static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " · ", NULL };
  size_t n = strlen(title);
  for(int k=0; seps[k]; k++){
    const char *last = NULL;
    for(const char *p = strstr(title, seps[k]); p; p = strstr(p + 1, seps[k])) last = p;
    if( !last ) continue;
    const char *tail = last + strlen(seps[k]);
    if( (site && strcasecmp(tail, site)==0) || (size_t)(last - title)>strlen(tail) ){
      n = (size_t)(last - title);
      break;
    }
  }
  return strndup(title, n);
}

static char *node_text(const GumboNode *node){
  buffer b = { 0 };
  const GumboVector *kids = &node->v.element.children;    /* <title> itself is no body text */
  for(unsigned k=0; k<kids->length; k++) gather(kids->data[k], &b, 1);
  if( !b.s ) return NULL;
  size_t a = 0, z = b.len;
  while( a<z && (b.s[a]==' ' || b.s[a]=='\n') ) a++;
  while( z>a && (b.s[z-1]==' ' || b.s[z-1]=='\n') ) z--;
  char *out = strndup(b.s + a, z - a);
  free(b.s);
  return out;
}

static int set(char **slot, const char *value){
  if( !value || !*value || *slot ) return 1;
  return (*slot = strdup(value))!=NULL;
}

int tn_html_record(const char *bytes, size_t n, const char *charset, tn_record *rec){
  char meta[64] = "", header_charset[64] = "", type[64] = "";
  size_t body = tn_http_headers(bytes, n, header_charset, sizeof header_charset, type, sizeof type);
  meta_charset(bytes + body, n - body, meta, sizeof meta);
  if( !charset ) charset = meta[0] ? meta : header_charset[0] ? header_charset : NULL;
  tn_decoded doc;
  if( tn_decode_as(bytes + body, n - body, charset, &doc)!=0 ){
    if( doc.error && strcmp(doc.error, "out of memory")==0 ) return -1;
    snprintf(rec->error, sizeof rec->error, "%s", doc.error ? doc.error : "cannot decode");
    return 0;
  }
  GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, doc.text, doc.len);
  if( !out ){ free(doc.text); return -1; }
  page pg;
  memset(&pg, 0, sizeof pg);
  look(out->root, &pg, 0, 0);
  int ok = 1;
  /* Title. */
  char *title = pg.og_title ? strdup(pg.og_title) : NULL;
  if( !title && pg.title ){
    char *t = node_text(pg.title);
    if( t && *t ) title = strip_site(t, pg.site);
    free(t);
  }
  if( !title && pg.h1 ) title = node_text(pg.h1);
  if( title && !*title ){ free(title); title = NULL; }
  rec->title = title;
  /* Date, best evidence first. */
  const char *jsonld_date = NULL, *publisher = NULL;
  for(int k=0; k<pg.njsonld; k++){
    if( !jsonld_date ) jsonld_date = tn_json_string(jsonld_find(pg.jsonld[k], "datePublished", 0));
    const tn_json *p = jsonld_find(pg.jsonld[k], "publisher", 0);
    if( !publisher ) publisher = tn_json_string(p && p->type==TN_JSON_OBJECT ? tn_json_get(p, "name") : p);
  }
  const char *url = pg.canonical ? pg.canonical : pg.og_url;
  if( iso_day(pg.meta_date, rec->published) ) rec->published_how = "html meta";
  else if( iso_day(jsonld_date, rec->published) ) rec->published_how = "json-ld";
  else if( pg.first_time && iso_day(attr(pg.first_time, "datetime"), rec->published) ) rec->published_how = "html time";
  else if( url_day(url, rec->published) ) rec->published_how = "url";
  ok &= set(&rec->url, url);
  ok &= set(&rec->source, pg.site);
  ok &= set(&rec->source, publisher);
  ok &= set(&rec->lang, pg.lang);
  ok &= set(&rec->lang, pg.content_language);
  ok &= set(&rec->lang, pg.og_locale);
  /* The main text. */
  emitter e;
  memset(&e, 0, sizeof e);
  e.title = rec->title;
  const GumboNode *main = pg.best_article ? pg.best_article : pg.best_block_text>=200 ? pg.best_block : NULL;
  if( !main ){
    for(unsigned k=0; k<out->root->v.element.children.length; k++){
      const GumboNode *kid = out->root->v.element.children.data[k];
      if( tag(kid)==GUMBO_TAG_BODY ) main = kid;
    }
  }
  if( main ){
    emit(main, &e, 0);
    flush(&e);
  }
  ok &= !e.out.failed && !e.para.failed;
  rec->doc = doc;
  rec->doc.text = tn_clean_utf8(e.out.s ? e.out.s : "", e.out.len, &rec->doc.len);
  ok &= rec->doc.text!=NULL;
  free(e.out.s);
  free(e.para.s);
  free(doc.text);
  for(int k=0; k<pg.njsonld; k++) tn_json_free(pg.jsonld[k]);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return ok ? 0 : -1;
}

static int html_next(tn_reader *r, tn_record *rec){
  return tn_reader_whole(r, rec, tn_html_record);
}

static int html_claims(const char *head, size_t n){
  size_t k = 0;
  if( n>=3 && memcmp(head, "\xEF\xBB\xBF", 3)==0 ) k = 3;
  if( n - k>=5 && memcmp(head + k, "HTTP/", 5)==0 ){
    const char *blank = NULL;
    for(size_t i=k; i + 3<n && !blank; i++) if( memcmp(head + i, "\r\n\r\n", 4)==0 ) blank = head + i + 4;
    if( !blank ) return 1;
    k = (size_t)(blank - head);
  }
  while( k<n && (head[k]==' ' || head[k]=='\n' || head[k]=='\r' || head[k]=='\t') ) k++;
  return (n - k>=9 && strncasecmp(head + k, "<!doctype", 9)==0) || (n - k>=5 && strncasecmp(head + k, "<html", 5)==0)
      || (n - k>=5 && strncasecmp(head + k, "<head", 5)==0);
}

static const char *const html_extensions[] = { "html", "htm", "xhtml", NULL };
const tn_format tn_format_html = { "html", html_extensions, html_claims, 0, html_next, NULL };
