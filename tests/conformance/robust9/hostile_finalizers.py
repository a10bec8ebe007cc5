# Hostile programs (#9): __del__ resurrecting its object, raising, mutating the container being
# cleared, calling gc.collect() and changing __class__; weakref callbacks; a long chain freed.
import gc, sys
# __del__ resurrecting
keep = []
class Res:
    count = 0
    def __del__(self):
        Res.count += 1
        if Res.count < 3:
            keep.append(self)
r = Res(); del r
print(len(keep), Res.count)
keep.clear()
print(Res.count)
# resurrect via global in cycle
class Cyc:
    def __del__(self):
        global saved
        saved = self
a = Cyc(); a.me = a
del a
gc.collect()
print(type(saved).__name__, saved.me is saved)
saved = None
gc.collect()
# __del__ raising
class Bad:
    def __del__(self):
        raise ValueError('in del')
import io
old = sys.stderr; sys.stderr = io.StringIO()
b = Bad(); del b
out = sys.stderr.getvalue(); sys.stderr = old
print('Exception ignored in' in out, 'ValueError: in del' in out)
# __del__ that mutates container being cleared
class Mut:
    def __init__(s, l): s.l = l
    def __del__(s):
        s.l.append(Mut2())
class Mut2: pass
L = []
L.extend(Mut(L) for _ in range(3))
L.clear()
print(len(L))
d = {}
class MD:
    def __del__(s):
        d['x' + str(len(d))] = 1
for i in range(3): d[i] = MD()
d.clear()
print(sorted(d))
# weakref callback resurrecting
import weakref
class W: pass
w = W()
got = []
def cb(ref):
    got.append(ref())
r = weakref.ref(w, cb)
del w
print(got)
# __del__ of generator with finally
def g():
    try:
        yield 1
    finally:
        print('gen finally')
x = g(); next(x); del x
# generator referencing itself
def g2():
    me = yield
    try:
        yield 2
    finally:
        print('g2 finally')
x = g2(); next(x); x.send(x); del x
gc.collect()
# __del__ in a deep chain
class Node:
    def __init__(s, n): s.n = n
head = None
for i in range(200000):
    nd = Node(head); head = nd
del head, nd
print('chain freed')
# __del__ calling gc.collect and creating cycles
class G:
    def __del__(s):
        x = []; x.append(x)
        gc.collect()
for i in range(50):
    h = [G()]; h.append(h)
    h = None
gc.collect()
print('gc in del ok')
# __class__ change in __del__
class A1:
    def __del__(s): s.__class__ = B1
class B1:
    def __del__(s): print('B1 del')
a = A1(); del a
print('end')
