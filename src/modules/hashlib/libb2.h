// libb2, the BLAKE2 reference library (Debian's libb2-1), opened with dlopen the first time
// _blake2 is imported, as libcrypto is for _hashlib (libcrypto.h). OpenSSL 3.0 computes only the
// default BLAKE2 digests; CPython's blake2b/blake2s also take a digest size, key, salt,
// personalisation and tree parameters, which libb2's parameter blocks carry. Types come from
// libb2's own header.
#pragma once

#include <blake2.h>

namespace pygen {

struct LibB2 {
    decltype(&::blake2b_init_param) blake2b_init_param;
    decltype(&::blake2b_update) blake2b_update;
    decltype(&::blake2b_final) blake2b_final;
    decltype(&::blake2s_init_param) blake2s_init_param;
    decltype(&::blake2s_update) blake2s_update;
    decltype(&::blake2s_final) blake2s_final;
};

// The table, filled by load_libb2; only valid after it returned true.
extern LibB2 b2;

// Opens libb2 once per process. False with ImportError set when it cannot be found.
bool load_libb2();

}  // namespace pygen
