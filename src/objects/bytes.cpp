// bytes (immutable, inline data) and a minimal bytearray (growable buffer), plus the text codecs
// both str and bytes use: utf-8, ascii and latin-1 with the common error handlers.
// bytes % args, memoryview and most bytearray methods are not here yet (TODO(#bytes-full)).
// CPython counterparts: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/unicodeobject.c
// (PyUnicode_DecodeUTF8Stateful, unicode_encode_ucs1), Python/codecs.c (error handlers).
#include "objects/bytes.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/buffer.h"
#include "objects/bytes_text.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/import.h"

namespace pygen {

TypeObject BytesType;
TypeObject ByteArrayType;
TypeObject BytesIterType;
TypeObject ByteArrayIterType;   // "bytearray_iterator"

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kBytesHeader = offsetof(BytesObject, data);
#pragma GCC diagnostic pop

// Same layout policy as str (see str.cpp): header, data, NUL, then a subclass's extra slots.
BytesObject* bytes_alloc(TypeObject* type, size_t size) {
    size_t total = kBytesHeader + size + 1;
    if (type != &BytesType) {
        total = (total + 7) & ~static_cast<size_t>(7);
        total += type->basicsize > BytesType.basicsize ? type->basicsize - BytesType.basicsize : 0;
    }
    // Subclass instances are kTypeGC (heap types): a GC header in front, tracked as
    // alloc_object does (vm/gc.h).
    bool gc = type != &BytesType;
    if (allocation_impossible(total)) { err_no_memory(); return nullptr; }
    auto* b = static_cast<BytesObject*>(gc ? static_cast<void*>(gc_alloc(total)) : mem_calloc(1, total));
    if (!b) { err_no_memory(); return nullptr; }
    b->refcnt = 1;
    b->type = type;
    if (type_has(type, kTypeHeap)) incref(type);
    b->hash = -1;
    b->size = size;
    if (gc) gc_track(b);
    return b;
}

// An exact bytes of `size` bytes whose payload the caller writes (the NUL after it is there):
// no zeroing of bytes about to be overwritten, as bytes_alloc's calloc does.
BytesObject* bytes_alloc_exact_uninit(size_t size) {
    size_t total = kBytesHeader + size + 1;
    if (total < size || allocation_impossible(total)) { err_no_memory(); return nullptr; }
    auto* b = static_cast<BytesObject*>(mem_malloc(total));
    if (!b) { err_no_memory(); return nullptr; }
    b->refcnt = 1;
    b->type = &BytesType;
    b->hash = -1;
    b->size = size;
    b->data[size] = '\0';
    return b;
}

void bytes_dealloc(Object* o) {
    TypeObject* type = o->type;
    if (object_is_gc(o)) {
        gc_untrack(o);
        gc_free(o);
    } else {
        mem_free(o);
    }
    if (type_has(type, kTypeHeap)) decref(type);
}

Object* g_empty_bytes = nullptr;

Object* bytes_new_typed(TypeObject* type, std::string_view data) {
    if (type == &BytesType && data.empty() && g_empty_bytes) return incref(g_empty_bytes);
    BytesObject* b = type == &BytesType ? bytes_alloc_exact_uninit(data.size()) : bytes_alloc(type, data.size());
    if (!b) return nullptr;
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    b->data[data.size()] = '\0';
    return b;
}

inline bool is_bytes_like(Object* o) { return is_bytes(o) || is_bytearray(o); }

}  // namespace

Object* bytes_from(std::string_view data) { return bytes_new_typed(&BytesType, data); }

std::string_view bytes_like_view(Object* o) {
    if (is_bytes(o)) return bytes_view(o);
    auto* ba = static_cast<ByteArrayObject*>(o);
    return {ba->data ? ba->data : "", ba->size};
}

std::string bytes_repr_text(std::string_view data) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    static const char kHex[] = "0123456789abcdef";
    std::string out = "b";
    out.push_back(quote);
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back(quote);
    return out;
}

// ---- Codecs ----

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec find_codec(const char* name) {
    std::string n;
    for (const char* p = name; *p; ++p) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c == '_' || c == ' ') c = '-';
        n.push_back(c);
    }
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
    if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" ||
        n == "8859" || n == "cp819" || n == "latin")
        return Codec::Latin1;
    return Codec::Unknown;
}

const char* codec_name(Codec c) {
    return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// CPython shows the offending character as '\xe9', '\u20ac' or '\U0001f600'.
std::string char_escape(uint32_t cp) {
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    return buf;
}


void append_cp(std::string* out, uint32_t cp) {
    char buf[4];
    out->append(buf, utf8_encode(cp, buf));
}

// UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason): the exception
// builds its own message from these, as CPython's does.
Object* codec_error(TypeObject* type, Codec codec, Object* object_stolen, size_t start, size_t end, const char* reason) {
    Ref<> obj = Ref<>::steal(object_stolen);
    if (!obj) return nullptr;
    Ref<> enc = Ref<>::steal(str_from(codec_name(codec)));
    Ref<> a = Ref<>::steal(int_from_i64(static_cast<int64_t>(start)));
    Ref<> b = Ref<>::steal(int_from_i64(static_cast<int64_t>(end)));
    Ref<> why = Ref<>::steal(str_from(reason));
    Object* args[5] = {enc.get(), obj.get(), a.get(), b.get(), why.get()};
    Ref<> exc = Ref<>::steal(call(type, args, 5, nullptr));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

Object* decode_error(Codec codec, std::string_view data, size_t start, size_t end, const char* reason) {
    return codec_error(UnicodeDecodeError, codec, bytes_from(data), start, end, reason);
}

// Applies a decode error handler to data[start, end). Returns false with an exception for
// 'strict' and unknown handlers.
bool handle_decode_error(const char* errors, Codec codec, std::string_view data, size_t start, size_t end,
                         const char* reason, std::string* out) {
    std::string_view e(errors);
    if (e == "ignore") return true;
    if (e == "replace") { append_cp(out, 0xFFFD); return true; }
    if (e == "backslashreplace") {
        for (size_t i = start; i < end; ++i) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(data[i]));
            *out += buf;
        }
        return true;
    }
    if (e == "surrogateescape") {
        for (size_t i = start; i < end; ++i) {
            auto b = static_cast<unsigned char>(data[i]);
            if (b < 128) break;
            append_cp(out, 0xDC00 + b);
        }
        return true;
    }
    if (e == "strict") {
        decode_error(codec, data, start, end, reason);
        return false;
    }
    err_format(LookupError, "unknown error handler name '%s'", errors);
    return false;
}

// The error handlers the C++ codecs implement themselves; others (codecs.register_error) go
// through the Python registry.
bool builtin_handler(std::string_view e, bool decoding) {
    return e == "strict" || e == "ignore" || e == "replace" || e == "backslashreplace" || e == "surrogateescape" ||
           (!decoding && e == "xmlcharrefreplace");
}

// Encodings and handlers beyond the three C++ codecs: lib/_pygen_codecs.py, imported on first use
// so programs that only use utf-8 never load it.
Object* registry_call(const char* fn, Object* data_stolen, const char* encoding, const char* errors) {
    Ref<> data = Ref<>::steal(data_stolen);
    if (!data) return nullptr;
    Ref<> mod = Ref<>::steal(import_module("_pygen_codecs"));
    if (!mod) return nullptr;
    Ref<> enc = Ref<>::steal(str_from(encoding));
    Ref<> err = Ref<>::steal(str_from(errors));
    if (!enc || !err) return nullptr;
    Object* args[3] = {data.get(), enc.get(), err.get()};
    return call_method(mod.get(), fn, args, 3);
}

}  // namespace

// Length of a well-formed UTF-8 sequence at p (1-4), or 0 with the reason and the number of
// bytes that belong to the invalid sequence.
size_t utf8_sequence(const unsigned char* p, const unsigned char* end, const char** reason, size_t* bad_len) {
    unsigned char b = p[0];
    if (b < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b == 0xE0) { need = 2; lo = 0xA0; }
    else if (b == 0xED) { need = 2; hi = 0x9F; }   // no surrogates
    else if (b >= 0xE1 && b <= 0xEF) need = 2;
    else if (b == 0xF0) { need = 3; lo = 0x90; }
    else if (b >= 0xF1 && b <= 0xF3) need = 3;
    else if (b == 0xF4) { need = 3; hi = 0x8F; }
    else { *reason = "invalid start byte"; *bad_len = 1; return 0; }
    size_t k = 1;
    for (; k <= need; ++k) {
        if (p + k >= end) {
            *reason = "unexpected end of data";
            *bad_len = k;
            return 0;
        }
        unsigned char c = p[k];
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (c < l || c > h) {
            *reason = "invalid continuation byte";
            *bad_len = k;
            return 0;
        }
    }
    return need + 1;
}

Object* bytes_decode_text(std::string_view data, const char* encoding, const char* errors) {
    Codec codec = find_codec(encoding);
    if (codec == Codec::Unknown || !builtin_handler(errors, true))
        return registry_call("decode_text", bytes_from(data), encoding, errors);
    // ASCII bytes decode to themselves in all three codecs.
    if (utf8_is_ascii(data)) return str_from_known(data, static_cast<ssize>(data.size()));
    std::string out;
    out.reserve(data.size());
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const auto* end = p + data.size();
    size_t i = 0;
    while (i < data.size()) {
        unsigned char b = p[i];
        if (b < 0x80) { out.push_back(static_cast<char>(b)); ++i; continue; }
        if (codec == Codec::Latin1) { append_cp(&out, b); ++i; continue; }
        if (codec == Codec::Ascii) {
            if (!handle_decode_error(errors, codec, data, i, i + 1, "ordinal not in range(128)", &out)) return nullptr;
            ++i;
            continue;
        }
        const char* reason = nullptr;
        size_t bad = 0;
        size_t len = utf8_sequence(p + i, end, &reason, &bad);
        if (len == 0) {
            if (!handle_decode_error(errors, codec, data, i, i + bad, reason, &out)) return nullptr;
            i += bad;
            continue;
        }
        out.append(data.substr(i, len));
        i += len;
    }
    return str_from(out);
}

Object* str_encode_text(std::string_view utf8, const char* encoding, const char* errors, bool known_ascii) {
    Codec codec = find_codec(encoding);
    if (codec == Codec::Unknown || !builtin_handler(errors, false))
        return registry_call("encode_text", str_from(utf8), encoding, errors);
    // ASCII text encodes to the same bytes in all three codecs.
    if (known_ascii || utf8_is_ascii(utf8)) return bytes_from(utf8);
    std::string_view handler(errors);
    std::string out;
    out.reserve(utf8.size());
    std::vector<uint32_t> cps;
    for (const char* p = utf8.data(), *e = p + utf8.size(); p < e;) cps.push_back(utf8_decode(p));
    uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    auto bad = [&](uint32_t cp) { return cp >= limit || (codec == Codec::Utf8 && cp >= 0xD800 && cp <= 0xDFFF); };
    for (size_t i = 0; i < cps.size();) {
        uint32_t cp = cps[i];
        if (!bad(cp)) {
            if (codec == Codec::Utf8) append_cp(&out, cp);
            else out.push_back(static_cast<char>(cp));
            ++i;
            continue;
        }
        size_t j = i;
        while (j < cps.size() && bad(cps[j])) ++j;
        if (handler == "surrogateescape") {
            bool ok = true;
            for (size_t k = i; k < j; ++k) {
                if (cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) out.push_back(static_cast<char>(cps[k] - 0xDC00));
                else { ok = false; j = k + 1; break; }
            }
            if (ok) { i = j; continue; }
        } else if (handler == "ignore") {
            i = j;
            continue;
        } else if (handler == "replace") {
            out.append(j - i, '?');
            i = j;
            continue;
        } else if (handler == "backslashreplace") {
            for (size_t k = i; k < j; ++k) out += char_escape(cps[k]);
            i = j;
            continue;
        } else if (handler == "xmlcharrefreplace") {
            for (size_t k = i; k < j; ++k) out += "&#" + std::to_string(cps[k]) + ";";
            i = j;
            continue;
        } else if (handler != "strict") {
            return err_format(LookupError, "unknown error handler name '%s'", errors);
        }
        const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                             : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                     : "ordinal not in range(256)";
        (void)cp;
        return codec_error(UnicodeEncodeError, codec, str_from(utf8), i, j, reason);
    }
    return bytes_from(out);
}

// ---- bytes slots ----

namespace {

Object* bytes_repr(Object* o) { return str_from(bytes_repr_text(bytes_view(o))); }

int64_t bytes_hash(Object* o) {
    auto* b = static_cast<BytesObject*>(o);
    if (b->hash != -1) return b->hash;
    b->hash = hash_bytes(bytes_view(o));
    return b->hash;
}

Object* compare_views(std::string_view x, std::string_view y, CompareOp op) {
    int c = x.compare(y);
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
    }
    return bool_from(r);
}

Object* bytes_richcompare(Object* a, Object* b, CompareOp op) {
    if (is_bytes_like(a) && is_bytes_like(b)) return compare_views(bytes_like_view(a), bytes_like_view(b), op);
    // bytearray compares with any C-contiguous buffer (CPython's bytearray_richcompare); bytes
    // leaves memoryview to its own comparison.
    if (!is_bytearray(a) && !is_bytearray(b)) return incref(NotImplemented);
    if (!object_check_buffer(a) || !object_check_buffer(b)) return incref(NotImplemented);
    std::string x, y;
    if (!bytes_like_copy(a, &x) || !bytes_like_copy(b, &y)) {
        err_clear();
        return incref(NotImplemented);
    }
    return compare_views(x, y, op);
}

ssize bytes_len(Object* o) { return static_cast<ssize>(bytes_like_view(o).size()); }

Object* make_like(Object* self, std::string_view data) {
    return is_bytearray(self) ? bytearray_from(data) : bytes_from(data);
}

// The view of the bytes is taken only after __index__ ran: it may resize a bytearray.
Object* bytes_getitem_common(Object* self, Object* key) {
    if (is_slice(key)) {
        ssize start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
        std::string_view v = bytes_like_view(self);
        ssize count = slice_adjust(static_cast<ssize>(v.size()), &start, &stop, step);
        if (count <= 0) return make_like(self, {});
        if (step == 1) return make_like(self, v.substr(static_cast<size_t>(start), static_cast<size_t>(count)));
        if (!is_bytearray(self)) {
            // The selected bytes go straight into the new bytes.
            BytesObject* b = bytes_alloc_exact_uninit(static_cast<size_t>(count));
            if (!b) return nullptr;
            const char* src = v.data();
            // start + i*step: a cursor stepped past the last item would overflow for huge steps.
            for (ssize i = 0; i < count; ++i) b->data[i] = src[start + i * step];
            return b;
        }
        std::string out(static_cast<size_t>(count), '\0');
        for (ssize i = 0; i < count; ++i) out[static_cast<size_t>(i)] = v[static_cast<size_t>(start + i * step)];
        return make_like(self, out);
    }
    if (!is_int(key) && !key->type->nb_index)
        return err_format(TypeError, "%s indices must be integers or slices, not %s",
                          is_bytearray(self) ? "bytearray" : "byte", type_name(key));
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    std::string_view v = bytes_like_view(self);
    if (i < 0) i += static_cast<ssize>(v.size());
    if (i < 0 || i >= static_cast<ssize>(v.size()))
        return err_set_string(IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return int_from_i64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
}

// Reads a byte value argument (0..255).
bool byte_value(Object* o, int* out) {
    if (!is_int(o) && !o->type->nb_index) {
        err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    // Clamped, not OverflowError: any int past the index range is just out of the byte range.
    ssize v = number_as_ssize(o, nullptr);
    if (v == -1 && err_occurred()) return false;
    if (v < 0 || v > 255) {
        err_set_string(ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

int bytes_contains(Object* self, Object* item) {
    if (is_int(item) || (item->type->nb_index && !object_check_buffer(item))) {
        int b;
        if (!byte_value(item, &b)) return -1;
        std::string_view v = bytes_like_view(self);
        return v.find(static_cast<char>(b)) != std::string_view::npos ? 1 : 0;
    }
    std::string needle;
    if (!bytes_like_copy(item, &needle)) return -1;
    return bytes_like_view(self).find(needle) != std::string_view::npos ? 1 : 0;
}

Object* bytes_add(Object* a, Object* b) {
    if (!is_bytes_like(a) || !object_check_buffer(b)) {
        if (is_bytes_like(a) && !type_has(b->type, kTypeHeap))
            return err_format(TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        return incref(NotImplemented);
    }
    std::string extra;
    if (!bytes_like_copy(b, &extra)) {
        err_clear();   // a strided memoryview: CPython's concat reports the types
        return err_format(TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    std::string out(bytes_like_view(a));
    out += extra;
    return make_like(a, out);
}

// fmt % args (PEP 461): only when the left operand is the bytes-like format.
Object* bytes_mod(Object* a, Object* b) {
    if (!is_bytes(a) && !is_bytearray(a)) return incref(NotImplemented);
    return bytes_percent_format(a, b);
}

Object* bytes_mul(Object* a, Object* b) {
    Object* s = is_bytes_like(a) ? a : b;
    Object* n = s == a ? b : a;
    if (!is_bytes_like(s)) return incref(NotImplemented);
    if (!is_int(n) && !n->type->nb_index) {
        if (type_has(n->type, kTypeHeap)) return incref(NotImplemented);
        return err_format(TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    }
    ssize count = number_as_ssize(n, OverflowError);
    if (count == -1 && err_occurred()) return nullptr;
    std::string_view v = bytes_like_view(s);
    if (count <= 0 || v.empty()) return make_like(s, "");
    if (static_cast<ssize>(v.size()) > PTRDIFF_MAX / count) {
        if (is_bytearray(s)) return err_no_memory();   // CPython's bytearray says no more
        return err_set_string(OverflowError, "repeated bytes are too long");
    }
    if (static_cast<size_t>(count) > (SIZE_MAX / 2) / v.size()) return err_no_memory();
    std::string out;
    out.reserve(v.size() * static_cast<size_t>(count));
    for (ssize i = 0; i < count; ++i) out += v;
    return make_like(s, out);
}

// ---- Iteration ----

struct BytesIterObject : Object {
    Object* seq;    // strong; null once exhausted
    size_t index;
};

Object* bytes_iter(Object* o) {
    auto* it = static_cast<BytesIterObject*>(alloc_object(is_bytes(o) ? &BytesIterType : &ByteArrayIterType));
    if (!it) return nullptr;
    it->seq = incref(o);
    it->index = 0;
    return it;
}

Object* bytes_iter_next(Object* o) {
    auto* it = static_cast<BytesIterObject*>(o);
    if (!it->seq) return nullptr;
    std::string_view v = bytes_like_view(it->seq);
    if (it->index >= v.size()) {
        clearref(it->seq);
        return nullptr;
    }
    return int_from_i64(static_cast<unsigned char>(v[it->index++]));
}

void bytes_iter_dealloc(Object* o) {
    xdecref(static_cast<BytesIterObject*>(o)->seq);
    free_object(o);
}

void bytes_iter_traverse(Object* o, VisitFn visit, void* arg) {
    if (auto* s = static_cast<BytesIterObject*>(o)->seq) visit(s, arg);
}

Object* iter_self(Object* o) { return incref(o); }

Object* bytes_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
    auto* it = static_cast<BytesIterObject*>(self);
    if (!it->seq) return int_from_i64(0);
    size_t size = bytes_like_view(it->seq).size();
    return int_from_u64(it->index < size ? size - it->index : 0);
}

// CPython: bytesobject.c striter_reduce / bytearrayobject.c bytearrayiter_reduce: (iter, (seq,),
// index), (iter, ((),)) once exhausted.
Object* bytes_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<BytesIterObject*>(self);
    if (!it->seq) {
        Object* empty = tuple_new(0);
        if (empty == nullptr) return nullptr;
        Object* res = iter_reduce("iter", empty, nullptr);
        decref(empty);
        return res;
    }
    Object* index = int_from_u64(it->index);
    if (index == nullptr) return nullptr;
    Object* res = iter_reduce("iter", it->seq, index);
    decref(index);
    return res;
}

Object* bytes_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<BytesIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (it->seq) {
        ssize size = static_cast<ssize>(bytes_like_view(it->seq).size());
        it->index = static_cast<size_t>(index < 0 ? 0 : (index > size ? size : index));
    }
    return incref(None);
}

const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint},
    {"__reduce__", bytes_iter_reduce},
    {"__setstate__", bytes_iter_setstate},
    {nullptr, nullptr},
};

// ---- Construction ----

// Collects the bytes of bytes(x) / bytearray(x) for every accepted source. encoding/errors
// may be null.
bool bytes_source(const char* owner, Object* x, Object* encoding, Object* errors, std::string* out) {
    if (encoding || errors) {
        if (encoding && !is_str(encoding)) {
            err_format(TypeError, "%s() argument 'encoding' must be str, not %s", owner, arg_type_name(encoding));
            return false;
        }
        if (errors && !is_str(errors)) {
            err_format(TypeError, "%s() argument 'errors' must be str, not %s", owner, arg_type_name(errors));
            return false;
        }
        if (!x || !is_str(x)) {
            err_set_string(TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
            return false;
        }
        Ref<> b = Ref<>::steal(str_encode_text(str_view(x), encoding ? str_cstr(encoding) : "utf-8",
                                               errors ? str_cstr(errors) : "strict"));
        if (!b) return false;
        out->assign(bytes_view(b.get()));
        return true;
    }
    if (!x) return true;
    if (is_str(x)) {
        err_set_string(TypeError, "string argument without an encoding");
        return false;
    }
    if (is_bytes_like(x)) {
        out->assign(bytes_like_view(x));
        return true;
    }
    if (object_check_buffer(x)) return buffer_copy_bytes(x, out);
    if (Object* method = type_lookup_str(x->type, "__bytes__")) {
        (void)method;
        Ref<> r = Ref<>::steal(call_method0(x, "__bytes__"));
        if (!r) return false;
        if (!is_bytes(r.get())) {
            err_format(TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r.get()));
            return false;
        }
        out->assign(bytes_view(r.get()));
        return true;
    }
    if (is_int(x) || x->type->nb_index) {
        ssize n = number_as_ssize(x, OverflowError);
        if (n == -1 && err_occurred()) return false;
        if (n < 0) {
            err_set_string(ValueError, "negative count");
            return false;
        }
        out->assign(static_cast<size_t>(n), '\0');
        return true;
    }
    Ref<> it = Ref<>::steal(object_iter(x));
    if (!it) {
        if (err_matches(TypeError)) {
            err_clear();
            err_format(TypeError, "cannot convert '%s' object to %s", type_name(x), owner);
        }
        return false;
    }
    // bytes() makes room for what the iterable says it holds, so an impossible size fails at once
    // (CPython: _PyBytes_FromIterator); bytearray() grows item by item, so a bad item is reported
    // first (CPython: bytearray_init).
    bool is_bytearray_source = std::string_view(owner) == "bytearray";
    ssize hint = is_bytearray_source ? 0 : object_length_hint(x, 64);
    if (hint < 0) return false;
    try {
        out->reserve(out->size() + static_cast<size_t>(hint));
    } catch (const std::exception&) {   // bad_alloc or length_error
        err_no_memory();
        return false;
    }
    while (true) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return !err_occurred();
        int b;
        if (!is_int(item.get()) && !item->type->nb_index) {
            err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(item.get()));
            return false;
        }
        ssize v = number_as_ssize(item.get(), nullptr);
        if (v == -1 && err_occurred()) return false;
        if (v < 0 || v > 255) {
            err_set_string(ValueError, is_bytearray_source ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
            return false;
        }
        b = static_cast<int>(v);
        out->push_back(static_cast<char>(b));
    }
}

Object* bytes_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"source", "encoding", "errors"};
    Object* a[3];
    if (!arg_bind("bytes", args, nargs, kwnames, kNames, 3, 0, a)) return nullptr;
    if (a[0] && !a[1] && !a[2] && a[0]->type == &BytesType && type == &BytesType) return incref(a[0]);
    std::string data;
    if (!bytes_source("bytes", a[0], a[1], a[2], &data)) return nullptr;
    return bytes_new_typed(type, data);
}

// ---- Methods shared by bytes and bytearray ----

using Args = Object* const*;

// A bytes-like argument, copied (its exporter may change once Python code runs again).
bool need_bytes_arg(Object* o, std::string* out) { return bytes_like_copy(o, out); }

Object* m_decode(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"encoding", "errors"};
    Object* a[2];
    if (!arg_bind("decode", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    const char* enc = "utf-8";
    const char* errs = "strict";
    if (a[0]) {
        if (!is_str(a[0])) return err_format(TypeError, "decode() argument 'encoding' must be str, not %s", arg_type_name(a[0]));
        enc = str_cstr(a[0]);
    }
    if (a[1]) {
        if (!is_str(a[1])) return err_format(TypeError, "decode() argument 'errors' must be str, not %s", arg_type_name(a[1]));
        errs = str_cstr(a[1]);
    }
    return bytes_decode_text(bytes_like_view(self), enc, errs);
}

Object* m_hex(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"sep", "bytes_per_sep"};
    Object* a[2];
    if (!arg_bind("hex", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    std::string_view sep;
    std::string sep_store;
    // bytes_per_sep is a C int, converted before the separator is looked at, as CPython's
    // clinic does (it was a full ssize: 1 << 62 was taken, and -(2**63) overflowed when negated).
    ssize per = 1;
    if (a[1]) {
        Ref<> index = Ref<>::steal(number_index(a[1]));
        if (!index) return nullptr;
        int64_t v;
        if (!int_as_i64(index.get(), &v) || v < INT32_MIN || v > INT32_MAX)
            return err_set_string(OverflowError, "Python int too large to convert to C int");
        per = v;
    }
    if (a[0]) {
        // CPython measures the separator first (any sized object), then checks its type.
        ssize seplen = object_length(a[0]);
        if (seplen < 0) return nullptr;
        if (seplen != 1) return err_set_string(ValueError, "sep must be length 1.");
        if (is_str(a[0])) {
            sep_store.assign(str_view(a[0]));
            if (static_cast<unsigned char>(sep_store[0]) >= 0x80) return err_set_string(ValueError, "sep must be ASCII.");
        } else if (is_bytes(a[0])) {
            sep_store.assign(bytes_like_view(a[0]));
            if (static_cast<unsigned char>(sep_store[0]) >= 0x80) return err_set_string(ValueError, "sep must be ASCII.");
        } else {
            return err_set_string(TypeError, "sep must be str or bytes.");
        }
        sep = sep_store;
    }
    std::string_view v = bytes_like_view(self);
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    size_t n = v.size();
    size_t group = static_cast<size_t>(per < 0 ? -per : per);
    for (size_t i = 0; i < n; ++i) {
        if (!sep.empty() && i > 0 && group > 0) {
            // Positive bytes_per_sep counts groups from the right, negative from the left.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        auto c = static_cast<unsigned char>(v[i]);
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
    return str_from(out);
}

Object* m_fromhex(Object* cls, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("fromhex", kwnames) || !arg_check_positional("fromhex", nargs, 1, 1)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "fromhex() argument must be str, not %s", arg_type_name(args[0]));
    std::string_view s = str_view(args[0]);
    std::string out;
    auto hexval = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        c = static_cast<char>(c | 0x20);
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    size_t i = 0;
    while (i < s.size()) {
        // Only ASCII whitespace separates the digits (not \x1c-\x1f, which str.isspace() takes).
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) { ++i; continue; }
        int hi = hexval(s[i]);
        if (hi < 0)
            return err_format(ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i);
        int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
        if (lo < 0)
            return err_format(ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    auto* type = static_cast<TypeObject*>(cls);
    if (type == &BytesType) return bytes_from(out);
    if (type == &ByteArrayType) return bytearray_from(out);
    Ref<> b = Ref<>::steal(bytes_from(out));
    if (!b) return nullptr;
    return call1(cls, b.get());
}

Object* m_join(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("join", kwnames) || !arg_check_positional("join", nargs, 1, 1)) return nullptr;
    Ref<> seq = Ref<>::steal(sequence_list(args[0]));
    if (!seq) return nullptr;
    std::string out;
    std::string_view sep = bytes_like_view(self);
    for (ssize i = 0; i < list_size(seq.get()); ++i) {
        Object* item = list_item(seq.get(), i);
        if (i > 0) out += sep;
        if (is_bytes_like(item)) {
            out += bytes_like_view(item);
            continue;
        }
        Buffer view;
        if (!object_check_buffer(item) || !object_get_buffer(item, &view, kBufSimple)) {
            err_clear();
            return err_format(TypeError, "sequence item %zd: expected a bytes-like object, %s found", i, type_name(item));
        }
        out.append(view.buf, static_cast<size_t>(view.len));
        buffer_release(&view);
    }
    return make_like(self, out);
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Object* m_split(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"sep", "maxsplit"};
    Object* a[2];
    if (!arg_bind("split", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    ssize maxsplit = -1;
    if (a[1] && !arg_ssize(a[1], &maxsplit)) return nullptr;
    std::string_view v = bytes_like_view(self);
    std::vector<std::string_view> parts;
    if (!a[0] || a[0] == None) {
        size_t i = 0;
        while (true) {
            while (i < v.size() && is_ascii_space(v[i])) ++i;
            if (i >= v.size()) break;
            if (maxsplit == 0) { parts.push_back(v.substr(i)); break; }
            size_t s = i;
            while (i < v.size() && !is_ascii_space(v[i])) ++i;
            parts.push_back(v.substr(s, i - s));
            if (maxsplit > 0) --maxsplit;
        }
    } else {
        std::string sep;
        if (!need_bytes_arg(a[0], &sep)) return nullptr;
        if (sep.empty()) return err_set_string(ValueError, "empty separator");
        size_t pos = 0;
        while (maxsplit != 0) {
            size_t f = v.find(sep, pos);
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(pos, f - pos));
            pos = f + sep.size();
            if (maxsplit > 0) --maxsplit;
        }
        parts.push_back(v.substr(pos));
    }
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (auto p : parts) {
        Ref<> b = Ref<>::steal(make_like(self, p));
        if (!b || list_append(list.get(), b.get()) < 0) return nullptr;
    }
    return list.release();
}

// splitlines(keepends=False): lines end at \n, \r or \r\n only (CPython: stringlib splitlines).
Object* m_splitlines(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"keepends"};
    Object* a[1];
    if (!arg_bind("splitlines", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    bool keepends = false;
    if (a[0]) {
        // An int-like flag, as Argument Clinic's bool(accept={int}).
        if (!is_int(a[0]) && !a[0]->type->nb_index)
            return err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(a[0]));
        Ref<> flag = Ref<>::steal(number_index(a[0]));
        if (!flag) return nullptr;
        keepends = int_sign(flag.get()) != 0;
    }
    std::string_view v = bytes_like_view(self);
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    size_t i = 0;
    while (i < v.size()) {
        size_t start = i;
        while (i < v.size() && v[i] != '\n' && v[i] != '\r') ++i;
        size_t end = i;
        if (i < v.size()) {
            i += (v[i] == '\r' && i + 1 < v.size() && v[i + 1] == '\n') ? 2 : 1;
            if (keepends) end = i;
        }
        Ref<> line = Ref<>::steal(make_like(self, v.substr(start, end - start)));
        if (!line || list_append(list.get(), line.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* strip_impl(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, int side) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 0, 1)) return nullptr;
    std::string_view v = bytes_like_view(self);
    std::string chars;
    bool ws = nargs == 0 || args[0] == None;
    if (!ws && !need_bytes_arg(args[0], &chars)) return nullptr;
    auto strip = [&](char c) { return ws ? is_ascii_space(c) : chars.find(c) != std::string_view::npos; };
    size_t b = 0, e = v.size();
    if (side & 1) while (b < e && strip(v[b])) ++b;
    if (side & 2) while (e > b && strip(v[e - 1])) --e;
    return make_like(self, v.substr(b, e - b));
}

Object* m_strip(Object* s, Args a, size_t n, Object* k) { return strip_impl("strip", s, a, n, k, 3); }
Object* m_lstrip(Object* s, Args a, size_t n, Object* k) { return strip_impl("lstrip", s, a, n, k, 1); }
Object* m_rstrip(Object* s, Args a, size_t n, Object* k) { return strip_impl("rstrip", s, a, n, k, 2); }

// Optional start/end arguments, read before anything looks at the bytes: their __index__ may
// resize a bytearray. *end is PTRDIFF_MAX when absent. CPython: _Py_bytes_find's argument parsing.
bool range_parse(Args args, size_t nargs, size_t first, ssize* start, ssize* end) {
    *start = 0;
    *end = PTRDIFF_MAX;
    for (size_t k = first; k < nargs && k < first + 2; ++k) {
        if (args[k] == None) continue;
        if (!is_int(args[k]) && !args[k]->type->nb_index) {
            err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        ssize v = number_as_ssize(args[k], nullptr);
        if (v == -1 && err_occurred()) return false;
        (k == first ? *start : *end) = v;
    }
    return true;
}

// Resolves parsed start/end against the length, CPython's ADJUST_INDICES.
void range_adjust(ssize len, ssize* start, ssize* end) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

// The needle of find/count/index: bytes-like or an int byte value.
bool needle_arg(Object* o, std::string* out) {
    if (is_bytes_like(o)) { out->assign(bytes_like_view(o)); return true; }
    if (object_check_buffer(o)) return bytes_like_copy(o, out);
    if (is_int(o) || o->type->nb_index) {
        int b;
        if (!byte_value(o, &b)) return false;
        out->assign(1, static_cast<char>(b));
        return true;
    }
    err_format(TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(o));
    return false;
}

Object* find_impl(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool reverse, bool raise) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 3)) return nullptr;
    ssize start, end;
    if (!range_parse(args, nargs, 1, &start, &end)) return nullptr;
    std::string needle;
    if (!needle_arg(args[0], &needle)) return nullptr;
    std::string_view v = bytes_like_view(self);
    range_adjust(static_cast<ssize>(v.size()), &start, &end);
    ssize r = -1;
    if (end - start >= static_cast<ssize>(needle.size()) && start <= static_cast<ssize>(v.size())) {
        std::string_view hay = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        size_t f = reverse ? hay.rfind(needle) : hay.find(needle);
        if (f != std::string_view::npos) r = start + static_cast<ssize>(f);
    }
    if (r < 0 && raise) return err_set_string(ValueError, "subsection not found");
    return int_from_i64(r);
}

Object* m_find(Object* s, Args a, size_t n, Object* k) { return find_impl("find", s, a, n, k, false, false); }
Object* m_rfind(Object* s, Args a, size_t n, Object* k) { return find_impl("rfind", s, a, n, k, true, false); }
Object* m_index(Object* s, Args a, size_t n, Object* k) { return find_impl("index", s, a, n, k, false, true); }
Object* m_rindex(Object* s, Args a, size_t n, Object* k) { return find_impl("rindex", s, a, n, k, true, true); }

Object* m_count(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("count", kwnames) || !arg_check_positional("count", nargs, 1, 3)) return nullptr;
    ssize start, end;
    if (!range_parse(args, nargs, 1, &start, &end)) return nullptr;
    std::string needle;
    if (!needle_arg(args[0], &needle)) return nullptr;
    std::string_view v = bytes_like_view(self);
    range_adjust(static_cast<ssize>(v.size()), &start, &end);
    if (start > static_cast<ssize>(v.size()) || end < start) return int_from_i64(0);
    if (needle.empty()) return int_from_i64(end - start + 1);
    std::string_view hay = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    int64_t n = 0;
    for (size_t f = hay.find(needle); f != std::string_view::npos; f = hay.find(needle, f + needle.size())) ++n;
    return int_from_i64(n);
}

Object* starts_ends(const char* name, Object* self, Args args, size_t nargs, Object* kwnames, bool ends) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 1, 3)) return nullptr;
    ssize start, end;
    if (!range_parse(args, nargs, 1, &start, &end)) return nullptr;
    std::string_view v = bytes_like_view(self);
    range_adjust(static_cast<ssize>(v.size()), &start, &end);
    auto match = [&](std::string_view p) {
        if (start > static_cast<ssize>(v.size()) || end - start < static_cast<ssize>(p.size())) return false;
        std::string_view hay = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        return ends ? hay.ends_with(p) : hay.starts_with(p);
    };
    Object* x = args[0];
    if (is_tuple(x)) {
        for (ssize i = 0; i < tuple_size(x); ++i) {
            Object* p = tuple_item(x, i);
            std::string prefix;
            if (!bytes_like_copy(p, &prefix)) return nullptr;
            if (match(prefix)) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!object_check_buffer(x))
        return err_format(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(x));
    std::string prefix;
    if (!bytes_like_copy(x, &prefix)) return nullptr;
    return bool_from(match(prefix));
}

Object* m_startswith(Object* s, Args a, size_t n, Object* k) { return starts_ends("startswith", s, a, n, k, false); }
Object* m_endswith(Object* s, Args a, size_t n, Object* k) { return starts_ends("endswith", s, a, n, k, true); }

Object* m_replace(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("replace", kwnames) || !arg_check_positional("replace", nargs, 2, 3)) return nullptr;
    std::string from, to;
    if (!need_bytes_arg(args[0], &from) || !need_bytes_arg(args[1], &to)) return nullptr;
    ssize count = -1;
    if (nargs > 2 && !arg_ssize(args[2], &count)) return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    std::string_view v = bytes_like_view(self);
    std::string out;
    ssize done = 0;
    // The result's size is known before it is built: one that cannot be allocated fails at once
    // (as CPython's single allocation does), not after growing the buffer for minutes.
    size_t reps = 0;
    if (from.empty()) {
        reps = static_cast<size_t>(std::min<ssize>(count, static_cast<ssize>(v.size()) + 1));
    } else {
        for (size_t pos = 0; static_cast<ssize>(reps) < count;) {
            size_t f = v.find(from, pos);
            if (f == std::string_view::npos) break;
            pos = f + from.size();
            ++reps;
        }
    }
    if (to.size() > from.size()) {
        size_t grow = to.size() - from.size();
        if (reps && grow > (static_cast<size_t>(PTRDIFF_MAX) - v.size()) / reps)
            return err_set_string(OverflowError, "replace bytes is too long");
        if (allocation_impossible(v.size() + reps * grow)) return err_no_memory();
        out.reserve(v.size() + reps * grow);
    }
    if (from.empty()) {
        size_t i = 0;
        while (done < count) {
            out += to;
            ++done;
            if (i >= v.size()) break;
            out.push_back(v[i++]);
        }
        out += v.substr(i);
        return make_like(self, out);
    }
    size_t pos = 0;
    while (done < count) {
        size_t f = v.find(from, pos);
        if (f == std::string_view::npos) break;
        out += v.substr(pos, f - pos);
        out += to;
        pos = f + from.size();
        ++done;
    }
    out += v.substr(pos);
    return make_like(self, out);
}

Object* case_impl(const char* name, Object* self, size_t nargs, Object* kwnames, bool upper) {
    if (!arg_no_kwargs(name, kwnames) || !arg_check_positional(name, nargs, 0, 0)) return nullptr;
    std::string out(bytes_like_view(self));
    for (char& c : out) {
        if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return make_like(self, out);
}

Object* m_upper(Object* s, Args, size_t n, Object* k) { return case_impl("upper", s, n, k, true); }
Object* m_lower(Object* s, Args, size_t n, Object* k) { return case_impl("lower", s, n, k, false); }

// bytes.__bytes__: the bytes itself, or an exact copy for a subclass.
Object* m_bytes(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__bytes__", kwnames) || !arg_check_positional("__bytes__", nargs, 0, 0)) return nullptr;
    if (self->type == &BytesType) return incref(self);
    return bytes_from(bytes_view(self));
}

Object* m_getnewargs(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__getnewargs__", kwnames) || !arg_check_positional("__getnewargs__", nargs, 0, 0)) return nullptr;
    Ref<> b = Ref<>::steal(bytes_from(bytes_view(self)));
    if (!b) return nullptr;
    return tuple_pack({b.get()});
}

const MethodDef kBytesMethods[] = {
    {"decode", m_decode},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"join", m_join},
    {"split", m_split},
    {"splitlines", m_splitlines},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"replace", m_replace},
    {"upper", m_upper},
    {"lower", m_lower},
    {"__getnewargs__", m_getnewargs},
    {"__bytes__", m_bytes},
    {"capitalize", bytes_m_capitalize},
    {"center", bytes_m_center},
    {"expandtabs", bytes_m_expandtabs},
    {"isalnum", bytes_m_isalnum},
    {"isalpha", bytes_m_isalpha},
    {"isascii", bytes_m_isascii},
    {"isdigit", bytes_m_isdigit},
    {"islower", bytes_m_islower},
    {"isspace", bytes_m_isspace},
    {"istitle", bytes_m_istitle},
    {"isupper", bytes_m_isupper},
    {"ljust", bytes_m_ljust},
    {"maketrans", bytes_m_maketrans, kMethStatic},
    {"partition", bytes_m_partition},
    {"removeprefix", bytes_m_removeprefix},
    {"removesuffix", bytes_m_removesuffix},
    {"rjust", bytes_m_rjust},
    {"rpartition", bytes_m_rpartition},
    {"rsplit", bytes_m_rsplit},
    {"swapcase", bytes_m_swapcase},
    {"title", bytes_m_title},
    {"translate", bytes_m_translate},
    {"zfill", bytes_m_zfill},
    {nullptr, nullptr},
};

// ---- bytearray ----

ByteArrayObject* as_ba(Object* o) { return static_cast<ByteArrayObject*>(o); }

bool ba_reserve(ByteArrayObject* ba, size_t n) {
    if (n <= ba->capacity && ba->data) return true;
    size_t cap = std::max<size_t>(n, ba->capacity + ba->capacity / 2 + 8);
    if (allocation_impossible(cap + 1)) cap = n;   // the growth margin must not make it fail
    if (allocation_impossible(cap + 1)) { err_no_memory(); return false; }
    auto* p = static_cast<char*>(mem_realloc(ba->data, cap + 1));
    if (!p) { err_no_memory(); return false; }
    ba->data = p;
    ba->capacity = cap;
    return true;
}

// CPython's _canresize: a bytearray whose buffer is lent out (a memoryview of it exists) keeps
// its size; changes that keep the size are allowed. False with BufferError.
bool ba_can_resize(ByteArrayObject* ba, size_t new_size) {
    if (ba->exports > 0 && new_size != ba->size) {
        err_buffer_resize();
        return false;
    }
    return true;
}

bool ba_assign(ByteArrayObject* ba, std::string_view data) {
    if (!ba_can_resize(ba, data.size())) return false;
    if (!ba_reserve(ba, data.size())) return false;
    if (!data.empty()) std::memmove(ba->data, data.data(), data.size());
    ba->size = data.size();
    ba->data[ba->size] = '\0';
    return true;
}

void ba_dealloc(Object* o) {
    mem_free(as_ba(o)->data);
    free_object(o);
}

Object* ba_new(TypeObject* type, Object* const*, size_t, Object*) {
    auto* ba = static_cast<ByteArrayObject*>(alloc_object(type));
    if (!ba) return nullptr;
    return ba;
}

int ba_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"source", "encoding", "errors"};
    Object* a[3];
    if (!arg_bind("bytearray", args, nargs, kwnames, kNames, 3, 0, a)) return -1;
    std::string data;
    if (!bytes_source("bytearray", a[0], a[1], a[2], &data)) return -1;
    return ba_assign(as_ba(self), data) ? 0 : -1;
}

Object* ba_repr(Object* o) {
    std::string text = bytes_repr_text(bytes_like_view(o));
    return str_from(std::string(o->type->name) + "(" + text + ")");
}

// ba[a:b:c] = value / del ba[a:b:c]. A step-1 slice may change the length; an extended one
// takes exactly as many bytes as it selects. CPython: bytearrayobject.c, bytearray_ass_subscript.
int ba_set_slice(ByteArrayObject* ba, Object* key, Object* value) {
    std::string repl;
    if (value) {
        if (is_int(value) || !bytes_source("bytearray", value, nullptr, nullptr, &repl)) {
            if (err_occurred() && !err_matches(TypeError)) return -1;   // a byte out of range
            err_clear();
            err_set_string(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
    }
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return -1;
    ssize size = static_cast<ssize>(ba->size);
    ssize n = slice_adjust(size, &start, &stop, step);
    ssize m = static_cast<ssize>(repl.size());
    if (step == 1) {
        ssize new_size = size - n + m;
        if (!ba_can_resize(ba, static_cast<size_t>(new_size))) return -1;
        if (new_size > size && !ba_reserve(ba, static_cast<size_t>(new_size))) return -1;
        std::memmove(ba->data + start + m, ba->data + start + n, static_cast<size_t>(size - start - n));
        if (m) std::memcpy(ba->data + start, repl.data(), static_cast<size_t>(m));
        ba->size = static_cast<size_t>(new_size);
        if (ba->data) ba->data[ba->size] = '\0';
        return 0;
    }
    // Assigning empty bytes to an extended slice deletes it, as CPython's does.
    if (value && m != 0) {
        if (m != n) {
            err_format(ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", m, n);
            return -1;
        }
        for (ssize k = 0; k < n; k++) ba->data[start + k * step] = repl[static_cast<size_t>(k)];
        return 0;
    }
    // Deleting an extended slice: keep the bytes it does not select, in order.
    if (!ba_can_resize(ba, static_cast<size_t>(size - n))) return -1;
    std::vector<bool> drop(static_cast<size_t>(size), false);
    for (ssize k = 0; k < n; k++) drop[static_cast<size_t>(start + k * step)] = true;
    size_t out = 0;
    for (size_t i = 0; i < ba->size; i++)
        if (!drop[i]) ba->data[out++] = ba->data[i];
    ba->size = out;
    if (ba->data) ba->data[ba->size] = '\0';
    return 0;
}

int ba_setitem(Object* self, Object* key, Object* value) {
    auto* ba = as_ba(self);
    if (is_slice(key)) return ba_set_slice(ba, key, value);
    if (!value) {
        if (!is_int(key) && !key->type->nb_index) {
            err_format(TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
            return -1;
        }
        ssize i = number_as_ssize(key, IndexError);
        if (i == -1 && err_occurred()) return -1;
        if (i < 0) i += static_cast<ssize>(ba->size);
        if (i < 0 || i >= static_cast<ssize>(ba->size)) {
            err_set_string(IndexError, "bytearray index out of range");
            return -1;
        }
        if (!ba_can_resize(ba, ba->size - 1)) return -1;
        std::memmove(ba->data + i, ba->data + i + 1, ba->size - static_cast<size_t>(i) - 1);
        ba->data[--ba->size] = '\0';
        return 0;
    }
    if (!is_int(key) && !key->type->nb_index) {
        err_format(TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
        return -1;
    }
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred()) return -1;
    // The value is converted before the bounds check: its __index__ may resize the bytearray.
    int b;
    if (!byte_value(value, &b)) return -1;
    if (i < 0) i += static_cast<ssize>(ba->size);
    if (i < 0 || i >= static_cast<ssize>(ba->size)) {
        err_set_string(IndexError, "bytearray index out of range");
        return -1;
    }
    ba->data[i] = static_cast<char>(b);
    return 0;
}

Object* ba_append(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bytearray.append", kwnames) || !arg_check_positional("bytearray.append", nargs, 1, 1)) return nullptr;
    int b;
    if (!byte_value(args[0], &b)) return nullptr;
    auto* ba = as_ba(self);
    if (!ba_can_resize(ba, ba->size + 1) || !ba_reserve(ba, ba->size + 1)) return nullptr;
    ba->data[ba->size++] = static_cast<char>(b);
    ba->data[ba->size] = '\0';
    return none_new();
}

Object* ba_extend(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bytearray.extend", kwnames) || !arg_check_positional("bytearray.extend", nargs, 1, 1)) return nullptr;
    std::string data;
    if (is_str(args[0])) return err_set_string(TypeError, "expected iterable of integers; got: 'str'");
    if (object_check_buffer(args[0]) && !is_bytes_like(args[0])) {
        if (!bytes_like_copy(args[0], &data)) {
            err_clear();
            return err_format(TypeError, "can't set bytearray slice from %s", type_name(args[0]));
        }
    } else {
        // Room for the length hint first, as CPython's bytearray_extend: an impossible size fails at once.
        ssize hint = is_bytes_like(args[0]) ? 0 : object_length_hint(args[0], 64);
        if (hint < 0) return nullptr;
        if (allocation_impossible(static_cast<size_t>(hint))) return err_no_memory();
        if (!bytes_source("bytearray", args[0], nullptr, nullptr, &data)) return nullptr;
    }
    auto* ba = as_ba(self);
    std::string all(bytes_like_view(self));
    all += data;
    if (!ba_assign(ba, all)) return nullptr;
    return none_new();
}

Object* ba_copy(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bytearray.copy", kwnames) || !arg_check_positional("bytearray.copy", nargs, 0, 0)) return nullptr;
    return bytearray_from(bytes_like_view(self));
}

Object* ba_clear(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bytearray.clear", kwnames) || !arg_check_positional("bytearray.clear", nargs, 0, 0)) return nullptr;
    if (!ba_can_resize(as_ba(self), 0)) return nullptr;
    as_ba(self)->size = 0;
    if (as_ba(self)->data) as_ba(self)->data[0] = '\0';
    return none_new();
}

Object* ba_pop(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("bytearray.pop", kwnames) || !arg_check_positional("pop", nargs, 0, 1)) return nullptr;
    auto* ba = as_ba(self);
    ssize i = -1;
    if (nargs > 0 && !arg_ssize(args[0], &i)) return nullptr;
    if (ba->size == 0) return err_set_string(IndexError, "pop from empty bytearray");
    if (i < 0) i += static_cast<ssize>(ba->size);
    if (i < 0 || i >= static_cast<ssize>(ba->size)) return err_set_string(IndexError, "pop index out of range");
    if (!ba_can_resize(ba, ba->size - 1)) return nullptr;
    auto v = static_cast<unsigned char>(ba->data[i]);
    std::memmove(ba->data + i, ba->data + i + 1, ba->size - static_cast<size_t>(i) - 1);
    ba->data[--ba->size] = '\0';
    return int_from_i64(v);
}

// insert(index, item): index clamped like list.insert.
Object* ba_insert(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("insert", kwnames) || !arg_check_positional("insert", nargs, 2, 2)) return nullptr;
    ssize i;
    int b;
    if (!arg_ssize(args[0], &i) || !byte_value(args[1], &b)) return nullptr;
    std::string all(bytes_like_view(self));
    ssize n = static_cast<ssize>(all.size());
    if (i < 0) i = std::max<ssize>(i + n, 0);
    if (i > n) i = n;
    all.insert(static_cast<size_t>(i), 1, static_cast<char>(b));
    if (!ba_assign(as_ba(self), all)) return nullptr;
    return none_new();
}

Object* ba_remove(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("remove", kwnames) || !arg_check_positional("remove", nargs, 1, 1)) return nullptr;
    int b;
    if (!byte_value(args[0], &b)) return nullptr;
    std::string all(bytes_like_view(self));
    size_t f = all.find(static_cast<char>(b));
    if (f == std::string::npos) return err_set_string(ValueError, "value not found in bytearray");
    all.erase(f, 1);
    if (!ba_assign(as_ba(self), all)) return nullptr;
    return none_new();
}

Object* ba_reverse(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("reverse", kwnames) || !arg_check_positional("reverse", nargs, 0, 0)) return nullptr;
    auto* ba = as_ba(self);
    if (ba->size > 0) std::reverse(ba->data, ba->data + ba->size);
    return none_new();
}

const MethodDef kByteArrayMethods[] = {
    {"append", ba_append},
    {"extend", ba_extend},
    {"copy", ba_copy},
    {"clear", ba_clear},
    {"pop", ba_pop},
    {"insert", ba_insert},
    {"remove", ba_remove},
    {"reverse", ba_reverse},
    {"rindex", m_rindex},
    {"capitalize", bytes_m_capitalize},
    {"center", bytes_m_center},
    {"expandtabs", bytes_m_expandtabs},
    {"isalnum", bytes_m_isalnum},
    {"isalpha", bytes_m_isalpha},
    {"isascii", bytes_m_isascii},
    {"isdigit", bytes_m_isdigit},
    {"islower", bytes_m_islower},
    {"isspace", bytes_m_isspace},
    {"istitle", bytes_m_istitle},
    {"isupper", bytes_m_isupper},
    {"ljust", bytes_m_ljust},
    {"maketrans", bytes_m_maketrans, kMethStatic},
    {"partition", bytes_m_partition},
    {"removeprefix", bytes_m_removeprefix},
    {"removesuffix", bytes_m_removesuffix},
    {"rjust", bytes_m_rjust},
    {"rpartition", bytes_m_rpartition},
    {"rsplit", bytes_m_rsplit},
    {"swapcase", bytes_m_swapcase},
    {"title", bytes_m_title},
    {"translate", bytes_m_translate},
    {"zfill", bytes_m_zfill},
    {"decode", m_decode},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"join", m_join},
    {"split", m_split},
    {"splitlines", m_splitlines},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"replace", m_replace},
    {"upper", m_upper},
    {"lower", m_lower},
    {nullptr, nullptr},
};

Object* ba_inplace_add(Object* a, Object* b) {
    if (!is_bytearray(a)) return incref(NotImplemented);
    std::string extra;
    if (!object_check_buffer(b) || !bytes_like_copy(b, &extra)) {
        err_clear();
        return err_format(TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    // CPython 3.11's bytearray_iconcat holds b's buffer while it resizes a: `ba += ba` (a
    // non-empty one) is itself an export of a, so the resize fails with BufferError.
    if (b == a && !extra.empty()) {
        err_buffer_resize();
        return nullptr;
    }
    std::string all(bytes_like_view(a));
    all += extra;
    if (!ba_assign(as_ba(a), all)) return nullptr;
    return incref(a);
}

// ba *= n repeats the bytearray in place (the same object), BufferError while exported.
Object* ba_inplace_mul(Object* a, Object* b) {
    if (!is_bytearray(a)) return incref(NotImplemented);
    if (!is_int(b) && !b->type->nb_index)
        return err_format(TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
    ssize count = number_as_ssize(b, OverflowError);
    if (count == -1 && err_occurred()) return nullptr;
    std::string_view v = bytes_like_view(a);
    if (count < 0) count = 0;
    if (!v.empty() && static_cast<ssize>(v.size()) > PTRDIFF_MAX / (count ? count : 1)) return err_no_memory();
    std::string out;
    out.reserve(v.size() * static_cast<size_t>(count));
    for (ssize i = 0; i < count; ++i) out += v;
    if (!ba_assign(as_ba(a), out)) return nullptr;
    return incref(a);
}

}  // namespace

Object* bytearray_from(std::string_view data) {
    auto* ba = static_cast<ByteArrayObject*>(alloc_object(&ByteArrayType));
    if (!ba) return nullptr;
    if (!ba_assign(ba, data)) {
        decref(ba);
        return nullptr;
    }
    return ba;
}

void init_bytes_types() {
    BytesType.name = "bytes";
    BytesType.basicsize = kBytesHeader + 1;
    BytesType.flags = kTypeBaseType | kTypeBytesSubclass;
    BytesType.base = &ObjectType;
    BytesType.dealloc = bytes_dealloc;
    BytesType.repr = bytes_repr;
    BytesType.str = bytes_repr;
    BytesType.hash = bytes_hash;
    BytesType.richcompare = bytes_richcompare;
    BytesType.iter = bytes_iter;
    BytesType.tp_new = bytes_new;
    BytesType.methods = kBytesMethods;
    BytesType.nb[static_cast<int>(BinOp::Add)] = bytes_add;
    BytesType.nb[static_cast<int>(BinOp::Mul)] = bytes_mul;
    BytesType.nb[static_cast<int>(BinOp::Mod)] = bytes_mod;
    BytesType.len = bytes_len;
    BytesType.getitem = bytes_getitem_common;
    BytesType.contains = bytes_contains;
    if (!type_ready(&BytesType)) return;

    ByteArrayType.name = "bytearray";
    ByteArrayType.basicsize = sizeof(ByteArrayObject);
    ByteArrayType.flags = kTypeBaseType;
    ByteArrayType.base = &ObjectType;
    ByteArrayType.dealloc = ba_dealloc;
    ByteArrayType.repr = ba_repr;
    ByteArrayType.str = ba_repr;
    ByteArrayType.hash = hash_not_implemented;
    ByteArrayType.richcompare = bytes_richcompare;
    ByteArrayType.iter = bytes_iter;
    ByteArrayType.tp_new = ba_new;
    ByteArrayType.tp_init = ba_init;
    ByteArrayType.methods = kByteArrayMethods;
    ByteArrayType.nb[static_cast<int>(BinOp::Add)] = bytes_add;
    ByteArrayType.nb[static_cast<int>(BinOp::Mul)] = bytes_mul;
    ByteArrayType.nb[static_cast<int>(BinOp::Mod)] = bytes_mod;
    ByteArrayType.nb_inplace[static_cast<int>(BinOp::Add)] = ba_inplace_add;
    ByteArrayType.nb_inplace[static_cast<int>(BinOp::Mul)] = ba_inplace_mul;
    ByteArrayType.len = bytes_len;
    ByteArrayType.getitem = bytes_getitem_common;
    ByteArrayType.setitem = ba_setitem;
    ByteArrayType.contains = bytes_contains;
    if (!type_ready(&ByteArrayType)) return;

    for (TypeObject* it : {&BytesIterType, &ByteArrayIterType}) {
        it->name = it == &BytesIterType ? "bytes_iterator" : "bytearray_iterator";
        it->basicsize = sizeof(BytesIterObject);
        it->flags = kTypeGC;
        it->base = &ObjectType;
        it->dealloc = bytes_iter_dealloc;
        it->traverse = bytes_iter_traverse;
        it->iter = iter_self;
        it->iternext = bytes_iter_next;
        it->methods = bytes_iter_methods;
        if (!type_ready(it)) return;
    }

    BytesObject* empty = bytes_alloc(&BytesType, 0);
    if (!empty) return;
    empty->refcnt = ssize(1) << (sizeof(ssize) >= 8 ? 60 : 28);   // immortal singleton
    g_empty_bytes = empty;
    init_memoryview_types();
}

}  // namespace pygen
