# Passing None where a built-in wants a str (or another type) names None itself, as CPython's
# Argument Clinic message does ("must be str, not None"), not its type ("not NoneType"); the
# non-Clinic messages keep the type's name.
import array
import binascii
import hashlib
import heapq
import socket
import sys
import time
import types
import unicodedata

cases = [
    lambda: "a".replace(None, "b"),
    lambda: memoryview(b"a").cast(None),
    lambda: b"a".decode(None),
    lambda: b"a".decode("utf-8", None),
    lambda: "a".encode(None),
    lambda: "a".encode("utf-8", None),
    lambda: (1).to_bytes(1, None),
    lambda: "a".removeprefix(None),
    lambda: "a".removesuffix(None),
    lambda: bytes.fromhex(None),
    lambda: format(1, None),
    lambda: compile("1", "x", None),
    lambda: str.maketrans("a", None),
    lambda: str(b"a", None),
    lambda: str(b"a", "utf-8", None),
    lambda: bytes("a", None),
    lambda: bytearray("a", None),
    lambda: array.array(None),
    lambda: array.array("u").fromunicode(None),
    lambda: float.__getformat__(None),
    lambda: unicodedata.name(None),
    lambda: unicodedata.normalize(None, "a"),
    lambda: unicodedata.normalize("NFC", None),
    lambda: heapq.heappush(None, 1),
    lambda: socket.inet_aton(None),
    lambda: hashlib.pbkdf2_hmac(None, b"", b"", 1),
    lambda: type("A", None, {}),
    lambda: type(None, (), {}),
    lambda: type("A", (), None),
    lambda: types.FunctionType(None, {}),
    lambda: types.FunctionType((lambda: 0).__code__, None),
    lambda: (lambda: 0).__code__.replace(co_name=None),
    lambda: (lambda: 0).__code__.replace(co_consts=None),
    lambda: types.TracebackType(None, None, 0, 0),
    lambda: ExceptionGroup(None, [ValueError()]),
    lambda: UnicodeDecodeError(None, b"", 0, 0, "x"),
    lambda: UnicodeEncodeError("a", None, 0, 0, "x"),
    lambda: sys.stdout.write(None),
    lambda: time.strftime(None),
    lambda: time.get_clock_info(None),
    lambda: sys.intern(None),
    lambda: types.ModuleType(None),
    lambda: (1).__format__(None),
    lambda: (1.5).__format__(None),
    lambda: (1j).__format__(None),
    lambda: "a".__format__(None),
    lambda: object().__format__(None),
    lambda: open(__file__, None),
    # These are not Clinic's and keep the type's name.
    lambda: "a".center(3, None),
    lambda: super(None),
    lambda: type(type.__dict__)(None),
    lambda: array._array_reconstructor(None, "i", 0, b""),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
