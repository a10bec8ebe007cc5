// SharedLibrary: see shared_library.h.

#include "modules/shared_library.h"

#include <dlfcn.h>

#include "objects/errors.h"

namespace pygen {

bool SharedLibrary::open(std::initializer_list<const char*> sonames, const char* module, const char* needs) {
    std::string error;
    for (const char* soname : sonames) {
        handle_ = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
        if (handle_) return true;
        if (error.empty()) error = dlerror();
    }
    err_format(ImportError, "%s needs %s: %s", module, needs, error.c_str());
    return false;
}

void* SharedLibrary::symbol(const char* name) { return dlsym(handle_, name); }

bool SharedLibrary::finish(const char* module, const char* library) {
    if (missing_.empty()) return true;
    dlclose(handle_);
    handle_ = nullptr;
    err_format(ImportError, "%s: %s has no %s", module, library, missing_.c_str());
    return false;
}

}  // namespace pygen
