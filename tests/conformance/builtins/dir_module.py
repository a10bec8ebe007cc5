# dir(module): the namespace's keys, sorted; a module-level __dir__ function (PEP 562) answers
# instead; ModuleType subclasses keep their own type, __dir__ and __init__.
import sys
import types

m = types.ModuleType("m")
m.b = 1
m.a = 2
print(dir(m))
print(sorted(m.__dir__()))
m.__dir__ = lambda: ["z", "y"]
print(dir(m), m.__dir__())
print(dir(sys) == sorted(sys.__dict__))
import json
print(dir(json) == sorted(json.__dict__))


class M(types.ModuleType):
    def __dir__(self):
        return ["q", "p"]


mm = M("mm")
print(type(mm).__name__, isinstance(mm, types.ModuleType), dir(mm), mm.__name__)


class Lazy(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name, "its doc")
        self.extra = extra


lz = Lazy("lazy", 5)
print(lz.__name__, lz.__doc__, lz.extra, sorted(k for k in lz.__dict__))

m2 = types.ModuleType("m2")
m2.__dir__ = 5
try:
    dir(m2)
except TypeError as e:
    print("TypeError:", e)
m3 = types.ModuleType("m3")
m3.__dir__ = lambda: (3, 1, 2)
print(dir(m3))
print(type(types.ModuleType.__dir__).__name__)
print(repr(types.ModuleType("plain")))
e = types.ModuleType.__new__(types.ModuleType)
print(e.__dict__, repr(e))
for args in [(), (3,), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as exc:
        print("TypeError:", exc)
m4 = types.ModuleType("a", "doc")
types.ModuleType.__init__(m4, "b")
print(m4.__dict__)
