# Quickened loads of class attributes through instances (LOAD_ATTR_NONDESCRIPTOR for constants,
# LOAD_ATTR_METHOD for methods taken as values) and of callables kept in instances or slots
# (LOAD_METHOD_INSTANCE, LOAD_METHOD_SLOT): each must notice the instance shadowing the name, the
# class attribute being replaced or deleted, a descriptor appearing, another class at the site.


class Base:
    LIMIT = 10
    kind = "base"

    def m(self):
        return "Base.m"


class C(Base):
    LIMIT = 5

    def __init__(self):
        self.x = 1


class S:
    __slots__ = ("fn", "tag")
    SCALE = 3

    def __init__(self, fn):
        self.fn = fn


def read_limit(objs):
    return [o.LIMIT for o in objs]


def read_kind(o):
    return o.kind


def take_method(o):
    return o.m


def call_cb(o, v):
    return o.cb(v)


def call_fn(o, v):
    return o.fn(v)


c = C()
print(read_limit([c] * 20)[-1], [read_kind(c) for _ in range(20)][-1])
c.LIMIT = 99                          # the instance now shadows the class constant
print(read_limit([c, C(), Base()] * 10)[:3])
del c.LIMIT
print(read_limit([c] * 20)[-1])
C.LIMIT = 7                           # the class constant replaced
print(read_limit([c] * 3))
del C.LIMIT                           # deleted: the base's value shows through
print(read_limit([c] * 3))
c.__dict__["kind"] = "from dict"      # shadowed through __dict__
print(read_kind(c), read_kind(C()))


class Getter:
    pass


Base.kind = Getter()                  # an instance of a class that later gains __get__
print([type(read_kind(C())).__name__ for _ in range(20)][-1])
Getter.__get__ = lambda self, obj, tp: "via __get__"
print(read_kind(C()), read_kind(c))

# Methods taken as values (callbacks).
ms = [take_method(c) for _ in range(20)]
print(ms[-1](), ms[-1].__self__ is c, ms[0] == ms[1], ms[0] is ms[1])
c.m = lambda: "instance m"
print(take_method(c)(), take_method(C())())
del c.m
C.m = lambda self: "C.m"
print(take_method(c)())
C.m = staticmethod(lambda: "static m")
print(take_method(c)())
C.m = property(lambda self: "property m")
print(take_method(c))
del C.m
print(take_method(c)())


# Callables kept in instances, called as methods would be.
class Holder:
    def __init__(self, cb):
        self.cb = cb

    def fallback(self, v):
        return ("fallback", v)


hs = [Holder(lambda v: v + 1) for _ in range(3)]
print([call_cb(h, i) for i, h in enumerate(hs * 10)][-3:])
h = Holder(abs)
print([call_cb(h, -i) for i in range(20)][-1])
del h.cb
Holder.cb = Holder.fallback
print(call_cb(h, 4), call_cb(Holder(str), 5))
h2 = Holder(str)
Holder.cb = property(lambda self: (lambda v: ("property", v)))   # a data descriptor now wins
print(call_cb(h2, 6))
try:
    call_cb(object(), 1)
except AttributeError as e:
    print("AttributeError", e)

# Callables in slots, and a slot class's constant.
s = S(len)
print([call_fn(s, "abc" * i) for i in range(20)][-1], [s.SCALE for _ in range(20)][-1])
s.fn = str.upper
print(call_fn(s, "abc"))
del s.fn
try:
    call_fn(s, "x")
except AttributeError as e:
    print("AttributeError", e)
s.fn = lambda v: v * 2
print(call_fn(s, 21))
S.SCALE = 4
print(s.SCALE)
try:
    s.SCALE = 5
except AttributeError as e:
    print("AttributeError", e)
