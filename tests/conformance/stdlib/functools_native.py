# _functools in C++: reduce, cmp_to_key, partial (flattening, repr, pickling, __setstate__) and
# the lru_cache wrapper (hits/misses, LRU order, typed=, maxsize=0/None, recursion, re-entrant
# keys, methods, cache_clear during a call).
import functools as F
import pickle, copy

print(F.reduce.__module__, F.partial.__module__, F.partial.__name__, F._lru_cache_wrapper.__module__, F.cmp_to_key.__module__)

def err(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

print(F.reduce(lambda a, b: a * b, range(1, 8)), F.reduce(lambda a, b: a + b, [], 10), F.reduce(max, [3], 0), F.reduce(lambda a, b: a + b, 'abc'))
err(F.reduce, 1)
err(F.reduce, None, [])
err(F.reduce, None, 1)
err(F.reduce, function=1)
err(F.reduce, lambda a, b: a / b, [1, 0])
def gen():
    yield 1
    raise StopIteration
err(F.reduce, lambda a, b: a + b, iter([1, 2, 3]))

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
K = F.cmp_to_key(cmp)
print(type(K).__name__, sorted([3, 1, 2], key=K), sorted('bca', key=F.cmp_to_key(lambda a, b: cmp(b, a))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__)
err(lambda: k1 < 1)
err(hash, k1)
err(F.cmp_to_key)
print(type(F.cmp_to_key(mycmp=cmp)).__name__, min([5, 2, 8], key=K), max([5, 2, 8], key=K))

# partial
def f(*args, **kw):
    return args, sorted(kw.items())
p = F.partial(f, 1, x=2)
print(p(3, y=4), p(), p(x=9), p.func is f, p.args, p.keywords)
q = F.partial(p, 5, z=6)
print(q.func is f, q.args, q.keywords, q(7))
class P(F.partial):
    pass
s = P(f, 1)
print(type(s).__name__, s(2), F.partial(s, 3).func is f, P(p, 0).func is f)
p2 = F.partial(f, 1); p2.attr = 'x'
print(F.partial(p2, 2).func is p2, F.partial(p2, 2)())
print(repr(F.partial(len, [1, 2], x=1)), repr(P(len)), repr(F.partial(max)))
print(p.__reduce__()[0].__name__, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:], F.partial(max).__reduce__()[2][1:])
r = pickle.loads(pickle.dumps(F.partial(max, 1, key=abs)))
print(type(r).__name__, r.args, r.keywords, r(-5))
p2c = pickle.loads(pickle.dumps(p2))
print(p2c.attr, p2c.args)
c = copy.copy(p); d = copy.deepcopy(p)
print(c.args, d.keywords, c is p)
t = F.partial(f)
t.__setstate__((max, (1,), None, None)); print(t.func is max, t.args, t.keywords, t(5))
t.__setstate__((min, [2, 3][:1] and (4,), {'key': abs}, {'a': 1})); print(t.args, t.keywords, t.a, t(-7))
for state in (1, (1,), (1, (), None, None), (f, [], None, None), (f, (), 1, None), (f, (), None, 5)):
    err(t.__setstate__, state)
err(F.partial)
err(F.partial, 1)
err(F.partial, func=f)
err(lambda: F.partial(f).__setattr__('func', 1))
print(F.partial[int], isinstance(p, F.partial))
rec = F.partial(f)
rec.__setstate__((f, (rec,), None, None))
print(repr(rec).count('...'))
class C:
    meth = F.partial(f, 'bound?')
print(C().meth(1))
import weakref
w = weakref.ref(p)
print(w() is p)

# lru_cache
calls = []
@F.lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in (1, 2, 3, 1, 4, 2, 5, 1):
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
print(type(sq).__name__, sq.__wrapped__.__name__, sq.__name__, sq.__qualname__, sq.__module__, sq.__doc__)

@F.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@F.lru_cache(maxsize=2)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(25), fib2.cache_info())

@F.lru_cache
def plain(x, y=0, *, z=0):
    calls.append(('plain', x, y, z))
    return x + y + z
calls.clear()
print(plain(1), plain(1), plain(1, 0), plain(1, y=0), plain(x=1), plain(1, z=0), plain(1.0), plain.cache_info())

@F.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
print(typed.cache_parameters())

@F.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@F.lru_cache(-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())
err(F.lru_cache, 'a')
err(F._lru_cache_wrapper, 1, 1, False, None)
err(F._lru_cache_wrapper, len, 'a', False, None)

class Obj:
    def __init__(self, n):
        self.n = n
    @F.lru_cache()
    def method(self, k):
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
a, b = Obj(2), Obj(3)
print(a.method(5), b.method(5), a.method(5), Obj.method.cache_info(), Obj.method(a, 5), type(a.method).__name__)
print(pickle.loads(pickle.dumps(fib)) is fib, copy.copy(fib) is fib, copy.deepcopy(fib) is fib)

# Errors inside the cached function are not cached.
@F.lru_cache(maxsize=4)
def fails(x):
    calls.append(('fails', x))
    raise ValueError(x)
calls.clear()
err(fails, 1); err(fails, 1)
print(calls, fails.cache_info())

# A key whose __eq__ re-enters the cache and clears it, and a result whose __del__ calls it.
class Nasty:
    def __init__(self, v, cache):
        self.v, self.cache = v, cache
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.cache.cache_clear()
        return isinstance(other, Nasty) and self.v == other.v
@F.lru_cache(maxsize=2)
def ident(x):
    return getattr(x, 'v', x)
for i in range(6):
    print(ident(Nasty(i % 3, ident)), end=' ')
print(ident.cache_info().maxsize)
@F.lru_cache(maxsize=None)
def ident2(x):
    return getattr(x, 'v', x)
for i in range(6):
    print(ident2(Nasty(i % 2, ident2)), end=' ')
print()

@F.lru_cache(maxsize=2)
def clears_itself(n):
    clears_itself.cache_clear()
    return n
print([clears_itself(i) for i in (1, 2, 1, 3)], clears_itself.cache_info())

@F.lru_cache(maxsize=1)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1
print(deep(300), deep.cache_info())

# Recursion limit inside a cached function: RecursionError, then the cache still works.
@F.lru_cache(maxsize=None)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print('RecursionError')
print(forever.cache_info().hits, fib(10))
