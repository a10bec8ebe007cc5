// The str type core: storage, UTF-8 helpers, interning, hashing, comparison, repr, the sequence
// slots (len, [], in, iteration), + * %, and str(). Methods live in str_methods.cpp, the format
// mini-language in str_format.cpp, printf-style % in str_percent.cpp.
// CPython counterpart: Objects/unicodeobject.c (core parts), Objects/unicodectype.c.
#include "objects/buffer.h"
#include "objects/str.h"
#include "objects/seq_slice.h"
#include "objects/unicode_db.h"

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <cwctype>
#include <locale.h>
#include <string>
#include <unordered_map>

#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/size_pools.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen {

TypeObject StrType;
TypeObject StrIterType;
TypeObject StrUnicodeIterType;   // "str_iterator": CPython's name for the iterator of a non-ASCII str

extern const MethodDef kStrMethods[];   // str_methods.cpp

// ---- UTF-8 ----

size_t utf8_encode(uint32_t cp, char* out) {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t utf8_decode_multibyte(const char*& p) {
    auto b = static_cast<unsigned char>(*p++);
    if (b < 0xE0) {
        uint32_t cp = (b & 0x1Fu) << 6;
        cp |= static_cast<unsigned char>(*p++) & 0x3Fu;
        return cp;
    }
    if (b < 0xF0) {
        uint32_t cp = (b & 0x0Fu) << 12;
        cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 6;
        cp |= static_cast<unsigned char>(*p++) & 0x3Fu;
        return cp;
    }
    uint32_t cp = (b & 0x07u) << 18;
    cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 12;
    cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 6;
    cp |= static_cast<unsigned char>(*p++) & 0x3Fu;
    return cp;
}

ssize utf8_count(std::string_view text) {
    ssize n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// Accepts surrogate code points (WTF-8) because Python str may hold lone surrogates ('\ud800').
bool utf8_is_valid(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        unsigned char b = *p;
        size_t n;
        uint32_t cp;
        if (b < 0x80) { ++p; continue; }
        if (b >= 0xC2 && b < 0xE0) { n = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b < 0xF0) { n = 2; cp = b & 0x0F; }
        else if (b >= 0xF0 && b < 0xF5) { n = 3; cp = b & 0x07; }
        else return false;
        if (static_cast<size_t>(end - p) <= n) return false;
        for (size_t i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
        p += n + 1;
    }
    return true;
}

namespace {

// Pointer just past `count` code points starting at p (stops at end).
const char* utf8_skip(const char* p, const char* end, ssize count) {
    while (count > 0 && p < end) {
        auto b = static_cast<unsigned char>(*p);
        p += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        --count;
    }
    return p;
}

}  // namespace

size_t str_byte_offset(Object* s, ssize index) {
    auto* so = static_cast<StrObject*>(s);
    if (so->is_ascii) return static_cast<size_t>(index);
    return static_cast<size_t>(utf8_skip(so->data, so->data + so->byte_size, index) - so->data);
}

uint32_t str_codepoint_at(Object* s, ssize index) {
    auto* so = static_cast<StrObject*>(s);
    if (so->is_ascii) return static_cast<unsigned char>(so->data[index]);
    const char* p = so->data + str_byte_offset(s, index);
    return utf8_decode(p);
}

// ---- Character classes ----
// Non-ASCII answers come from the generated Unicode 14.0 tables (unicode_db.h), as CPython 3.11.

bool unicode_is_space_nonascii(uint32_t cp) {
    switch (cp) {
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
        case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool unicode_is_linebreak_nonascii(uint32_t cp) {
    switch (cp) {
        case 0x85: case 0x2028: case 0x2029:
            return true;
        default:
            return false;
    }
}

namespace udb = unicode_db;

bool unicode_is_alpha(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return udb::has(cp, udb::kAlpha);
}

int unicode_decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (cp < 128) return -1;
    return udb::record(cp).decimal;
}

bool unicode_is_decimal(uint32_t cp) { return unicode_decimal_value(cp) >= 0; }

bool unicode_is_digit(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return udb::has(cp, udb::kDigit);
}

bool unicode_is_numeric(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return udb::has(cp, udb::kNumeric);
}

bool unicode_is_upper_nonascii(uint32_t cp) { return udb::has(cp, udb::kUpper); }
bool unicode_is_lower_nonascii(uint32_t cp) { return udb::has(cp, udb::kLower); }

bool unicode_is_printable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7F;
    return udb::has(cp, udb::kPrintable);
}

uint32_t unicode_to_upper_nonascii(uint32_t cp) { return udb::simple_mapping(cp, udb::Case::Upper); }
uint32_t unicode_to_lower_nonascii(uint32_t cp) { return udb::simple_mapping(cp, udb::Case::Lower); }

// ---- Allocation ----
// str is variable-sized, so instances are allocated here rather than by alloc_object: the header,
// the text and its NUL in one block. Instances of Python subclasses get the subclass's extra slots
// (type->basicsize - StrType.basicsize bytes, e.g. __dict__) after the text, 8-byte aligned.
// TODO(#var-sized-subclass): object_dict_ptr must find those slots from the end of the block.

namespace {

// StrObject is not standard-layout (it extends Object), but GCC and Clang lay it out plainly.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStrHeader = offsetof(StrObject, data);
#pragma GCC diagnostic pop

// An exact str, the case nearly every str is: short ones come from the size-class pools (a block
// freed a moment ago, as text is made and dropped at a high rate, is reused while still in the
// cache) and the header's fields are stored one by one, without a memset.
inline StrObject* str_alloc_exact(size_t byte_size) {
    void* block;
    if (byte_size < size_pools::kMaxBytes - kStrHeader) {
        block = size_pools::take(size_pools::class_of(kStrHeader + byte_size + 1));
    } else {
        size_t size = kStrHeader + byte_size + 1;
        if (size < byte_size || allocation_impossible(size)) { err_no_memory(); return nullptr; }
        block = mem_malloc(size);
    }
    if (!block) { err_no_memory(); return nullptr; }
    auto* s = static_cast<StrObject*>(block);
    s->refcnt = 1;
    s->type = &StrType;
    s->hash = -1;
    s->length = 0;
    s->byte_size = byte_size;
    s->is_ascii = false;
    s->is_interned = false;
    s->data[byte_size] = '\0';
    return s;
}

StrObject* str_alloc(TypeObject* type, size_t byte_size) {
    if (type == &StrType) return str_alloc_exact(byte_size);
    // A subclass instance: the subclass's slots after the text, 8-byte aligned.
    size_t size = kStrHeader + byte_size + 1;
    size = (size + 7) & ~static_cast<size_t>(7);
    size += type->basicsize > StrType.basicsize ? type->basicsize - StrType.basicsize : 0;
    // Not zeroed: every caller writes the text and its NUL. The header is set here and the
    // subclass slots (after the text) are cleared, so only the text bytes start undefined.
    // Subclass instances are kTypeGC (heap types): a GC header in front, and tracked (their
    // __dict__ may close a cycle), as alloc_object does (vm/gc.h).
    if (allocation_impossible(size)) { err_no_memory(); return nullptr; }
    auto* s = static_cast<StrObject*>(gc_alloc_uninit(size));
    if (!s) { err_no_memory(); return nullptr; }
    std::memset(static_cast<void*>(s), 0, kStrHeader);
    size_t text_end = kStrHeader + byte_size + 1;
    if (size > text_end) std::memset(reinterpret_cast<char*>(s) + text_end, 0, size - text_end);
    s->data[byte_size] = '\0';
    s->refcnt = 1;
    s->type = type;
    if (type_has(type, kTypeHeap)) incref(type);
    s->hash = -1;
    s->byte_size = byte_size;
    gc_track(s);
    return s;
}

void str_dealloc(Object* o) {
    TypeObject* type = o->type;
    if (object_is_gc(o)) {
        gc_untrack(o);
        gc_free(o);
    } else if (size_t bytes = static_cast<StrObject*>(o)->byte_size; bytes < size_pools::kMaxBytes - kStrHeader) {
        // An exact str that str_alloc_exact took from the pools.
        size_pools::give(o, size_pools::class_of(kStrHeader + bytes + 1));
    } else {
        mem_free(o);
    }
    if (type_has(type, kTypeHeap)) decref(type);
}

constexpr ssize kImmortalRefs = ssize(1) << (sizeof(ssize) >= 8 ? 60 : 28);   // 28: wasm32

Object* g_empty = nullptr;
Object* g_latin1[256] = {};

Object* make_immortal(Object* o) {
    o->refcnt = kImmortalRefs;
    return o;
}

}  // namespace

Object* str_new_uninit(size_t byte_size, ssize length, char** data) {
    StrObject* s = str_alloc(&StrType, byte_size);
    if (!s) return nullptr;
    s->length = length;
    s->is_ascii = byte_size == static_cast<size_t>(length);
    *data = s->data;
    return s;
}

Object* str_join_array(Object* sep, Object* const* items, ssize n) {
    if (n <= 0) return str_empty();
    size_t bytes = 0;
    ssize length = 0;
    for (ssize i = 0; i < n; ++i) {
        auto* s = static_cast<StrObject*>(items[i]);
        bytes += s->byte_size;
        length += s->length;
    }
    if (sep && n > 1) {
        auto* s = static_cast<StrObject*>(sep);
        size_t sep_bytes;
        if (__builtin_mul_overflow(s->byte_size, static_cast<size_t>(n - 1), &sep_bytes) ||
            __builtin_add_overflow(bytes, sep_bytes, &bytes)) {
            err_no_memory();
            return nullptr;
        }
        length += s->length * (n - 1);
    } else {
        sep = nullptr;
    }
    if (length <= 1) {
        // '' and one character come from the shared singletons, as str_from_known gives them.
        for (ssize i = 0; i < n; ++i)
            if (str_length(items[i]) == 1) return str_from_known(str_view(items[i]), 1);
        if (sep && str_length(sep) == 1) return str_from_known(str_view(sep), 1);
        return str_empty();
    }
    char* out;
    Object* r = str_new_uninit(bytes, length, &out);
    if (!r) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        if (sep && i > 0) {
            auto* s = static_cast<StrObject*>(sep);
            std::memcpy(out, s->data, s->byte_size);
            out += s->byte_size;
        }
        auto* s = static_cast<StrObject*>(items[i]);
        std::memcpy(out, s->data, s->byte_size);
        out += s->byte_size;
    }
    return r;
}

Object* str_from_known(std::string_view utf8, ssize length) {
    if (utf8.empty()) return str_empty();
    if (length == 1) {
        const char* p = utf8.data();
        uint32_t cp = utf8_decode(p);
        if (cp < 256 && g_latin1[cp]) return incref(g_latin1[cp]);
    }
    StrObject* s = str_alloc(&StrType, utf8.size());
    if (!s) return nullptr;
    std::memcpy(s->data, utf8.data(), utf8.size());
    s->data[utf8.size()] = '\0';
    s->length = length;
    s->is_ascii = utf8.size() == static_cast<size_t>(length);
    return s;
}

bool utf8_is_ascii(std::string_view text) {
    const char* p = text.data();
    size_t n = text.size(), i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
    return (acc & 0x8080808080808080ull) == 0;
}

Object* str_from(std::string_view utf8) {
    if (utf8_is_ascii(utf8)) return str_from_known(utf8, static_cast<ssize>(utf8.size()));
    bool ascii = true;
    ssize n = 0;
    for (char c : utf8) {
        auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) ascii = false;
        if ((b & 0xC0) != 0x80) ++n;
    }
    return str_from_known(utf8, n);
}

Object* str_from_cstr(const char* utf8) { return str_from(std::string_view(utf8)); }

Object* str_from_codepoint(uint32_t cp) {
    if (cp < 256 && g_latin1[cp]) return incref(g_latin1[cp]);
    char buf[4];
    size_t n = utf8_encode(cp, buf);
    return str_from_known(std::string_view(buf, n), 1);
}

Object* str_empty() {
    if (!g_empty) {
        StrObject* s = str_alloc(&StrType, 0);
        if (!s) return nullptr;
        s->is_ascii = true;
        g_empty = make_immortal(s);
    }
    return incref(g_empty);
}

Object* str_subtype_copy(TypeObject* type, Object* s) {
    auto* src = static_cast<StrObject*>(s);
    StrObject* r = str_alloc(type, src->byte_size);
    if (!r) return nullptr;
    std::memcpy(r->data, src->data, src->byte_size + 1);
    r->length = src->length;
    r->is_ascii = src->is_ascii;
    return r;
}

// ---- Interning ----

namespace {

// Keys view the text of the (immortal) interned object itself.
std::unordered_map<std::string_view, Object*>& intern_table() {
    static auto* table = new std::unordered_map<std::string_view, Object*>();
    return *table;
}

}  // namespace

Object* str_intern(std::string_view utf8) {
    // C++ callers intern the same literals over and over (method names looked up by
    // call_method, type_lookup_str): a small cache keyed by the text's address skips hashing it.
    // The content is compared too, as the address of a temporary buffer can be reused.
    struct RecentEntry { const char* data; Object* str; };
    static RecentEntry recent[256];
    RecentEntry& slot = recent[(reinterpret_cast<uintptr_t>(utf8.data()) >> 3) & 255];
    if (slot.data == utf8.data() && slot.str && str_view(slot.str) == utf8) return incref(slot.str);
    auto& table = intern_table();
    auto it = table.find(utf8);
    if (it != table.end()) {
        slot = {utf8.data(), it->second};   // interned strings are immortal
        return incref(it->second);
    }
    Object* s = str_from(utf8);
    if (!s) return nullptr;
    if (s->refcnt >= kImmortalRefs) {
        // A cached single character: intern the cached object itself.
        static_cast<StrObject*>(s)->is_interned = true;
        table.emplace(str_view(s), s);
        return s;
    }
    static_cast<StrObject*>(s)->is_interned = true;
    table.emplace(str_view(s), make_immortal(s));
    return s;
}

void str_intern_in_place(Object** p) {
    Object* s = *p;
    auto* so = static_cast<StrObject*>(s);
    if (so->is_interned || !is_str_exact(s)) return;
    auto& table = intern_table();
    auto it = table.find(str_view(s));
    if (it != table.end()) {
        *p = incref(it->second);
        decref(s);
        return;
    }
    so->is_interned = true;
    table.emplace(str_view(s), s);
    make_immortal(s);
}

// ---- Hashing and comparison ----

int64_t hash_bytes(std::string_view data) {
    if (data.empty()) return 0;   // as CPython: hash('') == hash(b'') == 0
    // FNV-1a over the bytes, then a murmur-style finaliser to spread the low bits.
    uint64_t h = 14695981039346656037ull;
    for (char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    auto r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t str_hash(Object* o) {
    auto* s = static_cast<StrObject*>(o);
    if (s->hash != -1) return s->hash;
    s->hash = hash_bytes({s->data, s->byte_size});
    return s->hash;
}

bool str_equal(Object* a, Object* b) {
    if (a == b) return true;
    auto* x = static_cast<StrObject*>(a);
    auto* y = static_cast<StrObject*>(b);
    if (x->byte_size != y->byte_size) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return std::memcmp(x->data, y->data, x->byte_size) == 0;
}

namespace {

int64_t str_hash_slot(Object* o) { return str_hash(o); }

// Byte order of UTF-8 is code-point order, so memcmp decides ordering.
Object* str_richcompare(Object* a, Object* b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return incref(NotImplemented);
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        bool eq = str_equal(a, b);
        return bool_from(op == CompareOp::Eq ? eq : !eq);
    }
    std::string_view x = str_view(a), y = str_view(b);
    int c = x.compare(y);
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
        default: break;
    }
    return bool_from(r);
}

}  // namespace

// ---- repr ----

std::string str_repr_text(std::string_view utf8) {
    bool has_single = utf8.find('\'') != std::string_view::npos;
    bool has_double = utf8.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out.push_back(quote);
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    static const char kHex[] = "0123456789abcdef";
    while (p < end) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (unicode_is_printable(cp)) {
            out.append(start, static_cast<size_t>(p - start));
        } else if (cp < 0x100) {
            out += "\\x";
            out.push_back(kHex[cp >> 4]);
            out.push_back(kHex[cp & 15]);
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(cp >> shift) & 15]);
        } else {
            out += "\\U";
            for (int shift = 28; shift >= 0; shift -= 4) out.push_back(kHex[(cp >> shift) & 15]);
        }
    }
    out.push_back(quote);
    return out;
}

namespace {

Object* str_repr(Object* o) { return str_from(str_repr_text(str_view(o))); }

Object* str_str(Object* o) {
    if (is_str_exact(o)) return incref(o);
    return str_from_known(str_view(o), str_length(o));
}

}  // namespace

// ---- Concatenation, repetition, % ----

Object* str_concat(Object* a, Object* b) {
    auto* x = static_cast<StrObject*>(a);
    auto* y = static_cast<StrObject*>(b);
    if (y->byte_size == 0 && is_str_exact(a)) return incref(a);
    if (x->byte_size == 0 && is_str_exact(b)) return incref(b);
    StrObject* r = str_alloc(&StrType, x->byte_size + y->byte_size);
    if (!r) return nullptr;
    std::memcpy(r->data, x->data, x->byte_size);
    std::memcpy(r->data + x->byte_size, y->data, y->byte_size);
    r->data[r->byte_size] = '\0';
    r->length = x->length + y->length;
    r->is_ascii = x->is_ascii && y->is_ascii;
    return r;
}

namespace {

// A user class on the other side may still answer through its reflected method, so only
// built-in operands get the sequence error right away.
bool other_may_handle(Object* other, BinOp op) {
    return type_has(other->type, kTypeHeap) && other->type->nb[static_cast<int>(op)] != nullptr;
}

Object* str_add(Object* a, Object* b) {
    if (!is_str(a)) return incref(NotImplemented);
    if (!is_str(b)) {
        if (other_may_handle(b, BinOp::Add)) return incref(NotImplemented);
        return err_format(TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    }
    return str_concat(a, b);
}

Object* str_repeat(Object* s, ssize count) {
    auto* so = static_cast<StrObject*>(s);
    if (count <= 0 || so->byte_size == 0) return str_empty();
    if (count == 1 && is_str_exact(s)) return incref(s);
    if (so->length > PTRDIFF_MAX / count) return err_set_string(OverflowError, "repeated string is too long");
    if (static_cast<size_t>(count) > (SIZE_MAX / 2) / so->byte_size) return err_no_memory();
    size_t total = so->byte_size * static_cast<size_t>(count);
    StrObject* r = str_alloc(&StrType, total);
    if (!r) return nullptr;
    if (so->byte_size == 1) {
        std::memset(r->data, so->data[0], total);
    } else {
        // Doubling copies keep this O(log n) memcpy calls.
        std::memcpy(r->data, so->data, so->byte_size);
        size_t done = so->byte_size;
        while (done < total) {
            size_t n = std::min(done, total - done);
            std::memcpy(r->data + done, r->data, n);
            done += n;
        }
    }
    r->data[total] = '\0';
    r->length = so->length * count;
    r->is_ascii = so->is_ascii;
    return r;
}

Object* str_mul(Object* a, Object* b) {
    Object* s = is_str(a) ? a : b;
    Object* n = is_str(a) ? b : a;
    if (!is_str(s)) return incref(NotImplemented);
    if (!is_int(n) && !n->type->nb_index) {
        if (other_may_handle(n, BinOp::Mul)) return incref(NotImplemented);
        return err_format(TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    }
    ssize count = number_as_ssize(n, OverflowError);
    if (count == -1 && err_occurred()) return nullptr;
    return str_repeat(s, count);
}

Object* str_mod(Object* a, Object* b) {
    if (!is_str(a)) return incref(NotImplemented);
    return str_percent_format(a, b);
}

// ---- Sequence slots ----

ssize str_len(Object* o) { return str_length(o); }

// [start, stop) in code points, 0 <= start, stop <= length.
Object* str_substring(Object* s, ssize start, ssize stop) {
    auto* so = static_cast<StrObject*>(s);
    if (start >= stop) return str_empty();
    if (start == 0 && stop == so->length && is_str_exact(s)) return incref(s);
    const char* end = so->data + so->byte_size;
    const char* p0 = so->is_ascii ? so->data + start : utf8_skip(so->data, end, start);
    const char* p1 = so->is_ascii ? so->data + stop : utf8_skip(p0, end, stop - start);
    return str_from_known(std::string_view(p0, static_cast<size_t>(p1 - p0)), stop - start);
}

}  // namespace

Object* str_slice_by_step(Object* s, ssize start, ssize step, ssize count) {
    if (count <= 0) return str_empty();
    if (step == 1) return str_substring(s, start, start + count);
    auto* so = static_cast<StrObject*>(s);
    if (so->is_ascii) {
        // One byte per code point: the picked bytes go straight into the new str.
        if (count == 1) return str_from_codepoint(static_cast<unsigned char>(so->data[start]));
        char* out;
        Object* r = str_new_uninit(static_cast<size_t>(count), count, &out);
        if (!r) return nullptr;
        for (ssize i = 0; i < count; ++i) out[i] = so->data[start + i * step];
        return r;
    }
    std::string out;
    // Decode once into code points, then pick.
    std::u32string cps;
    cps.reserve(static_cast<size_t>(so->length));
    for (const char* p = so->data; p < so->data + so->byte_size;) cps.push_back(utf8_decode(p));
    for (ssize i = 0; i < count; ++i) {
        char buf[4];
        uint32_t cp = cps[static_cast<size_t>(start + i * step)];
        out.append(buf, utf8_encode(cp, buf));
    }
    return str_from_known(out, count);
}

namespace {

Object* str_getitem(Object* s, Object* key) {
    if (is_slice(key)) {
        ssize start, stop, step, count;
        if (!slice_indices(key, str_length(s), &start, &stop, &step, &count)) return nullptr;
        return str_slice_by_step(s, start, step, count);
    }
    if (!is_int(key) && !key->type->nb_index)
        return err_format(TypeError, "string indices must be integers, not '%s'", type_name(key));
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    ssize n = str_length(s);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set_string(IndexError, "string index out of range");
    return str_from_codepoint(str_codepoint_at(s, i));
}

int str_contains(Object* s, Object* sub) {
    if (!is_str(sub)) {
        err_format(TypeError, "'in <string>' requires string as left operand, not %s",
                   type_name(sub));
        return -1;
    }
    return str_view(s).find(str_view(sub)) != std::string_view::npos ? 1 : 0;
}

// ---- Iteration ----

struct StrIterObject : Object {
    Object* str;        // strong; null once exhausted
    size_t byte_pos;    // offset of the next code point
};

Object* str_iter(Object* s) {
    auto* so = static_cast<StrObject*>(s);
    auto* it = static_cast<StrIterObject*>(alloc_object(so->is_ascii ? &StrIterType : &StrUnicodeIterType));
    if (!it) return nullptr;
    it->str = incref(s);
    it->byte_pos = 0;
    return it;
}

Object* str_iter_next(Object* o) {
    auto* it = static_cast<StrIterObject*>(o);
    if (!it->str) return nullptr;
    auto* so = static_cast<StrObject*>(it->str);
    if (it->byte_pos >= so->byte_size) {
        clearref(it->str);
        return nullptr;
    }
    const char* p = so->data + it->byte_pos;
    uint32_t cp = utf8_decode(p);
    it->byte_pos = static_cast<size_t>(p - so->data);
    return str_from_codepoint(cp);
}

void str_iter_dealloc(Object* o) {
    auto* it = static_cast<StrIterObject*>(o);
    xdecref(it->str);
    free_object(o);
}

void str_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = static_cast<StrIterObject*>(o);
    if (it->str) visit(it->str, arg);
}

Object* str_iter_self(Object* o) { return incref(o); }

Object* str_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
    auto* it = static_cast<StrIterObject*>(self);
    if (!it->str) return int_from_i64(0);
    auto* so = static_cast<StrObject*>(it->str);
    return int_from_i64(utf8_count(std::string_view(so->data + it->byte_pos,
                                                    so->byte_size - it->byte_pos)));
}

// CPython: unicodeobject.c, unicodeiter_reduce / unicodeiter_setstate; the index counts code
// points, the iterator keeps a byte offset.
Object* str_iter_reduce(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_none("__reduce__", nargs)) return nullptr;
    auto* it = static_cast<StrIterObject*>(self);
    if (!it->str) {
        Object* empty = str_from_known("", 0);
        if (empty == nullptr) return nullptr;
        Object* res = iter_reduce("iter", empty, nullptr);
        decref(empty);
        return res;
    }
    auto* so = static_cast<StrObject*>(it->str);
    Object* index = int_from_i64(utf8_count(std::string_view(so->data, it->byte_pos)));
    if (index == nullptr) return nullptr;
    Object* res = iter_reduce("iter", it->str, index);
    decref(index);
    return res;
}

Object* str_iter_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__setstate__", kwnames) || !arg_exactly_one("__setstate__", nargs)) return nullptr;
    auto* it = static_cast<StrIterObject*>(self);
    ssize index;
    if (!iter_setstate_index(args[0], &index)) return nullptr;
    if (it->str) {
        ssize length = static_cast<StrObject*>(it->str)->length;
        index = index < 0 ? 0 : (index > length ? length : index);
        it->byte_pos = str_byte_offset(it->str, index);
    }
    return incref(None);
}

const MethodDef kStrIterMethods[] = {
    {"__length_hint__", str_iter_length_hint},
    {"__reduce__", str_iter_reduce},
    {"__setstate__", str_iter_setstate},
    {nullptr, nullptr},
};

// ---- str() ----

// CPython: unicodeobject.c, unicode_new_impl.
Object* str_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"object", "encoding", "errors"};
    Object* a[3] = {};
    if (!arg_bind("str", args, nargs, kwnames, kNames, 3, 0, a)) return nullptr;
    Ref<> result;
    if (!a[0]) {
        result = Ref<>::steal(str_empty());
    } else if (!a[1] && !a[2]) {
        result = Ref<>::steal(object_str(a[0]));
    } else {
        const char* encoding = "utf-8";
        const char* errors = "strict";
        if (a[1]) {
            if (!is_str(a[1]))
                return err_format(TypeError, "str() argument 'encoding' must be str, not %s",
                                  arg_type_name(a[1]));
            encoding = str_cstr(a[1]);
        }
        if (a[2]) {
            if (!is_str(a[2]))
                return err_format(TypeError, "str() argument 'errors' must be str, not %s",
                                  arg_type_name(a[2]));
            errors = str_cstr(a[2]);
        }
        if (is_str(a[0])) return err_set_string(TypeError, "decoding str is not supported");
        std::string data;
        if (!object_check_buffer(a[0]) || !bytes_like_copy(a[0], &data)) {
            err_clear();
            return err_format(TypeError, "decoding to str: need a bytes-like object, %s found",
                              type_name(a[0]));
        }
        result = Ref<>::steal(bytes_decode_text(data, encoding, errors));
    }
    if (!result || type == &StrType) return result.release();
    return str_subtype_copy(type, result.get());
}

}  // namespace

// ---- Argument helpers ----

bool arg_no_kwargs_slow(const char* name, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        err_format(TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

bool arg_check_positional_fail(const char* name, size_t nargs, size_t min, size_t max) {
    if (max == 0) {
        err_format(TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    } else if (min == 1 && max == 1) {
        err_format(TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    } else if (nargs < min) {
        err_format(TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    } else {
        err_format(TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                   max == 1 ? "" : "s", nargs);
    }
    return false;
}

// CPython: Python/getargs.c, _PyArg_UnpackKeywords (messages only).
bool arg_bind(const char* name, Object* const* args, size_t nargs, Object* kwnames,
              const char* const* names, size_t count, size_t required, Object** out,
              size_t max_positional) {
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    size_t maxpos = max_positional < count ? max_positional : count;
    for (size_t i = 0; i < count; ++i) out[i] = nullptr;
    if (nargs + nkw > count) {
        err_format(TypeError, "%s() takes at most %zu argument%s (%zu given)", name, count,
                   count == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            err_format(TypeError, "%s() takes no positional arguments", name);
        else
            err_format(TypeError, "%s() takes at most %zu positional argument%s (%zu given)",
                       name, maxpos, maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
    for (size_t k = 0; k < nkw; ++k) {
        Object* key = tuple_item(kwnames, static_cast<ssize>(k));
        std::string_view kname = str_view(key);
        size_t i = 0;
        for (; i < count; ++i)
            if (names[i][0] != '\0' && kname == names[i]) break;
        if (i == count) {
            err_format(TypeError, "'%s' is an invalid keyword argument for %s()",
                       str_cstr(key), name);
            return false;
        }
        if (out[i]) {
            err_format(TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                       name, names[i], i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < required; ++i) {
        if (!out[i]) {
            if (names[i][0] == '\0')
                err_format(TypeError, "%s() takes at least %zu positional argument%s (%zu given)",
                           name, required, required == 1 ? "" : "s", nargs);
            else
                err_format(TypeError, "%s() missing required argument '%s' (pos %zu)", name,
                           names[i], i + 1);
            return false;
        }
    }
    return true;
}

bool arg_ssize(Object* o, ssize* out) {
    if (!is_int(o) && !o->type->nb_index) {
        err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    ssize v = number_as_ssize(o, OverflowError);
    if (v == -1 && err_occurred()) return false;
    *out = v;
    return true;
}

// ---- The types ----

void init_str_type() {
    StrType.name = "str";
    StrType.basicsize = kStrHeader + 1;
    StrType.flags = kTypeBaseType | kTypeStrSubclass;
    StrType.base = &ObjectType;
    StrType.dealloc = str_dealloc;
    StrType.repr = str_repr;
    StrType.str = str_str;
    StrType.hash = str_hash_slot;
    StrType.richcompare = str_richcompare;
    StrType.iter = str_iter;
    StrType.tp_new = str_new;
    StrType.methods = kStrMethods;
    StrType.nb[static_cast<int>(BinOp::Add)] = str_add;
    StrType.nb[static_cast<int>(BinOp::Mul)] = str_mul;
    StrType.nb[static_cast<int>(BinOp::Mod)] = str_mod;
    StrType.len = str_len;
    StrType.getitem = str_getitem;
    StrType.contains = str_contains;
    if (!type_ready(&StrType)) return;

    for (TypeObject* it : {&StrIterType, &StrUnicodeIterType}) {
        it->name = it == &StrIterType ? "str_ascii_iterator" : "str_iterator";
        it->basicsize = sizeof(StrIterObject);
        it->flags = kTypeGC;
        it->base = &ObjectType;
        it->dealloc = str_iter_dealloc;
        it->traverse = str_iter_traverse;
        it->iter = str_iter_self;
        it->iternext = str_iter_next;
        it->methods = kStrIterMethods;
        if (!type_ready(it)) return;
    }

    // One-character strings for Latin-1 are shared: iteration and indexing return them.
    for (uint32_t cp = 0; cp < 256; ++cp) {
        char buf[2];
        size_t n = utf8_encode(cp, buf);
        StrObject* s = str_alloc(&StrType, n);
        if (!s) return;
        std::memcpy(s->data, buf, n);
        s->length = 1;
        s->is_ascii = cp < 128;
        g_latin1[cp] = make_immortal(s);
    }
    Object* e = str_empty();
    if (e) decref(e);
}

}  // namespace pygen
