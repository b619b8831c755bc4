/* jsonl.c: libFuzzer target for the jsonl reader alone (make fuzz): the
** input is the file. The body is readers.c's. */
#define FUZZ_FORMAT "jsonl"
#include "readers.c"
