# gc.collect() called from __del__ (issue #9 item 2): the object being deallocated, and the
# containers being emptied around it, must not be traversed half-freed, and a collection never
# runs inside another one.
import gc


class E:
    count = 0

    def __del__(self):
        E.count += 1
        gc.collect()


for i in range(200):
    h = [E()]
    h = None
print("plain", E.count)


# Inside a dict and a tuple that are being freed, with a cycle around (automatic collections off,
# so that only the explicit one below finds the cycles).
gc.disable()
for i in range(100):
    d = {"a": E(), "b": [E(), (E(), E())]}
    d["self"] = d
    d = None
print("before collect", E.count)
print("collected", gc.collect() > 0)
print("after collect", E.count)
gc.enable()


# __del__ resurrecting its object, then calling gc.collect().
keep = []


class R:
    def __del__(self):
        keep.append(self)
        gc.collect()


r = R()
r = None
print("resurrected", len(keep), type(keep[0]).__name__)
keep.clear()
print("second death runs no __del__", len(keep))


# A collection started from __del__ while the collector itself is finalising a cycle.
class Cyc:
    ran = 0

    def __del__(self):
        Cyc.ran += 1
        print("  collect inside a collection returns", gc.collect())


a = Cyc()
b = Cyc()
a.other = b
b.other = a
a = b = None
print("outer found something", gc.collect() > 0)
print("cycle finalisers", Cyc.ran)
