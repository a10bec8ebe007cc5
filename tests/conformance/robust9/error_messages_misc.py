# Errors that must carry CPython 3.11's type and message: keyword counts of ImportError and
# friends, the UnicodeError constructors (argument checks, bytes-like objects, the missing
# UnicodeTranslateError), object.__init__ called directly, raise of a class whose constructor
# returns a non-exception, str.expandtabs with a tab size beyond a C int (#9).
def t(f):
    try: print(repr(f())[:120])
    except BaseException as e: print(type(e).__name__, str(e)[:120])

t(lambda: ImportError("x", name=1, path=2, foo=3))
t(lambda: ImportError("x", foo=3))
t(lambda: AttributeError("x", name=1, obj=2, foo=3))
t(lambda: NameError("x", name=1, foo=2))
t(lambda: NameError("x", foo=2))
t(lambda: UnicodeDecodeError("utf-8", "x", 5, 7, "r"))
t(lambda: UnicodeDecodeError(1, b"x", 5, 7, "r"))
t(lambda: UnicodeDecodeError("u", b"x", "5", 7, "r"))
t(lambda: UnicodeDecodeError("u", b"x", 5, 7, 8))
t(lambda: UnicodeDecodeError("u"))
t(lambda: UnicodeDecodeError("utf-8", bytearray(b"xy"), 0, 1, "r").object)
t(lambda: UnicodeDecodeError("utf-8", memoryview(b"xy"), 0, 1, "r").object)
t(lambda: UnicodeEncodeError("u", b"x", 1, 2, "r"))
t(lambda: UnicodeTranslateError(b"x", 1, 2, "r"))
t(lambda: UnicodeTranslateError("a"))
t(lambda: str(UnicodeTranslateError("abc", 1, 2, "bad")))
t(lambda: str(UnicodeTranslateError("a\u20acc", 1, 2, "bad")))
t(lambda: str(UnicodeTranslateError("abc", 0, 2, "bad")))
t(lambda: UnicodeTranslateError("abc", 1, 2, "r").encoding)
t(lambda: UnicodeTranslateError.__mro__)
e = UnicodeEncodeError("utf-8", "xyz", 0, 1, "r")
e.encoding, e.reason = 5, 6
t(lambda: str(e))

class B: pass
t(lambda: object.__init__(object(), 1))
t(lambda: B.__init__(B(), 1))
t(lambda: B().__init__(1))
t(lambda: B(1))
t(lambda: object.__new__(B, 1))

class E(Exception):
    def __new__(c): return 5
t(lambda: exec("raise E"))
def g(): yield 1
it = g(); next(it)
t(lambda: it.throw(E))

t(lambda: "\t".expandtabs(1 << 62))
t(lambda: "\t".expandtabs(-(1 << 40)))
t(lambda: "a\tb".expandtabs(-3))
