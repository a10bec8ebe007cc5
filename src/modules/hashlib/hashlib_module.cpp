// The _hashlib module: message digests from OpenSSL's libcrypto (EVP). One HASH type serves every
// algorithm (md5, sha1, sha2, sha3, blake2, shake); lib/hashlib.py adds the named constructors.
// Also pbkdf2_hmac and scrypt. Digests are never written by hand here: OpenSSL computes them. libcrypto is
// opened when the module is first made (libcrypto.h).
// CPython counterpart: Modules/_hashopenssl.c (behaviour only).

#include "modules/hashlib/libcrypto.h"

#include <climits>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

struct HashObject : Object {
    EVP_MD_CTX* ctx;    // owned
    const char* name;   // Python-visible algorithm name (static string)
};

TypeObject HashType;

HashObject* as_hash(Object* o) { return static_cast<HashObject*>(o); }

void hash_dealloc(Object* o) {
    crypto.EVP_MD_CTX_free(as_hash(o)->ctx);
    free_object(o);
}

// Python names and their OpenSSL names.
struct Algorithm {
    const char* name;
    const char* openssl;
};
const Algorithm kAlgorithms[] = {
    {"md5", "MD5"}, {"sha1", "SHA1"}, {"sha224", "SHA224"}, {"sha256", "SHA256"}, {"sha384", "SHA384"},
    {"sha512", "SHA512"}, {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"},
    {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"},
    {"blake2b", "BLAKE2B512"}, {"blake2s", "BLAKE2S256"}, {"sha512_224", "SHA512-224"},
    {"sha512_256", "SHA512-256"}, {"md5-sha1", "MD5-SHA1"}, {"sm3", "SM3"},
};

// A Python name ("sha3_256") exactly, or an OpenSSL name ("SHA3-256", "sha256") in any case.
const Algorithm* find_algorithm(const std::string& name) {
    for (const Algorithm& a : kAlgorithms) {
        if (name == a.name) return &a;
    }
    std::string lowered = name;
    for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const Algorithm& a : kAlgorithms) {
        std::string openssl = a.openssl;
        for (char& c : openssl) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lowered == openssl) return &a;
    }
    return nullptr;
}

bool is_xof(HashObject* h) { return (crypto.EVP_MD_get_flags(crypto.EVP_MD_CTX_get0_md(h->ctx)) & EVP_MD_FLAG_XOF) != 0; }

// Data for update(): bytes, bytearray (memoryview and others when they arrive).
bool data_view(Object* o, std::string_view* out, BytesLike* hold) {
    if (is_str(o)) {
        err_set_string(TypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "object supporting the buffer API required");
    return false;
}

Object* hash_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("update", nargs, kwnames)) return nullptr;
    std::string_view data;
    BytesLike hold_1;   // keeps the argument's buffer pinned
    if (!data_view(args[0], &data, &hold_1)) return nullptr;
    if (!crypto.EVP_DigestUpdate(as_hash(self)->ctx, data.data(), data.size())) return err_set_string(ValueError, "digest update failed");
    return none_new();
}

// The digest of a copy of the context (the object stays usable). `length` is for XOFs.
bool final_digest(HashObject* h, size_t length, std::string* out) {
    EVP_MD_CTX* copy = crypto.EVP_MD_CTX_new();
    if (!copy || !crypto.EVP_MD_CTX_copy_ex(copy, h->ctx)) {
        crypto.EVP_MD_CTX_free(copy);
        err_no_memory();
        return false;
    }
    bool ok;
    if (is_xof(h)) {
        out->assign(length, '\0');
        ok = length == 0 || crypto.EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out->data()), length);
    } else {
        unsigned char buffer[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        ok = crypto.EVP_DigestFinal_ex(copy, buffer, &size);
        out->assign(reinterpret_cast<char*>(buffer), size);
    }
    crypto.EVP_MD_CTX_free(copy);
    if (!ok) err_set_string(ValueError, "digest failed");
    return ok;
}

bool digest_args(HashObject* h, const char* fname, Object* const* args, size_t nargs, Object* kwnames, size_t* length) {
    *length = 0;
    if (!is_xof(h)) return check_no_args(std::string("HASH.").append(fname).c_str(), nargs, kwnames);
    static const char* const kNames[] = {"length"};
    Object* bound[1] = {};
    ArgSpec spec{fname, kNames, 1, 0, -1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return false;
    int64_t n;
    if (!index_as_i64(bound[0], &n)) return false;
    if (n < 0) {
        err_set_string(ValueError, "negative digest length");
        return false;
    }
    *length = static_cast<size_t>(n);
    return true;
}

Object* hash_digest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t length;
    if (!digest_args(as_hash(self), "digest", args, nargs, kwnames, &length)) return nullptr;
    std::string out;
    if (!final_digest(as_hash(self), length, &out)) return nullptr;
    return bytes_from(out);
}

Object* hash_hexdigest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t length;
    if (!digest_args(as_hash(self), "hexdigest", args, nargs, kwnames, &length)) return nullptr;
    std::string out;
    if (!final_digest(as_hash(self), length, &out)) return nullptr;
    static const char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(out.size() * 2);
    for (unsigned char c : out) {
        hex.push_back(kHex[c >> 4]);
        hex.push_back(kHex[c & 15]);
    }
    return str_from(hex);
}

Object* new_hash_object(EVP_MD_CTX* ctx, const char* name) {
    auto* h = static_cast<HashObject*>(alloc_object(&HashType));
    if (!h) {
        crypto.EVP_MD_CTX_free(ctx);
        return nullptr;
    }
    h->ctx = ctx;
    h->name = name;
    return h;
}

Object* hash_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("copy", nargs, kwnames)) return nullptr;
    EVP_MD_CTX* ctx = crypto.EVP_MD_CTX_new();
    if (!ctx || !crypto.EVP_MD_CTX_copy_ex(ctx, as_hash(self)->ctx)) {
        crypto.EVP_MD_CTX_free(ctx);
        return err_no_memory();
    }
    return new_hash_object(ctx, as_hash(self)->name);
}

Object* hash_name(Object* self) { return str_from(as_hash(self)->name); }
Object* hash_digest_size(Object* self) {
    if (is_xof(as_hash(self))) return int_from_i64(0);
    return int_from_i64(crypto.EVP_MD_get_size(crypto.EVP_MD_CTX_get0_md(as_hash(self)->ctx)));
}
Object* hash_block_size(Object* self) { return int_from_i64(crypto.EVP_MD_get_block_size(crypto.EVP_MD_CTX_get0_md(as_hash(self)->ctx))); }

Object* hash_repr(Object* self) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "<%s _hashlib.HASH object @ %p>", as_hash(self)->name, static_cast<void*>(self));
    return str_from(buffer);
}

const MethodDef kHashMethods[] = {
    {"update", hash_update}, {"digest", hash_digest}, {"hexdigest", hash_hexdigest}, {"copy", hash_copy},
    {nullptr, nullptr},
};
const GetSetDef kHashGetSet[] = {
    {"name", hash_name}, {"digest_size", hash_digest_size}, {"block_size", hash_block_size},
    {nullptr, nullptr},
};

// _hashlib.new(name, data=b'', *, usedforsecurity=True)
Object* hashlib_new(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"name", "data", "usedforsecurity", "string"};
    Object* bound[4] = {};
    ArgSpec spec{"new", kNames, 4, 0, 2, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    if (!is_str(bound[0])) return err_format(TypeError, "new() argument 'name' must be str, not %s", arg_type_name(bound[0]));
    Object* data = bound[1] ? bound[1] : bound[3];
    if (bound[1] && bound[3]) return err_set_string(TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
    const Algorithm* algorithm = find_algorithm(std::string(str_view(bound[0])));
    const EVP_MD* md = algorithm ? crypto.EVP_get_digestbyname(algorithm->openssl) : nullptr;
    if (!md) return err_format(ValueError, "unsupported hash type %s", str_cstr(bound[0]));
    EVP_MD_CTX* ctx = crypto.EVP_MD_CTX_new();
    if (!ctx) return err_no_memory();
    if (!crypto.EVP_DigestInit_ex(ctx, md, nullptr)) {
        crypto.EVP_MD_CTX_free(ctx);
        return err_format(ValueError, "unsupported hash type %s", str_cstr(bound[0]));
    }
    Ref<> h = Ref<>::steal(new_hash_object(ctx, algorithm->name));
    if (!h) return nullptr;
    if (data) {
        std::string_view view;
        BytesLike hold_2;   // keeps the argument's buffer pinned
        if (!data_view(data, &view, &hold_2)) return nullptr;
        crypto.EVP_DigestUpdate(ctx, view.data(), view.size());
    }
    return h.release();
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
Object* hashlib_pbkdf2_hmac(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"hash_name", "password", "salt", "iterations", "dklen"};
    Object* bound[5] = {};
    ArgSpec spec{"pbkdf2_hmac", kNames, 5, 0, -1, 4};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    if (!is_str(bound[0])) return err_format(TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", arg_type_name(bound[0]));
    std::string_view password, salt;
    BytesLike hold_4, hold_3;   // keeps the argument's buffer pinned
    if (!data_view(bound[1], &password, &hold_4) || !data_view(bound[2], &salt, &hold_3)) return nullptr;
    int64_t iterations;
    if (!index_as_i64(bound[3], &iterations)) return nullptr;
    if (iterations < 1) return err_set_string(ValueError, "iteration value must be greater than 0.");
    if (iterations > 0x7fffffff) return err_set_string(OverflowError, "iteration value is too great.");
    const Algorithm* algorithm = find_algorithm(std::string(str_view(bound[0])));
    const EVP_MD* md = algorithm ? crypto.EVP_get_digestbyname(algorithm->openssl) : nullptr;
    if (!md) return err_format(ValueError, "unsupported hash type %s", str_cstr(bound[0]));
    int64_t dklen = crypto.EVP_MD_get_size(md);
    if (bound[4] && bound[4] != None) {
        if (!index_as_i64(bound[4], &dklen)) return nullptr;
        if (dklen < 1) return err_set_string(ValueError, "key length must be greater than 0.");
        if (dklen > 0x7fffffff) return err_set_string(OverflowError, "key length is too great.");
    }
    std::string key(static_cast<size_t>(dklen), '\0');
    if (!crypto.PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                           reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                           static_cast<int>(iterations), md, static_cast<int>(dklen),
                           reinterpret_cast<unsigned char*>(key.data()))) {
        return err_set_string(ValueError, "pbkdf2_hmac failed");
    }
    return bytes_from(key);
}

// ---- scrypt ----

// A bytes-like argument (clinic's Py_buffer): str is refused like any other non-buffer.
bool bytes_like_view(Object* o, std::string_view* out, BytesLike* hold) {
    if (object_check_buffer(o)) return pin_bytes_like(o, out, hold);
    err_format(TypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return false;
}

// An int's value as C unsigned long (64 bits here); false, with nothing raised, when it is
// negative or too large (scrypt words that failure itself, as CPython does).
bool int_as_unsigned_long(Object* o, uint64_t* out) {
    if (int_sign(o) < 0) return false;
    int64_t small;
    if (int_as_i64(o, &small)) {
        *out = static_cast<uint64_t>(small);
        return true;
    }
    mpz_t value;
    mpz_init(value);
    int_to_mpz(o, value);
    bool fits = mpz_fits_ulong_p(value) != 0;
    if (fits) *out = mpz_get_ui(value);
    mpz_clear(value);
    return fits;
}

// The newest error OpenSSL queued, as CPython words it ("[digital envelope routines] memory
// limit exceeded"), the queue then emptied; fallback when nothing is queued. CPython:
// _hashopenssl.c, _setException.
Object* set_openssl_error(TypeObject* type, const char* fallback) {
    unsigned long code = crypto.ERR_peek_last_error();
    if (code == 0) return err_set_string(type, fallback);
    crypto.ERR_clear_error();
    const char* lib = crypto.ERR_lib_error_string(code);
    const char* reason = crypto.ERR_reason_error_string(code);
    if (!reason) reason = "no reason supplied";
    if (lib) return err_format(type, "[%s] %s", lib, reason);
    return err_set_string(type, reason);
}

// scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64): OpenSSL's EVP_PBE_scrypt. As in
// CPython, every argument is converted first (bytes-like, int, index), then checked in order:
// salt given, n a power of 2 of at least 2, r and p unsigned, maxmem and dklen in C int range,
// and the combination accepted by OpenSSL. CPython: _hashopenssl.c, _hashlib_scrypt_impl.
Object* hashlib_scrypt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"password", "salt", "n", "r", "p", "maxmem", "dklen"};
    Object* bound[7] = {};
    ArgSpec spec{"scrypt", kNames, 7, 0, 1, 1};
    if (!bind_args(spec, args, nargs, kwnames, bound)) return nullptr;
    std::string_view password, salt;
    BytesLike hold_password, hold_salt;   // keep the arguments' buffers pinned
    if (!bytes_like_view(bound[0], &password, &hold_password)) return nullptr;
    if (bound[1] && !bytes_like_view(bound[1], &salt, &hold_salt)) return nullptr;
    for (int i = 2; i <= 4; i++) {
        if (bound[i] && !is_int(bound[i])) {
            return err_format(TypeError, "scrypt() argument '%s' must be int, not %s", kNames[i],
                              arg_type_name(bound[i]));
        }
    }
    int64_t maxmem = 0, dklen = 64;
    if (bound[5] && !index_as_i64(bound[5], &maxmem)) return nullptr;
    if (bound[6] && !index_as_i64(bound[6], &dklen)) return nullptr;

    if (!bound[1]) return err_set_string(TypeError, "salt is required");
    if (password.size() > INT_MAX) return err_set_string(OverflowError, "password is too long.");
    if (salt.size() > INT_MAX) return err_set_string(OverflowError, "salt is too long.");
    uint64_t cost[3];   // n, r, p
    for (int i = 0; i < 3; i++) {
        if (!bound[2 + i] || !int_as_unsigned_long(bound[2 + i], &cost[i])) {
            return err_format(TypeError, "%s is required and must be an unsigned int", kNames[2 + i]);
        }
        if (i == 0 && (cost[0] < 2 || (cost[0] & (cost[0] - 1)) != 0)) {
            return err_set_string(ValueError, "n must be a power of 2.");
        }
    }
    if (maxmem < 0 || maxmem > INT_MAX) {
        return err_format(ValueError, "maxmem must be positive and smaller than %d", INT_MAX);
    }
    if (dklen < 1 || dklen > INT_MAX) {
        return err_format(ValueError, "dklen must be greater than 0 and smaller than %d", INT_MAX);
    }
    // Without an output buffer OpenSSL only checks n, r, p and maxmem. Errors left queued by
    // earlier calls must not be taken for this one's.
    crypto.ERR_clear_error();
    if (!crypto.EVP_PBE_scrypt(nullptr, 0, nullptr, 0, cost[0], cost[1], cost[2],
                               static_cast<uint64_t>(maxmem), nullptr, 0)) {
        return set_openssl_error(ValueError, "Invalid parameter combination for n, r, p, maxmem.");
    }
    std::string key(static_cast<size_t>(dklen), '\0');
    if (!crypto.EVP_PBE_scrypt(password.data(), password.size(),
                               reinterpret_cast<const unsigned char*>(salt.data()), salt.size(),
                               cost[0], cost[1], cost[2], static_cast<uint64_t>(maxmem),
                               reinterpret_cast<unsigned char*>(key.data()), key.size())) {
        return set_openssl_error(ValueError, "no reason supplied");
    }
    return bytes_from(key);
}

const MethodDef kFunctions[] = {
    {"new", hashlib_new},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac},
    {"scrypt", hashlib_scrypt},
    {nullptr, nullptr},
};

}  // namespace

Object* make_hashlib_module() {
    if (!load_libcrypto()) return nullptr;
    if (!type_has(&HashType, kTypeReady)) {
        HashType.name = "_hashlib.HASH";
        HashType.basicsize = sizeof(HashObject);
        HashType.dealloc = hash_dealloc;
        HashType.repr = hash_repr;
        HashType.methods = kHashMethods;
        HashType.getset = kHashGetSet;
        if (!type_ready(&HashType)) return nullptr;
    }
    Object* m = module_new("_hashlib");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0 || module_add_object(m, "HASH", &HashType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
