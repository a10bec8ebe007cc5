// The int type core: representation (inline int64 or GMP), the small-int cache, conversions to
// and from C++ values, text, double and other objects (int()), hashing, comparison and the
// int methods. Arithmetic slots are in int_ops.cpp, bool in bool.cpp, format() in str_format.cpp.
// CPython counterpart: Objects/longobject.c.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "objects/buffer.h"
#include "objects/alloc_limit.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"

#include <cstdlib>
#include "objects/str.h"
#include "objects/tuple.h"
#include "modules/warnings.h"

namespace pygen {

TypeObject IntType;
int int_max_str_digits = 4300;

namespace int_cache {
IntObject small[kSmallMax - kSmallMin + 1];
IntObject* free_list[kFreeListMax];
int free_count = 0;
}  // namespace int_cache

void init_bool_type();   // bool.cpp

namespace {

using int_cache::kSmallMin;
using int_cache::kSmallMax;
constexpr ssize kImmortalRefs = ssize(1) << (sizeof(ssize) >= 8 ? 60 : 28);   // 28: wasm32
IntObject* const g_small = int_cache::small;

inline IntObject* as_int(Object* o) { return static_cast<IntObject*>(o); }

// Exact ints are the most allocated objects of all (every loop counter past 256): keep a small
// free list of them (int_cache in int.h, so int_from_i64 pops it inline), as CPython keeps its
// float free list.
constexpr int kIntFreeListMax = int_cache::kFreeListMax;
IntObject** const g_int_free = int_cache::free_list;
int& g_int_free_count = int_cache::free_count;

IntObject* int_alloc(TypeObject* type) {
    if (type == &IntType && g_int_free_count > 0) {
        IntObject* r = g_int_free[--g_int_free_count];
        r->refcnt = 1;
        return r;
    }
    return static_cast<IntObject*>(alloc_object(type));
}

void int_dealloc(Object* o) {
    if (as_int(o)->is_big) {
        mpz_clear(as_int(o)->big);
        mem_free(as_int(o)->big);
        as_int(o)->is_big = false;
    }
    if (o->type == &IntType && g_int_free_count < kIntFreeListMax) {
        g_int_free[g_int_free_count++] = as_int(o);
        return;
    }
    free_object(o);
}

}  // namespace

// ---- Construction ----

Object* int_from_i64_alloc(int64_t v) {
    if (v >= kSmallMin && v <= kSmallMax) return incref(&g_small[v - kSmallMin]);
    IntObject* r = int_alloc(&IntType);
    if (!r) return nullptr;
    r->is_big = false;
    r->small = v;
    return r;
}

Object* int_from_u64(uint64_t v) {
    if (v <= static_cast<uint64_t>(INT64_MAX)) return int_from_i64(static_cast<int64_t>(v));
    Mpz m;
    mpz_set_ui(m.v, v);
    return int_from_mpz(m.v);
}

Object* int_from_mpz(const mpz_t v) {
    if (mpz_fits_slong_p(v)) return int_from_i64(mpz_get_si(v));
    IntObject* r = int_alloc(&IntType);
    if (!r) return nullptr;
    r->is_big = true;
    r->big = static_cast<mpz_ptr>(mem_malloc(sizeof(__mpz_struct)));
    mpz_init_set(r->big, v);
    return r;
}

bool int_as_i128(Object* o, __int128* out) {
    IntObject* v = as_int(o);
    if (!v->is_big) {
        *out = v->small;
        return true;
    }
#if GMP_LIMB_BITS == 64
    mpz_srcptr z = v->big;
    int n = z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
    if (n > 2) return false;
    unsigned __int128 mag = n > 0 ? z->_mp_d[0] : 0;
    if (n == 2) mag |= static_cast<unsigned __int128>(z->_mp_d[1]) << 64;
    if (mag >> 127) return false;   // needs the sign bit
    *out = z->_mp_size < 0 ? -static_cast<__int128>(mag) : static_cast<__int128>(mag);
    return true;
#else
    return false;
#endif
}

Object* int_from_i128(__int128 v) {
    if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(static_cast<int64_t>(v));
#if GMP_LIMB_BITS == 64
    IntObject* r = int_alloc(&IntType);
    if (!r) return nullptr;
    r->is_big = true;
    r->big = static_cast<mpz_ptr>(mem_malloc(sizeof(__mpz_struct)));
    mpz_init2(r->big, 128);
    unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    mp_limb_t* d = mpz_limbs_write(r->big, 2);
    d[0] = static_cast<mp_limb_t>(mag);
    d[1] = static_cast<mp_limb_t>(mag >> 64);
    mpz_limbs_finish(r->big, v < 0 ? -2 : 2);   // drops a zero high limb
    return r;
#else
    Mpz m;
    unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    mpz_set_ui(m.v, static_cast<unsigned long>(mag >> 96));
    for (int shift = 64; shift >= 0; shift -= 32) {
        mpz_mul_2exp(m.v, m.v, 32);
        mpz_add_ui(m.v, m.v, static_cast<unsigned long>((mag >> shift) & 0xffffffffu));
    }
    if (v < 0) mpz_neg(m.v, m.v);
    return int_from_mpz(m.v);
#endif
}

Object* int_subtype_copy(TypeObject* type, Object* v) {
    IntObject* r = int_alloc(type);
    if (!r) return nullptr;
    r->is_big = as_int(v)->is_big;
    if (r->is_big)
    {
        r->big = static_cast<mpz_ptr>(mem_malloc(sizeof(__mpz_struct)));
        mpz_init_set(r->big, as_int(v)->big);
    }
    else
        r->small = as_int(v)->small;
    return r;
}

Object* int_exact(Object* o) {
    if (is_int_exact(o)) return incref(o);
    if (!as_int(o)->is_big) return int_from_i64(as_int(o)->small);
    return int_from_mpz(as_int(o)->big);
}

Object* int_from_double(double d) {
    if (std::isnan(d)) return err_set_string(ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return err_set_string(OverflowError, "cannot convert float infinity to integer");
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
        return int_from_i64(static_cast<int64_t>(d));
    Mpz m;
    mpz_set_d(m.v, d);
    return int_from_mpz(m.v);
}

// ---- Access ----

mpz_srcptr int_mpz(Object* o, Mpz& scratch) {
    if (as_int(o)->is_big) return as_int(o)->big;
    mpz_set_si(scratch.v, as_int(o)->small);
    return scratch.v;
}

bool int_as_i64(Object* o, int64_t* out) {
    if (as_int(o)->is_big) return false;
    *out = as_int(o)->small;
    return true;
}

bool int_as_ssize(Object* o, ssize* out) {
    int64_t v;
    if (!int_as_i64(o, &v)) {
        err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = static_cast<ssize>(v);
    return true;
}

// Correctly rounded (half-even), as CPython's PyLong_AsDouble: keep 55 bits plus a sticky bit
// and let the conversion to double round once.
double int_as_double(Object* o, bool* overflow) {
    *overflow = false;
    if (!as_int(o)->is_big) return static_cast<double>(as_int(o)->small);
    mpz_srcptr v = as_int(o)->big;
    size_t nbits = mpz_sizeinbase(v, 2);
    if (nbits > 1024) { *overflow = true; return -1.0; }
    Mpz a, q;
    mpz_abs(a.v, v);
    long shift = static_cast<long>(nbits) - 55;
    uint64_t bits;
    if (shift <= 0) {
        bits = mpz_get_ui(a.v);
        shift = 0;
    } else {
        mpz_fdiv_q_2exp(q.v, a.v, static_cast<mp_bitcnt_t>(shift));
        bits = mpz_get_ui(q.v);
        if (mpz_scan1(a.v, 0) < static_cast<mp_bitcnt_t>(shift)) bits |= 1;
    }
    double d = std::ldexp(static_cast<double>(bits), static_cast<int>(shift));
    if (std::isinf(d)) { *overflow = true; return -1.0; }
    return mpz_sgn(v) < 0 ? -d : d;
}

void int_to_mpz(Object* o, mpz_t out) {
    if (as_int(o)->is_big)
        mpz_set(out, as_int(o)->big);
    else
        mpz_set_si(out, as_int(o)->small);
}

int int_sign(Object* o) {
    if (as_int(o)->is_big) return mpz_sgn(as_int(o)->big);
    int64_t v = as_int(o)->small;
    return v < 0 ? -1 : v > 0 ? 1 : 0;
}

// ---- Text ----

namespace {

Object* digit_limit_error() {
    return err_format(ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      int_max_str_digits);
}

}  // namespace

bool int_to_base_text(Object* o, int base, std::string* out) {
    if (!as_int(o)->is_big) {
        char buf[80];
        auto res = std::to_chars(buf, buf + sizeof buf, as_int(o)->small, base);
        out->assign(buf, res.ptr);
        return true;
    }
    mpz_srcptr v = as_int(o)->big;
    if (base == 10 && int_max_str_digits > 0) {
        // sizeinbase may overshoot by one, so only a clear excess fails before converting.
        if (mpz_sizeinbase(v, 10) > static_cast<size_t>(int_max_str_digits) + 1) {
            digit_limit_error();
            return false;
        }
    }
    out->resize(mpz_sizeinbase(v, base) + 2);
    mpz_get_str(out->data(), base, v);
    out->resize(std::strlen(out->c_str()));
    if (base == 10 && int_max_str_digits > 0) {
        size_t digits = out->size() - (mpz_sgn(v) < 0 ? 1 : 0);
        if (digits > static_cast<size_t>(int_max_str_digits)) {
            digit_limit_error();
            return false;
        }
    }
    return true;
}

std::string int_to_decimal(Object* o) {
    std::string s;
    if (!int_to_base_text(o, 10, &s)) return std::string();
    return s;
}

namespace {

Object* int_repr(Object* o) {
    if (!as_int(o)->is_big) {
        // The digits of a 64-bit value fit a stack buffer: no std::string on the way.
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, as_int(o)->small);
        return str_from_known(std::string_view(buf, static_cast<size_t>(res.ptr - buf)), res.ptr - buf);
    }
    std::string s;
    if (!int_to_base_text(o, 10, &s)) return nullptr;
    return str_from_known(s, static_cast<ssize>(s.size()));
}

// CPython: longobject.c, PyLong_FromString. `original` is what the error message shows (str or
// bytes repr, truncated to 200 characters).
Object* parse_int_text(std::string_view text, int base, Object* original) {
    auto invalid = [&]() -> Object* {
        Ref<> r = Ref<>::steal(object_repr(original));
        if (!r) return nullptr;
        std::string_view rv = str_view(r.get());
        std::string shown;
        if (str_length(r.get()) > 200)
            shown.assign(rv.substr(0, str_byte_offset(r.get(), 200)));
        else
            shown.assign(rv);
        return err_format(ValueError, "invalid literal for int() with base %d: %s", base,
                          shown.c_str());
    };
    if (base == 10 && !text.empty() && text.size() <= 18) {
        // int("42"), int("-7"): an optional sign and ASCII digits only (no whitespace,
        // underscores or other digits), at most 18 of them, so the value fits 64 bits. Parsed
        // here without the normalised copy; anything else takes the general path below.
        size_t i = text[0] == '-' || text[0] == '+' ? 1 : 0;
        if (i < text.size()) {
            int64_t v = 0;
            size_t j = i;
            for (; j < text.size(); ++j) {
                unsigned d = static_cast<unsigned char>(text[j]) - '0';
                if (d > 9) break;
                v = v * 10 + d;
            }
            if (j == text.size()) return int_from_i64(text[0] == '-' ? -v : v);
        }
    }
    // Normalise: strip Unicode whitespace, map non-ASCII decimal digits to ASCII.
    std::string t;
    t.reserve(text.size());
    {
        const char* p = text.data();
        const char* end = p + text.size();
        while (p < end) {
            uint32_t cp = utf8_decode(p);
            if (cp >= 0x80) {
                if (unicode_is_space(cp)) { t.push_back(' '); continue; }
                int d = unicode_decimal_value(cp);
                if (d < 0) return invalid();
                t.push_back(static_cast<char>('0' + d));
            } else {
                t.push_back(static_cast<char>(cp));
            }
        }
    }
    size_t i = 0, n = t.size();
    auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
    while (i < n && is_ws(t[i])) ++i;
    while (n > i && is_ws(t[n - 1])) --n;
    bool negative = false;
    if (i < n && (t[i] == '+' || t[i] == '-')) { negative = t[i] == '-'; ++i; }
    int b = base;
    bool had_prefix = false;
    if (i + 1 < n && t[i] == '0') {
        char p = static_cast<char>(t[i + 1] | 0x20);
        if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) ||
            (p == 'b' && (b == 2 || b == 0))) {
            b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            i += 2;
            had_prefix = true;
        }
    }
    bool base0_decimal = false;
    if (b == 0) { b = 10; base0_decimal = true; }
    // Digits with single underscores between them (one may follow a prefix).
    std::string digits;
    digits.reserve(n - i);
    bool prev_underscore = had_prefix;   // "0x_1" is valid
    bool allow_leading_underscore = had_prefix;
    if (i >= n) return invalid();
    for (size_t k = i; k < n; ++k) {
        char c = t[k];
        if (c == '_') {
            if (digits.empty() ? !allow_leading_underscore : prev_underscore) return invalid();
            if (digits.empty()) allow_leading_underscore = false;
            prev_underscore = true;
            continue;
        }
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') d = (c | 0x20) - 'a' + 10;
        else return invalid();
        if (d >= b) return invalid();
        digits.push_back(c);
        prev_underscore = false;
    }
    if (digits.empty() || prev_underscore) return invalid();
    // Base 0 forbids leading zeros on non-zero decimals ("010").
    if (base0_decimal && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
        return invalid();
    if ((b & (b - 1)) != 0 && int_max_str_digits > 0 &&
        digits.size() > static_cast<size_t>(int_max_str_digits))
        return err_format(ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: value has "
                          "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                          int_max_str_digits, digits.size());
    if (digits.size() <= 18) {
        int64_t v = 0;
        auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v, b);
        if (res.ec == std::errc() && res.ptr == digits.data() + digits.size())
            return int_from_i64(negative ? -v : v);
    }
    Mpz m;
    if (mpz_set_str(m.v, digits.c_str(), b) != 0) return invalid();
    if (negative) mpz_neg(m.v, m.v);
    return int_from_mpz(m.v);
}

}  // namespace

Object* int_from_string(std::string_view text, int base) {
    Ref<> original = Ref<>::steal(str_from(text));
    if (!original) return nullptr;
    return parse_int_text(text, base, original.get());
}

// ---- Hash and comparison ----

int64_t int_hash(Object* o) {
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    uint64_t mag;
    bool negative;
    if (!as_int(o)->is_big) {
        int64_t v = as_int(o)->small;
        negative = v < 0;
        mag = negative ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        mag %= kModulus;
    } else {
        negative = mpz_sgn(as_int(o)->big) < 0;
        Mpz a;
        mpz_abs(a.v, as_int(o)->big);
        mag = mpz_fdiv_ui(a.v, kModulus);
    }
    auto h = static_cast<int64_t>(mag);
    if (negative) h = -h;
    return h == -1 ? -2 : h;
}

namespace {

int int_compare(Object* a, Object* b) {
    if (!as_int(a)->is_big && !as_int(b)->is_big) {
        int64_t x = as_int(a)->small, y = as_int(b)->small;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    Mpz sa, sb;
    int c = mpz_cmp(int_mpz(a, sa), int_mpz(b, sb));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

Object* int_richcompare(Object* a, Object* b, CompareOp op) {
    if (!is_int(a) || !is_int(b)) return incref(NotImplemented);
    int c = int_compare(a, b);
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
    }
    return bool_from(r);
}

// ---- int() ----

Object* int_from_bytes_text(Object* b, int base) {
    std::string_view data = bytes_like_view(b);
    if (!utf8_is_valid(data)) {
        return err_format(ValueError, "invalid literal for int() with base %d: %R", base, b);
    }
    return parse_int_text(data, base, b);
}

// int(x) without a base (CPython: PyNumber_Long).
Object* int_convert(Object* x) {
    if (is_int_exact(x)) return incref(x);
    // An exact str has no __int__, __index__ or __trunc__ to try first: int("42") parses at once.
    if (is_str_exact(x)) return parse_int_text(str_view(x), 10, x);
    TypeObject* t = x->type;
    if (t->nb_int) {
        Object* r = t->nb_int(x);
        if (!r || is_int_exact(r)) return r;
        if (!is_int(r)) {
            err_format(TypeError, "__int__ returned non-int (type %s)", type_name(r));
            decref(r);
            return nullptr;
        }
        if (!(r = warn_strict_subclass(r, "__int__ returned non-int", "int"))) return nullptr;
        Object* exact = int_subtype_copy(&IntType, r);
        decref(r);
        return exact;
    }
    if (t->nb_index) {
        // int() gives an exact int even when __index__ returned a subclass (PyNumber_Index).
        Object* r = number_index(x);
        if (!r || is_int_exact(r)) return r;
        Object* exact = int_subtype_copy(&IntType, r);
        decref(r);
        return exact;
    }
    if (Object* trunc = type_lookup_str(t, "__trunc__")) {
        (void)trunc;
        if (!warn_message(DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", nullptr))
            return nullptr;
        Ref<> r = Ref<>::steal(call_method0(x, "__trunc__"));
        if (!r) return nullptr;
        if (is_int_exact(r.get())) return r.release();
        if (is_int(r.get())) return int_subtype_copy(&IntType, r.get());
        if (!r->type->nb_index)
            return err_format(TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r.get()));
        Ref<> idx = Ref<>::steal(number_index(r.get()));
        if (!idx || is_int_exact(idx.get())) return idx.release();
        return int_subtype_copy(&IntType, idx.get());   // an __index__ that gave a bool
    }
    if (is_str(x)) return parse_int_text(str_view(x), 10, x);
    if (is_bytes(x) || is_bytearray(x)) return int_from_bytes_text(x, 10);
    if (object_check_buffer(x)) {
        // Other buffers (memoryview) are read as bytes; errors show those bytes, as CPython's.
        std::string data;
        if (bytes_like_copy(x, &data)) {
            Ref<> b = Ref<>::steal(bytes_from(data));
            return b ? int_from_bytes_text(b.get(), 10) : nullptr;
        }
        err_clear();
    }
    return err_format(TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'", type_name(x));
}

// CPython: longobject.c, long_new_impl.
Object* int_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "base"};
    Object* a[2];
    if (!arg_bind("int", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    Ref<> value;
    if (!a[0]) {
        if (a[1]) return err_set_string(TypeError, "int() missing string argument");
        value = Ref<>::steal(int_from_i64(0));
    } else if (!a[1]) {
        value = Ref<>::steal(int_convert(a[0]));
    } else {
        // Clipped: a huge base is out of range (ValueError), not an OverflowError.
        ssize base = number_as_ssize(a[1], nullptr);
        if (base == -1 && err_occurred()) return nullptr;
        if (base != 0 && (base < 2 || base > 36))
            return err_set_string(ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_str(a[0]))
            value = Ref<>::steal(parse_int_text(str_view(a[0]), static_cast<int>(base), a[0]));
        else if (is_bytes(a[0]) || is_bytearray(a[0]))
            value = Ref<>::steal(int_from_bytes_text(a[0], static_cast<int>(base)));
        else
            return err_set_string(TypeError, "int() can't convert non-string with explicit base");
    }
    if (!value || type == &IntType) return value.release();
    return int_subtype_copy(type, value.get());
}

// ---- Methods ----

Object* int_bit_length(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.bit_length", kwnames) || !arg_check_positional("int.bit_length", nargs, 0, 0))
        return nullptr;
    if (!as_int(self)->is_big) {
        int64_t v = as_int(self)->small;
        uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        return int_from_i64(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return int_from_u64(mpz_sizeinbase(as_int(self)->big, 2));
}

Object* int_bit_count(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.bit_count", kwnames) || !arg_check_positional("int.bit_count", nargs, 0, 0))
        return nullptr;
    if (!as_int(self)->is_big) {
        int64_t v = as_int(self)->small;
        uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        return int_from_i64(__builtin_popcountll(m));
    }
    Mpz a;
    mpz_abs(a.v, as_int(self)->big);
    return int_from_u64(mpz_popcount(a.v));
}

Object* int_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.conjugate", kwnames) || !arg_check_positional("int.conjugate", nargs, 0, 0))
        return nullptr;
    return int_exact(self);
}

Object* int_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.as_integer_ratio", kwnames) ||
        !arg_check_positional("int.as_integer_ratio", nargs, 0, 0))
        return nullptr;
    Ref<> n = Ref<>::steal(int_exact(self));
    if (!n) return nullptr;
    Ref<> one = Ref<>::steal(int_from_i64(1));
    return tuple_pack({n.get(), one.get()});
}

// int.__divmod__ / __rdivmod__ for explicit calls and lookups; divmod() uses int_divmod directly.
Object* int_divmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__divmod__", kwnames) || !arg_check_positional("__divmod__", nargs, 1, 1)) return nullptr;
    return int_divmod(self, args[0]);
}

Object* int_rdivmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__rdivmod__", kwnames) || !arg_check_positional("__rdivmod__", nargs, 1, 1)) return nullptr;
    return int_divmod(args[0], self);
}

Object* int_trunc_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__trunc__", kwnames) || !arg_check_positional("int.__trunc__", nargs, 0, 0))
        return nullptr;
    return int_exact(self);
}

Object* int_floor_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__floor__", kwnames) || !arg_check_positional("int.__floor__", nargs, 0, 0))
        return nullptr;
    return int_exact(self);
}

Object* int_ceil_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__ceil__", kwnames) || !arg_check_positional("int.__ceil__", nargs, 0, 0))
        return nullptr;
    return int_exact(self);
}

Object* int_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__getnewargs__", kwnames) ||
        !arg_check_positional("int.__getnewargs__", nargs, 0, 0))
        return nullptr;
    Ref<> v = Ref<>::steal(int_exact(self));
    if (!v) return nullptr;
    return tuple_pack({v.get()});
}

Object* int_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__sizeof__", kwnames) || !arg_check_positional("int.__sizeof__", nargs, 0, 0))
        return nullptr;
    size_t size = self->type->basicsize;
    if (as_int(self)->is_big) size += mpz_size(as_int(self)->big) * sizeof(mp_limb_t);
    return int_from_u64(size);
}

// round(x, ndigits): negative ndigits round half-even to a multiple of 10**-ndigits.
Object* int_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__round__", kwnames)) return nullptr;
    if (!arg_check_positional("__round__", nargs, 0, 1)) return nullptr;
    if (nargs == 0 || args[0] == None) return int_exact(self);
    Ref<> nd = Ref<>::steal(number_index(args[0]));
    if (!nd) return nullptr;
    if (int_sign(nd.get()) >= 0) return int_exact(self);
    Mpz ns, pow10, q, r, twice;
    mpz_srcptr n = int_mpz(nd.get(), ns);
    // 10**-ndigits above 2*|self| rounds to 0: a unit past self's decimal size by 2 is never
    // computed (CPython returns 0 after building 10**k, or runs out of memory doing so).
    Mpz xs, limit;
    mpz_srcptr x = int_mpz(self, xs);
    mpz_set_ui(limit.v, mpz_sizeinbase(x, 10) + 2);
    mpz_neg(limit.v, limit.v);
    if (mpz_cmp(n, limit.v) <= 0) return int_from_i64(0);
    mpz_ui_pow_ui(pow10.v, 10, static_cast<unsigned long>(-mpz_get_si(n)));
    mpz_fdiv_qr(q.v, r.v, x, pow10.v);
    mpz_mul_2exp(twice.v, r.v, 1);
    int c = mpz_cmp(twice.v, pow10.v);
    if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
    mpz_mul(q.v, q.v, pow10.v);
    return int_from_mpz(q.v);
}

Object* int_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("int.__format__", kwnames)) return nullptr;
    if (!arg_check_positional("__format__", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
    // An empty spec means str(self): a subclass's own __str__ counts (CPython: format_obj).
    if (str_view(args[0]).empty() && !is_int_exact(self)) return object_str(self);
    return format_int(self, str_view(args[0]));
}

// to_bytes(length=1, byteorder='big', *, signed=False)
bool parse_byteorder(Object* o, bool* little) {
    if (!o) { *little = false; return true; }
    if (!is_str(o)) {
        err_format(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", arg_type_name(o));
        return false;
    }
    std::string_view s = str_view(o);
    if (s == "little") { *little = true; return true; }
    if (s == "big") { *little = false; return true; }
    err_set_string(ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

Object* int_to_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"length", "byteorder", "signed"};
    Object* a[3];
    if (!arg_bind("to_bytes", args, nargs, kwnames, kNames, 3, 0, a, 2)) return nullptr;
    ssize length = 1;
    if (a[0] && !arg_ssize(a[0], &length)) return nullptr;
    if (length < 0) return err_set_string(ValueError, "length argument must be non-negative");
    if (static_cast<int64_t>(length) > (int64_t(1) << 33)) return err_no_memory();   // beyond what GMP can represent
    bool little;
    if (!parse_byteorder(a[1], &little)) return nullptr;
    bool is_signed = false;
    if (a[2]) {
        int t = object_is_true(a[2]);
        if (t < 0) return nullptr;
        is_signed = t != 0;
    }
    if (!is_signed && int_sign(self) < 0)
        return err_set_string(OverflowError, "can't convert negative int to unsigned");
    // Two's complement of the value modulo 256**length, after checking the range.
    Mpz xs, v, limit;
    mpz_set(v.v, int_mpz(self, xs));
    mpz_set_ui(limit.v, 1);
    mpz_mul_2exp(limit.v, limit.v, static_cast<mp_bitcnt_t>(8 * length - (is_signed && length > 0 ? 1 : 0)));
    bool fits;
    if (length == 0) {
        fits = mpz_sgn(v.v) == 0;
    } else if (is_signed) {
        Mpz neg;
        mpz_neg(neg.v, limit.v);
        fits = mpz_cmp(v.v, limit.v) < 0 && mpz_cmp(v.v, neg.v) >= 0;
    } else {
        fits = mpz_cmp(v.v, limit.v) < 0;
    }
    if (!fits) return err_set_string(OverflowError, "int too big to convert");
    std::string out(static_cast<size_t>(length), '\0');
    if (mpz_sgn(v.v) < 0) {
        Mpz mod;
        mpz_set_ui(mod.v, 1);
        mpz_mul_2exp(mod.v, mod.v, static_cast<mp_bitcnt_t>(8 * length));
        mpz_add(v.v, v.v, mod.v);
    }
    size_t count = 0;
    if (mpz_sgn(v.v) != 0) {
        std::string tmp((mpz_sizeinbase(v.v, 2) + 7) / 8, '\0');
        mpz_export(tmp.data(), &count, 1, 1, 1, 0, v.v);   // big-endian bytes
        std::memcpy(out.data() + (out.size() - count), tmp.data(), count);
    }
    if (little) std::reverse(out.begin(), out.end());
    return bytes_from(out);
}

Object* int_from_bytes(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"bytes", "byteorder", "signed"};
    Object* a[3];
    if (!arg_bind("from_bytes", args, nargs, kwnames, kNames, 3, 1, a, 2)) return nullptr;
    bool little;
    if (!parse_byteorder(a[1], &little)) return nullptr;
    bool is_signed = false;
    if (a[2]) {
        int t = object_is_true(a[2]);
        if (t < 0) return nullptr;
        is_signed = t != 0;
    }
    Ref<> data;
    if (is_bytes(a[0]) || is_bytearray(a[0])) {
        data = Ref<>::borrow(a[0]);
    } else {
        // CPython converts with PyObject_Bytes, which (unlike bytes(x)) does not
        // take a str with no encoding or an int as a size.
        if ((is_str(a[0]) || a[0]->type->nb_index) && !type_lookup_str(a[0]->type, "__bytes__"))
            return err_format(TypeError, "cannot convert '%s' object to bytes", a[0]->type->name);
        Object* ctor_args[1] = {a[0]};
        data = Ref<>::steal(BytesType.tp_new(&BytesType, ctor_args, 1, nullptr));
        if (!data) return nullptr;
    }
    std::string bytes(bytes_like_view(data.get()));
    if (little) std::reverse(bytes.begin(), bytes.end());
    Mpz v;
    if (!bytes.empty()) mpz_import(v.v, bytes.size(), 1, 1, 1, 0, bytes.data());
    if (is_signed && !bytes.empty() && (static_cast<unsigned char>(bytes[0]) & 0x80)) {
        Mpz mod;
        mpz_set_ui(mod.v, 1);
        mpz_mul_2exp(mod.v, mod.v, static_cast<mp_bitcnt_t>(8 * bytes.size()));
        mpz_sub(v.v, v.v, mod.v);
    }
    Ref<> r = Ref<>::steal(int_from_mpz(v.v));
    if (!r) return nullptr;
    auto* type = static_cast<TypeObject*>(cls);
    if (type == &IntType) return r.release();
    return call1(cls, r.get());
}

// ---- getset ----

Object* int_get_self(Object* self) { return int_exact(self); }
Object* int_get_zero(Object*) { return int_from_i64(0); }
Object* int_get_one(Object*) { return int_from_i64(1); }

const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"to_bytes", int_to_bytes},
    {"from_bytes", int_from_bytes, kMethClass},
    {"conjugate", int_conjugate},
    {"as_integer_ratio", int_as_integer_ratio},
    {"__divmod__", int_divmod_method},
    {"__rdivmod__", int_rdivmod_method},
    {"__trunc__", int_trunc_method},
    {"__floor__", int_floor_method},
    {"__ceil__", int_ceil_method},
    {"__round__", int_round},
    {"__getnewargs__", int_getnewargs},
    {"__format__", int_format_method},
    {"__sizeof__", int_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kIntGetSet[] = {
    {"real", int_get_self},
    {"imag", int_get_zero},
    {"numerator", int_get_self},
    {"denominator", int_get_one},
    {nullptr, nullptr},
};

int64_t int_hash_slot(Object* o) { return int_hash(o); }

}  // namespace

void init_int_types() {
    IntType.name = "int";
    IntType.basicsize = sizeof(IntObject);
    IntType.flags = kTypeBaseType | kTypeIntSubclass;
    IntType.base = &ObjectType;
    IntType.dealloc = int_dealloc;
    IntType.repr = int_repr;
    IntType.hash = int_hash_slot;
    IntType.richcompare = int_richcompare;
    IntType.tp_new = int_new;
    IntType.methods = kIntMethods;
    IntType.getset = kIntGetSet;
    int_fill_number_slots(&IntType);
    for (int64_t v = kSmallMin; v <= kSmallMax; ++v) {
        IntObject& o = g_small[v - kSmallMin];
        o.refcnt = kImmortalRefs;
        o.type = &IntType;
        o.is_big = false;
        o.small = v;
    }
    if (!type_ready(&IntType)) return;
    init_bool_type();
}

}  // namespace pygen
