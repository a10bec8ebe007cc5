# A suspended generator in a reference cycle is closed (its finally runs) by gc.collect().
import gc


class Box:
    pass


def worker(box):
    try:
        yield "started"
        yield "never"
    finally:
        print("finally ran during collection")


b = Box()
b.gen = worker(b)
print(next(b.gen))
del b
print("before collect")
print("collect returns an int:", type(gc.collect()).__name__)
print("after collect")


def selfref():
    me = yield
    yield me


s = selfref()
next(s)
s.send(s)
import weakref
r = weakref.ref(s)
del s
gc.collect()
print("self-referencing generator freed:", r() is None)
print("tracked:", gc.is_tracked(selfref()), gc.is_tracked(1))
