// The _zlib module on the system's zlib: one-shot compress/decompress, crc32/adler32, and the
// streaming Compress/Decompress objects (compressobj/decompressobj) with unused_data,
// unconsumed_tail and eof. zlib.error is defined in lib/zlib.py and handed over by _set_error.
// CPython counterpart: Modules/zlibmodule.c (behaviour only).

#include <zlib.h>

#include <string>

#include "modules/builtin_modules.h"
#include "vm/runtime.h"
#include "modules/builtins_args.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr int64_t kDefBufSize = 16384;
Object* g_error = nullptr;   // strong; zlib.error

Object* raise_error(const std::string& message) {
    if (!g_error) return err_set_string(ValueError, message);
    Ref<> text = Ref<>::steal(str_from(message));
    if (!text) return nullptr;
    Ref<> exc = Ref<>::steal(call1(g_error, text.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// CPython: zlibmodule.c, zlib_error — "Error -3 while decompressing data: incorrect header check".
Object* zlib_error(const z_stream& zst, int err, const char* what) {
    const char* msg = nullptr;
    if (err == Z_VERSION_ERROR) msg = "library version mismatch";
    if (!msg) msg = zst.msg;
    if (!msg) {
        switch (err) {
            case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
            case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
            case Z_DATA_ERROR: msg = "invalid input data"; break;
            default: break;
        }
    }
    if (!msg) return raise_error("Error " + std::to_string(err) + " " + what);
    return raise_error("Error " + std::to_string(err) + " " + what + ": " + msg);
}

bool data_arg(Object* o, std::string_view* out, BytesLike* hold) {
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return false;
}

// CPython's converters: C int for levels, wbits, strategies and flush modes, Py_ssize_t for sizes.
// The int ones used to be truncated (compress(b'x', 1 << 62) compressed at level 0).
bool int_arg(Object* o, int64_t* out) {
    int v;
    if (!index_as_c_int(o, &v)) return false;
    *out = v;
    return true;
}
bool ssize_arg(Object* o, int64_t* out) { return index_as_i64(o, out, "ssize_t"); }

// Runs deflate/inflate over all of `input` (and a final flush) appending to out.
template <class Step>
int pump(z_stream& zst, std::string* out, int64_t limit, Step step) {
    char buffer[kDefBufSize];
    while (true) {
        int64_t room = kDefBufSize;
        if (limit > 0) {
            int64_t left = limit - static_cast<int64_t>(out->size());
            if (left <= 0) return Z_OK;
            if (left < room) room = left;
        }
        zst.next_out = reinterpret_cast<Bytef*>(buffer);
        zst.avail_out = static_cast<uInt>(room);
        int err = step();
        out->append(buffer, static_cast<size_t>(room - zst.avail_out));
        if (err == Z_STREAM_END) return err;
        if (err != Z_OK && err != Z_BUF_ERROR) return err;
        if (zst.avail_out != 0) return err;   // no more output to make now
    }
}

// ---- One-shot functions ----

Object* zlib_compress(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "level", "wbits"};
    Object* bound[3] = {};
    ArgSpec spec{"compress", kNames, 3, 1, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_1;   // keeps the argument's buffer pinned
    if (!data_arg(bound[0], &data, &hold_1)) return nullptr;
    int64_t level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (bound[1] && !int_arg(bound[1], &level)) return nullptr;
    if (bound[2] && !int_arg(bound[2], &wbits)) return nullptr;
    z_stream zst{};
    int err = deflateInit2(&zst, static_cast<int>(level), Z_DEFLATED, static_cast<int>(wbits), 8, Z_DEFAULT_STRATEGY);
    if (err == Z_STREAM_ERROR) return raise_error("Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zst);
        return zlib_error(zst, err, "while compressing data");
    }
    zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zst.avail_in = static_cast<uInt>(data.size());
    std::string out;
    err = pump(zst, &out, 0, [&] { return deflate(&zst, Z_FINISH); });
    deflateEnd(&zst);
    if (err != Z_STREAM_END) return zlib_error(zst, err, "while compressing data");
    return bytes_from(out);
}

Object* zlib_decompress(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "wbits", "bufsize"};
    Object* bound[3] = {};
    ArgSpec spec{"decompress", kNames, 3, 1, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_2;   // keeps the argument's buffer pinned
    if (!data_arg(bound[0], &data, &hold_2)) return nullptr;
    int64_t wbits = MAX_WBITS, bufsize = kDefBufSize;
    if (bound[1] && !int_arg(bound[1], &wbits)) return nullptr;
    if (bound[2] && !ssize_arg(bound[2], &bufsize)) return nullptr;
    if (bufsize < 0) return err_set_string(ValueError, "bufsize must be non-negative");
    z_stream zst{};
    zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zst.avail_in = static_cast<uInt>(data.size());
    int err = inflateInit2(&zst, static_cast<int>(wbits));
    if (err != Z_OK) {
        inflateEnd(&zst);
        return zlib_error(zst, err, "while preparing to decompress data");
    }
    std::string out;
    while (true) {
        err = pump(zst, &out, 0, [&] { return inflate(&zst, Z_NO_FLUSH); });
        if (err == Z_STREAM_END) break;
        if (err == Z_OK && zst.avail_in > 0) continue;
        inflateEnd(&zst);
        if (err == Z_OK) err = Z_BUF_ERROR;   // input ran out before the end of the stream
        return zlib_error(zst, err, "while decompressing data");
    }
    inflateEnd(&zst);
    return bytes_from(out);
}

Object* checksum(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool adler) {
    if (kwcount(kwnames)) return err_format(TypeError, "zlib.%s() takes no keyword arguments", fname);
    if (!check_positional(fname, nargs, kwnames, 1, 2)) return nullptr;
    std::string_view data;
    BytesLike hold_3;   // keeps the argument's buffer pinned
    if (!data_arg(args[0], &data, &hold_3)) return nullptr;
    uLong value = adler ? 1 : 0;
    if (nargs > 1) {
        if (!is_int(args[1])) return err_format(TypeError, "'%s' object cannot be interpreted as an integer", args[1]->type->name);
        Mpz scratch, masked;
        mpz_fdiv_r_2exp(masked.v, int_mpz(args[1], scratch), 32);
        value = mpz_get_ui(masked.v);
    }
    const auto* p = reinterpret_cast<const Bytef*>(data.data());
    size_t left = data.size();
    while (left > 0) {
        auto chunk = static_cast<uInt>(left > (1u << 30) ? (1u << 30) : left);
        value = adler ? adler32(value, p, chunk) : crc32(value, p, chunk);
        p += chunk;
        left -= chunk;
    }
    return int_from_u64(value & 0xffffffffu);
}

Object* zlib_crc32(Object*, Object* const* a, size_t n, Object* k) { return checksum("crc32", a, n, k, false); }
Object* zlib_adler32(Object*, Object* const* a, size_t n, Object* k) { return checksum("adler32", a, n, k, true); }

// ---- Streaming objects ----

struct StreamObject : Object {
    z_stream zst;
    bool initialised;
    bool eof;
    Object* unused_data;       // strong bytes (Decompress only)
    Object* unconsumed_tail;   // strong bytes (Decompress only)
    std::string* pending;      // owned: input not consumed yet (Decompress only)
    Object* zdict;             // strong or null: the preset dictionary (Decompress only)
};

TypeObject CompressType;
TypeObject DecompressType;

StreamObject* as_stream(Object* o) { return static_cast<StreamObject*>(o); }

void stream_dealloc(Object* o) {
    StreamObject* s = as_stream(o);
    if (s->initialised) {
        if (o->type == &CompressType) deflateEnd(&s->zst);
        else inflateEnd(&s->zst);
    }
    xdecref(s->unused_data);
    xdecref(s->unconsumed_tail);
    xdecref(s->zdict);
    delete s->pending;
    free_object(o);
}

StreamObject* new_stream(TypeObject* type) {
    auto* s = static_cast<StreamObject*>(alloc_object(type));
    if (!s) return nullptr;
    s->unused_data = bytes_from("");
    s->unconsumed_tail = bytes_from("");
    s->pending = new std::string();
    s->zdict = nullptr;
    return s;
}

Object* zlib_compressobj(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
    Object* bound[6] = {};
    ArgSpec spec{"compressobj", kNames, 6};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    int64_t level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, mem = 8, strategy = Z_DEFAULT_STRATEGY;
    if ((bound[0] && !int_arg(bound[0], &level)) || (bound[1] && !int_arg(bound[1], &method)) ||
        (bound[2] && !int_arg(bound[2], &wbits)) || (bound[3] && !int_arg(bound[3], &mem)) ||
        (bound[4] && !int_arg(bound[4], &strategy))) {
        return nullptr;
    }
    Ref<StreamObject> s = Ref<StreamObject>::steal(new_stream(&CompressType));
    if (!s) return nullptr;
    int err = deflateInit2(&s->zst, static_cast<int>(level), static_cast<int>(method), static_cast<int>(wbits),
                           static_cast<int>(mem), static_cast<int>(strategy));
    if (err == Z_STREAM_ERROR) return err_set_string(ValueError, "Invalid initialization option");
    if (err != Z_OK) return zlib_error(s->zst, err, "while creating compression object");
    s->initialised = true;
    if (bound[5]) {   // None too: CPython's zdict is a plain buffer argument
        std::string_view dict;
        BytesLike hold_4;   // keeps the argument's buffer pinned
        if (!data_arg(bound[5], &dict, &hold_4)) return nullptr;
        err = deflateSetDictionary(&s->zst, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()));
        if (err != Z_OK) return err_set_string(ValueError, "Invalid dictionary");
    }
    return s.release();
}

Object* compress_compress(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {""};
    Object* bound[1] = {};
    ArgSpec spec{"compress", kNames, 1, 1, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_5;   // keeps the argument's buffer pinned
    if (!data_arg(bound[0], &data, &hold_5)) return nullptr;
    StreamObject* s = as_stream(self);
    s->zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    s->zst.avail_in = static_cast<uInt>(data.size());
    std::string out;
    int err = pump(s->zst, &out, 0, [&] { return deflate(&s->zst, Z_NO_FLUSH); });
    if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(s->zst, err, "while compressing data");
    return bytes_from(out);
}

Object* compress_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {""};
    Object* bound[1] = {};
    ArgSpec spec{"flush", kNames, 1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    int64_t mode = Z_FINISH;
    if (bound[0] && !int_arg(bound[0], &mode)) return nullptr;
    if (mode == Z_NO_FLUSH) return bytes_from("");
    StreamObject* s = as_stream(self);
    s->zst.avail_in = 0;
    std::string out;
    int err = pump(s->zst, &out, 0, [&] { return deflate(&s->zst, static_cast<int>(mode)); });
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        deflateEnd(&s->zst);
        s->initialised = false;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        return zlib_error(s->zst, err, "while flushing");
    }
    return bytes_from(out);
}

// CPython's copy() refuses positional arguments only (its keywords are ignored).
Object* stream_copy_named(const char* fname, Object* self, size_t nargs) {
    if (nargs) return err_format(TypeError, "%s() takes no arguments", fname);
    StreamObject* s = as_stream(self);
    bool compress = self->type == &CompressType;
    if (!s->initialised) return err_set_string(ValueError, "Inconsistent stream state");
    Ref<StreamObject> c = Ref<StreamObject>::steal(new_stream(self->type));
    if (!c) return nullptr;
    int err = compress ? deflateCopy(&c->zst, &s->zst) : inflateCopy(&c->zst, &s->zst);
    if (err != Z_OK) return zlib_error(s->zst, err, "while copying compression object");
    c->initialised = true;
    c->eof = s->eof;
    setref(c->unused_data, newref(s->unused_data));
    setref(c->unconsumed_tail, newref(s->unconsumed_tail));
    *c->pending = *s->pending;
    c->zdict = s->zdict ? newref(s->zdict) : nullptr;
    return c.release();
}

Object* stream_copy(Object* self, Object* const*, size_t nargs, Object*) { return stream_copy_named("copy", self, nargs); }
Object* stream_dunder_copy(Object* self, Object* const*, size_t nargs, Object*) {
    return stream_copy_named("__copy__", self, nargs);
}

// copy.deepcopy(stream): the memo is not needed, a stream holds no other objects to share.
Object* stream_deepcopy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {""};
    Object* bound[1] = {};
    ArgSpec spec{"__deepcopy__", kNames, 1, 1, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    return stream_copy_named("__deepcopy__", self, 0);
}

// Gives the inflater its preset dictionary (when the stream asks for it, or up front for raw
// streams, which have no header to ask in). False with zlib.error set on failure.
bool set_inflate_dictionary(StreamObject* s) {
    std::string_view dict;
    BytesLike hold;   // keeps the dictionary's buffer pinned
    if (!data_arg(s->zdict, &dict, &hold)) return false;
    int err = inflateSetDictionary(&s->zst, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()));
    if (err != Z_OK) {
        zlib_error(s->zst, err, "while setting zdict");
        return false;
    }
    return true;
}

Object* zlib_decompressobj(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"wbits", "zdict"};
    Object* bound[2] = {};
    ArgSpec spec{"decompressobj", kNames, 2};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    int64_t wbits = MAX_WBITS;
    if (bound[0] && !int_arg(bound[0], &wbits)) return nullptr;
    Ref<StreamObject> s = Ref<StreamObject>::steal(new_stream(&DecompressType));
    if (!s) return nullptr;
    if (bound[1] && !object_check_buffer(bound[1]))
        return err_set_string(TypeError, "zdict argument must support the buffer protocol");
    int err = inflateInit2(&s->zst, static_cast<int>(wbits));
    if (err == Z_STREAM_ERROR) return err_set_string(ValueError, "Invalid initialization option");
    if (err != Z_OK) return zlib_error(s->zst, err, "while creating decompression object");
    s->initialised = true;
    if (bound[1]) {
        s->zdict = newref(bound[1]);
        if (wbits < 0 && !set_inflate_dictionary(s.get())) return nullptr;
    }
    return s.release();
}

// Feeds `data` to the inflater, keeping at most max_length bytes of output (0: no limit).
Object* decompress_run(StreamObject* s, std::string_view data, int64_t max_length, bool flushing) {
    std::string input(data);
    s->zst.next_in = reinterpret_cast<Bytef*>(input.data());
    s->zst.avail_in = static_cast<uInt>(input.size());
    std::string out;
    int err = Z_OK;
    while (!s->eof) {
        err = pump(s->zst, &out, max_length, [&] { return inflate(&s->zst, flushing ? Z_FINISH : Z_SYNC_FLUSH); });
        if (err == Z_STREAM_END) {
            s->eof = true;
            break;
        }
        if (err == Z_NEED_DICT && s->zdict) {
            if (!set_inflate_dictionary(s)) return nullptr;
            continue;
        }
        if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(s->zst, err, "while decompressing data");
        if (max_length > 0 && static_cast<int64_t>(out.size()) >= max_length) break;
        if (s->zst.avail_in == 0 || err == Z_BUF_ERROR) break;
    }
    std::string_view rest(reinterpret_cast<char*>(s->zst.next_in), s->zst.avail_in);
    if (s->eof) {
        // Whatever follows the end of the stream is unused_data (accumulated across calls).
        std::string unused(bytes_view(s->unused_data));
        unused.append(rest);
        setref(s->unused_data, bytes_from(unused));
        setref(s->unconsumed_tail, bytes_from(""));
    } else {
        setref(s->unconsumed_tail, bytes_from(rest));
    }
    if (!s->unused_data || !s->unconsumed_tail) return nullptr;
    return bytes_from(out);
}

Object* decompress_decompress(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "max_length"};
    Object* bound[2] = {};
    ArgSpec spec{"decompress", kNames, 2, 1, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view data;
    BytesLike hold_6;   // keeps the argument's buffer pinned
    if (!data_arg(bound[0], &data, &hold_6)) return nullptr;
    int64_t max_length = 0;
    if (bound[1] && !ssize_arg(bound[1], &max_length)) return nullptr;
    if (max_length < 0) return err_set_string(ValueError, "max_length must be non-negative");
    StreamObject* s = as_stream(self);
    if (!s->initialised) {   // released by a flush at the end of the stream
        z_stream released{};
        return zlib_error(released, Z_STREAM_ERROR, "while decompressing data");
    }
    if (s->eof) {
        std::string unused(bytes_view(s->unused_data));
        unused.append(data);
        setref(s->unused_data, bytes_from(unused));
        return s->unused_data ? bytes_from("") : nullptr;
    }
    return decompress_run(s, data, max_length, false);
}

Object* decompress_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {""};
    Object* bound[1] = {};
    ArgSpec spec{"flush", kNames, 1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    int64_t length = kDefBufSize;
    if (bound[0] && !ssize_arg(bound[0], &length)) return nullptr;
    if (length <= 0) return err_set_string(ValueError, "length must be greater than zero");
    StreamObject* s = as_stream(self);
    Object* out = s->eof ? bytes_from("") : nullptr;
    if (!s->eof) {
        std::string tail(bytes_view(s->unconsumed_tail));
        out = decompress_run(s, tail, 0, true);
    }
    // A flush that finds the stream ended releases the inflater, as CPython's does: copy() is
    // then refused as an inconsistent state.
    if (out && s->eof && s->initialised) {
        inflateEnd(&s->zst);
        s->initialised = false;
    }
    return out;
}

Object* get_unused_data(Object* self) { return newref(as_stream(self)->unused_data); }
Object* get_unconsumed_tail(Object* self) { return newref(as_stream(self)->unconsumed_tail); }
Object* get_eof(Object* self) { return bool_from(as_stream(self)->eof); }

Object* zlib_set_error(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_set_error", nargs, kwnames)) return nullptr;
    Object* old = g_error;
    g_error = incref(args[0]);
    runtime_slot(&g_error);
    xdecref(old);
    return none_new();
}

const MethodDef kCompressMethods[] = {
    {"compress", compress_compress}, {"flush", compress_flush}, {"copy", stream_copy},
    {"__copy__", stream_dunder_copy},       {"__deepcopy__", stream_deepcopy}, {nullptr, nullptr},
};
const MethodDef kDecompressMethods[] = {
    {"decompress", decompress_decompress}, {"flush", decompress_flush}, {"copy", stream_copy},
    {"__copy__", stream_dunder_copy},       {"__deepcopy__", stream_deepcopy}, {nullptr, nullptr},
};
const GetSetDef kDecompressGetSet[] = {
    {"unused_data", get_unused_data}, {"unconsumed_tail", get_unconsumed_tail}, {"eof", get_eof}, {nullptr, nullptr},
};
const MethodDef kFunctions[] = {
    {"compress", zlib_compress}, {"decompress", zlib_decompress}, {"crc32", zlib_crc32},
    {"adler32", zlib_adler32}, {"compressobj", zlib_compressobj}, {"decompressobj", zlib_decompressobj},
    {"_set_error", zlib_set_error}, {nullptr, nullptr},
};

}  // namespace

Object* make_zlib_module() {
    if (!type_has(&CompressType, kTypeReady)) {
        CompressType.name = "zlib.Compress";
        CompressType.basicsize = sizeof(StreamObject);
        CompressType.dealloc = stream_dealloc;
        CompressType.methods = kCompressMethods;
        if (!type_ready(&CompressType)) return nullptr;
        DecompressType.name = "zlib.Decompress";
        DecompressType.basicsize = sizeof(StreamObject);
        DecompressType.dealloc = stream_dealloc;
        DecompressType.methods = kDecompressMethods;
        DecompressType.getset = kDecompressGetSet;
        if (!type_ready(&DecompressType)) return nullptr;
    }
    Object* m = module_new("_zlib");
    if (!m) return nullptr;
    struct Constant {
        const char* name;
        int64_t value;
    };
    static const Constant kConstants[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", kDefBufSize},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
        {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
        {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    bool ok = module_add_functions(m, kFunctions) >= 0;
    for (const Constant& c : kConstants) ok = ok && module_add_int(m, c.name, c.value) >= 0;
    ok = ok && module_add_string(m, "ZLIB_VERSION", ZLIB_VERSION) >= 0 &&
         module_add_string(m, "ZLIB_RUNTIME_VERSION", zlibVersion()) >= 0;
    if (!ok) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
