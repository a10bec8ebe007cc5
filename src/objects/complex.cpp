// The complex type: arithmetic with int/float/complex operands (either side, since int and float
// answer NotImplemented for complex), equality, the numeric hash, repr and format(), and the
// complex() constructor with its string grammar. Float digits come from float_repr.cpp.
// No cmath here: that module would build on the helpers below.
// CPython counterpart: Objects/complexobject.c (and format_complex_internal in formatter_unicode.c).
#include "objects/complex.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject ComplexType;

namespace {

struct Cx {
    double real;
    double imag;
};

// A complex instance of `type` (complex or a subclass).
Object* complex_subtype_from(TypeObject* type, double real, double imag) {
    auto* c = static_cast<ComplexObject*>(alloc_object(type));
    if (!c) return nullptr;
    c->real = real;
    c->imag = imag;
    return c;
}

void complex_dealloc(Object* o) { free_object(o); }

// Converts an operand of a mixed operation (CPython's to_complex). Returns false without an
// exception when the operand is not int/float/complex (the slot answers NotImplemented), false
// with OverflowError for an int too large for a double.
bool operand_complex(Object* o, Cx* out, bool* error) {
    *error = false;
    if (is_complex(o)) {
        *out = {complex_real(o), complex_imag(o)};
        return true;
    }
    if (is_float(o)) {
        *out = {float_value(o), 0.0};
        return true;
    }
    if (is_int(o)) {
        bool overflow;
        double d = int_as_double(o, &overflow);
        if (overflow) {
            err_set_string(OverflowError, "int too large to convert to float");
            *error = true;
            return false;
        }
        *out = {d, 0.0};
        return true;
    }
    return false;
}

#define PYGEN_COMPLEX_OPERANDS(a, b, x, y)                           \
    Cx x, y;                                                          \
    {                                                                 \
        bool error_;                                                  \
        if (!operand_complex(a, &x, &error_))                         \
            return error_ ? nullptr : incref(NotImplemented);         \
        if (!operand_complex(b, &y, &error_))                         \
            return error_ ? nullptr : incref(NotImplemented);         \
    }

// ---- Arithmetic on values ----

Cx c_prod(Cx a, Cx b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// CPython: complexobject.c, _Py_c_quot (Smith's method, scaled by the larger part of b).
// *zero_division is set when b is 0.
Cx c_quot(Cx a, Cx b, bool* zero_division) {
    double abs_breal = std::fabs(b.real);
    double abs_bimag = std::fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *zero_division = true;
            return {0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return {NAN, NAN};   // a NaN in b
}

// CPython: complexobject.c, _Py_c_pow. *domain_error for 0 to a negative or complex power.
Cx c_pow(Cx a, Cx b, bool* domain_error) {
    if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *domain_error = true;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= std::exp(at * b.imag);
        phase += b.imag * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

// Repeated squaring for small integral exponents (CPython: c_powu / c_powi), which is both
// faster and more accurate than going through polar form.
Cx c_powi(Cx x, long n, bool* domain_error) {
    long count = n < 0 ? -n : n;
    Cx r = {1.0, 0.0};
    Cx p = x;
    for (long mask = 1; mask > 0 && count >= mask; mask <<= 1) {
        if (count & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    if (n > 0) return r;
    return c_quot({1.0, 0.0}, r, domain_error);
}

Object* complex_add(Object* a, Object* b) {
    PYGEN_COMPLEX_OPERANDS(a, b, x, y);
    return complex_from(x.real + y.real, x.imag + y.imag);
}

Object* complex_sub(Object* a, Object* b) {
    PYGEN_COMPLEX_OPERANDS(a, b, x, y);
    return complex_from(x.real - y.real, x.imag - y.imag);
}

Object* complex_mul(Object* a, Object* b) {
    PYGEN_COMPLEX_OPERANDS(a, b, x, y);
    Cx r = c_prod(x, y);
    return complex_from(r.real, r.imag);
}

Object* complex_truediv(Object* a, Object* b) {
    PYGEN_COMPLEX_OPERANDS(a, b, x, y);
    bool zero_division = false;
    Cx r = c_quot(x, y, &zero_division);
    if (zero_division) return err_set_string(ZeroDivisionError, "complex division by zero");
    return complex_from(r.real, r.imag);
}

Object* complex_pow3(Object* a, Object* b, Object* m) {
    PYGEN_COMPLEX_OPERANDS(a, b, x, y);
    if (m != None) return err_set_string(ValueError, "complex modulo");
    bool domain_error = false;
    Cx r;
    if (y.imag == 0.0 && y.real == std::floor(y.real) && std::fabs(y.real) <= 100.0)
        r = c_powi(x, static_cast<long>(y.real), &domain_error);
    else
        r = c_pow(x, y, &domain_error);
    if (domain_error) return err_set_string(ZeroDivisionError, "0.0 to a negative or complex power");
    if (std::isinf(r.real) || std::isinf(r.imag))
        return err_set_string(OverflowError, "complex exponentiation");
    return complex_from(r.real, r.imag);
}

Object* complex_neg(Object* a) { return complex_from(-complex_real(a), -complex_imag(a)); }

Object* complex_pos(Object* a) {
    if (a->type == &ComplexType) return incref(a);
    return complex_from(complex_real(a), complex_imag(a));
}

// CPython: complexobject.c, _Py_c_abs — an infinite part wins over a NaN in the other part.
Object* complex_abs(Object* a) {
    double re = complex_real(a), im = complex_imag(a);
    double r;
    if (std::isinf(re) || std::isinf(im)) {
        r = HUGE_VAL;
    } else if (std::isnan(re) || std::isnan(im)) {
        r = NAN;
    } else {
        r = std::hypot(re, im);
        if (std::isinf(r)) return err_set_string(OverflowError, "absolute value too large");
    }
    return float_from(r);
}

int complex_bool(Object* a) { return complex_real(a) != 0.0 || complex_imag(a) != 0.0 ? 1 : 0; }

// ---- Comparison and hash ----

// Only == and != exist; an int is compared exactly through float's comparison.
Object* complex_richcompare(Object* a, Object* b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return incref(NotImplemented);
    double re = complex_real(a), im = complex_imag(a);
    bool equal;
    if (is_int(b)) {
        if (im != 0.0) {
            equal = false;
        } else {
            Ref<> f = Ref<>::steal(float_from(re));
            if (!f) return nullptr;
            return object_rich_compare(f.get(), b, op);
        }
    } else if (is_float(b)) {
        equal = re == float_value(b) && im == 0.0;
    } else if (is_complex(b)) {
        equal = re == complex_real(b) && im == complex_imag(b);
    } else {
        return incref(NotImplemented);
    }
    return bool_from(equal == (op == CompareOp::Eq));
}

// CPython: complexobject.c, complex_hash — hash(real) + 1000003 * hash(imag) in unsigned
// arithmetic, so a complex with imag 0 hashes like its real part. NaNs hash by identity.
int64_t complex_hash(Object* o) {
    auto part = [o](double v) -> uint64_t {
        if (std::isnan(v)) return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o) >> 4);
        return static_cast<uint64_t>(float_hash(v));
    };
    uint64_t combined = part(complex_real(o)) + 1000003u * part(complex_imag(o));
    auto h = static_cast<int64_t>(combined);
    return h == -1 ? -2 : h;
}

// ---- Text ----

// double_to_text, except that 'r' does not add ".0" to integral values (complex parts read
// "1+2j", and "1.+2.j" with '#'); shortest digits never end in a zero after the point, so a
// trailing ".0" is always that padding.
std::string repr_or_text(double v, char type, int precision, bool alternate) {
    std::string s = double_to_text(v, type, precision, alternate);
    if (type == 'r' && s.size() >= 2 && s.ends_with(".0")) s.resize(s.size() - (alternate ? 1 : 2));
    return s;
}

// One part as PyOS_double_to_string gives it; force_sign adds '+' to non-negative values
// (a NaN never shows '-').
std::string part_text(double v, char type, int precision, bool alternate, bool force_sign) {
    std::string s = repr_or_text(v, type, precision, alternate);
    if (force_sign && s[0] != '-') s.insert(s.begin(), '+');
    return s;
}

// CPython: complexobject.c, complex_repr — the real part is left out only when it is +0.0.
Object* complex_repr(Object* o) {
    double re = complex_real(o), im = complex_imag(o);
    std::string out;
    if (re == 0.0 && !std::signbit(re)) {
        out = part_text(im, 'r', 0, false, false) + "j";
    } else {
        out.push_back('(');
        out += part_text(re, 'r', 0, false, false);
        out += part_text(im, 'r', 0, false, true);
        out += "j)";
    }
    return str_from_known(out, static_cast<ssize>(out.size()));
}

// The format-spec fields complex uses: [[fill]align][sign][z][#][0][width][,|_][.precision][type].
struct ComplexSpec {
    uint32_t fill = ' ';
    bool fill_given = false;
    char align = 0;
    char sign = '-';
    bool no_neg_zero = false;
    bool alternate = false;
    ssize width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;
};

bool is_align_char(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// CPython: formatter_unicode.c, parse_internal_render_format_spec (the parts complex needs).
bool parse_complex_spec(Object* spec_obj, ComplexSpec* f) {
    std::string_view spec = str_view(spec_obj);
    std::u32string s;
    for (const char* p = spec.data(); p < spec.data() + spec.size();) s.push_back(utf8_decode(p));
    size_t pos = 0, n = s.size();
    if (n >= 2 && is_align_char(s[1])) {
        f->fill = s[0];
        f->fill_given = true;
        f->align = static_cast<char>(s[1]);
        pos = 2;
    } else if (n >= 1 && is_align_char(s[0])) {
        f->align = static_cast<char>(s[0]);
        pos = 1;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = static_cast<char>(s[pos++]);
    if (pos < n && s[pos] == 'z') { f->no_neg_zero = true; ++pos; }
    if (pos < n && s[pos] == '#') { f->alternate = true; ++pos; }
    if (!f->fill_given && pos < n && s[pos] == '0') {
        f->fill = '0';
        if (!f->align) f->align = '=';
        ++pos;
    }
    auto digits = [&](ssize* out) {
        size_t start = pos;
        ssize v = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
            if (v > (PTRDIFF_MAX - 9) / 10) {
                err_set_string(ValueError, "Too many decimal digits in format string");
                return -1;
            }
            v = v * 10 + static_cast<ssize>(s[pos++] - '0');
        }
        if (pos == start) return 0;
        *out = v;
        return 1;
    };
    if (digits(&f->width) < 0) return false;
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) f->grouping = static_cast<char>(s[pos++]);
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
        err_set_string(ValueError, f->grouping == ',' && s[pos] == ',' ? "Cannot specify ',' with ','."
                                                                      : "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < n && s[pos] == '.') {
        ++pos;
        ssize precision = -1;
        int got = digits(&precision);
        if (got < 0) return false;
        if (got == 0) {
            err_set_string(ValueError, "Format specifier missing precision");
            return false;
        }
        if (precision > INT32_MAX) {
            err_set_string(ValueError, "precision too big");
            return false;
        }
        f->precision = static_cast<int>(precision);
    }
    if (n - pos > 1) {
        err_format(ValueError, "Invalid format specifier '%U' for object of type 'complex'", spec_obj);
        return false;
    }
    if (pos < n) {
        uint32_t t = s[pos];
        if (t >= 0x80 || std::string_view("eEfFgGn").find(static_cast<char>(t)) == std::string_view::npos) {
            std::string code;
            char buf[4];
            code.assign(buf, utf8_encode(t, buf));
            err_format(ValueError, "Unknown format code '%s' for object of type 'complex'", code.c_str());
            return false;
        }
        f->type = static_cast<char>(t);
    }
    if (f->grouping && f->type == 'n') {
        err_format(ValueError, "Cannot specify '%c' with 'n'.", f->grouping);
        return false;
    }
    return true;
}

// Inserts the thousands separator into the integer digits of one formatted part.
std::string group_part(const std::string& text, char sep) {
    size_t start = (text[0] == '-' || text[0] == '+' || text[0] == ' ') ? 1 : 0;
    size_t end = start;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    std::string digits = text.substr(start, end - start);
    std::string grouped;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(sep);
        grouped.push_back(digits[i]);
    }
    return text.substr(0, start) + grouped + text.substr(end);
}

// One part under the spec's sign rule: '-' only, '+' always, ' ' a space for non-negatives;
// 'z' turns a negative zero (after rounding) into a positive one.
std::string signed_part(double v, char type, int precision, const ComplexSpec& f, char sign) {
    std::string s = repr_or_text(v, type, precision, f.alternate);
    if (f.no_neg_zero && s[0] == '-' && s.find_first_of("123456789") == std::string::npos &&
        s.find_first_of("in") == std::string::npos)
        s.erase(0, 1);
    if (s[0] != '-') {
        if (sign == '+') s.insert(s.begin(), '+');
        else if (sign == ' ') s.insert(s.begin(), ' ');
    }
    if (f.grouping) s = group_part(s, f.grouping);
    return s;
}

// CPython: formatter_unicode.c, format_complex_internal.
Object* format_complex(Object* self, Object* spec_obj) {
    ComplexSpec f;
    if (!parse_complex_spec(spec_obj, &f)) return nullptr;
    if (f.fill == '0') return err_set_string(ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return err_set_string(ValueError, "'=' alignment flag is not allowed in complex format specifier");
    double re = complex_real(self), im = complex_imag(self);
    char type = f.type;
    int precision = f.precision;
    bool skip_re = false, add_parens = false;
    if (type == 0) {
        // Like str(self), with the parentheses unless the real part is +0.0.
        type = 'r';
        if (re == 0.0 && !std::signbit(re)) skip_re = true;
        else add_parens = true;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = type == 'r' ? 0 : 6;
    else if (type == 'r') type = 'g';
    std::string body;
    if (!skip_re) body = signed_part(re, type, precision, f, f.sign);
    body += signed_part(im, type, precision, f, skip_re ? f.sign : '+');
    body += 'j';
    if (add_parens) {
        body.insert(body.begin(), '(');
        body.push_back(')');
    }
    auto length = static_cast<ssize>(body.size());
    ssize pad = f.width > length ? f.width - length : 0;
    ssize left = 0;
    char align = f.align ? f.align : '>';
    if (align == '>') left = pad;
    else if (align == '^') left = pad / 2;
    char fill_buf[4];
    std::string fill(fill_buf, utf8_encode(f.fill, fill_buf));
    std::string out;
    for (ssize i = 0; i < left; ++i) out += fill;
    out += body;
    for (ssize i = left; i < pad; ++i) out += fill;
    return str_from(out);
}

// ---- complex() ----

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool ieq(std::string_view text, size_t pos, std::string_view word) {
    if (text.size() - pos < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
        if ((text[pos + i] | 0x20) != word[i]) return false;
    return true;
}

// Reads a float at text[pos] (CPython's PyOS_string_to_double without leading whitespace):
// optional sign, then digits with an optional point and exponent, or inf/infinity/nan. Returns
// the position after it, or pos when there is no number there.
size_t read_double(std::string_view text, size_t pos, double* out) {
    size_t i = pos;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    if (ieq(text, i, "infinity")) { *out = negative ? -HUGE_VAL : HUGE_VAL; return i + 8; }
    if (ieq(text, i, "inf")) { *out = negative ? -HUGE_VAL : HUGE_VAL; return i + 3; }
    if (ieq(text, i, "nan")) { *out = negative ? -NAN : NAN; return i + 3; }
    size_t start = i;
    auto is_digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    size_t digit_count = 0;
    while (is_digit(i)) { ++i; ++digit_count; }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (is_digit(i)) { ++i; ++digit_count; }
    }
    if (digit_count == 0) return pos;
    if (i < text.size() && (text[i] | 0x20) == 'e') {
        size_t k = i + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-')) ++k;
        if (is_digit(k)) {
            while (is_digit(k)) ++k;
            i = k;
        }
    }
    double v = 0.0;
    auto r = std::from_chars(text.data() + start, text.data() + i, v, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range) v = std::strtod(std::string(text.substr(start, i - start)).c_str(), nullptr);
    *out = negative ? -v : v;
    return i;
}

// CPython: complexobject.c, complex_from_string_inner. Forms: <float>, <float>j,
// <float><signed-float>j, <float><sign>j, <sign>j, j; optionally in parentheses.
bool parse_complex_text(std::string_view s, Cx* out) {
    size_t pos = 0, n = s.size();
    double x = 0.0, y = 0.0, z;
    while (pos < n && is_ascii_space(s[pos])) ++pos;
    bool bracket = pos < n && s[pos] == '(';
    if (bracket) {
        ++pos;
        while (pos < n && is_ascii_space(s[pos])) ++pos;
    }
    auto is_j = [&](size_t k) { return k < n && (s[k] == 'j' || s[k] == 'J'); };
    size_t end = read_double(s, pos, &z);
    if (end != pos) {
        pos = end;
        if (pos < n && (s[pos] == '+' || s[pos] == '-')) {
            x = z;
            end = read_double(s, pos, &y);
            if (end != pos) {
                pos = end;
            } else {
                y = s[pos] == '+' ? 1.0 : -1.0;
                ++pos;
            }
            if (!is_j(pos)) return false;
            ++pos;
        } else if (is_j(pos)) {
            ++pos;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (pos < n && (s[pos] == '+' || s[pos] == '-')) {
            y = s[pos] == '+' ? 1.0 : -1.0;
            ++pos;
        } else {
            y = 1.0;
        }
        if (!is_j(pos)) return false;
        ++pos;
    }
    while (pos < n && is_ascii_space(s[pos])) ++pos;
    if (bracket) {
        if (pos >= n || s[pos] != ')') return false;
        ++pos;
        while (pos < n && is_ascii_space(s[pos])) ++pos;
    }
    if (pos != n) return false;
    *out = {x, y};
    return true;
}

// complex(str): non-ASCII spaces and decimal digits are read as their ASCII equivalents, and
// underscores are dropped where they sit between two digits.
Object* complex_from_str(TypeObject* type, Object* str) {
    std::string_view text = str_view(str);
    std::string ascii;
    ascii.reserve(text.size());
    for (const char* p = text.data(); p < text.data() + text.size();) {
        uint32_t cp = utf8_decode(p);
        if (cp < 0x80) ascii.push_back(static_cast<char>(cp));
        else if (unicode_is_space(cp)) ascii.push_back(' ');
        else if (int d = unicode_decimal_value(cp); d >= 0) ascii.push_back(static_cast<char>('0' + d));
        else ascii.push_back('?');
    }
    if (ascii.find('_') != std::string::npos) {
        // CPython: pystrtod.c, _Py_string_to_number_with_underscores.
        std::string clean;
        char prev = 0;
        auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
        for (char c : ascii) {
            if (c == '_') {
                if (!is_digit(prev)) return err_format(ValueError, "could not convert string to complex: %R", str);
            } else {
                if (prev == '_' && !is_digit(c)) return err_format(ValueError, "could not convert string to complex: %R", str);
                clean.push_back(c);
            }
            prev = c;
        }
        if (prev == '_') return err_format(ValueError, "could not convert string to complex: %R", str);
        ascii = std::move(clean);
    }
    Cx c;
    if (!parse_complex_text(ascii, &c)) return err_set_string(ValueError, "complex() arg is a malformed string");
    return complex_subtype_from(type, c.real, c.imag);
}

// obj.__complex__() when the type defines it: new ref, null with an error, or null without
// one when there is no such method. CPython: complexobject.c, try_complex_special_method.
Object* try_complex_special_method(Object* o) {
    static Object* name = str_intern("__complex__");
    Ref<> method = Ref<>::steal(lookup_special(o, name));
    if (!method) return nullptr;
    Object* res = call0(method.get());
    if (!res || res->type == &ComplexType) return res;
    if (is_complex(res)) return warn_strict_subclass(res, "__complex__ returned non-complex", "complex");
    err_format(TypeError, "__complex__ returned non-complex (type %s)", type_name(res));
    decref(res);
    return nullptr;
}

bool is_number(Object* o) {
    TypeObject* t = o->type;
    return t->nb_index || t->nb_int || t->nb_float || is_complex(o);
}

// The float value of a non-complex constructor argument (CPython's PyNumber_Float).
bool argument_double(Object* o, double* out) {
    Ref<> f = Ref<>::steal(number_float(o));
    if (!f) return false;
    *out = float_value(f.get());
    return true;
}

// CPython: complexobject.c, complex_new_impl. complex(real=0, imag=0).
Object* complex_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"real", "imag"};
    Object* a[2] = {nullptr, nullptr};
    if (!arg_bind("complex", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    Object* r = a[0];
    Object* i = a[1];
    Ref<> zero;
    if (!r) {
        if (!i) return complex_subtype_from(type, 0.0, 0.0);
        zero = Ref<>::steal(int_from_i64(0));
        r = zero.get();
    }
    if (r->type == &ComplexType && !i && type == &ComplexType) return incref(r);
    if (is_str(r)) {
        if (i) return err_set_string(TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(type, r);
    }
    if (i && is_str(i)) return err_set_string(TypeError, "complex() second arg can't be a string");
    Ref<> real_owner = Ref<>::steal(try_complex_special_method(r));
    if (real_owner) r = real_owner.get();
    else if (err_occurred()) return nullptr;
    if (!is_number(r))
        return err_format(TypeError, "complex() first argument must be a string or a number, not '%s'",
                          type_name(r));
    if (i && !is_number(i))
        return err_format(TypeError, "complex() second argument must be a number, not '%s'", type_name(i));
    // The result is real + imag * 1j, each of which may itself be complex.
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (is_complex(r)) {
        cr = {complex_real(r), complex_imag(r)};
        cr_is_complex = true;
    } else if (!argument_double(r, &cr.real)) {
        return nullptr;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (is_complex(i)) {
        ci = {complex_real(i), complex_imag(i)};
        ci_is_complex = true;
    } else if (!argument_double(i, &ci.real)) {
        return nullptr;
    }
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    return complex_subtype_from(type, cr.real, ci.real);
}

// ---- Methods and attributes ----

bool no_args(const char* name, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(name, kwnames) && arg_check_positional(name, nargs, 0, 0);
}

Object* complex_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("complex.conjugate", nargs, kwnames)) return nullptr;
    return complex_from(complex_real(self), -complex_imag(self));
}

Object* complex_dunder_complex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("complex.__complex__", nargs, kwnames)) return nullptr;
    return complex_pos(self);
}

Object* complex_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!no_args("complex.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref<> re = Ref<>::steal(float_from(complex_real(self)));
    Ref<> im = Ref<>::steal(float_from(complex_imag(self)));
    if (!re || !im) return nullptr;
    return tuple_pack({re.get(), im.get()});
}

Object* complex_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("complex.__format__", kwnames) || !arg_check_positional("__format__", nargs, 1, 1))
        return nullptr;
    if (!is_str(args[0]))
        return err_format(TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
    if (str_view(args[0]).empty()) return object_str(self);
    return format_complex(self, args[0]);
}

Object* complex_get_real(Object* self) { return float_from(complex_real(self)); }
Object* complex_get_imag(Object* self) { return float_from(complex_imag(self)); }

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate},
    {"__complex__", complex_dunder_complex},
    {"__getnewargs__", complex_getnewargs},
    {"__format__", complex_format_method},
    {nullptr, nullptr},
};

const GetSetDef kComplexGetSet[] = {
    {"real", complex_get_real},
    {"imag", complex_get_imag},
    {nullptr, nullptr},
};

}  // namespace

Object* complex_from(double real, double imag) { return complex_subtype_from(&ComplexType, real, imag); }

Object* complex_power(Object* a, Object* b) { return complex_pow3(a, b, None); }

void init_complex_type() {
    ComplexType.name = "complex";
    ComplexType.basicsize = sizeof(ComplexObject);
    ComplexType.flags = kTypeBaseType;
    ComplexType.base = &ObjectType;
    ComplexType.dealloc = complex_dealloc;
    ComplexType.repr = complex_repr;
    ComplexType.hash = complex_hash;
    ComplexType.richcompare = complex_richcompare;
    ComplexType.tp_new = complex_new;
    ComplexType.methods = kComplexMethods;
    ComplexType.getset = kComplexGetSet;
    auto set = [](BinOp op, BinaryFn fn) { ComplexType.nb[static_cast<int>(op)] = fn; };
    set(BinOp::Add, complex_add);
    set(BinOp::Sub, complex_sub);
    set(BinOp::Mul, complex_mul);
    set(BinOp::TrueDiv, complex_truediv);
    set(BinOp::Pow, complex_power);
    ComplexType.nb_negative = complex_neg;
    ComplexType.nb_positive = complex_pos;
    ComplexType.nb_absolute = complex_abs;
    ComplexType.nb_bool = complex_bool;
    ComplexType.nb_power3 = complex_pow3;
    (void)type_ready(&ComplexType);
}

}  // namespace pygen
