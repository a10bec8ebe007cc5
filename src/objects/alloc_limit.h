// The size check that stands in for the kernel's overcommit heuristic. mimalloc maps memory with
// MAP_NORESERVE, so a request for terabytes "succeeds" and the process then grinds through page
// faults until it is killed; CPython on glibc gets NULL at once and raises MemoryError. Every
// allocation that can be sized by a Python program asks here first.
#pragma once

#include <cstddef>

namespace pygen {

// True when one block of `bytes` exceeds the machine's RAM plus swap, the bound the kernel applies
// to a single request (mm/util.c, __vm_enough_memory with OVERCOMMIT_GUESS). Read once, cached.
bool allocation_exceeds_machine(size_t bytes);

// The cheap test callers use: small requests never reach the system query.
inline bool allocation_impossible(size_t bytes) {
    constexpr size_t kCheckFromBytes = size_t{1} << 30;
    return bytes >= kCheckFromBytes && allocation_exceeds_machine(bytes);
}

}  // namespace pygen
