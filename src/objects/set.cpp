// set, frozenset and set_iterator. The table follows CPython's layout and probing exactly (an
// 8-slot table inside the object, 9 linear probes then perturbed jumps, the same resize points),
// so iteration order, repr and frozenset hashes match CPython's.
// CPython counterpart: Objects/setobject.c.
#include "objects/set.h"
#include "objects/alloc_limit.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/type_impl.h"   // object_init: no __init__ of its own
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace pygen {

TypeObject SetType;
TypeObject FrozenSetType;
TypeObject SetIterType;

namespace {

constexpr ssize kSetMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

struct SetEntry {
    Object* key;    // null: never used; &dummy_struct: deleted; else strong
    int64_t hash;   // 0 with a null key when unused, -1 when deleted
};

struct SetObject : Object {
    ssize fill;          // active + deleted slots
    ssize used;          // active slots
    ssize mask;          // table size - 1
    SetEntry* table;     // smalltable or malloc'ed
    int64_t hash;        // frozenset hash cache, -1 until computed
    ssize finger;        // where pop() resumes its scan
    Object* weakreflist; // weak references to this set (sets and frozensets are weak-referenceable)
    SetEntry smalltable[kSetMinSize];
};

Object dummy_struct = {1, nullptr};   // marks deleted slots; never handed out
Object* const dummy = &dummy_struct;

inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }
inline bool is_set_type(Object* o) { return o->type == &SetType || is_subtype(o->type, &SetType); }
inline bool is_frozenset_exact(Object* o) { return o->type == &FrozenSetType; }

inline int64_t key_hash(Object* key) {
    if (is_str_exact(key)) {
        int64_t h = static_cast<StrObject*>(key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return object_hash(key);
}

void empty_to_minsize(SetObject* so) {
    std::memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = kSetMinSize - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

// Finds key's slot: the entry holding it, or the unused entry that ends its probe sequence.
// Null on error. Restarts when == changed the table. CPython: setobject.c, set_lookkey.
SetEntry* lookkey(SetObject* so, Object* key, int64_t hash) {
restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    for (;;) {
        SetEntry* entry = &so->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) return entry;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) return entry;
                if (is_str_exact(startkey) && is_str_exact(key)) {
                    if (str_equal(startkey, key)) return entry;
                } else {
                    SetEntry* table = so->table;
                    incref(startkey);
                    int cmp = object_rich_compare_bool(startkey, key, CompareOp::Eq);
                    decref(startkey);
                    if (cmp < 0) return nullptr;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) return entry;
                    mask = static_cast<size_t>(so->mask);
                }
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Inserts a key known to be absent into a table without deleted entries.
void insert_clean(SetEntry* table, size_t mask, Object* key, int64_t hash) {
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (entry->key == nullptr) { entry->key = key; entry->hash = hash; return; }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (entry->key == nullptr) { entry->key = key; entry->hash = hash; return; }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power-of-two size greater than minused.
int table_resize(SetObject* so, ssize minused) {
    size_t newsize = kSetMinSize;
    while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
    SetEntry* oldtable = so->table;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[kSetMinSize];
    SetEntry* newtable;
    if (newsize == static_cast<size_t>(kSetMinSize)) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   // nothing to purge
            std::memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = static_cast<SetEntry*>(mem_malloc(newsize * sizeof(SetEntry)));
        if (newtable == nullptr) { err_no_memory(); return -1; }
    }
    size_t oldmask = static_cast<size_t>(so->mask);
    std::memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = static_cast<ssize>(newsize - 1);
    so->table = newtable;
    for (size_t k = 0; k <= oldmask; ++k) {
        SetEntry& e = oldtable[k];
        if (e.key != nullptr && e.key != dummy) insert_clean(newtable, newsize - 1, e.key, e.hash);
    }
    so->fill = so->used;
    if (old_malloced) mem_free(oldtable);
    return 0;
}

// Adds key (consuming a reference to it on success and failure). CPython: set_add_entry.
int add_entry(SetObject* so, Object* key, int64_t hash) {
restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    size_t perturb = static_cast<size_t>(hash);
    SetEntry* freeslot = nullptr;
    SetEntry* entry;
    for (;;) {
        entry = &so->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) goto found_active;
                if (is_str_exact(startkey) && is_str_exact(key)) {
                    if (str_equal(startkey, key)) goto found_active;
                } else {
                    SetEntry* table = so->table;
                    incref(startkey);
                    int cmp = object_rich_compare_bool(startkey, key, CompareOp::Eq);
                    decref(startkey);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) { decref(key); return -1; }
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = static_cast<size_t>(so->mask);
                }
            } else if (entry->hash == -1) {
                freeslot = entry;   // the last deleted slot seen is reused, as CPython does
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != nullptr) {
        ++so->used;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    ++so->fill;
    ++so->used;
    entry->key = key;
    entry->hash = hash;
    if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    decref(key);
    return 0;
}

int add_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return add_entry(so, incref(key), hash);
}

// -1 error, 0 absent, 1 present.
int contains_entry(SetObject* so, Object* key, int64_t hash) {
    SetEntry* e = lookkey(so, key, hash);
    if (e == nullptr) return -1;
    return e->key != nullptr ? 1 : 0;
}

int contains_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return contains_entry(so, key, hash);
}

// -1 error, 0 not found, 1 removed.
int discard_entry(SetObject* so, Object* key, int64_t hash) {
    SetEntry* e = lookkey(so, key, hash);
    if (e == nullptr) return -1;
    if (e->key == nullptr) return 0;
    Object* old = e->key;
    e->key = dummy;
    e->hash = -1;
    --so->used;
    decref(old);
    return 1;
}

int discard_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return discard_entry(so, key, hash);
}

void clear_internal(SetObject* so) {
    SetEntry* table = so->table;
    bool malloced = table != so->smalltable;
    ssize fill = so->fill;
    SetEntry small_copy[kSetMinSize];
    if (!malloced) {
        if (fill == 0) return;
        std::memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    ssize mask = so->mask;
    empty_to_minsize(so);
    // The set is already empty: key destructors may look at it safely.
    for (ssize k = 0; k <= mask; ++k)
        if (table[k].key != nullptr && table[k].key != dummy) decref(table[k].key);
    if (malloced) mem_free(table);
}

bool next_entry(SetObject* so, ssize* pos, SetEntry** out) {
    ssize i = *pos;
    while (i <= so->mask && (so->table[i].key == nullptr || so->table[i].key == dummy)) ++i;
    *pos = i + 1;
    if (i > so->mask) return false;
    *out = &so->table[i];
    return true;
}

// CPython: set_merge.
int merge(SetObject* so, SetObject* other) {
    if (other == so || other->used == 0) return 0;
    // One big resize first: we expect few overlapping keys.
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Same size, no deleted entries: copy the slots as they are.
        for (ssize k = 0; k <= other->mask; ++k) {
            Object* key = other->table[k].key;
            if (key != nullptr) {
                so->table[k].key = incref(key);
                so->table[k].hash = other->table[k].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize k = 0; k <= other->mask; ++k) {
            Object* key = other->table[k].key;
            if (key != nullptr && key != dummy)
                insert_clean(so->table, static_cast<size_t>(so->mask), incref(key), other->table[k].hash);
        }
        return 0;
    }
    for (ssize k = 0; k <= other->mask; ++k) {
        SetEntry e = other->table[k];
        if (e.key != nullptr && e.key != dummy) {
            if (add_entry(so, incref(e.key), e.hash) < 0) return -1;
        }
    }
    return 0;
}

// CPython: set_update_internal.
int update_internal(SetObject* so, Object* other) {
    if (is_anyset(other)) return merge(so, as_set(other));
    if (is_dict_exact(other)) {
        ssize dictsize = dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (table_resize(so, (so->used + dictsize) * 2) < 0) return -1;
        }
        auto* d = static_cast<DictObject*>(other);
        for (ssize k = 0; k < d->entries_used; ++k) {
            DictEntry* e = dict_entry(d, k);
            if (e->key == nullptr) continue;
            if (add_entry(so, incref(e->key), dict_entry_hash(d, e)) < 0) return -1;
        }
        return 0;
    }
    Object* it = object_iter(other);
    if (it == nullptr) return -1;
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int r = add_key(so, key);
        decref(key);
        if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

Object* make_new_set(TypeObject* type, Object* iterable) {
    Object* o = alloc_object(type);
    if (o == nullptr) return nullptr;
    SetObject* so = as_set(o);
    empty_to_minsize(so);
    so->finger = 0;
    if (iterable != nullptr && update_internal(so, iterable) < 0) {
        decref(o);
        return nullptr;
    }
    return o;
}

// Results of operations keep set-ness: set subclasses give set, frozenset subclasses frozenset.
Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
    if (type != &SetType && type != &FrozenSetType)
        type = is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return make_new_set(type, iterable);
}

Object* set_copy_of(Object* so) { return make_new_set_basetype(so->type, so); }

// A set used as a key (`s in sets`, sets.remove(s)) is looked up as the equal frozenset.
Object* as_frozen_key(Object* key) {
    if (!is_set_type(key) || !err_matches(TypeError)) return nullptr;
    err_clear();
    return make_new_set(&FrozenSetType, key);
}

void swap_bodies(SetObject* a, SetObject* b) {
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    bool a_small = a->table == a->smalltable;
    bool b_small = b->table == b->smalltable;
    SetEntry* a_table = a->table;
    SetEntry tmp[kSetMinSize];
    std::memcpy(tmp, a->smalltable, sizeof(tmp));
    std::memcpy(a->smalltable, b->smalltable, sizeof(tmp));
    std::memcpy(b->smalltable, tmp, sizeof(tmp));
    a->table = b_small ? a->smalltable : b->table;
    b->table = a_small ? b->smalltable : a_table;
    if (is_frozenset_exact(a) || is_frozenset_exact(b)) std::swap(a->hash, b->hash);
    else { a->hash = -1; b->hash = -1; }
}

// ---- Algebra (CPython's set_intersection, set_difference, ...) ----

Object* set_intersection(SetObject* so, Object* other) {
    if (so == other) return set_copy_of(so);
    Object* result = make_new_set_basetype(so->type, nullptr);
    if (result == nullptr) return nullptr;
    if (is_anyset(other)) {
        SetObject* a = so;
        SetObject* b = as_set(other);
        if (b->used > a->used) std::swap(a, b);   // iterate the smaller one
        ssize pos = 0;
        SetEntry* e;
        while (next_entry(b, &pos, &e)) {
            Object* key = incref(e->key);
            int64_t hash = e->hash;
            int rv = contains_entry(a, key, hash);
            if (rv > 0) rv = add_entry(as_set(result), incref(key), hash) < 0 ? -1 : 1;
            decref(key);
            if (rv < 0) { decref(result); return nullptr; }
        }
        return result;
    }
    Object* it = object_iter(other);
    if (it == nullptr) { decref(result); return nullptr; }
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int64_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
        if (rv > 0) rv = add_entry(as_set(result), incref(key), hash) < 0 ? -1 : 1;
        decref(key);
        if (rv < 0) { decref(it); decref(result); return nullptr; }
    }
    decref(it);
    if (err_occurred()) { decref(result); return nullptr; }
    return result;
}

int intersection_update(SetObject* so, Object* other) {
    Object* tmp = set_intersection(so, other);
    if (tmp == nullptr) return -1;
    swap_bodies(so, as_set(tmp));
    decref(tmp);
    return 0;
}

int difference_update_internal(SetObject* so, Object* other) {
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    if (is_anyset(other)) {
        SetObject* o = as_set(other);
        ssize pos = 0;
        SetEntry* e;
        while (next_entry(o, &pos, &e)) {
            Object* key = incref(e->key);
            int r = discard_entry(so, key, e->hash);
            decref(key);
            if (r < 0) return -1;
        }
    } else {
        Object* it = object_iter(other);
        if (it == nullptr) return -1;
        for (;;) {
            Object* key = iter_next(it);
            if (key == nullptr) break;
            int r = discard_key(so, key);
            decref(key);
            if (r < 0) { decref(it); return -1; }
        }
        decref(it);
        if (err_occurred()) return -1;
    }
    // Purge deleted entries when they are more than a quarter of the table.
    if (so->fill - so->used <= so->mask / 4) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* set_difference(SetObject* so, Object* other) {
    ssize other_size;
    if (is_anyset(other)) other_size = as_set(other)->used;
    else if (is_dict_exact(other)) other_size = dict_size(other);
    else other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Object* result = set_copy_of(so);
        if (result == nullptr) return nullptr;
        if (difference_update_internal(as_set(result), other) < 0) { decref(result); return nullptr; }
        return result;
    }
    Object* result = make_new_set_basetype(so->type, nullptr);
    if (result == nullptr) return nullptr;
    ssize pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) {
        Object* key = incref(e->key);
        int64_t hash = e->hash;
        int rv;
        if (is_dict_exact(other)) {
            Object* v = dict_getitem_known_hash(other, key, hash);
            rv = v != nullptr ? 1 : err_occurred() ? -1 : 0;
        } else {
            rv = contains_entry(as_set(other), key, hash);
        }
        if (rv == 0) rv = add_entry(as_set(result), incref(key), hash) < 0 ? -1 : 0;
        decref(key);
        if (rv < 0) { decref(result); return nullptr; }
    }
    return result;
}

int symmetric_difference_update(SetObject* so, Object* other) {
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    Ref<> otherset;
    if (is_dict_exact(other)) {
        auto* d = static_cast<DictObject*>(other);
        for (ssize k = 0; k < d->entries_used; ++k) {
            DictEntry* e = dict_entry(d, k);
            if (e->key == nullptr) continue;
            Object* key = incref(e->key);
            int64_t hash = dict_entry_hash(d, e);
            int rv = discard_entry(so, key, hash);
            if (rv == 0) rv = add_entry(so, incref(key), hash);
            decref(key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    if (is_anyset(other)) otherset = Ref<>::borrow(other);
    else otherset = Ref<>::steal(make_new_set_basetype(so->type, other));
    if (!otherset) return -1;
    SetObject* o = as_set(otherset.get());
    ssize pos = 0;
    SetEntry* e;
    while (next_entry(o, &pos, &e)) {
        Object* key = incref(e->key);
        int64_t hash = e->hash;
        int rv = discard_entry(so, key, hash);
        if (rv == 0) rv = add_entry(so, incref(key), hash);
        decref(key);
        if (rv < 0) return -1;
    }
    return 0;
}

Object* set_symmetric_difference(SetObject* so, Object* other) {
    Object* result = make_new_set_basetype(so->type, other);
    if (result == nullptr) return nullptr;
    if (symmetric_difference_update(as_set(result), so) < 0) { decref(result); return nullptr; }
    return result;
}

// -1 error, 0/1.
int issubset(SetObject* so, Object* other) {
    if (!is_anyset(other)) {
        Object* tmp = make_new_set(&SetType, other);
        if (tmp == nullptr) return -1;
        int r = issubset(so, tmp);
        decref(tmp);
        return r;
    }
    if (so->used > as_set(other)->used) return 0;
    ssize pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) {
        Object* key = incref(e->key);
        int rv = contains_entry(as_set(other), key, e->hash);
        decref(key);
        if (rv <= 0) return rv;
    }
    return 1;
}

int issuperset(SetObject* so, Object* other) {
    if (is_anyset(other)) return issubset(as_set(other), so);
    Object* it = object_iter(other);
    if (it == nullptr) return -1;
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int rv = contains_key(so, key);
        decref(key);
        if (rv <= 0) { decref(it); return rv; }
    }
    decref(it);
    return err_occurred() ? -1 : 1;
}

int isdisjoint(SetObject* so, Object* other) {
    if (so == other) return so->used == 0;
    if (is_anyset(other)) {
        SetObject* a = so;
        SetObject* b = as_set(other);
        if (b->used > a->used) std::swap(a, b);
        ssize pos = 0;
        SetEntry* e;
        while (next_entry(b, &pos, &e)) {
            Object* key = incref(e->key);
            int rv = contains_entry(a, key, e->hash);
            decref(key);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Object* it = object_iter(other);
    if (it == nullptr) return -1;
    for (;;) {
        Object* key = iter_next(it);
        if (key == nullptr) break;
        int rv = contains_key(so, key);
        decref(key);
        if (rv != 0) { decref(it); return rv < 0 ? -1 : 0; }
    }
    decref(it);
    return err_occurred() ? -1 : 1;
}

}  // namespace

// ---- C++ API ----

bool is_anyset(Object* o) {
    return o->type == &SetType || o->type == &FrozenSetType || is_subtype(o->type, &SetType) ||
           is_subtype(o->type, &FrozenSetType);
}

Object* set_new(Object* iterable) { return make_new_set(&SetType, iterable); }
Object* frozenset_new(Object* iterable) { return make_new_set(&FrozenSetType, iterable); }
int set_add(Object* set, Object* key) { return add_key(as_set(set), key); }
ssize set_size(Object* set) { return as_set(set)->used; }
int set_update(Object* set, Object* iterable) { return update_internal(as_set(set), iterable); }
int set_difference_update(Object* set, Object* other) { return difference_update_internal(as_set(set), other); }
int set_symmetric_difference_update(Object* set, Object* other) { return symmetric_difference_update(as_set(set), other); }
void set_clear(Object* set) { clear_internal(as_set(set)); }

int set_contains(Object* set, Object* key) {
    int rv = contains_key(as_set(set), key);
    if (rv < 0) {
        Object* tmp = as_frozen_key(key);
        if (tmp == nullptr) return -1;
        rv = contains_key(as_set(set), tmp);
        decref(tmp);
    }
    return rv;
}

int set_discard(Object* set, Object* key) {
    int rv = discard_key(as_set(set), key);
    if (rv < 0) {
        Object* tmp = as_frozen_key(key);
        if (tmp == nullptr) return -1;
        rv = discard_key(as_set(set), tmp);
        decref(tmp);
    }
    return rv;
}

bool set_next(Object* set, ssize* pos, Object** key) {
    SetEntry* e;
    if (!next_entry(as_set(set), pos, &e)) return false;
    *key = e->key;
    return true;
}

bool set_next_hash(Object* set, ssize* pos, Object** key, int64_t* hash) {
    SetEntry* e;
    if (!next_entry(as_set(set), pos, &e)) return false;
    *key = e->key;
    *hash = e->hash;
    return true;
}

namespace {

// ---- Slots ----

void set_dealloc(Object* o) {
    SetObject* so = as_set(o);
    if (so->weakreflist) weakref_clear_refs(o);
    for (ssize k = 0; k <= so->mask; ++k)
        if (so->table[k].key != nullptr && so->table[k].key != dummy) decref(so->table[k].key);
    if (so->table != so->smalltable) mem_free(so->table);
    free_object(o);
}

void set_traverse(Object* o, VisitFn visit, void* arg) {
    SetObject* so = as_set(o);
    ssize pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) visit(e->key, arg);
}

int set_clear_slot(Object* o) {
    clear_internal(as_set(o));
    return 0;
}

Object* set_repr(Object* o) {
    SetObject* so = as_set(o);
    const char* name = o->type->name;
    if (so->used == 0) return str_from(std::string(name) + "()");
    int status = repr_enter(o);
    if (status != 0) return status > 0 ? str_from(std::string(name) + "(...)") : nullptr;
    Object* keys = sequence_list(o);
    Object* listrepr = keys ? object_repr(keys) : nullptr;
    xdecref(keys);
    repr_leave(o);
    if (listrepr == nullptr) return nullptr;
    std::string_view inner = str_view(listrepr);
    inner = inner.substr(1, inner.size() - 2);   // drop the list's brackets
    std::string out;
    if (o->type == &SetType) {
        out = "{";
        out += inner;
        out += "}";
    } else {
        out = name;
        out += "({";
        out += inner;
        out += "})";
    }
    decref(listrepr);
    return str_from(out);
}

ssize set_len(Object* o) { return as_set(o)->used; }

int set_contains_slot(Object* o, Object* key) { return set_contains(o, key); }

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

// CPython: setobject.c, frozenset_hash. Order-independent, so it matches for equal sets.
int64_t frozenset_hash(Object* o) {
    SetObject* so = as_set(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    ssize pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) hash ^= shuffle_bits(static_cast<uint64_t>(e->hash));
    hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
    so->hash = static_cast<int64_t>(hash);
    return so->hash;
}

Object* set_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_anyset(v) || !is_anyset(w)) return incref(NotImplemented);
    SetObject* a = as_set(v);
    SetObject* b = as_set(w);
    int r = 0;
    switch (op) {
        case CompareOp::Eq:
        case CompareOp::Ne:
            if (a->used != b->used) r = 0;
            else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) r = 0;
            else r = issubset(a, w);
            if (r >= 0 && op == CompareOp::Ne) r = !r;
            break;
        case CompareOp::Le: r = issubset(a, w); break;
        case CompareOp::Ge: r = issuperset(a, w); break;
        case CompareOp::Lt: r = a->used >= b->used ? 0 : issubset(a, w); break;
        case CompareOp::Gt: r = a->used <= b->used ? 0 : issuperset(a, w); break;
    }
    if (r < 0) return nullptr;
    return bool_from(r != 0);
}

Object* set_or(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return incref(NotImplemented);
    Object* result = set_copy_of(a);
    if (result == nullptr || a == b) return result;
    if (update_internal(as_set(result), b) < 0) { decref(result); return nullptr; }
    return result;
}

Object* set_and(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return incref(NotImplemented);
    return set_intersection(as_set(a), b);
}

Object* set_sub(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return incref(NotImplemented);
    return set_difference(as_set(a), b);
}

Object* set_xor(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return incref(NotImplemented);
    return set_symmetric_difference(as_set(a), b);
}

Object* set_ior(Object* a, Object* b) {
    if (!is_anyset(b)) return incref(NotImplemented);
    if (update_internal(as_set(a), b) < 0) return nullptr;
    return incref(a);
}

Object* set_iand(Object* a, Object* b) {
    if (!is_anyset(b)) return incref(NotImplemented);
    if (intersection_update(as_set(a), b) < 0) return nullptr;
    return incref(a);
}

Object* set_isub(Object* a, Object* b) {
    if (!is_anyset(b)) return incref(NotImplemented);
    if (difference_update_internal(as_set(a), b) < 0) return nullptr;
    return incref(a);
}

Object* set_ixor(Object* a, Object* b) {
    if (!is_anyset(b)) return incref(NotImplemented);
    if (symmetric_difference_update(as_set(a), b) < 0) return nullptr;
    return incref(a);
}

Object* set_iter(Object* o);

// ---- Methods ----
// Names in messages are "set.x" for both types, as CPython's method tables share the functions.

#define PYGEN_SET_ONE_ARG(qual)                                                   \
    if (!arg_no_kwargs(qual, kwnames) || !arg_exactly_one(qual, nargs)) return nullptr
#define PYGEN_SET_NO_ARGS(qual)                                                   \
    if (!arg_no_kwargs(qual, kwnames) || !arg_none(qual, nargs)) return nullptr

Object* m_add(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.add");
    if (add_key(as_set(self), args[0]) < 0) return nullptr;
    return none_new();
}

Object* m_clear(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_NO_ARGS("set.clear");
    clear_internal(as_set(self));
    return none_new();
}

Object* m_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_NO_ARGS("set.copy");
    return set_copy_of(self);
}

Object* m_frozenset_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_NO_ARGS("frozenset.copy");
    if (is_frozenset_exact(self)) return incref(self);
    return set_copy_of(self);
}

Object* m_discard(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.discard");
    if (set_discard(self, args[0]) < 0) return nullptr;
    return none_new();
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.remove");
    int rv = set_discard(self, args[0]);
    if (rv < 0) return nullptr;
    if (rv == 0) return err_set_key_error(args[0]);
    return none_new();
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_NO_ARGS("set.pop");
    SetObject* so = as_set(self);
    if (so->used == 0) return err_set_string(KeyError, "pop from an empty set");
    SetEntry* entry = so->table + (so->finger & so->mask);
    SetEntry* limit = so->table + so->mask;
    while (entry->key == nullptr || entry->key == dummy) {
        ++entry;
        if (entry > limit) entry = so->table;
    }
    Object* key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    --so->used;
    so->finger = entry - so->table + 1;
    return key;
}

Object* m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.update", kwnames)) return nullptr;
    for (size_t i = 0; i < nargs; ++i)
        if (update_internal(as_set(self), args[i]) < 0) return nullptr;
    return none_new();
}

Object* m_union(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.union", kwnames)) return nullptr;
    Object* result = set_copy_of(self);
    if (result == nullptr) return nullptr;
    for (size_t i = 0; i < nargs; ++i) {
        if (args[i] == self) continue;
        if (update_internal(as_set(result), args[i]) < 0) { decref(result); return nullptr; }
    }
    return result;
}

Object* m_intersection(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.intersection", kwnames)) return nullptr;
    if (nargs == 0) return set_copy_of(self);
    Object* result = incref(self);
    for (size_t i = 0; i < nargs; ++i) {
        Object* next = set_intersection(as_set(result), args[i]);
        decref(result);
        if (next == nullptr) return nullptr;
        result = next;
    }
    return result;
}

Object* m_intersection_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.intersection_update", kwnames)) return nullptr;
    Object* tmp = m_intersection(self, args, nargs, nullptr);
    if (tmp == nullptr) return nullptr;
    if (tmp != self) swap_bodies(as_set(self), as_set(tmp));
    decref(tmp);
    return none_new();
}

Object* m_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.difference", kwnames)) return nullptr;
    if (nargs == 0) return set_copy_of(self);
    Object* result = set_difference(as_set(self), args[0]);
    if (result == nullptr) return nullptr;
    for (size_t i = 1; i < nargs; ++i) {
        if (difference_update_internal(as_set(result), args[i]) < 0) { decref(result); return nullptr; }
    }
    return result;
}

Object* m_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set.difference_update", kwnames)) return nullptr;
    for (size_t i = 0; i < nargs; ++i)
        if (difference_update_internal(as_set(self), args[i]) < 0) return nullptr;
    return none_new();
}

Object* m_symmetric_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.symmetric_difference");
    return set_symmetric_difference(as_set(self), args[0]);
}

Object* m_symmetric_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.symmetric_difference_update");
    if (symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
    return none_new();
}

Object* m_issubset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.issubset");
    int r = issubset(as_set(self), args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* m_issuperset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.issuperset");
    int r = issuperset(as_set(self), args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* m_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.isdisjoint");
    int r = isdisjoint(as_set(self), args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PYGEN_SET_ONE_ARG("set.__contains__");
    int r = set_contains(self, args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* m_sizeof(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    SetObject* so = as_set(self);
    ssize n = 200;   // CPython's PySetObject with its small table
    if (so->table != so->smalltable) n += (so->mask + 1) * 16;
    return int_from_i64(n);
}

#undef PYGEN_SET_ONE_ARG
#undef PYGEN_SET_NO_ARGS

const MethodDef set_methods[] = {
    {"add", m_add, kMethDepth},
    {"clear", m_clear},
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"discard", m_discard, kMethDepth},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"__sizeof__", m_sizeof},
    {"remove", m_remove, kMethDepth},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains},
    {"copy", m_frozenset_copy},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"__sizeof__", m_sizeof},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

Object* set_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &SetType && !arg_no_kwargs("set", kwnames)) return nullptr;
    return make_new_set(type, nullptr);
}

int set_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("set", kwnames)) return -1;
    if (!arg_count(self->type->name, nargs, 0, 1)) return -1;
    SetObject* so = as_set(self);
    if (so->fill) clear_internal(so);
    so->hash = -1;
    if (nargs == 0) return 0;
    return update_internal(so, args[0]);
}

Object* frozenset_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    // A subclass with its own __init__ may take keywords: they are for it (CPython: frozenset_new).
    if ((type == &FrozenSetType || type->tp_init == object_init) && !arg_no_kwargs("frozenset", kwnames))
        return nullptr;
    if (!arg_count(type->name, nargs, 0, 1)) return nullptr;
    if (type == &FrozenSetType && nargs == 1 && is_frozenset_exact(args[0])) return incref(args[0]);
    return make_new_set(type, nargs == 1 ? args[0] : nullptr);
}

// ---- set_iterator ----

struct SetIterObject : Object {
    Object* set;     // strong; null once exhausted
    ssize used;      // set size when made; -1 after a size-change error
    ssize pos;
    ssize remaining;
};

void set_iter_dealloc(Object* o) {
    xdecref(static_cast<SetIterObject*>(o)->set);
    free_object(o);
}

void set_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = static_cast<SetIterObject*>(o);
    if (it->set) visit(it->set, arg);
}

int set_iter_clear(Object* o) {
    clearref(static_cast<SetIterObject*>(o)->set);
    return 0;
}

Object* iter_self(Object* o) { return incref(o); }

Object* set_iter_next(Object* o) {
    auto* it = static_cast<SetIterObject*>(o);
    Object* s = it->set;
    if (s == nullptr) return nullptr;
    SetObject* so = as_set(s);
    if (it->used != so->used) {
        err_set_string(RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return nullptr;
    }
    SetEntry* e;
    ssize pos = it->pos;
    if (!next_entry(so, &pos, &e)) {
        it->pos = pos;
        it->set = nullptr;
        decref(s);
        return nullptr;
    }
    it->pos = pos;
    --it->remaining;
    return incref(e->key);
}

Object* set_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* it = static_cast<SetIterObject*>(self);
    ssize n = it->set != nullptr && it->used == as_set(it->set)->used ? it->remaining : 0;
    return int_from_i64(n);
}

// CPython: setobject.c, setiter_reduce: a copy of the iterator is run to the end into a list,
// leaving this one where it is; (iter, (list,)).
Object* set_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<SetIterObject*>(self);
    auto* copy = static_cast<SetIterObject*>(alloc_object(&SetIterType));
    if (copy == nullptr) return nullptr;
    copy->set = it->set ? incref(it->set) : nullptr;
    copy->used = it->used;
    copy->pos = it->pos;
    copy->remaining = it->remaining;
    Object* items = list_new(0);
    if (items == nullptr) {
        decref(copy);
        return nullptr;
    }
    while (Object* item = set_iter_next(copy)) {
        int rc = list_append(items, item);
        decref(item);
        if (rc < 0) break;
    }
    decref(copy);
    Object* res = err_occurred() ? nullptr : iter_reduce_list(items);
    decref(items);
    return res;
}

const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint},
    {"__reduce__", set_iter_reduce},
    {nullptr, nullptr},
};

Object* set_iter(Object* o) {
    auto* it = static_cast<SetIterObject*>(alloc_object(&SetIterType));
    if (it == nullptr) return nullptr;
    it->set = incref(o);
    it->used = as_set(o)->used;
    it->pos = 0;
    it->remaining = as_set(o)->used;
    return it;
}

void fill_common(TypeObject& t, const char* name) {
    t.name = name;
    t.basicsize = sizeof(SetObject);
    t.weaklistoffset = offsetof(SetObject, weakreflist);
    t.flags = kTypeBaseType | kTypeGC;
    t.dealloc = set_dealloc;
    t.repr = set_repr;
    t.richcompare = set_richcompare;
    t.iter = set_iter;
    t.traverse = set_traverse;
    t.clear = set_clear_slot;
    t.nb[static_cast<int>(BinOp::Or)] = set_or;
    t.nb[static_cast<int>(BinOp::And)] = set_and;
    t.nb[static_cast<int>(BinOp::Sub)] = set_sub;
    t.nb[static_cast<int>(BinOp::Xor)] = set_xor;
    t.len = set_len;
    t.contains = set_contains_slot;
}

}  // namespace

void init_set_types() {
    TypeObject& s = SetType;
    fill_common(s, "set");
    s.hash = hash_not_implemented;
    s.tp_new = set_tp_new;
    s.tp_init = set_tp_init;
    s.nb_inplace[static_cast<int>(BinOp::Or)] = set_ior;
    s.nb_inplace[static_cast<int>(BinOp::And)] = set_iand;
    s.nb_inplace[static_cast<int>(BinOp::Sub)] = set_isub;
    s.nb_inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
    s.methods = set_methods;
    (void)type_ready(&s);

    TypeObject& f = FrozenSetType;
    fill_common(f, "frozenset");
    f.hash = frozenset_hash;
    f.tp_new = frozenset_tp_new;
    f.methods = frozenset_methods;
    (void)type_ready(&f);

    TypeObject& it = SetIterType;
    it.name = "set_iterator";
    it.basicsize = sizeof(SetIterObject);
    it.flags = kTypeGC | kTypePooledAlloc;
    it.dealloc = set_iter_dealloc;
    it.traverse = set_iter_traverse;
    it.clear = set_iter_clear;
    it.iter = iter_self;
    it.iternext = set_iter_next;
    it.methods = set_iter_methods;
    (void)type_ready(&it);
}

}  // namespace pygen
