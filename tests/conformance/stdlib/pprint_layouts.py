# pprint: the layout of every type it knows (dataclasses, namespaces, collections types, strings
# and bytes split in pieces, compact lists, depth limits, indent > 1, underscore numbers),
# recursion markers, saferepr/isreadable/isrecursive, sorting of unorderable keys.
import pprint, collections, dataclasses, types, sys, re

class _Masked:
    # object ids and addresses differ between runs and interpreters
    def __init__(self, out):
        self.out = out
    def write(self, text):
        return self.out.write(re.sub(r"0x[0-9a-f]+|id=\d+", "ADDR", text))
    def flush(self):
        self.out.flush()
sys.stdout = _Masked(sys.stdout)

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a rather long label that makes the repr too wide for one line"
    hidden: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass
class Node:
    value: int
    children: list = dataclasses.field(default_factory=list)

@dataclasses.dataclass(repr=False)
class Plain:
    x: int

data = {
    "points": [Point(i, i * i) for i in range(2)],
    "ns": types.SimpleNamespace(alpha=list(range(12)), beta="b" * 30, gamma={"k": (1, 2)}),
    "od": collections.OrderedDict((str(i), i) for i in range(8)),
    "dd": collections.defaultdict(list, {"x": [1] * 30}),
    "counter": collections.Counter("mississippi" * 3),
    "chain": collections.ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}),
    "deque": collections.deque(range(30), maxlen=40),
    "deque2": collections.deque(range(30)),
    "user": collections.UserList(range(30)),
    "text": "word " * 40,
    "lines": "first line\nsecond line that is long enough to wrap when the width is small\n",
    "bytes": bytes(range(60)),
    "ba": bytearray(b"abcdefgh" * 10),
    "fs": frozenset(range(25)),
    "set": set("abcdefghijklmnopqrstuvwxyz"),
    "proxy": types.MappingProxyType({"k%d" % i: i for i in range(10)}),
    "tuple1": ("only one element, but long enough to need some wrapping somewhere",),
    "plain": Plain(1),
}
pprint.pprint(data, width=60)
pprint.pprint(data["text"])
pprint.pprint(data["bytes"], width=30)
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pprint([[1, 2, [3, 4, [5, [6]]]], {"a": {"b": {"c": {}}}}], depth=2)
pprint.pprint({"key": list(range(20))}, indent=4, width=40)
pprint.pprint([10**10, 12345678, {"n": 2**40}], underscore_numbers=True)
pprint.pp({"z": 1, "a": [2] * 40})
print(pprint.pformat(Node(1, [Node(2, [Node(3)]), Node(4)]), width=30))
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(pprint.pformat(loop), pprint.saferepr(d), pprint.isrecursive(loop), pprint.isreadable(loop))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable(object()), pprint.saferepr({3: 1, "a": 2, None: 3}))
print(pprint.pformat({1: "a", "b": 2, (1,): 3, None: 4}))
node = Node(0)
node.children.append(node)
print(pprint.pformat(node, width=10))
ns = types.SimpleNamespace(a=1)
ns.me = ns
print(pprint.pformat(ns, width=5))
p = pprint.PrettyPrinter(width=20)
print(p.pformat(list(range(10))), p.isreadable({1: 2}), p.isrecursive([]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
class MyList(list):
    def __repr__(self):
        return "MyList!"
pprint.pprint(MyList(range(100)))
