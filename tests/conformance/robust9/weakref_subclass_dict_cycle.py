# A weakref subclass instance whose __dict__ holds the only strong reference to its referent:
# deleting the reference deletes the referent, and the reference's own callback is not called
# (it is being deallocated). bpo-3100; it crashed pygen (test_weakref's
# test_subclass_refs_with_cycle).
import gc
import weakref


class C:
    pass


class MyRef(weakref.ref):
    pass


calls = []


def callback(w):
    calls.append(type(w).__name__)


o = C()
r1 = MyRef(o, callback)
r1.o = o
del o
del r1
print('one ref:', calls)

o = C()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.r = r2
r2.o = o
del o
del r2
del r1
print('two refs:', calls)

# A plain watcher outside the cycle still gets its callback.
o = C()
r1 = MyRef(o, callback)
r1.o = o
watch = weakref.ref(o, lambda w: calls.append('watch'))
del o
del r1
print('watcher:', calls)

# The same through the collector: reference and referent in one cycle.
o = C()
r1 = MyRef(o, callback)
r1.o = o
o.r = r1
del o, r1
gc.collect()
print('cycle:', calls)

# Many in a row, nothing left behind.
for i in range(1000):
    o = C()
    r = MyRef(o, callback)
    r.o = o
    del o, r
print('loop:', len(calls))
