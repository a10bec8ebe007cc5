// int arithmetic: the nb_* slots (+ - * // % / ** << >> & | ^, unary ops, pow with a modulus)
// with overflow-checked int64 fast paths that fall back to GMP. Results are always normalised
// to the inline form when they fit. int/float mixing is float's job (floatobject.c does the same).
// CPython counterpart: Objects/longobject.c (long_add ... long_pow, long_true_divide).
#include <cmath>
#include <cstdint>

#include "objects/alloc_limit.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

inline IntObject* as_int(Object* o) { return static_cast<IntObject*>(o); }
inline bool small_pair(Object* a, Object* b) { return !as_int(a)->is_big && !as_int(b)->is_big; }
inline int64_t sv(Object* o) { return as_int(o)->small; }

#define PYGEN_INT_OPERANDS(a, b) \
    if (!is_int(a) || !is_int(b)) return incref(NotImplemented)

Object* from_mpz_result(Mpz& r) { return int_from_mpz(r.v); }

// Both operands as __int128 (int.h, int_as_i128): the middle road between the int64 fast paths
// and GMP, for results of up to 127 bits.
inline bool i128_pair(Object* a, Object* b, __int128* x, __int128* y) { return int_as_i128(a, x) && int_as_i128(b, y); }

// ---- + - * ----

Object* int_add(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) {
        int64_t r;
        if (!__builtin_add_overflow(sv(a), sv(b), &r)) return int_from_i64(r);
    }
    __int128 p, q, w;
    if (i128_pair(a, b, &p, &q) && !__builtin_add_overflow(p, q, &w)) return int_from_i128(w);
    Mpz x, y, r;
    mpz_add(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

Object* int_sub(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) {
        int64_t r;
        if (!__builtin_sub_overflow(sv(a), sv(b), &r)) return int_from_i64(r);
    }
    __int128 p, q, w;
    if (i128_pair(a, b, &p, &q) && !__builtin_sub_overflow(p, q, &w)) return int_from_i128(w);
    Mpz x, y, r;
    mpz_sub(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

Object* int_mul(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) {
        int64_t r;
        if (!__builtin_mul_overflow(sv(a), sv(b), &r)) return int_from_i64(r);
    }
    __int128 p, q, w;
    if (i128_pair(a, b, &p, &q) && !__builtin_mul_overflow(p, q, &w)) return int_from_i128(w);
    Mpz x, y, r;
    mpz_srcptr ax = int_mpz(a, x), by = int_mpz(b, y);
    if (memory_cap_refuses((static_cast<double>(mpz_sizeinbase(ax, 2)) + static_cast<double>(mpz_sizeinbase(by, 2))) / 8))
        return err_no_memory();
    mpz_mul(r.v, ax, by);
    return from_mpz_result(r);
}

// ---- // % divmod ----
// Python rounds the quotient toward minus infinity, so the remainder takes the divisor's sign.

bool floor_divmod_small(int64_t a, int64_t b, int64_t* q, int64_t* r) {
    if (b == -1 && a == INT64_MIN) return false;   // the quotient 2**63 does not fit
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) { rr += b; --qq; }
    *q = qq;
    *r = rr;
    return true;
}

Object* int_floordiv(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) == 0) return err_set_string(ZeroDivisionError, "integer division or modulo by zero");
    if (small_pair(a, b)) {
        int64_t q, r;
        if (floor_divmod_small(sv(a), sv(b), &q, &r)) return int_from_i64(q);
    }
    __int128 p, d;
    if (i128_pair(a, b, &p, &d) && d != -1) {   // -1: the quotient of -2**127 would not fit
        __int128 qq = p / d, rr = p % d;
        if (rr != 0 && ((rr < 0) != (d < 0))) --qq;
        return int_from_i128(qq);
    }
    Mpz x, y, q;
    mpz_fdiv_q(q.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(q);
}

Object* int_mod(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) == 0) return err_set_string(ZeroDivisionError, "integer modulo by zero");
    if (small_pair(a, b)) {
        if (sv(b) == -1) return int_from_i64(0);
        int64_t q, r;
        if (floor_divmod_small(sv(a), sv(b), &q, &r)) return int_from_i64(r);
    }
    __int128 p, d;
    if (i128_pair(a, b, &p, &d) && d != -1) {
        __int128 rr = p % d;
        if (rr != 0 && ((rr < 0) != (d < 0))) rr += d;
        return int_from_i128(rr);
    }
    Mpz x, y, r;
    mpz_fdiv_r(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

// ---- True division ----

// Correctly rounded a / b (CPython: long_true_divide). Exact doubles divide directly; otherwise
// 55 significant bits of the quotient plus a sticky bit are rounded once by the hardware.
Object* int_truediv(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) == 0) return err_set_string(ZeroDivisionError, "division by zero");
    constexpr int64_t kExact = int64_t(1) << 53;
    if (small_pair(a, b) && sv(a) >= -kExact && sv(a) <= kExact && sv(b) >= -kExact && sv(b) <= kExact)
        return float_from(static_cast<double>(sv(a)) / static_cast<double>(sv(b)));
    Mpz xs, ys, na, nb;
    mpz_abs(na.v, int_mpz(a, xs));
    mpz_abs(nb.v, int_mpz(b, ys));
    bool negative = (int_sign(a) < 0) != (int_sign(b) < 0);
    if (mpz_sgn(na.v) == 0) return float_from(negative ? -0.0 : 0.0);
    auto abits = static_cast<long>(mpz_sizeinbase(na.v, 2));
    auto bbits = static_cast<long>(mpz_sizeinbase(nb.v, 2));
    long diff = abits - bbits;
    if (diff > 1025) return err_set_string(OverflowError, "integer division result too large for a float");
    if (diff < -1080) return float_from(negative ? -0.0 : 0.0);
    // Scale so the quotient has 55 or 56 bits: q = floor(a * 2**-shift / b).
    long shift = diff - 55;
    Mpz q, r;
    if (shift >= 0) {
        mpz_mul_2exp(nb.v, nb.v, static_cast<mp_bitcnt_t>(shift));
    } else {
        mpz_mul_2exp(na.v, na.v, static_cast<mp_bitcnt_t>(-shift));
    }
    mpz_tdiv_qr(q.v, r.v, na.v, nb.v);
    uint64_t bits = mpz_get_ui(q.v);
    if (mpz_sgn(r.v) != 0) bits |= 1;   // sticky: the quotient is inexact
    // In the subnormal range fewer than 53 bits survive: round to the 2**-1074 grid here so the
    // value is rounded exactly once.
    if (shift < -1074) {
        long extra = -1074 - shift;
        uint64_t keep = extra >= 64 ? 0 : bits >> extra;
        uint64_t rem = extra >= 64 ? bits : bits & ((uint64_t(1) << extra) - 1);
        uint64_t half = extra >= 64 ? UINT64_MAX : uint64_t(1) << (extra - 1);
        if (extra < 64 && (rem > half || (rem == half && (keep & 1)))) ++keep;
        bits = keep;
        shift = -1074;
    }
    double d = std::ldexp(static_cast<double>(bits), static_cast<int>(shift));
    if (std::isinf(d)) return err_set_string(OverflowError, "integer division result too large for a float");
    return float_from(negative ? -d : d);
}

// ---- ** ----

Object* float_pow_of_ints(Object* a, Object* b) {
    bool overflow = false;
    double x = int_as_double(a, &overflow);
    if (!overflow) {
        double y = int_as_double(b, &overflow);
        if (!overflow) {
            Ref<> fx = Ref<>::steal(float_from(x));
            Ref<> fy = Ref<>::steal(float_from(y));
            if (!fx || !fy) return nullptr;
            return FloatType.nb[static_cast<int>(BinOp::Pow)](fx.get(), fy.get());
        }
    }
    return err_set_string(OverflowError, "int too large to convert to float");
}

Object* int_pow(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) < 0) return float_pow_of_ints(a, b);
    if (as_int(b)->is_big) {
        // Only 0, 1 and -1 survive a huge exponent.
        if (!as_int(a)->is_big && (sv(a) == 0 || sv(a) == 1)) return int_from_i64(sv(a));
        if (!as_int(a)->is_big && sv(a) == -1) {
            Mpz t;
            return int_from_i64(mpz_odd_p(int_mpz(b, t)) ? -1 : 1);
        }
        return err_no_memory();
    }
    int64_t e = sv(b);
    if (!as_int(a)->is_big) {
        int64_t base = sv(a), result = 1;
        bool ok = true;
        int64_t ee = e, bb = base;
        while (ee > 0) {
            if (ee & 1) {
                if (__builtin_mul_overflow(result, bb, &result)) { ok = false; break; }
            }
            ee >>= 1;
            if (ee > 0 && __builtin_mul_overflow(bb, bb, &bb)) { ok = false; break; }
        }
        if (ok) return int_from_i64(result);
        if (base == 0 || base == 1) return int_from_i64(base);
        if (base == -1) return int_from_i64((e & 1) ? -1 : 1);
    }
    // Refuse results that could not be materialised (CPython would exhaust memory).
    Mpz x, r;
    mpz_srcptr bx = int_mpz(a, x);
    double result_bits = static_cast<double>(mpz_sizeinbase(bx, 2)) * static_cast<double>(e);
    if (result_bits > 1e11 || memory_cap_refuses(result_bits / 8)) return err_no_memory();
    mpz_pow_ui(r.v, bx, static_cast<unsigned long>(e));
    return from_mpz_result(r);
}

// pow(a, b, m) (CPython: long_pow with a modulus): the result takes the sign of m.
Object* int_pow3(Object* a, Object* b, Object* m) {
    if (m == None) return int_pow(a, b);
    if (!is_int(a) || !is_int(b) || !is_int(m)) return incref(NotImplemented);
    if (int_sign(m) == 0) return err_set_string(ValueError, "pow() 3rd argument cannot be 0");
    Mpz xs, es, ms, base, mod, r;
    mpz_abs(mod.v, int_mpz(m, ms));
    mpz_set(base.v, int_mpz(a, xs));
    mpz_srcptr e = int_mpz(b, es);
    Mpz epos;
    if (mpz_sgn(e) < 0) {
        if (mpz_invert(base.v, base.v, mod.v) == 0)
            return err_set_string(ValueError, "base is not invertible for the given modulus");
        mpz_neg(epos.v, e);
    } else {
        mpz_set(epos.v, e);
    }
    mpz_powm(r.v, base.v, epos.v, mod.v);
    if (mpz_cmp_ui(mod.v, 1) == 0) mpz_set_ui(r.v, 0);
    if (int_sign(m) < 0 && mpz_sgn(r.v) != 0) mpz_sub(r.v, r.v, mod.v);
    return from_mpz_result(r);
}

// ---- Shifts and bitwise operators ----

Object* int_lshift(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) < 0) return err_set_string(ValueError, "negative shift count");
    if (int_sign(a) == 0) return int_from_i64(0);
    if (as_int(b)->is_big || sv(b) > (int64_t(1) << 36)) {
        // GMP cannot hold more than about 2**37 bits and aborts instead of failing: refuse first.
        // CPython sizes the result in 30-bit digits: past its largest int (MAX_LONG_DIGITS) it is
        // OverflowError, below that the allocation fails (MemoryError).
        constexpr uint64_t kMaxDigits = (uint64_t(INT64_MAX) - 24) / 4;
        Mpz bs, ws, as;
        mpz_srcptr bz = int_mpz(b, bs);
        uint64_t rem = mpz_fdiv_q_ui(ws.v, bz, 30);
        uint64_t old_digits = (mpz_sizeinbase(int_mpz(a, as), 2) + 29) / 30;
        if (mpz_cmp_ui(ws.v, kMaxDigits) > 0 || mpz_get_ui(ws.v) > kMaxDigits - old_digits - (rem ? 1 : 0))
            return err_set_string(OverflowError, "too many digits in integer");
        return err_no_memory();
    }
    int64_t s = sv(b);
    if (!as_int(a)->is_big && s < 63) {
        int64_t v = sv(a);
        int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(v) << s);
        if ((shifted >> s) == v) return int_from_i64(shifted);
    }
    if (__int128 v; s < 127 && int_as_i128(a, &v)) {
        auto shifted = static_cast<__int128>(static_cast<unsigned __int128>(v) << s);
        if ((shifted >> s) == v) return int_from_i128(shifted);
    }
    Mpz x, r;
    mpz_srcptr ax = int_mpz(a, x);
    if (memory_cap_refuses((static_cast<double>(mpz_sizeinbase(ax, 2)) + static_cast<double>(s)) / 8)) return err_no_memory();
    mpz_mul_2exp(r.v, ax, static_cast<mp_bitcnt_t>(s));
    return from_mpz_result(r);
}

Object* int_rshift(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) < 0) return err_set_string(ValueError, "negative shift count");
    if (as_int(b)->is_big) return int_from_i64(int_sign(a) < 0 ? -1 : 0);
    int64_t s = sv(b);
    if (!as_int(a)->is_big) {
        int64_t v = sv(a);
        if (s >= 64) return int_from_i64(v < 0 ? -1 : 0);
        return int_from_i64(v >> s);   // arithmetic shift (C++20) floors like Python
    }
    if (__int128 v; s < 128 && int_as_i128(a, &v)) return int_from_i128(v >> s);
    Mpz x, r;
    mpz_fdiv_q_2exp(r.v, int_mpz(a, x), static_cast<mp_bitcnt_t>(s));
    return from_mpz_result(r);
}

// GMP's logical operations use two's complement semantics for negative values, as Python does.
Object* int_and(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) return int_from_i64(sv(a) & sv(b));
    if (__int128 p, q; i128_pair(a, b, &p, &q)) return int_from_i128(p & q);   // two's complement, as GMP's
    Mpz x, y, r;
    mpz_and(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

Object* int_or(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) return int_from_i64(sv(a) | sv(b));
    if (__int128 p, q; i128_pair(a, b, &p, &q)) return int_from_i128(p | q);   // two's complement, as GMP's
    Mpz x, y, r;
    mpz_ior(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

Object* int_xor(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (small_pair(a, b)) return int_from_i64(sv(a) ^ sv(b));
    if (__int128 p, q; i128_pair(a, b, &p, &q)) return int_from_i128(p ^ q);   // two's complement, as GMP's
    Mpz x, y, r;
    mpz_xor(r.v, int_mpz(a, x), int_mpz(b, y));
    return from_mpz_result(r);
}

// ---- Unary ----

Object* int_neg(Object* a) {
    if (!as_int(a)->is_big && sv(a) != INT64_MIN) return int_from_i64(-sv(a));
    Mpz x, r;
    mpz_neg(r.v, int_mpz(a, x));
    return from_mpz_result(r);
}

// +x and int(x) of a subclass or bool give a plain int.
Object* int_pos(Object* a) { return int_exact(a); }

Object* int_abs(Object* a) { return int_sign(a) < 0 ? int_neg(a) : int_pos(a); }

Object* int_invert(Object* a) {
    if (!as_int(a)->is_big) return int_from_i64(~sv(a));   // ~x never overflows
    Mpz r;
    mpz_com(r.v, as_int(a)->big);
    return from_mpz_result(r);
}

int int_bool(Object* a) { return int_sign(a) != 0 ? 1 : 0; }

Object* int_float(Object* a) {
    bool overflow = false;
    double d = int_as_double(a, &overflow);
    if (overflow) return err_set_string(OverflowError, "int too large to convert to float");
    return float_from(d);
}

}  // namespace

Object* int_divmod(Object* a, Object* b) {
    PYGEN_INT_OPERANDS(a, b);
    if (int_sign(b) == 0) return err_set_string(ZeroDivisionError, "integer division or modulo by zero");
    if (small_pair(a, b)) {
        int64_t q, r;
        if (floor_divmod_small(sv(a), sv(b), &q, &r)) {
            Ref<> qo = Ref<>::steal(int_from_i64(q));
            Ref<> ro = Ref<>::steal(int_from_i64(r));
            if (!qo || !ro) return nullptr;
            return tuple_pack({qo.get(), ro.get()});
        }
    }
    Mpz x, y, q, r;
    mpz_fdiv_qr(q.v, r.v, int_mpz(a, x), int_mpz(b, y));
    Ref<> qo = Ref<>::steal(int_from_mpz(q.v));
    Ref<> ro = Ref<>::steal(int_from_mpz(r.v));
    if (!qo || !ro) return nullptr;
    return tuple_pack({qo.get(), ro.get()});
}

void int_fill_number_slots(TypeObject* t) {
    auto set = [t](BinOp op, BinaryFn fn) { t->nb[static_cast<int>(op)] = fn; };
    set(BinOp::Add, int_add);
    set(BinOp::Sub, int_sub);
    set(BinOp::Mul, int_mul);
    set(BinOp::FloorDiv, int_floordiv);
    set(BinOp::Mod, int_mod);
    set(BinOp::TrueDiv, int_truediv);
    set(BinOp::Pow, int_pow);
    set(BinOp::LShift, int_lshift);
    set(BinOp::RShift, int_rshift);
    set(BinOp::And, int_and);
    set(BinOp::Or, int_or);
    set(BinOp::Xor, int_xor);
    t->nb_negative = int_neg;
    t->nb_positive = int_pos;
    t->nb_absolute = int_abs;
    t->nb_invert = int_invert;
    t->nb_bool = int_bool;
    t->nb_int = int_pos;
    t->nb_index = int_pos;
    t->nb_float = int_float;
    t->nb_power3 = int_pow3;
}

}  // namespace pygen
