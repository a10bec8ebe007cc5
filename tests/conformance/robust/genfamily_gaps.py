# Generator-family behaviour that must match CPython 3.11 exactly: async-for errors keep their
# cause, anext() with a default over an `async def __anext__`, the attribute sets of the three
# types, the ABCs in collections.abc and contextlib, and ExitStack's bound exit methods.
import collections.abc as cabc
import contextlib

class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def co():
    try:
        async for x in BadAnext(): pass
    except TypeError as e:
        print(e, "| cause:", repr(e.__cause__))
c = co()
try:
    c.send(None)
except StopIteration:
    pass

class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def co2():
    it = AIt()
    return [await anext(it, "dflt") for _ in range(4)]
c = co2()
try:
    c.send(None)
except StopIteration as e:
    print("anext with default", e.value)

def gen(): yield
async def cf(): pass
async def ag(): yield
def public(o): return sorted(a for a in dir(o) if not a.startswith('__'))
print(public(gen()))
c = cf(); print(public(c)); c.close()
print(public(ag()))

class MyGen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return v
    def throw(self, *a): pass
    def close(self): pass
class MyCoro:
    def __await__(self): return iter(())
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
print(issubclass(MyGen, cabc.Generator), issubclass(MyGen, cabc.Iterator), issubclass(MyGen, cabc.Coroutine))
print(issubclass(MyCoro, cabc.Coroutine), issubclass(MyCoro, cabc.Awaitable), issubclass(MyCoro, cabc.Generator))
print(isinstance(gen(), cabc.Generator), isinstance(ag(), cabc.AsyncGenerator))
class SubGen(cabc.Generator): pass
print(issubclass(MyGen, SubGen))
class Countdown(cabc.Generator):
    def __init__(self, n): self.n = n
    def send(self, value):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
print(list(Countdown(3)))
cd = Countdown(5); next(cd); cd.close(); print("closed", cd.n)
try:
    cabc.Generator()
except TypeError as e:
    print("TypeError:", e)
class OnlySend(cabc.Generator):
    def send(self, v): pass
try:
    OnlySend()
except TypeError as e:
    print("TypeError:", e)

CM = type("CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})
print(issubclass(CM, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
ACM = type("ACM", (), {"__aenter__": lambda s: s, "__aexit__": lambda s, *a: None})
print(issubclass(ACM, contextlib.AbstractAsyncContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
print(contextlib.AbstractContextManager[int])
class CMx:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0]); return False
with contextlib.ExitStack() as st:
    st.enter_context(CMx())
    cb = st._exit_callbacks[-1][1]
    print(type(cb).__name__, type(cb.__self__).__name__, cb.__func__ is CMx.__exit__)
