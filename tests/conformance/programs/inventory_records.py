# Realistic program: a CSV inventory into dataclasses and enums, saved and restored with json, pickle and copy; collections.
import json, csv, pickle, io, copy
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from enum import Enum, IntEnum, Flag, auto, unique
from collections import namedtuple, OrderedDict, ChainMap, deque, Counter
from typing import List, Optional, Dict
from decimal import Decimal

@unique
class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"

    @property
    def label(self):
        return self.value.title()

class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    name: str
    price: Decimal
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category.value, self.name)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

@dataclass
class Warehouse:
    name: str
    items: Dict[str, Item] = field(default_factory=dict)
    location: Optional[Point] = None
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.scale_used = scale

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def value(self):
        return sum((i.total for i in self.items.values()), Decimal("0"))

Row = namedtuple("Row", "name price qty category")

CSV_DATA = """name,price,qty,category
hammer,12.50,3,tool
apple,0.40,100,food
robot,49.99,2,toy
saw,22.00,1,tool
"hex, key",3.10,12,tool
banana,0.25,60,food
"""

def load(csv_text):
    wh = Warehouse("main", location=Point(1.5, 2.5), scale=3)
    rdr = csv.DictReader(io.StringIO(csv_text))
    for rec in rdr:
        r = Row(**rec)
        wh.add(Item(r.name, Decimal(r.price), int(r.qty), Category(r.category), tags=[r.category[0]]))
    return wh

wh = load(CSV_DATA)
print(wh.scale_used, len(wh.items), wh.value())
for it in sorted(wh.items.values()):
    print(it)
print(Item("x", Decimal("1.1"), 2) < Item("y", Decimal("0"), 0))
print(asdict(wh.items["saw"]))
print(astuple(Point(3, 4)))
p = Point(3, 4)
print(p, replace(p, y=0), p.dist(Point(0, 0)), hash(p) == hash(Point(3, 4)))
try:
    p.x = 9
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Item)])
print(Category.TOY.label, Category("food"), Category["TOOL"], list(Category))
print(Priority.HIGH > Priority.LOW, Priority(2).name, sorted([Priority.HIGH, Priority.LOW]), Priority.MID + 1)
print(Perm.R | Perm.X, Perm.RW, Perm.R in Perm.RW, bool(Perm.X & Perm.RW), Perm(3))
print(repr(Category.FOOD), str(Priority.LOW), format(Priority.LOW), f"{Category.TOOL}")

def enc(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Enum):
        return o.value
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"no {type(o).__name__}")

doc = {"name": wh.name, "loc": wh.location, "items": [asdict(i) for i in wh.items.values()]}
for d in doc["items"]:
    del d["sort_key"]
s = json.dumps(doc, default=enc, indent=2, sort_keys=True)
print(s[:300])
back = json.loads(s, parse_float=Decimal)
print(back["items"][0], type(back["loc"]["x"]))
print(json.dumps({"a": [1, 2.5, None, True], "b": "é\n\u2603"}, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({"a": [1, 2.5, None, True], "b": "é\n\u2603"}))
print(json.loads('{"x": [1, {"y": NaN}], "z": -0.0}', object_pairs_hook=OrderedDict))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("decode error:", e.msg, e.pos, e.lineno, e.colno)

blob = pickle.dumps(wh, protocol=pickle.HIGHEST_PROTOCOL)
wh2 = pickle.loads(blob)
print(wh2.value() == wh.value(), wh2.items["robot"].category is Category.TOY, wh2.location)
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    data = [1, 2.0, "three", (4, 5), {6: [7]}, {8}, frozenset({9}), None, True, b"\x00\xff", Priority.MID, Perm.RW]
    assert pickle.loads(pickle.dumps(data, proto)) == data, proto
print("pickle roundtrip ok")
deep = copy.deepcopy(wh)
deep.items["saw"].qty = 99
print(wh.items["saw"].qty, deep.items["saw"].qty)
shallow = copy.copy(wh)
print(shallow.items is wh.items)

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["name", "total"])
for it in sorted(wh.items.values(), key=lambda i: -i.total):
    w.writerow([it.name, float(it.total)])
print(out.getvalue())
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore")
dw.writeheader()
dw.writerows([{"a": 1, "b": 'x"y', "c": 3}, {"a": "p,q", "b": ""}])
print(out.getvalue())
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm["a"], cm["b"], dict(cm2), cm2.parents)
dq = deque(range(5), maxlen=4)
dq.rotate(1); dq.appendleft(-1)
print(dq, dq.maxlen)
cnt = Counter("mississippi")
print(cnt.most_common(2), cnt - Counter("ssp"), +cnt, cnt.total())
od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); od.popitem(last=False)
print(od)
