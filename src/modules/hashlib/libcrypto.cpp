// load_libcrypto: see libcrypto.h for why libcrypto is opened at run time.

#include "modules/hashlib/libcrypto.h"

#include <dlfcn.h>
#include <openssl/opensslv.h>

#include <string>

#include "objects/errors.h"

namespace pygen {

LibCrypto crypto;

namespace {

#define PYGEN_STR2(x) #x
#define PYGEN_STR(x) PYGEN_STR2(x)
// The soname of the major version the headers describe (libcrypto.so.3), then the unversioned
// development link as a fallback.
const char* const kSonames[] = {"libcrypto.so." PYGEN_STR(OPENSSL_VERSION_MAJOR), "libcrypto.so"};

template <class Fn>
bool resolve(void* handle, const char* name, Fn* slot, std::string* missing) {
    *slot = reinterpret_cast<Fn>(dlsym(handle, name));
    if (!*slot && missing->empty()) *missing = name;
    return *slot != nullptr;
}

}  // namespace

bool load_libcrypto() {
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
        err_format(ImportError, "_hashlib needs OpenSSL's libcrypto: %s", error.c_str());
        return false;
    }
    std::string missing;
    LibCrypto t{};
    resolve(handle, "EVP_MD_CTX_new", &t.EVP_MD_CTX_new, &missing);
    resolve(handle, "EVP_MD_CTX_free", &t.EVP_MD_CTX_free, &missing);
    resolve(handle, "EVP_MD_CTX_copy_ex", &t.EVP_MD_CTX_copy_ex, &missing);
    resolve(handle, "EVP_MD_CTX_get0_md", &t.EVP_MD_CTX_get0_md, &missing);
    resolve(handle, "EVP_MD_get_size", &t.EVP_MD_get_size, &missing);
    resolve(handle, "EVP_MD_get_block_size", &t.EVP_MD_get_block_size, &missing);
    resolve(handle, "EVP_MD_get_flags", &t.EVP_MD_get_flags, &missing);
    resolve(handle, "EVP_get_digestbyname", &t.EVP_get_digestbyname, &missing);
    resolve(handle, "EVP_DigestInit_ex", &t.EVP_DigestInit_ex, &missing);
    resolve(handle, "EVP_DigestUpdate", &t.EVP_DigestUpdate, &missing);
    resolve(handle, "EVP_DigestFinal_ex", &t.EVP_DigestFinal_ex, &missing);
    resolve(handle, "EVP_DigestFinalXOF", &t.EVP_DigestFinalXOF, &missing);
    resolve(handle, "PKCS5_PBKDF2_HMAC", &t.PKCS5_PBKDF2_HMAC, &missing);
    if (!missing.empty()) {
        dlclose(handle);
        err_format(ImportError, "_hashlib: libcrypto has no %s", missing.c_str());
        return false;
    }
    crypto = t;   // the handle stays open for the life of the process
    loaded = true;
    return true;
}

}  // namespace pygen
