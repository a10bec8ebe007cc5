// float: an IEEE double. repr uses the shortest text that round-trips (CPython's float_repr_style
// 'short'), with CPython's switch to exponent notation at 1e16 and below 1e-4.
// CPython counterpart: Objects/floatobject.c.
#pragma once

#include <string>

#include "objects/object.h"

namespace pygen {

struct FloatObject : Object {
    double value;
};

extern TypeObject FloatType;
inline bool is_float(Object* o) { return o->type == &FloatType || is_subtype(o->type, &FloatType); }
// The free list of exact floats (float.cpp owns it), open so the eval loop can pop and push
// inline: float arithmetic makes and drops an object per operation. Chained through `type`.
namespace float_cache {
constexpr int kFreeListMax = 256;
extern FloatObject* free_list;
extern int free_count;
}  // namespace float_cache
Object* float_from_alloc(double v);   // the free list is empty: a new block
inline Object* float_from(double v) {
    FloatObject* f = float_cache::free_list;
    if (!f) return float_from_alloc(v);
    float_cache::free_list = reinterpret_cast<FloatObject*>(f->type);
    --float_cache::free_count;
    f->type = &FloatType;
    f->refcnt = 1;
    f->value = v;
    return f;
}
// The last reference to an exact float went away: park it (what float_dealloc does).
inline bool float_release_exact(Object* o) {
    if (float_cache::free_count >= float_cache::kFreeListMax) return false;
    o->type = reinterpret_cast<TypeObject*>(float_cache::free_list);
    float_cache::free_list = static_cast<FloatObject*>(o);
    ++float_cache::free_count;
    return true;
}
int float_free_list_count();   // exact floats parked for reuse (tests watch it)
inline double float_value(Object* o) { return static_cast<FloatObject*>(o)->value; }
// float(x) conversion of int/float/objects with __float__ / __index__; -1.0 with exception on error
// (check err_occurred()).
double float_as_double(Object* o);
std::string float_repr_text(double v);     // "1.5", "1e+16", "inf", "nan"
Object* float_from_string(std::string_view text);   // float("3.5"); ValueError "could not convert string to float: 'abc'"
int64_t float_hash(double v);              // CPython's numeric hash, equal to int_hash for integral values

// ---- Shared with str formatting and int ----
// Shared formatting core for float (repr/str, format(), %-formatting). `type` is one of
// 'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr: shortest round-trip); precision < 0 means the default;
// alternate keeps the point and trailing zeros ('#'); add_dot_0 gives fixed-point results at
// least one fractional digit ("1.0", format()'s no-type with a precision). Signs: only '-' is
// produced. inf/nan spelt "inf"/"nan" ("INF"/"NAN" for upper-case types).
std::string double_to_text(double v, char type, int precision, bool alternate, bool add_dot_0 = false);
// divmod(a, b) when either is a float (the other may be an int): NotImplemented otherwise.
Object* float_divmod(Object* a, Object* b);
// round(x, ndigits) for a finite double, correctly rounded (half-even on the exact decimal value).
double float_round_ndigits(double x, int ndigits, bool* overflow);
// x.as_integer_ratio() parts for a finite double: numerator and denominator as ints (new refs).
bool float_integer_ratio(double x, Object** num, Object** den);

void init_float_type();

}  // namespace pygen
