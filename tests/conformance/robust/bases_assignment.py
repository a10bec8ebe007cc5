# __bases__ and __class__ assignment check the layouts as CPython does.
def try_set(cls, bases):
    try:
        cls.__bases__ = bases
        print("ok", cls.__name__, [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(e)
class B2: pass
class B: __slots__ = ('x',)
class D(B2): pass
class D2(B2): pass
try_set(D, (D2,))
try_set(D, (B,))
class E(B): pass
class F(B): __slots__ = ('y',)
try_set(E, (F,))
class G: __slots__ = ('x',)
E2 = type('E2', (B,), {})
try_set(E2, (G,))
class H(int): pass
class I(int): pass
class J(H): pass
try_set(J, (B2,))
try_set(J, (str,))
class K: pass
try_set(K, (object,))
class A: pass
try_set(A, (B2,))
try_set(A, (B,))
class P: pass
class Q: pass
class S: __slots__ = ('x',)
p = P(); p.__class__ = Q; print(type(p).__name__)
try:
    p.__class__ = S
except TypeError as e: print(e)
class S2: __slots__ = ('x',)
s = S(); s.__class__ = S2; print(type(s).__name__)
class S3: __slots__ = ('y',)
try:
    s.__class__ = S3
except TypeError as e: print(e)
