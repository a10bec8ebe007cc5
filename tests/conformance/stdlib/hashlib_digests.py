# hashlib: digests computed by OpenSSL, names, sizes, copy/update, pbkdf2_hmac, errors.
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print("  ", hashlib.new(name, data).digest() == h.digest(), h.copy().hexdigest() == h.hexdigest())
for name in ["MD5", "SHA1", "SHA256", "SHA512", "sha3-256", "SHA3-512"]:
    print(name, hashlib.new(name, b"abc").hexdigest()[:20])
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5))
h = hashlib.sha256()
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), c.hexdigest(), h.digest()[:4])
h.update(bytearray(b"more"))
print(h.hexdigest(), hashlib.md5().hexdigest(), hashlib.sha1(b"").digest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=10).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha512", password=b"pw", salt=b"NaCl", iterations=3, dklen=None).hex()[:32])
print(sorted(hashlib.algorithms_guaranteed))
print("sha256" in hashlib.algorithms_available, hashlib.new("SHA256", b"x").name)
for f in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(1),
          lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0), 
          lambda: hashlib.sha1().hexdigest(5), lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
