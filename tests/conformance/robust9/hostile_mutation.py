# Hostile programs (#9): containers mutated from __eq__, __hash__, __repr__, sort keys and
# comparisons, and while iterated. Each ends with CPython's result or exception, never a crash.
# mutation during iteration / comparison / hashing
import sys
class EvilEq:
    def __init__(self, target, k): self.target, self.k = target, k
    def __hash__(self): return 1
    def __eq__(self, other):
        self.target.clear()
        return False
d = {}
for i in range(5):
    d[EvilEq(d, i)] = i
try:
    print(EvilEq(d, 9) in d, len(d))
except Exception as e: print(type(e).__name__, e)

# set mutated by __eq__, once, during a lookup (whether a lookup notices that its table was
# replaced depends on whether the allocator hands the same memory back, in CPython as here: an
# __eq__ that mutated on every call could make the lookup restart forever under a sanitizer)
s = set()
class SE:
    armed = False
    def __hash__(self): return 7
    def __eq__(self, o):
        if SE.armed:
            SE.armed = False
            s.clear(); s.update(range(50))
        return False
for i in range(4): s.add(SE())
SE.armed = True
try:
    print(SE() in s, len(s))
except Exception as e: print(type(e).__name__, e)

# list comparison where __eq__ shrinks list
class LE:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        del self.l[:]
        return True
a = []; a.extend(LE(a) for _ in range(5))
b = [1]*5
print(a == b, len(a))
a = []; a.extend(LE(a) for _ in range(5))
print(a.count(1), a.index(1) if a else None, len(a))
a = [LE(None) for _ in range(3)]
l2 = [0]*3
for x in a: x.l = l2
try: print(l2.index(a[0]))
except Exception as e: print(type(e).__name__, e)
l3=[1,2,3]
class R:
    def __eq__(s,o):
        if len(l3) < 50: l3.append(4)
        return False
try: print(R() in l3, len(l3) > 3)
except Exception as e: print(type(e).__name__, e)

# dict iteration with mutation
d = {i: i for i in range(10)}
try:
    for k in d: d[k+100] = 1
except RuntimeError as e: print('RuntimeError', e)
d = {i: i for i in range(10)}
try:
    for k in d:
        del d[k]; d[k+100] = 0
except RuntimeError as e: print('RuntimeError', e)
s = set(range(10))
try:
    for k in s: s.add(k+100)
except RuntimeError as e: print('RuntimeError', e)
# list sorted with mutating key
l = list(range(20))
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e: print('ValueError', e)
print(len(l))
# hash mutating dict during insert
d = {}
class H:
    def __hash__(self):
        d.clear(); d.update({i: i for i in range(30)}); return 5
for i in range(3): d[H()] = i
print(len(d))
# dict.__repr__ mutating during repr
class RM:
    def __repr__(self):
        dd.clear(); return 'RM'
dd = {i: RM() for i in range(5)}
print(repr(dd))
ll = [RM() for _ in range(3)]
class RL:
    def __repr__(self): ll.clear(); return 'RL'
ll = [RL(), RL(), RL()]
print(repr(ll))
# sorted with comparison that mutates
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        L.append(C(0)); return s.v < o.v
L = [C(i) for i in range(10)]
try: L.sort()
except ValueError as e: print('ValueError', e)
# OrderedDict mutated during iteration
from collections import OrderedDict, deque, defaultdict
# deque comparison with mutating eq
dq = deque(range(5))
class DE:
    def __eq__(s, o): dq.clear(); return False
try: print(DE() in dq)
except RuntimeError as e: print('RuntimeError', e)
try: print(dq.count(DE()))
except RuntimeError as e: print('RuntimeError', e)
dq = deque([DE(), DE()])
try: print(dq.index(1))
except (RuntimeError, ValueError) as e: print(type(e).__name__, e)
dq = deque([DE(), DE()])
try: dq.remove(1)
except (IndexError, RuntimeError, ValueError) as e: print(type(e).__name__, e)
print('done')
