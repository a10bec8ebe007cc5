// See alloc_limit.h: one cached reading of RAM plus swap.
#include "objects/alloc_limit.h"

#include <sys/sysinfo.h>

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

}  // namespace pygen
