// str: immutable text with code-point semantics. Stored as UTF-8 with the code-point length cached;
// pure-ASCII strings (the common case) index in O(1). Also the format-spec mini-language and
// printf-style % formatting, which other types call into.
// CPython counterparts: Objects/unicodeobject.c, Python/formatter_unicode.c.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace pygen {

struct StrObject : Object {
    int64_t hash;          // -1 until computed
    ssize length;          // in code points
    size_t byte_size;      // bytes of data, excluding the terminating NUL
    bool is_ascii;         // every byte < 0x80: byte index == code-point index
    bool is_interned;
    // UTF-8, NUL-terminated; the object is allocated with room for it. It starts right after the
    // flags (offset 42), so a str costs 43 bytes plus its text, as near CPython's 49 for ASCII as
    // the UTF-8 layout allows (issue #6: dicts of many short str keys).
    char data[1];
};

extern TypeObject StrType;
inline bool is_str(Object* o) { return type_has(o->type, kTypeStrSubclass); }
inline bool is_str_exact(Object* o) { return o->type == &StrType; }

Object* str_from(std::string_view utf8);           // copies; text must be valid UTF-8
Object* str_from_cstr(const char* utf8);
Object* str_from_codepoint(uint32_t cp);
// Interned strings are unique per content and immortal-ish (kept in a table); used for names.
Object* str_intern(std::string_view utf8);         // new reference
void str_intern_in_place(Object** p);
inline std::string_view str_view(Object* o) {
    auto* s = static_cast<StrObject*>(o);
    return {s->data, s->byte_size};
}
inline const char* str_cstr(Object* o) { return static_cast<StrObject*>(o)->data; }
inline ssize str_length(Object* o) { return static_cast<StrObject*>(o)->length; }
int64_t str_hash(Object* o);
// The hash of a str whose UTF-8 text is data; bytes hash their contents with it, so an ASCII
// bytes and the equal str hash alike, as in CPython.
int64_t hash_bytes(std::string_view data);
bool str_equal(Object* a, Object* b);              // both str; fast path on identity/hash/length
Object* str_concat(Object* a, Object* b);
// repr text of a str with CPython's quote choice and escapes ('it''s' -> "it's").
std::string str_repr_text(std::string_view utf8);

// format(value, spec) helpers for the built-in types (format spec mini-language).
Object* format_int(Object* value, std::string_view spec);
Object* format_float(double value, std::string_view spec);
Object* format_str(Object* value, std::string_view spec);
// "fmt % args" for str (args: a single object, a tuple, or a mapping for %(name)s).
Object* str_percent_format(Object* fmt, Object* args);
// str.format(*args, **kwargs)
Object* str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames);
// str.format_map(mapping): named fields are looked up with mapping[name].
Object* str_format_mapping(Object* fmt, Object* mapping);

// ---- Helpers shared by the str, bytes, int and float implementations ----
// (Declared here so those files agree; other parts should prefer the API above.)

// UTF-8 primitives. Text handed to these is valid UTF-8 (str objects always are).
size_t utf8_encode(uint32_t cp, char* out);          // writes 1-4 bytes, returns the count
// Reads one code point and advances p. ASCII bytes (most text) are handled inline.
uint32_t utf8_decode_multibyte(const char*& p);      // p at a lead byte >= 0x80
inline uint32_t utf8_decode(const char*& p) {
    auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) [[likely]] { ++p; return b; }
    return utf8_decode_multibyte(p);
}
// True when every byte of text is < 0x80 (eight bytes at a time).
bool utf8_is_ascii(std::string_view text);
ssize utf8_count(std::string_view text);             // code points in text
bool utf8_is_valid(std::string_view text);
// Byte offset of code point `index` (0 <= index <= length) within s.
size_t str_byte_offset(Object* s, ssize index);
uint32_t str_codepoint_at(Object* s, ssize index);   // 0 <= index < length
// Builds a str when the caller already knows the code-point length. Whether it is ASCII follows
// from the sizes (UTF-8 text is ASCII exactly when it has one byte per code point), so a slice
// of a non-ASCII str is ASCII when its own text is.
Object* str_from_known(std::string_view utf8, ssize length);
// A new exact str of byte_size bytes whose text the caller writes into *data (the NUL after it
// is already there); length must be that text's code-point count. Never a shared singleton.
Object* str_new_uninit(size_t byte_size, ssize length, char** data);
// A new str of the n str objects `items` (exact or subclasses: only their text is read) one after
// the other, `sep` (a str, or null for none) between each two: f-strings and str.join.
Object* str_join_array(Object* sep, Object* const* items, ssize n);
Object* str_empty();                                 // new reference to the '' singleton
// str for a subclass `type` with the same text as the exact str `s` (tp_new of subclasses).
Object* str_subtype_copy(TypeObject* type, Object* s);
// Unicode character classes (ASCII exact, others best effort through the C library).
// The ASCII cases are inline (the string methods call these once per code point); the
// *_nonascii functions take cp >= 128.
bool unicode_is_space_nonascii(uint32_t cp);
bool unicode_is_upper_nonascii(uint32_t cp);
bool unicode_is_lower_nonascii(uint32_t cp);
bool unicode_is_linebreak_nonascii(uint32_t cp);
uint32_t unicode_to_upper_nonascii(uint32_t cp);
uint32_t unicode_to_lower_nonascii(uint32_t cp);
inline bool unicode_is_space(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return unicode_is_space_nonascii(cp);
}
inline bool unicode_is_upper(uint32_t cp) { return cp < 128 ? cp >= 'A' && cp <= 'Z' : unicode_is_upper_nonascii(cp); }
inline bool unicode_is_lower(uint32_t cp) { return cp < 128 ? cp >= 'a' && cp <= 'z' : unicode_is_lower_nonascii(cp); }
inline bool unicode_is_linebreak(uint32_t cp) {
    if (cp < 128) return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E);
    return unicode_is_linebreak_nonascii(cp);
}
inline uint32_t unicode_to_upper(uint32_t cp) {
    if (cp < 128) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return unicode_to_upper_nonascii(cp);
}
inline uint32_t unicode_to_lower(uint32_t cp) {
    if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return unicode_to_lower_nonascii(cp);
}
bool unicode_is_alpha(uint32_t cp);
bool unicode_is_decimal(uint32_t cp);
bool unicode_is_digit(uint32_t cp);
bool unicode_is_numeric(uint32_t cp);
bool unicode_is_printable(uint32_t cp);
int unicode_decimal_value(uint32_t cp);              // 0-9, or -1 when cp is not a decimal digit

// Argument checking with CPython's wording. All return false with a TypeError set.
// "NAME() takes no keyword arguments" (name as given, e.g. "str.replace").
// (The checks are inline where they pass, on every call of a built-in method; the messages are
// made out of line.)
bool arg_no_kwargs_slow(const char* name, Object* kwnames);
inline bool arg_no_kwargs(const char* name, Object* kwnames) {
    return kwnames == nullptr || arg_no_kwargs_slow(name, kwnames);
}
// Argument Clinic style: "NAME expected at least 2 arguments, got 1" / "at most" / "NAME() takes
// no arguments (1 given)" / "NAME() takes exactly one argument (2 given)".
bool arg_check_positional_fail(const char* name, size_t nargs, size_t min, size_t max);
inline bool arg_check_positional(const char* name, size_t nargs, size_t min, size_t max) {
    return (nargs >= min && nargs <= max) || arg_check_positional_fail(name, nargs, min, max);
}
// Binds parameters `names` (an empty name marks a positional-only parameter; parameters at or
// after max_positional are keyword-only). out[i] stays null when parameter i was not given.
// Messages: "NAME() takes at most 2 arguments (3 given)", "... 2 positional arguments ...",
// "'x' is an invalid keyword argument for NAME()", "NAME() missing required argument 'length'
// (pos 1)", "argument for NAME() given by name ('sep') and position (1)".
bool arg_bind(const char* name, Object* const* args, size_t nargs, Object* kwnames,
              const char* const* names, size_t count, size_t required, Object** out,
              size_t max_positional = SIZE_MAX);
// Converts an index-like argument to ssize ("'str' object cannot be interpreted as an integer").
bool arg_ssize(Object* o, ssize* out);


void init_str_type();

}  // namespace pygen
