# Attribute, method and global access sites that run hot and then see their assumptions broken:
# results must be what CPython gives at every step (pygen specializes these sites).

class P:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "P.m"

class Q(P):
    pass

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def run(label, fn, objs):
    out = [fn(o) for o in objs]
    print(label, out[:3], out[-3:], len(out))

objs = [P(i) for i in range(60)]
run("plain", get_x, objs)
# Another class at the same site, then a mixture.
run("subclass", get_x, [Q(i * 2) for i in range(60)])
run("mixed", get_x, [P(i) if i % 3 else Q(-i) for i in range(60)])

# The instance dict replaced, keys added and removed.
p = P(1)
for _ in range(40):
    get_x(p)
p.__dict__ = {"a": 0, "x": "replaced"}
print(get_x(p))
p.b = 2
del p.a
print(get_x(p))
del p.x
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError:", e)

# Methods reassigned on the class, on a base, shadowed by the instance.
q = Q(0)
for _ in range(40):
    call_m(q)
P.m = lambda self: "P.m2"
print(call_m(q))
Q.m = lambda self: "Q.m"
print(call_m(q))
q.m = lambda: "instance"
print(call_m(q))
del q.m
print(call_m(q))

# A descriptor and __getattr__ added after use.
r = P(5)
for _ in range(40):
    get_x(r)
P.x = property(lambda self: "property wins")
print(get_x(r))
del P.x
print(get_x(r))
del r.x
P.__getattr__ = lambda self, name: "getattr:" + name
print(get_x(r))

# Properties and slots.
class V:
    __slots__ = ("a", "_b")
    def __init__(self):
        self.a = 1
        self._b = 10
    @property
    def b(self):
        return self._b + 1

def slot_and_prop(v):
    v.a = v.a + 1
    return v.a + v.b

v = V()
print([slot_and_prop(v) for _ in range(50)][-1])
V.b = property(lambda self: -100)
print(slot_and_prop(v))
del v.a
try:
    slot_and_prop(v)
except AttributeError as e:
    print("AttributeError:", e)

# Class attributes changed through the class and a subclass.
class K:
    rate = 3
class K2(K):
    pass
def rates():
    return K.rate, K2.rate
for _ in range(40):
    rates()
K.rate = 4
print(rates())
K2.rate = 5
print(rates())

# Globals rebound, builtins shadowed and unshadowed.
counter = 0
def use_globals():
    return counter + len("abc")
for _ in range(40):
    use_globals()
counter = 100
print(use_globals())
len = lambda s: 1000
print(use_globals())
del len
print(use_globals())
import builtins
saved_len = builtins.len
builtins.len = lambda s: -1
print(use_globals())
builtins.len = saved_len
print(use_globals())
del counter
try:
    use_globals()
except NameError as e:
    print("NameError:", e)
