// The _collections module: deque, its iterators and defaultdict (C++), imported by
// lib/collections/__init__.py. OrderedDict is kept in Python there: pygen's dict has no hooks for
// a subclass to keep its own order beside the table (CPython's C OrderedDict shadows the dict's
// index with an array of nodes resized with it), and dict's layout belongs to the object-memory
// work, so a C++ OrderedDict would have to duplicate the table (its iterator and views are C++:
// odict.cpp). CPython counterpart:
// Modules/_collectionsmodule.c.

#include "modules/collections/collections.h"

#include "objects/module.h"

namespace pygen {

Object* make_collections_module() {
    if (!ready_deque_types() || !ready_defaultdict_type() || !ready_odict_types()) return nullptr;
    Object* m = module_new("_collections");
    if (!m) return nullptr;
    if (module_add_object(m, "deque", &DequeType) < 0 || module_add_object(m, "_deque_iterator", &DequeIterType) < 0 ||
        module_add_object(m, "_deque_reverse_iterator", &DequeRevIterType) < 0 ||
        module_add_object(m, "defaultdict", &DefaultDictType) < 0 || add_odict_functions(m) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
