// complex: a pair of IEEE doubles. Arithmetic mixes with int and float (their slots answer
// NotImplemented, so the complex slots also serve the reflected cases); text follows CPython's
// repr ("(1+2j)", "2j", "(-0-1j)") built from float's shortest round-trip digits.
// CPython counterpart: Objects/complexobject.c.
#pragma once

#include "objects/object.h"

namespace pygen {

struct ComplexObject : Object {
    double real;
    double imag;
};

extern TypeObject ComplexType;
inline bool is_complex(Object* o) { return o->type == &ComplexType || is_subtype(o->type, &ComplexType); }
Object* complex_from(double real, double imag);   // new exact complex
inline double complex_real(Object* o) { return static_cast<ComplexObject*>(o)->real; }
inline double complex_imag(Object* o) { return static_cast<ComplexObject*>(o)->imag; }

// a ** b for operands that are int, float or complex (NotImplemented for anything else):
// float.__pow__ hands a negative base with a fractional exponent over to this, as CPython does.
Object* complex_power(Object* a, Object* b);

void init_complex_type();

}  // namespace pygen
