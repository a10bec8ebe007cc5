// The _bz2 module: BZ2Compressor and BZ2Decompressor, incremental bzip2 on libbz2 (libbz2.h).
// lib/bz2.py builds BZ2File, open(), compress() and decompress() (several streams) on them.
// CPython counterpart: Modules/_bz2module.c (behaviour and messages only).

#include <climits>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/bz2/libbz2.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"

namespace pygen {

Object* make_bz2_module();

namespace {

// Output grows in chunks of this size; max_length cuts the last one short.
constexpr size_t kChunkBytes = 32 * 1024;

// libbz2's counters are unsigned ints: larger inputs are fed in slices of at most this.
constexpr size_t kMaxSliceBytes = UINT_MAX;

struct Bz2Compressor : Object {
    bz_stream bzs;
    bool initialised;   // bzs needs BZ2_bzCompressEnd
    bool flushed;       // flush() ran: the stream is finished
};

struct Bz2Decompressor : Object {
    bz_stream bzs;
    bool initialised;     // bzs needs BZ2_bzDecompressEnd
    bool eof;             // the end-of-stream marker was reached
    bool needs_input;     // False while input or output is still held back by max_length
    Object* unused_data;  // strong bytes: what followed the end of the stream
    std::string* held;    // owned: input given but not yet consumed (max_length stopped early)
};

TypeObject CompressorType;
TypeObject DecompressorType;

// Turns a libbz2 status into CPython's exception; true when `ret` is an error.
// CPython: _bz2module.c, catch_bz2_error.
bool bz2_failed(int ret) {
    switch (ret) {
        case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
            return false;
        case BZ_PARAM_ERROR:
            err_set_string(ValueError, "Internal error - invalid parameters passed to libbzip2");
            return true;
        case BZ_MEM_ERROR:
            err_no_memory();
            return true;
        case BZ_DATA_ERROR:
        case BZ_DATA_ERROR_MAGIC:
            err_set_string(OSError, "Invalid data stream");
            return true;
        case BZ_IO_ERROR:
            err_set_string(OSError, "Unknown I/O error");
            return true;
        case BZ_UNEXPECTED_EOF:
            err_set_string(EOFError, "Compressed file ended before the logical end-of-stream was detected");
            return true;
        case BZ_SEQUENCE_ERROR:
            err_set_string(RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
            return true;
        default:
            err_format(OSError, "Unrecognized error from libbzip2: %d", ret);
            return true;
    }
}

bool data_arg(Object* o, std::string_view* out, BytesLike* hold) {
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return false;
}

// ---- BZ2Compressor ----

// Runs BZ2_bzCompress with `action` over all of `data`, appending what it makes to `out`. BZ_RUN
// stops once the input is consumed; BZ_FINISH once libbz2 reports the end of the stream.
bool compress_run(Bz2Compressor* c, std::string_view data, int action, std::string* out) {
    bz_stream& s = c->bzs;
    size_t offset = 0;
    char buffer[kChunkBytes];
    while (true) {
        if (s.avail_in == 0 && offset < data.size()) {
            size_t slice = std::min(data.size() - offset, kMaxSliceBytes);
            s.next_in = const_cast<char*>(data.data() + offset);
            s.avail_in = static_cast<unsigned>(slice);
            offset += slice;
        }
        if (action == BZ_RUN && s.avail_in == 0) return true;
        s.next_out = buffer;
        s.avail_out = sizeof buffer;
        int ret = bz2lib.BZ2_bzCompress(&s, action);
        out->append(buffer, sizeof buffer - s.avail_out);
        if (bz2_failed(ret)) return false;
        if (action == BZ_FINISH && ret == BZ_STREAM_END) return true;
    }
}

// BZ2Compressor(compresslevel=9, /)
Object* compressor_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) return err_set_string(TypeError, "BZ2Compressor() takes no keyword arguments");
    if (nargs > 1) return err_format(TypeError, "BZ2Compressor expected at most 1 argument, got %zu", nargs);
    int64_t level = 9;
    if (nargs == 1) {
        if (!index_as_i64(args[0], &level, "int")) return nullptr;
        if (level < INT_MIN || level > INT_MAX) return err_set_string(OverflowError, "Python int too large to convert to C int");
    }
    if (level < 1 || level > 9) return err_set_string(ValueError, "compresslevel must be between 1 and 9");
    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    auto* c = static_cast<Bz2Compressor*>(self.get());
    if (bz2_failed(bz2lib.BZ2_bzCompressInit(&c->bzs, static_cast<int>(level), 0, 0))) return nullptr;
    c->initialised = true;
    return self.release();
}

void compressor_dealloc(Object* o) {
    auto* c = static_cast<Bz2Compressor*>(o);
    if (c->initialised) bz2lib.BZ2_bzCompressEnd(&c->bzs);
    free_object(o);
}

Object* compressor_compress(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("BZ2Compressor.compress", nargs, kwnames)) return nullptr;
    std::string_view data;
    BytesLike hold;   // keeps the argument's buffer pinned
    if (!data_arg(args[0], &data, &hold)) return nullptr;
    auto* c = static_cast<Bz2Compressor*>(self);
    if (c->flushed) return err_set_string(ValueError, "Compressor has been flushed");
    std::string out;
    if (!compress_run(c, data, BZ_RUN, &out)) return nullptr;
    return bytes_from(out);
}

Object* compressor_flush(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("BZ2Compressor.flush", nargs, kwnames)) return nullptr;
    auto* c = static_cast<Bz2Compressor*>(self);
    if (c->flushed) return err_set_string(ValueError, "Repeated call to flush()");
    c->flushed = true;
    std::string out;
    if (!compress_run(c, {}, BZ_FINISH, &out)) return nullptr;
    return bytes_from(out);
}

// ---- BZ2Decompressor ----

// BZ2Decompressor()
Object* decompressor_new(TypeObject* type, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs) return err_set_string(TypeError, "BZ2Decompressor() takes no positional arguments");
    if (kwcount(kwnames)) return err_set_string(TypeError, "BZ2Decompressor() takes no keyword arguments");
    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    auto* d = static_cast<Bz2Decompressor*>(self.get());
    d->needs_input = true;
    d->held = new std::string();
    d->unused_data = bytes_from("");
    if (!d->unused_data) return nullptr;
    if (bz2_failed(bz2lib.BZ2_bzDecompressInit(&d->bzs, 0, 0))) return nullptr;
    d->initialised = true;
    return self.release();
}

void decompressor_dealloc(Object* o) {
    auto* d = static_cast<Bz2Decompressor*>(o);
    if (d->initialised) bz2lib.BZ2_bzDecompressEnd(&d->bzs);
    xdecref(d->unused_data);
    delete d->held;
    free_object(o);
}

// Decompresses the held input plus `data`, at most `max_length` bytes of output (negative: no
// limit). Input left over is held for the next call, or becomes unused_data after the end of
// the stream. CPython: _bz2module.c, decompress / decompress_buf.
Object* decompress_run(Bz2Decompressor* d, std::string_view data, int64_t max_length) {
    std::string& input = *d->held;
    input.append(data);
    bz_stream& s = d->bzs;
    size_t consumed = 0;
    std::string out;
    char buffer[kChunkBytes];
    while (true) {
        size_t left = input.size() - consumed;
        size_t slice = std::min(left, kMaxSliceBytes);
        s.next_in = input.data() + consumed;
        s.avail_in = static_cast<unsigned>(slice);
        size_t room = sizeof buffer;
        if (max_length >= 0) room = std::min(room, static_cast<size_t>(max_length) - out.size());
        s.next_out = buffer;
        s.avail_out = static_cast<unsigned>(room);
        int ret = bz2lib.BZ2_bzDecompress(&s);
        consumed += slice - s.avail_in;
        out.append(buffer, room - s.avail_out);
        if (bz2_failed(ret)) {
            input.clear();   // CPython forgets the input of a failed call too
            return nullptr;
        }
        if (ret == BZ_STREAM_END) {
            d->eof = true;
            break;
        }
        if (consumed == input.size()) break;   // all input taken (output may still be pending)
        if (max_length >= 0 && out.size() == static_cast<size_t>(max_length)) break;
    }
    input.erase(0, consumed);
    if (d->eof) {
        d->needs_input = false;
        if (!input.empty()) {
            setref(d->unused_data, bytes_from(input));
            if (!d->unused_data) return nullptr;
            input.clear();
        }
    } else {
        d->needs_input = input.empty();
    }
    return bytes_from(out);
}

// decompress(data, max_length=-1)
Object* decompressor_decompress(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "max_length"};
    Object* bound[2] = {};
    if (!bind_args(ArgSpec{"decompress", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold;   // keeps the argument's buffer pinned
    if (!data_arg(bound[0], &data, &hold)) return nullptr;
    int64_t max_length = -1;
    if (bound[1] && !index_as_i64(bound[1], &max_length, "ssize_t")) return nullptr;
    auto* d = static_cast<Bz2Decompressor*>(self);
    if (d->eof) return err_set_string(EOFError, "End of stream already reached");
    return decompress_run(d, data, max_length);
}

Object* get_eof(Object* self) { return bool_from(static_cast<Bz2Decompressor*>(self)->eof); }
Object* get_unused_data(Object* self) { return newref(static_cast<Bz2Decompressor*>(self)->unused_data); }
Object* get_needs_input(Object* self) { return bool_from(static_cast<Bz2Decompressor*>(self)->needs_input); }

const MethodDef kCompressorMethods[] = {
    {"compress", compressor_compress}, {"flush", compressor_flush}, {nullptr, nullptr},
};
const MethodDef kDecompressorMethods[] = {
    {"decompress", decompressor_decompress}, {nullptr, nullptr},
};
const GetSetDef kDecompressorGetSet[] = {
    {"eof", get_eof}, {"unused_data", get_unused_data}, {"needs_input", get_needs_input}, {nullptr, nullptr},
};

bool ready_types() {
    if (type_has(&CompressorType, kTypeReady)) return true;
    CompressorType.name = "_bz2.BZ2Compressor";
    CompressorType.basicsize = sizeof(Bz2Compressor);
    CompressorType.tp_new = compressor_new;   // not subclassable, as in CPython
    CompressorType.dealloc = compressor_dealloc;
    CompressorType.methods = kCompressorMethods;
    if (!type_ready(&CompressorType)) return false;
    DecompressorType.name = "_bz2.BZ2Decompressor";
    DecompressorType.basicsize = sizeof(Bz2Decompressor);
    DecompressorType.tp_new = decompressor_new;
    DecompressorType.dealloc = decompressor_dealloc;
    DecompressorType.methods = kDecompressorMethods;
    DecompressorType.getset = kDecompressorGetSet;
    return type_ready(&DecompressorType);
}

}  // namespace

Object* make_bz2_module() {
    if (!load_libbz2() || !ready_types()) return nullptr;
    Object* m = module_new("_bz2");
    if (!m) return nullptr;
    if (module_add_object(m, "BZ2Compressor", &CompressorType) < 0 ||
        module_add_object(m, "BZ2Decompressor", &DecompressorType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
