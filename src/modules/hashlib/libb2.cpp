// load_libb2: see libb2.h for why libb2 is opened at run time.

#include "modules/hashlib/libb2.h"

#include "modules/shared_library.h"

namespace pygen {

LibB2 b2;

bool load_libb2() {
    static bool loaded = false;   // a failure is tried again on the next import
    if (loaded) return true;
    SharedLibrary lib;
    if (!lib.open({"libb2.so.1", "libb2.so"}, "_blake2", "libb2 (Debian's libb2-1)")) return false;
    LibB2 t{};
    lib.resolve("blake2b_init_param", &t.blake2b_init_param);
    lib.resolve("blake2b_update", &t.blake2b_update);
    lib.resolve("blake2b_final", &t.blake2b_final);
    lib.resolve("blake2s_init_param", &t.blake2s_init_param);
    lib.resolve("blake2s_update", &t.blake2s_update);
    lib.resolve("blake2s_final", &t.blake2s_final);
    if (!lib.finish("_blake2", "libb2")) return false;
    b2 = t;
    loaded = true;
    return true;
}

}  // namespace pygen
