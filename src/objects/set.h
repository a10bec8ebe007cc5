// set and frozenset: hash tables of keys. Iteration order follows the hash table, as CPython's.
// CPython counterpart: Objects/setobject.c.
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject SetType;
extern TypeObject FrozenSetType;
bool is_anyset(Object* o);            // set, frozenset or a subclass
Object* set_new(Object* iterable);    // iterable may be null
Object* frozenset_new(Object* iterable);
int set_add(Object* set, Object* key);        // 0 ok, -1 error
int set_contains(Object* set, Object* key);   // -1 error, 0/1
int set_discard(Object* set, Object* key);    // -1 error, 0 absent, 1 removed
ssize set_size(Object* set);
// Iteration: start with pos = 0; returns false at the end; key is borrowed.
bool set_next(Object* set, ssize* pos, Object** key);
// set_next with the entry's stored hash too (dict.fromkeys(a_set) does not hash again).
bool set_next_hash(Object* set, ssize* pos, Object** key, int64_t* hash);
int set_update(Object* set, Object* iterable);
int set_difference_update(Object* set, Object* other);             // 0 ok, -1 error
int set_symmetric_difference_update(Object* set, Object* other);   // 0 ok, -1 error
void set_clear(Object* set);

void init_set_types();

}  // namespace pygen
