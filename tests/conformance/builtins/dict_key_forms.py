# Dicts keep a compact table while every key is an exact str and switch to the general one at the
# first other key; both must behave the same everywhere.
import pickle
import sys


class S(str):
    pass


class H:
    # A key whose hash collides with a str key's and whose __eq__ mutates the dict.
    def __init__(self, target, mutate):
        self.target = target
        self.mutate = mutate

    def __hash__(self):
        return hash("k0")

    def __eq__(self, other):
        if self.mutate:
            self.mutate = False
            self.target["added_by_eq"] = 1
        return False


def show(label, d):
    print(label, len(d), list(d.items()))


# str keys, then an int key: everything inserted before stays reachable and ordered
d = {"a": 1, "b": 2}
d[3] = "three"
d["c"] = 4
show("mixed", d)
print(d["a"], d[3], d.get("c"), d.get(99), "b" in d, 3 in d, 4 in d)

# switching on a table with deleted entries, and after many str keys
d = {str(i): i for i in range(20)}
for i in range(0, 20, 3):
    del d[str(i)]
d[(1, 2)] = "tuple"
show("after deletes", d)
print(sorted(k for k in d if isinstance(k, str))[:5], d[(1, 2)])

# str subclass keys: equal to str keys, same hash
d = {"x": 1}
d[S("x")] = 2
d[S("y")] = 3
show("subclass", d)
print(type(list(d)[0]).__name__, type(list(d)[1]).__name__, d["y"], d[S("x")])
d2 = {S("p"): 1, "q": 2}
print(d2["p"], d2[S("q")], S("p") in d2, "p" in d2)

# deletion, pop, popitem, setdefault in both layouts
for start in ({"a": 1, "b": 2, "c": 3}, {"a": 1, 2: 2, "c": 3}):
    d = dict(start)
    del d["a"]
    print(d.pop("c"), d.pop("zz", "dflt"), d.setdefault("n", 7), d.setdefault("n", 8))
    print(d.popitem(), d.popitem(), d)
    try:
        d.popitem()
    except KeyError as e:
        print("KeyError", e)
    d["again"] = 1
    d[5] = 5
    show("refilled", d)

# copy, ==, views, reversed
a = {"x": 1, "y": 2}
b = a.copy()
b[1.5] = 3
del b[1.5]
print(a == b, b == a, a != b, a.copy() == a, {1: "x"} == {1: "x"}, {"x": 1} == {S("x"): 1})
c = {**a, 7: 7}
print(c, list(c.keys()), list(c.values()), list(c.items()), list(reversed(c)))
print(a.keys() & {"x", 7}, sorted(map(repr, c.keys() - {"x"})), c.items() & {("x", 1)}, dict(c) == c)
print({k: v for k, v in zip("abc", range(3))} | {0: 0}, dict.fromkeys(c), dict.fromkeys({"s", 1}) == {"s": None, 1: None})
s = set(c)
s.symmetric_difference_update({"x": 0, 8: 0})
print(sorted(map(str, s)))

# sizes as CPython 3.11 reports them
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof({S("a"): 1}))
for n in (1, 5, 6, 11, 40):
    d = {str(i): i for i in range(n)}
    before = sys.getsizeof(d)
    d[None] = 0
    print(n, before, sys.getsizeof(d), d.__sizeof__())
d = {"a": 1}
d.clear()
print(sys.getsizeof(d))

# pickling round trips keep the keys and their order
for d in ({"a": 1, "b": [1, 2]}, {"a": 1, 2: "b", (3,): None}, {S("a"): 1}):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(d, proto))
        assert r == d and list(r) == list(d), (d, proto)
    print("pickle ok", list(r), type(list(r)[0]).__name__)

# a key whose __eq__ adds to the dict while it is being looked up (str layout until then)
d = {"k0": 0, "k1": 1}
h = H(d, True)
d[h] = "h"
print(len(d), "added_by_eq" in d, d[h], list(d)[-1] is h or "added_by_eq" in d)
d = {"k0": 0}
print(H(d, True) in d, "added_by_eq" in d, len(d))

# keys whose __hash__ fails leave the dict unchanged
class Bad:
    def __hash__(self):
        raise ValueError("no hash")


d = {"a": 1}
try:
    d[Bad()] = 1
except ValueError as e:
    print("ValueError", e, d)

# instance dicts and module globals go through the same tables
class O:
    pass


o = O()
o.a = 1
o.b = 2
o.__dict__[3] = "three"
print(o.a, o.b, o.__dict__)
g = {"__builtins__": __builtins__}
exec("x = 1\nglobals()[2] = 'two'\ny = x + 1", g)
print(g["y"], g[2])
