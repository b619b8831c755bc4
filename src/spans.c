/*
** spans.c: the cursor that amounts() and dates() share. Both find spans
** in one text given as an argument; the cursor keeps a copy of the text
** (the spans point into it) and the rows found, each row a struct of the
** table's own of a size given at xOpen, that starts with where its span is. xClose, xNext, xEof and xRowid
** are the ones below; a table writes only xFilter and xColumn.
*/
#include "tradenews.h"

#include <string.h>

int tn_spans_open(size_t row_size, sqlite3_vtab_cursor **out){
  tn_spans_cursor *c = tn_zalloc(sizeof *c);
  if( !c ) return SQLITE_NOMEM;
  c->row_size = row_size;
  *out = &c->base;
  return SQLITE_OK;
}

static void empty(tn_spans_cursor *c){
  sqlite3_free(c->text);
  sqlite3_free(c->rows);
  c->text = c->rows = NULL;
  c->n = c->cap = c->i = c->counted = 0;
  c->at = (tn_char_counter){ 0, 0 };
}

int tn_spans_start(tn_spans_cursor *c, sqlite3_value *text){
  empty(c);
  if( !text ) return SQLITE_OK;
  int n = sqlite3_value_bytes(text);
  if( !(c->text = sqlite3_malloc(n + 1)) ) return SQLITE_NOMEM;
  memcpy(c->text, sqlite3_value_text(text), (size_t)n);
  c->text[n] = 0;
  c->bytes = (size_t)n;
  return SQLITE_OK;
}

int tn_spans_add(tn_spans_cursor *c, const void *row){
  if( c->n==c->cap ){
    sqlite3_int64 cap = c->cap ? c->cap*2 : 16;
    char *rows = sqlite3_realloc64(c->rows, (sqlite3_uint64)cap * c->row_size);
    if( !rows ) return -1;
    c->rows = rows;
    c->cap = cap;
  }
  memcpy(c->rows + (size_t)c->n++ * c->row_size, row, c->row_size);
  return 0;
}

void *tn_spans_row(const tn_spans_cursor *c, sqlite3_int64 k){
  return c->rows + (size_t)k * c->row_size;
}

const tn_span *tn_spans_counted(tn_spans_cursor *c){
  for(; c->counted<=c->i; c->counted++){
    tn_span *s = tn_spans_row(c, c->counted);
    tn_char_span(c->text, &c->at, s->start, s->end, &s->pos, &s->len);
  }
  return tn_spans_row(c, c->i);
}

int tn_spans_error(sqlite3_vtab_cursor *cur, char *err){
  if( !err ) return SQLITE_NOMEM;
  sqlite3_free(cur->pVtab->zErrMsg);
  cur->pVtab->zErrMsg = err;
  return SQLITE_ERROR;
}

int tn_spans_close(sqlite3_vtab_cursor *cur){
  empty((tn_spans_cursor *)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

int tn_spans_next(sqlite3_vtab_cursor *cur){
  ((tn_spans_cursor *)cur)->i++;
  return SQLITE_OK;
}

int tn_spans_eof(sqlite3_vtab_cursor *cur){
  const tn_spans_cursor *c = (const tn_spans_cursor *)cur;
  return c->i>=c->n;
}

int tn_spans_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid){
  *rowid = ((tn_spans_cursor *)cur)->i + 1;
  return SQLITE_OK;
}
