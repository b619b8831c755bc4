/*
** counts.c: the process-wide counters of counts.h.
*/
#include "counts.h"

static uint64_t files, bytes, amounts;

tn_counts tn_counts_now(void){
  tn_counts c = {
    __atomic_load_n(&files, __ATOMIC_RELAXED),
    __atomic_load_n(&bytes, __ATOMIC_RELAXED),
    __atomic_load_n(&amounts, __ATOMIC_RELAXED),
  };
  return c;
}

void tn_count_file(void){ __atomic_add_fetch(&files, 1, __ATOMIC_RELAXED); }
void tn_count_bytes(uint64_t n){ __atomic_add_fetch(&bytes, n, __ATOMIC_RELAXED); }
void tn_count_amounts(uint64_t n){ __atomic_add_fetch(&amounts, n, __ATOMIC_RELAXED); }
