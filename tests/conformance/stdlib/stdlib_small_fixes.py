# Library behaviours CPython's own tests check: reprlib.Repr's per-type methods and fillvalue,
# Counter.update/subtract with mappings, namedtuple's __new__ (defaults, a field named cls),
# keyword names refused, linecache.getline with a float, calendar.setfirstweekday with a
# non-number, types.MemberDescriptorType, time.struct_time's __match_args__ and __reduce__,
# re.Scanner, bisect's insort on a non-sequence.
import bisect
import calendar
import collections
import linecache
import pickle
import re
import reprlib
import time
import types

r = reprlib.Repr()
r.maxset = 3
r.maxtuple = 2
r.fillvalue = "+++"
print(r.repr({5, 1, 3, 2, 4}), r.repr((1, 2, 3)), r.repr(frozenset(range(9))), r.repr(set()))


class MyRepr(reprlib.Repr):
    def repr_bytes(self, x, level):
        return "<%d bytes>" % len(x)


print(MyRepr().repr([b"abc", b""]), reprlib.repr("x" * 100))


class Failing:
    def __repr__(self):
        raise ValueError


print(reprlib.repr(Failing()).startswith("<Failing instance at 0x"))

c = collections.Counter(iterable=None)
print(c)
c = collections.Counter("abca")
c.update({"a": 2, "z": 1})
c.subtract("ab")
c.subtract({"z": 3})
print(sorted(c.items()))
d = {}
collections._count_elements(d, "mississippi")
print(sorted(d.items()))

P = collections.namedtuple("P", "x y cls", defaults=(10, 20))
print(P(1), P(1, cls=3), P.__new__.__defaults__, P.__new__.__qualname__)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
for bad in (("class", "a b"), ("P", "a class")):
    try:
        collections.namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(collections.namedtuple("R", "a def b", rename=True)._fields)

try:
    linecache.getline(__file__, 1.5)
except TypeError:
    print("TypeError for a float line")
try:
    calendar.setfirstweekday("monday")
except TypeError:
    print("TypeError for a str weekday")


class Slotted:
    __slots__ = ("a",)


print(isinstance(Slotted.a, types.MemberDescriptorType), types.MemberDescriptorType.__name__)

t = time.gmtime(0)
print(time.struct_time.__match_args__[:3], t.n_unnamed_fields, pickle.loads(pickle.dumps(t)) == t)
match t:
    case time.struct_time(1970, 1, 1):
        print("matched 1970-01-01")

scanner = re.Scanner([(r"\d+", lambda s, tok: int(tok)), (r"[a-z]+", lambda s, tok: tok.upper()),
                      (r"(\s)+", None)])
print(scanner.scan("abc 12 de  7 !x"))

try:
    bisect.insort(10, 1)
except TypeError:
    print("TypeError for insort into an int")
