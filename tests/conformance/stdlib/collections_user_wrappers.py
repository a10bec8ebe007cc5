import collections, copy
from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __missing__(self, k): return "miss:" + k
d = D(A=1, b=2); d.update({"C": 3}); d.setdefault("E", 5)
print(d, d["zz"], d.get("zz"), "a" in d, isinstance(d, dict), len(d), sorted(d))
print(d | {"x": 1}, type(d | {"x": 1}).__name__, {"y": 2} | d, d.copy(), type(copy.copy(d)).__name__)
print(UserDict.fromkeys("ab", 0), D.fromkeys("XY").data, d == {"a": 1, "b": 2, "c": 3, "e": 5})
d2 = UserDict(); d2 |= {"q": 1}; print(d2, d2.pop("q"), d2.popitem() if d2 else None)
l = UserList([3, 1, 2]); l.sort(); l.append(9); l.extend(UserList([7])); l += [0]; l *= 1
print(l, l[1:3], type(l[1:3]).__name__, l + [5], [5] + l, l * 2, 3 in l, l.index(9), l.count(1))
print(l == [1, 2, 3, 9, 7, 0], l < [2], isinstance(l, list), l.pop(), l.copy(), reversed(l).__class__.__name__)
del l[0]; l[0] = 'x'; l.insert(0, 'y'); l.remove('x'); print(l, len(l), list(reversed(l)))
s = UserString("Hello World")
print(s, repr(s), s.upper(), type(s.lower()).__name__, s[1:4], s + "!", "> " + s, s * 2, s.split(), s.find("o"), s.count(UserString("l")))
print(s.replace("l", "L", 2), s.center(15, "*"), s.startswith("He"), "World" in s, s == "Hello World", s < "Z", hash(s) == hash("Hello World"))
print(s.encode(), s.format(), UserString("%s-%d") % ("a", 1), s.partition(" "), s.zfill(13), s.join("ab"), s.title().swapcase(), len(s), s.isalpha())
print(int(UserString("42")) + 1, float(UserString("1.5")), sorted([UserString("b"), UserString("a")]), s.maketrans("a", "b"))
print(collections.UserDict.__module__, collections.UserString.__mro__[1].__name__, UserDict[int, str], UserList[int])
try: collections.Nope
except AttributeError as e: print(e)
