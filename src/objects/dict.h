// dict: insertion-ordered hash table (CPython 3.6+ compact layout: an index table into an entries
// array). Keys are compared with identity first, then hash, then ==, which may run Python code.
// Also the views dict_keys/dict_values/dict_items and their iterators.
// CPython counterpart: Objects/dictobject.c.
#pragma once

#include "objects/object.h"

namespace pygen {

struct DictEntry {
    int64_t hash;
    Object* key;           // null: deleted entry
    Object* value;
};

struct DictObject : Object {
    ssize used;            // live entries
    ssize entries_used;    // entries consumed, including deleted ones
    ssize entries_capacity;
    DictEntry* entries;
    ssize index_size;      // power of two
    int32_t* index;        // -1 empty, -2 dummy, else entry position (int64 when large is fine too)
    uint64_t version;      // bumped on every mutation (detects "dictionary changed size during iteration")
    // For the eval loop's inline caches (vm/specialize.h). keys_version changes whenever a key is
    // added or removed (values may change freely); it comes from one global counter, so a value
    // other than 0 belongs to one dict only, and 0 means "no key was ever added". key_bits has bit
    // (hash & 63) set for every key ever added (never cleared but by dict_clear): a clear bit
    // proves a key absent without probing, which is how LOAD_METHOD checks an instance dict.
    uint64_t keys_version;
    uint64_t key_bits;
};

// A fresh keys_version value (never 0).
uint64_t dict_next_keys_version();

extern TypeObject DictType;
inline bool is_dict(Object* o) { return type_has(o->type, kTypeDictSubclass); }
inline bool is_dict_exact(Object* o) { return o->type == &DictType; }
Object* dict_new();
// Borrowed value or null. Null without exception: missing; null with exception: hashing/== failed.
Object* dict_getitem(Object* d, Object* key);
Object* dict_getitem_str(Object* d, const char* key);
Object* dict_getitem_known_hash(Object* d, Object* key, int64_t hash);
int dict_setitem(Object* d, Object* key, Object* value);      // increfs both; 0 ok, -1 error
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
