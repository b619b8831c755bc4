/*
** counts.h: what this process has read and found so far, for a progress
** line (the tradenews command): files opened, bytes read from them (after
** decompression), amounts found. Counted atomically, by any thread; only
** ever grow.
**
**   tn_counts c = tn_counts_now();   -- c.files, c.bytes, c.amounts
*/
#ifndef TN_COUNTS_H
#define TN_COUNTS_H

#include <stdint.h>

typedef struct { uint64_t files, bytes, amounts; } tn_counts;

tn_counts tn_counts_now(void);
void tn_count_file(void);
void tn_count_bytes(uint64_t n);
void tn_count_amounts(uint64_t n);

#endif
