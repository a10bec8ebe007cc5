// The size check that stands in for the kernel's overcommit heuristic. mimalloc maps memory with
// MAP_NORESERVE, so a request for terabytes "succeeds" and the process then grinds through page
// faults until it is killed; CPython on glibc gets NULL at once and raises MemoryError. Every
// allocation that can be sized by a Python program asks here first.
#pragma once

#include <cstddef>
#include <cstdlib>

namespace pygen {

// True when one block of `bytes` exceeds the machine's RAM plus swap, the bound the kernel applies
// to a single request (mm/util.c, __vm_enough_memory with OVERCOMMIT_GUESS). Read once, cached.
bool allocation_exceeds_machine(size_t bytes);

// The cheap test callers use: small requests never reach the system query.
inline bool allocation_impossible(size_t bytes) {
    constexpr size_t kCheckFromBytes = size_t{1} << 30;
    return bytes >= kCheckFromBytes && allocation_exceeds_machine(bytes);
}


// ---- Memory cap (the embedding API's set_memory_limit, include/pygen/sandbox.h) ----
// The runtime's own blocks (objects, list/dict/set tables, str/bytes payloads, frames) are
// allocated through these instead of std::malloc & co. While no cap is set they are the C
// functions behind one well-predicted test; with a cap they count usable bytes and refuse (null,
// so callers raise MemoryError as for a real failure) what would pass the cap. Blocks allocated
// before the cap was set and freed after it are subtracted too; the count then never goes below 0.
extern bool g_memory_cap_on;

// Allocation-failure injection for tests (pygen._fail_new): when set to N > 0, the N-th call of
// the throwing operator new from then on throws std::bad_alloc (src/alloc_hooks.cpp, the pygen
// executable's operator new), and the count stays at 0. 0: off.
extern long g_fail_new_countdown;
// pygen._fail_alloc(N): the N-th counted allocation (capped_malloc/calloc/realloc, so the
// runtime's objects and buffers) from then on returns null; the accounting is switched on while
// armed. 0 disarms. Returns the countdown that was left (0 after the failure was injected).
long fail_alloc_arm(long n);
void* capped_malloc(size_t bytes);
void* capped_calloc(size_t count, size_t size);
void* capped_realloc(void* p, size_t bytes);
void capped_free(void* p);
void memory_cap_set(size_t limit_bytes);   // 0: no cap
size_t memory_cap_used();
// The tracemalloc module's view of the same accounting: bytes allocated since tracing started
// and still held, and the highest that has been. Blocks are not attributed to source lines.
struct MemoryTrace {
    size_t current;
    size_t peak;
};
void memory_trace_start();
void memory_trace_stop();
bool memory_tracing();
void memory_trace_reset_peak();
MemoryTrace memory_traced();
// GMP's limbs go through counting allocation functions too (mp_set_memory_functions; installed
// by runtime_init). GMP cannot take a failed allocation, so they count without refusing; the
// operations that make big results (**, <<, *) ask memory_cap_refuses first, with the result's
// size, and raise MemoryError instead.
void memory_cap_install_gmp();
bool memory_cap_refuses_slow(double bytes);
inline bool memory_cap_refuses(double bytes) { return g_memory_cap_on && memory_cap_refuses_slow(bytes); }

inline void* mem_malloc(size_t bytes) { return g_memory_cap_on ? capped_malloc(bytes) : std::malloc(bytes); }
inline void* mem_calloc(size_t count, size_t size) {
    return g_memory_cap_on ? capped_calloc(count, size) : std::calloc(count, size);
}
inline void* mem_realloc(void* p, size_t bytes) { return g_memory_cap_on ? capped_realloc(p, bytes) : std::realloc(p, bytes); }
inline void mem_free(void* p) {
    if (g_memory_cap_on) [[unlikely]] capped_free(p);
    else std::free(p);
}

}  // namespace pygen
