# __slots__ through inheritance: subclasses without __slots__ get a __dict__ back, subclasses
# with __slots__ add members, '__dict__' / '__weakref__' entries, secondary bases, layout
# conflicts, and name mangling of private slot names.
class Base:
    __slots__ = ("a", "b")

class Open(Base):
    pass

o = Open()
o.a = 1
o.extra = 2
print(o.a, o.extra, o.__dict__, "__dict__" in Open.__dict__)
try:
    Open().a
except AttributeError as e:
    print("AttributeError:", e)

class More(Base):
    __slots__ = ("c",)

m = More()
m.a, m.b, m.c = 1, 2, 3
print(m.a, m.b, m.c, hasattr(m, "__dict__"))
try:
    m.d = 4
except AttributeError as e:
    print("AttributeError:", e)

class WithDict:
    __slots__ = ("__dict__", "v")

x = WithDict()
x.v = 1
x.w = 2
print(x.v, x.w, x.__dict__, hasattr(WithDict, "__weakref__"))

class WithWeak:
    __slots__ = ("__weakref__",)

print(hasattr(WithWeak, "__weakref__"), hasattr(WithWeak(), "__dict__"))

class X:
    __slots__ = ("x",)

class Y:
    __slots__ = ("y",)

try:
    class XY(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

class Mixed(X, Plain):
    __slots__ = ()

mx = Mixed()
mx.x = 1
mx.other = 2
print(mx.x, mx.other)

class Private:
    __slots__ = ("__secret", "_single", "__dunder__")

p = Private()
p._Private__secret = 42
print(p._Private__secret, sorted(k for k in Private.__dict__ if "secret" in k or "single" in k or "dunder" in k))

class _Under:
    __slots__ = ("__z",)

print([k for k in _Under.__dict__ if "z" in k])
