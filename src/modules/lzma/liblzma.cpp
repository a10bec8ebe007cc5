// load_liblzma: see liblzma.h for why liblzma is opened at run time.

#include "modules/lzma/liblzma.h"

#include "modules/shared_library.h"

namespace pygen {

LibLzma xz;

bool load_liblzma() {
    static bool loaded = false;   // a failure is tried again on the next import
    if (loaded) return true;
    SharedLibrary lib;
    // liblzma5 installs liblzma.so.5; the unversioned link is the -dev fallback.
    if (!lib.open({"liblzma.so.5", "liblzma.so"}, "_lzma", "liblzma")) return false;
    LibLzma t{};
    lib.resolve("lzma_code", &t.code);
    lib.resolve("lzma_end", &t.end);
    lib.resolve("lzma_easy_encoder", &t.easy_encoder);
    lib.resolve("lzma_stream_encoder", &t.stream_encoder);
    lib.resolve("lzma_alone_encoder", &t.alone_encoder);
    lib.resolve("lzma_raw_encoder", &t.raw_encoder);
    lib.resolve("lzma_auto_decoder", &t.auto_decoder);
    lib.resolve("lzma_stream_decoder", &t.stream_decoder);
    lib.resolve("lzma_alone_decoder", &t.alone_decoder);
    lib.resolve("lzma_raw_decoder", &t.raw_decoder);
    lib.resolve("lzma_get_check", &t.get_check);
    lib.resolve("lzma_check_is_supported", &t.check_is_supported);
    lib.resolve("lzma_lzma_preset", &t.lzma_preset);
    lib.resolve("lzma_properties_size", &t.properties_size);
    lib.resolve("lzma_properties_encode", &t.properties_encode);
    lib.resolve("lzma_properties_decode", &t.properties_decode);
    if (!lib.finish("_lzma", "liblzma")) return false;
    xz = t;
    loaded = true;
    return true;
}

}  // namespace pygen
