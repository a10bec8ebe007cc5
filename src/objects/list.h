// list: growable array of strong references. Also list.sort (stable; key/reverse).
// CPython counterpart: Objects/listobject.c.
#pragma once

#include "objects/object.h"

namespace pygen {

struct ListObject : Object {
    ssize size;
    ssize capacity;
    Object** items;        // malloc'ed, `capacity` slots, first `size` hold strong refs
};

extern TypeObject ListType;
inline bool is_list(Object* o) { return type_has(o->type, kTypeListSubclass); }
inline bool is_list_exact(Object* o) { return o->type == &ListType; }
Object* list_new(ssize size);               // `size` null items for the caller to fill
inline ssize list_size(Object* l) { return static_cast<ListObject*>(l)->size; }
inline Object* list_item(Object* l, ssize i) { return static_cast<ListObject*>(l)->items[i]; }  // borrowed
int list_append(Object* list, Object* item);            // increfs item; 0 ok, -1 error
int list_extend(Object* list, Object* iterable);        // 0 ok, -1 error
int list_insert(Object* list, ssize index, Object* item);
int list_sort(Object* list, Object* key, bool reverse);  // key may be null
int list_reverse(Object* list);
Object* list_as_tuple(Object* list);
void list_set_item(Object* list, ssize i, Object* item);  // steals item, drops the old one

// list.sort(*, key=None, reverse=False) as a built-in method (list_sort.cpp).
Object* list_sort_method(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// Fast paths used by the VM: obj[key] for a list (any key; ints without a detour).
Object* list_subscript(Object* list, Object* key);
Object* list_get_slice(Object* list, ssize lo, ssize hi);     // clipped like CPython's list_slice

// Repr recursion guard shared by list, tuple, dict, set, deque (CPython's Py_ReprEnter/Leave):
// repr_enter returns 1 when obj is already being repr'd further up (print "[...]" and do not call
// repr_leave), 0 when it was entered (call repr_leave(obj) when done), -1 on error.
int repr_enter(Object* obj);
void repr_leave(Object* obj);

extern TypeObject ListIterType;      // "list_iterator"
extern TypeObject ListRevIterType;   // "list_reverseiterator"

struct ListIterObject : Object {
    ssize index;      // next position (reverse iterator: counts down, -1 when done)
    Object* seq;      // strong list; null once exhausted
};

// next() of a list_iterator, inline for the loops that step one all the time (FOR_ITER_LIST,
// zip): the next item, or the type's own next function once the end is reached (which lets go
// of the list). `it` must be an exact list_iterator.
inline Object* list_iter_step(Object* it) {
    auto* li = static_cast<ListIterObject*>(it);
    auto* l = static_cast<ListObject*>(li->seq);
    if (l != nullptr && li->index < l->size) return incref(l->items[li->index++]);
    return ListIterType.iternext(it);
}

void init_list_type();

}  // namespace pygen
