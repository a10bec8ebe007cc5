// load_libb2: see libb2.h for why libb2 is opened at run time.

#include "modules/hashlib/libb2.h"

#include <dlfcn.h>

#include <string>

#include "objects/errors.h"

namespace pygen {

LibB2 b2;

namespace {

const char* const kSonames[] = {"libb2.so.1", "libb2.so"};

template <class Fn>
void resolve(void* handle, const char* name, Fn* slot, std::string* missing) {
    *slot = reinterpret_cast<Fn>(dlsym(handle, name));
    if (!*slot && missing->empty()) *missing = name;
}

}  // namespace

bool load_libb2() {
    static bool loaded = false;   // a failure is tried again on the next import
    if (loaded) return true;
    void* handle = nullptr;
    std::string error;
    for (const char* soname : kSonames) {
        handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
        if (handle) break;
        if (error.empty()) error = dlerror();
    }
    if (!handle) {
        err_format(ImportError, "_blake2 needs libb2 (Debian's libb2-1): %s", error.c_str());
        return false;
    }
    std::string missing;
    LibB2 t{};
    resolve(handle, "blake2b_init_param", &t.blake2b_init_param, &missing);
    resolve(handle, "blake2b_update", &t.blake2b_update, &missing);
    resolve(handle, "blake2b_final", &t.blake2b_final, &missing);
    resolve(handle, "blake2s_init_param", &t.blake2s_init_param, &missing);
    resolve(handle, "blake2s_update", &t.blake2s_update, &missing);
    resolve(handle, "blake2s_final", &t.blake2s_final, &missing);
    if (!missing.empty()) {
        dlclose(handle);
        err_format(ImportError, "_blake2: libb2 has no %s", missing.c_str());
        return false;
    }
    b2 = t;   // the handle stays open for the life of the process
    loaded = true;
    return true;
}

}  // namespace pygen
