# collections.deque in C++: maxlen, rotate, index, insert, remove, reversed iteration, mutation
# during iteration and during comparisons, comparison, copy, pickling, reprs and errors.
from collections import deque
import collections.abc, copy, pickle

print(deque.__module__, deque.__name__, isinstance(deque(), collections.abc.MutableSequence), deque[int])
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(9)
print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)), bool(deque()), bool(d))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(11); print(d)
print(d.index(3), d.index(9, 1), d.index(d[-1], -2), d.count(3), 3 in d, 42 in d)
d.remove(3); print(d)
d.insert(0, 'a'); d.pop(); d.insert(-1, 'b'); print(d)
d.reverse(); print(d)
d[1] = 'set'; del d[0]; print(d, d.pop(), d.popleft(), d)
d.extend('xy'); d.extendleft('uv'); print(d)
d.clear(); print(d, len(d))
e = deque(range(10))
for i in (0, 3, 5, 9, -1, -10):
    e2 = e.copy(); del e2[i]; print(i, list(e2))
for i in (0, 2, 5, 9, 10, 42, -1, -42):
    e2 = e.copy(); e2.insert(i, 'X'); print(i, list(e2))
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
for n in (1, 7, -13, 66, 1000):
    big.rotate(n)
print(list(big)[:10], len(big), sum(big))

# maxlen
z = deque('abc', 0)
z.append(1); z.appendleft(2); z.extend(range(5)); print(z, z.maxlen)
m = deque(range(5), maxlen=3)
print(m, deque(m), deque(m, 2), m.copy())
m.appendleft('L'); print(m)
m.extendleft('pq'); print(m)
m *= 2; print(m)
print(deque([1, 2], 3) * 2, 3 * deque([1]), deque([1, 2, 3], 3) + deque([4]), deque([1]) * 0, deque([1]) * -1)
d = deque([1, 2, 3]); d *= 0; print(d)
d = deque([1, 2]); d += [3, 4]; d += d; print(d)
d = deque([1, 2, 3]); d.extend(d); print(d); d.extendleft(d); print(d)
d = deque([1]); d.__init__([5, 6], maxlen=1); print(d, d.maxlen)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]), deque([1]) < deque([1, 0]))
print(deque([1], 2) <= deque([1]), deque([2]) > deque([1, 5]), deque([]) >= deque([]), deque([1]) == [1], deque('ab') == deque('ab', 9))

# iteration
d = deque(range(5))
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(type(it).__name__, type(r).__name__, next(r), r.__length_hint__(), list(r))
it = iter(d); next(it)
print(it.__reduce__(), reversed(d).__reduce__())
print(list(type(it)(d, 2)), list(type(r)(d, 1)), list(type(it)(d, 10)))

def err(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for mutate in ('append', 'pop', 'rotate', 'clear', 'appendleft'):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    getattr(d, mutate)(*((7,) if 'append' in mutate else ()))
    err(next, it)
    err(next, it)
d = deque([1, 2, 3]); it = iter(d); next(it); d[0] = 9; d.reverse(); print(list(it))

class Mutator:
    def __init__(self, d, how):
        self.d, self.how = d, how
    def __eq__(self, other):
        if self.how == 'append':
            self.d.append(0)
        elif self.how == 'clear':
            self.d.clear()
        elif self.how == 'pop':
            self.d.pop()
        return False
    __hash__ = None

for how in ('append', 'clear', 'pop'):
    for method in ('remove', 'count', 'index', '__contains__'):
        d = deque([1, 2, 3, 4])
        err(getattr(d, method), Mutator(d, how))
        print(len(d) <= 5)
    d = deque([1, 2, 3]); d2 = deque([1, Mutator(d, how), 3])
    err(lambda: d == d2)
    d = deque([1, 2, 3]); d2 = deque([1, 2, Mutator(d, how)])
    err(lambda: d < d2)

class Gone:
    # Compares equal only after emptying the deque: the item it matched is released safely.
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return True
d = deque([Gone(None), 2])
d[0].d = d
err(d.remove, 2)
print(d)

# errors
err(deque, maxlen=-1)
err(deque, maxlen='a')
err(deque, 1)
err(deque().pop)
err(deque().popleft)
err(deque([1]).index, 2)
err(deque([1, 2, 3]).index, 3, 0, 2)
err(deque([1]).remove, 2)
err(deque([1], 1).insert, 0, 2)
err(deque([1]).__getitem__, 5)
err(deque([1]).__getitem__, -2)
err(lambda: deque([1])['a'])
err(lambda: deque([1])[0:1])
err(deque([1]).__setitem__, 3, 0)
err(deque([1]).__delitem__, 3)
err(lambda: deque([1]) + [1])
err(lambda: [1] + deque([1]))
err(lambda: deque([1]) * 'a')
err(lambda: deque([1]) * 1.5)
err(lambda: 1.5 * deque([1]))
err(deque([1]).rotate, 'a')
err(deque([1]).rotate, 1, 2)
err(deque([1]).index, 1, 'a')
err(deque([1]).index)
err(deque([1]).index, 1, 2, 3, 4)
err(deque([1]).insert, 1)
err(deque([1]).rotate, x=1)
err(deque([1]).remove)
err(deque([1]).clear, 1)
err(hash, deque())
err(lambda: deque([1]) < [2])
err(deque, a=1)
err(deque, [], 1, 2)
err(deque([1]).count)
err(deque([1]).extend, 1)
err(deque([1]).insert, 'a', 1)
err(deque([1]).append)
err(deque([1]).pop, 1)
err(type(iter(deque())), [1])
err(deque([1, 'a']).index, 2)
err(lambda: deque([1]) < deque(['a']))

# repr, subclasses, copy, pickle
x = deque(); x.append(x); print(x)
print(repr(deque([], maxlen=0)), repr(deque([1], maxlen=None)), deque([[1], 'a']))
class D(deque):
    pass
s = D([1, 2], 5); s.tag = 'T'
print(s, type(s.copy()).__name__, s.copy(), s + deque([3]), type(s * 2).__name__, s.__reduce__()[:3])
print(deque([1, 2], 3).__reduce__()[:3], deque([1]).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
for obj in (deque([1, 2, 3]), deque('ab', 4), s, deque()):
    c = pickle.loads(pickle.dumps(obj))
    print(type(c).__name__, c, c.maxlen, getattr(c, 'tag', None))
c = copy.copy(deque([1, [2]], 5)); c2 = copy.deepcopy(deque([1, [2]], 5))
print(c, c2, c.maxlen, c2.maxlen)
it = iter(deque([1, 2, 3])); next(it)
print(list(pickle.loads(pickle.dumps(it))))
import weakref
w = weakref.ref(d)
print(w() is d)
print(deque([1]).__sizeof__() > 0)
