// The pools' state (size_pools.h).
#include "objects/size_pools.h"

namespace pygen::size_pools {

Pool g_pools[kClasses + 1];

void drain() {
    for (Pool& p : g_pools) {
        while (p.head != nullptr) {
            void* block = p.head;
            p.head = *static_cast<void**>(block);
            mem_free(block);
        }
        p.count = 0;
    }
}

}  // namespace pygen::size_pools
