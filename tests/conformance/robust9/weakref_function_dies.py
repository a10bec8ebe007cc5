# A function's weak references die with it: the reference reads None and its callback runs, both
# when the last reference goes away and when a collection frees the function in a cycle (a freed
# function left linked in its weak references was a use-after-free).
import gc, weakref

def f():
    pass

r = weakref.ref(f, lambda ref: print("callback, ref() is", ref()))
del f
print("after del:", r())

def make_cycle():
    def g():
        return g
    return weakref.ref(g, lambda ref: print("cycle callback")), weakref.proxy(g)

r2, p2 = make_cycle()
gc.collect()
print("after collect:", r2())
try:
    p2()
except ReferenceError as e:
    print("ReferenceError:", e)
