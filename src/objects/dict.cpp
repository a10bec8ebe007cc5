// dict: the compact insertion-ordered hash table (a 1/2/4-byte index table over a dense entries array),
// lookup that survives == running Python code (even code that mutates the dict), the C++ API,
// the dict type's slots and methods. Views and iterators live in dict_views.cpp.
// CPython counterpart: Objects/dictobject.c.
#include "objects/dict.h"
#include "objects/alloc_limit.h"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"
#include "vm/gc.h"

namespace pygen {

TypeObject DictType;

namespace {

constexpr int32_t kEmpty = -1;       // index slot never used
constexpr int32_t kDummy = -2;       // index slot whose entry was deleted (probe chains continue)
constexpr ssize kNotFound = -1;      // lookup results
constexpr ssize kError = -2;
constexpr ssize kMinIndexSize = 8;
constexpr int kPerturbShift = 5;

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }
inline ssize usable_for(ssize index_size) { return (index_size << 1) / 3; }
inline int shift_for(ssize index_size) { return index_size <= 128 ? 0 : index_size <= 0x8000 ? 1 : 2; }

// The index slots of a table (the bytes before its entries), read and written at their width.
struct IndexTable {
    char* base;
    int shift;
    ssize get(size_t i) const {
        switch (shift) {
            case 0: return reinterpret_cast<const int8_t*>(base)[i];
            case 1: return reinterpret_cast<const int16_t*>(base)[i];
            default: return reinterpret_cast<const int32_t*>(base)[i];
        }
    }
    void set(size_t i, ssize ix) const {
        switch (shift) {
            case 0: reinterpret_cast<int8_t*>(base)[i] = static_cast<int8_t>(ix); break;
            case 1: reinterpret_cast<int16_t*>(base)[i] = static_cast<int16_t>(ix); break;
            default: reinterpret_cast<int32_t*>(base)[i] = static_cast<int32_t>(ix); break;
        }
    }
};
inline IndexTable index_of(DictObject* d) {
    return IndexTable{reinterpret_cast<char*>(d->entries) - (static_cast<size_t>(d->index_size) << d->index_shift), d->index_shift};
}
// The malloc block of d's table (null while empty).
inline void* table_block(DictObject* d) {
    return d->entries ? index_of(d).base : nullptr;
}
inline size_t table_bytes(ssize index_size, ssize capacity, uint8_t entry_size) {
    return (static_cast<size_t>(index_size) << shift_for(index_size)) + static_cast<size_t>(capacity) * entry_size;
}
inline size_t table_bytes(ssize index_size, uint8_t entry_size) {
    return table_bytes(index_size, usable_for(index_size), entry_size);
}
// The index size CPython 3.11 grows a table to when it must hold about `m` / 3 * 2 entries
// (calculate_log2_keysize(GROWTH_RATE)): 2^bit_length(((m | 8) - 1) | 7). Following it keeps
// sys.getsizeof of a dict as CPython reports it.
inline ssize growth_index_size(ssize m) {
    auto v = static_cast<uint64_t>(((m | kMinIndexSize) - 1) | (kMinIndexSize - 1));
    return static_cast<ssize>(uint64_t{1} << (64 - __builtin_clzll(v)));
}
// Entries d's table has room for.
inline ssize capacity_of(DictObject* d) {
    return d->tight_capacity ? d->tight_capacity : usable_for(d->index_size);
}

// Hash with the str fast path: exact strs cache their hash in the object.
inline int64_t key_hash(Object* key) {
    if (is_str_exact(key)) {
        int64_t h = static_cast<StrObject*>(key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return object_hash(key);
}

// The probe for an exact str key in a str table (CPython: unicodekeys_lookup_unicode), on index
// slots of one width: identity, then the cached hash, then the bytes. Nothing here can run
// Python code. With free_slot, also reports the first empty or dummy slot of the chain, where
// the key goes when absent (the slot find_free_slot would pick).
template <class Slot>
ssize probe_str(const DictObject* d, const StrObject* key, int64_t hash, size_t* free_slot) {
    const auto* index = reinterpret_cast<const Slot*>(d->entries - static_cast<size_t>(d->index_size) * sizeof(Slot));
    size_t mask = static_cast<size_t>(d->index_size - 1);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        ssize ix = index[i];
        if (ix >= 0) {
            auto* ek = *reinterpret_cast<const StrObject* const*>(d->entries + ix * kStrEntrySize);
            if (ek == key) return ix;
            if (ek->hash == hash && ek->byte_size == key->byte_size &&
                std::memcmp(ek->data, key->data, key->byte_size) == 0)
                return ix;
        } else {
            if (free_slot && *free_slot == SIZE_MAX) *free_slot = i;
            if (ix == kEmpty) return kNotFound;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// probe_str at d's index width; d has a table.
inline ssize lookup_str(const DictObject* d, Object* key, int64_t hash, size_t* free_slot = nullptr) {
    const auto* k = static_cast<const StrObject*>(key);
    switch (d->index_shift) {
        case 0: return probe_str<int8_t>(d, k, hash, free_slot);
        case 1: return probe_str<int16_t>(d, k, hash, free_slot);
        default: return probe_str<int32_t>(d, k, hash, free_slot);
    }
}

ssize lookup_general(DictObject* d, Object* key, int64_t hash);

// Finds the entry holding `key`. Returns its entries position, kNotFound or kError.
inline ssize lookup(DictObject* d, Object* key, int64_t hash) {
    if (d->entries == nullptr) return kNotFound;
    if (d->entry_size == kStrEntrySize && is_str_exact(key)) return lookup_str(d, key, hash);
    return lookup_general(d, key, hash);
}

// lookup for any key and table. The == call may run Python code that changes the dict; when the
// table or the entry changed under us the search starts over (CPython: dictobject.c, lookdict).
ssize lookup_general(DictObject* d, Object* key, int64_t hash) {
restart:
    if (d->entries == nullptr) return kNotFound;
    IndexTable index = index_of(d);
    size_t mask = static_cast<size_t>(d->index_size - 1);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    bool key_is_str = is_str_exact(key);
    bool str_table = d->entry_size == kStrEntrySize;
    for (;;) {
        ssize ix = index.get(i);
        if (ix == kEmpty) return kNotFound;
        if (ix >= 0) {
            DictEntry* e = dict_entry(d, ix);
            Object* ek = e->key;
            if (ek == key) return ix;
            if ((str_table ? static_cast<StrObject*>(ek)->hash : e->hash) == hash) {
                if (key_is_str && (str_table || is_str_exact(ek))) {
                    if (str_equal(ek, key)) return ix;
                } else {
                    char* entries = d->entries;
                    int32_t index_size = d->index_size;
                    uint8_t entry_size = d->entry_size;
                    incref(ek);
                    int cmp = object_rich_compare_bool(ek, key, CompareOp::Eq);
                    decref(ek);
                    if (cmp < 0) return kError;
                    // Only a rebuilt table or a replaced entry starts the search over, as in
                    // CPython (the keys object or me_key changed): other entries added or
                    // deleted by the == call leave this probe valid, and == is not re-run.
                    if (d->entries != entries || d->index_size != index_size || d->entry_size != entry_size ||
                        ix >= d->entries_used || dict_entry(d, ix)->key != ek)
                        goto restart;
                    if (cmp > 0) return ix;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Index slot whose value is entry `ix` (which must be present).
size_t slot_of_entry(DictObject* d, int64_t hash, ssize ix) {
    IndexTable index = index_of(d);
    size_t mask = static_cast<size_t>(d->index_size - 1);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (index.get(i) != ix) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// First empty or dummy slot on hash's probe chain.
size_t find_free_slot(IndexTable index, ssize index_size, int64_t hash) {
    size_t mask = static_cast<size_t>(index_size - 1);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (index.get(i) >= 0) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuilds the tables with an index of index_size slots and entries of entry_size bytes (a str
// table becomes a general one; never the reverse), dropping deleted entries (positions of live
// entries change; iterators detect this through `used`/their length).
bool resize_to(DictObject* d, ssize index_size, uint8_t entry_size) {
    if (index_size > (static_cast<ssize>(1) << 30)) { err_no_memory(); return false; }   // d->index_size is int32_t
    int shift = shift_for(index_size);
    size_t index_bytes = static_cast<size_t>(index_size) << shift;   // a multiple of 8: entries stay aligned
    auto* block = static_cast<char*>(mem_malloc(table_bytes(index_size, entry_size)));
    if (block == nullptr) {
        err_no_memory();
        return false;
    }
    std::memset(block, 0xff, index_bytes);   // all kEmpty
    IndexTable index{block, shift};
    char* entries = block + index_bytes;
    bool to_general = entry_size == kGeneralEntrySize;
    ssize n = 0;
    for (ssize k = 0; k < d->entries_used; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (e->key == nullptr) continue;
        int64_t hash = dict_entry_hash(d, e);
        auto* to = reinterpret_cast<DictEntry*>(entries + n * entry_size);
        to->key = e->key;
        to->value = e->value;
        if (to_general) to->hash = hash;
        index.set(find_free_slot(index, index_size, hash), n);
        ++n;
    }
    mem_free(table_block(d));
    d->entries = entries;
    d->entry_size = entry_size;
    d->index_size = static_cast<int32_t>(index_size);
    d->index_shift = static_cast<uint8_t>(shift);
    d->tight_capacity = 0;
    d->entries_used = n;
    return true;
}

// resize_to the smallest index with room for min_used entries, the layout kept.
bool resize(DictObject* d, ssize min_used) {
    ssize index_size = kMinIndexSize;
    while (usable_for(index_size) < min_used) {
        if (index_size > (static_cast<ssize>(1) << 30)) { err_no_memory(); return false; }
        index_size <<= 1;
    }
    return resize_to(d, index_size, d->entry_size);
}

// A tight table (tight_capacity) that is full gets the rest of its entries in place: the index
// stays as it is, only the entries array at the block's end grows.
bool grow_tight(DictObject* d) {
    size_t index_bytes = static_cast<size_t>(d->index_size) << d->index_shift;
    auto* block = static_cast<char*>(mem_realloc(table_block(d), table_bytes(d->index_size, d->entry_size)));
    if (block == nullptr) {
        err_no_memory();
        return false;
    }
    d->entries = block + index_bytes;
    d->tight_capacity = 0;
    return true;
}

int insert_absent(DictObject* d, Object* key, int64_t hash, Object* value);

// Inserts or replaces. Consumes a reference to key and to value (on success and on error).
int insert(DictObject* d, Object* key, int64_t hash, Object* value) {
    if (d->entry_size == kStrEntrySize && is_str_exact(key) && d->entries != nullptr &&
        d->entries_used < capacity_of(d)) {
        // An exact str into a str table with room: one probe finds the key or its slot.
        size_t slot = SIZE_MAX;
        ssize ix = lookup_str(d, key, hash, &slot);
        gc_dict_maintain_tracking(d, key, value);
        if (ix >= 0) {
            DictEntry* e = dict_entry(d, ix);
            Object* old = e->value;
            e->value = value;
            decref(old);
            decref(key);
            return 0;
        }
        ssize n = d->entries_used;
        index_of(d).set(slot, n);
        DictEntry* e = dict_entry(d, n);
        e->key = key;
        e->value = value;
        d->entries_used = n + 1;
        ++d->used;
        d->keys_version = dict_next_keys_version();
        d->key_bits |= uint64_t{1} << (static_cast<uint64_t>(hash) & 63);
        return 0;
    }
    ssize ix = lookup(d, key, hash);
    if (ix == kError) {
        decref(key);
        decref(value);
        return -1;
    }
    if (ix >= 0) {
        gc_dict_maintain_tracking(d, key, value);
        DictEntry* e = dict_entry(d, ix);
        Object* old = e->value;
        e->value = value;
        decref(old);
        decref(key);
        return 0;
    }
    return insert_absent(d, key, hash, value);
}

// Adds a key that lookup just reported absent (no second comparison: dict.setdefault compares
// once, as CPython's). Consumes a reference to key and to value (on success and on error).
int insert_absent(DictObject* d, Object* key, int64_t hash, Object* value) {
    gc_dict_maintain_tracking(d, key, value);
    bool general = d->entry_size == kGeneralEntrySize;
    if (!general && !is_str_exact(key)) {
        // The first key that is not an exact str: the table takes the general layout, sized as
        // CPython's insertion_resize does for this.
        general = true;
        if (d->entries == nullptr) {
            d->entry_size = kGeneralEntrySize;
        } else if (!resize_to(d, growth_index_size(d->used * 3), kGeneralEntrySize)) {
            decref(key);
            decref(value);
            return -1;
        }
    }
    if (d->tight_capacity && d->entries_used >= d->tight_capacity) {
        if (!grow_tight(d)) {
            decref(key);
            decref(value);
            return -1;
        }
    }
    if (d->entries == nullptr || d->entries_used >= usable_for(d->index_size)) {
        // An index of at least three times the live entries, as CPython's GROWTH_RATE (used*3 is
        // the index size, not the usable entries: room for used*2 entries).
        if (!resize_to(d, growth_index_size(d->used * 3), d->entry_size)) {
            decref(key);
            decref(value);
            return -1;
        }
    }
    ssize n = d->entries_used;
    index_of(d).set(find_free_slot(index_of(d), d->index_size, hash), n);
    DictEntry* e = dict_entry(d, n);
    e->key = key;
    e->value = value;
    if (general) e->hash = hash;
    else assert(static_cast<StrObject*>(key)->hash == hash && "a str-table key's hash is cached");
    d->entries_used = n + 1;
    ++d->used;
    d->keys_version = dict_next_keys_version();
    d->key_bits |= uint64_t{1} << (static_cast<uint64_t>(hash) & 63);
    return 0;
}

// Unlinks entry ix (found for `hash`) and hands back its key and value references.
void unlink_entry(DictObject* d, ssize ix, Object** key, Object** value) {
    DictEntry* e = dict_entry(d, ix);
    index_of(d).set(slot_of_entry(d, dict_entry_hash(d, e), ix), kDummy);
    *key = e->key;
    *value = e->value;
    e->key = nullptr;
    e->value = nullptr;
    --d->used;
    d->keys_version = dict_next_keys_version();
}

Object* dict_new_of_type(TypeObject* type) {
    Object* o = alloc_object(type);
    if (o == nullptr) return nullptr;
    // An exact dict holds nothing that could make a cycle yet (subclass instances may, through
    // their __dict__ or slots): tracked on the first insert of a container (vm/gc.h).
    if (type == &DictType) gc_untrack(o);
    DictObject* d = as_dict(o);
    d->used = 0;
    d->entries_used = 0;
    d->entries = nullptr;
    d->index_size = 0;
    d->index_shift = 0;
    d->owned_by_instance = false;
    d->tight_capacity = 0;
    d->entry_size = kStrEntrySize;
    d->keys_version = 0;
    d->key_bits = 0;
    return o;
}

void dict_dealloc(Object* o) {
    DictObject* d = as_dict(o);
    for (ssize k = 0; k < d->entries_used; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (e->key) {
            decref(e->key);
            decref(e->value);
        }
    }
    mem_free(table_block(d));
    if (d->owned_by_instance) gc_adjust_count(1);   // never counted: balance free_object's decrement
    free_object(o);
}

void dict_traverse(Object* o, VisitFn visit, void* arg) {
    DictObject* d = as_dict(o);
    for (ssize k = 0; k < d->entries_used; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (e->key) {
            visit(e->key, arg);
            visit(e->value, arg);
        }
    }
}

int dict_clear_slot(Object* o) {
    dict_clear(o);
    return 0;
}

}  // namespace

// ---- C++ API ----

Object* dict_new() { return dict_new_of_type(&DictType); }

Object* dict_new_presized(ssize n, bool str_keys) {
    Object* o = dict_new();
    if (o == nullptr) return o;
    DictObject* d = as_dict(o);
    if (!str_keys) d->entry_size = kGeneralEntrySize;
    if (n <= 0) return o;
    if (n >= usable_for(kMinIndexSize)) {
        if (!resize(d, n)) {
            decref(o);
            return nullptr;
        }
        return o;
    }
    int shift = shift_for(kMinIndexSize);
    size_t index_bytes = static_cast<size_t>(kMinIndexSize) << shift;
    auto* block = static_cast<char*>(mem_malloc(table_bytes(kMinIndexSize, n, d->entry_size)));
    if (block == nullptr) {
        decref(o);
        return err_no_memory();
    }
    std::memset(block, 0xff, index_bytes);   // all kEmpty
    d->entries = block + index_bytes;
    d->index_size = static_cast<int32_t>(kMinIndexSize);
    d->index_shift = static_cast<uint8_t>(shift);
    d->tight_capacity = static_cast<uint8_t>(n);
    return o;
}

Object* dict_new_for_instance(Object* owner) {
    Object* d = dict_new_of_type(&DictType);
    if (d && type_has(owner->type, kTypeOwnsInstanceDict)) {
        as_dict(d)->owned_by_instance = true;
        gc_adjust_count(-1);   // as if no container were allocated, as for CPython's inline values
    }
    return d;
}

Object* dict_from_inline_values(Object* owner, const SharedKeys* keys, Object** values, int size) {
    Object* o = dict_new_for_instance(owner);
    if (o == nullptr || size == 0) return o;
    DictObject* d = as_dict(o);
    for (int k = 0; k < size; ++k)
        if (values[k] != nullptr && !is_str_exact(keys->keys[k])) d->entry_size = kGeneralEntrySize;
    // Room for the attributes there are and a few more, as the first insert into a dict would.
    if (!resize(d, size < usable_for(kMinIndexSize) ? usable_for(kMinIndexSize) : size + 1)) {
        decref(o);
        return nullptr;
    }
    IndexTable index = index_of(d);
    bool general = d->entry_size == kGeneralEntrySize;
    for (int k = 0; k < size; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (values[k] == nullptr) {
            e->key = e->value = nullptr;   // a deleted entry keeps the positions after it
            continue;
        }
        Object* key = keys->keys[k];
        int64_t hash = key_hash(key);
        e->key = incref(key);
        e->value = values[k];
        if (general) e->hash = hash;
        values[k] = nullptr;
        index.set(find_free_slot(index, d->index_size, hash), k);
        ++d->used;
        d->key_bits |= uint64_t{1} << (static_cast<uint64_t>(hash) & 63);
    }
    d->entries_used = size;
    d->keys_version = dict_next_keys_version();
    return o;
}

void dict_instance_escape(Object* o) {
    DictObject* d = as_dict(o);
    if (!d->owned_by_instance) return;
    d->owned_by_instance = false;
    gc_adjust_count(1);
    for (ssize k = 0; k < d->entries_used; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (e->key) gc_dict_maintain_tracking(d, e->key, e->value);
    }
}

void dict_traverse_inline(Object* o, VisitFn visit, void* arg) {
    DictObject* d = as_dict(o);
    for (ssize k = 0; k < d->entries_used; ++k) {
        DictEntry* e = dict_entry(d, k);
        if (Object* key = e->key) {
            if (object_is_gc(key)) visit(key, arg);
            visit(e->value, arg);
        }
    }
}

uint64_t dict_next_keys_version() {
    static uint64_t next = 0;
    return ++next;
}

Object* dict_getitem_known_hash(Object* d, Object* key, int64_t hash) {
    ssize ix = lookup(as_dict(d), key, hash);
    if (ix < 0) return nullptr;
    return dict_entry(as_dict(d), ix)->value;
}

Object* dict_getitem(Object* d, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return nullptr;
    return dict_getitem_known_hash(d, key, hash);
}

Object* dict_getitem_str(Object* d, const char* key) {
    // Interned: names used as keys are interned too, so the lookup usually hits on identity.
    Object* k = str_intern(key);
    if (k == nullptr) return nullptr;
    Object* v = dict_getitem(d, k);
    decref(k);
    return v;
}

int dict_setitem(Object* d, Object* key, Object* value) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return insert(as_dict(d), incref(key), hash, incref(value));
}

int dict_setitem_known_hash(Object* d, Object* key, int64_t hash, Object* value) {
    return insert(as_dict(d), incref(key), hash, incref(value));
}

int dict_setitem_str(Object* d, const char* key, Object* value) {
    Object* k = str_intern(key);
    if (k == nullptr) return -1;
    int r = dict_setitem(d, k, value);
    decref(k);
    return r;
}

int dict_delitem(Object* d, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    ssize ix = lookup(as_dict(d), key, hash);
    if (ix == kError) return -1;
    if (ix == kNotFound) {
        err_set_key_error(key);
        return -1;
    }
    Object* k;
    Object* v;
    unlink_entry(as_dict(d), ix, &k, &v);
    decref(k);
    decref(v);
    return 0;
}

int dict_delitem_str(Object* d, const char* key) {
    Object* k = str_intern(key);
    if (k == nullptr) return -1;
    int r = dict_delitem(d, k);
    decref(k);
    return r;
}

int dict_contains(Object* d, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    ssize ix = lookup(as_dict(d), key, hash);
    if (ix == kError) return -1;
    return ix >= 0 ? 1 : 0;
}

ssize dict_size(Object* d) { return as_dict(d)->used; }

ssize dict_sizeof(Object* o) {
    // CPython 3.11: a 48-byte object, and while it has a table of its own a 32-byte keys header,
    // the index and the usable entries (a presized small table is reported at its full size).
    DictObject* d = as_dict(o);
    if (d->entries == nullptr) return 48;
    return 48 + 32 + (static_cast<ssize>(d->index_size) << d->index_shift) + usable_for(d->index_size) * d->entry_size;
}

bool dict_next(Object* d, ssize* pos, Object** key, Object** value) {
    DictObject* dd = as_dict(d);
    ssize i = *pos;
    while (i < dd->entries_used && dict_entry(dd, i)->key == nullptr) ++i;
    if (i >= dd->entries_used) return false;
    *pos = i + 1;
    DictEntry* e = dict_entry(dd, i);
    if (key) *key = e->key;
    if (value) *value = e->value;
    return true;
}

void dict_clear(Object* d) {
    DictObject* dd = as_dict(d);
    char* entries = dd->entries;
    ssize entry_size = dd->entry_size;
    void* block = table_block(dd);
    ssize n = dd->entries_used;
    dd->entries = nullptr;
    dd->entry_size = kStrEntrySize;
    dd->index_size = 0;
    dd->index_shift = 0;
    dd->tight_capacity = 0;
    dd->entries_used = 0;
    dd->used = 0;
    dd->keys_version = dict_next_keys_version();
    dd->key_bits = 0;
    // Release after the dict is consistent: a value's __del__ may look at (or refill) it.
    for (ssize k = 0; k < n; ++k) {
        auto* e = reinterpret_cast<DictEntry*>(entries + k * entry_size);
        if (e->key) {
            decref(e->key);
            decref(e->value);
        }
    }
    mem_free(block);
}

// Gives the empty, table-less dst a copy of src's table, which has no deleted entries: the index
// slots and the entries in use are copied as they are and their references taken (CPython:
// clone_combined_dict_keys). dst is tracked if src is. False with MemoryError.
static bool clone_table_into(DictObject* dst, DictObject* src) {
    // Room for the full usable entries even when src's table is a tight one.
    auto* block = static_cast<char*>(mem_malloc(table_bytes(src->index_size, src->entry_size)));
    if (block == nullptr) {
        err_no_memory();
        return false;
    }
    size_t index_bytes = static_cast<size_t>(src->index_size) << src->index_shift;
    std::memcpy(block, table_block(src), index_bytes + static_cast<size_t>(src->entries_used) * src->entry_size);
    dst->entries = block + index_bytes;
    dst->entry_size = src->entry_size;
    dst->index_size = src->index_size;
    dst->index_shift = src->index_shift;
    dst->tight_capacity = 0;
    dst->entries_used = src->entries_used;
    dst->used = src->used;
    dst->keys_version = dict_next_keys_version();
    dst->key_bits = src->key_bits;
    for (ssize k = 0; k < dst->entries_used; ++k) {
        DictEntry* e = dict_entry(dst, k);
        incref(e->key);
        incref(e->value);
    }
    // As CPython: the copy is tracked if the original is (an instance-owned dict never is).
    if (gc_is_tracked(src) && !dst->owned_by_instance) gc_track(dst);
    return true;
}

Object* dict_copy(Object* d) {
    Object* r = dict_new();
    if (r == nullptr) return nullptr;
    DictObject* src = as_dict(d);
    if (src->used == 0) return r;
    if (src->used == src->entries_used && src->entries != nullptr) {
        // No holes: copy the table as it is.
        if (!clone_table_into(as_dict(r), src)) {
            decref(r);
            return nullptr;
        }
        return r;
    }
    if (dict_merge(r, d, true) < 0) { decref(r); return nullptr; }
    return r;
}

// CPython: dictobject.c, dict_merge. override false keeps existing keys (dict.setdefault-like).
int dict_merge(Object* d, Object* mapping, bool override) {
    if (is_dict(mapping) && mapping->type->iter == DictType.iter) {
        DictObject* other = as_dict(mapping);
        if (other == as_dict(d) || other->used == 0) return 0;
        DictObject* dd = as_dict(d);
        if (dd->entries == nullptr && other->used == other->entries_used &&
            (other->index_size == kMinIndexSize || usable_for(other->index_size / 2) < other->used)) {
            // A fresh target and a source without holes whose index is the smallest that holds
            // its keys (what the loop below would build): the table is copied whole, as CPython's
            // dict_merge clones it (f(*args, **kw) merges kw into a new dict on every call).
            return clone_table_into(dd, other) ? 0 : -1;
        }
        if (dd->used == 0 && (dd->entries == nullptr || capacity_of(dd) < other->used)) {
            // An empty target takes the source's layout at once rather than converting later.
            if (other->entry_size == kGeneralEntrySize) dd->entry_size = kGeneralEntrySize;
            if (!resize(dd, other->used)) return -1;
        }
        ssize n = other->used;
        for (ssize k = 0; k < other->entries_used; ++k) {
            DictEntry* oe = dict_entry(other, k);
            if (oe->key == nullptr) continue;
            struct { Object* key; Object* value; int64_t hash; } e{oe->key, oe->value, dict_entry_hash(other, oe)};
            incref(e.key);
            incref(e.value);
            int r;
            if (override) {
                r = insert(as_dict(d), e.key, e.hash, e.value);
            } else {
                ssize ix = lookup(as_dict(d), e.key, e.hash);
                if (ix == kNotFound) {
                    r = insert(as_dict(d), e.key, e.hash, e.value);
                } else {
                    decref(e.key);
                    decref(e.value);
                    r = ix == kError ? -1 : 0;
                }
            }
            if (r < 0) return -1;
            if (other->used != n) {
                err_set_string(RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // Generic mapping: iterate keys() and fetch each value with [].
    Object* keys = call_method0(mapping, "keys");
    if (keys == nullptr) return -1;
    Object* it = object_iter(keys);
    decref(keys);
    if (it == nullptr) return -1;
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        if (!override) {
            int has = dict_contains(d, key);
            if (has != 0) {
                decref(key);
                if (has < 0) { decref(it); return -1; }
                continue;
            }
        }
        Object* value = object_getitem(mapping, key);
        if (value == nullptr) { decref(key); decref(it); return -1; }
        int r = dict_setitem(d, key, value);
        decref(key);
        decref(value);
        if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

// dict.update(iterable_of_pairs). CPython: dictobject.c, PyDict_MergeFromSeq2.
int dict_merge_from_seq2(Object* d, Object* seq2, bool override) {
    Object* it = object_iter(seq2);
    if (it == nullptr) return -1;
    for (ssize i = 0;; ++i) {
        Object* item = iter_next(it);
        if (item == nullptr) break;
        Object* fast;
        if (is_list(item) || is_tuple(item)) {
            fast = incref(item);
        } else {
            Object* item_it = object_iter(item);
            if (item_it == nullptr) {
                if (err_matches(TypeError)) {
                    err_clear();
                    err_format(TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
                }
                decref(item);
                decref(it);
                return -1;
            }
            decref(item_it);
            fast = sequence_list(item);
        }
        decref(item);
        if (fast == nullptr) { decref(it); return -1; }
        ssize n = is_tuple(fast) ? tuple_size(fast) : list_size(fast);
        if (n != 2) {
            err_format(ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            decref(fast);
            decref(it);
            return -1;
        }
        Object* key = incref(is_tuple(fast) ? tuple_item(fast, 0) : list_item(fast, 0));
        Object* value = incref(is_tuple(fast) ? tuple_item(fast, 1) : list_item(fast, 1));
        decref(fast);
        int r = 0;
        if (override) {
            r = dict_setitem(d, key, value);
        } else {
            int has = dict_contains(d, key);
            r = has < 0 ? -1 : has == 0 ? dict_setitem(d, key, value) : 0;
        }
        decref(key);
        decref(value);
        if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

namespace {

// The positional argument of dict(), dict.update() and |=: a dict, a mapping with keys(), or pairs.
int update_arg(Object* d, Object* arg) {
    if (is_dict_exact(arg)) return dict_merge(d, arg, true);
    static Object* const keys_name = str_intern("keys");   // immortal
    Object* keys = object_lookup_attr(arg, keys_name);
    if (keys == nullptr && err_occurred()) return -1;
    if (keys != nullptr) {
        decref(keys);
        return dict_merge(d, arg, true);
    }
    return dict_merge_from_seq2(d, arg, true);
}

// Keyword arguments of dict(**kw) / update(**kw): names in kwnames, values after the positionals.
int update_kwargs(Object* d, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames == nullptr) return 0;
    for (ssize i = 0; i < tuple_size(kwnames); ++i)
        if (dict_setitem(d, tuple_item(kwnames, i), args[nargs + static_cast<size_t>(i)]) < 0) return -1;
    return 0;
}

}  // namespace

int dict_update(Object* d, Object* other) {
    return dict_merge(d, other, true);
}

Object* dict_keys_list(Object* d) {
    DictObject* dd = as_dict(d);
    Object* r = list_new(dd->used);
    if (r == nullptr) return nullptr;
    ssize n = 0;
    for (ssize k = 0; k < dd->entries_used; ++k)
        if (Object* key = dict_entry(dd, k)->key) list_set_item(r, n++, incref(key));
    return r;
}

Object* dict_setdefault(Object* d, Object* key, Object* deflt) {
    int64_t hash = key_hash(key);
    if (hash == -1) return nullptr;
    ssize ix = lookup(as_dict(d), key, hash);
    if (ix == kError) return nullptr;
    if (ix >= 0) return dict_entry(as_dict(d), ix)->value;
    if (insert_absent(as_dict(d), incref(key), hash, incref(deflt)) < 0) return nullptr;
    return deflt;   // the dict holds a reference now
}

Object* dict_pop(Object* d, Object* key, Object* deflt) {
    if (as_dict(d)->used == 0) {
        if (deflt) return incref(deflt);
        return err_set_key_error(key);
    }
    int64_t hash = key_hash(key);
    if (hash == -1) return nullptr;
    return dict_pop_known_hash(d, key, hash, deflt);
}

Object* dict_pop_known_hash(Object* d, Object* key, int64_t hash, Object* deflt) {
    DictObject* dd = as_dict(d);
    ssize ix = lookup(dd, key, hash);
    if (ix == kError) return nullptr;
    if (ix == kNotFound) {
        if (deflt) return incref(deflt);
        return err_set_key_error(key);
    }
    Object* k;
    Object* v;
    unlink_entry(dd, ix, &k, &v);
    decref(k);
    return v;
}

namespace {

// ---- Slots ----

Object* dict_repr(Object* o) {
    DictObject* d = as_dict(o);
    if (d->used == 0) return str_from("{}");
    int status = repr_enter(o);
    if (status != 0) return status > 0 ? str_from("{...}") : nullptr;
    std::string out = "{";
    bool first = true;
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(o, &pos, &key, &value)) {
        // Hold both: repr may run code that deletes them from the dict.
        incref(key);
        incref(value);
        if (!first) out += ", ";
        first = false;
        Object* kr = nullptr;
        Object* vr = nullptr;
        if (enter_recursive_call(" while getting the repr of an object")) {
            kr = object_repr(key);
            if (kr != nullptr) vr = object_repr(value);
            leave_recursive_call();
        }
        decref(key);
        decref(value);
        if (vr == nullptr) {
            xdecref(kr);
            repr_leave(o);
            return nullptr;
        }
        out += str_view(kr);
        out += ": ";
        out += str_view(vr);
        decref(kr);
        decref(vr);
    }
    out += "}";
    repr_leave(o);
    return str_from(out);
}

// -1 error, 0/1. CPython: dictobject.c, dict_equal.
int dict_equal(DictObject* a, DictObject* b) {
    if (a->used != b->used) return 0;
    for (ssize k = 0; k < a->entries_used; ++k) {
        DictEntry* e = dict_entry(a, k);
        if (e->key == nullptr) continue;
        Object* key = incref(e->key);
        Object* aval = incref(e->value);
        int64_t hash = dict_entry_hash(a, e);
        ssize ix = lookup(b, key, hash);
        if (ix == kError) { decref(key); decref(aval); return -1; }
        if (ix == kNotFound) { decref(key); decref(aval); return 0; }
        Object* bval = incref(dict_entry(b, ix)->value);
        int cmp = object_rich_compare_bool(aval, bval, CompareOp::Eq);
        decref(key);
        decref(aval);
        decref(bval);
        if (cmp <= 0) return cmp;
        if (k >= a->entries_used) break;   // a shrank under us: what remains was compared
    }
    return 1;
}

Object* dict_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_dict(v) || !is_dict(w) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return incref(NotImplemented);
    int eq = dict_equal(as_dict(v), as_dict(w));
    if (eq < 0) return nullptr;
    return bool_from((eq == 1) == (op == CompareOp::Eq));
}

ssize dict_length(Object* o) { return as_dict(o)->used; }

Object* call_missing(Object* self, Object* key) {
    Object* missing = type_lookup_str(self->type, "__missing__");
    if (missing == nullptr) return nullptr;
    Object* bound = missing->type->descr_get
        ? missing->type->descr_get(missing, self, self->type)
        : incref(missing);
    if (bound == nullptr) return nullptr;
    Object* r = call1(bound, key);
    decref(bound);
    return r;
}

Object* dict_subscript(Object* self, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return nullptr;
    ssize ix = lookup(as_dict(self), key, hash);
    if (ix == kError) return nullptr;
    if (ix >= 0) return incref(dict_entry(as_dict(self), ix)->value);
    if (!is_dict_exact(self)) {
        Object* r = call_missing(self, key);
        if (r != nullptr || err_occurred()) return r;
    }
    return err_set_key_error(key);
}

int dict_ass_subscript(Object* self, Object* key, Object* value) {
    if (value == nullptr) return dict_delitem(self, key);
    return dict_setitem(self, key, value);
}

int dict_contains_slot(Object* self, Object* key) { return dict_contains(self, key); }

Object* dict_iter(Object* self) { return dict_iter_new(self, DictIterKind::Keys, false); }

Object* dict_or(Object* a, Object* b) {
    if (!is_dict(a) || !is_dict(b)) return incref(NotImplemented);
    Object* r = dict_copy(a);
    if (r == nullptr) return nullptr;
    if (update_arg(r, b) < 0) { decref(r); return nullptr; }
    return r;
}

Object* dict_ior(Object* a, Object* b) {
    if (!is_dict(a)) return incref(NotImplemented);
    if (update_arg(a, b) < 0) return nullptr;
    return incref(a);
}

// ---- Methods ----

Object* m_keys(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.keys", kwnames) || !arg_none("dict.keys", nargs)) return nullptr;
    return dict_view_new(self, DictIterKind::Keys);
}

Object* m_values(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.values", kwnames) || !arg_none("dict.values", nargs)) return nullptr;
    return dict_view_new(self, DictIterKind::Values);
}

Object* m_items(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.items", kwnames) || !arg_none("dict.items", nargs)) return nullptr;
    return dict_view_new(self, DictIterKind::Items);
}

Object* m_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.get", kwnames) || !arg_count("get", nargs, 1, 2)) return nullptr;
    Object* v = dict_getitem(self, args[0]);
    if (v != nullptr) return incref(v);
    if (err_occurred()) return nullptr;
    return incref(nargs == 2 ? args[1] : None);
}

Object* m_setdefault(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.setdefault", kwnames) || !arg_count("setdefault", nargs, 1, 2)) return nullptr;
    Object* v = dict_setdefault(self, args[0], nargs == 2 ? args[1] : None);
    return v ? incref(v) : nullptr;
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.pop", kwnames) || !arg_count("pop", nargs, 1, 2)) return nullptr;
    return dict_pop(self, args[0], nargs == 2 ? args[1] : nullptr);
}

Object* m_popitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.popitem", kwnames) || !arg_none("dict.popitem", nargs)) return nullptr;
    DictObject* d = as_dict(self);
    if (d->used == 0) return err_set_string(KeyError, "popitem(): dictionary is empty");
    ssize i = d->entries_used - 1;
    while (i >= 0 && dict_entry(d, i)->key == nullptr) --i;
    Object* k;
    Object* v;
    unlink_entry(d, i, &k, &v);
    d->entries_used = i;   // LIFO: the freed tail position is reused by the next insertion
    Object* r = tuple_new(2);
    if (r == nullptr) { decref(k); decref(v); return nullptr; }
    tuple_items(r)[0] = k;
    tuple_items(r)[1] = v;
    return r;
}

Object* m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_count("update", nargs, 0, 1)) return nullptr;
    if (nargs == 1 && update_arg(self, args[0]) < 0) return nullptr;
    if (update_kwargs(self, args, nargs, kwnames) < 0) return nullptr;
    return none_new();
}

Object* m_clear(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.clear", kwnames) || !arg_none("dict.clear", nargs)) return nullptr;
    dict_clear(self);
    return none_new();
}

Object* m_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.copy", kwnames) || !arg_none("dict.copy", nargs)) return nullptr;
    return dict_copy(self);
}

// dict.fromkeys(iterable, value=None): a classmethod, so `self` is the class.
Object* m_fromkeys(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("fromkeys", kwnames) || !arg_count("fromkeys", nargs, 1, 2)) return nullptr;
    Object* value = nargs == 2 ? args[1] : None;
    Object* d = cls == &DictType ? dict_new() : call0(cls);
    if (d == nullptr) return nullptr;
    bool exact = is_dict_exact(d);
    // From a dict or a set the keys' stored hashes are reused, not computed again (CPython's
    // _PyDict_FromKeys; test_set's test_do_not_rehash_dict_keys counts __hash__ calls).
    if (exact && is_dict(args[0]) && args[0]->type->iter == DictType.iter) {
        DictObject* src = as_dict(args[0]);
        for (ssize k = 0; k < src->entries_used; ++k) {
            DictEntry* e = dict_entry(src, k);
            if (e->key == nullptr) continue;
            if (insert(as_dict(d), incref(e->key), dict_entry_hash(src, e), incref(value)) < 0) { decref(d); return nullptr; }
            if (src->entries_used <= k) break;
        }
        return d;
    }
    if (exact && is_anyset(args[0])) {
        ssize pos = 0;
        Object* key;
        int64_t hash;
        while (set_next_hash(args[0], &pos, &key, &hash)) {
            if (insert(as_dict(d), incref(key), hash, incref(value)) < 0) { decref(d); return nullptr; }
        }
        return d;
    }
    Object* it = object_iter(args[0]);
    if (it == nullptr) { decref(d); return nullptr; }
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int r = exact ? dict_setitem(d, key, value) : object_setitem(d, key, value);
        decref(key);
        if (r < 0) { decref(it); decref(d); return nullptr; }
    }
    decref(it);
    if (err_occurred()) { decref(d); return nullptr; }
    return d;
}

Object* m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.__contains__", kwnames) || !arg_exactly_one("dict.__contains__", nargs)) return nullptr;
    int r = dict_contains(self, args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* m_getitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.__getitem__", kwnames) || !arg_exactly_one("dict.__getitem__", nargs)) return nullptr;
    return dict_subscript(self, args[0]);
}

Object* m_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("dict.__reversed__", kwnames) || !arg_none("dict.__reversed__", nargs)) return nullptr;
    return dict_iter_new(self, DictIterKind::Keys, true);
}

Object* m_sizeof(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_none("dict.__sizeof__", nargs)) return nullptr;
    return int_from_i64(dict_sizeof(self));
}

const MethodDef dict_methods[] = {
    {"__contains__", m_contains},
    {"__getitem__", m_getitem},
    {"__sizeof__", m_sizeof},
    {"__reversed__", m_reversed},
    {"keys", m_keys},
    {"items", m_items},
    {"values", m_values},
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"update", m_update},
    {"fromkeys", m_fromkeys, kMethClass},
    {"clear", m_clear},
    {"copy", m_copy},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

Object* dict_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return dict_new_of_type(type);
}

int dict_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_count("dict", nargs, 0, 1)) return -1;
    if (nargs == 1 && update_arg(self, args[0]) < 0) return -1;
    return update_kwargs(self, args, nargs, kwnames);
}

}  // namespace

void init_dict_type() {
    TypeObject& t = DictType;
    t.name = "dict";
    t.basicsize = sizeof(DictObject);
    t.flags = kTypeBaseType | kTypeGC | kTypeDictSubclass | kTypePooledAlloc;
    t.dealloc = dict_dealloc;
    t.repr = dict_repr;
    t.hash = hash_not_implemented;
    t.richcompare = dict_richcompare;
    t.iter = dict_iter;
    t.tp_new = dict_tp_new;
    t.tp_init = dict_tp_init;
    t.traverse = dict_traverse;
    t.clear = dict_clear_slot;
    t.nb[static_cast<int>(BinOp::Or)] = dict_or;
    t.nb_inplace[static_cast<int>(BinOp::Or)] = dict_ior;
    t.len = dict_length;
    t.getitem = dict_subscript;
    t.setitem = dict_ass_subscript;
    t.contains = dict_contains_slot;
    t.methods = dict_methods;
    (void)type_ready(&t);
}

}  // namespace pygen
