// <gmp.h> for the WebAssembly build only (the native build uses the system's GMP).
//
// It is GMP's own mini-gmp (mini-gmp.h/mini-mpq.h from Debian's gmp source package, fetched by
// tools/fetch_wasm_sources.sh) plus what pygen needs beyond it:
//   * wasm32 is ILP32: `long` is 32 bits, while pygen passes int64 values through GMP's
//     *_si/*_ui calls (as LP64 GMP allows). The macros below route those calls to 64-bit versions,
//     which use mini-gmp's own call when the value fits in 32 bits and a temporary mpz otherwise.
//   * a few calls mini-gmp lacks: mpz_inits/mpz_clears, mpq_inits/mpq_clears, mpz_get_d_2exp,
//     mpz_bin_ui.
// Only C++ includes this (pygen is C++); the functions are inline so no extra object is needed.
#pragma once

#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>

#include "mini-gmp.h"
#include "mini-mpq.h"

namespace pygen_gmp {

constexpr uint64_t kLimbMask = 0xffffffffu;
static_assert(sizeof(mp_limb_t) == 4 || sizeof(mp_limb_t) == 8, "mini-gmp limb size");

inline bool fits_ul(uint64_t v) { return v <= ULONG_MAX; }
inline bool fits_sl(int64_t v) { return v >= LONG_MIN && v <= LONG_MAX; }

inline void set_u64(mpz_ptr r, uint64_t v) {
    if (fits_ul(v)) {
        ::mpz_set_ui(r, static_cast<unsigned long>(v));
        return;
    }
    ::mpz_set_ui(r, static_cast<unsigned long>(v >> 32));
    ::mpz_mul_2exp(r, r, 32);
    ::mpz_add_ui(r, r, static_cast<unsigned long>(v & kLimbMask));
}

inline void set_i64(mpz_ptr r, int64_t v) {
    if (fits_sl(v)) {
        ::mpz_set_si(r, static_cast<long>(v));
        return;
    }
    uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    set_u64(r, magnitude);
    if (v < 0) ::mpz_neg(r, r);
}

// The low 64 bits of |v|, as GMP's mpz_get_ui gives the low bits of |v|.
inline uint64_t get_u64(mpz_srcptr v) {
    if (sizeof(mp_limb_t) == 8) return static_cast<uint64_t>(::mpz_getlimbn(v, 0));
    return static_cast<uint64_t>(::mpz_getlimbn(v, 0)) | (static_cast<uint64_t>(::mpz_getlimbn(v, 1)) << 32);
}

inline int64_t get_i64(mpz_srcptr v) {
    uint64_t low = get_u64(v);
    return ::mpz_sgn(v) < 0 ? static_cast<int64_t>(0 - low) : static_cast<int64_t>(low);
}

inline int fits_i64(mpz_srcptr v) {
    if (::mpz_sgn(v) == 0) return 1;
    size_t bits = ::mpz_sizeinbase(v, 2);
    if (bits <= 63) return 1;
    // -2**63 is the one 64-bit magnitude that fits.
    return bits == 64 && ::mpz_sgn(v) < 0 && ::mpz_scan1(v, 0) == 63;
}

struct Temp {
    mpz_t v;
    explicit Temp(uint64_t u) { ::mpz_init(v); set_u64(v, u); }
    explicit Temp(int64_t s, int) { ::mpz_init(v); set_i64(v, s); }
    ~Temp() { ::mpz_clear(v); }
};

inline void init_set_u64(mpz_ptr r, uint64_t v) { ::mpz_init(r); set_u64(r, v); }

inline void add_u64(mpz_ptr r, mpz_srcptr a, uint64_t b) {
    if (fits_ul(b)) return ::mpz_add_ui(r, a, static_cast<unsigned long>(b));
    Temp t(b);
    ::mpz_add(r, a, t.v);
}

inline void sub_u64(mpz_ptr r, mpz_srcptr a, uint64_t b) {
    if (fits_ul(b)) return ::mpz_sub_ui(r, a, static_cast<unsigned long>(b));
    Temp t(b);
    ::mpz_sub(r, a, t.v);
}

inline void mul_u64(mpz_ptr r, mpz_srcptr a, uint64_t b) {
    if (fits_ul(b)) return ::mpz_mul_ui(r, a, static_cast<unsigned long>(b));
    Temp t(b);
    ::mpz_mul(r, a, t.v);
}

// n mod d, floored (d > 0, so the result is in [0, d)).
inline uint64_t fdiv_u64(mpz_srcptr n, uint64_t d) {
    if (fits_ul(d)) return ::mpz_fdiv_ui(n, static_cast<unsigned long>(d));
    Temp t(d), rem(uint64_t{0});
    ::mpz_fdiv_r(rem.v, n, t.v);
    return get_u64(rem.v);
}

inline int cmp_u64(mpz_srcptr a, uint64_t b) {
    if (fits_ul(b)) return ::mpz_cmp_ui(a, static_cast<unsigned long>(b));
    Temp t(b);
    return ::mpz_cmp(a, t.v);
}

inline int cmp_i64(mpz_srcptr a, int64_t b) {
    if (fits_sl(b)) return ::mpz_cmp_si(a, static_cast<long>(b));
    Temp t(b, 0);
    return ::mpz_cmp(a, t.v);
}

inline void ui_pow_u64(mpz_ptr r, uint64_t base, unsigned long exp) {
    Temp b(base);
    ::mpz_pow_ui(r, b.v, exp);
}

// GMP's mpz_get_d_2exp: v = d * 2**exp with 0.5 <= |d| < 1, d truncated towards zero.
inline double get_d_2exp(long* exp, mpz_srcptr v) {
    if (::mpz_sgn(v) == 0) {
        *exp = 0;
        return 0.0;
    }
    size_t bits = ::mpz_sizeinbase(v, 2);
    double d;
    if (bits > 64) {
        mpz_t top;
        ::mpz_init(top);
        ::mpz_tdiv_q_2exp(top, v, static_cast<mp_bitcnt_t>(bits - 64));
        d = std::ldexp(::mpz_get_d(top), -64);
        ::mpz_clear(top);
    } else {
        d = std::ldexp(::mpz_get_d(v), -static_cast<int>(bits));
    }
    *exp = static_cast<long>(bits);
    return d;
}

// C(n, k) for n >= 0: each partial product of consecutive integers divides exactly.
inline void bin_u64(mpz_ptr r, mpz_srcptr n, unsigned long k) {
    mpz_t factor;
    ::mpz_init(factor);
    ::mpz_set_ui(r, 1);
    for (unsigned long i = 0; i < k; i++) {
        ::mpz_sub_ui(factor, n, i);
        ::mpz_mul(r, r, factor);
        ::mpz_divexact_ui(r, r, i + 1);
    }
    ::mpz_clear(factor);
}

inline void inits(mpz_ptr first, ...) {
    va_list ap;
    va_start(ap, first);
    for (mpz_ptr p = first; p; p = va_arg(ap, mpz_ptr)) ::mpz_init(p);
    va_end(ap);
}

inline void clears(mpz_ptr first, ...) {
    va_list ap;
    va_start(ap, first);
    for (mpz_ptr p = first; p; p = va_arg(ap, mpz_ptr)) ::mpz_clear(p);
    va_end(ap);
}

inline void q_inits(mpq_ptr first, ...) {
    va_list ap;
    va_start(ap, first);
    for (mpq_ptr p = first; p; p = va_arg(ap, mpq_ptr)) ::mpq_init(p);
    va_end(ap);
}

inline void q_clears(mpq_ptr first, ...) {
    va_list ap;
    va_start(ap, first);
    for (mpq_ptr p = first; p; p = va_arg(ap, mpq_ptr)) ::mpq_clear(p);
    va_end(ap);
}

}  // namespace pygen_gmp

#define mpz_set_ui pygen_gmp::set_u64
#define mpz_set_si pygen_gmp::set_i64
#define mpz_get_ui pygen_gmp::get_u64
#define mpz_get_si pygen_gmp::get_i64
#define mpz_fits_slong_p pygen_gmp::fits_i64
#define mpz_init_set_ui pygen_gmp::init_set_u64
#define mpz_add_ui pygen_gmp::add_u64
#define mpz_sub_ui pygen_gmp::sub_u64
#define mpz_mul_ui pygen_gmp::mul_u64
#define mpz_fdiv_ui pygen_gmp::fdiv_u64
#define mpz_cmp_ui pygen_gmp::cmp_u64
#define mpz_cmp_si pygen_gmp::cmp_i64
#define mpz_ui_pow_ui pygen_gmp::ui_pow_u64
#define mpz_get_d_2exp pygen_gmp::get_d_2exp
#define mpz_bin_ui pygen_gmp::bin_u64
#define mpz_inits pygen_gmp::inits
#define mpz_clears pygen_gmp::clears
#define mpq_inits pygen_gmp::q_inits
#define mpq_clears pygen_gmp::q_clears
