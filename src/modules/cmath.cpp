// The cmath module: complex elementary functions with CPython's branch cuts, signed zeros and
// errors (ValueError 'math domain error', OverflowError 'math range error'). Finite arguments
// use Kahan's formulations ("Branch Cuts for Complex Elementary Functions"), as CPython does;
// infinities and NaNs get C99 Annex G's special values from the C library, with CPython's
// domain/range error rules on top. CPython counterpart: Modules/cmathmodule.c.

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"

namespace pygen {

namespace {

using Cx = std::complex<double>;

constexpr double kLargeDouble = DBL_MAX / 4.0;      // beyond this, z*z or 1+z overflow
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

// What a computation reports beside its value (CPython's errno): a domain or a range error.
enum class Err { None, Domain, Range };

Object* raise_for(Err e) {
    if (e == Err::Domain) return err_set_string(ValueError, "math domain error");
    return err_set_string(OverflowError, "math range error");
}

// ---- Argument conversion (CPython's "D" format) ----

bool real_to_double(Object* o, double* out) {
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

bool to_complex(Object* o, Cx* out) {
    if (is_complex(o)) {
        *out = Cx(complex_real(o), complex_imag(o));
        return true;
    }
    static Object* name = str_intern("__complex__");
    Ref<> method = Ref<>::steal(lookup_special(o, name));
    if (method) {
        Ref<> res = Ref<>::steal(call0(method.get()));
        if (!res) return false;
        if (!is_complex(res.get())) {
            err_format(TypeError, "__complex__ returned non-complex (type %T)", res.get());
            return false;
        }
        *out = Cx(complex_real(res.get()), complex_imag(res.get()));
        return true;
    }
    if (err_occurred()) return false;
    double x;
    if (!real_to_double(o, &x)) return false;
    *out = Cx(x, 0.0);
    return true;
}

bool finite(Cx z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// CPython's special-value tables see one kind of NaN; the C library looks at a NaN's sign bit.
Cx unsigned_nans(Cx z) {
    return Cx(std::isnan(z.real()) ? std::fabs(z.real()) : z.real(), std::isnan(z.imag()) ? std::fabs(z.imag()) : z.imag());
}

// ---- The functions on finite values, with the special values for the rest ----

Cx c_sqrt(Cx z, Err*) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) return std::sqrt(unsigned_nans(z));
    if (x == 0.0 && y == 0.0) return Cx(0.0, y);
    double ax = std::fabs(x), ay = std::fabs(y), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Subnormal parts: scale up so hypot keeps its precision.
        ax = std::ldexp(ax, 53);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (x >= 0.0) return Cx(s, std::copysign(d, y));
    return Cx(d, std::copysign(s, y));
}

Cx c_exp(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        Cx r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
            if (x > 0) r = Cx(std::copysign(INFINITY, std::cos(y)), std::copysign(INFINITY, std::sin(y)));
            else r = Cx(std::copysign(0.0, std::cos(y)), std::copysign(0.0, std::sin(y)));
        } else if (std::isinf(x) && x < 0 && !std::isfinite(y)) {
            r = Cx(0.0, 0.0);   // exp(-inf + i*y) for y infinite or NaN: an unsigned zero
        } else {
            r = std::exp(unsigned_nans(z));
        }
        if (std::isinf(y) && (std::isfinite(x) || (std::isinf(x) && x > 0))) *err = Err::Domain;
        return r;
    }
    Cx r;
    if (x > kLogLargeDouble) {
        double l = std::exp(x - 1.0);
        r = Cx(l * std::cos(y) * M_E, l * std::sin(y) * M_E);
    } else {
        double l = std::exp(x);
        r = Cx(l * std::cos(y), l * std::sin(y));
    }
    if (std::isinf(r.real()) || std::isinf(r.imag())) *err = Err::Range;
    return r;
}

Cx c_log(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) return std::log(unsigned_nans(z));
    double ax = std::fabs(x), ay = std::fabs(y), re;
    if (ax > kLargeDouble || ay > kLargeDouble) {
        re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            re = std::log(std::hypot(std::ldexp(ax, 53), std::ldexp(ay, 53))) - 53 * kLn2;
        } else {
            *err = Err::Domain;
            return Cx(-INFINITY, std::atan2(y, x));
        }
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // Near the unit circle log(h) loses digits; log1p of h*h-1 keeps them.
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = std::log(h);
        }
    }
    return Cx(re, std::atan2(y, x));
}

Cx c_acos(Cx z, Err*) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        if (std::isinf(x) && std::isnan(y)) return Cx(NAN, INFINITY);   // CPython's table: +inf either way
        return std::acos(unsigned_nans(z));
    }
    if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
        double re = std::atan2(std::fabs(y), x);
        double mag = std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0;
        double im = x < 0 ? -std::copysign(mag, y) : std::copysign(mag, -y);
        return Cx(re, im);
    }
    Err ignore = Err::None;
    Cx s1 = c_sqrt(Cx(1.0 - x, -y), &ignore);
    Cx s2 = c_sqrt(Cx(1.0 + x, y), &ignore);
    return Cx(2.0 * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
}

Cx c_acosh(Cx z, Err*) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        if (x == 0.0 && std::isnan(y)) return Cx(NAN, NAN);   // CPython's table, not C99's NaN+i*pi/2
        return std::acosh(unsigned_nans(z));
    }
    if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble)
        return Cx(std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0, std::atan2(y, x));
    Err ignore = Err::None;
    Cx s1 = c_sqrt(Cx(x - 1.0, y), &ignore);
    Cx s2 = c_sqrt(Cx(x + 1.0, y), &ignore);
    return Cx(std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2.0 * std::atan2(s1.imag(), s2.real()));
}

Cx c_asinh(Cx z, Err*) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) return std::asinh(unsigned_nans(z));
    if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
        double mag = std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0;
        double re = y >= 0 ? std::copysign(mag, x) : -std::copysign(mag, -x);
        return Cx(re, std::atan2(y, std::fabs(x)));
    }
    Err ignore = Err::None;
    Cx s1 = c_sqrt(Cx(1.0 + y, -x), &ignore);
    Cx s2 = c_sqrt(Cx(1.0 - y, x), &ignore);
    return Cx(std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
              std::atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag()));
}

Cx c_asin(Cx z, Err* err) {
    // asin(z) = -i asinh(iz)
    Cx s = c_asinh(Cx(-z.imag(), z.real()), err);
    return Cx(s.imag(), -s.real());
}

Cx c_atanh(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) return std::atanh(unsigned_nans(z));
    if (x < 0) {
        // atanh is odd: work on the right half-plane so the formulas below stay accurate.
        Cx r = c_atanh(Cx(-x, -y), err);
        return Cx(-r.real(), -r.imag());
    }
    double ay = std::fabs(y);
    if (x > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
        double h = std::hypot(x / 2.0, y / 2.0);
        return Cx(x / 4.0 / h / h, -std::copysign(M_PI / 2.0, -y));
    }
    if (x == 1.0 && ay < kSqrtDblMin) {
        if (ay == 0.0) {
            *err = Err::Domain;
            return Cx(INFINITY, y);
        }
        return Cx(-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
                  std::copysign(std::atan2(2.0, -ay) / 2.0, y));
    }
    return Cx(std::log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
              -std::atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
}

Cx c_atan(Cx z, Err* err) {
    // atan(z) = -i atanh(iz)
    Cx s = c_atanh(Cx(-z.imag(), z.real()), err);
    return Cx(s.imag(), -s.real());
}

Cx c_cosh(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        Cx r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
            if (x > 0) r = Cx(std::copysign(INFINITY, std::cos(y)), std::copysign(INFINITY, std::sin(y)));
            else r = Cx(std::copysign(INFINITY, std::cos(y)), -std::copysign(INFINITY, std::sin(y)));
        } else if (std::isnan(x) && y == 0.0) {
            r = Cx(NAN, 0.0);
        } else {
            r = std::cosh(unsigned_nans(z));
        }
        if (std::isinf(y) && !std::isnan(x)) *err = Err::Domain;
        return r;
    }
    Cx r;
    if (std::fabs(x) > kLogLargeDouble) {
        double xm1 = x - std::copysign(1.0, x);
        r = Cx(std::cos(y) * std::cosh(xm1) * M_E, std::sin(y) * std::sinh(xm1) * M_E);
    } else {
        r = Cx(std::cos(y) * std::cosh(x), std::sin(y) * std::sinh(x));
    }
    if (std::isinf(r.real()) || std::isinf(r.imag())) *err = Err::Range;
    return r;
}

Cx c_sinh(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        Cx r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
            if (x > 0) r = Cx(std::copysign(INFINITY, std::cos(y)), std::copysign(INFINITY, std::sin(y)));
            else r = Cx(-std::copysign(INFINITY, std::cos(y)), std::copysign(INFINITY, std::sin(y)));
        } else if (x == 0.0 && std::isnan(y)) {
            r = Cx(0.0, NAN);
        } else {
            r = std::sinh(unsigned_nans(z));
        }
        if (std::isinf(y) && !std::isnan(x)) *err = Err::Domain;
        return r;
    }
    Cx r;
    if (std::fabs(x) > kLogLargeDouble) {
        double xm1 = x - std::copysign(1.0, x);
        r = Cx(std::cos(y) * std::sinh(xm1) * M_E, std::sin(y) * std::cosh(xm1) * M_E);
    } else {
        r = Cx(std::cos(y) * std::sinh(x), std::sin(y) * std::cosh(x));
    }
    if (std::isinf(r.real()) || std::isinf(r.imag())) *err = Err::Range;
    return r;
}

Cx c_tanh(Cx z, Err* err) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        Cx r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
            r = Cx(x > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(y) * std::cos(y)));
        } else if (std::isinf(x) && std::isinf(y)) {
            r = Cx(std::copysign(1.0, x), 0.0);
        } else if (x == 0.0 && std::isnan(y)) {
            r = Cx(NAN, NAN);
        } else {
            r = std::tanh(unsigned_nans(z));
        }
        if (std::isinf(y) && std::isfinite(x)) *err = Err::Domain;
        return r;
    }
    if (std::fabs(x) > kLogLargeDouble) {
        return Cx(std::copysign(1.0, x), 4.0 * std::sin(y) * std::cos(y) * std::exp(-2.0 * std::fabs(x)));
    }
    double tx = std::tanh(x), ty = std::tan(y), cx = 1.0 / std::cosh(x);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return Cx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

// cos(z) = cosh(iz); sin(z) = -i sinh(iz); tan(z) = -i tanh(iz).
Cx c_cos(Cx z, Err* err) { return c_cosh(Cx(-z.imag(), z.real()), err); }
Cx c_sin(Cx z, Err* err) {
    Cx s = c_sinh(Cx(-z.imag(), z.real()), err);
    return Cx(s.imag(), -s.real());
}
Cx c_tan(Cx z, Err* err) {
    Cx s = c_tanh(Cx(-z.imag(), z.real()), err);
    return Cx(s.imag(), -s.real());
}

Cx c_log10(Cx z, Err* err) {
    Cx r = c_log(z, err);
    return Cx(r.real() / kLn10, r.imag() / kLn10);
}

// ---- Module functions ----

struct UnaryCmath {
    const char* qualified_name;
    Cx (*fn)(Cx, Err*);
};

template <const UnaryCmath& def>
Object* cmath_unary(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(def.qualified_name, nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    Err err = Err::None;
    Cx r = def.fn(z, &err);
    if (err != Err::None) return raise_for(err);
    return complex_from(r.real(), r.imag());
}

#define CMATH_UNARY(NAME) constexpr UnaryCmath k_##NAME{"cmath." #NAME, c_##NAME};
CMATH_UNARY(sqrt)
CMATH_UNARY(exp)
CMATH_UNARY(log10)
CMATH_UNARY(acos)
CMATH_UNARY(asin)
CMATH_UNARY(atan)
CMATH_UNARY(acosh)
CMATH_UNARY(asinh)
CMATH_UNARY(atanh)
CMATH_UNARY(cos)
CMATH_UNARY(sin)
CMATH_UNARY(tan)
CMATH_UNARY(cosh)
CMATH_UNARY(sinh)
CMATH_UNARY(tanh)
#undef CMATH_UNARY

// Complex division for log(z, base), with ZeroDivision as a domain error (CPython's c_quot).
Cx c_quot(Cx a, Cx b, Err* err) {
    double abs_breal = std::fabs(b.real()), abs_bimag = std::fabs(b.imag());
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = Err::Domain;
            return Cx(0.0, 0.0);
        }
        double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
        return Cx((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
    }
    if (abs_bimag >= abs_breal) {
        double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
        return Cx((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
    }
    return Cx(NAN, NAN);   // a NaN part
}

Object* cmath_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("log", kwnames)) return nullptr;
    if (nargs < 1) return err_format(TypeError, "log expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return err_format(TypeError, "log expected at most 2 arguments, got %zu", nargs);
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    Err err = Err::None;
    Cx r = c_log(z, &err);
    if (nargs == 2) {
        Cx base;
        if (!to_complex(args[1], &base)) return nullptr;
        // As CPython: the status of log(base) replaces that of log(z) (log(0, 2) is -inf+nanj),
        // then a zero divisor is a domain error.
        err = Err::None;
        Cx lb = c_log(base, &err);
        r = c_quot(r, lb, &err);
    }
    if (err != Err::None) return raise_for(err);
    return complex_from(r.real(), r.imag());
}

Object* cmath_phase(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cmath.phase", nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    // CPython reports the C library's errno: an underflowing atan2 is a range error.
    errno = 0;
    double phi = std::atan2(z.imag(), z.real());
    if (errno == ERANGE) return raise_for(Err::Range);
    if (errno == EDOM) return raise_for(Err::Domain);
    return float_from(phi);
}

// |z| as complex abs computes it: OverflowError when a finite z has an infinite modulus.
bool c_abs(Cx z, double* out) {
    double x = z.real(), y = z.imag();
    if (std::isinf(x) || std::isinf(y)) {
        *out = INFINITY;
        return true;
    }
    if (std::isnan(x) || std::isnan(y)) {
        *out = NAN;
        return true;
    }
    *out = std::hypot(x, y);
    if (std::isinf(*out)) {
        err_set_string(OverflowError, "absolute value too large");
        return false;
    }
    return true;
}

Object* cmath_polar(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cmath.polar", nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    double r;
    if (!c_abs(z, &r)) return nullptr;
    Ref<> a = Ref<>::steal(float_from(r));
    Ref<> b = Ref<>::steal(float_from(std::atan2(z.imag(), z.real())));
    if (!a || !b) return nullptr;
    return tuple_pack({a.get(), b.get()});
}

Object* cmath_rect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("rect", kwnames)) return nullptr;
    if (nargs != 2) return err_format(TypeError, "rect expected 2 arguments, got %zu", nargs);
    double r, phi;
    if (!real_to_double(args[0], &r) || !real_to_double(args[1], &phi)) return nullptr;
    Cx z;
    Err err = Err::None;
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
            if (r > 0) z = Cx(std::copysign(INFINITY, std::cos(phi)), std::copysign(INFINITY, std::sin(phi)));
            else z = Cx(-std::copysign(INFINITY, std::cos(phi)), -std::copysign(INFINITY, std::sin(phi)));
        } else if (std::isnan(r)) {
            // A NaN modulus: NaN parts, except that a zero angle keeps a zero imaginary part.
            z = phi == 0.0 ? Cx(NAN, 0.0) : Cx(NAN, NAN);
        } else if (std::isinf(r)) {
            // phi is 0, inf or nan here.
            if (phi == 0.0) z = Cx(r, r > 0 ? phi : -phi);
            else z = Cx(INFINITY, NAN);
        } else {
            // finite r, phi inf or nan
            if (r == 0.0) z = Cx(0.0, 0.0);
            else z = Cx(NAN, NAN);
        }
        if (std::isinf(phi) && !std::isnan(r) && r != 0.0) err = Err::Domain;
    } else if (phi == 0.0) {
        z = Cx(r, r * phi);   // the sign of the zero follows r and phi, as CPython keeps it
    } else {
        z = Cx(r * std::cos(phi), r * std::sin(phi));
    }
    if (err != Err::None) return raise_for(err);
    return complex_from(z.real(), z.imag());
}

bool pred_finite(Cx z) { return finite(z); }
bool pred_inf(Cx z) { return std::isinf(z.real()) || std::isinf(z.imag()); }
bool pred_nan(Cx z) { return std::isnan(z.real()) || std::isnan(z.imag()); }

Object* cmath_isfinite(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cmath.isfinite", nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    return bool_from(pred_finite(z));
}

Object* cmath_isinf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cmath.isinf", nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    return bool_from(pred_inf(z));
}

Object* cmath_isnan(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("cmath.isnan", nargs, kwnames)) return nullptr;
    Cx z;
    if (!to_complex(args[0], &z)) return nullptr;
    return bool_from(pred_nan(z));
}

Object* cmath_isclose(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
    Object* bound[4];
    if (!bind_args(ArgSpec{"isclose", kNames, 4, 0, 2, 2}, args, nargs, kwnames, bound)) return nullptr;
    Cx a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (!to_complex(bound[0], &a) || !to_complex(bound[1], &b)) return nullptr;
    if (bound[2] && !real_to_double(bound[2], &rel_tol)) return nullptr;
    if (bound[3] && !real_to_double(bound[3], &abs_tol)) return nullptr;
    if (rel_tol < 0.0 || abs_tol < 0.0) return err_set_string(ValueError, "tolerances must be non-negative");
    if (a == b) return bool_from(true);
    if (pred_inf(a) || pred_inf(b)) return bool_from(false);
    double diff = std::abs(b - a);
    return bool_from(diff <= rel_tol * std::abs(b) || diff <= rel_tol * std::abs(a) || diff <= abs_tol);
}

const MethodDef kCmathMethods[] = {
    {"sqrt", cmath_unary<k_sqrt>},
    {"exp", cmath_unary<k_exp>},
    {"log", cmath_log},
    {"log10", cmath_unary<k_log10>},
    {"acos", cmath_unary<k_acos>},
    {"asin", cmath_unary<k_asin>},
    {"atan", cmath_unary<k_atan>},
    {"acosh", cmath_unary<k_acosh>},
    {"asinh", cmath_unary<k_asinh>},
    {"atanh", cmath_unary<k_atanh>},
    {"cos", cmath_unary<k_cos>},
    {"sin", cmath_unary<k_sin>},
    {"tan", cmath_unary<k_tan>},
    {"cosh", cmath_unary<k_cosh>},
    {"sinh", cmath_unary<k_sinh>},
    {"tanh", cmath_unary<k_tanh>},
    {"phase", cmath_phase},
    {"polar", cmath_polar},
    {"rect", cmath_rect},
    {"isfinite", cmath_isfinite},
    {"isinf", cmath_isinf},
    {"isnan", cmath_isnan},
    {"isclose", cmath_isclose},
    {nullptr, nullptr},
};

}  // namespace

Object* make_cmath_module() {
    Ref<> m = Ref<>::steal(module_new("cmath"));
    if (!m) return nullptr;
    if (module_add_functions(m.get(), kCmathMethods) < 0) return nullptr;
    const struct {
        const char* name;
        double value;
    } floats[] = {{"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
    for (const auto& c : floats) {
        Ref<> value = Ref<>::steal(float_from(c.value));
        if (!value || module_add_object(m.get(), c.name, value.get()) < 0) return nullptr;
    }
    Ref<> infj = Ref<>::steal(complex_from(0.0, INFINITY));
    Ref<> nanj = Ref<>::steal(complex_from(0.0, NAN));
    if (!infj || !nanj || module_add_object(m.get(), "infj", infj.get()) < 0 ||
        module_add_object(m.get(), "nanj", nanj.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace pygen
