// See alloc_limit.h: one cached reading of RAM plus swap.
#include "objects/alloc_limit.h"

#include <malloc.h>
#include <sys/sysinfo.h>

#include <gmp.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace pygen {

bool allocation_exceeds_machine(size_t bytes) {
    static const unsigned long long limit = [] {
        struct sysinfo info {};
        if (sysinfo(&info) != 0) return ~0ULL;   // unknown: leave the decision to the allocator
        unsigned long long unit = info.mem_unit ? info.mem_unit : 1;
        return (static_cast<unsigned long long>(info.totalram) + info.totalswap) * unit;
    }();
    return bytes > limit;
}


// ---- Memory cap ----
// Counted in usable bytes (what the allocator really handed out), so a free subtracts exactly
// what the matching allocation added.

bool g_memory_cap_on = false;
long g_fail_new_countdown = 0;

namespace {
// The accounting serves two users: the host's cap and the tracemalloc module. While only
// tracemalloc counts, the limit is SIZE_MAX so nothing is ever refused.
size_t g_cap_limit = 0;
size_t g_cap_used = 0;
bool g_cap_set = false;
bool g_tracing = false;
size_t g_trace_base = 0;   // g_cap_used when tracing started: traced memory is what came after
size_t g_trace_peak = 0;
long g_fail_alloc_countdown = 0;   // pygen._fail_alloc

inline bool injected_alloc_failure() {
    return g_fail_alloc_countdown > 0 && --g_fail_alloc_countdown == 0;
}

inline void note_peak() {
    if (g_cap_used > g_trace_peak) g_trace_peak = g_cap_used;
}

void uncount(void* p) {
    if (!p) return;
    size_t n = malloc_usable_size(p);
    g_cap_used = g_cap_used > n ? g_cap_used - n : 0;
}
// Accepts a block just allocated, or frees it and returns null when it passes the cap.
void* count(void* p) {
    if (!p) return nullptr;
    size_t n = malloc_usable_size(p);
    if (g_cap_used + n > g_cap_limit) {
        std::free(p);
        return nullptr;
    }
    g_cap_used += n;
    note_peak();
    return p;
}
}  // namespace

void* capped_malloc(size_t bytes) {
    if (injected_alloc_failure()) [[unlikely]] return nullptr;
    if (bytes > g_cap_limit - std::min(g_cap_used, g_cap_limit)) return nullptr;
    return count(std::malloc(bytes));
}

void* capped_calloc(size_t n, size_t size) {
    if (injected_alloc_failure()) [[unlikely]] return nullptr;
    if (size && n > (g_cap_limit - std::min(g_cap_used, g_cap_limit)) / size) return nullptr;
    return count(std::calloc(n, size));
}

void* capped_realloc(void* p, size_t bytes) {
    if (injected_alloc_failure()) [[unlikely]] return nullptr;
    size_t old = p ? malloc_usable_size(p) : 0;
    size_t base = g_cap_used > old ? g_cap_used - old : 0;
    if (bytes > g_cap_limit - std::min(base, g_cap_limit)) return nullptr;   // p stays valid, as realloc failing
    void* q = std::realloc(p, bytes);
    if (!q) return nullptr;
    size_t n = malloc_usable_size(q);
    g_cap_used = base + n;   // may pass the cap by the allocator's rounding only
    note_peak();
    return q;
}

void capped_free(void* p) {
    uncount(p);
    std::free(p);
}

void memory_cap_set(size_t limit_bytes) {
    g_cap_set = limit_bytes != 0;
    g_cap_limit = g_cap_set ? limit_bytes : SIZE_MAX;
    if (!g_tracing) g_cap_used = 0;   // tracing keeps its running count
    g_memory_cap_on = g_cap_set || g_tracing || g_fail_alloc_countdown > 0;
}

long fail_alloc_arm(long n) {
    long left = g_fail_alloc_countdown;
    g_fail_alloc_countdown = n > 0 ? n : 0;
    if (n > 0 && !g_memory_cap_on) {
        // The counted functions run only while the accounting is on: on, without a limit.
        g_cap_used = 0;
        g_cap_limit = SIZE_MAX;
        g_memory_cap_on = true;
    } else if (n <= 0 && !g_cap_set && !g_tracing && g_memory_cap_on) {
        g_memory_cap_on = false;
        g_cap_used = 0;
    }
    return left;
}

void memory_trace_start() {
    if (g_tracing) return;
    if (!g_memory_cap_on) {
        g_cap_used = 0;
        g_cap_limit = SIZE_MAX;
    }
    g_tracing = true;
    g_memory_cap_on = true;
    g_trace_base = g_trace_peak = g_cap_used;
}

void memory_trace_stop() {
    if (!g_tracing) return;
    g_tracing = false;
    g_memory_cap_on = g_cap_set || g_fail_alloc_countdown > 0;
    if (!g_cap_set) g_cap_used = 0;
}

bool memory_tracing() { return g_tracing; }

void memory_trace_reset_peak() { g_trace_peak = g_cap_used; }

MemoryTrace memory_traced() {
    if (!g_tracing) return {0, 0};
    auto above_base = [](size_t n) { return n > g_trace_base ? n - g_trace_base : 0; };
    return {above_base(g_cap_used), above_base(g_trace_peak)};
}

size_t memory_cap_used() { return g_cap_used; }

bool memory_cap_refuses_slow(double bytes) {
    return bytes > static_cast<double>(g_cap_limit - std::min(g_cap_used, g_cap_limit));
}

namespace {
// GMP aborts the process on a null result; a machine-level failure becomes std::bad_alloc, which
// the eval loop turns into MemoryError (as before these functions, when GMP aborted).
void* gmp_allocate(size_t n) {
    void* p = std::malloc(n);
    if (!p) throw std::bad_alloc();
    if (g_memory_cap_on) {
        g_cap_used += malloc_usable_size(p);
        note_peak();
    }
    return p;
}

void* gmp_reallocate(void* p, size_t, size_t n) {
    size_t old = g_memory_cap_on && p ? malloc_usable_size(p) : 0;
    void* q = std::realloc(p, n);
    if (!q) throw std::bad_alloc();
    if (g_memory_cap_on) {
        g_cap_used = (g_cap_used > old ? g_cap_used - old : 0) + malloc_usable_size(q);
        note_peak();
    }
    return q;
}

void gmp_free(void* p, size_t) { mem_free(p); }
}  // namespace

void memory_cap_install_gmp() { mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free); }

}  // namespace pygen
