# Realistic program: metaclasses, descriptors, abc, __slots__, total_ordering, operator overloading, match on classes, weakref.
import abc
import functools
import weakref
from typing import Any, ClassVar

class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        tag = kw.get("tag", name.lower())
        if bases:
            mcls.registry[tag] = cls
        cls._tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst._created = True
        return inst
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"_order": []}
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls._tag}>"

class Base(metaclass=Registry):
    pass

class Circle(Base, tag="circ"):
    def __init__(self, r): self.r = r

class Square(Base):
    def __init__(self, s): self.s = s

print(sorted(Registry.registry), Circle, Square(2)._created, type(Circle).__name__)

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        delattr(obj, self.private)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val

class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    count: ClassVar[int] = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Person.count += 1
    @Lazy
    def initials(self):
        print("computing initials")
        return "".join(p[0] for p in self.name.split())
    @property
    def adult(self):
        return self.age >= 18
    @adult.setter
    def adult(self, v):
        self.age = 18 if v else 0
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
    def __eq__(self, o):
        return isinstance(o, Person) and (self.name, self.age) == (o.name, o.age)
    __hash__ = None

p = Person("Ada Lovelace", 36)
print(p, p.initials, p.initials, p.adult, Person.name.name, Person.initials.__name__)
p.adult = False
print(p.age, Person.count)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.name
print(p.name)
try:
    hash(p)
except TypeError as e:
    print(e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def sides(self): ...
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"

class Rect(Shape):
    __slots__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def sides(self): return 4

class Tri(Shape):
    def area(self): return 0.5

try:
    Tri()
except TypeError as e:
    print(e)
r = Rect(3, 4.5)
print(r.describe(), hasattr(r, "__dict__"), Rect.__slots__)
try:
    r.z = 1
except AttributeError as e:
    print(e)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))
Shape.register(int)
print(isinstance(5, Shape), issubclass(bool, Shape))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.99"), Version("2") != Version("2"))

class Vec:
    __slots__ = ("x", "y")
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash((self.x, self.y))
    def __iadd__(self, o):
        return self + o

v = sum([Vec(1, 2), Vec(3, 4), Vec(-1, 0)])
print(v, 2 * v, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), f"{v:.2f}", list(v), v[1], {v, Vec(3, 6)})
w = Vec(1, 1); w += Vec(1, 1); print(w)
try:
    Vec(1, 2) + 3
except TypeError as e:
    print(e)
for obj in [Vec(0, 0), Vec(1, 0), Vec(2, 5), Rect(1, 1), 3]:
    match obj:
        case Vec(0, 0): print("origin")
        case Vec(x, 0): print("on x axis", x)
        case Vec(x=x, y=y) if y > x: print("above diag", x, y)
        case Rect(w=w): print("rect", w)
        case _: print("other", obj)

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent: parent.children.append(self)
    @property
    def parent(self): return self._parent() if self._parent else None
    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name
root = Node("root"); a = Node("a", root); b = Node("b", a)
print(b.path(), [c.name for c in root.children])
cache = weakref.WeakValueDictionary()
cache["a"] = a
print("a" in cache, len(cache))

class Meta2(type):
    def __instancecheck__(cls, inst): return hasattr(inst, "quack")
class Duck(metaclass=Meta2): pass
class Robo:
    quack = 1
print(isinstance(Robo(), Duck), isinstance(1, Duck))

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print([(c.__name__, c.plugin_name) for c in Plugin.plugins])
print(A.__mro__, Circle.__qualname__, Person.__dict__["adult"].fget.__name__)

class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n):
        print("proxy get", n)
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        print("proxy set", n)
        setattr(self._t, n, v)
    def __dir__(self): return ["custom"]
px = Proxy(Vec(5, 6))
print(px.x)
px.y = 10
print(px._t, dir(px))

class Counted:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
    def __init_subclass__(cls): cls.sub = True
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(Counted(1, 2).args, Counted[int])
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Sing() is Sing())
print(vars(Person("x", 1)))
