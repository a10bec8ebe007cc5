// Per-size-class free pools for the small fixed-size objects the runtime makes and drops all the
// time (lists, dicts, iterators, cells, functions, bound methods, ...: types with kTypePooledAlloc).
// A freed block of one of those types is parked on a LIFO list of its 16-byte size class and
// handed to the next allocation of that class: no trip through malloc/free, and the block is
// still warm in the cache. Blocks are always allocated at their class's full size, so any block
// of a class may serve any request of that class, whoever allocated it first.
//
// The pools step aside (blocks go straight to and from the allocator) while the memory cap's
// accounting is on (a cap, tracemalloc, the allocation-failure injection of the bad_alloc sweep:
// every allocation must reach the counting allocator) and in sanitizer builds, where a parked
// block would hide a use after free from AddressSanitizer.
// CPython counterpart: the free lists of Objects/listobject.c, dictobject.c, and obmalloc's
// size classes.
#pragma once

#include <cstddef>

#include "objects/alloc_limit.h"

namespace pygen::size_pools {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

constexpr size_t kGranule = 16;
constexpr size_t kMaxBytes = 512;                  // larger objects are not pooled
constexpr size_t kClasses = kMaxBytes / kGranule;  // class c (1..kClasses) holds blocks of c * 16 bytes
constexpr unsigned kDepth = 256;                   // parked blocks per class at most

struct Pool {
    void* head;       // parked blocks, chained through their first word
    unsigned count;
};
extern Pool g_pools[kClasses + 1];

// The class of a request of `bytes` (<= kMaxBytes).
inline size_t class_of(size_t bytes) { return (bytes + kGranule - 1) / kGranule; }

// A block of class c's full size, uninitialised; null when the allocator refuses.
inline void* take(size_t c) {
    Pool& p = g_pools[c];
    if (p.head != nullptr && !g_memory_cap_on) {
        void* block = p.head;
        p.head = *static_cast<void**>(block);
        --p.count;
        return block;
    }
    return mem_malloc(c * kGranule);
}

// Gives back a block that take(c) returned.
inline void give(void* block, size_t c) {
    Pool& p = g_pools[c];
    if (!kSanitized && !g_memory_cap_on && p.count < kDepth) {
        *static_cast<void**>(block) = p.head;
        p.head = block;
        ++p.count;
        return;
    }
    mem_free(block);
}

// Returns every parked block to the allocator (at exit, so leak checkers see none).
void drain();

}  // namespace pygen::size_pools
