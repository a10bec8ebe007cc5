# dict.fromkeys of a dict or a set (and set(dict), frozenset(dict)) reuse the stored hashes: __hash__ is not
# called again (CPython's _PyDict_FromKeys / set_update_internal).
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
n = 10
d = dict.fromkeys(map(H, range(n)))
def c(): return sum(e.hash_count for e in d)
print(c())
s = set(d); print("set", c())
fs = frozenset(d); print("fs", c())
s.difference(d); print("diff", c())
s.symmetric_difference_update(d); print("sdu", c())
d2 = dict.fromkeys(set(d)); print("fromkeys set", c())
d3 = dict.fromkeys(frozenset(d)); print("fromkeys fs", c())
d3 = dict.fromkeys(frozenset(d), 123); print(c())
print(d3 == dict.fromkeys(d, 123))
s = set(d); s.update(d); print("update", c())
s.intersection(d); print("inter", c())
s.difference_update(d); print("du", c())
s = set(d); s.issubset(d); print("issub", c())
class D(dict): pass
e = D.fromkeys(frozenset(d)); print(type(e).__name__, "subclass", c())
print(sorted(dict.fromkeys(set(d), 0).items()) == sorted(dict.fromkeys(range(10), 0).items()))
print(dict.fromkeys({}), dict.fromkeys(set()), dict.fromkeys(frozenset([1, 2]), "x"))
