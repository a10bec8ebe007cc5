// Double -> text for repr, format() and %-formatting, and the decimal rounding behind
// round(x, n). Digits come from std::to_chars (shortest round-trip, or correctly rounded to a
// precision); the layout rules (when to use an exponent, "1e+16", "1e-05", ".0") are CPython's.
// CPython counterparts: Python/pystrtod.c (PyOS_double_to_string), floatobject.c (double_round).
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"

namespace pygen {

namespace {

// Splits to_chars scientific output "d.ddde+XX" into its digits ("dddd") and decimal exponent.
void split_scientific(std::string_view text, std::string* digits, int* exponent) {
    digits->clear();
    size_t e = text.find('e');
    for (size_t i = 0; i < e; ++i)
        if (text[i] != '.') digits->push_back(text[i]);
    *exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
}

std::string exponent_text(int exponent) {
    std::string s = exponent < 0 ? "e-" : "e+";
    int a = exponent < 0 ? -exponent : exponent;
    if (a < 10) s.push_back('0');
    s += std::to_string(a);
    return s;
}

// Lays out digits d1 d2 ... dn (value 0.d1d2...dn * 10**decpt) in fixed notation with at least
// min_frac fractional digits (zero padded).
std::string fixed_layout(const std::string& digits, int decpt, int min_frac) {
    std::string out;
    int n = static_cast<int>(digits.size());
    if (decpt <= 0) {
        out = "0.";
        out.append(static_cast<size_t>(-decpt), '0');
        out += digits;
    } else if (decpt >= n) {
        out = digits;
        out.append(static_cast<size_t>(decpt - n), '0');
        out.push_back('.');
    } else {
        out = digits.substr(0, static_cast<size_t>(decpt));
        out.push_back('.');
        out += digits.substr(static_cast<size_t>(decpt));
    }
    size_t dot = out.find('.');
    int frac = static_cast<int>(out.size() - dot - 1);
    if (frac < min_frac) out.append(static_cast<size_t>(min_frac - frac), '0');
    return out;
}

std::string scientific_layout(const std::string& digits, int decpt, bool keep_point) {
    std::string out(1, digits[0]);
    if (digits.size() > 1 || keep_point) out.push_back('.');
    out += digits.substr(1);
    return out + exponent_text(decpt - 1);
}

void strip_trailing_zeros(std::string* digits) {
    while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
}

// Shortest digits of |v| (v finite, non-zero).
void shortest_digits(double v, std::string* digits, int* decpt) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    int exponent;
    split_scientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)), digits, &exponent);
    *decpt = exponent + 1;
}

// `count` significant digits of |v|, correctly rounded.
void precise_digits(double v, int count, std::string* digits, int* decpt) {
    if (v == 0.0) {
        digits->assign(static_cast<size_t>(count), '0');
        *decpt = 1;
        return;
    }
    std::string buf(static_cast<size_t>(count) + 32, '\0');
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v),
                           std::chars_format::scientific, count - 1);
    int exponent;
    split_scientific(std::string_view(buf.data(), static_cast<size_t>(r.ptr - buf.data())), digits,
                     &exponent);
    *decpt = exponent + 1;
}

}  // namespace

std::string double_to_text(double v, char type, int precision, bool alternate, bool add_dot_0) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool negative = std::signbit(v);
    std::string body;
    if (std::isnan(v)) {
        return upper ? "NAN" : "nan";
    }
    if (std::isinf(v)) {
        body = upper ? "INF" : "inf";
        return negative ? "-" + body : body;
    }
    char lower_type = static_cast<char>(type | 0x20);
    if (type == 'r') {
        if (v == 0.0) {
            body = "0.0";
        } else {
            std::string digits;
            int decpt;
            shortest_digits(v, &digits, &decpt);
            // CPython's repr switches to an exponent below 1e-4 and from 1e16 on.
            if (decpt > -4 && decpt <= 16)
                body = fixed_layout(digits, decpt, 1);
            else
                body = scientific_layout(digits, decpt, alternate);
        }
    } else if (lower_type == 'f') {
        if (precision < 0) precision = 6;
        std::string buf(static_cast<size_t>(precision) + 330, '\0');
        auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v),
                               std::chars_format::fixed, precision);
        body.assign(buf.data(), r.ptr);
        if (alternate && precision == 0) body.push_back('.');
    } else if (lower_type == 'e') {
        if (precision < 0) precision = 6;
        std::string digits;
        int decpt;
        precise_digits(v, precision + 1, &digits, &decpt);
        if (v == 0.0) decpt = 1;
        body = scientific_layout(digits, decpt, alternate);
    } else {
        // 'g': precision significant digits, exponent when it is < -4 or >= precision.
        if (precision < 0) precision = 6;
        if (precision == 0) precision = 1;
        std::string digits;
        int decpt;
        precise_digits(v, precision, &digits, &decpt);
        if (v == 0.0) decpt = 1;
        int exponent = decpt - 1;
        if (!alternate) strip_trailing_zeros(&digits);
        // With add_dot_0 the ".0" counts as a digit: 15.0 at precision 2 needs an exponent.
        if (exponent >= -4 && decpt <= precision - (add_dot_0 ? 1 : 0)) {
            int min_frac = alternate ? precision - decpt : 0;
            body = fixed_layout(digits, decpt, min_frac);
            if (body.back() == '.' && !alternate) {
                if (add_dot_0)
                    body.push_back('0');
                else
                    body.pop_back();
            }
        } else {
            body = scientific_layout(digits, decpt, alternate);
        }
    }
    if (upper)
        for (char& c : body)
            if (c == 'e') c = 'E';
    return negative ? "-" + body : body;
}

std::string float_repr_text(double v) { return double_to_text(v, 'r', -1, false); }

// CPython: floatobject.c, double_round — the decimal string correctly rounded to ndigits
// places, read back. Negative ndigits round the exact value with integer arithmetic.
double float_round_ndigits(double x, int ndigits, bool* overflow) {
    *overflow = false;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    if (ndigits >= 0) {
        std::string buf(static_cast<size_t>(ndigits) + 330, '\0');
        auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed,
                               ndigits);
        double out = 0.0;
        std::from_chars(buf.data(), r.ptr, out);
        if (out == 0.0) out = std::copysign(0.0, x);
        return out;
    }
    // x = num / den exactly; round x / 10**k half-even, then scale back up.
    Object* num_o = nullptr;
    Object* den_o = nullptr;
    if (!float_integer_ratio(x, &num_o, &den_o)) return x;
    Mpz ns, ds, num, den, q, r, twice;
    mpz_set(num.v, int_mpz(num_o, ns));
    mpz_set(den.v, int_mpz(den_o, ds));
    decref(num_o);
    decref(den_o);
    Mpz pow10;
    mpz_ui_pow_ui(pow10.v, 10, static_cast<unsigned long>(-ndigits));
    mpz_mul(den.v, den.v, pow10.v);
    mpz_fdiv_qr(q.v, r.v, num.v, den.v);
    mpz_mul_2exp(twice.v, r.v, 1);
    int c = mpz_cmp(twice.v, den.v);
    if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
    mpz_mul(q.v, q.v, pow10.v);
    Object* result = int_from_mpz(q.v);
    if (!result) return x;
    double out = int_as_double(result, overflow);
    decref(result);
    if (*overflow) return x;
    if (out == 0.0) out = std::copysign(0.0, x);
    return out;
}

bool float_integer_ratio(double x, Object** num, Object** den) {
    int exponent;
    double mant = std::frexp(x, &exponent);
    // mant * 2**53 is an integer for every finite double.
    auto m = static_cast<int64_t>(std::ldexp(mant, 53));
    exponent -= 53;
    if (m != 0) {
        int tz = __builtin_ctzll(static_cast<uint64_t>(m < 0 ? -m : m));
        m >>= tz;   // exact: the low bits are zero
        exponent += tz;
    } else {
        exponent = 0;
    }
    Mpz n, d;
    mpz_set_si(n.v, m);
    mpz_set_ui(d.v, 1);
    if (exponent > 0)
        mpz_mul_2exp(n.v, n.v, static_cast<mp_bitcnt_t>(exponent));
    else
        mpz_mul_2exp(d.v, d.v, static_cast<mp_bitcnt_t>(-exponent));
    *num = int_from_mpz(n.v);
    if (!*num) return false;
    *den = int_from_mpz(d.v);
    if (!*den) { decref(*num); return false; }
    return true;
}

}  // namespace pygen
