// memoryview and its managed buffer: construction, release and the context manager, items
// through native struct formats, 1-D slicing with steps, multi-dimensional item access, cast,
// tobytes/tolist/hex/toreadonly, comparison, hashing and iteration; memoryview is also an
// exporter itself (memoryview of a memoryview, bytes(m), m passed where bytes-like is taken).
// CPython counterpart: Objects/memoryobject.c (behaviour and messages; the code is ours).
#include "objects/memoryview.h"
#include "objects/alloc_limit.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/gc.h"

namespace pygen {

TypeObject MemoryViewType;
TypeObject ManagedBufferType;
TypeObject MemoryIterType;

namespace {

MemoryViewObject* as_mv(Object* o) { return static_cast<MemoryViewObject*>(o); }

// METH_NOARGS methods: "memoryview.tolist() takes no arguments (1 given)".
bool check_positional_args(const char* name, size_t nargs, Object* kwnames) {
    return arg_no_kwargs(name, kwnames) && arg_check_positional(name, nargs, 0, 0);
}

Object* err_released() { return err_set_string(ValueError, "operation forbidden on released memoryview object"); }

// ---- Native formats ----

// The single format character of "X" or "@X", or 0 for anything else.
char format_code(const char* f) {
    if (f[0] == '@') ++f;
    return f[0] && !f[1] ? f[0] : 0;
}

// Item size of a native format character memoryview supports, 0 when unsupported.
ssize code_size(char c) {
    switch (c) {
        case 'c': case 'b': case 'B': case '?': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
        default: return 0;
    }
}

bool is_byte_format(const char* f) {
    char c = format_code(f);
    return c == 'B' || c == 'b' || c == 'c';
}

template <class T> T load(const char* p) { T v; std::memcpy(&v, p, sizeof v); return v; }
template <class T> void store(char* p, T v) { std::memcpy(p, &v, sizeof v); }

// The item at p as a Python value; NotImplementedError for formats we cannot unpack.
Object* unpack_item(const char* format, const char* p) {
    switch (format_code(format)) {
        case 'B': return int_from_i64(load<uint8_t>(p));
        case 'b': return int_from_i64(load<int8_t>(p));
        case 'c': return bytes_from(std::string_view(p, 1));
        case '?': return bool_from(load<uint8_t>(p) != 0);
        case 'h': return int_from_i64(load<int16_t>(p));
        case 'H': return int_from_i64(load<uint16_t>(p));
        case 'i': return int_from_i64(load<int32_t>(p));
        case 'I': return int_from_i64(load<uint32_t>(p));
        case 'l': case 'q': case 'n': return int_from_i64(load<int64_t>(p));
        case 'L': case 'Q': case 'N': case 'P': return int_from_u64(load<uint64_t>(p));
        case 'f': return float_from(load<float>(p));
        case 'd': return float_from(load<double>(p));
        default: return err_format(NotImplementedError, "memoryview: format %s not supported", format);
    }
}

bool type_error_fmt(const char* format) {
    err_format(TypeError, "memoryview: invalid type for format '%s'", format);
    return false;
}
bool value_error_fmt(const char* format) {
    err_format(ValueError, "memoryview: invalid value for format '%s'", format);
    return false;
}
// CPython's fix_error_int: a TypeError becomes "invalid type", an Overflow/ValueError "invalid value".
bool fix_error(const char* format) {
    if (err_matches(TypeError)) { err_clear(); return type_error_fmt(format); }
    if (err_matches(OverflowError) || err_matches(ValueError)) { err_clear(); return value_error_fmt(format); }
    return false;
}

// value as a 64-bit integer through __index__; *is_negative tells which half it came from.
// Values in [2**63, 2**64) come back as their unsigned bit pattern.
bool index_as_bits(Object* value, const char* format, uint64_t* out, bool* is_negative) {
    if (!is_int(value) && !value->type->nb_index) return type_error_fmt(format);
    Ref<> v = Ref<>::steal(number_index(value));
    if (!v) return fix_error(format);
    int64_t i;
    if (int_as_i64(v.get(), &i)) {
        *out = static_cast<uint64_t>(i);
        *is_negative = i < 0;
        return true;
    }
    if (int_sign(v.get()) < 0) return value_error_fmt(format);
    // Between 2**63 and 2**64: subtract 2**64 to land in int64 and keep the bit pattern.
    Ref<> two64 = Ref<>::steal(int_from_u64(UINT64_MAX));
    if (!two64) return false;
    Ref<> d = Ref<>::steal(binary_op(v.get(), two64.get(), BinOp::Sub));
    if (!d) return false;
    if (!int_as_i64(d.get(), &i) || i > 0) return value_error_fmt(format);
    *out = static_cast<uint64_t>(i) - 1;   // v - (2**64 - 1) - 1 == v - 2**64
    *is_negative = false;
    return true;
}

// Stores value at p in format; CPython's pack_single with its messages.
bool pack_item(const char* format, Object* value, char* p) {
    char c = format_code(format);
    if (c == 'f' || c == 'd') {
        if (!is_float(value) && !is_int(value) && !type_lookup_str(value->type, "__float__") && !value->type->nb_index)
            return type_error_fmt(format);
        Ref<> f = Ref<>::steal(number_float(value));
        if (!f) return fix_error(format);
        double d = float_value(f.get());
        if (c == 'f') store<float>(p, static_cast<float>(d));
        else store<double>(p, d);
        return true;
    }
    if (c == '?') {
        int truth = object_is_true(value);
        if (truth < 0) return false;
        store<uint8_t>(p, truth ? 1 : 0);
        return true;
    }
    if (c == 'c') {
        if (!is_bytes(value)) return type_error_fmt(format);
        if (bytes_view(value).size() != 1) return value_error_fmt(format);
        *p = bytes_view(value)[0];
        return true;
    }
    ssize size = code_size(c);
    if (!size) {
        err_format(NotImplementedError, "memoryview: format %s not supported", format);
        return false;
    }
    uint64_t bits;
    bool neg;
    if (!index_as_bits(value, format, &bits, &neg)) return false;
    auto sv = static_cast<int64_t>(bits);
    bool big = !neg && static_cast<int64_t>(bits) < 0;   // >= 2**63
    switch (c) {
        case 'b': if (big || sv < -128 || sv > 127) return value_error_fmt(format); break;
        case 'B': if (neg || big || sv > 255) return value_error_fmt(format); break;
        case 'h': if (big || sv < -32768 || sv > 32767) return value_error_fmt(format); break;
        case 'H': if (neg || big || sv > 65535) return value_error_fmt(format); break;
        case 'i': if (big || sv < INT32_MIN || sv > INT32_MAX) return value_error_fmt(format); break;
        case 'I': if (neg || big || sv > static_cast<int64_t>(UINT32_MAX)) return value_error_fmt(format); break;
        case 'l': case 'q': case 'n': if (big) return value_error_fmt(format); break;
        case 'L': case 'Q': case 'N': if (neg) return value_error_fmt(format); break;
        case 'P': break;   // PyLong_AsVoidPtr: negative values keep their bit pattern
        default: break;
    }
    std::memcpy(p, &bits, static_cast<size_t>(size));   // little-endian: the low bytes
    return true;
}

// ---- Managed buffer ----

void mbuf_release(ManagedBufferObject* m) {
    if (m->is_released) return;
    m->is_released = true;
    buffer_release(&m->master);
}

void mbuf_dealloc(Object* o) {
    auto* m = static_cast<ManagedBufferObject*>(o);
    gc_untrack(o);
    mbuf_release(m);
    free_object(o);
}

void mbuf_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = static_cast<ManagedBufferObject*>(o);
    if (m->master.obj) visit(m->master.obj, arg);
}

int mbuf_clear(Object* o) {
    mbuf_release(static_cast<ManagedBufferObject*>(o));
    return 0;
}

// ---- View construction ----

// A new view on mbuf copying src's window, with room for ndim dimensions (shape/strides copied
// when src has the same ndim; the caller fills them otherwise). Registers with mbuf.
MemoryViewObject* mv_new(ManagedBufferObject* mbuf, const Buffer& src, int ndim) {
    auto* mv = static_cast<MemoryViewObject*>(alloc_object(&MemoryViewType));
    if (!mv) return nullptr;
    mv->hash = -1;
    size_t count = static_cast<size_t>(ndim > 0 ? ndim : 1);
    mv->dims = static_cast<ssize*>(mem_calloc(2 * count, sizeof(ssize)));
    if (!mv->dims) {
        mv->is_released = true;   // nothing registered yet: dealloc must not unregister
        decref(mv);
        err_no_memory();
        return nullptr;
    }
    mv->mbuf = newref(mbuf);
    ++mbuf->view_count;
    Buffer& v = mv->view;
    v.obj = xnewref(src.obj);
    v.buf = src.buf;
    v.len = src.len;
    v.itemsize = src.itemsize;
    v.readonly = src.readonly;
    v.format = src.format;
    v.ndim = ndim;
    v.shape = mv->dims;
    v.strides = mv->dims + count;
    if (ndim == src.ndim)
        for (int i = 0; i < ndim; ++i) {
            mv->dims[i] = buffer_shape(src, i);
            mv->dims[count + i] = buffer_stride(src, i);
        }
    return mv;
}

ssize* mv_shape(MemoryViewObject* mv) { return mv->dims; }
ssize* mv_strides(MemoryViewObject* mv) {
    return mv->dims + (mv->view.ndim > 0 ? mv->view.ndim : 1);
}

// Releases this view's registration (CPython's _memory_release). False with BufferError while
// consumers hold buffers of it.
bool mv_release(MemoryViewObject* mv) {
    if (mv->is_released) return true;
    if (mv->exports > 0) {
        err_format(BufferError, "memoryview has %zd exported buffer%s", mv->exports, mv->exports == 1 ? "" : "s");
        return false;
    }
    mv->is_released = true;
    if (--mv->mbuf->view_count == 0) mbuf_release(mv->mbuf);
    return true;
}

void mv_dealloc(Object* o) {
    auto* mv = as_mv(o);
    gc_untrack(o);
    if (mv->weakreflist) weakref_clear_refs(o);
    if (mv->mbuf) {
        mv->exports = 0;   // no consumer can hold a buffer of a dead view (Buffer.obj is strong)
        (void)mv_release(mv);
        clearref(mv->mbuf);
    }
    clearref(mv->view.obj);
    mem_free(mv->dims);
    free_object(o);
}

void mv_traverse(Object* o, VisitFn visit, void* arg) {
    auto* mv = as_mv(o);
    if (mv->mbuf) visit(mv->mbuf, arg);
    if (mv->view.obj) visit(mv->view.obj, arg);
}

int mv_clear(Object* o) {
    auto* mv = as_mv(o);
    if (mv->exports == 0) {
        (void)mv_release(mv);
        clearref(mv->view.obj);
    }
    return 0;
}

}  // namespace

Object* memoryview_from_object(Object* o) {
    if (is_memoryview(o)) {
        MemoryViewObject* src = as_mv(o);
        if (src->is_released) return err_released();
        return mv_new(src->mbuf, src->view, src->view.ndim);
    }
    if (!object_check_buffer(o))
        return err_format(TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(o));
    auto* mbuf = static_cast<ManagedBufferObject*>(alloc_object(&ManagedBufferType));
    if (!mbuf) return nullptr;
    Ref<> hold = Ref<>::steal(mbuf);
    mbuf->is_released = true;   // until the buffer is held
    if (!object_get_buffer(o, &mbuf->master, kBufStrided)) return nullptr;
    mbuf->is_released = false;
    return mv_new(mbuf, mbuf->master, mbuf->master.ndim);
}

namespace {

#define CHECK_RELEASED(mv) \
    do { if (as_mv(mv)->is_released || as_mv(mv)->mbuf->is_released) return err_released(); } while (0)
#define CHECK_RELEASED_INT(mv) \
    do { if (as_mv(mv)->is_released || as_mv(mv)->mbuf->is_released) { err_released(); return -1; } } while (0)

// ---- Exporting a memoryview ----

bool mv_getbuffer(Object* o, Buffer* out, int flags) {
    MemoryViewObject* mv = as_mv(o);
    if (mv->is_released || mv->mbuf->is_released) { err_released(); return false; }
    if ((flags & kBufWritable) && mv->view.readonly) {
        err_set_string(BufferError, "memoryview: underlying buffer is not writable");
        return false;
    }
    if (!(flags & kBufStrided) && !buffer_is_contiguous(mv->view, 'C')) {
        err_set_string(BufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    Buffer v = mv->view;
    v.obj = nullptr;
    if (!(flags & kBufStrided)) {
        // A plain byte consumer sees the whole buffer as unsigned bytes.
        v.ndim = 1;
        v.shape = nullptr;
        v.strides = nullptr;
        v.itemsize = 1;
        v.format = "B";
        if (mv->view.ndim == 0) v.len = mv->view.itemsize;
    }
    *out = v;
    ++mv->exports;
    return true;
}

void mv_releasebuffer(Object* o, Buffer*) { --as_mv(o)->exports; }

const BufferProcs kMemoryViewProcs = {mv_getbuffer, mv_releasebuffer};

// ---- Construction and simple slots ----

Object* mv_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"object"};
    Object* a[1];
    if (!arg_bind("memoryview", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    return memoryview_from_object(a[0]);
}

Object* mv_repr(Object* o) {
    char buf[64];
    std::snprintf(buf, sizeof buf, as_mv(o)->is_released ? "<released memory at %p>" : "<memory at %p>", static_cast<void*>(o));
    return str_from(buf);
}

ssize mv_len(Object* o) {
    CHECK_RELEASED_INT(o);
    const Buffer& v = as_mv(o)->view;
    return v.ndim == 0 ? 1 : v.shape[0];
}

// The address of item `index` along dimension dim from p; IndexError as CPython.
char* item_ptr(const Buffer& v, char* p, int dim, ssize index) {
    ssize n = v.shape[dim];
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        err_format(IndexError, "index out of bounds on dimension %d", dim + 1);
        return nullptr;
    }
    return p + index * v.strides[dim];
}

// An index argument as ssize: IndexError "cannot fit 'int' into an index-sized integer" when huge.
bool index_arg(Object* key, ssize* out) {
    *out = number_as_ssize(key, IndexError);
    return !(*out == -1 && err_occurred());
}

bool is_index_like(Object* o) { return is_int(o) || o->type->nb_index; }

// m[key] for int keys on any ndim, tuples of ints: the item pointer, or null with an error.
// A tuple of slices or mixed keys raises as CPython.
char* key_to_ptr(MemoryViewObject* mv, Object* key) {
    const Buffer& v = mv->view;
    if (is_index_like(key)) {
        if (v.ndim == 0) { err_set_string(TypeError, "invalid indexing of 0-dim memory"); return nullptr; }
        if (v.ndim > 1) { err_set_string(NotImplementedError, "multi-dimensional sub-views are not implemented"); return nullptr; }
        ssize i;
        if (!index_arg(key, &i)) return nullptr;
        return item_ptr(v, v.buf, 0, i);
    }
    // A tuple of indexes, one per dimension.
    ssize n = tuple_size(key);
    for (ssize k = 0; k < n; ++k)
        if (!is_index_like(tuple_item(key, k))) {
            bool any_slice = false;
            for (ssize j = 0; j < n; ++j) any_slice |= is_slice(tuple_item(key, j));
            if (any_slice) err_set_string(NotImplementedError, "multi-dimensional slicing is not implemented");
            else err_set_string(TypeError, "memoryview: invalid slice key");
            return nullptr;
        }
    if (n < v.ndim) { err_set_string(NotImplementedError, "sub-views are not implemented"); return nullptr; }
    if (n > v.ndim) {
        err_format(TypeError, "cannot index %d-dimension view with %zd-element tuple", v.ndim, n);
        return nullptr;
    }
    char* p = v.buf;
    for (ssize k = 0; k < n; ++k) {
        ssize i;
        if (!index_arg(tuple_item(key, k), &i)) return nullptr;
        p = item_ptr(v, p, static_cast<int>(k), i);
        if (!p) return nullptr;
    }
    return p;
}

// A new view of mv whose first dimension is sliced by key.
Object* mv_slice(MemoryViewObject* mv, Object* key) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    CHECK_RELEASED(mv);   // __index__ of the slice bounds may have released the view
    MemoryViewObject* out = mv_new(mv->mbuf, mv->view, mv->view.ndim);
    if (!out) return nullptr;
    ssize n = slice_adjust(mv->view.shape[0], &start, &stop, step);
    ssize* shape = mv_shape(out);
    ssize* strides = mv_strides(out);
    out->view.buf = mv->view.buf + start * mv->view.strides[0];
    shape[0] = n;
    // Wraps as CPython's product does (a huge step over a one-item slice), without signed overflow.
    strides[0] = static_cast<ssize>(static_cast<size_t>(mv->view.strides[0]) * static_cast<size_t>(step));
    ssize items = 1;
    for (int i = 0; i < out->view.ndim; ++i) items *= shape[i];
    out->view.len = items * out->view.itemsize;
    return out;
}

Object* mv_getitem(Object* o, Object* key) {
    CHECK_RELEASED(o);
    MemoryViewObject* mv = as_mv(o);
    const Buffer& v = mv->view;
    if (v.ndim == 0) {
        if (key == Ellipsis) return incref(o);
        if (is_tuple(key) && tuple_size(key) == 0) return unpack_item(v.format, v.buf);
        return err_set_string(TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(key)) {
        char* p = key_to_ptr(mv, key);
        if (!p) return nullptr;
        CHECK_RELEASED(o);
        return unpack_item(v.format, p);
    }
    if (is_slice(key)) return mv_slice(mv, key);
    if (is_tuple(key)) {
        char* p = key_to_ptr(mv, key);
        if (!p) return nullptr;
        CHECK_RELEASED(o);
        return unpack_item(v.format, p);
    }
    return err_set_string(TypeError, "memoryview: invalid slice key");
}

// Copies src's items into dst, both 1-D with equal shape and item layout (overlap-safe).
void copy_1d(const Buffer& dst, const Buffer& src) {
    ssize n = dst.shape[0];
    std::string tmp;
    tmp.reserve(static_cast<size_t>(n * src.itemsize));
    for (ssize i = 0; i < n; ++i) tmp.append(src.buf + i * buffer_stride(src, 0), static_cast<size_t>(src.itemsize));
    for (ssize i = 0; i < n; ++i)
        std::memcpy(dst.buf + i * dst.strides[0], tmp.data() + i * src.itemsize, static_cast<size_t>(dst.itemsize));
}

int mv_setitem(Object* o, Object* key, Object* value) {
    CHECK_RELEASED_INT(o);
    MemoryViewObject* mv = as_mv(o);
    const Buffer& v = mv->view;
    if (v.readonly) { err_set_string(TypeError, "cannot modify read-only memory"); return -1; }
    if (!value) { err_set_string(TypeError, "cannot delete memory"); return -1; }
    if (v.ndim == 0) {
        if (key == Ellipsis || (is_tuple(key) && tuple_size(key) == 0)) return pack_item(v.format, value, v.buf) ? 0 : -1;
        err_set_string(TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (is_index_like(key) || (is_tuple(key) && !is_slice(key))) {
        if (is_index_like(key) && v.ndim > 1) { err_set_string(NotImplementedError, "sub-views are not implemented"); return -1; }
        if (is_tuple(key)) {
            // Only a tuple of indexes addresses an item; others are rejected as CPython does.
            bool all_index = true;
            for (ssize k = 0; k < tuple_size(key); ++k) all_index &= is_index_like(tuple_item(key, k));
            if (!all_index) {
                err_set_string(TypeError, "memoryview: invalid slice key");
                return -1;
            }
        }
        char* p = key_to_ptr(mv, key);
        if (!p) return -1;
        // Packing into a scratch first: the value's __index__ may have released the view.
        char scratch[16];
        if (!pack_item(v.format, value, scratch)) return -1;
        CHECK_RELEASED_INT(o);
        std::memcpy(p, scratch, static_cast<size_t>(v.itemsize));
        return 0;
    }
    if (is_slice(key)) {
        if (v.ndim != 1) {
            err_set_string(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        Buffer src;
        if (!object_get_buffer(value, &src, kBufStrided)) return -1;
        Ref<> dest = Ref<>::steal(mv_slice(mv, key));
        bool ok = static_cast<bool>(dest);
        if (ok) {
            const Buffer& d = as_mv(dest.get())->view;
            // Same structure: 1-D, same item count, same format (after '@') and item size.
            bool same = src.ndim == 1 && buffer_shape(src, 0) == d.shape[0] && src.itemsize == d.itemsize &&
                        std::strcmp(src.format[0] == '@' ? src.format + 1 : src.format,
                                    d.format[0] == '@' ? d.format + 1 : d.format) == 0;
            if (!same) {
                err_set_string(ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                ok = false;
            } else {
                copy_1d(d, src);
            }
        }
        buffer_release(&src);
        return ok ? 0 : -1;
    }
    err_set_string(TypeError, "memoryview: invalid slice key");
    return -1;
}

// ---- tolist / tobytes / hex ----

Object* tolist_dim(const Buffer& v, int dim, const char* p) {
    ssize n = v.shape[dim];
    Ref<> list = Ref<>::steal(list_new(n));
    if (!list) return nullptr;
    // The address is formed only for items that exist: one step past the end can overflow.
    for (ssize i = 0; i < n; ++i) {
        const char* q = p + i * v.strides[dim];
        Object* item = dim == v.ndim - 1 ? unpack_item(v.format, q) : tolist_dim(v, dim + 1, q);
        if (!item) return nullptr;
        list_set_item(list.get(), i, item);
    }
    return list.release();
}

Object* m_tolist(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_positional_args("memoryview.tolist", nargs, kwnames)) return nullptr;
    CHECK_RELEASED(self);
    const Buffer& v = as_mv(self)->view;
    if (!code_size(format_code(v.format)))
        return err_format(NotImplementedError, "memoryview: unsupported format %s", v.format);
    if (v.ndim == 0) return unpack_item(v.format, v.buf);
    return tolist_dim(v, 0, v.buf);
}

Object* m_tobytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"order"};
    Object* a[1];
    if (!arg_bind("tobytes", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    CHECK_RELEASED(self);
    char order = 'C';
    if (a[0] && a[0] != None) {
        if (!is_str(a[0])) return err_format(TypeError, "tobytes() argument 'order' must be str or None, not %s", arg_type_name(a[0]));
        std::string_view s = str_view(a[0]);
        if (s == "F") order = 'F';
        else if (s == "A") order = buffer_is_contiguous(as_mv(self)->view, 'F') && !buffer_is_contiguous(as_mv(self)->view, 'C') ? 'F' : 'C';
        else if (s != "C") return err_set_string(ValueError, "order must be 'C', 'F' or 'A'");
    }
    std::string out;
    buffer_to_contiguous(as_mv(self)->view, order, &out);
    return bytes_from(out);
}

Object* m_hex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    CHECK_RELEASED(self);
    std::string data;
    buffer_to_contiguous(as_mv(self)->view, 'C', &data);
    // bytes.hex does the separator handling; the view's bytes in C order are its input.
    Ref<> b = Ref<>::steal(bytes_from(data));
    if (!b) return nullptr;
    Ref<> meth = Ref<>::steal(object_getattr_str(b.get(), "hex"));
    if (!meth) return nullptr;
    return call(meth.get(), args, nargs, kwnames);
}

Object* m_toreadonly(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_positional_args("memoryview.toreadonly", nargs, kwnames)) return nullptr;
    CHECK_RELEASED(self);
    MemoryViewObject* mv = as_mv(self);
    MemoryViewObject* out = mv_new(mv->mbuf, mv->view, mv->view.ndim);
    if (out) out->view.readonly = true;
    return out;
}

Object* m_release(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_positional_args("memoryview.release", nargs, kwnames)) return nullptr;
    if (!mv_release(as_mv(self))) return nullptr;
    return none_new();
}

Object* m_enter(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_positional_args("memoryview.__enter__", nargs, kwnames)) return nullptr;
    CHECK_RELEASED(self);
    return incref(self);
}

Object* m_exit(Object* self, Object* const*, size_t, Object*) {
    if (!mv_release(as_mv(self))) return nullptr;
    return none_new();
}

// memoryview cannot be pickled or copied (its memory belongs to another object).
Object* m_reduce(Object*, Object* const*, size_t, Object*) {
    return err_set_string(TypeError, "cannot pickle memoryview objects");
}

// ---- cast ----

// Fills shape/strides of a C-contiguous view with dimensions `shape` (ndim entries).
void set_c_strides(MemoryViewObject* mv) {
    Buffer& v = mv->view;
    ssize s = v.itemsize;
    for (int i = v.ndim - 1; i >= 0; --i) {
        mv_strides(mv)[i] = s;
        s *= mv_shape(mv)[i];
    }
}

Object* m_cast(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"format", "shape"};
    Object* a[2];
    if (!arg_bind("cast", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    if (!is_str(a[0])) return err_format(TypeError, "cast() argument 'format' must be str, not %s", arg_type_name(a[0]));
    Object* shape = a[1];
    CHECK_RELEASED(self);
    MemoryViewObject* mv = as_mv(self);
    const Buffer& v = mv->view;
    if (!buffer_is_contiguous(v, 'C')) return err_set_string(TypeError, "memoryview: casts are restricted to C-contiguous views");
    bool zero = false;
    for (int i = 0; i < v.ndim; ++i) zero |= v.shape[i] == 0;
    if ((shape || v.ndim != 1) && zero) return err_set_string(TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    ssize ndim = 1;
    if (shape) {
        if (!is_list(shape) && !is_tuple(shape)) return err_set_string(TypeError, "shape must be a list or a tuple");
        ndim = is_list(shape) ? list_size(shape) : tuple_size(shape);
        if (ndim > kBufMaxNdim) return err_format(ValueError, "memoryview: number of dimensions must not exceed %d", kBufMaxNdim);
        if (v.ndim != 1 && ndim != 1) return err_set_string(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    // Destination format: a native single character, optionally after '@'.
    std::string_view fmt = str_view(a[0]);
    static const char* const kFormats[] = {"c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "P",
                                           "@c", "@b", "@B", "@?", "@h", "@H", "@i", "@I", "@l", "@L", "@q", "@Q", "@n", "@N", "@f", "@d", "@P"};
    const char* dest = nullptr;
    for (const char* f : kFormats) if (fmt == f) dest = f;
    if (!dest)
        return err_set_string(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (!is_byte_format(v.format) && !is_byte_format(dest))
        return err_set_string(TypeError, "memoryview: cannot cast between two non-byte formats");
    ssize itemsize = code_size(format_code(dest));
    if (v.len % itemsize) return err_set_string(TypeError, "memoryview: length is not a multiple of itemsize");
    // Dimensions first (they may fail), then the view.
    ssize dims[kBufMaxNdim];
    if (shape) {
        for (ssize i = 0; i < ndim; ++i) {
            Object* d = is_list(shape) ? list_item(shape, i) : tuple_item(shape, i);
            if (!is_int(d)) return err_set_string(TypeError, "memoryview.cast(): elements of shape must be integers");
            int64_t x;
            if (!int_as_i64(d, &x)) return err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
            if (x <= 0) return err_set_string(ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            dims[i] = x;
        }
        // The byte length the shape describes, as CPython counts it: itemsize times every
        // dimension, refused once it passes SSIZE_MAX (it overflowed for cast('I', [1 << 62])).
        ssize product = itemsize;
        for (ssize i = 0; i < ndim; ++i) {
            if (product > PTRDIFF_MAX / dims[i]) return err_set_string(ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            product *= dims[i];
        }
        if (product != v.len) return err_set_string(TypeError, "memoryview: product(shape) * itemsize != buffer size");
    } else {
        dims[0] = v.len / itemsize;
    }
    MemoryViewObject* out = mv_new(mv->mbuf, v, static_cast<int>(ndim));
    if (!out) return nullptr;
    out->view.format = dest;
    out->view.itemsize = itemsize;
    out->view.len = v.len;
    for (ssize i = 0; i < ndim; ++i) mv_shape(out)[i] = dims[i];
    set_c_strides(out);
    return out;
}

// ---- Comparison, hash, iteration ----

// Compares items of two views of equal shape by value (formats may differ). -1 error, 0/1.
int items_equal(const Buffer& a, const char* pa, const Buffer& b, const char* pb, int dim) {
    if (a.ndim == 0) {
        Ref<> x = Ref<>::steal(unpack_item(a.format, pa));
        if (!x) return -1;
        Ref<> y = Ref<>::steal(unpack_item(b.format, pb));
        if (!y) return -1;
        return object_rich_compare_bool(x.get(), y.get(), CompareOp::Eq);
    }
    ssize n = buffer_shape(a, dim);
    bool same_fmt = std::strcmp(a.format, b.format) == 0 && code_size(format_code(a.format)) != 0 &&
                    format_code(a.format) != 'f' && format_code(a.format) != 'd';
    for (ssize i = 0; i < n; ++i) {
        const char* x = pa + i * buffer_stride(a, dim);
        const char* y = pb + i * buffer_stride(b, dim);
        int r;
        if (dim < a.ndim - 1) {
            r = items_equal(a, x, b, y, dim + 1);
        } else if (same_fmt) {
            r = std::memcmp(x, y, static_cast<size_t>(a.itemsize)) == 0;
        } else {
            Ref<> u = Ref<>::steal(unpack_item(a.format, x));
            if (!u) return -1;
            Ref<> w = Ref<>::steal(unpack_item(b.format, y));
            if (!w) return -1;
            r = object_rich_compare_bool(u.get(), w.get(), CompareOp::Eq);
        }
        if (r <= 0) return r;
    }
    return 1;
}

Object* mv_richcompare(Object* self, Object* other, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return incref(NotImplemented);
    bool eq;
    MemoryViewObject* mv = as_mv(self);
    bool self_released = mv->is_released || mv->mbuf->is_released;
    bool other_released = is_memoryview(other) && (as_mv(other)->is_released || as_mv(other)->mbuf->is_released);
    if (self_released || other_released) {
        eq = self == other;   // no identity shortcut otherwise: a view of NaNs is unequal to itself
    } else {
        if (!object_check_buffer(other)) return incref(NotImplemented);
        Buffer ob;
        if (!object_get_buffer(other, &ob, kBufStrided)) {
            err_clear();
            return incref(NotImplemented);
        }
        const Buffer& v = mv->view;
        bool shapes = v.ndim == ob.ndim;
        for (int i = 0; shapes && i < v.ndim; ++i) shapes = v.shape[i] == buffer_shape(ob, i);
        int r = 0;
        if (shapes) {
            // Formats memoryview cannot unpack compare unequal rather than raise (CPython:
            // "memoryview: format ... not supported" is turned into NotImplemented).
            if (!code_size(format_code(v.format)) || !code_size(format_code(ob.format))) {
                buffer_release(&ob);
                return incref(NotImplemented);
            }
            bool empty = false;
            for (int i = 0; i < v.ndim; ++i) empty |= v.shape[i] == 0;
            r = empty ? 1 : items_equal(v, v.buf, ob, ob.buf, 0);
        }
        buffer_release(&ob);
        if (r < 0) return nullptr;
        eq = r == 1;
    }
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t mv_hash(Object* self) {
    MemoryViewObject* mv = as_mv(self);
    if (mv->hash != -1) return mv->hash;
    if (mv->is_released || mv->mbuf->is_released) { err_released(); return -1; }
    if (!mv->view.readonly) { err_set_string(ValueError, "cannot hash writable memoryview object"); return -1; }
    if (!is_byte_format(mv->view.format)) {
        err_set_string(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    // The exporter's own hash error wins ("unhashable type: 'bytearray'"), as CPython's.
    if (mv->view.obj && object_hash(mv->view.obj) == -1) return -1;
    // Equal to the hash of the bytes with the same content, so m == b implies equal hashes.
    std::string data;
    buffer_to_contiguous(mv->view, 'C', &data);
    mv->hash = hash_bytes(data);
    return mv->hash;
}

struct MemoryIterObject : Object {
    Object* view;     // strong; null once exhausted
    ssize index;
};

Object* mv_iter(Object* self) {
    CHECK_RELEASED(self);
    const Buffer& v = as_mv(self)->view;
    if (v.ndim == 0) return err_set_string(TypeError, "invalid indexing of 0-dim memory");
    if (v.ndim != 1) return err_set_string(NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (!code_size(format_code(v.format))) return err_format(NotImplementedError, "memoryview: unsupported format %s", v.format);
    auto* it = static_cast<MemoryIterObject*>(alloc_object(&MemoryIterType));
    if (!it) return nullptr;
    it->view = incref(self);
    return it;
}

Object* mv_iter_next(Object* o) {
    auto* it = static_cast<MemoryIterObject*>(o);
    if (!it->view) return nullptr;
    MemoryViewObject* mv = as_mv(it->view);
    if (mv->is_released || mv->mbuf->is_released) return err_released();
    if (it->index >= mv->view.shape[0]) {
        clearref(it->view);
        return nullptr;
    }
    return unpack_item(mv->view.format, mv->view.buf + it->index++ * mv->view.strides[0]);
}

void mv_iter_dealloc(Object* o) {
    xdecref(static_cast<MemoryIterObject*>(o)->view);
    free_object(o);
}

void mv_iter_traverse(Object* o, VisitFn visit, void* arg) {
    if (auto* v = static_cast<MemoryIterObject*>(o)->view) visit(v, arg);
}

Object* iter_self(Object* o) { return incref(o); }

// ---- Attributes ----

Object* tuple_of(const ssize* values, int n) {
    Ref<> t = Ref<>::steal(tuple_new(n));
    if (!t) return nullptr;
    for (int i = 0; i < n; ++i) {
        Object* x = int_from_i64(values[i]);
        if (!x) return nullptr;
        tuple_items(t.get())[i] = x;
    }
    return t.release();
}

Object* get_obj(Object* o) { CHECK_RELEASED(o); return as_mv(o)->view.obj ? incref(as_mv(o)->view.obj) : none_new(); }
Object* get_nbytes(Object* o) { CHECK_RELEASED(o); return int_from_i64(as_mv(o)->view.len); }
Object* get_readonly(Object* o) { CHECK_RELEASED(o); return bool_from(as_mv(o)->view.readonly); }
Object* get_itemsize(Object* o) { CHECK_RELEASED(o); return int_from_i64(as_mv(o)->view.itemsize); }
Object* get_format(Object* o) { CHECK_RELEASED(o); return str_from(as_mv(o)->view.format); }
Object* get_ndim(Object* o) { CHECK_RELEASED(o); return int_from_i64(as_mv(o)->view.ndim); }
Object* get_shape(Object* o) { CHECK_RELEASED(o); return tuple_of(as_mv(o)->view.shape, as_mv(o)->view.ndim); }
Object* get_strides(Object* o) { CHECK_RELEASED(o); return tuple_of(as_mv(o)->view.strides, as_mv(o)->view.ndim); }
Object* get_suboffsets(Object* o) { CHECK_RELEASED(o); return tuple_new(0); }
Object* get_c_contiguous(Object* o) { CHECK_RELEASED(o); return bool_from(buffer_is_contiguous(as_mv(o)->view, 'C')); }
Object* get_f_contiguous(Object* o) { CHECK_RELEASED(o); return bool_from(buffer_is_contiguous(as_mv(o)->view, 'F')); }
Object* get_contiguous(Object* o) { CHECK_RELEASED(o); return bool_from(buffer_is_contiguous(as_mv(o)->view, 'A')); }

const GetSetDef kMemoryViewGetSet[] = {
    {"obj", get_obj},
    {"nbytes", get_nbytes},
    {"readonly", get_readonly},
    {"itemsize", get_itemsize},
    {"format", get_format},
    {"ndim", get_ndim},
    {"shape", get_shape},
    {"strides", get_strides},
    {"suboffsets", get_suboffsets},
    {"c_contiguous", get_c_contiguous},
    {"f_contiguous", get_f_contiguous},
    {"contiguous", get_contiguous},
    {nullptr, nullptr},
};

const MethodDef kMemoryViewMethods[] = {
    {"release", m_release},
    {"tobytes", m_tobytes},
    {"hex", m_hex},
    {"tolist", m_tolist},
    {"cast", m_cast},
    {"toreadonly", m_toreadonly},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {"__reduce__", m_reduce},
    {nullptr, nullptr},
};

}  // namespace

void init_memoryview_types() {
    ManagedBufferType.name = "managedbuffer";
    ManagedBufferType.basicsize = sizeof(ManagedBufferObject);
    ManagedBufferType.flags = kTypeGC;
    ManagedBufferType.base = &ObjectType;
    ManagedBufferType.dealloc = mbuf_dealloc;
    ManagedBufferType.traverse = mbuf_traverse;
    ManagedBufferType.clear = mbuf_clear;
    if (!type_ready(&ManagedBufferType)) return;

    MemoryViewType.name = "memoryview";
    MemoryViewType.basicsize = sizeof(MemoryViewObject);
    MemoryViewType.flags = kTypeGC;
    MemoryViewType.base = &ObjectType;
    MemoryViewType.weaklistoffset = offsetof(MemoryViewObject, weakreflist);
    MemoryViewType.dealloc = mv_dealloc;
    MemoryViewType.traverse = mv_traverse;
    MemoryViewType.clear = mv_clear;
    MemoryViewType.repr = mv_repr;
    MemoryViewType.hash = mv_hash;
    MemoryViewType.richcompare = mv_richcompare;
    MemoryViewType.iter = mv_iter;
    MemoryViewType.tp_new = mv_tp_new;
    MemoryViewType.len = mv_len;
    MemoryViewType.getitem = mv_getitem;
    MemoryViewType.setitem = mv_setitem;
    MemoryViewType.methods = kMemoryViewMethods;
    MemoryViewType.getset = kMemoryViewGetSet;
    if (!type_ready(&MemoryViewType)) return;

    MemoryIterType.name = "memory_iterator";
    MemoryIterType.basicsize = sizeof(MemoryIterObject);
    MemoryIterType.flags = kTypeGC;
    MemoryIterType.base = &ObjectType;
    MemoryIterType.dealloc = mv_iter_dealloc;
    MemoryIterType.traverse = mv_iter_traverse;
    MemoryIterType.iter = iter_self;
    MemoryIterType.iternext = mv_iter_next;
    if (!type_ready(&MemoryIterType)) return;

    buffer_register_type(&MemoryViewType, &kMemoryViewProcs);
}

}  // namespace pygen
