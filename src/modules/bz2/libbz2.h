// libbz2, opened with dlopen the first time _bz2 is imported rather than linked into pygen: only
// programs that use bz2 map it, and a machine without libbz2-1.0 still runs pygen (import bz2
// then raises ImportError). The functions _bz2 calls are reached through the table below; their
// types come from bzlib.h (libbz2-dev, needed only at build time).
#pragma once

#include <bzlib.h>

namespace pygen {

struct LibBz2 {
    decltype(&::BZ2_bzCompressInit) BZ2_bzCompressInit;
    decltype(&::BZ2_bzCompress) BZ2_bzCompress;
    decltype(&::BZ2_bzCompressEnd) BZ2_bzCompressEnd;
    decltype(&::BZ2_bzDecompressInit) BZ2_bzDecompressInit;
    decltype(&::BZ2_bzDecompress) BZ2_bzDecompress;
    decltype(&::BZ2_bzDecompressEnd) BZ2_bzDecompressEnd;
};

// The table, filled by load_libbz2; only valid after it returned true.
extern LibBz2 bz2lib;

// Opens libbz2 once per process and resolves every entry. False with ImportError set when the
// library or one of its functions cannot be found.
bool load_libbz2();

}  // namespace pygen
