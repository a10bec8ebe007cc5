// Shared keys and inline attribute values of plain instances (see instance_values.h): lookup,
// store and delete in the area, the move into a dict, and the collector's view of the area.
// CPython counterpart: Objects/dictobject.c (the split-table and inline-values parts).
#include "objects/instance_values.h"

#include <cstdlib>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"

namespace pygen {

namespace {

// Slots the first instances of a class get, before its instances have shown how many names
// they use (a typical __init__ stores a handful).
constexpr int kFirstCapacity = 6;

inline uint64_t bit_of(int64_t hash) { return uint64_t{1} << (static_cast<uint64_t>(hash) & 63); }

// Position for `name` (an exact str) among o's type's keys, added at the end when absent and
// there is room: -1 when the keys are full (or memory is short: the caller makes a dict, which
// reports it).
int shared_keys_find_or_add(TypeObject* tp, Object* name) {
    SharedKeys* sk = tp->shared_keys;
    if (!sk) {
        sk = static_cast<SharedKeys*>(mem_calloc(1, sizeof(SharedKeys)));
        if (!sk) return -1;
        tp->shared_keys = sk;
    }
    int k = shared_keys_find(sk, name);
    if (k >= 0 || sk->count >= static_cast<uint32_t>(kSharedKeysMax)) return k;
    k = static_cast<int>(sk->count);
    sk->keys[k] = incref(name);
    sk->key_bits |= bit_of(str_hash(name));
    sk->count = static_cast<uint32_t>(k + 1);
    return k;
}

}  // namespace

size_t inline_values_extra_bytes(TypeObject* type, uint8_t* capacity) {
    const SharedKeys* sk = type->shared_keys;
    int cap = sk && sk->count ? static_cast<int>(sk->count) + 1 : kFirstCapacity;
    if (cap > kSharedKeysMax) cap = kSharedKeysMax;
    *capacity = static_cast<uint8_t>(cap);
    return sizeof(InlineValues) + static_cast<size_t>(cap) * sizeof(Object*);
}

int shared_keys_find(const SharedKeys* sk, Object* name) {
    int n = static_cast<int>(sk->count);
    // Attribute names are nearly always the interned strs the compiler made: identity first.
    for (int k = 0; k < n; ++k)
        if (sk->keys[k] == name) return k;
    int64_t h = str_hash(name);
    if (!(sk->key_bits & bit_of(h))) return -1;
    for (int k = 0; k < n; ++k)
        if (str_hash(sk->keys[k]) == h && str_equal(sk->keys[k], name)) return k;
    return -1;
}

void shared_keys_free(SharedKeys* sk) {
    if (!sk) return;
    for (uint32_t k = 0; k < sk->count; ++k) decref(sk->keys[k]);
    mem_free(sk);
}

Object* inline_values_get(Object* o, Object* name) {
    const SharedKeys* sk = o->type->shared_keys;
    if (!sk) return nullptr;
    int k = shared_keys_find(sk, name);
    InlineValues* iv = inline_values_of(o);
    if (k < 0 || k >= iv->size) return nullptr;
    return iv->values()[k];
}

int inline_values_store(Object* o, Object* name, Object* value) {
    InlineValues* iv = inline_values_of(o);
    Object** values = iv->values();
    if (value == nullptr) {
        const SharedKeys* sk = o->type->shared_keys;
        int k = sk && is_str_exact(name) ? shared_keys_find(sk, name) : -1;
        if (k < 0 || k >= iv->size || !values[k]) {
            if (is_str_exact(name)) return 1;
            // A str subclass may compare equal in ways only its own __eq__ knows: the dict decides.
            Object* d = instance_dict_materialize(o);
            if (!d) return -1;
            int rc = dict_delitem(d, name);
            if (rc < 0 && err_matches(KeyError)) {
                err_clear();
                return 1;
            }
            return rc;
        }
        Object* old = values[k];
        values[k] = nullptr;
        int size = iv->size;
        while (size > 0 && !values[size - 1]) --size;
        iv->size = static_cast<uint8_t>(size);
        decref(old);
        return 0;
    }
    if (is_str_exact(name)) {
        int k = shared_keys_find_or_add(o->type, name);
        if (k >= 0 && k < iv->size && values[k]) {
            Object* old = values[k];
            values[k] = incref(value);
            decref(old);
            return 0;
        }
        // Appending keeps the area's keys in insertion order; a hole below size would not.
        if (k >= iv->size && k < iv->capacity) {
            values[k] = incref(value);
            iv->size = static_cast<uint8_t>(k + 1);
            return 0;
        }
    }
    Object* d = instance_dict_materialize(o);
    if (!d) return -1;
    return dict_setitem(d, name, value);
}

Object* instance_dict_materialize(Object* o) {
    Object*& slot = *object_dict_ptr(o);
    if (slot) return slot;
    Object* d;
    if (has_inline_values(o->type) && inline_values_of(o)->size > 0) {
        InlineValues* iv = inline_values_of(o);
        d = dict_from_inline_values(o, o->type->shared_keys, iv->values(), iv->size);
        if (d) iv->size = 0;   // the values moved into the dict
    } else {
        d = dict_new_for_instance(o);
    }
    if (!d) return nullptr;
    slot = d;
    return d;
}

void inline_values_traverse(Object* o, VisitFn visit, void* arg) {
    InlineValues* iv = inline_values_of(o);
    Object** values = iv->values();
    for (int k = 0; k < iv->size; ++k)
        if (values[k]) visit(values[k], arg);
}

void inline_values_clear(Object* o) {
    InlineValues* iv = inline_values_of(o);
    Object** values = iv->values();
    // Detached first: a __del__ run by a decref may store into the area again.
    Object* taken[kSharedKeysMax];
    int n = iv->size;
    for (int k = 0; k < n; ++k) {
        taken[k] = values[k];
        values[k] = nullptr;
    }
    iv->size = 0;
    for (int k = 0; k < n; ++k) xdecref(taken[k]);
}

}  // namespace pygen
