/* readers.c: libFuzzer target for the readers of core/read/ (make fuzz):
** HTML, JSON Lines and JSON, WARC, text, through the stream (gzip and the
** other filters are tried on whatever the bytes are). The input's first
** byte picks the format (or none: sniffed); the rest is the file. Every
** record must be text or an error, never a crash; memory stays bounded by
** the limit. html.c, jsonl.c, warc.c and text.c are this target with
** FUZZ_FORMAT defined: one reader, the whole input its file. */
#include "core/read/reader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  static char path[64];
#ifdef FUZZ_FORMAT
  const tn_format *format = tn_format_named(FUZZ_FORMAT);
#else
  if( size==0 ) return 0;
  static const char *const names[] = { "html", "jsonl", "warc", "text", NULL };
  const tn_format *format = names[data[0] % 5] ? tn_format_named(names[data[0] % 5]) : NULL;
  data++;
  size--;
#endif
  if( !path[0] ) snprintf(path, sizeof path, "/tmp/tn-fuzz-readers-%d", (int)getpid());
  FILE *f = fopen(path, "wb");
  if( !f ) return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  char err[256];
  tn_reader *r = tn_reader_open(path, "input", format, NULL, 1 << 20, err, sizeof err);
  if( !r ) return 0;
  tn_record rec;
  for(int k=0; k<1000 && tn_reader_next(r, &rec)==1; k++){
    if( !rec.doc.text && !rec.error[0] ) abort();
    if( rec.doc.text && strlen(rec.doc.text)!=rec.doc.len ) abort();
    tn_record_free(&rec);
  }
  tn_reader_close(r);
  return 0;
}
