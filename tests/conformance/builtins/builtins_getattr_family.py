# getattr/setattr/hasattr/delattr with defaults, properties that raise, and wrong name types.
class C:
    x = 1

    @property
    def broken(self):
        raise AttributeError("no broken")

    @property
    def fails(self):
        raise ValueError("boom")


c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "broken"))
print(getattr(c, "broken", "fallback"))
setattr(c, "y", 2)
print(c.y, hasattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
for call in [lambda: getattr(c, "nope"), lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: hasattr(c, None),
             lambda: delattr(c, "nope"), lambda: getattr(c), lambda: hasattr(c, "fails"),
             lambda: setattr(1, "x", 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
