// _decimal_accel: native fast paths for the commonest operations of lib/decimal.py, which stays
// the whole implementation. install() replaces Decimal's +, -, *, /, comparisons, hash,
// quantize, str, fixed-point format() and construction from an int or a numeric string with C++
// methods that handle finite operands of up to 38 digits (exact results beyond that are rounded
// through GMP) whose results need none of the rare conditions (subnormal, overflow, clamping, a
// trapped signal); everything else goes to the original Python method, untouched, so behaviour
// is the module's own by construction. CPython gets this speed from libmpdec (Modules/_decimal).
// The values live in Decimal's and Context's __slots__, read here at their member offsets.

#include <algorithm>
#include <cstring>
#include <string>

#include "modules/accel/accel_support.h"
#include "modules/builtins_args.h"
#include "modules/contextvars/contextvars.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace pygen {

Object* make_decimal_accel_module();

namespace {

using u128 = unsigned __int128;

// The rounding modes in the order of lib/decimal.py's _ROUNDINGS tuple, given to install().
enum Rounding { kUp, kDown, kCeiling, kFloor, kHalfUp, kHalfDown, kHalfEven, k05Up, kRoundingCount };

// Condition bits, as lib/decimal.py numbers them.
constexpr int64_t kInexact = 64;
constexpr int64_t kRounded = 4096;
constexpr int64_t kSubnormal = 8192;

constexpr int kMaxDigits = 38;                       // every value below 10**38 fits a u128

u128 pow10(int n) {
    static const u128* table = [] {
        static u128 t[kMaxDigits + 1];
        t[0] = 1;
        for (int i = 1; i <= kMaxDigits; ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    return table[n];
}

// Decimal digits of c (1 for 0); c < 10**39.
int digits(u128 c) {
    int n = 1;
    while (n <= kMaxDigits && c >= pow10(n)) ++n;
    return n;
}

enum DecimalSlot { kSign, kInt, kExp, kKind, kDecimalSlots };
enum ContextSlot { kPrec, kRoundingSlot, kEmin, kEmax, kClamp, kFlags, kTraps, kContextSlots };
const char* const kDecimalSlotNames[kDecimalSlots] = {"_sign", "_int", "_exp", "_kind"};
const char* const kContextSlotNames[kContextSlots] = {"_prec", "_rounding", "_Emin", "_Emax",
                                                       "_clamp", "_flags", "_traps"};

// The methods replaced, and the Python originals every case this file declines goes to.
enum Replaced {
    kAdd, kRadd, kSub, kRsub, kMul, kRmul, kTrueDiv, kRtrueDiv, kQuantize, kStr, kNew,
    kEq, kNe, kLt, kLe, kGt, kGe, kHash, kFormat, kReplacedCount
};

struct State {
    TypeObject* decimal = nullptr;   // strong
    TypeObject* context = nullptr;   // strong
    Object* var = nullptr;           // the ContextVar holding the current context
    Object* roundings[kRoundingCount] = {};
    Object* originals[kReplacedCount] = {};
    ssize decimal_offsets[kDecimalSlots] = {};
    ssize context_offsets[kContextSlots] = {};
};
State g;

// u128 <-> mpz through 64-bit words, so it holds where a long has 32 bits (the wasm build).
void mpz_set_u128(mpz_t out, u128 v) {
    uint64_t words[2] = {uint64_t(v), uint64_t(v >> 64)};
    mpz_import(out, 2, -1, sizeof(uint64_t), 0, 0, words);
}

// False when v is negative or does not fit 128 bits.
bool mpz_get_u128(mpz_srcptr v, u128* out) {
    if (mpz_sgn(v) < 0 || mpz_sizeinbase(v, 2) > 128) return false;
    uint64_t words[2] = {0, 0};
    mpz_export(words, nullptr, -1, sizeof(uint64_t), 0, 0, v);
    *out = u128(words[0]) | (u128(words[1]) << 64);
    return true;
}

// A finite Decimal, or an int as _as_dec makes it, whose coefficient fits the native paths.
struct Operand {
    bool sign;
    u128 coefficient;   // below 10**38
    int64_t exp;
};

bool read_decimal(Object* d, Operand* out) {
    int64_t kind, sign;
    if (!accel_small_int(accel_slot(d, g.decimal_offsets[kKind]), &kind) || kind != 0) return false;
    if (!accel_small_int(accel_slot(d, g.decimal_offsets[kSign]), &sign)) return false;
    Object* c = accel_slot(d, g.decimal_offsets[kInt]);
    if (!c || !is_int_exact(c)) return false;
    if (!static_cast<IntObject*>(c)->is_big) {
        int64_t v = static_cast<IntObject*>(c)->small;
        if (v < 0) return false;
        out->coefficient = u128(v);
    } else if (!mpz_get_u128(static_cast<IntObject*>(c)->big, &out->coefficient) ||
               out->coefficient >= pow10(kMaxDigits)) {
        return false;
    }
    if (!accel_small_int(accel_slot(d, g.decimal_offsets[kExp]), &out->exp)) return false;
    if (out->exp < -(int64_t(1) << 60) || out->exp > (int64_t(1) << 60)) return false;
    out->sign = sign != 0;
    return true;
}

bool read_operand(Object* o, Operand* out) {
    if (o->type == g.decimal) return read_decimal(o, out);
    int64_t v;
    if (!is_int_exact(o) || !accel_small_int(o, &v) || v == INT64_MIN) return false;
    *out = Operand{v < 0, u128(v < 0 ? -v : v), 0};
    return true;
}

Rounding rounding_of(Object* r) {
    for (int i = 0; i < kRoundingCount; ++i)
        if (r == g.roundings[i]) return Rounding(i);
    if (r && is_str_exact(r))
        for (int i = 0; i < kRoundingCount; ++i)
            if (str_equal(r, g.roundings[i])) return Rounding(i);
    return kRoundingCount;
}

struct Ctx {
    Object* object;   // borrowed
    int prec;
    Rounding rounding;
    int64_t emin, emax, clamp, flags, traps;
};

// The current context, when it is a plain Context with ordinary settings.
bool current_context(Ctx* out) {
    Object* c = contextvar_lookup(g.var);
    if (!c) {
        err_clear();   // no context yet (the Python path makes one) or a failed lookup (it reports it)
        return false;
    }
    if (c->type != g.context) return false;
    const ssize* off = g.context_offsets;
    int64_t prec;
    if (!accel_small_int(accel_slot(c, off[kPrec]), &prec) || prec < 1 || prec > kMaxDigits) return false;
    if (!accel_small_int(accel_slot(c, off[kEmin]), &out->emin) || !accel_small_int(accel_slot(c, off[kEmax]), &out->emax) ||
        !accel_small_int(accel_slot(c, off[kClamp]), &out->clamp) || !accel_small_int(accel_slot(c, off[kFlags]), &out->flags) ||
        !accel_small_int(accel_slot(c, off[kTraps]), &out->traps))
        return false;
    if (out->emin < -(int64_t(1) << 61) || out->emax > (int64_t(1) << 61)) return false;
    out->rounding = rounding_of(accel_slot(c, off[kRoundingSlot]));
    if (out->rounding == kRoundingCount) return false;
    out->object = c;
    out->prec = int(prec);
    return true;
}

// Whether a truncated quotient q goes up by one: `half` compares the dropped part with half a
// unit of q's last digit (-1, 0, 1); the dropped part is not zero.
bool rounds_up(Rounding mode, int half, u128 q, bool sign) {
    switch (mode) {
        case kHalfEven: return half > 0 || (half == 0 && (q & 1));
        case kHalfUp: return half >= 0;
        case kDown: return false;
        case kUp: return true;
        case kHalfDown: return half > 0;
        case kCeiling: return !sign;
        case kFloor: return sign;
        default: return q % 5 == 0;   // ROUND_05UP
    }
}

// c without its last `drop` digits, rounded by mode (lib/decimal.py's _round_int).
u128 round_int(u128 c, int64_t drop, bool sign, Rounding mode, bool* lost) {
    *lost = false;
    if (drop <= 0) return c;
    u128 q;
    int half;   // the dropped part against half a unit of the last kept digit: -1, 0, 1
    if (drop > kMaxDigits) {
        if (c == 0) return 0;
        q = 0;
        half = -1;   // c < 10**38 is below half of 10**drop
    } else {
        u128 p = pow10(int(drop));
        q = c / p;
        u128 r = c % p;
        if (r == 0) return q;
        u128 twice = r + r;
        half = twice > p ? 1 : (twice == p ? 0 : -1);
    }
    *lost = true;
    return rounds_up(mode, half, q, sign) ? q + 1 : q;
}

// lib/decimal.py's _fix for a non-zero coefficient whose result stays normal and unclamped:
// rounds (c, e) to the context's precision, adding the conditions to *status. False when the
// Python _fix must decide (zero, subnormal, overflow, clamping).
bool fix(bool sign, u128* c, int64_t* e, const Ctx& ctx, int64_t* status) {
    int prec = ctx.prec;
    if (*c < pow10(prec) && ctx.emin <= *e && *e <= ctx.emax - prec + 1) return true;
    if (*c == 0) return false;
    int64_t adj = *e + digits(*c) - 1;
    if (adj < ctx.emin || adj > ctx.emax) return false;
    int64_t low = adj - prec + 1;
    if (*e < low) {
        bool lost;
        *c = round_int(*c, low - *e, sign, ctx.rounding, &lost);
        *e = low;
        *status |= kRounded | (lost ? kInexact : 0);
        if (digits(*c) > prec) {
            *c /= 10;
            *e += 1;
        }
        if (*e + digits(*c) - 1 > ctx.emax) return false;
    }
    return !(ctx.clamp && *e > ctx.emax - prec + 1);
}

// Exact decimal digits of a positive mpz.
int64_t mpz_digits(mpz_srcptr c) {
    int64_t n = int64_t(mpz_sizeinbase(c, 10));   // exact or one too many
    Mpz low;
    mpz_ui_pow_ui(low.v, 10, static_cast<unsigned long>(n - 1));
    return mpz_cmp(c, low.v) < 0 ? n - 1 : n;
}

// fix() for an exact positive coefficient of any size: one beyond 38 digits is first rounded to
// the precision with GMP (the step _fix takes for it), then finished in 128 bits.
bool fix_wide(bool sign, mpz_srcptr wide, u128* c, int64_t* e, const Ctx& ctx, int64_t* status) {
    int64_t n = mpz_digits(wide);
    if (n > kMaxDigits) {
        int64_t adj = *e + n - 1;
        if (adj < ctx.emin || adj > ctx.emax) return false;
        int64_t drop = n - ctx.prec;
        Mpz unit, q, r;
        mpz_ui_pow_ui(unit.v, 10, static_cast<unsigned long>(drop));
        mpz_tdiv_qr(q.v, r.v, wide, unit.v);
        if (!mpz_get_u128(q.v, c)) return false;
        if (mpz_sgn(r.v) != 0) {
            mpz_mul_2exp(r.v, r.v, 1);
            int half = mpz_cmp(r.v, unit.v);
            if (rounds_up(ctx.rounding, half > 0 ? 1 : (half == 0 ? 0 : -1), *c, sign)) *c += 1;
            *status |= kInexact;
        }
        *status |= kRounded;
        *e += drop;
    } else if (!mpz_get_u128(wide, c)) {
        return false;
    }
    return fix(sign, c, e, ctx, status);
}

Object* int_from_u128(u128 v) {
    if (v <= u128(INT64_MAX)) return int_from_i64(int64_t(v));
    Mpz m;
    mpz_set_u128(m.v, v);
    return int_from_mpz(m.v);
}

// A new Decimal (sign, c, e), finite.
Object* make_decimal(bool sign, u128 c, int64_t e) {
    Ref<> coefficient = Ref<>::steal(int_from_u128(c));
    if (!coefficient) return nullptr;
    Ref<> exponent = Ref<>::steal(int_from_i64(e));
    if (!exponent) return nullptr;
    Object* d = alloc_object(g.decimal);
    if (!d) return nullptr;
    accel_slot(d, g.decimal_offsets[kSign]) = int_from_i64(sign ? 1 : 0);
    accel_slot(d, g.decimal_offsets[kInt]) = coefficient.release();
    accel_slot(d, g.decimal_offsets[kExp]) = exponent.release();
    accel_slot(d, g.decimal_offsets[kKind]) = int_from_i64(0);
    return d;
}

// The result (sign, c, e) with `status` recorded in the context's flags; null with no exception
// when a condition is trapped (the Python path then raises it, with its message).
Object* finish(bool sign, u128 c, int64_t e, const Ctx& ctx, int64_t status) {
    if (status & ctx.traps) return nullptr;
    Object* r = make_decimal(sign, c, e);
    if (!r || !status || (ctx.flags | status) == ctx.flags) return r;
    Object* flags = int_from_i64(ctx.flags | status);
    if (!flags) {
        decref(r);
        return nullptr;
    }
    setref(accel_slot(ctx.object, g.context_offsets[kFlags]), flags);
    return r;
}

Object* fall_back(Replaced which, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (err_occurred()) return nullptr;
    return call_with_self(g.originals[which], self, args, nargs, kwnames);
}

// a + (-1)**negate_b * b, both non-zero (lib/decimal.py's _add); null: not handled here.
Object* add(const Operand& a, const Operand& b, bool negate_b) {
    if (a.coefficient == 0 || b.coefficient == 0) return nullptr;
    Ctx ctx;
    if (!current_context(&ctx)) return nullptr;
    bool asg = a.sign, bsg = b.sign != negate_b;
    u128 ac = a.coefficient, bc = b.coefficient;
    int64_t ae = a.exp, be = b.exp;
    if (ae < be) {
        std::swap(asg, bsg);
        std::swap(ac, bc);
        std::swap(ae, be);
    }
    int64_t shift = ae - be;
    if (shift > ctx.prec + 3) return nullptr;   // then _add's sticky digit may apply
    bool sign;
    u128 c;
    int64_t e = be, status = 0;
    if (digits(ac) + shift <= kMaxDigits) {
        ac *= pow10(int(shift));   // both below 10**38: the sum fits 128 bits
        if (asg == bsg) {
            sign = asg;
            c = ac + bc;
        } else if (ac != bc) {
            sign = ac > bc ? asg : bsg;
            c = ac > bc ? ac - bc : bc - ac;
        } else {
            return nullptr;   // an exact zero: its sign depends on the rounding
        }
        if (!fix(sign, &c, &e, ctx, &status)) return nullptr;
    } else {
        Mpz x, y;
        mpz_set_u128(x.v, ac);
        mpz_set_u128(y.v, bc);
        Mpz scale;
        mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(shift));
        mpz_mul(x.v, x.v, scale.v);
        if (asg == bsg) {
            sign = asg;
            mpz_add(x.v, x.v, y.v);
        } else {
            int order = mpz_cmp(x.v, y.v);   // x has more digits than y can have: never equal
            sign = order > 0 ? asg : bsg;
            if (order > 0) mpz_sub(x.v, x.v, y.v);
            else mpz_sub(x.v, y.v, x.v);
        }
        if (!fix_wide(sign, x.v, &c, &e, ctx, &status)) return nullptr;
    }
    return finish(sign, c, e, ctx, status);
}

Object* multiply(const Operand& a, const Operand& b) {
    if (a.coefficient == 0 || b.coefficient == 0) return nullptr;
    Ctx ctx;
    if (!current_context(&ctx)) return nullptr;
    bool sign = a.sign != b.sign;
    u128 c;
    int64_t e = a.exp + b.exp, status = 0;
    if (digits(a.coefficient) + digits(b.coefficient) <= kMaxDigits) {
        c = a.coefficient * b.coefficient;
        if (!fix(sign, &c, &e, ctx, &status)) return nullptr;
    } else {
        Mpz x, y;
        mpz_set_u128(x.v, a.coefficient);
        mpz_set_u128(y.v, b.coefficient);
        mpz_mul(x.v, x.v, y.v);
        if (!fix_wide(sign, x.v, &c, &e, ctx, &status)) return nullptr;
    }
    return finish(sign, c, e, ctx, status);
}

// a / b, b non-zero (lib/decimal.py's _div): the quotient to prec + 1 digits with a sticky
// digit, or exact with its trailing zeros stripped down to the ideal exponent.
Object* divide(const Operand& a, const Operand& b) {
    if (a.coefficient == 0 || b.coefficient == 0) return nullptr;
    Ctx ctx;
    if (!current_context(&ctx) || ctx.prec > kMaxDigits - 2) return nullptr;
    bool sign = a.sign != b.sign;
    int64_t ideal = a.exp - b.exp;
    int shift = digits(b.coefficient) - digits(a.coefficient) + ctx.prec + 1;
    Mpz x, y, q, r, scale;
    mpz_set_u128(x.v, a.coefficient);
    mpz_set_u128(y.v, b.coefficient);
    mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(shift >= 0 ? shift : -shift));
    mpz_mul(shift >= 0 ? x.v : y.v, shift >= 0 ? x.v : y.v, scale.v);
    mpz_tdiv_qr(q.v, r.v, x.v, y.v);
    u128 c;
    if (!mpz_get_u128(q.v, &c) || c >= pow10(kMaxDigits)) return nullptr;
    int64_t e = ideal - shift;
    if (mpz_sgn(r.v) != 0) {
        if (c % 5 == 0) c += 1;   // the sticky digit: the quotient is not exact
    } else {
        while (e < ideal && c % 10 == 0) {
            c /= 10;
            e += 1;
        }
    }
    int64_t status = 0;
    if (!fix(sign, &c, &e, ctx, &status)) return nullptr;
    return finish(sign, c, e, ctx, status);
}

// The numeric order of two finite operands: -1, 0 or 1 (lib/decimal.py's _cmp).
int compare(const Operand& a, const Operand& b) {
    if (a.coefficient == 0) return b.coefficient == 0 ? 0 : (b.sign ? 1 : -1);
    if (b.coefficient == 0) return a.sign ? -1 : 1;
    if (a.sign != b.sign) return a.sign ? -1 : 1;
    int r;
    int64_t aa = a.exp + digits(a.coefficient), ba = b.exp + digits(b.coefficient);
    if (aa != ba) {
        r = aa > ba ? 1 : -1;
    } else {
        // Same adjusted exponent, so the exponents differ by under 38 digits: the one with the
        // larger exponent (fewer digits) is compared with the other's leading digits, then the
        // other's remaining digits break a tie.
        u128 x = a.coefficient, y = b.coefficient;
        bool swapped = a.exp < b.exp;
        if (swapped) std::swap(x, y);
        u128 unit = pow10(int(swapped ? b.exp - a.exp : a.exp - b.exp));
        u128 lead = y / unit;
        r = x != lead ? (x > lead ? 1 : -1) : (y % unit ? -1 : 0);
        if (swapped) r = -r;
    }
    return a.sign ? -r : r;
}

template <Replaced which>
Object* rich_compare(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Operand a, b;
    if (nargs == 1 && !kwnames && read_decimal(self, &a) && read_operand(args[0], &b)) {
        int r = compare(a, b);
        switch (which) {
            case kEq: return bool_from(r == 0);
            case kNe: return bool_from(r != 0);
            case kLt: return bool_from(r < 0);
            case kLe: return bool_from(r <= 0);
            case kGt: return bool_from(r > 0);
            default: return bool_from(r >= 0);
        }
    }
    return fall_back(which, self, args, nargs, kwnames);
}

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;   // sys.hash_info.modulus

uint64_t mul_mod(uint64_t a, uint64_t b) { return uint64_t(u128(a) * b % kHashModulus); }

uint64_t pow_mod(uint64_t base, uint64_t exp) {
    uint64_t r = 1;
    for (; exp; exp >>= 1) {
        if (exp & 1) r = mul_mod(r, base);
        base = mul_mod(base, base);
    }
    return r;
}

// hash(d) of a finite Decimal: equal to the hash of the equal int, float or Fraction.
Object* hash_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Operand a;
    if (nargs == 0 && !kwnames && read_decimal(self, &a)) {
        // 10 ** -1 modulo the prime is 10 ** (modulus - 2)
        static const uint64_t inverse_ten = pow_mod(10, kHashModulus - 2);
        uint64_t scale = a.exp >= 0 ? pow_mod(10, uint64_t(a.exp)) : pow_mod(inverse_ten, uint64_t(-a.exp));
        int64_t h = int64_t(mul_mod(uint64_t(a.coefficient % kHashModulus), scale));
        if (a.sign) h = -h;
        return int_from_i64(h == -1 ? -2 : h);
    }
    return fall_back(kHash, self, args, nargs, kwnames);
}

// A numeric string as lib/decimal.py's _parse reads it, when it is plain ASCII digits with an
// optional sign, point and exponent and at most 38 significant digits. False: not handled here.
bool parse_simple(Object* text, Operand* out) {
    std::string_view s = str_view(text);
    size_t i = 0, n = s.size();
    out->sign = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) out->sign = s[i++] == '-';
    u128 c = 0;
    int significant = 0, fraction_digits = 0, all_digits = 0;
    bool point = false;
    for (; i < n; ++i) {
        char ch = s[i];
        if (ch == '.' && !point) {
            point = true;
            continue;
        }
        if (ch < '0' || ch > '9') break;
        ++all_digits;
        if (point) ++fraction_digits;
        if (c || ch != '0') {
            if (++significant > kMaxDigits) return false;
            c = c * 10 + u128(ch - '0');
        }
    }
    if (all_digits == 0) return false;
    int64_t exp = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        size_t start = i;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
            if (i - start >= 17) return false;
            exp = exp * 10 + (s[i] - '0');
        }
        if (i == start) return false;
        if (negative) exp = -exp;
    }
    if (i != n) return false;   // whitespace, underscores, NaN, Infinity, other digits: _parse
    out->coefficient = c;
    out->exp = exp - fraction_digits;
    return true;
}

// The binary operators: self (a Decimal) op other; reflected ones swap the operands.
template <Replaced which>
Object* binary(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 1 && !kwnames) {
        Operand a, b;
        if (read_decimal(self, &a) && read_operand(args[0], &b)) {
            Object* r = nullptr;
            switch (which) {
                case kAdd: r = add(a, b, false); break;
                case kRadd: r = add(b, a, false); break;
                case kSub: r = add(a, b, true); break;
                case kRsub: r = add(b, a, true); break;
                case kMul: r = multiply(a, b); break;
                case kRmul: r = multiply(b, a); break;
                case kTrueDiv: r = divide(a, b); break;
                default: r = divide(b, a); break;
            }
            if (r) return r;
        }
    }
    return fall_back(which, self, args, nargs, kwnames);
}

// quantize(exp, rounding=None) in the current context (lib/decimal.py's Decimal.quantize).
Object* quantize_native(Object* self, Object* exp, Object* rounding_arg) {
    Operand a, q;
    if (exp->type != g.decimal || !read_decimal(self, &a) || !read_decimal(exp, &q)) return nullptr;
    Ctx ctx;
    if (!current_context(&ctx)) return nullptr;
    Rounding mode = ctx.rounding;
    if (rounding_arg && rounding_arg != None) {
        mode = rounding_of(rounding_arg);
        if (mode == kRoundingCount) return nullptr;
    }
    int64_t te = q.exp;
    if (te > ctx.emax || te < ctx.emin - ctx.prec + 1) return nullptr;
    u128 c = a.coefficient;
    int64_t status = 0;
    if (te >= a.exp) {
        bool lost;
        c = round_int(c, te - a.exp, a.sign, mode, &lost);
        if (te > a.exp && a.coefficient) status |= kRounded | (lost ? kInexact : 0);
    } else {
        int64_t shift = a.exp - te;
        if (shift > kMaxDigits || c >= pow10(kMaxDigits - int(shift))) return nullptr;
        c *= pow10(int(shift));
    }
    if (c) {
        int64_t adj = te + digits(c) - 1;
        if (adj - te >= ctx.prec || adj > ctx.emax) return nullptr;   // InvalidOperation
        if (adj < ctx.emin) status |= kSubnormal;
    }
    if (ctx.clamp && te > ctx.emax - ctx.prec + 1) return nullptr;
    return finish(a.sign, c, te, ctx, status);
}

const char* const kQuantizeNames[] = {"exp", "rounding", "context"};

Object* quantize(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exp = nullptr;
    Object* rounding = nullptr;
    bool simple = !kwnames && (nargs == 1 || nargs == 2);
    if (simple) {
        exp = args[0];
        rounding = nargs == 2 ? args[1] : nullptr;
    } else if (kwnames && nargs <= 2) {
        // quantize(cents, rounding=ROUND_HALF_EVEN): the keyword form is the usual one
        size_t nkw = size_t(tuple_size(kwnames));
        simple = nargs + nkw <= 2 && nargs >= 1;
        for (size_t i = 0; simple && i < nkw; ++i) {
            Object* name = tuple_item(kwnames, ssize(i));
            if (str_view(name) == "rounding" && nargs == 1) rounding = args[nargs + i];
            else simple = false;
        }
        if (simple) exp = args[0];
    }
    if (simple) {
        if (Object* r = quantize_native(self, exp, rounding)) return r;
    }
    return fall_back(kQuantize, self, args, nargs, kwnames);
}

// str(d) of a finite Decimal that prints without an exponent.
Object* str_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Operand a;
    if (nargs == 0 && !kwnames && read_decimal(self, &a)) {
        char digit_text[kMaxDigits + 1];
        int n = 0;
        for (u128 v = a.coefficient; n == 0 || v; v /= 10) digit_text[n++] = char('0' + int(v % 10));
        std::reverse(digit_text, digit_text + n);
        int64_t left = a.exp + n;
        if (a.exp <= 0 && left > -6) {
            char out[kMaxDigits + 16];
            char* p = out;
            if (a.sign) *p++ = '-';
            if (left <= 0) {
                *p++ = '0';
                *p++ = '.';
                for (int64_t i = 0; i < -left; ++i) *p++ = '0';
                std::memcpy(p, digit_text, size_t(n));
                p += n;
            } else {
                std::memcpy(p, digit_text, size_t(left));
                p += left;
                if (left < n) {
                    *p++ = '.';
                    std::memcpy(p, digit_text + left, size_t(n - left));
                    p += n - left;
                }
            }
            return str_from(std::string_view(out, size_t(p - out)));
        }
    }
    return fall_back(kStr, self, args, nargs, kwnames);
}

// The decimal digits of v.
std::string digit_string(u128 v) {
    char text[kMaxDigits + 1];
    int n = 0;
    do {
        text[n++] = char('0' + int(v % 10));
        v /= 10;
    } while (v);
    std::reverse(text, text + n);
    return std::string(text, size_t(n));
}

// format(d, spec) for the fixed-point specs money code uses: [sign][width][,].<digits>f (or F),
// no fill, alignment or zero padding; the value is rounded to <digits> places with the current
// context's rounding, as lib/decimal.py's _format does. False: not handled here.
bool format_fixed(const Operand& a, std::string_view spec, std::string* out) {
    size_t i = 0, n = spec.size();
    char sign_option = '-';
    if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign_option = spec[i++];
    if (i < n && spec[i] == '0') return false;   // zero padding
    int64_t width = 0;
    for (; i < n && spec[i] >= '0' && spec[i] <= '9'; ++i) {
        width = width * 10 + (spec[i] - '0');
        if (width > 1000) return false;
    }
    bool group = i < n && spec[i] == ',';
    if (group) ++i;
    if (i >= n || spec[i] != '.') return false;
    int64_t places = 0;
    size_t start = ++i;
    for (; i < n && spec[i] >= '0' && spec[i] <= '9'; ++i) places = places * 10 + (spec[i] - '0');
    if (i == start || i - start > 2 || i + 1 != n || (spec[i] != 'f' && spec[i] != 'F')) return false;
    Ctx ctx;
    if (!current_context(&ctx)) return false;
    u128 c = a.coefficient;
    int64_t e = a.exp;
    if (e < -places) {
        bool lost;
        c = round_int(c, -places - e, a.sign, ctx.rounding, &lost);
    } else if (e > -places) {
        int64_t shift = e + places;
        if (digits(c) + shift > kMaxDigits) return false;
        c *= pow10(int(shift));
    }
    std::string text = digit_string(c);
    int64_t dot = int64_t(text.size()) - places;   // digits before the point
    std::string intpart, frac;
    if (dot <= 0) {
        intpart = "0";
        frac = std::string(size_t(-dot), '0') + text;
    } else {
        intpart = text.substr(0, size_t(dot));
        frac = text.substr(size_t(dot));
    }
    if (group) {
        std::string grouped;
        for (size_t k = 0; k < intpart.size(); ++k) {
            if (k && (intpart.size() - k) % 3 == 0) grouped += ',';
            grouped += intpart[k];
        }
        intpart = grouped;
    }
    std::string body = intpart + (frac.empty() ? "" : "." + frac);
    const char* sign = a.sign ? "-" : (sign_option == '+' ? "+" : (sign_option == ' ' ? " " : ""));
    int64_t pad = width - int64_t(std::strlen(sign) + body.size());
    *out = (pad > 0 ? std::string(size_t(pad), ' ') : std::string()) + sign + body;
    return true;
}

Object* format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Operand a;
    std::string text;
    if (nargs == 1 && !kwnames && is_str_exact(args[0]) && read_decimal(self, &a) &&
        format_fixed(a, str_view(args[0]), &text))
        return str_from(text);
    return fall_back(kFormat, self, args, nargs, kwnames);
}

// Decimal.__new__(cls, value="0", context=None), native for Decimal(int) and simple numeric strings.
Object* new_method(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 2 && !kwnames && args[0] == g.decimal) {
        int64_t v;
        if (is_int_exact(args[1]) && accel_small_int(args[1], &v) && v > INT64_MIN)
            return make_decimal(v < 0, u128(v < 0 ? -v : v), 0);
        Operand parsed;
        if (is_str_exact(args[1]) && parse_simple(args[1], &parsed))
            return make_decimal(parsed.sign, parsed.coefficient, parsed.exp);
    }
    if (err_occurred()) return nullptr;
    return call(g.originals[kNew], args, nargs, kwnames);
}

const MethodDef kReplacements[kReplacedCount] = {
    {"__add__", binary<kAdd>},         {"__radd__", binary<kRadd>},
    {"__sub__", binary<kSub>},         {"__rsub__", binary<kRsub>},
    {"__mul__", binary<kMul>},         {"__rmul__", binary<kRmul>},
    {"__truediv__", binary<kTrueDiv>}, {"__rtruediv__", binary<kRtrueDiv>},
    {"quantize", quantize},            {"__str__", str_method},
    {"__new__", new_method},           {"__eq__", rich_compare<kEq>},
    {"__ne__", rich_compare<kNe>},     {"__lt__", rich_compare<kLt>},
    {"__le__", rich_compare<kLe>},     {"__gt__", rich_compare<kGt>},
    {"__ge__", rich_compare<kGe>},     {"__hash__", hash_method},
    {"__format__", format_method},
};

void reset_state() { g = State(); }

// install(Decimal, Context, context_var, roundings): takes over the methods in kReplacements.
Object* m_install(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("install", nargs, kwnames, 4, 4)) return nullptr;
    if (!is_type(args[0]) || !is_type(args[1]) || !is_tuple(args[3]) || tuple_size(args[3]) != kRoundingCount)
        return err_set_string(TypeError, "install(Decimal, Context, var, roundings)");
    TypeObject* decimal = static_cast<TypeObject*>(args[0]);
    TypeObject* context = static_cast<TypeObject*>(args[1]);
    // One Decimal class per runtime is accelerated: a copy of the module imported afresh
    // (test.support's import_fresh_module) stays pure Python, as the state here, the originals
    // included, belongs to the first.
    if (g.decimal && g.decimal != decimal) return newref(None);
    State s;
    for (int i = 0; i < kDecimalSlots; ++i)
        if (!accel_slot_offset(decimal, kDecimalSlotNames[i], &s.decimal_offsets[i])) return nullptr;
    for (int i = 0; i < kContextSlots; ++i)
        if (!accel_slot_offset(context, kContextSlotNames[i], &s.context_offsets[i])) return nullptr;
    for (int i = 0; i < kReplacedCount; ++i)
        if (!accel_python_method(decimal, kReplacements[i].name)) return nullptr;
    // Every check passed: from here on the state is the new one.
    // CPython's Decimal and Context are C types whose tp_name is 'decimal.Decimal' and
    // 'decimal.Context': the interpreter's own messages ("unsupported operand type(s) for +:
    // 'decimal.Decimal' and 'str'", "'decimal.Decimal' object has no attribute 'x'") print that
    // name, while __name__ stays 'Decimal'.
    decimal->name = "decimal.Decimal";
    context->name = "decimal.Context";
    runtime_on_teardown(reset_state);
    runtime_slot(&g.decimal);
    runtime_slot(&g.context);
    runtime_slot(&g.var);
    Object* old_types[] = {g.decimal, g.context};
    g.decimal = static_cast<TypeObject*>(newref(args[0]));
    g.context = static_cast<TypeObject*>(newref(args[1]));
    for (Object* old : old_types) xdecref(old);
    setref(g.var, newref(args[2]));
    std::memcpy(g.decimal_offsets, s.decimal_offsets, sizeof s.decimal_offsets);
    std::memcpy(g.context_offsets, s.context_offsets, sizeof s.context_offsets);
    for (int i = 0; i < kRoundingCount; ++i) {
        runtime_slot(&g.roundings[i]);
        setref(g.roundings[i], newref(tuple_item(args[3], i)));
    }
    for (int i = 0; i < kReplacedCount; ++i) {
        runtime_slot(&g.originals[i]);
        setref(g.originals[i], newref(accel_python_method(decimal, kReplacements[i].name)));
        if (!accel_replace_method(decimal, &kReplacements[i])) return nullptr;
    }
    return newref(None);
}

const MethodDef kFunctions[] = {
    {"install", m_install},
    {nullptr, nullptr},
};

}  // namespace

Object* make_decimal_accel_module() {
    Object* m = module_new("_decimal_accel");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
