// Built-in functions on numbers and code points: abs, divmod, pow, round, hex, oct, bin, chr, ord.
// Arithmetic itself is the number types' (binary_op and the nb slots); round() rounds exact ints
// and floats here and asks __round__ of everything else.
// CPython counterparts: Python/bltinmodule.c, Objects/floatobject.c (double_round),
// Objects/longobject.c (int___round__).

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/builtins_args.h"
#include "modules/builtins_tables.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

Object* builtin_abs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("abs", nargs, kwnames)) return nullptr;
    return number_absolute(args[0]);
}

// ---- divmod ----

// Calls type(self).<name>(self, other) when a class defines it. Returns null without an exception
// when there is no such method, NotImplemented when it declines.
Object* call_binary_special(Object* self, Object* other, const char* name) {
    if (!type_has(self->type, kTypeHeap)) return nullptr;
    // Bound through the descriptor protocol, as every special method is: the class may hold
    // something other than a function there (unittest.mock's MagicProxy, for one).
    Ref<> key = Ref<>::steal(str_intern(name));
    if (!key) return nullptr;
    Ref<> method = Ref<>::steal(lookup_special(self, key.get()));
    if (!method) return nullptr;
    return call1(method.get(), other);
}

bool is_real_builtin(Object* o) { return is_int(o) || is_float(o); }

bool is_zero(Object* o) { return is_float(o) ? float_value(o) == 0.0 : int_sign(o) == 0; }

Object* builtin_divmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("divmod", nargs, kwnames, 2, 2)) return nullptr;
    Object* a = args[0];
    Object* b = args[1];
    // CPython's binary-operator order: a subclass's reflected method goes first. `found` is set when
    // a method gave a real answer (or failed).
    bool found = false;
    auto attempt = [&found](Object* self, Object* other, const char* name) -> Object* {
        Object* result = call_binary_special(self, other, name);
        if (!result) {
            found = err_occurred() != nullptr;
            return nullptr;
        }
        if (result == NotImplemented) {
            decref(result);
            return nullptr;
        }
        found = true;
        return result;
    };
    bool b_first = a->type != b->type && is_subtype(b->type, a->type);
    Object* result = b_first ? attempt(b, a, "__rdivmod__") : nullptr;
    if (!found) result = attempt(a, b, "__divmod__");
    if (!found && !b_first && a->type != b->type) result = attempt(b, a, "__rdivmod__");
    if (found) return result;
    if (is_real_builtin(a) && is_real_builtin(b)) {
        if ((is_float(a) || is_float(b)) && is_zero(b)) return err_set_string(ZeroDivisionError, "float divmod()");
        Ref<> quotient = Ref<>::steal(binary_op(a, b, BinOp::FloorDiv));
        if (!quotient) return nullptr;
        Ref<> remainder = Ref<>::steal(binary_op(a, b, BinOp::Mod));
        if (!remainder) return nullptr;
        return tuple_pack({quotient.get(), remainder.get()});
    }
    return err_format(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a->type->name, b->type->name);
}

// pow(base, exp, mod=None)
Object* builtin_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"base", "exp", "mod"};
    Object* bound[3];
    if (!bind_args(ArgSpec{"pow", kNames, 3, 0, -1, 2}, args, nargs, kwnames, bound)) return nullptr;
    if (!bound[2] || bound[2] == None) return binary_op(bound[0], bound[1], BinOp::Pow);
    return power3(bound[0], bound[1], bound[2]);
}

// ---- round ----

// Round half to even, the rule round() uses for floats.
double round_half_even(double x) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return rounded;
}

// The decimal exponent of |x| (x finite, nonzero), read from its correctly rounded %e text so it
// is exact even next to powers of ten.
int decimal_exponent(double x) {
    char text[64];
    std::snprintf(text, sizeof text, "%.16e", x);
    const char* e = std::strchr(text, 'e');
    return e ? std::atoi(e + 1) : 0;
}

// round(x, ndigits) for a float: the correctly rounded decimal value, as CPython's double_round
// gets from dtoa; glibc's printf rounds the exact binary value the same way (ties to even).
Object* round_float(double x, int64_t ndigits) {
    constexpr int64_t kMaxDigits = 323;    // beyond: every double is already exact
    constexpr int64_t kMinDigits = -308;   // below: every finite double rounds to zero
    if (!std::isfinite(x) || x == 0.0 || ndigits > kMaxDigits) return float_from(x);
    if (ndigits < kMinDigits) return float_from(0.0 * x);
    std::string text;
    if (ndigits >= 0) {
        int size = std::snprintf(nullptr, 0, "%.*f", static_cast<int>(ndigits), x);
        text.resize(static_cast<size_t>(size) + 1);
        std::snprintf(text.data(), text.size(), "%.*f", static_cast<int>(ndigits), x);
    } else {
        int64_t unit_exp = -ndigits;    // round to a multiple of 10**unit_exp
        int64_t significant = decimal_exponent(x) - unit_exp + 1;
        if (significant <= 0) {
            if (significant < 0) return float_from(0.0 * x);
            // |x| is below 10**unit_exp: the result is 0 or +-10**unit_exp; a tie goes to 0.
            // Compare exactly: the half unit 5 * 10**(unit_exp-1) is rarely a double.
            mpq_t exact, half;
            mpq_inits(exact, half, nullptr);
            mpq_set_d(exact, std::fabs(x));
            mpz_ui_pow_ui(mpq_numref(half), 10, static_cast<unsigned long>(unit_exp - 1));
            mpz_mul_ui(mpq_numref(half), mpq_numref(half), 5);
            bool rounds_up = mpq_cmp(exact, half) > 0;
            mpq_clears(exact, half, nullptr);
            if (!rounds_up) return float_from(0.0 * x);
            errno = 0;
            double unit = std::strtod(("1e" + std::to_string(unit_exp)).c_str(), nullptr);
            if (std::isinf(unit)) return err_set_string(OverflowError, "rounded value too large to represent");
            return float_from(std::copysign(unit, x));
        }
        // With more than 17 significant digits kept, the unit is below half an ulp of x: the
        // rounded decimal converts back to x itself.
        if (significant > 17) return float_from(x);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*e", static_cast<int>(significant - 1), x);
        text = buffer;
    }
    errno = 0;
    double rounded = std::strtod(text.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(rounded)) return err_set_string(OverflowError, "rounded value too large to represent");
    return float_from(rounded);
}

// round(n, ndigits) for an int: nearest multiple of 10**-ndigits, ties to even.
Object* round_int(Object* n, int64_t ndigits) {
    mpz_t value, unit, quotient, remainder;
    mpz_inits(value, unit, quotient, remainder, nullptr);
    int_to_mpz(n, value);
    // 10**-ndigits above 2*|n| rounds to 0: a unit past n's decimal size by 2 is never computed
    // (round(1, -(1 << 62)) aborted in GMP or crashed; CPython returns 0 after building 10**k).
    if (ndigits < 0 && static_cast<uint64_t>(-(ndigits + 1)) >= mpz_sizeinbase(value, 10) + 1) mpz_set_ui(value, 0);
    else if (ndigits < 0) {
        mpz_ui_pow_ui(unit, 10, static_cast<unsigned long>(-ndigits));
        mpz_fdiv_qr(quotient, remainder, value, unit);
        mpz_mul_2exp(remainder, remainder, 1);
        int cmp = mpz_cmp(remainder, unit);
        if (cmp > 0 || (cmp == 0 && mpz_odd_p(quotient))) mpz_add_ui(quotient, quotient, 1);
        mpz_mul(value, quotient, unit);
    }
    Object* result = int_from_mpz(value);
    mpz_clears(value, unit, quotient, remainder, nullptr);
    return result;
}

// round(number, ndigits=None)
Object* builtin_round(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"number", "ndigits"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"round", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* number = bound[0];
    Object* ndigits = bound[1] == None ? nullptr : bound[1];
    bool exact_float = number->type == &FloatType;
    bool exact_int = is_int_exact(number) || is_bool(number);
    if (exact_float || exact_int) {
        if (!ndigits) {
            if (exact_int) return round_int(number, 0);
            return int_from_double(round_half_even(float_value(number)));
        }
        // Clipped to the ssize range, as CPython's PyNumber_AsSsize_t(o, NULL): round(1.5, 10**20)
        // is 1.5, not an OverflowError.
        int64_t digits = number_as_ssize(ndigits, nullptr);
        if (digits == -1 && err_occurred()) return nullptr;
        if (exact_int) return round_int(number, digits);
        return round_float(float_value(number), digits);
    }
    Ref<> key = Ref<>::steal(str_intern("__round__"));
    if (!key) return nullptr;
    Ref<> method = Ref<>::steal(lookup_special(number, key.get()));
    if (!method) {
        if (err_occurred()) return nullptr;
        return err_format(TypeError, "type %s doesn't define __round__ method", number->type->name);
    }
    return ndigits ? call1(method.get(), ndigits) : call0(method.get());
}

// ---- Integer text ----

// hex/oct/bin: "0x" etc. after the sign, digits of |n|.
Object* int_to_prefixed(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int base,
                        const char* prefix) {
    if (!check_one_arg(fname, nargs, kwnames)) return nullptr;
    Ref<> index = Ref<>::steal(number_index(args[0]));
    if (!index) return nullptr;
    mpz_t value;
    mpz_init(value);
    int_to_mpz(index.get(), value);
    std::string text = mpz_sgn(value) < 0 ? "-" : "";
    text += prefix;
    mpz_abs(value, value);
    std::string digits(mpz_sizeinbase(value, base) + 2, '\0');
    mpz_get_str(digits.data(), base, value);
    mpz_clear(value);
    text += digits.c_str();
    return str_from(text);
}

Object* builtin_hex(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return int_to_prefixed("hex", args, nargs, kwnames, 16, "0x");
}

Object* builtin_oct(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return int_to_prefixed("oct", args, nargs, kwnames, 8, "0o");
}

Object* builtin_bin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return int_to_prefixed("bin", args, nargs, kwnames, 2, "0b");
}

// ---- Code points ----

Object* builtin_chr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("chr", nargs, kwnames)) return nullptr;
    int64_t cp;
    if (!index_as_i64(args[0], &cp, "int")) return nullptr;
    if (cp > INT32_MAX || cp < INT32_MIN) return err_set_string(OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10FFFF) return err_set_string(ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(static_cast<uint32_t>(cp));
}

uint32_t first_codepoint(std::string_view utf8) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(utf8[i]) & 0x3Fu; };
    unsigned char c = static_cast<unsigned char>(utf8[0]);
    if (c < 0x80) return c;
    if (c < 0xE0) return ((c & 0x1Fu) << 6) | byte(1);
    if (c < 0xF0) return ((c & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
    return ((c & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
}

Object* builtin_ord(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("ord", nargs, kwnames)) return nullptr;
    Object* c = args[0];
    ssize length;
    if (is_str(c)) {
        length = str_length(c);
        if (length == 1) return int_from_i64(first_codepoint(str_view(c)));
    } else if (is_bytes(c)) {
        length = static_cast<ssize>(bytes_view(c).size());
        if (length == 1) return int_from_i64(static_cast<unsigned char>(bytes_view(c)[0]));
    } else if (c->type == &ByteArrayType || is_subtype(c->type, &ByteArrayType)) {
        length = object_length(c);
        if (length < 0) return nullptr;
        if (length == 1) {
            Ref<> zero = Ref<>::steal(int_from_i64(0));
            return zero ? object_getitem(c, zero.get()) : nullptr;
        }
    } else {
        return err_format(TypeError, "ord() expected string of length 1, but %s found", c->type->name);
    }
    return err_format(TypeError, "ord() expected a character, but string of length %zd found", length);
}

}  // namespace

const MethodDef kBuiltinsNumericMethods[] = {
    {"abs", builtin_abs, kMethDepth},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"round", builtin_round},
    {"hex", builtin_hex, kMethDepth},
    {"oct", builtin_oct, kMethDepth},
    {"bin", builtin_bin, kMethDepth},
    {"chr", builtin_chr, kMethDepth},
    {"ord", builtin_ord, kMethDepth},
    {nullptr, nullptr},
};

}  // namespace pygen
