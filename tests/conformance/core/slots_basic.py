# A class with __slots__: no __dict__, one member_descriptor per name, unset members and unknown
# attributes raise AttributeError, deletion, and a str __slots__ naming a single member.
class WithSlots:
    __slots__ = ("a", "b")

w = WithSlots()
print(hasattr(w, "__dict__"), hasattr(WithSlots, "__weakref__"), WithSlots.__slots__)
for action in ["w.a", "w.b = 2", "w.b", "w.c = 3", "w.c", "del w.a", "del w.b", "w.b"]:
    try:
        if "=" in action or action.startswith("del"):
            exec(action)
            print(action, "ok")
        else:
            print(action, "->", eval(action))
    except AttributeError as e:
        print(action, "-> AttributeError:", e, repr(e))
w.a = [1, 2]
w.b = w
print(w.a, w.b is w)
d = WithSlots.a
print(d, type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__)
print(d.__get__(None, WithSlots) is d, d.__get__(w), d.__get__(w, WithSlots))
for bad in [lambda: d.__get__(1), lambda: d.__set__(1, 2), lambda: d.__delete__("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class One:
    __slots__ = "value"

o = One()
o.value = 5
print(One.__slots__, o.value, sorted(k for k in One.__dict__ if not k.startswith("__")))
