# Instance attributes live inline (the class's shared keys, the values in the instance) until
# someone asks for __dict__: everything observable is a dict's, in insertion order (#6).
import copy
import gc
import pickle
import weakref


class P:
    def __init__(self, x=1, y=2):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


# vars/__dict__ identity and mutation both ways
p = P()
d = p.__dict__
print(d, vars(p) is d, p.__dict__ is d)
d["z"] = 3
print(p.z, hasattr(p, "z"))
p.w = 4
print(d, list(d))
del p.x
print(d, hasattr(p, "x"))
d["x"] = 10
print(p.x, list(vars(p)))
d.clear()
print(vars(p), hasattr(p, "y"))
p.y = 5
print(d)

# attribute order: deletion then re-adding, different orders in different instances
a = P()
del a.x
a.x = 7
print(vars(a), list(vars(a)))
b = P()
b.extra = 1
del b.y
b.y = 2
print(vars(b))
c = P.__new__(P)
c.y = 1
c.x = 2
print(vars(c), list(vars(c)))
e = P.__new__(P)
e.later = 1
print(vars(e))
del e.later
print(vars(e), hasattr(e, "later"))
try:
    del e.later
except AttributeError as exc:
    print("AttributeError", exc)
try:
    e.nothing
except AttributeError as exc:
    print("AttributeError", exc)

# a deleted attribute in the middle, then loads and stores after it
f = P(1, 2)
f.a = 3
f.b = 4
del f.y
print(vars(f), f.a, f.b)
f.b = 40
print(vars(f))

# many attributes (more than the inline area holds), setattr/getattr with computed names
g = P()
for i in range(40):
    setattr(g, "attr%d" % i, i * i)
print(len(vars(g)), g.attr39, getattr(g, "attr" + "7"), list(vars(g))[:4])
for i in range(0, 40, 2):
    delattr(g, "attr%d" % i)
print(len(vars(g)), list(vars(g))[:4])


# str subclass names
class S(str):
    pass


h = P()
setattr(h, S("x"), 99)
print(h.x, vars(h), getattr(h, S("y")))
delattr(h, S("y"))
print(vars(h))

# __dict__ assignment
i = P()
old = vars(i)
i.__dict__ = {"q": 1}
print(vars(i), hasattr(i, "x"), old)
j = P()
j.__dict__ = {"x": 5, "y": 6}
print(j.total(), vars(j))
j.z = 7
print(vars(j))
try:
    j.__dict__ = [1]
except TypeError as exc:
    print("TypeError", exc)
del j.__dict__
print(vars(j), hasattr(j, "x"))
j.x = 1
print(vars(j), j.x)


# __slots__ with and without __dict__
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class SlottedDict:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.more = 2


s = Slotted()
print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as exc:
    print("AttributeError", exc)
sd = SlottedDict()
sd.extra = 3
print(sd.a, vars(sd))


# __class__ assignment between classes with compatible layouts
class Q:
    def __init__(self):
        self.q1 = "q1"
        self.x = "qx"

    def total(self):
        return "Q total " + str(self.x)


k = P(3, 4)
k.__class__ = Q
print(type(k).__name__, vars(k), k.total(), k.x)
k.q1 = 1
print(vars(k))
k.__class__ = P
print(vars(k), k.total())


# subclasses share the __init__ and get their own keys
class R(P):
    def __init__(self):
        self.r = 0
        super().__init__(5, 6)


r = R()
print(vars(r), r.total(), isinstance(r, P))


# methods shadowed by instance attributes
m = P()
print(m.total())
m.total = lambda: "shadow"
print(m.total())
del m.total
print(m.total())

# dir sees instance attributes
n = P()
n.zz = 1
print([a for a in dir(n) if not a.startswith("__")])

# copy, deepcopy, pickle
o = P([1, 2], {"k": "v"})
o.more = (1, 2)
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
o4 = pickle.loads(pickle.dumps(o))
print(vars(o2), o2.x is o.x, vars(o3), o3.x is o.x, vars(o4))
print(o.__getstate__(), o.__reduce_ex__(2)[2])


# gc of cycles through instance attributes, with finalisers and weak references
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


deleted = []


class Fin(Node):
    def __del__(self):
        deleted.append(self.name)


gc.collect()
x1, x2 = Node("a"), Node("b")
x1.other, x2.other = x2, x1
w = weakref.ref(x1)
del x1, x2
print(w() is not None)
gc.collect()
print(w() is None)
f1, f2 = Fin("f1"), Fin("f2")
f1.other, f2.other = f2, f1
f1.self_ref = f1
del f1, f2
gc.collect()
print(sorted(deleted))
y = Node("y")
y.other = y
vy = vars(y)
del y
gc.collect()
print(vy["name"], vy["other"] is not None and vy["other"].name)
print(gc.is_tracked(P()), gc.get_referents(P(8, 9))[:2])


# equality of instances through __dict__ (dataclass-like)
class V:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return vars(self) == vars(other)


print(V(1, 2) == V(1, 2), V(1, 2) == V(2, 1))
