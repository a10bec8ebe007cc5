# A __slots__ descriptor borrowed by an unrelated class still checks its instance on every access,
# also once the attribute access has warmed up (it must never read another layout's field).
class Class:
    __slots__ = ("slot",)


class Sneaky:
    __slots__ = ("shadowed",)
    shadowing = Class.slot


def load(o):
    return o.shadowing


def store(o):
    o.shadowing = 7


o = Sneaky()
o.shadowed = 42
errors = set()
for _ in range(1100):
    for f in (load, store):
        try:
            f(o)
        except TypeError as e:
            errors.add(str(e))
print(sorted(errors))

# Its own class and subclasses use it as usual, warmed up too.
class Sub(Class):
    pass


def get_slot(x):
    return x.slot


values = []
for k in range(1100):
    x = Sub() if k % 2 else Class()
    x.slot = k
    values.append(get_slot(x))
print(sum(values))
