# namedtuple, defaultdict, OrderedDict, Counter and ChainMap basics.
from collections import ChainMap, Counter, OrderedDict, defaultdict, namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(isinstance(p, tuple), len(p), tuple(p), p == (1, 2))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3._field_defaults)
R = namedtuple("R", ["ok", "def", "ok"], rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError")
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd.default_factory, dict(dd), repr(defaultdict(int)))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
cnt = Counter("abracadabra")
print(cnt.most_common(2), cnt["z"], sorted(cnt.elements())[:4])
cnt.update("aaz")
cnt.subtract({"a": 10})
print(cnt["a"], cnt["z"], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), sorted(cm))
cm["z"] = 9
print(cm.maps[0])
