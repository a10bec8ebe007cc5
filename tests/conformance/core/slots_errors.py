# Invalid __slots__ declarations and CPython's messages for them.
cases = [
    ("(1,)", "__slots__ = (1,)"),
    ("'1a'", "__slots__ = ('1a',)"),
    ("'x y'", "__slots__ = 'x y'"),
    ("dict twice", "__slots__ = ('__dict__', '__dict__')"),
    ("weakref twice", "__slots__ = ['__weakref__', '__weakref__']"),
    ("class variable", "__slots__ = ('x',)\n    x = 1"),
    ("not iterable", "__slots__ = 5"),
]
for label, body in cases:
    try:
        exec("class C:\n    " + body)
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

class HasDict:
    pass

try:
    class Again(HasDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

class Dup:
    __slots__ = ("a", "a")

print("duplicate names ok", Dup.a)
