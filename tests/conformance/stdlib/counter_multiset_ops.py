# collections.Counter's multiset operations (| & unary + - and the in-place
# forms), comparisons that treat missing elements as zero, and ChainMap's
# mutating methods acting on the first mapping.
from collections import Counter, ChainMap

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a | b, a & b, +a, -a, a + b, a - b)
x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5)
print(x)
x |= Counter(b=7, z=0)
print(x)
x &= Counter(b=2)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=1, b=1),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1),
      Counter(a=1) == {"a": 1})
c = Counter("hello")
del c["zzz"]
del c["l"]
print(c)
for op in [lambda: Counter.fromkeys("ab"), lambda: hash(Counter()), lambda: Counter() | {}, lambda: Counter() < {}]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)

cm = ChainMap({"a": 1}, {"b": 2, "a": 0})
print(bool(cm), bool(ChainMap({}, {})), cm.pop("a"), cm)
try:
    cm.pop("b")
except KeyError as e:
    print("KeyError", e)
print(cm.pop("b", "dflt"), cm.setdefault("b", 9), cm.setdefault("n", 5), cm)
cm.update({"u": 1}, v=2)
cm.update([("w", 3)])
print(cm, cm.popitem())
cc = cm.copy()
cc["new"] = 1
print(cm, cc)
cm.clear()
print(cm, ChainMap.fromkeys("xy", 0))
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
