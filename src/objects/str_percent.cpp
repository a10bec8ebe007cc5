// printf-style formatting: "fmt % args" for str and for bytes/bytearray (PEP 461), with flags,
// width, precision, '*' and %(key)s. One engine serves both; bytes mode differs in %s/%b (bytes or
// __bytes__), %r/%a (ascii()), %c (a byte) and its messages.
// CPython counterparts: Objects/unicodeobject.c (PyUnicode_Format), Objects/bytesobject.c
// (_PyBytes_FormatEx).
#include <cmath>
#include <string>

#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

struct PercentSpec {
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    ssize width = -1;
    ssize precision = -1;
};

// Pads `body` (whose first `sign_len` bytes are sign/prefix) to the width; zero padding goes
// between the sign/prefix and the digits.
void pad_into(std::string* out, const std::string& body, ssize body_len, size_t sign_len,
              const PercentSpec& s, bool zero_ok) {
    if (s.width <= body_len) {
        *out += body;
        return;
    }
    ssize fill = s.width - body_len;
    if (s.left) {
        *out += body;
        out->append(static_cast<size_t>(fill), ' ');
    } else if (s.zero && zero_ok) {
        out->append(body, 0, sign_len);
        out->append(static_cast<size_t>(fill), '0');
        out->append(body, sign_len, std::string::npos);
    } else {
        out->append(static_cast<size_t>(fill), ' ');
        *out += body;
    }
}

std::string sign_text(bool negative, const PercentSpec& s) {
    if (negative) return "-";
    if (s.plus) return "+";
    if (s.space) return " ";
    return "";
}

// %d %i %u %x %X %o of an int value.
bool format_integer(Object* v, char c, const PercentSpec& s, std::string* out) {
    int base = c == 'x' || c == 'X' ? 16 : c == 'o' ? 8 : 10;
    std::string digits;
    if (!int_to_base_text(v, base, &digits)) return false;
    bool negative = digits[0] == '-';
    if (negative) digits.erase(0, 1);
    if (c == 'X')
        for (char& ch : digits) ch = static_cast<char>(ch >= 'a' && ch <= 'f' ? ch - 32 : ch);
    if (s.precision > static_cast<ssize>(digits.size()))
        digits.insert(0, static_cast<size_t>(s.precision) - digits.size(), '0');
    std::string prefix = sign_text(negative, s);
    if (s.alternate && base != 10) prefix += c == 'x' ? "0x" : c == 'X' ? "0X" : "0o";
    std::string body = prefix + digits;
    pad_into(out, body, static_cast<ssize>(body.size()), prefix.size(), s, true);
    return true;
}

bool format_floating(double v, char c, const PercentSpec& s, std::string* out) {
    int precision = s.precision < 0 ? 6 : static_cast<int>(std::min<ssize>(s.precision, INT32_MAX));
    std::string text = double_to_text(v, c, precision, s.alternate);
    bool negative = !text.empty() && text[0] == '-';
    if (negative) text.erase(0, 1);
    std::string prefix = sign_text(negative, s);
    std::string body = prefix + text;
    // CPython zero-pads inf and nan too ("%06f" % inf is "000inf").
    pad_into(out, body, static_cast<ssize>(body.size()), prefix.size(), s, true);
    return true;
}

bool is_number_like(Object* o) {
    return is_int(o) || is_float(o) || o->type->nb_int || o->type->nb_index || o->type->nb_float;
}

// bytes mode: %s/%b of a bytes-like object or one with __bytes__.
bool bytes_of(Object* v, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_like_view(v));
        return true;
    }
    if (object_check_buffer(v)) return buffer_copy_bytes(v, out);
    Ref<> method = Ref<>::steal(object_getattr_str(v, "__bytes__"));
    if (!method) {
        err_clear();
        err_format(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                   type_name(v));
        return false;
    }
    Ref<> result = Ref<>::steal(call0(method.get()));
    if (!result) return false;
    if (!is_bytes(result.get())) {
        err_format(TypeError, "__bytes__ returned non-bytes (type %s)", type_name(result.get()));
        return false;
    }
    out->assign(bytes_view(result.get()));
    return true;
}

// CPython: unicodeobject.c, PyUnicode_Format; bytesobject.c, _PyBytes_FormatEx (bytes_mode).
// Appends the formatted text to *out; false with an exception set.
bool percent_format(std::string_view fmt, Object* args, bool bytes_mode, std::string& out) {
    Object* const* arglist;
    ssize arglen;
    Object* single = args;
    if (is_tuple(args)) {
        arglist = tuple_items(args);
        arglen = tuple_size(args);
    } else {
        arglist = &single;
        arglen = 1;
    }
    Object* mapping = nullptr;
    if (args->type->getitem && !is_tuple(args) && !is_str(args) && !(bytes_mode && (is_bytes(args) || is_bytearray(args))))
        mapping = args;
    ssize argidx = 0;
    out.reserve(fmt.size() + 16);

    // After a %(key) lookup the looked-up value stands in for the arguments
    // (arglen -1, argidx -2, as in CPython's unicode_format_arg_parse): the
    // next request - a '*' width or precision, or the conversion - takes it,
    // and any request after that finds no argument left.
    Ref<> keyed;
    auto next_arg = [&]() -> Object* {
        if (arglen < 0) {
            if (argidx < -1) {
                ++argidx;
                return keyed.get();
            }
        } else if (argidx < arglen) {
            return arglist[argidx++];
        }
        err_set_string(TypeError, "not enough arguments for format string");
        return nullptr;
    };

    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t pct = fmt.find('%', i);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(i));
            break;
        }
        out.append(fmt.substr(i, pct - i));
        i = pct + 1;
        if (i >= n) return (err_set_string(ValueError, "incomplete format"), false);
        if (fmt[i] == '(') {
            if (!mapping) return (err_set_string(TypeError, "format requires a mapping"), false);
            int depth = 1;
            size_t start = ++i;
            while (i < n && depth > 0) {
                if (fmt[i] == '(') ++depth;
                else if (fmt[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) return (err_set_string(ValueError, "incomplete format key"), false);
            std::string_view key_text = fmt.substr(start, i - 1 - start);
            Ref<> key = Ref<>::steal(bytes_mode ? bytes_from(key_text) : str_from(key_text));
            if (!key) return false;
            keyed = Ref<>::steal(object_getitem(mapping, key.get()));
            if (!keyed) return false;
            // A mapping argument is consumed by the keyed lookups.
            arglen = -1;
            argidx = -2;
        }
        PercentSpec s;
        for (; i < n; ++i) {
            char f = fmt[i];
            if (f == '-') s.left = true;
            else if (f == '+') s.plus = true;
            else if (f == ' ') s.space = true;
            else if (f == '#') s.alternate = true;
            else if (f == '0') s.zero = true;
            else break;
        }
        if (i < n && fmt[i] == '*') {
            Object* w = next_arg();
            if (!w) return false;
            if (!is_int(w)) return (err_set_string(TypeError, "* wants int"), false);
            if (!int_as_ssize(w, &s.width)) return false;
            if (s.width < 0) { s.left = true; s.width = -s.width; }
            ++i;
        } else {
            ssize w = -1;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                w = (w < 0 ? 0 : w) * 10 + (fmt[i] - '0');
                if (w > PTRDIFF_MAX / 20) return (err_set_string(ValueError, "width too big"), false);
                ++i;
            }
            s.width = w;
        }
        if (i < n && fmt[i] == '.') {
            ++i;
            s.precision = 0;
            if (i < n && fmt[i] == '*') {
                Object* p = next_arg();
                if (!p) return false;
                if (!is_int(p)) return (err_set_string(TypeError, "* wants int"), false);
                // The precision is a C int in CPython (_PyLong_AsInt).
                int64_t prec = 0;
                if (!int_as_i64(p, &prec) || prec > INT32_MAX || prec < INT32_MIN)
                    return (err_set_string(OverflowError, "Python int too large to convert to C int"), false);
                s.precision = prec < 0 ? 0 : static_cast<ssize>(prec);
                ++i;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    s.precision = s.precision * 10 + (fmt[i] - '0');
                    if (s.precision > INT32_MAX)
                        return (err_set_string(ValueError, bytes_mode ? "prec too big" : "precision too big"), false);
                    ++i;
                }
            }
        }
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
        if (i >= n) return (err_set_string(ValueError, "incomplete format"), false);
        // The conversion character may be non-ASCII (only for the error message).
        const char* cp_ptr = fmt.data() + i;
        size_t conv_index = i;
        uint32_t c;
        if (bytes_mode) {
            c = static_cast<unsigned char>(fmt[i]);
            ++i;
        } else {
            c = utf8_decode(cp_ptr);
            i = static_cast<size_t>(cp_ptr - fmt.data());
        }
        if (bytes_mode && (c == 's' || c == 'b')) {
            Object* v = next_arg();
            if (!v) return false;
            std::string raw;
            if (!bytes_of(v, &raw)) return false;
            ssize len = static_cast<ssize>(raw.size());
            if (s.precision >= 0 && s.precision < len) {
                raw.resize(static_cast<size_t>(s.precision));
                len = s.precision;
            }
            pad_into(&out, raw, len, 0, s, false);
            continue;
        }
        if (bytes_mode && c == 'r') c = 'a';
        // Only "%%" itself is a literal percent sign; with a key, flags, width
        // or precision in between, '%' is an ordinary (unsupported) conversion.
        if (c == '%' && conv_index == pct + 1) {
            out.push_back('%');
            continue;
        }
        Object* v = nullptr;
        auto fetch = [&]() -> bool {
            if (v) return true;
            v = next_arg();
            return v != nullptr;
        };
        switch (c) {
            case 's': case 'r': case 'a': {
                if (!fetch()) return false;
                Ref<> text = Ref<>::steal(c == 's' ? object_str(v) : c == 'r' ? object_repr(v) : object_ascii(v));
                if (!text) return false;
                std::string_view t = str_view(text.get());
                ssize len = str_length(text.get());
                if (s.precision >= 0 && s.precision < len) {
                    t = t.substr(0, str_byte_offset(text.get(), s.precision));
                    len = s.precision;
                }
                pad_into(&out, std::string(t), len, 0, s, false);
                break;
            }
            case 'd': case 'i': case 'u': {
                if (!fetch()) return false;
                if (!is_number_like(v))
                    return (err_format(TypeError, "%%%c format: a real number is required, not %s",
                                      static_cast<char>(c), type_name(v)), false);
                Ref<> iv = Ref<>::steal(is_int(v) ? incref(v) : number_long(v));
                if (!iv) return false;
                if (!format_integer(iv.get(), 'd', s, &out)) return false;
                break;
            }
            case 'x': case 'X': case 'o': {
                if (!fetch()) return false;
                if (!is_int(v) && !v->type->nb_index)
                    return (err_format(TypeError, "%%%c format: an integer is required, not %s",
                                      static_cast<char>(c), type_name(v)), false);
                Ref<> iv = Ref<>::steal(number_index(v));
                if (!iv) return false;
                if (!format_integer(iv.get(), static_cast<char>(c), s, &out)) return false;
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                if (!fetch()) return false;
                double d = float_as_double(v);
                if (d == -1.0 && err_occurred()) return false;
                format_floating(d, static_cast<char>(c), s, &out);
                break;
            }
            case 'c': {
                if (!fetch()) return false;
                std::string ch;
                if (bytes_mode) {
                    if ((is_bytes(v) || is_bytearray(v)) && bytes_like_view(v).size() == 1) {
                        ch.assign(bytes_like_view(v));
                    } else if (is_int(v) || v->type->nb_index) {
                        Ref<> iv = Ref<>::steal(number_index(v));
                        int64_t code;
                        if (!iv || !int_as_i64(iv.get(), &code) || code < 0 || code > 255) {
                            err_clear();
                            return (err_set_string(OverflowError, "%c arg not in range(256)"), false);
                        }
                        ch.push_back(static_cast<char>(code));
                    } else {
                        return (err_set_string(TypeError, "%c requires an integer in range(256) or a single byte"), false);
                    }
                    pad_into(&out, ch, 1, 0, s, false);
                    break;
                }
                if (is_str(v)) {
                    if (str_length(v) != 1) return (err_set_string(TypeError, "%c requires int or char"), false);
                    ch.assign(str_view(v));
                } else if (is_int(v)) {
                    int64_t code;
                    if (!int_as_i64(v, &code) || code < 0 || code > 0x10FFFF)
                        return (err_set_string(OverflowError, "%c arg not in range(0x110000)"), false);
                    char buf[4];
                    ch.assign(buf, utf8_encode(static_cast<uint32_t>(code), buf));
                } else {
                    return (err_set_string(TypeError, "%c requires int or char"), false);
                }
                pad_into(&out, ch, 1, 0, s, false);
                break;
            }
            default: {
                // CPython takes the argument before it looks at the conversion.
                if (!fetch()) return false;
                ssize index = bytes_mode ? static_cast<ssize>(conv_index) : utf8_count(fmt.substr(0, conv_index));
                if (c >= 32 && c < 127)
                    return (err_format(ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                                      static_cast<char>(c), static_cast<unsigned>(c), index), false);
                return (err_format(ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd",
                                  static_cast<unsigned>(c), static_cast<unsigned>(c), index), false);
            }
        }
    }
    if (argidx >= 0 && argidx < arglen && !mapping)
        return (err_set_string(TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                                     : "not all arguments converted during string formatting"), false);
    return true;
}

}  // namespace

Object* str_percent_format(Object* fmt_obj, Object* args) {
    std::string out;
    if (!percent_format(str_view(fmt_obj), args, false, out)) return nullptr;
    return str_from(out);
}

Object* bytes_percent_format(Object* fmt_obj, Object* args) {
    std::string out;
    if (!percent_format(bytes_like_view(fmt_obj), args, true, out)) return nullptr;
    return is_bytearray(fmt_obj) ? bytearray_from(out) : bytes_from(out);
}



}  // namespace pygen
