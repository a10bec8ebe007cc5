# hmac for pygen (RFC 2104), written from the CPython 3.11 documentation.
#
# HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), where K' is the key padded with zeros to
# the hash's block size (a longer key is hashed first), ipad = 0x36 and opad = 0x5C repeated.
# Any hashlib constructor, module or algorithm name works as the hash. hashlib (and so libcrypto)
# is loaded only when an HMAC is made, so importing hmac for compare_digest alone (secrets does)
# stays cheap.

import warnings as _warnings

# The key XORed with ipad / opad, byte by byte, as translation tables.
trans_36 = bytes(b ^ 0x36 for b in range(256))
trans_5C = bytes(b ^ 0x5C for b in range(256))

# The size of the digests depends on the hash chosen: there is no module-wide value.
digest_size = None


# compare_digest is _operator's (C++, as CPython's hmac takes it from _operator when its
# _hashlib has none): str of ASCII or any two bytes-like objects, in time independent of where
# they differ.
from _operator import _compare_digest as compare_digest


def _hash_factory(digestmod):
    """A function making a fresh hash object, from a constructor, a module or a name."""
    if callable(digestmod):
        return digestmod
    import hashlib
    if isinstance(digestmod, str):
        return lambda data=b'': hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231."""

    blocksize = 64      # the block size assumed for a hash that does not give one

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = self._digest_cons = _hash_factory(digestmod)
        self._inner, self._outer = make(), make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None:
            _warnings.warn('No block_size attribute on given digest object; Assuming %d.'
                           % self.blocksize, RuntimeWarning, 2)
            block = self.blocksize
        elif block < 16:
            _warnings.warn('block_size of %d seems too small; using our default of %d.'
                           % (block, self.blocksize), RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        padded = bytes(key) + bytes(block - len(key))
        self._inner.update(padded.translate(trans_36))
        self._outer.update(padded.translate(trans_5C))
        if msg is not None:
            self._inner.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Add msg to the message authenticated so far."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        twin = object.__new__(type(self))
        for slot in ('_digest_cons', 'block_size', 'digest_size'):
            setattr(twin, slot, getattr(self, slot))
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far (bytes); more may still be added."""
        return self._final().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hexadecimal digits."""
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (key: bytes, msg: first data, digestmod: the hash to use)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest (name, constructor or module)."""
    return HMAC(key, msg, digest).digest()
