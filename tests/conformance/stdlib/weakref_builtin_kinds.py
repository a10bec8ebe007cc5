# Weak references to the built-in kinds CPython allows (sets, frozensets, functions, builtins,
# bound methods, classes, code, modules, generators, coroutines) and TypeError for the rest.
import gc
import sys
import types
import weakref


class C:
    def m(self):
        pass


class Slotted:
    __slots__ = ("a",)


def f():
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


co = coro()
allowed = [set(), frozenset([1]), f, len, [].append, C().m, int, C, f.__code__, sys, gen(), co, agen(),
           types.ModuleType("m"), C(), memoryview(b"x")]
for o in allowed:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)
co.close()

refused = [1, 1.5, "s", b"b", (), [], {}, None, True, 1j, range(3), slice(1), bytearray(), object(), Exception(),
           Slotted(), property(), classmethod(f), staticmethod(f), iter([]), int.__add__, (1).__add__, str.join, ...]
for o in refused:
    try:
        weakref.ref(o)
        print("allowed?", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)

# Callbacks run when the referent goes, for each newly allowed kind.
s = {1, 2}
r = weakref.ref(s, lambda ref: print("set collected, ref dead:", ref() is None))
del s


class Temp:
    pass


r = weakref.ref(Temp, lambda ref: print("class collected"))
del Temp
gc.collect()
print(r())

m = types.ModuleType("gone")
r = weakref.ref(m, lambda ref: print("module collected"))
del m


class S(set):
    pass


r = weakref.ref(S([1]))
print(r())
fs = frozenset([3])
p = weakref.proxy(fs)
print(3 in p, len(p))

# WeakSet / WeakKeyDictionary of classes and functions, as registries use them.
ws = weakref.WeakSet()
cls = type("X", (), {})
ws.add(cls)
ws.add(f)
print(len(ws), cls in ws)
del cls
gc.collect()
print(len(ws))
wk = weakref.WeakKeyDictionary()
wk[int] = "int"
wk[f.__code__] = "code"
print(sorted(wk.values()))
wv = weakref.WeakValueDictionary()
wv["m"] = sys
print(wv["m"] is sys)
print(weakref.getweakrefcount(f), weakref.getweakrefcount(sys) >= 1)
del wk, wv, ws
