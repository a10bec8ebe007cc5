# hmac for pygen (RFC 2104), written from the CPython 3.11 documentation.
#
# HMAC over any hashlib constructor, module or algorithm name: two hash objects, the inner one
# fed with the key XOR 0x36 and the message, the outer one with the key XOR 0x5C and the inner
# digest. hashlib (and so libcrypto) is loaded only when an HMAC is made, so importing hmac for
# compare_digest alone (secrets does) stays cheap.

import warnings as _warnings


trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _is_buffer(obj):
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def compare_digest(a, b):
    """Return 'a == b' in time that does not depend on where a and b differ.

    Both are str of ASCII characters, or both bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        a_buf, b_buf = _is_buffer(a), _is_buffer(b)
        if not a_buf and not b_buf:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for x, ok in ((a, a_buf), (b, b_buf)):
            if not ok:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    # Every byte of b is compared whatever the lengths: the time depends only on len(b).
    padded = a + bytes(len(b))
    for x, y in zip(padded, b):
        result |= x ^ y
    return result == 0


def _constructor(digestmod):
    """A function making a fresh hash object from digestmod (constructor, module or name)."""
    if callable(digestmod):
        return digestmod
    import hashlib
    if isinstance(digestmod, str):
        return lambda d=b'': hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size

        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our '
                               'default of %d.' % (blocksize, self.blocksize),
                               RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % (self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize

        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The hash value of the bytes passed so far; the object can still be updated."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest() but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest (name, constructor or module)."""
    return HMAC(key, msg, digest).digest()
