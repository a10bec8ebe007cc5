# The match statement at run time (PEP 634): every pattern kind, guards, bindings, evaluation
# order, sequences and mappings as CPython 3.11 classifies them, and the run-time TypeErrors.
import collections
import collections.abc


def describe(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float"
        case 1 + 2j:
            return "complex 1+2j"
        case -3 - 4j:
            return "complex -3-4j"
        case "hello" | b"bytes":
            return "a literal string/bytes"
        case "con" "cat":
            return "concatenated"
        case []:
            return "empty sequence"
        case [a]:
            return f"one item {a!r}"
        case [a, b] if a == b:
            return f"pair of equals {a!r}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first!r} {middle!r} {last!r}"
        case [1, *_]:
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *rest]:
            return f"rest {rest!r}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px} {py}"
        case {"type": "box", **others}:
            return f"box {sorted(others.items())}"
        case {}:
            return "some mapping"
        case str() | bytes():
            return f"other str/bytes {x!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case float(f):
            return f"float {f}"
        case _:
            return f"something else {type(x).__name__}"


for v in [None, True, False, 0, 0.0, -1, 1.5, -2.5, 1 + 2j, -3 - 4j, "hello", b"bytes", "concat", [], (),
          [7], (8,), [3, 3], (3, 4), [1, 2, 3, 4, 5], [1, 2, 3], [0, 5, 9], [0, 5, 6], range(3),
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3, "h": 4}, {"type": "circle"}, {},
          "text", b"raw", bytearray(b"ba"), 1000, 7, 2.25, {1, 2}, object]:
    print(repr(v)[:30], "->", describe(v))

# 1 == 1.0 == True: literal patterns compare with ==, singletons with `is`.
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point3(x, y, z=0):
            return f"flat 3d {x} {y}"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(a, b) as whole:
            return f"point {a} {b} {type(whole).__name__}"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 3), Point3(1, 2, 0), Point3(1, 2, 3)]:
    print(where(p))


# Built-in types that match themselves with one positional sub-pattern.
for v in [True, bytearray(b"x"), b"y", {"k": 1}, 1.25, frozenset({1}), 42, [1], {2}, "s", (3,)]:
    match v:
        case bool(x) | bytearray(x) | bytes(x) | dict(x) | float(x) | frozenset(x):
            print("self-match A", type(v).__name__, x)
        case int(x) | list(x) | set(x) | str(x) | tuple(x):
            print("self-match B", type(v).__name__, x)


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("subclass of int matches itself:", v, type(v).__name__)

# Sequences: not str/bytes/bytearray; tuples, lists, ranges, deques, arrays, Sequence subclasses.
import array


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


collections.abc.Sequence.register(Registered)


class SubRegistered(Registered):
    pass


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


for v in ["ab", b"ab", bytearray(b"ab"), ("a", "b"), ["a", "b"], range(2), collections.deque("ab"),
          array.array("b", [1, 2]), MySeq(1, 2), Registered(3, 4), SubRegistered(5, 6), {"a": 1, "b": 2},
          MyMap(a=1, b=2), collections.OrderedDict(a=1, b=2), collections.defaultdict(int, a=1, b=2),
          collections.ChainMap({"a": 1, "b": 2}), iter([1, 2])]:
    match v:
        case [x, y]:
            print(type(v).__name__, "sequence", x, y)
        case {"a": x, **rest}:
            print(type(v).__name__, "mapping", x, rest)
        case _:
            print(type(v).__name__, "neither")

# Captures are bound only when the whole pattern matches; guards run after binding.
a = b = "unset"
match [1, 2]:
    case [a, 3]:
        pass
    case _:
        print("no match; a is", a)
match [1, 2]:
    case [a, b] if b > 5:
        pass
    case _:
        print("guard failed; a, b are", a, b)

# Evaluation order: the subject once, value patterns and class names as the cases are tried.
log = []


class Tracer:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __getattr__(self, attr):
        log.append(f"{self.name}.{attr}")
        if attr == "v":
            return self.value
        raise AttributeError(attr)


consts = Tracer("consts", 2)


def subject():
    log.append("subject")
    return 2


match subject():
    case 1:
        pass
    case consts.v:
        log.append("matched consts.v")
print(log)


class Keyed(dict):
    def get(self, key, default=None):
        log.append(f"get {key!r}")
        return super().get(key, default)


log.clear()
match Keyed(a=1, b=2):
    case {"a": 1, "c": _}:
        pass
    case {"b": 2, "a": x}:
        log.append(f"x={x}")
print(log)

# OR patterns that bind the same names in different orders.
for v in [(1, "one"), ("two", 2), [3, 3]]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)
        case [p, q]:
            print("p q", p, q)

# Nested AS, star in the middle, mapping rest is a fresh dict.
orig = {"k": 1, "j": 2}
match orig:
    case {"k": 1 as one, **rest}:
        rest["new"] = 3
        print(one, rest, orig)
match (1, (2, 3), [4, 5, 6, 7]):
    case (a, (b, c) as bc, [d, *mid, e]):
        print(a, b, c, bc, d, mid, e)

# Run-time TypeErrors and ValueErrors.


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadElem:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def m2():
    match 5:
        case int(1, 2):
            return "matched"


def m3():
    match BadArgs():
        case BadArgs(1):
            return "matched"


def m4():
    match BadElem():
        case BadElem(1):
            return "matched"


def m5():
    match Dup():
        case Dup(1, a=1):
            return "matched"


def m6():
    f = len
    match 5:
        case f():
            return "matched"


def m7():
    match 5:
        case NoArgs(1):
            return "matched"
    return "not an instance: no error"


def m8():
    match {2: 1, 3: 3}:
        case {consts.v: 1, 2: 2}:
            return "matched"
    return "no match"


class Two:
    def __eq__(self, other):
        return other == 2

    def __hash__(self):
        return hash(2)


kk = Two()


def m9():
    match {2: "x"}:
        case {kk.__class__: _}:
            return "class key"
    return "no"


for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9], 1):
    attempt(f"m{i}", f)


class K:
    a = 2
    b = 2


def dupkey():
    match {2: 1, 5: 5}:
        case {K.a: 1, K.b: 1}:
            return "matched"


attempt("dupkey", dupkey)

# Soft keywords stay ordinary names.
match = [1, 2]
case = 3
_ = 4
print(match, case, _)
match match:
    case [case, _]:
        print("case", case, "_", _)


def match(x):
    return x * 2


print(match(21))
