// The format-spec mini-language for str, int and float (format(x, spec), f-strings) and the
// str.format / str.format_map field parser. %-formatting is in str_percent.cpp.
// CPython counterparts: Python/formatter_unicode.c, Objects/stringlib/unicode_format.h.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/format_float.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

struct FormatSpec {
    uint32_t fill = ' ';
    char align = 0;          // 0: the type's default ('<' text, '>' numbers)
    char sign = 0;           // 0, '+', '-', ' '
    bool no_neg_zero = false;  // 'z'
    bool alternate = false;  // '#'
    ssize width = -1;
    char grouping = 0;       // 0, ',', '_'
    ssize precision = -1;
    char type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Spec characters are parsed as given when the spec is ASCII (nearly always: "<6", "02d",
// ">10.3f"), and as decoded code points otherwise; Ch is char or char32_t.
template <class Ch>
bool parse_number(std::basic_string_view<Ch> s, size_t* pos, ssize* out) {
    ssize v = 0;
    size_t start = *pos;
    while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
        if (v > (PTRDIFF_MAX - 9) / 10) {
            err_set_string(ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + static_cast<ssize>(s[*pos] - '0');
        ++*pos;
    }
    *out = *pos > start ? v : -1;
    return true;
}

// The code point of spec character c (an ASCII char when Ch is char).
inline uint32_t spec_cp(char c) { return static_cast<unsigned char>(c); }
inline uint32_t spec_cp(char32_t c) { return static_cast<uint32_t>(c); }

// CPython: formatter_unicode.c, parse_internal_render_format_spec. default_align is '<' for
// str and '>' for numbers; '0' implies '=' only for numbers.
template <class Ch>
bool parse_spec_chars(std::basic_string_view<Ch> s, char default_type, char default_align, const char* owner,
                      FormatSpec* f) {
    size_t pos = 0, n = s.size();
    bool fill_given = false, align_given = false;
    if (n >= 2 && is_align(spec_cp(s[1]))) {
        f->fill = spec_cp(s[0]);
        f->align = static_cast<char>(s[1]);
        fill_given = align_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(spec_cp(s[0]))) {
        f->align = static_cast<char>(s[0]);
        align_given = true;
        pos = 1;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = static_cast<char>(s[pos++]);
    if (pos < n && s[pos] == 'z') { f->no_neg_zero = true; ++pos; }
    if (pos < n && s[pos] == '#') { f->alternate = true; ++pos; }
    if (!fill_given && pos < n && s[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        ++pos;
    }
    if (!parse_number(s, &pos, &f->width)) return false;
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
        f->grouping = static_cast<char>(s[pos++]);
        if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
            if (s[pos] != static_cast<Ch>(f->grouping))
                err_set_string(ValueError, "Cannot specify both ',' and '_'.");
            else
                err_format(ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->grouping);
            return false;
        }
    }
    if (pos < n && s[pos] == '.') {
        ++pos;
        if (!parse_number(s, &pos, &f->precision)) return false;
        if (f->precision < 0) {
            err_set_string(ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (n - pos > 1) {
        // The whole spec is shown as given.
        std::string tail;
        for (size_t i = 0; i < n; ++i) {
            char buf[4];
            tail.append(buf, utf8_encode(spec_cp(s[i]), buf));
        }
        err_format(ValueError, "Invalid format specifier '%s' for object of type '%s'", tail.c_str(), owner);
        return false;
    }
    uint32_t last = pos < n ? spec_cp(s[pos]) : 0;
    f->type = pos < n ? static_cast<char>(last < 128 ? last : '?') : default_type;
    if (pos < n && last >= 128) {
        err_format(ValueError, "Unknown format code '\\x%x' for object of type '%s'", static_cast<unsigned>(last), owner);
        return false;
    }
    if (f->grouping) {
        const char* allowed = f->grouping == ',' ? "deEfFgG%" : "deEfFgG%boxX";
        bool ok = f->type == 0 || std::string_view(allowed).find(f->type) != std::string_view::npos;
        if (!ok) {
            err_format(ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
            return false;
        }
    }
    return true;
}

bool parse_spec(std::string_view spec_utf8, char default_type, char default_align, const char* owner,
                FormatSpec* f) {
    if (utf8_is_ascii(spec_utf8)) return parse_spec_chars(spec_utf8, default_type, default_align, owner, f);
    std::u32string s;
    for (const char* p = spec_utf8.data(), *e = p + spec_utf8.size(); p < e;) s.push_back(utf8_decode(p));
    return parse_spec_chars(std::u32string_view(s), default_type, default_align, owner, f);
}

// A formatted result is a few pieces of text with runs of the fill character between them
// (sign | fill | digits for '=' alignment, fill | body | fill otherwise). It is sized first
// and written once into the new str: no intermediate std::string, no second scan for ASCII.
struct Piece {
    ssize fill_before;       // fill characters written before text
    std::string_view text;
};

// `length` is the result's code-point count (the pieces' own plus every fill).
Object* assemble(uint32_t fill, const Piece* pieces, int count, ssize fill_after, ssize length) {
    char fill_buf[4];
    size_t fill_bytes = utf8_encode(fill, fill_buf);
    size_t bytes = 0;
    ssize fills = fill_after;
    for (int i = 0; i < count; ++i) {
        bytes += pieces[i].text.size();
        fills += pieces[i].fill_before;
    }
    size_t fill_total;
    if (__builtin_mul_overflow(static_cast<size_t>(fills), fill_bytes, &fill_total) ||
        __builtin_add_overflow(bytes, fill_total, &bytes) || bytes > static_cast<size_t>(PTRDIFF_MAX)) {
        err_no_memory();
        return nullptr;
    }
    char* out;
    if (length <= 1) {
        // '' and single characters are the shared singletons: join the (at most 4) bytes first.
        char small[8];
        out = small;
        for (int i = 0; i < count; ++i) {
            for (ssize j = 0; j < pieces[i].fill_before; ++j, out += fill_bytes) std::memcpy(out, fill_buf, fill_bytes);
            // An empty piece's view may have no data pointer, which memcpy must not get.
            if (!pieces[i].text.empty()) std::memcpy(out, pieces[i].text.data(), pieces[i].text.size());
            out += pieces[i].text.size();
        }
        for (ssize j = 0; j < fill_after; ++j, out += fill_bytes) std::memcpy(out, fill_buf, fill_bytes);
        return str_from_known(std::string_view(small, static_cast<size_t>(out - small)), length);
    }
    Object* r = str_new_uninit(bytes, length, &out);
    if (!r) return nullptr;
    auto put_fill = [&](ssize k) {
        if (fill_bytes == 1) {
            std::memset(out, fill_buf[0], static_cast<size_t>(k));
            out += k;
        } else {
            for (ssize j = 0; j < k; ++j, out += fill_bytes) std::memcpy(out, fill_buf, fill_bytes);
        }
    };
    for (int i = 0; i < count; ++i) {
        put_fill(pieces[i].fill_before);
        if (!pieces[i].text.empty()) std::memcpy(out, pieces[i].text.data(), pieces[i].text.size());
        out += pieces[i].text.size();
    }
    put_fill(fill_after);
    return r;
}

// Pads `body` (code-point length `len`) to the spec's width.
Object* pad_to_width(const FormatSpec& f, std::string_view body, ssize len, char default_align) {
    if (f.width <= len) return str_from_known(body, len);
    ssize total = f.width - len;
    char align = f.align ? f.align : default_align;
    ssize left = align == '>' ? total : align == '^' ? total / 2 : 0;
    Piece p{left, body};
    return assemble(f.fill, &p, 1, total - left, f.width);
}

// Inserts a separator every `group` digits of an ASCII digit string; with min_width > 0 the
// number is first widened with zeros (fill '0' with '=' alignment) and never starts with a
// separator.
std::string group_digits(std::string_view digits, char sep, int group, ssize min_width) {
    std::string out;
    // Reserve first: an impossible width fails at once (MemoryError) instead of after filling.
    if (min_width > 0) out.reserve(static_cast<size_t>(min_width) + 1);
    ssize count = 0;
    for (size_t i = digits.size(); i-- > 0;) {
        if (sep && count > 0 && count % group == 0) out.push_back(sep);
        out.push_back(digits[i]);
        ++count;
    }
    while (static_cast<ssize>(out.size()) < min_width) {
        if (sep && count % group == 0) {
            out.push_back(sep);
            if (static_cast<ssize>(out.size()) >= min_width) { out.push_back('0'); ++count; break; }
        }
        out.push_back('0');
        ++count;
    }
    return std::string(out.rbegin(), out.rend());
}

// Lays out a number: sign, prefix, integer digits (grouped), the rest (fraction, exponent,
// suffix), then padding. `digits_are_numeric` is false for inf/nan (no grouping).
Object* layout_number(const FormatSpec& f, bool negative, std::string_view prefix, std::string_view int_digits,
                      std::string_view rest, int group, bool digits_are_numeric) {
    std::string_view sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    char align = f.align ? f.align : '>';
    ssize min_width = 0;
    if (align == '=' && f.fill == '0' && f.width > 0 && digits_are_numeric)
        min_width = f.width - static_cast<ssize>(sign.size() + prefix.size() + rest.size());
    std::string grouped;
    std::string_view digits = int_digits;
    // Without a separator the zeros of min_width are the '=' fill below: no digit string to build.
    if (digits_are_numeric && f.grouping) {
        grouped = group_digits(int_digits, f.grouping, group, min_width);
        digits = grouped;
    }
    ssize len = static_cast<ssize>(sign.size() + prefix.size() + digits.size()) + utf8_count(rest);
    ssize total = f.width > len ? f.width - len : 0;
    if (align == '=') {
        Piece p[4] = {{0, sign}, {0, prefix}, {total, digits}, {0, rest}};
        return assemble(f.fill, p, 4, 0, len + total);
    }
    ssize left = align == '>' ? total : align == '^' ? total / 2 : 0;
    Piece p[4] = {{left, sign}, {0, prefix}, {0, digits}, {0, rest}};
    return assemble(f.fill, p, 4, total - left, len + total);
}

Object* format_double_spec(double v, FormatSpec f) {
    char type = f.type;
    bool add_dot_0 = false;
    bool percent = false;
    // CPython: formatter_unicode.c, format_float_internal (the digits are built in one buffer).
    if (f.precision > INT32_MAX) return err_set_string(ValueError, "precision too big");
    int precision = static_cast<int>(f.precision);
    if (type == 0) {
        add_dot_0 = true;
        type = precision < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        percent = true;
        v *= 100.0;
    }
    std::string text = double_to_text(v, type, precision, f.alternate, add_dot_0);
    bool negative = !text.empty() && text[0] == '-';
    if (negative) text.erase(0, 1);
    if (negative && f.no_neg_zero && text.find_first_of("123456789") == std::string::npos &&
        !std::isnan(v) && !std::isinf(v))
        negative = false;
    if (percent) text.push_back('%');
    bool numeric = std::isfinite(v);
    size_t int_end = numeric ? text.find_first_not_of("0123456789") : text.size();
    if (int_end == std::string::npos) int_end = text.size();
    std::string_view tv(text);
    return layout_number(f, negative, "", tv.substr(0, int_end), tv.substr(int_end), 3, numeric);
}

}  // namespace

// ---- format() for the built-in types ----

Object* format_str(Object* value, std::string_view spec) {
    if (spec.empty()) return is_str_exact(value) ? incref(value) : str_from(str_view(value));
    FormatSpec f;
    // Messages name the value's own type (bool, a subclass), as CPython's do.
    if (!parse_spec(spec, 's', '<', type_name(value), &f)) return nullptr;
    if (f.type != 's') return err_format(ValueError, "Unknown format code '%c' for object of type '%s'", f.type, type_name(value));
    if (f.sign) return err_set_string(ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return err_set_string(ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return err_set_string(ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return err_set_string(ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view text = str_view(value);
    ssize len = str_length(value);
    if (f.precision >= 0 && f.precision < len) {
        text = text.substr(0, str_byte_offset(value, f.precision));
        len = f.precision;
    }
    return pad_to_width(f, text, len, '<');
}

Object* format_int(Object* value, std::string_view spec) {
    if (spec.empty()) return object_str(value);
    FormatSpec f;
    if (!parse_spec(spec, 'd', '>', type_name(value), &f)) return nullptr;
    switch (f.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            bool overflow;
            double d = int_as_double(value, &overflow);
            if (overflow) return err_set_string(OverflowError, "int too large to convert to float");
            return format_double_spec(d, f);
        }
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            break;
        default:
            return err_format(ValueError, "Unknown format code '%c' for object of type '%s'", f.type, type_name(value));
    }
    if (f.precision >= 0) return err_set_string(ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return err_set_string(ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) return err_set_string(ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return err_set_string(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_as_i64(value, &cp))
            return err_set_string(OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF) return err_set_string(OverflowError, "%c arg not in range(0x110000)");
        char buf[4];
        std::string body(buf, utf8_encode(static_cast<uint32_t>(cp), buf));
        return pad_to_width(f, body, 1, '>');
    }
    int base = 10;
    std::string_view prefix;
    switch (f.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: break;
    }
    if (!f.alternate) prefix = {};
    // Digits of an int that fits 64 bits go to a stack buffer; only big ones need a string.
    char small[72];
    std::string big;
    char* digits;
    size_t ndigits;
    auto* iv = static_cast<IntObject*>(value);
    if (!iv->is_big) {
        int64_t v = iv->small;
        auto res = std::to_chars(small, small + sizeof small, v, base);
        digits = small;
        ndigits = static_cast<size_t>(res.ptr - small);
    } else {
        if (!int_to_base_text(value, base, &big)) return nullptr;
        digits = big.data();
        ndigits = big.size();
    }
    bool negative = ndigits > 0 && digits[0] == '-';
    if (negative) { ++digits; --ndigits; }
    if (f.type == 'X')
        for (size_t i = 0; i < ndigits; ++i) digits[i] = static_cast<char>(digits[i] >= 'a' && digits[i] <= 'f' ? digits[i] - 32 : digits[i]);
    return layout_number(f, negative, prefix, std::string_view(digits, ndigits), "", base == 10 ? 3 : 4, true);
}

Object* format_float(double value, std::string_view spec) { return format_float_owned(value, spec, "float"); }

Object* format_float_owned(double value, std::string_view spec, const char* owner) {
    if (spec.empty()) return str_from(float_repr_text(value));
    FormatSpec f;
    if (!parse_spec(spec, 0, '>', owner, &f)) return nullptr;
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
            break;
        default:
            return err_format(ValueError, "Unknown format code '%c' for object of type '%s'", f.type, owner);
    }
    return format_double_spec(value, f);
}

// ---- str.format ----

namespace {

// Where replacement fields get their values: positional args, keyword args, or a mapping.
struct FormatArgs {
    Object* const* args = nullptr;
    size_t nargs = 0;
    Object* kwnames = nullptr;     // values follow args[nargs]
    Object* mapping = nullptr;     // format_map
    int auto_state = 0;            // 0 unknown, 1 automatic numbering, 2 manual
    ssize auto_index = 0;
};

Object* lookup_positional(FormatArgs& fa, ssize index) {
    if (fa.mapping) return err_set_string(ValueError, "Format string contains positional fields");
    if (index < 0 || static_cast<size_t>(index) >= fa.nargs)
        return err_format(IndexError, "Replacement index %zd out of range for positional args tuple", index);
    return incref(fa.args[index]);
}

Object* lookup_keyword(FormatArgs& fa, std::string_view name) {
    Ref<> key = Ref<>::steal(str_from(name));
    if (!key) return nullptr;
    if (fa.mapping) return object_getitem(fa.mapping, key.get());
    if (fa.kwnames) {
        for (ssize i = 0; i < tuple_size(fa.kwnames); ++i)
            if (str_view(tuple_item(fa.kwnames, i)) == name) return incref(fa.args[fa.nargs + static_cast<size_t>(i)]);
    }
    err_set_object(KeyError, key.get());
    return nullptr;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Resolves "name.attr[key]..." to an object (new reference).
Object* resolve_field(FormatArgs& fa, std::string_view field) {
    size_t end = field.find_first_of(".[");
    if (end == std::string_view::npos) end = field.size();
    std::string_view first = field.substr(0, end);
    Ref<> obj;
    if (first.empty()) {
        if (fa.auto_state == 2)
            return err_set_string(ValueError, "cannot switch from manual field specification to automatic field numbering");
        fa.auto_state = 1;
        obj = Ref<>::steal(lookup_positional(fa, fa.auto_index++));
    } else if (all_digits(first)) {
        if (fa.auto_state == 1)
            return err_set_string(ValueError, "cannot switch from automatic field numbering to manual field specification");
        fa.auto_state = 2;
        if (first.size() > 18) return err_set_string(ValueError, "Too many decimal digits in format string");
        obj = Ref<>::steal(lookup_positional(fa, std::stoll(std::string(first))));
    } else {
        obj = Ref<>::steal(lookup_keyword(fa, first));
    }
    if (!obj) return nullptr;
    size_t pos = end;
    while (pos < field.size()) {
        if (field[pos] == '.') {
            size_t e = field.find_first_of(".[", pos + 1);
            if (e == std::string_view::npos) e = field.size();
            std::string_view attr = field.substr(pos + 1, e - pos - 1);
            if (attr.empty()) return err_set_string(ValueError, "Empty attribute in format string");
            Ref<> name = Ref<>::steal(str_from(attr));
            if (!name) return nullptr;
            obj = Ref<>::steal(object_getattr(obj.get(), name.get()));
            if (!obj) return nullptr;
            pos = e;
        } else if (field[pos] == '[') {
            size_t e = field.find(']', pos + 1);
            if (e == std::string_view::npos) return err_set_string(ValueError, "Missing ']' in format field");
            std::string_view key = field.substr(pos + 1, e - pos - 1);
            if (key.empty()) return err_set_string(ValueError, "Empty attribute in format string");
            Ref<> k = Ref<>::steal(all_digits(key) && key.size() <= 18 ? int_from_string(key, 10) : str_from(key));
            if (!k) return nullptr;
            obj = Ref<>::steal(object_getitem(obj.get(), k.get()));
            if (!obj) return nullptr;
            pos = e + 1;
            if (pos < field.size() && field[pos] != '.' && field[pos] != '[')
                return err_set_string(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return err_set_string(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj.release();
}

bool render(std::string_view fmt, FormatArgs& fa, int depth, std::string* out);

// The message for a '{' whose field never closes. CPython parses the field
// name, then the conversion, then the spec, and reports the part it was in
// when the text ran out (unicode_format.h, parse_field).
const char* unclosed_field_message(std::string_view rest) {
    size_t k = 0;
    char c = 0;
    while (k < rest.size()) {
        c = rest[k++];
        if (c == '{') return "unexpected '{' in field name";
        if (c == '[') {
            while (k < rest.size() && rest[k] != ']') ++k;
            c = 0;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
        c = 0;
    }
    if (c == '!') {
        if (k >= rest.size()) return "end of string while looking for conversion specifier";
        ++k;   // the conversion character
        if (k < rest.size() && rest[k] != ':') return "expected ':' after conversion specifier";
        return "unmatched '{' in format spec";
    }
    if (c == ':') return "unmatched '{' in format spec";
    return "expected '}' before end of string";
}

// One replacement field: the text between the braces.
bool render_field(std::string_view field, FormatArgs& fa, int depth, std::string* out) {
    // Split off the conversion and the spec; brackets may hide ':' and '!' inside keys.
    size_t i = 0;
    bool in_bracket = false;
    for (; i < field.size(); ++i) {
        char c = field[i];
        if (c == '[') in_bracket = true;
        else if (c == ']') in_bracket = false;
        else if (!in_bracket && (c == ':' || c == '!')) break;
    }
    std::string_view name = field.substr(0, i);
    char conversion = 0;
    std::string_view spec;
    if (i < field.size() && field[i] == '!') {
        if (i + 1 >= field.size()) {
            err_set_string(ValueError, "unmatched '{' in format spec");
            return false;
        }
        conversion = field[i + 1];
        i += 2;
        if (i < field.size() && field[i] != ':') {
            err_set_string(ValueError, "expected ':' after conversion specifier");
            return false;
        }
    }
    if (i < field.size() && field[i] == ':') spec = field.substr(i + 1);
    Ref<> obj = Ref<>::steal(resolve_field(fa, name));
    if (!obj) return false;
    if (conversion) {
        switch (conversion) {
            case 'r': obj = Ref<>::steal(object_repr(obj.get())); break;
            case 's': obj = Ref<>::steal(object_str(obj.get())); break;
            case 'a': obj = Ref<>::steal(object_ascii(obj.get())); break;
            default:
                if (static_cast<unsigned char>(conversion) < 128)
                    err_format(ValueError, "Unknown conversion specifier %c", conversion);
                else
                    err_set_string(ValueError, "Unknown conversion specifier");
                return false;
        }
        if (!obj) return false;
    }
    // Nested fields in the spec ("{:{width}}") are expanded first.
    std::string spec_text;
    if (spec.find('{') != std::string_view::npos) {
        if (!render(spec, fa, depth - 1, &spec_text)) return false;
    } else {
        spec_text.assign(spec);
    }
    Ref<> spec_obj = Ref<>::steal(str_from(spec_text));
    if (!spec_obj) return false;
    Ref<> formatted = Ref<>::steal(object_format(obj.get(), spec_obj.get()));
    if (!formatted) return false;
    out->append(str_view(formatted.get()));
    return true;
}

// CPython: unicode_format.h, MarkupIterator_next + output_markup.
bool render(std::string_view fmt, FormatArgs& fa, int depth, std::string* out) {
    if (depth <= 0) {
        err_set_string(ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0, n = fmt.size();
    while (i < n) {
        char c = fmt[i];
        if (c == '}') {
            if (i + 1 < n && fmt[i + 1] == '}') {
                out->push_back('}');
                i += 2;
                continue;
            }
            err_set_string(ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            out->push_back(c);
            ++i;
            continue;
        }
        if (i + 1 < n && fmt[i + 1] == '{') {
            out->push_back('{');
            i += 2;
            continue;
        }
        if (i + 1 >= n) {
            err_set_string(ValueError, "Single '{' encountered in format string");
            return false;
        }
        // Find the matching '}' (nested braces belong to the spec).
        size_t j = i + 1;
        int level = 1;
        bool in_bracket = false;
        for (; j < n; ++j) {
            char d = fmt[j];
            if (d == '[' && level == 1) in_bracket = true;
            else if (d == ']' && level == 1) in_bracket = false;
            else if (d == '{' && !in_bracket) ++level;
            else if (d == '}' && !in_bracket) {
                if (--level == 0) break;
            }
        }
        if (j >= n) {
            err_set_string(ValueError, unclosed_field_message(fmt.substr(i + 1)));
            return false;
        }
        if (!render_field(fmt.substr(i + 1, j - i - 1), fa, depth, out)) return false;
        i = j + 1;
    }
    return true;
}

}  // namespace

Object* str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames) {
    FormatArgs fa;
    fa.args = args;
    fa.nargs = nargs;
    fa.kwnames = kwnames && tuple_size(kwnames) > 0 ? kwnames : nullptr;
    std::string out;
    if (!render(str_view(fmt), fa, 2, &out)) return nullptr;
    return str_from(out);
}

Object* str_format_mapping(Object* fmt, Object* mapping) {
    FormatArgs fa;
    fa.mapping = mapping;
    std::string out;
    if (!render(str_view(fmt), fa, 2, &out)) return nullptr;
    return str_from(out);
}

}  // namespace pygen
