# complex(): no arguments, numbers, keywords, complex parts on either side, __complex__,
# __float__ / __index__ objects, subclasses, and the error messages.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __complex__(self): return 3 + 4j
class Bad:
    def __complex__(self): return 1
class Sub(complex):
    pass
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex(True, False))
print(complex(real=1, imag=2), complex(imag=3), complex(real=-0.0))
print(complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j), complex(-0.0, -0.0))
print(complex(F()), complex(I()), complex(F(), I()), complex(C()), complex(C(), 1))
s = Sub(1, 2)
print(s, type(s).__name__, type(s + 1).__name__, type(-s).__name__, type(+s).__name__, isinstance(s, complex))
z = 5j
print(complex(z) is z, (1 + 2j).__getnewargs__())
for args in [(1, "x"), ("1", 2), ([],), (1, []), (b"1",), (None,), (10 ** 400,), (Bad(),)]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["complex(1, 2, 3)", "complex(foo=1)", "complex(1, real=2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
