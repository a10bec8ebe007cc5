// load_libcrypto: see libcrypto.h for why libcrypto is opened at run time.

#include "modules/hashlib/libcrypto.h"

#include <openssl/opensslv.h>

#include "modules/shared_library.h"

namespace pygen {

LibCrypto crypto;

namespace {

#define PYGEN_STR2(x) #x
#define PYGEN_STR(x) PYGEN_STR2(x)
// The soname of the major version the headers describe (libcrypto.so.3), then the unversioned
// development link as a fallback.
const char* const kSoname = "libcrypto.so." PYGEN_STR(OPENSSL_VERSION_MAJOR);

}  // namespace

bool load_libcrypto() {
    static bool loaded = false;   // a failure is tried again on the next import
    if (loaded) return true;
    SharedLibrary lib;
    if (!lib.open({kSoname, "libcrypto.so"}, "_hashlib", "OpenSSL's libcrypto")) return false;
    LibCrypto t{};
    lib.resolve("EVP_MD_CTX_new", &t.EVP_MD_CTX_new);
    lib.resolve("EVP_MD_CTX_free", &t.EVP_MD_CTX_free);
    lib.resolve("EVP_MD_CTX_copy_ex", &t.EVP_MD_CTX_copy_ex);
    lib.resolve("EVP_MD_CTX_get0_md", &t.EVP_MD_CTX_get0_md);
    lib.resolve("EVP_MD_get_size", &t.EVP_MD_get_size);
    lib.resolve("EVP_MD_get_block_size", &t.EVP_MD_get_block_size);
    lib.resolve("EVP_MD_get_flags", &t.EVP_MD_get_flags);
    lib.resolve("EVP_get_digestbyname", &t.EVP_get_digestbyname);
    lib.resolve("EVP_DigestInit_ex", &t.EVP_DigestInit_ex);
    lib.resolve("EVP_DigestUpdate", &t.EVP_DigestUpdate);
    lib.resolve("EVP_DigestFinal_ex", &t.EVP_DigestFinal_ex);
    lib.resolve("EVP_DigestFinalXOF", &t.EVP_DigestFinalXOF);
    lib.resolve("PKCS5_PBKDF2_HMAC", &t.PKCS5_PBKDF2_HMAC);
    lib.resolve("EVP_PBE_scrypt", &t.EVP_PBE_scrypt);
    lib.resolve("ERR_peek_last_error", &t.ERR_peek_last_error);
    lib.resolve("ERR_lib_error_string", &t.ERR_lib_error_string);
    lib.resolve("ERR_reason_error_string", &t.ERR_reason_error_string);
    lib.resolve("ERR_clear_error", &t.ERR_clear_error);
    if (!lib.finish("_hashlib", "libcrypto")) return false;
    crypto = t;
    loaded = true;
    return true;
}

}  // namespace pygen
