# __slots__ on subclasses of built-in types: int/tuple/bytes allow only empty __slots__; a
# namedtuple-style tuple subclass with __slots__ = () has no __dict__; other bases take members.
for base in (int, tuple, bytes, float, complex, list, dict, object, Exception, str):
    for slots in [("a",), ("__dict__",), ()]:
        try:
            C = type("C", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok", hasattr(C(), "__dict__"))
        except TypeError as e:
            print(base.__name__, slots, "TypeError:", e)

class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, len(p), hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

class Tagged(str):
    __slots__ = ("tag",)

t = Tagged("a fairly long piece of text")
t.tag = "T"
print(t, t.tag, t.upper(), hasattr(t, "__dict__"))
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)
