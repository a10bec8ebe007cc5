# gc.is_tracked as CPython 3.11 answers it: atomic values are never tracked, containers are;
# dicts start untracked and are tracked once they hold something that may be; tuples of atomic
# values are untracked by the first collection that sees them.
import gc

gc.disable()   # no automatic collection may untrack anything between the checks


class C:
    pass


def f():
    pass


print("atomic", [gc.is_tracked(x) for x in (0, 1.5, "s", b"b", None, True, 10 ** 30, 2j, range(3))])
print("containers", [gc.is_tracked(x) for x in ([], [1], set(), {1}, C(), f, C, lambda: 0)])
print("static types", gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(object))

d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
d[2] = "x"
print("atomic dict", gc.is_tracked(d))
d["l"] = []
print("dict with list", gc.is_tracked(d))
print("dict literal atomic", gc.is_tracked({"a": 1, "b": "x", 3: 4.5}))
print("dict literal nested", gc.is_tracked({"a": {}}), gc.is_tracked({"a": []}))
print("dict()", gc.is_tracked(dict()), gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[])))
print("dict copy", gc.is_tracked({"a": 1}.copy()), gc.is_tracked({"a": []}.copy()))
e = {}
e.setdefault("k", [])
print("setdefault", gc.is_tracked(e))
e = {}
e.update({"k": C()})
print("update", gc.is_tracked(e))
print("fromkeys", gc.is_tracked(dict.fromkeys("abc")), gc.is_tracked(dict.fromkeys("abc", [])))


class D(dict):
    pass


print("dict subclass", gc.is_tracked(D()))


def make(*xs):
    return tuple(xs)


t_atomic = make(1, 2, "three")
t_nested = make(1, [])
t_tuple = make(make(1, 2), 3)
t_empty = ()
print("new tuples", gc.is_tracked(t_atomic), gc.is_tracked(t_nested), gc.is_tracked(t_tuple))
print("empty tuple", gc.is_tracked(t_empty))
gc.collect()
print("after collect", gc.is_tracked(t_atomic), gc.is_tracked(t_nested), gc.is_tracked(t_tuple))

# A dict untracked because it held only atomic values is tracked again when a container goes in.
d = {"x": 1}
d["y"] = d
print("self-referencing dict", gc.is_tracked(d))
del d

# Cycles through untracked-looking containers are still collected.
gc.collect()


class Box:
    def __init__(self):
        self.d = {"v": 1}


b = Box()
b.d["box"] = b
print("instance dict tracked", gc.is_tracked(b.d))
import weakref

r = weakref.ref(b)
del b
gc.collect()
print("cycle through dict collected", r() is None)

t = (1, [])
t[1].append(t)
r2 = [t]
del t
gc.collect()
print("tuple-list cycle kept (list alive)", gc.is_tracked(r2[0]))
r2[0][1].clear()
gc.enable()
