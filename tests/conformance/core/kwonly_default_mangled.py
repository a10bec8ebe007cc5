class X:
    def f(self, *, __a=42):
        return __a
    def h(self, __b: int, *, __c: str = 1) -> None: pass
print(X.f.__kwdefaults__)
print(X.f.__code__.co_kwonlyargcount, X.f.__code__.co_varnames)
print(X.h.__annotations__)
print(X().f())
class Y:
    g = lambda self, *, __q=5: __q
    def m(self):
        def inner(*, __z=7): return __z
        return inner(), inner.__kwdefaults__
print(Y().g(), Y.g.__kwdefaults__, Y().m())
try: X().f(__a=1)
except TypeError as e: print(e)
