/* html.c: libFuzzer target for the html reader alone (make fuzz): the
** input is the file. The body is readers.c's. */
#define FUZZ_FORMAT "html"
#include "readers.c"
