# Hot arithmetic, comparison, subscript, unpacking, loop and call sites whose operand types,
# containers and callees change while they run: results must match CPython at every step
# (pygen specializes these sites and must fall back correctly).

def arith(a, b):
    return a + b, a - b, a * b, a < b, a == b, a != b

def run_arith():
    cases = [(3, 4)] * 30 + [(2.5, 0.5)] * 30 + [(2, 0.25), (0.25, 2)] + [(2**62, 2**62), (-2**63, -1)]
    out = [arith(a, b) for a, b in cases]
    print(out[0], out[30], out[60], out[61], out[62], out[63])
    try:
        arith("a", 1)
    except TypeError as e:
        print("TypeError:", e)

run_arith()

def concat(a, b):
    return a + b
print([concat("ab", str(i)) for i in range(40)][-1], concat([1], [2]), concat((1,), (2,)), concat(1, 2))

def divmods(a, b):
    return a // b, a % b, a / b

for _ in range(40):
    divmods(7, 2)
print(divmods(7, -2), divmods(-7, 2), divmods(7.5, 2), divmods(2**70, 3))
for bad in [(1, 0), (1.0, 0.0), (1, 0.0)]:
    try:
        divmods(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

nan = float("nan")
def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b
for _ in range(40):
    cmp(1.0, 2.0)
print(cmp(nan, nan), cmp(1.0, nan), cmp(0.0, -0.0), cmp(1, 1.0))

class Text(str):
    def __eq__(self, other):
        return "custom eq"
    __hash__ = str.__hash__
def same(a, b):
    return a == b
for _ in range(40):
    same("x", "x")
print(same(Text("x"), "x"), same("x", Text("x")), same("x", 1))

# Subscripts on changing containers.
class Seq(list):
    def __getitem__(self, i):
        return ("Seq", i)
def get(c, k):
    return c[k]
def put(c, k, v):
    c[k] = v
lst = list(range(10))
for i in range(40):
    put(lst, i % 10, i)
    get(lst, -1)
print(lst, get(lst, -10), get((1, 2, 3), -1), get({"k": "v"}, "k"), get(Seq([1]), 5), get("abc", 1))
for bad in [(lst, 10), (lst, -11), ((1,), 1), ({}, "missing"), (lst, "x")]:
    try:
        get(*bad)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + key
print(get(Missing(), "q"))

# Unpacking tuples, lists, other iterables, wrong lengths.
def swap(p):
    a, b = p
    return b, a
for _ in range(40):
    swap((1, 2))
print(swap([3, 4]), swap("xy"), swap(iter((5, 6))), swap({7: 0, 8: 0}))
for bad in [(1, 2, 3), [1], ()]:
    try:
        swap(bad)
    except ValueError as e:
        print("ValueError:", e)

# Loops over changing iterables, including generators and a list that grows while iterated.
def total(it):
    s = 0
    for x in it:
        s += x
    return s
def gen(n):
    for i in range(n):
        yield i
print([total(range(5)) for _ in range(30)][-1], total([1, 2, 3]), total((4, 5)), total(gen(5)),
      total({9: 1}), total(range(10, 0, -3)), total(x for x in [1, 1]))
grow = [1, 2]
for x in grow:
    if len(grow) < 6:
        grow.append(x * 10)
print(grow)

# Calls: functions whose code and defaults change, built-ins, method descriptors, classes.
def target(a, b):
    return a + b
def call(f, x, y):
    return f(x, y)
for _ in range(40):
    call(target, 1, 2)
def other(a, b, c=100):
    return a * b * c
target.__code__ = other.__code__
target.__defaults__ = (3,)
print(call(target, 2, 5))
target.__defaults__ = (-1,)
print(call(target, 2, 5))
def one(a):
    return a
target.__code__ = one.__code__
try:
    call(target, 2, 5)
except TypeError as e:
    print("TypeError:", e)
print(call(max, 3, 9), call(divmod, 17, 5), call(str.replace.__get__("aXb"), "X", "-"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print([call(Point, i, i) for i in range(30)][-1], call(dict.get, {"a": 1}, "a"))
class Sub(dict):
    pass
print(call(dict.get, Sub(a=2), "a"))
try:
    call(dict.get, [], "a")
except TypeError as e:
    print("TypeError:", e)
def method_calls(items):
    out = []
    for it in items:
        out.append(it.upper())
    return out
print(method_calls(["a", "b"] * 20)[-2:])
class Up:
    def upper(self):
        return "Up.upper"
print(method_calls(["c", Up(), "d"]))
