// bytes (immutable) and bytearray (mutable) basics.
// CPython counterparts: Objects/bytesobject.c, Objects/bytearrayobject.c.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pygen {

struct BytesObject : Object {
    int64_t hash;          // -1 until computed
    size_t size;
    char data[1];          // allocated with room for size bytes and a NUL
};

extern TypeObject BytesType;
extern TypeObject ByteArrayType;
inline bool is_bytes(Object* o) { return type_has(o->type, kTypeBytesSubclass); }
Object* bytes_from(std::string_view data);
inline std::string_view bytes_view(Object* o) {
    auto* b = static_cast<BytesObject*>(o);
    return {b->data, b->size};
}
std::string bytes_repr_text(std::string_view data);   // b'a\x00'

// bytearray: a growable buffer (malloc'ed, not inline, so it can grow in place).
struct ByteArrayObject : Object {
    char* data;            // malloc'ed, capacity + 1 bytes (NUL-terminated), may be null when empty
    size_t size;
    size_t capacity;
    ssize exports;         // Buffers of it currently held (buffer.h): while > 0 the size is frozen
};
inline bool is_bytearray(Object* o) { return o->type == &ByteArrayType || is_subtype(o->type, &ByteArrayType); }
Object* bytearray_from(std::string_view data);
// Contents of a bytes or bytearray (caller checked the type); valid until the object changes.
std::string_view bytes_like_view(Object* o);
// bytes.decode / str(b, encoding, errors): utf-8, ascii, latin-1 (and aliases); errors 'strict',
// 'replace', 'ignore', 'backslashreplace', 'surrogateescape'. UnicodeDecodeError / LookupError.
Object* bytes_decode_text(std::string_view data, const char* encoding, const char* errors);
// Length of a well-formed UTF-8 sequence at p (1-4), or 0 with the reason and the number of
// bytes that belong to the invalid sequence (the utf-8 codec's rules).
size_t utf8_sequence(const unsigned char* p, const unsigned char* end, const char** reason, size_t* bad_len);
// str.encode: returns a bytes object or null (UnicodeEncodeError / LookupError).
// known_ascii: the caller knows the text is ASCII (a str's is_ascii flag), so it is not scanned.
Object* str_encode_text(std::string_view utf8, const char* encoding, const char* errors, bool known_ascii = false);

// bytes % args and bytearray % args (PEP 461; str_percent.cpp): a new bytes or bytearray like fmt.
Object* bytes_percent_format(Object* fmt, Object* args);

void init_bytes_types();

}  // namespace pygen
