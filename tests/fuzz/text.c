/* text.c: libFuzzer target for the text reader alone (make fuzz): the
** input is the file. The body is readers.c's. */
#define FUZZ_FORMAT "text"
#include "readers.c"
