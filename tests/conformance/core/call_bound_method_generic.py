# A bound method called through the generic CALL (a site that also sees other callables) runs its function as a frame of the eval loop: defaults, keywords, argument errors, generators, tracebacks.
class A:
    def f(self, x, y=2, *, z=3): return (x, y, z)
    def g(self): yield 1
a = A()
cbs = [a.f, (lambda v: v)]
for i in range(40):
    for cb in cbs:
        r = cb(i)
print(r, a.f(1, z=9), list(a.g()))
m = a.f
for i in range(30):
    try: m()
    except TypeError as e: err = str(e)
print(err)
for i in range(30):
    try: m(1, 2, 3)
    except TypeError as e: err = str(e)
print(err)
import traceback
class B:
    def boom(self): raise ValueError("x")
b = B(); fs = [b.boom, len]
try:
    for i in range(20):
        fs[0]()
except ValueError:
    print(traceback.format_exc().count("boom"))
