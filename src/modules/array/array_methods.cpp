// array.array's methods (append ... tounicode, __copy__, __reduce_ex__, __sizeof__) and the
// module-level _array_reconstructor that __reduce_ex__'s pickles call: it rebuilds an array from
// the bytes of any machine format, so pickles move between platforms.
// CPython counterpart: Modules/arraymodule.c (behaviour only).

#include <cstring>
#include <string>

#include "modules/array/array.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/import.h"

namespace pygen {

namespace {

ArrayObject* A(Object* o) { return as_array(o); }

// Index of the first item equal to v in [lo, hi), -1 when none, -2 on error.
ssize find(ArrayObject* a, Object* v, ssize lo, ssize hi) {
    for (ssize i = lo; i < hi && i < a->size; ++i) {
        Ref<> item = Ref<>::steal(array_get(a, i));
        if (!item) return -2;
        int eq = object_rich_compare_bool(item.get(), v, CompareOp::Eq);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

bool delete_at(ArrayObject* a, ssize i) {
    if (a->exports > 0) return array_resize(a, a->size - 1);   // raises BufferError
    ssize sz = a->descr->size;
    std::memmove(a->data + i * sz, a->data + (i + 1) * sz, static_cast<size_t>(a->size - i - 1) * sz);
    return array_resize(a, a->size - 1);
}

Object* m_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.append", nargs, kwnames)) return nullptr;
    if (!array_append(A(self), args[0])) return nullptr;
    return none_new();
}

Object* m_buffer_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.buffer_info", nargs, kwnames)) return nullptr;
    Ref<> addr = Ref<>::steal(int_from_u64(reinterpret_cast<uintptr_t>(A(self)->data)));
    Ref<> len = Ref<>::steal(int_from_i64(A(self)->size));
    if (!addr || !len) return nullptr;
    return tuple_pack({addr.get(), len.get()});
}

Object* m_byteswap(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.byteswap", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    int sz = a->descr->size;
    for (ssize i = 0; i < a->size; ++i) {
        char* p = a->data + i * sz;
        for (int lo = 0, hi = sz - 1; lo < hi; ++lo, --hi) std::swap(p[lo], p[hi]);
    }
    return none_new();
}

Object* m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.__copy__", nargs, kwnames)) return nullptr;
    return array_slice(A(self), 0, A(self)->size);
}

Object* m_deepcopy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.__deepcopy__", nargs, kwnames)) return nullptr;
    return array_slice(A(self), 0, A(self)->size);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.count", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    int64_t n = 0;
    for (ssize i = 0; i < a->size; ++i) {
        Ref<> item = Ref<>::steal(array_get(a, i));
        if (!item) return nullptr;
        int eq = object_rich_compare_bool(item.get(), args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        n += eq;
    }
    return int_from_i64(n);
}

Object* m_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.extend", nargs, kwnames)) return nullptr;
    if (!array_extend(A(self), args[0])) return nullptr;
    return none_new();
}

Object* m_frombytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.frombytes", nargs, kwnames)) return nullptr;
    if (!array_frombytes(A(self), args[0])) return nullptr;
    return none_new();
}

Object* m_fromfile(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("fromfile", nargs, kwnames, 2, 2)) return nullptr;
    ssize n;
    if (!arg_index_ssize(args[1], &n)) return nullptr;
    if (n < 0) return err_set_string(ValueError, "negative count");
    ArrayObject* a = A(self);
    if (n > PTRDIFF_MAX / a->descr->size) return err_no_memory();
    ssize want = n * a->descr->size;
    Ref<> count = Ref<>::steal(int_from_i64(want));
    if (!count) return nullptr;
    Ref<> data = Ref<>::steal(call_method1(args[0], "read", count.get()));
    if (!data) return nullptr;
    if (!is_bytes(data.get())) return err_set_string(TypeError, "read() didn't return bytes");
    bool short_read = static_cast<ssize>(bytes_view(data.get()).size()) != want;
    if (!array_frombytes(a, data.get())) return nullptr;
    if (short_read) return err_set_string(EOFError, "read() didn't return enough bytes");
    return none_new();
}

Object* m_fromlist(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.fromlist", nargs, kwnames)) return nullptr;
    Object* list = args[0];
    if (!is_list(list)) return err_set_string(TypeError, "arg must be list");
    ArrayObject* a = A(self);
    ssize old = a->size;
    for (ssize i = 0; i < list_size(list); ++i) {
        Ref<> item = Ref<>::borrow(list_item(list, i));
        if (!array_append(a, item.get())) {
            // Nothing of a failed fromlist stays (the size can only have grown meanwhile).
            if (a->size > old && a->exports == 0) (void)array_resize(a, old);
            return nullptr;
        }
    }
    return none_new();
}

Object* m_fromunicode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.fromunicode", nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "fromunicode() argument must be str, not %s", arg_type_name(args[0]));
    if (A(self)->descr->code != 'u')
        return err_set_string(ValueError, "fromunicode() may only be called on unicode type arrays");
    if (!array_fromunicode(A(self), args[0])) return nullptr;
    return none_new();
}

Object* m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("index", nargs, kwnames, 1, 3)) return nullptr;
    ArrayObject* a = A(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && !arg_slice_index(args[1], &start)) return nullptr;
    if (nargs > 2 && !arg_slice_index(args[2], &stop)) return nullptr;
    if (start < 0) {
        start += a->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += a->size;
        if (stop < 0) stop = 0;
    }
    ssize i = find(a, args[0], start, stop);
    if (i == -2) return nullptr;
    if (i < 0) return err_set_string(ValueError, "array.index(x): x not in array");
    return int_from_i64(i);
}

Object* m_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("insert", nargs, kwnames, 2, 2)) return nullptr;
    ssize i;
    if (!arg_index_ssize(args[0], &i)) return nullptr;
    ArrayObject* a = A(self);
    char item[8];
    if (!array_convert(a->descr, args[1], item)) return nullptr;
    ssize n = a->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!array_resize(a, n + 1)) return nullptr;
    ssize sz = a->descr->size;
    std::memmove(a->data + (i + 1) * sz, a->data + i * sz, static_cast<size_t>(n - i) * sz);
    std::memcpy(a->data + i * sz, item, sz);
    return none_new();
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("pop", nargs, kwnames, 0, 1)) return nullptr;
    ssize i = -1;
    if (nargs == 1 && !arg_index_ssize(args[0], &i)) return nullptr;
    ArrayObject* a = A(self);
    if (a->size == 0) return err_set_string(IndexError, "pop from empty array");
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) return err_set_string(IndexError, "pop index out of range");
    Ref<> item = Ref<>::steal(array_get(a, i));
    if (!item || !delete_at(a, i)) return nullptr;
    return item.release();
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.remove", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    ssize i = find(a, args[0], 0, a->size);
    if (i == -2) return nullptr;
    if (i < 0) return err_set_string(ValueError, "array.remove(x): x not in array");
    if (!delete_at(a, i)) return nullptr;
    return none_new();
}

Object* m_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.reverse", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    int sz = a->descr->size;
    char tmp[8];
    for (ssize lo = 0, hi = a->size - 1; lo < hi; ++lo, --hi) {
        std::memcpy(tmp, a->data + lo * sz, sz);
        std::memcpy(a->data + lo * sz, a->data + hi * sz, sz);
        std::memcpy(a->data + hi * sz, tmp, sz);
    }
    return none_new();
}

Object* tobytes_of(ArrayObject* a) {
    return bytes_from(std::string_view(a->data ? a->data : "", static_cast<size_t>(a->size * a->descr->size)));
}

Object* m_tobytes(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.tobytes", nargs, kwnames)) return nullptr;
    return tobytes_of(A(self));
}

Object* m_tofile(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("array.tofile", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    constexpr ssize kBlock = 64 * 1024;   // written in blocks, as CPython, so huge arrays need no huge copy
    ssize total = a->size * a->descr->size;
    for (ssize off = 0; off < total; off += kBlock) {
        ssize n = total - off < kBlock ? total - off : kBlock;
        if (off + n > a->size * a->descr->size) break;   // write() shrank the array
        Ref<> chunk = Ref<>::steal(bytes_from(std::string_view(a->data + off, static_cast<size_t>(n))));
        if (!chunk) return nullptr;
        Ref<> r = Ref<>::steal(call_method1(args[0], "write", chunk.get()));
        if (!r) return nullptr;
    }
    return none_new();
}

Object* m_tolist(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.tolist", nargs, kwnames)) return nullptr;
    return array_tolist(A(self));
}

Object* m_tounicode(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.tounicode", nargs, kwnames)) return nullptr;
    return array_tounicode(A(self));
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("array.__sizeof__", nargs, kwnames)) return nullptr;
    ArrayObject* a = A(self);
    return int_from_i64(static_cast<int64_t>(self->type->basicsize) + a->allocated * a->descr->size);
}

// __reduce_ex__(protocol): (type, (typecode, list), __dict__) below protocol 3, else
// (_array_reconstructor, (type, typecode, machine format, bytes), __dict__).
Object* m_reduce_ex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1 || kwcount(kwnames) != 0) {
        if (kwcount(kwnames) != 0) return err_set_string(TypeError, "__reduce_ex__() takes no keyword arguments");
        return err_format(TypeError, "__reduce_ex__() takes exactly 1 positional argument (%zu given)", nargs);
    }
    if (!is_int(args[0])) return err_set_string(TypeError, "__reduce_ex__ argument should be an integer");
    int64_t protocol;
    if (!int_as_i64(args[0], &protocol)) protocol = int_sign(args[0]) < 0 ? INT64_MIN : INT64_MAX;
    ArrayObject* a = A(self);
    Ref<> name = Ref<>::steal(str_from("__dict__"));
    if (!name) return nullptr;
    Ref<> dict = Ref<>::steal(object_lookup_attr(self, name.get()));
    if (!dict) {
        if (err_occurred()) return nullptr;
        dict = Ref<>::borrow(None);
    }
    Ref<> code = Ref<>::steal(str_from_codepoint(static_cast<uint32_t>(a->descr->code)));
    if (!code) return nullptr;
    if (protocol < 3) {
        Ref<> list = Ref<>::steal(array_tolist(a));
        if (!list) return nullptr;
        Ref<> cargs = Ref<>::steal(tuple_pack({code.get(), list.get()}));
        if (!cargs) return nullptr;
        return tuple_pack({self->type, cargs.get(), dict.get()});
    }
    Ref<> module = Ref<>::steal(import_module("array"));
    if (!module) return nullptr;
    Ref<> fn = Ref<>::steal(object_getattr_str(module.get(), "_array_reconstructor"));
    if (!fn) return nullptr;
    Ref<> mformat = Ref<>::steal(int_from_i64(a->descr->mformat));
    Ref<> data = Ref<>::steal(tobytes_of(a));
    if (!mformat || !data) return nullptr;
    Ref<> cargs = Ref<>::steal(tuple_pack({self->type, code.get(), mformat.get(), data.get()}));
    if (!cargs) return nullptr;
    return tuple_pack({fn.get(), cargs.get(), dict.get()});
}

// ---- _array_reconstructor ----

// The machine formats by code: item size, signedness, byte order, kind.
enum class MKind { Int, Float, Utf16, Utf32 };
struct MFormat {
    int size;
    bool is_signed;
    bool big_endian;
    MKind kind;
};
const MFormat kMFormats[] = {
    {1, false, false, MKind::Int}, {1, true, false, MKind::Int},                                   // 0-1
    {2, false, false, MKind::Int}, {2, false, true, MKind::Int},                                   // 2-3
    {2, true, false, MKind::Int},  {2, true, true, MKind::Int},                                    // 4-5
    {4, false, false, MKind::Int}, {4, false, true, MKind::Int},                                   // 6-7
    {4, true, false, MKind::Int},  {4, true, true, MKind::Int},                                    // 8-9
    {8, false, false, MKind::Int}, {8, false, true, MKind::Int},                                   // 10-11
    {8, true, false, MKind::Int},  {8, true, true, MKind::Int},                                    // 12-13
    {4, false, false, MKind::Float}, {4, false, true, MKind::Float},                               // 14-15
    {8, false, false, MKind::Float}, {8, false, true, MKind::Float},                               // 16-17
    // CPython's table gives the UTF formats sizes 4 and 8, which its length check uses.
    {4, false, false, MKind::Utf16}, {4, false, true, MKind::Utf16},                               // 18-19
    {8, false, false, MKind::Utf32}, {8, false, true, MKind::Utf32},                               // 20-21
};
constexpr int kMFormatCount = sizeof kMFormats / sizeof kMFormats[0];

// `size` bytes at p in the given order, as an unsigned value.
uint64_t read_uint(const unsigned char* p, int size, bool big_endian) {
    uint64_t v = 0;
    for (int k = 0; k < size; ++k) {
        unsigned char b = big_endian ? p[k] : p[size - 1 - k];
        v = (v << 8) | b;
    }
    return v;
}

Object* make_array(TypeObject* type, char code, Object* items) {
    Ref<> c = Ref<>::steal(str_from_codepoint(static_cast<uint32_t>(code)));
    if (!c) return nullptr;
    Object* args[2] = {c.get(), items};
    return array_tp_new(type, args, 2, nullptr);
}

}  // namespace

Object* array_reconstructor(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_array_reconstructor", nargs, kwnames, 4, 4)) return nullptr;
    Object* type = args[0];
    if (!type_has(type->type, kTypeTypeSubclass))
        return err_format(TypeError, "first argument must be a type object, not %s", type_name(type));
    auto* arraytype = static_cast<TypeObject*>(type);
    if (!is_subtype(arraytype, &ArrayType))
        return err_format(TypeError, "%s is not a subtype of array.array", arraytype->name);
    if (!is_str(args[1]) || str_length(args[1]) != 1)
        return err_format(TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %s",
                          arg_type_name(args[1]));
    uint32_t c = str_codepoint_at(args[1], 0);
    ssize code;
    if (!arg_index_ssize(args[2], &code)) return nullptr;
    Object* items = args[3];
    const ArrayDescr* d = array_descr_for(c);
    if (!d) return err_set_string(ValueError, "second argument must be a valid type code");
    if (code < 0 || code >= kMFormatCount)
        return err_set_string(ValueError, "third argument must be a valid machine format code.");
    if (!is_bytes(items)) return err_format(TypeError, "fourth argument should be bytes, not %s", type_name(items));
    char typecode = d->code;
    if (code == d->mformat) return make_array(arraytype, typecode, items);
    const MFormat& mf = kMFormats[code];
    std::string_view data = bytes_view(items);
    if (data.size() % static_cast<size_t>(mf.size) != 0)
        return err_set_string(ValueError, "string length not a multiple of item size");
    Ref<> converted;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    switch (mf.kind) {
        case MKind::Utf16:
        case MKind::Utf32: {
            const char* enc = mf.kind == MKind::Utf16 ? (mf.big_endian ? "utf-16-be" : "utf-16-le")
                                                      : (mf.big_endian ? "utf-32-be" : "utf-32-le");
            Ref<> encoding = Ref<>::steal(str_from(enc));
            if (!encoding) return nullptr;
            converted = Ref<>::steal(call_method1(items, "decode", encoding.get()));
            break;
        }
        case MKind::Float: {
            ssize n = static_cast<ssize>(data.size()) / mf.size;
            converted = Ref<>::steal(list_new(0));
            if (!converted) return nullptr;
            for (ssize i = 0; i < n; ++i) {
                uint64_t bits = read_uint(p + i * mf.size, mf.size, mf.big_endian);
                // memcpy, not std::bit_cast: the WebAssembly build's libc++ has no bit_cast.
                double v;
                if (mf.size == 4) {
                    auto narrow = static_cast<uint32_t>(bits);
                    float f;
                    std::memcpy(&f, &narrow, sizeof f);
                    v = static_cast<double>(f);
                } else {
                    std::memcpy(&v, &bits, sizeof v);
                }
                Ref<> f = Ref<>::steal(float_from(v));
                if (!f || list_append(converted.get(), f.get()) < 0) return nullptr;
            }
            break;
        }
        case MKind::Int: {
            // The integer typecode of this size and signedness (the last such in the table).
            for (const char* t = "bBuhHiIlLqQfd"; *t; ++t) {
                const ArrayDescr* cand = array_descr_for(static_cast<uint32_t>(*t));
                if (cand->is_int && cand->size == mf.size && cand->is_signed == mf.is_signed) typecode = *t;
            }
            ssize n = static_cast<ssize>(data.size()) / mf.size;
            converted = Ref<>::steal(list_new(0));
            if (!converted) return nullptr;
            for (ssize i = 0; i < n; ++i) {
                uint64_t u = read_uint(p + i * mf.size, mf.size, mf.big_endian);
                Ref<> v;
                if (mf.is_signed) {
                    int shift = 64 - 8 * mf.size;
                    int64_t s = shift ? static_cast<int64_t>(u << shift) >> shift : static_cast<int64_t>(u);
                    v = Ref<>::steal(int_from_i64(s));
                } else {
                    v = Ref<>::steal(int_from_u64(u));
                }
                if (!v || list_append(converted.get(), v.get()) < 0) return nullptr;
            }
            break;
        }
    }
    if (!converted) return nullptr;
    return make_array(arraytype, typecode, converted.get());
}

const MethodDef kArrayMethods[] = {
    {"append", m_append},
    {"buffer_info", m_buffer_info},
    {"byteswap", m_byteswap},
    {"__copy__", m_copy},
    {"count", m_count},
    {"__deepcopy__", m_deepcopy},
    {"extend", m_extend},
    {"frombytes", m_frombytes},
    {"fromfile", m_fromfile},
    {"fromlist", m_fromlist},
    {"fromunicode", m_fromunicode},
    {"index", m_index},
    {"insert", m_insert},
    {"pop", m_pop},
    {"__reduce_ex__", m_reduce_ex},
    {"remove", m_remove},
    {"reverse", m_reverse},
    {"tofile", m_tofile},
    {"tolist", m_tolist},
    {"tounicode", m_tounicode},
    {"tobytes", m_tobytes},
    {"__sizeof__", m_sizeof},
    {nullptr, nullptr},
};

}  // namespace pygen
