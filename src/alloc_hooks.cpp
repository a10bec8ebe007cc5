// operator new/delete for the pygen executable, on top of malloc. Linked into the program (not the
// library) so they take precedence over the allocator library's own versions: mimalloc's operator
// new aborts the process when a request cannot be met, while pygen needs std::bad_alloc, which
// the eval loop turns into MemoryError. malloc itself is still mimalloc's when it is linked.
#include <cstdlib>
#include <new>

#include "objects/alloc_limit.h"

namespace {
// malloc, refusing what the machine could never back (objects/alloc_limit.h).
void* checked_malloc(std::size_t n) {
    if (pygen::allocation_impossible(n)) return nullptr;
    return std::malloc(n ? n : 1);
}

// pygen._fail_new(N): the N-th throwing allocation from then on fails (objects/alloc_limit.h).
inline bool injected_failure() {
    return pygen::g_fail_new_countdown > 0 && --pygen::g_fail_new_countdown == 0;
}
}  // namespace

void* operator new(std::size_t n) {
    if (injected_failure()) [[unlikely]] throw std::bad_alloc();
    if (void* p = checked_malloc(n)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (injected_failure()) [[unlikely]] throw std::bad_alloc();
    if (void* p = checked_malloc(n)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return checked_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return checked_malloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
