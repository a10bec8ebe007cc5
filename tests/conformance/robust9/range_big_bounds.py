# Big-int ranges (CPython's ranges take ints of any size): construction, len, indexing, slicing,
# membership, iteration both ways, hashing, pickling and slice.indices with huge lengths.
r = range(10**100)
print(r, r.stop, r[5], r[-1], 10**99 in r, r[10**99], r[::2][10**98], r.index(10**99), r.count(5))
print(range(-10**30, 10**30, 7**20)[3], reversed(range(10**20)).__next__())
try: len(r)
except OverflowError as e: print(e)
print(r[2:10**99:3])
import itertools
import pickle
R = [range(10**30, 10**30 + 10, 3), range(-10**25, 10**25, 10**24), range(10**20, -10**20, -7**15), range(0, 2**64), range(-2**63, 2**63-1), range(2**63, 2**63)]
for r in R:
    print(r, len(r) if r.stop - r.start < 2**62 else 'big', bool(r), r.start, r.stop, r.step)
    print(list(itertools.islice(r, 3)), r[0] if r else None, r[-1] if r else None)
    print(r[1:4], r[::-1], r[::-2][:2], r[10**40:], r[-10**40:2])
    print(hash(r) == hash(range(r.start, r.stop, r.step)), r == range(r.start, r.stop, r.step), r == range(0))
    print(pickle.loads(pickle.dumps(r)) == r, r.__reduce__())
    it = iter(r); print(type(it).__name__, next(it, None), it.__length_hint__())
    rv = reversed(r); print(type(rv).__name__, next(rv, None), next(rv, None))
    print(r.start in r, r.stop in r, (r.start + r.step) in r, r.count(r.start), float(r.start) in r)
    try: print(r.index(r.stop))
    except ValueError as e: print("VE", e)
print(slice(None, None, -1).indices(10**30), slice(-10**40, 5, 2).indices(10**20), slice(3).indices(10))
for bad in [lambda: range(10**100)[10**100], lambda: range(10**100)['a'], lambda: slice(0,1,0).indices(10**30), lambda: slice(1).indices(-1), lambda: range(0, 10**30, 0), lambda: range(1.5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(list(range(10**30, 10**30+3)), sum(range(10**20, 10**20 + 5)), list(reversed(range(10**20, 10**20+3))))
print(range(10**20, 10**20+3) == range(10**20, 10**20+3, 5), range(10**20, 10**20+1) == range(10**20, 10**20+1, 5))
print(repr(range(10**20, 10**20+3, 1)), range(10**20)[5:10], range(2**63 - 5, 2**63 + 5)[3:], range(2**62)[::-1][:2])
from itertools import islice
for r in [range(2**63-3, 2**63-1), range(-2**63, -2**63+3), range(0, 2**63-1, 2**62), range(2**63-1, 0, -2**62), range(-2**63+1, 0, 3), range(5,-2**63,-1), range(2**63-2, 0, -(2**63-1)), range(-2**63, 0, 2**63-1), range(-5, 2**63-1, 2**63-1), range(2**63-1, -2**63, -2**63+1)]:
    print(type(iter(r)).__name__, type(reversed(r)).__name__, list(islice(r, 2)), list(islice(reversed(r), 2)))
