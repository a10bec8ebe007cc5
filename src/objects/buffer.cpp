// The buffer protocol's generic half: the exporter registry, acquiring and releasing views,
// contiguity and copying helpers, and the exporters of bytes and bytearray (bytearray counts
// its exports so it can refuse to resize under a view).
// CPython counterparts: Objects/abstract.c (PyObject_GetBuffer, PyBuffer_*), the bf_getbuffer
// slots of Objects/bytesobject.c and Objects/bytearrayobject.c.
#include "objects/buffer.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"

namespace pygen {

namespace {

struct Exporter {
    TypeObject* type;
    const BufferProcs* procs;
};
// Built-in exporters only (a handful): a linear scan beats any map.
Exporter g_exporters[8];
int g_exporter_count = 0;

const BufferProcs* find_procs(TypeObject* t) {
    for (; t; t = t->base)
        for (int i = 0; i < g_exporter_count; ++i)
            if (g_exporters[i].type == t) return g_exporters[i].procs;
    return nullptr;
}

// ---- bytes and bytearray exporters ----

bool bytes_getbuffer(Object* o, Buffer* v, int flags) {
    if (flags & kBufWritable) {
        err_set_string(BufferError, "Object is not writable.");
        return false;
    }
    auto* b = static_cast<BytesObject*>(o);
    v->buf = b->data;
    v->len = static_cast<ssize>(b->size);
    v->readonly = true;
    return true;
}

bool bytearray_getbuffer(Object* o, Buffer* v, int) {
    auto* ba = static_cast<ByteArrayObject*>(o);
    // An empty bytearray may have no storage: lend a static empty byte, as CPython does.
    static char empty[1] = {0};
    v->buf = ba->data ? ba->data : empty;
    v->len = static_cast<ssize>(ba->size);
    v->readonly = false;
    ++ba->exports;
    return true;
}

void bytearray_releasebuffer(Object* o, Buffer*) { --static_cast<ByteArrayObject*>(o)->exports; }

const BufferProcs kBytesProcs = {bytes_getbuffer, nullptr};
const BufferProcs kByteArrayProcs = {bytearray_getbuffer, bytearray_releasebuffer};

struct RegisterCore {
    RegisterCore() {
        buffer_register_type(&BytesType, &kBytesProcs);
        buffer_register_type(&ByteArrayType, &kByteArrayProcs);
    }
} g_register_core;

}  // namespace

void buffer_register_type(TypeObject* type, const BufferProcs* procs) {
    for (int i = 0; i < g_exporter_count; ++i)
        if (g_exporters[i].type == type) { g_exporters[i].procs = procs; return; }
    if (g_exporter_count < static_cast<int>(sizeof g_exporters / sizeof g_exporters[0]))
        g_exporters[g_exporter_count++] = {type, procs};
}

bool object_check_buffer(Object* o) { return find_procs(o->type) != nullptr; }

bool object_get_buffer(Object* o, Buffer* view, int flags) {
    const BufferProcs* procs = find_procs(o->type);
    if (!procs) {
        err_format(TypeError, "a bytes-like object is required, not '%s'", type_name(o));
        return false;
    }
    Buffer v;
    if (!procs->get(o, &v, flags)) return false;
    v.obj = incref(o);
    *view = v;
    return true;
}

void buffer_release(Buffer* view) {
    Object* o = view->obj;
    if (!o) return;
    if (const BufferProcs* procs = find_procs(o->type); procs && procs->release) procs->release(o, view);
    *view = Buffer();
    decref(o);
}

ssize buffer_shape(const Buffer& v, int i) {
    if (v.shape) return v.shape[i];
    return v.itemsize ? v.len / v.itemsize : 0;
}

ssize buffer_stride(const Buffer& v, int i) {
    if (v.strides) return v.strides[i];
    // C-contiguous: the stride of dimension i is the product of the later dimensions.
    ssize s = v.itemsize;
    for (int k = v.ndim - 1; k > i; --k) s *= buffer_shape(v, k);
    return s;
}

bool buffer_is_contiguous(const Buffer& v, char order) {
    if (!v.strides) return order != 'F' || v.ndim <= 1 || v.len == 0 || [&] {
        // C-contiguous with strides left out: also F-contiguous only when at most one dimension is > 1.
        int big = 0;
        for (int i = 0; i < v.ndim; ++i) if (buffer_shape(v, i) > 1) ++big;
        return big <= 1;
    }();
    if (v.len == 0) return true;
    auto c_ok = [&] {
        ssize sd = v.itemsize;
        for (int i = v.ndim - 1; i >= 0; --i) {
            ssize dim = v.shape ? v.shape[i] : buffer_shape(v, i);
            if (dim > 1 && v.strides[i] != sd) return false;
            sd *= dim;
        }
        return true;
    };
    auto f_ok = [&] {
        ssize sd = v.itemsize;
        for (int i = 0; i < v.ndim; ++i) {
            ssize dim = v.shape ? v.shape[i] : buffer_shape(v, i);
            if (dim > 1 && v.strides[i] != sd) return false;
            sd *= dim;
        }
        return true;
    };
    if (order == 'C') return c_ok();
    if (order == 'F') return f_ok();
    return c_ok() || f_ok();
}

namespace {

// Copies dimension `dim` of the view starting at p, last index fastest (C) or first (F).
void copy_dims(const Buffer& v, char order, int dim, const char* p, std::string* out, ssize* index_strides) {
    (void)index_strides;
    int d = order == 'C' ? dim : v.ndim - 1 - dim;
    ssize n = buffer_shape(v, d), st = buffer_stride(v, d);
    for (ssize i = 0; i < n; ++i) {
        const char* q = p + i * st;   // never one step past the end: that address can overflow
        if (dim == v.ndim - 1) out->append(q, static_cast<size_t>(v.itemsize));
        else copy_dims(v, order, dim + 1, q, out, nullptr);
    }
}

}  // namespace

void buffer_to_contiguous(const Buffer& v, char order, std::string* out) {
    if (v.ndim == 0) { out->append(v.buf, static_cast<size_t>(v.itemsize)); return; }
    if (buffer_is_contiguous(v, order == 'F' ? 'F' : 'C')) {
        out->append(v.buf, static_cast<size_t>(v.len));
        return;
    }
    for (int i = 0; i < v.ndim; ++i) if (buffer_shape(v, i) == 0) return;
    copy_dims(v, order, 0, v.buf, out, nullptr);
}

bool buffer_copy_bytes(Object* o, std::string* out) {
    Buffer v;
    if (!object_get_buffer(o, &v, kBufStrided)) return false;
    out->clear();
    out->reserve(static_cast<size_t>(v.len));
    buffer_to_contiguous(v, 'C', out);
    buffer_release(&v);
    return true;
}

bool bytes_like_copy(Object* o, std::string* out) {
    Buffer v;
    if (!object_get_buffer(o, &v, kBufSimple)) return false;
    out->assign(v.buf ? v.buf : "", static_cast<size_t>(v.len));
    buffer_release(&v);
    return true;
}

bool bytes_like_borrow(Object* o, std::string_view* out) {
    Buffer v;
    if (!object_get_buffer(o, &v, kBufSimple)) return false;
    // Releasing at once is safe: the exporter stays pinned by `o` itself (bytes are immutable,
    // a memoryview keeps its managed buffer's export until it is released).
    *out = std::string_view(v.buf ? v.buf : "", static_cast<size_t>(v.len));
    buffer_release(&v);
    return true;
}

bool bytes_like_borrow_writable(Object* o, char** data, size_t* size) {
    Buffer v;
    if (!object_get_buffer(o, &v, kBufWritable)) return false;
    *data = v.buf;
    *size = static_cast<size_t>(v.len);
    buffer_release(&v);
    return true;
}

void err_buffer_resize() { err_set_string(BufferError, "Existing exports of data: object cannot be re-sized"); }

}  // namespace pygen
