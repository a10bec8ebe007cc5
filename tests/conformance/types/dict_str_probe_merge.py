# Dicts of str keys through the one-probe insert and lookup (equal strs that are different
# objects, deleted entries whose slots are reused, a str subclass or another key type arriving
# later), and f(*args, **kw) merging the keywords into a fresh dict (a whole-table copy).
import gc
import sys


def show(d):
    print(len(d), list(d.items())[:6], sys.getsizeof(d))


# Equal keys made at run time are different objects with the same text.
d = {}
for i in range(40):
    d["k" + str(i % 13)] = i
show(d)
print(d["k" + "7"], ("k" + "12") in d, "k13" in d, d.get("k" + "0"))

# Deletions leave dummy slots; inserts reuse them and keep insertion order.
for i in range(0, 13, 2):
    del d["k" + str(i)]
for i in range(0, 26, 3):
    d["k" + str(i)] = -i
show(d)
print(list(d))

# A str subclass with its own equality and hash in a table that held only exact strs.
class Loose(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())


e = {"abc": 1, "def": 2}
e[Loose("ABC")] = 3
print(e, Loose("DEF") in e, e.get(Loose("abc")))
e["xyz"] = 4
e[5] = "five"
e["xyz"] = 6
print(e)

# Growing through every index width with str keys, then reading them back.
big = {}
for i in range(70000):
    big["w%d" % i] = i
print(len(big), big["w0"], big["w69999"], "w70000" in big, sys.getsizeof(big))
for i in range(0, 70000, 7):
    del big["w%d" % i]
for i in range(0, 70000, 5):
    big["w%d" % i] = -i
print(len(big), big["w5"], big.get("w7"), big["w35"], list(big)[:4])


# f(*args, **kw): the keywords are merged into a new dict on every call.
def target(*args, **kw):
    return args, kw, sys.getsizeof(kw)


def forward(*args, **kw):
    return target(*args, **kw)


print(forward(1, 2, c=3))
print(forward(c=1, b=2, a=3))
many = {"k%d" % i: i for i in range(30)}
r = forward(*range(5), **many)
print(r[0], len(r[1]), list(r[1])[:3], r[2])
holes = dict(many)
for i in range(0, 30, 4):
    del holes["k%d" % i]
r = forward(**holes)
print(len(r[1]), list(r[1])[:3], r[2])


def fixed(a, b=2, *, c=3):
    return a, b, c


kw = {"b": 20, "c": 30}
print(fixed(1, **kw), fixed(**{"a": 0}), fixed(*[7], **{"c": 9}))
try:
    fixed(1, **{"b": 1}, **{"b": 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    fixed(1, **{"d": 1})
except TypeError as exc:
    print("TypeError:", exc)
try:
    forward(**{1: 2})
except TypeError as exc:
    print("TypeError:", exc)


class Ordered(dict):
    def keys(self):
        return ["b", "a"]

    def __iter__(self):
        return iter(["b", "a"])


class KeysOnly(dict):
    def keys(self):
        return ["b", "a"]


print(target(**Ordered(a=1, b=2)), target(**{"z": 0}, **Ordered(a=1, b=2)))
print(target(**KeysOnly(a=1, b=2)), target(**{"z": 0}, **KeysOnly(a=1, b=2)))

# Copies made from an empty target: sizes and tracking as CPython reports them.
for n in (0, 1, 4, 5, 6, 10, 11, 21, 22):
    src = {"s%d" % i: i for i in range(n)}
    a = {}
    a.update(src)
    b = {**src}
    c = dict(src)
    print(n, sys.getsizeof(src), sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), a == src == b == c)
atomic = {"x": 1, "y": "two"}
boxed = {"x": [], "y": 2}
print(gc.is_tracked({**atomic}), gc.is_tracked({**boxed}), gc.is_tracked(dict(atomic)), gc.is_tracked(dict(boxed)))
