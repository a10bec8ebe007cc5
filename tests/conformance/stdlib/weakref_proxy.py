# weakref.proxy: attributes, operations, iteration, callbacks and death of the referent.
import weakref, gc
def gen():
    yield 'foo!'
p = weakref.proxy(gen)
print(p.__name__, p().__class__.__name__)
gi = gen()
p = weakref.proxy(gi)
print(list(p))
class C:
    def __init__(self): self.x = 1
    def __len__(self): return 3
c = C()
called = []
pc = weakref.proxy(c, lambda pr: called.append(type(pr).__name__))
print(pc.x, len(pc), type(pc).__name__, pc == c, pc + 0 if False else 'skip')
pc.y = 5
print(c.y)
try:
    hash(pc)
except TypeError as e:
    print('TypeError', e)
def fn(): return 42
n = weakref.proxy(fn); print(n())
print(type(n).__name__)
del c; gc.collect()
print(called)
try:
    pc.x
except ReferenceError as e:
    print('ReferenceError', e)
try:
    weakref.proxy(1)
except TypeError as e:
    print('TypeError', e)
