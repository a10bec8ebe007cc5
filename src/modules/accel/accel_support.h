// What the native accelerators of Python-written modules share (decimal, datetime): they read
// the module's objects at their __slots__ member offsets and put C++ methods on its classes,
// keeping each replaced Python method to hand every case they decline back to.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pygen {

struct MethodDef;

// The object held in the __slots__ member at `offset` (null when unset).
inline Object*& accel_slot(Object* o, ssize offset) {
    return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset);
}

// A small exact int's value; false for anything else (an unset slot included).
bool accel_small_int(Object* o, int64_t* out);

// The offset of `type`'s __slots__ member `name` (found through the MRO); false with TypeError.
bool accel_slot_offset(TypeObject* type, const char* name, ssize* out);

// The Python function `type.name` is (through the MRO; unwrapped from its staticmethod for
// __new__); null with TypeError when it is anything else.
Object* accel_python_method(TypeObject* type, const char* name);

// Puts def on type as a method (a staticmethod for __new__); false with an exception.
bool accel_replace_method(TypeObject* type, const MethodDef* def);

}  // namespace pygen
