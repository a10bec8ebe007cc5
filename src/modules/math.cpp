// The math module: libm functions with CPython's domain/range error rules, the integer functions
// (gcd, lcm, factorial, comb, perm, isqrt) on GMP so big ints work, fsum (exact, Shewchuk), prod,
// hypot/dist, isclose and the constants. Number conversion follows float(x) but refuses strings.
// CPython counterpart: Modules/mathmodule.c.

#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

// ---- Conversions and errors ----

// x as a double: floats, ints (OverflowError when too large) and objects with __float__ or __index__.
bool to_double(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
        return true;
    }
    if (is_int(o)) {
        bool overflow = false;
        *out = int_as_double(o, &overflow);
        if (overflow) {
            err_set_string(OverflowError, "int too large to convert to float");
            return false;
        }
        return true;
    }
    if (type_lookup_str(o->type, "__float__") || type_lookup_str(o->type, "__index__")) {
        *out = float_as_double(o);
        return !(*out == -1.0 && err_occurred());
    }
    err_format(TypeError, "must be real number, not %T", o);
    return false;
}

Object* domain_error() { return err_set_string(ValueError, "math domain error"); }
Object* range_error() { return err_set_string(OverflowError, "math range error"); }

// CPython's rule for one-argument functions: a NaN from a non-NaN is a domain error; an infinity
// from a finite input is an overflow (when the function can overflow) or a domain error.
Object* checked_result(double x, double r, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    return float_from(r);
}

// An int argument as an mpz (initialised here; the caller clears it).
bool to_mpz(Object* o, mpz_t out) {
    Object* index = number_index(o);
    if (!index) return false;
    mpz_init(out);
    int_to_mpz(index, out);
    decref(index);
    return true;
}

// ---- One-argument float functions ----

struct UnaryMath {
    const char* qualified_name;   // "math.sqrt", as the arity message prints it
    double (*fn)(double);
    bool can_overflow;
};

template <const UnaryMath& def>
Object* math_unary(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(def.qualified_name, nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    return checked_result(x, def.fn(x), def.can_overflow);
}

double m_degrees(double x) { return x * (180.0 / M_PI); }
double m_radians(double x) { return x * (M_PI / 180.0); }
double m_fabs(double x) { return std::fabs(x); }

#define PYGEN_UNARY(name, fn, overflow) constexpr UnaryMath k_##name{"math." #name, fn, overflow};
PYGEN_UNARY(acos, ::acos, false)
PYGEN_UNARY(acosh, ::acosh, false)
PYGEN_UNARY(asin, ::asin, false)
PYGEN_UNARY(asinh, ::asinh, false)
PYGEN_UNARY(atan, ::atan, false)
PYGEN_UNARY(atanh, ::atanh, false)
PYGEN_UNARY(cbrt, ::cbrt, false)
PYGEN_UNARY(cos, ::cos, false)
PYGEN_UNARY(cosh, ::cosh, true)
PYGEN_UNARY(erf, ::erf, false)
PYGEN_UNARY(erfc, ::erfc, false)
PYGEN_UNARY(exp, ::exp, true)
PYGEN_UNARY(exp2, ::exp2, true)
PYGEN_UNARY(expm1, ::expm1, true)
PYGEN_UNARY(fabs, m_fabs, false)
PYGEN_UNARY(sin, ::sin, false)
PYGEN_UNARY(sinh, ::sinh, true)
PYGEN_UNARY(sqrt, ::sqrt, false)
PYGEN_UNARY(tan, ::tan, false)
PYGEN_UNARY(tanh, ::tanh, false)
PYGEN_UNARY(degrees, m_degrees, false)
PYGEN_UNARY(radians, m_radians, false)
PYGEN_UNARY(log1p, ::log1p, false)
#undef PYGEN_UNARY

bool is_nonpositive_integer(double x) { return x <= 0 && x == std::floor(x); }

// Gamma and log-gamma as CPython computes them (not libm's, whose last bits differ): the Lanczos
// approximation with g = 6.024680040776729583740234375 and the 13-term rational sum published
// with Boost (lanczos13m53), a correction for the rounding of x + g - 1/2, and the reflection
// formula below zero. Every step is done in the same order so results are bit-identical.
namespace lanczos {
constexpr double g = 6.024680040776729583740234375;
constexpr double g_minus_half = 5.524680040776729583740234375;
constexpr double numerator[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator is x(x+1)...(x+11) expanded: its coefficients, constant term first.
constexpr double denominator[13] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

// The rational sum for x > 0: Horner in x below 5, in 1/x from there on (no overflow).
double sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int k = 12; k >= 0; --k) {
            num = num * x + numerator[k];
            den = den * x + denominator[k];
        }
    } else {
        for (int k = 0; k < 13; ++k) {
            num = num / x + numerator[k];
            den = den / x + denominator[k];
        }
    }
    return num / den;
}
}  // namespace lanczos

// sin(pi * x), exact at the integers and half-integers: the argument is folded into [0, 2).
double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    double r;
    switch (static_cast<int>(std::round(2.0 * y))) {
        case 0: r = std::sin(M_PI * y); break;
        case 1: r = std::cos(M_PI * (y - 0.5)); break;
        case 2: r = std::sin(M_PI * (1.0 - y)); break;   // +0.0 at y == 1
        case 3: r = -std::cos(M_PI * (y - 1.5)); break;
        default: r = std::sin(M_PI * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// Gamma of a finite, non-zero x that is not a negative integer. *overflow: the result is infinite.
double lanczos_gamma(double x) {
    if (x == std::floor(x) && x <= 23.0) {   // 0! .. 22!, exact in a double
        double f = 1.0;
        for (int k = 2; k < static_cast<int>(x); ++k) f *= k;
        return f;
    }
    double ax = std::fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = ax + lanczos::g_minus_half;
    // z: the rounding error made in y, scaled into a relative correction of y**(ax - 1/2).
    double z = ax > lanczos::g_minus_half ? (y - ax) - lanczos::g_minus_half : (y - lanczos::g_minus_half) - ax;
    z = z * lanczos::g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * std::exp(y) / lanczos::sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= std::pow(y, ax - 0.5);
        } else {
            double half = std::pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos::sum(ax) / std::exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= std::pow(y, ax - 0.5);
        } else {
            double half = std::pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

// log|Gamma(x)| of a finite x that is not 0 or a negative integer.
double lanczos_lgamma(double x) {
    if (x == std::floor(x) && x <= 2.0) return 0.0;   // lgamma(1) == lgamma(2) == 0
    double ax = std::fabs(x);
    if (ax < 1e-20) return -std::log(ax);
    double r = std::log(lanczos::sum(ax)) - lanczos::g;
    r += (ax - 0.5) * (std::log(ax + lanczos::g - 0.5) - 1);
    if (x < 0.0) r = 1.144729885849400174143427351353058711647 /* log(pi) */ - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;
    return r;
}

Object* math_gamma(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.gamma", nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    if (std::isnan(x)) return float_from(x);
    if (std::isinf(x)) return x > 0 ? float_from(x) : domain_error();
    if (is_nonpositive_integer(x)) return domain_error();
    double r = lanczos_gamma(x);
    if (std::isinf(r)) return range_error();
    return float_from(r);
}

Object* math_lgamma(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.lgamma", nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    if (!std::isfinite(x)) return float_from(std::isnan(x) ? x : HUGE_VAL);
    if (is_nonpositive_integer(x)) return domain_error();
    double r = lanczos_lgamma(x);
    if (std::isinf(r)) return range_error();
    return float_from(r);
}

// ---- Logarithms (ints of any size) ----

// log of an int or float argument; ints too large for a double are split as m * 2**e first.
bool log_of(Object* o, double (*fn)(double), double* out) {
    if (is_int(o)) {
        if (int_sign(o) <= 0) {
            domain_error();
            return false;
        }
        bool overflow = false;
        double d = int_as_double(o, &overflow);
        if (!overflow) {
            *out = fn(d);
            return true;
        }
        mpz_t v;
        mpz_init(v);
        int_to_mpz(o, v);
        long exponent = 0;
        double mantissa = mpz_get_d_2exp(&exponent, v);
        mpz_clear(v);
        *out = fn(mantissa) + fn(2.0) * static_cast<double>(exponent);
        return true;
    }
    double x;
    if (!to_double(o, &x)) return false;
    if (std::isnan(x) || (std::isinf(x) && x > 0)) {
        *out = x;
        return true;
    }
    if (!(x > 0)) {
        domain_error();
        return false;
    }
    *out = fn(x);
    return true;
}

Object* math_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("math.log", kwnames)) return nullptr;
    if (nargs < 1 || nargs > 2) return err_set_string(TypeError, "math.log requires 1 to 2 arguments");
    double num;
    if (!log_of(args[0], ::log, &num)) return nullptr;
    if (nargs == 1) return float_from(num);
    double den;
    if (!log_of(args[1], ::log, &den)) return nullptr;
    if (den == 0.0) return err_set_string(ZeroDivisionError, "float division by zero");
    return float_from(num / den);
}

Object* math_log2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.log2", nargs, kwnames)) return nullptr;
    double r;
    return log_of(args[0], ::log2, &r) ? float_from(r) : nullptr;
}

Object* math_log10(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.log10", nargs, kwnames)) return nullptr;
    double r;
    return log_of(args[0], ::log10, &r) ? float_from(r) : nullptr;
}

// ---- Rounding to integers ----

// Exact int copy (bool and int subclasses become plain ints).
Object* exact_int(Object* o) {
    if (is_int_exact(o)) return incref(o);
    mpz_t v;
    mpz_init(v);
    int_to_mpz(o, v);
    Object* r = int_from_mpz(v);
    mpz_clear(v);
    return r;
}

// floor/ceil/trunc: exact floats and ints directly, then the special method, then float(x).
Object* integral(Object* x, const char* special, double (*fn)(double), bool must_have_special) {
    if (x->type == &FloatType) return int_from_double(fn(float_value(x)));
    if (is_int_exact(x) || is_bool(x)) return exact_int(x);
    if (type_lookup_str(x->type, special)) {
        // Bound through the descriptor protocol, as CPython's _PyObject_LookupSpecial does.
        Ref<> key = Ref<>::steal(str_intern(special));
        if (!key) return nullptr;
        Ref<> method = Ref<>::steal(lookup_special(x, key.get()));
        if (!method) return nullptr;
        return call0(method.get());
    }
    if (is_int(x)) return exact_int(x);
    if (must_have_special && !is_float(x)) {
        return err_format(TypeError, "type %s doesn't define %s method", x->type->name, special);
    }
    double d;
    if (!to_double(x, &d)) return nullptr;
    return int_from_double(fn(d));
}

Object* math_floor(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.floor", nargs, kwnames)) return nullptr;
    return integral(args[0], "__floor__", ::floor, false);
}

Object* math_ceil(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.ceil", nargs, kwnames)) return nullptr;
    return integral(args[0], "__ceil__", ::ceil, false);
}

Object* math_trunc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.trunc", nargs, kwnames)) return nullptr;
    return integral(args[0], "__trunc__", ::trunc, true);
}

// ---- Two-argument float functions ----

bool two_doubles(const char* fname, Object* const* args, size_t nargs, Object* kwnames, double* x, double* y) {
    if (!check_positional(fname, nargs, kwnames, 2, 2)) return false;
    return to_double(args[0], x) && to_double(args[1], y);
}

Object* math_atan2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double y, x;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return nullptr;
    return float_from(std::atan2(y, x));
}

Object* math_copysign(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return nullptr;
    return float_from(std::copysign(x, y));
}

Object* math_fmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return nullptr;
    if (std::isinf(y) && std::isfinite(x)) return float_from(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return float_from(r);
}

Object* math_remainder(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double x, y;
    if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return nullptr;
    if (std::isnan(x) || std::isnan(y)) return float_from(std::isnan(x) ? x : y);
    if (std::isinf(x) || y == 0.0) return domain_error();
    if (std::isinf(y)) return float_from(x);
    return float_from(std::remainder(x, y));
}

Object* math_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return nullptr;
    double r = std::pow(x, y);   // C99 pow already gives Python's answers for inf/nan operands
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r)) return domain_error();
        if (std::isinf(r)) return x == 0.0 ? domain_error() : range_error();
    }
    return float_from(r);
}

Object* math_nextafter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    double x, y;
    if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return nullptr;
    return float_from(std::nextafter(x, y));
}

Object* math_ulp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.ulp", nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    if (std::isnan(x)) return float_from(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_from(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return float_from(x - std::nextafter(x, -INFINITY));
    return float_from(next - x);
}

Object* math_ldexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("ldexp", nargs, kwnames, 2, 2)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    if (!is_int(args[1])) return err_set_string(TypeError, "Expected an int as second argument to ldexp.");
    int64_t exponent;
    if (!int_as_i64(args[1], &exponent)) exponent = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0.0 || !std::isfinite(x)) return float_from(x);
    int clipped = exponent > INT_MAX ? INT_MAX : exponent < INT_MIN ? INT_MIN : static_cast<int>(exponent);
    double r = std::ldexp(x, clipped);
    if (std::isinf(r)) return range_error();
    return float_from(r);
}

Object* math_frexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.frexp", nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    int exponent = 0;
    double mantissa = (std::isfinite(x) && x != 0.0) ? std::frexp(x, &exponent) : x;
    Ref<> m = Ref<>::steal(float_from(mantissa));
    Ref<> e = Ref<>::steal(int_from_i64(exponent));
    if (!m || !e) return nullptr;
    return tuple_pack({m.get(), e.get()});
}

Object* math_modf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.modf", nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    double whole, fraction;
    if (std::isinf(x)) {
        whole = x;
        fraction = std::copysign(0.0, x);
    } else {
        fraction = std::modf(x, &whole);
    }
    Ref<> f = Ref<>::steal(float_from(fraction));
    Ref<> w = Ref<>::steal(float_from(whole));
    if (!f || !w) return nullptr;
    return tuple_pack({f.get(), w.get()});
}

// ---- Predicates ----

template <bool (*test)(double)>
Object* math_predicate(const char* name, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(name, nargs, kwnames)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    return bool_from(test(x));
}

bool test_finite(double x) { return std::isfinite(x); }
bool test_inf(double x) { return std::isinf(x); }
bool test_nan(double x) { return std::isnan(x); }

Object* math_isfinite(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return math_predicate<test_finite>("math.isfinite", args, nargs, kwnames);
}
Object* math_isinf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return math_predicate<test_inf>("math.isinf", args, nargs, kwnames);
}
Object* math_isnan(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return math_predicate<test_nan>("math.isnan", args, nargs, kwnames);
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Object* math_isclose(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
    Object* bound[4];
    if (!bind_args(ArgSpec{"isclose", kNames, 4, 0, 2, 2}, args, nargs, kwnames, bound)) return nullptr;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!to_double(bound[0], &a) || !to_double(bound[1], &b)) return nullptr;
    if (bound[2] && !to_double(bound[2], &rel_tol)) return nullptr;
    if (bound[3] && !to_double(bound[3], &abs_tol)) return nullptr;
    if (rel_tol < 0.0 || abs_tol < 0.0) return err_set_string(ValueError, "tolerances must be non-negative");
    if (a == b) return bool_from(true);
    if (std::isinf(a) || std::isinf(b)) return bool_from(false);
    double diff = std::fabs(b - a);
    return bool_from(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

// ---- Norms ----

// sqrt(sum(x*x)) scaled by the largest magnitude to avoid overflow and underflow.
double vector_norm(const std::vector<double>& values) {
    double largest = 0.0;
    bool saw_nan = false;
    for (double v : values) {
        if (std::isinf(v)) return INFINITY;   // inf wins over nan, as in CPython
        if (std::isnan(v)) saw_nan = true;
        largest = std::fmax(largest, std::fabs(v));
    }
    if (saw_nan) return NAN;
    if (largest == 0.0 || values.size() <= 1) return largest;
    double sum = 0.0, compensation = 0.0;
    for (double v : values) {
        double scaled = v / largest;
        double term = scaled * scaled - compensation;
        double next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }
    return largest * std::sqrt(sum);
}

Object* math_hypot(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("math.hypot", kwnames)) return nullptr;
    std::vector<double> values(nargs);
    for (size_t i = 0; i < nargs; i++) {
        if (!to_double(args[i], &values[i])) return nullptr;
    }
    return float_from(vector_norm(values));
}

Object* math_dist(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("dist", nargs, kwnames, 2, 2)) return nullptr;
    Ref<> p = Ref<>::steal(is_tuple(args[0]) ? newref(args[0]) : sequence_tuple(args[0]));
    if (!p) return nullptr;
    Ref<> q = Ref<>::steal(is_tuple(args[1]) ? newref(args[1]) : sequence_tuple(args[1]));
    if (!q) return nullptr;
    if (tuple_size(p.get()) != tuple_size(q.get())) {
        return err_set_string(ValueError, "both points must have the same number of dimensions");
    }
    std::vector<double> diffs(static_cast<size_t>(tuple_size(p.get())));
    for (size_t i = 0; i < diffs.size(); i++) {
        double a, b;
        if (!to_double(tuple_item(p.get(), static_cast<ssize>(i)), &a) ||
            !to_double(tuple_item(q.get(), static_cast<ssize>(i)), &b)) {
            return nullptr;
        }
        diffs[i] = std::fabs(a - b);
    }
    return float_from(vector_norm(diffs));
}

// ---- Sums and products ----

// fsum: exact sum of the partials (Shewchuk), rounded once, with CPython's handling of infinities.
Object* math_fsum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.fsum", nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) {
            if (err_occurred()) return nullptr;
            break;
        }
        double x;
        if (!to_double(item.get(), &x)) return nullptr;
        double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // a nonfinite x from finite inputs is an overflow; otherwise remember the special
                if (std::isfinite(original)) return err_set_string(OverflowError, "intermediate overflow in fsum");
                if (std::isinf(original)) inf_sum += original;
                special_sum += original;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return err_set_string(ValueError, "-inf + inf in fsum");
        return float_from(special_sum);
    }
    double hi = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Round half-even correctly: when the rest pushes past a tie, fix the last rounding.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_from(hi);
}

// prod(iterable, /, *, start=1)
Object* math_prod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "start"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"prod", kNames, 2, 1, 1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(bound[0]));
    if (!it) return nullptr;
    Ref<> result = bound[1] ? Ref<>::borrow(bound[1]) : Ref<>::steal(int_from_i64(1));
    if (!result) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) {
            if (err_occurred()) return nullptr;
            return result.release();
        }
        result = Ref<>::steal(binary_op(result.get(), item.get(), BinOp::Mul));
        if (!result) return nullptr;
    }
}

// ---- Integer functions ----

Object* math_gcd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("math.gcd", kwnames)) return nullptr;
    mpz_t acc;
    mpz_init(acc);
    for (size_t i = 0; i < nargs; i++) {
        mpz_t v;
        if (!to_mpz(args[i], v)) {
            mpz_clear(acc);
            return nullptr;
        }
        mpz_gcd(acc, acc, v);
        mpz_clear(v);
    }
    Object* r = int_from_mpz(acc);
    mpz_clear(acc);
    return r;
}

Object* math_lcm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("math.lcm", kwnames)) return nullptr;
    mpz_t acc;
    mpz_init_set_ui(acc, 1);
    for (size_t i = 0; i < nargs; i++) {
        mpz_t v;
        if (!to_mpz(args[i], v)) {
            mpz_clear(acc);
            return nullptr;
        }
        mpz_lcm(acc, acc, v);
        mpz_clear(v);
    }
    Object* r = int_from_mpz(acc);
    mpz_clear(acc);
    return r;
}

Object* math_factorial(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.factorial", nargs, kwnames)) return nullptr;
    mpz_t n;
    if (!to_mpz(args[0], n)) return nullptr;
    Object* r = nullptr;
    if (mpz_sgn(n) < 0) {
        err_set_string(ValueError, "factorial() not defined for negative values");
    } else if (!mpz_fits_slong_p(n)) {
        err_format(OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    } else {
        mpz_t result;
        mpz_init(result);
        mpz_fac_ui(result, mpz_get_ui(n));
        r = int_from_mpz(result);
        mpz_clear(result);
    }
    mpz_clear(n);
    return r;
}

// comb and perm share their argument checks. Returns false with an exception set.
bool comb_perm_args(Object* n_obj, Object* k_obj, mpz_t n, mpz_t k) {
    if (!to_mpz(n_obj, n)) return false;
    if (!to_mpz(k_obj, k)) {
        mpz_clear(n);
        return false;
    }
    const char* bad = mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                    : mpz_sgn(k) < 0 ? "k must be a non-negative integer" : nullptr;
    if (bad) {
        mpz_clears(n, k, nullptr);
        err_set_string(ValueError, bad);
        return false;
    }
    return true;
}

Object* math_comb(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("comb", nargs, kwnames, 2, 2)) return nullptr;
    mpz_t n, k;
    if (!comb_perm_args(args[0], args[1], n, k)) return nullptr;
    Object* r = nullptr;
    if (mpz_cmp(k, n) > 0) {
        r = int_from_i64(0);
    } else {
        mpz_t rest;
        mpz_init(rest);
        mpz_sub(rest, n, k);
        if (mpz_cmp(rest, k) < 0) mpz_set(k, rest);   // C(n, k) == C(n, n - k)
        mpz_clear(rest);
        if (!mpz_fits_slong_p(k)) {
            err_format(OverflowError, "min(n - k, k) must not exceed %ld", LONG_MAX);
        } else {
            mpz_t result;
            mpz_init(result);
            mpz_bin_ui(result, n, mpz_get_ui(k));
            r = int_from_mpz(result);
            mpz_clear(result);
        }
    }
    mpz_clears(n, k, nullptr);
    return r;
}

Object* math_perm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("perm", nargs, kwnames, 1, 2)) return nullptr;
    if (nargs == 1 || args[1] == None) {
        mpz_t n;
        if (!to_mpz(args[0], n)) return nullptr;
        int sign = mpz_sgn(n);
        mpz_clear(n);
        if (sign < 0) return err_set_string(ValueError, "n must be a non-negative integer");
        return math_factorial(nullptr, args, 1, nullptr);
    }
    mpz_t n, k;
    if (!comb_perm_args(args[0], args[1], n, k)) return nullptr;
    Object* r = nullptr;
    if (mpz_cmp(k, n) > 0) {
        r = int_from_i64(0);
    } else if (!mpz_fits_slong_p(k)) {
        err_format(OverflowError, "k must not exceed %ld", LONG_MAX);
    } else {
        // n * (n-1) * ... * (n-k+1)
        unsigned long count = mpz_get_ui(k);
        mpz_t result, factor;
        mpz_init_set_ui(result, 1);
        mpz_init_set(factor, n);
        for (unsigned long i = 0; i < count; i++) {
            mpz_mul(result, result, factor);
            mpz_sub_ui(factor, factor, 1);
        }
        r = int_from_mpz(result);
        mpz_clears(result, factor, nullptr);
    }
    mpz_clears(n, k, nullptr);
    return r;
}

Object* math_isqrt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("math.isqrt", nargs, kwnames)) return nullptr;
    mpz_t n;
    if (!to_mpz(args[0], n)) return nullptr;
    Object* r = nullptr;
    if (mpz_sgn(n) < 0) {
        err_set_string(ValueError, "isqrt() argument must be nonnegative");
    } else {
        mpz_sqrt(n, n);
        r = int_from_mpz(n);
    }
    mpz_clear(n);
    return r;
}

const MethodDef kMathMethods[] = {
    {"acos", math_unary<k_acos>},
    {"acosh", math_unary<k_acosh>},
    {"asin", math_unary<k_asin>},
    {"asinh", math_unary<k_asinh>},
    {"atan", math_unary<k_atan>},
    {"atanh", math_unary<k_atanh>},
    {"cbrt", math_unary<k_cbrt>},
    {"cos", math_unary<k_cos>},
    {"cosh", math_unary<k_cosh>},
    {"erf", math_unary<k_erf>},
    {"erfc", math_unary<k_erfc>},
    {"exp", math_unary<k_exp>},
    {"exp2", math_unary<k_exp2>},
    {"expm1", math_unary<k_expm1>},
    {"fabs", math_unary<k_fabs>},
    {"sin", math_unary<k_sin>},
    {"sinh", math_unary<k_sinh>},
    {"sqrt", math_unary<k_sqrt>},
    {"tan", math_unary<k_tan>},
    {"tanh", math_unary<k_tanh>},
    {"degrees", math_unary<k_degrees>},
    {"radians", math_unary<k_radians>},
    {"log1p", math_unary<k_log1p>},
    {"gamma", math_gamma},
    {"lgamma", math_lgamma},
    {"log", math_log},
    {"log2", math_log2},
    {"log10", math_log10},
    {"floor", math_floor},
    {"ceil", math_ceil},
    {"trunc", math_trunc},
    {"atan2", math_atan2},
    {"copysign", math_copysign},
    {"fmod", math_fmod},
    {"remainder", math_remainder},
    {"pow", math_pow},
    {"nextafter", math_nextafter},
    {"ulp", math_ulp},
    {"ldexp", math_ldexp},
    {"frexp", math_frexp},
    {"modf", math_modf},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"isclose", math_isclose},
    {"hypot", math_hypot},
    {"dist", math_dist},
    {"fsum", math_fsum},
    {"prod", math_prod},
    {"gcd", math_gcd},
    {"lcm", math_lcm},
    {"factorial", math_factorial},
    {"comb", math_comb},
    {"perm", math_perm},
    {"isqrt", math_isqrt},
    {nullptr, nullptr},
};

}  // namespace

Object* make_math_module() {
    Ref<> m = Ref<>::steal(module_new("math"));
    if (!m) return nullptr;
    if (module_add_functions(m.get(), kMathMethods) < 0) return nullptr;
    const struct {
        const char* name;
        double value;
    } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (const auto& c : constants) {
        Ref<> value = Ref<>::steal(float_from(c.value));
        if (!value || module_add_object(m.get(), c.name, value.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace pygen
