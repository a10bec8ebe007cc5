# A generator and its frame: which part outlives the other, and when what the frame holds goes.
# pygen keeps the frame inside the generator's own allocation; each order of release must give
# CPython's finaliser timing, and gi_code must stay readable whatever happened to the frame.
import gc
import sys
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def holds(name):
    kept = Noisy(name)
    yield 1
    yield 2


def raises(name):
    kept = Noisy(name)
    yield 1
    raise ValueError(name)


print("1. finished, frame held, frame dropped first")
g = holds("a")
frame = g.gi_frame
for _ in g:
    pass
print("  finished; locals:", sorted(frame.f_locals))
del frame
print("  frame dropped; code:", g.gi_code.co_name, g.gi_frame)
del g
print("  generator dropped")

print("2. finished, frame held, generator dropped first")
g = holds("b")
frame = g.gi_frame
list(g)
del g
print("  generator dropped; frame line:", frame.f_lineno, sorted(frame.f_locals))
del frame
print("  frame dropped")

print("3. suspended, frame held, generator dropped")
g = holds("c")
next(g)
frame = g.gi_frame
del g
print("  generator dropped; locals:", sorted(frame.f_locals))
del frame
print("  frame dropped")

print("4. raised: the traceback holds the frame")
g = raises("d")
try:
    for _ in g:
        pass
except ValueError as e:
    tb = e.__traceback__
print("  code after raise:", g.gi_code.co_name, g.gi_running, g.gi_frame)
del g
print("  generator dropped; frames in traceback:", [t.tb_frame.f_code.co_name for t in [tb, tb.tb_next]])
del tb
gc.collect()
print("  traceback dropped")

print("5. a generator whose frame refers to itself")
def selfish():
    me = yield
    yield me
g = selfish()
next(g)
g.send(g)
r = weakref.ref(g)
del g
gc.collect()
print("  collected:", r() is None)

print("6. never started")
g = holds("e")
print("  state:", g.gi_frame.f_lasti >= 0, sys.getrefcount(g) > 0)
del g
print("  dropped")

print("7. many at once")
gens = [holds(str(i)) for i in range(3)]
frames = [g.gi_frame for g in gens]
for g in gens:
    next(g)
del gens
print("  generators dropped:", [sorted(f.f_locals) for f in frames])
del frames
print("  frames dropped")
