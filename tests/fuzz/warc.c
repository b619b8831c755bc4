/* warc.c: libFuzzer target for the warc reader alone (make fuzz): the
** input is the file. The body is readers.c's. */
#define FUZZ_FORMAT "warc"
#include "readers.c"
