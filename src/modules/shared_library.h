// Opening an optional system library with dlopen on first import: _hashlib (libcrypto), _blake2
// (libb2), _bz2 (libbz2) and _lzma (liblzma). Programs that never import them never map the library,
// and a machine without it gets an ImportError naming what is missing instead of a pygen that will
// not start.
#pragma once

#include <initializer_list>
#include <string>

namespace pygen {

class SharedLibrary {
public:
    // Opens the first of `sonames` that loads. On failure raises ImportError
    // "<module> needs <needs>: <dlerror>" and returns false.
    bool open(std::initializer_list<const char*> sonames, const char* module, const char* needs);

    // Fills `slot` with the symbol `name`, or remembers the first symbol that was missing.
    template <class Fn>
    void resolve(const char* name, Fn* slot) {
        *slot = reinterpret_cast<Fn>(symbol(name));
        if (!*slot && missing_.empty()) missing_ = name;
    }

    // After the resolves: true when every symbol was found (the handle then stays open for the
    // life of the process); otherwise closes the library and raises ImportError
    // "<module>: <library> has no <symbol>".
    bool finish(const char* module, const char* library);

private:
    void* symbol(const char* name);
    void* handle_ = nullptr;
    std::string missing_;
};

}  // namespace pygen
