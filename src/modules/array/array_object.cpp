// array.array's core: the item descriptors, storage and resizing, item conversion with CPython's
// messages, the buffer protocol (so memoryview, bytes(), struct.pack_into, readinto and
// file.write take an array as they take a bytearray), indexing and slicing, comparison, +, *,
// repr, the iterator type, and the module object. The methods are array_methods.cpp's.
// Item sizes are x86-64's (l/L 8 bytes, u 4), as memoryview.cpp and struct use, on every build.
// CPython counterpart: Modules/arraymodule.c (behaviour only).

#include "modules/array/array.h"

#include <gmp.h>

#include <cstring>
#include <string>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/alloc_limit.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "objects/weakref.h"
#include "vm/import.h"

namespace pygen {

TypeObject ArrayType;
TypeObject ArrayIterType;

namespace {

// Machine format codes (little-endian hosts): u8 0, i8 1, u16 2, i16 4, u32 6, i32 8, u64 10,
// i64 12, float 14, double 16, UTF-32 20.
const ArrayDescr kDescrs[] = {
    {'b', 1, true, true, "b", 1},   {'B', 1, true, false, "B", 0},  {'u', 4, false, false, "w", 20},
    {'h', 2, true, true, "h", 4},   {'H', 2, true, false, "H", 2},  {'i', 4, true, true, "i", 8},
    {'I', 4, true, false, "I", 6},  {'l', 8, true, true, "l", 12},  {'L', 8, true, false, "L", 10},
    {'q', 8, true, true, "q", 12},  {'Q', 8, true, false, "Q", 10}, {'f', 4, false, true, "f", 14},
    {'d', 8, false, true, "d", 16},
};

template <class T> T load(const char* p) { T v; std::memcpy(&v, p, sizeof v); return v; }
template <class T> void store(char* p, T v) { std::memcpy(p, &v, sizeof v); }

// ---- Item conversion ----

// The int an integer item converts from: ints as they are, else __index__ (TypeError
// "'float' object cannot be interpreted as an integer").
Object* item_int(Object* v) {
    if (is_int(v)) return incref(v);
    if (!is_index(v)) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return number_index(v);
}

// The value as a C long (getargs' "h", "i", "l" formats): OverflowError past 64 bits.
bool as_long(Object* v, int64_t* out, const char* too_large = "Python int too large to convert to C long") {
    Ref<> n = Ref<>::steal(item_int(v));
    if (!n) return false;
    if (!int_as_i64(n.get(), out)) {
        err_set_string(OverflowError, too_large);
        return false;
    }
    return true;
}

// An unsigned 64-bit value (PyLong_AsUnsignedLong / AsUnsignedLongLong) with the given messages.
bool as_unsigned(Object* v, uint64_t* out, const char* negative, const char* too_large) {
    Ref<> n = Ref<>::steal(item_int(v));
    if (!n) return false;
    if (int_sign(n.get()) < 0) {
        err_set_string(OverflowError, negative);
        return false;
    }
    int64_t small;
    if (int_as_i64(n.get(), &small)) {
        *out = static_cast<uint64_t>(small);
        return true;
    }
    mpz_t m;
    mpz_init(m);
    int_to_mpz(n.get(), m);
    bool fits = mpz_sizeinbase(m, 2) <= 64;
    uint64_t value = 0;
    if (fits) {
        size_t count = 0;
        mpz_export(&value, &count, -1, sizeof value, 0, 0, m);
    }
    mpz_clear(m);
    if (!fits) {
        err_set_string(OverflowError, too_large);
        return false;
    }
    *out = value;
    return true;
}

bool in_range(int64_t x, int64_t lo, int64_t hi, const char* what) {
    if (x < lo) {
        err_format(OverflowError, "%s is less than minimum", what);
        return false;
    }
    if (x > hi) {
        err_format(OverflowError, "%s is greater than maximum", what);
        return false;
    }
    return true;
}

}  // namespace

const ArrayDescr* array_descr_for(uint32_t c) {
    for (const ArrayDescr& d : kDescrs)
        if (static_cast<uint32_t>(d.code) == c) return &d;
    return nullptr;
}

bool array_convert(const ArrayDescr* d, Object* v, char* out) {
    int64_t x;
    uint64_t u;
    switch (d->code) {
        case 'b':
            if (!as_long(v, &x) || !in_range(x, -32768, 32767, "signed short integer") ||
                !in_range(x, -128, 127, "signed char"))
                return false;
            store<int8_t>(out, static_cast<int8_t>(x));
            return true;
        case 'B':
            if (!as_long(v, &x) || !in_range(x, 0, 255, "unsigned byte integer")) return false;
            store<uint8_t>(out, static_cast<uint8_t>(x));
            return true;
        case 'u': {
            if (!is_str(v) || str_length(v) != 1) {
                err_set_string(TypeError, "array item must be unicode character");
                return false;
            }
            store<uint32_t>(out, str_codepoint_at(v, 0));
            return true;
        }
        case 'h':
            if (!as_long(v, &x) || !in_range(x, -32768, 32767, "signed short integer")) return false;
            store<int16_t>(out, static_cast<int16_t>(x));
            return true;
        case 'H':
            if (!as_long(v, &x) || !in_range(x, INT32_MIN, INT32_MAX, "signed integer")) return false;
            if (x < 0) {
                err_set_string(OverflowError, "unsigned short is less than minimum");
                return false;
            }
            if (x > 65535) {
                err_set_string(OverflowError, "unsigned short is greater than maximum");
                return false;
            }
            store<uint16_t>(out, static_cast<uint16_t>(x));
            return true;
        case 'i':
            if (!as_long(v, &x) || !in_range(x, INT32_MIN, INT32_MAX, "signed integer")) return false;
            store<int32_t>(out, static_cast<int32_t>(x));
            return true;
        case 'I':
            if (!as_unsigned(v, &u, "can't convert negative value to unsigned int",
                             "Python int too large to convert to C unsigned long"))
                return false;
            if (u > UINT32_MAX) {
                err_set_string(OverflowError, "unsigned int is greater than maximum");
                return false;
            }
            store<uint32_t>(out, static_cast<uint32_t>(u));
            return true;
        case 'l':
            if (!as_long(v, &x)) return false;
            store<int64_t>(out, x);
            return true;
        case 'L':
            if (!as_unsigned(v, &u, "can't convert negative value to unsigned int",
                             "Python int too large to convert to C unsigned long"))
                return false;
            store<uint64_t>(out, u);
            return true;
        case 'q':
            if (!as_long(v, &x, "int too big to convert")) return false;
            store<int64_t>(out, x);
            return true;
        case 'Q':
            if (!as_unsigned(v, &u, "can't convert negative int to unsigned", "int too big to convert")) return false;
            store<uint64_t>(out, u);
            return true;
        case 'f':
        case 'd': {
            double f = float_as_double(v);
            if (f == -1.0 && err_occurred()) return false;
            if (d->code == 'f') store<float>(out, static_cast<float>(f));
            else store<double>(out, f);
            return true;
        }
        default:
            return false;
    }
}

namespace {

Object* get_raw(const ArrayDescr* d, const char* p) {
    switch (d->code) {
        case 'b': return int_from_i64(load<int8_t>(p));
        case 'B': return int_from_i64(load<uint8_t>(p));
        case 'u': {
            uint32_t cp = load<uint32_t>(p);
            if (cp > 0x10FFFF) return err_set_string(ValueError, "chr() arg not in range(0x110000)");
            return str_from_codepoint(cp);
        }
        case 'h': return int_from_i64(load<int16_t>(p));
        case 'H': return int_from_i64(load<uint16_t>(p));
        case 'i': return int_from_i64(load<int32_t>(p));
        case 'I': return int_from_i64(load<uint32_t>(p));
        case 'l': case 'q': return int_from_i64(load<int64_t>(p));
        case 'L': case 'Q': return int_from_u64(load<uint64_t>(p));
        case 'f': return float_from(static_cast<double>(load<float>(p)));
        case 'd': return float_from(load<double>(p));
        default: return err_set_string(SystemError, "bad array typecode");
    }
}

}  // namespace

Object* array_get(ArrayObject* a, ssize i) { return get_raw(a->descr, a->data + i * a->descr->size); }

// ---- Storage ----

ArrayObject* array_alloc(TypeObject* type, const ArrayDescr* d, ssize n) {
    if (n < 0 || n > PTRDIFF_MAX / d->size || allocation_impossible(static_cast<size_t>(n) * d->size)) {
        err_no_memory();
        return nullptr;
    }
    auto* a = static_cast<ArrayObject*>(alloc_object(type));
    if (!a) return nullptr;
    a->descr = d;
    if (n > 0) {
        a->data = static_cast<char*>(mem_malloc(static_cast<size_t>(n) * d->size));
        if (!a->data) {
            decref(a);
            err_no_memory();
            return nullptr;
        }
        std::memset(a->data, 0, static_cast<size_t>(n) * d->size);
    }
    a->size = a->allocated = n;
    return a;
}

bool array_resize(ArrayObject* a, ssize n) {
    if (a->exports > 0 && n != a->size) {
        err_set_string(BufferError, "cannot resize an array that is exporting buffers");
        return false;
    }
    // Keep the block while it still fits and is at least half used.
    if (a->allocated >= n && n >= a->allocated / 2) {
        a->size = n;
        return true;
    }
    if (n == 0) {
        mem_free(a->data);
        a->data = nullptr;
        a->size = a->allocated = 0;
        return true;
    }
    ssize itemsize = a->descr->size;
    ssize extra = (n >> 4) + (a->size < 8 ? 3 : 7);
    if (n > (PTRDIFF_MAX - extra) / itemsize) {
        err_no_memory();
        return false;
    }
    ssize cap = n + extra;
    size_t bytes = static_cast<size_t>(cap) * itemsize;
    if (allocation_impossible(bytes)) {
        err_no_memory();
        return false;
    }
    char* p = static_cast<char*>(mem_realloc(a->data, bytes));
    if (!p) {
        err_no_memory();
        return false;
    }
    a->data = p;
    a->allocated = cap;
    a->size = n;
    return true;
}

bool array_append_raw(ArrayObject* a, const char* p, ssize n) {
    if (n == 0) return true;
    ssize old = a->size;
    if (n > PTRDIFF_MAX - old) {
        err_no_memory();
        return false;
    }
    // p may point into this array's own block, which the resize can move.
    std::string copy(p, static_cast<size_t>(n) * a->descr->size);
    if (!array_resize(a, old + n)) return false;
    std::memcpy(a->data + old * a->descr->size, copy.data(), copy.size());
    return true;
}

bool array_append(ArrayObject* a, Object* v) {
    char item[8];
    if (!array_convert(a->descr, v, item)) return false;
    if (!array_resize(a, a->size + 1)) return false;
    std::memcpy(a->data + (a->size - 1) * a->descr->size, item, a->descr->size);
    return true;
}

bool array_extend(ArrayObject* a, Object* iterable) {
    if (is_array(iterable)) {
        ArrayObject* b = as_array(iterable);
        if (b->descr != a->descr) {
            err_set_string(TypeError, "can only extend with array of same kind");
            return false;
        }
        return array_append_raw(a, b->data, b->size);
    }
    Ref<> it = Ref<>::steal(object_iter(iterable));
    if (!it) return false;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return !err_occurred();
        if (!array_append(a, item.get())) return false;
    }
}

bool array_frombytes(ArrayObject* a, Object* buffer) {
    BytesLike hold;
    if (!hold.acquire(buffer)) return false;
    if (hold.view().itemsize != 1) {
        err_set_string(TypeError, "a bytes-like object is required");
        return false;
    }
    std::string_view bytes = hold.data();
    ssize itemsize = a->descr->size;
    if (static_cast<ssize>(bytes.size()) % itemsize != 0) {
        err_set_string(ValueError, "bytes length not a multiple of item size");
        return false;
    }
    return array_append_raw(a, bytes.data(), static_cast<ssize>(bytes.size()) / itemsize);
}

bool array_fromunicode(ArrayObject* a, Object* s) {
    ssize n = str_length(s);
    std::string items(static_cast<size_t>(n) * 4, '\0');
    const char* p = str_cstr(s);
    for (ssize i = 0; i < n; ++i) store<uint32_t>(&items[static_cast<size_t>(i) * 4], utf8_decode(p));
    return array_append_raw(a, items.data(), n);
}

Object* array_slice(ArrayObject* a, ssize lo, ssize hi) {
    if (lo < 0) lo = 0;
    if (hi > a->size) hi = a->size;
    if (hi < lo) hi = lo;
    ArrayObject* r = array_alloc(&ArrayType, a->descr, hi - lo);
    if (!r) return nullptr;
    if (hi > lo) std::memcpy(r->data, a->data + lo * a->descr->size, static_cast<size_t>(hi - lo) * a->descr->size);
    return r;
}

Object* array_tolist(ArrayObject* a) {
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (ssize i = 0; i < a->size; ++i) {
        Ref<> item = Ref<>::steal(array_get(a, i));
        if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* array_tounicode(ArrayObject* a) {
    if (a->descr->code != 'u')
        return err_set_string(ValueError, "tounicode() may only be called on unicode type arrays");
    std::string text;
    text.reserve(static_cast<size_t>(a->size));
    for (ssize i = 0; i < a->size; ++i) {
        uint32_t cp = load<uint32_t>(a->data + i * 4);
        if (cp > 0x10FFFF) return err_format(ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        char buf[4];
        text.append(buf, utf8_encode(cp, buf));
    }
    return str_from_known(text, a->size);
}

// ---- Construction ----

Object* array_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if ((type == &ArrayType || type->tp_init == ArrayType.tp_init) && !check_no_kwargs("array.array", kwnames))
        return nullptr;
    if (nargs < 1) return err_format(TypeError, "array() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 2) return err_format(TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    Object* code = args[0];
    if (!is_str(code) || str_length(code) != 1)
        return err_format(TypeError, "array() argument 1 must be a unicode character, not %s", arg_type_name(code));
    uint32_t c = str_codepoint_at(code, 0);
    Object* init = nargs > 1 ? args[1] : nullptr;
    if (init && c != 'u') {
        if (is_str(init))
            return err_format(TypeError, "cannot use a str to initialize an array with typecode '%c'", static_cast<int>(c));
        if (is_array(init) && as_array(init)->descr->code == 'u')
            return err_format(TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                              static_cast<int>(c));
    }
    const ArrayDescr* d = array_descr_for(c);
    if (!d) return err_set_string(ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Ref<> iter;
    if (init && !(is_list(init) || is_bytearray(init) || is_bytes(init) || is_tuple(init) || (c == 'u' && is_str(init)) ||
                  (is_array(init) && as_array(init)->descr == d))) {
        iter = Ref<>::steal(object_iter(init));
        if (!iter) return nullptr;
        init = nullptr;
    }
    Ref<ArrayObject> a = Ref<ArrayObject>::steal(array_alloc(type, d, 0));
    if (!a) return nullptr;
    if (init && (is_list(init) || is_tuple(init))) {
        ssize n = is_list(init) ? list_size(init) : tuple_size(init);
        for (ssize i = 0; i < n; ++i) {
            if (is_list(init) && i >= list_size(init)) break;
            Object* item = is_list(init) ? list_item(init, i) : tuple_item(init, i);
            Ref<> hold = Ref<>::borrow(item);
            if (!array_append(a.get(), item)) return nullptr;
        }
    } else if (init && (is_bytes(init) || is_bytearray(init))) {
        if (!array_frombytes(a.get(), init)) return nullptr;
    } else if (init && is_str(init)) {
        if (!array_fromunicode(a.get(), init)) return nullptr;
    } else if (init) {
        ArrayObject* b = as_array(init);
        if (!array_append_raw(a.get(), b->data, b->size)) return nullptr;
    } else if (iter) {
        if (!array_extend(a.get(), iter.get())) return nullptr;
    }
    return a.release();
}

namespace {

void array_dealloc(Object* o) {
    ArrayObject* a = as_array(o);
    if (a->weakreflist) weakref_clear_refs(o);
    mem_free(a->data);
    a->data = nullptr;
    free_object(o);
}

// ---- Buffer protocol ----

bool array_getbuffer(Object* o, Buffer* v, int) {
    ArrayObject* a = as_array(o);
    static char empty[8] = {0};
    v->buf = a->data ? a->data : empty;
    v->len = a->size * a->descr->size;
    v->itemsize = a->descr->size;
    v->format = a->descr->format;
    v->readonly = false;
    ++a->exports;
    return true;
}

void array_releasebuffer(Object* o, Buffer*) { --as_array(o)->exports; }

const BufferProcs kArrayBufferProcs = {array_getbuffer, array_releasebuffer};

// ---- Sequence protocol ----

ssize array_len(Object* o) { return as_array(o)->size; }

Object* array_getitem(Object* o, Object* key) {
    ArrayObject* a = as_array(o);
    if (is_index(key)) {
        ssize i = number_as_ssize(key, IndexError);
        if (i == -1 && err_occurred()) return nullptr;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) return err_set_string(IndexError, "array index out of range");
        return array_get(a, i);
    }
    if (!is_slice(key)) return err_set_string(TypeError, "array indices must be integers");
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    ssize n = slice_adjust(a->size, &start, &stop, step);
    if (step == 1) return array_slice(a, start, start + n);
    ArrayObject* r = array_alloc(&ArrayType, a->descr, n);
    if (!r) return nullptr;
    ssize sz = a->descr->size;
    // Each index as start + k*step: a cursor stepped past the last item would overflow for huge steps.
    for (ssize k = 0; k < n; ++k) std::memcpy(r->data + k * sz, a->data + (start + k * step) * sz, sz);
    return r;
}

// Removes the items [lo, hi).
bool delete_range(ArrayObject* a, ssize lo, ssize hi) {
    if (hi <= lo) return true;
    if (a->exports > 0) return array_resize(a, a->size - (hi - lo));   // raises BufferError
    ssize sz = a->descr->size;
    std::memmove(a->data + lo * sz, a->data + hi * sz, static_cast<size_t>(a->size - hi) * sz);
    return array_resize(a, a->size - (hi - lo));
}

int assign_slice(ArrayObject* a, Object* key, Object* value) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return -1;
    ssize n = slice_adjust(a->size, &start, &stop, step);
    Ref<ArrayObject> other;
    ssize needed = 0;
    if (value) {
        if (!is_array(value)) {
            err_format(TypeError, "can only assign array (not \"%s\") to array slice", type_name(value));
            return -1;
        }
        if (value == a) {
            other = Ref<ArrayObject>::steal(static_cast<ArrayObject*>(array_slice(a, 0, a->size)));
            if (!other) return -1;
        } else {
            other = Ref<ArrayObject>::borrow(as_array(value));
        }
        if (other->descr != a->descr) {
            err_set_string(TypeError, "bad argument type for built-in operation");
            return -1;
        }
        needed = other->size;
    }
    ssize sz = a->descr->size;
    if (step == 1) {
        if (n != needed && a->exports > 0) {
            err_set_string(BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        ssize size = a->size;
        if (n > needed) {
            std::memmove(a->data + (start + needed) * sz, a->data + (start + n) * sz,
                         static_cast<size_t>(size - start - n) * sz);
            if (!array_resize(a, size + needed - n)) return -1;
        } else if (n < needed) {
            if (!array_resize(a, size + needed - n)) return -1;
            std::memmove(a->data + (start + needed) * sz, a->data + (start + n) * sz,
                         static_cast<size_t>(size - start - n) * sz);
        }
        if (needed > 0) std::memcpy(a->data + start * sz, other->data, static_cast<size_t>(needed) * sz);
        return 0;
    }
    if (needed == 0) {
        if (n == 0) return 0;
        // A negative step deletes the same items as a positive one from the lowest.
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        if (a->exports > 0) {
            err_set_string(BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        // Close the gaps left by every step-th item from start.
        ssize dst = start;
        for (ssize i = start; i < a->size; ++i) {
            if (i >= start && (i - start) % step == 0 && (i - start) / step < n) continue;
            if (dst != i) std::memmove(a->data + dst * sz, a->data + i * sz, sz);
            ++dst;
        }
        return array_resize(a, dst) ? 0 : -1;
    }
    if (needed != n) {
        err_format(ValueError, "attempt to assign array of size %zd to extended slice of size %zd", needed, n);
        return -1;
    }
    for (ssize k = 0; k < n; ++k) std::memcpy(a->data + (start + k * step) * sz, other->data + k * sz, sz);
    return 0;
}

int array_setitem(Object* o, Object* key, Object* value) {
    ArrayObject* a = as_array(o);
    if (is_index(key)) {
        ssize i = number_as_ssize(key, IndexError);
        if (i == -1 && err_occurred()) return -1;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) {
            err_set_string(IndexError, "array assignment index out of range");
            return -1;
        }
        if (!value) return delete_range(a, i, i + 1) ? 0 : -1;
        char item[8];
        if (!array_convert(a->descr, value, item)) return -1;
        if (i >= a->size) {   // __index__ or __float__ shrank the array meanwhile
            err_set_string(IndexError, "array assignment index out of range");
            return -1;
        }
        std::memcpy(a->data + i * a->descr->size, item, a->descr->size);
        return 0;
    }
    if (!is_slice(key)) {
        err_set_string(TypeError, "array indices must be integers");
        return -1;
    }
    return assign_slice(a, key, value);
}

int array_contains(Object* o, Object* v) {
    ArrayObject* a = as_array(o);
    for (ssize i = 0; i < a->size; ++i) {
        Ref<> item = Ref<>::steal(array_get(a, i));
        if (!item) return -1;
        int eq = object_rich_compare_bool(item.get(), v, CompareOp::Eq);
        if (eq != 0) return eq;
    }
    return 0;
}

// ---- Comparison ----

// Compares raw items of one typecode: -1 less, 0 equal, 1 greater, 2 unordered (a NaN).
int compare_raw(const ArrayDescr* d, const char* p, const char* q) {
    auto cmp = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2; };
    switch (d->code) {
        case 'b': return cmp(load<int8_t>(p), load<int8_t>(q));
        case 'B': return cmp(load<uint8_t>(p), load<uint8_t>(q));
        case 'u': return cmp(load<uint32_t>(p), load<uint32_t>(q));
        case 'h': return cmp(load<int16_t>(p), load<int16_t>(q));
        case 'H': return cmp(load<uint16_t>(p), load<uint16_t>(q));
        case 'i': return cmp(load<int32_t>(p), load<int32_t>(q));
        case 'I': return cmp(load<uint32_t>(p), load<uint32_t>(q));
        case 'l': case 'q': return cmp(load<int64_t>(p), load<int64_t>(q));
        case 'L': case 'Q': return cmp(load<uint64_t>(p), load<uint64_t>(q));
        case 'f': return cmp(load<float>(p), load<float>(q));
        default: return cmp(load<double>(p), load<double>(q));
    }
}

bool op_result(CompareOp op, int c) {
    switch (op) {
        case CompareOp::Lt: return c < 0;
        case CompareOp::Le: return c <= 0;
        case CompareOp::Eq: return c == 0;
        case CompareOp::Ne: return c != 0;
        case CompareOp::Gt: return c > 0;
        case CompareOp::Ge: return c >= 0;
    }
    return false;
}

Object* array_richcompare(Object* v, Object* w, CompareOp op) {
    if (!is_array(v) || !is_array(w)) return incref(NotImplemented);
    ArrayObject* a = as_array(v);
    ArrayObject* b = as_array(w);
    if (a->size != b->size && (op == CompareOp::Eq || op == CompareOp::Ne)) return bool_from(op == CompareOp::Ne);
    if (a->descr == b->descr) {
        ssize n = a->size < b->size ? a->size : b->size, sz = a->descr->size;
        for (ssize i = 0; i < n; ++i) {
            int c = compare_raw(a->descr, a->data + i * sz, b->data + i * sz);
            if (c == 0) continue;
            if (op == CompareOp::Eq) return bool_from(false);
            if (op == CompareOp::Ne) return bool_from(true);
            return bool_from(c != 2 && op_result(op, c));
        }
        return bool_from(op_result(op, a->size < b->size ? -1 : a->size > b->size ? 1 : 0));
    }
    for (ssize i = 0; i < a->size && i < b->size; ++i) {
        Ref<> x = Ref<>::steal(array_get(a, i));
        if (!x) return nullptr;
        Ref<> y = Ref<>::steal(array_get(b, i));
        if (!y) return nullptr;
        int eq = object_rich_compare_bool(x.get(), y.get(), CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) continue;
        if (op == CompareOp::Eq) return bool_from(false);
        if (op == CompareOp::Ne) return bool_from(true);
        return object_rich_compare(x.get(), y.get(), op);
    }
    return bool_from(op_result(op, a->size < b->size ? -1 : a->size > b->size ? 1 : 0));
}

// ---- + and * ----

// The other operand's own slot, when it is a class of Python code with a different one (its
// __radd__ / __rmul__): CPython tries those before the sequence's concat/repeat. The built-in
// sequences' slots are their own concat/repeat, which CPython would not call here.
Object* other_slot(Object* a, Object* b, Object* other, BinOp op, BinaryFn self_slot) {
    if (!type_has(other->type, kTypeHeap) || is_str(other) || is_list(other) || is_tuple(other) || is_bytes(other) ||
        is_bytearray(other))
        return incref(NotImplemented);
    BinaryFn slot = other->type->nb[static_cast<int>(op)];
    if (slot == nullptr || slot == self_slot) return incref(NotImplemented);
    return slot(a, b);
}

Object* array_concat(Object* a, Object* b) {
    if (!is_array(a)) return incref(NotImplemented);
    if (!is_array(b)) {
        Object* r = other_slot(a, b, b, BinOp::Add, array_concat);
        if (r != NotImplemented) return r;
        decref(r);
        return err_format(TypeError, "can only append array (not \"%s\") to array", type_name(b));
    }
    ArrayObject* x = as_array(a);
    ArrayObject* y = as_array(b);
    if (x->descr != y->descr) return err_set_string(TypeError, "bad argument type for built-in operation");
    if (x->size > PTRDIFF_MAX - y->size) return err_no_memory();
    ArrayObject* r = array_alloc(&ArrayType, x->descr, x->size + y->size);
    if (!r) return nullptr;
    ssize sz = x->descr->size;
    if (x->size) std::memcpy(r->data, x->data, static_cast<size_t>(x->size) * sz);
    if (y->size) std::memcpy(r->data + x->size * sz, y->data, static_cast<size_t>(y->size) * sz);
    return r;
}

bool repeat_count(Object* n, ssize* out) {
    if (!is_index(n)) {
        err_format(TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
        return false;
    }
    *out = number_as_ssize(n, OverflowError);
    if (*out == -1 && err_occurred()) return false;
    if (*out < 0) *out = 0;
    return true;
}

// Fills items [size, size * n) of a block holding `size` items with copies of them.
void replicate(char* data, ssize bytes, ssize n) {
    ssize total = bytes * n, done = bytes;
    while (done < total) {
        ssize chunk = done < total - done ? done : total - done;
        std::memcpy(data + done, data, static_cast<size_t>(chunk));
        done += chunk;
    }
}

Object* array_repeat(Object* a, Object* b) {
    Object* arr = is_array(a) ? a : b;
    Object* n = arr == a ? b : a;
    if (!is_array(arr)) return incref(NotImplemented);
    if (!is_index(n) && arr == a) {
        Object* r = other_slot(a, b, n, BinOp::Mul, array_repeat);
        if (r != NotImplemented) return r;
        decref(r);
    }
    ssize count;
    if (!repeat_count(n, &count)) return nullptr;
    ArrayObject* x = as_array(arr);
    if (x->size && count > PTRDIFF_MAX / x->size / x->descr->size) return err_no_memory();
    ArrayObject* r = array_alloc(&ArrayType, x->descr, x->size * count);
    if (!r) return nullptr;
    if (x->size && count) {
        ssize bytes = x->size * x->descr->size;
        std::memcpy(r->data, x->data, static_cast<size_t>(bytes));
        replicate(r->data, bytes, count);
    }
    return r;
}

Object* array_inplace_concat(Object* a, Object* b) {
    if (!is_array(a)) return incref(NotImplemented);
    if (!is_array(b)) return err_format(TypeError, "can only extend array with array (not \"%s\")", type_name(b));
    if (!array_extend(as_array(a), b)) return nullptr;
    return incref(a);
}

Object* array_inplace_repeat(Object* a, Object* b) {
    if (!is_array(a)) return incref(NotImplemented);
    ssize count;
    if (!repeat_count(b, &count)) return nullptr;
    ArrayObject* x = as_array(a);
    if (x->size == 0) return incref(a);
    if (count == 0) {
        if (!array_resize(x, 0)) return nullptr;
        return incref(a);
    }
    if (count > PTRDIFF_MAX / x->size / x->descr->size) return err_no_memory();
    ssize bytes = x->size * x->descr->size;
    if (!array_resize(x, x->size * count)) return nullptr;
    replicate(x->data, bytes, count);
    return incref(a);
}

// ---- repr ----

Object* array_repr(Object* o) {
    ArrayObject* a = as_array(o);
    std::string name = o->type->name;
    if (size_t dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    if (a->size == 0) return str_from_format("%s('%c')", name.c_str(), a->descr->code);
    Ref<> items = Ref<>::steal(a->descr->code == 'u' ? array_tounicode(a) : array_tolist(a));
    if (!items) return nullptr;
    return str_from_format("%s('%c', %R)", name.c_str(), a->descr->code, items.get());
}

// ---- Getters ----

Object* typecode_get(Object* o) { return str_from_codepoint(static_cast<uint32_t>(as_array(o)->descr->code)); }
Object* itemsize_get(Object* o) { return int_from_i64(as_array(o)->descr->size); }

const GetSetDef kArrayGetSet[] = {
    {"typecode", typecode_get},
    {"itemsize", itemsize_get},
    {nullptr, nullptr},
};

// ---- The iterator ----

struct ArrayIterObject : Object {
    ArrayObject* array;   // strong; null once exhausted
    ssize index;
};

Object* array_iter(Object* o) {
    auto* it = static_cast<ArrayIterObject*>(alloc_object(&ArrayIterType));
    if (!it) return nullptr;
    it->array = newref(as_array(o));
    it->index = 0;
    return it;
}

Object* arrayiter_next(Object* o) {
    auto* it = static_cast<ArrayIterObject*>(o);
    ArrayObject* a = it->array;
    if (!a) return nullptr;
    if (it->index < a->size) return array_get(a, it->index++);
    it->array = nullptr;
    decref(a);
    return nullptr;
}

Object* arrayiter_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<ArrayIterObject*>(o);
    Ref<> iter = Ref<>::steal(object_getattr_str(builtins_module(), "iter"));
    if (!iter) return nullptr;
    if (!it->array) {
        Ref<> empty = Ref<>::steal(tuple_new(0));
        if (!empty) return nullptr;
        Ref<> args = Ref<>::steal(tuple_pack({empty.get()}));
        if (!args) return nullptr;
        return tuple_pack({iter.get(), args.get()});
    }
    Ref<> args = Ref<>::steal(tuple_pack({it->array}));
    Ref<> index = Ref<>::steal(int_from_i64(it->index));
    if (!args || !index) return nullptr;
    return tuple_pack({iter.get(), args.get(), index.get()});
}

Object* arrayiter_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("__setstate__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<ArrayIterObject*>(o);
    ssize index = number_as_ssize(args[0], nullptr);
    if (index == -1 && err_occurred()) return nullptr;
    if (it->array) {
        if (index < 0) index = 0;
        else if (index > it->array->size) index = it->array->size;
        it->index = index;
    }
    return none_new();
}

void arrayiter_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* a = static_cast<ArrayIterObject*>(o)->array) visit(a, arg);
}
int arrayiter_clear(Object* o) {
    clearref(static_cast<ArrayIterObject*>(o)->array);
    return 0;
}
void arrayiter_dealloc(Object* o) {
    xdecref(static_cast<ArrayIterObject*>(o)->array);
    free_object(o);
}
Object* iter_self(Object* o) { return incref(o); }

const MethodDef kArrayIterMethods[] = {
    {"__reduce__", arrayiter_reduce},
    {"__setstate__", arrayiter_setstate},
    {nullptr, nullptr},
};

bool ready_array_types() {
    if (type_has(&ArrayType, kTypeReady)) return true;
    TypeObject& t = ArrayType;
    t.name = "array.array";
    t.basicsize = sizeof(ArrayObject);
    t.weaklistoffset = offsetof(ArrayObject, weakreflist);
    t.flags = kTypeBaseType | kTypeSequence;
    t.tp_new = array_tp_new;
    t.dealloc = array_dealloc;
    t.repr = array_repr;
    t.hash = hash_not_implemented;
    t.richcompare = array_richcompare;
    t.iter = array_iter;
    t.len = array_len;
    t.getitem = array_getitem;
    t.setitem = array_setitem;
    t.contains = array_contains;
    t.nb[static_cast<int>(BinOp::Add)] = array_concat;
    t.nb[static_cast<int>(BinOp::Mul)] = array_repeat;
    t.nb_inplace[static_cast<int>(BinOp::Add)] = array_inplace_concat;
    t.nb_inplace[static_cast<int>(BinOp::Mul)] = array_inplace_repeat;
    t.methods = kArrayMethods;
    t.getset = kArrayGetSet;
    if (!type_ready(&t)) return false;
    buffer_register_type(&ArrayType, &kArrayBufferProcs);
    TypeObject& it = ArrayIterType;
    it.name = "array.arrayiterator";
    it.basicsize = sizeof(ArrayIterObject);
    it.flags = kTypeGC;
    it.dealloc = arrayiter_dealloc;
    it.traverse = arrayiter_traverse;
    it.clear = arrayiter_clear;
    it.iter = iter_self;
    it.iternext = arrayiter_next;
    it.methods = kArrayIterMethods;
    return type_ready(&it);
}

const MethodDef kModuleFunctions[] = {
    {"_array_reconstructor", array_reconstructor},
    {nullptr, nullptr},
};

}  // namespace

Object* make_array_module() {
    if (!ready_array_types()) return nullptr;
    Object* m = module_new("array");
    if (!m) return nullptr;
    if (module_add_object(m, "array", &ArrayType) < 0 || module_add_object(m, "ArrayType", &ArrayType) < 0 ||
        module_add_string(m, "typecodes", "bBuhHiIlLqQfd") < 0 || module_add_functions(m, kModuleFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    // An array is a MutableSequence for isinstance and match, as CPython's module registers it.
    Ref<> abc = Ref<>::steal(import_module("collections.abc"));
    Ref<> seq = abc ? Ref<>::steal(object_getattr_str(abc.get(), "MutableSequence")) : Ref<>();
    Ref<> r = seq ? Ref<>::steal(call_method1(seq.get(), "register", &ArrayType)) : Ref<>();
    if (!r) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
