// The buffer protocol: how bytes, bytearray and memoryview lend their memory to each other and
// to every function that takes a bytes-like argument. Exporters register get/release functions
// for their type (buffer_register_type); consumers acquire a Buffer, use it, and release it.
// memoryview itself lives in memoryview.{h,cpp}; this file knows nothing of its internals.
// CPython counterparts: Include/cpython/object.h (Py_buffer, PyBufferProcs), Objects/abstract.c
// (PyObject_GetBuffer, PyBuffer_Release, PyBuffer_IsContiguous, PyBuffer_ToContiguous).
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pygen {

// What a consumer asks of an exporter (a small subset of CPython's PyBUF_* flags).
enum BufferFlags : int {
    kBufSimple = 0,        // C-contiguous bytes; readonly is fine
    kBufWritable = 1,      // the consumer writes: exporters refuse with BufferError if readonly
    kBufStrided = 2,       // the consumer handles shape/strides (memoryview): no contiguity demanded
};

constexpr int kBufMaxNdim = 64;   // PyBUF_MAX_NDIM

// One acquired view of an exporter's memory (CPython's Py_buffer). Valid between a successful
// object_get_buffer and buffer_release; `obj` keeps the exporter alive meanwhile, and bytearray
// refuses to resize while any Buffer of it is held.
struct Buffer {
    Object* obj = nullptr;          // strong while acquired; null when empty or released
    char* buf = nullptr;            // first byte of the first item (not the lowest address for negative strides)
    ssize len = 0;                  // bytes covered: product(shape) * itemsize
    ssize itemsize = 1;
    int ndim = 1;
    bool readonly = true;
    const char* format = "B";       // struct-module syntax; static or owned by obj
    const ssize* shape = nullptr;   // ndim entries owned by obj; null means 1-D of len / itemsize
    const ssize* strides = nullptr; // ndim entries owned by obj, in bytes; null means C-contiguous
};

// Exporter hooks. get fills `view` (everything but obj, which the caller sets) and returns false
// with an exception; release undoes what get counted (export counts), may be null.
struct BufferProcs {
    bool (*get)(Object* exporter, Buffer* view, int flags);
    void (*release)(Object* exporter, Buffer* view);
};

// Registers the exporter hooks of a built-in type; subclasses inherit them.
void buffer_register_type(TypeObject* type, const BufferProcs* procs);
// True when o's type (or a base) exports buffers: CPython's PyObject_CheckBuffer.
bool object_check_buffer(Object* o);
// Acquires a view of o. On failure returns false with TypeError "a bytes-like object is required,
// not 'T'" (non-exporters), BufferError or ValueError (released memoryview) set.
[[nodiscard]] bool object_get_buffer(Object* o, Buffer* view, int flags);
// Releases an acquired view (no-op for an empty one) and leaves it empty.
void buffer_release(Buffer* view);

// Shape and stride of dimension i, whatever the view leaves null.
ssize buffer_shape(const Buffer& v, int i);
ssize buffer_stride(const Buffer& v, int i);
// PyBuffer_IsContiguous with order 'C', 'F' or 'A'.
bool buffer_is_contiguous(const Buffer& v, char order);
// Appends the items' bytes in order 'C' or 'F' (PyBuffer_ToContiguous).
void buffer_to_contiguous(const Buffer& v, char order, std::string* out);

// RAII holder for a bytes-like argument: acquires a C-contiguous buffer and exposes its bytes.
// The bytes stay valid (and a bytearray unresizable) while the holder lives.
class BytesLike {
public:
    BytesLike() = default;
    BytesLike(const BytesLike&) = delete;
    BytesLike& operator=(const BytesLike&) = delete;
    ~BytesLike() { buffer_release(&view_); }
    // Acquires o; false with CPython's TypeError "a bytes-like object is required, not 'T'", or
    // BufferError for a non-contiguous memoryview (as CPython's 'y*' argument parsing).
    [[nodiscard]] bool acquire(Object* o, int flags = kBufSimple) {
        buffer_release(&view_);
        return object_get_buffer(o, &view_, flags);
    }
    std::string_view data() const { return {view_.buf ? view_.buf : "", static_cast<size_t>(view_.len)}; }
    char* mutable_data() const { return view_.buf; }
    const Buffer& view() const { return view_; }

private:
    Buffer view_;
};

// Acquires o into hold and points out at its bytes: the usual shape of a 'y*' argument whose
// bytes must stay put while later arguments (whose __index__ may run Python code) are parsed.
[[nodiscard]] inline bool pin_bytes_like(Object* o, std::string_view* out, BytesLike* hold) {
    if (!hold->acquire(o)) return false;
    *out = hold->data();
    return true;
}

// The bytes of any exporter, copied in C order (bytes(x), bytearray(x), +, join of bytes-likes
// where CPython copies): no contiguity required. False with an exception as object_get_buffer.
[[nodiscard]] bool buffer_copy_bytes(Object* o, std::string* out);

// The bytes of a bytes-like argument (C-contiguous, as CPython's 'y*'), copied: false with
// TypeError "a bytes-like object is required, not 'T'" or BufferError for a strided memoryview.
[[nodiscard]] bool bytes_like_copy(Object* o, std::string* out);

// The bytes of a bytes-like argument without copying (C-contiguous, as 'y*'): for bytes and
// bytearray their own storage, for a memoryview its exporter's, pinned by the view. Valid while
// `o` lives and no Python code runs (which could release the view or resize a bytearray).
// False with the errors of bytes_like_copy.
[[nodiscard]] bool bytes_like_borrow(Object* o, std::string_view* out);
// The same for an argument the caller writes into (bytearray, writable memoryview): false with
// BufferError/TypeError as object_get_buffer.
[[nodiscard]] bool bytes_like_borrow_writable(Object* o, char** data, size_t* size);

// BufferError "Existing exports of data: object cannot be re-sized" (bytearray resizing).
void err_buffer_resize();

}  // namespace pygen
