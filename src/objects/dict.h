// dict: insertion-ordered hash table (CPython 3.6+ compact layout: an index table into an entries
// array). Keys are compared with identity first, then hash, then ==, which may run Python code.
// Also the views dict_keys/dict_values/dict_items and their iterators.
// CPython counterpart: Objects/dictobject.c.
#pragma once

#include <cstddef>

#include "objects/object.h"
#include "objects/str.h"

namespace pygen {

// One entry of a table. While every key of a dict is an exact str, its entries are 16 bytes: key
// and value only, the hash being the one the str caches (CPython 3.11's "unicode" keys); other
// dicts have 24-byte entries with the hash. key and value come first so both layouts share them;
// `hash` exists only in general entries. Go through dict_entry()/dict_entry_hash(), never index.
struct DictEntry {
    Object* key;           // null: deleted entry
    Object* value;
    int64_t hash;          // general layout only
};
// 16 and 24 bytes on 64-bit machines (8 and 16 where pointers have 4 bytes: the wasm build).
constexpr uint8_t kStrEntrySize = offsetof(DictEntry, hash);        // key, value
constexpr uint8_t kGeneralEntrySize = sizeof(DictEntry);            // key, value, hash
static_assert(kStrEntrySize == 2 * sizeof(Object*) && kGeneralEntrySize > kStrEntrySize);

// 80 bytes with the GC header, one block for the table (index and entries), as CPython 3.11.
struct DictObject : Object {
    ssize used;            // live entries
    ssize entries_used;    // entries consumed, including deleted ones
    // The table, null while empty: one malloc block holding index_size index slots of 1, 2 or 4
    // bytes (-1 empty, -2 dummy, else an entry position), then (index_size * 2) / 3 entries of
    // entry_size bytes. `entries` points at the first entry, the slots sit just before it.
    char* entries;
    int32_t index_size;    // power of two, 0 while empty
    uint8_t index_shift;   // log2 of the bytes per index slot: 1 byte up to 128 slots, 2 up to 2^15
    // True while this is the __dict__ of an instance whose class's traverse (subtype_traverse)
    // visits the entries itself, as CPython 3.11 visits an instance's inline values: such a dict
    // stays out of the collector's lists and counts (the instance is the container it sees), as
    // long as the instance holds the only reference. Cleared for good when the dict escapes
    // (dict_instance_escape: obj.__dict__, vars()), which makes it an ordinary dict.
    bool owned_by_instance;
    // Entries the table has room for when fewer than the index allows (usable_for(index_size)):
    // a dict display of 1-4 items gets a table sized for them (dict_new_presized), grown in place
    // to the full 5 entries on the next insert. 0: the usual full-size table.
    uint8_t tight_capacity;
    // kStrEntrySize while every key ever inserted since the last clear is an exact str (an empty
    // dict starts so), else kGeneralEntrySize. The first other key converts the table.
    uint8_t entry_size;
    // For the eval loop's inline caches (vm/specialize.h). keys_version changes whenever a key is
    // added or removed (values may change freely); it comes from one global counter, so a value
    // other than 0 belongs to one dict only, and 0 means "no key was ever added". key_bits has bit
    // (hash & 63) set for every key ever added (never cleared but by dict_clear): a clear bit
    // proves a key absent without probing, which is how LOAD_METHOD checks an instance dict.
    uint64_t keys_version;
    uint64_t key_bits;
};

// Entry i of d's entries array (either layout).
inline DictEntry* dict_entry(DictObject* d, ssize i) {
    return reinterpret_cast<DictEntry*>(d->entries + i * static_cast<ssize>(d->entry_size));
}
// The hash of a live entry: stored in general entries, the str's cached one in str-only tables.
inline int64_t dict_entry_hash(const DictObject* d, const DictEntry* e) {
    return d->entry_size == kGeneralEntrySize ? e->hash : static_cast<const StrObject*>(e->key)->hash;
}

// The __dict__ of `owner`, made when it first needs one (CPython materialises no dict for plain
// instances; this is the closest pygen comes): owned by the instance when its class allows it
// (kTypeOwnsInstanceDict), else an ordinary dict. Null with MemoryError.
Object* dict_new_for_instance(Object* owner);
// The instance's __dict__ is about to be handed out (a new reference to it made): from now on
// it is an ordinary dict, counted and tracked like one (CPython's dict materialisation).
void dict_instance_escape(Object* d);
// Whether the collector should see d's entries as the owning instance's own references: the
// instance holds the only reference to an owned dict.
inline bool dict_is_inline_owned(Object* d) {
    return static_cast<DictObject*>(d)->owned_by_instance && d->refcnt == 1;
}
// Visits what an inline-owned dict refers to: its values, and keys that may be containers
// (CPython's _PyObject_VisitInstanceAttributes visits the values; its keys are shared strs).
void dict_traverse_inline(Object* d, VisitFn visit, void* arg);

// The __dict__ of an instance whose attributes were in its inline area (instance_values.h):
// an instance-owned dict holding keys[k]: values[k] for k < size at entry position k (a null
// value, a deleted attribute, becomes a deleted entry), so positions cached for the area hold
// for the dict. The values move in (their references taken, the array nulled). Null with
// MemoryError, the values left where they were.
Object* dict_from_inline_values(Object* owner, const SharedKeys* keys, Object** values, int size);

// A fresh keys_version value (never 0).
uint64_t dict_next_keys_version();

extern TypeObject DictType;
inline bool is_dict(Object* o) { return type_has(o->type, kTypeDictSubclass); }
inline bool is_dict_exact(Object* o) { return o->type == &DictType; }
Object* dict_new();
// A dict that will get `n` keys (BUILD_MAP): its table is allocated now, with room for exactly n
// entries when that is below a minimal table's 5 (no room wasted on small displays). str_keys:
// all of them are exact strs (the compact layout); false starts with the general one.
Object* dict_new_presized(ssize n, bool str_keys = true);
// dict.__sizeof__ with CPython 3.11's formula (its object, keys header, index and entries).
ssize dict_sizeof(Object* d);
// Borrowed value or null. Null without exception: missing; null with exception: hashing/== failed.
Object* dict_getitem(Object* d, Object* key);
Object* dict_getitem_str(Object* d, const char* key);
Object* dict_getitem_known_hash(Object* d, Object* key, int64_t hash);
int dict_setitem(Object* d, Object* key, Object* value);      // increfs both; 0 ok, -1 error
// With the key's hash already known: the key is not hashed again (lru_cache hashes each argument
// once per call, as CPython guarantees).
int dict_setitem_known_hash(Object* d, Object* key, int64_t hash, Object* value);
int dict_setitem_str(Object* d, const char* key, Object* value);
int dict_delitem(Object* d, Object* key);                     // KeyError when missing
int dict_contains(Object* d, Object* key);                    // -1 error, 0/1
ssize dict_size(Object* d);
// Iteration: start with pos = 0; returns false at the end. key/value are borrowed.
bool dict_next(Object* d, ssize* pos, Object** key, Object** value);
Object* dict_copy(Object* d);
// other: a mapping (keys() and []), as {**other} and f(**other) need: AttributeError otherwise.
// dict.update() itself also takes an iterable of pairs. CPython: PyDict_Update.
int dict_update(Object* d, Object* other);
// d.update(pairs) for an iterable of 2-item iterables; ValueError/TypeError for bad elements.
// CPython: PyDict_MergeFromSeq2.
int dict_merge_from_seq2(Object* d, Object* seq2, bool override);
int dict_merge(Object* d, Object* mapping, bool override);
Object* dict_keys_list(Object* d);
void dict_clear(Object* d);

// More helpers for C++ callers (builtins, the VM).
Object* dict_setdefault(Object* d, Object* key, Object* deflt);  // borrowed result, null on error
// Removes key and returns its value (new reference); when missing returns deflt (increfed) if
// given, else raises KeyError(key). Null on error.
Object* dict_pop(Object* d, Object* key, Object* deflt);
Object* dict_pop_known_hash(Object* d, Object* key, int64_t hash, Object* deflt);
int dict_delitem_str(Object* d, const char* key);

// ---- Views and iterators (dict_views.cpp) ----
enum class DictIterKind { Keys, Values, Items };
extern TypeObject DictKeysType;      // "dict_keys"
extern TypeObject DictValuesType;    // "dict_values"
extern TypeObject DictItemsType;     // "dict_items"
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;             // "dict_keyiterator", ...
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;    // "dict_reversekeyiterator", ...
Object* dict_view_new(Object* d, DictIterKind kind);
Object* dict_iter_new(Object* d, DictIterKind kind, bool reversed);
void init_dict_view_types();         // called by runtime_init right after init_dict_type

void init_dict_type();

}  // namespace pygen
