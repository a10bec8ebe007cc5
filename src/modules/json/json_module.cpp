// The _json module: the accelerators lib/json picks up when present, as CPython's json package
// does. scanstring (one JSON string literal), make_scanner (json.scanner.c_make_scanner: the whole
// recursive descent over a document), make_encoder (json.encoder.c_make_encoder: the one-shot
// encoder used when indent is None) and encode_basestring(_ascii). lib/json keeps the public API
// and its pure-Python fallbacks. CPython counterpart: Modules/_json.c (behaviour only: messages,
// error positions, the order hooks are called in).
//
// pygen's str is UTF-8, so both halves work on bytes: the scanner walks the text's bytes and turns
// byte offsets into code-point indexes only where Python sees them (the returned end, an error's
// position); the encoder appends to one std::string and makes the str once at the end.

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/import.h"
#include "vm/thread_state.h"

namespace pygen {

Object* make_json_module();

namespace {

// ---- Shared helpers ----

// The four whitespace characters JSON allows between tokens.
inline bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A str's text as the scanner sees it. Offsets are in bytes; cp_index turns one into the
// code-point index Python uses (O(1) for ASCII text, a count from the start otherwise).
struct Text {
    Object* str;        // borrowed, the str being scanned
    const char* data;
    size_t size;        // bytes
    bool ascii;

    explicit Text(Object* s)
        : str(s), data(str_cstr(s)), size(str_view(s).size()), ascii(static_cast<StrObject*>(s)->is_ascii) {}

    ssize cp_index(size_t byte) const {
        if (ascii) return static_cast<ssize>(byte);
        return utf8_count(std::string_view(data, byte));
    }
    size_t byte_offset(ssize cp) const { return str_byte_offset(str, cp); }
};

// Raises json.decoder.JSONDecodeError(msg, doc, pos), as the pure-Python decoder would.
// CPython: _json.c, raise_errmsg.
std::nullptr_t raise_errmsg_cp(const char* msg, const Text& t, ssize cp) {
    Ref<> decoder = Ref<>::steal(import_module("json.decoder"));
    if (!decoder) return nullptr;
    Ref<> cls = Ref<>::steal(object_getattr_str(decoder.get(), "JSONDecodeError"));
    if (!cls) return nullptr;
    Ref<> msg_obj = Ref<>::steal(str_from(msg));
    Ref<> pos = Ref<>::steal(int_from_i64(cp));
    if (!msg_obj || !pos) return nullptr;
    Object* args[3] = {msg_obj.get(), t.str, pos.get()};
    Ref<> exc = Ref<>::steal(call(cls.get(), args, 3));
    if (!exc) return nullptr;
    err_set_instance(exc.get());
    return nullptr;
}

std::nullptr_t raise_errmsg(const char* msg, const Text& t, size_t byte_pos) {
    return raise_errmsg_cp(msg, t, t.cp_index(byte_pos));
}

// "Unterminated string starting at" the opening quote before byte `pos`. scanstring(s, 0) has
// none: its position is -1.
std::nullptr_t raise_unterminated(const Text& t, size_t pos) {
    const char* msg = "Unterminated string starting at";
    return pos == 0 ? raise_errmsg_cp(msg, t, -1) : raise_errmsg(msg, t, pos - 1);
}

// StopIteration(idx): "no JSON value starts here"; json.decoder turns it into "Expecting value".
std::nullptr_t raise_stop_iteration(const Text& t, size_t byte_pos) {
    Ref<> idx = Ref<>::steal(int_from_i64(t.cp_index(byte_pos)));
    if (!idx) return nullptr;
    err_set_object(StopIteration, idx.get());
    return nullptr;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits at p (all inside the text), or -1 when one is not a hex digit.
int32_t read_hex4(const char* p) {
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        int d = hex_value(p[i]);
        if (d < 0) return -1;
        v = (v << 4) | d;
    }
    return v;
}

// Code points in the UTF-8 bytes [p, end): the bytes that are not continuation bytes.
ssize count_code_points(const char* p, const char* end) {
    ssize n = 0;
    for (; p < end; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
}

// ---- scanstring ----

// Decodes the string literal whose opening quote is just before byte `pos`; on success stores the
// byte offset after the closing quote in *end. Errors and their positions are those of CPython's
// scanner: an unterminated literal is reported at its opening quote, a bad escape at its
// backslash, a bad \uXXXX at its 'u' (also when the text ends inside the four digits).
// CPython: _json.c, scanstring_unicode.
Object* scan_string(const Text& t, size_t pos, bool strict, size_t* end) {
    const char* data = t.data;
    const size_t size = t.size;
    // The common case: no escape before the closing quote, so the str is a copy of the bytes.
    size_t i = pos;
    bool ascii = true;
    for (; i < size; ++i) {
        auto b = static_cast<unsigned char>(data[i]);
        if (b == '"' || b == '\\') break;
        if (b < 0x20) {
            if (strict) return raise_errmsg("Invalid control character at", t, i);
        } else if (b >= 0x80) {
            ascii = false;
        }
    }
    if (i >= size) return raise_unterminated(t, pos);
    if (data[i] == '"') {
        *end = i + 1;
        std::string_view chunk(data + pos, i - pos);
        ssize length = ascii ? static_cast<ssize>(chunk.size()) : count_code_points(chunk.data(), chunk.data() + chunk.size());
        return str_from_known(chunk, length);
    }
    // Escapes: collect the decoded text in a buffer.
    std::string buf(data + pos, i - pos);
    for (;;) {
        // data[i] is a backslash.
        size_t next = i + 1;
        if (next >= size) return raise_unterminated(t, pos);
        char c = data[next];
        if (c != 'u') {
            char out;
            switch (c) {
                case '"': out = '"'; break;
                case '\\': out = '\\'; break;
                case '/': out = '/'; break;
                case 'b': out = '\b'; break;
                case 'f': out = '\f'; break;
                case 'n': out = '\n'; break;
                case 'r': out = '\r'; break;
                case 't': out = '\t'; break;
                default: return raise_errmsg("Invalid \\escape", t, i);
            }
            buf += out;
            i = next + 1;
        } else {
            // CPython wants room for the four digits and one more character after them.
            size_t digits = next + 1;
            if (digits + 4 >= size) return raise_errmsg("Invalid \\uXXXX escape", t, next);
            int32_t cp = read_hex4(data + digits);
            if (cp < 0) return raise_errmsg("Invalid \\uXXXX escape", t, next);
            i = digits + 4;
            // A high surrogate escape followed by a low one is one character; followed by any
            // other escape, the two stay separate (the second is decoded on the next round).
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < size && data[i] == '\\' && data[i + 1] == 'u') {
                int32_t low = read_hex4(data + i + 2);
                if (low < 0) return raise_errmsg("Invalid \\uXXXX escape", t, i + 1);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                    i += 6;
                }
            }
            char enc[4];
            buf.append(enc, utf8_encode(static_cast<uint32_t>(cp), enc));
        }
        // The run of plain characters up to the next quote or backslash.
        size_t run = i;
        for (; i < size; ++i) {
            auto b = static_cast<unsigned char>(data[i]);
            if (b == '"' || b == '\\') break;
            if (b < 0x20 && strict) return raise_errmsg("Invalid control character at", t, i);
        }
        if (i >= size) return raise_unterminated(t, pos);
        buf.append(data + run, i - run);
        if (data[i] == '"') break;
    }
    *end = i + 1;
    bool buf_ascii = utf8_is_ascii(buf);
    ssize length = buf_ascii ? static_cast<ssize>(buf.size()) : utf8_count(buf);
    return str_from_known(buf, length);
}

// scanstring(string, end, strict=True, /) -> (str, end)
Object* json_scanstring(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) return err_set_string(TypeError, "scanstring() takes no keyword arguments");
    if (nargs < 2) return err_format(TypeError, "scanstring() takes at least 2 arguments (%zu given)", nargs);
    if (nargs > 3) return err_format(TypeError, "scanstring() takes at most 3 arguments (%zu given)", nargs);
    int64_t end = 0;
    if (!index_as_i64(args[1], &end, "ssize_t")) return nullptr;
    bool strict = true;
    if (nargs == 3) {
        int64_t v = 0;
        if (!index_as_i64(args[2], &v, "int")) return nullptr;
        strict = v != 0;
    }
    if (!is_str(args[0])) return err_format(TypeError, "first argument must be a string, not %.80s", type_name(args[0]));
    Text t(args[0]);
    if (end < 0 || end > str_length(args[0])) return err_set_string(ValueError, "end is out of bounds");
    size_t stop = 0;
    Ref<> s = Ref<>::steal(scan_string(t, t.byte_offset(end), strict, &stop));
    if (!s) return nullptr;
    Ref<> idx = Ref<>::steal(int_from_i64(t.cp_index(stop)));
    if (!idx) return nullptr;
    return tuple_pack({s.get(), idx.get()});
}

// ---- The scanner (make_scanner) ----

TypeObject ScannerType;

struct ScannerObject : Object {
    bool strict;
    Object* object_hook;        // strong; None when absent
    Object* object_pairs_hook;  // strong; None when absent
    Object* parse_float;        // strong; float itself takes the fast path
    Object* parse_int;          // strong; int itself takes the fast path
    Object* parse_constant;     // strong
    Object* memo;               // strong dict: each object key's first str, reused (cleared per call)
};

ScannerObject* as_scanner(Object* o) { return static_cast<ScannerObject*>(o); }

Object* scan_once(ScannerObject* s, const Text& t, size_t idx, size_t* next);

inline size_t skip_space(const Text& t, size_t i) {
    while (i < t.size && is_json_space(t.data[i])) ++i;
    return i;
}

// '{' was at idx - 1. CPython: _json.c, _parse_object_unicode.
Object* parse_object(ScannerObject* s, const Text& t, size_t idx, size_t* next) {
    const bool pairs_hook = s->object_pairs_hook != None;
    Ref<> result = Ref<>::steal(pairs_hook ? list_new(0) : dict_new());
    if (!result) return nullptr;
    idx = skip_space(t, idx);
    if (idx >= t.size || t.data[idx] != '}') {
        for (;;) {
            if (idx >= t.size || t.data[idx] != '"')
                return raise_errmsg("Expecting property name enclosed in double quotes", t, idx);
            size_t after = 0;
            Ref<> key = Ref<>::steal(scan_string(t, idx + 1, s->strict, &after));
            if (!key) return nullptr;
            Object* memo_key = dict_setdefault(s->memo, key.get(), key.get());
            if (!memo_key) return nullptr;
            key = Ref<>::borrow(memo_key);
            idx = skip_space(t, after);
            if (idx >= t.size || t.data[idx] != ':') return raise_errmsg("Expecting ':' delimiter", t, idx);
            idx = skip_space(t, idx + 1);
            Ref<> value = Ref<>::steal(scan_once(s, t, idx, &after));
            if (!value) return nullptr;
            if (pairs_hook) {
                Ref<> item = Ref<>::steal(tuple_pack({key.get(), value.get()}));
                if (!item || list_append(result.get(), item.get()) < 0) return nullptr;
            } else if (dict_setitem(result.get(), key.get(), value.get()) < 0) {
                return nullptr;
            }
            idx = skip_space(t, after);
            if (idx < t.size && t.data[idx] == '}') break;
            if (idx >= t.size || t.data[idx] != ',') return raise_errmsg("Expecting ',' delimiter", t, idx);
            idx = skip_space(t, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs_hook) return call1(s->object_pairs_hook, result.get());
    if (s->object_hook != None) return call1(s->object_hook, result.get());
    return result.release();
}

// '[' was at idx - 1. CPython: _json.c, _parse_array_unicode.
Object* parse_array(ScannerObject* s, const Text& t, size_t idx, size_t* next) {
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    idx = skip_space(t, idx);
    if (idx >= t.size || t.data[idx] != ']') {
        for (;;) {
            size_t after = 0;
            Ref<> value = Ref<>::steal(scan_once(s, t, idx, &after));
            if (!value) return nullptr;
            if (list_append(result.get(), value.get()) < 0) return nullptr;
            idx = skip_space(t, after);
            if (idx < t.size && t.data[idx] == ']') break;
            if (idx >= t.size || t.data[idx] != ',') return raise_errmsg("Expecting ',' delimiter", t, idx);
            idx = skip_space(t, idx + 1);
        }
    }
    *next = idx + 1;
    return result.release();
}

// parse_constant('NaN' / 'Infinity' / '-Infinity'). CPython: _json.c, _parse_constant.
Object* parse_constant(ScannerObject* s, const char* name, size_t idx, size_t* next) {
    Ref<> text = Ref<>::steal(str_from(name));
    if (!text) return nullptr;
    *next = idx + std::strlen(name);
    return call1(s->parse_constant, text.get());
}

// A number at idx: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, the fraction and exponent taken
// only when complete. StopIteration(idx) when there is none. CPython: _json.c, _match_number_unicode.
Object* match_number(ScannerObject* s, const Text& t, size_t start, size_t* next) {
    const char* d = t.data;
    const size_t size = t.size;
    size_t i = start;
    if (d[i] == '-') {
        ++i;
        if (i >= size) return raise_stop_iteration(t, start);
    }
    if (d[i] >= '1' && d[i] <= '9') {
        ++i;
        while (i < size && is_digit(d[i])) ++i;
    } else if (d[i] == '0') {
        ++i;
    } else {
        return raise_stop_iteration(t, start);
    }
    bool is_float = false;
    if (i + 1 < size && d[i] == '.' && is_digit(d[i + 1])) {
        is_float = true;
        i += 2;
        while (i < size && is_digit(d[i])) ++i;
    }
    if (i + 1 < size && (d[i] == 'e' || d[i] == 'E')) {
        size_t e = i + 1;
        if (e + 1 < size && (d[e] == '-' || d[e] == '+')) ++e;
        size_t digits = e;
        while (e < size && is_digit(d[e])) ++e;
        if (e > digits) {
            is_float = true;
            i = e;
        }
    }
    *next = i;
    std::string_view text(d + start, i - start);
    Object* custom = is_float ? s->parse_float : s->parse_int;
    if (custom != (is_float ? static_cast<Object*>(&FloatType) : static_cast<Object*>(&IntType))) {
        Ref<> num = Ref<>::steal(str_from_known(text, static_cast<ssize>(text.size())));
        if (!num) return nullptr;
        return call1(custom, num.get());
    }
    if (is_float) {
        double v = 0;
        auto r = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
        if (r.ec == std::errc::result_out_of_range) v = std::strtod(std::string(text).c_str(), nullptr);
        return float_from(v);
    }
    if (text.size() <= 18) {
        int64_t v = 0;
        size_t k = text[0] == '-' ? 1 : 0;
        for (; k < text.size(); ++k) v = v * 10 + (text[k] - '0');
        return int_from_i64(text[0] == '-' ? -v : v);
    }
    return int_from_string(text, 10);
}

// One JSON value at idx (CPython: _json.c, scan_once_unicode).
Object* scan_once(ScannerObject* s, const Text& t, size_t idx, size_t* next) {
    if (idx >= t.size) return raise_stop_iteration(t, idx);
    const char* d = t.data;
    const size_t left = t.size - idx;
    switch (d[idx]) {
        case '"':
            return scan_string(t, idx + 1, s->strict, next);
        case '{': {
            if (!enter_recursive_call(" while decoding a JSON object from a unicode string")) return nullptr;
            Object* r = parse_object(s, t, idx + 1, next);
            leave_recursive_call();
            return r;
        }
        case '[': {
            if (!enter_recursive_call(" while decoding a JSON array from a unicode string")) return nullptr;
            Object* r = parse_array(s, t, idx + 1, next);
            leave_recursive_call();
            return r;
        }
        case 'n':
            if (left >= 4 && std::memcmp(d + idx, "null", 4) == 0) {
                *next = idx + 4;
                return none_new();
            }
            break;
        case 't':
            if (left >= 4 && std::memcmp(d + idx, "true", 4) == 0) {
                *next = idx + 4;
                return bool_from(true);
            }
            break;
        case 'f':
            if (left >= 5 && std::memcmp(d + idx, "false", 5) == 0) {
                *next = idx + 5;
                return bool_from(false);
            }
            break;
        case 'N':
            if (left >= 3 && std::memcmp(d + idx, "NaN", 3) == 0) return parse_constant(s, "NaN", idx, next);
            break;
        case 'I':
            if (left >= 8 && std::memcmp(d + idx, "Infinity", 8) == 0) return parse_constant(s, "Infinity", idx, next);
            break;
        case '-':
            if (left >= 9 && std::memcmp(d + idx, "-Infinity", 9) == 0) return parse_constant(s, "-Infinity", idx, next);
            break;
        default:
            break;
    }
    return match_number(s, t, idx, next);
}

// scanner(string, idx) -> (value, end); StopIteration(idx) when no value starts at idx.
Object* scanner_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"string", "idx"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"scan_once", kNames, 2, 0, -1, 2}, args, nargs, kwnames, bound)) return nullptr;
    if (!is_str(bound[0])) return err_format(TypeError, "first argument must be a string, not %.80s", type_name(bound[0]));
    int64_t idx = 0;
    if (!index_as_i64(bound[1], &idx, "ssize_t")) return nullptr;
    if (idx < 0) return err_set_string(ValueError, "idx cannot be negative");
    Ref<> keep_str = Ref<>::borrow(bound[0]);
    Ref<> keep_self = Ref<>::borrow(self);
    Text t(bound[0]);
    auto* s = as_scanner(self);
    if (idx >= str_length(bound[0])) {
        Ref<> at = Ref<>::borrow(bound[1]);
        err_set_object(StopIteration, at.get());
        return nullptr;
    }
    size_t next = 0;
    Ref<> value = Ref<>::steal(scan_once(s, t, t.byte_offset(idx), &next));
    dict_clear(s->memo);
    if (!value) return nullptr;
    Ref<> end = Ref<>::steal(int_from_i64(t.cp_index(next)));
    if (!end) return nullptr;
    return tuple_pack({value.get(), end.get()});
}

// make_scanner(context): reads strict, object_hook, object_pairs_hook, parse_float, parse_int and
// parse_constant from the context (a JSONDecoder) once.
Object* scanner_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"context"};
    Object* bound[1];
    if (!bind_args(ArgSpec{"make_scanner", kNames, 1, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* ctx = bound[0];
    Ref<> strict = Ref<>::steal(object_getattr_str(ctx, "strict"));
    if (!strict) return nullptr;
    int strict_flag = object_is_true(strict.get());
    if (strict_flag < 0) return nullptr;
    const char* const kFields[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
    Ref<> fields[5];
    for (int i = 0; i < 5; ++i) {
        fields[i] = Ref<>::steal(object_getattr_str(ctx, kFields[i]));
        if (!fields[i]) return nullptr;
    }
    Ref<> memo = Ref<>::steal(dict_new());
    if (!memo) return nullptr;
    auto* s = as_scanner(alloc_object(type));
    if (!s) return nullptr;
    s->strict = strict_flag != 0;
    s->object_hook = fields[0].release();
    s->object_pairs_hook = fields[1].release();
    s->parse_float = fields[2].release();
    s->parse_int = fields[3].release();
    s->parse_constant = fields[4].release();
    s->memo = memo.release();
    return s;
}

void scanner_traverse(Object* o, VisitFn visit, void* arg) {
    auto* s = as_scanner(o);
    for (Object* f : {s->object_hook, s->object_pairs_hook, s->parse_float, s->parse_int, s->parse_constant, s->memo})
        if (f) visit(f, arg);
}
int scanner_clear(Object* o) {
    auto* s = as_scanner(o);
    clearref(s->object_hook);
    clearref(s->object_pairs_hook);
    clearref(s->parse_float);
    clearref(s->parse_int);
    clearref(s->parse_constant);
    clearref(s->memo);
    return 0;
}
void scanner_dealloc(Object* o) {
    scanner_clear(o);
    free_object(o);
}

Object* field_or_none(Object* f) { return newref(f ? f : None); }
Object* scanner_strict(Object* o) { return bool_from(as_scanner(o)->strict); }
Object* scanner_object_hook(Object* o) { return field_or_none(as_scanner(o)->object_hook); }
Object* scanner_object_pairs_hook(Object* o) { return field_or_none(as_scanner(o)->object_pairs_hook); }
Object* scanner_parse_float(Object* o) { return field_or_none(as_scanner(o)->parse_float); }
Object* scanner_parse_int(Object* o) { return field_or_none(as_scanner(o)->parse_int); }
Object* scanner_parse_constant(Object* o) { return field_or_none(as_scanner(o)->parse_constant); }

int readonly(Object*, Object*) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kScannerGetSet[] = {
    {"strict", scanner_strict, readonly},
    {"object_hook", scanner_object_hook, readonly},
    {"object_pairs_hook", scanner_object_pairs_hook, readonly},
    {"parse_float", scanner_parse_float, readonly},
    {"parse_int", scanner_parse_int, readonly},
    {"parse_constant", scanner_parse_constant, readonly},
    {nullptr, nullptr},
};

// ---- String encoding (encode_basestring, encode_basestring_ascii) ----

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t cp) {
    char e[6] = {'\\', 'u', kHex[(cp >> 12) & 0xF], kHex[(cp >> 8) & 0xF], kHex[(cp >> 4) & 0xF], kHex[cp & 0xF]};
    out.append(e, 6);
}

// The escape of an ASCII character that needs one: the short forms JSON has, else \u00XX.
void append_ascii_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: append_u_escape(out, c); break;
    }
}

// Which ASCII bytes need an escape: ensure_ascii also escapes DEL (it is not printable ASCII).
struct EscapeTable {
    bool ascii_mode[128];
    bool unicode_mode[128];
    constexpr EscapeTable() : ascii_mode(), unicode_mode() {
        for (int c = 0; c < 128; ++c) {
            bool special = c < 0x20 || c == '"' || c == '\\';
            unicode_mode[c] = special;
            ascii_mode[c] = special || c == 0x7F;
        }
    }
};
constexpr EscapeTable kEscape;

// Appends the JSON literal of the str s (with its quotes). ensure_ascii: every non-ASCII
// character as \uXXXX (a surrogate pair beyond the BMP). CPython: _json.c,
// ascii_escape_unicode / escape_unicode.
void append_json_string(std::string& out, Object* s, bool ensure_ascii) {
    std::string_view v = str_view(s);
    const char* p = v.data();
    const char* end = p + v.size();
    const bool* table = ensure_ascii ? kEscape.ascii_mode : kEscape.unicode_mode;
    out += '"';
    while (p < end) {
        // The longest run copied as it is.
        const char* run = p;
        while (p < end) {
            auto b = static_cast<unsigned char>(*p);
            if (b < 0x80 ? table[b] : ensure_ascii) break;
            ++p;
        }
        out.append(run, static_cast<size_t>(p - run));
        if (p >= end) break;
        auto b = static_cast<unsigned char>(*p);
        if (b < 0x80) {
            append_ascii_escape(out, b);
            ++p;
            continue;
        }
        uint32_t cp = utf8_decode_multibyte(p);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            append_u_escape(out, 0xD800 | (cp >> 10));
            append_u_escape(out, 0xDC00 | (cp & 0x3FF));
        } else {
            append_u_escape(out, cp);
        }
    }
    out += '"';
}

Object* str_from_buffer(const std::string& buf) {
    bool ascii = utf8_is_ascii(buf);
    return str_from_known(buf, ascii ? static_cast<ssize>(buf.size()) : utf8_count(buf));
}

Object* encode_basestring_common(Object* const* args, size_t nargs, Object* kwnames, const char* qualname, bool ensure_ascii) {
    if (!check_one_arg(qualname, nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "first argument must be a string, not %.80s", type_name(args[0]));
    std::string out;
    out.reserve(str_view(args[0]).size() + 2);
    append_json_string(out, args[0], ensure_ascii);
    return str_from_buffer(out);
}

Object* json_encode_basestring_ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return encode_basestring_common(args, nargs, kwnames, "_json.encode_basestring_ascii", true);
}

Object* json_encode_basestring(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return encode_basestring_common(args, nargs, kwnames, "_json.encode_basestring", false);
}

// ---- The encoder (make_encoder) ----

TypeObject EncoderType;

enum class FastEncode : uint8_t { None, Ascii, Unicode };

struct EncoderObject : Object {
    Object* markers;         // strong: a dict of id -> object being encoded, or None
    Object* defaultfn;       // strong
    Object* encoder;         // strong: str -> JSON literal
    Object* indent;          // strong; kept for the attribute only (the C encoder never indents)
    Object* key_separator;   // strong str
    Object* item_separator;  // strong str
    bool sort_keys, skipkeys, allow_nan;
    FastEncode fast_encode;  // encoder is one of this module's functions: call it inline
};

EncoderObject* as_encoder(Object* o) { return static_cast<EncoderObject*>(o); }

bool encode_obj(EncoderObject* s, std::string& out, Object* obj, ssize indent_level);

// The text of a float: repr, or NaN/Infinity/-Infinity when allowed. CPython: encoder_encode_float.
bool append_float(EncoderObject* s, std::string& out, Object* obj) {
    double v = float_value(obj);
    if (!std::isfinite(v)) {
        if (!s->allow_nan) {
            err_set_string(ValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        out += v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
        return true;
    }
    out += float_repr_text(v);
    return true;
}

// int.__repr__ of an int (subclasses print as plain ints; big ones are subject to the
// int-to-str digit limit, as repr is).
bool append_int(std::string& out, Object* obj) {
    auto* io = static_cast<IntObject*>(obj);
    if (is_int_exact(obj) && !io->is_big) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, io->small);
        out.append(buf, static_cast<size_t>(r.ptr - buf));
        return true;
    }
    Ref<> text = Ref<>::steal(IntType.repr(obj));
    if (!text) return false;
    out += str_view(text.get());
    return true;
}

// The JSON literal of a str through the encoder. CPython: encoder_encode_string.
bool append_string(EncoderObject* s, std::string& out, Object* str) {
    if (s->fast_encode != FastEncode::None) {
        append_json_string(out, str, s->fast_encode == FastEncode::Ascii);
        return true;
    }
    Ref<> encoded = Ref<>::steal(call1(s->encoder, str));
    if (!encoded) return false;
    if (!is_str(encoded.get())) {
        err_format(TypeError, "encoder() must return a string, not %.80s", type_name(encoded.get()));
        return false;
    }
    out += str_view(encoded.get());
    return true;
}

// Marks obj as being encoded (markers[id(obj)] = obj); ValueError when it already is. Sets
// *ident to the key to remove afterwards (null when markers is None).
bool markers_enter(EncoderObject* s, Object* obj, Ref<>* ident) {
    if (s->markers == None) return true;
    *ident = Ref<>::steal(int_from_u64(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(obj))));
    if (!*ident) return false;
    int has = dict_contains(s->markers, ident->get());
    if (has < 0) return false;
    if (has) {
        err_set_string(ValueError, "Circular reference detected");
        return false;
    }
    return dict_setitem(s->markers, ident->get(), obj) == 0;
}

bool markers_leave(EncoderObject* s, const Ref<>& ident) {
    if (!ident) return true;
    return dict_delitem(s->markers, ident.get()) == 0;
}

// CPython: _json.c, encoder_listencode_list. An exact list is re-read on every step (default()
// may run code that changes it); a subclass of list or tuple is first drained through its
// __iter__ into a list (PySequence_Fast).
bool encode_list(EncoderObject* s, std::string& out, Object* obj, ssize indent_level) {
    Ref<> seq = (is_list_exact(obj) || is_tuple_exact(obj)) ? Ref<>::borrow(obj) : Ref<>::steal(sequence_list(obj));
    if (!seq) return false;
    const bool is_lst = is_list(seq.get());
    auto size = [&] { return is_lst ? list_size(seq.get()) : tuple_size(seq.get()); };
    if (size() == 0) {
        out += "[]";
        return true;
    }
    Ref<> ident;
    if (!markers_enter(s, obj, &ident)) return false;
    out += '[';
    for (ssize i = 0; i < size(); ++i) {
        if (i > 0) out += str_view(s->item_separator);
        Ref<> item = Ref<>::borrow(is_lst ? list_item(seq.get(), i) : tuple_item(seq.get(), i));
        if (!encode_obj(s, out, item.get(), indent_level)) return false;
    }
    if (!markers_leave(s, ident)) return false;
    out += ']';
    return true;
}

// CPython: _json.c, encoder_listencode_dict. The items are taken as a list first (dict
// subclasses through their items()), sorted when sort_keys is set.
bool encode_dict(EncoderObject* s, std::string& out, Object* dct, ssize indent_level) {
    if (dict_size(dct) == 0) {
        out += "{}";
        return true;
    }
    Ref<> ident;
    if (!markers_enter(s, dct, &ident)) return false;
    // The (key, value) pairs, held: default() and key comparisons may run code that changes
    // the dict. An exact dict is read directly unless the keys are to be sorted (the pairs are
    // then sorted as tuples, as sorted(d.items()) would); a subclass goes through its items().
    std::vector<Ref<>> pairs;   // key, value, key, value, ...
    if (is_dict_exact(dct) && !s->sort_keys) {
        pairs.reserve(static_cast<size_t>(dict_size(dct)) * 2);
        ssize pos = 0;
        Object *k, *v;
        while (dict_next(dct, &pos, &k, &v)) {
            pairs.push_back(Ref<>::borrow(k));
            pairs.push_back(Ref<>::borrow(v));
        }
    } else {
        Ref<> items;
        if (is_dict_exact(dct)) {
            items = Ref<>::steal(list_new(0));
            if (!items) return false;
            ssize pos = 0;
            Object *k, *v;
            while (dict_next(dct, &pos, &k, &v)) {
                Ref<> pair = Ref<>::steal(tuple_pack({k, v}));
                if (!pair || list_append(items.get(), pair.get()) < 0) return false;
            }
        } else {
            Ref<> view = Ref<>::steal(call_method0(dct, "items"));
            if (!view) return false;
            items = Ref<>::steal(sequence_list(view.get()));
            if (!items) return false;
        }
        if (s->sort_keys && list_sort(items.get(), nullptr, false) < 0) return false;
        pairs.reserve(static_cast<size_t>(list_size(items.get())) * 2);
        for (ssize i = 0; i < list_size(items.get()); ++i) {
            Object* item = list_item(items.get(), i);
            if (!is_tuple(item) || tuple_size(item) != 2) {
                err_set_string(ValueError, "items must return 2-tuples");
                return false;
            }
            pairs.push_back(Ref<>::borrow(tuple_item(item, 0)));
            pairs.push_back(Ref<>::borrow(tuple_item(item, 1)));
        }
    }
    out += '{';
    bool first = true;
    for (size_t i = 0; i < pairs.size(); i += 2) {
        Object* key = pairs[i].get();
        Object* value = pairs[i + 1].get();
        size_t mark = out.size();
        if (!first) out += str_view(s->item_separator);
        if (is_str(key)) {
            if (!append_string(s, out, key)) return false;
        } else {
            // The key's text, then its JSON string literal.
            std::string text;
            if (is_float(key)) {
                if (!append_float(s, text, key)) return false;
            } else if (key == True || key == False || key == None) {
                text = key == True ? "true" : key == False ? "false" : "null";
            } else if (is_int(key)) {
                if (!append_int(text, key)) return false;
            } else if (s->skipkeys) {
                out.resize(mark);
                continue;
            } else {
                err_format(TypeError, "keys must be str, int, float, bool or None, not %.100s", type_name(key));
                return false;
            }
            Ref<> kstr = Ref<>::steal(str_from(text));
            if (!kstr || !append_string(s, out, kstr.get())) return false;
        }
        out += str_view(s->key_separator);
        if (!encode_obj(s, out, value, indent_level)) return false;
        first = false;
    }
    if (!markers_leave(s, ident)) return false;
    out += '}';
    return true;
}

// CPython: _json.c, encoder_listencode_obj.
bool encode_obj(EncoderObject* s, std::string& out, Object* obj, ssize indent_level) {
    if (obj == None) {
        out += "null";
        return true;
    }
    if (obj == True) {
        out += "true";
        return true;
    }
    if (obj == False) {
        out += "false";
        return true;
    }
    if (is_str(obj)) return append_string(s, out, obj);
    if (is_int(obj)) return append_int(out, obj);
    if (is_float(obj)) return append_float(s, out, obj);
    if (is_list(obj) || is_tuple(obj)) {
        if (!enter_recursive_call(" while encoding a JSON object")) return false;
        bool ok = encode_list(s, out, obj, indent_level);
        leave_recursive_call();
        return ok;
    }
    if (is_dict(obj)) {
        if (!enter_recursive_call(" while encoding a JSON object")) return false;
        bool ok = encode_dict(s, out, obj, indent_level);
        leave_recursive_call();
        return ok;
    }
    Ref<> ident;
    if (!markers_enter(s, obj, &ident)) return false;
    Ref<> converted = Ref<>::steal(call1(s->defaultfn, obj));
    if (!converted) return false;
    if (!enter_recursive_call(" while encoding a JSON object")) return false;
    bool ok = encode_obj(s, out, converted.get(), indent_level);
    leave_recursive_call();
    if (!ok) return false;
    return markers_leave(s, ident);
}

// encoder(obj, _current_indent_level) -> [text]: the whole document in one chunk.
Object* encoder_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"obj", "_current_indent_level"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"_iterencode", kNames, 2, 0, -1, 2}, args, nargs, kwnames, bound)) return nullptr;
    int64_t indent_level = 0;
    if (!index_as_i64(bound[1], &indent_level, "ssize_t")) return nullptr;
    Ref<> keep = Ref<>::borrow(self);
    std::string out;
    if (!encode_obj(as_encoder(self), out, bound[0], static_cast<ssize>(indent_level))) return nullptr;
    Ref<> text = Ref<>::steal(str_from_buffer(out));
    if (!text) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result || list_append(result.get(), text.get()) < 0) return nullptr;
    return result.release();
}

// make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
// skipkeys, allow_nan)
Object* encoder_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"markers", "default", "encoder", "indent", "key_separator",
                                         "item_separator", "sort_keys", "skipkeys", "allow_nan"};
    Object* b[9];
    if (!bind_args(ArgSpec{"make_encoder", kNames, 9, 0, -1, 9}, args, nargs, kwnames, b)) return nullptr;
    if (b[0] != None && !is_dict(b[0]))
        return err_format(TypeError, "make_encoder() argument 1 must be dict or None, not %.200s", type_name(b[0]));
    for (int i : {4, 5}) {
        if (!is_str(b[i])) return err_format(TypeError, "make_encoder() argument %d must be str, not %.200s", i + 1, type_name(b[i]));
    }
    int flags[3];
    for (int i = 0; i < 3; ++i) {
        flags[i] = object_is_true(b[6 + i]);
        if (flags[i] < 0) return nullptr;
    }
    auto* e = as_encoder(alloc_object(type));
    if (!e) return nullptr;
    e->markers = newref(b[0]);
    e->defaultfn = newref(b[1]);
    e->encoder = newref(b[2]);
    e->indent = newref(b[3]);
    e->key_separator = newref(b[4]);
    e->item_separator = newref(b[5]);
    e->sort_keys = flags[0] != 0;
    e->skipkeys = flags[1] != 0;
    e->allow_nan = flags[2] != 0;
    e->fast_encode = FastEncode::None;
    if (b[2]->type == &BuiltinFunctionType) {
        CFunction fn = static_cast<BuiltinFunctionObject*>(b[2])->def->fn;
        if (fn == json_encode_basestring_ascii) e->fast_encode = FastEncode::Ascii;
        else if (fn == json_encode_basestring) e->fast_encode = FastEncode::Unicode;
    }
    return e;
}

void encoder_traverse(Object* o, VisitFn visit, void* arg) {
    auto* e = as_encoder(o);
    for (Object* f : {e->markers, e->defaultfn, e->encoder, e->indent, e->key_separator, e->item_separator})
        if (f) visit(f, arg);
}
int encoder_clear(Object* o) {
    auto* e = as_encoder(o);
    clearref(e->markers);
    clearref(e->defaultfn);
    clearref(e->encoder);
    clearref(e->indent);
    clearref(e->key_separator);
    clearref(e->item_separator);
    return 0;
}
void encoder_dealloc(Object* o) {
    encoder_clear(o);
    free_object(o);
}

Object* encoder_markers(Object* o) { return field_or_none(as_encoder(o)->markers); }
Object* encoder_default(Object* o) { return field_or_none(as_encoder(o)->defaultfn); }
Object* encoder_encoder(Object* o) { return field_or_none(as_encoder(o)->encoder); }
Object* encoder_indent(Object* o) { return field_or_none(as_encoder(o)->indent); }
Object* encoder_key_separator(Object* o) { return field_or_none(as_encoder(o)->key_separator); }
Object* encoder_item_separator(Object* o) { return field_or_none(as_encoder(o)->item_separator); }
Object* encoder_sort_keys(Object* o) { return bool_from(as_encoder(o)->sort_keys); }
Object* encoder_skipkeys(Object* o) { return bool_from(as_encoder(o)->skipkeys); }

const GetSetDef kEncoderGetSet[] = {
    {"markers", encoder_markers, readonly},
    {"default", encoder_default, readonly},
    {"encoder", encoder_encoder, readonly},
    {"indent", encoder_indent, readonly},
    {"key_separator", encoder_key_separator, readonly},
    {"item_separator", encoder_item_separator, readonly},
    {"sort_keys", encoder_sort_keys, readonly},
    {"skipkeys", encoder_skipkeys, readonly},
    {nullptr, nullptr},
};

const MethodDef kFunctions[] = {
    {"scanstring", json_scanstring},
    {"encode_basestring_ascii", json_encode_basestring_ascii},
    {"encode_basestring", json_encode_basestring},
    {nullptr, nullptr},
};

bool ready_types() {
    if (type_has(&ScannerType, kTypeReady)) return true;
    TypeObject& sc = ScannerType;
    sc.name = "_json.Scanner";
    sc.basicsize = sizeof(ScannerObject);
    sc.flags = kTypeBaseType | kTypeGC;
    sc.tp_new = scanner_tp_new;
    sc.dealloc = scanner_dealloc;
    sc.traverse = scanner_traverse;
    sc.clear = scanner_clear;
    sc.call = scanner_call;
    sc.getset = kScannerGetSet;
    if (!type_ready(&sc)) return false;

    TypeObject& en = EncoderType;
    en.name = "_json.Encoder";
    en.basicsize = sizeof(EncoderObject);
    en.flags = kTypeBaseType | kTypeGC;
    en.tp_new = encoder_tp_new;
    en.dealloc = encoder_dealloc;
    en.traverse = encoder_traverse;
    en.clear = encoder_clear;
    en.call = encoder_call;
    en.getset = kEncoderGetSet;
    return type_ready(&en);
}

}  // namespace

Object* make_json_module() {
    if (!ready_types()) return nullptr;
    Object* m = module_new("_json");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0 || module_add_object(m, "make_scanner", &ScannerType) < 0 ||
        module_add_object(m, "make_encoder", &EncoderType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
