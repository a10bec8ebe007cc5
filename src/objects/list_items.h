// The item arrays of lists. Arrays of up to kPooledSlots slots come from the size-class pools
// (objects/size_pools.h), like exact strs and generator frames: a list made and dropped in a loop
// (a slice, a row of a matrix, a comprehension's result) gets a block still warm in the cache
// instead of a cold one from calloc, and dropping it parks the block instead of freeing it.
// Larger arrays go to the allocator. A block's class follows from the list's capacity, so every
// function here is told the capacity the array was allocated with.
// CPython counterpart: list item arrays come from obmalloc's size classes (PyMem_Malloc).
#pragma once

#include <cstring>

#include "objects/alloc_limit.h"
#include "objects/object.h"
#include "objects/size_pools.h"

namespace pygen::list_items {

constexpr size_t kPooledSlots = size_pools::kMaxBytes / sizeof(Object*);  // 64

inline bool pooled(size_t cap) { return cap <= kPooledSlots; }

// An array of cap (> 0) slots, uninitialised; null when the allocator refuses.
inline Object** alloc(size_t cap) {
    if (pooled(cap)) return static_cast<Object**>(size_pools::take(size_pools::class_of(cap * sizeof(Object*))));
    return static_cast<Object**>(mem_malloc(cap * sizeof(Object*)));
}

// An array of cap (> 0) null slots.
inline Object** alloc_zeroed(size_t cap) {
    if (pooled(cap)) {
        Object** items = alloc(cap);
        if (items != nullptr) std::memset(items, 0, cap * sizeof(Object*));
        return items;
    }
    return static_cast<Object**>(mem_calloc(cap, sizeof(Object*)));
}

// Releases an array that alloc/resize gave with capacity cap (null is allowed).
inline void free(Object** items, size_t cap) {
    if (items == nullptr) return;
    if (pooled(cap)) size_pools::give(items, size_pools::class_of(cap * sizeof(Object*)));
    else mem_free(items);
}

// Moves an array of old_cap slots (null when the list has none; old_cap is then ignored) to one of
// new_cap (> 0) slots, keeping the first min(old, new) slots. Null when the allocator refuses; the
// old array is then untouched.
inline Object** resize(Object** items, size_t old_cap, size_t new_cap) {
    if (items == nullptr) return alloc(new_cap);
    if (!pooled(old_cap) && !pooled(new_cap))
        return static_cast<Object**>(mem_realloc(items, new_cap * sizeof(Object*)));
    if (pooled(old_cap) && pooled(new_cap) &&
        size_pools::class_of(old_cap * sizeof(Object*)) == size_pools::class_of(new_cap * sizeof(Object*)))
        return items;  // the block already has room for new_cap slots
    Object** fresh = alloc(new_cap);
    if (fresh == nullptr) return nullptr;
    std::memcpy(fresh, items, (old_cap < new_cap ? old_cap : new_cap) * sizeof(Object*));
    free(items, old_cap);
    return fresh;
}

}  // namespace pygen::list_items
