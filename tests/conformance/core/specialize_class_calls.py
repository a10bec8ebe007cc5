# Hot `C(args)` sites of classes with a Python __init__ (pygen makes the instance and runs
# __init__ in its eval loop): the class, its __init__, its __new__, its metaclass, its bases and
# the arguments change while the site runs; results and errors must match CPython at every step.
import sys


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


def make(cls, *args):
    return cls(*args)


def make2(cls, a, b):
    return cls(a, b)


def make1(cls, a):
    return cls(a)


pts = [make2(Point, i, i + 1) for i in range(40)]
print(pts[-1].x, pts[-1].y, type(pts[-1]).__name__)
print([vars(make1(Point, i)) for i in range(40)][-1])

# __init__ replaced on the class after the site is hot.
def new_init(self, x, y=5):
    self.x = -x
    self.y = y * 2
Point.__init__ = new_init
print(vars(make2(Point, 3, 4)), vars(make1(Point, 3)))

# __init__ defaults and code replaced.
def other_init(self, x, y=7):
    self.sum = x + y
Point.__init__.__defaults__ = (100,)
print(vars(make1(Point, 1)))
Point.__init__.__code__ = other_init.__code__
print(vars(make1(Point, 1)), vars(make2(Point, 1, 2)))

# __init__ returning something other than None.
class Bad:
    def __init__(self, v):
        self.v = v
        if v > 30:
            return v
for i in range(35):
    try:
        make1(Bad, i)
    except TypeError as e:
        print(i, "TypeError:", e)

# __init__ raising, and the exception's traceback passing through the caller.
class Picky:
    def __init__(self, v):
        if v % 10 == 9:
            raise ValueError(f"bad {v}")
        self.v = v
count = 0
for i in range(40):
    try:
        count += make1(Picky, i).v
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("ValueError:", e, names)
print("count", count)

# Wrong argument counts after the site is hot.
for args in [(1,), (1, 2, 3), ()]:
    try:
        make(Point, *args)
    except TypeError as e:
        print("TypeError:", e)

# __new__ added to the class later.
class Counted:
    made = 0
    def __init__(self, v):
        self.v = v
for i in range(40):
    make1(Counted, i)
def counted_new(cls, *a):
    cls.made += 1
    return object.__new__(cls)
Counted.__new__ = counted_new
print(make1(Counted, 9).v, Counted.made)

# __new__ returning an instance of another class: __init__ is skipped.
class Other:
    pass
class Switch:
    def __init__(self, v):
        print("init", v)
for i in range(35):
    make1(Switch, -1) if i == 0 else None
Switch.__new__ = lambda cls, v: Other() if v > 0 else object.__new__(cls)
print(type(make1(Switch, 1)).__name__, type(make1(Switch, 0)).__name__)

# A base class's __init__ changed after a subclass site is hot.
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
print(sum(make1(Derived, i).v for i in range(40)))
Base.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(make1(Derived, 2).v)

# The metaclass gains __call__ after the site is hot.
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(sum(make1(WithMeta, i).v for i in range(40)))
Meta.__call__ = lambda cls, *a: ("meta call", a)
print(make1(WithMeta, 5))

# Abstract methods added: instantiation refused.
import abc
class Shape(abc.ABC):
    def __init__(self, n):
        self.n = n
print(sum(make1(Shape, i).n for i in range(40)))
Shape.area = abc.abstractmethod(lambda self: 0)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    make1(Shape, 1)
except TypeError as e:
    print("TypeError:", e)

# A closure __init__ and one capturing its argument in a cell.
def make_class(k):
    class K:
        def __init__(self, v):
            self.v = v + k
            self.get = lambda: v
    return K
K = make_class(10)
ks = [make1(K, i) for i in range(40)]
print(ks[-1].v, ks[-1].get())

# Recursion through __init__ hits the limit cleanly.
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(10 ** 6)
except RecursionError as e:
    print("RecursionError")
d = Deep(50)
depth = 0
while d:
    d = d.child
    depth += 1
print("depth", depth)

# sys._getframe inside __init__ sees the caller as f_back.
class Where:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
def where():
    return Where().caller
print({where() for _ in range(40)})
