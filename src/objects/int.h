// int and bool. Values that fit in int64 are kept inline (no GMP); larger ones use an mpz_t.
// -5..256 are cached (small_int), True/False are the two bool singletons.
// CPython counterparts: Objects/longobject.c, Objects/boolobject.c.
#pragma once

#include <cstdint>
#include <string>

#include <gmp.h>

#include "objects/object.h"

namespace pygen {

struct IntObject : Object {
    bool is_big;        // false: `small` holds the value; true: `big` is initialised and does not fit int64
    union {
        int64_t small;  // valid only when !is_big
        mpz_ptr big;    // valid only when is_big: a malloc'ed, initialised mpz (keeps small ints at 32 bytes)
    };
};

extern TypeObject IntType;
extern TypeObject BoolType;
extern IntObject TrueStruct;
extern IntObject FalseStruct;
inline Object* const True = &TrueStruct;
inline Object* const False = &FalseStruct;
inline Object* bool_from(bool b) { return incref(b ? True : False); }

inline bool is_int(Object* o) { return type_has(o->type, kTypeIntSubclass); }   // includes bool
inline bool is_int_exact(Object* o) { return o->type == &IntType; }
// A small int's value as ssize, clipped to its range where ssize is narrower than 64 bits (wasm32),
// as slice bounds and other clipped indices clip a big int.
inline ssize clip_to_ssize(int64_t v) {
    if constexpr (sizeof(ssize) < sizeof(int64_t)) {
        if (v > PTRDIFF_MAX) return PTRDIFF_MAX;
        if (v < PTRDIFF_MIN) return PTRDIFF_MIN;
    }
    return static_cast<ssize>(v);
}
inline bool is_bool(Object* o) { return o->type == &BoolType; }

// int_from_i64 inline: nearly every arithmetic result of the eval loop is made here, so the
// small-int cache and the free list of exact ints (int.cpp owns both) are read without a call.
namespace int_cache {
constexpr int64_t kSmallMin = -5;
constexpr int64_t kSmallMax = 256;
constexpr int kFreeListMax = 256;
extern IntObject small[kSmallMax - kSmallMin + 1];   // immortal
extern IntObject* free_list[kFreeListMax];           // freed exact ints, is_big already false
extern int free_count;
}  // namespace int_cache
Object* int_from_i64_alloc(int64_t v);   // the free list is empty: a new block
inline Object* int_from_i64(int64_t v) {   // uses the small-int cache
    if (v >= int_cache::kSmallMin && v <= int_cache::kSmallMax) return incref(&int_cache::small[v - int_cache::kSmallMin]);
    if (int_cache::free_count > 0) {
        IntObject* r = int_cache::free_list[--int_cache::free_count];
        r->refcnt = 1;
        r->small = v;
        return r;
    }
    return int_from_i64_alloc(v);
}
Object* int_from_u64(uint64_t v);
Object* int_from_mpz(const mpz_t v);      // normalises to small when it fits
Object* int_from_double(double d);       // int(3.7) -> 3; ValueError/OverflowError for nan/inf
// Parses int(s, base) text (underscores, sign, whitespace, 0x prefixes when base 0 or 16...).
// On failure raises ValueError "invalid literal for int() with base 10: 'abc'".
Object* int_from_string(std::string_view text, int base);
// Exact value if it fits in int64 (returns true); otherwise false *without* setting an exception.
bool int_as_i64(Object* o, int64_t* out);
// Like int_as_i64 but raises OverflowError("Python int too large to convert to C ssize_t").
bool int_as_ssize(Object* o, ssize* out);
double int_as_double(Object* o, bool* overflow);   // overflow set when too large for a double
void int_to_mpz(Object* o, mpz_t out);              // out must be initialised
std::string int_to_decimal(Object* o);
int int_sign(Object* o);                             // -1, 0, 1
int64_t int_hash(Object* o);                         // CPython's modular hash (mod 2**61-1)

// divmod(a, b) for two ints: a (q, r) tuple with Python's floor semantics; NotImplemented when
// either operand is not an int.
Object* int_divmod(Object* a, Object* b);
// sys.get_int_max_str_digits() limit for str(int) / int(str) in non-power-of-two bases
// (CPython 3.11's default 4300; 0 disables the check).
extern int int_max_str_digits;
// repr/str of an int in base 2/8/10/16 with no prefix and a leading '-' when negative (no digit
// limit: format() of ints is not limited for power-of-two bases). Base 10 is limited.
bool int_to_base_text(Object* o, int base, std::string* out);

// ---- Internal to int.cpp / int_ops.cpp / bool.cpp ----
// RAII mpz for temporaries; src() gives read access to an int's value as an mpz without copying
// big values.
struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};
mpz_srcptr int_mpz(Object* o, Mpz& scratch);
// Values of up to 127 bits as __int128, without GMP: most big-int arithmetic in programs is 64-bit
// hashing and random number generators (x * K & 0xFFFFFFFFFFFFFFFF) that pass int64 by a few
// bits. int_as_i128 is false (no exception) for larger magnitudes or where GMP limbs are not 64
// bits; int_from_i128 normalises to the inline form when the value fits int64.
bool int_as_i128(Object* o, __int128* out);
Object* int_from_i128(__int128 v);
void int_fill_number_slots(TypeObject* type);   // int_ops.cpp: every nb_* slot of int
// A plain int with the value of the int (or bool / subclass instance) o: +o, int(o), o.real.
Object* int_exact(Object* o);
// `type` instance (int subclass) holding the value of the exact int v.
Object* int_subtype_copy(TypeObject* type, Object* v);

void init_int_types();

}  // namespace pygen
