# Generations as CPython 3.11 has them: new objects start in generation 0, survivors of a
# collection of generation g move to g+1 (the oldest keeps its own), and a collection of g also
# collects the younger ones. gc.get_objects(generation) shows where an object is.
import gc


def where(o):
    found = [g for g in range(3) if any(x is o for x in gc.get_objects(g))]
    return found


gc.disable()
gc.collect()
x = []
print("new", where(x))
gc.collect(0)
print("after collect(0)", where(x))
gc.collect(0)
print("after another collect(0)", where(x))
gc.collect(1)
print("after collect(1)", where(x))
gc.collect(2)
print("after collect(2)", where(x))

y = []
gc.collect(1)
print("young object after collect(1)", where(y))

# Counts: a collection of g resets the counts up to g and adds one to g+1.
gc.collect()
c0 = gc.get_count()
gc.collect(0)
c1 = gc.get_count()
print("collect(0) bumps count 1", c1[1] - c0[1], c1[2] - c0[2])
gc.collect(1)
c2 = gc.get_count()
print("collect(1) resets 1 and bumps 2", c2[1], c2[2] - c1[2])

# A cycle that got into an old generation is only found by collecting that generation.
class Node:
    pass


a = Node()
a.self = a
import weakref

r = weakref.ref(a)
gc.collect(0)
gc.collect(1)
print("cycle now in", where(a))
del a
gc.collect(0)
print("alive after collect(0)", r() is not None)
gc.collect(1)
print("alive after collect(1)", r() is not None)
gc.collect(2)
print("alive after collect(2)", r() is not None)

# get_objects never lists the list it returns, and lists each tracked object once.
objs = gc.get_objects()
print("get_objects has no duplicates", len(objs) == len(set(map(id, objs))))
print("generations partition get_objects", sum(len(gc.get_objects(g)) for g in range(3)) - len(objs) in (0, 1, 2, 3))
