// OpenSSL's libcrypto, opened with dlopen the first time _hashlib is imported instead of being
// linked into pygen. Linking it maps and relocates about 1.4 MiB into every process, hashlib or
// not (an empty program's peak RSS; issue #6), while only hashlib uses it. The functions hashlib
// calls are reached through the table below; their types come from OpenSSL's own header.
#pragma once

#include <openssl/err.h>
#include <openssl/evp.h>

namespace pygen {

struct LibCrypto {
    decltype(&::EVP_MD_CTX_new) EVP_MD_CTX_new;
    decltype(&::EVP_MD_CTX_free) EVP_MD_CTX_free;
    decltype(&::EVP_MD_CTX_copy_ex) EVP_MD_CTX_copy_ex;
    decltype(&::EVP_MD_CTX_get0_md) EVP_MD_CTX_get0_md;
    decltype(&::EVP_MD_get_size) EVP_MD_get_size;
    decltype(&::EVP_MD_get_block_size) EVP_MD_get_block_size;
    decltype(&::EVP_MD_get_flags) EVP_MD_get_flags;
    decltype(&::EVP_get_digestbyname) EVP_get_digestbyname;
    decltype(&::EVP_DigestInit_ex) EVP_DigestInit_ex;
    decltype(&::EVP_DigestUpdate) EVP_DigestUpdate;
    decltype(&::EVP_DigestFinal_ex) EVP_DigestFinal_ex;
    decltype(&::EVP_DigestFinalXOF) EVP_DigestFinalXOF;
    decltype(&::PKCS5_PBKDF2_HMAC) PKCS5_PBKDF2_HMAC;
    decltype(&::EVP_PBE_scrypt) EVP_PBE_scrypt;
    // The error queue, for the messages of OpenSSL's own failures ("[lib] reason").
    decltype(&::ERR_peek_last_error) ERR_peek_last_error;
    decltype(&::ERR_lib_error_string) ERR_lib_error_string;
    decltype(&::ERR_reason_error_string) ERR_reason_error_string;
    decltype(&::ERR_clear_error) ERR_clear_error;
};

// The table, filled by load_libcrypto; only valid after it returned true.
extern LibCrypto crypto;

// Opens libcrypto once per process and resolves every entry. False with ImportError set when the
// library or one of its functions cannot be found (import hashlib then fails as without OpenSSL).
bool load_libcrypto();

}  // namespace pygen
