// liblzma, opened with dlopen the first time _lzma is imported rather than linked into pygen:
// only programs that use lzma map it, and a machine without liblzma5 still runs pygen (import
// lzma then raises ImportError). The functions _lzma calls are reached through the table below;
// their types come from lzma.h (liblzma-dev, needed only at build time).
#pragma once

#include <lzma.h>

#include <string>

#include "objects/object.h"

namespace pygen {

struct LibLzma {
    decltype(&::lzma_code) code;
    decltype(&::lzma_end) end;
    decltype(&::lzma_easy_encoder) easy_encoder;
    decltype(&::lzma_stream_encoder) stream_encoder;
    decltype(&::lzma_alone_encoder) alone_encoder;
    decltype(&::lzma_raw_encoder) raw_encoder;
    decltype(&::lzma_auto_decoder) auto_decoder;
    decltype(&::lzma_stream_decoder) stream_decoder;
    decltype(&::lzma_alone_decoder) alone_decoder;
    decltype(&::lzma_raw_decoder) raw_decoder;
    decltype(&::lzma_get_check) get_check;
    decltype(&::lzma_check_is_supported) check_is_supported;
    decltype(&::lzma_lzma_preset) lzma_preset;
    decltype(&::lzma_properties_size) properties_size;
    decltype(&::lzma_properties_encode) properties_encode;
    decltype(&::lzma_properties_decode) properties_decode;
};

// The table, filled by load_liblzma; only valid after it returned true.
extern LibLzma xz;

// Opens liblzma once per process and resolves every entry. False with ImportError set when the
// library or one of its functions cannot be found.
bool load_liblzma();

// Turns a liblzma status into CPython's exception (_lzma.LZMAError for most, MemoryError);
// true when `ret` is an error. Defined in lzma_module.cpp, which owns LZMAError.
// CPython: _lzmamodule.c, catch_lzma_error.
bool lzma_failed(lzma_ret ret);

// Raises _lzma.LZMAError(message); returns null.
Object* raise_lzma_error(const std::string& message);

}  // namespace pygen
