// load_libbz2: see libbz2.h for why libbz2 is opened at run time.

#include "modules/bz2/libbz2.h"

#include "modules/shared_library.h"

namespace pygen {

LibBz2 bz2lib;

bool load_libbz2() {
    static bool loaded = false;   // a failure is tried again on the next import
    if (loaded) return true;
    SharedLibrary lib;
    // Debian's runtime package installs libbz2.so.1.0; the unversioned link is the -dev fallback.
    if (!lib.open({"libbz2.so.1.0", "libbz2.so.1", "libbz2.so"}, "_bz2", "libbz2")) return false;
    LibBz2 t{};
    lib.resolve("BZ2_bzCompressInit", &t.BZ2_bzCompressInit);
    lib.resolve("BZ2_bzCompress", &t.BZ2_bzCompress);
    lib.resolve("BZ2_bzCompressEnd", &t.BZ2_bzCompressEnd);
    lib.resolve("BZ2_bzDecompressInit", &t.BZ2_bzDecompressInit);
    lib.resolve("BZ2_bzDecompress", &t.BZ2_bzDecompress);
    lib.resolve("BZ2_bzDecompressEnd", &t.BZ2_bzDecompressEnd);
    if (!lib.finish("_bz2", "libbz2")) return false;
    bz2lib = t;
    loaded = true;
    return true;
}

}  // namespace pygen
