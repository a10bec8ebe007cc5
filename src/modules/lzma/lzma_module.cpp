// The _lzma module: LZMACompressor and LZMADecompressor (containers FORMAT_XZ, FORMAT_ALONE,
// FORMAT_RAW and, for decompression, FORMAT_AUTO), LZMAError, is_check_supported and the filter
// property helpers lib/lzma.py and zipfile use, on liblzma (liblzma.h). Filter specifier dicts are
// parsed in lzma_filters.cpp. CPython counterpart: Modules/_lzmamodule.c (behaviour and messages).

#include <climits>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/lzma/liblzma.h"
#include "modules/lzma/lzma_filters.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace pygen {

Object* make_lzma_module();

namespace {

// Output grows in chunks of this size; max_length cuts the last one short.
constexpr size_t kChunkBytes = 32 * 1024;

// CPython's container formats (FORMAT_*) and its name for "check not known yet".
enum Format : int64_t { kFormatAuto = 0, kFormatXz = 1, kFormatAlone = 2, kFormatRaw = 3 };
constexpr int kCheckUnknown = LZMA_CHECK_ID_MAX + 1;

Object* g_error = nullptr;   // strong; _lzma.LZMAError, made when the module is

struct LzmaCompressor : Object {
    lzma_stream lzs;
    bool initialised;   // lzs needs lzma_end
    bool flushed;       // flush() ran: the stream is finished
};

struct LzmaDecompressor : Object {
    lzma_stream lzs;
    bool initialised;     // lzs needs lzma_end
    bool eof;             // the end of the stream was reached
    bool needs_input;     // False while input or output is still held back by max_length
    int check;            // CHECK_* of the stream, once the decoder has seen it
    Object* unused_data;  // strong bytes: what followed the end of the stream
    std::string* held;    // owned: input given but not yet consumed (max_length stopped early)
};

TypeObject CompressorType;
TypeObject DecompressorType;

bool data_arg(Object* o, std::string_view* out, BytesLike* hold) {
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return false;
}

// A C int argument: "i" in PyArg_Parse (LZMACompressor's format and check) words its overflow
// differently from the Argument Clinic converter (LZMADecompressor's format, is_check_supported).
bool c_int_arg(Object* o, int* out) { return index_as_c_int_i_format(o, out); }
bool clinic_int_arg(Object* o, int* out) { return index_as_c_int(o, out); }

// Runs lzma_code on `s` over `data` with `action` until the input is taken (LZMA_RUN) or the
// stream is finished (LZMA_FINISH), appending the output. CPython: _lzmamodule.c, compress.
bool compress_run(lzma_stream& s, std::string_view data, lzma_action action, std::string* out) {
    s.next_in = reinterpret_cast<const uint8_t*>(data.data());
    s.avail_in = data.size();
    uint8_t buffer[kChunkBytes];
    while (true) {
        s.next_out = buffer;
        s.avail_out = sizeof buffer;
        lzma_ret ret = xz.code(&s, action);
        out->append(reinterpret_cast<char*>(buffer), sizeof buffer - s.avail_out);
        // Running out of input is not an error for an encoder that still had room to write.
        if (ret == LZMA_BUF_ERROR && s.avail_in == 0 && s.avail_out > 0) ret = LZMA_OK;
        if (lzma_failed(ret)) return false;
        if (action == LZMA_RUN && s.avail_in == 0) return true;
        if (action == LZMA_FINISH && ret == LZMA_STREAM_END) return true;
    }
}

// ---- LZMACompressor ----

// Sets up the encoder of `c` for `format`. CPython: _lzmamodule.c, Compressor_init_xz/alone/raw.
bool init_encoder(LzmaCompressor* c, int format, int check, uint32_t preset, Object* filters) {
    lzma_ret ret;
    if (format == kFormatXz) {
        if (check == -1) check = LZMA_CHECK_CRC64;
        if (!filters) {
            ret = xz.easy_encoder(&c->lzs, preset, static_cast<lzma_check>(check));
        } else {
            FilterChain chain;
            if (!parse_filter_chain(filters, &chain)) return false;
            ret = xz.stream_encoder(&c->lzs, chain.filters, static_cast<lzma_check>(check));
        }
    } else if (format == kFormatAlone) {
        if (!filters) {
            lzma_options_lzma options{};
            if (xz.lzma_preset(&options, preset)) {
                raise_lzma_error("Invalid compression preset: " + std::to_string(preset));
                return false;
            }
            ret = xz.alone_encoder(&c->lzs, &options);
        } else {
            FilterChain chain;
            if (!parse_filter_chain(filters, &chain)) return false;
            if (chain.count() != 1 || chain.filters[0].id != LZMA_FILTER_LZMA1) {
                err_set_string(ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                return false;
            }
            ret = xz.alone_encoder(&c->lzs, static_cast<const lzma_options_lzma*>(chain.filters[0].options));
        }
    } else if (format == kFormatRaw) {
        if (!filters) {
            err_set_string(ValueError, "Must specify filters for FORMAT_RAW");
            return false;
        }
        FilterChain chain;
        if (!parse_filter_chain(filters, &chain)) return false;
        ret = xz.raw_encoder(&c->lzs, chain.filters);
    } else {
        err_format(ValueError, "Invalid container format: %d", format);
        return false;
    }
    if (lzma_failed(ret)) return false;
    c->initialised = true;
    return true;
}

// LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)
Object* compressor_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"format", "check", "preset", "filters"};
    Object* a[4] = {};
    if (!bind_args(ArgSpec{"LZMACompressor", kNames, 4}, args, nargs, kwnames, a)) return nullptr;
    int format = kFormatXz, check = -1;
    if (a[0] && !c_int_arg(a[0], &format)) return nullptr;
    if (a[1] && !c_int_arg(a[1], &check)) return nullptr;
    Object* preset_obj = a[2] == None ? nullptr : a[2];
    Object* filters = a[3] == None ? nullptr : a[3];
    if (format != kFormatXz && check != -1 && check != LZMA_CHECK_NONE)
        return err_set_string(ValueError, "Integrity checks are only supported by FORMAT_XZ");
    if (preset_obj && filters) return err_set_string(ValueError, "Cannot specify both preset and filter chain");
    uint64_t preset = LZMA_PRESET_DEFAULT;
    if (preset_obj && !unsigned_arg(preset_obj, UINT32_MAX, "uint32_t", &preset)) return nullptr;
    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    auto* c = static_cast<LzmaCompressor*>(self.get());
    c->lzs = LZMA_STREAM_INIT;
    if (!init_encoder(c, format, check, static_cast<uint32_t>(preset), filters)) return nullptr;
    return self.release();
}

void compressor_dealloc(Object* o) {
    auto* c = static_cast<LzmaCompressor*>(o);
    if (c->initialised) xz.end(&c->lzs);
    free_object(o);
}

Object* compressor_compress(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("LZMACompressor.compress", nargs, kwnames)) return nullptr;
    std::string_view data;
    BytesLike hold;   // keeps the argument's buffer pinned
    if (!data_arg(args[0], &data, &hold)) return nullptr;
    auto* c = static_cast<LzmaCompressor*>(self);
    if (c->flushed) return err_set_string(ValueError, "Compressor has been flushed");
    std::string out;
    if (!compress_run(c->lzs, data, LZMA_RUN, &out)) return nullptr;
    return bytes_from(out);
}

Object* compressor_flush(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("LZMACompressor.flush", nargs, kwnames)) return nullptr;
    auto* c = static_cast<LzmaCompressor*>(self);
    if (c->flushed) return err_set_string(ValueError, "Repeated call to flush()");
    c->flushed = true;
    std::string out;
    if (!compress_run(c->lzs, {}, LZMA_FINISH, &out)) return nullptr;
    return bytes_from(out);
}

// ---- LZMADecompressor ----

// LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)
Object* decompressor_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"format", "memlimit", "filters"};
    Object* a[3] = {};
    if (!bind_args(ArgSpec{"LZMADecompressor", kNames, 3}, args, nargs, kwnames, a)) return nullptr;
    int format = kFormatAuto;
    if (a[0] && !clinic_int_arg(a[0], &format)) return nullptr;
    Object* memlimit_obj = a[1] == None ? nullptr : a[1];
    Object* filters = a[2] == None ? nullptr : a[2];
    uint64_t memlimit = UINT64_MAX;
    if (memlimit_obj) {
        if (format == kFormatRaw) return err_set_string(ValueError, "Cannot specify memory limit with FORMAT_RAW");
        if (!unsigned_arg(memlimit_obj, UINT64_MAX, "uint64_t", &memlimit)) return nullptr;
    }
    if (format == kFormatRaw && !filters) return err_set_string(ValueError, "Must specify filters for FORMAT_RAW");
    if (format != kFormatRaw && filters) return err_set_string(ValueError, "Cannot specify filters except with FORMAT_RAW");

    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    auto* d = static_cast<LzmaDecompressor*>(self.get());
    d->lzs = LZMA_STREAM_INIT;
    d->needs_input = true;
    d->held = new std::string();
    d->unused_data = bytes_from("");
    if (!d->unused_data) return nullptr;
    // The xz decoders report the stream's check as soon as they read it (LZMA_GET_CHECK).
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret ret;
    switch (format) {
        case kFormatAuto:
            d->check = kCheckUnknown;
            ret = xz.auto_decoder(&d->lzs, memlimit, flags);
            break;
        case kFormatXz:
            d->check = kCheckUnknown;
            ret = xz.stream_decoder(&d->lzs, memlimit, flags);
            break;
        case kFormatAlone:
            d->check = LZMA_CHECK_NONE;
            ret = xz.alone_decoder(&d->lzs, memlimit);
            break;
        case kFormatRaw: {
            d->check = LZMA_CHECK_NONE;
            FilterChain chain;
            if (!parse_filter_chain(filters, &chain)) return nullptr;
            ret = xz.raw_decoder(&d->lzs, chain.filters);
            break;
        }
        default:
            return err_format(ValueError, "Invalid container format: %d", format);
    }
    if (lzma_failed(ret)) return nullptr;
    d->initialised = true;
    return self.release();
}

void decompressor_dealloc(Object* o) {
    auto* d = static_cast<LzmaDecompressor*>(o);
    if (d->initialised) xz.end(&d->lzs);
    xdecref(d->unused_data);
    delete d->held;
    free_object(o);
}

// Decompresses the held input plus `data`, at most `max_length` bytes of output (negative: no
// limit). Input left over is held for the next call, or becomes unused_data after the end of the
// stream. CPython: _lzmamodule.c, decompress / decompress_buf.
Object* decompress_run(LzmaDecompressor* d, std::string_view data, int64_t max_length) {
    std::string& input = *d->held;
    input.append(data);
    lzma_stream& s = d->lzs;
    s.next_in = reinterpret_cast<const uint8_t*>(input.data());
    s.avail_in = input.size();
    std::string out;
    uint8_t buffer[kChunkBytes];
    bool output_full = false;   // stopped because max_length bytes were made
    while (true) {
        size_t room = sizeof buffer;
        if (max_length >= 0) room = std::min(room, static_cast<size_t>(max_length) - out.size());
        s.next_out = buffer;
        s.avail_out = room;
        lzma_ret ret = xz.code(&s, LZMA_RUN);
        out.append(reinterpret_cast<char*>(buffer), room - s.avail_out);
        // No progress because the input ran out is how a stream split across calls looks.
        if (ret == LZMA_BUF_ERROR && s.avail_in == 0 && s.avail_out > 0) ret = LZMA_OK;
        if (lzma_failed(ret)) {
            input.clear();   // CPython forgets the input of a failed call too
            return nullptr;
        }
        if (ret == LZMA_GET_CHECK || ret == LZMA_NO_CHECK) d->check = xz.get_check(&s);
        if (ret == LZMA_STREAM_END) {
            d->eof = true;
            break;
        }
        if (s.avail_out == 0) {
            if (max_length >= 0 && out.size() == static_cast<size_t>(max_length)) {
                output_full = true;
                break;
            }
            continue;   // more output may be waiting
        }
        if (s.avail_in == 0) break;
    }
    input.erase(0, input.size() - s.avail_in);
    if (d->eof) {
        d->needs_input = false;
        if (!input.empty()) {
            setref(d->unused_data, bytes_from(input));
            if (!d->unused_data) return nullptr;
            input.clear();
        }
    } else if (input.empty()) {
        // The decoder may still hold output when max_length stopped it with no input left.
        d->needs_input = !output_full;
    } else {
        d->needs_input = false;
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
    auto* d = static_cast<LzmaDecompressor*>(self);
    if (d->eof) return err_set_string(EOFError, "Already at end of stream");
    return decompress_run(d, data, max_length);
}

Object* get_check(Object* self) { return int_from_i64(static_cast<LzmaDecompressor*>(self)->check); }
Object* get_eof(Object* self) { return bool_from(static_cast<LzmaDecompressor*>(self)->eof); }
Object* get_unused_data(Object* self) { return newref(static_cast<LzmaDecompressor*>(self)->unused_data); }
Object* get_needs_input(Object* self) { return bool_from(static_cast<LzmaDecompressor*>(self)->needs_input); }

// ---- Module functions ----

// is_check_supported(check_id, /)
Object* lzma_is_check_supported(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("is_check_supported", nargs, kwnames)) return nullptr;
    int check = 0;
    if (!clinic_int_arg(args[0], &check)) return nullptr;
    return bool_from(xz.check_is_supported(static_cast<lzma_check>(check)));
}

// _encode_filter_properties(filter, /): the properties liblzma stores for one filter.
Object* lzma_encode_filter_properties(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_encode_filter_properties", nargs, kwnames)) return nullptr;
    FilterChain chain;
    if (!parse_filter_spec(args[0], &chain.filters[0])) return nullptr;
    uint32_t size = 0;
    if (lzma_failed(xz.properties_size(&size, &chain.filters[0]))) return nullptr;
    std::string props(size, '\0');
    if (lzma_failed(xz.properties_encode(&chain.filters[0], reinterpret_cast<uint8_t*>(props.data())))) return nullptr;
    return bytes_from(props);
}

// _decode_filter_properties(filter_id, encoded_props, /): the specifier dict of a filter.
Object* lzma_decode_filter_properties(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_decode_filter_properties", nargs, kwnames, 2, 2)) return nullptr;
    uint64_t id = 0;
    if (!unsigned_arg(args[0], UINT64_MAX, "uint64_t", &id)) return nullptr;
    std::string_view props;
    BytesLike hold;   // keeps the argument's buffer pinned
    if (!data_arg(args[1], &props, &hold)) return nullptr;
    FilterChain chain;
    chain.filters[0].id = id;
    if (lzma_failed(xz.properties_decode(&chain.filters[0], nullptr, reinterpret_cast<const uint8_t*>(props.data()),
                                         props.size())))
        return nullptr;
    return build_filter_spec(chain.filters[0]);
}

const MethodDef kCompressorMethods[] = {
    {"compress", compressor_compress}, {"flush", compressor_flush}, {nullptr, nullptr},
};
const MethodDef kDecompressorMethods[] = {
    {"decompress", decompressor_decompress}, {nullptr, nullptr},
};
const GetSetDef kDecompressorGetSet[] = {
    {"check", get_check}, {"eof", get_eof}, {"unused_data", get_unused_data}, {"needs_input", get_needs_input},
    {nullptr, nullptr},
};
const MethodDef kFunctions[] = {
    {"is_check_supported", lzma_is_check_supported},
    {"_encode_filter_properties", lzma_encode_filter_properties},
    {"_decode_filter_properties", lzma_decode_filter_properties},
    {nullptr, nullptr},
};

bool ready_types() {
    if (type_has(&CompressorType, kTypeReady)) return true;
    CompressorType.name = "_lzma.LZMACompressor";
    CompressorType.basicsize = sizeof(LzmaCompressor);
    CompressorType.tp_new = compressor_new;   // not subclassable, as in CPython
    CompressorType.dealloc = compressor_dealloc;
    CompressorType.methods = kCompressorMethods;
    if (!type_ready(&CompressorType)) return false;
    DecompressorType.name = "_lzma.LZMADecompressor";
    DecompressorType.basicsize = sizeof(LzmaDecompressor);
    DecompressorType.tp_new = decompressor_new;
    DecompressorType.dealloc = decompressor_dealloc;
    DecompressorType.methods = kDecompressorMethods;
    DecompressorType.getset = kDecompressorGetSet;
    return type_ready(&DecompressorType);
}

// _lzma.LZMAError, an Exception subclass made with type() as a class statement would.
Object* make_error_type() {
    Ref<> name = Ref<>::steal(str_from_cstr("LZMAError"));
    Ref<> bases = Ref<>::steal(tuple_pack({Exception}));
    Ref<> ns = Ref<>::steal(dict_new());
    Ref<> modname = Ref<>::steal(str_from_cstr("_lzma"));
    Ref<> doc = Ref<>::steal(str_from_cstr("Call to liblzma failed."));
    if (!name || !bases || !ns || !modname || !doc || dict_setitem_str(ns.get(), "__module__", modname.get()) < 0 ||
        dict_setitem_str(ns.get(), "__doc__", doc.get()) < 0)
        return nullptr;
    Object* targs[] = {name.get(), bases.get(), ns.get()};
    return call(&TypeType, targs, 3);
}

}  // namespace

Object* raise_lzma_error(const std::string& message) {
    if (!g_error) return err_set_string(RuntimeError, message);   // module not made: cannot happen
    Ref<> text = Ref<>::steal(str_from(message));
    if (!text) return nullptr;
    Ref<> exc = Ref<>::steal(call1(g_error, text.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

bool lzma_failed(lzma_ret ret) {
    switch (ret) {
        case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END:
            return false;
        case LZMA_UNSUPPORTED_CHECK: raise_lzma_error("Unsupported integrity check"); return true;
        case LZMA_MEM_ERROR: err_no_memory(); return true;
        case LZMA_MEMLIMIT_ERROR: raise_lzma_error("Memory usage limit exceeded"); return true;
        case LZMA_FORMAT_ERROR: raise_lzma_error("Input format not supported by decoder"); return true;
        case LZMA_OPTIONS_ERROR: raise_lzma_error("Invalid or unsupported options"); return true;
        case LZMA_DATA_ERROR: raise_lzma_error("Corrupt input data"); return true;
        case LZMA_BUF_ERROR: raise_lzma_error("Insufficient buffer space"); return true;
        case LZMA_PROG_ERROR: raise_lzma_error("Internal error"); return true;
        default:
            raise_lzma_error("Unrecognized error from liblzma: " + std::to_string(static_cast<int>(ret)));
            return true;
    }
}

Object* make_lzma_module() {
    if (!load_liblzma() || !ready_types()) return nullptr;
    if (!g_error) {
        g_error = make_error_type();
        if (!g_error) return nullptr;
        runtime_slot(&g_error);
    }
    Ref<> m = Ref<>::steal(module_new("_lzma"));
    if (!m || module_add_functions(m.get(), kFunctions) < 0) return nullptr;
    if (module_add_object(m.get(), "LZMACompressor", &CompressorType) < 0 ||
        module_add_object(m.get(), "LZMADecompressor", &DecompressorType) < 0 ||
        module_add_object(m.get(), "LZMAError", g_error) < 0)
        return nullptr;
    struct Constant {
        const char* name;
        uint64_t value;
    };
    static const Constant kConstants[] = {
        {"FORMAT_AUTO", kFormatAuto}, {"FORMAT_XZ", kFormatXz}, {"FORMAT_ALONE", kFormatAlone},
        {"FORMAT_RAW", kFormatRaw},
        {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32}, {"CHECK_CRC64", LZMA_CHECK_CRC64},
        {"CHECK_SHA256", LZMA_CHECK_SHA256}, {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX}, {"CHECK_UNKNOWN", kCheckUnknown},
        {"FILTER_LZMA1", LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", LZMA_FILTER_LZMA2}, {"FILTER_DELTA", LZMA_FILTER_DELTA},
        {"FILTER_X86", LZMA_FILTER_X86}, {"FILTER_IA64", LZMA_FILTER_IA64}, {"FILTER_ARM", LZMA_FILTER_ARM},
        {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB}, {"FILTER_SPARC", LZMA_FILTER_SPARC},
        {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
        {"MF_HC3", LZMA_MF_HC3}, {"MF_HC4", LZMA_MF_HC4}, {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3},
        {"MF_BT4", LZMA_MF_BT4}, {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL},
        {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT}, {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
    };
    for (const Constant& c : kConstants) {
        Ref<> value = Ref<>::steal(int_from_u64(c.value));
        if (!value || module_add_object(m.get(), c.name, value.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace pygen
