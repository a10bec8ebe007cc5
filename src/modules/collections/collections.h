// The _collections module's types, shared between its files: deque (deque.cpp) and defaultdict
// (defaultdict.cpp); collections_module.cpp makes the module. OrderedDict stays Python in
// lib/collections/__init__.py (see collections_module.cpp for why).
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject DequeType;          // "collections.deque"
extern TypeObject DequeIterType;      // "_collections._deque_iterator"
extern TypeObject DequeRevIterType;   // "_collections._deque_reverse_iterator"
extern TypeObject DefaultDictType;    // "collections.defaultdict", a dict subclass

// Ready the types once per process (they are static and immortal). False with an exception.
[[nodiscard]] bool ready_deque_types();
[[nodiscard]] bool ready_defaultdict_type();

}  // namespace pygen
