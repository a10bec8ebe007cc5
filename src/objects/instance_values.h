// Compact instance attributes (PEP 412's key sharing, with the values kept inline in the
// instance as CPython 3.11 does with its managed dicts): a class whose instances get their
// __dict__ from it (no built-in base but object) holds one SharedKeys, the attribute names its
// instances have used, in the order first used; each instance carries only an InlineValues area
// after its fixed fields, values[k] being the value of keys[k]. No dict object exists until
// someone asks for one (obj.__dict__, vars(), dir(), __class__ assignment) or the area cannot
// say what a dict would (a name it has no room for, an order it cannot express): the values then
// move into an ordinary dict in the __dict__ slot, which from then on is the one true storage.
// The invariant every reader relies on: the __dict__ slot is null exactly while the area is live;
// once the slot holds a dict the area is empty (size 0) and stays unused.
// Insertion order: an area only ever holds its keys in ascending key position, which is their
// insertion order (a name that would go in out of order, e.g. into the hole a `del` left,
// makes the dict instead). The dict made from an area keeps each key at its key position, a
// hole becoming a deleted entry, so the eval loop's cached positions hold for both forms.
// CPython counterparts: Objects/dictobject.c (split tables, _PyObject_InitializeDict,
// make_dict_from_instance_attributes, _PyObject_StoreInstanceAttribute).
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pygen {

// Most names a class's instances share (CPython's SHARED_KEYS_MAX_SIZE); later names go to dicts.
constexpr int kSharedKeysMax = 30;

// The attribute names of a class's instances. Append-only: a position, once given to a name,
// is that name's for the life of the class, so a position cached with the class's version tag
// never goes stale. Owned by the TypeObject (TypeObject::shared_keys, freed with it).
struct SharedKeys {
    uint32_t count;                   // keys[0..count) are in use
    uint64_t key_bits;                // bit (hash & 63) of each key, as DictObject::key_bits
    Object* keys[kSharedKeysMax];     // exact strs, strong
};

// The area after an instance's fixed fields (at offset type->basicsize), sized when the instance
// is allocated: `capacity` value slots. values[size..capacity) are null; a null below size is a
// deleted attribute (a hole).
struct InlineValues {
    uint8_t capacity;
    uint8_t size;
    uint8_t unused[6];
    Object** values() { return reinterpret_cast<Object**>(this + 1); }
};

inline bool has_inline_values(const TypeObject* t) { return (t->flags & kTypeInlineValues) != 0; }
inline InlineValues* inline_values_of(Object* o) {
    return reinterpret_cast<InlineValues*>(reinterpret_cast<char*>(o) + o->type->basicsize);
}
// The __dict__ slot of an instance of a kTypeInlineValues type (always a plain field).
inline Object*& instance_dict_slot(Object* o) {
    return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + o->type->dictoffset);
}

// Bytes alloc_object adds after basicsize for an instance of `type` (a kTypeInlineValues type)
// and the capacity they hold: room for the names the class's instances used so far and one more.
size_t inline_values_extra_bytes(TypeObject* type, uint8_t* capacity);

// Position of `name` (an exact str) among the keys, or -1. Never raises.
int shared_keys_find(const SharedKeys* sk, Object* name);
void shared_keys_free(SharedKeys* sk);

// ---- Instance storage: what generic getattr/setattr use ----
// `o` is an instance of a kTypeInlineValues type whose __dict__ slot is null (the area is live).

// Borrowed value of the attribute `name` (a str), or null when absent (never raises: a str
// subclass name is looked up by its characters).
Object* inline_values_get(Object* o, Object* name);
// Sets (value non-null, a borrowed reference the area takes one of) or deletes (value null) the
// attribute `name`. Returns 0 done, 1 when deleting a name that is absent (no exception set),
// -1 with an exception. Stores the area cannot hold move the values into a dict first, so the
// caller must re-read the __dict__ slot afterwards.
int inline_values_store(Object* o, Object* name, Object* value);

// Makes o's __dict__ when it has none: from the live area (values moved, the area emptied), or
// empty. The dict is instance-owned (dict.h: not yet handed out). Returns the dict (borrowed,
// held by the slot), null with MemoryError. For any instance with a __dict__ slot.
Object* instance_dict_materialize(Object* o);

// For the instance's traverse/clear/dealloc: visit the live area's values; drop them.
void inline_values_traverse(Object* o, VisitFn visit, void* arg);
void inline_values_clear(Object* o);

// For the eval loop's checks on method loads: whether the live area holds `name`, whose hash's
// low six bits are `bit` (the key_bits filter answers most names without a probe).
inline bool inline_values_has(Object* o, Object* name, uint32_t bit) {
    const SharedKeys* sk = o->type->shared_keys;
    if (!sk || !((sk->key_bits >> bit) & 1)) return false;
    return inline_values_get(o, name) != nullptr;
}

}  // namespace pygen
