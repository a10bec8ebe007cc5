"""Secure hashes and message digests (md5, sha1, sha2, sha3, shake), computed by OpenSSL's
libcrypto through the C++ _hashlib module (src/modules/hashlib/), and blake2b/blake2s from libb2
through _blake2. This file adds the named constructors, the algorithm sets and file_digest().
CPython counterpart: Lib/hashlib.py (behaviour only).
"""

import _hashlib

algorithms_guaranteed = frozenset((
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
    "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"))
algorithms_available = frozenset(algorithms_guaranteed | {"sha512_224", "sha512_256", "md5-sha1", "sm3"})

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
           "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")


def new(name, data=b"", **kwargs):
    """A new hash object for the algorithm `name`, fed `data`."""
    if name in ("blake2b", "blake2s"):
        # Their keyword parameters belong to the _blake2 classes; usedforsecurity is accepted.
        return (blake2b if name == "blake2b" else blake2s)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    def constructor(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            return _hashlib.new(name, string=string)
        return _hashlib.new(name, data)
    constructor.__name__ = "openssl_" + name
    constructor.__qualname__ = "openssl_" + name
    return constructor


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


# BLAKE2 with its parameters (digest_size, key, salt, person, tree hashing) is the C++ _blake2
# module on libb2: the classes themselves, as CPython's hashlib.blake2b is _blake2.blake2b.
from _blake2 import blake2b, blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object read to its end."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
