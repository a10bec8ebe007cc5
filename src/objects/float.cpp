// The float type: arithmetic with float and int operands (exact comparisons with big ints),
// the numeric hash, float() parsing and conversion, and the float methods. Text output is in
// float_repr.cpp, format() in str_format.cpp.
// CPython counterpart: Objects/floatobject.c.
#include <charconv>
#include <cmath>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/type_impl.h"   // object_init: no __init__ of its own
#include "objects/format_float.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject FloatType;

// ---- Allocation ----
// Exact floats are recycled through a free list, as CPython's float_freelist: float arithmetic
// makes a result object per operation and usually drops it a line later, so most allocations
// become a pop and most frees a push. The list is chained through the `type` slot of the free
// blocks (nothing reads a freed object's type); `value` is written by every constructor, so
// nothing is zeroed.

namespace float_cache {
FloatObject* free_list = nullptr;
int free_count = 0;
}  // namespace float_cache

Object* float_from_alloc(double v) {
    auto* f = static_cast<FloatObject*>(alloc_object(&FloatType));
    if (!f) return nullptr;
    f->value = v;
    return f;
}

int float_free_list_count() { return float_cache::free_count; }

namespace {

// Also the base dealloc of float subclasses (subtype_dealloc): only exact floats are pooled.
void float_dealloc(Object* o) {
    if (o->type == &FloatType && float_release_exact(o)) return;
    free_object(o);
}

// Converts an operand of a mixed operation. Returns false without an exception when the
// operand is neither float nor int (the slot then answers NotImplemented), false with
// OverflowError for an int too large.
bool operand_double(Object* o, double* out, bool* error) {
    *error = false;
    if (is_float(o)) { *out = float_value(o); return true; }
    if (is_int(o)) {
        bool overflow;
        *out = int_as_double(o, &overflow);
        if (overflow) {
            err_set_string(OverflowError, "int too large to convert to float");
            *error = true;
            return false;
        }
        return true;
    }
    return false;
}

#define PYGEN_FLOAT_OPERANDS(a, b, x, y)                             \
    double x, y;                                                      \
    {                                                                 \
        bool error_;                                                  \
        if (!operand_double(a, &x, &error_))                          \
            return error_ ? nullptr : incref(NotImplemented);         \
        if (!operand_double(b, &y, &error_))                          \
            return error_ ? nullptr : incref(NotImplemented);         \
    }

Object* float_add(Object* a, Object* b) { PYGEN_FLOAT_OPERANDS(a, b, x, y); return float_from(x + y); }
Object* float_sub(Object* a, Object* b) { PYGEN_FLOAT_OPERANDS(a, b, x, y); return float_from(x - y); }
Object* float_mul(Object* a, Object* b) { PYGEN_FLOAT_OPERANDS(a, b, x, y); return float_from(x * y); }

Object* float_truediv(Object* a, Object* b) {
    PYGEN_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ZeroDivisionError, "float division by zero");
    return float_from(x / y);
}

// CPython: floatobject.c, _float_div_mod. The remainder takes the divisor's sign and the
// quotient is the float nearest to the exact floor division.
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
    double m = std::fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = std::floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = std::copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

Object* float_floordiv(Object* a, Object* b) {
    PYGEN_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ZeroDivisionError, "float floor division by zero");
    double q, r;
    float_div_mod(x, y, &q, &r);
    return float_from(q);
}

Object* float_mod(Object* a, Object* b) {
    PYGEN_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ZeroDivisionError, "float modulo");
    double q, r;
    float_div_mod(x, y, &q, &r);
    return float_from(r);
}

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

// CPython: floatobject.c, float_pow (the special cases follow C99 Annex F).
Object* float_pow(Object* a, Object* b) {
    PYGEN_FLOAT_OPERANDS(a, b, iv, iw);
    if (iw == 0.0) return float_from(1.0);
    if (std::isnan(iv)) return float_from(iv);
    if (std::isnan(iw)) return float_from(iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        double av = std::fabs(iv);
        if (av == 1.0) return float_from(1.0);
        if ((iw > 0.0) == (av > 1.0)) return float_from(std::fabs(iw));
        return float_from(0.0);
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iv > 0) return float_from(iw > 0 ? iv : 0.0);
        return float_from(iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            return err_set_string(ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from(odd ? iv : 0.0);
    }
    bool negate_result = false;
    if (iv < 0.0) {
        // A fractional power of a negative number is complex, as in CPython.
        if (iw != std::floor(iw)) return complex_power(a, b);
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if (iv == 1.0) return float_from(negate_result ? -1.0 : 1.0);
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) {
        Ref<> code = Ref<>::steal(int_from_i64(34));
        Ref<> text = Ref<>::steal(str_from("Numerical result out of range"));
        if (!code || !text) return nullptr;
        Ref<> args = Ref<>::steal(tuple_pack({code.get(), text.get()}));
        if (!args) return nullptr;
        err_set_object(OverflowError, args.get());
        return nullptr;
    }
    return float_from(negate_result ? -ix : ix);
}

Object* float_pow3(Object* a, Object* b, Object* m) {
    if (m != None) {
        if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b)))
            return err_set_string(TypeError,
                                  "pow() 3rd argument not allowed unless all arguments are integers");
        return incref(NotImplemented);
    }
    return float_pow(a, b);
}

Object* float_neg(Object* a) { return float_from(-float_value(a)); }
Object* float_pos(Object* a) {
    if (a->type == &FloatType) return incref(a);
    return float_from(float_value(a));
}
Object* float_abs(Object* a) { return float_from(std::fabs(float_value(a))); }
int float_bool(Object* a) { return float_value(a) != 0.0 ? 1 : 0; }
Object* float_int(Object* a) { return int_from_double(float_value(a)); }

// ---- Comparison ----

// Orders a double against an int exactly (CPython: float_richcompare). Returns -1/0/1, or 2 for
// a NaN (unordered).
int compare_double_int(double d, Object* i) {
    if (std::isnan(d)) return 2;
    int64_t v;
    if (int_as_i64(i, &v) && v >= -(int64_t(1) << 53) && v <= (int64_t(1) << 53)) {
        auto w = static_cast<double>(v);
        return d < w ? -1 : d > w ? 1 : 0;
    }
    Mpz scratch;
    int c = mpz_cmp_d(int_mpz(i, scratch), d);   // exact, accepts infinities
    return c < 0 ? 1 : c > 0 ? -1 : 0;
}

Object* float_richcompare(Object* a, Object* b, CompareOp op) {
    // Either operand may be the float (reflected comparisons swap them).
    bool swapped = false;
    if (!is_float(a)) {
        std::swap(a, b);
        swapped = true;
    }
    if (!is_float(a)) return incref(NotImplemented);
    int c;
    double x = float_value(a);
    if (is_float(b)) {
        double y = float_value(b);
        c = (std::isnan(x) || std::isnan(y)) ? 2 : x < y ? -1 : x > y ? 1 : 0;
    } else if (is_int(b)) {
        c = compare_double_int(x, b);
    } else {
        return incref(NotImplemented);
    }
    if (swapped && c != 2) c = -c;
    bool r = false;
    if (c == 2) {
        r = op == CompareOp::Ne;
    } else {
        switch (op) {
            case CompareOp::Lt: r = c < 0; break;
            case CompareOp::Le: r = c <= 0; break;
            case CompareOp::Eq: r = c == 0; break;
            case CompareOp::Ne: r = c != 0; break;
            case CompareOp::Gt: r = c > 0; break;
            case CompareOp::Ge: r = c >= 0; break;
        }
    }
    return bool_from(r);
}

// NaNs hash by identity (CPython 3.10+), other values by their numeric hash.
int64_t float_hash_slot(Object* o) {
    double v = float_value(o);
    if (std::isnan(v)) {
        auto h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(o) >> 4);
        return h == -1 ? -2 : h;
    }
    return float_hash(v);
}

Object* float_repr(Object* o) {
    std::string s = float_repr_text(float_value(o));
    return str_from_known(s, static_cast<ssize>(s.size()));
}

}  // namespace

// CPython: pyhash.c, _Py_HashDouble. |v| = m * 2**e with an integer m; 2**61 == 1 modulo the
// prime 2**61 - 1, so multiplying by 2**e is a rotation of the 61-bit residue.
int64_t float_hash(double v) {
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;
    int exponent;
    double mant = std::frexp(std::fabs(v), &exponent);
    auto m = static_cast<uint64_t>(std::ldexp(mant, 53));
    exponent -= 53;
    uint64_t h = m % kModulus;
    int k = exponent % 61;
    if (k < 0) k += 61;
    if (k != 0) h = ((h << k) & kModulus) | (h >> (61 - k));
    auto r = static_cast<int64_t>(h);
    if (v < 0) r = -r;
    return r == -1 ? -2 : r;
}

Object* float_divmod(Object* a, Object* b) {
    PYGEN_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ZeroDivisionError, "float divmod()");
    double q, r;
    float_div_mod(x, y, &q, &r);
    Ref<> qo = Ref<>::steal(float_from(q));
    Ref<> ro = Ref<>::steal(float_from(r));
    if (!qo || !ro) return nullptr;
    return tuple_pack({qo.get(), ro.get()});
}

// ---- float() ----

namespace {

// Parses the text of float(s); `original` is shown in the error message.
Object* parse_float_text(std::string_view text, Object* original) {
    auto invalid = [&]() -> Object* {
        return err_format(ValueError, "could not convert string to float: %R", original);
    };
    std::string t;
    t.reserve(text.size());
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        uint32_t cp = utf8_decode(p);
        if (cp < 0x80) { t.push_back(static_cast<char>(cp)); continue; }
        if (unicode_is_space(cp)) { t.push_back(' '); continue; }
        int d = unicode_decimal_value(cp);
        if (d < 0) return invalid();
        t.push_back(static_cast<char>('0' + d));
    }
    size_t i = 0, n = t.size();
    auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
    while (i < n && is_ws(t[i])) ++i;
    while (n > i && is_ws(t[n - 1])) --n;
    bool negative = false;
    if (i < n && (t[i] == '+' || t[i] == '-')) { negative = t[i] == '-'; ++i; }
    if (i >= n) return invalid();
    // Underscores are allowed only between two digits.
    std::string clean;
    clean.reserve(n - i);
    for (size_t k = i; k < n; ++k) {
        char c = t[k];
        if (c == '_') {
            bool ok = k > i && k + 1 < n && t[k - 1] >= '0' && t[k - 1] <= '9' && t[k + 1] >= '0' &&
                      t[k + 1] <= '9';
            if (!ok) return invalid();
            continue;
        }
        if (c == '+' || c == '-') {
            // Only right after an exponent marker.
            if (clean.empty() || (clean.back() | 0x20) != 'e') return invalid();
        }
        clean.push_back(c);
    }
    std::string lower;
    for (char c : clean) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
    double v;
    if (lower == "inf" || lower == "infinity") {
        v = HUGE_VAL;
    } else if (lower == "nan") {
        v = std::nan("");
    } else {
        if (lower.find_first_not_of("0123456789.e+-") != std::string::npos) return invalid();
        auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v, std::chars_format::general);
        if (r.ptr != clean.data() + clean.size()) return invalid();
        if (r.ec == std::errc::result_out_of_range) {
            // from_chars reports overflow/underflow without a value; strtod gives inf or 0.
            v = std::strtod(clean.c_str(), nullptr);
        } else if (r.ec != std::errc()) {
            return invalid();
        }
    }
    return float_from(negative ? -v : v);
}

}  // namespace

Object* float_from_string(std::string_view text) {
    Ref<> original = Ref<>::steal(str_from(text));
    if (!original) return nullptr;
    return parse_float_text(text, original.get());
}

double float_as_double(Object* o) {
    if (is_float(o)) return float_value(o);
    if (is_int(o)) {
        bool overflow;
        double d = int_as_double(o, &overflow);
        if (overflow) {
            err_set_string(OverflowError, "int too large to convert to float");
            return -1.0;
        }
        return d;
    }
    if (o->type->nb_float) {
        Ref<> r = Ref<>::steal(o->type->nb_float(o));
        if (!r) return -1.0;
        if (!is_float(r.get())) {
            err_format(TypeError, "%s.__float__ returned non-float (type %s)", type_name(o),
                       type_name(r.get()));
            return -1.0;
        }
        if (r->type != &FloatType) {
            std::string what = std::string(type_name(o)) + ".__float__ returned non-float";
            // The helper drops one reference when the warning is an error: a spare one for it.
            Object* spare = incref(r.get());
            if (!warn_strict_subclass(spare, what, "float")) return -1.0;
            decref(spare);
        }
        return float_value(r.get());
    }
    if (o->type->nb_index) {
        Ref<> r = Ref<>::steal(number_index(o));
        if (!r) return -1.0;
        return float_as_double(r.get());
    }
    err_format(TypeError, "must be real number, not %s", type_name(o));
    return -1.0;
}

namespace {

// CPython: floatobject.c, float_new_impl / PyNumber_Float.
Object* float_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    // A subclass with its own __init__ may take keywords: they are for it (CPython: float_new).
    if ((type == &FloatType || type->tp_init == object_init) && !arg_no_kwargs("float", kwnames)) return nullptr;
    if (!arg_check_positional("float", nargs, 0, 1)) return nullptr;
    Ref<> value;
    if (nargs == 0) {
        value = Ref<>::steal(float_from(0.0));
    } else {
        Object* x = args[0];
        if (x->type == &FloatType) {
            value = Ref<>::borrow(x);
        } else if (!is_str_exact(x) && (x->type->nb_float || x->type->nb_index)) {
            // A str subclass or a float subclass with __float__ goes through it (PyNumber_Float).
            value = Ref<>::steal(number_float(x));
        } else if (is_str(x)) {
            value = Ref<>::steal(parse_float_text(str_view(x), x));
        } else if (is_bytes(x) || is_bytearray(x)) {
            std::string_view data = bytes_like_view(x);
            if (!utf8_is_valid(data))
                return err_format(ValueError, "could not convert string to float: %R", x);
            value = Ref<>::steal(parse_float_text(data, x));
        } else if (std::string buffered; object_check_buffer(x) && bytes_like_copy(x, &buffered)) {
            // Other buffers (memoryview): their bytes as text; errors show the object itself.
            if (!utf8_is_valid(buffered))
                return err_format(ValueError, "could not convert string to float: %R", x);
            value = Ref<>::steal(parse_float_text(buffered, x));
        } else if (err_occurred()) {
            err_clear();   // a strided view is not text: the TypeError below, as CPython
            return err_format(TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
        } else {
            return err_format(TypeError, "float() argument must be a string or a real number, not '%s'",
                              type_name(x));
        }
    }
    if (!value || type == &FloatType) return value.release();
    auto* f = static_cast<FloatObject*>(alloc_object(type));
    if (!f) return nullptr;
    f->value = float_value(value.get());
    return f;
}

// ---- Methods ----

bool no_args(const char* name, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(name, kwnames) && arg_check_positional(name, nargs, 0, 0);
}

Object* float_is_integer(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.is_integer", nargs, kwnames)) return nullptr;
    double v = float_value(self);
    return bool_from(std::isfinite(v) && v == std::floor(v));
}

Object* float_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.as_integer_ratio", nargs, kwnames)) return nullptr;
    double v = float_value(self);
    if (std::isinf(v)) return err_set_string(OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(v)) return err_set_string(ValueError, "cannot convert NaN to integer ratio");
    Object* num;
    Object* den;
    if (!float_integer_ratio(v, &num, &den)) return nullptr;
    Object* t = tuple_pack({num, den});
    decref(num);
    decref(den);
    return t;
}

Object* float_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.conjugate", nargs, kwnames)) return nullptr;
    return float_pos(self);
}

Object* float_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.__trunc__", nargs, kwnames)) return nullptr;
    return int_from_double(float_value(self));
}

Object* float_floor(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.__floor__", nargs, kwnames)) return nullptr;
    return int_from_double(std::floor(float_value(self)));
}

Object* float_ceil(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.__ceil__", nargs, kwnames)) return nullptr;
    return int_from_double(std::ceil(float_value(self)));
}

Object* float_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref<> v = Ref<>::steal(float_from(float_value(self)));
    if (!v) return nullptr;
    return tuple_pack({v.get()});
}

// round(x) rounds half to even and returns an int; round(x, n) returns a float.
Object* float_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("float.__round__", kwnames) || !arg_check_positional("__round__", nargs, 0, 1))
        return nullptr;
    double x = float_value(self);
    if (nargs == 0 || args[0] == None) {
        double r = std::round(x);
        if (std::fabs(x - std::trunc(x)) == 0.5) r = 2.0 * std::round(x / 2.0);
        return int_from_double(r);
    }
    // Clipped, not an OverflowError: round(1.5, 10**20) is 1.5 (CPython: PyNumber_AsSsize_t(o, NULL)).
    ssize nd = number_as_ssize(args[0], nullptr);
    if (nd == -1 && err_occurred()) return nullptr;
    if (!std::isfinite(x) || x == 0.0) return float_from(x);
    if (nd > 400) return float_from(x);
    if (nd < -400) return float_from(0.0 * x);
    bool overflow;
    double r = float_round_ndigits(x, static_cast<int>(nd), &overflow);
    if (overflow) return err_set_string(OverflowError, "rounded value too large to represent");
    return float_from(r);
}

Object* float_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("float.__format__", kwnames) || !arg_check_positional("__format__", nargs, 1, 1))
        return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
    // An empty spec means str(self): a subclass's own __str__ counts (CPython: format_obj).
    if (str_view(args[0]).empty() && self->type != &FloatType) return object_str(self);
    return format_float_owned(float_value(self), str_view(args[0]), type_name(self));
}

// The value of checked hex digits [int][.frac][p exp] (no sign, no 0x), rounded half-to-even to a
// double, subnormals included (glibc's strtod rounds some subnormal hex inputs wrongly, e.g.
// 0x0.ffffffffffffecp-1022). Sets *overflow when the rounded value is too large.
double hex_to_double(std::string_view t, bool* overflow) {
    auto hexval = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    uint64_t m = 0;
    int64_t e2 = 0;          // value = m * 2**e2 (times the sticky fraction)
    bool sticky = false;
    int kept = 0;             // significant hex digits in m (at most 15: 60 bits)
    size_t i = 0;
    bool in_frac = false;
    for (; i < t.size() && (t[i] | 0x20) != 'p'; ++i) {
        if (t[i] == '.') { in_frac = true; continue; }
        int d = hexval(t[i]);
        if (kept < 15) {
            m = (m << 4) | static_cast<uint64_t>(d);
            if (m) ++kept;
            if (in_frac) e2 -= 4;
        } else {
            if (d) sticky = true;
            if (!in_frac) e2 += 4;
        }
    }
    if (i < t.size()) {
        ++i;
        bool neg = false;
        if (t[i] == '+' || t[i] == '-') neg = t[i++] == '-';
        int64_t x = 0;
        for (; i < t.size(); ++i) x = std::min<int64_t>(x * 10 + (t[i] - '0'), int64_t(1) << 40);
        e2 += neg ? -x : x;
    }
    if (m == 0) return 0.0;
    int len = 64 - __builtin_clzll(m);
    int64_t shift = std::max<int64_t>(len - 53, -1074 - e2);   // low bits that do not fit
    if (shift > 0) {
        uint64_t kept_bits, half_bit, below;
        if (shift > 64) {
            kept_bits = 0; half_bit = 0; below = m;
        } else {
            kept_bits = shift == 64 ? 0 : m >> shift;
            half_bit = (m >> (shift - 1)) & 1;
            below = shift == 1 ? 0 : m & ((uint64_t(1) << (shift - 1)) - 1);
        }
        if (below) sticky = true;
        if (half_bit && (sticky || (kept_bits & 1))) ++kept_bits;
        m = kept_bits;
        e2 += shift;
        if (m == 0) return 0.0;
    }
    if (e2 > 1100) { *overflow = true; return 0.0; }
    double v = std::ldexp(static_cast<double>(m), static_cast<int>(e2));
    if (std::isinf(v)) *overflow = true;
    return v;
}

// float.fromhex(s): [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]),
// surrounded by optional whitespace. The digits are checked here and converted by strtod, which
// reads C99 hex floats with correct rounding.
Object* float_fromhex(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("fromhex", kwnames) || !arg_check_positional("fromhex", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "bad argument type for built-in operation");
    std::string_view t = str_view(args[0]);
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!t.empty() && space(t.front())) t.remove_prefix(1);
    while (!t.empty() && space(t.back())) t.remove_suffix(1);
    auto invalid = [] { return err_set_string(ValueError, "invalid hexadecimal floating-point string"); };
    bool negative = false;
    if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
        negative = t[0] == '-';
        t.remove_prefix(1);
    }
    auto lower_is = [&](std::string_view word) {
        if (t.size() != word.size()) return false;
        for (size_t i = 0; i < t.size(); ++i)
            if ((t[i] | 0x20) != word[i]) return false;
        return true;
    };
    double v;
    if (lower_is("inf") || lower_is("infinity")) {
        v = HUGE_VAL;
    } else if (lower_is("nan")) {
        v = std::nan("");
    } else {
        if (t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x') t.remove_prefix(2);
        size_t i = 0, digits = 0;
        while (i < t.size() && std::isxdigit(static_cast<unsigned char>(t[i]))) ++i, ++digits;
        if (i < t.size() && t[i] == '.') {
            ++i;
            while (i < t.size() && std::isxdigit(static_cast<unsigned char>(t[i]))) ++i, ++digits;
        }
        if (digits == 0) return invalid();
        if (i < t.size() && (t[i] | 0x20) == 'p') {
            ++i;
            if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
            size_t e = i;
            while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
            if (i == e) return invalid();
        }
        if (i != t.size()) return invalid();
        bool overflow = false;
        v = hex_to_double(t, &overflow);
        if (overflow) return err_set_string(OverflowError, "hexadecimal value too large to represent as a float");
    }
    Ref<> result = Ref<>::steal(float_from(negative ? -v : v));
    if (!result) return nullptr;
    if (cls == static_cast<Object*>(&FloatType)) return result.release();
    return call1(cls, result.get());
}

// float.__divmod__ / __rdivmod__: divmod() itself reaches float_divmod directly; these serve
// explicit calls and lookups (hasattr(x, '__divmod__')).
Object* float_divmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__divmod__", kwnames) || !arg_check_positional("__divmod__", nargs, 1, 1)) return nullptr;
    return float_divmod(self, args[0]);
}

Object* float_rdivmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__rdivmod__", kwnames) || !arg_check_positional("__rdivmod__", nargs, 1, 1)) return nullptr;
    return float_divmod(args[0], self);
}

// float.hex(): "0x1.8000000000000p+0", always 13 hex digits of fraction.
Object* float_hex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("float.hex", nargs, kwnames)) return nullptr;
    double x = float_value(self);
    if (std::isnan(x) || std::isinf(x)) return object_repr(self);
    if (x == 0.0) return str_from(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    std::string out = x < 0 ? "-0x" : "0x";
    int exponent;
    double m = std::frexp(std::fabs(x), &exponent);
    // Normalise to 1.xxx (or 0.xxx for subnormals) with a 4-bit-aligned fraction.
    int shift = 1 - std::max(-1021 - exponent, 0);
    m = std::ldexp(m, shift);
    exponent -= shift;
    static const char kHex[] = "0123456789abcdef";
    int lead = static_cast<int>(m);
    out.push_back(kHex[lead]);
    m -= lead;
    out.push_back('.');
    std::string frac;
    for (int i = 0; i < 13; ++i) {
        m *= 16.0;
        int d = static_cast<int>(m);
        frac.push_back(kHex[d]);
        m -= d;
    }
    out += frac;
    out += exponent < 0 ? "p-" : "p+";
    out += std::to_string(exponent < 0 ? -exponent : exponent);
    return str_from(out);
}

// float.__getformat__(typestr): the storage format of C doubles and floats; pygen runs only on
// little-endian IEEE 754 machines. test.support reads it at import.
Object* float_getformat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("float.__getformat__", kwnames)) return nullptr;
    if (nargs != 1)
        return err_format(TypeError, "__getformat__() takes exactly one argument (%zu given)", nargs);
    if (!is_str(args[0]))
        return err_format(TypeError, "__getformat__() argument must be str, not %s", arg_type_name(args[0]));
    std::string_view which = str_view(args[0]);
    if (which != "double" && which != "float")
        return err_format(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from("IEEE, little-endian");
}

Object* float_get_real(Object* self) { return float_pos(self); }
Object* float_get_imag(Object*) { return float_from(0.0); }

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"conjugate", float_conjugate},
    {"hex", float_hex},
    {"fromhex", float_fromhex, kMethClass},
    {"__divmod__", float_divmod_method},
    {"__rdivmod__", float_rdivmod_method},
    {"__getformat__", float_getformat, kMethClass},
    {"__trunc__", float_trunc},
    {"__floor__", float_floor},
    {"__ceil__", float_ceil},
    {"__round__", float_round},
    {"__format__", float_format_method},
    {"__getnewargs__", float_getnewargs},
    {nullptr, nullptr},
};

const GetSetDef kFloatGetSet[] = {
    {"real", float_get_real},
    {"imag", float_get_imag},
    {nullptr, nullptr},
};

}  // namespace

void init_float_type() {
    FloatType.name = "float";
    FloatType.basicsize = sizeof(FloatObject);
    FloatType.flags = kTypeBaseType;
    FloatType.base = &ObjectType;
    FloatType.dealloc = float_dealloc;
    FloatType.repr = float_repr;
    FloatType.hash = float_hash_slot;
    FloatType.richcompare = float_richcompare;
    FloatType.tp_new = float_new;
    FloatType.methods = kFloatMethods;
    FloatType.getset = kFloatGetSet;
    auto set = [](BinOp op, BinaryFn fn) { FloatType.nb[static_cast<int>(op)] = fn; };
    set(BinOp::Add, float_add);
    set(BinOp::Sub, float_sub);
    set(BinOp::Mul, float_mul);
    set(BinOp::TrueDiv, float_truediv);
    set(BinOp::FloorDiv, float_floordiv);
    set(BinOp::Mod, float_mod);
    set(BinOp::Pow, float_pow);
    FloatType.nb_negative = float_neg;
    FloatType.nb_positive = float_pos;
    FloatType.nb_absolute = float_abs;
    FloatType.nb_bool = float_bool;
    FloatType.nb_int = float_int;
    FloatType.nb_float = float_pos;
    FloatType.nb_power3 = float_pow3;
    (void)type_ready(&FloatType);
}

}  // namespace pygen
