// The _collections module's types, shared between its files: deque (deque.cpp) and defaultdict
// (defaultdict.cpp); collections_module.cpp makes the module. OrderedDict stays Python in
// lib/collections/__init__.py (see collections_module.cpp for why); its iterator and views are
// odict.cpp's.
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject DequeType;          // "collections.deque"
extern TypeObject DequeIterType;      // "_collections._deque_iterator"
extern TypeObject DequeRevIterType;   // "_collections._deque_reverse_iterator"
extern TypeObject DefaultDictType;    // "collections.defaultdict", a dict subclass
extern TypeObject OdictIterType;      // "odict_iterator" (odict.cpp), OrderedDict's iterators
extern TypeObject OdictKeysType;      // "odict_keys", a dict_keys subtype; likewise values, items
extern TypeObject OdictValuesType;
extern TypeObject OdictItemsType;

// Ready the types once per process (they are static and immortal). False with an exception.
[[nodiscard]] bool ready_deque_types();
[[nodiscard]] bool ready_defaultdict_type();
[[nodiscard]] bool ready_odict_types();
// Adds _odict_iter and _odict_view, which lib/collections' OrderedDict builds on. 0 ok, -1 error.
int add_odict_functions(Object* module);

}  // namespace pygen
