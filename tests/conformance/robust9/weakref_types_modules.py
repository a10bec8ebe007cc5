# Classes, metaclass instances and modules take weak references as in CPython (WeakKeyDictionary of
# classes, weakref.ref(module)); a ModuleType subclass adds no slot, so __class__ assignment between
# module types passes the layout check (#9).
import gc, sys, types, weakref

class C: pass
r = weakref.ref(C)
print(r() is C, weakref.ref(int)() is int)
wk = weakref.WeakKeyDictionary()
wk[C] = "c"
print(len(wk))
del C
gc.collect()
print(r(), len(wk))

class Meta(type): pass
K = Meta("K", (), {})
calls = []
rk = weakref.ref(K, lambda ref: calls.append("callback"))
del K
gc.collect()
print(rk(), calls)
try:
    class M2(type):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)

print(weakref.ref(sys)() is sys)
m = types.ModuleType("scratch")
rm = weakref.ref(m)
class MyModule(types.ModuleType):
    def hello(self): return "hello from " + self.__name__
m.__class__ = MyModule
print(type(m).__name__, m.hello(), rm() is m)
m.__class__ = types.ModuleType
del m
gc.collect()
print(rm())
class Other: pass
try:
    types.ModuleType("x").__class__ = Other
except TypeError as e:
    print("TypeError", e)
