# Weak references to cyclic garbage go dead before the cycle is cleared: a callback whose weak
# reference survives runs (and sees intact objects); one whose reference dies with the cycle is
# never called.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
seen = []
keep = weakref.ref(a, lambda r: seen.append(("a gone", r() is None)))
del a, b
print(gc.collect() >= 2, seen)

# The reference and its callback live inside the cycle: no call.
c = Node("c")
c.other = c
c.ref = weakref.ref(c, lambda r: print("never printed"))
del c
print(gc.collect() >= 1)

# A WeakSet emptied by a collection; its remover is not garbage.
ws = weakref.WeakSet()
d = Node("d")
d.other = d
ws.add(d)
del d
gc.collect()
print(len(ws))


# A registry of classes, as frameworks keep them, loses a class that became garbage.
registry = weakref.WeakValueDictionary()
def make():
    class Temp:
        pass
    registry["Temp"] = Temp
make()
gc.collect()
print(list(registry))
gc.enable()
